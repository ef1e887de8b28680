//! Scoring of the competitor analysis: the comparison table of the company and its
//! competitors (their SWOT totals, balances, overall position and rank), its sorting,
//! and which competitors outscore the company in each quadrant ("can we improve?").
//!
//! Every row is scored by [`SwotScore`], the same scoring as the company's own SWOT
//! worksheet, so the two can never disagree.

use crate::order::{self, Key};
use crate::swot::{Quadrant, SwotScore};
use crate::workbook::{SwotOwner, Workbook};

/// One company of the comparison: the company itself or a competitor.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    /// Whose SWOT the row scores; [`SwotOwner::Company`] only for the first row.
    pub owner: SwotOwner,
    /// The name as typed, trimmed; may be blank for a competitor not yet named.
    pub name: String,
    /// The SWOT's full score, for the quadrant details (means, counts, posture).
    pub score: SwotScore,
    /// Quadrant totals indexed by [`Quadrant::index`]: [`QuadrantScore::known_total`]
    /// (`None` while a quadrant lists items of which none is scored), except that a SWOT
    /// listing nothing at all has every total `None`. An empty quadrant beside filled
    /// ones genuinely totals zero, but a company nobody has assessed is unknown, and
    /// ranking it at zero would pass "not done" off as "no better, no worse".
    ///
    /// [`QuadrantScore::known_total`]: crate::swot::QuadrantScore::known_total
    pub totals: [Option<u32>; 4],
    /// Strengths minus weaknesses; `None` while either total is.
    pub internal: Option<i64>,
    /// Opportunities minus threats; `None` while either total is.
    pub external: Option<i64>,
    /// The overall position: internal plus external balance, that is favourable
    /// (S + O) minus unfavourable (W + T). One number per company, so companies can be
    /// ranked; `None` while either balance is.
    pub overall: Option<i64>,
    /// Standard competition ranking by `overall`, highest first: equal positions share
    /// a rank and the next rank is skipped (1, 2, 2, 4). `None` for a row without an
    /// overall position, which is left out of the ranking rather than ranked last.
    pub rank: Option<usize>,
    /// Items listed without a score, all quadrants: flagged beside the row.
    pub unscored: usize,
}

impl ComparisonRow {
    fn new(owner: SwotOwner, name: &str, score: SwotScore) -> ComparisonRow {
        let listed = !score.is_empty();
        let internal = score.internal_balance().filter(|_| listed);
        let external = score.external_balance().filter(|_| listed);
        ComparisonRow {
            owner,
            name: name.trim().to_string(),
            totals: Quadrant::ALL.map(|q| score.get(q).known_total().filter(|_| listed)),
            internal,
            external,
            overall: internal.zip(external).map(|(i, e)| i + e),
            rank: None,
            unscored: score.unscored(),
            score,
        }
    }

    /// The total of one quadrant; see [`ComparisonRow::totals`].
    pub fn total(&self, q: Quadrant) -> Option<u32> {
        self.totals[q.index()]
    }

    pub fn is_company(&self) -> bool {
        self.owner == SwotOwner::Company
    }
}

/// A column of the comparison table, to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Total(Quadrant),
    Internal,
    External,
    Overall,
    Rank,
    Unscored,
}

impl Column {
    /// Every column in the order the table shows them.
    pub const ALL: [Column; 10] = [
        Column::Name,
        Column::Total(Quadrant::Strengths),
        Column::Total(Quadrant::Weaknesses),
        Column::Total(Quadrant::Opportunities),
        Column::Total(Quadrant::Threats),
        Column::Internal,
        Column::External,
        Column::Overall,
        Column::Rank,
        Column::Unscored,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortDirection {
    #[default]
    Ascending,
    Descending,
}

/// A competitor that does better than the company in one quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lead {
    /// The competitor's index in [`Comparison::rows`] (never 0, the company).
    pub row: usize,
    /// By how many points it does better: always at least 1.
    pub by: u32,
}

/// The comparison table: the company first, then every non-blank competitor in list
/// order.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub rows: Vec<ComparisonRow>,
}

