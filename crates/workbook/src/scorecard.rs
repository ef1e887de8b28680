//! The CRM scorecard (METHOD.md §8 and step 10 of §9): lagging indicators (revenue,
//! market share, financial figures) and leading ones (share of customer,
//! satisfaction, retention), each with a baseline, a target and the current value,
//! and how far each has come from its baseline toward its target.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::rows::Row;

/// Lagging indicators report results after the fact; leading ones move first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    Lagging,
    Leading,
}

impl IndicatorKind {
    pub const ALL: [IndicatorKind; 2] = [IndicatorKind::Lagging, IndicatorKind::Leading];
}

/// One indicator. The figures are kept as typed ("12.5%", "3,600,000") and read by
/// [`parse_figure`], so a unit the team writes beside a figure is not lost.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: RowId,
    #[serde(default)]
    pub kind: Option<IndicatorKind>,
    #[serde(default)]
    pub name: String,
    /// What the figures are in (%, 万元, points of 10).
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub baseline: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub current: String,
}

impl Row for Indicator {
    fn id(&self) -> RowId {
        self.id
    }

    fn is_blank(&self) -> bool {
        Indicator::is_blank(self)
    }

    fn blank(id: RowId) -> Indicator {
        Indicator {
            id,
            kind: None,
            name: String::new(),
            unit: String::new(),
            baseline: String::new(),
            target: String::new(),
            current: String::new(),
        }
    }
}

/// A figure as a number: digits with an optional sign and decimal point; thousands
/// separators, spaces and a percent sign (half or full width) are ignored, and
/// full-width digits read as digits. Anything else is no figure.
pub fn parse_figure(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' ' | '%' | '％'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '－' => '-',
            _ => c,
        })
        .collect();
    if cleaned.is_empty() || !cleaned.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

impl Indicator {
    pub fn is_blank(&self) -> bool {
        self.kind.is_none()
            && [
                &self.name,
                &self.unit,
                &self.baseline,
                &self.target,
                &self.current,
            ]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    /// How far the current value has come from the baseline toward the target: 0 at
    /// the baseline, 1 at the target, above 1 beyond it, below 0 when it moved away.
    /// Works for targets below the baseline (fewer complaints). `None` while a figure
    /// is missing or the target equals the baseline.
    pub fn progress(&self) -> Option<f64> {
        let base = parse_figure(&self.baseline)?;
        let target = parse_figure(&self.target)?;
        let current = parse_figure(&self.current)?;
        (target != base).then(|| (current - base) / (target - base))
    }
}

/// What the scorecard adds up to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScorecardScore {
    /// Non-blank indicators.
    pub indicators: usize,
    /// Indicators with all three figures readable (and a target apart from the
    /// baseline).
    pub measured: usize,
    /// Measured indicators at or beyond their target.
    pub reached: usize,
    /// Measured indicators that moved away from their target.
    pub slipping: usize,
    /// Mean progress of the measured indicators of each kind, in
    /// [`IndicatorKind::ALL`] order.
    pub mean_progress: [Option<f64>; 2],
    /// Every non-blank indicator: (name, kind, progress), in list order.
    pub rows: Vec<(String, Option<IndicatorKind>, Option<f64>)>,
}

impl ScorecardScore {
    pub fn of(indicators: &[Indicator]) -> ScorecardScore {
        let mut s = ScorecardScore::default();
        let mut by_kind: [Vec<f64>; 2] = Default::default();
        for i in indicators.iter().filter(|i| !i.is_blank()) {
            s.indicators += 1;
            let p = i.progress();
            if let Some(p) = p {
                s.measured += 1;
                s.reached += usize::from(p >= 1.0);
                s.slipping += usize::from(p < 0.0);
                if let Some(k) = i.kind {
                    by_kind[k as usize].push(p);
                }
            }
            s.rows.push((i.name.trim().to_string(), i.kind, p));
        }
        for (mean, values) in s.mean_progress.iter_mut().zip(&by_kind) {
            *mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures() {
        for (text, want) in [
            ("12.5", Some(12.5)),
            ("12.5%", Some(12.5)),
            ("3,600,000", Some(3_600_000.0)),
            ("８５％", Some(85.0)),
            ("-3", Some(-3.0)),
            (" 7 ", Some(7.0)),
            ("", None),
            ("%", None),
            ("about 5", None),
            ("inf", None),
            ("NaN", None),
        ] {
            assert_eq!(parse_figure(text), want, "{text:?}");
        }
    }

    fn indicator(kind: Option<IndicatorKind>, figures: [&str; 3]) -> Indicator {
        let [baseline, target, current] = figures.map(String::from);
        Indicator {
            kind,
            name: "x".into(),
            baseline,
            target,
            current,
            ..Indicator::blank(RowId(1))
        }
    }

    #[test]
    fn progress_runs_from_baseline_to_target_either_way() {
        // (baseline, target, current, progress)
        for (b, t, c, want) in [
            ("100", "200", "150", Some(0.5)),
            ("100", "200", "250", Some(1.5)),
            ("100", "200", "90", Some(-0.1)),
            ("10%", "5%", "6%", Some(0.8)),
            ("100", "100", "120", None),
            ("100", "", "120", None),
            ("100", "200", "n/a", None),
        ] {
            let got = indicator(None, [b, t, c]).progress();
            match (got, want) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 1e-9, "{b} {t} {c}: {g}"),
                _ => assert_eq!(got, want, "{b} {t} {c}"),
            }
        }
    }

    #[test]
    fn the_scorecard_adds_up() {
        use IndicatorKind::{Lagging, Leading};
        let list = vec![
            indicator(Some(Lagging), ["100", "200", "150"]),
            indicator(Some(Lagging), ["100", "200", "200"]),
            indicator(Some(Leading), ["80", "90", "75"]),
            indicator(Some(Leading), ["80", "90", ""]),
            indicator(None, ["1", "2", "3"]),
            Indicator::blank(RowId(9)),
        ];
        let s = ScorecardScore::of(&list);
        assert_eq!(s.indicators, 5);
        assert_eq!(s.measured, 4);
        assert_eq!(s.reached, 2, "at the target and beyond it");
        assert_eq!(s.slipping, 1);
        assert_eq!(
            s.mean_progress,
            [Some(0.75), Some(-0.5)],
            "no kind: in neither"
        );
        assert_eq!(s.rows.len(), 5);
        assert_eq!(s.rows[3].2, None);
        assert_eq!(ScorecardScore::of(&[]).mean_progress, [None, None]);
    }
}
