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

    /// Appends an empty item to a SWOT quadrant and returns its id.
    pub fn add_swot_item(&mut self, q: Quadrant) -> RowId {
        let id = self.fresh_id();
        self.swot
            .quadrant_mut(q)
            .push(SwotItem::new(id, String::new(), None));
        id
    }

    /// Removes a SWOT item; the quadrant keeps at least [`MIN_ROWS`] rows.
    pub fn remove_swot_item(&mut self, id: RowId) {
        self.swot.remove(id);
        self.pad_swot();
    }

    /// Tops every quadrant up to [`MIN_ROWS`] rows with blank items.
    pub fn pad_swot(&mut self) {
        for q in Quadrant::ALL {
            while self.swot.quadrant(q).len() < MIN_ROWS {
                self.add_swot_item(q);
            }
        }
    }
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
        wb.remove_swot_item(first);
        assert_eq!(wb.swot.strengths.len(), MIN_ROWS);
        assert!(wb.swot.items().all(|(_, i)| i.id != first));
        let extra = wb.add_swot_item(Quadrant::Threats);
        assert_eq!(wb.swot.threats.len(), MIN_ROWS + 1);
        wb.remove_swot_item(extra);
        assert_eq!(wb.swot.threats.len(), MIN_ROWS);
    }
}
