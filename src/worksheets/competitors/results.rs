//! What the competitor worksheet prints in the report: the SWOT totals of every
//! company with balances and rank, and the totals and radar charts. (Its page draws
//! the same comparison as a sortable table of its own.)

use std::rc::Rc;

use workbook::external::Comparison;
use workbook::swot::Quadrant;
use workbook::{Lang, Workbook};

use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{competitors, Label, Text};
use crate::worksheets::blocks::{chart, err, h, table, Block};

/// The competitor comparison: SWOT totals per company, with its bar and radar charts.
pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let comparison = Comparison::of(wb, competitors::CompMsg::OurCompany.text(lang));
    let rows = comparison
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![competitors::company_name(lang, r)];
            row.extend(r.totals.iter().map(|v| t::maybe(*v)));
            row.extend([t::signed(r.overall), t::maybe(r.rank)]);
            row
        })
        .collect();
    let totals =
        competitors::chart_description(lang, competitors::CompMsg::ChartTotals, &comparison);
    let radar = competitors::chart_description(lang, competitors::CompMsg::ChartRadar, &comparison);
    let (c1, t1) = (Rc::new(comparison), Rc::new(competitors::chart_text(lang)));
    let (c2, t2) = (c1.clone(), t1.clone());
    let q = |q: Quadrant| move |lang: Lang| q.label(lang);
    vec![
        table(
            lang,
            M::Comparison,
            &[
                &h(M::Company),
                &q(Quadrant::Strengths),
                &q(Quadrant::Weaknesses),
                &q(Quadrant::Opportunities),
                &q(Quadrant::Threats),
                &h(M::Overall),
                &h(M::Rank),
            ],
            rows,
        ),
        chart(
            lang,
            competitors::CompMsg::ChartTotals,
            totals,
            (760, 360),
            Box::new(move |a| charts::competitor_totals(a, &c1, &t1).map_err(err)),
        ),
        chart(
            lang,
            competitors::CompMsg::ChartRadar,
            radar,
            (760, 360),
            Box::new(move |a| charts::competitor_radar(a, &c2, &t2).map_err(err)),
        ),
    ]
}
