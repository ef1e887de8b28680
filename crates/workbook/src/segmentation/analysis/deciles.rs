//! Purchase decile analysis (购买十分位分析, METHOD.md §5): the customers in
//! tenths by profit rank, and how many customers make each tenth of profit and
//! each tenth of sales.

use super::{share, Sums};
use crate::segmentation::summary::Decile;

/// **Deciles.** Customers are ranked by profit, largest first (ties by sales, then
/// input order). Decile `i` (0-based) holds ranks `floor(i·N/10)` up to but not
/// including `floor((i+1)·N/10)`, so with fewer than ten customers some deciles
/// are empty and the last never is. These are the ten rank boundaries, 0 to N.
pub(crate) fn bounds(n: usize) -> [usize; 11] {
    // u64: i·N overflows a wasm32 usize from 430 million customers on.
    std::array::from_fn(|i| (i as u64 * n as u64 / 10) as usize)
}

/// The deciles from their sums, and the sums of everyone: the deciles added in
/// order, the same order as the cumulative sums, so the last cumulative shares are
/// exactly 1. Each decile has its totals and the cumulative sales and profit
/// shares of deciles 1 through it.
pub(crate) fn deciles(sums: &[Sums; 10]) -> (Sums, Vec<Decile>) {
    let mut cumulative = [Sums::default(); 10];
    let mut running = Sums::default();
    for (sums, cumulative) in sums.iter().zip(&mut cumulative) {
        running.customers += sums.customers;
        running.sales += sums.sales;
        running.profit += sums.profit;
        *cumulative = running;
    }
    let all = running;
    let deciles = sums
        .iter()
        .zip(&cumulative)
        .map(|(sums, cumulative)| Decile {
            totals: sums.totals(all),
            cumulative_sales_share: share(cumulative.sales, all.sales),
            cumulative_profit_share: share(cumulative.profit, all.profit),
        })
        .collect();
    (all, deciles)
}

