//! The OBL audit worksheet: departments and their criteria rated E / S / N with a
//! comment, the company and its competitors rated on the industry criteria, and the
//! indexes, ranks and charts, all derived from the workbook through `OblScore`.
//!
//! `results.rs` holds what the report prints of it.

pub mod guide;
mod industry_table;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::obl::score::RatingGrid;
use workbook::obl::{CompanyRef, DepartmentCriterion, GridScore, OblScore, Rating};
use workbook::rows::{self, Row};
use workbook::{RowId, Worksheet};

use crate::components::chart::{Chart, Draw};
use crate::components::fields::{msg, TextField};
use crate::components::guidance::Guidance;
use crate::components::guidance::ScaleHint;
use crate::components::row_list::RowActions;
use crate::i18n::guidance::{GuideMsg, Scale};
use crate::i18n::obl::{self as t, OblMsg};
use crate::i18n::{Label, Msg, Text};
use crate::state::{tr, use_app};

/// The scores of the whole audit, the company's row named in the current language.
fn score_memo() -> Memo<OblScore> {
    let app = use_app();
    Memo::new(move |_| {
        let own = OblMsg::OwnCompany.text(app.lang.get());
        app.workbook.with(|wb| OblScore::of(wb, own))
    })
}

/// A company's part of DOM ids.
fn company_slug(company: CompanyRef) -> String {
    match company {
        CompanyRef::Own => "own".to_string(),
        CompanyRef::Competitor(id) => format!("c{id}"),
    }
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let score = score_memo();
    let departments = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.obl.departments.iter().map(|d| d.id).collect::<Vec<_>>())
    });
    let add_department = move |_| {
        app.edit(|wb| {
            wb.add_department(None, String::new());
        })
    };
    view! {
        <h1>{move || Worksheet::OblAudit.label(app.lang.get())}</h1>
        <p class="intro">{tr(OblMsg::Intro)}</p>
        <Guidance sheet=Worksheet::OblAudit/>
        <h2>{tr(OblMsg::Internal)}</h2>
        <p>{tr(OblMsg::InternalIntro)}</p>
        <p class="scale-line">
            {tr(GuideMsg::ScaleOf)} {tr(Msg::Colon)}
            <ScaleHint id="obl-scale-internal".to_string() scale=Scale::Obl/>
        </p>
        <div class="obl-departments">
            <For each=move || departments.get() key=|id| *id let:id>
                <DepartmentSection id departments score/>
            </For>
        </div>
        <button type="button" class="add" on:click=add_department>{tr(OblMsg::AddDepartment)}</button>
        <ScoreTable
            score=Signal::derive(move || score.with(|s| table_rows(&s.internal)))
            overall=Signal::derive(move || score.with(|s| s.internal.overall_index))
            title=OblMsg::DepartmentScores
            first=OblMsg::Department
            slug="obl-department-scores"
        />
        <div class="charts">
            {heat_map()}
            {bars(OblMsg::ChartDepartments, score)}
        </div>
        <h2>{tr(OblMsg::Industry)}</h2>
        <p>{tr(OblMsg::IndustryIntro)}</p>
        <p class="scale-line">
            {tr(GuideMsg::ScaleOf)} {tr(Msg::Colon)}
            <ScaleHint id="obl-scale-industry".to_string() scale=Scale::Obl/>
        </p>
        <industry_table::IndustryTable/>
        <ScoreTable
            score=Signal::derive(move || score.with(|s| table_rows(&s.industry)))
            overall=Signal::derive(move || score.with(|s| s.industry.overall_index))
            title=OblMsg::CompanyScores
            first=OblMsg::Company
            slug="obl-company-scores"
        />
        <div class="charts obl-company-chart">
            {bars(OblMsg::ChartCompanies, score)}
            <section class="obl-full-names" aria-labelledby="obl-full-names">
                <h3 id="obl-full-names">{tr(OblMsg::CompaniesInFull)}</h3>
                <ol>
                    {move || score.with(|s| {
                        s.industry
                            .ranked()
                            .map(|r| view! { <li>{format!("{} — {}", r.name, t::index(r.index))}</li> })
                            .collect_view()
                    })}
                </ol>
            </section>
        </div>
    }
}

/// The drawing size of the internal heat map: room in each cell for its criterion's
/// name on a few lines under the letter.
pub(super) const HEAT_MAP: (u32, u32) = (760, 480);

/// The internal heat map: departments × their criteria.
fn heat_map() -> impl IntoView {
    let app = use_app();
    let grid = Memo::new(move |_| app.workbook.with(|wb| RatingGrid::internal(&wb.obl)));
    let draw: Draw = Box::new(move |area| {
        let text = t::chart_text(app.lang.get());
        grid.with(|g| charts::obl_heat_map(area, g, &text))
            .map_err(|e| charts::error_text(&e))
    });
    view! {
        <Chart
            draw
            title=msg(OblMsg::ChartHeatMap)
            label=Signal::derive(move || grid.with(|g| t::heat_map_description(app.lang.get(), g)))
            width=HEAT_MAP.0
            height=HEAT_MAP.1
        />
    }
}

