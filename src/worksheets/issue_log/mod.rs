//! The customer issue log (METHOD.md §7): one row per problem a customer raised,
//! linked to a customer group, with its dates and its walk through the
//! problem-solving model — each step answered in place, the steps after a "no" shown
//! only when the model takes them — then the log's results (`results.rs`).

pub mod guide;
mod results;
pub mod strings;

use leptos::prelude::*;
use workbook::customers::CustomerTable;
use workbook::issues::{Answer, Issue, Step};
use workbook::{RowId, Workbook, Worksheet};

use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::issue_log::{self as t, IssueMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Block;

const ISSUES: ListLens<Issue> = ListLens {
    get: |wb: &Workbook| &wb.issues,
    get_mut: |wb: &mut Workbook| &mut wb.issues,
};

/// The log's results on the user's today (their own time zone).
pub fn results(wb: &Workbook, lang: workbook::Lang) -> Vec<Block> {
    results::results(wb, lang, &crate::clock::today())
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || Worksheet::IssueLog.label(app.lang.get())}</h1>
        <p class="intro">{tr(IssueMsg::Intro)}</p>
        <Guidance sheet=Worksheet::IssueLog/>
        <div class="issue-log">
            <RowList lens=ISSUES prefix="issue" row_name=t::row_name
                add_label=IssueMsg::AddRow fields=issue_fields/>
        </div>
        <crate::worksheets::blocks::Results sheet=Worksheet::IssueLog/>
    }
}

fn issue_fields(row: RowCtx<Issue>) -> AnyView {
    let app = use_app();
    let takes = move |step: Step| move || row.read(|i| i.takes(step)).unwrap_or(false);
    let stage = move || {
        let lang = app.lang.get();
        row.read(|i| t::stage_text(lang, i.stage()))
            .unwrap_or_default()
    };
    let provider_shown = move || {
        row.read(|i| i.takes(Step::SomeoneElse) && i.someone_else == Some(Answer::Yes))
            .unwrap_or(false)
    };
    view! {
        {row.text("raised", IssueMsg::Raised, |i| &i.raised, |i, v| i.raised = v)}
        <GroupChoice row/>
        {date(row, "opened", IssueMsg::Opened, |i| &i.opened, |i, v| i.opened = v)}
        {date(row, "closed", IssueMsg::Closed, |i| &i.closed, |i, v| i.closed = v)}
        <p class="hint issue-stage">{stage}</p>
        <fieldset class="field issue-model">
            <legend>{tr(IssueMsg::Model)}</legend>
            {row.notes("problem", IssueMsg::Problem, |i| &i.problem, |i, v| i.problem = v)}
            {row.notes("wants", IssueMsg::Wants, |i| &i.wants, |i, v| i.wants = v)}
            {row.choice("makes-up", IssueMsg::MakesUp, &Answer::ALL, |i| i.makes_up, |i, v| i.makes_up = v)}
            {row.choice("can-provide", IssueMsg::CanProvide, &Answer::ALL, |i| i.can_provide, |i, v| i.can_provide = v)}
            <Show when=takes(Step::SomeoneElse)>
                {row.choice("someone-else", IssueMsg::SomeoneElse, &Answer::ALL, |i| i.someone_else, |i, v| i.someone_else = v)}
            </Show>
            <Show when=provider_shown>
                {row.text("provider", IssueMsg::Provider, |i| &i.provider, |i, v| i.provider = v)}
            </Show>
            <Show when=takes(Step::Alternatives)>
                {row.notes("alternatives", IssueMsg::Alternatives, |i| &i.alternatives, |i, v| i.alternatives = v)}
            </Show>
            {row.choice("agreed", IssueMsg::Agreed, &Answer::ALL, |i| i.agreed, |i, v| i.agreed = v)}
            {row.text("solution", IssueMsg::Solution, |i| &i.solution, |i, v| i.solution = v)}
            <Show when=takes(Step::Escalate)>
                {row.text("escalated", IssueMsg::Escalated, |i| &i.escalated_to, |i, v| i.escalated_to = v)}
            </Show>
            {row.choice("satisfied", IssueMsg::Satisfied, &Answer::ALL, |i| i.satisfied, |i, v| i.satisfied = v)}
            {row.notes("record", IssueMsg::Record, |i| &i.record, |i, v| i.record = v)}
        </fieldset>
    }
    .into_any()
}

/// A labelled date input (the user's calendar) bound to the row.
fn date(
    row: RowCtx<Issue>,
    name: &'static str,
    label: IssueMsg,
    get: fn(&Issue) -> &str,
    set: fn(&mut Issue, String),
) -> impl IntoView {
    let id = row.field_id(name);
    let value = move || row.read(|i| get(i).to_string()).unwrap_or_default();
    view! {
        <span class="field">
            <label for=id.clone()>{tr(label)}</label>
            <input id=id type="date" prop:value=value
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    row.edit(|i| set(i, v));
                }/>
        </span>
    }
}

/// The customer group the issue concerns: every named group of the four customer
/// tables, named with its table; "no group" first.
#[component]
fn GroupChoice(row: RowCtx<Issue>) -> impl IntoView {
    let app = use_app();
    let id = row.field_id("group");
    let groups = Memo::new(move |_| {
        app.workbook.with(|wb| {
            CustomerTable::ALL
                .into_iter()
                .flat_map(|table| {
                    wb.customers
                        .table(table)
                        .iter()
                        .filter(|g| !g.name.trim().is_empty())
                        .map(move |g| (g.id, g.name.trim().to_string(), table))
                })
                .collect::<Vec<(RowId, String, CustomerTable)>>()
        })
    });
    let current = move || row.read(|i| i.group).flatten();
    let change = move |ev| {
        let v = event_target_value(&ev);
        let group = v.parse::<u64>().ok().map(RowId);
        row.edit(|i| i.group = group);
    };
    view! {
        <span class="field">
            <label for=id.clone()>{tr(IssueMsg::Group)}</label>
            <select id=id on:change=change>
                <option value="" prop:selected=move || current().is_none()>{tr(IssueMsg::NoGroup)}</option>
                <For each=move || groups.get() key=|g| g.clone() let:g>
                    {
                        let (gid, name, table) = g;
                        view! {
                            <option value=gid.0.to_string() prop:selected=move || current() == Some(gid)>
                                {move || t::group_option(app.lang.get(), &name, table)}
                            </option>
                        }
                    }
                </For>
            </select>
        </span>
    }
}
