//! The stakeholders worksheet: who the company deals with, what each needs, how
//! important each is and how well its needs are met, each row's priority, then the
//! ranking, the mean fulfilment and the importance × fulfilment chart, all derived
//! from the workbook.

use leptos::prelude::*;
use workbook::external::{RankedStakeholder, Stakeholder, StakeholderScore};
use workbook::{Workbook, Worksheet};

use crate::components::chart::Chart;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::stakeholders::{self as t, StakeholderMsg};
use crate::i18n::{Label, Msg};
use crate::state::{tr, use_app};

const STAKEHOLDERS: ListLens<Stakeholder> = ListLens {
    get: |wb: &Workbook| &wb.stakeholders,
    get_mut: |wb: &mut Workbook| &mut wb.stakeholders,
};

/// The page's scores, shared through context with the rows, which show their own
/// priority: a row's function is a plain `fn` and cannot capture them.
#[derive(Clone, Copy)]
struct Scores(Memo<StakeholderScore>);

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let score = Memo::new(move |_| {
        app.workbook
            .with(|wb| StakeholderScore::of(&wb.stakeholders))
    });
    provide_context(Scores(score));
    view! {
        <h1>{move || Worksheet::Stakeholders.label(app.lang.get())}</h1>
        <p class="intro">{tr(StakeholderMsg::Intro)}</p>
        <div class="stakeholders">
            <RowList lens=STAKEHOLDERS prefix="stake" row_name=t::row_name
                add_label=StakeholderMsg::AddRow fields=stakeholder_fields/>
        </div>
        <StakeholderSummary score/>
        <div class="charts">
            <Chart
                draw=Box::new(move |area| {
                    let text = t::chart_text(app.lang.get());
                    score.with(|s| charts::stakeholder_matrix(area, s, &text))
                        .map_err(|e| charts::error_text(&e))
                })
                title=Signal::derive(move || app.tr(StakeholderMsg::Chart).to_string())
                label=Signal::derive(move || score.with(|s| t::chart_description(app.lang.get(), s)))
                width=560
                height=440
            />
        </div>
    }
}

fn stakeholder_fields(row: RowCtx<Stakeholder>) -> AnyView {
    let app = use_app();
    let Scores(score) = expect_context::<Scores>();
    let id = row.id;
    // The priority and the act-now flag are the domain's; a row missing either score
    // is not ranked and has none.
    let rated = move || {
        score.with(|s| {
            s.ranked
                .iter()
                .find(|r| r.id == id)
                .map(|r| (r.priority, r.act_now))
        })
    };
    view! {
        {row.text("name", StakeholderMsg::Name, |r| &r.name, |r, v| r.name = v)}
        {row.text("needs", StakeholderMsg::Needs, |r| &r.needs, |r, v| r.needs = v)}
        {row.score("importance", StakeholderMsg::Importance, |r| r.importance, |r, v| r.importance = v)}
        {row.score("fulfilment", StakeholderMsg::Fulfilment, |r| r.fulfilment, |r, v| r.fulfilment = v)}
        <span class="derived" id=row.field_id("priority")>
            {move || t::row_priority(app.lang.get(), rated())}
        </span>
    }
    .into_any()
}

#[component]
fn StakeholderSummary(score: Memo<StakeholderScore>) -> impl IntoView {
    let app = use_app();
    view! {
        <section class="summary" aria-labelledby="stake-scores">
            <h2 id="stake-scores">{tr(Msg::Scores)}</h2>
            <dl class="balances">
                <dt>{tr(StakeholderMsg::MeanFulfilment)}</dt>
                <dd data-testid="stake-mean">{move || score.with(|s| t::mean(s.mean_fulfilment))}</dd>
                <dt>{tr(StakeholderMsg::Rated)}</dt>
                <dd data-testid="stake-counts">{move || {
                    let (rated, unrated) = score.with(|s| (s.ranked.len(), s.unrated));
                    crate::i18n::scored_counts(app.lang.get(), rated, unrated)
                }}</dd>
            </dl>
            <h3 id="stake-ranking">{tr(StakeholderMsg::Ranking)}</h3>
            <p class="intro">{move || t::act_now_rule(app.lang.get())}</p>
            {move || {
                if score.with(|s| s.ranked.is_empty()) {
                    return view! { <p>{tr(StakeholderMsg::NoneRated)}</p> }.into_any();
                }
                view! {
                    <table class="data" aria-labelledby="stake-ranking" data-testid="stake-ranking">
                        <thead>
                            <tr>
                                <th scope="col">{tr(StakeholderMsg::Name)}</th>
                                <th scope="col">{tr(StakeholderMsg::Importance)}</th>
                                <th scope="col">{tr(StakeholderMsg::Fulfilment)}</th>
                                <th scope="col">{tr(StakeholderMsg::Priority)}</th>
                                <th scope="col">{tr(StakeholderMsg::ActNow)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {score.with(|s| s.ranked.iter().map(ranking_row).collect_view())}
                        </tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}

/// One row of the ranking table.
fn ranking_row(r: &RankedStakeholder) -> impl IntoView {
    // A rated row may have no name yet.
    let name = if r.name.is_empty() {
        "—".to_string()
    } else {
        r.name.clone()
    };
    view! {
        <tr class=("act-now", r.act_now)>
            <th scope="row">{name}</th>
            <td>{r.importance.get()}</td>
            <td>{r.fulfilment.get()}</td>
            <td>{r.priority}</td>
            <td>{tr(t::yes_no(r.act_now))}</td>
        </tr>
    }
}
