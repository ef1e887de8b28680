//! Scoring of the product and the service gap tables: totals, the mean gap, the ranking
//! of gaps and the largest ones.

use crate::ids::RowId;
use crate::order;
use crate::score::Score;

use super::{mean, GapRow, Priority, TOP};

/// One scored row of a gap table, as ranked for the summary and the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedGap {
    pub id: RowId,
    pub gap: Score,
    pub priority: Option<Priority>,
    /// [`GapRow::label`], copied so the chart can name the bar without the table.
    pub label: String,
}

/// The scores of one gap table (product or service). Blank rows are ignored; a row
/// listed without a gap score is counted as unscored, never as a gap of zero.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GapScore {
    /// Sum of the scored gaps. `None` while rows are listed but none is scored (the
    /// total is unknown); an empty table genuinely totals zero, as a SWOT quadrant does.
    pub total: Option<u32>,
    /// Mean over the scored rows only; `None` when no row is scored.
    pub mean: Option<f64>,
    pub scored: usize,
    /// Rows with content but no gap score yet.
    pub unscored: usize,
    /// Non-blank rows marked high priority, scored or not: priority is a decision of
    /// its own and does not wait for the gap to be scored.
    pub high_priority: usize,
    /// Every scored row, largest gap first; equal gaps keep their table order, so the
    /// ranking only changes when a score or the table's order does.
    pub ranked: Vec<RankedGap>,
}

impl GapScore {
    pub fn of(rows: &[GapRow]) -> GapScore {
        let rows: Vec<&GapRow> = rows.iter().filter(|r| !r.is_blank()).collect();
        let ranked: Vec<RankedGap> = rows
            .iter()
            .filter_map(|r| {
                r.gap.map(|gap| RankedGap {
                    id: r.id,
                    gap,
                    priority: r.priority,
                    label: r.label(),
                })
            })
            .collect();
        // Stable: ties stay in table order.
        let ranked = order::by_number(ranked, order::Direction::Descending, |r| {
            i64::from(r.gap.get())
        });
        let scored = ranked.len();
        let unscored = rows.len() - scored;
        let sum = ranked.iter().map(|r| u32::from(r.gap.get())).sum();
        GapScore {
            total: (scored > 0 || unscored == 0).then_some(sum),
            mean: mean(ranked.iter().map(|r| r.gap)),
            scored,
            unscored,
            high_priority: rows
                .iter()
                .filter(|r| r.priority == Some(Priority::High))
                .count(),
            ranked,
        }
    }

    /// The [`TOP`] largest gaps (fewer when fewer are scored), ties in table order.
    pub fn largest(&self) -> &[RankedGap] {
        &self.ranked[..self.ranked.len().min(TOP)]
    }

