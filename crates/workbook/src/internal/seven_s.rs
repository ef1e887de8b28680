//! Scoring of 7S: strengths and weaknesses among the six factors, their signed balance,
//! the weakest factor and whether every factor has a verdict.

use crate::score::Score;

use super::{SevenS, SevenSFactor, Verdict};

/// One factor as assessed, whether or not its entry exists in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactorRating {
    pub factor: SevenSFactor,
    pub verdict: Option<Verdict>,
    pub rating: Option<Score>,
}

impl FactorRating {
    /// The rating with the verdict's sign: positive for a strength, negative for a
    /// weakness; `None` without both, since either alone says nothing about the balance.
    pub fn signed(&self) -> Option<i32> {
        let rating = i32::from(self.rating?.get());
        match self.verdict? {
            Verdict::Strength => Some(rating),
            Verdict::Weakness => Some(-rating),
        }
    }
}

/// The scores of the 7S worksheet. Shared values are a statement, not a score, and
/// take no part here.
#[derive(Clone, Debug, PartialEq)]
pub struct SevenSScore {
    /// The six factors in [`SevenSFactor::ALL`] order. A factor missing from the data
    /// (a hand-edited file) reads as having neither verdict nor rating.
    pub factors: [FactorRating; 6],
    /// Factors judged a strength, rated or not.
    pub strengths: usize,
    /// Factors judged a weakness, rated or not.
    pub weaknesses: usize,
    /// Factors with a verdict but no rating, in [`SevenSFactor::ALL`] order; they are
    /// left out of the balance rather than counted as zero.
    pub unrated: Vec<SevenSFactor>,
    /// Sum of the strengths' ratings minus sum of the weaknesses' ratings, over the
    /// rated factors with a verdict; `None` when there are none.
    pub balance: Option<i32>,
    /// The factor most in need of attention: the weakness rated highest (the most
    /// serious one); when no weakness is rated, the strength rated lowest (the least
    /// secure one). Ties go to the factor first in [`SevenSFactor::ALL`]; `None` until
    /// two factors with a verdict are rated, since one alone is weakest of nothing.
    pub weakest: Option<SevenSFactor>,
    /// Every factor has a verdict.
    pub complete: bool,
}

impl SevenSScore {
    pub fn of(seven_s: &SevenS) -> SevenSScore {
        let factors = SevenSFactor::ALL.map(|factor| {
            let entry = seven_s.entry(factor);
            FactorRating {
                factor,
                verdict: entry.and_then(|e| e.verdict),
                rating: entry.and_then(|e| e.rating),
            }
        });
        let with = |verdict| factors.iter().filter(move |f| f.verdict == Some(verdict));
        let rated: Vec<i32> = factors.iter().filter_map(FactorRating::signed).collect();

        // Strictly better only, so that the first factor wins a tie.
        let pick = |verdict, better: fn(Score, Score) -> bool| {
            with(verdict)
                .filter_map(|f| f.rating.map(|r| (f.factor, r)))
                .fold(
                    None,
                    |best: Option<(SevenSFactor, Score)>, (factor, r)| match best {
                        Some((_, b)) if !better(r, b) => best,
                        _ => Some((factor, r)),
                    },
                )
                .map(|(factor, _)| factor)
        };
        // "Weakest" compares: with one factor weighed there is nothing to compare it to.
        let weakest = (rated.len() >= 2)
            .then(|| {
                pick(Verdict::Weakness, |a, b| a > b)
                    .or_else(|| pick(Verdict::Strength, |a, b| a < b))
            })
            .flatten();

        SevenSScore {
            strengths: with(Verdict::Strength).count(),
            weaknesses: with(Verdict::Weakness).count(),
            unrated: factors
                .iter()
                .filter(|f| f.verdict.is_some() && f.rating.is_none())
                .map(|f| f.factor)
                .collect(),
            balance: (!rated.is_empty()).then(|| rated.iter().sum()),
            weakest,
            complete: factors.iter().all(|f| f.verdict.is_some()),
            factors,
        }
    }

