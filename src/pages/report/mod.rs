//! The workshop report: every chosen worksheet in workshop order with its key figures,
//! tables (each downloadable as CSV) and charts (drawn as SVG so they print sharply at
//! any resolution, each downloadable as PNG or SVG), under an executive summary
//! computed by `workbook::report`. The page only formats; printing is the browser's.
//!
//! Each worksheet is described as a list of [`Block`]s and one renderer draws them
//! all: one generic table and one figure component rather than a hand-written view
//! per worksheet, which keeps the wasm small.
//!
//! This file holds the page, the block builders every worksheet shares and the
//! dispatch from a worksheet to its blocks. What each worksheet shows lives in one
//! file per part of the workshop, grouped as `Worksheet::part` groups them, so a
//! worksheet's report is found next to its neighbours and no file grows too long.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::csv_table::to_csv;
use workbook::report::ExecutiveSummary;
use workbook::segmentation::Summary;
use workbook::{completion, Lang, Workbook, Worksheet};

use crate::components::chart::Draw;
use crate::components::chart_export::{svg_of, ChartExports, SharedDraw};
use crate::download::{download_text, file_stem};
use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{Label, Msg, Text};
use crate::state::{tr, use_app};

mod customers;
mod external;
mod internal;

/// One piece of a worksheet's part of the report.
enum Block {
    /// Label and value pairs.
    Figures(Vec<(String, String)>),
    Table {
        title: String,
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Chart {
        title: String,
        /// The chart's content in words, for screen readers.
        label: String,
        size: (u32, u32),
        draw: Draw,
    },
}

fn table(
    lang: Lang,
    title: M,
    headers: &[&dyn Fn(Lang) -> &'static str],
    rows: Vec<Vec<String>>,
) -> Block {
    Block::Table {
        title: title.text(lang).to_string(),
        headers: headers.iter().map(|h| h(lang).to_string()).collect(),
        rows,
    }
}

/// A column header from any message enum.
fn h<T: Text>(msg: T) -> impl Fn(Lang) -> &'static str {
    move |lang| msg.text(lang)
}

fn chart<T: Text>(lang: Lang, title: T, label: String, size: (u32, u32), draw: Draw) -> Block {
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

fn err<E: std::error::Error + Send + Sync>(
    e: plotters::prelude::DrawingAreaErrorKind<E>,
) -> String {
    charts::error_text(&e)
}

/// What the report shows of `sheet`.
fn blocks(sheet: Worksheet, wb: &Workbook, summary: Option<&Summary>, lang: Lang) -> Vec<Block> {
    match sheet {
        Worksheet::CompanyProfile => internal::profile_blocks(wb, lang),
        Worksheet::ProductGaps | Worksheet::ServiceGaps => internal::gap_blocks(sheet, wb, lang),
        Worksheet::Back => internal::back_blocks(wb, lang),
        Worksheet::Swot => internal::swot_blocks(wb, lang),
        Worksheet::SevenS => internal::seven_s_blocks(wb, lang),
        Worksheet::InternalCustomers => internal::internal_customer_blocks(wb, lang),
        Worksheet::Pestle => external::pestle_blocks(wb, lang),
        Worksheet::Stakeholders => external::stakeholder_blocks(wb, lang),
        Worksheet::Competitors => external::competitor_blocks(wb, lang),
        Worksheet::Customers => customers::customer_blocks(wb, lang),
        Worksheet::OblAudit => customers::obl_blocks(wb, lang),
        Worksheet::Segmentation | Worksheet::Loyalty => {
            customers::segmentation_blocks(sheet, wb, summary, lang)
        }
    }
}

/// Escapes text as a CSS string literal, so a title can reach the printed page header
/// (an `@page` margin box, which can only show CSS content) without ever being parsed
/// as anything but text.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Sets (or with `None` removes) the CSS variable the print stylesheet's page header
/// reads, on the root element where `@page` inherits from.
fn set_print_header(value: Option<&str>) {
    let Some(root) = document().document_element() else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let style = root.style();
    let _ = match value {
        Some(v) => style.set_property("--report-header", &css_string(v)),
        None => style.remove_property("--report-header").map(|_| ()),
    };
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let date = crate::clock::today();
    let header = {
        let date = date.clone();
        Memo::new(move |_| {
            app.workbook
                .with(|wb| t::print_header(&wb.title, &wb.client, &date))
        })
    };
    Effect::new(move |_| set_print_header(Some(&header.get())));
    on_cleanup(|| set_print_header(None));
    let included = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.report.included().collect::<Vec<_>>())
    });
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <article class="report">
            <header class="report-head">
                <h1>{tr(M::Report)}</h1>
                <p class="report-meta">{move || header.get()}</p>
            </header>
            <div class="report-controls">
                <p class="intro">{tr(M::Intro)}</p>
                <button type="button" class="print" on:click=print>{tr(M::Print)}</button>
                <fieldset class="report-choice">
                    <legend>{tr(M::Contents)}</legend>
                    {Worksheet::ALL.map(|sheet| view! { <Choice sheet/> }).into_iter().collect_view()}
                </fieldset>
            </div>
            <Executive/>
            <For each=move || included.get() key=|w| *w let:sheet>
                <Section sheet/>
            </For>
        </article>
    }
}

