//! Edits shared by every open-ended list of the workbook: find, insert, remove and
//! reorder rows by their stable id.
//!
//! METHOD.md makes every list open-ended, so the screens all offer the same row
//! actions; keeping them here means one tested implementation instead of one per
//! worksheet.

use crate::customers::{CustomerGroup, ReasonTag};
use crate::external::{Competitor, PestleItem, Stakeholder};
use crate::ids::RowId;
use crate::internal::{
    Aspiration, BaggageItem, Competency, GapRow, Goal, InternalLink, KnowledgeTopic, TextRow,
};
use crate::obl::{Department, DepartmentCriterion, IndustryCriterion};
use crate::swot::SwotItem;

/// A row of an open-ended list.
pub trait Row {
    fn id(&self) -> RowId;
    /// An empty row with the given id, as the "add" action creates it.
    fn blank(id: RowId) -> Self;
    /// Whether the row holds nothing the user entered, so removing it loses
    /// nothing: the screens announce (with an undo) the removal of any other row.
    fn is_blank(&self) -> bool;
}

/// Rows whose blank form has every field at its default. A row is blank when every
/// field still is, unless the type names its own test after `=>` (one that
/// ignores white space, or looks into the row's parts).
macro_rules! rows_with_default_fields {
    ($($ty:ident { $($field:ident),* $(,)? } $(=> $test:path)?)*) => {
        $(
            impl Row for $ty {
                fn id(&self) -> RowId {
                    self.id
                }
                fn blank(id: RowId) -> Self {
                    $ty { id, $($field: Default::default()),* }
                }
                fn is_blank(&self) -> bool {
                    rows_with_default_fields!(@blank self, [$($field),*] $(, $test)?)
                }
            }
        )*
    };
    (@blank $row:ident, [$($field:ident),*], $test:path) => {
        $test($row)
    };
    (@blank $row:ident, [$($field:ident),*]) => {
        true $(&& is_default(&$row.$field))*
    };
}

