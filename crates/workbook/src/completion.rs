//! How complete each worksheet is: filled slots over slots to fill.
//!
//! A *slot* is one thing the worksheet asks the user for: a text (filled when it is
//! not blank after trimming) or a score or choice (filled when it is set). The rules
//! shared by every worksheet:
//!
//! - A row that is entirely blank is ignored: it is an empty line on screen, not an
//!   unfinished item. (Removing it must not make a worksheet *less* complete.)
//! - Every open-ended list asks for a minimum number of rows — one, unless the
//!   method says otherwise (SWOT: three). While it has fewer non-blank rows, each
//!   missing row adds its slots as unfilled. So an empty worksheet reads 0%, never
//!   100% of nothing.
//! - [`Completion::percent`] rounds down, so a worksheet shows 100% only when every
//!   slot is filled.
//!
//! The rule of each worksheet is documented on the function that counts it.

use crate::customers::{CustomerTable, CustomerTables};
use crate::external::{Competitor, Competitors, PestleFactor, PestleItem, Stakeholder};
use crate::internal::{
    Back, CompanyProfile, CultureChoice, GapRow, InternalLink, SevenS, SevenSFactor,
};
use crate::obl::{CompanyRef, OblAudit};
use crate::swot::{Quadrant, Swot, SwotItem, MIN_ROWS};
use crate::workbook::Workbook;
use crate::worksheet::Worksheet;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    pub filled: u32,
    pub total: u32,
}

impl Completion {
    /// Filled over total in whole percent, rounded down. `0/0` is 0: a worksheet
    /// with nothing to fill (segmentation and loyalty before a dataset is imported)
    /// is not complete, and the UI shows "no data" for it rather than a percentage.
    pub fn percent(self) -> u8 {
        if self.total == 0 {
            0
        } else {
            (u64::from(self.filled.min(self.total)) * 100 / u64::from(self.total)) as u8
        }
    }
}

/// How complete the whole workbook is: every worksheet's filled and total fields
/// added up, so a long worksheet weighs more than a short one, as the work does.
pub fn overall(wb: &Workbook) -> Completion {
    Worksheet::ALL
        .into_iter()
        .map(|sheet| of(wb, sheet))
        .fold(Completion::default(), |sum, c| Completion {
            filled: sum.filled + c.filled.min(c.total),
            total: sum.total + c.total,
        })
}

/// How complete `sheet` is in `wb`.
pub fn of(wb: &Workbook, sheet: Worksheet) -> Completion {
    let mut t = Tally::default();
    match sheet {
        Worksheet::CompanyProfile => profile(&mut t, &wb.profile),
        Worksheet::ProductGaps => gaps(&mut t, &wb.product_gaps),
        Worksheet::ServiceGaps => gaps(&mut t, &wb.service_gaps),
        Worksheet::Back => back(&mut t, &wb.back),
        Worksheet::Swot => swot(&mut t, &wb.swot),
        Worksheet::SevenS => seven_s(&mut t, &wb.seven_s),
        Worksheet::InternalCustomers => internal_customers(&mut t, &wb.internal_customers),
        Worksheet::Pestle => pestle(&mut t, &wb.pestle),
        Worksheet::Stakeholders => stakeholders(&mut t, &wb.stakeholders),
        Worksheet::Competitors => competitors(&mut t, &wb.competitors),
        Worksheet::Customers => customers(&mut t, &wb.customers),
        Worksheet::OblAudit => obl(&mut t, &wb.obl, &wb.competitors.list),
        Worksheet::KeyValue => key_value(&mut t, &wb.key_value),
        Worksheet::LoyaltyClasses => loyalty_classes(&mut t, &wb.loyalty_classes),
        Worksheet::ActionPlan => action_plan(&mut t, &wb.action_plan),
        Worksheet::IssueLog => issue_log(&mut t, &wb.issues),
        Worksheet::ValueScoring => value_scoring(&mut t, wb),
        Worksheet::Scorecard => scorecard(&mut t, &wb.scorecard),
        Worksheet::Readiness => readiness(&mut t, &wb.readiness),
        // The segmentation and loyalty analyses run on an imported customer dataset:
        // before one is imported there is nothing to fill in, so they are 0 of 0
        // (percent() is 0) and the UI shows "no data". After, segmentation is done;
        // loyalty needs customers with satisfaction and loyalty values.
        Worksheet::Segmentation | Worksheet::Loyalty => {
            let Some(data) = &wb.customer_data else {
                return Completion::default();
            };
            let done = match sheet {
                Worksheet::Loyalty => data.summary.loyalty.iter().any(|(_, t)| t.customers > 0),
                _ => true,
            };
            return Completion {
                filled: u32::from(done),
                total: 1,
            };
        }
    }
    // Every other worksheet asks for something, even after the user has removed
    // every row (e.g. all OBL departments and criteria): it then reads 0 of 1.
    if t.0.total == 0 {
        t.missing(1);
    }
    t.0
}

