//! The customer tables (METHOD.md §3): former, current, potential and blacklisted
//! customer groups, each with its reason tags, a move to another table and its
//! history; then its results (per-table sums, revenue at risk, weighted pipeline,
//! loss reasons, and the Pareto and at-risk charts; `results.rs`), all derived from
//! the workbook.

pub mod guide;
mod results;
pub mod strings;
mod table_view;

pub use results::results;

use leptos::html::Li;
use leptos::prelude::*;
use workbook::customers::{CustomerGroup, CustomerTable};
use workbook::number::MoneyUnit;
use workbook::{rows, Lang, RowId, Workbook, Worksheet};

use crate::components::fields::{msg, ChoiceField, TextField};
use crate::components::guidance::Guidance;
use crate::components::number_input::NumberInput;
use crate::components::row_list::{focus_when_added, ListLens, RowActions, RowCtx, RowList};
use crate::i18n::customers::{self as t, CustMsg};
use crate::i18n::guidance::Scale;
use crate::i18n::{Label, Msg};
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

type Group = RowCtx<CustomerGroup>;

const FORMER: ListLens<CustomerGroup> = ListLens {
    get: |wb: &Workbook| &wb.customers.former,
    get_mut: |wb: &mut Workbook| &mut wb.customers.former,
};
const CURRENT: ListLens<CustomerGroup> = ListLens {
    get: |wb: &Workbook| &wb.customers.current,
    get_mut: |wb: &mut Workbook| &mut wb.customers.current,
};
const POTENTIAL: ListLens<CustomerGroup> = ListLens {
    get: |wb: &Workbook| &wb.customers.potential,
    get_mut: |wb: &mut Workbook| &mut wb.customers.potential,
};
const BLACKLIST: ListLens<CustomerGroup> = ListLens {
    get: |wb: &Workbook| &wb.customers.blacklist,
    get_mut: |wb: &mut Workbook| &mut wb.customers.blacklist,
};

/// The workbook's reason tags (id, name), shared through context with the rows: a
/// row's function is a plain `fn` and cannot capture them.
#[derive(Clone, Copy)]
struct Tags(Memo<Vec<(RowId, String)>>);

/// DOM-id prefix and class of a table.
fn prefix(table: CustomerTable) -> &'static str {
    match table {
        CustomerTable::Former => "former",
        CustomerTable::Current => "current",
        CustomerTable::Potential => "potential",
        CustomerTable::Blacklist => "blacklist",
    }
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let tags = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.customers
                .tags
                .iter()
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    provide_context(Tags(tags));
    provide_context(table_view::view_state());
    view! {
        <h1>{move || Worksheet::Customers.label(app.lang.get())}</h1>
        <p class="intro">{tr(CustMsg::Intro)}</p>
        <Guidance sheet=Worksheet::Customers/>
        <MoneyUnitChoice/>
        <table_view::ViewToggle/>
        <div class="customers">
            <TableSection table=CustomerTable::Former lens=FORMER row_name=t::former_row
                add_label=CustMsg::AddFormer fields=former_fields/>
            <TableSection table=CustomerTable::Current lens=CURRENT row_name=t::current_row
                add_label=CustMsg::AddCurrent fields=current_fields/>
            <TableSection table=CustomerTable::Potential lens=POTENTIAL row_name=t::potential_row
                add_label=CustMsg::AddPotential fields=potential_fields/>
            <TableSection table=CustomerTable::Blacklist lens=BLACKLIST row_name=t::blacklist_row
                add_label=CustMsg::AddBlacklist fields=blacklist_fields/>
        </div>
        <TagEditor/>
        <Results sheet=Worksheet::Customers/>
    }
}

/// One of the four tables: a section named by its heading, holding its rows.
#[component]
fn TableSection(
    table: CustomerTable,
    lens: ListLens<CustomerGroup>,
    row_name: fn(Lang, usize) -> String,
    add_label: CustMsg,
    fields: fn(Group) -> AnyView,
) -> impl IntoView {
    let app = use_app();
    let prefix = prefix(table);
    let heading = format!("{prefix}-heading");
    let labelled_by = heading.clone();
    let table_view::View(as_table) = expect_context::<table_view::View>();
    view! {
        <section class=format!("customer-table {prefix}") aria-labelledby=labelled_by>
            <h2 id=heading>{move || table.label(app.lang.get())}</h2>
            {move || if as_table.get() {
                view! { <table_view::GroupTable table lens row_name add_label/> }.into_any()
            } else {
                view! { <RowList lens prefix row_name add_label fields/> }.into_any()
            }}
        </section>
    }
}

fn former_fields(row: Group) -> AnyView {
    view! {
        {row.text("name", CustMsg::Name, |r| &r.name, |r, v| r.name = v)}
        {row.text("reason", CustMsg::ReasonLost, |r| &r.reason, |r, v| r.reason = v)}
        {customers(row)}
        {revenue(row, CustMsg::RevenueLost)}
        {row.text("when", CustMsg::WhenLost, |r| &r.when, |r, v| r.when = v)}
        {extras(row, CustomerTable::Former)}
    }
    .into_any()
}

