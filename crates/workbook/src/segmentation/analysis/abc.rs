//! The two classifications of the course notes (METHOD.md §5): ABC classes by
//! cumulative sales and customer tiers by head count in the profit ranking.

use super::count_cut;
use crate::segmentation::{AbcClass, SegmentationSettings};

/// **ABC classes.** Customers ranked by sales, largest first (ties in input
/// order); a customer is A while the sales of the customers before it are below
/// `abc_pct[0]` % of total sales, B while they are below `abc_pct[0] + abc_pct[1]`
/// %, and C after that (`abc_pct[2]` is what is left). So the customer that
/// crosses a cut still belongs to the class before it. A class never goes back
/// (negative sales at the bottom cannot lift a customer to B). All C when total
/// sales are zero or negative.
pub(crate) fn classes(
    by_sales: &[u32],
    sales_ranked: &[f64],
    seg: &SegmentationSettings,
    total_sales: f64,
) -> Vec<AbcClass> {
    let mut classes = vec![AbcClass::C; by_sales.len()];
    if total_sales <= 0.0 {
        return classes;
    }
    let a_below = seg.abc_pct[0] * total_sales;
    let b_below = (seg.abc_pct[0] + seg.abc_pct[1]) * total_sales;
    let mut before = 0.0;
    let mut class = AbcClass::A;
    for (&i, &sales) in by_sales.iter().zip(sales_ranked) {
        let here = if before * 100.0 < a_below {
            AbcClass::A
        } else if before * 100.0 < b_below {
            AbcClass::B
        } else {
            // The rest are already C.
            break;
        };
        class = class.max(here);
        if class == AbcClass::C {
            break;
        }
        classes[i as usize] = class;
        before += sales;
    }
    classes
}

/// **Tiers.** Customers ranked by profit (see [`super::Analysis::by_profit`]); the
/// first `ceil(N · tiers_pct[0] / 100)` are VIP, up to `ceil(N · (tiers_pct[0] +
/// tiers_pct[1]) / 100)` major, up to the next cumulative cut ordinary, and the
/// rest small (`tiers_pct[3]` is what is left). Cuts are clamped to N, so a single
/// customer is a VIP (and of two customers, one is VIP and one small). These are
/// the ranks where VIP, major and ordinary end.
pub(crate) fn tier_ends(n: usize, seg: &SegmentationSettings) -> [usize; 3] {
    let mut cumulative = 0.0;
    let mut end = 0;
    std::array::from_fn(|tier| {
        cumulative += seg.tiers_pct[tier];
        end = count_cut(n, cumulative).max(end);
        end
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::analysis::rank::Rankings;
    use AbcClass::{A, B, C};

    fn abc_of(sales: &[f64], abc_pct: [f64; 3]) -> Vec<AbcClass> {
        let r = Rankings::new(sales, &vec![0.0; sales.len()]);
        let seg = SegmentationSettings {
            abc_pct,
            ..SegmentationSettings::default()
        };
        classes(&r.by_sales, &r.sales_ranked, &seg, sales.iter().sum())
    }

    #[test]
    fn abc_table() {
        let d = [75.0, 20.0, 5.0];
        type Case<'a> = (&'a str, &'a [f64], [f64; 3], &'a [AbcClass]);
        let table: &[Case] = &[
            ("empty", &[], d, &[]),
            ("single customer", &[10.0], d, &[A]),
            ("single customer without sales", &[0.0], d, &[C]),
            (
                "cuts at 75% and 95% before the customer",
                &[5.0, 40.0, 30.0, 20.0, 4.0, 1.0],
                d,
                // Ranked 40 (0 before), 30 (40%), 20 (70%), 5 (90%), 4 (95%), 1 (99%).
                &[B, A, A, A, C, C],
            ),
            (
                "ten equal: 0–70% before are A",
                &[1.0; 10],
                d,
                &[A, A, A, A, A, A, A, A, B, B],
            ),
            (
                "ties keep input order",
                &[5.0, 5.0],
                [50.0, 50.0, 0.0],
                &[A, B],
            ),
            ("zero total sales: all C", &[0.0, 0.0, 0.0], d, &[C, C, C]),
            ("negative total sales: all C", &[5.0, -10.0], d, &[C, C]),
            (
                "negative sales at the bottom stay in the class reached",
                &[100.0, 50.0, -60.0],
                [60.0, 30.0, 10.0],
                // Total 90: 0% A, 111% before 50 → C, and so stays C.
                &[A, C, C],
            ),
            (
                "A of 0%: the first customer is B",
                &[3.0, 1.0],
                [0.0, 70.0, 30.0],
                &[B, C],
            ),
            (
                "A and B of 100%: no C",
                &[3.0, 1.0],
                [100.0, 0.0, 0.0],
                &[A, A],
            ),
        ];
        for &(name, sales, pct, expected) in table {
            assert_eq!(abc_of(sales, pct), expected, "{name}");
        }
    }

    #[test]
    fn tiers_table() {
        let d = [1.0, 4.0, 15.0, 80.0];
        let counts = |n: usize, pct: [f64; 4]| -> [usize; 4] {
            let seg = SegmentationSettings {
                tiers_pct: pct,
                ..SegmentationSettings::default()
            };
            let [vip, major, ordinary] = tier_ends(n, &seg);
            assert!(vip <= major && major <= ordinary && ordinary <= n);
            [vip, major - vip, ordinary - major, n - ordinary]
        };
        // customers, percentages, VIP, major, ordinary, small
        let table: &[(usize, [f64; 4], [usize; 4])] = &[
            (0, d, [0, 0, 0, 0]),
            (1, d, [1, 0, 0, 0]),
            (2, d, [1, 0, 0, 1]),
            (10, d, [1, 0, 1, 8]),
            (20, d, [1, 0, 3, 16]),
            (100, d, [1, 4, 15, 80]),
            (1000, d, [10, 40, 150, 800]),
            (1001, d, [11, 40, 150, 800]),
            (10, [0.0, 0.0, 0.0, 100.0], [0, 0, 0, 10]),
            (10, [50.0, 50.0, 50.0, 0.0], [5, 5, 0, 0]),
            (10, [10.0, -5.0, 10.0, 85.0], [1, 0, 1, 8]),
        ];
        for &(n, pct, expected) in table {
            assert_eq!(counts(n, pct), expected, "{n} customers, {pct:?}");
        }
    }
}
