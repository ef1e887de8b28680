//! The worksheet navigation in workshop order, grouped by part, with completion; on a
//! narrow screen folded behind a menu button so a page does not start below a screen of
//! links.

use leptos::prelude::*;
use workbook::completion;
use workbook::worksheet::Part;
use workbook::{Route, Worksheet};

use crate::i18n::merge::MergeMsg;
use crate::i18n::{self, Label, Msg};
use crate::state::use_app;

#[component]
pub fn Nav() -> impl IntoView {
    let app = use_app();
    let completions = Memo::new(move |_| {
        app.workbook
            .with(|wb| Worksheet::ALL.map(|w| completion::of(wb, w)))
    });
    let link = move |route: Route, text: Box<dyn Fn() -> String + Send + Sync>| {
        view! {
            <a
                href=move || app.href(route)
                aria-current=move || (app.route.get() == route).then_some("page")
            >
                {text}
            </a>
        }
    };
    let part = move |part: Part| {
        let sheets = Worksheet::ALL.into_iter().filter(move |w| w.part() == part);
        view! {
            <h2>{move || part.label(app.lang.get())}</h2>
            <ol>
                {sheets
                    .map(|w| {
                        let text = move || {
                            let lang = app.lang.get();
                            let done = completions.with(|p| p[w as usize]);
                            format!("{} · {}", w.label(lang), i18n::completion_text(lang, done))
                        };
                        view! { <li>{link(Route::Sheet(w), Box::new(text))}</li> }
                    })
                    .collect_view()}
            </ol>
        }
    };
    // The list is open only on demand on a narrow screen (the CSS shows the button and
    // hides the closed list below 800 px); on a desktop the button is not displayed and
    // the list is always there. Any new route closes it, so choosing a worksheet (or
    // going anywhere else) leaves the page in view.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        app.route.track();
        open.set(false);
    });
    let toggle_text = move || format!("☰ {}", app.tr(Msg::Worksheets));
    view! {
        <nav class="sheet-nav" class:open=move || open.get() aria-label=move || app.tr(Msg::Worksheets)>
            <button
                type="button"
                class="nav-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="sheet-nav-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {toggle_text}
            </button>
            <div class="nav-list" id="sheet-nav-list" on:click=move |ev: leptos::ev::MouseEvent| {
                // A click on a link (or inside one) chooses a page: fold the menu.
                let on_link = ev
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                    .and_then(|e| e.closest("a").ok().flatten())
                    .is_some();
                if on_link {
                    open.set(false);
                }
            }>
            {link(Route::Overview, Box::new(move || app.tr(Msg::Overview).to_string()))}
            {link(Route::Report, Box::new(move || app.tr(crate::i18n::report::ReportMsg::Report).to_string()))}
            {link(Route::Merge, Box::new(move || app.tr(MergeMsg::Nav).to_string()))}
            {part(Part::Internal)}
            {part(Part::External)}
            {part(Part::CustomerAnalysis)}
            {part(Part::Management)}
            {part(Part::Strategy)}
            </div>
        </nav>
    }
}