    /// True when no factor has a verdict or a rating.
    pub fn is_empty(&self) -> bool {
        self.factors
            .iter()
            .all(|f| f.verdict.is_none() && f.rating.is_none())
    }

    /// The assessment of one factor.
    pub fn factor(&self, factor: SevenSFactor) -> &FactorRating {
        &self.factors[factor as usize]
    }
}

impl SevenS {
    /// Strengths, weaknesses, balance and weakest factor; see [`SevenSScore`].
    pub fn score(&self) -> SevenSScore {
        SevenSScore::of(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::internal::SevenSEntry;
    use SevenSFactor::{Skills, Staff, Strategy, Structure, Style, Systems};
    use Verdict::{Strength as S, Weakness as W};

    /// A 7S from (verdict, rating) per factor in ALL order; rating 0 stands for "unrated".
    fn seven_s(rows: [(Option<Verdict>, u8); 6]) -> SevenS {
        let mut s = SevenS::default();
        for (entry, (verdict, rating)) in s.factors.iter_mut().zip(rows) {
            entry.verdict = verdict;
            entry.rating = Score::new(rating).ok();
        }
        s
    }

    const NONE: (Option<Verdict>, u8) = (None, 0);

    #[test]
    fn seven_s_scores() {
        struct Case {
            name: &'static str,
            rows: [(Option<Verdict>, u8); 6],
            strengths: usize,
            weaknesses: usize,
            unrated: &'static [SevenSFactor],
            balance: Option<i32>,
            weakest: Option<SevenSFactor>,
            complete: bool,
        }
        let cases = [
            Case {
                name: "empty",
                rows: [NONE; 6],
                strengths: 0,
                weaknesses: 0,
                unrated: &[],
                balance: None,
                weakest: None,
                complete: false,
            },
            Case {
                name: "like the demo",
                rows: [
                    (Some(S), 8),
                    (Some(W), 5),
                    (Some(W), 7),
                    (Some(S), 8),
                    (Some(S), 6),
                    (Some(W), 5),
                ],
                strengths: 3,
                weaknesses: 3,
                unrated: &[],
                balance: Some(22 - 17),
                weakest: Some(Systems),
                complete: true,
            },
            Case {
                name: "verdicts without ratings: counted, unrated, no balance",
                rows: [(Some(S), 0), (Some(W), 0), NONE, NONE, NONE, NONE],
                strengths: 1,
                weaknesses: 1,
                unrated: &[Staff, Structure],
                balance: None,
                weakest: None,
                complete: false,
            },
            Case {
                name: "only a rating without a verdict: not empty, but nothing to weigh",
                rows: [NONE, NONE, (None, 6), NONE, NONE, NONE],
                strengths: 0,
                weaknesses: 0,
                unrated: &[],
                balance: None,
                weakest: None,
                complete: false,
            },
            Case {
                name: "a rating without a verdict takes no side; one factor weighed has no weakest",
                rows: [(None, 9), (Some(S), 4), NONE, NONE, NONE, NONE],
                strengths: 1,
                weaknesses: 0,
                unrated: &[],
                balance: Some(4),
                weakest: None,
                complete: false,
            },
            Case {
                name: "two factors weighed: the weakest is the lower strength",
                rows: [(None, 9), (Some(S), 4), (Some(S), 7), NONE, NONE, NONE],
                strengths: 2,
                weaknesses: 0,
                unrated: &[],
                balance: Some(11),
                weakest: Some(Structure),
                complete: false,
            },
            Case {
                name: "unrated weakness: not in the balance, and the weakest is a strength",
                rows: [
                    (Some(S), 7),
                    (Some(W), 0),
                    (Some(S), 3),
                    (Some(S), 9),
                    (Some(S), 3),
                    (Some(S), 5),
                ],
                strengths: 5,
                weaknesses: 1,
                unrated: &[Structure],
                balance: Some(27),
                // Systems and Style tie at 3: Systems comes first.
                weakest: Some(Systems),
                complete: true,
            },
            Case {
                name: "negative balance; tied weaknesses go to the first factor",
                rows: [
                    (Some(W), 4),
                    (Some(S), 2),
                    (Some(W), 9),
                    (Some(W), 3),
                    (Some(W), 9),
                    (Some(S), 10),
                ],
                strengths: 2,
                weaknesses: 4,
                unrated: &[],
                balance: Some(12 - 25),
                weakest: Some(Systems),
                complete: true,
            },
            Case {
                name: "the weakest is the weakness rated highest, wherever it is",
                rows: [(Some(S), 6), (Some(W), 6), NONE, NONE, NONE, (Some(W), 1)],
                strengths: 1,
                weaknesses: 2,
                unrated: &[],
                balance: Some(-1),
                // The weakness rated highest, not the last one.
                weakest: Some(Structure),
                complete: false,
            },
            Case {
                name: "a single weakness at the end",
                rows: [
                    (Some(S), 1),
                    (Some(S), 1),
                    (Some(S), 1),
                    (Some(S), 1),
                    (Some(S), 1),
                    (Some(W), 1),
                ],
                strengths: 5,
                weaknesses: 1,
                unrated: &[],
                balance: Some(4),
                weakest: Some(Strategy),
                complete: true,
            },
        ];
        for case in &cases {
            let name = case.name;
            let score = seven_s(case.rows).score();
            assert_eq!(score.strengths, case.strengths, "{name}: strengths");
            assert_eq!(score.weaknesses, case.weaknesses, "{name}: weaknesses");
            assert_eq!(score.unrated, case.unrated, "{name}: unrated");
            assert_eq!(score.balance, case.balance, "{name}: balance");
            assert_eq!(score.weakest, case.weakest, "{name}: weakest");
            assert_eq!(score.complete, case.complete, "{name}: complete");
            let empty = case.rows.iter().all(|&(v, r)| v.is_none() && r == 0);
            assert_eq!(score.is_empty(), empty, "{name}: empty");
            for (f, (verdict, rating)) in score.factors.iter().zip(case.rows) {
                assert_eq!(f.verdict, verdict, "{name}: {:?}", f.factor);
                assert_eq!(f.rating, Score::new(rating).ok(), "{name}: {:?}", f.factor);
            }
        }
    }

    #[test]
    fn factors_follow_all_order_even_when_the_data_does_not() {
        // A hand-edited file: factors out of order, one listed twice, one missing.
        let entry = |factor, verdict, rating| SevenSEntry {
            factor,
            verdict: Some(verdict),
            rating: Score::new(rating).ok(),
            evidence: String::new(),
        };
        let s = SevenS {
            shared_values: String::new(),
            factors: vec![
                entry(Strategy, W, 6),
                entry(Staff, S, 8),
                entry(Staff, W, 2),
                entry(Skills, S, 7),
                entry(Structure, S, 5),
                entry(Systems, W, 3),
            ],
        };
        let score = s.score();
        assert_eq!(score.factors.map(|f| f.factor), SevenSFactor::ALL);
        // The first Staff entry counts; Style has no entry, so nothing is complete.
        assert_eq!(score.factor(Staff).signed(), Some(8));
        assert_eq!(score.factor(Style).verdict, None);
        assert!(!score.complete);
        assert_eq!(score.balance, Some(8 + 5 + 7 - 3 - 6));
        assert_eq!(score.weakest, Some(Strategy));
    }

    #[test]
    fn signed_rating_needs_both_parts() {
        let cases = [
            (Some(S), 7, Some(7)),
            (Some(W), 7, Some(-7)),
            (None, 7, None),
            (Some(S), 0, None),
            (None, 0, None),
        ];
        for (verdict, rating, want) in cases {
            let f = FactorRating {
                factor: Staff,
                verdict,
                rating: Score::new(rating).ok(),
            };
            assert_eq!(f.signed(), want, "{verdict:?} {rating}");
        }
    }
}
