//! The internal-customers worksheet: the links between departments, their scores (mean
//! service, weakest links, each department as server and as customer) and the heat
//! map, all derived from the workbook.

use leptos::prelude::*;
use workbook::internal::{InternalCustomersScore, InternalLink};
use workbook::{Workbook, Worksheet};

use crate::components::chart::Chart;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::internal_customers::{self as t, InternalMsg};
use crate::i18n::{Label, Msg};
use crate::state::{tr, use_app};

fn lens() -> ListLens<InternalLink> {
    ListLens {
        get: |wb: &Workbook| &wb.internal_customers,
        get_mut: |wb: &mut Workbook| &mut wb.internal_customers,
    }
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let lens = lens();
    let score = Memo::new(move |_| {
        app.workbook
            .with(|wb| InternalCustomersScore::of(&wb.internal_customers))
    });
    view! {
        <h1>{move || Worksheet::InternalCustomers.label(app.lang.get())}</h1>
        <p class="intro">{tr(InternalMsg::Intro)}</p>
        <div class="links">
            <RowList lens prefix="link" row_name=t::row_name add_label=InternalMsg::AddRow fields=link_fields/>
        </div>
        <InternalSummary score/>
        <div class="charts">
            <Chart
                draw=Box::new(move |area| {
                    let text = t::chart_text(app.lang.get());
                    score
                        .with(|s| charts::internal_heat_map(area, s, &text))
                        .map_err(|e| charts::error_text(&e))
                })
                title=Signal::derive(move || app.tr(InternalMsg::Chart).to_string())
                label=Signal::derive(move || score.with(|s| t::chart_description(app.lang.get(), s)))
                width=760
                height=420
            />
        </div>
    }
}

fn link_fields(row: RowCtx<InternalLink>) -> AnyView {
    view! {
        {row.text("server", InternalMsg::Server, |r| &r.server, |r, v| r.server = v)}
        {row.text("customer", InternalMsg::Customer, |r| &r.customer, |r, v| r.customer = v)}
        {row.text("need", InternalMsg::Need, |r| &r.need, |r, v| r.need = v)}
        {row.score("service", InternalMsg::Service, |r| r.service, |r, v| r.service = v)}
    }
    .into_any()
}

/// The figures of [`InternalCustomersScore`], each "—" while unknown.
#[component]
fn InternalSummary(score: Memo<InternalCustomersScore>) -> impl IntoView {
    let app = use_app();
    view! {
        <section class="summary" aria-labelledby="link-scores">
            <h2 id="link-scores">{tr(Msg::Scores)}</h2>
            <table class="data figures">
                <tbody>
                    <tr>
                        <th scope="row">{tr(InternalMsg::MeanService)}</th>
                        <td>{move || score.with(|s| t::mean(s.mean))}</td>
                    </tr>
                    <tr>
                        <th scope="row">{tr(Msg::Scored)}</th>
                        <td>{move || {
                            let (scored, unscored) = score.with(|s| (s.scored, s.unscored));
                            crate::i18n::scored_counts(app.lang.get(), scored, unscored)
                        }}</td>
                    </tr>
                </tbody>
            </table>
            <h3 id="link-weakest">{tr(InternalMsg::Weakest)}</h3>
            {move || {
                if score.with(|s| s.weakest.is_empty()) {
                    view! { <p>{tr(InternalMsg::NoneScored)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="ranked" aria-labelledby="link-weakest">
                            {move || score.with(|s| {
                                s.weakest.iter().map(|w| view! { <li>{t::weak_link(w)}</li> }).collect_view()
                            })}
                        </ol>
                    }
                    .into_any()
                }
            }}
            <h3 id="link-departments">{tr(InternalMsg::Departments)}</h3>
            <table class="data" aria-labelledby="link-departments">
                <thead>
                    <tr>
                        <th scope="col">{tr(InternalMsg::Department)}</th>
                        <th scope="col">{tr(InternalMsg::AsServer)}</th>
                        <th scope="col">{tr(InternalMsg::AsCustomer)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || score.with(|s| {
                        s.departments
                            .iter()
                            .map(|d| view! {
                                <tr>
                                    <th scope="row">{d.name.clone()}</th>
                                    <td>{t::mean(d.as_server)}</td>
                                    <td>{t::mean(d.as_customer)}</td>
                                </tr>
                            })
                            .collect_view()
                    })}
                </tbody>
            </table>
        </section>
    }
}
