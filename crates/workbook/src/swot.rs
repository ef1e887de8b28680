//! SWOT: the four quadrants of scored items, and their scoring (totals, balances, posture).
//!
//! The same model serves the company's own SWOT and every competitor's.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::internal::SevenSFactor;
use crate::score::Score;
use crate::worksheet::Worksheet;

/// One of the four SWOT quadrants, in the order the worksheet shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    Strengths,
    Weaknesses,
    Opportunities,
    Threats,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Strengths,
        Quadrant::Weaknesses,
        Quadrant::Opportunities,
        Quadrant::Threats,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The letter used on charts and in the comparison table.
    pub fn letter(self) -> char {
        match self {
            Quadrant::Strengths => 'S',
            Quadrant::Weaknesses => 'W',
            Quadrant::Opportunities => 'O',
            Quadrant::Threats => 'T',
        }
    }

    /// Strengths and opportunities help; weaknesses and threats hurt.
    pub fn is_favourable(self) -> bool {
        matches!(self, Quadrant::Strengths | Quadrant::Opportunities)
    }
}

/// Where an item was sent from, when another worksheet sent it to SWOT.
///
/// `label` is a copy of the source's text at the time of sending, so the item still
/// explains itself after the source row is removed.
///
/// In JSON the source is flattened into the origin: `{"worksheet":"back","row":12,
/// "label":…}` for a row (the only form older files contain) and
/// `{"worksheet":"seven_s","factor":"staff","label":…}` for a 7S factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub worksheet: Worksheet,
    #[serde(flatten)]
    pub source: OriginRef,
    pub label: String,
}

/// The thing within a worksheet that an item was sent from.
///
/// 7S factors are not rows and have no row ids: each factor exists exactly once, so
/// the factor itself identifies it, and inventing ids for them would put ids into the
/// file that no row owns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OriginRef {
    #[serde(rename = "row")]
    Row(RowId),
    #[serde(rename = "factor")]
    SevenS(SevenSFactor),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SwotItem {
    pub id: RowId,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub score: Option<Score>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl SwotItem {
    pub fn new(id: RowId, text: impl Into<String>, score: Option<u8>) -> SwotItem {
        SwotItem {
            id,
            text: text.into(),
            score: score.and_then(|s| Score::new(s).ok()),
            origin: None,
        }
    }

    /// A row with neither text nor score is an empty slot, not an item.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.score.is_none()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Swot {
    pub strengths: Vec<SwotItem>,
    pub weaknesses: Vec<SwotItem>,
    pub opportunities: Vec<SwotItem>,
    pub threats: Vec<SwotItem>,
}

/// The fewest rows each quadrant shows and asks to be filled (METHOD.md: "at least three").
pub const MIN_ROWS: usize = 3;

impl Swot {
    pub fn quadrant(&self, q: Quadrant) -> &[SwotItem] {
        match q {
            Quadrant::Strengths => &self.strengths,
            Quadrant::Weaknesses => &self.weaknesses,
            Quadrant::Opportunities => &self.opportunities,
            Quadrant::Threats => &self.threats,
        }
    }

    pub fn quadrant_mut(&mut self, q: Quadrant) -> &mut Vec<SwotItem> {
        match q {
            Quadrant::Strengths => &mut self.strengths,
            Quadrant::Weaknesses => &mut self.weaknesses,
            Quadrant::Opportunities => &mut self.opportunities,
            Quadrant::Threats => &mut self.threats,
        }
    }

    pub fn items(&self) -> impl Iterator<Item = (Quadrant, &SwotItem)> {
        Quadrant::ALL
            .into_iter()
            .flat_map(move |q| self.quadrant(q).iter().map(move |item| (q, item)))
    }

    /// Finds an item and its quadrant by id.
    pub fn find_mut(&mut self, id: RowId) -> Option<&mut SwotItem> {
        Quadrant::ALL
            .into_iter()
            .find_map(|q| self.position(q, id).map(|_| q))
            .and_then(|q| self.quadrant_mut(q).iter_mut().find(|i| i.id == id))
    }

    fn position(&self, q: Quadrant, id: RowId) -> Option<usize> {
        self.quadrant(q).iter().position(|i| i.id == id)
    }

    /// Removes an item wherever it is; returns whether it existed.
    pub fn remove(&mut self, id: RowId) -> bool {
        for q in Quadrant::ALL {
            if let Some(at) = self.position(q, id) {
                self.quadrant_mut(q).remove(at);
                return true;
            }
        }
        false
    }

    /// Moves an item one place up (`delta` = -1) or down (+1) within its quadrant.
    pub fn shift(&mut self, id: RowId, delta: isize) {
        for q in Quadrant::ALL {
            if let Some(at) = self.position(q, id) {
                let list = self.quadrant_mut(q);
                let to = at as isize + delta;
                if to >= 0 && (to as usize) < list.len() {
                    list.swap(at, to as usize);
                }
                return;
            }
        }
    }

    /// Totals, balances and posture; see [`SwotScore`].
    pub fn score(&self) -> SwotScore {
        SwotScore::of(self)
    }
}

/// The scores of one quadrant. Blank rows are ignored; unscored items are counted
/// as missing and never as zero.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct QuadrantScore {
    /// Sum of the scored items.
    pub total: u32,
    pub scored: usize,
    /// Items with text but no score yet.
    pub unscored: usize,
}