    /// True when the table lists nothing at all.
    pub fn is_empty(&self) -> bool {
        self.scored + self.unscored == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Priority::{High as H, Low as L, Medium as M};

    /// A table from (text, gap, priority) rows; gap 0 stands for "unscored", and a row
    /// with empty text, gap 0 and no priority is blank.
    fn table(rows: &[(&str, u8, Option<Priority>)]) -> Vec<GapRow> {
        rows.iter()
            .enumerate()
            .map(|(i, &(text, gap, priority))| GapRow {
                id: RowId(i as u64 + 1),
                offered: text.to_string(),
                needed: String::new(),
                gap: Score::new(gap).ok(),
                priority,
            })
            .collect()
    }

    #[test]
    fn gap_scores() {
        type Rows<'a> = &'a [(&'a str, u8, Option<Priority>)];
        struct Case<'a> {
            name: &'a str,
            rows: Rows<'a>,
            total: Option<u32>,
            mean: Option<f64>,
            scored: usize,
            unscored: usize,
            high: usize,
            /// Row ids, largest gap first.
            ranked: &'a [u64],
        }
        let cases = [
            Case {
                name: "empty",
                rows: &[],
                total: Some(0),
                mean: None,
                scored: 0,
                unscored: 0,
                high: 0,
                ranked: &[],
            },
            Case {
                name: "blank rows are ignored",
                rows: &[("", 0, None), ("   ", 0, None)],
                total: Some(0),
                mean: None,
                scored: 0,
                unscored: 0,
                high: 0,
                ranked: &[],
            },
            Case {
                name: "listed but unscored: total unknown, not zero",
                rows: &[("a", 0, Some(H)), ("b", 0, None)],
                total: None,
                mean: None,
                scored: 0,
                unscored: 2,
                high: 1,
                ranked: &[],
            },
            Case {
                name: "a priority alone makes a row",
                rows: &[("", 0, Some(L))],
                total: None,
                mean: None,
                scored: 0,
                unscored: 1,
                high: 0,
                ranked: &[],
            },
            Case {
                name: "partly scored: mean over the scored rows only",
                rows: &[("a", 7, Some(H)), ("b", 0, Some(H)), ("c", 4, Some(L))],
                total: Some(11),
                mean: Some(5.5),
                scored: 2,
                unscored: 1,
                high: 2,
                ranked: &[1, 3],
            },
            Case {
                name: "ranked largest first",
                rows: &[
                    ("a", 3, Some(M)),
                    ("b", 9, None),
                    ("", 0, None),
                    ("d", 1, Some(L)),
                    ("e", 6, Some(H)),
                ],
                total: Some(19),
                mean: Some(4.75),
                scored: 4,
                unscored: 0,
                high: 1,
                ranked: &[2, 5, 1, 4],
            },
            Case {
                name: "ties keep table order",
                rows: &[
                    ("a", 5, None),
                    ("b", 8, None),
                    ("c", 5, None),
                    ("d", 8, None),
                    ("e", 5, None),
                ],
                total: Some(31),
                mean: Some(6.2),
                scored: 5,
                unscored: 0,
                high: 0,
                ranked: &[2, 4, 1, 3, 5],
            },
            Case {
                name: "a score without text counts",
                rows: &[("", 10, None)],
                total: Some(10),
                mean: Some(10.0),
                scored: 1,
                unscored: 0,
                high: 0,
                ranked: &[1],
            },
        ];
        for case in &cases {
            let name = case.name;
            let score = GapScore::of(&table(case.rows));
            assert_eq!(score.total, case.total, "{name}: total");
            assert_eq!(score.mean, case.mean, "{name}: mean");
            assert_eq!(score.scored, case.scored, "{name}: scored");
            assert_eq!(score.unscored, case.unscored, "{name}: unscored");
            assert_eq!(score.high_priority, case.high, "{name}: high priority");
            let ids: Vec<u64> = score.ranked.iter().map(|r| r.id.0).collect();
            assert_eq!(ids, case.ranked, "{name}: ranked");
            // The largest gaps are the head of the ranking.
            let top: Vec<u64> = score.largest().iter().map(|r| r.id.0).collect();
            assert_eq!(top, ids[..ids.len().min(TOP)], "{name}: largest");
            assert!(
                score.ranked.windows(2).all(|w| w[0].gap >= w[1].gap),
                "{name}: not descending"
            );
            assert_eq!(score.is_empty(), case.scored + case.unscored == 0, "{name}");
        }
    }

    #[test]
    fn ranked_rows_carry_their_gap_priority_and_label() {
        let rows = vec![
            GapRow {
                id: RowId(7),
                offered: " Printed handbooks ".into(),
                needed: "Online micro-lessons".into(),
                gap: Score::new(4).ok(),
                priority: Some(L),
            },
            GapRow {
                id: RowId(8),
                offered: String::new(),
                needed: "Follow-up coaching".into(),
                gap: Score::new(9).ok(),
                priority: None,
            },
        ];
        let score = GapScore::of(&rows);
        assert_eq!(
            score.ranked,
            [
                RankedGap {
                    id: RowId(8),
                    gap: Score::new(9).unwrap(),
                    priority: None,
                    label: "Follow-up coaching".into(),
                },
                RankedGap {
                    id: RowId(7),
                    gap: Score::new(4).unwrap(),
                    priority: Some(L),
                    label: "Printed handbooks → Online micro-lessons".into(),
                },
            ]
        );
    }

    #[test]
    fn labels_name_whichever_side_is_filled() {
        let cases = [
            ("a", "b", "a → b"),
            ("  a ", "", "a"),
            ("", " b", "b"),
            ("", "", ""),
        ];
        for (offered, needed, want) in cases {
            let row = GapRow {
                id: RowId(1),
                offered: offered.into(),
                needed: needed.into(),
                gap: None,
                priority: None,
            };
            assert_eq!(row.label(), want, "{offered:?} {needed:?}");
        }
    }
}
