//! Edits of the OBL audit: the departments and their criteria, the industry criteria,
//! and the rating and comment of a cell in either grid. Row lists go through
//! [`crate::rows`], like every other worksheet's, and new rows take fresh ids.

use crate::ids::RowId;
use crate::rows::{self, Row};
use crate::workbook::Workbook;

use super::{
    Cell, CompanyRef, Department, DepartmentCriterion, IndustryCriterion, IndustryRating, Rating,
};

impl Workbook {
    /// Inserts a department named `name` after `after` (or at the end), with no
    /// criteria yet, and returns its id.
    pub fn add_department(&mut self, after: Option<RowId>, name: String) -> RowId {
        let id = self.fresh_id();
        let mut department = Department::blank(id);
        department.name = name;
        rows::insert_after(&mut self.obl.departments, after, department);
        id
    }

    /// False when there is no such department.
    pub fn rename_department(&mut self, id: RowId, name: String) -> bool {
        rows::find_mut(&mut self.obl.departments, id)
            .map(|d| d.name = name)
            .is_some()
    }

    /// Removes a department with its criteria and ratings; false when there is none.
    pub fn remove_department(&mut self, id: RowId) -> bool {
        rows::remove(&mut self.obl.departments, id).is_some()
    }

    pub fn shift_department(&mut self, id: RowId, delta: isize) {
        rows::shift(&mut self.obl.departments, id, delta);
    }

    /// Inserts a criterion named `name`, unrated, into `department` after `after` (or
    /// at the end); its id, or `None` when there is no such department.
    pub fn add_department_criterion(
        &mut self,
        department: RowId,
        after: Option<RowId>,
        name: String,
    ) -> Option<RowId> {
        rows::find(&self.obl.departments, department)?;
        let id = self.fresh_id();
        let criteria = &mut rows::find_mut(&mut self.obl.departments, department)?.criteria;
        let mut criterion = DepartmentCriterion::blank(id);
        criterion.name = name;
        rows::insert_after(criteria, after, criterion);
        Some(id)
    }

    /// False when there is no such department or criterion.
    pub fn rename_department_criterion(
        &mut self,
        department: RowId,
        criterion: RowId,
        name: String,
    ) -> bool {
        self.department_criterion_mut(department, criterion)
            .map(|c| c.name = name)
            .is_some()
    }

    /// False when there is no such department or criterion.
    pub fn remove_department_criterion(&mut self, department: RowId, criterion: RowId) -> bool {
        rows::find_mut(&mut self.obl.departments, department)
            .and_then(|d| rows::remove(&mut d.criteria, criterion))
            .is_some()
    }

    pub fn shift_department_criterion(
        &mut self,
        department: RowId,
        criterion: RowId,
        delta: isize,
    ) {
        if let Some(d) = rows::find_mut(&mut self.obl.departments, department) {
            rows::shift(&mut d.criteria, criterion, delta);
        }
    }

    fn department_criterion_mut(
        &mut self,
        department: RowId,
        criterion: RowId,
    ) -> Option<&mut DepartmentCriterion> {
        rows::find_mut(&mut self.obl.departments, department)
            .and_then(|d| rows::find_mut(&mut d.criteria, criterion))
    }

    /// The cell of a department's criterion, to edit in place; `None` when either is
    /// gone.
    pub fn department_cell_mut(
        &mut self,
        department: RowId,
        criterion: RowId,
    ) -> Option<&mut Cell> {
        self.department_criterion_mut(department, criterion)
            .map(|c| &mut c.cell)
    }

    /// Sets (or with `None` clears) a department cell's rating; false when the
    /// department or criterion is gone.
    pub fn set_department_rating(
        &mut self,
        department: RowId,
        criterion: RowId,
        rating: Option<Rating>,
    ) -> bool {
        self.department_cell_mut(department, criterion)
            .map(|c| c.rating = rating)
            .is_some()
    }

    /// Sets a department cell's comment; false when the department or criterion is
    /// gone.
    pub fn set_department_comment(
        &mut self,
        department: RowId,
        criterion: RowId,
        comment: String,
    ) -> bool {
        self.department_cell_mut(department, criterion)
            .map(|c| c.comment = comment)
            .is_some()
    }