impl Comparison {
    /// Builds the table from `wb`. The company's row is named after the workbook's
    /// client, or `fallback_name` (e.g. a translated "Our company") while the client is
    /// blank. Blank competitors (the empty line a new one starts as) are left out.
    pub fn of(wb: &Workbook, fallback_name: &str) -> Comparison {
        let company = if wb.client.trim().is_empty() {
            fallback_name
        } else {
            &wb.client
        };
        let mut rows: Vec<ComparisonRow> = std::iter::once(ComparisonRow::new(
            SwotOwner::Company,
            company,
            wb.swot.score(),
        ))
        .chain(
            wb.competitors
                .list
                .iter()
                .filter(|c| !c.is_blank())
                .map(|c| ComparisonRow::new(SwotOwner::Competitor(c.id), &c.name, c.swot.score())),
        )
        .collect();
        let positions: Vec<Option<i64>> = rows.iter().map(|r| r.overall).collect();
        for row in &mut rows {
            row.rank = row.overall.map(|mine| {
                1 + positions
                    .iter()
                    .flatten()
                    .filter(|&&other| other > mine)
                    .count()
            });
        }
        Comparison { rows }
    }

    /// The company's own row, always the first.
    pub fn company(&self) -> &ComparisonRow {
        &self.rows[0]
    }

    /// The competitors' rows, in list order.
    pub fn competitors(&self) -> &[ComparisonRow] {
        &self.rows[1..]
    }

    /// The order in which to show [`Comparison::rows`] when sorted by `column`: indices
    /// into `rows`. Rows without a value in the column (an unknown total, a blank name,
    /// no rank) always come last, whichever the direction, since "unknown" is neither
    /// high nor low; equal values, and the rows without one, keep table order (the
    /// company first).
    pub fn sorted(&self, column: Column, direction: SortDirection) -> Vec<usize> {
        let keys: Vec<Option<Key>> = self.rows.iter().map(|r| key(r, column)).collect();
        // Stable, None last in both directions, ties in table order: exactly the rules
        // above.
        let direction = match direction {
            SortDirection::Ascending => order::Direction::Ascending,
            SortDirection::Descending => order::Direction::Descending,
        };
        order::stable_order(&keys, direction)
    }

    /// The competitors that do better than the company in `quadrant`, largest lead
    /// first, equal leads in list order.
    ///
    /// Doing better means a higher total for the favourable quadrants (more strengths,
    /// more opportunities) and a lower total for the unfavourable ones (less weak, less
    /// threatened). Empty when the company's total is unknown, since nothing can be said
    /// to beat an unknown; a competitor whose total is unknown is never listed.
    pub fn outscoring(&self, quadrant: Quadrant) -> Vec<Lead> {
        let Some(ours) = self.company().total(quadrant) else {
            return Vec::new();
        };
        let leads: Vec<Lead> = self
            .rows
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(row, r)| {
                let theirs = r.total(quadrant)?;
                let by = if quadrant.is_favourable() {
                    theirs.checked_sub(ours)?
                } else {
                    ours.checked_sub(theirs)?
                };
                (by > 0).then_some(Lead { row, by })
            })
            .collect();
        // Stable: equal leads stay in list order.
        order::by_number(leads, order::Direction::Descending, |l| i64::from(l.by))
    }
}

