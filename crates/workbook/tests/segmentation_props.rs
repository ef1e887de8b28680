//! Property tests of the segmentation and loyalty analyses: on random datasets,
//! `analyse` agrees with a plain restatement of each definition (sorts and loops,
//! no radix sort, runs or combined sums), and its summary keeps its invariants
//! (shares add up, every customer in exactly one class, counts match).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use workbook::segmentation::analysis::{analyse, Analysis, Selection};
use workbook::segmentation::demo_data::generate;
use workbook::segmentation::{
    AbcClass, Dataset, Group, LoyaltySettings, LoyaltyType, Quadrant, SegmentationSettings,
    TextColumn, Tier, Totals,
};
use workbook::Lang;

/// A customer as generated: whole amounts (so sums are exact and the reference
/// can be compared with `==`), optional cells as `None`.
#[derive(Clone, Debug)]
struct Row {
    sales: f64,
    profit: f64,
    previous: Option<f64>,
    satisfaction: Option<f64>,
    loyalty: Option<f64>,
    price_only: bool,
}

/// Small value ranges make ties, zeros and losses common.
fn amount(range: std::ops::RangeInclusive<i32>) -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => range.prop_map(f64::from),
        1 => Just(0.0),
    ]
}

fn score() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![4 => (1..=10).prop_map(|s| Some(f64::from(s))), 1 => Just(None)]
}

fn row() -> impl Strategy<Value = Row> {
    (
        amount(-20..=400),
        amount(-60..=120),
        prop_oneof![3 => amount(0..=400).prop_map(Some), 1 => Just(None)],
        score(),
        score(),
        prop::bool::weighted(0.1),
    )
        .prop_map(
            |(sales, profit, previous, satisfaction, loyalty, price_only)| Row {
                sales,
                profit,
                previous,
                satisfaction,
                loyalty,
                price_only,
            },
        )
}

/// Which optional columns the file had.
fn dataset() -> impl Strategy<Value = Dataset> {
    (
        prop_oneof![3 => prop::collection::vec(row(), 0..40), 1 => prop::collection::vec(row(), 40..260)],
        prop::array::uniform4(prop::bool::weighted(0.8)),
    )
        .prop_map(|(rows, [previous, satisfaction, loyalty, price_only])| {
            let mut customer = TextColumn::default();
            for i in 0..rows.len() {
                customer.push(&format!("C{i:03}"));
            }
            let column = |present: bool, cell: fn(&Row) -> Option<f64>| {
                present.then(|| rows.iter().map(|r| cell(r).unwrap_or(f64::NAN)).collect())
            };
            Dataset {
                customer,
                name: None,
                sales: rows.iter().map(|r| r.sales).collect(),
                profit: rows.iter().map(|r| r.profit).collect(),
                previous_sales: column(previous, |r| r.previous),
                satisfaction: column(satisfaction, |r| r.satisfaction),
                loyalty: column(loyalty, |r| r.loyalty),
                price_only: price_only.then(|| rows.iter().map(|r| r.price_only).collect()),
                days_overdue: None,
            }
        })
}

/// Whole percentages keep the reference's threshold tests exact too.
fn settings() -> impl Strategy<Value = (SegmentationSettings, LoyaltySettings)> {
    let seg = (
        0..=30,
        0..=60,
        0..=40,
        0..=50,
        0..=30,
        0..=90i32,
        0..=40i32,
        0..=10,
        0..=30,
    )
        .prop_map(|(keep, from, band, decline, margin, a, b, vip, major)| {
            SegmentationSettings {
                keep_sales_pct: f64::from(keep),
                grow_band_from_pct: f64::from(from),
                grow_band_to_pct: f64::from(from + band),
                decline_pct: f64::from(decline),
                low_margin_pct: f64::from(margin),
                abc_pct: [f64::from(a), f64::from(b), f64::from((100 - a - b).max(0))],
                tiers_pct: [f64::from(vip), f64::from(major), 15.0, 80.0],
                ..SegmentationSettings::default()
            }
        });
    let loy = (1..=10, 1..=10i32, 0..=100).prop_map(|(high, very_low, top)| LoyaltySettings {
        loyalty_high: f64::from(high),
        satisfaction_very_low: f64::from(very_low.min(5)),
        satisfaction_high: f64::from(very_low.max(6)),
        satisfaction_very_high: 9.0,
        value_top_pct: f64::from(top),
    });
    prop_oneof![
        1 => Just((SegmentationSettings::default(), LoyaltySettings::default())),
        2 => (seg, loy),
    ]
}

