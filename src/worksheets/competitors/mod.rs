//! The competitors worksheet: the list of competitors, each one's SWOT on the very board
//! the company's SWOT uses, the comparison table with the company first, its two charts,
//! and the market questions with the competitors that beat the company per quadrant.
//! Every figure comes from the domain's `Comparison`; nothing is scored here.
//!
//! `results.rs` holds what the report prints of it.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::html::Li;
use leptos::prelude::*;
use workbook::external::{
    Column, Comparison, ComparisonRow, Competitor, MarketAnswers, SortDirection,
};
use workbook::rows;
use workbook::swot::Quadrant;
use workbook::workbook::SwotOwner;
use workbook::{RowId, Worksheet};

use crate::components::chart::{Chart, Draw};
use crate::components::fields::{msg, TextField};
use crate::components::guidance::Guidance;
use crate::components::row_list::{focus_when_added, RowActions};
use crate::components::swot_board::SwotBoard;
use crate::i18n::competitors::{self as t, CompMsg};
use crate::i18n::{Label, Text};
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Blocks;

/// A text of a competitor: DOM id part, label, read, write, multi-line.
type CompetitorField = (
    &'static str,
    CompMsg,
    fn(&Competitor) -> &str,
    fn(&mut Competitor, String),
    bool,
);

const COMPETITOR_FIELDS: [CompetitorField; 2] = [
    ("name", CompMsg::Name, |c| &c.name, |c, v| c.name = v, false),
    (
        "notes",
        CompMsg::Notes,
        |c| &c.notes,
        |c, v| c.notes = v,
        true,
    ),
];

/// A market question: DOM id part, question, read, write.
type MarketField = (
    &'static str,
    CompMsg,
    fn(&MarketAnswers) -> &str,
    fn(&mut MarketAnswers, String),
);

const MARKET_FIELDS: [MarketField; 5] = [
    (
        "improve",
        CompMsg::CanImprove,
        |m| &m.can_improve,
        |m, v| m.can_improve = v,
    ),
    (
        "barriers",
        CompMsg::EntryBarriers,
        |m| &m.entry_barriers,
        |m, v| m.entry_barriers = v,
    ),
    (
        "restructuring",
        CompMsg::Restructuring,
        |m| &m.entry_by_restructuring,
        |m, v| m.entry_by_restructuring = v,
    ),
    (
        "re-entrants",
        CompMsg::ReEntrants,
        |m| &m.re_entrants,
        |m, v| m.re_entrants = v,
    ),
    (
        "substitutes",
        CompMsg::Substitutes,
        |m| &m.substitutes,
        |m, v| m.substitutes = v,
    ),
];

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    // The company's row is named after the client, or a translated "Our company".
    let comparison = Memo::new(move |_| {
        let fallback = CompMsg::OurCompany.text(app.lang.get());
        app.workbook.with(|wb| Comparison::of(wb, fallback))
    });
    let ids = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.competitors.list.iter().map(|c| c.id).collect::<Vec<_>>())
    });
    let chosen = RwSignal::new(None::<RowId>);
    // Through the domain's add, so the new competitor's SWOT starts with the same
    // padded rows as the company's; it is then the one whose SWOT is shown.
    let add = move |_| {
        let mut new = RowId(0);
        app.edit(|wb| new = wb.add_competitor(None));
        chosen.set(Some(new));
        app.focus_row.set(Some(new));
    };
    let chart = move |title: CompMsg| {
        let draw: Draw = Box::new(move |area| {
            let text = t::chart_text(app.lang.get());
            comparison
                .with(|c| match title {
                    CompMsg::ChartTotals => charts::competitor_totals(area, c, &text),
                    _ => charts::competitor_radar(area, c, &text),
                })
                .map_err(|e| charts::error_text(&e))
        });
        view! {
            <Chart
                draw
                title=msg(title)
                label=Signal::derive(move || comparison.with(|c| t::chart_description(app.lang.get(), title, c)))
                width=760
                height=360
            />
        }
    };
    view! {
        <h1>{move || Worksheet::Competitors.label(app.lang.get())}</h1>
        <p class="intro">{tr(CompMsg::Intro)}</p>
        <Guidance sheet=Worksheet::Competitors/>
        <section aria-labelledby="comp-list">
            <h2 id="comp-list">{tr(CompMsg::List)}</h2>
            <ol class="rows competitors" aria-labelledby="comp-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <CompetitorRow id ids/>
                </For>
            </ol>
            <button type="button" class="add" on:click=add>{tr(CompMsg::Add)}</button>
        </section>
        <CompetitorSwot ids chosen/>
        <ComparisonTable comparison/>
        <div class="charts">
            {chart(CompMsg::ChartTotals)}
            {chart(CompMsg::ChartRadar)}
        </div>
        <Market comparison/>
    }
}

