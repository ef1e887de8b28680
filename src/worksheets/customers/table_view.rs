//! The compact table view of the customer tables: one line per customer group with its
//! own columns as inputs, like the tables of the source workbook, instead of a card per
//! group. It edits the very rows the cards edit (the same `RowCtx` edits, so the same
//! undo history and autosave); tags, moves and history stay in the cards.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::Tr;
use leptos::prelude::*;
use workbook::customers::{CustomerGroup, CustomerTable};
use workbook::rows::Row;
use workbook::{Lang, RowId};

use super::{prefix, Group};
use crate::components::fields::TextField;
use crate::components::number_input::NumberInput;
use crate::components::row_list::{
    add_row, enter_adds_row, focus_first_field, ListLens, RowActions, RowCtx,
};
use crate::components::score_input::ScoreInput;
use crate::i18n::customers::{self as t, CustMsg};
use crate::i18n::guidance::Scale;
use crate::i18n::{Label, Text};
use crate::state::{tr, use_app};

/// Whether the page shows the table view: remembered for the tab, so going to another
/// worksheet and back keeps the view the user chose.
static TABLE_VIEW: AtomicBool = AtomicBool::new(false);

/// The view switch and its state, shared by the four tables of the page.
#[derive(Clone, Copy)]
pub(super) struct View(pub RwSignal<bool>);

/// The "Table view" toggle: a button that stays pressed while the tables are shown
/// as tables.
#[component]
pub(super) fn ViewToggle() -> impl IntoView {
    let View(table) = expect_context::<View>();
    let toggle = move |_| {
        let on = !table.get_untracked();
        TABLE_VIEW.store(on, Ordering::Relaxed);
        table.set(on);
    };
    view! {
        <p class="view-toggle">
            <button
                type="button"
                aria-pressed=move || if table.get() { "true" } else { "false" }
                on:click=toggle
            >
                {tr(CustMsg::TableView)}
            </button>
            <span class="hint">{tr(CustMsg::TableViewHint)}</span>
        </p>
    }
}

/// The view switch for a new page, as the tab last left it.
pub(super) fn view_state() -> View {
    View(RwSignal::new(TABLE_VIEW.load(Ordering::Relaxed)))
}

/// A column of the table view.
#[derive(Clone, Copy)]
pub(super) enum Column {
    Name,
    Reason(CustMsg),
    Customers,
    Revenue(CustMsg),
    AtRisk,
    Warning,
    Chance,
    When(CustMsg),
}

impl Column {
    fn heading(self) -> CustMsg {
        match self {
            Column::Name => CustMsg::Name,
            Column::Reason(m) | Column::Revenue(m) | Column::When(m) => m,
            Column::Customers => CustMsg::Customers,
            Column::AtRisk => CustMsg::AtRisk,
            Column::Warning => CustMsg::WarningSign,
            Column::Chance => CustMsg::Chance,
        }
    }

    /// The class of its cells, which sets the column's width.
    fn class(self) -> &'static str {
        match self {
            Column::Name => "col-name",
            Column::Reason(_) | Column::Warning => "col-text",
            Column::Customers => "col-count",
            Column::Revenue(_) => "col-amount",
            Column::AtRisk => "col-flag",
            Column::Chance => "col-score",
            Column::When(_) => "col-when",
        }
    }
}

/// The columns of each table, in the order of its cards' fields.
pub(super) fn columns(table: CustomerTable) -> &'static [Column] {
    match table {
        CustomerTable::Former => &[
            Column::Name,
            Column::Reason(CustMsg::ReasonLost),
            Column::Customers,
            Column::Revenue(CustMsg::RevenueLost),
            Column::When(CustMsg::WhenLost),
        ],
        CustomerTable::Current => &[
            Column::Name,
            Column::Reason(CustMsg::ReasonBuy),
            Column::Customers,
            Column::Revenue(CustMsg::Revenue),
            Column::AtRisk,
            Column::Warning,
        ],
        CustomerTable::Potential => &[
            Column::Name,
            Column::Reason(CustMsg::ReasonWin),
            Column::Customers,
            Column::Revenue(CustMsg::RevenueEstimated),
            Column::Chance,
        ],
        CustomerTable::Blacklist => &[
            Column::Name,
            Column::Reason(CustMsg::ReasonBlacklist),
            Column::When(CustMsg::Since),
        ],
    }
}

