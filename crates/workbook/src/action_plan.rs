//! The action plan (TOWS): the strategies the workshop agrees, each built from SWOT
//! items — strengths used to seize opportunities (SO) or to meet threats (ST),
//! weaknesses to mend so opportunities can be taken (WO) or to shield from threats
//! (WT) — with an owner, a due date and a status; and what the plan adds up to: how
//! many strategies of each kind, how far along, and which are overdue.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::rows::Row;
use crate::swot::{Quadrant, Swot};

/// The four kinds of strategy of the TOWS matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TowsKind {
    /// Use strengths to take opportunities.
    So,
    /// Use strengths to meet threats.
    St,
    /// Overcome weaknesses to take opportunities.
    Wo,
    /// Minimise weaknesses and avoid threats.
    Wt,
}

impl TowsKind {
    pub const ALL: [TowsKind; 4] = [TowsKind::So, TowsKind::St, TowsKind::Wo, TowsKind::Wt];

    /// The two SWOT quadrants a strategy of this kind draws on: internal, external.
    pub fn quadrants(self) -> [Quadrant; 2] {
        match self {
            TowsKind::So => [Quadrant::Strengths, Quadrant::Opportunities],
            TowsKind::St => [Quadrant::Strengths, Quadrant::Threats],
            TowsKind::Wo => [Quadrant::Weaknesses, Quadrant::Opportunities],
            TowsKind::Wt => [Quadrant::Weaknesses, Quadrant::Threats],
        }
    }
}

/// How far an action has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    UnderWay,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::NotStarted, Status::UnderWay, Status::Done];
}

/// One strategy of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub id: RowId,
    #[serde(default)]
    pub kind: Option<TowsKind>,
    /// What will be done.
    #[serde(default)]
    pub text: String,
    /// The SWOT items it builds on (ids of the company's SWOT items).
    #[serde(default)]
    pub uses: Vec<RowId>,
    #[serde(default)]
    pub owner: String,
    /// The due date as the user set it, `YYYY-MM-DD` (a date input's value), or empty.
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: Option<Status>,
}

impl Row for Action {
    fn id(&self) -> RowId {
        self.id
    }

    fn blank(id: RowId) -> Action {
        Action {
            id,
            kind: None,
            text: String::new(),
            uses: Vec::new(),
            owner: String::new(),
            due: String::new(),
            status: None,
        }
    }

    fn is_blank(&self) -> bool {
        Action::is_blank(self)
    }
}

impl Action {
    /// A row with nothing chosen or written is an empty line.
    pub fn is_blank(&self) -> bool {
        self.kind.is_none()
            && self.text.trim().is_empty()
            && self.uses.is_empty()
            && self.owner.trim().is_empty()
            && self.due.trim().is_empty()
            && self.status.is_none()
    }

    /// Sets the strategy type, keeping only the SWOT items the new type can use (a
    /// strength ticked for an SO strategy does not belong to a WT one).
    pub fn set_kind(&mut self, kind: Option<TowsKind>, swot: &Swot) {
        self.kind = kind;
        let usable: Vec<RowId> = usable_items(swot, kind)
            .into_iter()
            .map(|(_, id, _)| id)
            .collect();
        self.uses.retain(|id| usable.contains(id));
    }

    /// Ticks or unticks one SWOT item, keeping the board's order of ticking.
    pub fn set_use(&mut self, item: RowId, used: bool) {
        let present = self.uses.contains(&item);
        if used && !present {
            self.uses.push(item);
        } else if !used && present {
            self.uses.retain(|&id| id != item);
        }
    }

    /// Whether the action is past its due date on `today` (both `YYYY-MM-DD`) and not
    /// done. An action without a readable date is never overdue.
    pub fn overdue(&self, today: &str) -> bool {
        self.status != Some(Status::Done) && is_date(&self.due) && self.due.as_str() < today
    }
}

/// Whether `text` is a `YYYY-MM-DD` date (what a date input gives); these compare as
/// text in time order.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&text[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&text[8..10].parse::<u8>().unwrap_or(0))
}

/// The SWOT items an action may use: those of its kind's two quadrants, as (quadrant,
/// id, text), in board order; without a kind, none.
pub fn usable_items(swot: &Swot, kind: Option<TowsKind>) -> Vec<(Quadrant, RowId, String)> {
    let Some(kind) = kind else {
        return Vec::new();
    };
    kind.quadrants()
        .into_iter()
        .flat_map(|q| {
            swot.quadrant(q)
                .iter()
                .filter(|i| !i.is_blank())
                .map(move |i| (q, i.id, i.text.clone()))
        })
        .collect()
}

/// What the plan adds up to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanScore {
    /// Non-blank actions.
    pub actions: usize,
    /// Actions of each kind, in [`TowsKind::ALL`] order.
    pub by_kind: [usize; 4],
    /// Actions without a kind.
    pub unkinded: usize,
    /// Actions in each status, in [`Status::ALL`] order.
    pub by_status: [usize; 3],
    /// Actions without a status.
    pub no_status: usize,
    /// Actions past their due date and not done, earliest first: (id, text, due).
    pub overdue: Vec<(RowId, String, String)>,
    /// Actions without an owner.
    pub unowned: usize,
    /// Used SWOT items that are no longer on the board (removed since).
    pub gone_items: usize,
}

