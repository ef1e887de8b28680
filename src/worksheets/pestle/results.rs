//! What the PESTLE shows under its six factors and prints in the report: the
//! opportunity and threat weight per factor and the net, how many items are scored,
//! the heaviest items (as a list on the page, as a table in the report), and the
//! per-factor bar chart.

use workbook::external::PestleScore;
use workbook::{Lang, Workbook};

use crate::i18n::pestle::{self as t, PestleMsg as P};
use crate::i18n::report::{self as r, ReportMsg as M};
use crate::i18n::{scored_counts, Label, Msg, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = PestleScore::of(&wb.pestle);
    let factors = score
        .factors
        .iter()
        .map(|f| {
            vec![
                f.factor.label(lang).into(),
                t::weight(f.opportunity),
                t::weight(f.threat),
                t::net(f.net()),
            ]
        })
        .collect();
    let heaviest = score.heaviest();
    let lines = heaviest.iter().map(|w| t::heaviest_line(lang, w)).collect();
    let items = heaviest
        .iter()
        .map(|i| {
            vec![
                i.text.clone(),
                i.factor.label(lang).into(),
                i.direction.label(lang).into(),
                r::one_decimal(Some(i.weight)),
            ]
        })
        .collect();
    let counts = scored_counts(lang, score.scored(), score.unscored);
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    vec![
        table(
            lang,
            P::Weights,
            &[
                &h(P::Factor),
                &h(P::Opportunities),
                &h(P::Threats),
                &h(P::Net),
            ],
            factors,
        ),
        Block::Figures(vec![figure(lang, Msg::Scored, counts, "pestle-counts")]),
        Block::PageOnly(Box::new(Block::List {
            title: P::Heaviest.text(lang).to_string(),
            items: lines,
            key: "pestle-heaviest",
            empty: P::NoneWeighed.text(lang).to_string(),
        })),
        Block::ReportOnly(Box::new(table(
            lang,
            M::PestleItems,
            &[&h(M::Item), &h(M::Factor), &h(M::Direction), &h(M::Weight)],
            items,
        ))),
        chart(
            lang,
            P::Chart,
            label,
            (640, 340),
            Box::new(move |a| charts::pestle_bars(a, &score, &text).map_err(err)),
        ),
    ]
}
