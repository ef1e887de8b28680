//! The competitor comparison's table tests: totals, balances, ranks, names, sorting,
//! and who outscores the company per quadrant.

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
            name: "empty quadrants total zero but give no position; an unassessed \
                   competitor has no totals",
            company: [&[6], &[4], &[], &[]],
            competitors: &[[&[], &[3], &[7], &[]], EMPTY, [&[5], &[4], &[3], &[2]]],
            want: &[
                ([Some(6), Some(4), Some(0), Some(0)], None, None, 0),
                ([Some(0), Some(3), Some(7), Some(0)], None, None, 0),
                ([None; 4], None, None, 0),
                ([Some(5), Some(4), Some(3), Some(2)], Some(2), Some(1), 0),
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
            assert_eq!(row.internal, row.score.internal_balance(), "{name}");
            assert_eq!(row.external, row.score.external_balance(), "{name}");
            assert_eq!(
                row.overall,
                row.internal.zip(row.external).map(|(i, e)| i + e),
                "{name}"
            );
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
    let leads =
        |q| -> Vec<(usize, u32)> { table.outscoring(q).iter().map(|l| (l.row, l.by)).collect() };
    // Equal leads (A and C on strengths) keep list order.
    assert_eq!(leads(Quadrant::Strengths), [(1, 4), (3, 4)]);
    // Fewer weaknesses is better: B by 6, then C by 3. A ties: not a lead.
    assert_eq!(leads(Quadrant::Weaknesses), [(2, 6), (3, 3)]);
    assert_eq!(leads(Quadrant::Opportunities), [(2, 8)]);
    assert_eq!(leads(Quadrant::Threats), [(1, 4)]);
}

#[test]
fn a_quadrant_compares_once_both_sides_are_known() {
    // (name, company, competitors, comparable per quadrant S W O T)
    type Case<'a> = (&'a str, Scores<'a>, &'a [Scores<'a>], [bool; 4]);
    let cases: [Case; 5] = [
        ("a blank workbook", EMPTY, &[], [false; 4]),
        (
            "the company alone",
            [&[5], &[4], &[3], &[2]],
            &[],
            [false; 4],
        ),
        (
            "an unassessed competitor",
            [&[5], &[4], &[3], &[2]],
            &[EMPTY],
            [false; 4],
        ),
        (
            "a competitor scored on strengths only",
            [&[5], &[4], &[3], &[2]],
            &[[&[6], &[0], &[0], &[0]]],
            [true, false, false, false],
        ),
        (
            "the company not scored on threats",
            [&[5], &[4], &[3], &[0]],
            &[[&[6], &[2], &[3], &[1]]],
            [true, true, true, false],
        ),
    ];
    for (name, company, competitors, want) in cases {
        let table = Comparison::of(&workbook("Us", company, competitors), "");
        for q in Quadrant::ALL {
            assert_eq!(table.comparable(q), want[q.index()], "{name}: {q:?}");
            if !table.comparable(q) {
                assert!(table.outscoring(q).is_empty(), "{name}: {q:?}");
            }
        }
    }
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
