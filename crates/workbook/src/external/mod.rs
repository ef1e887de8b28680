//! External-analysis worksheets (METHOD.md §2): the types of PESTLE, stakeholders and
//! competitors, and what a blank row is; the scoring of each worksheet lives in a sibling
//! module and is re-exported here.
//!
//! Every score follows the rules of METHOD.md: blank rows are ignored, a missing score
//! is `None` and never counted as zero, and lists are ranked deterministically with the
//! tie-break stated on each function. A competitor's SWOT is the company's [`Swot`] and
//! is scored by the same [`SwotScore`](crate::swot::SwotScore).

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::score::Score;
use crate::swot::{Quadrant, Swot};

mod competitors;
mod pestle;
mod stakeholders;

pub use competitors::{Column, Comparison, ComparisonRow, Lead, SortDirection};
pub use pestle::{FactorScore, PestleScore, WeightedItem};
pub use stakeholders::{
    act_now, priority, RankedStakeholder, StakeholderScore, ACT_NOW_MAX_FULFILMENT,
    ACT_NOW_MIN_IMPORTANCE,
};

/// Whether typed text is empty once white space is trimmed.
fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PestleFactor {
    Political,
    Economic,
    Social,
    Technological,
    Legal,
    Environmental,
}

impl PestleFactor {
    pub const ALL: [PestleFactor; 6] = [
        PestleFactor::Political,
        PestleFactor::Economic,
        PestleFactor::Social,
        PestleFactor::Technological,
        PestleFactor::Legal,
        PestleFactor::Environmental,
    ];

    /// The factor's place in [`PestleFactor::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Opportunity,
    Threat,
}

