//! What the SWOT shows under its board and prints in the report: the balances and
//! the strategic posture, the totals per quadrant, every item (report only: the
//! board shows them on the page), and the totals and posture charts.

use std::rc::Rc;

use workbook::swot::{Quadrant, SwotScore};
use workbook::{Lang, Workbook};

use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{
    swot_chart_text, swot_posture_description, swot_totals_description, Label, Msg, Text,
};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = wb.swot.score();
    // One row per item for the CSV download.
    let items = wb
        .swot
        .items()
        .filter(|(_, i)| !i.is_blank())
        .map(|(q, i)| {
            vec![
                q.label(lang).into(),
                i.text.clone(),
                t::maybe(i.score.map(|s| s.get())),
            ]
        })
        .collect();
    // The board as the team wrote it, each item with its score.
    let cells = Quadrant::ALL
        .iter()
        .map(|&q| {
            let items = wb
                .swot
                .quadrant(q)
                .iter()
                .filter(|i| !i.is_blank())
                .map(|i| match i.score {
                    Some(score) => crate::i18n::with_note(lang, &i.text, &score.get().to_string()),
                    None => i.text.clone(),
                })
                .collect();
            (q.label(lang).to_string(), items)
        })
        .collect();
    let (totals_label, posture_label) = (
        swot_totals_description(lang, &score),
        swot_posture_description(lang, &score),
    );
    let mut blocks = score_blocks(&score, lang);
    let (s1, t1) = (Rc::new(score), Rc::new(swot_chart_text(lang)));
    let (s2, t2) = (s1.clone(), t1.clone());
    blocks.extend([
        Block::ReportOnly(Box::new(Block::Quadrants {
            title: M::SwotItems.text(lang).to_string(),
            cells,
            csv: (
                [
                    Msg::Quadrant.text(lang),
                    M::Item.text(lang),
                    Msg::Score.text(lang),
                ]
                .map(String::from)
                .to_vec(),
                items,
            ),
        })),
        chart(
            lang,
            Msg::ChartTotals,
            totals_label,
            (520, 320),
            Box::new(move |a| charts::swot_totals(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            Msg::ChartPosture,
            posture_label,
            (520, 320),
            Box::new(move |a| charts::swot_posture(a, &s2, &t2).map_err(err)),
        ),
    ]);
    blocks
}

/// A SWOT's scores, the company's or a competitor's: the balances and the posture,
/// and the totals per quadrant.
pub fn score_blocks(score: &SwotScore, lang: Lang) -> Vec<Block> {
    let posture = score.posture().map_or_else(
        || Msg::PostureUnknown.text(lang).to_string(),
        |p| p.label(lang).to_string(),
    );
    // A balance with nothing scored on its side is 0 − 0, not a finding: the figure
    // says so instead (the domain's `*_finding` rules).
    let balance = |b: Option<i64>| {
        b.map_or_else(
            || Msg::NotEnoughData.text(lang).to_string(),
            |b| t::signed(Some(b)),
        )
    };
    let figures = vec![
        figure(
            lang,
            Msg::InternalBalance,
            balance(score.internal_finding()),
            "internal-balance",
        ),
        figure(
            lang,
            Msg::ExternalBalance,
            balance(score.external_finding()),
            "external-balance",
        ),
        figure(lang, Msg::Posture, posture, "posture"),
    ];
    let totals = Quadrant::ALL
        .iter()
        .map(|&q| {
            let s = score.get(q);
            vec![
                q.label(lang).into(),
                t::maybe(s.known_total()),
                t::one_decimal(s.mean()),
                s.scored.to_string(),
                s.unscored.to_string(),
            ]
        })
        .collect();
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::SwotLine,
            &[
                &h(Msg::Quadrant),
                &h(Msg::Total),
                &h(Msg::Mean),
                &h(Msg::Scored),
                &h(Msg::Unscored),
            ],
            totals,
        ),
    ]
}
