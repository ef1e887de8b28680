//! The segmentation and loyalty analyses (METHOD.md §5–6) over a [`Dataset`]:
//! [`analyse`] ranks the customers once and derives every classification and the
//! [`Summary`] the workbook keeps; [`Analysis`] also answers "who is in this
//! group?" for the customer lists.
//!
//! # Definitions
//!
//! Amounts: a `NaN` sales or profit counts as 0. Shares are fractions (0–1) of the
//! whole dataset's totals and `None` when that total is zero or negative. The
//! *profit ranking* orders customers by profit, largest first, ties by sales
//! (largest first) and then input order; the *sales ranking* by sales, ties in
//! input order. Percentages are the [`SegmentationSettings`] and
//! [`LoyaltySettings`].
//!
//! - **Deciles**: decile i (0-based) holds profit ranks ⌊i·N/10⌋ up to
//!   ⌊(i+1)·N/10⌋ (exclusive), so with fewer than ten customers some are empty;
//!   each has its totals and the cumulative shares of deciles 1 through it.
//! - **Profit bands**: for k = 1…10, n_k is the number of customers, in profit
//!   order, whose running profit first reaches k·10% of total profit; band k has
//!   n_k − n_(k−1) customers. None when total profit is not positive.
//!   **Sales bands**: the same on sales, down the sales ranking. None when total
//!   sales are not positive. **Unprofitable**: profit ≤ 0.
//! - **Top 10% / top 20% share**: the cumulative profit share of decile 1 / 2, a
//!   share of total profit like every figure of the decile table
//!   ([`Summary::top_profit_share`]); *concentrated* when the top 20% make 80% or
//!   more.
//! - **Groups**, each customer in exactly one: *transaction* = price-only, or a
//!   margin (profit ÷ sales, sales > 0) below `low_margin_pct`; then, down the
//!   profit ranking through the others with profit > 0, *keep* while the sales
//!   already kept are below `keep_sales_pct` of total sales, then *grow* while
//!   the group's sales are below `grow_band_from_pct` and adding the customer
//!   keeps them at or below `grow_band_to_pct` (it stops at the first that
//!   fails); *prune* = the rest with profit > 0 whose sales fell by at least
//!   `decline_pct` from a positive previous figure; *other* = everyone else. No
//!   keep or grow when total sales are not positive.
//! - **ABC**: down the sales ranking, A while the sales before the customer are
//!   below `abc_pct[0]` of total sales, B while below `abc_pct[0] + abc_pct[1]`,
//!   then C. All C when total sales are not positive.
//! - **Tiers**, by head count down the profit ranking: VIP the first
//!   ⌈N·`tiers_pct[0]`/100⌉, major up to ⌈N·(`tiers_pct[0]`+`tiers_pct[1]`)/100⌉,
//!   ordinary up to the next cumulative cut, small the rest (cuts clamped to N,
//!   so one customer is a VIP).
//! - **Lorenz curve, Gini** on profit with losses counted as zero (the
//!   concentration of what customers contribute; it keeps Gini in [0, 1]): at
//!   most 101 points from (0, 0) to (1, 1); Gini by the sorted formula. None when
//!   no customer makes a profit.
//! - **Loyalty type**, for customers with both satisfaction and loyalty: loyalty ≥
//!   `loyalty_high` → apostle (satisfaction ≥ `satisfaction_very_high`), loyalist
//!   (≥ `satisfaction_high`) or hostage; else terrorist (satisfaction <
//!   `satisfaction_very_low`), defector (< `satisfaction_high`) or mercenary.
//!   The others are *unrated*.
//! - **Quadrant**, for customers with loyalty: high value = among the first
//!   ⌈N·`value_top_pct`/100⌉ of the profit ranking; high loyalty = loyalty ≥
//!   `loyalty_high`.
//! - **Loyalty sample**: at most 1,000 rated customers, every (rated/1000)-th in
//!   input order.
//! - **Value scoring** (when the data has days overdue): margin and payment
//!   points, 0–20 each, as defined in [`value`].
//!
//! # Speed
//!
//! It has to run on a million customers in well under 100 ms in the browser, so it
//! ranks with a radix sort on `u32` indices, works in a few linear passes over the
//! columns (in input order wherever it can: sequential memory) and allocates per
//! analysis, never per customer.

