//! The workbook: the root of everything a user fills in, and its edits that keep
//! ids and invariants intact.

use serde::{Deserialize, Serialize};

use crate::customers::{CustomerTable, CustomerTables};
use crate::external::{Competitor, Competitors, PestleItem, Stakeholder};
use crate::ids::{IdGen, RowId};
use crate::internal::{Back, CompanyProfile, GapRow, InternalLink, SevenS, SevenSFactor, Verdict};
use crate::lang::Lang;
use crate::obl::OblAudit;
use crate::rows::{self, Row};
use crate::score::Score;
use crate::seed;
use crate::segmentation::{DatasetInfo, LoyaltySettings, SegmentationSettings};
use crate::swot::{Origin, OriginRef, Quadrant, Swot, SwotItem, MIN_ROWS};
use crate::worksheet::Worksheet;

/// How many empty rows each open-ended list of a new workbook starts with.
pub const STARTER_ROWS: usize = 3;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workbook {
    /// Identifies the workbook across exports, so teams' copies can be matched.
    pub id: String,
    /// The id of the workbook this one was duplicated from (the first of a line of
    /// copies: a copy of a copy names the same source), so the teams' copies made on
    /// one laptop can be merged back; `None` for a workbook made any other way.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
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
    /// Key-customer value analysis: value targets weighed by customer class.
    pub key_value: crate::key_value::KeyValue,
    /// The customer groups in the six loyalty classes and on the relationship continuum.
    pub loyalty_classes: crate::loyalty_classes::LoyaltyClasses,
    /// The imported customer dataset's source, mapping and summary; the rows
    /// themselves live outside the workbook (IndexedDB, or regenerated for the demo).
    pub customer_data: Option<DatasetInfo>,
    /// Which worksheets the workshop report leaves out; kept with the workbook so
    /// each team's report stays as they chose it.
    pub report: crate::report::ReportSettings,
    /// Customer problems walked through the problem-solving model.
    pub issues: Vec<crate::issues::Issue>,
    /// The customer groups' gross-margin and payment-record points.
    pub value_scores: Vec<crate::value_score::ValueScore>,
    /// The CRM scorecard's indicators.
    pub scorecard: Vec<crate::scorecard::Indicator>,
    /// The twelve steps of building a customer-strategic company, rated.
    pub readiness: crate::readiness::Readiness,
    /// The action plan (TOWS) the workshop ends with.
    pub action_plan: Vec<crate::action_plan::Action>,
    /// The unit amounts of money are typed and shown in (stored in yuan).
    #[serde(skip_serializing_if = "crate::number::MoneyUnit::is_yuan")]
    pub money_unit: crate::number::MoneyUnit,
    /// Fields a newer build wrote that this one does not know. Only the codec reads
    /// and writes them (`#[serde(flatten)]` here would cost decode errors their
    /// JSON path), so a file passed through this build loses nothing.
    #[serde(skip)]
    pub unknown: crate::codec::Unknown,
}

impl Workbook {
    /// A new, empty workbook for a client of any industry: the seed's default rows
    /// (stakeholders, reason tags) and the general template's OBL departments named by
    /// function, named in `lang`, and [`STARTER_ROWS`] empty rows in every
    /// open-ended list.
    pub fn blank(id: impl Into<String>, lang: Lang) -> Workbook {
        Workbook::blank_for(id, lang, seed::Industry::General)
    }

    /// [`Workbook::blank`] with the OBL departments and industry criteria of
    /// `industry`'s template.
    pub fn blank_for(id: impl Into<String>, lang: Lang, industry: seed::Industry) -> Workbook {
        let mut wb = Workbook {
            id: id.into(),
            ..Workbook::default()
        };
        seed::fill_for(&mut wb, lang, industry);
        wb.add_starter_rows();
        // The same shape a decoded file gets (SWOT minimum rows, 7S factors, the
        // twelve readiness steps), so a new workbook equals itself after a save.
        wb.normalise();
        wb
    }

    /// A workbook with the seed's default rows and the METHOD's training-company
    /// departments but no empty starter rows, for builders that fill every list
    /// themselves (the demo).
    pub fn seeded(id: impl Into<String>, lang: Lang) -> Workbook {
        let mut wb = Workbook {
            id: id.into(),
            ..Workbook::default()
        };
        seed::fill_defaults(&mut wb, lang);
        wb.pad_swot();
        wb.readiness.normalise();
        wb
    }

    /// Whether the workbook's customer rows were imported from a file, and so live
    /// outside it (in the browser's IndexedDB); the demo's are generated instead.
    pub fn has_imported_rows(&self) -> bool {
        matches!(
            self.customer_data.as_ref().map(|d| &d.source),
            Some(crate::segmentation::DatasetSource::File { .. })
        )
    }

    /// The origin a duplicate of this workbook records: this workbook's own origin if
    /// it is itself a copy, so every copy of a copy still names the one source.
    pub fn origin_for_copy(&self) -> String {
        self.origin.clone().unwrap_or_else(|| self.id.clone())
    }

