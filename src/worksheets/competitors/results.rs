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
    .into_iter()
    .chain(written(wb, lang))
    .collect()
}

/// What the team wrote (report only: the page shows it in its fields): each
/// competitor's notes, and the answers to the market questions.
fn written(wb: &Workbook, lang: Lang) -> Vec<Block> {
    use competitors::CompMsg as C;
    let notes: Vec<Vec<String>> = wb
        .competitors
        .list
        .iter()
        .filter(|c| !c.notes.trim().is_empty())
        .map(|c| vec![c.name.clone(), c.notes.clone()])
        .collect();
    let m = &wb.competitors.market;
    let answers: Vec<(String, String)> = [
        (C::CanImprove, &m.can_improve),
        (C::EntryBarriers, &m.entry_barriers),
        (C::Restructuring, &m.entry_by_restructuring),
        (C::ReEntrants, &m.re_entrants),
        (C::Substitutes, &m.substitutes),
    ]
    .into_iter()
    .filter(|(_, a)| !a.trim().is_empty())
    .map(|(q, a)| (q.text(lang).to_string(), a.clone()))
    .collect();
    let mut blocks = Vec::new();
    if !notes.is_empty() {
        blocks.push(Block::ReportOnly(Box::new(table(
            lang,
            C::List,
            &[&h(C::Name), &h(C::Notes)],
            notes,
        ))));
    }
    if !answers.is_empty() {
        blocks.push(Block::ReportOnly(Box::new(table(
            lang,
            C::Market,
            &[&h(M::Question), &h(M::Answer)],
            answers.into_iter().map(|(q, a)| vec![q, a]).collect(),
        ))));
    }
    blocks
}
