//! Customer value scoring of the imported customers (METHOD.md §8): each customer
//! with a margin and a payment record gets up to 20 points for gross margin and up
//! to 20 for paying on time, and the customers are ranked by the total.
//!
//! The course notes give the two 20-point criteria but no scale, so the scale is
//! two thresholds the user sees and can change (`SegmentationSettings`):
//!
//! - **Margin points** = 20 × margin ÷ `margin_full_points_pct`, rounded and held
//!   to 0–20, where margin = profit ÷ sales (in %). No points (not scored) when
//!   sales are not positive: a margin needs a sale.
//! - **Payment points** = 20 × (1 − days overdue ÷ `overdue_zero_points_days`),
//!   rounded and held to 0–20: on time (0 days or paid early) earns 20, the
//!   threshold or later earns 0. Not scored when the days are blank.
//!
//! A customer missing either is counted as not scored, never as zero.

use super::super::dataset::Dataset;
use super::super::settings::SegmentationSettings;
use super::super::summary::{ValueScored, ValueSummary};
use crate::value_score::MAX_POINTS;

/// How many of the best customers the summary keeps by name.
pub const VALUE_TOP: usize = 20;

/// The totals' bands for the distribution: 0–8, 9–16, 17–24, 25–32, 33–40.
pub const VALUE_BANDS: usize = 5;

/// The margin points of a customer with `sales` and `profit`.
pub fn margin_points(sales: f64, profit: f64, full_pct: f64) -> Option<u8> {
    // NaN sales or threshold fail `is_positive` too: no margin to score.
    if !is_positive(sales) || profit.is_nan() || !is_positive(full_pct) {
        return None;
    }
    let margin_pct = profit / sales * 100.0;
    Some(scale(margin_pct / full_pct))
}

/// The payment points of a customer `days` overdue on average.
pub fn payment_points(days: f64, zero_days: f64) -> Option<u8> {
    if days.is_nan() || !is_positive(zero_days) {
        return None;
    }
    Some(scale(1.0 - days.max(0.0) / zero_days))
}

/// Above zero (so not NaN).
fn is_positive(x: f64) -> bool {
    x > 0.0
}

/// A fraction of the full points, rounded and held to 0–[`MAX_POINTS`].
fn scale(fraction: f64) -> u8 {
    let points = (fraction * f64::from(MAX_POINTS)).round();
    points.clamp(0.0, f64::from(MAX_POINTS)) as u8
}

/// The band (0–4) of a total of 0–40 points.
pub fn band(total: u8) -> usize {
    (usize::from(total).saturating_sub(1) / 8).min(VALUE_BANDS - 1)
}

