//! Every scored item of a workbook: what it is called, where it sits, and the one
//! place each score lives, so that a merge can read all of them and write one back.
//!
//! [`items`] and [`slot_mut`] walk the worksheets the same way; a test checks that
//! every item [`items`] lists is found again by [`slot_mut`] with the same score.

use crate::customers::CustomerGroup;
use crate::external::PestleFactor;
use crate::ids::RowId;
use crate::internal::{CultureChoice, CultureType, SevenSFactor};
use crate::score::Score;
use crate::swot::{Quadrant, Swot};
use crate::workbook::Workbook;
use crate::worksheet::Worksheet;

use super::normalise;

/// Which of a row's scores an item is: the same row can hold two (PESTLE impact and
/// likelihood, stakeholder importance and fulfilment, knowledge current and target).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// A SWOT item's score (the company's or a competitor's).
    Score,
    /// A product or service gap's size.
    Gap,
    /// How much a piece of BACK baggage hinders.
    Hindrance,
    /// How widely a BACK aspiration is shared.
    Shared,
    /// How strongly a BACK culture type shows.
    Strength,
    /// A BACK knowledge topic's current level.
    Current,
    /// A BACK knowledge topic's target level.
    Target,
    /// A 7S factor's rating.
    Rating,
    /// How well an internal-customer link is served.
    Service,
    /// A PESTLE item's impact.
    Impact,
    /// A PESTLE item's likelihood.
    Likelihood,
    /// A stakeholder's importance.
    Importance,
    /// How well a stakeholder's need is met.
    Fulfilment,
    /// A potential customer group's chance of being won.
    Chance,
    /// What delivering a key-customer value target costs.
    Cost,
    /// What a key-customer value target earns.
    Value,
    /// Where a customer group's relationship stands today on the continuum.
    Today,
    /// Where the team wants a customer group's relationship on the continuum.
    Targeted,
}

/// The dominant or the secondary culture of BACK.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CultureRank {
    Dominant,
    Secondary,
}

/// What within a worksheet holds the score. Rows have ids; 7S factors and the two
/// culture choices exist once each, so they are identified by what they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Row(RowId),
    Factor(SevenSFactor),
    /// The culture of that rank, as long as it is still of that type: a strength
    /// given to the "role" culture says nothing about a "power" one.
    Culture(CultureRank, CultureType),
}

/// Identifies one score of a workbook across copies of it (teams' exports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ItemKey {
    pub worksheet: Worksheet,
    pub place: Place,
    pub field: Field,
}

/// Where in its worksheet an item is listed, beyond the worksheet itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Section {
    None,
    /// A quadrant of the company's SWOT.
    Quadrant(Quadrant),
    /// A quadrant of a competitor's SWOT; `name` as that workbook spells it.
    Competitor {
        name: String,
        quadrant: Quadrant,
    },
    Pestle(PestleFactor),
}

impl Section {
    /// The section for text matching: competitor names compared normalised.
    fn match_key(&self) -> String {
        match self {
            Section::None => String::new(),
            Section::Quadrant(q) => format!("{q:?}"),
            Section::Competitor { name, quadrant } => format!("{}/{quadrant:?}", normalise(name)),
            Section::Pestle(f) => format!("{f:?}"),
        }
    }
}

/// What an item is called: the user's text, or (for the structural items) what it is,
/// which the app names in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemName {
    Text(String),
    Factor(SevenSFactor),
    Culture(CultureRank, CultureType),
}

