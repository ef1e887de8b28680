//! Loyalty analysis (METHOD.md §6): the satisfaction × loyalty matrix (Jones &
//! Sasser), the value × loyalty quadrant and the sample drawn in the scatter.

use super::runs::RankRuns;
use crate::segmentation::{Dataset, LoyaltyPoint, LoyaltySettings, LoyaltyType, Quadrant};

/// Most customers drawn in the loyalty scatter; more only slow the chart.
pub const LOYALTY_SAMPLE: usize = 1000;

/// **Loyalty type** of a customer with both figures (1–10 scale):
///
/// - loyalty ≥ `loyalty_high` (high loyalty): satisfaction ≥ `satisfaction_very_high`
///   → apostle; ≥ `satisfaction_high` → loyalist; lower → hostage;
/// - low loyalty: satisfaction < `satisfaction_very_low` → terrorist; <
///   `satisfaction_high` → defector; otherwise → mercenary.
pub fn loyalty_type(satisfaction: f64, loyalty: f64, settings: &LoyaltySettings) -> LoyaltyType {
    // Written as table look-ups rather than an if-chain: survey scores come in no
    // order, so branches on them mispredict about half the time, which made this
    // the slowest pass over a million customers.
    const MATRIX: [[LoyaltyType; 3]; 2] = [
        [
            LoyaltyType::Terrorist,
            LoyaltyType::Defector,
            LoyaltyType::Mercenary,
        ],
        [
            LoyaltyType::Hostage,
            LoyaltyType::Loyalist,
            LoyaltyType::Apostle,
        ],
    ];
    let satisfied = usize::from(satisfaction >= settings.satisfaction_high);
    let high_level = if satisfaction >= settings.satisfaction_very_high {
        2
    } else {
        satisfied
    };
    let low_level = if satisfaction < settings.satisfaction_very_low {
        0
    } else {
        1 + satisfied
    };
    let high = loyalty >= settings.loyalty_high;
    MATRIX[usize::from(high)][if high { high_level } else { low_level }]
}

/// The value × loyalty quadrant of a customer.
pub fn quadrant(high_value: bool, high_loyalty: bool) -> Quadrant {
    // A look-up, not a match: see `loyalty_type`.
    const QUADRANTS: [Quadrant; 4] = [
        Quadrant::Stranger,
        Quadrant::Barnacle,
        Quadrant::Butterfly,
        Quadrant::TrueFriend,
    ];
    QUADRANTS[usize::from(high_value) * 2 + usize::from(high_loyalty)]
}

/// Each customer's [`loyalty_type`]; `None` without both satisfaction and loyalty
/// (blank cells or missing columns): those are "unrated".
pub(crate) fn types(data: &Dataset, settings: &LoyaltySettings) -> Vec<Option<LoyaltyType>> {
    let n = data.len();
    let (Some(satisfaction), Some(loyalty)) = (&data.satisfaction, &data.loyalty) else {
        return vec![None; n];
    };
    assert_eq!(satisfaction.len(), n, "satisfaction column length");
    assert_eq!(loyalty.len(), n, "loyalty column length");
    satisfaction
        .iter()
        .zip(loyalty)
        .map(|(&s, &l)| {
            let kind = loyalty_type(s, l, settings);
            // `&`, not `&&`, and a select rather than `then`: no branch.
            if !s.is_nan() & !l.is_nan() {
                Some(kind)
            } else {
                None
            }
        })
        .collect()
}

/// **Quadrant**, for every customer with a loyalty figure (satisfaction is not
/// needed): *high value* is being among the first `ceil(N · value_top_pct / 100)`
/// customers of the profit ranking (all N customers, rated or not; see
/// [`RankRuns`]); *high loyalty* is loyalty ≥ `loyalty_high`.
pub(crate) fn quadrants(
    data: &Dataset,
    runs: &RankRuns,
    settings: &LoyaltySettings,
) -> Vec<Option<Quadrant>> {
    let n = data.len();
    let Some(loyalty) = &data.loyalty else {
        return vec![None; n];
    };
    assert_eq!(loyalty.len(), n, "loyalty column length");
    loyalty
        .iter()
        .zip(&runs.of)
        .map(|(&l, &run)| {
            let high_value = runs.runs[usize::from(run)].high_value;
            let q = quadrant(high_value, l >= settings.loyalty_high);
            if l.is_nan() {
                None
            } else {
                Some(q)
            }
        })
        .collect()
}

