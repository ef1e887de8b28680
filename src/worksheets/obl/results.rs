//! What the OBL audit prints in the report: the department and company indices,
//! the heat map and both bar charts. (Its page draws the same scores in tables of
//! its own beside the rating grids.)

use std::rc::Rc;

use workbook::obl::score::RatingGrid;
use workbook::obl::OblScore;
use workbook::{Lang, Workbook};

use crate::i18n::report::ReportMsg as M;
use crate::i18n::{obl, Label, Text};
use crate::worksheets::blocks::{chart, err, h, table, Block};

/// The OBL audit: the department and company indices, the heat map and both bar charts.
pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = OblScore::of(wb, obl::OblMsg::OwnCompany.text(lang));
    let grid = RatingGrid::internal(&wb.obl);
    let index_rows = |rows: Vec<(
        String,
        &workbook::obl::RatingCounts,
        Option<f64>,
        Option<usize>,
    )>| {
        rows.into_iter()
            .map(|(name, c, index, rank)| {
                vec![
                    name,
                    c.e.to_string(),
                    c.s.to_string(),
                    c.n.to_string(),
                    obl::index(index),
                    obl::rank(rank),
                ]
            })
            .collect::<Vec<_>>()
    };
    let departments = index_rows(
        score
            .internal
            .rows
            .iter()
            .map(|r| (r.name.clone(), &r.counts, r.index, r.rank))
            .collect(),
    );
    let companies = index_rows(
        score
            .industry
            .rows
            .iter()
            .map(|r| (r.name.clone(), &r.counts, r.index, r.rank))
            .collect(),
    );
    let heat = obl::heat_map_description(lang, &grid);
    let dept_label = obl::bars_description(lang, obl::OblMsg::ChartDepartments, &score.internal);
    let comp_label = obl::bars_description(lang, obl::OblMsg::ChartCompanies, &score.industry);
    let text = Rc::new(obl::chart_text(lang));
    let (t1, t2, t3) = (text.clone(), text.clone(), text);
    let s1 = Rc::new(score);
    let s3 = s1.clone();
    let cols: [&dyn Fn(Lang) -> &'static str; 6] = [
        &h(M::Department),
        &h(M::Excellent),
        &h(M::Satisfactory),
        &h(M::NeedsWork),
        &h(M::Index),
        &h(M::Rank),
    ];
    let mut company_cols = cols;
    let company = h(M::Company);
    company_cols[0] = &company;
    vec![
        table(lang, M::Departments, &cols, departments),
        table(lang, M::Companies, &company_cols, companies),
        chart(
            lang,
            obl::OblMsg::ChartHeatMap,
            heat,
            super::HEAT_MAP,
            Box::new(move |a| charts::obl_heat_map(a, &grid, &t1).map_err(err)),
        ),
        chart(
            lang,
            obl::OblMsg::ChartDepartments,
            dept_label,
            (460, 320),
            Box::new(move |a| charts::obl_department_bars(a, &s1.internal, &t2).map_err(err)),
        ),
        chart(
            lang,
            obl::OblMsg::ChartCompanies,
            comp_label,
            (460, 320),
            Box::new(move |a| charts::obl_company_bars(a, &s3.industry, &t3).map_err(err)),
        ),
    ]
    .into_iter()
    .chain(comments(wb, lang))
    .collect()
}

/// Every rated or commented criterion with its rating and the team's comment (report
/// only: the page shows them in its rating grids).
fn comments(wb: &Workbook, lang: Lang) -> Option<Block> {
    let rows: Vec<Vec<String>> = wb
        .obl
        .departments
        .iter()
        .flat_map(|d| d.criteria.iter().map(move |c| (d, c)))
        .filter(|(_, c)| c.cell.rating.is_some() || !c.cell.comment.trim().is_empty())
        .map(|(d, c)| {
            vec![
                d.name.clone(),
                c.name.clone(),
                c.cell
                    .rating
                    .map_or(String::new(), |r| r.label(lang).to_string()),
                c.cell.comment.clone(),
            ]
        })
        .collect();
    (!rows.is_empty()).then(|| {
        Block::ReportOnly(Box::new(table(
            lang,
            obl::OblMsg::Comment,
            &[
                &h(obl::OblMsg::Department),
                &h(obl::OblMsg::Criterion),
                &h(M::Rating),
                &h(obl::OblMsg::Comment),
            ],
            rows,
        )))
    })
}