    /// Inserts an industry criterion named `name` after `after` (or at the end) and
    /// returns its id.
    pub fn add_industry_criterion(&mut self, after: Option<RowId>, name: String) -> RowId {
        let id = self.fresh_id();
        rows::insert_after(
            &mut self.obl.industry_criteria,
            after,
            IndustryCriterion { id, name },
        );
        id
    }

    /// False when there is no such criterion.
    pub fn rename_industry_criterion(&mut self, id: RowId, name: String) -> bool {
        rows::find_mut(&mut self.obl.industry_criteria, id)
            .map(|c| c.name = name)
            .is_some()
    }

    /// Removes an industry criterion and every company's rating on it, so a later
    /// criterion can never pick up stale ratings; false when there is none.
    /// Whether the industry criterion `id` holds nothing entered: no name, and no
    /// company rated or commented on it (removing it loses nothing).
    pub fn industry_criterion_is_blank(&self, id: RowId) -> bool {
        rows::find(&self.obl.industry_criteria, id).is_none_or(Row::is_blank)
            && self
                .obl
                .industry_ratings
                .iter()
                .all(|r| r.criterion != id || r.cell == Cell::default())
    }

    pub fn remove_industry_criterion(&mut self, id: RowId) -> bool {
        if rows::remove(&mut self.obl.industry_criteria, id).is_none() {
            return false;
        }
        self.obl.industry_ratings.retain(|r| r.criterion != id);
        true
    }

    pub fn shift_industry_criterion(&mut self, id: RowId, delta: isize) {
        rows::shift(&mut self.obl.industry_criteria, id, delta);
    }

    /// The rating record of a company on an industry criterion, if one was made.
    pub fn industry_cell(&self, company: CompanyRef, criterion: RowId) -> Option<&Cell> {
        self.obl
            .industry_ratings
            .iter()
            .find(|r| r.company == company && r.criterion == criterion)
            .map(|r| &r.cell)
    }

    /// The cell of a company on an industry criterion, to edit in place, inserting an
    /// empty record the first time. `None`, adding nothing, when the criterion or the
    /// competitor no longer exists: a record for either would never be shown.
    pub fn industry_cell_mut(
        &mut self,
        company: CompanyRef,
        criterion: RowId,
    ) -> Option<&mut Cell> {
        let company_exists = match company {
            CompanyRef::Own => true,
            CompanyRef::Competitor(id) => rows::find(&self.competitors.list, id).is_some(),
        };
        if !company_exists || rows::find(&self.obl.industry_criteria, criterion).is_none() {
            return None;
        }
        let ratings = &mut self.obl.industry_ratings;
        let at = match ratings
            .iter()
            .position(|r| r.company == company && r.criterion == criterion)
        {
            Some(at) => at,
            None => {
                ratings.push(IndustryRating {
                    company,
                    criterion,
                    cell: Cell::default(),
                });
                ratings.len() - 1
            }
        };
        Some(&mut ratings[at].cell)
    }

    /// Sets (or with `None` clears) a company's rating on an industry criterion; false
    /// when the company or criterion is gone.
    pub fn set_industry_rating(
        &mut self,
        company: CompanyRef,
        criterion: RowId,
        rating: Option<Rating>,
    ) -> bool {
        self.industry_cell_mut(company, criterion)
            .map(|c| c.rating = rating)
            .is_some()
    }

