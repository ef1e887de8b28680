//! The segmentation worksheet: the customer data and its import, the thresholds,
//! and the analyses' tables, charts and customer lists, all read from the summary
//! memo (live analysis, or the workbook's kept summary when the rows are elsewhere).

use leptos::prelude::*;
use workbook::segmentation::analysis::Selection;
use workbook::segmentation::thresholds::Threshold;
use workbook::segmentation::{AbcClass, Group, Summary, Tier, Totals};
use workbook::{Lang, Worksheet};

use crate::components::chart::Chart;
use crate::components::customer_list::CustomerList;
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
        <CustomerData/>
        <Show when=move || app.summary.with(Option::is_some)>
            <Thresholds list=&Threshold::SEGMENTATION/>
            <Deciles/>
            <Groups/>
            <AbcTiers/>
            <Concentration/>
            <section aria-labelledby="seg-lists">
                <h2 id="seg-lists">{tr(SegMsg::Lists)}</h2>
                <p>{tr(SegMsg::ListsIntro)}</p>
                <CustomerList id="seg" choices=segmentation_lists()/>
            </section>
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
    let bands = summary_with(|s| (s.profit_bands.clone(), s.unprofitable));
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
                                view! {
                                    <tr>
                                        <th scope="row">{i + 1}</th>
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
            <div class="charts">
                <Chart
                    draw=Box::new(move |area| {
                        let text = t::chart_text(app.lang.get());
                        app.summary
                            .with(|s| s.as_ref().map(|s| charts::decile_bars(area, s, &text)).unwrap_or(Ok(())))
                            .map_err(|e| charts::error_text(&e))
                    })
                    title=Signal::derive(move || app.tr(SegMsg::DecileChart).to_string())
                    label=Signal::derive(move || {
                        app.summary.with(|s| {
                            s.as_ref().map(|s| t::decile_description(app.lang.get(), &s.deciles)).unwrap_or_default()
                        })
                    })
                    width=620
                    height=340
                />
            </div>
            <h3 id="seg-bands">{tr(SegMsg::ProfitBands)}</h3>
            {move || {
                let lang = app.lang.get();
                let (bands, unprofitable) = bands();
                if bands.is_empty() {
                    return view! { <p>{t::no_bands_line(lang)}</p> }.into_any();
                }
                view! {
                    <table class="data compact" aria-labelledby="seg-bands" data-testid="seg-bands">
                        <thead>
                            <tr>
                                <th scope="col">{SegMsg::ProfitTenth.text(lang)}</th>
                                <th scope="col">{SegMsg::Customers.text(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {bands
                                .iter()
                                .enumerate()
                                .map(|(k, n)| view! { <tr><th scope="row">{t::tenth(k)}</th><td class="num">{*n}</td></tr> })
                                .collect_view()}
                        </tbody>
                    </table>
                    <p>{t::unprofitable_line(lang, unprofitable.customers, unprofitable.profit)}</p>
                }
                .into_any()
            }}
        </section>
    }
}

/// A table of named sets of customers with their rule and totals.
fn totals_table(
    lang: Lang,
    testid: &'static str,
    first: SegMsg,
    with_customer_share: bool,
    all: usize,
    rows: Vec<(String, String, Totals)>,
) -> impl IntoView {
    let customer_share = move |n: usize| (all > 0).then(|| n as f64 / all as f64);
    view! {
        <table class="data" data-testid=testid>
            <thead>
                <tr>
                    <th scope="col">{first.text(lang)}</th>
                    <th scope="col">{SegMsg::Rule.text(lang)}</th>
                    <th scope="col">{SegMsg::Customers.text(lang)}</th>
                    {with_customer_share.then(|| view! { <th scope="col">{SegMsg::CustomerShare.text(lang)}</th> })}
                    <th scope="col">{SegMsg::SalesShare.text(lang)}</th>
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
                                {with_customer_share.then(|| view! { <td class="num">{t::share(customer_share(totals.customers))}</td> })}
                                <td class="num">{t::share(totals.sales_share)}</td>
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
                totals_table(lang, "seg-groups", SegMsg::Groups, false, 0, rows)
            }}
            <div class="charts">
                <Chart
                    draw=Box::new(move |area| {
                        let text = t::chart_text(app.lang.get());
                        app.summary
                            .with(|s| s.as_ref().map(|s| charts::group_bars(area, s, &text)).unwrap_or(Ok(())))
                            .map_err(|e| charts::error_text(&e))
                    })
                    title=Signal::derive(move || app.tr(SegMsg::GroupChart).to_string())
                    label=Signal::derive(move || app.summary.with(|s| s.as_ref().map(|s| t::group_description(app.lang.get(), s)).unwrap_or_default()))
                    width=560
                    height=300
                />
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
                    {totals_table(lang, "seg-abc", SegMsg::Class, true, all, abc_rows)}
                    {totals_table(lang, "seg-tiers", SegMsg::Tier, true, all, tier_rows)}
                }
            }}
            <div class="charts">
                <Chart
                    draw=Box::new(move |area| {
                        let text = t::chart_text(app.lang.get());
                        app.summary
                            .with(|s| s.as_ref().map(|s| charts::abc_bars(area, s, &text)).unwrap_or(Ok(())))
                            .map_err(|e| charts::error_text(&e))
                    })
                    title=Signal::derive(move || app.tr(SegMsg::AbcChart).to_string())
                    label=Signal::derive(move || app.summary.with(|s| s.as_ref().map(|s| t::abc_description(app.lang.get(), s)).unwrap_or_default()))
                    width=420
                    height=300
                />
                <Chart
                    draw=Box::new(move |area| {
                        let text = t::chart_text(app.lang.get());
                        app.summary
                            .with(|s| s.as_ref().map(|s| charts::tier_bars(area, s, &text)).unwrap_or(Ok(())))
                            .map_err(|e| charts::error_text(&e))
                    })
                    title=Signal::derive(move || app.tr(SegMsg::TierChart).to_string())
                    label=Signal::derive(move || app.summary.with(|s| s.as_ref().map(|s| t::tier_description(app.lang.get(), s)).unwrap_or_default()))
                    width=420
                    height=300
                />
            </div>
        </section>
    }
}

#[component]
fn Concentration() -> impl IntoView {
    let app = use_app();
    let figures = summary_with(|s| (s.gini, s.top20_profit_share, s.concentrated));
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
                <Chart
                    draw=Box::new(move |area| {
                        let text = t::chart_text(app.lang.get());
                        app.summary
                            .with(|s| s.as_ref().map(|s| charts::lorenz_curve(area, s, &text)).unwrap_or(Ok(())))
                            .map_err(|e| charts::error_text(&e))
                    })
                    title=Signal::derive(move || app.tr(SegMsg::LorenzChart).to_string())
                    label=Signal::derive(move || {
                        app.summary.with(|s| {
                            s.as_ref().map(|s| t::concentration_line(app.lang.get(), s.gini, s.top20_profit_share)).unwrap_or_default()
                        })
                    })
                    width=460
                    height=400
                />
            </div>
        </section>
    }
}