/// Accumulates slots.
#[derive(Default)]
struct Tally(Completion);

impl Tally {
    fn slot(&mut self, filled: bool) {
        self.0.total += 1;
        self.0.filled += u32::from(filled);
    }

    fn text(&mut self, text: &str) {
        self.slot(!text.trim().is_empty());
    }

    fn choice<T>(&mut self, value: &Option<T>) {
        self.slot(value.is_some());
    }

    /// Slots asked for and not filled, e.g. those of a row that does not exist yet.
    fn missing(&mut self, slots: u32) {
        self.0.total += slots;
    }

    /// Counts an open-ended list: blank rows are ignored; `row` counts each other
    /// row; if fewer than `min_rows` rows remain, each missing one adds `row_slots`
    /// unfilled slots.
    fn list<R>(
        &mut self,
        rows: impl IntoIterator<Item = R>,
        min_rows: usize,
        row_slots: u32,
        is_blank: impl Fn(&R) -> bool,
        mut row: impl FnMut(&mut Tally, R),
    ) {
        let mut present = 0;
        for r in rows.into_iter().filter(|r| !is_blank(r)) {
            present += 1;
            row(self, r);
        }
        let absent = min_rows.saturating_sub(present) as u32;
        self.missing(absent * row_slots);
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Company profile: the company type (1 slot); offerings, one text each; core
/// competences, text and evidence; goals, text, target date and owner. Each of the
/// three lists asks for at least one row.
fn profile(t: &mut Tally, p: &CompanyProfile) {
    t.text(&p.company_type);
    t.list(
        &p.offerings,
        1,
        1,
        |r| blank(&r.text),
        |t, r| t.text(&r.text),
    );
    t.list(
        &p.competencies,
        1,
        2,
        |r| blank(&r.text) && blank(&r.evidence),
        |t, r| {
            t.text(&r.text);
            t.text(&r.evidence);
        },
    );
    t.list(
        &p.goals,
        1,
        3,
        |r| blank(&r.text) && blank(&r.target_date) && blank(&r.owner),
        |t, r| {
            t.text(&r.text);
            t.text(&r.target_date);
            t.text(&r.owner);
        },
    );
}

/// Product or service gap table: per row, what is offered, what is needed, the gap
/// score and the priority (4 slots); at least one row.
fn gaps(t: &mut Tally, rows: &[GapRow]) {
    t.list(
        rows,
        1,
        4,
        |r| r.is_blank(),
        |t, r| {
            t.text(&r.offered);
            t.text(&r.needed);
            t.choice(&r.gap);
            t.choice(&r.priority);
        },
    );
}

/// BACK: baggage (text, hindrance, decision), aspirations (text, how widely shared,
/// voiced by) and knowledge topics (topic, current, target), each list at least one
/// row; the dominant culture (type, strength, evidence: 3 slots, all unfilled until
/// a type is chosen). A secondary culture is optional — many organisations have
/// one clear type — so it counts its 3 slots only once chosen.
fn back(t: &mut Tally, b: &Back) {
    t.list(
        &b.baggage,
        1,
        3,
        |r| r.is_blank(),
        |t, r| {
            t.text(&r.text);
            t.choice(&r.hindrance);
            t.choice(&r.decision);
        },
    );
    t.list(
        &b.aspirations,
        1,
        3,
        |r| r.is_blank(),
        |t, r| {
            t.text(&r.text);
            t.choice(&r.shared);
            t.text(&r.voiced_by);
        },
    );
    let culture = |t: &mut Tally, c: &CultureChoice| {
        t.slot(true); // the type itself
        t.choice(&c.strength);
        t.text(&c.evidence);
    };
    match &b.culture.dominant {
        Some(c) => culture(t, c),
        None => t.missing(3),
    }
    if let Some(c) = &b.culture.secondary {
        culture(t, c);
    }
    t.list(
        &b.knowledge,
        1,
        3,
        |r| r.is_blank(),
        |t, r| {
            t.text(&r.topic);
            t.choice(&r.current);
            t.choice(&r.target);
        },
    );
}

/// Slots of one SWOT item: its text and its score.
const SWOT_ITEM_SLOTS: u32 = 2;

/// SWOT (the company's or a competitor's): each quadrant asks for
/// max([`MIN_ROWS`], non-blank items) items of 2 slots (text, score). The method
/// asks for at least three items per quadrant, all scored, so an empty quadrant is
/// 0 of 6 and an item with text but no score is half done.
fn swot(t: &mut Tally, s: &Swot) {
    for q in Quadrant::ALL {
        t.list(
            s.quadrant(q),
            MIN_ROWS,
            SWOT_ITEM_SLOTS,
            |i| i.is_blank(),
            |t, i: &SwotItem| {
                t.text(&i.text);
                t.choice(&i.score);
            },
        );
    }
}

/// 7S: the shared values (1 slot), then per factor of [`SevenSFactor::ALL`] its
/// verdict, rating and evidence (3 slots) — 19 in all. A factor missing from the
/// data (a hand-edited file) still asks for its 3 slots.
fn seven_s(t: &mut Tally, s: &SevenS) {
    t.text(&s.shared_values);
    for factor in SevenSFactor::ALL {
        match s.entry(factor) {
            Some(e) => {
                t.choice(&e.verdict);
                t.choice(&e.rating);
                t.text(&e.evidence);
            }
            None => t.missing(3),
        }
    }
}

/// Internal customers: per link, serving department, served department, need and
/// service score (4 slots); at least one link.
fn internal_customers(t: &mut Tally, links: &[InternalLink]) {
    t.list(
        links,
        1,
        4,
        |r| r.is_blank(),
        |t, r| {
            t.text(&r.server);
            t.text(&r.customer);
            t.text(&r.need);
            t.choice(&r.service);
        },
    );
}

/// PESTLE: per item, text, direction, impact and likelihood (4 slots). The analysis
/// is about all six factors, so each factor asks for at least one item: an empty
/// worksheet is 0 of 24 and one that ignores a factor cannot reach 100%.
fn pestle(t: &mut Tally, items: &[PestleItem]) {
    for factor in PestleFactor::ALL {
        t.list(
            items.iter().filter(|i| i.factor == factor),
            1,
            4,
            |i| i.is_blank(),
            |t, i| {
                t.text(&i.text);
                t.choice(&i.direction);
                t.choice(&i.impact);
                t.choice(&i.likelihood);
            },
        );
    }
}

/// Stakeholders: per row, needs, importance and fulfilment (3 slots). The name is
/// the row's label — a new workbook already names six — so it counts only as a
/// missing slot when blank on a row that has other content. At least one row.
fn stakeholders(t: &mut Tally, rows: &[Stakeholder]) {
    t.list(
        rows,
        1,
        4,
        |r| r.is_blank(),
        |t, r| {
            if blank(&r.name) {
                t.missing(1);
            }
            t.text(&r.needs);
            t.choice(&r.importance);
            t.choice(&r.fulfilment);
        },
    );
}

/// Key-customer value: per class, its name (at least one class); per target, its
/// name, cost, value and how to communicate it, and how much it matters to each named
/// class (4 + classes slots; at least one target).
fn key_value(t: &mut Tally, kv: &crate::key_value::KeyValue) {
    let classes: Vec<crate::ids::RowId> = kv
        .classes
        .iter()
        .filter(|c| !c.is_blank())
        .map(|c| c.id)
        .collect();
    t.list(&kv.classes, 1, 1, |c| c.is_blank(), |t, c| t.text(&c.name));
    t.list(
        &kv.targets,
        1,
        4 + classes.len() as u32,
        |r| r.is_blank(),
        |t, r| {
            t.text(&r.name);
            t.choice(&r.cost);
            t.choice(&r.value);
            t.text(&r.communicate);
            for &class in &classes {
                t.slot(r.importance_to(class).is_some());
            }
        },
    );
}

/// Six customer classes and relationships: per group, its name, customers, class and its
/// place on the continuum today and as targeted (5 slots; at least one group); and
/// the action of every class that holds a group (1 slot each).
fn loyalty_classes(t: &mut Tally, lc: &crate::loyalty_classes::LoyaltyClasses) {
    t.list(
        &lc.groups,
        1,
        5,
        |g| g.is_blank(),
        |t, g| {
            t.text(&g.name);
            t.choice(&g.customers);
            t.choice(&g.class);
            t.choice(&g.today);
            t.choice(&g.target);
        },
    );
    for class in crate::loyalty_classes::LoyaltyClass::ALL {
        if lc
            .groups
            .iter()
            .any(|g| !g.is_blank() && g.class == Some(class))
        {
            t.text(lc.action(class));
        }
    }
}

/// Action plan: per action, its kind, what will be done, the SWOT items it builds on,
/// the owner, the due date and the status (6 slots); at least one action.
fn action_plan(t: &mut Tally, rows: &[crate::action_plan::Action]) {
    t.list(
        rows,
        1,
        6,
        |r| r.is_blank(),
        |t, r| {
            t.choice(&r.kind);
            t.text(&r.text);
            t.slot(!r.uses.is_empty());
            t.text(&r.owner);
            t.slot(crate::action_plan::is_date(&r.due));
            t.choice(&r.status);
        },
    );
}

/// Issue log: per issue, what the customer raised, the opening date, and every step
/// the problem-solving model takes for it (seven, up to ten after a "no"); at least
/// one issue (2 + 7 slots).
fn issue_log(t: &mut Tally, rows: &[crate::issues::Issue]) {
    t.list(
        rows,
        1,
        9,
        |r| r.is_blank(),
        |t, r| {
            t.text(&r.raised);
            t.slot(crate::action_plan::is_date(&r.opened));
            for step in r.steps() {
                t.slot(r.answered(step));
            }
        },
    );
}

/// Value scoring: per customer group of the scored tables (current, former,
/// blacklist), gross margin and payment record (2 slots); with no such group the
/// worksheet still asks for one (0 of 2).
fn value_scoring(t: &mut Tally, wb: &Workbook) {
    use crate::value_score::{points, Criterion, SCORED_TABLES};
    let mut groups = 0;
    for table in SCORED_TABLES {
        for g in wb.customers.table(table).iter().filter(|g| !g.is_blank()) {
            groups += 1;
            t.choice(&points(&wb.value_scores, g.id, Criterion::Margin));
            t.choice(&points(&wb.value_scores, g.id, Criterion::Payment));
        }
    }
    if groups == 0 {
        t.missing(2);
    }
}

/// Scorecard: per indicator, a readable baseline, target and current value (3
/// slots); the name and kind, which the seed fills, count only when missing (an
/// indicator the team added without them). At least one indicator.
fn scorecard(t: &mut Tally, rows: &[crate::scorecard::Indicator]) {
    use crate::scorecard::parse_figure;
    t.list(
        rows,
        1,
        3,
        |r| r.is_blank(),
        |t, r| {
            if blank(&r.name) {
                t.missing(1);
            }
            if r.kind.is_none() {
                t.missing(1);
            }
            for figure in [&r.baseline, &r.target, &r.current] {
                t.slot(parse_figure(figure).is_some());
            }
        },
    );
}

/// Readiness: per step of the twelve, its status and the evidence (2 slots).
fn readiness(t: &mut Tally, r: &crate::readiness::Readiness) {
    for step in crate::readiness::BuildStep::ALL {
        let rating = r.rating(step);
        t.slot(rating.is_some_and(|x| x.status.is_some()));
        t.slot(rating.is_some_and(|x| !blank(&x.evidence)));
    }
}

/// Slots of a competitor that does not exist yet: name, notes and a minimal SWOT.
const COMPETITOR_SLOTS: u32 = 2 + 4 * MIN_ROWS as u32 * SWOT_ITEM_SLOTS;

/// Competitors: per competitor, name, notes and its SWOT counted like the company's
/// own (so at least 2 + 24 slots); at least one competitor; plus the five market
/// questions (1 slot each).
fn competitors(t: &mut Tally, c: &Competitors) {
    t.list(
        &c.list,
        1,
        COMPETITOR_SLOTS,
        |r: &&Competitor| r.is_blank(),
        |t, r| {
            t.text(&r.name);
            t.text(&r.notes);
            swot(t, &r.swot);
        },
    );
    let m = &c.market;
    for answer in [
        &m.can_improve,
        &m.entry_barriers,
        &m.entry_by_restructuring,
        &m.re_entrants,
        &m.substitutes,
    ] {
        t.text(answer);
    }
}

/// Customer analysis, the four tables. Every group has a name and a reason (why
/// lost / why they buy / how to win them / why not); then:
/// - former: reason tags (at least one), customers, lost revenue, when (6 slots);
/// - current: customers, revenue, and a warning sign when flagged at risk (4 or 5);
/// - potential: customers, estimated revenue, chance (5);
/// - blacklist: since when (3).
///
/// Former and current ask for at least one group each (every company has both);
/// a company may have no potential or blacklisted groups identified.
fn customers(t: &mut Tally, c: &CustomerTables) {
    for table in CustomerTable::ALL {
        let (min_rows, row_slots) = match table {
            CustomerTable::Former => (1, 6),
            CustomerTable::Current => (1, 4),
            CustomerTable::Potential => (0, 5),
            CustomerTable::Blacklist => (0, 3),
        };
        t.list(
            c.table(table),
            min_rows,
            row_slots,
            |g| g.is_blank(),
            |t, g| {
                t.text(&g.name);
                t.text(&g.reason);
                match table {
                    CustomerTable::Former => {
                        t.slot(!g.tags.is_empty());
                        t.choice(&g.customers);
                        t.choice(&g.revenue);
                        t.text(&g.when);
                    }
                    CustomerTable::Current => {
                        t.choice(&g.customers);
                        t.choice(&g.revenue);
                        if g.at_risk {
                            t.text(&g.warning_sign);
                        }
                    }
                    CustomerTable::Potential => {
                        t.choice(&g.customers);
                        t.choice(&g.revenue);
                        t.choice(&g.chance);
                    }
                    CustomerTable::Blacklist => t.text(&g.when),
                }
            },
        );
    }
}

/// OBL audit: one slot per rating cell, filled when rated (comments are optional).
/// Department cells: every criterion of every department, except a criterion that
/// is unnamed ([`crate::obl::DepartmentCriterion::is_placeholder`]) — the seed's
/// placeholder row is not something to assess until the user names it — unless it
/// has been rated anyway. Industry
/// cells: the company itself and every named competitor, on every named industry
/// criterion.
fn obl(t: &mut Tally, audit: &OblAudit, competitors: &[Competitor]) {
    for criterion in audit.departments.iter().flat_map(|d| &d.criteria) {
        if !criterion.is_placeholder() || criterion.cell.rating.is_some() {
            t.choice(&criterion.cell.rating);
        }
    }
    let companies: Vec<CompanyRef> = std::iter::once(CompanyRef::Own)
        .chain(
            competitors
                .iter()
                .filter(|c| !blank(&c.name))
                .map(|c| CompanyRef::Competitor(c.id)),
        )
        .collect();
    for criterion in audit.industry_criteria.iter().filter(|c| !blank(&c.name)) {
        for &company in &companies {
            t.slot(audit.industry_ratings.iter().any(|r| {
                r.company == company && r.criterion == criterion.id && r.cell.rating.is_some()
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::ids::RowId;
    use crate::lang::Lang;
    use crate::score::Score;
    use crate::seed;

    /// (worksheet, total of a blank workbook, filled = total of the demo).
    /// The demo is designed to be complete on every worksheet that takes input.
    const EXPECTED: [(Worksheet, u32, u32); 21] = [
        // type 1 + offerings 1 + competence 2 + goal 3 | 1 + 4 + 3×2 + 3×3
        (Worksheet::CompanyProfile, 7, 20),
        (Worksheet::ProductGaps, 4, 4 * 4),
        (Worksheet::ServiceGaps, 4, 4 * 4),
        // baggage 3 + aspiration 3 + dominant culture 3 + knowledge 3
        // | 4×3 + 3×3 + (3 + 3) + 4×3
        (Worksheet::Back, 12, 39),
        // 4 quadrants × 3 × 2 | (5 + 4 + 4 + 4) × 2
        (Worksheet::Swot, 24, 34),
        (Worksheet::SevenS, 19, 19),
        (Worksheet::InternalCustomers, 4, 7 * 4),
        // 6 factors × 4 | 12 items × 4
        (Worksheet::Pestle, 24, 48),
        // the six seed rows × 3
        (Worksheet::Stakeholders, 18, 18),
        // one missing competitor 26 + market 5 | 3 × (2 + 12×2) + 5
        (Worksheet::Competitors, 31, 83),
        // former 6 + current 4 | former 3×6 + current 4×4 + 2 warnings
        // + potential 3×5 + blacklist 2×3
        (Worksheet::Customers, 10, 57),
        // the general template's 6 departments × 3 criteria + 4 industry criteria × own
        // | the demo's 23 named seed criteria + 4 × (own + 3 competitors)
        (Worksheet::OblAudit, 22, 39),
        // the demo's generated customers, with satisfaction and loyalty
        (Worksheet::Segmentation, 0, 1),
        // one missing class + one missing target × 4 | 3 classes + 7 targets × (4 + 3)
        (Worksheet::KeyValue, 5, 3 + 7 * 7),
        (Worksheet::Loyalty, 0, 1),
        // one missing group × 5 | six groups × 5 + an action for each of the six classes
        (Worksheet::LoyaltyClasses, 5, 6 * 5 + 6),
        // one blank issue × (2 + 7) | four issues: 2 + 7, 2 + 8, 2 + 9, 2 + 8
        (Worksheet::IssueLog, 9, 4 * 2 + 7 + 8 + 9 + 8),
        // no group to score: 2 | (4 current + 3 former + 2 blacklist) × 2
        (Worksheet::ValueScoring, 2, 9 * 2),
        // the six seed indicators × 3
        (Worksheet::Scorecard, 18, 18),
        // twelve steps × (status + evidence)
        (Worksheet::Readiness, 24, 24),
        // one blank action × 6 | four actions (SO, ST, WO, WT) × 6
        (Worksheet::ActionPlan, 6, 4 * 6),
    ];

    #[test]
    fn expected_table_covers_every_worksheet_in_order() {
        assert_eq!(EXPECTED.map(|(w, _, _)| w), Worksheet::ALL);
    }

    #[test]
    fn blank_workbook_is_zero_everywhere() {
        for lang in Lang::ALL {
            let wb = Workbook::blank("b", lang);
            for (sheet, total, _) in EXPECTED {
                let got = of(&wb, sheet);
                assert_eq!(got, Completion { filled: 0, total }, "{sheet:?} {lang:?}");
                assert_eq!(got.percent(), 0, "{sheet:?}");
            }
        }
    }

    #[test]
    fn overall_adds_up_every_worksheet() {
        let sum = |pick: fn(&(Worksheet, u32, u32)) -> u32| EXPECTED.iter().map(pick).sum::<u32>();
        let blank = overall(&Workbook::blank("b", Lang::En));
        assert_eq!(
            blank,
            Completion {
                filled: 0,
                total: sum(|e| e.1)
            }
        );
        let demo = overall(&demo::workbook(Lang::Zh));
        assert_eq!(
            demo,
            Completion {
                filled: sum(|e| e.2),
                total: sum(|e| e.2)
            }
        );
        assert_eq!(demo.percent(), 100);
    }

    #[test]
    fn demo_is_complete() {
        for lang in Lang::ALL {
            let wb = demo::workbook(lang);
            for (sheet, _, total) in EXPECTED {
                let got = of(&wb, sheet);
                assert_eq!(
                    got,
                    Completion {
                        filled: total,
                        total
                    },
                    "{sheet:?} {lang:?}"
                );
                assert_eq!(got.percent(), 100, "{sheet:?}");
            }
        }
    }

    #[test]
    fn customer_data_without_ratings_completes_segmentation_but_not_loyalty() {
        let mut wb = demo::workbook(Lang::En);
        let data = wb.customer_data.as_mut().unwrap();
        for (_, totals) in &mut data.summary.loyalty {
            totals.customers = 0;
        }
        let full = Completion {
            filled: 1,
            total: 1,
        };
        assert_eq!(of(&wb, Worksheet::Segmentation), full);
        assert_eq!(
            of(&wb, Worksheet::Loyalty),
            Completion {
                filled: 0,
                total: 1
            }
        );
        wb.customer_data = None;
        assert_eq!(of(&wb, Worksheet::Segmentation), Completion::default());
    }

    #[test]
    fn a_workbook_without_rows_still_asks_for_something() {
        // Workbook::default() has no seed rows at all: no stakeholders, departments
        // or industry criteria.
        let wb = Workbook::default();
        for sheet in Worksheet::ALL {
            let got = of(&wb, sheet);
            assert_eq!(got.filled, 0, "{sheet:?}");
            let dataset = matches!(sheet, Worksheet::Segmentation | Worksheet::Loyalty);
            assert_eq!(got.total == 0, dataset, "{sheet:?}: {got:?}");
        }
        assert_eq!(
            of(&wb, Worksheet::OblAudit),
            Completion {
                filled: 0,
                total: 1
            }
        );
        assert_eq!(
            of(&wb, Worksheet::Stakeholders),
            Completion {
                filled: 0,
                total: 4
            }
        );
    }

    /// A quadrant from (text, score) rows; score 0 stands for "unscored".
    fn quadrant(rows: &[(&str, u8)]) -> Vec<SwotItem> {
        rows.iter()
            .enumerate()
            .map(|(i, &(text, s))| SwotItem::new(RowId(i as u64 + 1), text, Some(s)))
            .collect()
    }

    #[test]
    fn partly_filled_swot() {
        type Q<'a> = &'a [(&'a str, u8)];
        // (S, W, O, T, filled, total)
        let cases: &[(Q, Q, Q, Q, u32, u32)] = &[
            (&[], &[], &[], &[], 0, 24),
            // Blank and white-space rows are empty slots, not items.
            (
                &[("", 0), ("  ", 0), ("", 0), ("", 0)],
                &[],
                &[],
                &[],
                0,
                24,
            ),
            // One full item: 2 of the quadrant's 6.
            (&[("a", 7)], &[], &[], &[], 2, 24),
            // Text without a score, and a score without text, are half an item each.
            (&[("a", 0)], &[], &[], &[], 1, 24),
            (&[(" ", 7)], &[], &[], &[], 1, 24),
            (&[("a", 0), ("", 5)], &[("w", 4)], &[], &[], 4, 24),
            // Three full items fill a quadrant.
            (&[("a", 7), ("b", 6), ("c", 5)], &[], &[], &[], 6, 24),
            // More than three items raise the quadrant's total.
            (
                &[("a", 7), ("b", 6), ("c", 5), ("d", 0)],
                &[],
                &[],
                &[],
                7,
                26,
            ),
            (
                &[("a", 7), ("b", 6), ("c", 5), ("d", 4), ("e", 3)],
                &[],
                &[],
                &[],
                10,
                28,
            ),
            // Every quadrant full but one item unscored.
            (
                &[("a", 7), ("b", 6), ("c", 5)],
                &[("a", 7), ("b", 6), ("c", 5)],
                &[("a", 7), ("b", 6), ("c", 5)],
                &[("a", 7), ("b", 6), ("c", 0)],
                23,
                24,
            ),
            (
                &[("a", 7), ("b", 6), ("c", 5)],
                &[("a", 7), ("b", 6), ("c", 5)],
                &[("a", 7), ("b", 6), ("c", 5)],
                &[("a", 7), ("b", 6), ("c", 5), ("", 0)],
                24,
                24,
            ),
        ];
        for &(s, w, o, th, filled, total) in cases {
            let mut wb = Workbook::blank("s", Lang::En);
            wb.swot = Swot {
                strengths: quadrant(s),
                weaknesses: quadrant(w),
                opportunities: quadrant(o),
                threats: quadrant(th),
            };
            let got = of(&wb, Worksheet::Swot);
            assert_eq!(
                got,
                Completion { filled, total },
                "{s:?} {w:?} {o:?} {th:?}"
            );
        }
    }

    #[test]
    fn percent_rounds_down() {
        let cases = [
            (0, 0, 0),
            (0, 5, 0),
            (1, 3, 33),
            (2, 3, 66),
            (38, 39, 97),
            (5, 5, 100),
        ];
        for (filled, total, want) in cases {
            assert_eq!(
                Completion { filled, total }.percent(),
                want,
                "{filled}/{total}"
            );
        }
        // Filled can never show as more than complete.
        assert_eq!(
            Completion {
                filled: 7,
                total: 5
            }
            .percent(),
            100
        );
    }

    #[test]
    fn current_customers_at_risk_need_a_warning_sign() {
        let mut wb = demo::workbook(Lang::En);
        let before = of(&wb, Worksheet::Customers);
        let group = wb.customers.current.iter_mut().find(|g| g.at_risk).unwrap();
        group.warning_sign = "  ".into();
        assert_eq!(
            of(&wb, Worksheet::Customers),
            Completion {
                filled: before.filled - 1,
                total: before.total
            }
        );
        // Groups not at risk are not asked for a warning sign at all.
        for g in &mut wb.customers.current {
            g.at_risk = false;
        }
        let after = of(&wb, Worksheet::Customers);
        assert_eq!(after.total, before.total - 2);
        assert_eq!(after.filled, after.total);
    }

    #[test]
    fn stakeholder_names_are_labels() {
        let mut wb = Workbook::blank("s", Lang::Zh);
        wb.stakeholders[0].needs = "实用的课程".into();
        wb.stakeholders[0].importance = Score::new(9).ok();
        assert_eq!(
            of(&wb, Worksheet::Stakeholders),
            Completion {
                filled: 2,
                total: 18
            }
        );
        // A row with content but no name asks for the name as well.
        wb.stakeholders[1].name.clear();
        wb.stakeholders[1].needs = "回报".into();
        assert_eq!(
            of(&wb, Worksheet::Stakeholders),
            Completion {
                filled: 3,
                total: 19
            }
        );
        // An entirely blank row is ignored.
        wb.stakeholders[1].needs.clear();
        assert_eq!(
            of(&wb, Worksheet::Stakeholders),
            Completion {
                filled: 2,
                total: 15
            }
        );
    }

    #[test]
    fn obl_placeholder_counts_once_named_or_rated() {
        let mut wb = demo::workbook(Lang::Zh);
        let base = of(&wb, Worksheet::OblAudit);
        let other = wb.obl.departments[0].criteria.last_mut().unwrap();
        assert_eq!(other.name, seed::OTHER_CRITERION.1);
        other.name = "课程版权管理".into();
        assert_eq!(
            of(&wb, Worksheet::OblAudit),
            Completion {
                filled: base.filled,
                total: base.total + 1
            }
        );
        // Rating a placeholder that was never renamed counts it as filled.
        let other = wb.obl.departments[1].criteria.last_mut().unwrap();
        other.cell.rating = Some(crate::obl::Rating::S);
        assert_eq!(
            of(&wb, Worksheet::OblAudit),
            Completion {
                filled: base.filled + 1,
                total: base.total + 2
            }
        );
        // A competitor without an industry rating leaves its four cells unfilled.
        wb.obl
            .industry_ratings
            .retain(|r| r.company != CompanyRef::Competitor(wb.competitors.list[2].id));
        assert_eq!(
            of(&wb, Worksheet::OblAudit),
            Completion {
                filled: base.filled + 1 - 4,
                total: base.total + 2
            }
        );
    }

    #[test]
    fn pestle_asks_for_every_factor() {
        let mut wb = demo::workbook(Lang::En);
        wb.pestle.retain(|i| i.factor != PestleFactor::Legal);
        // 10 items full, and Legal's missing item asks for 4 slots.
        assert_eq!(
            of(&wb, Worksheet::Pestle),
            Completion {
                filled: 40,
                total: 44
            }
        );
    }
}