fn current_fields(row: Group) -> AnyView {
    view! {
        {row.text("name", CustMsg::Name, |r| &r.name, |r, v| r.name = v)}
        {row.text("reason", CustMsg::ReasonBuy, |r| &r.reason, |r, v| r.reason = v)}
        {customers(row)}
        {revenue(row, CustMsg::Revenue)}
        {at_risk(row)}
        {row.text("warning", CustMsg::WarningSign, |r| &r.warning_sign, |r, v| r.warning_sign = v)}
        {extras(row, CustomerTable::Current)}
    }
    .into_any()
}

fn potential_fields(row: Group) -> AnyView {
    view! {
        {row.text("name", CustMsg::Name, |r| &r.name, |r, v| r.name = v)}
        {row.text("reason", CustMsg::ReasonWin, |r| &r.reason, |r, v| r.reason = v)}
        {customers(row)}
        {revenue(row, CustMsg::RevenueEstimated)}
        {row.score("chance", CustMsg::Chance, Scale::Chance, |r| r.chance, |r, v| r.chance = v)}
        {extras(row, CustomerTable::Potential)}
    }
    .into_any()
}

fn blacklist_fields(row: Group) -> AnyView {
    view! {
        {row.text("name", CustMsg::Name, |r| &r.name, |r, v| r.name = v)}
        {row.text("reason", CustMsg::ReasonBlacklist, |r| &r.reason, |r, v| r.reason = v)}
        {row.text("when", CustMsg::Since, |r| &r.when, |r, v| r.when = v)}
        {extras(row, CustomerTable::Blacklist)}
    }
    .into_any()
}

/// A whole-number field bound to the group.
fn number(
    row: Group,
    name: &'static str,
    label: CustMsg,
    get: fn(&CustomerGroup) -> Option<u64>,
    set: fn(&mut CustomerGroup, Option<u64>),
    max: u64,
    money: bool,
) -> AnyView {
    let value = Signal::derive(move || row.read(get).flatten());
    let on_change = Callback::new(move |n: Option<u64>| row.edit(|r| set(r, n)));
    let app = use_app();
    let unit = money.then(|| Signal::derive(move || app.workbook.with(|wb| wb.money_unit)));
    view! { <NumberInput value on_change id=row.field_id(name) label=msg(label) max unit/> }
        .into_any()
}

fn customers(row: Group) -> AnyView {
    number(
        row,
        "customers",
        CustMsg::Customers,
        |r| r.customers.map(u64::from),
        |r, v| r.customers = v.and_then(|v| u32::try_from(v).ok()),
        u64::from(u32::MAX),
        false,
    )
}

fn revenue(row: Group, label: CustMsg) -> AnyView {
    number(
        row,
        "revenue",
        label,
        |r| r.revenue,
        |r, v| r.revenue = v,
        u64::MAX,
        true,
    )
}

/// The current table's "at risk" flag.
fn at_risk(row: Group) -> AnyView {
    let id = row.field_id("at-risk");
    let checked = move || row.read(|r| r.at_risk).unwrap_or(false);
    let change = move |ev| {
        let on = event_target_checked(&ev);
        row.edit(|r| r.at_risk = on);
    };
    view! {
        <span class="check">
            <input type="checkbox" id=id.clone() prop:checked=checked on:change=change/>
            <label for=id>{tr(CustMsg::AtRisk)}</label>
        </span>
    }
    .into_any()
}

/// What every table's row has besides its own fields: the tags, the move, the history.
fn extras(row: Group, from: CustomerTable) -> AnyView {
    view! {
        {tags(row)}
        {move_control(row, from)}
        {history(row)}
    }
    .into_any()
}

/// The group's reason tags as labelled checkboxes.
fn tags(row: Group) -> AnyView {
    let Tags(tags) = expect_context::<Tags>();
    view! {
        <fieldset class="tags">
            <legend>{tr(CustMsg::Tags)}</legend>
            <For each=move || tags.get() key=|tag| tag.clone() let:tag>
                {tag_box(row, tag.0, tag.1)}
            </For>
        </fieldset>
    }
    .into_any()
}

fn tag_box(row: Group, tag: RowId, name: String) -> impl IntoView {
    let id = row.field_id(&format!("tag-{tag}"));
    let name = if name.trim().is_empty() {
        t::MISSING.to_string()
    } else {
        name
    };
    let checked = move || row.read(|r| r.tags.contains(&tag)).unwrap_or(false);
    let change = move |ev| {
        let on = event_target_checked(&ev);
        row.edit(|r| {
            r.tags.retain(|&x| x != tag);
            if on {
                r.tags.push(tag);
            }
        });
    };
    view! {
        <span class="check">
            <input type="checkbox" id=id.clone() prop:checked=checked on:change=change/>
            <label for=id>{name}</label>
        </span>
    }
}

