//! The action plan worksheet (TOWS): one row per strategy with its type, what will
//! be done, the SWOT items it builds on (ticked from the SWOT board), owner, due
//! date and status; then its results (`results.rs`), which the report prints last.

pub mod guide;
mod results;
pub mod strings;

use leptos::prelude::*;
use workbook::action_plan::{usable_items, Action, Status, TowsKind};
use workbook::{rows, Workbook, Worksheet};

use crate::components::fields::{msg, ChoiceField};
use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::action_plan::{self as t, ActionMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Block;

const ACTIONS: ListLens<Action> = ListLens {
    get: |wb: &Workbook| &wb.action_plan,
    get_mut: |wb: &mut Workbook| &mut wb.action_plan,
};

/// The plan's results on the user's today.
pub fn results(wb: &Workbook, lang: workbook::Lang) -> Vec<Block> {
    results::results(wb, lang, &crate::clock::today())
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || Worksheet::ActionPlan.label(app.lang.get())}</h1>
        <p class="intro">{tr(ActionMsg::Intro)}</p>
        <Guidance sheet=Worksheet::ActionPlan/>
        <div class="action-plan">
            <RowList lens=ACTIONS prefix="action" row_name=t::row_name
                add_label=ActionMsg::AddRow fields=action_fields/>
        </div>
        <crate::worksheets::blocks::Results sheet=Worksheet::ActionPlan/>
    }
}

fn action_fields(row: RowCtx<Action>) -> AnyView {
    let app = use_app();
    let id = row.id;
    let kind = Signal::derive(move || row.read(|a| a.kind).flatten());
    // A new type keeps only the ticked items it can use, which needs the SWOT.
    let on_kind = Callback::new(move |k: Option<TowsKind>| {
        app.edit(|wb| {
            let swot = wb.swot.clone();
            if let Some(a) = rows::find_mut(&mut wb.action_plan, id) {
                a.set_kind(k, &swot);
            }
        })
    });
    let due_id = row.field_id("due");
    let due = move || row.read(|a| a.due.clone()).unwrap_or_default();
    view! {
        <ChoiceField id=row.field_id("kind") label=msg(ActionMsg::Kind) value=kind
            options=&TowsKind::ALL on_change=on_kind/>
        {row.notes("text", ActionMsg::Text, |a| &a.text, |a, v| a.text = v)}
        <SwotItems row/>
        {row.text("owner", ActionMsg::Owner, |a| &a.owner, |a, v| a.owner = v)}
        <span class="field">
            <label for=due_id.clone()>{tr(ActionMsg::Due)}</label>
            <input id=due_id type="date" prop:value=due
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    row.edit(|a| a.due = v);
                }/>
        </span>
        {row.choice("status", ActionMsg::Status, &Status::ALL, |a| a.status, |a, v| a.status = v)}
    }
    .into_any()
}

/// The SWOT items the action's type can use, each a labelled checkbox; without a
/// type, a sentence saying to choose one.
#[component]
fn SwotItems(row: RowCtx<Action>) -> impl IntoView {
    let app = use_app();
    let items = Memo::new(move |_| {
        let kind = row.read(|a| a.kind).flatten();
        app.workbook.with(|wb| usable_items(&wb.swot, kind))
    });
    let has_kind = move || row.read(|a| a.kind.is_some()).unwrap_or(false);
    view! {
        <fieldset class="field uses">
            <legend>{tr(ActionMsg::Uses)}</legend>
            <Show when=has_kind fallback=|| view! { <p class="hint">{tr(ActionMsg::ChooseKind)}</p> }>
                <Show when=move || items.with(|i| !i.is_empty())
                    fallback=|| view! { <p class="hint">{tr(ActionMsg::NoItems)}</p> }>
                    <ul class="uses-list">
                        <For each=move || items.get() key=|(q, id, text)| (*q, *id, text.clone())
                            let:item>
                            {
                                let (q, item_id, text) = item;
                                let box_id = row.field_id(&format!("use-{item_id}"));
                                let checked = move || {
                                    row.read(|a| a.uses.contains(&item_id)).unwrap_or(false)
                                };
                                view! {
                                    <li>
                                        <input type="checkbox" id=box_id.clone() prop:checked=checked
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                row.edit(|a| a.set_use(item_id, on));
                                            }/>
                                        <label for=box_id>
                                            {move || { let lang = app.lang.get(); format!("{}{}", q.label(lang), crate::i18n::colon(lang)) }}
                                            {text}
                                        </label>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </Show>
            </Show>
        </fieldset>
    }
}