/// **Loyalty sample**: the rated customers (those with a type), all of them when
/// there are at most [`LOYALTY_SAMPLE`], else every (rated / 1000)-th in input
/// order — the `floor(k · rated / 1000)`-th for k = 0…999 — so the same data
/// always draws the same scatter. `rated` is how many have a type.
pub(crate) fn sample(
    data: &Dataset,
    types: &[Option<LoyaltyType>],
    rated: usize,
) -> Vec<LoyaltyPoint> {
    let (Some(satisfaction), Some(loyalty)) = (&data.satisfaction, &data.loyalty) else {
        return Vec::new();
    };
    let size = rated.min(LOYALTY_SAMPLE);
    let mut points = Vec::with_capacity(size);
    let pick = |k: usize| (k as u64 * rated as u64 / size.max(1) as u64) as usize;
    let mut next = pick(0);
    let mut ordinal = 0;
    for (i, kind) in types.iter().enumerate() {
        if points.len() == size {
            break;
        }
        // Counted without a branch on whether the customer is rated (which comes
        // in no order); the branch taken only for the sample is predictable.
        let rated = kind.is_some();
        if rated & (ordinal == next) {
            points.push(LoyaltyPoint {
                satisfaction: satisfaction[i],
                loyalty: loyalty[i],
            });
            next = pick(points.len());
        }
        ordinal += usize::from(rated);
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::analysis::rank::Rankings;
    use crate::segmentation::analysis::test_data::dataset;
    use crate::segmentation::SegmentationSettings;
    use LoyaltyType::*;

    #[test]
    fn loyalty_types_at_the_default_cuts() {
        let s = LoyaltySettings::default();
        // satisfaction, loyalty, type (cuts: loyalty 6; satisfaction 3, 6, 9).
        let table = [
            (10.0, 10.0, Apostle),
            (9.0, 6.0, Apostle),
            (8.9, 6.0, Loyalist),
            (6.0, 9.0, Loyalist),
            (5.9, 9.0, Hostage),
            (1.0, 6.0, Hostage),
            (10.0, 5.9, Mercenary),
            (6.0, 1.0, Mercenary),
            (5.9, 1.0, Defector),
            (3.0, 5.0, Defector),
            (2.9, 5.0, Terrorist),
            (1.0, 1.0, Terrorist),
        ];
        for (satisfaction, loyalty, expected) in table {
            assert_eq!(
                loyalty_type(satisfaction, loyalty, &s),
                expected,
                "satisfaction {satisfaction}, loyalty {loyalty}"
            );
        }
    }

    #[test]
    fn types_need_both_figures() {
        let s = LoyaltySettings::default();
        let mut data = dataset(&[1.0; 4], &[1.0; 4]);
        assert_eq!(types(&data, &s), [None; 4], "no columns");
        data.satisfaction = Some(vec![9.0, f64::NAN, 2.0, 7.0]);
        assert_eq!(types(&data, &s), [None; 4], "no loyalty column");
        data.loyalty = Some(vec![9.0, 9.0, f64::NAN, 2.0]);
        assert_eq!(
            types(&data, &s),
            [Some(Apostle), None, None, Some(Mercenary)]
        );
    }

    fn codes(data: &Dataset, s: &LoyaltySettings) -> RankRuns {
        let r = Rankings::new(&data.sales, &data.profit);
        RankRuns::new(&r.by_profit, 0, &SegmentationSettings::default(), s)
    }

    #[test]
    fn quadrants_by_profit_rank_and_loyalty() {
        let s = LoyaltySettings::default();
        // Ten customers, profit 0..9: the top 20% are customers 9 and 8.
        let profit: Vec<f64> = (0..10).map(f64::from).collect();
        let mut data = dataset(&[1.0; 10], &profit);
        let codes = codes(&data, &s);
        assert_eq!(
            quadrants(&data, &codes, &s),
            [None; 10],
            "no loyalty column"
        );
        let mut loyalty = vec![f64::NAN; 10];
        loyalty[9] = 6.0;
        loyalty[8] = 5.9;
        loyalty[7] = 10.0;
        loyalty[0] = 1.0;
        data.loyalty = Some(loyalty);
        let q = quadrants(&data, &codes, &s);
        assert_eq!(q[9], Some(Quadrant::TrueFriend));
        assert_eq!(q[8], Some(Quadrant::Butterfly));
        assert_eq!(q[7], Some(Quadrant::Barnacle));
        assert_eq!(q[0], Some(Quadrant::Stranger));
        assert_eq!(q.iter().filter(|q| q.is_some()).count(), 4);
    }

    #[test]
    fn quadrant_value_cut_rounds_up() {
        // One customer: the top 20% of one is that customer, loss or not.
        let mut data = dataset(&[1.0], &[-5.0]);
        data.loyalty = Some(vec![1.0]);
        let s = LoyaltySettings::default();
        let q = quadrants(&data, &codes(&data, &s), &s);
        assert_eq!(q, [Some(Quadrant::Butterfly)]);
        let none = LoyaltySettings {
            value_top_pct: 0.0,
            ..s
        };
        let q = quadrants(&data, &codes(&data, &none), &none);
        assert_eq!(q, [Some(Quadrant::Stranger)]);
    }

    #[test]
    fn sample_takes_everyone_up_to_the_limit_then_a_fixed_stride() {
        let s = LoyaltySettings::default();
        for (n, expected) in [
            (0, 0),
            (1, 1),
            (999, 999),
            (1000, 1000),
            (1001, 1000),
            (2500, 1000),
        ] {
            let mut data = dataset(&vec![1.0; n], &vec![1.0; n]);
            // Every other customer is rated; satisfaction holds the index.
            data.satisfaction = Some((0..n).map(|i| i as f64).collect());
            data.loyalty = Some(
                (0..n)
                    .map(|i| if i % 2 == 0 { 5.0 } else { f64::NAN })
                    .collect(),
            );
            let types = types(&data, &s);
            let rated = types.iter().filter(|t| t.is_some()).count();
            let points = sample(&data, &types, rated);
            assert_eq!(points.len(), expected.min(rated), "{n} customers");
            assert!(points
                .windows(2)
                .all(|w| w[0].satisfaction < w[1].satisfaction));
            assert!(points.iter().all(|p| p.satisfaction % 2.0 == 0.0));
            if let Some(first) = points.first() {
                assert_eq!(first.satisfaction, 0.0);
            }
            assert_eq!(sample(&data, &types, rated), points, "deterministic");
        }
        // 2500 customers, all rated: point k is customer floor(2.5 · k).
        let n = 2500;
        let mut data = dataset(&vec![1.0; n], &vec![1.0; n]);
        data.satisfaction = Some((0..n).map(|i| i as f64).collect());
        data.loyalty = Some((0..n).map(|_| 5.0).collect());
        let types = types(&data, &s);
        let points = sample(&data, &types, n);
        let picked: Vec<f64> = points.iter().take(4).map(|p| p.satisfaction).collect();
        assert_eq!(picked, [0.0, 2.0, 5.0, 7.0]);
    }
}
