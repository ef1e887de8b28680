//! What the action plan shows under its rows and prints at the end of the report:
//! how many actions, how far along, who owns them, what is overdue, the counts by
//! strategy type and status, and (in the report) the plan itself as a table.

use workbook::action_plan::{PlanScore, Status, TowsKind};
use workbook::{Lang, Workbook};

use crate::i18n::action_plan::{self as t, ActionMsg as A};
use crate::i18n::{Label, Text};
use crate::worksheets::blocks::{figure, h, table, Block};

/// The plan's results on `today` (YYYY-MM-DD, the user's date).
pub fn results(wb: &Workbook, lang: Lang, today: &str) -> Vec<Block> {
    let score = PlanScore::of(&wb.action_plan, &wb.swot, today);
    let mut blocks = vec![Block::Figures(vec![
        figure(lang, A::Actions, score.actions.to_string(), "plan-actions"),
        figure(lang, A::DoneShare, t::done(lang, &score), "plan-done"),
        figure(lang, A::Unowned, score.unowned.to_string(), "plan-unowned"),
    ])];
    if score.actions == 0 {
        // Nothing to count yet: no zero tables, only what is missing.
        blocks.push(Block::Note(A::NoActions.text(lang).to_string()));
        return blocks;
    }
    blocks.push(Block::List {
        title: A::Overdue.text(lang).to_string(),
        items: score
            .overdue
            .iter()
            .map(|(_, text, due)| t::overdue_line(text, due))
            .collect(),
        key: "plan-overdue",
        empty: A::NoneOverdue.text(lang).to_string(),
    });
    if score.gone_items > 0 {
        blocks.push(Block::Note(A::GoneItems.text(lang).to_string()));
    }
    blocks.extend(counts(lang, &score));
    blocks.push(Block::ReportOnly(Box::new(plan_table(wb, lang))));
    blocks
}

/// Actions per strategy type, then per status: two small tables, each with a row
/// for what has none yet only when some action lacks it.
fn counts(lang: Lang, score: &PlanScore) -> [Block; 2] {
    let kinds = count_rows(
        lang,
        &TowsKind::ALL,
        &score.by_kind,
        A::NoKind,
        score.unkinded,
    );
    let statuses = count_rows(
        lang,
        &Status::ALL,
        &score.by_status,
        A::NoStatus,
        score.no_status,
    );
    [
        table(lang, A::ByKind, &[&h(A::Kind), &h(A::Count)], kinds).keyed("plan-kinds"),
        table(lang, A::ByStatus, &[&h(A::Status), &h(A::Count)], statuses).keyed("plan-statuses"),
    ]
}

/// One row per value with its count, then `missing` with the count of actions that
/// have none, when there are any.
fn count_rows<T: Label>(
    lang: Lang,
    values: &[T],
    counts: &[usize],
    missing: A,
    without: usize,
) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = values
        .iter()
        .zip(counts)
        .map(|(v, n)| vec![v.label(lang).to_string(), n.to_string()])
        .collect();
    if without > 0 {
        rows.push(vec![missing.text(lang).to_string(), without.to_string()]);
    }
    rows
}

/// The plan as the team wrote it: every non-blank action with the SWOT items it
/// uses (by their current text), owner, due date and status.
fn plan_table(wb: &Workbook, lang: Lang) -> Block {
    // In board order (strengths and weaknesses before opportunities and threats),
    // whatever order they were ticked in.
    let used = |uses: &[workbook::RowId]| -> Vec<String> {
        wb.swot
            .items()
            .filter(|(_, i)| uses.contains(&i.id))
            .map(|(_, i)| i.text.clone())
            .collect()
    };
    let rows = wb
        .action_plan
        .iter()
        .filter(|a| !a.is_blank())
        .map(|a| {
            let uses = used(&a.uses);
            vec![
                a.kind.map_or("—", |k| k.label(lang)).to_string(),
                a.text.clone(),
                uses.join(crate::i18n::list_separator(lang)),
                a.owner.clone(),
                a.due.clone(),
                a.status.map_or("—", |s| s.label(lang)).to_string(),
            ]
        })
        .collect();
    table(
        lang,
        A::Plan,
        &[
            &h(A::Kind),
            &h(A::Text),
            &h(A::Uses),
            &h(A::Owner),
            &h(A::Due),
            &h(A::Status),
        ],
        rows,
    )
    .keyed("plan-table")
}