// ----- the reference: each definition as written, without shortcuts -----

fn profit_order(data: &Dataset) -> Vec<u32> {
    let mut order: Vec<u32> = (0..data.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        data.profit[b]
            .total_cmp(&data.profit[a])
            .then(data.sales[b].total_cmp(&data.sales[a]))
            .then(a.cmp(&b))
    });
    order
}

fn sales_order(data: &Dataset) -> Vec<u32> {
    let mut order: Vec<u32> = (0..data.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        data.sales[b].total_cmp(&data.sales[a]).then(a.cmp(&b))
    });
    order
}

fn cut(n: usize, pct: f64) -> usize {
    ((n as f64 * pct / 100.0).ceil().max(0.0) as usize).min(n)
}

// Shares are compared cross-multiplied (`part · 100 < pct · whole`): with whole
// amounts and percentages that is exact, where a division would round.

fn reference_groups(data: &Dataset, seg: &SegmentationSettings) -> Vec<Group> {
    let n = data.len();
    let total: f64 = data.sales.iter().sum();
    let mut groups: Vec<Group> = (0..n)
        .map(|i| {
            let (s, p) = (data.sales[i], data.profit[i]);
            if data.price_only(i) || (s > 0.0 && p * 100.0 < seg.low_margin_pct * s) {
                Group::Transaction
            } else {
                Group::Other
            }
        })
        .collect();
    if total > 0.0 {
        let eligible: Vec<usize> = profit_order(data)
            .into_iter()
            .map(|i| i as usize)
            .filter(|&i| groups[i] != Group::Transaction && data.profit[i] > 0.0)
            .collect();
        let mut rest = eligible.iter().peekable();
        let mut kept = 0.0;
        while let Some(&&i) = rest.peek() {
            if kept * 100.0 >= seg.keep_sales_pct * total {
                break;
            }
            groups[i] = Group::Keep;
            kept += data.sales[i];
            rest.next();
        }
        let mut grown = 0.0;
        for &i in rest {
            let below_from = grown * 100.0 < seg.grow_band_from_pct * total;
            let after = (grown + data.sales[i]) * 100.0;
            if below_from && after <= seg.grow_band_to_pct * total {
                groups[i] = Group::Grow;
                grown += data.sales[i];
            } else {
                break;
            }
        }
    }
    for (i, group) in groups.iter_mut().enumerate() {
        if *group != Group::Other || data.profit[i] <= 0.0 {
            continue;
        }
        if let Some(previous) = data.previous_sales(i).filter(|&p| p > 0.0) {
            if (previous - data.sales[i]) * 100.0 >= seg.decline_pct * previous {
                *group = Group::Prune;
            }
        }
    }
    groups
}

fn reference_abc(data: &Dataset, seg: &SegmentationSettings) -> Vec<AbcClass> {
    let total: f64 = data.sales.iter().sum();
    let mut classes = vec![AbcClass::C; data.len()];
    if total <= 0.0 {
        return classes;
    }
    let mut before = 0.0;
    let mut at_least = AbcClass::A;
    for i in sales_order(data) {
        let share = before * 100.0;
        let class = if share < seg.abc_pct[0] * total {
            AbcClass::A
        } else if share < (seg.abc_pct[0] + seg.abc_pct[1]) * total {
            AbcClass::B
        } else {
            AbcClass::C
        };
        at_least = at_least.max(class);
        classes[i as usize] = at_least;
        before += data.sales[i as usize];
    }
    classes
}

