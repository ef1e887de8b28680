//! Scoring of the stakeholders worksheet: each stakeholder's priority (how important it
//! is and how far we fall short of its needs), their ranking, the mean fulfilment and the
//! "act now" rule shared with the chart.

use crate::ids::RowId;
use crate::order;
use crate::score::Score;

use crate::internal::mean;

use super::Stakeholder;

/// The least importance that makes a stakeholder a candidate for acting now.
pub const ACT_NOW_MIN_IMPORTANCE: u8 = 7;
/// The most fulfilment at which an important stakeholder still needs acting on now.
pub const ACT_NOW_MAX_FULFILMENT: u8 = 5;

/// Whether a stakeholder needs acting on now: important (importance ≥
/// [`ACT_NOW_MIN_IMPORTANCE`], the top third or so of the scale) and poorly served
/// (fulfilment ≤ [`ACT_NOW_MAX_FULFILMENT`], at most half met). This is the top-left
/// region of the importance × fulfilment chart, which shades it from these constants.
pub fn act_now(importance: Score, fulfilment: Score) -> bool {
    importance.get() >= ACT_NOW_MIN_IMPORTANCE && fulfilment.get() <= ACT_NOW_MAX_FULFILMENT
}

/// importance × (10 − fulfilment), 0–90: how much a stakeholder matters, times how far
/// its needs are from fully met. A need met in full (10) has priority 0 however
/// important the stakeholder is: there is nothing left to do for it.
pub fn priority(importance: Score, fulfilment: Score) -> u8 {
    importance.get() * (Score::MAX - fulfilment.get())
}

/// One stakeholder with both scores, as ranked for the summary and placed on the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedStakeholder {
    pub id: RowId,
    /// The stakeholder's name, trimmed, so the chart can label its point.
    pub name: String,
    pub importance: Score,
    pub fulfilment: Score,
    /// See [`priority`].
    pub priority: u8,
    /// See [`act_now`].
    pub act_now: bool,
}

/// The scores of the stakeholders worksheet. Blank rows are ignored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StakeholderScore {
    /// Every stakeholder with both importance and fulfilment, highest priority first;
    /// equal priorities keep table order.
    pub ranked: Vec<RankedStakeholder>,
    /// Mean fulfilment over every row whose fulfilment is rated, whether or not its
    /// importance is (how well a need is met does not depend on how much it matters);
    /// `None` when no fulfilment is rated.
    pub mean_fulfilment: Option<f64>,
    /// Non-blank rows missing importance or fulfilment (or both).
    pub unrated: usize,
}

impl StakeholderScore {
    pub fn of(rows: &[Stakeholder]) -> StakeholderScore {
        let rows: Vec<&Stakeholder> = rows.iter().filter(|r| !r.is_blank()).collect();
        let ranked: Vec<RankedStakeholder> = rows
            .iter()
            .filter_map(|r| {
                let (importance, fulfilment) = (r.importance?, r.fulfilment?);
                Some(RankedStakeholder {
                    id: r.id,
                    name: r.name.trim().to_string(),
                    importance,
                    fulfilment,
                    priority: priority(importance, fulfilment),
                    act_now: act_now(importance, fulfilment),
                })
            })
            .collect();
        // Stable: equal priorities stay in table order.
        let ranked = order::by_number(ranked, order::Direction::Descending, |r| {
            i64::from(r.priority)
        });
        StakeholderScore {
            unrated: rows.len() - ranked.len(),
            mean_fulfilment: mean(rows.iter().filter_map(|r| r.fulfilment)),
            ranked,
        }
    }

    /// The rated stakeholders that need acting on now, highest priority first.
    pub fn act_now(&self) -> impl Iterator<Item = &RankedStakeholder> {
        self.ranked.iter().filter(|r| r.act_now)
    }

