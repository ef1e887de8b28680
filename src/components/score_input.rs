//! The 1–10 score field: text goes in, a checked `Score` comes out, and refused text
//! stays on screen with its message next to the field.

use leptos::prelude::*;
use workbook::{Score, ScoreError};

use crate::components::guidance::ScaleHint;
use crate::i18n::guidance::Scale;
use crate::i18n::{self, Msg};
use crate::state::{tr, use_app};

/// What the field holds that the workbook does not: text the user typed but that
/// is not (yet) a valid score.
#[derive(Clone, Debug, PartialEq)]
enum Draft {
    Rejected(String, ScoreError),
    /// Emptied while the item has a score: clearing must be deliberate.
    Blank,
}

/// A labelled score input.
///
/// - `value`: the score in the workbook (the source of truth).
/// - `on_change`: called with every valid new value; `None` clears the score.
/// - `id`: the input's DOM id, unique on the page (the label and message hang off it).
/// - `label`: the visible label.
/// - `scale`: what the ends of this score mean (#15), shown under the field and read
///   with it; required, so no score field goes without it.
/// - `scale_id`: where a column or quadrant already shows `scale` for all its fields
///   (the SWOT board), the id of that text; the field then points to it instead of
///   repeating it.
#[component]
pub fn ScoreInput(
    value: Signal<Option<Score>>,
    on_change: Callback<Option<Score>>,
    id: String,
    #[prop(into)] label: Signal<String>,
    scale: Scale,
    #[prop(optional)] scale_id: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(None::<Draft>);
    let message_id = format!("{id}-msg");
    let own_scale = scale_id.is_none().then(|| format!("{id}-scale"));
    let described_by = format!(
        "{} {message_id}",
        scale_id
            .as_deref()
            .or(own_scale.as_deref())
            .unwrap_or_default()
    );
    // The score when the user started editing. Typing "11" passes through "1", a
    // valid score; once the text is refused the score returns to this value, so
    // refused input never leaves a half-typed score behind.
    let at_focus = StoredValue::new(None::<Option<Score>>);
    let revert = move || {
        let before = at_focus
            .get_value()
            .unwrap_or_else(|| value.get_untracked());
        if value.get_untracked() != before {
            on_change.run(before);
        }
        before
    };

    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match Score::parse(&text) {
            Ok(Some(score)) => {
                draft.set(None);
                on_change.run(Some(score));
            }
            Ok(None) => {
                let kept = revert();
                draft.set(kept.map(|_| Draft::Blank));
            }
            Err(e) => {
                revert();
                draft.set(Some(Draft::Rejected(text, e)));
            }
        }
    };
    let shown = move || match draft.get() {
        Some(Draft::Rejected(text, _)) => text,
        Some(Draft::Blank) => String::new(),
        None => value.get().map(|s| s.to_string()).unwrap_or_default(),
    };
    let message = move || {
        let lang = app.lang.get();
        let kept = value.get().map(Score::get);
        match draft.get()? {
            Draft::Rejected(text, e) => Some(i18n::score_error(lang, e, &text, kept)),
            Draft::Blank => kept.map(|k| i18n::score_blank(lang, k)),
        }
    };
    let clear = move |_| {
        draft.set(None);
        on_change.run(None);
    };

    view! {
        <span class="score-field">
            <label for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                class="score"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                size="3"
                prop:value=shown
                aria-invalid=move || draft.with(Option::is_some).to_string()
                aria-describedby=described_by
                on:focus=move |_| at_focus.set_value(Some(value.get_untracked()))
                on:blur=move |_| at_focus.set_value(None)
                on:input=move |ev: leptos::ev::Event| {
                    crate::undo::typed(app, &ev.clone(), || on_input(ev))
                }
            />
            {own_scale.map(|id| view! { <ScaleHint id scale/> })}
            <span id=message_id class="field-message" role="alert">
                {move || message().map(|text| {
                    let blank = matches!(draft.get(), Some(Draft::Blank));
                    view! {
                        <span class="field-error">{text}</span>
                        <Show when=move || blank>
                            <button type="button" class="link" on:click=clear>
                                {tr(Msg::RemoveScore)}
                            </button>
                        </Show>
                    }
                })}
            </span>
        </span>
    }
}
