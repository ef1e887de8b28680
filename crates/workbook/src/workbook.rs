//! The workbook: the root of everything a user fills in, and its edits that keep
//! ids and invariants intact.

use serde::{Deserialize, Serialize};

use crate::customers::CustomerTables;
use crate::external::{Competitors, PestleItem, Stakeholder};
use crate::ids::{IdGen, RowId};
use crate::internal::{Back, CompanyProfile, GapRow, InternalLink, SevenS};
use crate::lang::Lang;
use crate::obl::OblAudit;
use crate::seed;
use crate::segmentation::{LoyaltySettings, SegmentationSettings};
use crate::swot::{Quadrant, Swot, SwotItem, MIN_ROWS};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workbook {
    /// Identifies the workbook across exports, so teams' copies can be matched.
    pub id: String,
    pub title: String,
    pub client: String,
    /// The next row id; see [`IdGen`].
    pub ids: IdGen,
    pub profile: CompanyProfile,
    pub product_gaps: Vec<GapRow>,
    pub service_gaps: Vec<GapRow>,
    pub back: Back,
    pub swot: Swot,
    pub seven_s: SevenS,
    pub internal_customers: Vec<InternalLink>,
    pub pestle: Vec<PestleItem>,
    pub stakeholders: Vec<Stakeholder>,
    pub competitors: Competitors,
    pub customers: CustomerTables,
    pub obl: OblAudit,
    pub segmentation: SegmentationSettings,
    pub loyalty: LoyaltySettings,
}

impl Workbook {
    /// A new, empty workbook with the seed's default rows (stakeholders, reason tags,
    /// OBL departments and criteria) named in `lang`.
    pub fn blank(id: impl Into<String>, lang: Lang) -> Workbook {
        let mut wb = Workbook {
            id: id.into(),
            ..Workbook::default()
        };
        seed::fill_defaults(&mut wb, lang);
        wb.pad_swot();
        wb
    }

    pub fn fresh_id(&mut self) -> RowId {
        self.ids.fresh()
    }

    /// The SWOT that `owner` names, if it still exists.
    pub fn swot_of(&self, owner: SwotOwner) -> Option<&Swot> {
        match owner {
            SwotOwner::Company => Some(&self.swot),
            SwotOwner::Competitor(id) => self
                .competitors
                .list
                .iter()
                .find(|c| c.id == id)
                .map(|c| &c.swot),
        }
    }

    pub fn swot_of_mut(&mut self, owner: SwotOwner) -> Option<&mut Swot> {
        match owner {
            SwotOwner::Company => Some(&mut self.swot),
            SwotOwner::Competitor(id) => self
                .competitors
                .list
                .iter_mut()
                .find(|c| c.id == id)
                .map(|c| &mut c.swot),
        }
    }

    /// Appends an empty item to the company's SWOT quadrant and returns its id.
    pub fn add_swot_item(&mut self, q: Quadrant) -> RowId {
        self.insert_swot_item(SwotOwner::Company, q, None)
            .expect("the company's SWOT always exists")
    }

    /// Inserts an empty item into a quadrant of `owner`'s SWOT, right after the item
    /// `after` (or at the end), and returns its id; `None` if the owner is gone.
    pub fn insert_swot_item(
        &mut self,
        owner: SwotOwner,
        q: Quadrant,
        after: Option<RowId>,
    ) -> Option<RowId> {
        let id = self.ids.fresh();
        let list = self.swot_of_mut(owner)?.quadrant_mut(q);
        let at = after
            .and_then(|a| list.iter().position(|i| i.id == a))
            .map_or(list.len(), |p| p + 1);
        list.insert(at, SwotItem::new(id, String::new(), None));
        Some(id)
    }

    /// Removes a SWOT item; each quadrant keeps at least [`MIN_ROWS`] rows.
    pub fn remove_swot_item(&mut self, owner: SwotOwner, id: RowId) {
        if let Some(swot) = self.swot_of_mut(owner) {
            swot.remove(id);
        }
        self.pad_swot();
    }

    /// Tops every quadrant of every SWOT up to [`MIN_ROWS`] rows with blank items.
    pub fn pad_swot(&mut self) {
        let owners: Vec<SwotOwner> = std::iter::once(SwotOwner::Company)
            .chain(
                self.competitors
                    .list
                    .iter()
                    .map(|c| SwotOwner::Competitor(c.id)),
            )
            .collect();
        for owner in owners {
            for q in Quadrant::ALL {
                while self
                    .swot_of(owner)
                    .is_some_and(|s| s.quadrant(q).len() < MIN_ROWS)
                {
                    self.insert_swot_item(owner, q, None);
                }
            }
        }
    }
}

/// Whose SWOT: the company's own, or a competitor's (scored the same way).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SwotOwner {
    Company,
    Competitor(RowId),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_workbook_shows_three_rows_per_quadrant() {
        let wb = Workbook::blank("w", Lang::En);
        for q in Quadrant::ALL {
            assert_eq!(wb.swot.quadrant(q).len(), MIN_ROWS);
            assert!(wb.swot.quadrant(q).iter().all(SwotItem::is_blank));
        }
        assert!(wb.swot.score().is_empty());
    }

    #[test]
    fn removing_keeps_minimum_rows_and_never_reuses_ids() {
        let mut wb = Workbook::blank("w", Lang::En);
        let first = wb.swot.strengths[0].id;
        wb.remove_swot_item(SwotOwner::Company, first);
        assert_eq!(wb.swot.strengths.len(), MIN_ROWS);
        assert!(wb.swot.items().all(|(_, i)| i.id != first));
        let extra = wb.add_swot_item(Quadrant::Threats);
        assert_eq!(wb.swot.threats.len(), MIN_ROWS + 1);
        wb.remove_swot_item(SwotOwner::Company, extra);
        assert_eq!(wb.swot.threats.len(), MIN_ROWS);
    }

    #[test]
    fn insert_after_places_the_row_below() {
        let mut wb = Workbook::blank("w", Lang::En);
        let second = wb.swot.opportunities[1].id;
        let new = wb
            .insert_swot_item(SwotOwner::Company, Quadrant::Opportunities, Some(second))
            .unwrap();
        assert_eq!(wb.swot.opportunities[2].id, new);
        assert_eq!(wb.swot.opportunities.len(), MIN_ROWS + 1);
        // A competitor that does not exist has no SWOT to insert into.
        assert_eq!(
            wb.insert_swot_item(SwotOwner::Competitor(RowId(999)), Quadrant::Threats, None),
            None
        );
    }
}