mod abc;
mod deciles;
mod groups;
mod lorenz;
mod loyalty;
mod rank;
mod runs;
pub mod value;

pub use loyalty::{loyalty_type, quadrant, LOYALTY_SAMPLE};

use super::dataset::Dataset;
use super::settings::{LoyaltySettings, SegmentationSettings};
use super::summary::{AbcClass, Group, LoyaltyType, Quadrant, Summary, Tier, Totals};
use rank::Ranker;
use runs::RankRuns;

/// The result of [`analyse`]: the summary and each customer's classes. Per-customer
/// vectors are indexed like the dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub summary: Summary,
    /// Customer indices ranked by profit, largest first; ties by sales (largest
    /// first), then input order. Every "rank" in these docs is a position here.
    pub by_profit: Vec<u32>,
    pub groups: Vec<Group>,
    pub abc: Vec<AbcClass>,
    pub tiers: Vec<Tier>,
    /// `None` for customers without both satisfaction and loyalty.
    pub loyalty: Vec<Option<LoyaltyType>>,
    /// `None` for customers without loyalty.
    pub quadrants: Vec<Option<Quadrant>>,
}

/// Runs every analysis of METHOD.md §5–6 on `data`, as defined in the
/// [module docs](self).
///
/// # Panics
/// If a required column's length differs from the customer count; possibly if an
/// optional one's does (the importer never builds such a dataset).
pub fn analyse(data: &Dataset, seg: &SegmentationSettings, loy: &LoyaltySettings) -> Analysis {
    let n = data.len();
    assert_eq!(data.sales.len(), n, "sales column length");
    assert_eq!(data.profit.len(), n, "profit column length");

    let mut ranker = Ranker::default();
    let (by_sales, sales_ranked) = ranker.by_sales(&data.sales);
    // Keep and grow, and the ABC cuts, need total sales before the pass that adds
    // everything up; summed in sales order here, it can differ from the summary's
    // total in the last binary digit only.
    let total_sales: f64 = sales_ranked.iter().sum();
    let abc = abc::classes(&by_sales, &sales_ranked, seg, total_sales);
    let sales_bands = deciles::tenth_bands(&sales_ranked, total_sales);
    drop(sales_ranked);
    let (by_profit, profit_ranked) = ranker.by_profit(&data.profit, by_sales);
    drop(ranker);
    let groups = groups::assign(data, &by_profit, &profit_ranked, seg, total_sales);
    let concentration = lorenz::concentration(&profit_ranked);
    let profit_bands = deciles::tenth_bands(&profit_ranked, concentration.net_profit);

    let profitable = profit_ranked.partition_point(|&profit| profit > 0.0);
    drop(profit_ranked);
    let runs = RankRuns::new(&by_profit, profitable, seg, loy);
    let tiers: Vec<Tier> = runs
        .of
        .iter()
        .map(|&run| runs.runs[usize::from(run)].tier)
        .collect();
    let loyalty = loyalty::types(data, loy);
    let quadrants = loyalty::quadrants(data, &runs, loy);

    // One pass in input order adds every customer to its run of the ranking and to
    // its combination of the other classes; the totals of each class are added up
    // from those few sums afterwards. Two table updates per customer instead of
    // one per kind of class: this pass was the slowest.
    let mut run_sums = [Sums::default(); 16];
    let mut combination_sums = vec![Sums::default(); Combination::COUNT];
    for i in 0..n {
        let (sales, profit) = (rank::amount(data.sales[i]), rank::amount(data.profit[i]));
        run_sums[usize::from(runs.of[i])].add(sales, profit);
        let combination = Combination::index(groups[i], abc[i], loyalty[i], quadrants[i]);
        combination_sums[combination].add(sales, profit);
    }

    let mut decile_sums = [Sums::default(); 10];
    let mut tier_sums = [Sums::default(); Tier::ALL.len()];
    let mut unprofitable = Sums::default();
    for (run, sums) in runs.runs.iter().zip(&run_sums) {
        decile_sums[run.decile].merge(sums);
        tier_sums[run.tier as usize].merge(sums);
        if !run.profitable {
            unprofitable.merge(sums);
        }
    }
    let mut group_sums = [Sums::default(); Group::ALL.len()];
    let mut abc_sums = [Sums::default(); AbcClass::ALL.len()];
    // A slot more for the customers without a type or quadrant.
    let mut loyalty_sums = [Sums::default(); LoyaltyType::ALL.len() + 1];
    let mut quadrant_sums = [Sums::default(); Quadrant::ALL.len() + 1];
    for (index, sums) in combination_sums.iter().enumerate() {
        let c = Combination::from_index(index);
        group_sums[c.group].merge(sums);
        abc_sums[c.abc].merge(sums);
        loyalty_sums[c.loyalty].merge(sums);
        quadrant_sums[c.quadrant].merge(sums);
    }
    let unrated = loyalty_sums[LoyaltyType::ALL.len()];
    let (all, deciles) = deciles::deciles(&decile_sums);

    let mut summary = Summary {
        all: all.totals(all),
        deciles,
        profit_bands,
        sales_bands,
        unprofitable: unprofitable.totals(all),
        groups: listed(&Group::ALL, &group_sums, all),
        abc: listed(&AbcClass::ALL, &abc_sums, all),
        tiers: listed(&Tier::ALL, &tier_sums, all),
        lorenz: concentration.lorenz,
        gini: concentration.gini,
        // Set below from the deciles, by the one definition.
        top20_profit_share: None,
        concentrated: false,
        loyalty: listed(&LoyaltyType::ALL, &loyalty_sums, all),
        quadrants: listed(&Quadrant::ALL, &quadrant_sums, all),
        loyalty_unrated: unrated.totals(all),
        loyalty_sample: loyalty::sample(data, &loyalty, n - unrated.customers),
        value: value::score(data, seg),
    };
    summary.top20_profit_share = summary.top_profit_share(2);
    summary.concentrated = summary.is_concentrated();
    Analysis {
        summary,
        by_profit,
        groups,
        abc,
        tiers,
        loyalty,
        quadrants,
    }
}

