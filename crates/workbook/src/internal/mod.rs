//! Internal-analysis worksheets (METHOD.md §1): the types of the company profile, the
//! product and service gap tables, BACK, 7S and internal customers, and what a blank row
//! is; the scoring of each worksheet lives in a sibling module and is re-exported here.
//!
//! Every score follows the rules of METHOD.md: blank rows are ignored, a missing score
//! is `None` and never counted as zero, and lists are ranked deterministically with the
//! tie-break stated on each function.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::score::Score;

mod back;
mod gaps;
mod internal_customers;
mod seven_s;

pub use back::{
    AspirationScore, BackLetter, BackScore, BaggageScore, CultureProfile, CultureStrength,
    KnowledgeRow, KnowledgeScore,
};
pub use gaps::{GapScore, RankedGap};
pub use internal_customers::{DepartmentScore, InternalCustomersScore, WeakLink};
pub use seven_s::{FactorRating, SevenSScore};

/// Whether typed text is empty once white space is trimmed.
fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The mean of `scores`, or `None` when there are none: an average of nothing is
/// unknown, not zero. Shared with the external-analysis scores.
pub(crate) fn mean(scores: impl IntoIterator<Item = Score>) -> Option<f64> {
    let (sum, count) = scores.into_iter().fold((0u32, 0u32), |(sum, count), s| {
        (sum + u32::from(s.get()), count + 1)
    });
    (count > 0).then(|| f64::from(sum) / f64::from(count))
}

/// How many of a ranked list the "largest" and "weakest" summaries show.
pub const TOP: usize = 3;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CompanyProfile {
    /// What type of company it is (e.g. "corporate training").
    pub company_type: String,
    pub offerings: Vec<TextRow>,
    pub competencies: Vec<Competency>,
    pub goals: Vec<Goal>,
}

/// A row holding one line of text, for plain open-ended lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRow {
    pub id: RowId,
    #[serde(default)]
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competency {
    pub id: RowId,
    #[serde(default)]
    pub text: String,
    /// Where the competence shows (METHOD.md: 核心竞争力体现在哪里).
    #[serde(default)]
    pub evidence: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: RowId,
    #[serde(default)]
    pub text: String,
    /// Free text such as "2027-06" or "end of next year".
    #[serde(default)]
    pub target_date: String,
    #[serde(default)]
    pub owner: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

/// A row of the product or the service gap table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GapRow {
    pub id: RowId,
    /// What the company thinks it offers (公司所认为的产品 / 公司所提供的服务).
    #[serde(default)]
    pub offered: String,
    /// What customers actually need (顾客的实际需要).
    #[serde(default)]
    pub needed: String,
    #[serde(default)]
    pub gap: Option<Score>,
    #[serde(default)]
    pub priority: Option<Priority>,
}

impl GapRow {
    /// A row with no text, gap or priority is an empty line, not a gap.
    pub fn is_blank(&self) -> bool {
        blank(&self.offered) && blank(&self.needed) && self.gap.is_none() && self.priority.is_none()
    }