/// One customer table as a table: a header of column names, a line per group whose
/// inputs are named by column and line ("Yearly revenue, row 3"), and the add button.
#[component]
pub(super) fn GroupTable(
    table: CustomerTable,
    lens: ListLens<CustomerGroup>,
    row_name: fn(Lang, usize) -> String,
    add_label: CustMsg,
) -> impl IntoView {
    let app = use_app();
    let prefix = prefix(table);
    let columns = columns(table);
    let ids = Memo::new(move |_| {
        app.workbook
            .with(|wb| (lens.get)(wb).iter().map(Row::id).collect::<Vec<_>>())
    });
    let add = move |_| {
        let new = add_row(lens, None);
        app.focus_row.set(Some(new));
    };
    let caption = move || table.label(app.lang.get());
    view! {
        <div class="table-scroll">
            <table class=format!("data customer-grid {prefix}-grid")>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="col-number">{tr(CustMsg::RowNumber)}</th>
                        {columns
                            .iter()
                            .map(|c| view! { <th scope="col" class=c.class()>{tr(c.heading())}</th> })
                            .collect_view()}
                        <th scope="col" class="col-actions">{tr(CustMsg::RowActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || ids.get() key=|id| *id let:id>
                        <GroupLine ctx=RowCtx::new(lens, id, ids, prefix) ids columns row_name/>
                    </For>
                </tbody>
            </table>
        </div>
        <button type="button" class="add" on:click=add>{move || app.tr(add_label)}</button>
    }
}

#[component]
fn GroupLine(
    ctx: Group,
    ids: Memo<Vec<RowId>>,
    columns: &'static [Column],
    row_name: fn(Lang, usize) -> String,
) -> impl IntoView {
    let app = use_app();
    let number = ctx.number;
    let line = NodeRef::<Tr>::new();
    focus_first_field(ctx.id, move || line.get().map(web_sys::Element::from));
    let name = move || row_name(app.lang.get(), number.get());
    // Enter in a one-line field adds a group below, as in the cards.
    let (lens, id) = (ctx.lens, ctx.id);
    let on_keydown = enter_adds_row(move || add_row(lens, Some(id)));
    view! {
        <tr node_ref=line on:keydown=on_keydown>
            <th scope="row" class="col-number">{move || number.get().to_string()}</th>
            {columns
                .iter()
                .map(|&c| view! { <td class=c.class()>{cell(ctx, c)}</td> })
                .collect_view()}
            <td class="col-actions">
                <RowActions
                    name=Signal::derive(name)
                    is_first=Signal::derive(move || number.get() <= 1)
                    is_last=Signal::derive(move || ids.with(|v| number.get() >= v.len()))
                    shift=Callback::new(move |delta| ctx.shift(delta))
                    remove=Callback::new(move |()| ctx.remove(row_name))
                />
            </td>
        </tr>
    }
}

/// The input of one cell, named by its column and line; its label is there for
/// screen readers, the column heading shows it on screen.
fn cell(row: Group, column: Column) -> AnyView {
    let app = use_app();
    let label = Signal::derive(move || {
        t::cell_label(
            app.lang.get(),
            column.heading().text(app.lang.get()),
            row.number.get(),
        )
    });
    let text = |name: &'static str,
                get: fn(&CustomerGroup) -> &str,
                set: fn(&mut CustomerGroup, String)| {
        let value = Signal::derive(move || row.read(|r| get(r).to_string()).unwrap_or_default());
        let on_input = Callback::new(move |text: String| row.edit(|r| set(r, text)));
        view! { <TextField id=row.field_id(name) label value on_input/> }.into_any()
    };
    match column {
        Column::Name => text("name", |r| &r.name, |r, v| r.name = v),
        Column::Reason(_) => text("reason", |r| &r.reason, |r, v| r.reason = v),
        Column::Warning => text("warning", |r| &r.warning_sign, |r, v| r.warning_sign = v),
        Column::When(_) => text("when", |r| &r.when, |r, v| r.when = v),
        Column::Customers => {
            let value = Signal::derive(move || row.read(|r| r.customers.map(u64::from)).flatten());
            let on_change = Callback::new(move |n: Option<u64>| {
                row.edit(|r| r.customers = n.and_then(|v| u32::try_from(v).ok()))
            });
            view! {
                <NumberInput value on_change id=row.field_id("customers") label max=u64::from(u32::MAX)/>
            }
            .into_any()
        }
        Column::Revenue(_) => {
            let value = Signal::derive(move || row.read(|r| r.revenue).flatten());
            let on_change = Callback::new(move |n: Option<u64>| row.edit(|r| r.revenue = n));
            let unit = Some(Signal::derive(move || {
                app.workbook.with(|wb| wb.money_unit)
            }));
            view! { <NumberInput value on_change id=row.field_id("revenue") label unit/> }
                .into_any()
        }
        Column::Chance => {
            let value = Signal::derive(move || row.read(|r| r.chance).flatten());
            let on_change = Callback::new(move |s| row.edit(|r| r.chance = s));
            view! {
                <ScoreInput value on_change id=row.field_id("chance") label scale=Scale::Chance/>
            }
            .into_any()
        }
        Column::AtRisk => {
            let id = row.field_id("at-risk");
            let checked = move || row.read(|r| r.at_risk).unwrap_or(false);
            let change = move |ev| {
                let on = event_target_checked(&ev);
                row.edit(|r| r.at_risk = on);
            };
            view! {
                <span class="check">
                    <input type="checkbox" id=id.clone() prop:checked=checked on:change=change/>
                    <label for=id class="visually-hidden">{move || label.get()}</label>
                </span>
            }
            .into_any()
        }
    }
}