impl PlanScore {
    pub fn of(actions: &[Action], swot: &Swot, today: &str) -> PlanScore {
        let mut s = PlanScore::default();
        for a in actions.iter().filter(|a| !a.is_blank()) {
            s.actions += 1;
            match a.kind {
                Some(k) => s.by_kind[k as usize] += 1,
                None => s.unkinded += 1,
            }
            match a.status {
                Some(st) => s.by_status[st as usize] += 1,
                None => s.no_status += 1,
            }
            if a.owner.trim().is_empty() {
                s.unowned += 1;
            }
            if a.overdue(today) {
                s.overdue.push((a.id, a.text.clone(), a.due.clone()));
            }
            s.gone_items += a
                .uses
                .iter()
                .filter(|&&id| !swot.items().any(|(_, i)| i.id == id))
                .count();
        }
        s.overdue.sort_by(|a, b| a.2.cmp(&b.2));
        s
    }

    /// The share of actions done, 0–1; `None` without actions.
    pub fn done_share(&self) -> Option<f64> {
        (self.actions > 0)
            .then(|| self.by_status[Status::Done as usize] as f64 / self.actions as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::swot::SwotItem;

    #[test]
    fn a_new_kind_drops_the_items_it_cannot_use() {
        let mut a = Action::blank(RowId(9));
        a.set_kind(Some(TowsKind::So), &swot());
        a.set_use(RowId(1), true);
        a.set_use(RowId(3), true);
        a.set_use(RowId(3), true);
        assert_eq!(a.uses, vec![RowId(1), RowId(3)]);
        // WO keeps the opportunity, not the strength.
        a.set_kind(Some(TowsKind::Wo), &swot());
        assert_eq!(a.uses, vec![RowId(3)]);
        a.set_use(RowId(3), false);
        assert!(a.uses.is_empty());
        a.set_kind(None, &swot());
        assert_eq!(a.kind, None);
    }

    fn swot() -> Swot {
        Swot {
            strengths: vec![SwotItem::new(RowId(1), "Brand", Some(8))],
            weaknesses: vec![SwotItem::new(RowId(2), "Slow", Some(6))],
            opportunities: vec![SwotItem::new(RowId(3), "Online", Some(7))],
            threats: vec![
                SwotItem::new(RowId(4), "Price war", Some(9)),
                SwotItem::new(RowId(5), "", None),
            ],
        }
    }

    fn action(id: u64, kind: Option<TowsKind>, status: Option<Status>, due: &str) -> Action {
        Action {
            kind,
            status,
            due: due.into(),
            text: format!("a{id}"),
            owner: if id.is_multiple_of(2) {
                "Li".into()
            } else {
                String::new()
            },
            ..Action::blank(RowId(id))
        }
    }

    #[test]
    fn dates() {
        for (text, ok) in [
            ("2026-12-05", true),
            ("2026-02-31", true), // a date input never gives it; comparing still works
            ("2026-13-01", false),
            ("2026-00-10", false),
            ("2026-1-05", false),
            ("05/12/2026", false),
            ("", false),
            ("２０２６-12-05", false),
        ] {
            assert_eq!(is_date(text), ok, "{text:?}");
        }
    }

    #[test]
    fn overdue_is_past_due_and_not_done() {
        // (status, due, overdue on 2026-12-05)
        for (status, due, want) in [
            (None, "2026-12-04", true),
            (Some(Status::UnderWay), "2026-01-01", true),
            (Some(Status::Done), "2026-01-01", false),
            (Some(Status::NotStarted), "2026-12-05", false),
            (None, "2027-01-01", false),
            (None, "soon", false),
            (None, "", false),
        ] {
            let a = action(1, None, status, due);
            assert_eq!(a.overdue("2026-12-05"), want, "{status:?} {due}");
        }
    }

    #[test]
    fn usable_items_follow_the_kind() {
        let s = swot();
        let ids = |k| {
            usable_items(&s, k)
                .into_iter()
                .map(|(_, id, _)| id.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Some(TowsKind::So)), [1, 3]);
        assert_eq!(ids(Some(TowsKind::St)), [1, 4], "blank threat left out");
        assert_eq!(ids(Some(TowsKind::Wo)), [2, 3]);
        assert_eq!(ids(Some(TowsKind::Wt)), [2, 4]);
        assert!(ids(None).is_empty());
    }

    #[test]
    fn the_plan_adds_up() {
        let mut gone = action(6, Some(TowsKind::Wt), Some(Status::Done), "2026-01-01");
        gone.uses = vec![RowId(2), RowId(99)];
        let actions = vec![
            action(1, Some(TowsKind::So), Some(Status::UnderWay), "2026-11-30"),
            action(2, Some(TowsKind::So), None, "2026-10-01"),
            action(
                3,
                Some(TowsKind::St),
                Some(Status::NotStarted),
                "2027-02-01",
            ),
            action(4, None, Some(Status::Done), ""),
            Action::blank(RowId(5)),
            gone,
        ];
        let s = PlanScore::of(&actions, &swot(), "2026-12-05");
        assert_eq!(s.actions, 5, "the blank row is not an action");
        assert_eq!(s.by_kind, [2, 1, 0, 1]);
        assert_eq!(s.unkinded, 1);
        assert_eq!(s.by_status, [1, 1, 2]);
        assert_eq!(s.no_status, 1);
        assert_eq!(s.unowned, 2, "odd ids have no owner");
        assert_eq!(
            s.overdue,
            vec![
                (RowId(2), "a2".to_string(), "2026-10-01".to_string()),
                (RowId(1), "a1".to_string(), "2026-11-30".to_string()),
            ],
            "earliest first; done and future ones are not overdue"
        );
        assert_eq!(s.gone_items, 1);
        assert_eq!(s.done_share(), Some(0.4));
        assert_eq!(PlanScore::of(&[], &swot(), "2026-12-05").done_share(), None);
    }
}
