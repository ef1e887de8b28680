//! Loyalty classes and the relationship continuum (METHOD.md §6): the team places
//! its customer groups (with how many customers each holds) in the six loyalty
//! classes — from long-term loyal customers who will keep buying to non-users who
//! will not — and writes the action each class calls for; and places each group on
//! the relationship continuum, distant → pure transaction → close working
//! relationship, today and as targeted.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::rows::Row;
use crate::score::Score;

/// The six loyalty classes, in METHOD.md's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoyaltyClass {
    /// (1) Long-term loyal customers who will keep buying.
    LoyalStaying,
    /// (2) Long-term customers who may switch brands.
    LoyalMaySwitch,
    /// (3) Occasional customers who may buy more with the right incentive.
    OccasionalMayBuyMore,
    /// (4) Occasional customers who may buy less if a competitor's incentive is right.
    OccasionalMayBuyLess,
    /// (5) Non-users who may become customers.
    NonUserMayBuy,
    /// (6) Non-users who will not.
    NonUserWillNot,
}

impl LoyaltyClass {
    pub const ALL: [LoyaltyClass; 6] = [
        LoyaltyClass::LoyalStaying,
        LoyaltyClass::LoyalMaySwitch,
        LoyaltyClass::OccasionalMayBuyMore,
        LoyaltyClass::OccasionalMayBuyLess,
        LoyaltyClass::NonUserMayBuy,
        LoyaltyClass::NonUserWillNot,
    ];

    /// Whether the class's customers buy from us today (classes 1–4).
    pub fn is_user(self) -> bool {
        (self as usize) < 4
    }

    /// Whether the class is long-term (classes 1–2).
    pub fn is_long_term(self) -> bool {
        (self as usize) < 2
    }

    /// Whether the class may take business away from us (classes 2 and 4): those to
    /// defend.
    pub fn may_leave(self) -> bool {
        matches!(
            self,
            LoyaltyClass::LoyalMaySwitch | LoyaltyClass::OccasionalMayBuyLess
        )
    }
}

/// The three stages of the relationship continuum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    Distant,
    Transaction,
    Close,
}

/// Positions from this score up are a pure transaction (1–3 are distant).
pub const TRANSACTION_FROM: u8 = 4;
/// Positions from this score up are a close working relationship.
pub const CLOSE_FROM: u8 = 7;

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Distant, Stage::Transaction, Stage::Close];

    /// The stage a position on the 1–10 continuum is in.
    pub fn of(position: Score) -> Stage {
        match position.get() {
            p if p >= CLOSE_FROM => Stage::Close,
            p if p >= TRANSACTION_FROM => Stage::Transaction,
            _ => Stage::Distant,
        }
    }

    /// The positions the stage spans, first and last.
    pub fn span(self) -> (u8, u8) {
        match self {
            Stage::Distant => (Score::MIN, TRANSACTION_FROM - 1),
            Stage::Transaction => (TRANSACTION_FROM, CLOSE_FROM - 1),
            Stage::Close => (CLOSE_FROM, Score::MAX),
        }
    }
}

/// The worksheet: the customer groups placed, and the action per class.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoyaltyClasses {
    pub groups: Vec<PlacedGroup>,
    /// The team's action per class; a class without an entry has none written.
    pub actions: Vec<ClassAction>,
}

/// A customer group (or key account) placed in a class and on the continuum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacedGroup {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
    /// How many customers the group holds.
    #[serde(default)]
    pub customers: Option<u32>,
    #[serde(default)]
    pub class: Option<LoyaltyClass>,
    /// Where the relationship stands today, 1 (distant) to 10 (close).
    #[serde(default)]
    pub today: Option<Score>,
    /// Where the team wants it, on the same scale.
    #[serde(default)]
    pub target: Option<Score>,
}

/// What the team will do about one class.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassAction {
    pub class: LoyaltyClass,
    pub action: String,
}

impl Row for PlacedGroup {
    fn id(&self) -> RowId {
        self.id
    }

    fn blank(id: RowId) -> PlacedGroup {
        PlacedGroup {
            id,
            name: String::new(),
            customers: None,
            class: None,
            today: None,
            target: None,
        }
    }
}

impl PlacedGroup {
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.customers.is_none()
            && self.class.is_none()
            && self.today.is_none()
            && self.target.is_none()
    }
}

impl LoyaltyClasses {
    /// The action written for `class`, or "".
    pub fn action(&self, class: LoyaltyClass) -> &str {
        self.actions
            .iter()
            .find(|a| a.class == class)
            .map_or("", |a| a.action.as_str())
    }

