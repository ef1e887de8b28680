//! Scoring of PESTLE: per factor the weight of its opportunities and of its threats and
//! their net, and the heaviest items of the whole worksheet.
//!
//! An item's weight is impact × likelihood / 10: a 0.1–10 figure on the scale of one
//! score, so that "an item that matters fully and will certainly happen" weighs as much
//! as a SWOT item scored 10.

use crate::ids::RowId;
use crate::internal::TOP;
use crate::order;
use crate::score::Score;

use super::{Direction, PestleFactor, PestleItem};

/// One item with everything its weight needs: a direction, an impact and a likelihood.
#[derive(Clone, Debug, PartialEq)]
pub struct WeightedItem {
    pub id: RowId,
    pub factor: PestleFactor,
    pub direction: Direction,
    /// The item's text, trimmed, so a summary can name it without the table.
    pub text: String,
    pub impact: Score,
    pub likelihood: Score,
    /// impact × likelihood / 10.
    pub weight: f64,
}

impl WeightedItem {
    fn of(item: &PestleItem) -> Option<WeightedItem> {
        let (impact, likelihood) = (item.impact?, item.likelihood?);
        Some(WeightedItem {
            id: item.id,
            factor: item.factor,
            direction: item.direction?,
            text: item.text.trim().to_string(),
            impact,
            likelihood,
            weight: f64::from(product(impact, likelihood)) / 10.0,
        })
    }

    /// impact × likelihood as a whole number: ranking and summing on it stays exact,
    /// and the `f64` weight is derived from it once, for display.
    fn product(&self) -> u16 {
        product(self.impact, self.likelihood)
    }
}

fn product(impact: Score, likelihood: Score) -> u16 {
    u16::from(impact.get()) * u16::from(likelihood.get())
}

/// The scores of one PESTLE factor.
///
/// An item needs a direction, an impact and a likelihood to be weighed; a non-blank item
/// missing any of them is counted in `unscored` and weighs nothing on either side.
#[derive(Clone, Debug, PartialEq)]
pub struct FactorScore {
    pub factor: PestleFactor,
    /// Sum of the weights of the factor's weighed opportunities. `None` while the factor
    /// lists opportunities but none of them is weighed (the weight is unknown, not zero);
    /// a factor listing no opportunity at all genuinely weighs zero, as an empty SWOT
    /// quadrant totals zero. Items without a direction take no side, so they never make
    /// a side unknown; they are reported through `unscored`.
    pub opportunity: Option<f64>,
    /// The same for threats.
    pub threat: Option<f64>,
    /// Weighed opportunities.
    pub opportunities: usize,
    /// Weighed threats.
    pub threats: usize,
    /// Non-blank items missing a direction, an impact or a likelihood.
    pub unscored: usize,
}

impl FactorScore {
    /// Scores the items of `factor` among `items`; blank items are ignored.
    pub fn of(factor: PestleFactor, items: &[PestleItem]) -> FactorScore {
        // Per direction: (sum of impact × likelihood, weighed items, unweighed items).
        let mut sides = [(0u32, 0usize, 0usize); 2];
        let side = |d: Direction| match d {
            Direction::Opportunity => 0,
            Direction::Threat => 1,
        };
        let mut unscored = 0;
        for item in items.iter().filter(|i| i.factor == factor && !i.is_blank()) {
            match (WeightedItem::of(item), item.direction) {
                (Some(w), _) => {
                    let s = &mut sides[side(w.direction)];
                    s.0 += u32::from(w.product());
                    s.1 += 1;
                }
                (None, direction) => {
                    unscored += 1;
                    if let Some(d) = direction {
                        sides[side(d)].2 += 1;
                    }
                }
            }
        }
        // Summing whole products and dividing once keeps 0.1 steps exact enough to
        // compare with a literal; summing tenths would drift.
        let weight = |(sum, weighed, unweighed): (u32, usize, usize)| {
            (weighed > 0 || unweighed == 0).then(|| f64::from(sum) / 10.0)
        };
        FactorScore {
            factor,
            opportunity: weight(sides[0]),
            threat: weight(sides[1]),
            opportunities: sides[0].1,
            threats: sides[1].1,
            unscored,
        }
    }

    /// Opportunity weight minus threat weight; `None` while either is unknown.
    pub fn net(&self) -> Option<f64> {
        Some(self.opportunity? - self.threat?)
    }

    /// The weight of one side.
    pub fn weight(&self, direction: Direction) -> Option<f64> {
        match direction {
            Direction::Opportunity => self.opportunity,
            Direction::Threat => self.threat,
        }
    }

    /// True when the factor lists nothing.
    pub fn is_empty(&self) -> bool {
        self.opportunities + self.threats + self.unscored == 0
    }
}

/// The scores of the PESTLE worksheet.
#[derive(Clone, Debug, PartialEq)]
pub struct PestleScore {
    /// One per factor, in [`PestleFactor::ALL`] order, listed or not.
    pub factors: [FactorScore; 6],
    /// Every weighed item of every factor, heaviest first. Equal weights keep table
    /// order, so the ranking only changes when a score or the table's order does.
    pub ranked: Vec<WeightedItem>,
    /// Non-blank items missing a direction, an impact or a likelihood, all factors.
    pub unscored: usize,
}

