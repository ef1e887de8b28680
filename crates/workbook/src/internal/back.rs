//! Scoring of BACK: the baggage load, the consensus behind the aspirations, the culture
//! profile, the knowledge gaps, and the four letters side by side on one 1–10 scale.

use crate::ids::RowId;
use crate::order;
use crate::score::Score;

use super::{mean, Back, BaggageDecision, CultureChoice, CultureType, TOP};

/// The four letters of BACK, in the order the worksheet and the chart show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BackLetter {
    Baggage,
    Aspiration,
    Culture,
    Knowledge,
}

impl BackLetter {
    pub const ALL: [BackLetter; 4] = [
        BackLetter::Baggage,
        BackLetter::Aspiration,
        BackLetter::Culture,
        BackLetter::Knowledge,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The letter written on the chart; it reads the same in both languages.
    pub fn letter(self) -> char {
        match self {
            BackLetter::Baggage => 'B',
            BackLetter::Aspiration => 'A',
            BackLetter::Culture => 'C',
            BackLetter::Knowledge => 'K',
        }
    }
}

/// What the baggage still weighs. Only items not decided "drop" count: an undecided
/// item is still carried, a dropped one no longer hinders anyone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BaggageScore {
    /// Sum of the hindrance of the items still carried. `None` while such items are
    /// listed but none is scored; `Some(0)` when nothing is carried (no items, or all
    /// dropped), which is a genuine zero.
    pub load: Option<u32>,
    /// Mean hindrance of the items still carried: the B letter.
    pub mean: Option<f64>,
    /// Items still carried with a hindrance score.
    pub scored: usize,
    /// Items still carried without a hindrance score.
    pub unscored: usize,
    /// Items still carried with no decision yet (also in `scored` or `unscored`).
    pub undecided: usize,
    /// Items decided "drop", scored or not.
    pub dropped: usize,
}

/// How widely the aspirations are shared among staff.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AspirationScore {
    /// Mean of the scored aspirations' `shared`: the A letter.
    pub consensus: Option<f64>,
    pub scored: usize,
    pub unscored: usize,
}

/// A culture type the user chose, with how strongly it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CultureStrength {
    pub kind: CultureType,
    pub strength: Option<Score>,
}

impl From<&CultureChoice> for CultureStrength {
    fn from(c: &CultureChoice) -> CultureStrength {
        CultureStrength {
            kind: c.kind,
            strength: c.strength,
        }
    }
}

/// The culture as assessed: the dominant type and, if chosen, the secondary one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CultureProfile {
    pub dominant: Option<CultureStrength>,
    pub secondary: Option<CultureStrength>,
}

/// One knowledge topic with its gap to the target level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnowledgeRow {
    pub id: RowId,
    /// The topic, trimmed.
    pub topic: String,
    pub current: Option<Score>,
    pub target: Option<Score>,
    /// Target minus current, when both are set. Zero or negative when staff already
    /// meet or exceed the target.
    pub gap: Option<i32>,
}

/// Staff knowledge against its targets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KnowledgeScore {
    /// Every non-blank topic, in table order.
    pub topics: Vec<KnowledgeRow>,
    /// Mean current level over the topics that have one: the K letter.
    pub mean: Option<f64>,
}

impl KnowledgeScore {
    /// Whether any topic has both levels, so "no gap" could be a finding: until one
    /// has, an empty list of largest gaps says nothing about the staff.
    pub fn has_gaps(&self) -> bool {
        self.topics.iter().any(|t| t.gap.is_some())
    }

    /// The [`TOP`] largest positive gaps, largest first, ties in table order. Topics at
    /// or above their target are not gaps and never listed, however few others exist.
    pub fn largest(&self) -> Vec<&KnowledgeRow> {
        let gaps: Vec<&KnowledgeRow> = self
            .topics
            .iter()
            .filter(|t| t.gap.is_some_and(|g| g > 0))
            .collect();
        // Stable: equal gaps keep table order. Every gap here is positive (filtered
        // above), so the 0 for a missing one is never used.
        let mut gaps = order::by_number(gaps, order::Direction::Descending, |t| {
            i64::from(t.gap.unwrap_or(0))
        });
        gaps.truncate(TOP);
        gaps
    }
}

/// The scores of the BACK worksheet; see each part.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BackScore {
    pub baggage: BaggageScore,
    pub aspiration: AspirationScore,
    pub culture: CultureProfile,
    pub knowledge: KnowledgeScore,
}