/// The index bars of the departments or of the companies.
fn bars(title: OblMsg, score: Memo<OblScore>) -> impl IntoView {
    let app = use_app();
    let draw: Draw = Box::new(move |area| {
        let text = t::chart_text(app.lang.get());
        score
            .with(|s| match title {
                OblMsg::ChartCompanies => charts::obl_company_bars(area, &s.industry, &text),
                _ => charts::obl_department_bars(area, &s.internal, &text),
            })
            .map_err(|e| charts::error_text(&e))
    });
    view! {
        <Chart
            draw
            title=msg(title)
            label=Signal::derive(move || {
                let lang = app.lang.get();
                score.with(|s| match title {
                    OblMsg::ChartCompanies => t::bars_description(lang, title, &s.industry),
                    _ => t::bars_description(lang, title, &s.internal),
                })
            })
            width=460
            height=320
        />
    }
}

/// One department: its name, moves, figures and criteria.
#[component]
fn DepartmentSection(
    id: RowId,
    departments: Memo<Vec<RowId>>,
    score: Memo<OblScore>,
) -> impl IntoView {
    let app = use_app();
    let number = Memo::new(move |_| {
        departments.with(|v| v.iter().position(|x| *x == id).map_or(0, |p| p + 1))
    });
    let raw_name = Memo::new(move |_| {
        app.workbook.with(|wb| {
            rows::find(&wb.obl.departments, id)
                .map(|d| d.name.clone())
                .unwrap_or_default()
        })
    });
    let name =
        Signal::derive(move || t::department_name(app.lang.get(), &raw_name.get(), number.get()));
    let criteria = Memo::new(move |_| {
        app.workbook.with(|wb| {
            rows::find(&wb.obl.departments, id)
                .map(|d| d.criteria.iter().map(|c| c.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let on_name = Callback::new(move |text: String| {
        app.edit(|wb| {
            wb.rename_department(id, text);
        })
    });
    let add_criterion = move |_| {
        app.edit(|wb| {
            wb.add_department_criterion(id, None, String::new());
        })
    };
    let line = move || {
        let lang = app.lang.get();
        score.with(|s| {
            s.internal
                .rows
                .iter()
                .find(|r| r.key == id)
                .map(|r| t::department_line(lang, r))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="obl-department" aria-label=move || name.get()>
            <div class="obl-department-head">
                <h3>
                    <TextField
                        id=format!("obl-d{id}-name")
                        label=msg(OblMsg::DepartmentName)
                        value=Signal::derive(move || raw_name.get())
                        on_input=on_name
                    />
                </h3>
                <RowActions
                    name
                    is_first=Signal::derive(move || number.get() <= 1)
                    is_last=Signal::derive(move || departments.with(|v| number.get() >= v.len()))
                    shift=Callback::new(move |delta| app.edit(|wb| wb.shift_department(id, delta)))
                    remove=Callback::new(move |()| {
                        let raw = raw_name.get_untracked();
                        let number = number.get_untracked();
                        let blank = app.workbook.with_untracked(|wb| {
                            rows::find(&wb.obl.departments, id).is_none_or(Row::is_blank)
                        });
                        let name = move |lang| t::department_name(lang, &raw, number);
                        crate::undo::remove(app, blank, name, "", |wb| {
                            wb.remove_department(id);
                        });
                    })
                />
            </div>
            <p class="obl-department-score">{line}</p>
            <ol class="rows">
                <For each=move || criteria.get() key=|c| *c let:criterion>
                    <CriterionRow department=id criterion criteria/>
                </For>
            </ol>
            <button
                type="button"
                class="add"
                aria-label=move || format!("{} — {}", app.tr(OblMsg::AddCriterion), name.get())
                on:click=add_criterion
            >
                {tr(OblMsg::AddCriterion)}
            </button>
        </section>
    }
}

/// One criterion of a department: its name, its rating as radio buttons in a fieldset
/// named after it, and its comment.
#[component]
fn CriterionRow(department: RowId, criterion: RowId, criteria: Memo<Vec<RowId>>) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| {
        app.workbook.with(|wb| {
            rows::find(&wb.obl.departments, department)
                .and_then(|d| rows::find(&d.criteria, criterion))
                .cloned()
        })
    });
    let read = move |f: fn(&DepartmentCriterion) -> String| {
        row.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    let number = Memo::new(move |_| {
        criteria.with(|v| v.iter().position(|x| *x == criterion).map_or(0, |p| p + 1))
    });
    let name = Signal::derive(move || {
        t::criterion_name(app.lang.get(), &read(|c| c.name.clone()), number.get())
    });
    let rating = Memo::new(move |_| row.with(|r| r.as_ref().and_then(|c| c.cell.rating)));
    let prefix = format!("obl-d{department}-c{criterion}");
    let group = format!("{prefix}-rating");
    let radio = {
        let prefix = prefix.clone();
        move |value: Option<Rating>| {
            let id = format!(
                "{prefix}-{}",
                match value {
                    Some(Rating::E) => "e",
                    Some(Rating::S) => "s",
                    Some(Rating::N) => "n",
                    None => "none",
                }
            );
            let text = move || match value {
                Some(r) => r.label(app.lang.get()),
                None => app.tr(OblMsg::NotRated),
            };
            // On screen the letter (the scale line above says what each means), to
            // keep a criterion on one line; the whole word names the radio.
            let letter = move || match value {
                Some(r) => t::letter(app.lang.get(), r),
                None => "–",
            };
            view! {
                <span class="radio">
                    <input
                        type="radio"
                        id=id.clone()
                        name=group.clone()
                        prop:checked=move || rating.get() == value
                        on:change=move |_| app.edit(|wb| {
                            wb.set_department_rating(department, criterion, value);
                        })
                    />
                    <label for=id>
                        <span class="rating-letter" aria-hidden="true">{letter}</span>
                        <span class="rating-word">{text}</span>
                    </label>
                </span>
            }
        }
    };
    let on_name = Callback::new(move |text: String| {
        app.edit(|wb| {
            wb.rename_department_criterion(department, criterion, text);
        })
    });
    let on_comment = Callback::new(move |text: String| {
        app.edit(|wb| {
            wb.set_department_comment(department, criterion, text);
        })
    });
    view! {
        <li class="row obl-criterion">
            <div class="row-fields">
                <TextField
                    id=format!("{prefix}-name")
                    label=msg(OblMsg::Criterion)
                    value=Signal::derive(move || read(|c| c.name.clone()))
                    on_input=on_name
                />
                <fieldset class="obl-rating" aria-describedby="obl-scale-internal">
                    <legend>{move || name.get()}</legend>
                    {[Some(Rating::E), Some(Rating::S), Some(Rating::N), None].map(radio).collect_view()}
                </fieldset>
                <TextField
                    id=format!("{prefix}-comment")
                    label=msg(OblMsg::Comment)
                    value=Signal::derive(move || read(|c| c.cell.comment.clone()))
                    on_input=on_comment
                />
            </div>
            <RowActions
                name
                is_first=Signal::derive(move || number.get() <= 1)
                is_last=Signal::derive(move || criteria.with(|v| number.get() >= v.len()))
                shift=Callback::new(move |delta| app.edit(|wb| wb.shift_department_criterion(department, criterion, delta)))
                remove=Callback::new(move |()| {
                    let raw = read(|c| c.name.clone());
                    let number = number.get_untracked();
                    let blank = row.with_untracked(|r| r.as_ref().is_none_or(Row::is_blank));
                    let name = move |lang| t::criterion_name(lang, &raw, number);
                    crate::undo::remove(app, blank, name, "", |wb| {
                        wb.remove_department_criterion(department, criterion);
                    });
                })
            />
        </li>
    }
}

/// One line of a score table: name, E, S, N, unrated, index, rank.
type TableRow = (String, [usize; 4], String, String);

fn table_rows<K>(grid: &GridScore<K>) -> Vec<TableRow> {
    grid.rows
        .iter()
        .map(|r| {
            let c = r.counts;
            (
                r.name.clone(),
                [c.e, c.s, c.n, c.unrated],
                t::index(r.index),
                t::rank(r.rank),
            )
        })
        .collect()
}

/// The figures of one grid from [`OblScore`]: counts, index and rank of every row, and
/// the overall index; "—" while unknown.
#[component]
fn ScoreTable(
    score: Signal<Vec<TableRow>>,
    overall: Signal<Option<f64>>,
    title: OblMsg,
    first: OblMsg,
    slug: &'static str,
) -> impl IntoView {
    view! {
        <section class="summary" aria-labelledby=slug>
            <h3 id=slug>{tr(title)}</h3>
            <table class="data figures" aria-labelledby=slug>
                <thead>
                    <tr>
                        <th scope="col">{tr(first)}</th>
                        <th scope="col">{tr(OblMsg::Excellent)}</th>
                        <th scope="col">{tr(OblMsg::Satisfactory)}</th>
                        <th scope="col">{tr(OblMsg::NotGood)}</th>
                        <th scope="col">{tr(OblMsg::Unrated)}</th>
                        <th scope="col">{tr(OblMsg::Index)}</th>
                        <th scope="col">{tr(OblMsg::Rank)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || score.with(|rows| {
                        rows.iter()
                            .map(|(name, counts, index, rank)| view! {
                                <tr>
                                    <th scope="row">{name.clone()}</th>
                                    {counts.iter().map(|c| view! { <td>{c.to_string()}</td> }).collect_view()}
                                    <td>{index.clone()}</td>
                                    <td>{rank.clone()}</td>
                                </tr>
                            })
                            .collect_view()
                    })}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="5">{tr(OblMsg::OverallIndex)}</th>
                        <td colspan="2">{move || t::index(overall.get())}</td>
                    </tr>
                </tfoot>
            </table>
        </section>
    }
}