/// Running count and sums of a set of customers.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Sums {
    pub customers: usize,
    pub sales: f64,
    pub profit: f64,
}

impl Sums {
    #[inline]
    pub fn add(&mut self, sales: f64, profit: f64) {
        self.customers += 1;
        self.sales += sales;
        self.profit += profit;
    }

    pub fn merge(&mut self, other: &Sums) {
        self.customers += other.customers;
        self.sales += other.sales;
        self.profit += other.profit;
    }

    /// With shares of the dataset's totals `all`.
    pub fn totals(self, all: Sums) -> Totals {
        Totals {
            customers: self.customers,
            sales: self.sales,
            profit: self.profit,
            sales_share: share(self.sales, all.sales),
            profit_share: share(self.profit, all.profit),
        }
    }
}

/// A customer's group, ABC class, loyalty type and quadrant as one number, with
/// one more value for "no type" and "no quadrant": a table of sums per
/// combination (525 slots, a few KiB) replaces a table per kind of class.
struct Combination {
    group: usize,
    abc: usize,
    loyalty: usize,
    quadrant: usize,
}

impl Combination {
    const ABC: usize = AbcClass::ALL.len();
    const LOYALTY: usize = LoyaltyType::ALL.len() + 1;
    const QUADRANT: usize = Quadrant::ALL.len() + 1;
    const COUNT: usize = Group::ALL.len() * Self::ABC * Self::LOYALTY * Self::QUADRANT;