impl BackScore {
    pub fn of(back: &Back) -> BackScore {
        let mut baggage = BaggageScore::default();
        let mut load = 0;
        let mut carried = Vec::new();
        for item in back.baggage.iter().filter(|i| !i.is_blank()) {
            if item.decision == Some(BaggageDecision::Drop) {
                baggage.dropped += 1;
                continue;
            }
            if item.decision.is_none() {
                baggage.undecided += 1;
            }
            match item.hindrance {
                Some(h) => {
                    baggage.scored += 1;
                    load += u32::from(h.get());
                    carried.push(h);
                }
                None => baggage.unscored += 1,
            }
        }
        baggage.load = (baggage.scored > 0 || baggage.unscored == 0).then_some(load);
        baggage.mean = mean(carried);

        let aspirations: Vec<Option<Score>> = back
            .aspirations
            .iter()
            .filter(|a| !a.is_blank())
            .map(|a| a.shared)
            .collect();
        let shared: Vec<Score> = aspirations.iter().flatten().copied().collect();
        let aspiration = AspirationScore {
            consensus: mean(shared.iter().copied()),
            scored: shared.len(),
            unscored: aspirations.len() - shared.len(),
        };

        let culture = CultureProfile {
            dominant: back.culture.dominant.as_ref().map(CultureStrength::from),
            secondary: back.culture.secondary.as_ref().map(CultureStrength::from),
        };

        let topics: Vec<KnowledgeRow> = back
            .knowledge
            .iter()
            .filter(|t| !t.is_blank())
            .map(|t| KnowledgeRow {
                id: t.id,
                topic: t.topic.trim().to_string(),
                current: t.current,
                target: t.target,
                gap: match (t.current, t.target) {
                    (Some(c), Some(g)) => Some(i32::from(g.get()) - i32::from(c.get())),
                    _ => None,
                },
            })
            .collect();
        let knowledge = KnowledgeScore {
            mean: mean(topics.iter().filter_map(|t| t.current)),
            topics,
        };

        BackScore {
            baggage,
            aspiration,
            culture,
            knowledge,
        }
    }

    /// One letter's score on the common 1–10 scale: B the mean hindrance of the baggage
    /// still carried, A the aspiration consensus, C the dominant culture's strength, K
    /// the mean knowledge level. `None` when it has nothing scored to go on.
    pub fn letter(&self, letter: BackLetter) -> Option<f64> {
        match letter {
            BackLetter::Baggage => self.baggage.mean,
            BackLetter::Aspiration => self.aspiration.consensus,
            BackLetter::Culture => self
                .culture
                .dominant
                .and_then(|c| c.strength)
                .map(|s| f64::from(s.get())),
            BackLetter::Knowledge => self.knowledge.mean,
        }
    }

    /// The four letters in [`BackLetter::ALL`] order (B, A, C, K), for the chart.
    pub fn letters(&self) -> [Option<f64>; 4] {
        BackLetter::ALL.map(|l| self.letter(l))
    }

    /// True when nothing at all is filled in: no baggage, aspiration or knowledge row
    /// and no culture chosen.
    pub fn is_empty(&self) -> bool {
        let b = &self.baggage;
        b.scored + b.unscored + b.dropped == 0
            && self.aspiration.scored + self.aspiration.unscored == 0
            && self.culture.dominant.is_none()
            && self.culture.secondary.is_none()
            && self.knowledge.topics.is_empty()
    }
}

