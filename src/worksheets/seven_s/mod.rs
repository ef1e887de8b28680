//! The 7S worksheet: the shared values, a verdict, rating and evidence for each of the
//! six factors, then its results (scores and the two charts; `results.rs`), all
//! derived from the workbook.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::internal::{SevenSEntry, SevenSFactor, Verdict};
use workbook::swot::Quadrant;
use workbook::workbook::SwotSource;
use workbook::{Score, Worksheet};

use crate::components::fields::{msg, TextField};
use crate::components::guidance::Guidance;
use crate::components::score_input::ScoreInput;
use crate::components::send_to_swot::SendToSwot;
use crate::i18n::guidance::Scale;
use crate::i18n::seven_s::SevenSMsg;
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

const VERDICTS: [Verdict; 2] = [Verdict::Strength, Verdict::Weakness];

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let shared = Signal::derive(move || app.workbook.with(|wb| wb.seven_s.shared_values.clone()));
    let on_shared =
        Callback::new(move |text: String| app.edit(|wb| wb.seven_s.shared_values = text));
    view! {
        <h1>{move || Worksheet::SevenS.label(app.lang.get())}</h1>
        <p class="intro">{tr(SevenSMsg::Intro)}</p>
        <Guidance sheet=Worksheet::SevenS/>
        <div class="shared-values">
            <TextField
                id="seven-s-shared-values".to_string()
                label=msg(SevenSMsg::SharedValues)
                value=shared
                on_input=on_shared
                multiline=true
            />
        </div>
        <h2>{tr(SevenSMsg::Factors)}</h2>
        <div class="factors">
            {SevenSFactor::ALL.into_iter().map(|factor| view! { <FactorBlock factor/> }).collect_view()}
        </div>
        <Results sheet=Worksheet::SevenS/>
    }
}

/// The factor's part of DOM ids, so every field on the page has its own.
fn slug(factor: SevenSFactor) -> &'static str {
    match factor {
        SevenSFactor::Staff => "staff",
        SevenSFactor::Structure => "structure",
        SevenSFactor::Systems => "systems",
        SevenSFactor::Skills => "skills",
        SevenSFactor::Style => "style",
        SevenSFactor::Strategy => "strategy",
    }
}

/// Edits the factor's entry, the same one scoring reads; a factor missing from the
/// data is added rather than the edit being lost.
fn edit_entry(factor: SevenSFactor, change: impl FnOnce(&mut SevenSEntry)) {
    use_app().edit(|wb| change(wb.seven_s.entry_mut(factor)));
}

/// One factor: its verdict as a pair of radio buttons, its rating, its evidence and
/// the way to SWOT. The entries are fixed (one per factor), so this is a table of
/// blocks rather than an open-ended row list.
#[component]
fn FactorBlock(factor: SevenSFactor) -> impl IntoView {
    let app = use_app();
    let slug = slug(factor);
    let entry = Memo::new(move |_| app.workbook.with(|wb| wb.seven_s.entry(factor).cloned()));
    let verdict = Memo::new(move |_| entry.with(|e| e.as_ref().and_then(|e| e.verdict)));
    let rating = Signal::derive(move || entry.with(|e| e.as_ref().and_then(|e| e.rating)));
    let evidence = Signal::derive(move || {
        entry.with(|e| e.as_ref().map(|e| e.evidence.clone()).unwrap_or_default())
    });
    let name = Signal::derive(move || factor.label(app.lang.get()).to_string());
    let quadrant = Signal::derive(move || {
        verdict.get().map(|v| match v {
            Verdict::Strength => Quadrant::Strengths,
            Verdict::Weakness => Quadrant::Weaknesses,
        })
    });
    let kind = move || match verdict.get() {
        Some(Verdict::Strength) => "factor is-strength",
        Some(Verdict::Weakness) => "factor is-weakness",
        None => "factor",
    };

    let radio = move |v: Verdict| {
        let id = format!(
            "seven-s-{slug}-{}",
            if v == Verdict::Strength {
                "strength"
            } else {
                "weakness"
            }
        );
        view! {
            <span class="radio">
                <input
                    type="radio"
                    id=id.clone()
                    name=format!("seven-s-{slug}-verdict")
                    prop:checked=move || verdict.get() == Some(v)
                    on:change=move |_| edit_entry(factor, |e| e.verdict = Some(v))
                />
                <label for=id>{move || v.label(app.lang.get())}</label>
            </span>
        }
    };
    let on_rating = Callback::new(move |s: Option<Score>| edit_entry(factor, |e| e.rating = s));
    let on_evidence = Callback::new(move |text: String| edit_entry(factor, |e| e.evidence = text));

    view! {
        <fieldset class=kind id=format!("seven-s-{slug}")>
            <legend>{move || name.get()}</legend>
            <div class="verdict">
                <span
                    class="radios"
                    role="radiogroup"
                    aria-label=move || format!("{} — {}", app.tr(SevenSMsg::VerdictGroup), name.get())
                >
                    {VERDICTS.map(radio).collect_view()}
                </span>
                <button
                    type="button"
                    class="link"
                    disabled=move || verdict.get().is_none()
                    aria-label=move || format!("{} — {}", app.tr(SevenSMsg::ClearVerdict), name.get())
                    on:click=move |_| edit_entry(factor, |e| e.verdict = None)
                >
                    {tr(SevenSMsg::ClearVerdict)}
                </button>
            </div>
            <ScoreInput
                value=rating
                on_change=on_rating
                id=format!("seven-s-{slug}-rating")
                label=msg(SevenSMsg::Rating)
                scale=Scale::SevenS
            />
            <TextField
                id=format!("seven-s-{slug}-evidence")
                label=msg(SevenSMsg::Evidence)
                value=evidence
                on_input=on_evidence
                multiline=true
            />
            <SendToSwot source=SwotSource::SevenS(factor) quadrant name/>
        </fieldset>
    }
}
