//! Scoring of the OBL audit: E / S / N counts and the index of each department and of
//! each company in the industry comparison, their ranking and the overall figures, and
//! the rating grids the heat maps draw (`grid.rs`).
//!
//! Points are E = 2, S = 1, N = 0; the index is points ÷ (2 × rated cells) as a
//! percentage, so 100% is "excellent throughout" and 0% "not good throughout". Unrated
//! cells are reported but never counted as N: not yet assessed is not assessed badly.

use crate::ids::RowId;
use crate::order;
use crate::workbook::Workbook;

pub use super::grid::{GridRow, RatingGrid};
use super::{CompanyRef, Rating};

/// How many cells of a row (or of a whole grid) carry each rating.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RatingCounts {
    pub e: usize,
    pub s: usize,
    pub n: usize,
    /// Cells asked for and not rated yet.
    pub unrated: usize,
}

impl RatingCounts {
    pub fn add(&mut self, rating: Option<Rating>) {
        match rating {
            Some(Rating::E) => self.e += 1,
            Some(Rating::S) => self.s += 1,
            Some(Rating::N) => self.n += 1,
            None => self.unrated += 1,
        }
    }

    pub fn get(&self, rating: Rating) -> usize {
        match rating {
            Rating::E => self.e,
            Rating::S => self.s,
            Rating::N => self.n,
        }
    }

    pub fn rated(&self) -> usize {
        self.e + self.s + self.n
    }

    pub fn points(&self) -> usize {
        2 * self.e + self.s
    }

    /// Points ÷ (2 × rated cells) in percent, 0–100; `None` when nothing is rated.
    pub fn index(&self) -> Option<f64> {
        let rated = self.rated();
        (rated > 0).then(|| self.points() as f64 * 50.0 / rated as f64)
    }

    fn merge(&mut self, other: &RatingCounts) {
        self.e += other.e;
        self.s += other.s;
        self.n += other.n;
        self.unrated += other.unrated;
    }

    /// Whether this row's index is strictly above `other`'s, compared as exact
    /// fractions so that equal indexes (1 of 2 and 2 of 4 points) always tie.
    fn beats(&self, other: &RatingCounts) -> bool {
        self.points() * other.rated() > other.points() * self.rated()
    }
}

/// A department or a company with its counts, index and rank.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexRow<K> {
    /// The department's id, or the company.
    pub key: K,
    /// Its name, trimmed (the company's own row: the client, or the fallback name).
    pub name: String,
    pub counts: RatingCounts,
    /// See [`RatingCounts::index`].
    pub index: Option<f64>,
    /// Standard competition ranking by index, highest first: equal indexes share a
    /// rank and the next is skipped (1, 2, 2, 4). `None` for a row with nothing rated,
    /// which is left out of the ranking rather than ranked last.
    pub rank: Option<usize>,
}

/// The score of one grid: the internal assessment (rows are departments) or the
/// industry comparison (rows are companies, the company itself first).
#[derive(Clone, Debug, PartialEq)]
pub struct GridScore<K> {
    /// In the grid's order.
    pub rows: Vec<IndexRow<K>>,
    /// Indices of `rows` by rank, best first; ties and the unranked rows (last) keep
    /// the grid's order.
    pub ranking: Vec<usize>,
    /// The counts of every row together.
    pub overall: RatingCounts,
    /// The index of `overall`; `None` when nothing is rated.
    pub overall_index: Option<f64>,
}

impl<K> GridScore<K> {
    fn of(rows: Vec<(K, String, RatingCounts)>) -> GridScore<K> {
        let counts: Vec<RatingCounts> = rows.iter().map(|r| r.2).collect();
        let mut overall = RatingCounts::default();
        counts.iter().for_each(|c| overall.merge(c));
        let rows: Vec<IndexRow<K>> = rows
            .into_iter()
            .map(|(key, name, counts_of_row)| IndexRow {
                key,
                name: name.trim().to_string(),
                index: counts_of_row.index(),
                rank: (counts_of_row.rated() > 0).then(|| {
                    1 + counts
                        .iter()
                        .filter(|other| other.rated() > 0 && other.beats(&counts_of_row))
                        .count()
                }),
                counts: counts_of_row,
            })
            .collect();
        let keys: Vec<Option<order::Key>> = rows
            .iter()
            .map(|r| r.rank.map(|rank| order::Key::Number(rank as i64)))
            .collect();
        GridScore {
            ranking: order::stable_order(&keys, order::Direction::Ascending),
            rows,
            overall_index: overall.index(),
            overall,
        }
    }