/// "Move to…" one of the other tables, and the button that does it. The group keeps
/// its reason text, which the user then edits in the new table.
fn move_control(row: Group, from: CustomerTable) -> AnyView {
    let app = use_app();
    let target = RwSignal::new(None::<CustomerTable>);
    let id = row.field_id("move");
    let others: Vec<CustomerTable> = CustomerTable::ALL
        .into_iter()
        .filter(|&t| t != from)
        .collect();
    let choose = move |ev| {
        let picked = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| CustomerTable::ALL.get(i).copied());
        target.set(picked);
    };
    let go = move |_| {
        let Some(to) = target.get_untracked() else {
            return;
        };
        let today = crate::clock::today();
        let group = row.id;
        app.edit(|wb| {
            let reason = rows::find(wb.customers.table(from), group)
                .map(|g| g.reason.clone())
                .unwrap_or_default();
            wb.move_group(group, to, reason, today);
        });
    };
    view! {
        <span class="field move-field">
            <label for=id.clone()>{tr(CustMsg::MoveTo)}</label>
            <select id=id on:change=choose>
                <option value="" selected>{tr(Msg::NotChosen)}</option>
                {others
                    .into_iter()
                    .map(|t| {
                        view! {
                            <option value=(t as usize).to_string()>
                                {move || t.label(app.lang.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </span>
        <button type="button" class="move-group" disabled=move || target.get().is_none() on:click=go>
            {tr(CustMsg::MoveGroup)}
        </button>
    }
    .into_any()
}

/// The tables the group sat in before, read-only.
fn history(row: Group) -> AnyView {
    let app = use_app();
    let lines = move || {
        let lang = app.lang.get();
        row.read(|r| {
            r.history
                .iter()
                .map(|m| t::moved_line(lang, m))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <div class="history">
            {move || lines().into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
        </div>
    }
    .into_any()
}

/// The editable list of reason tags. Not a `RowList`: adding and removing go through
/// the domain's tag edits, so that a removed tag is taken off every group rather than
/// left dangling.
#[component]
fn TagEditor() -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.customers.tags.iter().map(|t| t.id).collect::<Vec<_>>())
    });
    let add = move |_| {
        let mut new = None;
        app.edit(|wb| new = Some(wb.add_tag(String::new())));
        app.focus_row.set(new);
    };
    view! {
        <section class="tags" aria-labelledby="cust-tags">
            <h2 id="cust-tags">{tr(CustMsg::Tags)}</h2>
            <p class="intro">{tr(CustMsg::TagsIntro)}</p>
            <ol class="rows">
                <For each=move || ids.get() key=|id| *id let:id>
                    <TagRow id ids/>
                </For>
            </ol>
            <button type="button" class="add" on:click=add>{tr(CustMsg::AddTag)}</button>
        </section>
    }
}

#[component]
fn TagRow(id: RowId, ids: Memo<Vec<RowId>>) -> impl IntoView {
    let app = use_app();
    let number =
        Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == id).map_or(0, |p| p + 1)));
    let name = Signal::derive(move || t::tag_row(app.lang.get(), number.get()));
    let item = NodeRef::<Li>::new();
    focus_when_added(id, item);
    let value = Signal::derive(move || {
        app.workbook.with(|wb| {
            rows::find(&wb.customers.tags, id).map_or_else(String::new, |t| t.name.clone())
        })
    });
    let on_input = Callback::new(move |text: String| {
        app.edit(|wb| {
            wb.rename_tag(id, text);
        })
    });
    let shift = Callback::new(move |delta: isize| app.edit(|wb| wb.shift_tag(id, delta)));
    let remove = Callback::new(move |()| {
        let (blank, text) = app.workbook.with_untracked(|wb| {
            rows::find(&wb.customers.tags, id).map_or((true, String::new()), |t| {
                (rows::Row::is_blank(t), t.name.clone())
            })
        });
        let number = number.get_untracked();
        let name = move |lang| t::tag_row(lang, number);
        crate::undo::remove(app, blank, name, &text, |wb| {
            wb.remove_tag(id);
        });
    });
    view! {
        <li class="row" node_ref=item>
            <span class="row-name">{name}</span>
            <div class="row-fields">
                <TextField id=format!("tag-{id}") label=msg(CustMsg::TagName) value on_input/>
            </div>
            <RowActions
                name
                is_first=Signal::derive(move || number.get() <= 1)
                is_last=Signal::derive(move || ids.with(|v| number.get() >= v.len()))
                shift
                remove
            />
        </li>
    }
}

/// The unit the workbook's amounts are typed in (元 or 万元): amounts stay stored in
/// yuan, so a change of unit changes how they read, never what they are.
#[component]
fn MoneyUnitChoice() -> impl IntoView {
    let app = use_app();
    let value = Signal::derive(move || Some(app.workbook.with(|wb| wb.money_unit)));
    let on_change = Callback::new(move |u: Option<MoneyUnit>| {
        app.edit(|wb| wb.money_unit = u.unwrap_or_default())
    });
    view! {
        <div class="money-unit">
            <ChoiceField id="money-unit".to_string() label=msg(CustMsg::MoneyUnit) value
                options=&MoneyUnit::ALL on_change/>
        </div>
    }
}
