//! A worksheet's results as data: the figures, lists, tables, charts and notes that
//! its page shows under the inputs and its section of the report prints. Each
//! worksheet builds them once (`results` in its own module); the two renderers here
//! draw them — charts on a canvas on the page, as SVG images in the report — so no
//! figure is computed or worded twice, and one generic table, list and figure view
//! serves every worksheet (which keeps the wasm small).

use std::rc::Rc;

use leptos::prelude::*;
use workbook::csv_table::to_csv;
use workbook::{Lang, Worksheet};

use crate::components::chart::{Chart, Draw};
use crate::components::chart_export::{svg_of, ChartExports, SharedDraw};
use crate::download::{download_text, file_stem};
use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{Msg, Text};
use crate::state::{tr, use_app};

/// One key figure: what it is, its value, and a stable key (the value's test id and
/// anchor; empty for none).
pub struct Figure {
    pub label: String,
    pub value: String,
    pub key: &'static str,
}

/// A table of results.
pub struct Table {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// A stable key for the table (test id); empty for none.
    pub key: &'static str,
    /// Said instead of an empty table (what is missing for there to be rows).
    pub empty: Option<String>,
}

/// One piece of a worksheet's results.
pub enum Block {
    /// The key figures, as label and value pairs.
    Figures(Vec<Figure>),
    /// A short ranked list (the heaviest items, the largest gaps).
    List {
        title: String,
        items: Vec<String>,
        key: &'static str,
        /// Said instead of an empty list.
        empty: String,
    },
    Table(Table),
    Chart {
        title: String,
        /// The chart's content in words, for screen readers.
        label: String,
        size: (u32, u32),
        draw: Draw,
    },
    /// A sentence that explains a figure or a rule.
    Note(String),
    /// Four titled lists laid out as a 2 × 2 matrix (a SWOT as the team wrote it).
    Quadrants {
        title: String,
        /// Top left, top right, bottom left, bottom right: a heading and its items.
        cells: Vec<(String, Vec<String>)>,
    },
    /// Shown in the report only: on the page the inputs above already show it.
    ReportOnly(Box<Block>),
    /// Shown on the page only.
    PageOnly(Box<Block>),
}

/// A figure whose label is a fixed message.
pub fn figure(lang: Lang, label: impl Text, value: String, key: &'static str) -> Figure {
    Figure {
        label: label.text(lang).to_string(),
        value,
        key,
    }
}

/// A table whose title and column headers are fixed messages.
pub fn table(
    lang: Lang,
    title: impl Text,
    headers: &[&dyn Fn(Lang) -> &'static str],
    rows: Vec<Vec<String>>,
) -> Block {
    Block::Table(Table {
        title: title.text(lang).to_string(),
        headers: headers.iter().map(|h| h(lang).to_string()).collect(),
        rows,
        key: "",
        empty: None,
    })
}

/// A column header from any message enum.
pub fn h<T: Text>(msg: T) -> impl Fn(Lang) -> &'static str {
    move |lang| msg.text(lang)
}

/// A chart whose title is a fixed message; `label` (its content in words) defaults
/// to the title.
pub fn chart<T: Text>(lang: Lang, title: T, label: String, size: (u32, u32), draw: Draw) -> Block {
    let title = title.text(lang).to_string();
    let label = if label.is_empty() {
        title.clone()
    } else {
        label
    };
    Block::Chart {
        title,
        label,
        size,
        draw,
    }
}

/// A drawing error in words.
pub fn err<E: std::error::Error + Send + Sync>(
    e: plotters::prelude::DrawingAreaErrorKind<E>,
) -> String {
    charts::error_text(&e)
}

impl Block {
    /// Key figures from label and value pairs, without keys.
    pub fn pairs(pairs: Vec<(String, String)>) -> Block {
        Block::Figures(
            pairs
                .into_iter()
                .map(|(label, value)| Figure {
                    label,
                    value,
                    key: "",
                })
                .collect(),
        )
    }

    /// The same block with a stable key (tables and lists).
    pub fn keyed(mut self, key: &'static str) -> Block {
        match &mut self {
            Block::Table(table) => table.key = key,
            Block::List { key: k, .. } => *k = key,
            _ => {}
        }
        self
    }

    /// The same table, saying `empty` when it has no rows.
    pub fn or_say(mut self, empty: String) -> Block {
        if let Block::Table(table) = &mut self {
            table.empty = Some(empty);
        }
        self
    }
}

/// What a worksheet's page shows of its results, under its inputs: drawn again
/// whenever the workbook, the customer data or the language changes.
///
/// - `sheet`: whose results.
#[component]
pub fn Results(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    let build = move || {
        let lang = app.lang.get();
        app.workbook.with(|wb| {
            app.summary
                .with(|s| super::results(sheet, wb, s.as_ref(), lang))
        })
    };
    view! { <Blocks id=format!("{}-results", sheet.slug()) make=Box::new(build)/> }
}

/// Results the page builds itself (a competitor's SWOT scores), under a "Scores"
/// heading.
///
/// - `id`: the heading's id, unique on the page.
/// - `make`: makes the blocks; reactive reads in it redraw them.
#[component]
pub fn Blocks(id: String, make: Box<dyn Fn() -> Vec<Block>>) -> impl IntoView {
    let labelled_by = id.clone();
    // Charts hold their drawing as a plain closure, which stays on this thread.
    let make = StoredValue::new_local(make);
    let body = move || {
        make.with_value(|make| make())
            .into_iter()
            .filter_map(page_view)
            .collect_view()
    };
    view! {
        <section class="summary results" aria-labelledby=labelled_by>
            <h2 id=id>{tr(Msg::Scores)}</h2>
            {body}
        </section>
    }
}