    /// The rows by rank, best first; see [`Self::ranking`].
    pub fn ranked(&self) -> impl Iterator<Item = &IndexRow<K>> {
        self.ranking.iter().map(|&i| &self.rows[i])
    }

    /// True when the grid asks for no cell at all.
    pub fn is_empty(&self) -> bool {
        self.overall.rated() + self.overall.unrated == 0
    }
}

/// The scores of the OBL audit.
#[derive(Clone, Debug, PartialEq)]
pub struct OblScore {
    /// One row per department, in the worksheet's order.
    pub internal: GridScore<RowId>,
    /// The company itself, then every competitor of the competitor worksheet that is
    /// not blank, in its order.
    pub industry: GridScore<CompanyRef>,
}

impl OblScore {
    /// Scores the audit of `wb`. The company's row is named after the workbook's
    /// client, or `own_name` (e.g. a translated "Our company") while that is blank.
    pub fn of(wb: &Workbook, own_name: &str) -> OblScore {
        let internal = wb
            .obl
            .departments
            .iter()
            .map(|d| {
                let mut counts = RatingCounts::default();
                for c in &d.criteria {
                    if !c.is_placeholder() || c.cell.rating.is_some() {
                        counts.add(c.cell.rating);
                    }
                }
                (d.id, d.name.clone(), counts)
            })
            .collect();
        let grid = RatingGrid::industry(wb, own_name);
        let industry = grid
            .rows
            .into_iter()
            .filter_map(|row| {
                let mut counts = RatingCounts::default();
                for (cell, &asked) in row.cells.iter().zip(&grid.asked) {
                    if asked || cell.is_some() {
                        counts.add(*cell);
                    }
                }
                Some((row.company?, row.name, counts))
            })
            .collect();
        OblScore {
            internal: GridScore::of(internal),
            industry: GridScore::of(industry),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::lang::Lang;
    use crate::obl::{Cell, Department, DepartmentCriterion, IndustryCriterion, IndustryRating};
    use Rating::{E, N, S};

    fn close(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            (a, b) => a == b,
        }
    }

    /// Departments from rows of ratings; each rating is a named criterion.
    fn departments(rows: &[&[Option<Rating>]]) -> Workbook {
        let mut wb = Workbook::default();
        for (i, row) in rows.iter().enumerate() {
            let criteria = row
                .iter()
                .enumerate()
                .map(|(j, &rating)| DepartmentCriterion {
                    id: RowId(100 * i as u64 + j as u64 + 1),
                    name: format!("c{j}"),
                    cell: Cell {
                        rating,
                        comment: String::new(),
                    },
                })
                .collect();
            wb.obl.departments.push(Department {
                id: RowId(i as u64 + 1),
                name: format!(" d{i} "),
                criteria,
            });
        }
        wb
    }

    #[test]
    fn department_scores() {
        /// (E, S, N, unrated, index, rank)
        type Want = (usize, usize, usize, usize, Option<f64>, Option<usize>);
        struct Case<'a> {
            name: &'a str,
            rows: &'a [&'a [Option<Rating>]],
            /// Per department.
            want: &'a [Want],
            ranking: &'a [usize],
            overall: Option<f64>,
        }
        let cases = [
            Case {
                name: "empty grid",
                rows: &[],
                want: &[],
                ranking: &[],
                overall: None,
            },
            Case {
                name: "a department without criteria",
                rows: &[&[]],
                want: &[(0, 0, 0, 0, None, None)],
                ranking: &[0],
                overall: None,
            },
            Case {
                name: "all unrated: reported, no index, unranked",
                rows: &[&[None, None], &[None]],
                want: &[(0, 0, 0, 2, None, None), (0, 0, 0, 1, None, None)],
                ranking: &[0, 1],
                overall: None,
            },
            Case {
                name: "mixed: unrated cells do not count as N",
                rows: &[
                    &[Some(E), Some(S), None],
                    &[Some(N), Some(N)],
                    &[Some(E), Some(E), Some(S), Some(N)],
                ],
                want: &[
                    (1, 1, 0, 1, Some(75.0), Some(1)),
                    (0, 0, 2, 0, Some(0.0), Some(3)),
                    (2, 1, 1, 0, Some(62.5), Some(2)),
                ],
                ranking: &[0, 2, 1],
                overall: Some(50.0),
            },
            Case {
                name: "equal indexes share a rank and skip the next (1, 2, 2, 4); unrated last",
                rows: &[
                    &[Some(S)],
                    &[None],
                    &[Some(E)],
                    &[Some(E), Some(N)],
                    &[Some(N)],
                ],
                want: &[
                    (0, 1, 0, 0, Some(50.0), Some(2)),
                    (0, 0, 0, 1, None, None),
                    (1, 0, 0, 0, Some(100.0), Some(1)),
                    (1, 0, 1, 0, Some(50.0), Some(2)),
                    (0, 0, 1, 0, Some(0.0), Some(4)),
                ],
                ranking: &[2, 0, 3, 4, 1],
                overall: Some(50.0),
            },
        ];
        for case in &cases {
            let name = case.name;
            let score = OblScore::of(&departments(case.rows), "Us").internal;
            assert_eq!(score.rows.len(), case.want.len(), "{name}");
            for (i, (row, want)) in score.rows.iter().zip(case.want).enumerate() {
                let c = row.counts;
                assert_eq!(
                    (c.e, c.s, c.n, c.unrated),
                    (want.0, want.1, want.2, want.3),
                    "{name}: {i}"
                );
                assert!(
                    close(row.index, want.4),
                    "{name}: {i} index {:?}",
                    row.index
                );
                assert_eq!(row.rank, want.5, "{name}: {i} rank");
                assert_eq!(row.name, format!("d{i}"), "{name}: names are trimmed");
                assert_eq!(row.key, RowId(i as u64 + 1));
            }
            assert_eq!(score.ranking, case.ranking, "{name}: ranking");
            assert!(close(score.overall_index, case.overall), "{name}: overall");
            let sum: usize = score
                .rows
                .iter()
                .map(|r| r.counts.rated() + r.counts.unrated)
                .sum();
            assert_eq!(sum, score.overall.rated() + score.overall.unrated, "{name}");
        }
    }

    #[test]
    fn placeholder_criteria_count_only_once_rated() {
        let mut wb = departments(&[&[Some(E), None]]);
        wb.obl.departments[0].criteria[1].name = crate::seed::OTHER_CRITERION.1.into();
        let row = |wb: &Workbook| OblScore::of(wb, "Us").internal.rows[0].counts;
        assert_eq!(row(&wb).unrated, 0);
        assert_eq!(RatingGrid::internal(&wb.obl).rows[0].cells, [Some(E)]);
        wb.obl.departments[0].criteria[1].cell.rating = Some(N);
        assert_eq!(row(&wb).n, 1);
        assert_eq!(
            RatingGrid::internal(&wb.obl).rows[0].cells,
            [Some(E), Some(N)]
        );
    }

    #[test]
    fn the_chinese_placeholder_as_older_seeds_wrote_it_is_still_one() {
        // Before issue #16 the seed wrote ASCII parentheses; stored workbooks keep them.
        let mut wb = departments(&[&[Some(E), None]]);
        wb.obl.departments[0].criteria[1].name = "其他(待定)".into();
        assert!(wb.obl.departments[0].criteria[1].is_placeholder());
        assert_eq!(OblScore::of(&wb, "Us").internal.rows[0].counts.unrated, 0);
    }

    #[test]
    fn industry_companies_come_from_the_competitor_worksheet() {
        let mut wb = Workbook::default();
        let a = wb.add_competitor(None);
        let b = wb.add_competitor(None);
        let blank = wb.add_competitor(None);
        wb.competitors.list[0].name = "A".into();
        wb.competitors.list[1].name = "B".into();
        for name in ["Trainers", "Market", ""] {
            let id = wb.fresh_id();
            wb.obl.industry_criteria.push(IndustryCriterion {
                id,
                name: name.into(),
            });
        }
        let [c1, c2, c3] = [0, 1, 2].map(|i| wb.obl.industry_criteria[i].id);
        let gone = RowId(9_999);
        let rate = |company, criterion, rating| IndustryRating {
            company,
            criterion,
            cell: Cell {
                rating: Some(rating),
                comment: String::new(),
            },
        };
        wb.obl.industry_ratings = vec![
            rate(CompanyRef::Own, c1, E),
            rate(CompanyRef::Own, c2, S),
            rate(CompanyRef::Competitor(a), c1, N),
            // The unnamed criterion counts where it is rated.
            rate(CompanyRef::Competitor(a), c3, E),
            // A removed competitor, a blank one and a removed criterion are ignored.
            rate(CompanyRef::Competitor(gone), c1, N),
            rate(CompanyRef::Competitor(blank), c1, N),
            rate(CompanyRef::Own, gone, N),
        ];
        let score = OblScore::of(&wb, "Our company").industry;
        let got: Vec<_> = score
            .rows
            .iter()
            .map(|r| {
                (
                    r.key,
                    r.name.as_str(),
                    r.counts.rated(),
                    r.counts.unrated,
                    r.rank,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (CompanyRef::Own, "Our company", 2, 0, Some(1)),
                (CompanyRef::Competitor(a), "A", 2, 1, Some(2)),
                (CompanyRef::Competitor(b), "B", 0, 2, None),
            ]
        );
        assert!(close(score.rows[0].index, Some(75.0)));
        assert!(close(score.rows[1].index, Some(50.0)));
        assert_eq!(score.ranking, [0, 1, 2]);

        let grid = RatingGrid::industry(&wb, "Our company");
        assert_eq!(grid.columns, ["Trainers", "Market", ""]);
        assert_eq!(grid.rows[1].cells, [Some(N), None, Some(E)]);
        assert_eq!(grid.width(), 3);

        // A client name replaces the fallback.
        wb.client = "Zhixun".into();
        assert_eq!(
            OblScore::of(&wb, "Our company").industry.rows[0].name,
            "Zhixun"
        );
    }

    #[test]
    fn the_demo_scores_from_its_data() {
        for lang in Lang::ALL {
            let wb = demo::workbook(lang);
            let score = OblScore::of(&wb, "Us");
            // Every seed criterion is rated; the placeholders are not asked for.
            let rated: usize = wb
                .obl
                .departments
                .iter()
                .map(|d| d.criteria.len() - 1)
                .sum();
            assert_eq!(score.internal.overall.rated(), rated);
            assert_eq!(score.internal.overall.unrated, 0);
            assert_eq!(score.internal.rows.len(), 6);
            assert!(score.internal.rows.iter().all(|r| r.rank.is_some()));
            assert_eq!(score.industry.rows.len(), 1 + wb.competitors.list.len());
            assert_eq!(score.industry.overall.rated(), 16);
            // Counted from the demo's ratings rather than restated.
            let e = wb
                .obl
                .departments
                .iter()
                .flat_map(|d| &d.criteria)
                .filter(|c| c.cell.rating == Some(E))
                .count();
            assert_eq!(score.internal.overall.e, e);
            let best = &score.internal.rows[score.internal.ranking[0]];
            assert_eq!(best.rank, Some(1));
            assert!(score.internal.rows.iter().all(|r| r.index <= best.index));
        }
    }
}