/// What a row is sorted by in one column. Names compare case-insensitively, so "b"
/// does not sort before "A"; numbers compare as numbers.
fn key(row: &ComparisonRow, column: Column) -> Option<Key> {
    let number = |n: Option<i64>| n.map(Key::Number);
    match column {
        Column::Name => (!row.name.is_empty()).then(|| Key::Text(row.name.to_lowercase())),
        Column::Total(q) => number(row.total(q).map(i64::from)),
        Column::Internal => number(row.internal),
        Column::External => number(row.external),
        Column::Overall => number(row.overall),
        Column::Rank => number(row.rank.map(|r| r as i64)),
        Column::Unscored => number(Some(row.unscored as i64)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::external::Competitor;
    use crate::ids::RowId;
    use crate::lang::Lang;
    use crate::swot::{Swot, SwotItem};

    /// Per quadrant (S, W, O, T) the item scores; 0 stands for an item listed unscored.
    type Scores<'a> = [&'a [u8]; 4];

    fn swot(scores: Scores, next: &mut u64) -> Swot {
        let mut swot = Swot::default();
        for (q, list) in Quadrant::ALL.into_iter().zip(scores) {
            for &s in list {
                *next += 1;
                let item = SwotItem::new(RowId(*next), format!("item {next}"), Some(s));
                swot.quadrant_mut(q).push(item);
            }
        }
        swot
    }

    /// A workbook with the company's SWOT and competitors named "A", "B", … (ids 1000+).
    fn workbook(client: &str, company: Scores, competitors: &[Scores]) -> Workbook {
        let mut wb = Workbook::blank("t", Lang::En);
        wb.client = client.into();
        let mut next = 10_000;
        wb.swot = swot(company, &mut next);
        for (i, scores) in competitors.iter().enumerate() {
            let c = Competitor {
                id: RowId(1000 + i as u64),
                name: char::from(b'A' + i as u8).to_string(),
                notes: String::new(),
                swot: swot(*scores, &mut next),
            };
            wb.competitors.list.push(c);
        }
        wb
    }

    const EMPTY: Scores<'static> = [&[], &[], &[], &[]];

    #[test]
    fn rows_totals_balances_and_ranks() {
        /// Per row: (S, W, O, T totals, overall, rank, unscored).
        type Want = ([Option<u32>; 4], Option<i64>, Option<usize>, usize);
        struct Case {
            name: &'static str,
            company: Scores<'static>,
            competitors: &'static [Scores<'static>],
            want: &'static [Want],
        }
        let cases = [
            Case {
                name: "a blank workbook: the company alone, unassessed",
                company: EMPTY,
                competitors: &[],
                want: &[([None; 4], None, None, 0)],
            },
            Case {
                name: "like the demo",
                company: [
                    &[9, 8, 7, 7, 7],
                    &[7, 7, 6, 6],
                    &[8, 7, 7, 7],
                    &[7, 7, 6, 6],
                ],
                competitors: &[
                    [&[8, 9, 7], &[7, 6, 6], &[8, 7, 6], &[7, 6, 5]],
                    [&[7, 7, 5], &[8, 7, 6], &[6, 6, 5], &[7, 7, 4]],
                    [&[8, 8, 7], &[7, 6, 5], &[8, 7, 5], &[7, 6, 5]],
                ],
                want: &[
                    (
                        [Some(38), Some(26), Some(29), Some(26)],
                        Some(15),
                        Some(1),
                        0,
                    ),
                    (
                        [Some(24), Some(19), Some(21), Some(18)],
                        Some(8),
                        Some(2),
                        0,
                    ),
                    (
                        [Some(19), Some(21), Some(17), Some(18)],
                        Some(-3),
                        Some(4),
                        0,
                    ),
                    (
                        [Some(23), Some(18), Some(20), Some(18)],
                        Some(7),
                        Some(3),
                        0,
                    ),
                ],
            },
            Case {
                name: "ties share a rank and skip the next (1, 2, 2, 4)",
                company: [&[9], &[1], &[5], &[5]],
                competitors: &[
                    [&[5], &[1], &[5], &[5]],
                    [&[6], &[2], &[5], &[5]],
                    [&[2], &[1], &[5], &[5]],
                ],
                want: &[
                    ([Some(9), Some(1), Some(5), Some(5)], Some(8), Some(1), 0),
                    ([Some(5), Some(1), Some(5), Some(5)], Some(4), Some(2), 0),
                    ([Some(6), Some(2), Some(5), Some(5)], Some(4), Some(2), 0),
                    ([Some(2), Some(1), Some(5), Some(5)], Some(1), Some(4), 0),
                ],
            },
            Case {
                name: "a company with no scores yet is unranked; the others rank among themselves",
                company: [&[0, 0], &[0], &[0], &[0]],
                competitors: &[[&[3], &[4], &[5], &[6]], [&[9], &[1], &[1], &[1]]],
                want: &[
                    ([None; 4], None, None, 5),
                    ([Some(3), Some(4), Some(5), Some(6)], Some(-2), Some(2), 0),
                    ([Some(9), Some(1), Some(1), Some(1)], Some(8), Some(1), 0),
                ],
            },
            Case {
                name: "empty quadrants total zero; an unassessed competitor has no totals",
                company: [&[6], &[4], &[], &[]],
                competitors: &[[&[], &[3], &[7], &[]], EMPTY],
                want: &[
                    ([Some(6), Some(4), Some(0), Some(0)], Some(2), Some(2), 0),
                    ([Some(0), Some(3), Some(7), Some(0)], Some(4), Some(1), 0),
                    ([None; 4], None, None, 0),
                ],
            },
            Case {
                name: "partly scored: a quadrant with no score makes the position unknown",
                company: [&[8, 0], &[5], &[6], &[2, 0]],
                competitors: &[[&[7], &[0, 0], &[6], &[2]]],
                want: &[
                    ([Some(8), Some(5), Some(6), Some(2)], Some(7), Some(1), 2),
                    ([Some(7), None, Some(6), Some(2)], None, None, 2),
                ],
            },
        ];
        for case in &cases {
            let name = case.name;
            let wb = workbook("Zhixun", case.company, case.competitors);
            let table = Comparison::of(&wb, "Our company");
            assert_eq!(table.rows.len(), case.want.len(), "{name}: rows");
            assert!(table.company().is_company(), "{name}");
            assert_eq!(table.company().name, "Zhixun", "{name}");
            assert_eq!(table.competitors().len(), case.competitors.len(), "{name}");
            for (i, (row, want)) in table.rows.iter().zip(case.want).enumerate() {
                let (totals, overall, rank, unscored) = *want;
                assert_eq!(row.totals, totals, "{name}: row {i} totals");
                for q in Quadrant::ALL {
                    assert_eq!(row.total(q), totals[q.index()], "{name}: row {i}");
                }
                assert_eq!(row.overall, overall, "{name}: row {i} overall");
                assert_eq!(row.rank, rank, "{name}: row {i} rank");
                assert_eq!(row.unscored, unscored, "{name}: row {i} unscored");
                // The balances are those of the SWOT's own score whenever known.
                if totals.iter().all(Option::is_some) {
                    assert_eq!(row.internal, row.score.internal_balance(), "{name}");
                    assert_eq!(row.external, row.score.external_balance(), "{name}");
                    assert_eq!(
                        row.overall,
                        Some(row.internal.unwrap() + row.external.unwrap())
                    );
                }
                let owner = match i {
                    0 => SwotOwner::Company,
                    _ => SwotOwner::Competitor(RowId(1000 + i as u64 - 1)),
                };
                assert_eq!(row.owner, owner, "{name}: row {i}");
                assert_eq!(row.score, wb.swot_of(owner).unwrap().score(), "{name}");
            }
        }
    }

    #[test]
    fn names_blank_rows_and_the_fallback() {
        let mut wb = workbook("  ", [&[5], &[5], &[5], &[5]], &[EMPTY, EMPTY, EMPTY]);
        // A new, blank competitor, padded with blank rows as the screen adds it.
        wb.competitors.list[0].name.clear();
        wb.pad_swot();
        // A competitor with notes but no name yet is an entry.
        wb.competitors.list[1].name.clear();
        wb.competitors.list[1].notes = "Opened last spring".into();
        wb.competitors.list[2].name = " Training company C ".into();
        let table = Comparison::of(&wb, "Our company");
        let names: Vec<&str> = table.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Our company", "", "Training company C"]);
        let owners: Vec<SwotOwner> = table.rows.iter().map(|r| r.owner).collect();
        assert_eq!(
            owners,
            [
                SwotOwner::Company,
                SwotOwner::Competitor(RowId(1001)),
                SwotOwner::Competitor(RowId(1002))
            ]
        );
        assert!(table.rows[1..].iter().all(|r| r.rank.is_none()));
        assert_eq!(table.company().rank, Some(1));
    }

    #[test]
    fn sorting_by_any_column() {
        // Company: S 9, W 6, O 5, T 4 → internal 3, external 1, overall 4, rank 2.
        // A:       S 7, W 2, O 5, T 6 → 5, -1, 4, rank 2 (tie with the company).
        // B:       S ?, W 3, O 8, T 1 (strength unscored) → ?, 7, ?, unranked.
        // C:       S 9, W 1, O 6, T 2 → 8, 4, 12, rank 1.
        // D:       nothing listed, but named → all unknown.
        let wb = workbook(
            "Zhixun",
            [&[9], &[6], &[5], &[4]],
            &[
                [&[7], &[2], &[5], &[6]],
                [&[0], &[3], &[8], &[1]],
                [&[9], &[1], &[6], &[2]],
                EMPTY,
            ],
        );
        let table = Comparison::of(&wb, "");
        let ranks: Vec<Option<usize>> = table.rows.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, [Some(2), Some(2), None, Some(1), None]);

        use Quadrant::{Opportunities as O, Strengths as S, Threats as T, Weaknesses as W};
        use SortDirection::{Ascending as Up, Descending as Down};
        // (column, direction, row order)
        let cases: &[(Column, SortDirection, [usize; 5])] = &[
            // Names: "a" < "b" < "c" < "d" < "zhixun", case-insensitively.
            (Column::Name, Up, [1, 2, 3, 4, 0]),
            (Column::Name, Down, [0, 4, 3, 2, 1]),
            // Equal strengths (company and C at 9) keep table order both ways; unknown last.
            (Column::Total(S), Up, [1, 0, 3, 2, 4]),
            (Column::Total(S), Down, [0, 3, 1, 2, 4]),
            (Column::Total(W), Up, [3, 1, 2, 0, 4]),
            (Column::Total(O), Down, [2, 3, 0, 1, 4]),
            (Column::Total(T), Up, [2, 3, 0, 1, 4]),
            (Column::Internal, Down, [3, 1, 0, 2, 4]),
            (Column::External, Up, [1, 0, 3, 2, 4]),
            (Column::Overall, Down, [3, 0, 1, 2, 4]),
            (Column::Overall, Up, [0, 1, 3, 2, 4]),
            (Column::Rank, Up, [3, 0, 1, 2, 4]),
            (Column::Rank, Down, [0, 1, 3, 2, 4]),
            // Unscored is always known: B has one, everyone else none.
            (Column::Unscored, Down, [2, 0, 1, 3, 4]),
            (Column::Unscored, Up, [0, 1, 3, 4, 2]),
        ];
        for &(column, direction, want) in cases {
            assert_eq!(
                table.sorted(column, direction),
                want,
                "{column:?} {direction:?}"
            );
        }
        // Every column sorts, and every sort is a permutation of the rows.
        for column in Column::ALL {
            for direction in [Up, Down] {
                let mut order = table.sorted(column, direction);
                order.sort_unstable();
                assert_eq!(order, [0, 1, 2, 3, 4], "{column:?}");
            }
        }
    }

    #[test]
    fn competitors_that_outscore_the_company() {
        // Company: S 20, W 15, O 12, T 10.
        // A: S 24, W 15, O 12, T 6  → beats on S by 4, on T by 4.
        // B: S 18, W 9,  O 20, T 14 → beats on W by 6, on O by 8.
        // C: S 24, W 12, O ?,  T 10 → beats on S by 4, on W by 3; O unknown.
        // D: nothing listed        → never listed.
        let wb = workbook(
            "Zhixun",
            [&[10, 10], &[8, 7], &[6, 6], &[5, 5]],
            &[
                [&[8, 8, 8], &[5, 5, 5], &[6, 6], &[6]],
                [&[9, 9], &[9], &[10, 10], &[7, 7]],
                [&[8, 8, 8], &[6, 6], &[0], &[5, 5]],
                EMPTY,
            ],
        );
        let table = Comparison::of(&wb, "");
        let leads = |q| -> Vec<(usize, u32)> {
            table.outscoring(q).iter().map(|l| (l.row, l.by)).collect()
        };
        // Equal leads (A and C on strengths) keep list order.
        assert_eq!(leads(Quadrant::Strengths), [(1, 4), (3, 4)]);
        // Fewer weaknesses is better: B by 6, then C by 3. A ties: not a lead.
        assert_eq!(leads(Quadrant::Weaknesses), [(2, 6), (3, 3)]);
        assert_eq!(leads(Quadrant::Opportunities), [(2, 8)]);
        assert_eq!(leads(Quadrant::Threats), [(1, 4)]);
    }

    #[test]
    fn nothing_outscores_an_unknown_company() {
        let cases: [(&str, Scores); 3] = [
            ("nothing listed", EMPTY),
            ("listed, not scored", [&[0], &[0], &[0], &[0]]),
            ("only strengths scored", [&[5], &[0], &[0], &[0]]),
        ];
        for (name, company) in cases {
            let wb = workbook("", company, &[[&[9], &[1], &[9], &[1]]]);
            let table = Comparison::of(&wb, "Our company");
            assert_eq!(table.company().name, "Our company");
            for q in Quadrant::ALL {
                let want = match (name, q) {
                    // Its known strengths total can still be beaten.
                    ("only strengths scored", Quadrant::Strengths) => vec![Lead { row: 1, by: 4 }],
                    _ => vec![],
                };
                assert_eq!(table.outscoring(q), want, "{name}: {q:?}");
            }
        }
    }
}
