//! The loyalty worksheet: the satisfaction × loyalty matrix and the value × loyalty
//! quadrant over the imported customer data, with their cut-offs, tables, chart and
//! customer lists.

use leptos::prelude::*;
use workbook::segmentation::analysis::Selection;
use workbook::segmentation::thresholds::Threshold;
use workbook::segmentation::{LoyaltyType, Quadrant, Totals};
use workbook::{Lang, Worksheet};

use crate::components::chart::Chart;
use crate::components::customer_list::CustomerList;
use crate::components::import_rows::DataStatus;
use crate::i18n::segmentation::{self as t, SegMsg};
use crate::i18n::{Label, Text};
use crate::pages::segmentation::Thresholds;
use crate::state::{tr, use_app};

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let rated = move || {
        app.summary.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.loyalty.iter().any(|(_, totals)| totals.customers > 0))
        })
    };
    view! {
        <h1>{move || Worksheet::Loyalty.label(app.lang.get())}</h1>
        <p class="intro">{tr(SegMsg::LoyaltyIntro)}</p>
        <DataStatus/>
        <Show when=move || app.summary.with(Option::is_some)>
            <Thresholds list=&Threshold::LOYALTY/>
            <Show when=rated fallback=|| view! { <p class="notice" role="note">{tr(SegMsg::NoLoyaltyColumns)}</p> }>
                <Matrix/>
                <Quadrants/>
                <section aria-labelledby="loy-lists">
                    <h2 id="loy-lists">{tr(SegMsg::Lists)}</h2>
                    <p>{tr(SegMsg::ListsIntro)}</p>
                    <CustomerList id="loy" choices=loyalty_lists()/>
                </section>
            </Show>
        </Show>
    }
}

fn loyalty_lists() -> Vec<Selection> {
    LoyaltyType::ALL
        .into_iter()
        .map(Selection::Loyalty)
        .chain(Quadrant::ALL.into_iter().map(Selection::Quadrant))
        .collect()
}

fn type_table(
    lang: Lang,
    testid: &'static str,
    first: SegMsg,
    rows: Vec<(String, String, Totals)>,
) -> impl IntoView {
    view! {
        <table class="data" data-testid=testid>
            <thead>
                <tr>
                    <th scope="col">{first.text(lang)}</th>
                    <th scope="col">{SegMsg::Rule.text(lang)}</th>
                    <th scope="col">{SegMsg::Customers.text(lang)}</th>
                    <th scope="col">{SegMsg::Sales.text(lang)}</th>
                    <th scope="col">{SegMsg::Profit.text(lang)}</th>
                    <th scope="col">{SegMsg::ProfitShare.text(lang)}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(name, rule, totals)| {
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{rule}</td>
                                <td class="num">{totals.customers}</td>
                                <td class="num">{t::money(totals.sales)}</td>
                                <td class="num">{t::money(totals.profit)}</td>
                                <td class="num">{t::share(totals.profit_share)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn Matrix() -> impl IntoView {
    let app = use_app();
    view! {
        <section aria-labelledby="loy-matrix">
            <h2 id="loy-matrix">{tr(SegMsg::Matrix)}</h2>
            <div class="charts">
                <Chart
                    draw=Box::new(move |area| {
                        let text = t::chart_text(app.lang.get());
                        let settings = app.workbook.with(|wb| wb.loyalty.clone());
                        app.summary
                            .with(|s| s.as_ref().map(|s| charts::loyalty_matrix(area, s, &settings, &text)).unwrap_or(Ok(())))
                            .map_err(|e| charts::error_text(&e))
                    })
                    title=Signal::derive(move || app.tr(SegMsg::MatrixChart).to_string())
                    label=Signal::derive(move || app.summary.with(|s| s.as_ref().map(|s| t::loyalty_description(app.lang.get(), s)).unwrap_or_default()))
                    width=560
                    height=460
                />
            </div>
            {move || {
                let lang = app.lang.get();
                let settings = app.workbook.with(|wb| wb.loyalty.clone());
                let (types, unrated) = app
                    .summary
                    .with(|s| s.as_ref().map(|s| (s.loyalty.clone(), s.loyalty_unrated)).unwrap_or_default());
                let rows = types
                    .into_iter()
                    .map(|(kind, totals)| (kind.label(lang).to_string(), t::loyalty_rule(lang, kind, &settings), totals))
                    .collect();
                view! {
                    {type_table(lang, "loy-types", SegMsg::Type, rows)}
                    {(unrated.customers > 0).then(|| view! { <p>{t::unrated_line(lang, unrated.customers)}</p> })}
                }
            }}
        </section>
    }
}

#[component]
fn Quadrants() -> impl IntoView {
    let app = use_app();
    view! {
        <section aria-labelledby="loy-quadrants">
            <h2 id="loy-quadrants">{tr(SegMsg::Quadrants)}</h2>
            {move || {
                let lang = app.lang.get();
                let settings = app.workbook.with(|wb| wb.loyalty.clone());
                let quadrants = app.summary.with(|s| s.as_ref().map(|s| s.quadrants.clone()).unwrap_or_default());
                let rows = quadrants
                    .into_iter()
                    .map(|(q, totals)| (q.label(lang).to_string(), t::quadrant_rule(lang, q, &settings), totals))
                    .collect();
                type_table(lang, "loy-quadrants", SegMsg::Type, rows)
            }}
        </section>
    }
}
