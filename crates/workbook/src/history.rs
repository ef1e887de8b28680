//! The undo / redo history of the open workbook: whole snapshots of the state taken
//! at edit boundaries, at most [`LIMIT`] steps back, typing in one field grouped
//! into one step per burst, and redo forgotten by a new edit.
//!
//! Snapshots rather than inverse edits: every edit of every worksheet goes through
//! one place and the domain types are `Clone`, so one rule covers them all, and a
//! step can never be undone wrongly because an inverse was forgotten. The history
//! lives in memory only (for the tab); nothing of it is saved.

use std::collections::VecDeque;

use crate::Workbook;

/// How many steps back the history reaches; older ones are forgotten first.
pub const LIMIT: usize = 100;

/// Keystrokes in one field further apart than this (milliseconds) are two steps: a
/// burst of typing is undone at once, a paragraph written over minutes is not.
pub const BURST_PAUSE_MS: f64 = 1500.0;

/// A keystroke's edit: typing in the field `field` at `at_ms` (any clock that only
/// goes forward, in milliseconds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Typing<'a> {
    pub field: &'a str,
    pub at_ms: f64,
}

/// What a state put back by undo or redo takes from the state it replaces: what
/// lives outside the history (see the `Workbook` impl).
pub trait Restore: Clone + PartialEq {
    fn keep_from(&mut self, _replaced: &Self) {}
}

/// The customer rows live outside the workbook (IndexedDB, or regenerated for the
/// demo) and are not part of the history: undo never removes or brings back an
/// import, so the restored state keeps the current `customer_data`. Row ids are
/// never handed out twice, so the id counter never goes back.
impl Restore for Workbook {
    fn keep_from(&mut self, replaced: &Workbook) {
        self.customer_data = replaced.customer_data.clone();
        self.ids.catch_up(&replaced.ids);
    }
}

/// The typing burst the latest step is made of, while it may still grow.
#[derive(Clone, Debug, PartialEq)]
struct Burst {
    field: String,
    last_ms: f64,
}

/// States to go back and forth to.
#[derive(Clone, Debug)]
pub struct History<T> {
    /// The state before each step, oldest first.
    past: VecDeque<T>,
    /// The states undone, the latest undone last.
    future: Vec<T>,
    burst: Option<Burst>,
    limit: usize,
}

impl<T: Restore> Default for History<T> {
    fn default() -> Self {
        History::new(LIMIT)
    }
}

