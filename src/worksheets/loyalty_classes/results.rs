//! What the loyalty classes and relationships worksheet shows under its inputs and
//! prints in the report: how many groups are placed, the long-term share and the
//! customers who may leave, the groups and action of each class, the classes still
//! without an action, and the relationship continuum as a chart and a table.

use workbook::loyalty_classes::LoyaltyClassesScore;
use workbook::{Lang, Workbook};

use crate::i18n::loyalty_classes::{self as t, LoyaltyClassMsg as L};
use crate::i18n::{Label, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = LoyaltyClassesScore::of(&wb.loyalty_classes);
    let mut blocks = vec![Block::Figures(vec![
        figure(lang, L::GroupCount, score.groups.to_string(), "lc-groups"),
        figure(lang, L::PlacedCount, score.placed.to_string(), "lc-placed"),
        figure(
            lang,
            L::LongTerm,
            t::share(score.long_term_share),
            "lc-long-term",
        ),
        figure(
            lang,
            L::MayLeave,
            score.may_leave.to_string(),
            "lc-may-leave",
        ),
        figure(lang, L::Moves, t::moves(&score), "lc-moves"),
        figure(lang, L::MeanMove, t::mean_move(&score), "lc-mean"),
    ])];
    if score.groups == 0 {
        blocks.push(Block::Note(L::NoGroups.text(lang).to_string()));
        return blocks;
    }
    blocks.push(class_table(wb, lang, &score));
    blocks.push(Block::List {
        title: L::NoAction.text(lang).to_string(),
        items: score
            .no_action
            .iter()
            .map(|c| c.label(lang).to_string())
            .collect(),
        key: "lc-no-action",
        empty: L::AllActed.text(lang).to_string(),
    });
    blocks.push(Block::Note(t::scale(lang)));
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    let rows = score.positions.len().max(1) as u32;
    let drawn = score.clone();
    blocks.push(chart(
        lang,
        L::Continuum,
        label,
        (600, 110 + 34 * rows),
        Box::new(move |a| charts::relationship_continuum(a, &drawn, &text).map_err(err)),
    ));
    blocks.push(continuum_table(lang, &score));
    blocks
}

/// Per class: the groups placed in it, their customers and the team's action.
fn class_table(wb: &Workbook, lang: Lang, score: &LoyaltyClassesScore) -> Block {
    let rows = score
        .classes
        .iter()
        .map(|c| {
            vec![
                c.class.label(lang).to_string(),
                t::names(lang, &c.groups),
                c.customers.to_string(),
                wb.loyalty_classes.action(c.class).to_string(),
            ]
        })
        .collect();
    table(
        lang,
        L::ClassTable,
        &[
            &h(L::ClassCol),
            &h(L::GroupsCol),
            &h(L::Customers),
            &h(L::ActionFor),
        ],
        rows,
    )
    .keyed("lc-classes")
}

/// Every group on the continuum: today, target (each with its stage) and the change.
fn continuum_table(lang: Lang, score: &LoyaltyClassesScore) -> Block {
    let rows = score
        .positions
        .iter()
        .map(|p| {
            vec![
                if p.name.trim().is_empty() {
                    L::Unnamed.text(lang).to_string()
                } else {
                    p.name.clone()
                },
                t::position(lang, p.today),
                t::position(lang, p.target),
                t::change(p),
            ]
        })
        .collect();
    table(
        lang,
        L::ContinuumTable,
        &[
            &h(L::GroupRow),
            &h(L::TodayMarker),
            &h(L::TargetMarker),
            &h(L::Change),
        ],
        rows,
    )
    .keyed("lc-continuum")
    .or_say(L::NoPositions.text(lang).to_string())
}