impl PestleScore {
    pub fn of(items: &[PestleItem]) -> PestleScore {
        let factors = PestleFactor::ALL.map(|f| FactorScore::of(f, items));
        let ranked: Vec<WeightedItem> = items
            .iter()
            .filter(|i| !i.is_blank())
            .filter_map(WeightedItem::of)
            .collect();
        // Stable: equal products stay in table order.
        let ranked = order::by_number(ranked, order::Direction::Descending, |w| {
            i64::from(w.product())
        });
        PestleScore {
            unscored: factors.iter().map(|f| f.unscored).sum(),
            factors,
            ranked,
        }
    }

    /// The scores of one factor.
    pub fn factor(&self, factor: PestleFactor) -> &FactorScore {
        &self.factors[factor.index()]
    }

    /// The [`TOP`] heaviest items of the worksheet (fewer when fewer are weighed), ties
    /// in table order.
    pub fn heaviest(&self) -> &[WeightedItem] {
        &self.ranked[..self.ranked.len().min(TOP)]
    }

    /// Weighed items.
    pub fn scored(&self) -> usize {
        self.ranked.len()
    }

    /// True when no factor lists anything.
    pub fn is_empty(&self) -> bool {
        self.factors.iter().all(FactorScore::is_empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::{Opportunity as O, Threat as T};
    use PestleFactor::{Economic as Eco, Legal, Political as Pol, Social};

    /// A row: (factor, text, direction, impact, likelihood); 0 stands for "not scored".
    type Row = (PestleFactor, &'static str, Option<Direction>, u8, u8);

    fn items(rows: &[Row]) -> Vec<PestleItem> {
        rows.iter()
            .enumerate()
            .map(
                |(i, &(factor, text, direction, impact, likelihood))| PestleItem {
                    id: RowId(i as u64 + 1),
                    factor,
                    text: text.into(),
                    direction,
                    impact: Score::new(impact).ok(),
                    likelihood: Score::new(likelihood).ok(),
                },
            )
            .collect()
    }

    #[test]
    fn factor_scores() {
        struct Case {
            name: &'static str,
            rows: &'static [Row],
            opportunity: Option<f64>,
            threat: Option<f64>,
            net: Option<f64>,
            opportunities: usize,
            threats: usize,
            unscored: usize,
        }
        let cases = [
            Case {
                name: "nothing listed: a genuine zero both ways",
                rows: &[],
                opportunity: Some(0.0),
                threat: Some(0.0),
                net: Some(0.0),
                opportunities: 0,
                threats: 0,
                unscored: 0,
            },
            Case {
                name: "blank rows and other factors are ignored",
                rows: &[(Pol, "  ", None, 0, 0), (Eco, "x", Some(O), 9, 9)],
                opportunity: Some(0.0),
                threat: Some(0.0),
                net: Some(0.0),
                opportunities: 0,
                threats: 0,
                unscored: 0,
            },
            Case {
                name: "one of each: impact × likelihood / 10",
                rows: &[(Pol, "a", Some(O), 7, 8), (Pol, "b", Some(T), 6, 7)],
                opportunity: Some(5.6),
                threat: Some(4.2),
                net: Some(5.6 - 4.2),
                opportunities: 1,
                threats: 1,
                unscored: 0,
            },
            Case {
                name: "weights add up per side",
                rows: &[
                    (Pol, "a", Some(O), 10, 10),
                    (Pol, "b", Some(O), 1, 1),
                    (Pol, "c", Some(T), 5, 5),
                    (Pol, "d", Some(T), 3, 4),
                ],
                opportunity: Some(10.1),
                threat: Some(3.7),
                net: Some(10.1 - 3.7),
                opportunities: 2,
                threats: 2,
                unscored: 0,
            },
            Case {
                name: "threats listed, none weighed: unknown, not zero",
                rows: &[(Pol, "a", Some(O), 4, 5), (Pol, "b", Some(T), 6, 0)],
                opportunity: Some(2.0),
                threat: None,
                net: None,
                opportunities: 1,
                threats: 0,
                unscored: 1,
            },
            Case {
                name: "partly weighed: the weighed items count, the rest are unscored",
                rows: &[
                    (Pol, "a", Some(T), 4, 5),
                    (Pol, "b", Some(T), 0, 7),
                    (Pol, "c", Some(O), 0, 0),
                ],
                opportunity: None,
                threat: Some(2.0),
                net: None,
                opportunities: 0,
                threats: 1,
                unscored: 2,
            },
            Case {
                name: "no direction: unscored, takes no side, makes no side unknown",
                rows: &[(Pol, "a", None, 9, 9), (Pol, "b", Some(T), 2, 5)],
                opportunity: Some(0.0),
                threat: Some(1.0),
                net: Some(-1.0),
                opportunities: 0,
                threats: 1,
                unscored: 1,
            },
            Case {
                name: "a direction alone makes an item",
                rows: &[(Pol, "", Some(O), 0, 0)],
                opportunity: None,
                threat: Some(0.0),
                net: None,
                opportunities: 0,
                threats: 0,
                unscored: 1,
            },
            Case {
                name: "scores without text still weigh",
                rows: &[(Pol, "", Some(O), 3, 3)],
                opportunity: Some(0.9),
                threat: Some(0.0),
                net: Some(0.9),
                opportunities: 1,
                threats: 0,
                unscored: 0,
            },
        ];
        for case in &cases {
            let name = case.name;
            let score = FactorScore::of(Pol, &items(case.rows));
            assert_eq!(score.factor, Pol, "{name}");
            assert_eq!(score.opportunity, case.opportunity, "{name}: opportunity");
            assert_eq!(score.threat, case.threat, "{name}: threat");
            assert_eq!(score.net(), case.net, "{name}: net");
            assert_eq!(score.opportunities, case.opportunities, "{name}");
            assert_eq!(score.threats, case.threats, "{name}");
            assert_eq!(score.unscored, case.unscored, "{name}: unscored");
            assert_eq!(score.weight(O), case.opportunity, "{name}");
            assert_eq!(score.weight(T), case.threat, "{name}");
            let listed = case.opportunities + case.threats + case.unscored;
            assert_eq!(score.is_empty(), listed == 0, "{name}: empty");
        }
    }

    #[test]
    fn heaviest_items_are_ranked_across_factors() {
        struct Case {
            name: &'static str,
            rows: &'static [Row],
            /// Row ids, heaviest first.
            ranked: &'static [u64],
            unscored: usize,
        }
        let cases = [
            Case {
                name: "empty",
                rows: &[],
                ranked: &[],
                unscored: 0,
            },
            Case {
                name: "across factors, heaviest first",
                rows: &[
                    (Pol, "a", Some(O), 3, 3),
                    (Eco, "b", Some(T), 9, 8),
                    (Social, "c", Some(O), 5, 5),
                    (Legal, "d", Some(T), 10, 2),
                ],
                ranked: &[2, 3, 4, 1],
                unscored: 0,
            },
            Case {
                name: "equal weights keep table order, even from different products",
                rows: &[
                    (Legal, "a", Some(T), 4, 6),
                    (Pol, "b", Some(O), 8, 3),
                    (Eco, "c", Some(O), 3, 8),
                    (Social, "d", Some(T), 6, 4),
                    (Pol, "e", Some(O), 5, 5),
                ],
                ranked: &[5, 1, 2, 3, 4],
                unscored: 0,
            },
            Case {
                name: "unscored and blank items are not ranked",
                rows: &[
                    (Pol, "a", None, 10, 10),
                    (Eco, "", None, 0, 0),
                    (Eco, "b", Some(T), 10, 0),
                    (Social, "c", Some(O), 2, 2),
                ],
                ranked: &[4],
                unscored: 2,
            },
        ];
        for case in &cases {
            let name = case.name;
            let score = PestleScore::of(&items(case.rows));
            let ids: Vec<u64> = score.ranked.iter().map(|w| w.id.0).collect();
            assert_eq!(ids, case.ranked, "{name}: ranked");
            let top: Vec<u64> = score.heaviest().iter().map(|w| w.id.0).collect();
            assert_eq!(top, ids[..ids.len().min(TOP)], "{name}: heaviest");
            assert!(
                score.ranked.windows(2).all(|w| w[0].weight >= w[1].weight),
                "{name}: not descending"
            );
            assert_eq!(score.scored(), case.ranked.len(), "{name}");
            assert_eq!(score.unscored, case.unscored, "{name}: unscored");
            assert_eq!(score.is_empty(), case.rows.iter().all(|r| r.1.is_empty()));
            // The per-factor weights add up to the ranked items of each side.
            for f in &score.factors {
                assert_eq!(score.factor(f.factor), f);
                for d in [O, T] {
                    let sum: u16 = score
                        .ranked
                        .iter()
                        .filter(|w| w.factor == f.factor && w.direction == d)
                        .map(WeightedItem::product)
                        .sum();
                    if let Some(weight) = f.weight(d) {
                        assert_eq!(weight, f64::from(sum) / 10.0, "{name}: {f:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn weighted_items_carry_their_parts() {
        let rows = items(&[(Social, "  Younger learners  ", Some(O), 6, 8)]);
        let score = PestleScore::of(&rows);
        assert_eq!(
            score.ranked,
            [WeightedItem {
                id: RowId(1),
                factor: Social,
                direction: O,
                text: "Younger learners".into(),
                impact: Score::new(6).unwrap(),
                likelihood: Score::new(8).unwrap(),
                weight: 4.8,
            }]
        );
        assert_eq!(score.factor(Social).opportunity, Some(4.8));
        assert_eq!(score.factor(Pol), &FactorScore::of(Pol, &[]));
    }
}
