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
mod tests {
    use super::*;

    /// Builds a quadrant from (text, score) pairs; score 0 stands for "unscored".
    fn items(rows: &[(&str, u8)]) -> Vec<SwotItem> {
        rows.iter()
            .enumerate()
            .map(|(i, (text, s))| SwotItem::new(RowId(i as u64 + 1), *text, Some(*s)))
            .collect()
    }

    fn swot(s: &[(&str, u8)], w: &[(&str, u8)], o: &[(&str, u8)], t: &[(&str, u8)]) -> Swot {
        Swot {
            strengths: items(s),
            weaknesses: items(w),
            opportunities: items(o),
            threats: items(t),
        }
    }

    type Rows<'a> = &'a [(&'a str, u8)];

    #[test]
    fn quadrant_scores() {
        // (rows, total, scored, unscored, mean, known_total)
        type Case<'a> = (Rows<'a>, u32, usize, usize, Option<f64>, Option<u32>);
        let cases: &[Case] = &[
            (&[], 0, 0, 0, None, Some(0)),
            (&[("", 0), ("  ", 0)], 0, 0, 0, None, Some(0)),
            (&[("a", 0)], 0, 0, 1, None, None),
            (&[("a", 7)], 7, 1, 0, Some(7.0), Some(7)),
            (
                &[("a", 7), ("b", 0), ("c", 4)],
                11,
                2,
                1,
                Some(5.5),
                Some(11),
            ),
            (&[("", 9)], 9, 1, 0, Some(9.0), Some(9)),
            (
                &[("a", 10), ("b", 10), ("c", 10)],
                30,
                3,
                0,
                Some(10.0),
                Some(30),
            ),
        ];
        for (rows, total, scored, unscored, mean, known) in cases {
            let q = QuadrantScore::of(&items(rows));
            assert_eq!(q.total, *total, "{rows:?}");
            assert_eq!(q.scored, *scored, "{rows:?}");
            assert_eq!(q.unscored, *unscored, "{rows:?}");
            assert_eq!(q.mean(), *mean, "{rows:?}");
            assert_eq!(q.known_total(), *known, "{rows:?}");
        }
    }

    #[test]
    fn balances_and_posture() {
        // (S, W, O, T, internal, external, posture)
        type Case<'a> = (
            Rows<'a>,
            Rows<'a>,
            Rows<'a>,
            Rows<'a>,
            Option<i64>,
            Option<i64>,
            Option<Posture>,
        );
        let cases: &[Case] = &[
            // Nothing scored: the balances are 0 − 0, but no posture follows.
            (&[], &[], &[], &[], Some(0), Some(0), None),
            // Only the internal side scored: no posture until the external side is.
            (&[("s", 9)], &[], &[], &[], Some(9), Some(0), None),
            (&[], &[], &[], &[("t", 3)], Some(0), Some(-3), None),
            (
                &[("s", 8)],
                &[("w", 3)],
                &[("o", 6)],
                &[("t", 2)],
                Some(5),
                Some(4),
                Some(Posture::SO),
            ),
            (
                &[("s", 8)],
                &[("w", 3)],
                &[("o", 2)],
                &[("t", 6)],
                Some(5),
                Some(-4),
                Some(Posture::ST),
            ),
            (
                &[("s", 2)],
                &[("w", 9)],
                &[("o", 6)],
                &[("t", 2)],
                Some(-7),
                Some(4),
                Some(Posture::WO),
            ),
            (
                &[("s", 2)],
                &[("w", 9)],
                &[("o", 1)],
                &[("t", 2)],
                Some(-7),
                Some(-1),
                Some(Posture::WT),
            ),
            // Ties count as the favourable side.
            (
                &[("s", 5)],
                &[("w", 5)],
                &[("o", 4)],
                &[("t", 4)],
                Some(0),
                Some(0),
                Some(Posture::SO),
            ),
            // Weaknesses listed but none scored: the internal balance is unknown.
            (
                &[("s", 8)],
                &[("w", 0)],
                &[("o", 6)],
                &[("t", 2)],
                None,
                Some(4),
                None,
            ),
            // Nothing listed under threats is a genuine zero.
            (
                &[("s", 8)],
                &[("w", 3)],
                &[("o", 6)],
                &[],
                Some(5),
                Some(6),
                Some(Posture::SO),
            ),
            // Partly scored: only the scored items count, the rest are reported as missing.
            (
                &[("s", 8), ("s2", 0)],
                &[("w", 3)],
                &[("o", 1)],
                &[("t", 2), ("t2", 0)],
                Some(5),
                Some(-1),
                Some(Posture::ST),
            ),
        ];
        for (s, w, o, t, internal, external, posture) in cases {
            let score = swot(s, w, o, t).score();
            assert_eq!(score.internal_balance(), *internal, "{s:?} {w:?}");
            assert_eq!(score.external_balance(), *external, "{o:?} {t:?}");
            assert_eq!(score.posture(), *posture, "{s:?} {w:?} {o:?} {t:?}");
        }
    }