fn reference_tiers(data: &Dataset, seg: &SegmentationSettings) -> Vec<Tier> {
    let n = data.len();
    let p = seg.tiers_pct;
    let ends = [
        cut(n, p[0]),
        cut(n, p[0] + p[1]),
        cut(n, p[0] + p[1] + p[2]),
    ];
    let mut tiers = vec![Tier::Small; n];
    for (rank, i) in profit_order(data).into_iter().enumerate() {
        let tier = ends.iter().position(|&end| rank < end).unwrap_or(3);
        tiers[i as usize] = Tier::ALL[tier];
    }
    tiers
}

/// How many customers, down `order`, make each tenth of the total of `amount`.
fn reference_bands(amount: &[f64], order: Vec<u32>) -> Vec<usize> {
    let total: f64 = amount.iter().sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let mut running = 0.0;
    let mut reached = Vec::new();
    for (rank, i) in order.into_iter().enumerate() {
        running += amount[i as usize];
        while reached.len() < 10 && running >= total * (reached.len() + 1) as f64 / 10.0 {
            reached.push(rank + 1);
        }
    }
    let mut previous = 0;
    reached
        .into_iter()
        .map(|n| {
            let band = n - previous;
            previous = n;
            band
        })
        .collect()
}

fn reference_loyalty(data: &Dataset, loy: &LoyaltySettings) -> Vec<Option<LoyaltyType>> {
    (0..data.len())
        .map(|i| {
            let (s, l) = (data.satisfaction(i)?, data.loyalty(i)?);
            Some(if l >= loy.loyalty_high {
                if s >= loy.satisfaction_very_high {
                    LoyaltyType::Apostle
                } else if s >= loy.satisfaction_high {
                    LoyaltyType::Loyalist
                } else {
                    LoyaltyType::Hostage
                }
            } else if s < loy.satisfaction_very_low {
                LoyaltyType::Terrorist
            } else if s < loy.satisfaction_high {
                LoyaltyType::Defector
            } else {
                LoyaltyType::Mercenary
            })
        })
        .collect()
}

fn reference_quadrants(data: &Dataset, loy: &LoyaltySettings) -> Vec<Option<Quadrant>> {
    let high_value = cut(data.len(), loy.value_top_pct);
    let mut quadrants = vec![None; data.len()];
    for (rank, i) in profit_order(data).into_iter().enumerate() {
        let i = i as usize;
        if let Some(l) = data.loyalty(i) {
            quadrants[i] = Some(match (rank < high_value, l >= loy.loyalty_high) {
                (true, true) => Quadrant::TrueFriend,
                (true, false) => Quadrant::Butterfly,
                (false, true) => Quadrant::Barnacle,
                (false, false) => Quadrant::Stranger,
            });
        }
    }
    quadrants
}

/// The reference Gini: mean absolute difference over twice the mean, on profit
/// with losses as zero.
fn reference_gini(data: &Dataset) -> Option<f64> {
    let c: Vec<f64> = data.profit.iter().map(|&p| p.max(0.0)).collect();
    let total: f64 = c.iter().sum();
    if total <= 0.0 {
        return None;
    }
    let n = c.len() as f64;
    let differences: f64 = c
        .iter()
        .flat_map(|a| c.iter().map(move |b| (a - b).abs()))
        .sum();
    Some(differences / (2.0 * n * total))
}

// ----- helpers -----

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

/// Counts and sums of the customers a predicate selects.
fn totals_of(data: &Dataset, select: impl Fn(usize) -> bool) -> (usize, f64, f64) {
    (0..data.len())
        .filter(|&i| select(i))
        .fold((0, 0.0, 0.0), |(n, s, p), i| {
            (n + 1, s + data.sales[i], p + data.profit[i])
        })
}

fn check_totals(
    what: String,
    totals: &Totals,
    expected: (usize, f64, f64),
    all: &Totals,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(totals.customers, expected.0, "{} count", what);
    prop_assert!(
        close(totals.sales, expected.1),
        "{} sales {} ≠ {}",
        what,
        totals.sales,
        expected.1
    );
    prop_assert!(
        close(totals.profit, expected.2),
        "{} profit {} ≠ {}",
        what,
        totals.profit,
        expected.2
    );
    prop_assert_eq!(
        totals.sales_share.is_some(),
        all.sales > 0.0,
        "{} sales share",
        what
    );
    prop_assert_eq!(
        totals.profit_share.is_some(),
        all.profit > 0.0,
        "{} profit share",
        what
    );
    Ok(())
}