impl Direction {
    /// The SWOT quadrant an item of this direction is sent to: PESTLE looks at the
    /// world outside the company, so it only ever feeds opportunities and threats.
    pub fn quadrant(self) -> Quadrant {
        match self {
            Direction::Opportunity => Quadrant::Opportunities,
            Direction::Threat => Quadrant::Threats,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PestleItem {
    pub id: RowId,
    pub factor: PestleFactor,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub direction: Option<Direction>,
    #[serde(default)]
    pub impact: Option<Score>,
    #[serde(default)]
    pub likelihood: Option<Score>,
}

impl PestleItem {
    /// An item with no text, direction, impact or likelihood is an empty line.
    pub fn is_blank(&self) -> bool {
        blank(&self.text)
            && self.direction.is_none()
            && self.impact.is_none()
            && self.likelihood.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub needs: String,
    #[serde(default)]
    pub importance: Option<Score>,
    /// How well the company meets the need today.
    #[serde(default)]
    pub fulfilment: Option<Score>,
}

impl Stakeholder {
    /// A row with no name, needs or scores is an empty line.
    pub fn is_blank(&self) -> bool {
        blank(&self.name)
            && blank(&self.needs)
            && self.importance.is_none()
            && self.fulfilment.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competitor {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub notes: String,
    /// Scored exactly like the company's own SWOT.
    #[serde(default)]
    pub swot: Swot,
}

impl Competitor {
    /// A competitor with no name, no notes and only blank SWOT rows is an empty line:
    /// a new competitor is padded with blank rows, which must not make it an entry.
    pub fn is_blank(&self) -> bool {
        blank(&self.name) && blank(&self.notes) && self.swot.items().all(|(_, i)| i.is_blank())
    }
}

/// Answers to the market questions of METHOD.md §2.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MarketAnswers {
    pub can_improve: String,
    pub entry_barriers: String,
    pub entry_by_restructuring: String,
    pub re_entrants: String,
    pub substitutes: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Competitors {
    pub list: Vec<Competitor>,
    pub market: MarketAnswers,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::internal::TOP;
    use crate::lang::Lang;

    fn product(i: &PestleItem) -> u32 {
        u32::from(i.impact.unwrap().get()) * u32::from(i.likelihood.unwrap().get())
    }

    /// The demo fills every external worksheet, so every score and chart has something to
    /// show. Expectations are recomputed from the demo's rows, so editing the demo's
    /// content does not break this test; only emptying a worksheet does.
    #[test]
    fn the_demo_scores_every_external_worksheet() {
        for lang in Lang::ALL {
            let wb = demo::workbook(lang);

            let pestle = PestleScore::of(&wb.pestle);
            assert!(!pestle.is_empty(), "{lang:?}");
            assert_eq!(pestle.unscored, 0, "{lang:?}: every item weighed");
            assert_eq!(pestle.scored(), wb.pestle.len());
            for f in &pestle.factors {
                assert!(!f.is_empty(), "{lang:?}: {:?} listed", f.factor);
                for d in [Direction::Opportunity, Direction::Threat] {
                    let sum: u32 = wb
                        .pestle
                        .iter()
                        .filter(|i| i.factor == f.factor && i.direction == Some(d))
                        .map(product)
                        .sum();
                    assert_eq!(f.weight(d), Some(f64::from(sum) / 10.0), "{f:?}");
                }
                assert!(f.net().is_some());
            }
            let heaviest = wb.pestle.iter().map(product).max().unwrap();
            assert_eq!(pestle.heaviest().len(), wb.pestle.len().min(TOP));
            assert_eq!(pestle.heaviest()[0].weight, f64::from(heaviest) / 10.0);

            let stakeholders = StakeholderScore::of(&wb.stakeholders);
            let rated: Vec<&Stakeholder> = wb
                .stakeholders
                .iter()
                .filter(|s| s.importance.is_some() && s.fulfilment.is_some())
                .collect();
            assert!(!rated.is_empty(), "{lang:?}");
            assert_eq!(stakeholders.ranked.len(), rated.len());
            assert_eq!(stakeholders.unrated, wb.stakeholders.len() - rated.len());
            let top = rated
                .iter()
                .map(|s| priority(s.importance.unwrap(), s.fulfilment.unwrap()))
                .max();
            assert_eq!(stakeholders.ranked.first().map(|r| r.priority), top);
            let fulfilment: Vec<u8> = wb
                .stakeholders
                .iter()
                .filter_map(|s| s.fulfilment.map(Score::get))
                .collect();
            let mean =
                fulfilment.iter().map(|&f| f64::from(f)).sum::<f64>() / fulfilment.len() as f64;
            assert_eq!(stakeholders.mean_fulfilment, Some(mean));
            // The demo shows the "act now" rule at work on at least one stakeholder.
            let urgent = rated
                .iter()
                .filter(|s| act_now(s.importance.unwrap(), s.fulfilment.unwrap()))
                .count();
            assert!(urgent > 0, "{lang:?}");
            assert_eq!(stakeholders.act_now().count(), urgent);

            let table = Comparison::of(&wb, "");
            assert_eq!(table.company().name, wb.client);
            assert_eq!(table.rows.len(), 1 + wb.competitors.list.len());
            let scored = table
                .competitors()
                .iter()
                .filter(|r| r.overall.is_some() && r.unscored == 0)
                .count();
            assert!(scored >= 3, "{lang:?}: {scored} competitors fully scored");
            let owners =
                std::iter::once(&wb.swot).chain(wb.competitors.list.iter().map(|c| &c.swot));
            for (row, swot) in table.rows.iter().zip(owners) {
                for q in Quadrant::ALL {
                    let sum: u32 = swot
                        .quadrant(q)
                        .iter()
                        .filter_map(|i| i.score.map(|s| u32::from(s.get())))
                        .sum();
                    assert_eq!(row.total(q), Some(sum), "{lang:?}: {} {q:?}", row.name);
                }
                assert!(row.rank.is_some(), "{lang:?}: {} ranked", row.name);
            }
            // The "can we improve" view has something to show, and every lead is a real
            // one in the direction that quadrant counts as better.
            let leads: Vec<(Quadrant, Lead)> = Quadrant::ALL
                .into_iter()
                .flat_map(|q| table.outscoring(q).into_iter().map(move |l| (q, l)))
                .collect();
            assert!(!leads.is_empty(), "{lang:?}");
            for (q, lead) in leads {
                let (ours, theirs) = (
                    i64::from(table.company().total(q).unwrap()),
                    i64::from(table.rows[lead.row].total(q).unwrap()),
                );
                let better = if q.is_favourable() {
                    theirs - ours
                } else {
                    ours - theirs
                };
                assert_eq!(better, i64::from(lead.by), "{lang:?}: {q:?}");
            }
        }
    }
}
