//! The loyalty worksheet: the satisfaction × loyalty matrix and the value × loyalty
//! quadrant over the imported customer data, with their cut-offs, tables, chart and
//! customer lists.
//!
//! `results.rs` holds what the report prints of it.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::segmentation::analysis::Selection;
use workbook::segmentation::thresholds::Threshold;
use workbook::segmentation::{LoyaltyType, Quadrant};
use workbook::Worksheet;

use crate::components::guidance::Guidance;
use crate::components::import_rows::DataStatus;
use crate::i18n::segmentation::{self as t, SegMsg};
use crate::i18n::Label;
use crate::worksheets::segmentation::{
    summary_chart, totals_table, Lists, Thresholds, TotalsColumn, CUSTOMERS, PROFIT, PROFIT_SHARE,
    SALES,
};

/// How loyalty types and quadrants are shown: customers, sales and profit.
const AMOUNTS: &[TotalsColumn] = &[CUSTOMERS, SALES, PROFIT, PROFIT_SHARE];
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
        <Guidance sheet=Worksheet::Loyalty/>
        <DataStatus/>
        <Show when=move || app.summary.with(Option::is_some)>
            <Thresholds list=&Threshold::LOYALTY/>
            <Show when=rated fallback=|| view! { <p class="notice" role="note">{tr(SegMsg::NoLoyaltyColumns)}</p> }>
                <Matrix/>
                <Quadrants/>
                <Lists id="loy" choices=loyalty_lists()/>
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

#[component]
fn Matrix() -> impl IntoView {
    let app = use_app();
    view! {
        <section aria-labelledby="loy-matrix">
            <h2 id="loy-matrix">{tr(SegMsg::Matrix)}</h2>
            <div class="charts">
                {summary_chart(
                    move |a, s, t| {
                        let settings = app.workbook.with(|wb| wb.loyalty.clone());
                        charts::loyalty_matrix(a, s, &settings, t)
                    },
                    SegMsg::MatrixChart,
                    crate::i18n::loyalty::loyalty_description,
                    560,
                    460,
                )}
            </div>
            {move || {
                let lang = app.lang.get();
                let settings = app.workbook.with(|wb| wb.loyalty.clone());
                let (types, unrated) = app
                    .summary
                    .with(|s| s.as_ref().map(|s| (s.loyalty.clone(), s.loyalty_unrated)).unwrap_or_default());
                let rows = types
                    .into_iter()
                    .map(|(kind, totals)| (kind.label(lang).to_string(), crate::i18n::loyalty::loyalty_rule(lang, kind, &settings), totals))
                    .collect();
                view! {
                    {totals_table(lang, "loy-types", SegMsg::Type, AMOUNTS, 0, rows)}
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
                    .map(|(q, totals)| (q.label(lang).to_string(), crate::i18n::loyalty::quadrant_rule(lang, q, &settings), totals))
                    .collect();
                totals_table(lang, "loy-quadrants", SegMsg::Type, AMOUNTS, 0, rows)
            }}
        </section>
    }
}