impl ItemName {
    /// The user's text, if the name is text.
    pub fn text(&self) -> Option<&str> {
        match self {
            ItemName::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// One scored item of a workbook, as it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub key: ItemKey,
    pub section: Section,
    pub name: ItemName,
    pub score: Option<Score>,
}

impl Item {
    /// An item with no text and no score is an empty line: never listed as unmatched,
    /// never shown unless a team scored it.
    pub fn is_blank(&self) -> bool {
        self.score.is_none() && self.name.text().is_some_and(|t| t.trim().is_empty())
    }

    /// What the item matches on when row ids do not: worksheet, field, section and
    /// normalised text. `None` for items without text (they match by key only).
    pub(super) fn text_key(&self) -> Option<String> {
        let text = normalise(self.name.text()?);
        (!text.is_empty()).then(|| {
            format!(
                "{:?}|{:?}|{}|{text}",
                self.key.worksheet,
                self.key.field,
                self.section.match_key()
            )
        })
    }
}

/// Every scored item of `wb`, in workshop order and table order within a worksheet,
/// blank rows included (a team may have filled in a row that is blank here).
pub fn items(wb: &Workbook) -> Vec<Item> {
    let mut out = Vec::new();
    let mut push = |worksheet, place, field, section, name, score| {
        out.push(Item {
            key: ItemKey {
                worksheet,
                place,
                field,
            },
            section,
            name,
            score,
        })
    };
    let text = |t: &str| ItemName::Text(t.to_string());

    for (worksheet, rows) in [
        (Worksheet::ProductGaps, &wb.product_gaps),
        (Worksheet::ServiceGaps, &wb.service_gaps),
    ] {
        for r in rows {
            let name = ItemName::Text(r.label());
            push(
                worksheet,
                Place::Row(r.id),
                Field::Gap,
                Section::None,
                name,
                r.gap,
            );
        }
    }

    let back = &wb.back;
    for b in &back.baggage {
        let place = Place::Row(b.id);
        push(
            Worksheet::Back,
            place,
            Field::Hindrance,
            Section::None,
            text(&b.text),
            b.hindrance,
        );
    }
    for a in &back.aspirations {
        let place = Place::Row(a.id);
        push(
            Worksheet::Back,
            place,
            Field::Shared,
            Section::None,
            text(&a.text),
            a.shared,
        );
    }
    for (rank, choice) in cultures(&wb.back.culture) {
        if let Some(c) = choice {
            let place = Place::Culture(rank, c.kind);
            let name = ItemName::Culture(rank, c.kind);
            push(
                Worksheet::Back,
                place,
                Field::Strength,
                Section::None,
                name,
                c.strength,
            );
        }
    }
    for k in &back.knowledge {
        for (field, score) in [(Field::Current, k.current), (Field::Target, k.target)] {
            let place = Place::Row(k.id);
            push(
                Worksheet::Back,
                place,
                field,
                Section::None,
                text(&k.topic),
                score,
            );
        }
    }

    for (q, item) in wb.swot.items() {
        let place = Place::Row(item.id);
        let section = Section::Quadrant(q);
        push(
            Worksheet::Swot,
            place,
            Field::Score,
            section,
            text(&item.text),
            item.score,
        );
    }

    // The first entry of a factor, as scoring reads it (see `SevenS::entry`).
    for factor in SevenSFactor::ALL {
        if let Some(e) = wb.seven_s.entry(factor) {
            let place = Place::Factor(factor);
            let name = ItemName::Factor(factor);
            push(
                Worksheet::SevenS,
                place,
                Field::Rating,
                Section::None,
                name,
                e.rating,
            );
        }
    }

    for l in &wb.internal_customers {
        let name = ItemName::Text(link_label(&l.server, &l.customer));
        let place = Place::Row(l.id);
        push(
            Worksheet::InternalCustomers,
            place,
            Field::Service,
            Section::None,
            name,
            l.service,
        );
    }

    for p in &wb.pestle {
        for (field, score) in [(Field::Impact, p.impact), (Field::Likelihood, p.likelihood)] {
            let section = Section::Pestle(p.factor);
            push(
                Worksheet::Pestle,
                Place::Row(p.id),
                field,
                section,
                text(&p.text),
                score,
            );
        }
    }

    for s in &wb.stakeholders {
        for (field, score) in [
            (Field::Importance, s.importance),
            (Field::Fulfilment, s.fulfilment),
        ] {
            let place = Place::Row(s.id);
            push(
                Worksheet::Stakeholders,
                place,
                field,
                Section::None,
                text(&s.name),
                score,
            );
        }
    }

    for c in &wb.competitors.list {
        for (quadrant, item) in c.swot.items() {
            let section = Section::Competitor {
                name: c.name.clone(),
                quadrant,
            };
            let place = Place::Row(item.id);
            let name = text(&item.text);
            push(
                Worksheet::Competitors,
                place,
                Field::Score,
                section,
                name,
                item.score,
            );
        }
    }

    // Only potential customers have a chance of being won; the field is kept when a
    // group moves table, but no other table shows it.
    for g in &wb.customers.potential {
        let place = Place::Row(g.id);
        push(
            Worksheet::Customers,
            place,
            Field::Chance,
            Section::None,
            text(&g.name),
            g.chance,
        );
    }

    for t in &wb.key_value.targets {
        for (field, score) in [(Field::Cost, t.cost), (Field::Value, t.value)] {
            let place = Place::Row(t.id);
            push(
                Worksheet::KeyValue,
                place,
                field,
                Section::None,
                text(&t.name),
                score,
            );
        }
    }

    for g in &wb.loyalty_classes.groups {
        for (field, score) in [(Field::Today, g.today), (Field::Targeted, g.target)] {
            let place = Place::Row(g.id);
            push(
                Worksheet::LoyaltyClasses,
                place,
                field,
                Section::None,
                text(&g.name),
                score,
            );
        }
    }
    out
}

fn cultures(
    culture: &crate::internal::CultureAssessment,
) -> [(CultureRank, Option<&CultureChoice>); 2] {
    [
        (CultureRank::Dominant, culture.dominant.as_ref()),
        (CultureRank::Secondary, culture.secondary.as_ref()),
    ]
}

/// An internal-customer link in one line, "serving → customer".
fn link_label(server: &str, customer: &str) -> String {
    match (server.trim(), customer.trim()) {
        ("", "") => String::new(),
        (s, c) => format!("{s} → {c}"),
    }
}

/// The score `key` names in `wb`, to read or write; `None` if `wb` has no such item
/// (the row was removed, or the culture changed type).
pub fn slot_mut<'a>(wb: &'a mut Workbook, key: &ItemKey) -> Option<&'a mut Option<Score>> {
    fn row<T>(rows: &mut [T], id: RowId, of: impl Fn(&T) -> RowId) -> Option<&mut T> {
        rows.iter_mut().find(|r| of(r) == id)
    }
    fn swot_item(swot: &mut Swot, id: RowId) -> Option<&mut Option<Score>> {
        [
            &mut swot.strengths,
            &mut swot.weaknesses,
            &mut swot.opportunities,
            &mut swot.threats,
        ]
        .into_iter()
        .flat_map(|list| list.iter_mut())
        .find(|i| i.id == id)
        .map(|i| &mut i.score)
    }
    use Field as F;
    use Worksheet as W;
    match (key.worksheet, key.place, key.field) {
        (W::ProductGaps, Place::Row(id), F::Gap) => {
            row(&mut wb.product_gaps, id, |r| r.id).map(|r| &mut r.gap)
        }
        (W::ServiceGaps, Place::Row(id), F::Gap) => {
            row(&mut wb.service_gaps, id, |r| r.id).map(|r| &mut r.gap)
        }
        (W::Back, Place::Row(id), F::Hindrance) => {
            row(&mut wb.back.baggage, id, |r| r.id).map(|r| &mut r.hindrance)
        }
        (W::Back, Place::Row(id), F::Shared) => {
            row(&mut wb.back.aspirations, id, |r| r.id).map(|r| &mut r.shared)
        }
        (W::Back, Place::Culture(rank, kind), F::Strength) => {
            let culture = &mut wb.back.culture;
            let choice = match rank {
                CultureRank::Dominant => culture.dominant.as_mut(),
                CultureRank::Secondary => culture.secondary.as_mut(),
            };
            choice.filter(|c| c.kind == kind).map(|c| &mut c.strength)
        }
        (W::Back, Place::Row(id), F::Current) => {
            row(&mut wb.back.knowledge, id, |r| r.id).map(|r| &mut r.current)
        }
        (W::Back, Place::Row(id), F::Target) => {
            row(&mut wb.back.knowledge, id, |r| r.id).map(|r| &mut r.target)
        }
        (W::Swot, Place::Row(id), F::Score) => swot_item(&mut wb.swot, id),
        (W::SevenS, Place::Factor(factor), F::Rating) => wb
            .seven_s
            .factors
            .iter_mut()
            .find(|e| e.factor == factor)
            .map(|e| &mut e.rating),
        (W::InternalCustomers, Place::Row(id), F::Service) => {
            row(&mut wb.internal_customers, id, |r| r.id).map(|r| &mut r.service)
        }
        (W::Pestle, Place::Row(id), F::Impact) => {
            row(&mut wb.pestle, id, |r| r.id).map(|r| &mut r.impact)
        }
        (W::Pestle, Place::Row(id), F::Likelihood) => {
            row(&mut wb.pestle, id, |r| r.id).map(|r| &mut r.likelihood)
        }
        (W::Stakeholders, Place::Row(id), F::Importance) => {
            row(&mut wb.stakeholders, id, |r| r.id).map(|r| &mut r.importance)
        }
        (W::Stakeholders, Place::Row(id), F::Fulfilment) => {
            row(&mut wb.stakeholders, id, |r| r.id).map(|r| &mut r.fulfilment)
        }
        (W::Competitors, Place::Row(id), F::Score) => wb
            .competitors
            .list
            .iter_mut()
            .find_map(|c| swot_item(&mut c.swot, id)),
        (W::Customers, Place::Row(id), F::Chance) => {
            row(&mut wb.customers.potential, id, |g: &CustomerGroup| g.id).map(|g| &mut g.chance)
        }
        (W::KeyValue, Place::Row(id), F::Cost) => {
            row(&mut wb.key_value.targets, id, |r| r.id).map(|r| &mut r.cost)
        }
        (W::KeyValue, Place::Row(id), F::Value) => {
            row(&mut wb.key_value.targets, id, |r| r.id).map(|r| &mut r.value)
        }
        (W::LoyaltyClasses, Place::Row(id), F::Today) => {
            row(&mut wb.loyalty_classes.groups, id, |r| r.id).map(|r| &mut r.today)
        }
        (W::LoyaltyClasses, Place::Row(id), F::Targeted) => {
            row(&mut wb.loyalty_classes.groups, id, |r| r.id).map(|r| &mut r.target)
        }
        _ => None,
    }
}
