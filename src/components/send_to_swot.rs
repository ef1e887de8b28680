//! The one action that sends a row of another worksheet to the company's SWOT, and
//! the link back to it once sent.

use leptos::prelude::*;
use workbook::swot::Quadrant;
use workbook::workbook::SwotSource;
use workbook::{Route, Worksheet};

use crate::i18n::Msg;
use crate::state::{tr, use_app};

/// "Send to SWOT weaknesses" (or strengths) for `source`; once sent, a link to SWOT.
///
/// - `source`: what is sent; the domain decides its quadrant and text.
/// - `quadrant`: where it will land, for the button's words (a 7S factor's verdict
///   can change, so the caller derives it).
/// - `name`: the row's visible name, so screen readers hear which row the button is for.
#[component]
pub fn SendToSwot(
    source: SwotSource,
    #[prop(into)] quadrant: Signal<Option<Quadrant>>,
    #[prop(into)] name: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let nothing = RwSignal::new(false);
    let sent = Memo::new(move |_| app.workbook.with(|wb| wb.sent_item(source).is_some()));
    let send = move |_| {
        let mut id = None;
        app.edit(|wb| id = wb.send_to_swot(source));
        nothing.set(id.is_none());
    };
    move || {
        if sent.get() {
            nothing.set(false);
            return view! {
                <a class="sent" href=app.href(Route::Sheet(Worksheet::Swot))>
                    {move || format!("✓ {}", app.tr(Msg::InSwot))}
                </a>
            }
            .into_any();
        }
        let words = move || match quadrant.get() {
            Some(Quadrant::Strengths) => app.tr(Msg::SendToStrengths),
            Some(Quadrant::Opportunities) => app.tr(Msg::SendToOpportunities),
            Some(Quadrant::Threats) => app.tr(Msg::SendToThreats),
            Some(Quadrant::Weaknesses) => app.tr(Msg::SendToWeaknesses),
            // Disabled until the source says where it belongs (a 7S verdict, a
            // PESTLE direction).
            None => app.tr(Msg::SendToSwot),
        };
        view! {
            <span class="send">
                <button
                    type="button"
                    disabled=move || quadrant.get().is_none()
                    aria-label=move || format!("{} — {}", words(), name.get())
                    on:click=send
                >
                    {words}
                </button>
                <Show when=move || nothing.get()>
                    <span class="field-error" role="alert">{tr(Msg::NothingToSend)}</span>
                </Show>
            </span>
        }
        .into_any()
    }
}
