//! The stakeholders worksheet: who the company deals with, what each needs, how
//! important each is and how well its needs are met, each row's priority, then its
//! results (the ranking, the mean fulfilment and the importance × fulfilment chart;
//! `results.rs`), all derived from the workbook.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::external::{Stakeholder, StakeholderScore};
use workbook::{Workbook, Worksheet};

use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::guidance::Scale;
use crate::i18n::stakeholders::{self as t, StakeholderMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

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
        <Guidance sheet=Worksheet::Stakeholders/>
        <div class="stakeholders">
            <RowList lens=STAKEHOLDERS prefix="stake" row_name=t::row_name
                add_label=StakeholderMsg::AddRow fields=stakeholder_fields/>
        </div>
        <Results sheet=Worksheet::Stakeholders/>
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
        {row.score("importance", StakeholderMsg::Importance, Scale::Importance, |r| r.importance, |r, v| r.importance = v)}
        {row.score("fulfilment", StakeholderMsg::Fulfilment, Scale::Fulfilment, |r| r.fulfilment, |r, v| r.fulfilment = v)}
        <span class="derived" id=row.field_id("priority")>
            {move || t::row_priority(app.lang.get(), rated())}
        </span>
    }
    .into_any()
}