    /// Whether `team` is a copy of this workbook the team merge may take: an export of
    /// it (the same id), a duplicate of it, the workbook it was duplicated from, or
    /// another duplicate of the same source.
    pub fn shares_origin_with(&self, team: &Workbook) -> bool {
        let mine = self.origin.as_deref();
        let theirs = team.origin.as_deref();
        team.id == self.id
            || theirs == Some(self.id.as_str())
            || mine == Some(team.id.as_str())
            || (mine.is_some() && mine == theirs)
    }

    /// Restores the shape every screen relies on after decoding a file that may be
    /// old or hand-edited: each SWOT shows its minimum rows and 7S has exactly one
    /// entry per factor.
    pub fn normalise(&mut self) {
        self.pad_swot();
        self.seven_s.normalise();
        self.readiness.normalise();
    }

    /// Gives every open-ended list of a new workbook the seed's empty "1, 2, 3" rows
    /// (METHOD.md), so a new user finds places to type rather than only buttons.
    fn add_starter_rows(&mut self) {
        fn three<R: Row>(wb: &mut Workbook, list: fn(&mut Workbook) -> &mut Vec<R>) {
            while list(wb).len() < STARTER_ROWS {
                let id = wb.fresh_id();
                list(wb).push(R::blank(id));
            }
        }
        three(self, |wb| &mut wb.profile.offerings);
        three(self, |wb| &mut wb.profile.competencies);
        three(self, |wb| &mut wb.profile.goals);
        three(self, |wb| &mut wb.product_gaps);
        three(self, |wb| &mut wb.service_gaps);
        three(self, |wb| &mut wb.back.baggage);
        three(self, |wb| &mut wb.back.aspirations);
        three(self, |wb| &mut wb.back.knowledge);
        three(self, |wb| &mut wb.internal_customers);
        three(self, |wb| &mut wb.key_value.classes);
        three(self, |wb| &mut wb.key_value.targets);
        three(self, |wb| &mut wb.loyalty_classes.groups);
        if self.action_plan.is_empty() {
            let id = self.fresh_id();
            self.action_plan.push(Row::blank(id));
        }
        if self.issues.is_empty() {
            let id = self.fresh_id();
            self.issues.push(Row::blank(id));
        }
    }

    /// Adds a competitor after `after` (or at the end), with its SWOT showing the
    /// minimum rows like the company's own, and returns its id.
    pub fn add_competitor(&mut self, after: Option<RowId>) -> RowId {
        let id = self.fresh_id();
        rows::insert_after(&mut self.competitors.list, after, Competitor::blank(id));
        self.pad_swot();
        id
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

/// Something on another worksheet that can be sent to the company's SWOT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SwotSource {
    /// A 7S factor: a strength or a weakness, as its verdict says.
    SevenS(SevenSFactor),
    /// A BACK baggage item: something that hinders, so a weakness.
    Baggage(RowId),
    /// A row of the product gap table: a weakness.
    ProductGap(RowId),
    /// A row of the service gap table: a weakness.
    ServiceGap(RowId),
    /// A PESTLE item: an opportunity or a threat, as its direction says.
    Pestle(RowId),
}

impl SwotSource {
    /// The worksheet the source is on, as recorded in the item's [`Origin`].
    pub fn worksheet(self) -> Worksheet {
        match self {
            SwotSource::SevenS(_) => Worksheet::SevenS,
            SwotSource::Baggage(_) => Worksheet::Back,
            SwotSource::ProductGap(_) => Worksheet::ProductGaps,
            SwotSource::ServiceGap(_) => Worksheet::ServiceGaps,
            SwotSource::Pestle(_) => Worksheet::Pestle,
        }
    }

    /// The source within its worksheet, as recorded in the item's [`Origin`].
    pub fn origin_ref(self) -> OriginRef {
        match self {
            SwotSource::SevenS(factor) => OriginRef::SevenS(factor),
            SwotSource::Baggage(id)
            | SwotSource::ProductGap(id)
            | SwotSource::ServiceGap(id)
            | SwotSource::Pestle(id) => OriginRef::Row(id),
        }
    }

    /// Whether `origin` records this source (whatever its label now says).
    pub fn is_origin_of(self, origin: &Origin) -> bool {
        origin.worksheet == self.worksheet() && origin.source == self.origin_ref()
    }
}

/// What sending a source to SWOT would add: its quadrant, text and score.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SwotDraft {
    quadrant: Quadrant,
    text: String,
    score: Option<Score>,
}

impl Workbook {
    /// Sends `source` to the company's SWOT and returns the item's id.
    ///
    /// The item goes to Strengths or Weaknesses for a 7S factor (by its verdict), to
    /// Opportunities or Threats for a PESTLE item (by its direction), and to Weaknesses
    /// for anything else, with the source's text, its score (7S rating, baggage
    /// hindrance, gap size or PESTLE impact) and an [`Origin`] naming the source. It
    /// takes the place of the quadrant's first blank row, so the rows a new workbook
    /// is padded with are used before the list grows; otherwise it is appended.
    ///
    /// Sending a source already sent returns the existing item, wherever it is and
    /// unchanged, since the user may have edited it since. `None`, with nothing
    /// changed, when the source does not exist, is a 7S factor without a verdict or a
    /// PESTLE item without a direction, or has neither text nor score (it would make a
    /// blank row).
    pub fn send_to_swot(&mut self, source: SwotSource) -> Option<RowId> {
        if let Some(id) = self.sent_item(source) {
            return Some(id);
        }
        let draft = self.swot_draft(source)?;
        let origin = Origin {
            worksheet: source.worksheet(),
            source: source.origin_ref(),
            label: draft.text.clone(),
        };
        let list = self.swot.quadrant_mut(draft.quadrant);
        // A blank row that came from somewhere was emptied by the user but still
        // answers for its source; only anonymous blank rows are free to take.
        if let Some(item) = list.iter_mut().find(|i| i.is_blank() && i.origin.is_none()) {
            item.text = draft.text;
            item.score = draft.score;
            item.origin = Some(origin);
            return Some(item.id);
        }
        let id = self.ids.fresh();
        self.swot.quadrant_mut(draft.quadrant).push(SwotItem {
            id,
            text: draft.text,
            score: draft.score,
            origin: Some(origin),
        });
        Some(id)
    }