rows_with_default_fields! {
    TextRow { text }
    Competency { text, evidence }
    Goal { text, target_date, owner }
    GapRow { offered, needed, gap, priority }
    BaggageItem { text, hindrance, decision }
    Aspiration { text, shared, voiced_by }
    KnowledgeTopic { topic, current, target }
    InternalLink { server, customer, need, service }
    Stakeholder { name, needs, importance, fulfilment }
    Competitor { name, notes, swot } => competitor_is_blank
    SwotItem { text, score, origin } => SwotItem::is_blank
    CustomerGroup {
        name, reason, tags, customers, revenue, when, at_risk, warning_sign, chance, history,
    } => CustomerGroup::is_blank
    ReasonTag { name }
    Department { name, criteria } => department_is_blank
    DepartmentCriterion { name, cell }
    IndustryCriterion { name }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A competitor with no name, no notes and nothing in its SWOT (its quadrants keep
/// their minimum of blank rows).
fn competitor_is_blank(c: &Competitor) -> bool {
    c.name.is_empty() && c.notes.is_empty() && c.swot.items().all(|(_, i)| i.is_blank())
}

/// A department with no name and no criteria, as "add a department" makes it.
fn department_is_blank(d: &Department) -> bool {
    d.name.is_empty() && d.criteria.is_empty()
}

impl Row for PestleItem {
    fn id(&self) -> RowId {
        self.id
    }
    /// The factor does not count: a new item is put under one at once.
    fn is_blank(&self) -> bool {
        PestleItem::is_blank(self)
    }
    /// A new PESTLE item starts under the first factor; the screen adds items per
    /// factor and sets it right after.
    fn blank(id: RowId) -> Self {
        PestleItem {
            id,
            factor: crate::external::PestleFactor::Political,
            text: String::new(),
            direction: None,
            impact: None,
            likelihood: None,
        }
    }
}

pub fn position<R: Row>(rows: &[R], id: RowId) -> Option<usize> {
    rows.iter().position(|r| r.id() == id)
}

pub fn find<R: Row>(rows: &[R], id: RowId) -> Option<&R> {
    rows.iter().find(|r| r.id() == id)
}

pub fn find_mut<R: Row>(rows: &mut [R], id: RowId) -> Option<&mut R> {
    rows.iter_mut().find(|r| r.id() == id)
}

/// Inserts `row` right after the row `after`, or at the end when `after` is `None`
/// or no longer in the list.
pub fn insert_after<R: Row>(rows: &mut Vec<R>, after: Option<RowId>, row: R) {
    let at = after
        .and_then(|a| position(rows, a))
        .map_or(rows.len(), |p| p + 1);
    rows.insert(at, row);
}

/// Removes the row `id`; returns it if it was there.
pub fn remove<R: Row>(rows: &mut Vec<R>, id: RowId) -> Option<R> {
    position(rows, id).map(|at| rows.remove(at))
}

/// Moves the row `id` one place up (`delta` = -1) or down (+1); a move past either
/// end leaves the list as it is.
pub fn shift<R: Row>(rows: &mut [R], id: RowId, delta: isize) {
    shift_within(rows, id, delta, |_| true);
}

/// Moves the row `id` past its neighbour up (`delta` < 0) or down (> 0) among the
/// rows `in_group` selects, stepping over the others: one list can hold several
/// groups shown apart (PESTLE's factors), and a move stays within the group on
/// screen. At either end of its group the row stays.
pub fn shift_within<R: Row>(
    rows: &mut [R],
    id: RowId,
    delta: isize,
    in_group: impl Fn(&R) -> bool,
) {
    let Some(at) = position(rows, id) else { return };
    let to = if delta < 0 {
        rows[..at].iter().rposition(&in_group)
    } else if delta > 0 {
        rows[at + 1..]
            .iter()
            .position(&in_group)
            .map(|p| at + 1 + p)
    } else {
        None
    };
    if let Some(to) = to {
        rows.swap(at, to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(ids: &[u64]) -> Vec<TextRow> {
        ids.iter()
            .map(|&i| TextRow {
                id: RowId(i),
                text: format!("t{i}"),
            })
            .collect()
    }

    fn ids(rows: &[TextRow]) -> Vec<u64> {
        rows.iter().map(|r| r.id.0).collect()
    }

    #[test]
    fn insert_after_table() {
        // (list, after, new id, result)
        type Case<'a> = (&'a [u64], Option<u64>, u64, &'a [u64]);
        let cases: &[Case] = &[
            (&[], None, 9, &[9]),
            (&[1, 2, 3], None, 9, &[1, 2, 3, 9]),
            (&[1, 2, 3], Some(1), 9, &[1, 9, 2, 3]),
            (&[1, 2, 3], Some(3), 9, &[1, 2, 3, 9]),
            // A row removed meanwhile: append rather than lose the new row.
            (&[1, 2, 3], Some(7), 9, &[1, 2, 3, 9]),
        ];
        for (start, after, new, want) in cases {
            let mut rows = list(start);
            insert_after(&mut rows, after.map(RowId), TextRow::blank(RowId(*new)));
            assert_eq!(ids(&rows), *want, "{start:?} after {after:?}");
        }
    }

    #[test]
    fn shift_table() {
        // (id, delta, result) on [1, 2, 3]
        let cases: &[(u64, isize, &[u64])] = &[
            (1, 1, &[2, 1, 3]),
            (2, -1, &[2, 1, 3]),
            (1, -1, &[1, 2, 3]),
            (3, 1, &[1, 2, 3]),
            (3, -1, &[1, 3, 2]),
            (8, 1, &[1, 2, 3]),
        ];
        for (id, delta, want) in cases {
            let mut rows = list(&[1, 2, 3]);
            shift(&mut rows, RowId(*id), *delta);
            assert_eq!(ids(&rows), *want, "{id} by {delta}");
        }
    }

    #[test]
    fn shift_within_a_group_table() {
        // Rows 1..=6; the group is the odd ids. (id, delta, result)
        let cases: &[(u64, isize, &[u64])] = &[
            (3, -1, &[3, 2, 1, 4, 5, 6]),
            (3, 1, &[1, 2, 5, 4, 3, 6]),
            (1, -1, &[1, 2, 3, 4, 5, 6]),
            (5, 1, &[1, 2, 3, 4, 5, 6]),
            (9, 1, &[1, 2, 3, 4, 5, 6]),
        ];
        for (id, delta, want) in cases {
            let mut rows = list(&[1, 2, 3, 4, 5, 6]);
            shift_within(&mut rows, RowId(*id), *delta, |r| r.id.0 % 2 == 1);
            assert_eq!(ids(&rows), *want, "{id} by {delta}");
        }
    }

    #[test]
    fn remove_and_find() {
        let mut rows = list(&[1, 2, 3]);
        assert_eq!(
            remove(&mut rows, RowId(2)).map(|r| r.text),
            Some("t2".into())
        );
        assert_eq!(remove(&mut rows, RowId(2)), None);
        assert_eq!(ids(&rows), [1, 3]);
        find_mut(&mut rows, RowId(3)).unwrap().text = "x".into();
        assert_eq!(find(&rows, RowId(3)).unwrap().text, "x");
        assert!(find(&rows, RowId(2)).is_none());
    }

    #[test]
    fn blank_rows_are_empty() {
        let g = GapRow::blank(RowId(5));
        assert_eq!(g.id, RowId(5));
        assert!(g.offered.is_empty() && g.gap.is_none() && g.priority.is_none());
        assert!(SwotItem::blank(RowId(1)).is_blank());
    }

    /// Every row as "add" makes it is blank (removing it needs no notice); a row
    /// with one thing entered is not.
    #[test]
    fn is_blank_table() {
        fn fresh<R: Row>() -> bool {
            R::blank(RowId(1)).is_blank()
        }
        let fresh_rows = [
            fresh::<TextRow>(),
            fresh::<Competency>(),
            fresh::<Goal>(),
            fresh::<GapRow>(),
            fresh::<BaggageItem>(),
            fresh::<Aspiration>(),
            fresh::<KnowledgeTopic>(),
            fresh::<InternalLink>(),
            fresh::<Stakeholder>(),
            fresh::<Competitor>(),
            fresh::<SwotItem>(),
            fresh::<CustomerGroup>(),
            fresh::<ReasonTag>(),
            fresh::<Department>(),
            fresh::<DepartmentCriterion>(),
            fresh::<IndustryCriterion>(),
            fresh::<PestleItem>(),
            fresh::<crate::action_plan::Action>(),
        ];
        assert!(fresh_rows.iter().all(|&b| b), "{fresh_rows:?}");

        let score = crate::Score::new(7).ok();
        let mut gap = GapRow::blank(RowId(1));
        gap.gap = score;
        let mut scored = SwotItem::blank(RowId(1));
        scored.score = score;
        let mut competitor = Competitor::blank(RowId(1));
        competitor.swot.strengths.push(scored.clone());
        let mut padded = Competitor::blank(RowId(1));
        padded.swot.strengths.push(SwotItem::blank(RowId(2)));
        let mut department = Department::blank(RowId(1));
        department
            .criteria
            .push(DepartmentCriterion::blank(RowId(2)));
        let mut pestle = PestleItem::blank(RowId(1));
        pestle.factor = crate::external::PestleFactor::Legal;
        let mut tag = ReasonTag::blank(RowId(1));
        tag.name = "price".into();
        // (what, blank)
        let cases = [
            ("scored gap", gap.is_blank(), false),
            ("scored SWOT item", Row::is_blank(&scored), false),
            (
                "competitor with a scored item",
                competitor.is_blank(),
                false,
            ),
            ("competitor with blank rows only", padded.is_blank(), true),
            ("department with a criterion", department.is_blank(), false),
            (
                "PESTLE item under another factor",
                Row::is_blank(&pestle),
                true,
            ),
            ("named tag", tag.is_blank(), false),
        ];
        for (what, got, want) in cases {
            assert_eq!(got, want, "{what}");
        }
    }
}
