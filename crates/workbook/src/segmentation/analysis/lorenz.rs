//! Profit concentration: the Lorenz curve and the Gini coefficient. (The share
//! of the top 20% of customers is the decile table's, `Summary::top_profit_share`.)

use crate::segmentation::LorenzPoint;

/// Most points the curve gets; more would not show on a chart.
const MAX_STEPS: usize = 100;

/// Position `numerator/denominator · n` as whole customers and a fraction.
fn position_of(numerator: u64, denominator: u64, n: usize) -> (usize, f64) {
    let at = numerator * n as u64;
    (
        (at / denominator) as usize,
        (at % denominator) as f64 / denominator as f64,
    )
}

pub(crate) struct Concentration {
    pub lorenz: Vec<LorenzPoint>,
    pub gini: Option<f64>,
    /// Σ profit, losses included, read on the way (the profit bands need it).
    pub net_profit: f64,
}

/// Both measures read **profit with losses counted as zero**: they describe
/// how concentrated what customers contribute is, and a loss-maker contributes
/// nothing. (With losses kept, the curve dips below zero and the Gini coefficient
/// leaves [0, 1], so it could not be read as a concentration any more.) Customers
/// are taken in ascending order of that profit.
///
/// - **Lorenz curve**: the poorest `x` share of customers make `y` of profit. With
///   N ≤ 100 customers, the exact points `(j/N, …)` for j = 0…N; with more, 101
///   points at x = 0, 0.01, …, 1, interpolating linearly within a customer. From
///   (0, 0) to (1, 1).
/// - **Gini** = `2·Σ i·c_i / (N·Σ c_i) − (N+1)/N` over the ascending profits `c_1 …
///   c_N`: 0 when everyone makes the same, (N−1)/N when one customer makes it
///   all. Clamped to [0, 1] against rounding.
///
/// The top 20%'s share of profit is not read off this curve: it is a share of
/// total profit, losses included, like every figure of the decile table, so it
/// agrees with that table (with losses in the data it lies above 1 minus the
/// curve at 0.8).
///
/// All empty or `None` when no customer makes a profit.
pub(crate) fn concentration(profit_ranked: &[f64]) -> Concentration {
    let n = profit_ranked.len();
    let steps = n.min(MAX_STEPS);
    // Point m sits at customer position m·N/steps from the bottom: `whole`
    // customers and a fraction of the next. (u64: m·N overflows a wasm32 usize
    // from 43 million customers on.)
    let position = |m: usize| position_of(m as u64, steps.max(1) as u64, n);
    let mut reached = Vec::with_capacity(steps + 1);
    let mut total = 0.0;
    // Σ of the running total before each customer: the area under the curve.
    let mut area = 0.0;
    let mut net = 0.0;
    let mut m = 0;
    // Divisions are slow next to the rest of the loop: the next point's position
    // is worked out once, when the point before it is taken.
    let mut next = position(0);
    // Ascending: the profit ranking backwards.
    for (j, &profit) in profit_ranked.iter().rev().enumerate() {
        // Not `max`: in WASM that is a call to `fmax` (NaN rules), a tenth of
        // this loop. Amounts are never NaN here.
        let c = if profit > 0.0 { profit } else { 0.0 };
        while m <= steps && next.0 == j {
            reached.push(total + next.1 * c);
            m += 1;
            next = position(m);
        }
        area += total;
        total += c;
        net += profit;
    }

    if total <= 0.0 {
        return Concentration {
            lorenz: Vec::new(),
            gini: None,
            net_profit: net,
        };
    }
    // The last point (position N) is the whole total: exactly (1, 1).
    while m <= steps {
        reached.push(total);
        m += 1;
    }
    let lorenz = reached
        .iter()
        .enumerate()
        .map(|(m, &sum)| LorenzPoint {
            customers: m as f64 / steps as f64,
            profit: sum / total,
        })
        .collect();
    // Σ i·c_i = N·T − area, so the formula below is ((N−1)·T − 2·area) / (N·T):
    // one fraction, in which equal profits cancel exactly to 0.
    let nf = n as f64;
    let gini = (((nf - 1.0) * total - 2.0 * area) / (nf * total)).clamp(0.0, 1.0);
    Concentration {
        lorenz,
        gini: Some(gini),
        net_profit: net,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs on profits given in any order.
    fn run(profit: &[f64]) -> Concentration {
        let mut ranked = profit.to_vec();
        ranked.sort_by(|a, b| b.total_cmp(a));
        concentration(&ranked)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn gini_table() {
        // profit, gini
        let table: &[(&[f64], f64)] = &[
            (&[5.0], 0.0),
            (&[3.0; 7], 0.0),
            (&[1.0; 1000], 0.0),
            // One of N makes everything: Gini (N−1)/N.
            (&[0.0, 0.0, 0.0, 10.0], 0.75),
            (&[0.0, 0.0, 0.0, 0.0, 10.0], 0.8),
            // Losses count as zero.
            (&[-50.0, -1.0, 0.0, 0.0, 10.0], 0.8),
            // 1, 2, 3, 4: Σ i·c = 30, Σ c = 10 → 60/40 − 5/4 = 0.25.
            (&[4.0, 1.0, 3.0, 2.0], 0.25),
        ];
        for &(profit, gini) in table {
            let c = run(profit);
            assert!(
                close(c.gini.unwrap(), gini),
                "{profit:?}: gini {:?}",
                c.gini
            );
        }
    }

    #[test]
    fn nothing_to_measure_without_profit() {
        for profit in [&[][..], &[0.0][..], &[-3.0, 0.0, -1.0][..]] {
            let c = run(profit);
            assert!(c.lorenz.is_empty());
            assert_eq!(c.gini, None);
        }
    }

    #[test]
    fn lorenz_has_exact_points_for_few_customers() {
        let c = run(&[1.0, 3.0, -2.0, 0.0]);
        let points: Vec<(f64, f64)> = c.lorenz.iter().map(|p| (p.customers, p.profit)).collect();
        assert_eq!(
            points,
            [
                (0.0, 0.0),
                (0.25, 0.0),
                (0.5, 0.0),
                (0.75, 0.25),
                (1.0, 1.0)
            ]
        );
        let single = run(&[9.0]);
        assert_eq!(single.lorenz.len(), 2);
        assert_eq!(
            single.lorenz[1],
            LorenzPoint {
                customers: 1.0,
                profit: 1.0
            }
        );
    }

    #[test]
    fn lorenz_interpolates_101_points_for_many_customers() {
        // 150 customers: 149 make 0 and one makes 100. Point 99 sits at position
        // 148.5: still zero; the curve jumps only within the last customer.
        let mut profit = vec![0.0; 149];
        profit.push(100.0);
        let c = run(&profit);
        assert_eq!(c.lorenz.len(), 101);
        assert_eq!(c.lorenz[0], LorenzPoint::default());
        assert_eq!(c.lorenz[99].profit, 0.0);
        assert_eq!(
            c.lorenz[100],
            LorenzPoint {
                customers: 1.0,
                profit: 1.0
            }
        );
        // 1, 2, …, 200: at x = 0.5 the 100 poorest make 5050 of 20100.
        let profit: Vec<f64> = (1..=200).map(f64::from).collect();
        let c = run(&profit);
        assert!(close(c.lorenz[50].profit, 5050.0 / 20100.0));
        assert!(close(c.lorenz[50].customers, 0.5));
        // 201 customers: the points fall between customers.
        let profit: Vec<f64> = (1..=201).map(f64::from).collect();
        let c = run(&profit);
        // Point 1: position 2.01 → 1 + 2 + 0.01 · 3.
        assert!(close(c.lorenz[1].profit, 3.03 / 20301.0));
        assert!(c.lorenz.windows(2).all(|w| w[0].profit <= w[1].profit));
    }
}
