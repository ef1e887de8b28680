//! What a gap table (products or services) shows under its rows and prints in the
//! report: the total and mean gap, how many rows are scored and of high priority,
//! the largest gaps, the ranked table (report only) and the ranked-gap chart.

use workbook::internal::GapScore;
use workbook::{Lang, Workbook, Worksheet};

use crate::i18n::gaps::{self as t, GapMsg};
use crate::i18n::report::{self as r, ReportMsg as M};
use crate::i18n::{scored_counts, Label, Msg, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

/// The results of the product gaps or the service gaps (`sheet` says which).
pub fn results(sheet: Worksheet, wb: &Workbook, lang: Lang) -> Vec<Block> {
    let rows = if sheet == Worksheet::ProductGaps {
        &wb.product_gaps
    } else {
        &wb.service_gaps
    };
    let score = GapScore::of(rows);
    let figures = vec![
        figure(lang, GapMsg::TotalGap, r::maybe(score.total), "gap-total"),
        figure(lang, GapMsg::MeanGap, r::one_decimal(score.mean), ""),
        figure(
            lang,
            Msg::Scored,
            scored_counts(lang, score.scored, score.unscored),
            "",
        ),
        figure(
            lang,
            GapMsg::HighPriority,
            score.high_priority.to_string(),
            "gap-high",
        ),
    ];
    let largest = score
        .largest()
        .iter()
        .map(|g| {
            let label = if g.label.is_empty() {
                g.id.to_string()
            } else {
                g.label.clone()
            };
            format!("{} — {label}", g.gap)
        })
        .collect();
    let ranked = score
        .ranked
        .iter()
        .map(|g| {
            vec![
                g.label.clone(),
                g.gap.get().to_string(),
                g.priority.map_or(String::new(), |p| p.label(lang).into()),
            ]
        })
        .collect();
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    vec![
        Block::Figures(figures),
        Block::List {
            title: GapMsg::Largest.text(lang).to_string(),
            items: largest,
            key: "",
            empty: GapMsg::NoneScored.text(lang).to_string(),
        },
        Block::ReportOnly(Box::new(table(
            lang,
            M::Gaps,
            &[&h(M::Item), &h(M::Gap), &h(Msg::Priority)],
            ranked,
        ))),
        chart(
            lang,
            GapMsg::Chart,
            label,
            (620, 340),
            Box::new(move |a| charts::gap_bars(a, &score, &text).map_err(err)),
        ),
    ]
}
