//! The analyses' thresholds as the user edits them one at a time: each threshold
//! named, read and written through one enum, with its range and the rules that tie
//! it to its neighbours checked before a value is accepted.

use super::settings::{LoyaltySettings, SegmentationSettings};
use crate::score::fold_full_width;

/// One editable threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Threshold {
    KeepSales,
    GrowFrom,
    GrowTo,
    Decline,
    LowMargin,
    AbcA,
    AbcB,
    TierVip,
    TierMajor,
    TierOrdinary,
    LoyaltyHigh,
    SatisfactionVeryLow,
    SatisfactionHigh,
    SatisfactionVeryHigh,
    ValueTop,
    MarginFullPoints,
    OverdueZeroPoints,
}

/// Why a typed threshold is refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ThresholdError {
    NotANumber,
    /// Outside the threshold's own range.
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// Must be at most the named threshold's current value.
    AboveOther {
        other: Threshold,
        value: f64,
    },
    /// Must be at least the named threshold's current value.
    BelowOther {
        other: Threshold,
        value: f64,
    },
    /// The shares of a split (ABC classes or tiers) would pass 100%.
    SplitOver100 {
        room: f64,
    },
}

impl Threshold {
    pub const SEGMENTATION: [Threshold; 10] = [
        Threshold::KeepSales,
        Threshold::GrowFrom,
        Threshold::GrowTo,
        Threshold::Decline,
        Threshold::LowMargin,
        Threshold::AbcA,
        Threshold::AbcB,
        Threshold::TierVip,
        Threshold::TierMajor,
        Threshold::TierOrdinary,
    ];
    pub const LOYALTY: [Threshold; 5] = [
        Threshold::LoyaltyHigh,
        Threshold::SatisfactionVeryLow,
        Threshold::SatisfactionHigh,
        Threshold::SatisfactionVeryHigh,
        Threshold::ValueTop,
    ];
    /// The scale of customer value scoring (`analysis::value`).
    pub const VALUE: [Threshold; 2] = [Threshold::MarginFullPoints, Threshold::OverdueZeroPoints];

    /// A percentage (shown with "%") rather than a point on the customers' own scale.
    pub fn is_percent(self) -> bool {
        !matches!(
            self,
            Threshold::LoyaltyHigh
                | Threshold::SatisfactionVeryLow
                | Threshold::SatisfactionHigh
                | Threshold::SatisfactionVeryHigh
                | Threshold::OverdueZeroPoints
        )
    }

    /// The threshold's own range. Satisfaction and loyalty cut-offs are in the units
    /// of the imported data, which the seed scores 1–10 but a file may score 0–100.
    pub fn range(self) -> (f64, f64) {
        // The two scales of value scoring divide by their threshold: never 0.
        match self {
            Threshold::MarginFullPoints => return (0.1, 100.0),
            Threshold::OverdueZeroPoints => return (1.0, 3650.0),
            _ => {}
        }
        if self.is_percent() {
            (0.0, 100.0)
        } else {
            (-1_000_000.0, 1_000_000.0)
        }
    }

    pub fn get(self, seg: &SegmentationSettings, loy: &LoyaltySettings) -> f64 {
        match self {
            Threshold::KeepSales => seg.keep_sales_pct,
            Threshold::GrowFrom => seg.grow_band_from_pct,
            Threshold::GrowTo => seg.grow_band_to_pct,
            Threshold::Decline => seg.decline_pct,
            Threshold::LowMargin => seg.low_margin_pct,
            Threshold::AbcA => seg.abc_pct[0],
            Threshold::AbcB => seg.abc_pct[1],
            Threshold::TierVip => seg.tiers_pct[0],
            Threshold::TierMajor => seg.tiers_pct[1],
            Threshold::TierOrdinary => seg.tiers_pct[2],
            Threshold::LoyaltyHigh => loy.loyalty_high,
            Threshold::SatisfactionVeryLow => loy.satisfaction_very_low,
            Threshold::SatisfactionHigh => loy.satisfaction_high,
            Threshold::SatisfactionVeryHigh => loy.satisfaction_very_high,
            Threshold::ValueTop => loy.value_top_pct,
            Threshold::MarginFullPoints => seg.margin_full_points_pct,
            Threshold::OverdueZeroPoints => seg.overdue_zero_points_days,
        }
    }

