//! The OBL (organisational body language) audit of METHOD.md §4: departments and
//! companies rated Excellent / Satisfactory / Not good. Types only for now.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rating {
    /// Excellent (优秀).
    E,
    /// Satisfactory (一般).
    S,
    /// Not good (不行).
    N,
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
