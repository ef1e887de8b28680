//! Customer value scoring (METHOD.md §8): every customer group of the current,
//! former and blacklist tables with its gross-margin and payment-record points
//! (0–20 each), grouped by table; the scale that scores the imported customers
//! automatically; then the rankings (`results.rs`).

pub mod guide;
mod results;
pub mod strings;

use leptos::prelude::*;
use workbook::segmentation::thresholds::Threshold;
use workbook::value_score::{points, set_points, Criterion, MAX_POINTS, SCORED_TABLES};
use workbook::{RowId, Worksheet};

use crate::components::fields::msg;
use crate::components::guidance::Guidance;
use crate::components::number_input::NumberInput;
use crate::i18n::guidance::Scale;
use crate::i18n::value_scoring::ScoringMsg;
use crate::i18n::Label;
use crate::state::{tr, use_app};

pub use results::results;

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let has_groups = move || {
        app.workbook.with(|wb| {
            SCORED_TABLES
                .iter()
                .any(|&t| wb.customers.table(t).iter().any(|g| !g.is_blank()))
        })
    };
    view! {
        <h1>{move || Worksheet::ValueScoring.label(app.lang.get())}</h1>
        <p class="intro">{tr(ScoringMsg::Intro)}</p>
        <Guidance sheet=Worksheet::ValueScoring/>
        <Show when=has_groups fallback=|| view! { <p class="hint">{tr(ScoringMsg::NoGroups)}</p> }>
            {SCORED_TABLES.map(|table| view! { <TableGroups table/> }).collect_view()}
        </Show>
        <ImportedCustomers/>
        <crate::worksheets::blocks::Results sheet=Worksheet::ValueScoring/>
    }
}

/// How the imported customers are scored: the rule, its two thresholds, or what
/// is missing for it (no data, or no payment record in it).
#[component]
fn ImportedCustomers() -> impl IntoView {
    let app = use_app();
    let imported = move || app.workbook.with(|wb| wb.customer_data.is_some());
    let has_payments = move || {
        app.workbook.with(|wb| {
            wb.customer_data
                .as_ref()
                .is_some_and(|d| d.summary.value.is_some())
        })
    };
    view! {
        <section class="value-rows" aria-labelledby="value-rows-heading">
            <h2 id="value-rows-heading">{tr(ScoringMsg::RowsHeading)}</h2>
            <Show when=imported fallback=|| view! { <p class="hint">{tr(ScoringMsg::NoRows)}</p> }>
                <Show when=has_payments fallback=|| view! { <p class="hint">{tr(ScoringMsg::NoOverdue)}</p> }>
                    <p class="intro">{tr(ScoringMsg::RowsIntro)}</p>
                    <crate::worksheets::segmentation::Thresholds list=&Threshold::VALUE/>
                </Show>
            </Show>
        </section>
    }
}

/// The groups of one table, each with its two scores; nothing when the table has
/// no group.
#[component]
fn TableGroups(table: workbook::customers::CustomerTable) -> impl IntoView {
    let app = use_app();
    let groups = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.customers
                .table(table)
                .iter()
                .filter(|g| !g.is_blank())
                .map(|g| (g.id, g.name.trim().to_string()))
                .collect::<Vec<(RowId, String)>>()
        })
    });
    view! {
        <Show when=move || groups.with(|g| !g.is_empty())>
            <section class="value-table" aria-label=move || table.label(app.lang.get())>
                <h2>{move || table.label(app.lang.get())}</h2>
                <ul class="rows">
                    <For each=move || groups.get() key=|g| g.clone() let:g>
                        <GroupScores id=g.0 name=g.1/>
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// One group's two scores, in a list item named by the group.
#[component]
fn GroupScores(id: RowId, name: String) -> impl IntoView {
    let app = use_app();
    let field = move |criterion: Criterion, key: &str, label: ScoringMsg, scale: Scale| {
        let value = Signal::derive(move || {
            app.workbook
                .with(|wb| points(&wb.value_scores, id, criterion).map(u64::from))
        });
        let on_change = Callback::new(move |v: Option<u64>| {
            let v = v.map(|v| v.min(u64::from(MAX_POINTS)) as u8);
            app.edit(|wb| set_points(&mut wb.value_scores, id, criterion, v));
        });
        view! {
            <NumberInput value on_change id=format!("value-{id}-{key}") label=msg(label)
                max=u64::from(MAX_POINTS) scale=Some(scale)/>
        }
    };
    let heading = format!("value-{id}-name");
    view! {
        <li class="row" aria-labelledby=heading>
            <span id=heading.clone() class="row-name">{name}</span>
            {field(Criterion::Margin, "margin", ScoringMsg::Margin, Scale::Margin)}
            {field(Criterion::Payment, "payment", ScoringMsg::Payment, Scale::Payment)}
        </li>
    }
}
