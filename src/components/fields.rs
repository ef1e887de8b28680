//! Labelled form fields for text and for choices from a fixed set: each takes the
//! workbook's value as a signal and reports edits through a callback.

use leptos::prelude::*;
use workbook::Lang;

use crate::i18n::{Label, Msg, Text};
use crate::state::{tr, use_app};

/// A labelled text field: one line that wraps and grows as needed, or with
/// `multiline` a taller text area for longer notes.
///
/// - `id`: the DOM id, unique on the page (the label hangs off it).
/// - `label`: the visible label.
/// - `value`: the text in the workbook.
/// - `on_input`: called with the new text on every keystroke.
#[component]
pub fn TextField(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let app = use_app();
    let input = move |ev: leptos::ev::Event| {
        crate::undo::typed(app, &ev, || on_input.run(event_target_value(&ev)))
    };
    // The worksheet's example entry for this field, while it is empty (#15).
    let placeholder = crate::components::guidance::placeholder(guide_key(&id));
    let field = if multiline {
        view! {
            <textarea id=id.clone() rows="3" placeholder=placeholder prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any()
    } else {
        // One line that grows with its text (CSS `field-sizing`) instead of cutting it
        // off: a long entry stays readable on the page and on a projector. Enter still
        // adds a row (`row_list::enter_adds_row` knows the `one-line` class).
        view! {
            <textarea id=id.clone() class="one-line" rows="1" placeholder=placeholder
                prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any()
    };
    view! {
        <span class="field">
            <label for=id>{move || label.get()}</label>
            {field}
        </span>
    }
}

/// The key of the field `id` in its worksheet's guide: the id without the row ids
/// in it, so one entry serves every row of a list. A part ending in digits carries a
/// row id (`RowId` shows as "r12") or a number: the digits and an "r" before them go,
/// and the part too if nothing is left ("bag-r12-text" is "bag-text", "ready-3-evidence"
/// is "ready-evidence", "obl-dr3-cr7-name" is "obl-d-c-name").
pub fn guide_key(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let letters = part.trim_end_matches(|c: char| c.is_ascii_digit());
            if letters.len() < part.len() {
                letters.strip_suffix('r').unwrap_or(letters)
            } else {
                part
            }
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A labelled choice from `options`, with a "not chosen" entry first so a choice can
/// be withdrawn. Option values are their positions, so any `Copy` type works.
///
/// - `id`, `label`: as for [`TextField`].
/// - `value`: the choice in the workbook, `None` when not chosen yet.
/// - `options`: the choices in display order; each names itself through [`Label`].
/// - `on_change`: called with the new choice.
#[component]
pub fn ChoiceField<T>(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<T>>,
    options: &'static [T],
    on_change: Callback<Option<T>>,
) -> impl IntoView
where
    T: Label + Copy + PartialEq + Send + Sync + 'static,
{
    let app = use_app();
    let change = move |ev| {
        let picked = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| options.get(i).copied());
        on_change.run(picked);
    };
    view! {
        <span class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change=change>
                <option value="" prop:selected=move || value.get().is_none()>
                    {tr(Msg::NotChosen)}
                </option>
                {options
                    .iter()
                    .enumerate()
                    .map(|(i, option)| {
                        let option = *option;
                        view! {
                            <option value=i.to_string() prop:selected=move || value.get() == Some(option)>
                                {move || option.label(app.lang.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </span>
    }
}

/// A fixed UI string as a reactive `Signal<String>`, for field labels.
pub fn msg(msg: impl Text) -> Signal<String> {
    let app = use_app();
    Signal::derive(move || msg.text(app.lang.get()).to_string())
}

/// A label built from the language, as a reactive `Signal<String>`.
pub fn text(build: fn(Lang) -> String) -> Signal<String> {
    let app = use_app();
    Signal::derive(move || build(app.lang.get()))
}
