//! The workshop report: which worksheets it shows (kept with the workbook) and the
//! executive summary at its top, computed here so the page only formats figures.

use serde::{Deserialize, Serialize};

use crate::completion::{self, Completion};
use crate::customers::CustomerScore;
use crate::external::{Comparison, Direction, PestleScore, WeightedItem};
use crate::internal::{SevenSFactor, SevenSScore};
use crate::obl::OblScore;
use crate::segmentation::Summary;
use crate::swot::{Posture, SwotScore};
use crate::workbook::Workbook;
use crate::worksheet::Worksheet;

/// How many PESTLE threats the summary names.
pub const TOP_RISKS: usize = 3;

/// Which worksheets the report leaves out. Exclusions rather than inclusions are
/// stored so that a workbook saved before the report existed (no field) shows every
/// worksheet, and so would a worksheet added to the method later.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportSettings {
    /// In workshop order, without repeats.
    pub excluded: Vec<Worksheet>,
}

impl ReportSettings {
    pub fn includes(&self, sheet: Worksheet) -> bool {
        !self.excluded.contains(&sheet)
    }

    /// Puts `sheet` in the report or takes it out; the list stays sorted and unique
    /// so that saving the same choice twice writes the same file.
    pub fn set_included(&mut self, sheet: Worksheet, included: bool) {
        self.excluded.retain(|&w| w != sheet);
        if !included {
            self.excluded.push(sheet);
            self.excluded.sort();
        }
    }

    /// The worksheets the report shows, in workshop order.
    pub fn included(&self) -> impl Iterator<Item = Worksheet> + '_ {
        Worksheet::ALL.into_iter().filter(|&w| self.includes(w))
    }
}

