//! The segmentation worksheet: the customer data and its import, the thresholds,
//! and the analyses' tables, charts and customer lists, all read from the summary
//! memo (live analysis, or the workbook's kept summary when the rows are elsewhere).
//!
//! `results.rs` holds what the report prints of it.

// `|a, s, t| charts::decile_bars(a, s, t)` is not a redundant closure: the chart
// functions are generic over the backend, and only a closure is general over the
// lifetime of `AnyBackend<'a>` that `summary_chart` asks for.
#![allow(clippy::redundant_closure)]

pub mod guide;
mod results;
pub mod strings;

pub(crate) use results::money_share;
pub use results::results;

use leptos::prelude::*;
use workbook::segmentation::analysis::Selection;
use workbook::segmentation::thresholds::Threshold;
use workbook::segmentation::{AbcClass, Group, Summary, Tier, Totals};
use workbook::{Lang, Worksheet};

use charts::export::AnyArea;
use charts::{AnyBackend, ChartResult, SegmentationChartText};

use crate::components::chart::Chart;
use crate::components::customer_list::CustomerList;
use crate::components::guidance::Guidance;
use crate::components::import_rows::CustomerData;
use crate::components::threshold_input::ThresholdInput;
use crate::i18n::segmentation::{self as t, SegMsg};
use crate::i18n::{Label, Text};
use crate::state::{tr, use_app};

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || Worksheet::Segmentation.label(app.lang.get())}</h1>
        <p class="intro">{tr(SegMsg::SegIntro)}</p>
        <Guidance sheet=Worksheet::Segmentation/>
        <CustomerData/>
        <Show when=move || app.summary.with(Option::is_some)>
            <Thresholds list=&Threshold::SEGMENTATION/>
            <Deciles/>
            <Groups/>
            <AbcTiers/>
            <Concentration/>
            <Lists id="seg" choices=segmentation_lists()/>
        </Show>
    }
}

fn segmentation_lists() -> Vec<Selection> {
    Group::ALL
        .into_iter()
        .map(Selection::Group)
        .chain(AbcClass::ALL.into_iter().map(Selection::Abc))
        .chain(Tier::ALL.into_iter().map(Selection::Tier))
        .collect()
}

/// The customer lists section.
///
/// - `id`: prefix of its DOM ids, unique on the page.
/// - `choices`: the lists offered, in display order.
#[component]
pub fn Lists(id: &'static str, choices: Vec<Selection>) -> impl IntoView {
    let heading = format!("{id}-lists");
    let labelled_by = heading.clone();
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading>{tr(SegMsg::Lists)}</h2>
            <p>{tr(SegMsg::ListsIntro)}</p>
            <CustomerList id choices/>
        </section>
    }
}

/// A chart of the customer summary, drawn while there is one.
///
/// - `draw`: the `charts` function, given the summary and the translated labels.
/// - `title`: the caption; `describe`: the chart's data in words, for screen readers.
pub fn summary_chart(
    draw: impl for<'a> Fn(&AnyArea<'a>, &Summary, &SegmentationChartText) -> ChartResult<AnyBackend<'a>>
        + 'static,
    title: SegMsg,
    describe: impl Fn(Lang, &Summary) -> String + Send + Sync + 'static,
    width: u32,
    height: u32,
) -> impl IntoView {
    let app = use_app();
    view! {
        <Chart
            draw=Box::new(move |area| {
                let text = t::chart_text(app.lang.get());
                app.summary
                    .with(|s| s.as_ref().map_or(Ok(()), |s| draw(area, s, &text)))
                    .map_err(|e| charts::error_text(&e))
            })
            title=Signal::derive(move || app.tr(title).to_string())
            label=Signal::derive(move || {
                app.summary.with(|s| s.as_ref().map(|s| describe(app.lang.get(), s)).unwrap_or_default())
            })
            width=width
            height=height
        />
    }
}

/// The thresholds in `list`, editable while the rows are loaded.
#[component]
pub fn Thresholds(list: &'static [Threshold]) -> impl IntoView {
    let app = use_app();
    let enabled = Signal::derive(move || app.analysis.with(Option::is_some));
    view! {
        <section aria-labelledby="thresholds-heading">
            <h2 id="thresholds-heading">{tr(SegMsg::Thresholds)}</h2>
            <Show when=move || !enabled.get()>
                <p class="muted">{tr(SegMsg::ThresholdsLocked)}</p>
            </Show>
            <div class="thresholds">
                {list.iter().map(|&threshold| view! { <ThresholdInput threshold enabled/> }).collect_view()}
            </div>
        </section>
    }
}

/// Reads a part of the summary; `Summary::default()` stands in while it is absent,
/// which only happens for the instant before the section unmounts.
fn summary_with<T>(f: impl Fn(&Summary) -> T + Send + Sync + 'static) -> impl Fn() -> T {
    let app = use_app();
    move || {
        app.summary.with(|s| match s {
            Some(s) => f(s),
            None => f(&Summary::default()),
        })
    }
}

