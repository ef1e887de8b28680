//! The whole-number field (counts, yearly revenue): text goes in, a checked number
//! comes out, and refused text stays on screen with its message next to the field.
//! Modelled on the score field; it accepts thousands separators and full-width digits.

use leptos::prelude::*;

use crate::i18n::customers as t;
use crate::state::use_app;

/// Why typed text is not a whole number the field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
}

/// Parses a whole number ≥ 0 of at most `max`: blank is `None` (no number);
/// "1,200", "1，200" and full-width "１２００" are 1200.
pub fn parse_whole(text: &str, max: u64) -> Result<Option<u64>, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let ascii: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '，'))
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '－' => '-',
            c => c,
        })
        .collect();
    if ascii.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if let Some(rest) = ascii.strip_prefix('-') {
        return Err(if is_number(rest) {
            NumberError::Negative
        } else {
            NumberError::NotANumber
        });
    }
    if !ascii.bytes().all(|b| b.is_ascii_digit()) {
        return Err(if is_number(&ascii) {
            NumberError::NotWhole
        } else {
            NumberError::NotANumber
        });
    }
    match ascii.parse::<u64>() {
        Ok(n) if n <= max => Ok(Some(n)),
        _ => Err(NumberError::TooLarge),
    }
}

/// Digits with at most one decimal point: a number, if not a whole one.
fn is_number(s: &str) -> bool {
    let mut parts = s.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    !(whole.is_empty() && frac.is_empty())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

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
#[component]
pub fn NumberInput(
    value: Signal<Option<u64>>,
    on_change: Callback<Option<u64>>,
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(default = u64::MAX)] max: u64,
) -> impl IntoView {
    let app = use_app();
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

    let on_input = move |ev| {
        let text = event_target_value(&ev);
        match parse_whole(&text, max) {
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
            Some(Draft::Accepted(text)) if parse_whole(&text, max) == Ok(current) => text,
            _ => current.map(|n| n.to_string()).unwrap_or_default(),
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
            <input
                id=id
                class="number"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=shown
                aria-invalid=invalid
                aria-describedby=message_id.clone()
                on:focus=move |_| at_focus.set_value(Some(value.get_untracked()))
                on:blur=move |_| at_focus.set_value(None)
                on:input=on_input
            />
            <span id=message_id class="field-message" role="alert">
                {move || message().map(|text| view! { <span class="field-error">{text}</span> })}
            </span>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_whole_table() {
        use NumberError::*;
        // (text, max, result)
        type Case<'a> = (&'a str, u64, Result<Option<u64>, NumberError>);
        let cases: &[Case] = &[
            ("", u64::MAX, Ok(None)),
            ("   ", u64::MAX, Ok(None)),
            ("0", u64::MAX, Ok(Some(0))),
            (" 42 ", u64::MAX, Ok(Some(42))),
            ("1,200", u64::MAX, Ok(Some(1200))),
            ("3,600,000", u64::MAX, Ok(Some(3_600_000))),
            ("1，200", u64::MAX, Ok(Some(1200))),
            ("１２００", u64::MAX, Ok(Some(1200))),
            ("１,２００", u64::MAX, Ok(Some(1200))),
            ("12a", u64::MAX, Err(NotANumber)),
            ("abc", u64::MAX, Err(NotANumber)),
            (",", u64::MAX, Err(NotANumber)),
            ("-5", u64::MAX, Err(Negative)),
            ("－５", u64::MAX, Err(Negative)),
            ("-", u64::MAX, Err(NotANumber)),
            ("1.5", u64::MAX, Err(NotWhole)),
            ("１．５", u64::MAX, Err(NotWhole)),
            ("1.2.3", u64::MAX, Err(NotANumber)),
            (".", u64::MAX, Err(NotANumber)),
            ("99999999999999999999999", u64::MAX, Err(TooLarge)),
            ("4294967295", u64::from(u32::MAX), Ok(Some(4_294_967_295))),
            ("4294967296", u64::from(u32::MAX), Err(TooLarge)),
        ];
        for (text, max, want) in cases {
            assert_eq!(parse_whole(text, *max), *want, "{text:?}");
        }
    }
}