/// Whether the team wrote anything on `sheet`: a judgement (a score, rating, choice or
/// verdict), or text of its own. The names a new workbook starts with (the seed's
/// stakeholders, an OBL template's departments and criteria) are not the team's
/// work, so a sheet holding only them is not covered. The report prints covered
/// worksheets and lists the others once, rather than printing empty tables.
pub fn covered(wb: &Workbook, sheet: Worksheet) -> bool {
    let text = |t: &str| !t.trim().is_empty();
    match sheet {
        Worksheet::CompanyProfile => {
            let p = &wb.profile;
            text(&p.company_type)
                || p.offerings.iter().any(|r| text(&r.text))
                || p.competencies
                    .iter()
                    .any(|r| text(&r.text) || text(&r.evidence))
                || p.goals
                    .iter()
                    .any(|g| text(&g.text) || text(&g.target_date) || text(&g.owner))
        }
        Worksheet::ProductGaps => wb.product_gaps.iter().any(|g| !g.is_blank()),
        Worksheet::ServiceGaps => wb.service_gaps.iter().any(|g| !g.is_blank()),
        Worksheet::Back => {
            let b = &wb.back;
            b.baggage.iter().any(|r| !r.is_blank())
                || b.aspirations.iter().any(|r| !r.is_blank())
                || b.knowledge.iter().any(|r| !r.is_blank())
                || b.culture.dominant.is_some()
                || b.culture.secondary.is_some()
        }
        Worksheet::Swot => wb.swot.items().any(|(_, i)| !i.is_blank()),
        Worksheet::SevenS => {
            text(&wb.seven_s.shared_values)
                || wb
                    .seven_s
                    .factors
                    .iter()
                    .any(|f| f.verdict.is_some() || f.rating.is_some() || text(&f.evidence))
        }
        Worksheet::InternalCustomers => wb.internal_customers.iter().any(|l| !l.is_blank()),
        Worksheet::Pestle => wb.pestle.iter().any(|i| !i.is_blank()),
        // Seeded rows carry names: only needs or scores are the team's.
        Worksheet::Stakeholders => wb
            .stakeholders
            .iter()
            .any(|s| text(&s.needs) || s.importance.is_some() || s.fulfilment.is_some()),
        Worksheet::Competitors => {
            let m = &wb.competitors.market;
            wb.competitors.list.iter().any(|c| !c.is_blank())
                || [
                    &m.can_improve,
                    &m.entry_barriers,
                    &m.entry_by_restructuring,
                    &m.re_entrants,
                    &m.substitutes,
                ]
                .into_iter()
                .any(|a| text(a))
        }
        Worksheet::Customers => {
            let c = &wb.customers;
            [&c.former, &c.current, &c.potential, &c.blacklist]
                .into_iter()
                .flatten()
                .any(|g| !g.is_blank())
        }
        // Department and criterion names come from the seed or a template; ratings
        // and comments are the team's.
        Worksheet::OblAudit => {
            let o = &wb.obl;
            o.departments
                .iter()
                .flat_map(|d| &d.criteria)
                .any(|c| c.cell.rating.is_some() || text(&c.cell.comment))
                || o.industry_ratings
                    .iter()
                    .any(|r| r.cell.rating.is_some() || text(&r.cell.comment))
        }
        Worksheet::Segmentation | Worksheet::Loyalty => wb.customer_data.is_some(),
        Worksheet::KeyValue => {
            let k = &wb.key_value;
            k.classes.iter().any(|c| !c.is_blank()) || k.targets.iter().any(|t| !t.is_blank())
        }
        Worksheet::LoyaltyClasses => {
            let l = &wb.loyalty_classes;
            l.groups.iter().any(|g| !g.is_blank()) || l.actions.iter().any(|a| text(&a.action))
        }
        Worksheet::ActionPlan => wb.action_plan.iter().any(|a| !a.is_blank()),
        Worksheet::IssueLog => wb.issues.iter().any(|i| !i.is_blank()),
        Worksheet::ValueScoring => !wb.value_scores.is_empty(),
        // The seed names the indicators: only figures are the team's.
        Worksheet::Scorecard => wb
            .scorecard
            .iter()
            .any(|i| text(&i.baseline) || text(&i.target) || text(&i.current)),
        Worksheet::Readiness => wb
            .readiness
            .steps
            .iter()
            .any(|r| r.status.is_some() || text(&r.evidence)),
    }
}

/// A place among several: `rank` 1 is the best, `of` counts everyone ranked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rank {
    pub rank: usize,
    pub of: usize,
}

/// The 7S figures the summary quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SevenSHeadline {
    pub strengths: usize,
    pub weaknesses: usize,
    /// Signed balance of the rated factors; `None` while no factor is rated.
    pub balance: Option<i32>,
    pub weakest: Option<SevenSFactor>,
    /// Factors still without a verdict or rating.
    pub unrated: usize,
}

/// The OBL figures the summary quotes.
#[derive(Clone, Debug, PartialEq)]
pub struct OblHeadline {
    /// The internal audit's index over every department.
    pub internal_index: Option<f64>,
    /// The lowest-ranked rated department, by name.
    pub weakest_department: Option<String>,
    /// The company's own index in the industry comparison.
    pub industry_index: Option<f64>,
    /// The company's place in the industry comparison.
    pub industry_rank: Option<Rank>,
}

/// The customer tables' revenue at risk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RiskHeadline {
    /// Current customer groups marked at risk (what `CustomerScore::at_risk_groups`
    /// counts).
    pub groups: usize,
    pub revenue: Option<u64>,
    /// Share of all known revenue, in percent.
    pub percent: Option<f64>,
}

/// The segmentation headline: how concentrated profit is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SegmentationHeadline {
    pub customers: usize,
    /// Share (0–1) of total profit made by the most profitable tenth of customers.
    pub top_tenth_profit_share: Option<f64>,
    /// The same for the most profitable fifth; both are
    /// [`Summary::top_profit_share`], the decile table's shares.
    pub top20_profit_share: Option<f64>,
    pub gini: Option<f64>,
    pub concentrated: bool,
}