    /// Checks `value` against the range and the neighbouring thresholds, then writes
    /// it. The remainders (ABC class C, the small tier) follow automatically.
    pub fn set(
        self,
        value: f64,
        seg: &mut SegmentationSettings,
        loy: &mut LoyaltySettings,
    ) -> Result<(), ThresholdError> {
        let (min, max) = self.range();
        if !value.is_finite() || value < min || value > max {
            return Err(ThresholdError::OutOfRange { min, max });
        }
        let at_most = |other: Threshold| {
            let limit = other.get(seg, loy);
            if value > limit {
                Err(ThresholdError::AboveOther {
                    other,
                    value: limit,
                })
            } else {
                Ok(())
            }
        };
        let at_least = |other: Threshold| {
            let limit = other.get(seg, loy);
            if value < limit {
                Err(ThresholdError::BelowOther {
                    other,
                    value: limit,
                })
            } else {
                Ok(())
            }
        };
        let split_room = |others: &[Threshold]| {
            let taken: f64 = others.iter().map(|t| t.get(seg, loy)).sum();
            let room = 100.0 - taken;
            if value > room + 1e-9 {
                Err(ThresholdError::SplitOver100 { room })
            } else {
                Ok(())
            }
        };
        match self {
            Threshold::GrowFrom => at_most(Threshold::GrowTo)?,
            Threshold::GrowTo => at_least(Threshold::GrowFrom)?,
            Threshold::AbcA => split_room(&[Threshold::AbcB])?,
            Threshold::AbcB => split_room(&[Threshold::AbcA])?,
            Threshold::TierVip => split_room(&[Threshold::TierMajor, Threshold::TierOrdinary])?,
            Threshold::TierMajor => split_room(&[Threshold::TierVip, Threshold::TierOrdinary])?,
            Threshold::TierOrdinary => split_room(&[Threshold::TierVip, Threshold::TierMajor])?,
            Threshold::SatisfactionVeryLow => at_most(Threshold::SatisfactionHigh)?,
            Threshold::SatisfactionHigh => {
                at_least(Threshold::SatisfactionVeryLow)?;
                at_most(Threshold::SatisfactionVeryHigh)?;
            }
            Threshold::SatisfactionVeryHigh => at_least(Threshold::SatisfactionHigh)?,
            _ => {}
        }
        match self {
            Threshold::KeepSales => seg.keep_sales_pct = value,
            Threshold::GrowFrom => seg.grow_band_from_pct = value,
            Threshold::GrowTo => seg.grow_band_to_pct = value,
            Threshold::Decline => seg.decline_pct = value,
            Threshold::LowMargin => seg.low_margin_pct = value,
            Threshold::AbcA => seg.abc_pct[0] = value,
            Threshold::AbcB => seg.abc_pct[1] = value,
            Threshold::TierVip => seg.tiers_pct[0] = value,
            Threshold::TierMajor => seg.tiers_pct[1] = value,
            Threshold::TierOrdinary => seg.tiers_pct[2] = value,
            Threshold::LoyaltyHigh => loy.loyalty_high = value,
            Threshold::SatisfactionVeryLow => loy.satisfaction_very_low = value,
            Threshold::SatisfactionHigh => loy.satisfaction_high = value,
            Threshold::SatisfactionVeryHigh => loy.satisfaction_very_high = value,
            Threshold::ValueTop => loy.value_top_pct = value,
            Threshold::MarginFullPoints => seg.margin_full_points_pct = value,
            Threshold::OverdueZeroPoints => seg.overdue_zero_points_days = value,
        }
        seg.abc_pct[2] = (100.0 - seg.abc_pct[0] - seg.abc_pct[1]).max(0.0);
        seg.tiers_pct[3] = (100.0 - seg.tiers_pct[..3].iter().sum::<f64>()).max(0.0);
        Ok(())
    }

    /// Parses typed text ("12.5", "１２", "12.5%") and sets it.
    pub fn set_text(
        self,
        text: &str,
        seg: &mut SegmentationSettings,
        loy: &mut LoyaltySettings,
    ) -> Result<(), ThresholdError> {
        let value = parse_decimal(text).ok_or(ThresholdError::NotANumber)?;
        self.set(value, seg, loy)
    }
}

/// A decimal number as a person types it: full-width digits and a trailing percent
/// sign are accepted; anything else that is not a plain number is `None`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let ascii: String = text.trim().chars().map(fold_full_width).collect();
    let ascii = ascii.trim_end_matches(['%', '％']).trim();
    let plain = !ascii.is_empty()
        && ascii
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+'));
    if !plain {
        return None;
    }
    ascii.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Shows a threshold without needless decimals: 10 → "10", 7.5 → "7.5".
