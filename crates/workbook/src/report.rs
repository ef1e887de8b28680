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
mod tests;