    #[test]
    fn findings_need_a_score_on_their_axis() {
        // (S, W, O, T, internal finding, external finding)
        type Case<'a> = (
            Rows<'a>,
            Rows<'a>,
            Rows<'a>,
            Rows<'a>,
            Option<i64>,
            Option<i64>,
        );
        let cases: &[Case] = &[
            (&[], &[], &[], &[], None, None),
            // Listed but unscored: still nothing to conclude.
            (&[("s", 0)], &[], &[("o", 0)], &[], None, None),
            (&[("s", 9)], &[], &[], &[], Some(9), None),
            (&[], &[("w", 4)], &[], &[], Some(-4), None),
            (&[], &[], &[("o", 2)], &[], None, Some(2)),
            (&[], &[], &[], &[("t", 5)], None, Some(-5)),
            (
                &[("s", 8)],
                &[("w", 3)],
                &[("o", 6)],
                &[("t", 2)],
                Some(5),
                Some(4),
            ),
            // A listed, unscored weakness makes the internal side unknown.
            (&[("s", 8)], &[("w", 0)], &[("o", 6)], &[], None, Some(6)),
        ];
        for (s, w, o, t, internal, external) in cases {
            let score = swot(s, w, o, t).score();
            assert_eq!(score.internal_finding(), *internal, "{s:?} {w:?}");
            assert_eq!(score.external_finding(), *external, "{o:?} {t:?}");
        }
    }

    #[test]
    fn unscored_items_are_counted_as_missing() {
        let s = swot(&[("a", 0), ("b", 5)], &[("c", 0)], &[], &[("", 0)]).score();
        assert_eq!(s.unscored(), 2);
        assert!(!s.is_empty());
        assert!(Swot::default().score().is_empty());
    }

    #[test]
    fn remove_and_shift() {
        let mut sw = swot(&[("a", 1), ("b", 2), ("c", 3)], &[], &[], &[]);
        sw.shift(RowId(1), 1);
        let texts: Vec<_> = sw.strengths.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["b", "a", "c"]);
        sw.shift(RowId(2), -1); // already first: unchanged
        sw.shift(RowId(3), 1); // already last: unchanged
        let texts: Vec<_> = sw.strengths.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["b", "a", "c"]);
        assert!(sw.remove(RowId(1)));
        assert!(!sw.remove(RowId(1)));
        assert_eq!(sw.strengths.len(), 2);
        sw.find_mut(RowId(3)).unwrap().text = "changed".into();
        assert_eq!(sw.strengths[1].text, "changed");
    }

    #[test]
    fn origin_json_keeps_the_row_form_and_adds_the_factor_form() {
        let row = Origin {
            worksheet: Worksheet::Back,
            source: OriginRef::Row(RowId(12)),
            label: "Quotes need a signature".into(),
        };
        let factor = Origin {
            worksheet: Worksheet::SevenS,
            source: OriginRef::SevenS(SevenSFactor::Staff),
            label: "Experienced trainers".into(),
        };
        // (origin, its JSON)
        let cases = [
            (
                &row,
                r#"{"worksheet":"back","row":12,"label":"Quotes need a signature"}"#,
            ),
            (
                &factor,
                r#"{"worksheet":"seven_s","factor":"staff","label":"Experienced trainers"}"#,
            ),
        ];
        for (origin, json) in cases {
            assert_eq!(serde_json::to_string(origin).unwrap(), json);
            assert_eq!(&serde_json::from_str::<Origin>(json).unwrap(), origin);
        }
        // Older files wrote the row form with keys in any order, inside an item.
        let item: SwotItem = serde_json::from_str(
            r#"{"id":3,"text":"t","origin":{"label":"old","row":5,"worksheet":"product_gaps"}}"#,
        )
        .unwrap();
        assert_eq!(
            item.origin,
            Some(Origin {
                worksheet: Worksheet::ProductGaps,
                source: OriginRef::Row(RowId(5)),
                label: "old".into(),
            })
        );
        // An origin naming no source, or an unknown factor, is refused.
        for bad in [
            r#"{"worksheet":"back","label":"x"}"#,
            r#"{"worksheet":"seven_s","factor":"luck","label":"x"}"#,
            r#"{"worksheet":"back","row":-1,"label":"x"}"#,
        ] {
            assert!(serde_json::from_str::<Origin>(bad).is_err(), "{bad}");
        }
    }
}
