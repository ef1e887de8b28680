//! The customer issue log (METHOD.md §7, the problem-solving model of relationship
//! management): each problem a customer raises walks the model's steps — the real
//! problem, what the customer really wants, whether doing it makes up the loss,
//! who can provide it (we, someone else, or an alternative), an agreed solution or
//! an escalation, whether the customer is satisfied, the solution recorded — and
//! the log adds up: open and closed issues, how long they stay open, escalations,
//! the satisfied share, and where the open ones are waiting.

use serde::{Deserialize, Serialize};

use crate::action_plan::is_date;
use crate::customers::CustomerTables;
use crate::ids::RowId;
use crate::rows::Row;

/// A yes-or-no answer to one of the model's questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
}

impl Answer {
    pub const ALL: [Answer; 2] = [Answer::Yes, Answer::No];
}

/// The model's steps in the order it walks them; three are taken only after a "no"
/// (someone else after "we cannot provide it", alternatives after "nobody else can",
/// escalation after "no agreed solution").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Problem,
    Wants,
    MakesUp,
    CanProvide,
    SomeoneElse,
    Alternatives,
    Agreed,
    Escalate,
    Satisfied,
    Record,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::Problem,
        Step::Wants,
        Step::MakesUp,
        Step::CanProvide,
        Step::SomeoneElse,
        Step::Alternatives,
        Step::Agreed,
        Step::Escalate,
        Step::Satisfied,
        Step::Record,
    ];
}

/// One customer problem and its walk through the model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    pub id: RowId,
    /// The problem as the customer raised it.
    #[serde(default)]
    pub raised: String,
    /// The customer group of the customer tables it concerns, if any.
    #[serde(default)]
    pub group: Option<RowId>,
    /// When it was raised and when it was closed, `YYYY-MM-DD` (date inputs, the
    /// user's own calendar), or empty.
    #[serde(default)]
    pub opened: String,
    #[serde(default)]
    pub closed: String,
    /// What the problem really is.
    #[serde(default)]
    pub problem: String,
    /// What the customer really wants.
    #[serde(default)]
    pub wants: String,
    /// Would doing it make up the customer's loss?
    #[serde(default)]
    pub makes_up: Option<Answer>,
    /// Can we provide it?
    #[serde(default)]
    pub can_provide: Option<Answer>,
    /// If we cannot: can someone else provide it, and who (to contact)?
    #[serde(default)]
    pub someone_else: Option<Answer>,
    #[serde(default)]
    pub provider: String,
    /// If nobody can: the alternatives offered.
    #[serde(default)]
    pub alternatives: String,
    /// Is there a solution both sides agree on, and which?
    #[serde(default)]
    pub agreed: Option<Answer>,
    #[serde(default)]
    pub solution: String,
    /// If not: to whom it was escalated.
    #[serde(default)]
    pub escalated_to: String,
    /// Is the customer satisfied?
    #[serde(default)]
    pub satisfied: Option<Answer>,
    /// The solution as recorded for next time.
    #[serde(default)]
    pub record: String,
}

impl Row for Issue {
    fn id(&self) -> RowId {
        self.id
    }

    fn is_blank(&self) -> bool {
        Issue::is_blank(self)
    }