    /// The row in one line, "offered → needed", or whichever side is filled in: the
    /// gap lies between the two, so neither side alone names it. Used as a chart label
    /// and as the text of the SWOT weakness the row is sent as.
    pub fn label(&self) -> String {
        match (self.offered.trim(), self.needed.trim()) {
            ("", needed) => needed.to_string(),
            (offered, "") => offered.to_string(),
            (offered, needed) => format!("{offered} → {needed}"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Back {
    pub baggage: Vec<BaggageItem>,
    pub aspirations: Vec<Aspiration>,
    pub culture: CultureAssessment,
    pub knowledge: Vec<KnowledgeTopic>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BaggageDecision {
    Keep,
    Review,
    Drop,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaggageItem {
    pub id: RowId,
    /// The rule, policy or habit.
    #[serde(default)]
    pub text: String,
    /// How much it hinders customer relationships.
    #[serde(default)]
    pub hindrance: Option<Score>,
    #[serde(default)]
    pub decision: Option<BaggageDecision>,
}

impl BaggageItem {
    pub fn is_blank(&self) -> bool {
        blank(&self.text) && self.hindrance.is_none() && self.decision.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aspiration {
    pub id: RowId,
    #[serde(default)]
    pub text: String,
    /// How widely it is shared among staff.
    #[serde(default)]
    pub shared: Option<Score>,
    /// Who voiced it (staff level).
    #[serde(default)]
    pub voiced_by: String,
}

impl Aspiration {
    pub fn is_blank(&self) -> bool {
        blank(&self.text) && self.shared.is_none() && blank(&self.voiced_by)
    }
}

/// The four culture types of METHOD.md §1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CultureType {
    Role,
    Power,
    Task,
    Existential,
}

impl CultureType {
    pub const ALL: [CultureType; 4] = [
        CultureType::Role,
        CultureType::Power,
        CultureType::Task,
        CultureType::Existential,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CultureChoice {
    pub kind: CultureType,
    #[serde(default)]
    pub strength: Option<Score>,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CultureAssessment {
    pub dominant: Option<CultureChoice>,
    pub secondary: Option<CultureChoice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnowledgeTopic {
    pub id: RowId,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub current: Option<Score>,
    #[serde(default)]
    pub target: Option<Score>,
}

impl KnowledgeTopic {
    pub fn is_blank(&self) -> bool {
        blank(&self.topic) && self.current.is_none() && self.target.is_none()
    }
}

/// The six factors of 7S that get a verdict; shared values sit in the centre.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SevenSFactor {
    Staff,
    Structure,
    Systems,
    Skills,
    Style,
    Strategy,
}

impl SevenSFactor {
    pub const ALL: [SevenSFactor; 6] = [
        SevenSFactor::Staff,
        SevenSFactor::Structure,
        SevenSFactor::Systems,
        SevenSFactor::Skills,
        SevenSFactor::Style,
        SevenSFactor::Strategy,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Strength,
    Weakness,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SevenSEntry {
    pub factor: SevenSFactor,
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// How strong, or how weak, the factor is.
    #[serde(default)]
    pub rating: Option<Score>,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SevenS {
    pub shared_values: String,
    /// Exactly one entry per factor, in [`SevenSFactor::ALL`] order.
    pub factors: Vec<SevenSEntry>,
}

impl Default for SevenS {
    fn default() -> Self {
        SevenS {
            shared_values: String::new(),
            factors: SevenSFactor::ALL
                .into_iter()
                .map(|factor| SevenSEntry {
                    factor,
                    verdict: None,
                    rating: None,
                    evidence: String::new(),
                })
                .collect(),
        }
    }
}

impl SevenS {
    /// The entry of `factor`: the first one, should a hand-edited file list a factor
    /// twice, so that scoring and completion read the same entry.
    pub fn entry(&self, factor: SevenSFactor) -> Option<&SevenSEntry> {
        self.factors.iter().find(|e| e.factor == factor)
    }

    /// The entry of `factor` to edit; a factor missing from a hand-edited file is
    /// added (blank) so that every factor can always be filled in.
    pub fn entry_mut(&mut self, factor: SevenSFactor) -> &mut SevenSEntry {
        let at = match self.factors.iter().position(|e| e.factor == factor) {
            Some(at) => at,
            None => {
                self.factors.push(SevenSEntry {
                    factor,
                    verdict: None,
                    rating: None,
                    evidence: String::new(),
                });
                self.factors.len() - 1
            }
        };
        &mut self.factors[at]
    }

    /// Puts the entries back to one per factor in [`SevenSFactor::ALL`] order: a
    /// missing factor is added blank, and of duplicates the first (the one scoring
    /// reads) is kept.
    pub fn normalise(&mut self) {
        let mut entries = std::mem::take(&mut self.factors);
        self.factors = SevenSFactor::ALL
            .into_iter()
            .map(
                |factor| match entries.iter().position(|e| e.factor == factor) {
                    Some(at) => entries.swap_remove(at),
                    None => SevenSEntry {
                        factor,
                        verdict: None,
                        rating: None,
                        evidence: String::new(),
                    },
                },
            )
            .collect();
    }
}

/// One internal-customer link: a department serving another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InternalLink {
    pub id: RowId,
    #[serde(default)]
    pub server: String,
    #[serde(default)]
    pub customer: String,
    #[serde(default)]
    pub need: String,
    /// How well the need is served.
    #[serde(default)]
    pub service: Option<Score>,
}

impl InternalLink {
    pub fn is_blank(&self) -> bool {
        blank(&self.server) && blank(&self.customer) && blank(&self.need) && self.service.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::lang::Lang;

    fn sum(scores: impl IntoIterator<Item = Option<Score>>) -> u32 {
        scores
            .into_iter()
            .flatten()
            .map(|s| u32::from(s.get()))
            .sum()
    }

    /// The demo fills every internal worksheet, so every score has something to show.
    /// Expectations are recomputed from the demo's rows, so editing the demo's content
    /// does not break this test; only emptying a worksheet does.
    #[test]
    fn the_demo_scores_every_internal_worksheet() {
        for lang in Lang::ALL {
            let wb = demo::workbook(lang);

            for rows in [&wb.product_gaps, &wb.service_gaps] {
                let score = GapScore::of(rows);
                assert!(!score.is_empty(), "{lang:?}");
                assert_eq!(score.total, Some(sum(rows.iter().map(|r| r.gap))));
                assert_eq!(
                    score.scored,
                    rows.iter().filter(|r| r.gap.is_some()).count()
                );
                assert_eq!(score.ranked.len(), score.scored);
                assert_eq!(score.largest().len(), score.scored.min(TOP));
                assert!(!score.largest().is_empty() && score.mean.is_some());
                let high = rows.iter().filter(|r| r.priority == Some(Priority::High));
                assert_eq!(score.high_priority, high.count());
            }

            let back = wb.back.score();
            let carried = wb
                .back
                .baggage
                .iter()
                .filter(|b| b.decision != Some(BaggageDecision::Drop));
            assert_eq!(back.baggage.load, Some(sum(carried.map(|b| b.hindrance))));
            assert!(
                back.letters().iter().all(Option::is_some),
                "{lang:?}: {back:?}"
            );
            assert_eq!(back.knowledge.topics.len(), wb.back.knowledge.len());
            for (row, topic) in back.knowledge.topics.iter().zip(&wb.back.knowledge) {
                let want = i32::from(topic.target.unwrap().get())
                    - i32::from(topic.current.unwrap().get());
                assert_eq!(row.gap, Some(want));
            }
            assert!(!back.knowledge.largest().is_empty());
            assert!(back.culture.dominant.is_some());

            let seven = wb.seven_s.score();
            assert!(seven.complete, "{lang:?}");
            assert_eq!(seven.strengths + seven.weaknesses, SevenSFactor::ALL.len());
            let signed: i32 = wb
                .seven_s
                .factors
                .iter()
                .map(|e| {
                    let r = i32::from(e.rating.unwrap().get());
                    match e.verdict.unwrap() {
                        Verdict::Strength => r,
                        Verdict::Weakness => -r,
                    }
                })
                .sum();
            assert_eq!(seven.balance, Some(signed));
            assert!(seven.weakest.is_some() && seven.unrated.is_empty());

            let links = InternalCustomersScore::of(&wb.internal_customers);
            let n = wb.internal_customers.len();
            let mean = f64::from(sum(wb.internal_customers.iter().map(|l| l.service))) / n as f64;
            assert_eq!(links.mean, Some(mean));
            assert_eq!(links.weakest.len(), n.min(TOP));
            assert!(!links.departments.is_empty());
            assert_eq!(links.matrix.len(), links.departments.len());
            for link in &wb.internal_customers {
                let at = |name: &str| {
                    links
                        .departments
                        .iter()
                        .position(|d| d.name == name)
                        .unwrap()
                };
                let (s, c) = (at(&link.server), at(&link.customer));
                assert!(links.matrix[s][c].is_some(), "{lang:?}: {link:?}");
                assert!(links.departments[s].as_server.is_some());
                assert!(links.departments[c].as_customer.is_some());
            }
        }
    }
}
