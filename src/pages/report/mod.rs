//! The workshop report: every chosen worksheet in workshop order with its key figures,
//! tables (each downloadable as CSV) and charts (drawn as SVG so they print sharply at
//! any resolution, each downloadable as PNG or SVG), under an executive summary
//! computed by `workbook::report`. The page only formats; printing is the browser's.
//!
//! Each worksheet's section is its results (`crate::worksheets::results`, the same
//! blocks its page shows), drawn by `worksheets::blocks::report_view` with charts as
//! SVG.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::report::ExecutiveSummary;
use workbook::{completion, Worksheet};

use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{Label, Msg, Text};
use crate::state::{tr, use_app};
use crate::worksheets::blocks::report_view;

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
    // The chosen worksheets the team wrote something on are printed; the others are
    // named once at the end rather than printed as empty tables and charts.
    let included = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.report
                .included()
                .partition::<Vec<_>, _>(|&sheet| workbook::report::covered(wb, sheet))
        })
    });
    let shown = Memo::new(move |_| included.with(|(shown, _)| shown.clone()));
    let not_covered = move || {
        let lang = app.lang.get();
        let names: Vec<&str> =
            included.with(|(_, left)| left.iter().map(|s| s.label(lang)).collect());
        (!names.is_empty()).then(|| {
            view! {
                <section class="report-section report-not-covered" aria-labelledby="report-not-covered">
                    <h2 id="report-not-covered">{tr(M::NotCovered)}</h2>
                    <p>{names.join(crate::i18n::list_separator(lang))}</p>
                </section>
            }
        })
    };
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
            <For each=move || shown.get() key=|w| *w let:sheet>
                <Section sheet/>
            </For>
            {not_covered}
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
                    crate::worksheets::results(sheet, wb, s.as_ref(), lang),
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
            {blocks.into_iter().filter_map(|b| report_view(sheet, lang, b)).collect_view()}
        }
    };
    view! {
        <section class="report-section" aria-labelledby=labelled_by>
            <h2 id=id>{move || sheet.label(app.lang.get())}</h2>
            {body}
        </section>
    }
}
