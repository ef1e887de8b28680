//! What the value scoring shows under its inputs and prints in the report: how many
//! groups are scored, the most valuable, the mean total, the ranking as a table and a
//! chart, and the groups still to score; then, when the imported customer data has
//! a payment record, the same scoring of every imported customer (counts, mean, the
//! most valuable, the spread of their totals).

use workbook::segmentation::ValueSummary;
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
    } else {
        group_blocks(lang, ranking, &mut blocks);
    }
    if let Some(value) = wb
        .customer_data
        .as_ref()
        .and_then(|d| d.summary.value.as_ref())
    {
        row_blocks(lang, value, &mut blocks);
    }
    blocks
}

/// The ranking of the customer-table groups.
fn group_blocks(lang: Lang, ranking: ValueRanking, blocks: &mut Vec<Block>) {
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
}

/// The scoring of the imported customers (`analysis::value`).
fn row_blocks(lang: Lang, value: &ValueSummary, blocks: &mut Vec<Block>) {
    let best = value.top.first().map_or_else(
        || "—".to_string(),
        |b| crate::i18n::with_note(lang, &b.customer, &b.total().to_string()),
    );
    blocks.push(Block::Figures(vec![
        figure(
            lang,
            V::RowsScored,
            t::rows_scored(lang, value.scored, value.unscored),
            "value-rows-scored",
        ),
        figure(lang, V::RowsTop, best, "value-rows-top"),
        figure(
            lang,
            V::MeanTotal,
            crate::i18n::report::one_decimal(value.mean_total),
            "value-rows-mean",
        ),
    ]));
    let rows = value
        .top
        .iter()
        .enumerate()
        .map(|(i, c)| {
            vec![
                (i + 1).to_string(),
                c.customer.clone(),
                c.margin.to_string(),
                c.payment.to_string(),
                c.total().to_string(),
            ]
        })
        .collect();
    blocks.push(
        table(
            lang,
            V::RowsTop,
            &[
                &h(V::Rank),
                &h(V::Customer),
                &h(V::MarginShort),
                &h(V::PaymentShort),
                &h(V::Total),
            ],
            rows,
        )
        .keyed("value-rows-ranking")
        .or_say(V::BandsNoData.text(lang).to_string()),
    );
    let bands = value.bands.clone();
    let label = t::bands_description(lang, &bands);
    let text = t::bands_text(lang);
    blocks.push(chart(
        lang,
        V::BandsChart,
        label,
        (640, 300),
        Box::new(move |a| charts::value_bands(a, &bands, &text).map_err(err)),
    ));
}
