//! What the issue log shows under its rows and prints in the report: how many issues,
//! open and closed, escalated, the satisfied share, how long issues take to close and
//! which has been open longest (on the user's date), issues per customer group, the
//! chart of where the issues stand, and (in the report) the log itself.

use workbook::issues::{group_name, LogScore};
use workbook::{Lang, Workbook};

use crate::i18n::issue_log::{self as t, IssueMsg as I};
use crate::i18n::Text;
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

/// The log's results on `today` (YYYY-MM-DD, the user's date).
pub fn results(wb: &Workbook, lang: Lang, today: &str) -> Vec<Block> {
    let score = LogScore::of(&wb.issues, &wb.customers, today);
    let mut blocks = vec![Block::Figures(vec![
        figure(lang, I::Issues, score.issues.to_string(), "issue-count"),
        figure(lang, I::Open, score.open.to_string(), "issue-open"),
        figure(
            lang,
            I::ClosedCount,
            score.closed.to_string(),
            "issue-closed",
        ),
        figure(
            lang,
            I::Escalations,
            score.escalated.to_string(),
            "issue-escalated",
        ),
        figure(
            lang,
            I::SatisfiedShare,
            t::satisfied(lang, &score),
            "issue-satisfied",
        ),
        figure(
            lang,
            I::DaysToClose,
            t::days(lang, score.mean_days_to_close),
            "issue-close-days",
        ),
        figure(
            lang,
            I::OldestOpen,
            t::oldest(lang, score.oldest_open.as_ref()),
            "issue-oldest",
        ),
    ])];
    if score.issues == 0 {
        blocks.push(Block::Note(I::NoIssues.text(lang).to_string()));
        return blocks;
    }
    let groups = score
        .groups
        .iter()
        .map(|g| {
            vec![
                g.group
                    .clone()
                    .unwrap_or_else(|| I::NoGroup.text(lang).to_string()),
                g.issues.to_string(),
                g.open.to_string(),
            ]
        })
        .collect();
    blocks.push(
        table(
            lang,
            I::ByGroup,
            &[&h(I::Group), &h(I::Count), &h(I::OpenCount)],
            groups,
        )
        .keyed("issue-groups"),
    );
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    blocks.push(chart(
        lang,
        I::Chart,
        label,
        (640, 320),
        Box::new(move |a| charts::issue_stages(a, &score, &text).map_err(err)),
    ));
    blocks.push(Block::ReportOnly(Box::new(log_table(wb, lang, today))));
    blocks
}

/// The log as the team wrote it: every issue with its group, dates, days open, where
/// it stands and the agreed solution.
fn log_table(wb: &Workbook, lang: Lang, today: &str) -> Block {
    let rows = wb
        .issues
        .iter()
        .filter(|i| !i.is_blank())
        .map(|i| {
            vec![
                i.raised.clone(),
                i.group
                    .and_then(|g| group_name(&wb.customers, g))
                    .unwrap_or_default(),
                i.opened.clone(),
                i.closed.clone(),
                i.days_open(today)
                    .map_or_else(String::new, |d| d.to_string()),
                t::stage_text(lang, i.stage()),
                i.solution.clone(),
            ]
        })
        .collect();
    table(
        lang,
        I::Log,
        &[
            &h(I::Raised),
            &h(I::Group),
            &h(I::Opened),
            &h(I::Closed),
            &h(I::DaysOpen),
            &h(I::Where),
            &h(I::Solution),
        ],
        rows,
    )
    .keyed("issue-log")
}