    /// True when no row has any content.
    pub fn is_empty(&self) -> bool {
        self.ranked.is_empty() && self.unrated == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of (name, importance, fulfilment); 0 stands for "not rated".
    fn rows(rows: &[(&str, u8, u8)]) -> Vec<Stakeholder> {
        rows.iter()
            .enumerate()
            .map(|(i, &(name, importance, fulfilment))| Stakeholder {
                id: RowId(i as u64 + 1),
                name: name.into(),
                needs: String::new(),
                importance: Score::new(importance).ok(),
                fulfilment: Score::new(fulfilment).ok(),
            })
            .collect()
    }

    #[test]
    fn stakeholder_scores() {
        type Rows<'a> = &'a [(&'a str, u8, u8)];
        struct Case<'a> {
            name: &'a str,
            rows: Rows<'a>,
            /// (row id, priority), highest first.
            ranked: &'a [(u64, u8)],
            mean: Option<f64>,
            unrated: usize,
            /// Row ids needing action now, in ranked order.
            act_now: &'a [u64],
        }
        let cases = [
            Case {
                name: "empty",
                rows: &[],
                ranked: &[],
                mean: None,
                unrated: 0,
                act_now: &[],
            },
            Case {
                name: "the seed's named rows, nothing rated yet",
                rows: &[("Customers", 0, 0), ("Media", 0, 0)],
                ranked: &[],
                mean: None,
                unrated: 2,
                act_now: &[],
            },
            Case {
                name: "blank rows are ignored",
                rows: &[(" ", 0, 0), ("Customers", 10, 7)],
                ranked: &[(2, 30)],
                mean: Some(7.0),
                unrated: 0,
                act_now: &[],
            },
            Case {
                name: "like the demo",
                rows: &[
                    ("Customers", 10, 7),
                    ("Shareholders", 8, 6),
                    ("Government", 6, 8),
                    ("Partners", 7, 6),
                    ("Media", 4, 5),
                    ("Others", 3, 5),
                ],
                ranked: &[(2, 32), (1, 30), (4, 28), (5, 20), (6, 15), (3, 12)],
                mean: Some(37.0 / 6.0),
                unrated: 0,
                act_now: &[],
            },
            Case {
                name: "ties keep table order",
                rows: &[("a", 4, 4), ("b", 8, 7), ("c", 6, 6), ("d", 3, 2)],
                ranked: &[(1, 24), (2, 24), (3, 24), (4, 24)],
                mean: Some(19.0 / 4.0),
                unrated: 0,
                act_now: &[],
            },
            Case {
                name: "fully met: priority 0 however important",
                rows: &[("a", 10, 10), ("b", 1, 9)],
                ranked: &[(2, 1), (1, 0)],
                mean: Some(9.5),
                unrated: 0,
                act_now: &[],
            },
            Case {
                name: "partly rated: fulfilment alone counts in the mean, not in the ranking",
                rows: &[("a", 0, 2), ("b", 9, 0), ("c", 7, 5)],
                ranked: &[(3, 35)],
                mean: Some(3.5),
                unrated: 2,
                act_now: &[3],
            },
            Case {
                name: "act now: important and poorly met, on the thresholds too",
                rows: &[
                    ("edge", 7, 5),
                    ("worst", 10, 1),
                    ("not important enough", 6, 1),
                    ("met well enough", 10, 6),
                    ("both", 9, 3),
                ],
                ranked: &[(2, 90), (3, 54), (5, 63), (4, 40), (1, 35)],
                mean: Some(16.0 / 5.0),
                unrated: 0,
                act_now: &[2, 5, 1],
            },
        ];
        for case in &cases {
            let name = case.name;
            let score = StakeholderScore::of(&rows(case.rows));
            let mut want = case.ranked.to_vec();
            // The expected pairs are written in table order where that reads better;
            // the ranking itself is by priority, ties in table order.
            want.sort_by_key(|&(_, p)| std::cmp::Reverse(p));
            let got: Vec<(u64, u8)> = score.ranked.iter().map(|r| (r.id.0, r.priority)).collect();
            assert_eq!(got, want, "{name}: ranked");
            assert_eq!(score.mean_fulfilment, case.mean, "{name}: mean");
            assert_eq!(score.unrated, case.unrated, "{name}: unrated");
            let urgent: Vec<u64> = score.act_now().map(|r| r.id.0).collect();
            assert_eq!(urgent, case.act_now, "{name}: act now");
            let listed = case.rows.iter().any(|r| !r.0.trim().is_empty());
            assert_eq!(score.is_empty(), !listed, "{name}: empty");
        }
    }

    #[test]
    fn act_now_rule_table() {
        // (importance, fulfilment, act now)
        let cases = [
            (10, 1, true),
            (7, 5, true),
            (7, 1, true),
            (10, 5, true),
            (6, 5, false),
            (7, 6, false),
            (10, 10, false),
            (1, 1, false),
        ];
        for (importance, fulfilment, want) in cases {
            let (i, f) = (
                Score::new(importance).unwrap(),
                Score::new(fulfilment).unwrap(),
            );
            assert_eq!(act_now(i, f), want, "{importance} {fulfilment}");
        }
    }

    #[test]
    fn priority_spans_zero_to_ninety() {
        let s = |v| Score::new(v).unwrap();
        assert_eq!(priority(s(10), s(1)), 90);
        assert_eq!(priority(s(1), s(10)), 0);
        assert_eq!(priority(s(10), s(10)), 0);
        assert_eq!(priority(s(1), s(9)), 1);
        assert_eq!(priority(s(5), s(5)), 25);
    }

    #[test]
    fn ranked_rows_carry_their_name_and_scores() {
        let score = StakeholderScore::of(&rows(&[(" Government ", 8, 3)]));
        assert_eq!(
            score.ranked,
            [RankedStakeholder {
                id: RowId(1),
                name: "Government".into(),
                importance: Score::new(8).unwrap(),
                fulfilment: Score::new(3).unwrap(),
                priority: 56,
                act_now: true,
            }]
        );
    }
}