impl Back {
    /// Baggage load, aspiration consensus, culture profile and knowledge gaps; see
    /// [`BackScore`].
    pub fn score(&self) -> BackScore {
        BackScore::of(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::internal::{Aspiration, BaggageItem, CultureAssessment, KnowledgeTopic};
    use BaggageDecision::{Drop, Keep, Review};

    fn s(value: u8) -> Option<Score> {
        Score::new(value).ok()
    }

    /// Baggage from (text, hindrance, decision); hindrance 0 stands for "unscored".
    fn baggage(rows: &[(&str, u8, Option<BaggageDecision>)]) -> Back {
        Back {
            baggage: rows
                .iter()
                .enumerate()
                .map(|(i, &(text, h, decision))| BaggageItem {
                    id: RowId(i as u64 + 1),
                    text: text.into(),
                    hindrance: s(h),
                    decision,
                })
                .collect(),
            ..Back::default()
        }
    }

    #[test]
    fn baggage_load_counts_what_is_still_carried() {
        type Rows<'a> = &'a [(&'a str, u8, Option<BaggageDecision>)];
        // (name, rows, load, mean, scored, unscored, undecided, dropped)
        type Case<'a> = (
            &'a str,
            Rows<'a>,
            Option<u32>,
            Option<f64>,
            usize,
            usize,
            usize,
            usize,
        );
        let cases: &[Case] = &[
            ("empty", &[], Some(0), None, 0, 0, 0, 0),
            (
                "blank rows",
                &[("", 0, None), (" ", 0, None)],
                Some(0),
                None,
                0,
                0,
                0,
                0,
            ),
            (
                "kept, reviewed and undecided all count",
                &[("a", 7, Some(Review)), ("b", 3, Some(Keep)), ("c", 5, None)],
                Some(15),
                Some(5.0),
                3,
                0,
                1,
                0,
            ),
            (
                "dropped items weigh nothing",
                &[
                    ("a", 7, Some(Review)),
                    ("b", 9, Some(Drop)),
                    ("c", 2, Some(Keep)),
                ],
                Some(9),
                Some(4.5),
                2,
                0,
                0,
                1,
            ),
            (
                "all dropped: nothing carried is a genuine zero, but there is no mean",
                &[("a", 7, Some(Drop)), ("b", 0, Some(Drop))],
                Some(0),
                None,
                0,
                0,
                0,
                2,
            ),
            (
                "carried but unscored: load unknown",
                &[("a", 0, Some(Keep)), ("b", 8, Some(Drop))],
                None,
                None,
                0,
                1,
                0,
                1,
            ),
            (
                "partly scored",
                &[("a", 6, None), ("b", 0, None), ("", 4, Some(Keep))],
                Some(10),
                Some(5.0),
                2,
                1,
                2,
                0,
            ),
            (
                "a decision alone makes an item",
                &[("", 0, Some(Review))],
                None,
                None,
                0,
                1,
                0,
                0,
            ),
        ];
        for &(name, rows, load, mean, scored, unscored, undecided, dropped) in cases {
            let score = baggage(rows).score();
            let b = &score.baggage;
            assert_eq!(b.load, load, "{name}: load");
            assert_eq!(b.mean, mean, "{name}: mean");
            assert_eq!(
                (b.scored, b.unscored, b.undecided, b.dropped),
                (scored, unscored, undecided, dropped),
                "{name}: counts"
            );
            assert_eq!(score.letter(BackLetter::Baggage), mean, "{name}: B");
        }
    }

    #[test]
    fn aspiration_consensus() {
        // (rows of (text, shared, voiced by), consensus, scored, unscored)
        type Case<'a> = (&'a [(&'a str, u8, &'a str)], Option<f64>, usize, usize);
        let cases: &[Case] = &[
            (&[], None, 0, 0),
            (&[("", 0, ""), ("  ", 0, " ")], None, 0, 0),
            (&[("a", 0, "staff")], None, 0, 1),
            (&[("", 0, "trainers")], None, 0, 1),
            (&[("a", 8, ""), ("b", 6, ""), ("c", 7, "")], Some(7.0), 3, 0),
            (&[("a", 9, ""), ("b", 0, ""), ("c", 4, "")], Some(6.5), 2, 1),
        ];
        for &(rows, consensus, scored, unscored) in cases {
            let back = Back {
                aspirations: rows
                    .iter()
                    .enumerate()
                    .map(|(i, &(text, shared, voiced_by))| Aspiration {
                        id: RowId(i as u64 + 1),
                        text: text.into(),
                        shared: s(shared),
                        voiced_by: voiced_by.into(),
                    })
                    .collect(),
                ..Back::default()
            };
            let score = back.score();
            assert_eq!(
                score.aspiration,
                AspirationScore {
                    consensus,
                    scored,
                    unscored
                },
                "{rows:?}"
            );
            assert_eq!(score.letter(BackLetter::Aspiration), consensus, "{rows:?}");
        }
    }

    #[test]
    fn culture_profile_and_c_letter() {
        let choice = |kind, strength| CultureChoice {
            kind,
            strength: s(strength),
            evidence: String::new(),
        };
        // (dominant, secondary, C letter)
        let cases = [
            (None, None, None),
            (Some(choice(CultureType::Task, 7)), None, Some(7.0)),
            (Some(choice(CultureType::Power, 0)), None, None),
            (
                Some(choice(CultureType::Role, 4)),
                Some(choice(CultureType::Existential, 9)),
                // C is the dominant type's strength even when the secondary shows more.
                Some(4.0),
            ),
            // A secondary type alone gives no C: the dominant one is what C measures.
            (None, Some(choice(CultureType::Task, 6)), None),
        ];
        for (dominant, secondary, c) in cases {
            let back = Back {
                culture: CultureAssessment {
                    dominant: dominant.clone(),
                    secondary: secondary.clone(),
                },
                ..Back::default()
            };
            let score = back.score();
            assert_eq!(
                score.culture.dominant,
                dominant.as_ref().map(CultureStrength::from)
            );
            assert_eq!(
                score.culture.secondary,
                secondary.as_ref().map(CultureStrength::from)
            );
            assert_eq!(score.letter(BackLetter::Culture), c, "{dominant:?}");
        }
    }

    #[test]
    fn knowledge_gaps_and_mean() {
        // (rows of (topic, current, target), gaps per non-blank topic, K, largest ids)
        type Case<'a> = (
            &'a str,
            &'a [(&'a str, u8, u8)],
            &'a [Option<i32>],
            Option<f64>,
            &'a [u64],
        );
        let cases: &[Case] = &[
            ("empty", &[], &[], None, &[]),
            ("blank", &[("", 0, 0), (" ", 0, 0)], &[], None, &[]),
            (
                "one side missing: no gap",
                &[("a", 5, 0), ("b", 0, 8)],
                &[None, None],
                Some(5.0),
                &[],
            ),
            (
                "negative and zero gaps are kept but are not among the largest",
                &[("a", 8, 6), ("b", 4, 7), ("c", 7, 7)],
                &[Some(-2), Some(3), Some(0)],
                Some(19.0 / 3.0),
                &[2],
            ),
            (
                "largest three, ties in table order",
                &[
                    ("a", 5, 8),
                    ("b", 3, 7),
                    ("", 0, 0),
                    ("d", 4, 7),
                    ("e", 3, 7),
                    ("f", 1, 10),
                ],
                &[Some(3), Some(4), Some(3), Some(4), Some(9)],
                Some(3.2),
                &[6, 2, 5],
            ),
            (
                "a target alone makes a topic; the mean is over current levels only",
                &[("", 0, 9), ("b", 6, 0)],
                &[None, None],
                Some(6.0),
                &[],
            ),
        ];
        for &(name, rows, gaps, k, largest) in cases {
            let back = Back {
                knowledge: rows
                    .iter()
                    .enumerate()
                    .map(|(i, &(topic, current, target))| KnowledgeTopic {
                        id: RowId(i as u64 + 1),
                        topic: topic.into(),
                        current: s(current),
                        target: s(target),
                    })
                    .collect(),
                ..Back::default()
            };
            let score = back.score();
            let got: Vec<Option<i32>> = score.knowledge.topics.iter().map(|t| t.gap).collect();
            assert_eq!(got, gaps, "{name}: gaps");
            assert_eq!(score.knowledge.mean, k, "{name}: mean");
            assert_eq!(score.letter(BackLetter::Knowledge), k, "{name}: K");
            let top: Vec<u64> = score.knowledge.largest().iter().map(|t| t.id.0).collect();
            assert_eq!(top, largest, "{name}: largest");
            // Enough data for "no gap" exactly when some topic has both levels.
            assert_eq!(
                score.knowledge.has_gaps(),
                gaps.iter().any(Option::is_some),
                "{name}: has gaps"
            );
        }
    }

    #[test]
    fn letters_side_by_side() {
        let back = Back {
            baggage: baggage(&[("a", 8, Some(Review)), ("b", 2, Some(Drop))]).baggage,
            aspirations: vec![Aspiration {
                id: RowId(10),
                text: "grow".into(),
                shared: s(6),
                voiced_by: String::new(),
            }],
            culture: CultureAssessment {
                dominant: Some(CultureChoice {
                    kind: CultureType::Task,
                    strength: s(7),
                    evidence: String::new(),
                }),
                secondary: None,
            },
            knowledge: vec![KnowledgeTopic {
                id: RowId(11),
                topic: "selling".into(),
                current: None,
                target: s(8),
            }],
        };
        // K is missing (no current level), not zero.
        assert_eq!(
            back.score().letters(),
            [Some(8.0), Some(6.0), Some(7.0), None]
        );
        assert_eq!(Back::default().score().letters(), [None; 4]);
        assert!(Back::default().score().is_empty());
        assert!(!back.score().is_empty());
        // Anything listed makes the worksheet non-empty, even with no letter scored.
        let only_dropped = baggage(&[("a", 0, Some(Drop))]).score();
        assert!(!only_dropped.is_empty());
        assert_eq!(only_dropped.letters(), [None; 4]);
        assert_eq!(
            BackLetter::ALL.map(BackLetter::letter),
            ['B', 'A', 'C', 'K']
        );
        for (i, l) in BackLetter::ALL.into_iter().enumerate() {
            assert_eq!(l.index(), i);
        }
    }
}
