//! The SWOT worksheet: the board, the score summary (totals, balances, posture) and
//! the two charts, all derived from the workbook.

use leptos::prelude::*;
use workbook::swot::{Quadrant, SwotScore};
use workbook::workbook::SwotOwner;

use crate::components::chart::Chart;
use crate::components::swot_board::SwotBoard;
use crate::i18n::{self, Label, Msg};
use crate::state::{tr, use_app};

#[component]
pub fn SwotPage() -> impl IntoView {
    let app = use_app();
    let score = Memo::new(move |_| app.workbook.with(|wb| wb.swot.score()));
    view! {
        <h1>"SWOT"</h1>
        <p class="intro">{tr(Msg::SwotIntro)}</p>
        <SwotBoard owner=SwotOwner::Company score id_prefix="swot"/>
        <SwotSummary score/>
        <div class="charts">
            <Chart
                draw=Box::new(move |area| {
                    let text = i18n::swot_chart_text(app.lang.get());
                    score.with(|s| charts::swot::swot_totals(area, s, &text))
                        .map_err(|e| charts::error_text(&e))
                })
                title=Signal::derive(move || app.tr(Msg::ChartTotals).to_string())
                label=Signal::derive(move || i18n::swot_totals_description(app.lang.get(), &score.get()))
                width=520
                height=320
            />
            <Chart
                draw=Box::new(move |area| {
                    let text = i18n::swot_chart_text(app.lang.get());
                    score.with(|s| charts::swot::swot_posture(area, s, &text))
                        .map_err(|e| charts::error_text(&e))
                })
                title=Signal::derive(move || app.tr(Msg::ChartPosture).to_string())
                label=Signal::derive(move || i18n::swot_posture_description(app.lang.get(), &score.get()))
                width=520
                height=320
            />
        </div>
    }
}

/// The score table and the balances and posture below it.
#[component]
pub fn SwotSummary(score: Memo<SwotScore>) -> impl IntoView {
    let app = use_app();
    let balance = |b: Option<i64>| b.map_or("—".to_string(), |b| format!("{b:+}"));
    view! {
        <section class="summary" aria-labelledby="swot-scores">
            <h2 id="swot-scores">{tr(Msg::Scores)}</h2>
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::Quadrant)}</th>
                        <th scope="col">{tr(Msg::Total)}</th>
                        <th scope="col">{tr(Msg::Mean)}</th>
                        <th scope="col">{tr(Msg::Scored)}</th>
                        <th scope="col">{tr(Msg::Unscored)}</th>
                    </tr>
                </thead>
                <tbody>
                    {Quadrant::ALL
                        .into_iter()
                        .map(|q| {
                            let st = move || score.with(|s| *s.get(q));
                            view! {
                                <tr>
                                    <th scope="row">{move || q.label(app.lang.get())}</th>
                                    <td>{move || st().known_total().map_or("—".into(), |t| t.to_string())}</td>
                                    <td>{move || st().mean().map_or("—".into(), |m| format!("{m:.1}"))}</td>
                                    <td>{move || st().scored}</td>
                                    <td>{move || st().unscored}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <dl class="balances">
                <dt>{tr(Msg::InternalBalance)}</dt>
                <dd data-testid="internal-balance">{move || balance(score.get().internal_balance())}</dd>
                <dt>{tr(Msg::ExternalBalance)}</dt>
                <dd data-testid="external-balance">{move || balance(score.get().external_balance())}</dd>
                <dt>{tr(Msg::Posture)}</dt>
                <dd data-testid="posture">
                    {move || match score.get().posture() {
                        Some(p) => p.label(app.lang.get()).to_string(),
                        None => app.tr(Msg::PostureUnknown).to_string(),
                    }}
                </dd>
            </dl>
        </section>
    }
}
