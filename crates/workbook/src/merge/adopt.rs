//! Adopting a team's item that matches nothing in the current workbook: the team's
//! whole row (its text, score and the rest of what the team wrote on it) is copied
//! into the same list of the current workbook under a fresh id, and can be taken out
//! again.
//!
//! The row is copied rather than rebuilt from the [`Item`]: a PESTLE item carries its
//! direction and both scores, a gap what is offered and needed, and the team wrote
//! all of it. Once adopted, the team's row matches the copy by its text (the id
//! differs), so it leaves the team's unmatched list by itself.

use crate::ids::RowId;
use crate::rows::Row;
use crate::swot::{Quadrant, Swot, SwotItem};
use crate::workbook::Workbook;
use crate::worksheet::Worksheet;

use super::items::{Field, Item, ItemKey, Place, Section};
use super::{normalise, undo, Change};

/// A row an adoption added, named by the key of the adopted item with the new id, so
/// the adoption can be undone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Added {
    pub key: ItemKey,
}

/// One step of the merge page's own undo: scores written, or a team's row added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Adoption {
    Scores(Vec<Change>),
    Row(Added),
}

impl Adoption {
    /// Whether the step changed nothing (no score differed), so there is nothing to
    /// undo.
    pub fn is_empty(&self) -> bool {
        matches!(self, Adoption::Scores(changes) if changes.is_empty())
    }

    /// Puts back what the step changed: the scores it replaced, or removes the row
    /// it added. A row removed by hand since is skipped.
    pub fn undo(&self, wb: &mut Workbook) {
        match self {
            Adoption::Scores(changes) => undo(wb, changes),
            Adoption::Row(added) => {
                remove_row(wb, added);
            }
        }
    }
}

/// Whether [`adopt_row`] can copy `item` of a team into `wb`: it is a row with text
/// (text is what matches it once adopted, so a row without text would stay
/// unmatched and could be adopted again and again), and its list exists in `wb` (a
/// competitor's item needs a competitor of the same name).
pub fn can_adopt(wb: &Workbook, item: &Item) -> bool {
    if item.text_key().is_none() || !matches!(item.key.place, Place::Row(_)) {
        return false;
    }
    match &item.section {
        Section::Competitor { name, .. } => competitor_index(wb, name).is_some(),
        _ => true,
    }
}

/// Copies the row behind `item` from `team` into `wb` with a fresh id from `wb`'s
/// counter: after the last row with content of its list (the empty starter rows stay
/// at the end), in the same SWOT quadrant or PESTLE factor. `None` when the item
/// cannot be adopted (see [`can_adopt`]) or `team` has no such row.
pub fn adopt_row(wb: &mut Workbook, team: &Workbook, item: &Item) -> Option<Added> {
    if !can_adopt(wb, item) {
        return None;
    }
    let Place::Row(theirs) = item.key.place else {
        return None;
    };
    let id = wb.ids.fresh();
    use Field as F;
    use Worksheet as W;
    let done = match (item.key.worksheet, item.key.field) {
        (W::ProductGaps, F::Gap) => copy(&mut wb.product_gaps, &team.product_gaps, theirs, id),
        (W::ServiceGaps, F::Gap) => copy(&mut wb.service_gaps, &team.service_gaps, theirs, id),
        (W::Back, F::Hindrance) => copy(&mut wb.back.baggage, &team.back.baggage, theirs, id),
        (W::Back, F::Shared) => copy(&mut wb.back.aspirations, &team.back.aspirations, theirs, id),
        (W::Back, F::Current | F::Target) => {
            copy(&mut wb.back.knowledge, &team.back.knowledge, theirs, id)
        }
        (W::Swot, F::Score) => copy_swot(&mut wb.swot, &team.swot, &item.section, theirs, id),
        (W::InternalCustomers, F::Service) => copy(
            &mut wb.internal_customers,
            &team.internal_customers,
            theirs,
            id,
        ),
        (W::Pestle, F::Impact | F::Likelihood) => copy(&mut wb.pestle, &team.pestle, theirs, id),
        (W::Stakeholders, F::Importance | F::Fulfilment) => {
            copy(&mut wb.stakeholders, &team.stakeholders, theirs, id)
        }
        (W::Competitors, F::Score) => {
            let Section::Competitor { name, .. } = &item.section else {
                return None;
            };
            let mine = competitor_index(wb, name)?;
            let source = team.competitors.list.iter().find_map(|c| {
                Quadrant::ALL
                    .into_iter()
                    .find(|&q| c.swot.quadrant(q).iter().any(|i| i.id == theirs))
                    .map(|_| &c.swot)
            })?;
            copy_swot(
                &mut wb.competitors.list[mine].swot,
                source,
                &item.section,
                theirs,
                id,
            )
        }
        (W::Customers, F::Chance) => copy(
            &mut wb.customers.potential,
            &team.customers.potential,
            theirs,
            id,
        ),
        (W::KeyValue, F::Cost | F::Value) => {
            let row = team.key_value.targets.iter().find(|r| r.id == theirs);
            // Importance is given per customer class by the class's id, which means
            // nothing in another copy: the adopted target starts without it.
            row.map(|r| {
                let mut r = r.clone();
                r.importance.clear();
                r
            })
            .map(|r| insert(&mut wb.key_value.targets, r, id))
            .is_some()
        }
        (W::LoyaltyClasses, F::Today | F::Targeted) => copy(
            &mut wb.loyalty_classes.groups,
            &team.loyalty_classes.groups,
            theirs,
            id,
        ),
        _ => false,
    };
    done.then_some(Added {
        key: ItemKey {
            place: Place::Row(id),
            ..item.key
        },
    })
}

