//! The loyalty classes and relationships worksheet (METHOD.md §6): the customer
//! groups, each with its customers, loyalty class and place on the relationship
//! continuum today and as targeted; then what each of the six classes calls for,
//! with the method's usual reading beside the team's action; then its results
//! (`results.rs`): the counts by class and the continuum drawn.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::loyalty_classes::{LoyaltyClass, PlacedGroup};
use workbook::{Workbook, Worksheet};

use crate::components::fields::guide_key;
use crate::components::fields::{msg, TextField};
use crate::components::guidance::{self, Guidance};
use crate::components::number_input::NumberInput;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::guidance::Scale;
use crate::i18n::loyalty_classes::{self as t, LoyaltyClassMsg as L};
use crate::i18n::{Label, Text};
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

const GROUPS: ListLens<PlacedGroup> = ListLens {
    get: |wb: &Workbook| &wb.loyalty_classes.groups,
    get_mut: |wb: &mut Workbook| &mut wb.loyalty_classes.groups,
};

/// The id of the group names' suggestion list.
const SUGGESTIONS: &str = "lc-group-suggestions";

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || Worksheet::LoyaltyClasses.label(app.lang.get())}</h1>
        <p class="intro">{tr(L::Intro)}</p>
        <Guidance sheet=Worksheet::LoyaltyClasses/>
        <section class="loyalty-groups" aria-labelledby="lc-groups-h">
            <h2 id="lc-groups-h">{tr(L::Groups)}</h2>
            <p class="hint">{tr(L::GroupHint)}</p>
            <p class="hint">{move || t::scale(app.lang.get())}</p>
            <Suggestions/>
            <RowList lens=GROUPS prefix="lc-group" row_name=t::row_name
                add_label=L::AddGroup fields=group_fields/>
        </section>
        <section class="loyalty-actions" aria-labelledby="lc-actions-h">
            <h2 id="lc-actions-h">{tr(L::Actions)}</h2>
            {LoyaltyClass::ALL.into_iter().map(|class| view! { <ClassAction class/> }).collect_view()}
        </section>
        <Results sheet=Worksheet::LoyaltyClasses/>
    }
}

/// Names a group may take: the groups of the four customer tables.
#[component]
fn Suggestions() -> impl IntoView {
    let app = use_app();
    let names = move || {
        use workbook::customers::CustomerTable as T;
        app.workbook
            .with(|wb| {
                wb.customers
                    .group_names(&[T::Current, T::Potential, T::Former])
            })
            .into_iter()
            .map(|n| view! { <option value=n/> })
            .collect_view()
    };
    view! { <datalist id=SUGGESTIONS>{names}</datalist> }
}

fn group_fields(row: RowCtx<PlacedGroup>) -> AnyView {
    let app = use_app();
    let id = row.field_id("name");
    let name = move || row.read(|g| g.name.clone()).unwrap_or_default();
    let customers = Signal::derive(move || row.read(|g| g.customers.map(u64::from)).flatten());
    let on_customers = Callback::new(move |n: Option<u64>| {
        row.edit(|g| g.customers = n.and_then(|n| u32::try_from(n).ok()))
    });
    let stages = move || {
        let (today, target) = row.read(|g| (g.today, g.target)).unwrap_or_default();
        t::row_stages(app.lang.get(), today, target)
    };
    view! {
        <span class="field">
            <label for=id.clone()>{tr(L::GroupName)}</label>
            <input id=id.clone() type="text" list=SUGGESTIONS
                placeholder=guidance::placeholder(guide_key(&id)) prop:value=name
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    crate::undo::typed(app, &ev, || row.edit(|g| g.name = v));
                }/>
        </span>
        <NumberInput value=customers on_change=on_customers id=row.field_id("customers")
            label=msg(L::Customers) max=u64::from(u32::MAX)/>
        {row.choice("class", L::Class, &LoyaltyClass::ALL, |g| g.class, |g, v| g.class = v)}
        {row.score("today", L::Today, Scale::Continuum, |g| g.today, |g, v| g.today = v)}
        {row.score("target", L::Target, Scale::Continuum, |g| g.target, |g, v| g.target = v)}
        <span class="derived" id=row.field_id("stages")>{stages}</span>
    }
    .into_any()
}

/// One class: its name, the method's usual reading, the groups placed in it and the
/// team's action.
#[component]
fn ClassAction(class: LoyaltyClass) -> impl IntoView {
    let app = use_app();
    let heading = format!("lc-class-{}", class as usize + 1);
    let labelled_by = heading.clone();
    let value = Signal::derive(move || {
        app.workbook
            .with(|wb| wb.loyalty_classes.action(class).to_string())
    });
    let on_input = Callback::new(move |text: String| {
        app.edit(|wb| wb.loyalty_classes.set_action(class, text));
    });
    let placed = move || {
        let lang = app.lang.get();
        let names: Vec<String> = app.workbook.with(|wb| {
            wb.loyalty_classes
                .groups
                .iter()
                .filter(|g| g.class == Some(class) && !g.is_blank())
                .map(|g| g.name.clone())
                .collect()
        });
        if names.is_empty() {
            L::NoneHere.text(lang).to_string()
        } else {
            format!(
                "{}{}{}",
                L::InClass.text(lang),
                crate::i18n::colon(lang),
                t::names(lang, &names)
            )
        }
    };
    let label = Signal::derive(move || {
        let lang = app.lang.get();
        format!("{} — {}", L::ActionFor.text(lang), class.label(lang))
    });
    view! {
        <section class="loyalty-class" aria-labelledby=labelled_by>
            <h3 id=heading>{move || class.label(app.lang.get())}</h3>
            <p class="hint">
                {move || {
                    let lang = app.lang.get();
                    format!("{}{}{}", L::Usually.text(lang), crate::i18n::colon(lang), t::usual_action(lang, class))
                }}
            </p>
            <p class="placed">{placed}</p>
            <TextField id=format!("lc-action-{}", class as usize + 1) label value on_input multiline=true/>
        </section>
    }
}
