//! External-analysis worksheets (METHOD.md §2): PESTLE, stakeholders and competitors.
//! Types only; their scoring comes with their screens.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::score::Score;
use crate::swot::Swot;

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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Opportunity,
    Threat,
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
