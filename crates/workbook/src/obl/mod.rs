//! The OBL (organisational body language) audit of METHOD.md §4: departments and
//! companies rated Excellent / Satisfactory / Not good. The types live here; [`score`]
//! scores them and [`edit`] holds the workbook edits of both grids.

use serde::{Deserialize, Serialize};

pub mod edit;
mod grid;
pub mod score;

pub use score::{GridScore, IndexRow, OblScore, RatingCounts};

use crate::ids::RowId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rating {
    /// Excellent (优秀).
    E,
    /// Satisfactory (一般).
    S,
    /// Poor (较差).
    N,
}

impl Rating {
    pub const ALL: [Rating; 3] = [Rating::E, Rating::S, Rating::N];

    /// Points towards the index: E 2, S 1, N 0.
    pub fn points(self) -> u32 {
        match self {
            Rating::E => 2,
            Rating::S => 1,
            Rating::N => 0,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cell {
    pub rating: Option<Rating>,
    pub comment: String,
}

/// A criterion a department is assessed on, with its rating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepartmentCriterion {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub cell: Cell,
}

impl DepartmentCriterion {
    /// Whether the criterion still awaits a name: blank, or the seed's "other, to be
    /// decided" placeholder in either language. Such a row is not something to assess
    /// until the user names it, so neither completion nor the score asks for its
    /// rating — though a rating given anyway counts.
    pub fn is_placeholder(&self) -> bool {
        let name = self.name.trim();
        // Seeds before full-width punctuation (issue #16) wrote the Chinese one with
        // ASCII parentheses, and stored workbooks keep it so.
        let full_width = name.replace('(', "（").replace(')', "）");
        name.is_empty()
            || name == crate::seed::OTHER_CRITERION.0
            || full_width == crate::seed::OTHER_CRITERION.1
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Department {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub criteria: Vec<DepartmentCriterion>,
}

/// A company in the industry comparison: the workbook's own company or one of the
/// competitors of the competitor worksheet (referenced, never copied).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanyRef {
    Own,
    Competitor(RowId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndustryCriterion {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndustryRating {
    pub company: CompanyRef,
    pub criterion: RowId,
    #[serde(default)]
    pub cell: Cell,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OblAudit {
    pub departments: Vec<Department>,
    pub industry_criteria: Vec<IndustryCriterion>,
    pub industry_ratings: Vec<IndustryRating>,
}
