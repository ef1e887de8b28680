//! Runs of the profit ranking: everything a customer's rank decides (decile,
//! tier, high value, making a profit or not) is the same over a few long runs of
//! ranks, so each customer gets one byte naming its run. That lets every later
//! pass go through the customers in input order, reading memory in sequence
//! rather than jumping about it, which is several times faster on a million
//! customers, and lets the totals of all rank-based classes be added up per run.

use super::{abc, count_cut, deciles};
use crate::segmentation::{LoyaltySettings, SegmentationSettings, Tier};

/// What the ranks of one run share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RankRun {
    /// 0-based: 0 is the most profitable tenth.
    pub decile: usize,
    pub tier: Tier,
    /// In the top `value_top_pct` % of the ranking (the value × loyalty quadrant).
    pub high_value: bool,
    /// Profit above zero (the ranking puts these first).
    pub profitable: bool,
}

pub(crate) struct RankRuns {
    pub runs: Vec<RankRun>,
    /// Per customer (input order), the index of its run in `runs`.
    pub of: Vec<u8>,
}

impl RankRuns {
    /// `profitable`: how many customers make a profit (the first ranks).
    pub fn new(
        by_profit: &[u32],
        profitable: usize,
        seg: &SegmentationSettings,
        loy: &LoyaltySettings,
    ) -> RankRuns {
        let n = by_profit.len();
        let decile_bounds = deciles::bounds(n);
        let tier_ends = abc::tier_ends(n, seg);
        let high_value = count_cut(n, loy.value_top_pct);
        // 11 decile bounds (0 and N among them) and 5 other cuts: at most 15 runs.
        let mut cuts: Vec<usize> = decile_bounds.to_vec();
        cuts.extend(tier_ends);
        cuts.extend([high_value, profitable]);
        cuts.sort_unstable();
        cuts.dedup();

        let mut runs = Vec::with_capacity(cuts.len());
        let mut of = vec![0u8; n];
        for (index, cut) in cuts.windows(2).enumerate() {
            let (start, end) = (cut[0], cut[1]);
            runs.push(RankRun {
                // The last bound at or before `start` (deciles may be empty).
                decile: decile_bounds[1..].iter().filter(|&&b| b <= start).count(),
                tier: Tier::ALL[tier_ends.iter().filter(|&&end| end <= start).count()],
                high_value: start < high_value,
                profitable: start < profitable,
            });
            for &i in &by_profit[start..end] {
                of[i as usize] = index as u8;
            }
        }
        RankRuns { runs, of }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_the_ranking_at_every_cut() {
        // 20 customers, ranked as they come: deciles of 2; VIP 1, major 0
        // (ceil(1) = 1), ordinary 3 (ceil(4) = 4), small 16; high value 4; 15
        // profitable.
        let by_profit: Vec<u32> = (0..20).collect();
        let runs = RankRuns::new(
            &by_profit,
            15,
            &SegmentationSettings::default(),
            &LoyaltySettings::default(),
        );
        let at = |rank: usize| runs.runs[usize::from(runs.of[rank])];
        assert_eq!(
            at(0),
            RankRun {
                decile: 0,
                tier: Tier::Vip,
                high_value: true,
                profitable: true
            }
        );
        assert_eq!(at(1).tier, Tier::Ordinary);
        assert_eq!(at(3).decile, 1);
        assert!(at(3).high_value && !at(4).high_value);
        assert_eq!(at(4).tier, Tier::Small);
        assert!(at(14).profitable && !at(15).profitable);
        assert_eq!(at(19).decile, 9);
        assert!(runs.runs.len() <= 15);
        for rank in 0..20 {
            assert_eq!(at(rank).decile, rank / 2);
        }
    }

    #[test]
    fn no_customers_no_runs() {
        let runs = RankRuns::new(
            &[],
            0,
            &SegmentationSettings::default(),
            &LoyaltySettings::default(),
        );
        assert!(runs.runs.is_empty() && runs.of.is_empty());
    }
}
