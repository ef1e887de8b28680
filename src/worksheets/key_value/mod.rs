//! The key-customer value worksheet (METHOD.md §5): the customer classes deals are
//! weighed for, then the value targets of a deal, each with its cost and value to us,
//! how much it matters to each class and how to communicate it; then its results
//! (`results.rs`): the value map and what to lead with per class.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::key_value::{ValueClass, ValueTarget};
use workbook::segmentation::{Group, Tier};
use workbook::{RowId, Workbook, Worksheet};

use crate::components::fields::guide_key;
use crate::components::guidance::{self, Guidance};
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::components::score_input::ScoreInput;
use crate::i18n::guidance::Scale;
use crate::i18n::key_value::{self as t, ValueMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

const CLASSES: ListLens<ValueClass> = ListLens {
    get: |wb: &Workbook| &wb.key_value.classes,
    get_mut: |wb: &mut Workbook| &mut wb.key_value.classes,
};

const TARGETS: ListLens<ValueTarget> = ListLens {
    get: |wb: &Workbook| &wb.key_value.targets,
    get_mut: |wb: &mut Workbook| &mut wb.key_value.targets,
};

/// The id of the class names' suggestion list.
const SUGGESTIONS: &str = "kv-class-suggestions";

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || Worksheet::KeyValue.label(app.lang.get())}</h1>
        <p class="intro">{tr(ValueMsg::Intro)}</p>
        <Guidance sheet=Worksheet::KeyValue/>
        <section class="key-value-classes" aria-labelledby="kv-classes-h">
            <h2 id="kv-classes-h">{tr(ValueMsg::Classes)}</h2>
            <p class="hint">{tr(ValueMsg::ClassHint)}</p>
            <Suggestions/>
            <RowList lens=CLASSES prefix="kv-class" row_name=t::class_row_name
                add_label=ValueMsg::AddClass fields=class_fields/>
        </section>
        <section class="key-value-targets" aria-labelledby="kv-targets-h">
            <h2 id="kv-targets-h">{tr(ValueMsg::Targets)}</h2>
            <RowList lens=TARGETS prefix="kv-target" row_name=t::target_row_name
                add_label=ValueMsg::AddTarget fields=target_fields/>
        </section>
        <Results sheet=Worksheet::KeyValue/>
    }
}

/// Names a class may take: the segmentation's relationship groups and tiers, and the
/// groups of the current and potential customer tables.
#[component]
fn Suggestions() -> impl IntoView {
    let app = use_app();
    let names = move || {
        let lang = app.lang.get();
        let mut names: Vec<String> = [Group::Keep, Group::Grow, Group::Prune]
            .iter()
            .map(|g| g.label(lang).to_string())
            .chain(Tier::ALL.iter().map(|t| t.label(lang).to_string()))
            .collect();
        use workbook::customers::CustomerTable as T;
        let groups = app
            .workbook
            .with(|wb| wb.customers.group_names(&[T::Current, T::Potential]));
        for name in groups {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
            .into_iter()
            .map(|n| view! { <option value=n/> })
            .collect_view()
    };
    view! { <datalist id=SUGGESTIONS>{names}</datalist> }
}

fn class_fields(row: RowCtx<ValueClass>) -> AnyView {
    let app = use_app();
    let id = row.field_id("name");
    let value = move || row.read(|c| c.name.clone()).unwrap_or_default();
    view! {
        <span class="field">
            <label for=id.clone()>{tr(ValueMsg::ClassName)}</label>
            <input id=id.clone() type="text" list=SUGGESTIONS
                placeholder=guidance::placeholder(guide_key(&id)) prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    crate::undo::typed(app, &ev, || row.edit(|c| c.name = v));
                }/>
        </span>
    }
    .into_any()
}

fn target_fields(row: RowCtx<ValueTarget>) -> AnyView {
    let app = use_app();
    let margin = move || {
        let m = row.read(ValueTarget::margin).flatten();
        t::row_margin(app.lang.get(), m)
    };
    view! {
        {row.text("name", ValueMsg::TargetName, |r| &r.name, |r, v| r.name = v)}
        {row.score("cost", ValueMsg::Cost, Scale::Cost, |r| r.cost, |r, v| r.cost = v)}
        {row.score("value", ValueMsg::Value, Scale::Value, |r| r.value, |r, v| r.value = v)}
        <span class="derived" id=row.field_id("margin")>{margin}</span>
        <Importances row/>
        {row.notes("communicate", ValueMsg::Communicate, |r| &r.communicate, |r, v| r.communicate = v)}
    }
    .into_any()
}

/// One importance field per named class, labelled with the class; a hint while no
/// class is named.
#[component]
fn Importances(row: RowCtx<ValueTarget>) -> impl IntoView {
    let app = use_app();
    let classes = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.key_value
                .classes
                .iter()
                .filter(|c| !c.is_blank())
                .map(|c| (c.id, c.name.clone()))
                .collect::<Vec<(RowId, String)>>()
        })
    });
    let ids = move || classes.with(|c| c.iter().map(|c| c.0).collect::<Vec<_>>());
    view! {
        <fieldset class="field importances">
        <legend>{tr(ValueMsg::Importances)}</legend>
        <Show when=move || classes.with(|c| !c.is_empty())
            fallback=|| view! { <p class="hint">{tr(ValueMsg::NoClasses)}</p> }>
            <For each=ids key=|id| *id let:class>
                {
                    let label = Signal::derive(move || {
                        let lang = app.lang.get();
                        classes.with(|cs| {
                            let at = cs.iter().position(|c| c.0 == class).unwrap_or(0);
                            let name = cs.get(at).map_or("", |c| c.1.as_str());
                            t::importance_label(lang, name, at + 1)
                        })
                    });
                    let value = Signal::derive(move || row.read(|r| r.importance_to(class)).flatten());
                    let on_change = Callback::new(move |s| row.edit(|r| r.set_importance(class, s)));
                    view! {
                        <ScoreInput value on_change id=row.field_id(&format!("imp-{class}")) label scale=Scale::ClassImportance/>
                    }
                }
            </For>
        </Show>
        </fieldset>
    }
}
