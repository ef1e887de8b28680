//! Customer value scoring (METHOD.md §8, from the course notes): each customer group
//! that has bought from us — current, former and blacklisted groups of the customer
//! tables — is scored on gross margin (0–20 points) and payment record (0–20
//! points) and ranked by the total. A group with a score missing is listed as not
//! scored, never counted as zero.

use serde::{Deserialize, Serialize};

use crate::customers::{CustomerTable, CustomerTables};
use crate::ids::RowId;

/// The most points either criterion gives.
pub const MAX_POINTS: u8 = 20;

/// The tables whose groups have a buying record to score: potential customers have
/// neither a margin nor a payment record yet.
pub const SCORED_TABLES: [CustomerTable; 3] = [
    CustomerTable::Current,
    CustomerTable::Former,
    CustomerTable::Blacklist,
];

/// One group's points, kept by the group's id so they follow it when it is renamed
/// or moved between the scored tables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueScore {
    pub group: RowId,
    /// Gross margin, 0–[`MAX_POINTS`].
    #[serde(default)]
    pub margin: Option<u8>,
    /// Payment record, 0–[`MAX_POINTS`].
    #[serde(default)]
    pub payment: Option<u8>,
}

/// Which of the two criteria.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Criterion {
    Margin,
    Payment,
}

/// The points of `group` on `criterion`.
pub fn points(scores: &[ValueScore], group: RowId, criterion: Criterion) -> Option<u8> {
    let s = scores.iter().find(|s| s.group == group)?;
    match criterion {
        Criterion::Margin => s.margin,
        Criterion::Payment => s.payment,
    }
}

/// Sets the points of `group` on `criterion` (capped at [`MAX_POINTS`]; `None`
/// clears them), dropping the entry once neither criterion is scored.
pub fn set_points(
    scores: &mut Vec<ValueScore>,
    group: RowId,
    criterion: Criterion,
    value: Option<u8>,
) {
    let value = value.map(|v| v.min(MAX_POINTS));
    let at = match scores.iter().position(|s| s.group == group) {
        Some(at) => at,
        None => {
            scores.push(ValueScore {
                group,
                margin: None,
                payment: None,
            });
            scores.len() - 1
        }
    };
    let s = &mut scores[at];
    match criterion {
        Criterion::Margin => s.margin = value,
        Criterion::Payment => s.payment = value,
    }
    if s.margin.is_none() && s.payment.is_none() {
        scores.remove(at);
    }
}

/// One scored group in the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub group: RowId,
    pub name: String,
    pub table: CustomerTable,
    pub margin: Option<u8>,
    pub payment: Option<u8>,
    /// 1 is the most valuable; equal totals share a place ("1, 1, 3").
    pub rank: usize,
}

impl Ranked {
    /// Margin plus payment, 0–40, once both are scored.
    pub fn total(&self) -> Option<u8> {
        Some(self.margin? + self.payment?)
    }
}

/// The groups ranked by their total.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueRanking {
    /// Groups with both scores, highest total first; ties by margin, then name.
    pub ranked: Vec<Ranked>,
    /// Named groups of the scored tables with a score missing, in table order.
    pub unscored: Vec<Ranked>,
}

impl ValueRanking {
    pub fn of(customers: &CustomerTables, scores: &[ValueScore]) -> ValueRanking {
        let mut r = ValueRanking::default();
        for table in SCORED_TABLES {
            for g in customers.table(table).iter().filter(|g| !g.is_blank()) {
                let entry = Ranked {
                    group: g.id,
                    name: g.name.trim().to_string(),
                    table,
                    margin: points(scores, g.id, Criterion::Margin),
                    payment: points(scores, g.id, Criterion::Payment),
                    rank: 0,
                };
                if entry.total().is_some() {
                    r.ranked.push(entry);
                } else {
                    r.unscored.push(entry);
                }
            }
        }
        r.ranked.sort_by(|a, b| {
            b.total()
                .cmp(&a.total())
                .then(b.margin.cmp(&a.margin))
                .then(a.name.cmp(&b.name))
        });
        for i in 0..r.ranked.len() {
            r.ranked[i].rank = if i > 0 && r.ranked[i].total() == r.ranked[i - 1].total() {
                r.ranked[i - 1].rank
            } else {
                i + 1
            };
        }
        r
    }

    /// Every group there is to score.
    pub fn groups(&self) -> usize {
        self.ranked.len() + self.unscored.len()
    }

    /// The mean total of the ranked groups.
    pub fn mean_total(&self) -> Option<f64> {
        let totals: Vec<u8> = self.ranked.iter().filter_map(Ranked::total).collect();
        (!totals.is_empty())
            .then(|| totals.iter().map(|&t| f64::from(t)).sum::<f64>() / totals.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customers::CustomerGroup;

    fn group(id: u64, name: &str) -> CustomerGroup {
        CustomerGroup {
            id: RowId(id),
            name: name.into(),
            reason: String::new(),
            tags: Vec::new(),
            customers: None,
            revenue: None,
            when: String::new(),
            at_risk: false,
            warning_sign: String::new(),
            chance: None,
            history: Vec::new(),
        }
    }

    #[test]
    fn points_are_set_capped_and_cleared() {
        let mut s = Vec::new();
        set_points(&mut s, RowId(1), Criterion::Margin, Some(25));
        assert_eq!(points(&s, RowId(1), Criterion::Margin), Some(20), "capped");
        set_points(&mut s, RowId(1), Criterion::Payment, Some(0));
        assert_eq!(
            points(&s, RowId(1), Criterion::Payment),
            Some(0),
            "0 is a score"
        );
        set_points(&mut s, RowId(1), Criterion::Margin, None);
        assert_eq!(s.len(), 1);
        set_points(&mut s, RowId(1), Criterion::Payment, None);
        assert!(s.is_empty(), "nothing scored: no entry");
        assert_eq!(points(&s, RowId(2), Criterion::Margin), None);
    }

    #[test]
    fn groups_rank_by_total_with_shared_places() {
        let c = CustomerTables {
            current: vec![group(1, "Banks"), group(2, "Makers"), group(3, "SMEs")],
            former: vec![group(4, "Retail"), group(9, "")],
            potential: vec![group(5, "Clinics")],
            blacklist: vec![group(6, "Late payer")],
            tags: Vec::new(),
        };
        // (group, margin, payment)
        let mut scores = Vec::new();
        for (g, m, p) in [
            (1, Some(15), Some(18)),
            (2, Some(18), Some(15)),
            (3, Some(10), None),
            (4, Some(20), Some(13)),
            (5, Some(20), Some(20)),
            (6, Some(12), Some(0)),
        ] {
            set_points(&mut scores, RowId(g), Criterion::Margin, m);
            set_points(&mut scores, RowId(g), Criterion::Payment, p);
        }
        let r = ValueRanking::of(&c, &scores);
        let ranked: Vec<_> = r
            .ranked
            .iter()
            .map(|g| (g.name.as_str(), g.total(), g.rank))
            .collect();
        assert_eq!(
            ranked,
            [
                ("Retail", Some(33), 1),
                ("Makers", Some(33), 1),
                ("Banks", Some(33), 1),
                ("Late payer", Some(12), 4),
            ],
            "ties by margin then name share the place; potential customers are not scored"
        );
        let unscored: Vec<_> = r.unscored.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(
            unscored,
            ["SMEs"],
            "half scored is not scored; blank rows left out"
        );
        assert_eq!(r.groups(), 5);
        assert_eq!(r.mean_total(), Some(27.75));
        assert_eq!(
            ValueRanking::of(&c, &[]).mean_total(),
            None,
            "nothing scored"
        );
    }
}