/// What the report's first page says: one line or figure per worksheet that matters
/// most, and what is still to do.
#[derive(Clone, Debug, PartialEq)]
pub struct ExecutiveSummary {
    /// SWOT totals and balances.
    pub swot: SwotScore,
    /// The SWOT posture once anything is scored: a blank SWOT balances at zero,
    /// which is no posture at all.
    pub posture: Option<Posture>,
    pub seven_s: SevenSHeadline,
    /// The heaviest PESTLE threats (impact × likelihood / 10), at most [`TOP_RISKS`].
    pub top_risks: Vec<WeightedItem>,
    /// The company's overall SWOT position among the competitors; `None` while the
    /// company cannot be ranked or no competitor is ranked beside it.
    pub competitor_rank: Option<Rank>,
    pub obl: OblHeadline,
    pub revenue_at_risk: RiskHeadline,
    /// `None` without customer data.
    pub segmentation: Option<SegmentationHeadline>,
    /// Every worksheet not yet 100% complete, in workshop order, whether or not the
    /// report shows it: the summary is the to-do list of the workshop.
    pub incomplete: Vec<(Worksheet, Completion)>,
}

impl ExecutiveSummary {
    /// Summarises `wb`. `segmentation` is the live analysis's summary when the rows
    /// are loaded, else the one the workbook kept (or `None`).
    pub fn of(wb: &Workbook, segmentation: Option<&Summary>) -> ExecutiveSummary {
        let swot = wb.swot.score();
        ExecutiveSummary {
            posture: swot.posture(),
            swot,
            seven_s: seven_s(&wb.seven_s.score()),
            top_risks: top_risks(&PestleScore::of(&wb.pestle)),
            competitor_rank: competitor_rank(&Comparison::of(wb, "")),
            obl: obl(&OblScore::of(wb, "")),
            revenue_at_risk: risk(&CustomerScore::of(&wb.customers)),
            segmentation: segmentation.map(segmentation_headline),
            incomplete: Worksheet::ALL
                .into_iter()
                .map(|w| (w, completion::of(wb, w)))
                .filter(|(_, c)| c.total == 0 || c.filled < c.total)
                .collect(),
        }
    }
}

fn seven_s(s: &SevenSScore) -> SevenSHeadline {
    SevenSHeadline {
        strengths: s.strengths,
        weaknesses: s.weaknesses,
        balance: s.balance,
        weakest: s.weakest,
        unrated: s.unrated.len(),
    }
}

fn top_risks(s: &PestleScore) -> Vec<WeightedItem> {
    s.ranked
        .iter()
        .filter(|i| i.direction == Direction::Threat)
        .take(TOP_RISKS)
        .cloned()
        .collect()
}

fn competitor_rank(c: &Comparison) -> Option<Rank> {
    let of = c.rows.iter().filter(|r| r.rank.is_some()).count();
    let rank = c.company().rank?;
    (of > 1).then_some(Rank { rank, of })
}

fn obl(s: &OblScore) -> OblHeadline {
    let own = s.industry.rows.first();
    OblHeadline {
        internal_index: s.internal.overall_index,
        weakest_department: weakest_department(s),
        industry_index: own.and_then(|r| r.index),
        industry_rank: own.and_then(|r| r.rank).map(|rank| Rank {
            rank,
            of: s.industry.rows.iter().filter(|r| r.rank.is_some()).count(),
        }),
    }
}

/// The lowest-ranked rated department, once two are rated: one department alone is
/// weakest of nothing.
fn weakest_department(s: &OblScore) -> Option<String> {
    let ranked: Vec<_> = s.internal.ranked().filter(|r| r.rank.is_some()).collect();
    if ranked.len() < 2 {
        return None;
    }
    ranked.last().map(|r| r.name.clone())
}