fn check_summary_counts<K: Copy + PartialEq + std::fmt::Debug>(
    data: &Dataset,
    listed: &[(K, Totals)],
    all_keys: &[K],
    of: impl Fn(usize) -> Option<K>,
    all: &Totals,
) -> Result<(), TestCaseError> {
    let keys: Vec<K> = listed.iter().map(|(k, _)| *k).collect();
    prop_assert_eq!(&keys[..], all_keys, "every variant, in order");
    for (key, totals) in listed {
        check_totals(
            format!("{key:?}"),
            totals,
            totals_of(data, |i| of(i) == Some(*key)),
            all,
        )?;
    }
    Ok(())
}

fn check(
    data: &Dataset,
    seg: &SegmentationSettings,
    loy: &LoyaltySettings,
) -> Result<Analysis, TestCaseError> {
    let n = data.len();
    let a = analyse(data, seg, loy);
    let s = &a.summary;

    // Per customer, against the reference.
    prop_assert_eq!(&a.by_profit, &profit_order(data));
    prop_assert_eq!(&a.groups, &reference_groups(data, seg));
    prop_assert_eq!(&a.abc, &reference_abc(data, seg));
    prop_assert_eq!(&a.tiers, &reference_tiers(data, seg));
    prop_assert_eq!(&a.loyalty, &reference_loyalty(data, loy));
    prop_assert_eq!(&a.quadrants, &reference_quadrants(data, loy));
    prop_assert_eq!(
        &s.profit_bands,
        &reference_bands(&data.profit, profit_order(data))
    );
    prop_assert_eq!(
        &s.sales_bands,
        &reference_bands(&data.sales, sales_order(data))
    );

    // The dataset's totals.
    let all = s.all;
    let (count, sales, profit) = totals_of(data, |_| true);
    prop_assert_eq!(all.customers, count);
    prop_assert!(close(all.sales, sales) && close(all.profit, profit));
    prop_assert_eq!(all.sales_share, (sales > 0.0).then_some(1.0));
    prop_assert_eq!(all.profit_share, (profit > 0.0).then_some(1.0));

    // Deciles: the ⌊i·N/10⌋ split of the profit ranking, shares adding up.
    prop_assert_eq!(s.deciles.len(), 10);
    for (d, decile) in s.deciles.iter().enumerate() {
        let members = &a.by_profit[d * n / 10..(d + 1) * n / 10];
        let expected = totals_of(data, |i| members.contains(&(i as u32)));
        check_totals(format!("decile {d}"), &decile.totals, expected, &all)?;
    }
    if sales > 0.0 {
        let shares: f64 = s
            .deciles
            .iter()
            .map(|d| d.totals.sales_share.unwrap())
            .sum();
        prop_assert!(
            close(shares, 1.0),
            "decile sales shares add up to {}",
            shares
        );
        prop_assert_eq!(s.deciles[9].cumulative_sales_share, Some(1.0));
    }
    if profit > 0.0 {
        let shares: f64 = s
            .deciles
            .iter()
            .map(|d| d.totals.profit_share.unwrap())
            .sum();
        prop_assert!(
            close(shares, 1.0),
            "decile profit shares add up to {}",
            shares
        );
        prop_assert_eq!(s.deciles[9].cumulative_profit_share, Some(1.0));
    }

    // Bands: ten of them adding up to the customers needed for all the profit,
    // and to every profitable customer when nobody makes a loss.
    let profitable = data.profit.iter().filter(|&&p| p > 0.0).count();
    if profit > 0.0 {
        prop_assert_eq!(s.profit_bands.len(), 10);
        let banded: usize = s.profit_bands.iter().sum();
        prop_assert!(banded >= 1 && banded <= profitable);
        if data.profit.iter().all(|&p| p >= 0.0) {
            prop_assert_eq!(banded, profitable);
        }
    } else {
        prop_assert!(s.profit_bands.is_empty());
    }
    check_totals(
        "unprofitable".into(),
        &s.unprofitable,
        totals_of(data, |i| data.profit[i] <= 0.0),
        &all,
    )?;

    // Every customer in exactly one group, class and tier; the summary lists every
    // variant with the totals of its customers.
    check_summary_counts(data, &s.groups, &Group::ALL, |i| Some(a.groups[i]), &all)?;
    check_summary_counts(data, &s.abc, &AbcClass::ALL, |i| Some(a.abc[i]), &all)?;
    check_summary_counts(data, &s.tiers, &Tier::ALL, |i| Some(a.tiers[i]), &all)?;
    check_summary_counts(data, &s.loyalty, &LoyaltyType::ALL, |i| a.loyalty[i], &all)?;
    check_summary_counts(data, &s.quadrants, &Quadrant::ALL, |i| a.quadrants[i], &all)?;
    check_totals(
        "unrated".into(),
        &s.loyalty_unrated,
        totals_of(data, |i| a.loyalty[i].is_none()),
        &all,
    )?;
    let group_count: usize = s.groups.iter().map(|(_, t)| t.customers).sum();
    prop_assert_eq!(group_count, n);

    // The class orders follow the rankings.
    let abc_in_order: Vec<AbcClass> = sales_order(data)
        .iter()
        .map(|&i| a.abc[i as usize])
        .collect();
    prop_assert!(abc_in_order.windows(2).all(|w| w[0] <= w[1]));
    let tiers_in_order: Vec<Tier> = a.by_profit.iter().map(|&i| a.tiers[i as usize]).collect();
    prop_assert!(tiers_in_order.windows(2).all(|w| w[0] <= w[1]));
    if n > 0 && seg.tiers_pct[0] > 0.0 {
        prop_assert_eq!(a.tiers[a.by_profit[0] as usize], Tier::Vip);
    }

    // Concentration.
    let gini = reference_gini(data);
    prop_assert_eq!(s.gini.is_some(), gini.is_some());
    if let (Some(g), Some(expected)) = (s.gini, gini) {
        prop_assert!((0.0..=1.0).contains(&g));
        prop_assert!(close(g, expected), "gini {} ≠ {}", g, expected);
        let points = &s.lorenz;
        prop_assert_eq!(points.len(), n.min(100) + 1);
        prop_assert_eq!((points[0].customers, points[0].profit), (0.0, 0.0));
        let last = points[points.len() - 1];
        prop_assert_eq!((last.customers, last.profit), (1.0, 1.0));
        let rising = points
            .windows(2)
            .all(|w| w[0].customers < w[1].customers && w[0].profit <= w[1].profit + 1e-12);
        prop_assert!(rising, "the curve rises");
        // Convex: the poorest customers come first.
        prop_assert!(points.iter().all(|p| p.profit <= p.customers + 1e-9));
    } else {
        prop_assert!(s.lorenz.is_empty());
    }
    // The top 20%: the profit of the first ⌊2N/10⌋ of the profit ranking over
    // total profit (losses included), as the decile table counts it.
    let top: f64 = profit_order(data)[..2 * n / 10]
        .iter()
        .map(|&i| data.profit[i as usize])
        .sum();
    let expected = (profit > 0.0).then(|| top / profit);
    match (s.top20_profit_share, expected) {
        (Some(share), Some(expected)) => {
            prop_assert!(
                share >= 0.0 && close(share, expected),
                "top 20% {} ≠ {}",
                share,
                expected
            )
        }
        (share, expected) => prop_assert_eq!(share, expected),
    }
    prop_assert_eq!(s.top20_profit_share, s.top_profit_share(2));
    prop_assert_eq!(
        s.concentrated,
        s.top20_profit_share.is_some_and(|t| t >= 0.8)
    );

    // The scatter sample: rated customers only, at most 1,000.
    let rated = a.loyalty.iter().filter(|t| t.is_some()).count();
    prop_assert_eq!(s.loyalty_sample.len(), rated.min(1000));

    // Members: the summary's counts, in profit order.
    for selection in Group::ALL
        .map(Selection::Group)
        .into_iter()
        .chain(AbcClass::ALL.map(Selection::Abc))
        .chain(Tier::ALL.map(Selection::Tier))
        .chain(LoyaltyType::ALL.map(Selection::Loyalty))
        .chain(Quadrant::ALL.map(Selection::Quadrant))
    {
        let members: Vec<u32> = a.members(Some(selection)).collect();
        let expected: Vec<u32> = a
            .by_profit
            .iter()
            .copied()
            .filter(|&i| selection.contains(&a, i as usize))
            .collect();
        prop_assert_eq!(&members, &expected);
        prop_assert_eq!(a.search(data, Some(selection), ""), expected);
    }
    prop_assert_eq!(a.members(None).count(), n);
    Ok(a)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn analyses_match_their_definitions(data in dataset(), (seg, loy) in settings()) {
        check(&data, &seg, &loy)?;
    }

    #[test]
    fn analyses_are_deterministic(data in dataset()) {
        let (seg, loy) = (SegmentationSettings::default(), LoyaltySettings::default());
        prop_assert_eq!(analyse(&data, &seg, &loy), analyse(&data, &seg, &loy));
    }

    #[test]
    fn amounts_with_cents_keep_the_invariants(
        data in dataset(),
        cents in prop::collection::vec(0..100u8, 260),
    ) {
        // Not exact in binary: the reference could round differently at a cut, so
        // only what does not depend on rounding is checked.
        let mut data = data;
        for (i, (s, p)) in data.sales.iter_mut().zip(data.profit.iter_mut()).enumerate() {
            *s += f64::from(cents[i]) / 100.0;
            *p -= f64::from(cents[i]) / 100.0;
        }
        let a = analyse(&data, &SegmentationSettings::default(), &LoyaltySettings::default());
        prop_assert_eq!(&a.by_profit, &profit_order(&data));
        let s = &a.summary;
        if s.all.sales > 0.0 {
            prop_assert_eq!(s.deciles[9].cumulative_sales_share, Some(1.0));
        }
        if s.all.profit > 0.0 {
            prop_assert_eq!(s.deciles[9].cumulative_profit_share, Some(1.0));
            let banded: usize = s.profit_bands.iter().sum();
            prop_assert!(banded <= data.profit.iter().filter(|&&p| p > 0.0).count());
        }
        if let Some(g) = s.gini {
            prop_assert!((0.0..=1.0).contains(&g));
        }
        for listed in [
            s.groups.iter().map(|t| t.1.customers).sum::<usize>(),
            s.abc.iter().map(|t| t.1.customers).sum(),
            s.tiers.iter().map(|t| t.1.customers).sum(),
            s.loyalty.iter().map(|t| t.1.customers).sum::<usize>() + s.loyalty_unrated.customers,
        ] {
            prop_assert_eq!(listed, data.len());
        }
    }

    #[test]
    fn generated_demo_data_is_well_formed_and_analysable(
        customers in 0..400usize,
        seed in any::<u64>(),
        zh in any::<bool>(),
    ) {
        let lang = if zh { Lang::Zh } else { Lang::En };
        let data = generate(customers, seed, lang);
        prop_assert_eq!(data.len(), customers);
        prop_assert_eq!(data.sales.len(), customers);
        prop_assert_eq!(data.name.as_ref().map(TextColumn::len), Some(customers));
        let ids: std::collections::HashSet<&str> = data.customer.iter().collect();
        prop_assert_eq!(ids.len(), customers);
        prop_assert!((0..customers).all(|i| data.sales[i] >= 100.0 && !data.label(i).is_empty()));
        for i in 0..customers {
            for score in [data.satisfaction(i), data.loyalty(i)].into_iter().flatten() {
                prop_assert!((1.0..=10.0).contains(&score) && score.fract() == 0.0);
            }
        }
        check(&data, &SegmentationSettings::default(), &LoyaltySettings::default())?;
    }
}
