//! What the key-customer value worksheet shows under its inputs and prints in the
//! report: how many classes and targets, how many pay, the value map and its rule,
//! per class what to lead with and what to deliver more cheaply, the targets with
//! their margins, and the targets still lacking a word on how to communicate them.

use workbook::key_value::{Advice, KeyValueScore};
use workbook::{Lang, Workbook};

use crate::i18n::key_value::{self as t, ValueMsg as V};
use crate::i18n::Text;
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = KeyValueScore::of(&wb.key_value);
    let mut blocks = vec![Block::Figures(vec![
        figure(lang, V::ClassCount, score.classes.to_string(), "kv-classes"),
        figure(
            lang,
            V::TargetCount,
            score.targets.to_string(),
            "kv-targets",
        ),
        figure(lang, V::Paying, t::paying(lang, &score), "kv-paying"),
        figure(
            lang,
            V::LeadCount,
            score.by_advice[Advice::LeadWith as usize].to_string(),
            "kv-lead",
        ),
        figure(
            lang,
            V::CheaperCount,
            score.by_advice[Advice::DeliverCheaper as usize].to_string(),
            "kv-cheaper",
        ),
    ])];
    if score.targets == 0 {
        blocks.push(Block::Note(V::NoTargets.text(lang).to_string()));
        return blocks;
    }
    blocks.push(Block::Note(t::rule(lang)));
    blocks.push(class_table(lang, &score));
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    let drawn = score.clone();
    blocks.push(chart(
        lang,
        V::Chart,
        label,
        (600, 480),
        Box::new(move |a| charts::value_map(a, &drawn, &text).map_err(err)),
    ));
    blocks.push(target_table(lang, &score));
    blocks.push(Block::List {
        title: V::Untold.text(lang).to_string(),
        items: score.untold.clone(),
        key: "kv-untold",
        empty: V::NoneUntold.text(lang).to_string(),
    });
    blocks
}

/// Per class: what to lead with and what to deliver more cheaply.
fn class_table(lang: Lang, score: &KeyValueScore) -> Block {
    let rows = score
        .class_lines
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                t::names(lang, &c.lead_with),
                t::names(lang, &c.cheaper),
                c.rated.to_string(),
            ]
        })
        .collect();
    table(
        lang,
        V::ClassTable,
        &[
            &h(V::ClassName),
            &h(V::LeadWith),
            &h(V::Cheaper),
            &h(V::Rated),
        ],
        rows,
    )
    .keyed("kv-by-class")
    .or_say(V::NoClasses.text(lang).to_string())
}

/// Every target with its cost, value, margin, whether it pays, its mean importance,
/// the classes it matters to and (in the report) how to communicate it.
fn target_table(lang: Lang, score: &KeyValueScore) -> Block {
    let score_text =
        |s: Option<workbook::Score>| s.map_or("—".to_string(), |s| s.get().to_string());
    let rows = score
        .lines
        .iter()
        .map(|l| {
            vec![
                if l.name.trim().is_empty() {
                    V::Unnamed.text(lang).to_string()
                } else {
                    l.name.clone()
                },
                score_text(l.cost),
                score_text(l.value),
                t::margin(l.margin),
                t::pays_word(lang, l.margin),
                l.mean_importance
                    .map_or("—".to_string(), |m| format!("{m:.1}")),
                t::names(lang, &l.matters_to),
                l.communicate.clone(),
            ]
        })
        .collect();
    table(
        lang,
        V::TargetTable,
        &[
            &h(V::TargetName),
            &h(V::Cost),
            &h(V::Value),
            &h(V::Margin),
            &h(V::Pays),
            &h(V::MeanImportance),
            &h(V::MattersTo),
            &h(V::Communicate),
        ],
        rows,
    )
    .keyed("kv-targets-table")
}