/// Scores every customer of `data` when it has a payment record column; `None`
/// when it has none (the screens then say which column is missing).
pub fn score(data: &Dataset, seg: &SegmentationSettings) -> Option<ValueSummary> {
    let days = data.days_overdue.as_deref()?;
    let mut summary = ValueSummary {
        bands: vec![0; VALUE_BANDS],
        ..ValueSummary::default()
    };
    let mut sum = 0u64;
    // The best so far, best first: (total, margin, profit, index). Kept short, so
    // each customer costs a comparison with the last unless it enters the list.
    let mut top: Vec<(u8, u8, f64, usize)> = Vec::with_capacity(VALUE_TOP + 1);
    let better = |a: &(u8, u8, f64, usize), b: &(u8, u8, f64, usize)| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then(a.2.total_cmp(&b.2))
            .then(b.3.cmp(&a.3))
            .is_gt()
    };
    for (i, &days) in days.iter().enumerate() {
        let margin = margin_points(data.sales[i], data.profit[i], seg.margin_full_points_pct);
        let payment = payment_points(days, seg.overdue_zero_points_days);
        let (Some(margin), Some(payment)) = (margin, payment) else {
            summary.unscored += 1;
            continue;
        };
        let total = margin + payment;
        summary.scored += 1;
        summary.bands[band(total)] += 1;
        sum += u64::from(total);
        let entry = (total, margin, data.profit[i], i);
        if top.len() < VALUE_TOP || better(&entry, &top[top.len() - 1]) {
            let at = top.partition_point(|t| better(t, &entry));
            top.insert(at, entry);
            top.truncate(VALUE_TOP);
        }
    }
    summary.mean_total = (summary.scored > 0).then(|| sum as f64 / summary.scored as f64);
    summary.top = top
        .into_iter()
        .map(|(_, margin, _, i)| ValueScored {
            customer: data.label(i).to_string(),
            margin,
            payment: payment_points(days[i], seg.overdue_zero_points_days).unwrap_or(0),
        })
        .collect();
    Some(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::TextColumn;

    #[test]
    fn margin_points_table() {
        // (sales, profit, full %, points)
        let cases: &[(f64, f64, f64, Option<u8>)] = &[
            (100.0, 30.0, 30.0, Some(20)),
            (100.0, 45.0, 30.0, Some(20)),
            (100.0, 15.0, 30.0, Some(10)),
            (100.0, 1.0, 30.0, Some(1)),
            (100.0, 0.5, 30.0, Some(0)),
            (100.0, -10.0, 30.0, Some(0)),
            (0.0, 10.0, 30.0, None),
            (-5.0, 10.0, 30.0, None),
            (f64::NAN, 10.0, 30.0, None),
            (100.0, f64::NAN, 30.0, None),
            (100.0, 10.0, 0.0, None),
        ];
        for &(sales, profit, full, want) in cases {
            assert_eq!(
                margin_points(sales, profit, full),
                want,
                "{sales} {profit} {full}"
            );
        }
    }

    #[test]
    fn payment_points_table() {
        // (days overdue, zero-points days, points)
        let cases: &[(f64, f64, Option<u8>)] = &[
            (0.0, 90.0, Some(20)),
            (-7.0, 90.0, Some(20)),
            (45.0, 90.0, Some(10)),
            (4.5, 90.0, Some(19)),
            (89.0, 90.0, Some(0)),
            (90.0, 90.0, Some(0)),
            (400.0, 90.0, Some(0)),
            (f64::NAN, 90.0, None),
            (10.0, 0.0, None),
        ];
        for &(days, zero, want) in cases {
            assert_eq!(payment_points(days, zero), want, "{days} {zero}");
        }
    }

    #[test]
    fn bands_cover_zero_to_forty_in_fives() {
        let cases = [
            (0, 0),
            (8, 0),
            (9, 1),
            (16, 1),
            (17, 2),
            (24, 2),
            (25, 3),
            (32, 3),
            (33, 4),
            (40, 4),
        ];
        for (total, want) in cases {
            assert_eq!(band(total), want, "{total}");
        }
    }

    fn dataset(rows: &[(&str, f64, f64, f64)]) -> Dataset {
        let mut customer = TextColumn::default();
        for row in rows {
            customer.push(row.0);
        }
        Dataset {
            customer,
            sales: rows.iter().map(|r| r.1).collect(),
            profit: rows.iter().map(|r| r.2).collect(),
            days_overdue: Some(rows.iter().map(|r| r.3).collect()),
            ..Dataset::default()
        }
    }

    #[test]
    fn ranks_by_total_then_margin_then_profit_and_counts_the_unscored() {
        let data = dataset(&[
            // margin 30% → 20, on time → 20: 40
            ("A", 1000.0, 300.0, 0.0),
            // 15% → 10, 45 days → 10: 20
            ("B", 1000.0, 150.0, 45.0),
            // 0% → 0, on time → 20: 20 (B wins on margin)
            ("C", 1000.0, 0.0, 0.0),
            // no days: not scored
            ("D", 1000.0, 300.0, f64::NAN),
            // no sales: not scored
            ("E", 0.0, 50.0, 0.0),
            // 30% → 20, 45 days → 10: 30
            ("F", 2000.0, 600.0, 45.0),
        ]);
        let s = score(&data, &SegmentationSettings::default()).unwrap();
        assert_eq!((s.scored, s.unscored), (4, 2));
        let names: Vec<&str> = s.top.iter().map(|t| t.customer.as_str()).collect();
        assert_eq!(names, ["A", "F", "B", "C"]);
        assert_eq!((s.top[0].margin, s.top[0].payment), (20, 20));
        assert_eq!((s.top[2].margin, s.top[2].payment), (10, 10));
        assert_eq!(s.mean_total, Some((40 + 20 + 20 + 30) as f64 / 4.0));
        assert_eq!(s.bands, [0, 0, 2, 1, 1]);
    }

    #[test]
    fn no_payment_column_is_no_scoring_and_the_top_list_is_bounded() {
        let mut data = dataset(&[("A", 1.0, 1.0, 0.0)]);
        data.days_overdue = None;
        assert_eq!(score(&data, &SegmentationSettings::default()), None);

        let rows: Vec<(String, f64, f64, f64)> = (0..100)
            .map(|i| (format!("C{i}"), 1000.0, f64::from(i), 0.0))
            .collect();
        let borrowed: Vec<(&str, f64, f64, f64)> =
            rows.iter().map(|r| (r.0.as_str(), r.1, r.2, r.3)).collect();
        let s = score(&dataset(&borrowed), &SegmentationSettings::default()).unwrap();
        assert_eq!(s.top.len(), VALUE_TOP);
        // Profit 99 down to 80 (margins 9.9% … 8%), best first.
        assert_eq!(s.top[0].customer, "C99");
        assert_eq!(s.top[VALUE_TOP - 1].customer, "C80");
        assert_eq!(s.scored, 100);
    }
}
