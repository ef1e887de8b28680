//! The report's external analysis: PESTLE, the stakeholders and the competitor
//! comparison, each as the blocks the page draws.

use std::rc::Rc;

use workbook::external::{Comparison, PestleScore, StakeholderScore};
use workbook::swot::Quadrant;
use workbook::{Lang, Workbook};

use super::{chart, err, h, table, Block};
use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{competitors, pestle, stakeholders, Label, Msg, Text};

/// The PESTLE: the weight per factor, the heaviest items and the bar chart.
pub(super) fn pestle_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = PestleScore::of(&wb.pestle);
    let factors = score
        .factors
        .iter()
        .map(|f| {
            vec![
                f.factor.label(lang).into(),
                pestle::weight(f.opportunity),
                pestle::weight(f.threat),
                pestle::net(f.net()),
            ]
        })
        .collect();
    let items = score
        .heaviest()
        .iter()
        .map(|i| {
            vec![
                i.text.clone(),
                i.factor.label(lang).into(),
                i.direction.label(lang).into(),
                t::one_decimal(Some(i.weight)),
            ]
        })
        .collect();
    let label = pestle::chart_description(lang, &score);
    let text = pestle::chart_text(lang);
    vec![
        table(
            lang,
            M::PestleFactors,
            &[&h(M::Factor), &h(M::Opportunity), &h(M::Threat), &h(M::Net)],
            factors,
        ),
        table(
            lang,
            M::PestleItems,
            &[&h(M::Item), &h(M::Factor), &h(M::Direction), &h(M::Weight)],
            items,
        ),
        chart(
            lang,
            pestle::PestleMsg::Chart,
            label,
            (640, 360),
            Box::new(move |a| charts::pestle_bars(a, &score, &text).map_err(err)),
        ),
    ]
}

/// The stakeholders ranked by priority, with their matrix.
pub(super) fn stakeholder_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = StakeholderScore::of(&wb.stakeholders);
    let figures = vec![(
        M::Fulfilment.text(lang).into(),
        stakeholders::mean(score.mean_fulfilment),
    )];
    let rows = score
        .ranked
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.importance.get().to_string(),
                s.fulfilment.get().to_string(),
                s.priority.to_string(),
                stakeholders::yes_no(s.act_now).text(lang).into(),
            ]
        })
        .collect();
    let label = stakeholders::chart_description(lang, &score);
    let text = stakeholders::chart_text(lang);
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::Stakeholder,
            &[
                &h(M::Stakeholder),
                &h(M::Importance),
                &h(M::Fulfilment),
                &h(Msg::Priority),
                &h(M::ActNow),
            ],
            rows,
        ),
        chart(
            lang,
            stakeholders::StakeholderMsg::Chart,
            label,
            (560, 420),
            Box::new(move |a| charts::stakeholder_matrix(a, &score, &text).map_err(err)),
        ),
    ]
}

/// The competitor comparison: SWOT totals per company, with its bar and radar charts.
pub(super) fn competitor_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
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
