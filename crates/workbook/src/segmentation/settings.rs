//! Settings of the customer segmentation and loyalty analyses (METHOD.md §5–6), with
//! the seed's defaults. Every threshold is shown on screen and can be changed.

use serde::{Deserialize, Serialize};

/// Thresholds of the relationship groups, ABC classes and tiers, in percent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SegmentationSettings {
    /// Group 1 ("keep"): the most profitable customers making about this share of sales.
    pub keep_sales_pct: f64,
    /// Group 2 ("grow share of wallet"): the band of cumulative sales it covers.
    pub grow_band_from_pct: f64,
    pub grow_band_to_pct: f64,
    /// Group 3 ("prune"): profitable customers whose sales fell by at least this much
    /// against the previous period.
    pub decline_pct: f64,
    /// Transaction customers: price-only, or a margin below this.
    pub low_margin_pct: f64,
    /// ABC classes by cumulative sales: A, B, C.
    pub abc_pct: [f64; 3],
    /// Tiers by customer count: VIP, major, ordinary, small.
    pub tiers_pct: [f64; 4],
    /// Customer value scoring (METHOD.md §8): the gross margin, in percent of
    /// sales, that earns the full 20 margin points (less earns its share).
    pub margin_full_points_pct: f64,
    /// Customer value scoring: the average days overdue from which the payment
    /// record earns no points (paying on time earns 20).
    pub overdue_zero_points_days: f64,
}

impl Default for SegmentationSettings {
    fn default() -> Self {
        SegmentationSettings {
            keep_sales_pct: 10.0,
            grow_band_from_pct: 40.0,
            grow_band_to_pct: 50.0,
            decline_pct: 10.0,
            low_margin_pct: 5.0,
            abc_pct: [75.0, 20.0, 5.0],
            tiers_pct: [1.0, 4.0, 15.0, 80.0],
            margin_full_points_pct: 30.0,
            overdue_zero_points_days: 90.0,
        }
    }
}

/// Cut-offs that place a customer in the satisfaction × loyalty matrix, on the
/// 1–10 scale the workbook uses everywhere.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoyaltySettings {
    /// Loyalty at or above this is "high loyalty".
    pub loyalty_high: f64,
    /// Satisfaction below this, with low loyalty, is a terrorist.
    pub satisfaction_very_low: f64,
    /// Satisfaction at or above this is "high" (loyalist, mercenary).
    pub satisfaction_high: f64,
    /// Satisfaction at or above this, with high loyalty, is an apostle.
    pub satisfaction_very_high: f64,
    /// The most profitable this-many percent of customers are "high value" in the
    /// value × loyalty quadrant.
    pub value_top_pct: f64,
}

impl Default for LoyaltySettings {
    fn default() -> Self {
        LoyaltySettings {
            loyalty_high: 6.0,
            satisfaction_very_low: 3.0,
            satisfaction_high: 6.0,
            satisfaction_very_high: 9.0,
            value_top_pct: 20.0,
        }
    }
}
