//! The threshold field of the segmentation and loyalty screens: text goes in, the
//! domain checks it against its range and neighbours, and a refused entry stays on
//! screen with its reason while the threshold keeps its value.

use leptos::prelude::*;
use workbook::segmentation::thresholds::{format_threshold, Threshold};

use crate::i18n::thresholds as t;
use crate::i18n::Label;
use crate::state::use_app;

/// A labelled threshold input, committed on change (Enter or leaving the field) so
/// the analyses re-run once per decision, not per keystroke.
///
/// - `threshold`: which threshold it edits.
/// - `enabled`: whether it can be edited now (the rows must be loaded).
#[component]
pub fn ThresholdInput(threshold: Threshold, #[prop(into)] enabled: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let id = format!("threshold-{threshold:?}").to_lowercase();
    let message_id = format!("{id}-msg");
    // Refused text and its reason; `None` shows the workbook's value.
    let refused =
        RwSignal::new(None::<(String, workbook::segmentation::thresholds::ThresholdError)>);
    let value = move || {
        app.workbook
            .with(|wb| format_threshold(threshold.get(&wb.segmentation, &wb.loyalty)))
    };
    let shown = move || {
        refused
            .with(|r| r.as_ref().map(|(text, _)| text.clone()))
            .unwrap_or_else(value)
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        let checked = app.workbook.with_untracked(|wb| {
            let (mut seg, mut loy) = (wb.segmentation.clone(), wb.loyalty.clone());
            threshold
                .set_text(&text, &mut seg, &mut loy)
                .map(|()| (seg, loy))
        });
        match checked {
            Ok((seg, loy)) => {
                refused.set(None);
                app.edit(|wb| {
                    wb.segmentation = seg;
                    wb.loyalty = loy;
                });
            }
            Err(error) => refused.set(Some((text, error))),
        }
    };
    let message = move || {
        refused.with(|r| {
            r.as_ref()
                .map(|(text, error)| t::threshold_error(app.lang.get(), *error, text))
        })
    };
    view! {
        <span class="field number-field">
            <label for=id.clone()>{move || threshold.label(app.lang.get())}</label>
            <input
                id=id
                class="number"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                prop:value=shown
                disabled=move || !enabled.get()
                aria-invalid=move || refused.with(Option::is_some).to_string()
                aria-describedby=message_id.clone()
                on:change=on_change
            />
            <span id=message_id class="field-message" role="alert">
                {move || message().map(|text| view! { <span class="field-error">{text}</span> })}
            </span>
        </span>
    }
}