impl QuadrantScore {
    pub fn of(items: &[SwotItem]) -> QuadrantScore {
        items
            .iter()
            .filter(|i| !i.is_blank())
            .fold(QuadrantScore::default(), |mut acc, item| {
                match item.score {
                    Some(s) => {
                        acc.total += u32::from(s.get());
                        acc.scored += 1;
                    }
                    None => acc.unscored += 1,
                }
                acc
            })
    }

    pub fn mean(&self) -> Option<f64> {
        (self.scored > 0).then(|| f64::from(self.total) / self.scored as f64)
    }

    /// The total when it means something: `None` while the quadrant lists items but
    /// none of them is scored (its total is unknown, not zero). An empty quadrant
    /// genuinely totals zero.
    pub fn known_total(&self) -> Option<u32> {
        (self.scored > 0 || self.unscored == 0).then_some(self.total)
    }
}

/// Which of the four classic strategies the balances point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Posture {
    /// Strengths outweigh weaknesses, opportunities outweigh threats: grow.
    SO,
    /// Strong inside, threatened outside: use strengths to counter threats.
    ST,
    /// Weak inside, opportunities outside: fix weaknesses to seize them.
    WO,
    /// Weak inside and threatened: defend and reduce exposure.
    WT,
}

impl Posture {
    /// A zero balance counts as the favourable side: equal strengths and weaknesses
    /// do not make a company weak.
    pub fn from_balances(internal: i64, external: i64) -> Posture {
        match (internal >= 0, external >= 0) {
            (true, true) => Posture::SO,
            (true, false) => Posture::ST,
            (false, true) => Posture::WO,
            (false, false) => Posture::WT,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Posture::SO => "SO",
            Posture::ST => "ST",
            Posture::WO => "WO",
            Posture::WT => "WT",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SwotScore {
    /// Indexed by [`Quadrant::index`].
    pub quadrants: [QuadrantScore; 4],
}

impl SwotScore {
    pub fn of(swot: &Swot) -> SwotScore {
        SwotScore {
            quadrants: Quadrant::ALL.map(|q| QuadrantScore::of(swot.quadrant(q))),
        }
    }

    pub fn get(&self, q: Quadrant) -> &QuadrantScore {
        &self.quadrants[q.index()]
    }

    fn balance(&self, plus: Quadrant, minus: Quadrant) -> Option<i64> {
        let plus = self.get(plus).known_total()?;
        let minus = self.get(minus).known_total()?;
        Some(i64::from(plus) - i64::from(minus))
    }

    /// Strengths total minus weaknesses total; `None` while either is unknown.
    pub fn internal_balance(&self) -> Option<i64> {
        self.balance(Quadrant::Strengths, Quadrant::Weaknesses)
    }

    /// Opportunities total minus threats total; `None` while either is unknown.
    pub fn external_balance(&self) -> Option<i64> {
        self.balance(Quadrant::Opportunities, Quadrant::Threats)
    }

    /// Whether any item of `a` or `b` is scored: until one is, the axis's balance is
    /// 0 − 0, arithmetic that says nothing about the company.
    fn axis_scored(&self, a: Quadrant, b: Quadrant) -> bool {
        self.get(a).scored + self.get(b).scored > 0
    }

    /// The internal balance as a finding to show: `None` until a strength or a
    /// weakness is scored (and while either total is unknown). The comparison of
    /// companies keeps [`Self::internal_balance`], where an empty quadrant of a
    /// scored SWOT is a genuine zero.
    pub fn internal_finding(&self) -> Option<i64> {
        self.internal_balance()
            .filter(|_| self.axis_scored(Quadrant::Strengths, Quadrant::Weaknesses))
    }

    /// The external balance as a finding to show: `None` until an opportunity or a
    /// threat is scored; see [`Self::internal_finding`].
    pub fn external_finding(&self) -> Option<i64> {
        self.external_balance()
            .filter(|_| self.axis_scored(Quadrant::Opportunities, Quadrant::Threats))
    }

    /// The posture needs both findings: a strategy that weighs opportunities against
    /// threats is no conclusion while neither has a score.
    pub fn posture(&self) -> Option<Posture> {
        Some(Posture::from_balances(
            self.internal_finding()?,
            self.external_finding()?,
        ))
    }

    pub fn unscored(&self) -> usize {
        self.quadrants.iter().map(|q| q.unscored).sum()
    }

    /// True when nothing has been listed or scored at all.
    pub fn is_empty(&self) -> bool {
        self.quadrants.iter().all(|q| q.scored + q.unscored == 0)
    }
}

#[cfg(test)]
mod tests;