    /// Sets a company's comment on an industry criterion; false when the company or
    /// criterion is gone.
    pub fn set_industry_comment(
        &mut self,
        company: CompanyRef,
        criterion: RowId,
        comment: String,
    ) -> bool {
        self.industry_cell_mut(company, criterion)
            .map(|c| c.comment = comment)
            .is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::obl::OblScore;
    use Rating::{E, N, S};

    fn names(wb: &Workbook) -> Vec<&str> {
        wb.obl.departments.iter().map(|d| d.name.as_str()).collect()
    }

    #[test]
    fn departments_and_criteria_are_editable() {
        let mut wb = Workbook::seeded("t", Lang::En);
        let first = wb.obl.departments[0].id;
        let added = wb.add_department(Some(first), "Sales".into());
        assert_eq!(names(&wb)[..3], ["Training", "Sales", "Customer service"]);
        assert!(wb.rename_department(added, "Marketing".into()));
        assert!(!wb.rename_department(RowId(u64::MAX), "x".into()));
        wb.shift_department(added, -1);
        assert_eq!(names(&wb)[..2], ["Marketing", "Training"]);

        let c1 = wb
            .add_department_criterion(added, None, "Leads".into())
            .unwrap();
        let c2 = wb
            .add_department_criterion(added, None, "Events".into())
            .unwrap();
        assert_eq!(
            wb.add_department_criterion(RowId(u64::MAX), None, "x".into()),
            None
        );
        assert_ne!(c1, c2);
        assert!(!wb.has_row(crate::worksheet::Worksheet::OblAudit, RowId(u64::MAX)));
        assert!(wb.has_row(crate::worksheet::Worksheet::OblAudit, c2));
        wb.shift_department_criterion(added, c2, -1);
        assert!(wb.rename_department_criterion(added, c1, "Qualified leads".into()));
        let criteria: Vec<_> = wb.obl.departments[0]
            .criteria
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(criteria, ["Events", "Qualified leads"]);

        assert!(wb.set_department_rating(added, c1, Some(E)));
        assert!(wb.set_department_comment(added, c1, "Up 30%".into()));
        assert!(wb.set_department_rating(added, c2, Some(N)));
        assert!(
            !wb.set_department_rating(first, c1, Some(S)),
            "criterion of another department"
        );
        let cell = wb.department_cell_mut(added, c1).unwrap().clone();
        assert_eq!((cell.rating, cell.comment.as_str()), (Some(E), "Up 30%"));

        let score = OblScore::of(&wb, "Us");
        assert_eq!(score.internal.rows[0].index, Some(50.0));
        assert!(wb.set_department_rating(added, c2, None));
        let score = OblScore::of(&wb, "Us");
        assert_eq!(score.internal.rows[0].index, Some(100.0));
        assert_eq!(score.internal.rows[0].counts.unrated, 1);

        assert!(wb.remove_department_criterion(added, c1));
        assert!(!wb.remove_department_criterion(added, c1));
        assert!(wb.remove_department(added));
        assert!(!wb.remove_department(added));
        assert_eq!(names(&wb)[0], "Training");
    }

    #[test]
    fn industry_cells_are_inserted_once_and_follow_their_rows() {
        let mut wb = Workbook::seeded("t", Lang::En);
        let a = wb.add_competitor(None);
        wb.competitors.list[0].name = "A".into();
        let c = wb.obl.industry_criteria[0].id;
        assert!(wb.industry_cell(CompanyRef::Own, c).is_none());
        assert!(wb.set_industry_rating(CompanyRef::Own, c, Some(S)));
        assert!(wb.set_industry_comment(CompanyRef::Own, c, "ok".into()));
        assert!(wb.set_industry_rating(CompanyRef::Competitor(a), c, Some(E)));
        assert_eq!(wb.obl.industry_ratings.len(), 2, "one record per pair");
        assert_eq!(wb.industry_cell(CompanyRef::Own, c).unwrap().comment, "ok");
        // Nothing is recorded for a company or criterion that does not exist.
        assert!(!wb.set_industry_rating(CompanyRef::Competitor(RowId(u64::MAX)), c, Some(N)));
        assert!(!wb.set_industry_rating(CompanyRef::Own, RowId(u64::MAX), Some(N)));
        assert_eq!(wb.obl.industry_ratings.len(), 2);

        let added = wb.add_industry_criterion(None, "Price".into());
        assert!(wb.rename_industry_criterion(added, "Pricing".into()));
        wb.shift_industry_criterion(added, -1);
        let n = wb.obl.industry_criteria.len();
        assert_eq!(wb.obl.industry_criteria[n - 2].name, "Pricing");
        assert!(wb.set_industry_rating(CompanyRef::Own, added, Some(N)));

        let score = OblScore::of(&wb, "Us").industry;
        assert_eq!(score.rows[0].counts.rated(), 2);
        assert!(wb.remove_industry_criterion(c));
        assert!(!wb.remove_industry_criterion(c));
        assert!(wb.obl.industry_ratings.iter().all(|r| r.criterion != c));
        let score = OblScore::of(&wb, "Us").industry;
        assert_eq!(score.rows[0].counts.rated(), 1);
        assert_eq!(score.rows[1].counts.rated(), 0);
    }
}
