//! What the scorecard shows under its indicators and prints in the report: how many
//! are measured, how many reached their target or slipped, the mean progress of the
//! lagging and the leading ones, the scorecard as a table, and the progress chart.

use workbook::scorecard::{parse_figure, IndicatorKind, ScorecardScore};
use workbook::{Lang, Workbook};

use crate::i18n::scorecard::{self as t, CardMsg as C};
use crate::i18n::{Label, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = ScorecardScore::of(&wb.scorecard);
    let mean = |k: IndicatorKind| t::percent(score.mean_progress[k as usize]);
    let mut blocks = vec![Block::Figures(vec![
        figure(
            lang,
            C::Measured,
            t::of(lang, score.measured, score.indicators),
            "card-measured",
        ),
        figure(lang, C::Reached, score.reached.to_string(), "card-reached"),
        figure(
            lang,
            C::Slipping,
            score.slipping.to_string(),
            "card-slipping",
        ),
        figure(
            lang,
            C::LaggingMean,
            mean(IndicatorKind::Lagging),
            "card-lagging",
        ),
        figure(
            lang,
            C::LeadingMean,
            mean(IndicatorKind::Leading),
            "card-leading",
        ),
    ])];
    if score.indicators == 0 {
        blocks.push(Block::Note(C::NoIndicators.text(lang).to_string()));
        return blocks;
    }
    let figure_text = |s: &str| {
        if parse_figure(s).is_some() {
            s.trim().to_string()
        } else {
            "—".to_string()
        }
    };
    let rows = wb
        .scorecard
        .iter()
        .filter(|i| !i.is_blank())
        .map(|i| {
            vec![
                i.name.clone(),
                i.kind
                    .map_or(C::NoKind.text(lang), |k| k.label(lang))
                    .to_string(),
                i.unit.clone(),
                figure_text(&i.baseline),
                figure_text(&i.target),
                figure_text(&i.current),
                t::percent(i.progress()),
            ]
        })
        .collect();
    blocks.push(
        table(
            lang,
            C::Table,
            &[
                &h(C::Name),
                &h(C::Kind),
                &h(C::Unit),
                &h(C::Baseline),
                &h(C::Target),
                &h(C::Current),
                &h(C::Progress),
            ],
            rows,
        )
        .keyed("card-table"),
    );
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    let height = 120 + 34 * score.rows.len().max(3) as u32;
    blocks.push(chart(
        lang,
        C::Chart,
        label,
        (640, height),
        Box::new(move |a| charts::scorecard_progress(a, &score, &text).map_err(err)),
    ));
    blocks
}