/// A block as the page draws it; `None` for what only the report shows.
fn page_view(block: Block) -> Option<AnyView> {
    Some(match block {
        Block::ReportOnly(_) => return None,
        Block::PageOnly(block) => return page_view(*block),
        Block::Chart {
            title,
            label,
            size,
            draw,
        } => view! {
            <div class="charts">
                <Chart draw title label width=size.0 height=size.1/>
            </div>
        }
        .into_any(),
        Block::Figures(figures) => figures_view(figures),
        Block::List {
            title,
            items,
            key,
            empty,
        } => list_view(title, items, key, empty),
        Block::Table(table) => view! { <ResultTable table/> }.into_any(),
        Block::Note(text) => view! { <p class="intro">{text}</p> }.into_any(),
        Block::Quadrants { title, cells } => quadrants_view(title, cells),
    })
}

/// A block as the report prints it; `None` for what only the page shows.
pub fn report_view(sheet: Worksheet, lang: Lang, block: Block) -> Option<AnyView> {
    Some(match block {
        Block::PageOnly(_) => return None,
        Block::ReportOnly(block) => return report_view(sheet, lang, *block),
        Block::Chart {
            title,
            label,
            size,
            draw,
        } => view! { <ReportFigure sheet lang title label size draw/> }.into_any(),
        Block::Figures(figures) => figures_view(figures),
        Block::List {
            title,
            items,
            key,
            empty,
        } => list_view(title, items, key, empty),
        Block::Table(table) => view! { <ResultTable table/> }.into_any(),
        Block::Note(text) => view! { <p class="intro">{text}</p> }.into_any(),
        Block::Quadrants { title, cells } => quadrants_view(title, cells),
    })
}

/// Four lists as a 2 × 2 matrix, each cell named by its heading.
fn quadrants_view(title: String, cells: Vec<(String, Vec<String>)>) -> AnyView {
    let name = title.clone();
    view! {
        <section class="quadrant-matrix" aria-label=name>
            <h3>{title}</h3>
            <div class="matrix">
                {cells
                    .into_iter()
                    .map(|(heading, items)| {
                        let name = heading.clone();
                        view! {
                        <div class="matrix-cell" role="group" aria-label=name>
                            <h4>{heading}</h4>
                            <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                        </div>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
    .into_any()
}

/// Key figures as a two-column table, each label the header of its row (so a
/// figure is found by its name) and each value carrying its key as test id.
fn figures_view(figures: Vec<Figure>) -> AnyView {
    view! {
        <table class="data figures">
            <tbody>
                {figures
                    .into_iter()
                    .map(|f| {
                        let key = (!f.key.is_empty()).then_some(f.key);
                        view! {
                            <tr>
                                <th scope="row">{f.label}</th>
                                <td data-testid=key>{f.value}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A titled ranked list (named by its title), or what is missing for it to have
/// items.
fn list_view(title: String, items: Vec<String>, key: &'static str, empty: String) -> AnyView {
    let key = (!key.is_empty()).then_some(key);
    let list = if items.is_empty() {
        view! { <p>{empty}</p> }.into_any()
    } else {
        view! {
            <ol class="ranked" data-testid=key aria-label=title.clone()>
                {items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! { <h3>{title}</h3>{list} }.into_any()
}

/// A table with its CSV download, or what is missing for it to have rows.
#[component]
fn ResultTable(table: Table) -> impl IntoView {
    let app = use_app();
    let Table {
        title,
        headers,
        rows,
        key,
        empty,
    } = table;
    if rows.is_empty() {
        if let Some(empty) = empty {
            return view! { <h3>{title}</h3><p>{empty}</p> }.into_any();
        }
    }
    let csv = {
        let (title, headers, rows) = (title.clone(), headers.clone(), rows.clone());
        move |_| {
            let head: Vec<&str> = headers.iter().map(String::as_str).collect();
            let _ = download_text(
                &format!("{}.csv", file_stem(&title)),
                "text/csv;charset=utf-8",
                &to_csv(&head, rows.clone()),
            );
        }
    };
    let name = t::download_label(app.lang.get_untracked(), &title, "CSV");
    let has_rows = !rows.is_empty();
    let key = (!key.is_empty()).then_some(key);
    view! {
        <div class="report-table">
            <table class="data" data-testid=key>
                <caption>{title}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let mut cells = row.into_iter();
                            let first = cells.next().unwrap_or_default();
                            view! {
                                <tr>
                                    <th scope="row">{first}</th>
                                    {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            {has_rows.then(|| view! { <button type="button" class="csv" aria-label=name on:click=csv>{tr(M::DownloadCsv)}</button> })}
        </div>
    }
    .into_any()
}

/// A chart as an SVG image: vector, so it prints sharply at any resolution, and the
/// same drawing the canvas shows. The report re-renders a section when its data
/// changes, so the drawing holds its data rather than reading signals.
#[component]
fn ReportFigure(
    sheet: Worksheet,
    lang: Lang,
    title: String,
    label: String,
    size: (u32, u32),
    draw: Draw,
) -> impl IntoView {
    let draw: SharedDraw = Rc::from(draw);
    let (width, height) = size;
    let (src, failed) = match svg_of(&draw, width, height) {
        Ok(doc) => (
            format!(
                "data:image/svg+xml;charset=utf-8,{}",
                String::from(js_sys::encode_uri_component(&doc))
            ),
            None,
        ),
        Err(e) => (String::new(), Some(e)),
    };
    view! {
        <figure class="report-figure">
            <figcaption>{title.clone()}</figcaption>
            <img src=src alt=label width=width height=height/>
            <p class="figure-source">{t::source_note(lang, sheet)}</p>
            {failed.map(|e| view! { <p class="field-error">{e}</p> })}
            <ChartExports draw title width height/>
        </figure>
    }
}
