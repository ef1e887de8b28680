//! Internal-analysis worksheets (METHOD.md §1): company profile, product and service
//! gap tables, BACK, 7S and internal customers. Types only; their scoring comes with
//! their screens.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::score::Score;

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