pub fn format_threshold(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        let text = format!("{rounded:.3}");
        text.trim_end_matches('0').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> (SegmentationSettings, LoyaltySettings) {
        (SegmentationSettings::default(), LoyaltySettings::default())
    }

    #[test]
    fn every_threshold_reads_back_what_was_set() {
        for t in Threshold::SEGMENTATION
            .into_iter()
            .chain(Threshold::LOYALTY)
            .chain(Threshold::VALUE)
        {
            let (mut seg, mut loy) = defaults();
            let value = t.get(&seg, &loy);
            t.set(value, &mut seg, &mut loy).unwrap();
            assert_eq!(t.get(&seg, &loy), value, "{t:?}");
        }
    }

    #[test]
    fn set_text_table() {
        use ThresholdError::*;
        type Case = (Threshold, &'static str, Result<f64, ThresholdError>);
        let cases: &[Case] = &[
            (Threshold::KeepSales, "12.5", Ok(12.5)),
            (Threshold::KeepSales, " １５ ", Ok(15.0)),
            (Threshold::KeepSales, "15%", Ok(15.0)),
            (Threshold::KeepSales, "abc", Err(NotANumber)),
            (Threshold::KeepSales, "", Err(NotANumber)),
            (Threshold::KeepSales, "1e3", Err(NotANumber)),
            (Threshold::MarginFullPoints, "25%", Ok(25.0)),
            (
                Threshold::MarginFullPoints,
                "0",
                Err(OutOfRange {
                    min: 0.1,
                    max: 100.0,
                }),
            ),
            (Threshold::OverdueZeroPoints, "120", Ok(120.0)),
            (
                Threshold::OverdueZeroPoints,
                "0",
                Err(OutOfRange {
                    min: 1.0,
                    max: 3650.0,
                }),
            ),
            (
                Threshold::KeepSales,
                "101",
                Err(OutOfRange {
                    min: 0.0,
                    max: 100.0,
                }),
            ),
            (
                Threshold::Decline,
                "-1",
                Err(OutOfRange {
                    min: 0.0,
                    max: 100.0,
                }),
            ),
            (
                Threshold::GrowFrom,
                "60",
                Err(AboveOther {
                    other: Threshold::GrowTo,
                    value: 50.0,
                }),
            ),
            (
                Threshold::GrowTo,
                "30",
                Err(BelowOther {
                    other: Threshold::GrowFrom,
                    value: 40.0,
                }),
            ),
            (Threshold::AbcA, "80", Ok(80.0)),
            (Threshold::AbcA, "85", Err(SplitOver100 { room: 80.0 })),
            (Threshold::TierVip, "82", Err(SplitOver100 { room: 81.0 })),
            (Threshold::TierVip, "2", Ok(2.0)),
            (
                Threshold::SatisfactionHigh,
                "9.5",
                Err(AboveOther {
                    other: Threshold::SatisfactionVeryHigh,
                    value: 9.0,
                }),
            ),
            (
                Threshold::SatisfactionHigh,
                "2",
                Err(BelowOther {
                    other: Threshold::SatisfactionVeryLow,
                    value: 3.0,
                }),
            ),
            (Threshold::LoyaltyHigh, "70", Ok(70.0)),
        ];
        for (t, text, want) in cases {
            let (mut seg, mut loy) = defaults();
            let got = t
                .set_text(text, &mut seg, &mut loy)
                .map(|()| t.get(&seg, &loy));
            assert_eq!(got, *want, "{t:?} {text:?}");
        }
    }

    #[test]
    fn remainders_follow_the_split() {
        let (mut seg, mut loy) = defaults();
        Threshold::AbcA.set(70.0, &mut seg, &mut loy).unwrap();
        assert_eq!(seg.abc_pct, [70.0, 20.0, 10.0]);
        Threshold::TierOrdinary
            .set(25.0, &mut seg, &mut loy)
            .unwrap();
        assert_eq!(seg.tiers_pct, [1.0, 4.0, 25.0, 70.0]);
    }

    #[test]
    fn a_refused_value_changes_nothing() {
        let (mut seg, mut loy) = defaults();
        let before = (seg.clone(), loy.clone());
        assert!(Threshold::AbcB.set(90.0, &mut seg, &mut loy).is_err());
        assert_eq!((seg, loy), before);
    }

    #[test]
    fn format_threshold_table() {
        for (value, text) in [
            (10.0, "10"),
            (7.5, "7.5"),
            (0.125, "0.125"),
            (33.3333, "33.333"),
        ] {
            assert_eq!(format_threshold(value), text);
        }
    }
}
