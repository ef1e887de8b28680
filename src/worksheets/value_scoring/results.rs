//! What the value scoring shows under its inputs and prints in the report: how many
//! groups are scored, the most valuable, the mean total, the ranking as a table and a
//! chart, and the groups still to score.

use workbook::value_score::ValueRanking;
use workbook::{Lang, Workbook};

use crate::i18n::value_scoring::{self as t, ScoringMsg as V};
use crate::i18n::{Label, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let ranking = ValueRanking::of(&wb.customers, &wb.value_scores);
    let mut blocks = vec![Block::Figures(vec![
        figure(lang, V::Scored, t::scored(lang, &ranking), "value-scored"),
        figure(lang, V::Top, t::top(lang, &ranking), "value-top"),
        figure(
            lang,
            V::MeanTotal,
            crate::i18n::report::one_decimal(ranking.mean_total()),
            "value-mean",
        ),
    ])];
    if ranking.groups() == 0 {
        blocks.push(Block::Note(V::NoGroups.text(lang).to_string()));
        return blocks;
    }
    let points = |p: Option<u8>| p.map_or_else(|| "—".to_string(), |p| p.to_string());
    let rows = ranking
        .ranked
        .iter()
        .map(|r| {
            vec![
                r.rank.to_string(),
                r.name.clone(),
                r.table.label(lang).to_string(),
                points(r.margin),
                points(r.payment),
                points(r.total()),
            ]
        })
        .collect();
    blocks.push(
        table(
            lang,
            V::Ranking,
            &[
                &h(V::Rank),
                &h(V::Group),
                &h(V::Table),
                &h(V::MarginShort),
                &h(V::PaymentShort),
                &h(V::Total),
            ],
            rows,
        )
        .keyed("value-ranking")
        .or_say(V::NoneRanked.text(lang).to_string()),
    );
    blocks.push(Block::List {
        title: V::Unscored.text(lang).to_string(),
        items: ranking.unscored.iter().map(|r| r.name.clone()).collect(),
        key: "value-unscored",
        empty: V::NoneUnscored.text(lang).to_string(),
    });
    let label = t::chart_description(lang, &ranking);
    let text = t::chart_text(lang);
    let height = 120 + 34 * ranking.ranked.len().max(3) as u32;
    blocks.push(chart(
        lang,
        V::Chart,
        label,
        (640, height),
        Box::new(move |a| charts::value_ranking(a, &ranking, &text).map_err(err)),
    ));
    blocks
}