fn risk(s: &CustomerScore) -> RiskHeadline {
    RiskHeadline {
        groups: s.at_risk_groups,
        revenue: s.at_risk_revenue,
        percent: s.at_risk_percent,
    }
}

fn segmentation_headline(s: &Summary) -> SegmentationHeadline {
    SegmentationHeadline {
        customers: s.all.customers,
        top_tenth_profit_share: s.top_profit_share(1),
        top20_profit_share: s.top_profit_share(2),
        gini: s.gini,
        concentrated: s.is_concentrated(),
    }
}

#[cfg(test)]
mod covered_tests {
    use super::*;
    use crate::{demo, Lang, Score};

    #[test]
    fn a_blank_workbook_covers_nothing_and_the_demo_everything() {
        for lang in [Lang::En, Lang::Zh] {
            let blank = Workbook::blank("b", lang);
            let demo = demo::workbook(lang);
            for sheet in Worksheet::ALL {
                assert!(!covered(&blank, sheet), "{sheet:?} of a blank workbook");
                assert!(covered(&demo, sheet), "{sheet:?} of the demo");
            }
        }
    }

    #[test]
    fn one_judgement_covers_its_sheet() {
        // (what the team did, the sheet it covers)
        type Edit = fn(&mut Workbook);
        let cases: [(Edit, Worksheet); 6] = [
            (
                |wb| wb.swot.strengths[0].text = "Brand".into(),
                Worksheet::Swot,
            ),
            (
                |wb| wb.stakeholders[0].importance = Score::new(7).ok(),
                Worksheet::Stakeholders,
            ),
            (
                |wb| wb.stakeholders[0].needs = "On time".into(),
                Worksheet::Stakeholders,
            ),
            (
                |wb| wb.seven_s.factors[2].rating = Score::new(4).ok(),
                Worksheet::SevenS,
            ),
            (
                |wb| wb.competitors.market.substitutes = "Online".into(),
                Worksheet::Competitors,
            ),
            (
                |wb| wb.profile.company_type = "Training".into(),
                Worksheet::CompanyProfile,
            ),
        ];
        for (edit, sheet) in cases {
            let mut wb = Workbook::blank("b", Lang::En);
            edit(&mut wb);
            for other in Worksheet::ALL {
                assert_eq!(
                    covered(&wb, other),
                    other == sheet,
                    "{sheet:?} edited, {other:?}"
                );
            }
        }
        // A renamed seeded stakeholder is still the seed's structure, not a judgement.
        let mut wb = Workbook::blank("b", Lang::En);
        wb.stakeholders[0].name = "Clients".into();
        assert!(!covered(&wb, Worksheet::Stakeholders));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::Lang;

    fn demo_summary(wb: &Workbook) -> Option<&Summary> {
        wb.customer_data.as_ref().map(|d| &d.summary)
    }

    #[test]
    fn settings_keep_exclusions_sorted_unique_and_in_workshop_order() {
        let mut s = ReportSettings::default();
        assert_eq!(s.included().count(), Worksheet::ALL.len());
        s.set_included(Worksheet::Loyalty, false);
        s.set_included(Worksheet::Swot, false);
        s.set_included(Worksheet::Swot, false);
        assert_eq!(s.excluded, vec![Worksheet::Swot, Worksheet::Loyalty]);
        assert!(!s.includes(Worksheet::Swot));
        s.set_included(Worksheet::Swot, true);
        assert_eq!(s.excluded, vec![Worksheet::Loyalty]);
        let shown: Vec<Worksheet> = s.included().collect();
        let mut want = Worksheet::ALL.to_vec();
        want.retain(|&w| w != Worksheet::Loyalty);
        assert_eq!(shown, want);
    }

    #[test]
    fn settings_are_saved_with_the_workbook_and_default_when_absent() {
        let mut wb = Workbook::blank("w", Lang::En);
        wb.report.set_included(Worksheet::Pestle, false);
        let json = serde_json::to_string(&wb).unwrap();
        let back: Workbook = serde_json::from_str(&json).unwrap();
        assert_eq!(back.report.excluded, vec![Worksheet::Pestle]);
        // A workbook saved before the report existed shows every worksheet.
        let old: Workbook = serde_json::from_str(r#"{"id":"old"}"#).unwrap();
        assert_eq!(old.report, ReportSettings::default());
    }

    /// One row per workbook: what its summary must say.
    struct Case {
        name: &'static str,
        wb: Workbook,
        posture: Option<Posture>,
        seven_s_balance: Option<i32>,
        risks: usize,
        has_competitor_rank: bool,
        has_obl_index: bool,
        revenue_at_risk: bool,
        top_tenth: Option<(f64, f64)>,
        incomplete: usize,
    }

    #[test]
    fn executive_summary_of_the_demo_and_of_a_blank_workbook() {
        let cases = [
            Case {
                name: "demo (en)",
                wb: demo::workbook(Lang::En),
                posture: demo::workbook(Lang::En).swot.score().posture(),
                seven_s_balance: demo::workbook(Lang::En).seven_s.score().balance,
                risks: TOP_RISKS,
                has_competitor_rank: true,
                has_obl_index: true,
                revenue_at_risk: true,
                top_tenth: Some((0.2, 0.9)),
                incomplete: 0,
            },
            Case {
                name: "demo (zh)",
                wb: demo::workbook(Lang::Zh),
                posture: demo::workbook(Lang::Zh).swot.score().posture(),
                seven_s_balance: demo::workbook(Lang::Zh).seven_s.score().balance,
                risks: TOP_RISKS,
                has_competitor_rank: true,
                has_obl_index: true,
                revenue_at_risk: true,
                top_tenth: Some((0.2, 0.9)),
                incomplete: 0,
            },
            Case {
                name: "blank",
                wb: Workbook::blank("b", Lang::En),
                posture: None,
                seven_s_balance: None,
                risks: 0,
                has_competitor_rank: false,
                has_obl_index: false,
                revenue_at_risk: false,
                top_tenth: None,
                incomplete: Worksheet::ALL.len(),
            },
        ];
        for case in cases {
            let s = ExecutiveSummary::of(&case.wb, demo_summary(&case.wb));
            let name = case.name;
            assert_eq!(s.posture, case.posture, "{name}: posture");
            assert_eq!(s.seven_s.balance, case.seven_s_balance, "{name}: 7S");
            assert_eq!(s.top_risks.len(), case.risks, "{name}: risks");
            assert!(
                s.top_risks.iter().all(|r| r.direction == Direction::Threat),
                "{name}: only threats are risks"
            );
            assert!(
                s.top_risks.windows(2).all(|p| p[0].weight >= p[1].weight),
                "{name}: heaviest first"
            );
            assert_eq!(
                s.competitor_rank.is_some(),
                case.has_competitor_rank,
                "{name}: rank"
            );
            if let Some(r) = s.competitor_rank {
                assert!(r.rank >= 1 && r.rank <= r.of, "{name}: {r:?}");
            }
            assert_eq!(s.obl.internal_index.is_some(), case.has_obl_index, "{name}");
            assert_eq!(s.obl.industry_rank.is_some(), case.has_obl_index, "{name}");
            assert_eq!(
                s.revenue_at_risk.revenue.is_some_and(|r| r > 0),
                case.revenue_at_risk,
                "{name}: revenue at risk"
            );
            let tenth = s.segmentation.and_then(|h| h.top_tenth_profit_share);
            match (tenth, case.top_tenth) {
                (Some(share), Some((low, high))) => {
                    assert!(share > low && share < high, "{name}: top tenth {share}")
                }
                (None, None) => {}
                other => panic!("{name}: top tenth {other:?}"),
            }
            assert_eq!(s.incomplete.len(), case.incomplete, "{name}: incomplete");
        }
    }

    #[test]
    fn the_demo_summary_agrees_with_each_worksheet_score() {
        let wb = demo::workbook(Lang::En);
        let s = ExecutiveSummary::of(&wb, demo_summary(&wb));
        let pestle = PestleScore::of(&wb.pestle);
        let heaviest_threat = pestle
            .ranked
            .iter()
            .find(|i| i.direction == Direction::Threat)
            .unwrap();
        assert_eq!(s.top_risks[0], *heaviest_threat);
        let comparison = Comparison::of(&wb, "");
        assert_eq!(
            s.competitor_rank.unwrap().rank,
            comparison.company().rank.unwrap()
        );
        assert_eq!(
            s.revenue_at_risk.percent,
            CustomerScore::of(&wb.customers).at_risk_percent
        );
        let summary = demo_summary(&wb).unwrap();
        let headline = s.segmentation.unwrap();
        assert_eq!(headline.customers, summary.all.customers);
        assert_eq!(
            headline.top_tenth_profit_share,
            summary.deciles[0].totals.profit_share
        );
    }

    /// The top 20% figure of the summary is the decile table's and the tiers':
    /// one definition, a share of total profit (the demo has a loss-making tail,
    /// where a share of the profitable customers' profit only would differ).
    #[test]
    fn the_top_20_percent_agrees_with_the_deciles_and_the_tiers_on_the_demo() {
        let wb = demo::workbook(Lang::En);
        let summary = demo_summary(&wb).unwrap();
        let headline = ExecutiveSummary::of(&wb, Some(summary))
            .segmentation
            .unwrap();
        let top20 = headline.top20_profit_share.unwrap();
        let deciles: f64 = summary.deciles[..2]
            .iter()
            .map(|d| d.totals.profit_share.unwrap())
            .sum();
        assert!(
            (top20 - deciles).abs() < 1e-12,
            "{top20} vs deciles {deciles}"
        );
        assert_eq!(Some(top20), summary.deciles[1].cumulative_profit_share);
        // VIP 1% + major 4% + ordinary 15% of the 3,000 customers: the same 600.
        let tiers = &summary.tiers[..3];
        assert_eq!(tiers.iter().map(|t| t.1.customers).sum::<usize>(), 600);
        let tier_share: f64 = tiers.iter().map(|t| t.1.profit_share.unwrap()).sum();
        assert!(
            (top20 - tier_share).abs() < 1e-12,
            "{top20} vs tiers {tier_share}"
        );
        // The demo's losses matter: the profitable customers' profit alone would
        // give a smaller share.
        assert!(summary.unprofitable.profit < 0.0);
        assert_eq!(headline.concentrated, top20 >= 0.8);
        assert_eq!(summary.top20_profit_share, Some(top20));
    }

    #[test]
    fn a_company_alone_has_no_competitor_rank() {
        let mut wb = demo::workbook(Lang::En);
        wb.competitors.list.clear();
        assert_eq!(ExecutiveSummary::of(&wb, None).competitor_rank, None);
        assert_eq!(ExecutiveSummary::of(&wb, None).segmentation, None);
    }

    #[test]
    fn the_weakest_department_needs_two_rated() {
        use crate::obl::Rating;
        let mut wb = Workbook::blank("w", Lang::En);
        let weakest = |wb: &Workbook| ExecutiveSummary::of(wb, None).obl.weakest_department;
        assert_eq!(weakest(&wb), None, "nothing rated");
        wb.obl.departments[0].criteria[0].cell.rating = Some(Rating::N);
        assert_eq!(weakest(&wb), None, "one department rated");
        wb.obl.departments[1].criteria[0].cell.rating = Some(Rating::E);
        assert_eq!(
            weakest(&wb),
            Some(wb.obl.departments[0].name.clone()),
            "two rated: the lower index"
        );
    }
}