    #[inline]
    fn index(
        group: Group,
        abc: AbcClass,
        loyalty: Option<LoyaltyType>,
        quadrant: Option<Quadrant>,
    ) -> usize {
        let loyalty = loyalty.map_or(LoyaltyType::ALL.len(), |kind| kind as usize);
        let quadrant = quadrant.map_or(Quadrant::ALL.len(), |q| q as usize);
        ((group as usize * Self::ABC + abc as usize) * Self::LOYALTY + loyalty) * Self::QUADRANT
            + quadrant
    }

    fn from_index(index: usize) -> Combination {
        Combination {
            quadrant: index % Self::QUADRANT,
            loyalty: index / Self::QUADRANT % Self::LOYALTY,
            abc: index / (Self::QUADRANT * Self::LOYALTY) % Self::ABC,
            group: index / (Self::QUADRANT * Self::LOYALTY * Self::ABC),
        }
    }
}

/// `part / whole`, or `None` when the whole is not positive.
pub(crate) fn share(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole)
}

/// How many of `n` customers make the first `pct` percent by count: rounded up (so
/// one customer of three is the top 1%), clamped to `0..=n`. A hair is taken off
/// before rounding up so that binary noise in a sum of percentages (0.1 + 0.2)
/// cannot add a customer.
pub(crate) fn count_cut(n: usize, pct: f64) -> usize {
    let exact = n as f64 * pct / 100.0;
    if exact.is_nan() || exact <= 0.0 {
        return 0;
    }
    ((exact - 1e-9).ceil() as usize).min(n)
}

fn listed<K: Copy>(keys: &[K], sums: &[Sums], all: Sums) -> Vec<(K, Totals)> {
    keys.iter()
        .zip(sums)
        .map(|(&key, sums)| (key, sums.totals(all)))
        .collect()
}

/// A set of customers the screens list: one group, class, tier, loyalty type or
/// quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Selection {
    Group(Group),
    Abc(AbcClass),
    Tier(Tier),
    Loyalty(LoyaltyType),
    Quadrant(Quadrant),
}

impl Selection {
    /// Whether customer `index` of the analysed dataset is in this set.
    #[inline]
    pub fn contains(&self, analysis: &Analysis, index: usize) -> bool {
        match *self {
            Selection::Group(group) => analysis.groups[index] == group,
            Selection::Abc(class) => analysis.abc[index] == class,
            Selection::Tier(tier) => analysis.tiers[index] == tier,
            Selection::Loyalty(kind) => analysis.loyalty[index] == Some(kind),
            Selection::Quadrant(q) => analysis.quadrants[index] == Some(q),
        }
    }
}

impl Analysis {
    /// The customers analysed.
    pub fn len(&self) -> usize {
        self.by_profit.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_profit.is_empty()
    }

    /// The customers in `selection` (every customer for `None`), most profitable
    /// first.
    pub fn members(&self, selection: Option<Selection>) -> impl Iterator<Item = u32> + '_ {
        self.by_profit
            .iter()
            .copied()
            .filter(move |&i| selection.is_none_or(|s| s.contains(self, i as usize)))
    }

    /// The members of `selection` whose label or id contains `query` (trimmed;
    /// ignoring case), most profitable first. An empty query matches everyone.
    /// `data` must be the dataset this analysis was made from.
    pub fn search(&self, data: &Dataset, selection: Option<Selection>, query: &str) -> Vec<u32> {
        let mut matcher = Matcher::new(query);
        if matcher.needle.is_empty() {
            return self.members(selection).collect();
        }
        self.members(selection)
            .filter(|&i| {
                let i = i as usize;
                let label = data.label(i);
                let id = data.customer.get(i);
                matcher.matches(label) || (id != label && matcher.matches(id))
            })
            .collect()
    }
}