    /// Writes the action for `class`; an empty text removes the entry.
    pub fn set_action(&mut self, class: LoyaltyClass, text: String) {
        if text.is_empty() {
            self.actions.retain(|a| a.class != class);
        } else if let Some(a) = self.actions.iter_mut().find(|a| a.class == class) {
            a.action = text;
        } else {
            self.actions.push(ClassAction {
                class,
                action: text,
            });
        }
    }
}

/// One class as the results show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassLine {
    pub class: LoyaltyClass,
    /// The groups placed in it, by name, in list order.
    pub groups: Vec<String>,
    /// Customers of the groups that give a count.
    pub customers: u64,
    pub action: String,
}

/// One group on the continuum (it has today's position, the target, or both).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub id: RowId,
    pub name: String,
    pub today: Option<Score>,
    pub target: Option<Score>,
}

impl Position {
    /// Target minus today, when both are set: positive means closer.
    pub fn change(&self) -> Option<i8> {
        Some(self.target?.get() as i8 - self.today?.get() as i8)
    }
}

/// What the worksheet adds up to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoyaltyClassesScore {
    /// Non-blank groups.
    pub groups: usize,
    /// Groups placed in a class.
    pub placed: usize,
    /// The six classes, in [`LoyaltyClass::ALL`] order.
    pub classes: Vec<ClassLine>,
    /// Customers counted in the four user classes.
    pub users: u64,
    /// Share of those in the two long-term classes, 0–1; `None` without users.
    pub long_term_share: Option<f64>,
    /// Customers in the classes that may leave (2 and 4).
    pub may_leave: u64,
    /// Classes holding groups but with no action written.
    pub no_action: Vec<LoyaltyClass>,
    /// The groups on the continuum, in list order.
    pub positions: Vec<Position>,
    /// Groups to bring closer, to keep where they are, to let drift further.
    pub closer: usize,
    pub same: usize,
    pub further: usize,
    pub mean_today: Option<f64>,
    pub mean_target: Option<f64>,
}

fn mean(values: impl Iterator<Item = Score>) -> Option<f64> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v.get()), n + 1));
    (n > 0).then(|| f64::from(sum) / f64::from(n))
}

