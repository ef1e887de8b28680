//! The CRM scorecard (METHOD.md §8, step 10 of §9): one row per indicator with its
//! kind (lagging or leading), name, unit, baseline, target and current value, and
//! its progress toward the target beside it; then the results (`results.rs`).

pub mod guide;
mod results;
pub mod strings;

use leptos::prelude::*;
use workbook::scorecard::{Indicator, IndicatorKind};
use workbook::{Workbook, Worksheet};

use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::scorecard::{self as t, CardMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};

pub use results::results;

const INDICATORS: ListLens<Indicator> = ListLens {
    get: |wb: &Workbook| &wb.scorecard,
    get_mut: |wb: &mut Workbook| &mut wb.scorecard,
};

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || Worksheet::Scorecard.label(app.lang.get())}</h1>
        <p class="intro">{tr(CardMsg::Intro)}</p>
        <Guidance sheet=Worksheet::Scorecard/>
        <div class="scorecard">
            <RowList lens=INDICATORS prefix="indicator" row_name=t::row_name
                add_label=CardMsg::AddRow fields=indicator_fields/>
        </div>
        <crate::worksheets::blocks::Results sheet=Worksheet::Scorecard/>
    }
}

fn indicator_fields(row: RowCtx<Indicator>) -> AnyView {
    let progress = move || row.read(|i| t::percent(i.progress())).unwrap_or_default();
    view! {
        {row.choice("kind", CardMsg::Kind, &IndicatorKind::ALL, |i| i.kind, |i, v| i.kind = v)}
        {row.text("name", CardMsg::Name, |i| &i.name, |i, v| i.name = v)}
        {row.text("unit", CardMsg::Unit, |i| &i.unit, |i, v| i.unit = v)}
        {row.text("baseline", CardMsg::Baseline, |i| &i.baseline, |i, v| i.baseline = v)}
        {row.text("target", CardMsg::Target, |i| &i.target, |i, v| i.target = v)}
        {row.text("current", CardMsg::Current, |i| &i.current, |i, v| i.current = v)}
        <span class="field">
            <span class="label">{tr(CardMsg::Progress)}</span>
            <output>{progress}</output>
        </span>
    }
    .into_any()
}