impl<T: Restore> History<T> {
    /// An empty history keeping at most `limit` steps (at least one).
    pub fn new(limit: usize) -> History<T> {
        History {
            past: VecDeque::new(),
            future: Vec::new(),
            burst: None,
            limit: limit.max(1),
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Applies `edit` to `state` and records it: as a new step, or as part of the
    /// typing burst in progress when `typing` is the next keystroke in the same
    /// field. An edit that changes nothing records nothing. A new step forgets
    /// what was undone (redo). Returns whether a new step began.
    pub fn apply(
        &mut self,
        state: &mut T,
        typing: Option<Typing<'_>>,
        edit: impl FnOnce(&mut T),
    ) -> bool {
        if let Some(t) = typing {
            if let Some(burst) = self.burst.as_mut().filter(|b| joins(b, t)) {
                burst.last_ms = t.at_ms;
                edit(state);
                return false;
            }
        }
        let before = state.clone();
        edit(state);
        if *state == before {
            return false;
        }
        self.past.push_back(before);
        while self.past.len() > self.limit {
            self.past.pop_front();
        }
        self.future.clear();
        self.burst = typing.map(|t| Burst {
            field: t.field.to_string(),
            last_ms: t.at_ms,
        });
        true
    }

    /// Ends the typing burst in progress (the field was left or its change
    /// committed): the next keystroke starts a step of its own.
    pub fn close(&mut self) {
        self.burst = None;
    }

    /// Puts `state` back to before the latest step; false when there is none.
    pub fn undo(&mut self, state: &mut T) -> bool {
        let Some(past) = self.past.pop_back() else {
            return false;
        };
        let replaced = std::mem::replace(state, past);
        state.keep_from(&replaced);
        self.future.push(replaced);
        self.burst = None;
        true
    }

    /// Does again the step undone last; false when there is none.
    pub fn redo(&mut self, state: &mut T) -> bool {
        let Some(next) = self.future.pop() else {
            return false;
        };
        let replaced = std::mem::replace(state, next);
        state.keep_from(&replaced);
        self.past.push_back(replaced);
        self.burst = None;
        true
    }

    /// Forgets everything (another workbook was opened).
    pub fn clear(&mut self) {
        self.past.clear();
        self.future.clear();
        self.burst = None;
    }
}

/// Whether keystroke `t` continues `burst`: the same field, without a longer pause.
fn joins(burst: &Burst, t: Typing<'_>) -> bool {
    burst.field == t.field && t.at_ms >= burst.last_ms && t.at_ms - burst.last_ms <= BURST_PAUSE_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Restore for String {}

    fn typing(field: &str, at_ms: f64) -> Option<Typing<'_>> {
        Some(Typing { field, at_ms })
    }

    /// Applies each edit (its typing or `None`, the text to append), then undoes
    /// once: the state the undo gives back.
    #[test]
    fn grouping_table() {
        type Edit = (Option<(&'static str, f64)>, &'static str);
        // (what, edits, close after edit n, state after one undo, steps)
        type Case = (
            &'static str,
            &'static [Edit],
            Option<usize>,
            &'static str,
            usize,
        );
        let cases: &[Case] = &[
            (
                "keystrokes in one field are one step",
                &[
                    (Some(("a", 0.0)), "x"),
                    (Some(("a", 100.0)), "y"),
                    (Some(("a", 200.0)), "z"),
                ],
                None,
                "",
                1,
            ),
            (
                "another field starts a step",
                &[(Some(("a", 0.0)), "x"), (Some(("b", 100.0)), "y")],
                None,
                "x",
                2,
            ),
            (
                "a pause starts a step",
                &[
                    (Some(("a", 0.0)), "x"),
                    (Some(("a", 0.0 + BURST_PAUSE_MS + 1.0)), "y"),
                ],
                None,
                "x",
                2,
            ),
            (
                "a pause of exactly the limit does not",
                &[(Some(("a", 0.0)), "x"), (Some(("a", BURST_PAUSE_MS)), "y")],
                None,
                "",
                1,
            ),
            (
                "leaving the field starts a step",
                &[(Some(("a", 0.0)), "x"), (Some(("a", 10.0)), "y")],
                Some(0),
                "x",
                2,
            ),
            (
                "an edit that is not typing is a step of its own",
                &[
                    (Some(("a", 0.0)), "x"),
                    (None, "y"),
                    (Some(("a", 10.0)), "z"),
                ],
                None,
                "xy",
                3,
            ),
            (
                "two edits that are not typing are two steps",
                &[(None, "x"), (None, "y")],
                None,
                "x",
                2,
            ),
            (
                "an edit that changes nothing is no step",
                &[(None, "x"), (None, "")],
                None,
                "",
                1,
            ),
        ];
        for (what, edits, close_after, want, steps) in cases {
            let mut history = History::<String>::default();
            let mut state = String::new();
            for (n, (t, add)) in edits.iter().enumerate() {
                let t = t.and_then(|(field, at)| typing(field, at));
                history.apply(&mut state, t, |s| s.push_str(add));
                if *close_after == Some(n) {
                    history.close();
                }
            }
            let mut undone = 0;
            let mut probe = history.clone();
            let mut s = state.clone();
            while probe.undo(&mut s) {
                undone += 1;
            }
            assert_eq!(undone, *steps, "{what}: steps");
            history.undo(&mut state);
            assert_eq!(state, *want, "{what}: after one undo");
        }
    }

    #[test]
    fn undo_and_redo_give_the_exact_states() {
        let mut h = History::<String>::default();
        let mut s = String::from("a");
        h.apply(&mut s, None, |s| s.push('b'));
        h.apply(&mut s, None, |s| s.push('c'));
        assert!(h.can_undo() && !h.can_redo());
        assert!(h.undo(&mut s));
        assert_eq!(s, "ab");
        assert!(h.undo(&mut s));
        assert_eq!(s, "a");
        assert!(!h.undo(&mut s), "nothing more to undo");
        assert_eq!(s, "a");
        assert!(h.redo(&mut s));
        assert_eq!(s, "ab");
        assert!(h.redo(&mut s));
        assert_eq!(s, "abc");
        assert!(!h.redo(&mut s));
        assert_eq!(s, "abc");
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut h = History::<String>::default();
        let mut s = String::new();
        h.apply(&mut s, None, |s| s.push('a'));
        h.apply(&mut s, None, |s| s.push('b'));
        h.undo(&mut s);
        assert!(h.can_redo());
        // Changing nothing is not an edit: redo stays.
        h.apply(&mut s, None, |_| {});
        assert!(h.can_redo());
        h.apply(&mut s, None, |s| s.push('c'));
        assert!(!h.can_redo());
        assert!(!h.redo(&mut s));
        assert_eq!(s, "ac");
    }

    #[test]
    fn typing_after_undo_is_a_new_step() {
        let mut h = History::<String>::default();
        let mut s = String::new();
        h.apply(&mut s, typing("a", 0.0), |s| s.push('x'));
        h.apply(&mut s, None, |s| s.push('y'));
        h.undo(&mut s);
        assert_eq!(s, "x");
        // The burst in "a" ended with the step after it; the undo does not revive it.
        h.apply(&mut s, typing("a", 10.0), |s| s.push('z'));
        h.undo(&mut s);
        assert_eq!(s, "x");
    }

    #[test]
    fn the_history_is_bounded() {
        let limit = 5;
        let mut h = History::<String>::new(limit);
        let mut s = String::new();
        for c in "abcdefgh".chars() {
            h.apply(&mut s, None, |s| s.push(c));
        }
        let mut undone = 0;
        while h.undo(&mut s) {
            undone += 1;
        }
        assert_eq!(undone, limit);
        // The oldest steps are the ones forgotten.
        assert_eq!(s, "abc");
        // Everything undone can be redone.
        while h.redo(&mut s) {}
        assert_eq!(s, "abcdefgh");
    }

    #[test]
    fn clear_forgets_both_ways() {
        let mut h = History::<String>::default();
        let mut s = String::new();
        h.apply(&mut s, None, |s| s.push('a'));
        h.apply(&mut s, None, |s| s.push('b'));
        h.undo(&mut s);
        h.clear();
        assert!(!h.can_undo() && !h.can_redo());
        assert_eq!(s, "a");
    }

    #[test]
    fn a_restored_workbook_keeps_its_rows_and_ids() {
        use crate::segmentation::{DatasetInfo, DatasetSource};
        use crate::Lang;
        let mut wb = Workbook::blank("w", Lang::En);
        let mut h = History::<Workbook>::default();
        h.apply(&mut wb, None, |wb| wb.title = "Plan".into());
        // Customer data arrives outside the history (an import), then an edit.
        wb.customer_data = Some(DatasetInfo {
            source: DatasetSource::Demo { lang: Lang::En },
            mapping: Vec::new(),
            summary: Default::default(),
        });
        let mut added = crate::RowId(0);
        h.apply(&mut wb, None, |wb| {
            added = wb.add_swot_item(crate::swot::Quadrant::Threats)
        });
        let next = wb.ids.clone();
        h.undo(&mut wb);
        h.undo(&mut wb);
        assert_eq!(wb.title, "");
        assert!(wb.swot.items().all(|(_, i)| i.id != added));
        assert!(wb.customer_data.is_some(), "the import is not undone");
        assert_eq!(wb.ids, next, "ids go on from where they were");
        assert_ne!(wb.fresh_id(), added);
    }
}
