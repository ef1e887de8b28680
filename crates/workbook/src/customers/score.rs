//! Scoring of the four customer tables: counts and revenue per table, the revenue at
//! risk among current customers, the weighted pipeline of potential customers, how
//! often each reason tag is used, and the loss reasons ranked by revenue lost (Pareto).
//!
//! A number the user has not entered is unknown, never zero: sums are over the known
//! values, each says how many groups it is missing, and a sum with nothing known to
//! add is `None` (an empty table, though, genuinely sums to zero).

use crate::ids::RowId;
use crate::order;

use super::{CustomerGroup, CustomerTable, CustomerTables};

/// A sum over the groups of a table that may lack the value being summed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Sum {
    known: u64,
    /// Groups with the value.
    counted: usize,
    /// Groups without it.
    missing: usize,
}

impl Sum {
    fn add(&mut self, value: Option<u64>) {
        match value {
            Some(v) => {
                self.known = self.known.saturating_add(v);
                self.counted += 1;
            }
            None => self.missing += 1,
        }
    }

    /// The sum, or `None` when groups are listed but none has the value: a total of
    /// unknowns is unknown, not zero.
    fn total(self) -> Option<u64> {
        (self.counted > 0 || self.missing == 0).then_some(self.known)
    }
}

/// Counts and sums of one table. Blank groups (empty lines) are ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableSummary {
    pub table: CustomerTable,
    /// Groups listed (not blank).
    pub groups: usize,
    /// Number of customers over the groups that give one; see [`Self::customers_missing`].
    pub customers: Option<u64>,
    /// Groups without a number of customers.
    pub customers_missing: usize,
    /// Yearly revenue (lost, earned or estimated, as the table means it) over the
    /// groups that give one; `None` when groups are listed but none gives it.
    pub revenue: Option<u64>,
    /// Groups without a revenue.
    pub revenue_missing: usize,
}

impl TableSummary {
    fn of(table: CustomerTable, groups: &[&CustomerGroup]) -> TableSummary {
        let (mut customers, mut revenue) = (Sum::default(), Sum::default());
        for g in groups {
            customers.add(g.customers.map(u64::from));
            revenue.add(g.revenue);
        }
        TableSummary {
            table,
            groups: groups.len(),
            customers: customers.total(),
            customers_missing: customers.missing,
            revenue: revenue.total(),
            revenue_missing: revenue.missing,
        }
    }
}

/// How many groups of each table carry a tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagUse {
    pub tag: RowId,
    pub name: String,
    /// Groups carrying the tag, per table in [`CustomerTable::ALL`] order.
    pub groups: [usize; 4],
}

/// One line of the Pareto of loss reasons: a tag (or the former groups with no tag)
/// and the yearly revenue lost with it.
#[derive(Clone, Debug, PartialEq)]
pub struct LossReason {
    /// The tag; `None` for the line of former groups without a tag.
    pub tag: Option<RowId>,
    /// The tag's name, trimmed; empty for the untagged line (the UI names it).
    pub name: String,
    /// Revenue lost with this reason. A group with several tags shares its revenue
    /// equally among them (the odd units to its first tags, in tag-list order), so the
    /// lines add up to the revenue lost and the cumulative share ends at 100%.
    pub revenue_lost: u64,
    /// Former groups carrying the tag, each counted in full.
    pub groups: usize,
    /// Of those, groups without a revenue, which add nothing to `revenue_lost`.
    pub revenue_missing: usize,
    /// Share of the total revenue lost covered by this line and every line before it,
    /// 0–100; `None` while no revenue lost is known.
    pub cumulative_percent: Option<f64>,
}

/// The scores of the customer analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerScore {
    /// One summary per table, in [`CustomerTable::ALL`] order.
    pub tables: [TableSummary; 4],
    /// Current groups flagged at risk (with or without a revenue).
    pub at_risk_groups: usize,
    /// Yearly revenue of the current groups flagged at risk; `None` when some are
    /// flagged but none gives a revenue.
    pub at_risk_revenue: Option<u64>,
    /// Yearly revenue of the current groups not flagged, likewise.
    pub safe_revenue: Option<u64>,
    /// `at_risk_revenue` as a share of the known current revenue, 0–100; `None` while
    /// either is unknown or no current revenue is known.
    pub at_risk_percent: Option<f64>,
    /// Sum over potential groups of estimated revenue × chance / 10: what the pipeline
    /// is worth if the chances hold. `None` when potential groups are listed but none
    /// has both numbers.
    pub weighted_pipeline: Option<f64>,
    /// Potential groups missing a revenue or a chance, left out of the pipeline.
    pub pipeline_missing: usize,
    /// Every tag in the list's order, with how often each table uses it.
    pub tags: Vec<TagUse>,
    /// Loss reasons of the former table, most revenue lost first; equal revenue keeps
    /// tag-list order, with the untagged line last among its equals. Tags no former
    /// group carries are left out.
    pub loss_reasons: Vec<LossReason>,
}