#[component]
fn Deciles() -> impl IntoView {
    let app = use_app();
    let rows = summary_with(|s| s.deciles.clone());
    let loss_note = summary_with(|s| s.loss_deciles().next().is_some().then(|| s.clone()));
    let bands = summary_with(|s| {
        (
            s.profit_bands.clone(),
            s.sales_bands.clone(),
            s.unprofitable,
        )
    });
    view! {
        <section aria-labelledby="seg-deciles">
            <h2 id="seg-deciles">{tr(SegMsg::Deciles)}</h2>
            <p>{tr(SegMsg::DecilesIntro)}</p>
            <table class="data" data-testid="seg-deciles">
                <thead>
                    <tr>
                        <th scope="col">{tr(SegMsg::Decile)}</th>
                        <th scope="col">{tr(SegMsg::Customers)}</th>
                        <th scope="col">{tr(SegMsg::Sales)}</th>
                        <th scope="col">{tr(SegMsg::Profit)}</th>
                        <th scope="col">{tr(SegMsg::SalesShare)}</th>
                        <th scope="col">{tr(SegMsg::ProfitShare)}</th>
                        <th scope="col">{tr(SegMsg::CumulativeProfit)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows()
                            .into_iter()
                            .enumerate()
                            .map(|(i, d)| {
                                // Its own band: the customers of this decile together
                                // lose money (styled, and said in words beside the number).
                                let loss = d.totals.customers > 0 && d.totals.profit < 0.0;
                                view! {
                                    <tr class:loss=loss>
                                        <th scope="row">
                                            {i + 1}
                                            {loss.then(|| view! { " " <span class="loss-tag">{tr(SegMsg::LossTag)}</span> })}
                                        </th>
                                        <td class="num">{d.totals.customers}</td>
                                        <td class="num">{t::money(d.totals.sales)}</td>
                                        <td class="num">{t::money(d.totals.profit)}</td>
                                        <td class="num">{t::share(d.totals.sales_share)}</td>
                                        <td class="num">{t::share(d.totals.profit_share)}</td>
                                        <td class="num">{t::share(d.cumulative_profit_share)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
            {move || {
                loss_note()
                    .and_then(|s| t::loss_note(app.lang.get(), &s))
                    .map(|note| view! { <p class="note" data-testid="seg-loss-note">{note}</p> })
            }}
            <div class="charts">
                {summary_chart(|a, s, t| charts::decile_bars(a, s, t), SegMsg::DecileChart, |lang, s| t::decile_description(lang, &s.deciles), 620, 340)}
            </div>
            <h3 id="seg-bands">{tr(SegMsg::ProfitBands)}</h3>
            {move || {
                let lang = app.lang.get();
                let (profit, sales, unprofitable) = bands();
                if profit.is_empty() && sales.is_empty() {
                    return view! { <p>{t::no_bands_line(lang)}</p> }.into_any();
                }
                // A summary kept by an older build has no sales bands; no positive
                // total, no bands of it: a dash in that column.
                let cell = |bands: &[usize], k: usize| {
                    bands.get(k).map_or_else(|| crate::i18n::customers::MISSING.to_string(), usize::to_string)
                };
                view! {
                    <table class="data compact" aria-labelledby="seg-bands" data-testid="seg-bands">
                        <thead>
                            <tr>
                                <th scope="col">{SegMsg::ProfitTenth.text(lang)}</th>
                                <th scope="col">{SegMsg::BandProfit.text(lang)}</th>
                                <th scope="col">{SegMsg::BandSales.text(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {(0..10)
                                .map(|k| view! {
                                    <tr>
                                        <th scope="row">{t::tenth(k)}</th>
                                        <td class="num">{cell(&profit, k)}</td>
                                        <td class="num">{cell(&sales, k)}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    {profit.is_empty().then(|| view! { <p>{t::no_bands_line(lang)}</p> })}
                    <p>{t::unprofitable_line(lang, unprofitable.customers, unprofitable.profit)}</p>
                }
                .into_any()
            }}
        </section>
    }
}

/// A figure of a set of customers shown in a [`totals_table`] column: its header
/// and how to write it from the set's totals and the number of all customers.
pub type TotalsColumn = (SegMsg, fn(&Totals, usize) -> String);

pub const CUSTOMERS: TotalsColumn = (SegMsg::Customers, |t, _| t.customers.to_string());
pub const CUSTOMER_SHARE: TotalsColumn = (SegMsg::CustomerShare, |t, all| {
    t::share((all > 0).then(|| t.customers as f64 / all as f64))
});
pub const SALES: TotalsColumn = (SegMsg::Sales, |t, _| t::money(t.sales));
pub const PROFIT: TotalsColumn = (SegMsg::Profit, |t, _| t::money(t.profit));
pub const SALES_SHARE: TotalsColumn = (SegMsg::SalesShare, |t, _| t::share(t.sales_share));
pub const PROFIT_SHARE: TotalsColumn = (SegMsg::ProfitShare, |t, _| t::share(t.profit_share));

/// How classes and tiers are shown: how many customers, and their shares.
const SHARES: &[TotalsColumn] = &[CUSTOMERS, CUSTOMER_SHARE, SALES_SHARE, PROFIT_SHARE];

/// A table of named sets of customers (groups, classes, types) with their rule and
/// the figures in `columns`; `all` is the number of customers in the dataset.
pub fn totals_table(
    lang: Lang,
    testid: &'static str,
    first: SegMsg,
    columns: &'static [TotalsColumn],
    all: usize,
    rows: Vec<(String, String, Totals)>,
) -> impl IntoView {
    view! {
        <table class="data" data-testid=testid>
            <thead>
                <tr>
                    <th scope="col">{first.text(lang)}</th>
                    <th scope="col">{SegMsg::Rule.text(lang)}</th>
                    {columns.iter().map(|(header, _)| view! { <th scope="col">{header.text(lang)}</th> }).collect_view()}
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
                                {columns
                                    .iter()
                                    .map(|(_, cell)| view! { <td class="num">{cell(&totals, all)}</td> })
                                    .collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn Groups() -> impl IntoView {
    let app = use_app();
    let groups = summary_with(|s| s.groups.clone());
    view! {
        <section aria-labelledby="seg-groups">
            <h2 id="seg-groups">{tr(SegMsg::Groups)}</h2>
            {move || {
                let lang = app.lang.get();
                let settings = app.workbook.with(|wb| wb.segmentation.clone());
                let rows = groups()
                    .into_iter()
                    .map(|(g, totals)| {
                        let rule = format!("{} — {}", t::group_rule(lang, g, &settings), t::group_aim(lang, g));
                        (g.label(lang).to_string(), rule, totals)
                    })
                    .collect();
                totals_table(lang, "seg-groups", SegMsg::Groups, &[CUSTOMERS, SALES_SHARE, PROFIT_SHARE], 0, rows)
            }}
            <div class="charts">
                {summary_chart(|a, s, t| charts::group_bars(a, s, t), SegMsg::GroupChart, t::group_description, 560, 300)}
            </div>
        </section>
    }
}

#[component]
fn AbcTiers() -> impl IntoView {
    let app = use_app();
    let parts = summary_with(|s| (s.abc.clone(), s.tiers.clone(), s.all.customers));
    view! {
        <section aria-labelledby="seg-abc">
            <h2 id="seg-abc">{tr(SegMsg::AbcTiers)}</h2>
            {move || {
                let lang = app.lang.get();
                let settings = app.workbook.with(|wb| wb.segmentation.clone());
                let (abc, tiers, all) = parts();
                let abc_rows = abc
                    .into_iter()
                    .map(|(c, totals)| (c.label(lang).to_string(), t::abc_rule(lang, c, &settings), totals))
                    .collect();
                let tier_rows = tiers
                    .into_iter()
                    .map(|(tier, totals)| (tier.label(lang).to_string(), t::tier_rule(lang, tier, &settings), totals))
                    .collect();
                view! {
                    {totals_table(lang, "seg-abc", SegMsg::Class, SHARES, all, abc_rows)}
                    {totals_table(lang, "seg-tiers", SegMsg::Tier, SHARES, all, tier_rows)}
                }
            }}
            <div class="charts">
                {summary_chart(|a, s, t| charts::abc_bars(a, s, t), SegMsg::AbcChart, t::abc_description, 420, 300)}
                {summary_chart(|a, s, t| charts::tier_bars(a, s, t), SegMsg::TierChart, t::tier_description, 420, 300)}
            </div>
        </section>
    }
}

#[component]
fn Concentration() -> impl IntoView {
    let app = use_app();
    let figures = summary_with(|s| (s.gini, s.top_profit_share(2), s.is_concentrated()));
    view! {
        <section aria-labelledby="seg-concentration">
            <h2 id="seg-concentration">{tr(SegMsg::Concentration)}</h2>
            {move || {
                let lang = app.lang.get();
                let (gini, top20, concentrated) = figures();
                view! {
                    <p data-testid="seg-gini">{t::concentration_line(lang, gini, top20)}</p>
                    {concentrated.then(|| view! { <p class="warning" role="note">{t::concentration_warning(lang)}</p> })}
                }
            }}
            <div class="charts">
                {summary_chart(|a, s, t| charts::lorenz_curve(a, s, t), SegMsg::LorenzChart, |lang, s| t::concentration_line(lang, s.gini, s.top_profit_share(2)), 460, 400)}
            </div>
        </section>
    }
}
