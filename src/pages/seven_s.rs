//! The 7S worksheet: the shared values, a verdict, rating and evidence for each of the
//! six factors, the scores and the two charts, all derived from the workbook.

use leptos::prelude::*;
use workbook::internal::{SevenSEntry, SevenSFactor, SevenSScore, Verdict};
use workbook::swot::Quadrant;
use workbook::workbook::SwotSource;
use workbook::{Score, Worksheet};

use crate::components::chart::Chart;
use crate::components::fields::{msg, TextField};
use crate::components::score_input::ScoreInput;
use crate::components::send_to_swot::SendToSwot;
use crate::i18n::seven_s::{self as t, SevenSMsg};
use crate::i18n::{Label, Msg, Text};
use crate::state::{tr, use_app};

const VERDICTS: [Verdict; 2] = [Verdict::Strength, Verdict::Weakness];

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let score = Memo::new(move |_| app.workbook.with(|wb| wb.seven_s.score()));
    let shared = Signal::derive(move || app.workbook.with(|wb| wb.seven_s.shared_values.clone()));
    let on_shared =
        Callback::new(move |text: String| app.edit(|wb| wb.seven_s.shared_values = text));
    let chart = move |title: SevenSMsg| {
        let draw: crate::components::chart::Draw = Box::new(move |area| {
            let text = t::chart_text(app.lang.get());
            score
                .with(|s| match title {
                    SevenSMsg::ChartDiagram => charts::seven_s_diagram(area, s, &text),
                    _ => charts::seven_s_radar(area, s, &text),
                })
                .map_err(|e| charts::error_text(&e))
        });
        view! {
            <Chart
                draw
                title=Signal::derive(move || app.tr(title).to_string())
                label=Signal::derive(move || score.with(|s| t::chart_description(app.lang.get(), title, s)))
                width=420
                height=400
            />
        }
    };
    view! {
        <h1>{move || Worksheet::SevenS.label(app.lang.get())}</h1>
        <p class="intro">{tr(SevenSMsg::Intro)}</p>
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
        <SevenSSummary score/>
        <div class="charts">
            {chart(SevenSMsg::ChartDiagram)}
            {chart(SevenSMsg::ChartRadar)}
        </div>
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

/// The figures of [`SevenSScore`], each "—" while unknown.
#[component]
fn SevenSSummary(score: Memo<SevenSScore>) -> impl IntoView {
    let app = use_app();
    let row = move |label: SevenSMsg, value: Box<dyn Fn() -> String + Send + Sync>| {
        view! {
            <tr>
                <th scope="row">{tr(label)}</th>
                <td>{value}</td>
            </tr>
        }
    };
    view! {
        <section class="summary" aria-labelledby="seven-s-scores">
            <h2 id="seven-s-scores">{tr(Msg::Scores)}</h2>
            <table class="data figures">
                <tbody>
                    {row(SevenSMsg::Strengths, Box::new(move || score.with(|s| s.strengths.to_string())))}
                    {row(SevenSMsg::Weaknesses, Box::new(move || score.with(|s| s.weaknesses.to_string())))}
                    {row(SevenSMsg::Balance, Box::new(move || {
                        score.with(|s| s.balance.map_or_else(|| "—".to_string(), t::signed))
                    }))}
                    {row(SevenSMsg::Unrated, Box::new(move || {
                        let lang = app.lang.get();
                        score.with(|s| {
                            if s.unrated.is_empty() {
                                SevenSMsg::NoneUnrated.text(lang).to_string()
                            } else {
                                t::factor_list(lang, s.unrated.iter().copied())
                            }
                        })
                    }))}
                    {row(SevenSMsg::Weakest, Box::new(move || {
                        let lang = app.lang.get();
                        score.with(|s| s.weakest.map_or("—", |f| f.label(lang)).to_string())
                    }))}
                    {row(SevenSMsg::Verdicts, Box::new(move || {
                        let lang = app.lang.get();
                        score.with(|s| {
                            if s.complete {
                                SevenSMsg::AllDecided.text(lang).to_string()
                            } else {
                                let open = s.factors.iter().filter(|f| f.verdict.is_none());
                                t::missing_verdicts(lang, open.map(|f| f.factor))
                            }
                        })
                    }))}
                </tbody>
            </table>
        </section>
    }
}
