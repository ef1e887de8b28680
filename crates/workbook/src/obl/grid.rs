//! The rating grids the OBL heat maps draw: departments × their own criteria, and
//! the company and its competitors × the industry criteria.

use crate::ids::RowId;
use crate::workbook::Workbook;

use super::{CompanyRef, OblAudit, Rating};

/// One row of a [`RatingGrid`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    pub name: String,
    /// The company this row is, in the industry grid; `None` in the internal one.
    pub company: Option<CompanyRef>,
    /// One rating per column; `None` where not rated.
    pub cells: Vec<Option<Rating>>,
    /// Each cell's criterion in the internal grid (departments' own criteria, written
    /// in the heat map's cells); empty in the industry grid, whose columns name them.
    pub criteria: Vec<String>,
}

/// A grid of ratings as the heat map draws it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RatingGrid {
    /// Column names. Empty in the internal grid, where each department has criteria
    /// of its own and a row's cells are its criteria in order.
    pub columns: Vec<String>,
    /// Per column of the industry grid, whether the criterion is named (and so asked
    /// for): an unnamed one only counts where it is rated anyway.
    pub(super) asked: Vec<bool>,
    pub rows: Vec<GridRow>,
}

impl RatingGrid {
    /// Departments × their criteria, leaving out the unrated placeholder criteria
    /// (see [`super::DepartmentCriterion::is_placeholder`]) as the score does.
    pub fn internal(audit: &OblAudit) -> RatingGrid {
        RatingGrid {
            columns: Vec::new(),
            asked: Vec::new(),
            rows: audit
                .departments
                .iter()
                .map(|d| {
                    let (cells, criteria) = d
                        .criteria
                        .iter()
                        .filter(|c| !c.is_placeholder() || c.cell.rating.is_some())
                        .map(|c| (c.cell.rating, c.name.trim().to_string()))
                        .unzip();
                    let name = d.name.trim().to_string();
                    GridRow {
                        name,
                        company: None,
                        cells,
                        criteria,
                    }
                })
                .collect(),
        }
    }

    /// The company (named after the client, or `own_name`) and every competitor
    /// that is not blank × the industry criteria. Ratings of a removed competitor or
    /// criterion have no row or column and so are ignored.
    pub fn industry(wb: &Workbook, own_name: &str) -> RatingGrid {
        let audit = &wb.obl;
        let own = if wb.client.trim().is_empty() {
            own_name
        } else {
            &wb.client
        };
        let companies = std::iter::once((CompanyRef::Own, own)).chain(
            wb.competitors
                .list
                .iter()
                .filter(|c| !c.is_blank())
                .map(|c| (CompanyRef::Competitor(c.id), c.name.as_str())),
        );
        let rating = |company: CompanyRef, criterion: RowId| {
            audit
                .industry_ratings
                .iter()
                .find(|r| r.company == company && r.criterion == criterion)
                .and_then(|r| r.cell.rating)
        };
        let rows: Vec<GridRow> = companies
            .map(|(company, name)| GridRow {
                name: name.trim().to_string(),
                company: Some(company),
                cells: audit
                    .industry_criteria
                    .iter()
                    .map(|c| rating(company, c.id))
                    .collect(),
                criteria: Vec::new(),
            })
            .collect();
        // An unnamed criterion nobody has rated is an empty line, not a column.
        let keep: Vec<bool> = audit
            .industry_criteria
            .iter()
            .enumerate()
            .map(|(i, c)| !c.name.trim().is_empty() || rows.iter().any(|r| r.cells[i].is_some()))
            .collect();
        let pick = |cells: Vec<Option<Rating>>| -> Vec<Option<Rating>> {
            cells
                .into_iter()
                .zip(&keep)
                .filter(|(_, &k)| k)
                .map(|(c, _)| c)
                .collect()
        };
        let criteria: Vec<_> = audit
            .industry_criteria
            .iter()
            .zip(&keep)
            .filter(|(_, &k)| k)
            .collect();
        RatingGrid {
            columns: criteria
                .iter()
                .map(|(c, _)| c.name.trim().to_string())
                .collect(),
            asked: criteria
                .iter()
                .map(|(c, _)| !c.name.trim().is_empty())
                .collect(),
            rows: rows
                .into_iter()
                .map(|r| GridRow {
                    cells: pick(r.cells),
                    ..r
                })
                .collect(),
        }
    }

    /// The number of cell columns: the column names, or the longest row's cells.
    pub fn width(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.cells.len())
            .max()
            .unwrap_or(0)
            .max(self.columns.len())
    }
}