/// **Profit bands** (and sales bands, the same rule on sales). For k = 1…10,
/// `n_k` is the number of customers, in profit order, needed for their running
/// profit to reach k·10% of total profit; band k has `n_k − n_(k−1)` customers (0
/// when one customer covers several tenths). With losses in the data the running
/// profit overshoots the (net) total before the loss-makers, so the bands add up
/// to fewer than the profitable customers. No bands (an empty list) when total
/// profit is zero or negative.
///
/// `profit_ranked` is the amounts in descending order; `total` is their sum.
/// Summed in another order it can differ in the last binary digits, so the 100%
/// target might be missed by rounding; the tenths left are then closed at the
/// last positive amount.
pub(crate) fn tenth_bands(profit_ranked: &[f64], total: f64) -> Vec<usize> {
    if total <= 0.0 {
        return Vec::new();
    }
    let target = |band: usize| {
        if band == 9 {
            total
        } else {
            total * (band + 1) as f64 / 10.0
        }
    };
    let mut reached = [0usize; 10];
    let mut band = 0;
    let mut next = target(0);
    let mut running = 0.0;
    let mut profitable = 0;
    // The running profit only rises while profits are positive, which the ranking
    // puts first.
    for (rank, &profit) in profit_ranked.iter().enumerate() {
        if profit <= 0.0 {
            break;
        }
        profitable = rank + 1;
        running += profit;
        while running >= next {
            reached[band] = rank + 1;
            band += 1;
            if band == 10 {
                break;
            }
            next = target(band);
        }
        if band == 10 {
            break;
        }
    }
    // Only rounding can leave a target unreached at the last profitable customer
    // (the peak of the running profit, at or above the net total): those tenths
    // end there. When the loop stopped early, the rest of the profitable count
    // does not matter: `band` is 10.
    for slot in &mut reached[band..] {
        *slot = profitable;
    }
    let mut previous = 0;
    reached
        .iter()
        .map(|&count| {
            let band = count - previous;
            previous = count;
            band
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::analysis::rank::Rankings;

    /// Decile sums as `analyse` makes them: customers and amounts by rank.
    fn sums_by_decile(sales: &[f64], profit: &[f64]) -> [Sums; 10] {
        let r = Rankings::new(sales, profit);
        let b = bounds(sales.len());
        let mut sums = [Sums::default(); 10];
        for (d, sums) in sums.iter_mut().enumerate() {
            for &i in &r.by_profit[b[d]..b[d + 1]] {
                sums.add(sales[i as usize], profit[i as usize]);
            }
        }
        sums
    }

    fn bands(profit: &[f64]) -> Vec<usize> {
        let r = Rankings::new(&vec![1.0; profit.len()], profit);
        tenth_bands(&r.profit_ranked, profit.iter().sum())
    }

    #[test]
    fn decile_boundaries_follow_floor_of_i_n_over_10() {
        let table: &[(usize, [usize; 10])] = &[
            (0, [0; 10]),
            (1, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
            (3, [0, 0, 0, 1, 0, 0, 1, 0, 0, 1]),
            (9, [0, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
            (10, [1; 10]),
            (25, [2, 3, 2, 3, 2, 3, 2, 3, 2, 3]),
        ];
        for (n, expected) in table {
            let b = bounds(*n);
            let counts: Vec<usize> = b.windows(2).map(|w| w[1] - w[0]).collect();
            assert_eq!(counts, expected, "{n} customers");
            assert_eq!((b[0], b[10]), (0, *n));
        }
        assert_eq!(bounds(4_000_000_000)[9], 3_600_000_000);
    }

    #[test]
    fn decile_totals_and_cumulative_shares() {
        // Profit 10..1 over ten customers; sales all 5.
        let profit: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        let (all, d) = deciles(&sums_by_decile(&[5.0; 10], &profit));
        assert_eq!((all.customers, all.sales, all.profit), (10, 50.0, 55.0));
        assert_eq!(d[0].totals.profit, 10.0);
        assert_eq!(d[0].totals.profit_share, Some(10.0 / 55.0));
        assert_eq!(d[0].totals.sales_share, Some(0.1));
        assert_eq!(d[1].cumulative_profit_share, Some(19.0 / 55.0));
        assert_eq!(d[9].cumulative_profit_share, Some(1.0));
        assert_eq!(d[9].cumulative_sales_share, Some(1.0));
    }

    #[test]
    fn fewer_than_ten_customers_leave_deciles_empty() {
        let (all, d) = deciles(&sums_by_decile(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]));
        assert_eq!(all.customers, 3);
        let counts: Vec<usize> = d.iter().map(|d| d.totals.customers).collect();
        assert_eq!(counts, [0, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
        assert_eq!(d[0].totals.sales_share, Some(0.0));
        assert_eq!(d[0].cumulative_profit_share, Some(0.0));
        assert_eq!(d[3].cumulative_profit_share, Some(0.5));
        assert_eq!(d[5].cumulative_profit_share, Some(0.5));
        assert_eq!(d[9].cumulative_profit_share, Some(1.0));
    }

    #[test]
    fn shares_are_none_when_the_total_is_not_positive() {
        let table: &[(&[f64], &[f64])] = &[
            (&[], &[]),
            (&[0.0, 0.0], &[0.0, 0.0]),
            (&[-3.0, 1.0], &[-5.0, 2.0]),
        ];
        for &(sales, profit) in table {
            let (_, d) = deciles(&sums_by_decile(sales, profit));
            for d in &d {
                assert_eq!(d.totals.sales_share, None);
                assert_eq!(d.totals.profit_share, None);
                assert_eq!(d.cumulative_sales_share, None);
                assert_eq!(d.cumulative_profit_share, None);
            }
            assert!(bands(profit).is_empty(), "{profit:?}");
        }
    }

    #[test]
    fn profit_bands_count_customers_per_tenth_of_profit() {
        let table: &[(&[f64], &[usize])] = &[
            (&[], &[]),
            (&[7.0], &[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            (&[10.0; 10], &[1; 10]),
            // 50 covers the first five tenths, then 10 each.
            (
                &[50.0, 10.0, 10.0, 10.0, 10.0, 10.0],
                &[1, 0, 0, 0, 0, 1, 1, 1, 1, 1],
            ),
            // Total 80: 60 reaches tenths 1–7 (up to 56), the next reaches 64, 72
            // and 80 at once.
            (&[60.0, 20.0, 0.0], &[1, 0, 0, 0, 0, 0, 0, 1, 0, 0]),
            // Net total 100 with a loss of 20: 100 of the 120 is reached at the
            // fourth customer; the fifth profitable one is in no band.
            (
                &[40.0, 30.0, 20.0, 10.0, 20.0, -20.0],
                &[1, 0, 0, 0, 1, 0, 0, 1, 0, 1],
            ),
            (&[-1.0, -2.0], &[]),
            (&[0.0, 0.0], &[]),
            (&[5.0, -5.0], &[]),
        ];
        for &(profit, expected) in table {
            assert_eq!(bands(profit), expected, "{profit:?}");
        }
    }

    #[test]
    fn without_losses_the_bands_add_up_to_the_profitable_customers_despite_rounding() {
        // Tenths of decimal fractions are never exact in binary.
        let profit = [0.3, 0.1, 0.1, 0.2, 0.2, 0.1, 0.0];
        let b = bands(&profit);
        assert_eq!(b.iter().sum::<usize>(), 6);
    }
}