    /// The company SWOT item already sent from `source`, if any.
    pub fn sent_item(&self, source: SwotSource) -> Option<RowId> {
        self.swot
            .items()
            .find(|(_, i)| i.origin.as_ref().is_some_and(|o| source.is_origin_of(o)))
            .map(|(_, i)| i.id)
    }

    fn swot_draft(&self, source: SwotSource) -> Option<SwotDraft> {
        let weakness = |text: &str, score| SwotDraft {
            quadrant: Quadrant::Weaknesses,
            text: text.trim().to_string(),
            score,
        };
        let gap = |rows: &[GapRow], id| {
            let row = rows.iter().find(|r| r.id == id)?;
            Some(weakness(&row.label(), row.gap))
        };
        let draft = match source {
            SwotSource::SevenS(factor) => {
                let entry = self.seven_s.entry(factor)?;
                SwotDraft {
                    quadrant: match entry.verdict? {
                        Verdict::Strength => Quadrant::Strengths,
                        Verdict::Weakness => Quadrant::Weaknesses,
                    },
                    text: entry.evidence.trim().to_string(),
                    score: entry.rating,
                }
            }
            SwotSource::Baggage(id) => {
                let item = self.back.baggage.iter().find(|i| i.id == id)?;
                weakness(&item.text, item.hindrance)
            }
            SwotSource::ProductGap(id) => gap(&self.product_gaps, id)?,
            SwotSource::ServiceGap(id) => gap(&self.service_gaps, id)?,
            // The SWOT score says how much an item matters, which is the PESTLE
            // item's impact; how likely it is stays on the PESTLE sheet, where it
            // weighs the item, rather than being folded into a number SWOT would read
            // as importance.
            SwotSource::Pestle(id) => {
                let item = self.pestle.iter().find(|i| i.id == id)?;
                SwotDraft {
                    quadrant: item.direction?.quadrant(),
                    text: item.text.trim().to_string(),
                    score: item.impact,
                }
            }
        };
        (!draft.text.is_empty() || draft.score.is_some()).then_some(draft)
    }

    /// Moves every SWOT item sent from a 7S factor or a PESTLE item into the quadrant
    /// its source now calls for, when the verdict or direction changed after it was
    /// sent: a factor judged a strength since, or a trend that turned out a threat,
    /// must not stay counted on the other side of the balance. The item keeps its id,
    /// text and score (the user may have edited them), takes the target quadrant's
    /// first anonymous blank row or goes last, and every quadrant keeps its minimum
    /// rows. Items whose source is gone, or has no verdict or direction now, stay
    /// where they are. Returns whether anything moved.
    pub fn follow_origins(&mut self) -> bool {
        let moves: Vec<(RowId, Quadrant, Quadrant)> = self
            .swot
            .items()
            .filter_map(|(q, item)| {
                let target = self.origin_quadrant(item.origin.as_ref()?)?;
                (target != q).then_some((item.id, q, target))
            })
            .collect();
        if moves.is_empty() {
            return false;
        }
        for (id, from, to) in moves {
            let list = self.swot.quadrant_mut(from);
            let Some(at) = list.iter().position(|i| i.id == id) else {
                continue;
            };
            let item = list.remove(at);
            let target = self.swot.quadrant_mut(to);
            match target
                .iter()
                .position(|i| i.is_blank() && i.origin.is_none())
            {
                Some(slot) => target[slot] = item,
                None => target.push(item),
            }
        }
        self.pad_swot();
        true
    }

    /// The quadrant a source with a judgement (a 7S verdict, a PESTLE direction)
    /// calls for now; `None` for sources that always go to one quadrant, and for a
    /// judgement not made (or a source gone).
    fn origin_quadrant(&self, origin: &Origin) -> Option<Quadrant> {
        match (origin.worksheet, origin.source) {
            (Worksheet::SevenS, OriginRef::SevenS(factor)) => {
                Some(match self.seven_s.entry(factor)?.verdict? {
                    Verdict::Strength => Quadrant::Strengths,
                    Verdict::Weakness => Quadrant::Weaknesses,
                })
            }
            (Worksheet::Pestle, OriginRef::Row(id)) => Some(
                self.pestle
                    .iter()
                    .find(|item| item.id == id)?
                    .direction?
                    .quadrant(),
            ),
            _ => None,
        }
    }