/// Takes out the row an adoption added; `false` if it is no longer there.
pub fn remove_row(wb: &mut Workbook, added: &Added) -> bool {
    let Place::Row(id) = added.key.place else {
        return false;
    };
    use Field as F;
    use Worksheet as W;
    match (added.key.worksheet, added.key.field) {
        (W::ProductGaps, F::Gap) => take(&mut wb.product_gaps, id),
        (W::ServiceGaps, F::Gap) => take(&mut wb.service_gaps, id),
        (W::Back, F::Hindrance) => take(&mut wb.back.baggage, id),
        (W::Back, F::Shared) => take(&mut wb.back.aspirations, id),
        (W::Back, F::Current | F::Target) => take(&mut wb.back.knowledge, id),
        (W::Swot, F::Score) => take_swot(&mut wb.swot, id),
        (W::InternalCustomers, F::Service) => take(&mut wb.internal_customers, id),
        (W::Pestle, F::Impact | F::Likelihood) => take(&mut wb.pestle, id),
        (W::Stakeholders, F::Importance | F::Fulfilment) => take(&mut wb.stakeholders, id),
        (W::Competitors, F::Score) => wb
            .competitors
            .list
            .iter_mut()
            .any(|c| take_swot(&mut c.swot, id)),
        (W::Customers, F::Chance) => take(&mut wb.customers.potential, id),
        (W::KeyValue, F::Cost | F::Value) => take(&mut wb.key_value.targets, id),
        (W::LoyaltyClasses, F::Today | F::Targeted) => take(&mut wb.loyalty_classes.groups, id),
        _ => false,
    }
}

/// The current workbook's competitor of that name, compared as the matching does.
fn competitor_index(wb: &Workbook, name: &str) -> Option<usize> {
    let name = normalise(name);
    wb.competitors
        .list
        .iter()
        .position(|c| normalise(&c.name) == name)
}

/// The id field of the row types adoption copies; [`Row`] reads it, this writes it.
trait WithId: Row + Clone {
    fn set_id(&mut self, id: RowId);
}

macro_rules! with_id {
    ($($ty:path),* $(,)?) => {
        $(impl WithId for $ty {
            fn set_id(&mut self, id: RowId) {
                self.id = id;
            }
        })*
    };
}

with_id!(
    crate::internal::GapRow,
    crate::internal::BaggageItem,
    crate::internal::Aspiration,
    crate::internal::KnowledgeTopic,
    crate::internal::InternalLink,
    crate::external::PestleItem,
    crate::external::Stakeholder,
    crate::customers::CustomerGroup,
    crate::key_value::ValueTarget,
    crate::loyalty_classes::PlacedGroup,
    SwotItem,
);

/// Copies `theirs`'s row `from` into `mine` as row `id`.
fn copy<T: WithId>(mine: &mut Vec<T>, theirs: &[T], from: RowId, id: RowId) -> bool {
    match theirs.iter().find(|r| r.id() == from) {
        Some(row) => {
            insert(mine, row.clone(), id);
            true
        }
        None => false,
    }
}

/// Puts `row` as `id` after the last row of `list` with content.
fn insert<T: WithId>(list: &mut Vec<T>, mut row: T, id: RowId) {
    row.set_id(id);
    let at = list
        .iter()
        .rposition(|r| !r.is_blank())
        .map_or(0, |i| i + 1);
    list.insert(at, row);
}

/// Copies a SWOT item into the quadrant the section names. Where the team sent it
/// from (a gap, a 7S factor…) names a row of their copy, not of this one, so the
/// adopted item keeps its text and score but no origin.
fn copy_swot(mine: &mut Swot, theirs: &Swot, section: &Section, from: RowId, id: RowId) -> bool {
    let quadrant = match section {
        Section::Quadrant(q) | Section::Competitor { quadrant: q, .. } => *q,
        _ => return false,
    };
    let Some(item) = theirs.quadrant(quadrant).iter().find(|i| i.id == from) else {
        return false;
    };
    let item = SwotItem {
        origin: None,
        ..item.clone()
    };
    insert(mine.quadrant_mut(quadrant), item, id);
    true
}

fn take<T: Row>(list: &mut Vec<T>, id: RowId) -> bool {
    let before = list.len();
    list.retain(|r| r.id() != id);
    list.len() != before
}

fn take_swot(swot: &mut Swot, id: RowId) -> bool {
    Quadrant::ALL
        .into_iter()
        .any(|q| take(swot.quadrant_mut(q), id))
}