impl LoyaltyClassesScore {
    pub fn of(lc: &LoyaltyClasses) -> LoyaltyClassesScore {
        let groups: Vec<&PlacedGroup> = lc.groups.iter().filter(|g| !g.is_blank()).collect();
        let classes: Vec<ClassLine> = LoyaltyClass::ALL
            .into_iter()
            .map(|class| {
                let mine = groups.iter().filter(|g| g.class == Some(class));
                ClassLine {
                    class,
                    groups: mine.clone().map(|g| g.name.clone()).collect(),
                    customers: mine.filter_map(|g| g.customers).map(u64::from).sum(),
                    action: lc.action(class).to_string(),
                }
            })
            .collect();
        let sum = |keep: fn(LoyaltyClass) -> bool| -> u64 {
            classes
                .iter()
                .filter(|c| keep(c.class))
                .map(|c| c.customers)
                .sum()
        };
        let users = sum(LoyaltyClass::is_user);
        let long_term = sum(LoyaltyClass::is_long_term);
        let positions: Vec<Position> = groups
            .iter()
            .filter(|g| g.today.is_some() || g.target.is_some())
            .map(|g| Position {
                id: g.id,
                name: g.name.clone(),
                today: g.today,
                target: g.target,
            })
            .collect();
        let changes: Vec<i8> = positions.iter().filter_map(Position::change).collect();
        LoyaltyClassesScore {
            groups: groups.len(),
            placed: groups.iter().filter(|g| g.class.is_some()).count(),
            users,
            long_term_share: (users > 0).then(|| long_term as f64 / users as f64),
            may_leave: sum(LoyaltyClass::may_leave),
            no_action: classes
                .iter()
                .filter(|c| !c.groups.is_empty() && c.action.trim().is_empty())
                .map(|c| c.class)
                .collect(),
            closer: changes.iter().filter(|&&c| c > 0).count(),
            same: changes.iter().filter(|&&c| c == 0).count(),
            further: changes.iter().filter(|&&c| c < 0).count(),
            mean_today: mean(positions.iter().filter_map(|p| p.today)),
            mean_target: mean(positions.iter().filter_map(|p| p.target)),
            positions,
            classes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: u8) -> Option<Score> {
        Score::new(v).ok()
    }

    fn group(
        id: u64,
        name: &str,
        customers: Option<u32>,
        class: Option<LoyaltyClass>,
        today: u8,
        target: u8,
    ) -> PlacedGroup {
        PlacedGroup {
            id: RowId(id),
            name: name.into(),
            customers,
            class,
            today: s(today),
            target: s(target),
        }
    }

    #[test]
    fn stages_split_the_continuum() {
        let stages: Vec<Stage> = (1..=10)
            .map(|p| Stage::of(Score::new(p).unwrap()))
            .collect();
        use Stage::*;
        assert_eq!(
            stages,
            [
                Distant,
                Distant,
                Distant,
                Transaction,
                Transaction,
                Transaction,
                Close,
                Close,
                Close,
                Close
            ]
        );
        for stage in Stage::ALL {
            let (a, b) = stage.span();
            assert_eq!(Stage::of(Score::new(a).unwrap()), stage);
            assert_eq!(Stage::of(Score::new(b).unwrap()), stage);
        }
    }

    #[test]
    fn classes_know_what_they_are() {
        // (class, user, long-term, may leave)
        use LoyaltyClass::*;
        for (class, user, long, leave) in [
            (LoyalStaying, true, true, false),
            (LoyalMaySwitch, true, true, true),
            (OccasionalMayBuyMore, true, false, false),
            (OccasionalMayBuyLess, true, false, true),
            (NonUserMayBuy, false, false, false),
            (NonUserWillNot, false, false, false),
        ] {
            assert_eq!(
                (class.is_user(), class.is_long_term(), class.may_leave()),
                (user, long, leave),
                "{class:?}"
            );
        }
    }

    #[test]
    fn actions_are_written_changed_and_removed() {
        let mut lc = LoyaltyClasses::default();
        lc.set_action(LoyaltyClass::NonUserMayBuy, "Invite".into());
        lc.set_action(LoyaltyClass::NonUserMayBuy, "Invite to a trial".into());
        lc.set_action(LoyaltyClass::LoyalStaying, "Thank".into());
        assert_eq!(lc.action(LoyaltyClass::NonUserMayBuy), "Invite to a trial");
        assert_eq!(lc.actions.len(), 2);
        lc.set_action(LoyaltyClass::NonUserMayBuy, String::new());
        assert_eq!(lc.action(LoyaltyClass::NonUserMayBuy), "");
        assert_eq!(lc.actions.len(), 1);
    }

    #[test]
    fn the_worksheet_adds_up() {
        use LoyaltyClass::*;
        let mut lc = LoyaltyClasses {
            groups: vec![
                group(1, "Key accounts", Some(10), Some(LoyalStaying), 8, 9),
                group(2, "SOEs", Some(6), Some(LoyalMaySwitch), 6, 8),
                group(3, "SMEs", Some(30), Some(OccasionalMayBuyLess), 4, 4),
                group(4, "Start-ups", Some(50), Some(NonUserWillNot), 3, 1),
                group(5, "Banks", None, Some(LoyalStaying), 0, 0),
                group(6, "Unplaced", Some(4), None, 5, 0),
                PlacedGroup::blank(RowId(7)),
            ],
            actions: Vec::new(),
        };
        lc.set_action(LoyalStaying, "Thank them".into());
        lc.set_action(NonUserMayBuy, "Invite".into());
        let s = LoyaltyClassesScore::of(&lc);
        assert_eq!((s.groups, s.placed), (6, 5));
        let loyal = &s.classes[0];
        assert_eq!(loyal.groups, ["Key accounts", "Banks"]);
        assert_eq!(loyal.customers, 10, "a group without a count adds none");
        assert_eq!(loyal.action, "Thank them");
        assert_eq!(
            s.users, 46,
            "classes 1–4; non-users and the unplaced not counted"
        );
        assert_eq!(s.long_term_share, Some(16.0 / 46.0));
        assert_eq!(s.may_leave, 36);
        assert_eq!(
            s.no_action,
            [LoyalMaySwitch, OccasionalMayBuyLess, NonUserWillNot],
            "an action for an empty class is not asked for"
        );
        assert_eq!(
            s.positions.iter().map(|p| p.id.0).collect::<Vec<_>>(),
            [1, 2, 3, 4, 6],
            "Banks has no position"
        );
        assert_eq!((s.closer, s.same, s.further), (2, 1, 1));
        assert_eq!(s.mean_today, Some((8 + 6 + 4 + 3 + 5) as f64 / 5.0));
        assert_eq!(s.mean_target, Some((9 + 8 + 4 + 1) as f64 / 4.0));
    }

    #[test]
    fn empty_worksheet() {
        let s = LoyaltyClassesScore::of(&LoyaltyClasses::default());
        assert_eq!(s.classes.len(), 6);
        assert_eq!((s.groups, s.users, s.long_term_share), (0, 0, None));
        assert!(s.positions.is_empty() && s.no_action.is_empty());
        assert_eq!((s.mean_today, s.mean_target), (None, None));
    }
}
