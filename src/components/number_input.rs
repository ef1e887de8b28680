//! The whole-number field (counts, yearly revenue): text goes in, a checked number
//! comes out, and refused text stays on screen with its message next to the field.
//! Modelled on the score field; it accepts thousands separators and full-width digits.

use leptos::prelude::*;

use workbook::number::{format_amount, parse_amount, MoneyUnit, NumberError};

use crate::components::guidance::ScaleHint;
use crate::i18n::customers as t;
use crate::i18n::guidance::Scale;
use crate::state::use_app;

/// What the field holds besides the workbook's value.
#[derive(Clone, Debug, PartialEq)]
enum Draft {
    /// Text that was accepted, kept as typed ("1,200") while it still says the
    /// workbook's value.
    Accepted(String),
    Rejected(String, NumberError),
}

/// A labelled whole-number input.
///
/// - `value`: the number in the workbook (the source of truth).
/// - `on_change`: called with every valid new value; `None` (a blank field) clears it.
/// - `id`: the input's DOM id, unique on the page (the label and message hang off it).
/// - `label`: the visible label.
/// - `max`: the largest number accepted (default: no limit).
/// - `unit`: for an amount of money, the unit it is typed and shown in (the value
///   stays in yuan), shown beside the field; none for a count.
/// - `scale`: for points on a scale (value scoring's 0–20), what its ends mean,
///   shown under the field and read with it (#15); none for a count or an amount.
#[component]
pub fn NumberInput(
    value: Signal<Option<u64>>,
    on_change: Callback<Option<u64>>,
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(default = u64::MAX)] max: u64,
    #[prop(default = None)] unit: Option<Signal<MoneyUnit>>,
    #[prop(default = None)] scale: Option<Scale>,
) -> impl IntoView {
    let app = use_app();
    let scale_id = format!("{id}-scale");
    let described_by = match scale {
        Some(_) => format!("{scale_id} {id}-msg"),
        None => format!("{id}-msg"),
    };
    // A count is read as yuan would be: no unit, no scaling.
    let unit_now = move || unit.map_or(MoneyUnit::Yuan, |u| u.get());
    let parse = move |text: &str| parse_amount(text, unit_now(), max);
    let draft = RwSignal::new(None::<Draft>);
    let message_id = format!("{id}-msg");
    // The value when the user started editing: once text is refused the workbook
    // returns to it, so refused input never leaves a half-typed number behind.
    let at_focus = StoredValue::new(None::<Option<u64>>);
    let revert = move || {
        let before = at_focus
            .get_value()
            .unwrap_or_else(|| value.get_untracked());
        if value.get_untracked() != before {
            on_change.run(before);
        }
    };

    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match parse(&text) {
            Ok(n) => {
                draft.set(Some(Draft::Accepted(text)));
                if value.get_untracked() != n {
                    on_change.run(n);
                }
            }
            Err(e) => {
                revert();
                draft.set(Some(Draft::Rejected(text, e)));
            }
        }
    };
    let shown = move || {
        let current = value.get();
        match draft.get() {
            Some(Draft::Rejected(text, _)) => text,
            Some(Draft::Accepted(text)) if parse(&text) == Ok(current) => text,
            _ => current
                .map(|n| format_amount(n, unit_now()))
                .unwrap_or_default(),
        }
    };
    let message = move || match draft.get()? {
        Draft::Rejected(text, e) => Some(t::number_error(app.lang.get(), e, &text, value.get())),
        Draft::Accepted(_) => None,
    };
    let invalid = move || matches!(draft.get(), Some(Draft::Rejected(..))).to_string();

    view! {
        <span class="field number-field">
            <label for=id.clone()>{move || label.get()}</label>
            <span class="input-row">
            <input
                id=id
                class="number"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=shown
                aria-invalid=invalid
                aria-describedby=described_by
                on:focus=move |_| at_focus.set_value(Some(value.get_untracked()))
                on:blur=move |_| at_focus.set_value(None)
                on:input=move |ev: leptos::ev::Event| {
                    crate::undo::typed(app, &ev.clone(), || on_input(ev))
                }
            />
            {unit.map(|u| view! { <span class="unit">{move || t::unit_mark(u.get())}</span> })}
            </span>
            {scale.map(|scale| view! { <ScaleHint id=scale_id scale/> })}
            <span id=message_id class="field-message" role="alert">
                {move || message().map(|text| view! { <span class="field-error">{text}</span> })}
            </span>
        </span>
    }
}