impl CustomerScore {
    pub fn of(c: &CustomerTables) -> CustomerScore {
        let listed = |t: CustomerTable| -> Vec<&CustomerGroup> {
            c.table(t).iter().filter(|g| !g.is_blank()).collect()
        };
        let tables = CustomerTable::ALL.map(|t| TableSummary::of(t, &listed(t)));

        let current = listed(CustomerTable::Current);
        let (mut at_risk, mut safe) = (Sum::default(), Sum::default());
        for g in &current {
            if g.at_risk {
                at_risk.add(g.revenue);
            } else {
                safe.add(g.revenue);
            }
        }
        let current_known = at_risk.known.saturating_add(safe.known);
        let at_risk_revenue = at_risk.total();
        let at_risk_percent = at_risk_revenue
            .filter(|_| current_known > 0)
            .map(|r| r as f64 * 100.0 / current_known as f64);

        let mut pipeline = 0.0;
        let (mut weighted, mut pipeline_missing) = (0, 0);
        let potential = listed(CustomerTable::Potential);
        for g in &potential {
            match (g.revenue, g.chance) {
                (Some(r), Some(chance)) => {
                    pipeline += r as f64 * f64::from(chance.get()) / 10.0;
                    weighted += 1;
                }
                _ => pipeline_missing += 1,
            }
        }

        let tags = c
            .tags
            .iter()
            .map(|t| TagUse {
                tag: t.id,
                name: t.name.trim().to_string(),
                groups: CustomerTable::ALL.map(|table| {
                    listed(table)
                        .iter()
                        .filter(|g| g.tags.contains(&t.id))
                        .count()
                }),
            })
            .collect();

        CustomerScore {
            tables,
            at_risk_groups: current.iter().filter(|g| g.at_risk).count(),
            at_risk_revenue,
            safe_revenue: safe.total(),
            at_risk_percent,
            weighted_pipeline: (weighted > 0 || pipeline_missing == 0).then_some(pipeline),
            pipeline_missing,
            tags,
            loss_reasons: loss_reasons(c, &listed(CustomerTable::Former)),
        }
    }

    pub fn table(&self, t: CustomerTable) -> &TableSummary {
        &self.tables[t as usize]
    }

    /// True when no table lists any group.
    pub fn is_empty(&self) -> bool {
        self.tables.iter().all(|t| t.groups == 0)
    }
}