    /// Whether the source an [`Origin`] names still exists, so the UI can say "source
    /// removed" beside an item whose source is gone. A 7S factor always exists (there
    /// is one entry per factor), even once its verdict is cleared.
    pub fn origin_exists(&self, origin: &Origin) -> bool {
        match origin.source {
            OriginRef::SevenS(factor) => {
                origin.worksheet == Worksheet::SevenS && self.seven_s.entry(factor).is_some()
            }
            OriginRef::Row(id) => self.has_row(origin.worksheet, id),
        }
    }

    /// Whether `sheet` holds a row with this id. Every worksheet is listed, so a new
    /// one cannot be forgotten here; those without rows hold none.
    pub fn has_row(&self, sheet: Worksheet, id: RowId) -> bool {
        fn any<T>(rows: &[T], row_id: impl Fn(&T) -> RowId, id: RowId) -> bool {
            rows.iter().any(|r| row_id(r) == id)
        }
        let swot_has = |swot: &Swot| swot.items().any(|(_, i)| i.id == id);
        match sheet {
            Worksheet::CompanyProfile => {
                let p = &self.profile;
                any(&p.offerings, |r| r.id, id)
                    || any(&p.competencies, |r| r.id, id)
                    || any(&p.goals, |r| r.id, id)
            }
            Worksheet::ProductGaps => any(&self.product_gaps, |r| r.id, id),
            Worksheet::ServiceGaps => any(&self.service_gaps, |r| r.id, id),
            Worksheet::Back => {
                let b = &self.back;
                any(&b.baggage, |r| r.id, id)
                    || any(&b.aspirations, |r| r.id, id)
                    || any(&b.knowledge, |r| r.id, id)
            }
            Worksheet::Swot => swot_has(&self.swot),
            Worksheet::InternalCustomers => any(&self.internal_customers, |r| r.id, id),
            Worksheet::Pestle => any(&self.pestle, |r| r.id, id),
            Worksheet::Stakeholders => any(&self.stakeholders, |r| r.id, id),
            Worksheet::Competitors => self
                .competitors
                .list
                .iter()
                .any(|c| c.id == id || swot_has(&c.swot)),
            Worksheet::Customers => {
                let c = &self.customers;
                CustomerTable::ALL
                    .into_iter()
                    .any(|t| any(c.table(t), |g| g.id, id))
                    || any(&c.tags, |t| t.id, id)
            }
            Worksheet::OblAudit => {
                let o = &self.obl;
                o.departments
                    .iter()
                    .any(|d| d.id == id || any(&d.criteria, |c| c.id, id))
                    || any(&o.industry_criteria, |c| c.id, id)
            }
            Worksheet::KeyValue => {
                let k = &self.key_value;
                any(&k.classes, |r| r.id, id) || any(&k.targets, |r| r.id, id)
            }
            Worksheet::LoyaltyClasses => any(&self.loyalty_classes.groups, |r| r.id, id),
            Worksheet::ActionPlan => any(&self.action_plan, |r| r.id, id),
            Worksheet::IssueLog => any(&self.issues, |r| r.id, id),
            Worksheet::Scorecard => any(&self.scorecard, |r| r.id, id),
            // Value scores are kept by their group's id, readiness by step.
            Worksheet::SevenS
            | Worksheet::Segmentation
            | Worksheet::Loyalty
            | Worksheet::ValueScoring
            | Worksheet::Readiness => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::external::{Direction, PestleFactor, PestleItem};
    use crate::internal::{BaggageDecision, BaggageItem, Priority};

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
    fn blank_workbook_has_starter_rows_that_count_as_empty() {
        let wb = Workbook::blank("w", Lang::Zh);
        let lens: [(&str, usize); 12] = [
            ("offerings", wb.profile.offerings.len()),
            ("competencies", wb.profile.competencies.len()),
            ("goals", wb.profile.goals.len()),
            ("product gaps", wb.product_gaps.len()),
            ("service gaps", wb.service_gaps.len()),
            ("baggage", wb.back.baggage.len()),
            ("aspirations", wb.back.aspirations.len()),
            ("knowledge", wb.back.knowledge.len()),
            ("internal customers", wb.internal_customers.len()),
            ("value classes", wb.key_value.classes.len()),
            ("value targets", wb.key_value.targets.len()),
            ("loyalty groups", wb.loyalty_classes.groups.len()),
        ];
        for (list, len) in lens {
            assert_eq!(len, STARTER_ROWS, "{list}");
        }
        assert!(crate::internal::GapScore::of(&wb.product_gaps).is_empty());
        assert!(wb.back.score().is_empty());
        // Every id handed out is unique.
        let text = serde_json::to_string(&wb).unwrap();
        let decoded = crate::codec::decode(&crate::codec::encode(&wb, "v", "t", false))
            .unwrap()
            .workbook;
        assert_eq!(serde_json::to_string(&decoded).unwrap(), text);
    }

    #[test]
    fn seven_s_is_normalised_to_one_entry_per_factor() {
        let mut wb = Workbook::blank("w", Lang::En);
        wb.seven_s
            .factors
            .retain(|e| e.factor != SevenSFactor::Skills);
        wb.seven_s.factors.swap(0, 1);
        let mut dup = wb.seven_s.factors[0].clone();
        dup.evidence = "second copy".into();
        wb.seven_s.factors.push(dup);
        wb.seven_s.factors[0].evidence = "first copy".into();
        let first = wb.seven_s.factors[0].factor;
        wb.normalise();
        let order: Vec<_> = wb.seven_s.factors.iter().map(|e| e.factor).collect();
        assert_eq!(order, SevenSFactor::ALL);
        assert_eq!(wb.seven_s.entry(first).unwrap().evidence, "first copy");
        assert!(wb
            .seven_s
            .entry(SevenSFactor::Skills)
            .unwrap()
            .verdict
            .is_none());

        let mut s = SevenS {
            shared_values: String::new(),
            factors: vec![],
        };
        s.entry_mut(SevenSFactor::Style).evidence = "x".into();
        assert_eq!(s.factors.len(), 1);
        s.entry_mut(SevenSFactor::Style).evidence = "y".into();
        assert_eq!(s.factors.len(), 1);
        assert_eq!(s.entry(SevenSFactor::Style).unwrap().evidence, "y");
    }

    #[test]
    fn a_new_competitor_has_a_padded_swot() {
        let mut wb = Workbook::blank("w", Lang::En);
        let a = wb.add_competitor(None);
        let b = wb.add_competitor(None);
        let between = wb.add_competitor(Some(a));
        let ids: Vec<_> = wb.competitors.list.iter().map(|c| c.id).collect();
        assert_eq!(ids, [a, between, b]);
        for q in Quadrant::ALL {
            assert_eq!(
                wb.swot_of(SwotOwner::Competitor(b))
                    .unwrap()
                    .quadrant(q)
                    .len(),
                MIN_ROWS
            );
        }
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

    // ------------------------------------------------------------ sending to SWOT

    fn score(value: u8) -> Option<Score> {
        Score::new(value).ok()
    }

    /// A blank workbook with two baggage items, a product gap, a service gap and two 7S
    /// verdicts, to send from. Returns it with the row ids.
    fn linked() -> (Workbook, [RowId; 4]) {
        let mut wb = Workbook::blank("w", Lang::En);
        let ids = [(); 4].map(|_| wb.fresh_id());
        wb.back.baggage = vec![
            BaggageItem {
                id: ids[0],
                text: " Quotes need the GM's signature ".into(),
                hindrance: score(7),
                decision: Some(BaggageDecision::Review),
            },
            BaggageItem {
                id: ids[1],
                text: String::new(),
                hindrance: None,
                decision: Some(BaggageDecision::Keep),
            },
        ];
        wb.product_gaps = vec![GapRow {
            id: ids[2],
            offered: "Two-day courses".into(),
            needed: "Short modules".into(),
            gap: score(8),
            priority: Some(Priority::High),
        }];
        wb.service_gaps = vec![GapRow {
            id: ids[3],
            offered: String::new(),
            needed: "Follow-up coaching".into(),
            gap: None,
            priority: None,
        }];
        let staff = &mut wb.seven_s.factors[0];
        staff.verdict = Some(Verdict::Strength);
        staff.rating = score(8);
        staff.evidence = "Experienced trainers".into();
        let systems = &mut wb.seven_s.factors[2];
        systems.verdict = Some(Verdict::Weakness);
        systems.rating = score(6);
        (wb, ids)
    }

    #[test]
    fn sources_become_items_of_the_right_quadrant() {
        let (wb, ids) = linked();
        // (source, quadrant, text, score) — None where nothing can be sent.
        type Want = Option<(Quadrant, &'static str, Option<Score>)>;
        let cases: [(SwotSource, Want); 9] = [
            (
                SwotSource::SevenS(SevenSFactor::Staff),
                Some((Quadrant::Strengths, "Experienced trainers", score(8))),
            ),
            // A factor without evidence still sends its rating.
            (
                SwotSource::SevenS(SevenSFactor::Systems),
                Some((Quadrant::Weaknesses, "", score(6))),
            ),
            // No verdict: neither a strength nor a weakness.
            (SwotSource::SevenS(SevenSFactor::Skills), None),
            (
                SwotSource::Baggage(ids[0]),
                Some((
                    Quadrant::Weaknesses,
                    "Quotes need the GM's signature",
                    score(7),
                )),
            ),
            // Nothing to say: it would be a blank row.
            (SwotSource::Baggage(ids[1]), None),
            (
                SwotSource::ProductGap(ids[2]),
                Some((
                    Quadrant::Weaknesses,
                    "Two-day courses → Short modules",
                    score(8),
                )),
            ),
            (
                SwotSource::ServiceGap(ids[3]),
                Some((Quadrant::Weaknesses, "Follow-up coaching", None)),
            ),
            // Ids of rows on another worksheet, or of no row at all.
            (SwotSource::ProductGap(ids[3]), None),
            (SwotSource::Baggage(RowId(999)), None),
        ];
        for (source, want) in cases {
            let mut wb = wb.clone();
            let before = wb.clone();
            let got = wb.send_to_swot(source);
            let Some((quadrant, text, score)) = want else {
                assert_eq!(got, None, "{source:?}");
                assert_eq!(wb, before, "{source:?}: nothing changes");
                continue;
            };
            let id = got.unwrap_or_else(|| panic!("{source:?} not sent"));
            let list = wb.swot.quadrant(quadrant);
            // The first padded blank row is used: same id, same place, no new row.
            assert_eq!(list.len(), MIN_ROWS, "{source:?}");
            assert_eq!(
                list[0].id,
                before.swot.quadrant(quadrant)[0].id,
                "{source:?}"
            );
            assert_eq!(
                list[0],
                SwotItem {
                    id,
                    text: text.into(),
                    score,
                    origin: Some(Origin {
                        worksheet: source.worksheet(),
                        source: source.origin_ref(),
                        label: text.into(),
                    }),
                },
                "{source:?}"
            );
            assert_eq!(wb.sent_item(source), Some(id));
            assert!(wb.origin_exists(list[0].origin.as_ref().unwrap()));
            // Nothing else moved.
            for q in Quadrant::ALL.into_iter().filter(|&q| q != quadrant) {
                assert_eq!(wb.swot.quadrant(q), before.swot.quadrant(q), "{source:?}");
            }
        }
    }

    #[test]
    fn sending_twice_returns_the_same_item() {
        let (mut wb, ids) = linked();
        let sources = [
            SwotSource::Baggage(ids[0]),
            SwotSource::ProductGap(ids[2]),
            SwotSource::ServiceGap(ids[3]),
            SwotSource::SevenS(SevenSFactor::Systems),
        ];
        let first = sources.map(|s| wb.send_to_swot(s).unwrap());
        // Three blank rows used, then the list grows.
        let weaknesses: Vec<RowId> = wb.swot.weaknesses.iter().map(|i| i.id).collect();
        assert_eq!(weaknesses, first);
        let after = wb.clone();
        let again = sources.map(|s| wb.send_to_swot(s).unwrap());
        assert_eq!(again, first);
        assert_eq!(wb, after, "sending again changes nothing");

        // The existing item is found even after the user edited and moved it.
        wb.swot.find_mut(first[1]).unwrap().text = "Edited".into();
        wb.swot.shift(first[1], -1);
        assert_eq!(wb.send_to_swot(sources[1]), Some(first[1]));
        assert_eq!(wb.swot.weaknesses[0].text, "Edited");
        // The same row id on another worksheet is another source.
        assert_eq!(wb.sent_item(SwotSource::ServiceGap(ids[2])), None);
    }

    #[test]
    fn a_blank_row_left_by_a_sent_item_is_not_reused() {
        let (mut wb, ids) = linked();
        let gap = wb.send_to_swot(SwotSource::ProductGap(ids[2])).unwrap();
        // The user empties the sent item: it is blank, but still the gap's item.
        let item = wb.swot.find_mut(gap).unwrap();
        item.text.clear();
        item.score = None;
        let baggage = wb.send_to_swot(SwotSource::Baggage(ids[0])).unwrap();
        assert_ne!(baggage, gap);
        assert_eq!(wb.swot.weaknesses[1].id, baggage);
        assert_eq!(wb.send_to_swot(SwotSource::ProductGap(ids[2])), Some(gap));
    }

    /// A blank workbook with five PESTLE items, to send from; returns it with their ids:
    /// an opportunity, a threat without an impact, an item without a direction, an item
    /// with only a direction, and a threat with an impact but no text.
    fn with_pestle() -> (Workbook, [RowId; 5]) {
        let mut wb = Workbook::blank("w", Lang::En);
        let rows = [
            (
                PestleFactor::Political,
                " Training subsidies ",
                Some(Direction::Opportunity),
                score(7),
                score(8),
            ),
            (
                PestleFactor::Economic,
                "Budget cuts",
                Some(Direction::Threat),
                None,
                score(7),
            ),
            (
                PestleFactor::Social,
                "Younger learners",
                None,
                score(6),
                score(8),
            ),
            (
                PestleFactor::Legal,
                "",
                Some(Direction::Threat),
                None,
                score(4),
            ),
            (
                PestleFactor::Environmental,
                "",
                Some(Direction::Threat),
                score(4),
                None,
            ),
        ];
        let ids = rows.map(|(factor, text, direction, impact, likelihood)| {
            let id = wb.fresh_id();
            wb.pestle.push(PestleItem {
                id,
                factor,
                text: text.into(),
                direction,
                impact,
                likelihood,
            });
            id
        });
        (wb, ids)
    }

    #[test]
    fn only_rows_from_a_file_are_imported_rows() {
        let mut wb = crate::demo::workbook(Lang::En);
        assert!(!wb.has_imported_rows(), "the demo's rows are generated");
        let data = wb.customer_data.as_mut().unwrap();
        data.source = crate::segmentation::DatasetSource::File {
            name: "sales.csv".into(),
            imported_at: String::new(),
            skipped_rows: 0,
        };
        assert!(wb.has_imported_rows());
        wb.customer_data = None;
        assert!(!wb.has_imported_rows());
    }

    #[test]
    fn sent_items_follow_a_changed_verdict_or_direction() {
        let (mut wb, ids) = linked();
        let staff = wb
            .send_to_swot(SwotSource::SevenS(SevenSFactor::Staff))
            .unwrap();
        let baggage = wb.send_to_swot(SwotSource::Baggage(ids[0])).unwrap();
        assert!(!wb.follow_origins(), "nothing changed, nothing moves");
        // The user edits the sent item, then the 7S verdict changes.
        wb.swot.find_mut(staff).unwrap().text = "Trainers (edited)".into();
        wb.seven_s.entry_mut(SevenSFactor::Staff).verdict = Some(Verdict::Weakness);
        assert!(wb.follow_origins());
        let moved = wb.swot.weaknesses.iter().find(|i| i.id == staff).unwrap();
        assert_eq!(moved.text, "Trainers (edited)");
        assert_eq!(moved.score, score(8));
        assert!(wb.swot.strengths.iter().all(|i| i.id != staff));
        // Its old quadrant keeps its minimum rows; the baggage item stays put.
        assert_eq!(wb.swot.strengths.len(), MIN_ROWS);
        assert!(wb.swot.weaknesses.iter().any(|i| i.id == baggage));
        // A cleared verdict has no opinion: the item stays where it is.
        wb.seven_s.entry_mut(SevenSFactor::Staff).verdict = None;
        assert!(!wb.follow_origins());
        assert!(wb.swot.weaknesses.iter().any(|i| i.id == staff));

        let (mut wb, ids) = with_pestle();
        let subsidies = wb.send_to_swot(SwotSource::Pestle(ids[0])).unwrap();
        assert!(wb.swot.opportunities.iter().any(|i| i.id == subsidies));
        let blank_threat = wb.swot.threats[0].id;
        wb.pestle[0].direction = Some(Direction::Threat);
        assert!(wb.follow_origins());
        // It takes the first anonymous blank row of its new quadrant.
        assert_eq!(wb.swot.threats.len(), MIN_ROWS);
        assert_eq!(wb.swot.threats[0].id, subsidies);
        assert!(wb.swot.threats.iter().all(|i| i.id != blank_threat));
        assert_eq!(wb.swot.opportunities.len(), MIN_ROWS);
        // A removed source leaves its item where it is.
        wb.pestle.remove(0);
        assert!(!wb.follow_origins());
        assert_eq!(wb.swot.threats[0].id, subsidies);
    }

    #[test]
    fn pestle_items_become_opportunities_or_threats() {
        let (wb, ids) = with_pestle();
        // (source, quadrant, text, score) — None where nothing can be sent.
        type Want = Option<(Quadrant, &'static str, Option<Score>)>;
        let cases: [(SwotSource, Want); 7] = [
            // The score is the impact; the likelihood stays on the PESTLE sheet.
            (
                SwotSource::Pestle(ids[0]),
                Some((Quadrant::Opportunities, "Training subsidies", score(7))),
            ),
            (
                SwotSource::Pestle(ids[1]),
                Some((Quadrant::Threats, "Budget cuts", None)),
            ),
            // No direction: neither an opportunity nor a threat.
            (SwotSource::Pestle(ids[2]), None),
            // A likelihood alone would make a blank row.
            (SwotSource::Pestle(ids[3]), None),
            (
                SwotSource::Pestle(ids[4]),
                Some((Quadrant::Threats, "", score(4))),
            ),
            // A PESTLE id under another source, and an id of no row.
            (SwotSource::Baggage(ids[0]), None),
            (SwotSource::Pestle(RowId(999)), None),
        ];
        for (source, want) in cases {
            let mut wb = wb.clone();
            let before = wb.clone();
            let got = wb.send_to_swot(source);
            let Some((quadrant, text, score)) = want else {
                assert_eq!(got, None, "{source:?}");
                assert_eq!(wb, before, "{source:?}: nothing changes");
                continue;
            };
            let id = got.unwrap_or_else(|| panic!("{source:?} not sent"));
            let list = wb.swot.quadrant(quadrant);
            assert_eq!(list.len(), MIN_ROWS, "{source:?}: a padded row is used");
            assert_eq!(list[0].id, before.swot.quadrant(quadrant)[0].id);
            assert_eq!(
                list[0],
                SwotItem {
                    id,
                    text: text.into(),
                    score,
                    origin: Some(Origin {
                        worksheet: Worksheet::Pestle,
                        source: OriginRef::Row(source_row(source)),
                        label: text.into(),
                    }),
                },
                "{source:?}"
            );
            assert!(wb.origin_exists(list[0].origin.as_ref().unwrap()));
            for q in Quadrant::ALL.into_iter().filter(|&q| q != quadrant) {
                assert_eq!(wb.swot.quadrant(q), before.swot.quadrant(q), "{source:?}");
            }
            // The PESTLE sheet itself is untouched.
            assert_eq!(wb.pestle, before.pestle, "{source:?}");
        }
    }

    fn source_row(source: SwotSource) -> RowId {
        match source.origin_ref() {
            OriginRef::Row(id) => id,
            OriginRef::SevenS(f) => panic!("{f:?} is not a row"),
        }
    }

    #[test]
    fn pestle_items_are_sent_once_and_outlive_their_source() {
        let (mut wb, ids) = with_pestle();
        let threats = [ids[1], ids[4]].map(|id| wb.send_to_swot(SwotSource::Pestle(id)).unwrap());
        let after = wb.clone();
        // Sending again returns the same items and changes nothing, even after the
        // direction changed on the PESTLE sheet: the item already sent answers for it.
        wb.pestle[1].direction = Some(Direction::Opportunity);
        let again = [ids[1], ids[4]].map(|id| wb.send_to_swot(SwotSource::Pestle(id)).unwrap());
        assert_eq!(again, threats);
        assert_eq!(wb.swot, after.swot);
        assert_eq!(wb.sent_item(SwotSource::Pestle(ids[0])), None);
        // The same row id from another worksheet is another source.
        assert_eq!(wb.sent_item(SwotSource::ProductGap(ids[1])), None);

        // Removing the PESTLE item keeps the SWOT item and its label; the link says
        // the source is gone.
        wb.pestle.retain(|i| i.id != ids[1]);
        let item = wb.swot.threats[0].clone();
        assert_eq!(item.id, threats[0]);
        assert_eq!(item.origin.as_ref().unwrap().label, "Budget cuts");
        assert!(!wb.origin_exists(item.origin.as_ref().unwrap()));
        assert!(wb.origin_exists(wb.swot.threats[1].origin.as_ref().unwrap()));

        // Both survive a save and load.
        let text = crate::codec::encode(&wb, "t", "t", false);
        assert_eq!(crate::codec::decode(&text).unwrap().workbook, wb);
    }

    #[test]
    fn removing_either_side_leaves_the_other_intact() {
        let (mut wb, ids) = linked();
        let sent = wb.send_to_swot(SwotSource::Baggage(ids[0])).unwrap();
        let factor = wb
            .send_to_swot(SwotSource::SevenS(SevenSFactor::Staff))
            .unwrap();
        let item = |wb: &Workbook, id| {
            wb.swot
                .items()
                .find(|(_, i)| i.id == id)
                .map(|(_, i)| i.clone())
        };

        // Remove the source: the item keeps its text, score and label; only the link
        // reports the source as gone, and the source can no longer be sent.
        let before = item(&wb, sent).unwrap();
        wb.back.baggage.retain(|b| b.id != ids[0]);
        assert_eq!(item(&wb, sent).unwrap(), before);
        assert!(!wb.origin_exists(before.origin.as_ref().unwrap()));
        assert_eq!(
            before.origin.as_ref().unwrap().label,
            "Quotes need the GM's signature"
        );
        // The item still answers for its (removed) source rather than a new one appearing.
        assert_eq!(wb.send_to_swot(SwotSource::Baggage(ids[0])), Some(sent));
        // Nothing else was touched by the removal.
        assert_eq!(wb.back.baggage.len(), 1);
        assert!(wb.origin_exists(item(&wb, factor).unwrap().origin.as_ref().unwrap()));

        // Remove the item: the source is untouched and can be sent again, as a new item
        // with a fresh id (ids are never reused).
        let source_before = wb.seven_s.clone();
        wb.remove_swot_item(SwotOwner::Company, factor);
        assert_eq!(wb.seven_s, source_before);
        assert_eq!(wb.sent_item(SwotSource::SevenS(SevenSFactor::Staff)), None);
        let resent = wb
            .send_to_swot(SwotSource::SevenS(SevenSFactor::Staff))
            .unwrap();
        assert_ne!(resent, factor);
        assert_eq!(wb.swot.strengths.len(), MIN_ROWS);

        // Both survive a save and load.
        let text = crate::codec::encode(&wb, "t", "t", false);
        let back = crate::codec::decode(&text).unwrap().workbook;
        assert_eq!(back, wb);
    }

    #[test]
    fn origin_exists_checks_the_worksheet_and_the_row() {
        let wb = crate::demo::workbook(Lang::En);
        let origin = |worksheet, source| Origin {
            worksheet,
            source,
            label: "x".into(),
        };
        let gap = wb.product_gaps[0].id;
        let pestle = wb.pestle[0].id;
        let criterion = wb.obl.departments[1].criteria[2].id;
        let competitor_item = wb.competitors.list[0].swot.threats[0].id;
        let cases = [
            (origin(Worksheet::ProductGaps, OriginRef::Row(gap)), true),
            // The right id under the wrong worksheet is no source.
            (origin(Worksheet::ServiceGaps, OriginRef::Row(gap)), false),
            (
                origin(Worksheet::Back, OriginRef::Row(wb.back.knowledge[1].id)),
                true,
            ),
            (origin(Worksheet::Pestle, OriginRef::Row(pestle)), true),
            (origin(Worksheet::OblAudit, OriginRef::Row(criterion)), true),
            (
                origin(Worksheet::Competitors, OriginRef::Row(competitor_item)),
                true,
            ),
            (
                origin(
                    Worksheet::Customers,
                    OriginRef::Row(wb.customers.potential[0].id),
                ),
                true,
            ),
            (
                origin(
                    Worksheet::InternalCustomers,
                    OriginRef::Row(RowId(u64::MAX)),
                ),
                false,
            ),
            (
                origin(Worksheet::SevenS, OriginRef::SevenS(SevenSFactor::Style)),
                true,
            ),
            (
                origin(Worksheet::Back, OriginRef::SevenS(SevenSFactor::Style)),
                false,
            ),
            (origin(Worksheet::SevenS, OriginRef::Row(gap)), false),
        ];
        for (o, want) in cases {
            assert_eq!(wb.origin_exists(&o), want, "{o:?}");
        }
    }
}