/// One competitor of the list: its name and notes, and up / down / remove. Not a
/// `RowList`, whose generic add makes a bare row: a competitor is added through
/// `Workbook::add_competitor` so that its SWOT is padded like the company's.
#[component]
fn CompetitorRow(id: RowId, ids: Memo<Vec<RowId>>) -> impl IntoView {
    let app = use_app();
    let number =
        Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == id).map_or(0, |p| p + 1)));
    let name = move || t::row_name(app.lang.get(), number.get());
    let item = NodeRef::<Li>::new();

    // A competitor just added takes the focus in its name field, ready for typing.
    focus_when_added(id, item);

    let fields = COMPETITOR_FIELDS.map(|(slug, label, get, set, multiline)| {
        let value = Signal::derive(move || {
            app.workbook.with(|wb| {
                rows::find(&wb.competitors.list, id).map_or_else(String::new, |c| get(c).to_string())
            })
        });
        let on_input = Callback::new(move |text: String| {
            app.edit(|wb| {
                if let Some(c) = rows::find_mut(&mut wb.competitors.list, id) {
                    set(c, text);
                }
            })
        });
        view! { <TextField id=format!("comp-{id}-{slug}") label=msg(label) value on_input multiline/> }
    });
    let shift = Callback::new(move |delta: isize| {
        app.edit(|wb| rows::shift(&mut wb.competitors.list, id, delta))
    });
    let remove = Callback::new(move |()| {
        let (blank, text) = app.workbook.with_untracked(|wb| {
            rows::find(&wb.competitors.list, id).map_or((true, String::new()), |c| {
                (rows::Row::is_blank(c), c.name.clone())
            })
        });
        let number = number.get_untracked();
        let name = move |lang| t::row_name(lang, number);
        crate::undo::remove(app, blank, name, &text, |wb| {
            rows::remove(&mut wb.competitors.list, id);
        });
    });
    view! {
        <li class="row" node_ref=item>
            <span class="row-name">{name}</span>
            <div class="row-fields">{fields.into_iter().collect_view()}</div>
            <RowActions
                name=Signal::derive(name)
                is_first=Signal::derive(move || number.get() <= 1)
                is_last=Signal::derive(move || ids.with(|v| number.get() >= v.len()))
                shift
                remove
            />
        </li>
    }
}

/// The SWOT of one competitor at a time, picked by name: the company's own board and
/// score summary, given the competitor as owner.
#[component]
fn CompetitorSwot(ids: Memo<Vec<RowId>>, chosen: RwSignal<Option<RowId>>) -> impl IntoView {
    let app = use_app();
    // The one picked, or the first while none is (or the picked one was removed).
    let current = Memo::new(move |_| {
        ids.with(|v| {
            chosen
                .get()
                .filter(|c| v.contains(c))
                .or(v.first().copied())
        })
    });
    let names = Memo::new(move |_| {
        let lang = app.lang.get();
        app.workbook.with(|wb| {
            wb.competitors
                .list
                .iter()
                .enumerate()
                .map(|(i, c)| match c.name.trim() {
                    "" => t::row_name(lang, i + 1),
                    name => name.to_string(),
                })
                .collect::<Vec<_>>()
        })
    });
    let pick = move |ev| {
        let at = event_target_value(&ev).parse::<usize>().ok();
        chosen.set(at.and_then(|i| ids.with(|v| v.get(i).copied())));
    };
    let board = move || {
        let Some(id) = current.get() else {
            return view! { <p>{tr(CompMsg::NoCompetitors)}</p> }.into_any();
        };
        let owner = SwotOwner::Competitor(id);
        let score = Memo::new(move |_| {
            app.workbook
                .with(|wb| wb.swot_of(owner).map(|s| s.score()).unwrap_or_default())
        });
        view! {
            <SwotBoard owner score id_prefix="comp-swot"/>
            <Blocks
                id="comp-swot-scores".to_string()
                make=Box::new(move || crate::worksheets::swot::score_blocks(&score.get(), app.lang.get()))
            />
        }
        .into_any()
    };
    view! {
        <section class="competitor-swot" aria-labelledby="comp-swot">
            <h2 id="comp-swot">{tr(CompMsg::SwotHeading)}</h2>
            <p class="intro">{tr(CompMsg::SwotIntro)}</p>
            <span class="field pick">
                <label for="comp-pick">{tr(CompMsg::Pick)}</label>
                <select id="comp-pick" on:change=pick>
                    {move || {
                        let at = current.get().and_then(|c| ids.with(|v| v.iter().position(|x| *x == c)));
                        names.get().into_iter().enumerate().map(|(i, name)| view! {
                            <option value=i.to_string() selected=at == Some(i)>{name}</option>
                        }).collect_view()
                    }}
                </select>
            </span>
            {board}
        </section>
    }
}