    fn blank(id: RowId) -> Issue {
        Issue {
            id,
            raised: String::new(),
            group: None,
            opened: String::new(),
            closed: String::new(),
            problem: String::new(),
            wants: String::new(),
            makes_up: None,
            can_provide: None,
            someone_else: None,
            provider: String::new(),
            alternatives: String::new(),
            agreed: None,
            solution: String::new(),
            escalated_to: String::new(),
            satisfied: None,
            record: String::new(),
        }
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

impl Issue {
    /// A row with nothing written or chosen is an empty line.
    pub fn is_blank(&self) -> bool {
        self.group.is_none()
            && [
                &self.raised,
                &self.opened,
                &self.closed,
                &self.problem,
                &self.wants,
                &self.provider,
                &self.alternatives,
                &self.solution,
                &self.escalated_to,
                &self.record,
            ]
            .iter()
            .all(|s| blank(s))
            && [
                self.makes_up,
                self.can_provide,
                self.someone_else,
                self.agreed,
                self.satisfied,
            ]
            .iter()
            .all(Option::is_none)
    }

    /// Whether the model takes `step` for this issue: the three steps after a "no"
    /// are taken only after that "no".
    pub fn takes(&self, step: Step) -> bool {
        match step {
            Step::SomeoneElse => self.can_provide == Some(Answer::No),
            Step::Alternatives => {
                self.can_provide == Some(Answer::No) && self.someone_else == Some(Answer::No)
            }
            Step::Escalate => self.agreed == Some(Answer::No),
            _ => true,
        }
    }

    /// Whether `step` is answered.
    pub fn answered(&self, step: Step) -> bool {
        match step {
            Step::Problem => !blank(&self.problem),
            Step::Wants => !blank(&self.wants),
            Step::MakesUp => self.makes_up.is_some(),
            Step::CanProvide => self.can_provide.is_some(),
            Step::SomeoneElse => self.someone_else.is_some(),
            Step::Alternatives => !blank(&self.alternatives),
            Step::Agreed => self.agreed.is_some(),
            Step::Escalate => !blank(&self.escalated_to),
            Step::Satisfied => self.satisfied.is_some(),
            Step::Record => !blank(&self.record),
        }
    }

    /// The steps the model takes for this issue, in order.
    pub fn steps(&self) -> impl Iterator<Item = Step> + '_ {
        Step::ALL.into_iter().filter(|&s| self.takes(s))
    }

    /// The first step the model takes that is not answered yet; `None` once the
    /// walk is complete.
    pub fn next_step(&self) -> Option<Step> {
        self.steps().find(|&s| !self.answered(s))
    }

    /// Closed once it has a closing date.
    pub fn is_closed(&self) -> bool {
        is_date(&self.closed)
    }

    /// Escalated: no agreed solution, or passed on to someone.
    pub fn is_escalated(&self) -> bool {
        self.agreed == Some(Answer::No) || !blank(&self.escalated_to)
    }

    /// Days open: from the opening date to the closing date, or to `today` while
    /// open; `None` without a readable opening date or when it closes before it opens.
    pub fn days_open(&self, today: &str) -> Option<i64> {
        let end = if self.is_closed() {
            &self.closed
        } else {
            today
        };
        let days = day_number(end)? - day_number(&self.opened)?;
        (days >= 0).then_some(days)
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (the proleptic Gregorian calendar),
/// so two dates subtract; `None` for anything else.
pub fn day_number(date: &str) -> Option<i64> {
    if !is_date(date) {
        return None;
    }
    let y: i64 = date[0..4].parse().ok()?;
    let m: i64 = date[5..7].parse().ok()?;
    let d: i64 = date[8..10].parse().ok()?;
    // H. Hinnant's days_from_civil: March-based years put the leap day last.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Where an issue stands: waiting at a step of the model, walked through but not
/// closed, or closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    At(Step),
    Walked,
    Closed,
}

impl Issue {
    pub fn stage(&self) -> Stage {
        if self.is_closed() {
            Stage::Closed
        } else {
            self.next_step().map_or(Stage::Walked, Stage::At)
        }
    }
}

/// One customer group's issues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupIssues {
    /// The group's current name; `None` for issues not linked to a group (or linked
    /// to a group since removed).
    pub group: Option<String>,
    pub issues: usize,
    pub open: usize,
}

/// What the log adds up to on a given day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogScore {
    /// Non-blank issues.
    pub issues: usize,
    pub open: usize,
    pub closed: usize,
    pub escalated: usize,
    /// Issues whose customer said yes / answered at all to "satisfied?".
    pub satisfied: usize,
    pub satisfaction_answered: usize,
    /// Mean days from opening to closing of the closed issues with both dates.
    pub mean_days_to_close: Option<f64>,
    /// The open issue open longest: (what was raised, days).
    pub oldest_open: Option<(String, i64)>,
    /// Issues per stage, in stage order; stages without issues left out.
    pub stages: Vec<(Stage, usize)>,
    /// Issues per customer group, most issues first (ties by name); unlinked last.
    pub groups: Vec<GroupIssues>,
}

impl LogScore {
    pub fn of(issues: &[Issue], customers: &CustomerTables, today: &str) -> LogScore {
        let mut s = LogScore::default();
        let mut close_days = Vec::new();
        let mut stages = std::collections::BTreeMap::new();
        for i in issues.iter().filter(|i| !i.is_blank()) {
            s.issues += 1;
            if i.is_closed() {
                s.closed += 1;
                close_days.extend(i.days_open(today));
            } else {
                s.open += 1;
                if let Some(days) = i.days_open(today) {
                    if s.oldest_open.as_ref().is_none_or(|(_, d)| days > *d) {
                        s.oldest_open = Some((i.raised.clone(), days));
                    }
                }
            }
            s.escalated += usize::from(i.is_escalated());
            if let Some(a) = i.satisfied {
                s.satisfaction_answered += 1;
                s.satisfied += usize::from(a == Answer::Yes);
            }
            *stages.entry(i.stage()).or_insert(0) += 1;
            let name = i.group.and_then(|g| group_name(customers, g));
            match s.groups.iter_mut().find(|g| g.group == name) {
                Some(g) => {
                    g.issues += 1;
                    g.open += usize::from(!i.is_closed());
                }
                None => s.groups.push(GroupIssues {
                    group: name,
                    issues: 1,
                    open: usize::from(!i.is_closed()),
                }),
            }
        }
        s.stages = stages.into_iter().collect();
        s.groups.sort_by(|a, b| {
            a.group
                .is_none()
                .cmp(&b.group.is_none())
                .then(b.issues.cmp(&a.issues))
                .then(a.group.cmp(&b.group))
        });
        if !close_days.is_empty() {
            s.mean_days_to_close =
                Some(close_days.iter().sum::<i64>() as f64 / close_days.len() as f64);
        }
        s
    }

