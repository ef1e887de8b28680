//! Guidance where the user works (#15): the one component that draws any worksheet's
//! "How to fill this in" from its [`Guide`], and the placeholders and scale
//! descriptions the fields take from the same descriptions.
//!
//! The disclosure is open while the worksheet is blank and closed once it has
//! content, until the user opens or closes it: that choice is kept per worksheet in
//! this browser (`persist::GUIDE_PREFIX`), not in the workbook, since it is how this
//! user likes to work, not what the team wrote.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::Worksheet;

use crate::i18n::guidance::{GuideMsg, Scale};
use crate::i18n::{Msg, Text};
use crate::state::{tr, use_app};
use crate::worksheets::guide::{self, Bi};

/// The "How to fill this in" disclosure of `sheet`: its steps and one worked example
/// row, shown as an example (a table of its own, never the workbook's).
#[component]
pub fn Guidance(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    let guide = guide::of(sheet);
    let key = format!("{}{}", crate::persist::GUIDE_PREFIX, sheet.slug());
    let open = match crate::storage::read(&key) {
        Ok(Some(kept)) => kept == "open",
        _ => app
            .workbook
            .with_untracked(|wb| workbook::completion::of(wb, sheet).filled == 0),
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        let now_open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.has_attribute("open"));
        // Remembering is a convenience: a browser without storage still toggles.
        let _ = crate::storage::write(&key, if now_open { "open" } else { "closed" });
    };
    let lang = move || app.lang.get();
    let heading_id = format!("guide-{}-example", sheet.slug());
    let labelled_by = heading_id.clone();
    view! {
        <details class="guide" open=open on:toggle=on_toggle>
            <summary>{tr(GuideMsg::HowTo)}</summary>
            <ol class="guide-steps">
                {guide.steps.iter().map(|&step| view! { <li>{tr(step)}</li> }).collect_view()}
            </ol>
            <div class="guide-example" role="group" aria-labelledby=labelled_by>
                <p class="guide-example-title" id=heading_id>
                    {tr(GuideMsg::Example)} {tr(Msg::Colon)} {tr(guide.example_of)}
                </p>
                <div class="table-scroll">
                    <table>
                        <thead>
                            <tr>
                                {guide.example.iter().map(|f| {
                                    let label = f.label;
                                    view! { <th scope="col">{move || label(lang())}</th> }
                                }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                {guide.example.iter().map(|f| view! { <td>{tr(f.value)}</td> }).collect_view()}
                            </tr>
                        </tbody>
                    </table>
                </div>
                <p class="hint">{tr(GuideMsg::ExampleNote)}</p>
            </div>
        </details>
    }
}

/// The example entry for the text field `key` on the open page, in the current
/// language; empty where the guide has none.
pub fn placeholder(key: String) -> Signal<String> {
    let app = use_app();
    Signal::derive(move || {
        let route = app.route.get();
        let lang = app.lang.get();
        guide::placeholder(route, &key).map_or(String::new(), |bi: Bi| {
            format!("{}{}", GuideMsg::ForExample.text(lang), bi.text(lang))
        })
    })
}

/// The visible description of a score's scale, with the id fields name in their
/// `aria-describedby`.
#[component]
pub fn ScaleHint(id: String, scale: Scale) -> impl IntoView {
    view! { <span class="scale-hint" id=id>{tr(scale)}</span> }
}