/// The comparison table, sortable by any column; the company's row highlighted.
#[component]
fn ComparisonTable(comparison: Memo<Comparison>) -> impl IntoView {
    let app = use_app();
    // `None`: table order, the company first.
    let sort = RwSignal::new(None::<(Column, SortDirection)>);
    let header = move |column: Column| {
        let state = move || sort.get().filter(|(c, _)| *c == column).map(|(_, d)| d);
        let click = move |_| {
            sort.update(|s| {
                let direction = match s {
                    Some((c, SortDirection::Ascending)) if *c == column => {
                        SortDirection::Descending
                    }
                    _ => SortDirection::Ascending,
                };
                *s = Some((column, direction));
            })
        };
        view! {
            <th scope="col" aria-sort=move || state().map(|d| match d {
                SortDirection::Ascending => "ascending",
                SortDirection::Descending => "descending",
            })>
                <button type="button" class="sort" on:click=click>
                    {move || t::column_name(app.lang.get(), column)}
                    // The arrow repeats aria-sort for the eye; a no-break space keeps it
                    // beside the last word.
                    <span class="sort-mark" aria-hidden="true">{move || match state() {
                        Some(SortDirection::Ascending) => "\u{a0}▲",
                        Some(SortDirection::Descending) => "\u{a0}▼",
                        None => "",
                    }}</span>
                </button>
            </th>
        }
    };
    // The rows are plain text, redrawn whole on any change: a handful of rows, and
    // fewer reactive pieces to compile than one per cell.
    let body = move || {
        let lang = app.lang.get();
        comparison.with(|c| {
            let order = match sort.get() {
                Some((column, direction)) => c.sorted(column, direction),
                None => (0..c.rows.len()).collect(),
            };
            order
                .into_iter()
                .map(|i| row_view(lang, &c.rows[i]))
                .collect_view()
        })
    };
    view! {
        <section class="summary" aria-labelledby="comp-table">
            <h2 id="comp-table">{tr(CompMsg::Comparison)}</h2>
            <p class="intro">{tr(CompMsg::SortHint)}</p>
            <div class="table-scroll">
                <table class="data comparison" aria-labelledby="comp-table">
                    <thead>
                        <tr>{Column::ALL.map(header).into_iter().collect_view()}</tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}

fn row_view(lang: workbook::Lang, row: &ComparisonRow) -> impl IntoView {
    let dash = || "—".to_string();
    let signed = |n: Option<i64>| n.map_or_else(dash, |n| format!("{n:+}"));
    // Unscored items are flagged with a sign as well as the count, so a competitor
    // half assessed is seen at a glance.
    let unscored = match row.unscored {
        0 => "0".to_string(),
        n => format!("⚠ {n}"),
    };
    view! {
        <tr class:company=row.is_company()>
            <th scope="row">{t::company_name(lang, row)}</th>
            {Quadrant::ALL
                .map(|q| view! { <td>{row.total(q).map_or_else(dash, |n| n.to_string())}</td> })
                .into_iter()
                .collect_view()}
            <td>{signed(row.internal)}</td>
            <td>{signed(row.external)}</td>
            <td>{signed(row.overall)}</td>
            <td>{row.rank.map_or_else(dash, |r| r.to_string())}</td>
            <td class:flag=row.unscored != 0>{unscored}</td>
        </tr>
    }
}

/// The market questions, after the competitors that beat the company per quadrant:
/// the facts the first question ("can we improve?") asks about.
#[component]
fn Market(comparison: Memo<Comparison>) -> impl IntoView {
    let app = use_app();
    let ahead = move |q: Quadrant| {
        let lang = app.lang.get();
        let lines: Vec<String> = comparison.with(|c| {
            let Some(ours) = c.company().total(q) else {
                return vec![CompMsg::OursUnknown.text(lang).to_string()];
            };
            let leads = c.outscoring(q);
            if leads.is_empty() {
                return vec![CompMsg::NoneAhead.text(lang).to_string()];
            }
            leads
                .iter()
                .map(|l| {
                    let row = &c.rows[l.row];
                    let theirs = row.total(q).unwrap_or_default();
                    t::lead_text(lang, &t::company_name(lang, row), theirs, ours, l.by)
                })
                .collect()
        });
        lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    let fields = MARKET_FIELDS.map(|(slug, label, get, set)| {
        let value =
            Signal::derive(move || app.workbook.with(|wb| get(&wb.competitors.market).to_string()));
        let on_input = Callback::new(move |text: String| app.edit(|wb| set(&mut wb.competitors.market, text)));
        view! { <TextField id=format!("comp-market-{slug}") label=msg(label) value on_input multiline=true/> }
    });
    view! {
        <section class="summary" aria-labelledby="comp-market">
            <h2 id="comp-market">{tr(CompMsg::Market)}</h2>
            <h3>{tr(CompMsg::Ahead)}</h3>
            <p class="intro">{tr(CompMsg::AheadNote)}</p>
            <dl class="balances leads">
                {Quadrant::ALL
                    .map(|q| view! {
                        <dt>{move || q.label(app.lang.get())}</dt>
                        <dd><ul>{move || ahead(q)}</ul></dd>
                    })
                    .into_iter()
                    .collect_view()}
            </dl>
            <div class="form-grid single market">{fields.into_iter().collect_view()}</div>
        </section>
    }
}
