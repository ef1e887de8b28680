//! The company profile worksheet: the company's type, its core products and
//! services, its core competencies and its current strategic goals; the report
//! prints them (`results.rs`).

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::internal::{Competency, Goal, TextRow};
use workbook::{completion, Workbook, Worksheet};

use crate::components::fields::{msg, TextField};
use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::profile::{self as t, ProfileMsg};
use crate::i18n::{self, Label, Msg};
use crate::state::{tr, use_app};

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let done = Memo::new(move |_| {
        app.workbook
            .with(|wb| completion::of(wb, Worksheet::CompanyProfile))
    });
    let offerings = ListLens {
        get: |wb: &Workbook| &wb.profile.offerings,
        get_mut: |wb: &mut Workbook| &mut wb.profile.offerings,
    };
    let competencies = ListLens {
        get: |wb: &Workbook| &wb.profile.competencies,
        get_mut: |wb: &mut Workbook| &mut wb.profile.competencies,
    };
    let goals = ListLens {
        get: |wb: &Workbook| &wb.profile.goals,
        get_mut: |wb: &mut Workbook| &mut wb.profile.goals,
    };
    let company_type =
        Signal::derive(move || app.workbook.with(|wb| wb.profile.company_type.clone()));
    let set_type = Callback::new(move |text: String| app.edit(|wb| wb.profile.company_type = text));
    view! {
        <h1>{move || Worksheet::CompanyProfile.label(app.lang.get())}</h1>
        <p class="intro">{tr(ProfileMsg::Intro)}</p>
        <Guidance sheet=Worksheet::CompanyProfile/>
        <p class="completion">
            {tr(ProfileMsg::Completion)} {tr(Msg::Colon)}
            <output data-testid="profile-completion">
                {move || i18n::completion_text(app.lang.get(), done.get())}
            </output>
        </p>
        <div class="form-grid single">
            <TextField id="profile-type".to_string() label=msg(ProfileMsg::CompanyType)
                value=company_type on_input=set_type/>
        </div>
        <section aria-labelledby="profile-offerings">
            <h2 id="profile-offerings">{tr(ProfileMsg::Offerings)}</h2>
            <RowList lens=offerings prefix="offer" row_name=t::offering_name
                add_label=ProfileMsg::AddOffering fields=offering_fields/>
        </section>
        <section aria-labelledby="profile-competencies">
            <h2 id="profile-competencies">{tr(ProfileMsg::Competencies)}</h2>
            <RowList lens=competencies prefix="comp" row_name=t::competency_name
                add_label=ProfileMsg::AddCompetency fields=competency_fields/>
        </section>
        <section aria-labelledby="profile-goals">
            <h2 id="profile-goals">{tr(ProfileMsg::Goals)}</h2>
            <RowList lens=goals prefix="goal" row_name=t::goal_name
                add_label=ProfileMsg::AddGoal fields=goal_fields/>
        </section>
    }
}

fn offering_fields(row: RowCtx<TextRow>) -> AnyView {
    row.text("text", ProfileMsg::Offering, |r| &r.text, |r, v| r.text = v)
}

fn competency_fields(row: RowCtx<Competency>) -> AnyView {
    view! {
        {row.text("text", ProfileMsg::Competency, |r| &r.text, |r, v| r.text = v)}
        {row.text("evidence", ProfileMsg::WhereItShows, |r| &r.evidence, |r, v| r.evidence = v)}
    }
    .into_any()
}

fn goal_fields(row: RowCtx<Goal>) -> AnyView {
    view! {
        {row.text("text", ProfileMsg::Goal, |r| &r.text, |r, v| r.text = v)}
        {row.text("date", ProfileMsg::TargetDate, |r| &r.target_date, |r, v| r.target_date = v)}
        {row.text("owner", ProfileMsg::Owner, |r| &r.owner, |r, v| r.owner = v)}
    }
    .into_any()
}
