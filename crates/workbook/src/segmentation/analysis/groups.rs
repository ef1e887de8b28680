//! The relationship groups of METHOD.md §5: transaction customers set aside, then
//! the three relationship groups found from the profit ranking (keep, grow share
//! of wallet, prune), and everyone else.

use super::rank::amount;
use crate::segmentation::{Dataset, Group, SegmentationSettings};

/// Assigns every customer exactly one group, in this order of precedence:
///
/// 1. **Transaction**: flagged price-only, or with sales above zero and a margin
///    (profit ÷ sales) below `low_margin_pct` %. They are set aside before the
///    relationship groups are drawn.
/// 2. **Keep**: going down the profit ranking through the other customers with a
///    profit above zero, each is taken while the sales of those already taken are
///    below `keep_sales_pct` % of total sales (so the group ends at or just past
///    that share: "about 10% of sales but the most profit").
/// 3. **Grow**: the customers right after them, taken while the group's own sales
///    are below `grow_band_from_pct` % of total sales and taking the customer keeps
///    them at or below `grow_band_to_pct` %; it stops at the first customer that
///    fails either test.
/// 4. **Prune**: of the rest, customers still making a profit whose sales fell by
///    at least `decline_pct` % from a positive previous-period figure.
/// 5. **Other**: everyone else, including customers with no previous sales.
///
/// Shares are of the total sales of all customers; when that is zero or negative
/// Keep and Grow are empty.
pub(crate) fn assign(
    data: &Dataset,
    by_profit: &[u32],
    profit_ranked: &[f64],
    seg: &SegmentationSettings,
    total_sales: f64,
) -> Vec<Group> {
    let n = data.len();
    let mut groups = vec![Group::Other; n];
    let price_only = data.price_only.as_deref();
    if let Some(flags) = price_only {
        assert_eq!(flags.len(), n, "price-only column length");
    }
    // `&`/`|` rather than `&&`/`||` and selects rather than `if` blocks in the
    // passes over every customer: amounts come in no order, so branches on them
    // mispredict and cost more than the arithmetic.
    for (i, group) in groups.iter_mut().enumerate() {
        let (sales, profit) = (amount(data.sales[i]), amount(data.profit[i]));
        let low_margin = (sales > 0.0) & (profit * 100.0 < seg.low_margin_pct * sales);
        let flagged = price_only.is_some_and(|flags| flags[i]);
        *group = if low_margin | flagged {
            Group::Transaction
        } else {
            Group::Other
        };
    }

    if total_sales > 0.0 {
        // Thresholds in sales, compared as `sales · 100 < pct · total`.
        let keep_below = seg.keep_sales_pct * total_sales;
        let grow_below = seg.grow_band_from_pct * total_sales;
        let grow_at_most = seg.grow_band_to_pct * total_sales;
        let (mut keep, mut grow) = (0.0, 0.0);
        let mut keeping = true;
        // The ranking puts every profitable customer first.
        for (&i, _) in by_profit
            .iter()
            .zip(profit_ranked)
            .take_while(|&(_, &profit)| profit > 0.0)
        {
            let group = &mut groups[i as usize];
            if *group == Group::Transaction {
                continue;
            }
            let sales = amount(data.sales[i as usize]);
            if keeping && keep * 100.0 < keep_below {
                *group = Group::Keep;
                keep += sales;
                continue;
            }
            keeping = false;
            if grow * 100.0 < grow_below && (grow + sales) * 100.0 <= grow_at_most {
                *group = Group::Grow;
                grow += sales;
            } else {
                break;
            }
        }
    }

    if let Some(previous) = data.previous_sales.as_deref() {
        assert_eq!(previous.len(), n, "previous-sales column length");
        for (i, group) in groups.iter_mut().enumerate() {
            let last = previous[i];
            // A NaN (blank) previous figure fails `last > 0`.
            let declined = (*group == Group::Other)
                & (amount(data.profit[i]) > 0.0)
                & (last > 0.0)
                & ((last - amount(data.sales[i])) * 100.0 >= seg.decline_pct * last);
            *group = if declined { Group::Prune } else { *group };
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::analysis::rank::Rankings;
    use crate::segmentation::analysis::test_data::dataset;
    use Group::*;

    fn groups_of(data: &Dataset, seg: &SegmentationSettings) -> Vec<Group> {
        let r = Rankings::new(&data.sales, &data.profit);
        let total: f64 = data.sales.iter().map(|&s| amount(s)).sum();
        assert_eq!(total, total.round(), "tests use whole amounts");
        assign(data, &r.by_profit, &r.profit_ranked, seg, total)
    }

    #[test]
    fn keep_then_grow_follow_the_profit_ranking_and_sales_shares() {
        // Margins of 20% (above the 5% low-margin cut), sales of 100 total.
        // Ranked by profit: 0 (keep, 0% before), 1 (keep: 5% before < 10%),
        // 2 (15% before: grow, group 0% → 30%), 3 (grow: 30% < 40%, → 45% ≤ 50%),
        // 4 (45% < 40%? no: stop), 5 other.
        let sales = [5.0, 10.0, 30.0, 15.0, 20.0, 20.0];
        let profit = [50.0, 40.0, 30.0, 20.0, 10.0, 5.0];
        let data = dataset(&sales, &profit);
        let seg = SegmentationSettings::default();
        assert_eq!(
            groups_of(&data, &seg),
            [Keep, Keep, Grow, Grow, Other, Other]
        );
    }

    #[test]
    fn grow_stops_at_the_first_customer_that_would_overshoot_the_band() {
        // After keep (10 of 100), a customer of 60 would take grow past 50%.
        let data = dataset(&[10.0, 60.0, 30.0], &[9.0, 8.0, 7.0]);
        let seg = SegmentationSettings::default();
        assert_eq!(groups_of(&data, &seg), [Keep, Other, Other]);
    }

    #[test]
    fn groups_table() {
        let seg = SegmentationSettings::default();
        type Case<'a> = (
            &'a str,
            &'a [f64],
            &'a [f64],
            Option<&'a [f64]>,
            Option<&'a [bool]>,
            &'a [Group],
        );
        let table: &[Case] = &[
            ("empty", &[], &[], None, None, &[]),
            (
                "single profitable customer is keep",
                &[100.0],
                &[30.0],
                None,
                None,
                &[Keep],
            ),
            (
                "a loss-maker has a margin below 5%",
                &[100.0],
                &[-30.0],
                None,
                None,
                &[Transaction],
            ),
            (
                "a loss without sales is other",
                &[0.0],
                &[-30.0],
                None,
                None,
                &[Other],
            ),
            (
                "low margin and price-only are transaction, even when most profitable",
                &[100.0, 100.0, 100.0],
                &[4.0, 90.0, 20.0],
                None,
                Some(&[false, true, false]),
                &[Transaction, Transaction, Keep],
            ),
            (
                "a margin of exactly 5% is not low",
                &[100.0, 100.0],
                &[5.0, 6.0],
                None,
                None,
                &[Grow, Keep],
            ),
            (
                "zero sales: no margin to test, not transaction",
                &[0.0, 100.0],
                &[1.0, 20.0],
                None,
                None,
                &[Grow, Keep],
            ),
            (
                "zero total sales: no keep or grow",
                &[0.0, 0.0],
                &[1.0, 0.0],
                Some(&[10.0, 10.0]),
                None,
                &[Prune, Other],
            ),
            (
                "negative total sales: no keep or grow",
                &[-10.0, 5.0],
                &[1.0, 1.0],
                None,
                None,
                &[Other, Other],
            ),
            (
                // Ranked 0, 1 keep/grow; 2.. are other or prune by their decline.
                "prune: profitable, previous present and positive, fell at least 10%",
                &[10.0, 40.0, 10.0, 10.0, 10.0, 10.0, 10.0],
                &[100.0, 90.0, 5.0, 4.0, 3.0, 2.0, -1.0],
                Some(&[10.0, 40.0, 11.2, 11.0, f64::NAN, 0.0, 20.0]),
                None,
                &[Keep, Grow, Prune, Other, Other, Other, Transaction],
            ),
        ];
        for &(name, sales, profit, previous, price_only, expected) in table {
            let mut data = dataset(sales, profit);
            data.previous_sales = previous.map(<[f64]>::to_vec);
            data.price_only = price_only.map(<[bool]>::to_vec);
            assert_eq!(groups_of(&data, &seg), expected, "{name}");
        }
    }

    #[test]
    fn ties_in_profit_rank_by_sales_then_input_order() {
        // Equal profit: the larger sales comes first and is keep.
        let data = dataset(&[20.0, 80.0, 20.0], &[10.0, 10.0, 10.0]);
        let seg = SegmentationSettings {
            grow_band_from_pct: 0.0,
            ..SegmentationSettings::default()
        };
        assert_eq!(groups_of(&data, &seg), [Other, Keep, Other]);
    }

    #[test]
    fn settings_move_the_cuts() {
        let data = dataset(
            &[10.0; 10],
            &[10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
        );
        let seg = SegmentationSettings {
            // 0%, 10%, 20% before: three keep.
            keep_sales_pct: 25.0,
            // Grow from 0% to 10% to 20%, where it stops.
            grow_band_from_pct: 20.0,
            grow_band_to_pct: 30.0,
            // Margins below 25% (profit under 2.5) are transaction.
            low_margin_pct: 25.0,
            ..SegmentationSettings::default()
        };
        let expected = [Keep, Keep, Keep, Grow, Grow, Other, Other, Other];
        let groups = groups_of(&data, &seg);
        assert_eq!(groups[..8], expected);
        assert_eq!(groups[8..], [Transaction, Transaction]);
    }
}