/// Case-insensitive substring search that allocates once per search, not per
/// customer: ASCII queries (ids, English names) compare bytes in place; others
/// lower-case each candidate into one reused buffer.
struct Matcher {
    needle: String,
    ascii: bool,
    buffer: String,
}

impl Matcher {
    fn new(query: &str) -> Matcher {
        let needle = query.trim().to_lowercase();
        Matcher {
            ascii: needle.is_ascii(),
            needle,
            buffer: String::new(),
        }
    }

    fn matches(&mut self, haystack: &str) -> bool {
        let needle = self.needle.as_bytes();
        if self.ascii {
            // An ASCII byte never occurs inside a multi-byte UTF-8 character, so a
            // byte window match is a character match.
            haystack
                .as_bytes()
                .windows(needle.len())
                .any(|window| window.eq_ignore_ascii_case(needle))
        } else {
            self.buffer.clear();
            self.buffer
                .extend(haystack.chars().flat_map(char::to_lowercase));
            self.buffer.contains(&self.needle)
        }
    }
}

#[cfg(test)]
pub(crate) mod test_data {
    //! Small datasets for the table tests of every analysis.

    use crate::segmentation::{Dataset, TextColumn};

    /// Customers "C0", "C1", … with these sales and profit, no optional column.
    pub fn dataset(sales: &[f64], profit: &[f64]) -> Dataset {
        assert_eq!(sales.len(), profit.len());
        let mut customer = TextColumn::default();
        for i in 0..sales.len() {
            customer.push(&format!("C{i}"));
        }
        Dataset {
            customer,
            sales: sales.to_vec(),
            profit: profit.to_vec(),
            ..Dataset::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_data::dataset;
    use super::*;
    use crate::segmentation::TextColumn;

    fn run(data: &Dataset) -> Analysis {
        analyse(
            data,
            &SegmentationSettings::default(),
            &LoyaltySettings::default(),
        )
    }

    #[test]
    fn enum_discriminants_follow_the_all_order_the_sums_rely_on() {
        for (i, v) in Group::ALL.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in AbcClass::ALL.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in Tier::ALL.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in LoyaltyType::ALL.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in Quadrant::ALL.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
    }

    #[test]
    fn count_cut_rounds_up_and_clamps() {
        let table = [
            (0, 1.0, 0),
            (1, 1.0, 1),
            (1, 0.0, 0),
            (3, 1.0, 1),
            (100, 1.0, 1),
            (100, 5.0, 5),
            (101, 5.0, 6),
            (10, 0.1 + 0.2, 1),
            (1000, 0.1 + 0.2, 3),
            (10, 150.0, 10),
            (10, -5.0, 0),
            (10, f64::NAN, 0),
        ];
        for (n, pct, expected) in table {
            assert_eq!(count_cut(n, pct), expected, "{n} customers, {pct}%");
        }
    }

    #[test]
    fn empty_dataset_gives_empty_vectors_and_every_variant_with_zero_totals() {
        let a = run(&Dataset::default());
        assert!(a.is_empty());
        let s = &a.summary;
        assert_eq!(s.all, Totals::default());
        assert_eq!(s.deciles.len(), 10);
        assert!(s
            .deciles
            .iter()
            .all(|d| d.totals.customers == 0 && d.cumulative_profit_share.is_none()));
        assert!(s.profit_bands.is_empty());
        assert_eq!(s.groups.iter().map(|g| g.0).collect::<Vec<_>>(), Group::ALL);
        assert_eq!(s.abc.iter().map(|g| g.0).collect::<Vec<_>>(), AbcClass::ALL);
        assert_eq!(s.tiers.iter().map(|g| g.0).collect::<Vec<_>>(), Tier::ALL);
        assert_eq!(
            s.loyalty.iter().map(|g| g.0).collect::<Vec<_>>(),
            LoyaltyType::ALL
        );
        assert_eq!(
            s.quadrants.iter().map(|g| g.0).collect::<Vec<_>>(),
            Quadrant::ALL
        );
        assert!(s.lorenz.is_empty());
        assert_eq!(s.gini, None);
        assert_eq!(s.top20_profit_share, None);
        assert!(!s.concentrated);
        assert!(s.loyalty_sample.is_empty());
    }

    #[test]
    fn summary_totals_match_the_per_customer_classes() {
        let mut data = dataset(
            &[500.0, 300.0, 120.0, 80.0, 0.0, 40.0],
            &[100.0, -20.0, 30.0, 10.0, 0.0, 2.0],
        );
        data.satisfaction = Some(vec![9.0, 2.0, 7.0, f64::NAN, 5.0, 4.0]);
        data.loyalty = Some(vec![8.0, 1.0, 3.0, 7.0, f64::NAN, 9.0]);
        let a = run(&data);
        assert_eq!(a.summary.all.customers, 6);
        assert_eq!(a.summary.all.sales, 1040.0);
        assert_eq!(a.summary.all.profit, 122.0);
        assert_eq!(a.summary.all.sales_share, Some(1.0));
        for (group, totals) in &a.summary.groups {
            let members: Vec<u32> = a.members(Some(Selection::Group(*group))).collect();
            assert_eq!(totals.customers, members.len(), "{group:?}");
            let sales: f64 = members.iter().map(|&i| data.sales[i as usize]).sum();
            assert_eq!(totals.sales, sales, "{group:?}");
        }
        assert_eq!(a.summary.loyalty_unrated.customers, 2);
        assert_eq!(a.summary.loyalty_sample.len(), 4);
        assert_eq!(
            a.summary
                .quadrants
                .iter()
                .map(|q| q.1.customers)
                .sum::<usize>(),
            5
        );
        // Everyone, most profitable first.
        assert_eq!(a.members(None).collect::<Vec<_>>(), [0, 2, 3, 5, 4, 1]);
    }

    #[test]
    fn top_shares_are_shares_of_total_profit_cut_as_the_deciles() {
        // (profit, top 10%, top 20%, concentrated); sales all 1.
        type Case<'a> = (&'a [f64], Option<f64>, Option<f64>, bool);
        let table: &[Case] = &[
            // Ten customers 10..1: the top two make 19 of 55.
            (
                &[10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
                Some(10.0 / 55.0),
                Some(19.0 / 55.0),
                false,
            ),
            // A loss-making tail: the top 20% make 130 of a net 100, past 100%.
            (
                &[80.0, 50.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, -20.0, -30.0],
                Some(0.8),
                Some(1.3),
                true,
            ),
            // Five customers: deciles 2, 4, … hold one each, so the top 20% is
            // the first customer (decile 2), the top 10% nobody.
            (
                &[5.0, 4.0, 3.0, 2.0, 1.0],
                Some(0.0),
                Some(5.0 / 15.0),
                false,
            ),
            (&[-1.0, -2.0], None, None, false),
        ];
        for &(profit, tenth, fifth, concentrated) in table {
            let s = run(&dataset(&vec![1.0; profit.len()], profit)).summary;
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() < 1e-12,
                (a, b) => a == b,
            };
            assert!(close(s.top_profit_share(1), tenth), "{profit:?}: top 10%");
            assert!(close(s.top_profit_share(2), fifth), "{profit:?}: top 20%");
            assert_eq!(s.top20_profit_share, s.top_profit_share(2), "{profit:?}");
            assert_eq!(s.is_concentrated(), concentrated, "{profit:?}");
            assert_eq!(s.concentrated, concentrated, "{profit:?}");
            // The first two deciles' own shares add up to it.
            let two: f64 = s.deciles[..2]
                .iter()
                .filter_map(|d| d.totals.profit_share)
                .sum();
            assert!(fifth.is_none_or(|f| (f - two).abs() < 1e-12), "{profit:?}");
            assert_eq!(s.top_profit_share(0), None);
            assert_eq!(s.top_profit_share(11), None);
        }
    }

    #[test]
    fn sales_bands_count_customers_per_tenth_of_sales() {
        // Sales 50, 20, 10 ×3: 50 reaches 10–50%, 20 reaches 70%, then one tenth
        // each; profit plays no part.
        let s = run(&dataset(
            &[10.0, 50.0, 10.0, 20.0, 10.0],
            &[1.0, -5.0, 3.0, 0.0, 2.0],
        ))
        .summary;
        assert_eq!(s.sales_bands, [1, 0, 0, 0, 0, 1, 0, 1, 1, 1]);
        assert!(run(&dataset(&[0.0, -1.0], &[1.0, 1.0]))
            .summary
            .sales_bands
            .is_empty());
    }

    #[test]
    fn nan_amounts_count_as_zero() {
        let a = run(&dataset(&[f64::NAN, 10.0], &[5.0, f64::NAN]));
        assert_eq!(a.summary.all.sales, 10.0);
        assert_eq!(a.summary.all.profit, 5.0);
        assert_eq!(a.by_profit, [0, 1]);
    }

    #[test]
    fn search_ignores_case_matches_label_or_id_and_keeps_profit_order() {
        let mut data = dataset(&[10.0, 20.0, 30.0, 40.0], &[1.0, 4.0, 3.0, 2.0]);
        let mut names = TextColumn::default();
        for name in [
            "Acme Foods Ltd",
            "北京恒泰科技有限公司",
            "",
            "ACME Logistics",
        ] {
            names.push(name);
        }
        data.name = Some(names);
        let a = run(&data);
        let table: &[(Option<Selection>, &str, &[u32])] = &[
            (None, "", &[1, 2, 3, 0]),
            (None, "   ", &[1, 2, 3, 0]),
            (None, "acme", &[3, 0]),
            (None, " AcMe ", &[3, 0]),
            (None, "c2", &[2]),
            (None, "C1", &[1]),
            (None, "恒泰", &[1]),
            (None, "nobody", &[]),
            (None, "ACME LOGISTICS LTD", &[]),
            (Some(Selection::Tier(Tier::Vip)), "", &[1]),
            (Some(Selection::Tier(Tier::Vip)), "acme", &[]),
            (Some(Selection::Tier(Tier::Small)), "acme", &[3, 0]),
        ];
        for &(selection, query, expected) in table {
            assert_eq!(
                a.search(&data, selection, query),
                expected,
                "{selection:?} {query:?}"
            );
        }
    }

    #[test]
    fn non_ascii_queries_fold_case_too() {
        let mut data = dataset(&[1.0, 2.0], &[1.0, 2.0]);
        let mut names = TextColumn::default();
        names.push("ÉCOLE Müller");
        names.push("Straße");
        data.name = Some(names);
        let a = run(&data);
        assert_eq!(a.search(&data, None, "école"), [0]);
        assert_eq!(a.search(&data, None, "MÜLLER"), [0]);
        assert_eq!(a.search(&data, None, "straße"), [1]);
    }

    #[test]
    fn selection_contains_reads_the_matching_vector() {
        let mut data = dataset(&[10.0, 20.0], &[5.0, 1.0]);
        data.satisfaction = Some(vec![9.0, f64::NAN]);
        data.loyalty = Some(vec![9.0, 2.0]);
        let a = run(&data);
        assert!(Selection::Loyalty(LoyaltyType::Apostle).contains(&a, 0));
        assert!(!Selection::Loyalty(LoyaltyType::Apostle).contains(&a, 1));
        assert!(Selection::Quadrant(Quadrant::TrueFriend).contains(&a, 0));
        assert!(Selection::Quadrant(Quadrant::Stranger).contains(&a, 1));
        assert!(Selection::Abc(AbcClass::A).contains(&a, 1));
        assert!(Selection::Tier(Tier::Vip).contains(&a, 0));
        assert!(Selection::Group(a.groups[1]).contains(&a, 1));
    }
}