/// The Pareto lines of the former groups; see [`CustomerScore::loss_reasons`].
fn loss_reasons(c: &CustomerTables, former: &[&CustomerGroup]) -> Vec<LossReason> {
    // One line per tag in list order, then the untagged line.
    let mut lines: Vec<LossReason> = c
        .tags
        .iter()
        .map(|t| Some((t.id, t.name.trim().to_string())))
        .chain([None])
        .map(|tag| LossReason {
            name: tag.as_ref().map_or_else(String::new, |(_, n)| n.clone()),
            tag: tag.map(|(id, _)| id),
            revenue_lost: 0,
            groups: 0,
            revenue_missing: 0,
            cumulative_percent: None,
        })
        .collect();
    let untagged = lines.len() - 1;
    for g in former {
        // The group's known tags in list order, each once: a tag id left behind by a
        // hand-edited file names no line, and a repeated id must not count twice.
        let mine: Vec<usize> = c
            .tags
            .iter()
            .enumerate()
            .filter(|(_, t)| g.tags.contains(&t.id))
            .map(|(i, _)| i)
            .collect();
        let mine = if mine.is_empty() {
            vec![untagged]
        } else {
            mine
        };
        let n = mine.len() as u64;
        for (k, &line) in mine.iter().enumerate() {
            let line = &mut lines[line];
            line.groups += 1;
            match g.revenue {
                Some(r) => line.revenue_lost += r / n + u64::from((k as u64) < r % n),
                None => line.revenue_missing += 1,
            }
        }
    }
    lines.retain(|l| l.groups > 0);
    let mut lines = order::by_number(lines, order::Direction::Descending, |l| {
        i64::try_from(l.revenue_lost).unwrap_or(i64::MAX)
    });
    let total: u64 = lines.iter().map(|l| l.revenue_lost).sum();
    let mut running = 0;
    for line in &mut lines {
        running += line.revenue_lost;
        line.cumulative_percent = (total > 0).then(|| running as f64 * 100.0 / total as f64);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customers::ReasonTag;
    use crate::score::Score;

    const PRICE: u64 = 101;
    const SERVICE: u64 = 102;
    const QUALITY: u64 = 103;

    /// A group from (name, tags, customers, revenue, at risk, chance); 0 stands for
    /// "not entered" in customers, revenue and chance.
    type G<'a> = (&'a str, &'a [u64], u32, u64, bool, u8);

    fn group(id: u64, &(name, tags, customers, revenue, at_risk, chance): &G) -> CustomerGroup {
        CustomerGroup {
            id: RowId(id),
            name: name.into(),
            reason: String::new(),
            tags: tags.iter().copied().map(RowId).collect(),
            customers: (customers > 0).then_some(customers),
            revenue: (revenue > 0).then_some(revenue),
            when: String::new(),
            at_risk,
            warning_sign: String::new(),
            chance: Score::new(chance).ok(),
            history: Vec::new(),
        }
    }

    fn tables(former: &[G], current: &[G], potential: &[G], blacklist: &[G]) -> CustomerTables {
        let mut id = 0;
        let mut list = |groups: &[G]| -> Vec<CustomerGroup> {
            groups
                .iter()
                .map(|g| {
                    id += 1;
                    group(id, g)
                })
                .collect()
        };
        CustomerTables {
            former: list(former),
            current: list(current),
            potential: list(potential),
            blacklist: list(blacklist),
            tags: [
                (PRICE, "Price"),
                (SERVICE, " Service "),
                (QUALITY, "Quality"),
            ]
            .map(|(id, name)| ReasonTag {
                id: RowId(id),
                name: name.into(),
            })
            .to_vec(),
        }
    }

    #[test]
    fn table_summaries() {
        // (name, groups, expected per table: (groups, customers, customers missing,
        // revenue, revenue missing) in ALL order)
        type Want = [(usize, Option<u64>, usize, Option<u64>, usize); 4];
        let cases: [(&str, CustomerTables, Want); 4] = [
            (
                "empty tables sum to zero",
                tables(&[], &[], &[], &[]),
                [(0, Some(0), 0, Some(0), 0); 4],
            ),
            (
                "blank groups are ignored",
                tables(
                    &[("", &[], 0, 0, false, 0)],
                    &[(" ", &[], 0, 0, false, 0)],
                    &[],
                    &[],
                ),
                [(0, Some(0), 0, Some(0), 0); 4],
            ),
            (
                "listed without numbers: unknown, not zero",
                tables(
                    &[("a", &[], 0, 0, false, 0)],
                    &[],
                    &[],
                    &[("x", &[], 0, 0, false, 0)],
                ),
                [
                    (1, None, 1, None, 1),
                    (0, Some(0), 0, Some(0), 0),
                    (0, Some(0), 0, Some(0), 0),
                    (1, None, 1, None, 1),
                ],
            ),
            (
                "mixed: sums over the known values, missing ones counted",
                tables(
                    &[("a", &[], 3, 100, false, 0), ("b", &[], 0, 50, false, 0)],
                    &[("c", &[], 10, 0, false, 0), ("d", &[], 5, 0, true, 0)],
                    &[("e", &[], 2, 70, false, 6)],
                    &[],
                ),
                [
                    (2, Some(3), 1, Some(150), 0),
                    (2, Some(15), 0, None, 2),
                    (1, Some(2), 0, Some(70), 0),
                    (0, Some(0), 0, Some(0), 0),
                ],
            ),
        ];
        for (name, t, want) in cases {
            let score = CustomerScore::of(&t);
            for (table, want) in CustomerTable::ALL.into_iter().zip(want) {
                let s = score.table(table);
                assert_eq!(s.table, table, "{name}");
                let got = (
                    s.groups,
                    s.customers,
                    s.customers_missing,
                    s.revenue,
                    s.revenue_missing,
                );
                assert_eq!(got, want, "{name}: {table:?}");
            }
            assert_eq!(score.is_empty(), want.iter().all(|w| w.0 == 0), "{name}");
        }
    }

    #[test]
    fn revenue_at_risk() {
        // (name, current groups, at-risk groups, at risk, safe, percent)
        type Case<'a> = (
            &'a str,
            &'a [G<'a>],
            usize,
            Option<u64>,
            Option<u64>,
            Option<f64>,
        );
        let cases: [Case; 6] = [
            ("no current groups", &[], 0, Some(0), Some(0), None),
            (
                "none at risk",
                &[("a", &[], 0, 300, false, 0)],
                0,
                Some(0),
                Some(300),
                Some(0.0),
            ),
            (
                "a quarter at risk",
                &[("a", &[], 0, 300, false, 0), ("b", &[], 0, 100, true, 0)],
                1,
                Some(100),
                Some(300),
                Some(25.0),
            ),
            (
                "all at risk",
                &[("a", &[], 0, 300, true, 0), ("b", &[], 0, 100, true, 0)],
                2,
                Some(400),
                Some(0),
                Some(100.0),
            ),
            (
                "flagged without revenue: unknown, not zero",
                &[("a", &[], 0, 300, false, 0), ("b", &[], 0, 0, true, 0)],
                1,
                None,
                Some(300),
                None,
            ),
            (
                "no revenue known at all: no share",
                &[("a", &[], 0, 0, false, 0), ("b", &[], 0, 0, true, 0)],
                1,
                None,
                None,
                None,
            ),
        ];
        for (name, current, groups, at_risk, safe, percent) in cases {
            let score = CustomerScore::of(&tables(&[], current, &[], &[]));
            assert_eq!(score.at_risk_groups, groups, "{name}");
            assert_eq!(score.at_risk_revenue, at_risk, "{name}");
            assert_eq!(score.safe_revenue, safe, "{name}");
            assert_eq!(score.at_risk_percent, percent, "{name}");
        }
    }

    #[test]
    fn weighted_pipeline() {
        // (name, potential groups, pipeline, missing)
        type Case<'a> = (&'a str, &'a [G<'a>], Option<f64>, usize);
        let cases: [Case; 5] = [
            ("empty", &[], Some(0.0), 0),
            (
                "one at 7 in 10",
                &[("a", &[], 0, 1000, false, 7)],
                Some(700.0),
                0,
            ),
            (
                "sum of revenue × chance / 10",
                &[("a", &[], 0, 1000, false, 7), ("b", &[], 0, 15, false, 1)],
                Some(701.5),
                0,
            ),
            (
                "a group without chance is left out and counted",
                &[("a", &[], 0, 1000, false, 10), ("b", &[], 0, 500, false, 0)],
                Some(1000.0),
                1,
            ),
            (
                "nothing weighable: unknown",
                &[("a", &[], 0, 0, false, 5), ("b", &[], 0, 500, false, 0)],
                None,
                2,
            ),
        ];
        for (name, potential, pipeline, missing) in cases {
            let score = CustomerScore::of(&tables(&[], &[], potential, &[]));
            assert_eq!(score.weighted_pipeline, pipeline, "{name}");
            assert_eq!(score.pipeline_missing, missing, "{name}");
        }
    }

    #[test]
    fn loss_reason_pareto() {
        /// (tag or None, revenue lost, groups, revenue missing, cumulative %)
        type Line = (Option<u64>, u64, usize, usize, Option<f64>);
        type Case<'a> = (&'a str, &'a [G<'a>], &'a [Line]);
        let cases: [Case; 6] = [
            ("no former groups", &[], &[]),
            (
                "ranked by revenue lost",
                &[
                    ("a", &[PRICE], 0, 100, false, 0),
                    ("b", &[QUALITY], 0, 300, false, 0),
                    ("c", &[PRICE], 0, 100, false, 0),
                ],
                &[
                    (Some(QUALITY), 300, 1, 0, Some(60.0)),
                    (Some(PRICE), 200, 2, 0, Some(100.0)),
                ],
            ),
            (
                "ties keep tag order; untagged last among equals",
                &[
                    ("a", &[], 0, 100, false, 0),
                    ("b", &[QUALITY], 0, 100, false, 0),
                    ("c", &[SERVICE], 0, 100, false, 0),
                ],
                &[
                    (Some(SERVICE), 100, 1, 0, Some(100.0 / 3.0)),
                    (Some(QUALITY), 100, 1, 0, Some(200.0 / 3.0)),
                    (None, 100, 1, 0, Some(100.0)),
                ],
            ),
            (
                "several tags share the revenue; odd units to the first in list order",
                &[("a", &[QUALITY, PRICE, QUALITY], 0, 101, false, 0)],
                &[
                    (Some(PRICE), 51, 1, 0, Some(51.0 / 1.01)),
                    (Some(QUALITY), 50, 1, 0, Some(100.0)),
                ],
            ),
            (
                "a removed tag's id counts as untagged",
                &[("a", &[999], 0, 40, false, 0)],
                &[(None, 40, 1, 0, Some(100.0))],
            ),
            (
                "revenue unknown: counted, no revenue, no share",
                &[("a", &[PRICE], 0, 0, false, 0)],
                &[(Some(PRICE), 0, 1, 1, None)],
            ),
        ];
        for (name, former, want) in cases {
            let score = CustomerScore::of(&tables(former, &[], &[], &[]));
            let got: Vec<Line> = score
                .loss_reasons
                .iter()
                .map(|l| {
                    (
                        l.tag.map(|t| t.0),
                        l.revenue_lost,
                        l.groups,
                        l.revenue_missing,
                        l.cumulative_percent,
                    )
                })
                .collect();
            assert_eq!(got.len(), want.len(), "{name}: {got:?}");
            for (g, w) in got.iter().zip(want) {
                assert_eq!((g.0, g.1, g.2, g.3), (w.0, w.1, w.2, w.3), "{name}");
                match (g.4, w.4) {
                    (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "{name}: {a} vs {b}"),
                    (a, b) => assert_eq!(a, b, "{name}"),
                }
            }
            // The lines add up to the known revenue lost.
            let lost: u64 = score.loss_reasons.iter().map(|l| l.revenue_lost).sum();
            let known = score.table(CustomerTable::Former).revenue.unwrap_or(0);
            assert_eq!(lost, known, "{name}");
        }
        let score = CustomerScore::of(&tables(&[("a", &[SERVICE], 0, 1, false, 0)], &[], &[], &[]));
        assert_eq!(score.loss_reasons[0].name, "Service", "names are trimmed");
    }

    #[test]
    fn tag_use_per_table() {
        let t = tables(
            &[("a", &[PRICE, SERVICE], 0, 0, false, 0)],
            &[
                ("b", &[PRICE], 0, 0, false, 0),
                ("c", &[PRICE], 0, 0, false, 0),
            ],
            &[],
            &[("d", &[QUALITY], 0, 0, false, 0)],
        );
        let score = CustomerScore::of(&t);
        let got: Vec<(u64, [usize; 4])> = score.tags.iter().map(|u| (u.tag.0, u.groups)).collect();
        assert_eq!(
            got,
            [
                (PRICE, [1, 2, 0, 0]),
                (SERVICE, [1, 0, 0, 0]),
                (QUALITY, [0, 0, 0, 1])
            ]
        );
    }

    #[test]
    fn the_demo_scores_from_its_data() {
        for lang in crate::lang::Lang::ALL {
            let wb = crate::demo::workbook(lang);
            let c = &wb.customers;
            let score = CustomerScore::of(c);
            for t in CustomerTable::ALL {
                let groups = c.table(t);
                let s = score.table(t);
                assert_eq!(s.groups, groups.len(), "{t:?}");
                assert!(s.groups > 0, "{t:?}");
                let known: u64 = groups.iter().filter_map(|g| g.revenue).sum();
                assert_eq!(s.revenue.unwrap_or(0), known, "{t:?}");
            }
            let at_risk: u64 = c
                .current
                .iter()
                .filter(|g| g.at_risk)
                .filter_map(|g| g.revenue)
                .sum();
            assert!(at_risk > 0);
            assert_eq!(score.at_risk_revenue, Some(at_risk));
            let current = score.table(CustomerTable::Current).revenue.unwrap();
            assert_eq!(score.safe_revenue, Some(current - at_risk));
            let share = score.at_risk_percent.unwrap();
            assert!((share - at_risk as f64 * 100.0 / current as f64).abs() < 1e-9);
            let pipeline: f64 = c
                .potential
                .iter()
                .map(|g| g.revenue.unwrap() as f64 * f64::from(g.chance.unwrap().get()) / 10.0)
                .sum();
            assert!(pipeline > 0.0);
            assert_eq!(score.weighted_pipeline, Some(pipeline));
            assert_eq!(score.pipeline_missing, 0);
            let reasons = &score.loss_reasons;
            assert!(reasons.len() > 1);
            assert!(reasons
                .windows(2)
                .all(|w| w[0].revenue_lost >= w[1].revenue_lost));
            let last = reasons.last().unwrap().cumulative_percent.unwrap();
            assert!((last - 100.0).abs() < 1e-9);
            // Every tag reference of every table is counted once.
            let uses: usize = score.tags.iter().flat_map(|t| t.groups).sum();
            let refs: usize = CustomerTable::ALL
                .iter()
                .flat_map(|&t| c.table(t))
                .map(|g| g.tags.len())
                .sum();
            assert_eq!(uses, refs);
        }
    }
}
