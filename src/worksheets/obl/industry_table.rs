//! The OBL audit's industry comparison: the company and the competitor worksheet's
//! competitors down, the industry criteria across (added, renamed, moved, removed),
//! each cell a labelled rating with its comment.

use leptos::prelude::*;
use workbook::obl::score::RatingGrid;
use workbook::obl::{CompanyRef, Rating};
use workbook::rows;
use workbook::RowId;

use super::company_slug;
use crate::components::fields::TextField;
use crate::components::row_list::RowActions;
use crate::i18n::obl::{self as t, OblMsg};
use crate::i18n::{Label, Text};
use crate::state::{tr, use_app};

/// The industry comparison: companies down, industry criteria across, each cell a
/// labelled choice of rating.
#[component]
pub(super) fn IndustryTable() -> impl IntoView {
    let app = use_app();
    let criteria = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.obl
                .industry_criteria
                .iter()
                .map(|c| c.id)
                .collect::<Vec<_>>()
        })
    });
    let companies = Memo::new(move |_| {
        app.workbook.with(|wb| {
            RatingGrid::industry(wb, "")
                .rows
                .iter()
                .filter_map(|r| r.company)
                .collect::<Vec<_>>()
        })
    });
    let column_name = move |id: RowId| {
        let lang = app.lang.get();
        app.workbook.with(|wb| {
            let n = wb
                .obl
                .industry_criteria
                .iter()
                .position(|c| c.id == id)
                .map_or(0, |p| p + 1);
            let name = rows::find(&wb.obl.industry_criteria, id)
                .map(|c| c.name.as_str())
                .unwrap_or("");
            t::criterion_name(lang, name, n)
        })
    };
    let company_name = move |company: CompanyRef| {
        let own = OblMsg::OwnCompany.text(app.lang.get());
        app.workbook.with(|wb| {
            RatingGrid::industry(wb, own)
                .rows
                .into_iter()
                .find(|r| r.company == Some(company))
                .map(|r| r.name)
                .unwrap_or_default()
        })
    };
    let header = move |id: RowId| {
        let field = format!("obl-ic{id}-name");
        let label = Signal::derive(move || {
            let n = criteria.with(|v| v.iter().position(|x| *x == id).map_or(0, |p| p + 1));
            format!("{} {n}", app.tr(OblMsg::IndustryCriterion))
        });
        let value = Signal::derive(move || {
            app.workbook.with(|wb| {
                rows::find(&wb.obl.industry_criteria, id)
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            })
        });
        let on_input = Callback::new(move |text: String| {
            app.edit(|wb| {
                wb.rename_industry_criterion(id, text);
            })
        });
        let place = move || criteria.with(|v| (v.first() == Some(&id), v.last() == Some(&id)));
        view! {
            <th scope="col">
                <TextField id=field label value on_input/>
                <RowActions
                    name=Signal::derive(move || column_name(id))
                    is_first=Signal::derive(move || place().0)
                    is_last=Signal::derive(move || place().1)
                    shift=Callback::new(move |delta| app.edit(|wb| wb.shift_industry_criterion(id, delta)))
                    remove=Callback::new(move |()| {
                        let (blank, raw, n) = app.workbook.with_untracked(|wb| {
                            let list = &wb.obl.industry_criteria;
                            let raw = rows::find(list, id).map(|c| c.name.clone()).unwrap_or_default();
                            let n = rows::position(list, id).map_or(0, |p| p + 1);
                            (wb.industry_criterion_is_blank(id), raw, n)
                        });
                        let name = move |lang| t::criterion_name(lang, &raw, n);
                        crate::undo::remove(app, blank, name, "", |wb| {
                            wb.remove_industry_criterion(id);
                        });
                    })
                    across=true
                />
            </th>
        }
    };
    let cell = move |company: CompanyRef, criterion: RowId| {
        let slug = company_slug(company);
        let id = format!("obl-{slug}-ic{criterion}");
        let label_id = format!("{id}-label");
        let value = move || {
            app.workbook
                .with(|wb| wb.industry_cell(company, criterion).and_then(|c| c.rating))
        };
        let change = move |ev| {
            let picked = event_target_value(&ev)
                .parse::<usize>()
                .ok()
                .and_then(|i| Rating::ALL.get(i).copied());
            app.edit(|wb| {
                wb.set_industry_rating(company, criterion, picked);
            });
        };
        // Each rating comes with its comment (评价), as on the departments' side.
        let comment = Signal::derive(move || {
            app.workbook.with(|wb| {
                wb.industry_cell(company, criterion)
                    .map(|c| c.comment.clone())
                    .unwrap_or_default()
            })
        });
        let on_comment = Callback::new(move |text: String| {
            app.edit(|wb| {
                wb.set_industry_comment(company, criterion, text);
            })
        });
        let comment_id = format!("{id}-comment");
        view! {
            <td>
                <label id=label_id.clone() for=id.clone() class="obl-cell-label">{move || column_name(criterion)}</label>
                <select
                    id=id
                    aria-labelledby=format!("obl-{slug}-name {label_id}")
                    aria-describedby="obl-scale-industry"
                    on:change=change
                >
                    <option value="" prop:selected=move || value().is_none()>"—"</option>
                    {Rating::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, r)| {
                            let r = *r;
                            view! {
                                <option value=i.to_string() prop:selected=move || value() == Some(r)>
                                    {move || r.label(app.lang.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <TextField
                    id=comment_id
                    label=Signal::derive(move || app.tr(OblMsg::Comment).to_string())
                    value=comment
                    on_input=on_comment
                />
            </td>
        }
    };
    let add = move |_| {
        app.edit(|wb| {
            wb.add_industry_criterion(None, String::new());
        })
    };
    view! {
        <div class="table-scroll">
            <table class="data obl-industry" aria-label=move || app.tr(OblMsg::Industry)>
                <thead>
                    <tr>
                        <th scope="col">{tr(OblMsg::Company)}</th>
                        {move || criteria.get().into_iter().map(header).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let ids = criteria.get();
                        companies
                            .get()
                            .into_iter()
                            .map(|company| {
                                let ids = ids.clone();
                                view! {
                                    <tr>
                                        <th scope="row" id=format!("obl-{}-name", company_slug(company))>
                                            {move || company_name(company)}
                                        </th>
                                        {ids.into_iter().map(|c| cell(company, c)).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <Show when=move || companies.with(|c| c.len() <= 1)>
            <p>{tr(OblMsg::NoCompetitors)}</p>
        </Show>
        <button type="button" class="add" on:click=add>{tr(OblMsg::AddIndustryCriterion)}</button>
    }
}