/// The checkbox that puts a worksheet in the report or takes it out.
#[component]
fn Choice(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    let id = format!("report-include-{}", sheet.slug());
    let checked = Memo::new(move |_| app.workbook.with(|wb| wb.report.includes(sheet)));
    let on_change = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        app.edit(|wb| wb.report.set_included(sheet, on));
    };
    view! {
        <span class="report-choice-item">
            <input type="checkbox" id=id.clone() prop:checked=move || checked.get() on:change=on_change/>
            <label for=id>{move || sheet.label(app.lang.get())}</label>
        </span>
    }
}

#[component]
fn Executive() -> impl IntoView {
    let app = use_app();
    let summary = Memo::new(move |_| {
        app.workbook
            .with(|wb| app.summary.with(|s| ExecutiveSummary::of(wb, s.as_ref())))
    });
    let body = move || {
        let lang = app.lang.get();
        summary.with(|s| {
            let posture = s.posture.map_or_else(|| Msg::PostureUnknown.text(lang).to_string(), |p| p.label(lang).to_string());
            let risks = if s.top_risks.is_empty() {
                view! { <p>{M::NoRisks.text(lang)}</p> }.into_any()
            } else {
                view! { <ol>{s.top_risks.iter().map(|r| view! { <li>{t::risk_line(lang, r)}</li> }).collect_view()}</ol> }.into_any()
            };
            let incomplete = if s.incomplete.is_empty() {
                view! { <p>{M::AllComplete.text(lang)}</p> }.into_any()
            } else {
                view! { <ul class="report-incomplete">{s.incomplete.iter().map(|(w, c)| view! { <li>{t::incomplete_item(lang, *w, *c)}</li> }).collect_view()}</ul> }.into_any()
            };
            view! {
                <dl class="report-figures">
                    <dt>{M::SwotLine.text(lang)}</dt>
                    <dd>{t::swot_totals_line(lang, s)}" — "{posture}</dd>
                    <dt>{M::SevenSLine.text(lang)}</dt>
                    <dd>{t::seven_s_line(lang, s)}</dd>
                    <dt>{M::TopRisks.text(lang)}</dt>
                    <dd>{risks}</dd>
                    <dt>{M::CompetitorLine.text(lang)}</dt>
                    <dd>{t::competitor_line(lang, s)}</dd>
                    <dt>{M::OblLine.text(lang)}</dt>
                    <dd>{t::obl_line(lang, s)}</dd>
                    <dt>{M::RiskLine.text(lang)}</dt>
                    <dd>{t::risk_revenue_line(lang, s)}</dd>
                    <dt>{M::SegmentationLine.text(lang)}</dt>
                    <dd>{t::segmentation_line(lang, s)}</dd>
                    <dt>{M::Incomplete.text(lang)}</dt>
                    <dd>{incomplete}</dd>
                </dl>
            }
        })
    };
    view! {
        <section class="report-section report-executive" aria-labelledby="report-executive">
            <h2 id="report-executive">{tr(M::Executive)}</h2>
            {body}
        </section>
    }
}

/// One worksheet's part of the report.
#[component]
fn Section(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    let id = format!("report-{}", sheet.slug());
    let labelled_by = id.clone();
    let body = move || {
        let lang = app.lang.get();
        let (blocks, done) = app.workbook.with(|wb| {
            app.summary.with(|s| {
                (
                    blocks(sheet, wb, s.as_ref(), lang),
                    completion::of(wb, sheet),
                )
            })
        });
        let completion = format!(
            "{}{}{}",
            Msg::Completion.text(lang),
            crate::i18n::colon(lang),
            crate::i18n::completion_text(lang, done)
        );
        view! {
            <p class="report-completion">{completion}</p>
            {blocks.into_iter().map(|b| render(sheet, lang, b)).collect_view()}
        }
    };
    view! {
        <section class="report-section" aria-labelledby=labelled_by>
            <h2 id=id>{move || sheet.label(app.lang.get())}</h2>
            {body}
        </section>
    }
}

fn render(sheet: Worksheet, lang: Lang, block: Block) -> AnyView {
    match block {
        Block::Figures(pairs) => view! {
            <dl class="report-figures">
                {pairs.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::Table {
            title,
            headers,
            rows,
        } => view! { <ReportTable title headers rows/> }.into_any(),
        Block::Chart {
            title,
            label,
            size,
            draw,
        } => view! {
            <ReportFigure sheet lang title label size draw/>
        }
        .into_any(),
    }
}

/// A table with its CSV download.
#[component]
fn ReportTable(title: String, headers: Vec<String>, rows: Vec<Vec<String>>) -> impl IntoView {
    let app = use_app();
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
    let empty = rows.is_empty();
    view! {
        <div class="report-table">
            <table class="data">
                <caption>{title}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| view! { <tr>{row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
                        .collect_view()}
                </tbody>
            </table>
            {(!empty).then(|| view! { <button type="button" class="csv" aria-label=name on:click=csv>{tr(M::DownloadCsv)}</button> })}
        </div>
    }
}

/// A chart as an SVG image: vector, so it prints sharply at any resolution, and the
/// same drawing the canvas shows. The page re-renders a section when its data changes,
/// so the drawing here holds its data rather than reading signals.
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