    /// The share of answered issues whose customer is satisfied, 0–1.
    pub fn satisfied_share(&self) -> Option<f64> {
        (self.satisfaction_answered > 0)
            .then(|| self.satisfied as f64 / self.satisfaction_answered as f64)
    }
}

/// The name of customer group `id` in any of the four tables; a blank name reads as
/// no name.
pub fn group_name(customers: &CustomerTables, id: RowId) -> Option<String> {
    crate::customers::CustomerTable::ALL
        .into_iter()
        .flat_map(|t| customers.table(t))
        .find(|g| g.id == id)
        .map(|g| g.name.trim().to_string())
        .filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customers::CustomerGroup;

    fn issue(id: u64) -> Issue {
        Issue {
            raised: format!("i{id}"),
            ..Issue::blank(RowId(id))
        }
    }

    #[test]
    fn day_numbers_subtract_across_months_and_leap_years() {
        for (date, want) in [
            ("1970-01-01", Some(0)),
            ("1970-01-02", Some(1)),
            ("2000-03-01", Some(11_017)),
            ("2026-12-05", Some(20_792)),
            ("2026-12-5", None),
            ("", None),
        ] {
            assert_eq!(day_number(date), want, "{date}");
        }
        let d = |s| day_number(s).unwrap();
        assert_eq!(d("2024-03-01") - d("2024-02-28"), 2, "leap year");
        assert_eq!(d("2026-03-01") - d("2026-02-28"), 1);
        assert_eq!(d("2027-01-01") - d("2026-12-31"), 1);
    }

    #[test]
    fn the_walk_takes_the_branches_after_a_no() {
        use Answer::{No, Yes};
        let mut i = issue(1);
        assert_eq!(i.next_step(), Some(Step::Problem));
        i.problem = "Trainer late".into();
        i.wants = "A refund of one day".into();
        i.makes_up = Some(Yes);
        assert_eq!(i.next_step(), Some(Step::CanProvide));
        i.can_provide = Some(Yes);
        assert_eq!(
            i.next_step(),
            Some(Step::Agreed),
            "we can: no one else asked"
        );
        i.can_provide = Some(No);
        assert_eq!(i.next_step(), Some(Step::SomeoneElse));
        i.someone_else = Some(Yes);
        assert_eq!(i.next_step(), Some(Step::Agreed));
        i.someone_else = Some(No);
        assert_eq!(i.next_step(), Some(Step::Alternatives));
        i.alternatives = "A voucher".into();
        i.agreed = Some(No);
        assert_eq!(i.next_step(), Some(Step::Escalate));
        assert!(i.is_escalated());
        i.escalated_to = "Sales director".into();
        assert_eq!(i.next_step(), Some(Step::Satisfied));
        i.satisfied = Some(Yes);
        assert_eq!(i.next_step(), Some(Step::Record));
        i.record = "Refund policy for late trainers".into();
        assert_eq!(i.next_step(), None);
        assert_eq!(i.stage(), Stage::Walked);
        i.closed = "2026-12-01".into();
        assert_eq!(i.stage(), Stage::Closed);
        assert_eq!(i.steps().count(), 10, "every branch taken: all ten steps");
    }

    #[test]
    fn days_open_count_to_the_closing_date_or_today() {
        // (opened, closed, days on 2026-12-05)
        for (opened, closed, want) in [
            ("2026-12-01", "", Some(4)),
            ("2026-11-01", "2026-11-11", Some(10)),
            ("2026-12-05", "", Some(0)),
            ("2026-12-10", "", None),
            ("2026-11-11", "2026-11-01", None),
            ("", "2026-11-01", None),
            ("last week", "", None),
        ] {
            let i = Issue {
                opened: opened.into(),
                closed: closed.into(),
                ..issue(1)
            };
            assert_eq!(i.days_open("2026-12-05"), want, "{opened} {closed}");
        }
    }

    #[test]
    fn the_log_adds_up() {
        use Answer::{No, Yes};
        let mut customers = CustomerTables::default();
        customers.current.push(CustomerGroup {
            name: "Banks".into(),
            ..blank_group(50)
        });
        customers.former.push(CustomerGroup {
            name: "Retail".into(),
            ..blank_group(51)
        });
        let issues = vec![
            Issue {
                group: Some(RowId(50)),
                opened: "2026-11-01".into(),
                closed: "2026-11-05".into(),
                satisfied: Some(Yes),
                ..issue(1)
            },
            Issue {
                group: Some(RowId(50)),
                opened: "2026-11-20".into(),
                problem: "p".into(),
                agreed: Some(No),
                ..issue(2)
            },
            Issue {
                group: Some(RowId(51)),
                opened: "2026-11-01".into(),
                closed: "2026-11-21".into(),
                satisfied: Some(No),
                ..issue(3)
            },
            Issue {
                opened: "2026-10-01".into(),
                group: Some(RowId(99)),
                ..issue(4)
            },
            Issue::blank(RowId(5)),
        ];
        let s = LogScore::of(&issues, &customers, "2026-12-05");
        assert_eq!((s.issues, s.open, s.closed), (4, 2, 2));
        assert_eq!(s.escalated, 1);
        assert_eq!((s.satisfied, s.satisfaction_answered), (1, 2));
        assert_eq!(s.satisfied_share(), Some(0.5));
        assert_eq!(s.mean_days_to_close, Some(12.0));
        assert_eq!(s.oldest_open, Some(("i4".to_string(), 65)));
        assert_eq!(
            s.stages,
            vec![
                (Stage::At(Step::Problem), 1),
                (Stage::At(Step::Wants), 1),
                (Stage::Closed, 2)
            ]
        );
        let groups: Vec<_> = s
            .groups
            .iter()
            .map(|g| (g.group.as_deref(), g.issues, g.open))
            .collect();
        assert_eq!(
            groups,
            [(Some("Banks"), 2, 1), (Some("Retail"), 1, 0), (None, 1, 1)],
            "a removed group counts as unlinked, last"
        );
        let empty = LogScore::of(&[], &customers, "2026-12-05");
        assert_eq!(empty.satisfied_share(), None);
        assert_eq!(empty.mean_days_to_close, None);
    }

    fn blank_group(id: u64) -> CustomerGroup {
        CustomerGroup {
            id: RowId(id),
            name: String::new(),
            reason: String::new(),
            tags: Vec::new(),
            customers: None,
            revenue: None,
            when: String::new(),
            at_risk: false,
            warning_sign: String::new(),
            chance: None,
            history: Vec::new(),
        }
    }
}
