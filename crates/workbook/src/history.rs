//! Undo and redo for the open workbook: one history of steps, each the state before
//! an edit, so that every edit of every worksheet is undone the same way.
//!
//! - **Steps.** A step is the whole workbook as it was before the edit (the
//!   workbook is a few hundred kilobytes at most, and a snapshot needs no per-edit
//!   inverse that could drift from the edit). An edit that changes nothing records
//!   nothing.
//! - **Typing.** Keystrokes in one field are one step: an edit made while typing in
//!   `field` joins the step the last edit opened in that same field, until the burst
//!   is committed ([`History::commit`]: the field left, Enter, any other edit, undo or
//!   redo). Typing a field back to what it was when the burst began removes the step.
//! - **What it does not cover.** The customer data (`Workbook::customer_data`, whose
//!   rows live outside the workbook) is never put back: undo restores everything
//!   else and keeps the data as it is, and an edit of the data alone is no step.
//!   The row-id counter never goes back, so an id given to a row that undo took away
//!   is never given to another.
//! - **Bounds.** At most [`CAP`] steps are kept, undo and redo together; the oldest
//!   go first. The history belongs to one workbook: one with another id clears it.

use std::collections::VecDeque;

use crate::workbook::Workbook;

/// The most steps kept. A workshop's hour of work is far fewer committed edits, and
/// a hundred snapshots of even a large workbook stay within a few tens of megabytes.
pub const CAP: usize = 100;

/// A workbook state and the step it belongs to.
#[derive(Clone, Debug)]
struct Step {
    /// Without `customer_data` (never restored, so not kept).
    state: Workbook,
    serial: u64,
}

/// The undo and redo stacks of one workbook.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// The id of the workbook the steps belong to.
    workbook: Option<String>,
    /// States before each step, oldest first.
    undo: VecDeque<Step>,
    /// States after each undone step, the next to redo last.
    redo: Vec<Step>,
    /// The field whose typing burst the newest undo step holds, while it is open.
    typing: Option<String>,
    next_serial: u64,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// Applies `change` to `wb` and records it: as a step of its own, or (`typing`
    /// names the field being typed in) as part of that field's open typing burst.
    /// Returns the serial of the step that holds the edit, or `None` when the edit
    /// changed nothing undo restores.
    pub fn edit(
        &mut self,
        wb: &mut Workbook,
        typing: Option<&str>,
        change: impl FnOnce(&mut Workbook),
    ) -> Option<u64> {
        self.follow(wb);
        let continues = typing.is_some() && typing == self.typing.as_deref();
        if let (true, Some(top)) = (continues, self.undo.back()) {
            change(wb);
            if same(&top.state, wb) {
                // Typed back to where the burst began: nothing to undo.
                self.undo.pop_back();
                self.typing = None;
                return None;
            }
            return Some(top.serial);
        }
        let before = snapshot(wb);
        change(wb);
        if same(&before, wb) {
            return None;
        }
        let serial = self.next_serial;
        self.next_serial += 1;
        self.undo.push_back(Step {
            state: before,
            serial,
        });
        if self.undo.len() > CAP {
            self.undo.pop_front();
        }
        self.redo.clear();
        self.typing = typing.map(str::to_string);
        Some(serial)
    }

    /// Ends the open typing burst: the next keystroke starts a new step.
    pub fn commit(&mut self) {
        self.typing = None;
    }

    /// Puts `wb` back as it was before the newest step; `false` if there is none.
    pub fn undo(&mut self, wb: &mut Workbook) -> bool {
        self.follow(wb);
        self.typing = None;
        let Some(step) = self.undo.pop_back() else {
            return false;
        };
        let after = swap_in(wb, step.state);
        self.redo.push(Step {
            state: after,
            serial: step.serial,
        });
        true
    }

    /// Makes the newest undone step again; `false` if there is none.
    pub fn redo(&mut self, wb: &mut Workbook) -> bool {
        self.follow(wb);
        self.typing = None;
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let before = swap_in(wb, step.state);
        self.undo.push_back(Step {
            state: before,
            serial: step.serial,
        });
        true
    }

    /// Forgets every step (another workbook was opened).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.typing = None;
        self.workbook = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The serial of the step [`History::undo`] would take back.
    pub fn last_step(&self) -> Option<u64> {
        self.undo.back().map(|s| s.serial)
    }

    /// The field whose typing is not yet committed, if any: its keystrokes are
    /// still one open step.
    pub fn typing_in(&self) -> Option<&str> {
        self.typing.as_deref()
    }

    /// Steps kept: (undo, redo).
    pub fn len(&self) -> (usize, usize) {
        (self.undo.len(), self.redo.len())
    }

    pub fn is_empty(&self) -> bool {
        self.undo.is_empty() && self.redo.is_empty()
    }

    /// Starts afresh when `wb` is not the workbook the steps belong to.
    fn follow(&mut self, wb: &Workbook) {
        if self.workbook.as_deref() != Some(wb.id.as_str()) {
            self.clear();
            self.workbook = Some(wb.id.clone());
        }
    }
}

/// `wb` as a step keeps it: without the customer data.
fn snapshot(wb: &mut Workbook) -> Workbook {
    let data = wb.customer_data.take();
    let state = wb.clone();
    wb.customer_data = data;
    state
}

/// Whether `wb` is `state` as far as undo is concerned: everything but the customer
/// data and the id counter.
fn same(state: &Workbook, wb: &mut Workbook) -> bool {
    let data = wb.customer_data.take();
    let ids = std::mem::replace(&mut wb.ids, state.ids.clone());
    let same = *state == *wb;
    wb.customer_data = data;
    wb.ids = ids;
    same
}

/// Puts `state` in place of `wb`, keeping `wb`'s customer data and an id counter no
/// lower than `wb`'s; returns what was replaced (as a step keeps it).
fn swap_in(wb: &mut Workbook, mut state: Workbook) -> Workbook {
    state.ids.keep_ahead_of(&wb.ids);
    state.customer_data = wb.customer_data.take();
    std::mem::replace(wb, state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::swot::Quadrant;
    use crate::{demo, Lang, Score};

    /// What a test does: type into a field (the title or the client), commit, make
    /// a committed edit, undo, redo.
    #[derive(Clone, Copy, Debug)]
    enum Op {
        TypeTitle(&'static str),
        TypeClient(&'static str),
        Commit,
        /// A committed edit: the first strength's text.
        Strength(&'static str),
        /// A committed edit that changes nothing.
        Same,
        Undo,
        Redo,
    }
    use Op::*;

    fn apply(h: &mut History, wb: &mut Workbook, op: Op) {
        match op {
            TypeTitle(t) => {
                h.edit(wb, Some("title"), |w| w.title = t.into());
            }
            TypeClient(t) => {
                h.edit(wb, Some("client"), |w| w.client = t.into());
            }
            Commit => h.commit(),
            Strength(t) => {
                h.edit(wb, None, |w| w.swot.strengths[0].text = t.into());
            }
            Same => {
                h.edit(wb, None, |w| w.title = w.title.clone());
            }
            Undo => {
                h.undo(wb);
            }
            Redo => {
                h.redo(wb);
            }
        }
    }

    /// (name, operations, title, client, first strength, undo steps, redo steps)
    type Case = (
        &'static str,
        &'static [Op],
        &'static str,
        &'static str,
        &'static str,
        usize,
        usize,
    );

    #[test]
    fn steps_group_typing_per_field_and_burst() {
        let cases: &[Case] = &[
            ("nothing", &[], "", "", "", 0, 0),
            (
                "keystrokes in one field are one step",
                &[TypeTitle("A"), TypeTitle("Ac"), TypeTitle("Acm")],
                "Acm",
                "",
                "",
                1,
                0,
            ),
            (
                "and one undo takes them all back",
                &[TypeTitle("A"), TypeTitle("Ac"), Undo],
                "",
                "",
                "",
                0,
                1,
            ),
            (
                "another field starts another step",
                &[TypeTitle("A"), TypeClient("B"), TypeClient("Bo"), Undo],
                "A",
                "",
                "",
                1,
                1,
            ),
            (
                "a commit ends the burst",
                &[TypeTitle("A"), Commit, TypeTitle("Ab"), Undo],
                "A",
                "",
                "",
                1,
                1,
            ),
            (
                "a committed edit ends the burst",
                &[TypeTitle("A"), Strength("s"), TypeTitle("Ab"), Undo, Undo],
                "A",
                "",
                "",
                1,
                2,
            ),
            (
                "typing back to the start leaves no step",
                &[TypeTitle("A"), TypeTitle("")],
                "",
                "",
                "",
                0,
                0,
            ),
            (
                "an edit that changes nothing is no step",
                &[Same, Same],
                "",
                "",
                "",
                0,
                0,
            ),
            (
                "remove, edit, undo twice, redo once",
                &[Strength("kept"), Commit, TypeTitle("T"), Undo, Undo, Redo],
                "",
                "",
                "kept",
                1,
                1,
            ),
            (
                "a new edit drops what could be redone",
                &[Strength("a"), Strength("b"), Undo, TypeClient("c")],
                "",
                "c",
                "a",
                2,
                0,
            ),
            (
                "undo and redo with nothing to do change nothing",
                &[Undo, Redo, Redo],
                "",
                "",
                "",
                0,
                0,
            ),
            (
                "typing after an undo is a new step",
                &[TypeTitle("A"), Undo, TypeTitle("B"), TypeTitle("Bc"), Undo],
                "",
                "",
                "",
                0,
                1,
            ),
        ];
        for (name, ops, title, client, strength, undos, redos) in cases {
            let mut wb = Workbook::blank("w", Lang::En);
            let mut h = History::new();
            for op in *ops {
                apply(&mut h, &mut wb, *op);
            }
            assert_eq!(wb.title, *title, "{name}: title");
            assert_eq!(wb.client, *client, "{name}: client");
            assert_eq!(wb.swot.strengths[0].text, *strength, "{name}: strength");
            assert_eq!(h.len(), (*undos, *redos), "{name}: steps");
            assert_eq!(h.can_undo(), *undos > 0, "{name}");
            assert_eq!(h.can_redo(), *redos > 0, "{name}");
        }
    }

    #[test]
    fn undo_and_redo_restore_exact_states() {
        let mut wb = demo::workbook(Lang::En);
        let start = wb.clone();
        let mut h = History::new();
        let item = wb.swot.strengths[1].clone();
        h.edit(&mut wb, None, |w| {
            w.remove_swot_item(crate::workbook::SwotOwner::Company, item.id)
        });
        let removed = wb.clone();
        h.edit(&mut wb, Some("s"), |w| {
            w.swot.threats[0].score = Score::new(2).ok()
        });
        let edited = wb.clone();
        assert!(h.undo(&mut wb));
        assert_eq!(wb, removed);
        assert!(h.undo(&mut wb));
        assert_eq!(
            wb.swot, start.swot,
            "the removed item is back with its score"
        );
        assert_eq!(wb.swot.strengths[1], item);
        assert!(h.redo(&mut wb));
        assert_eq!(wb.swot, removed.swot);
        assert!(h.redo(&mut wb));
        assert_eq!(wb, edited);
        assert!(!h.redo(&mut wb));
    }

    #[test]
    fn the_customer_data_and_the_id_counter_never_go_back() {
        let mut wb = demo::workbook(Lang::En);
        assert!(wb.customer_data.is_some());
        let mut h = History::new();
        let mut added = None;
        h.edit(&mut wb, None, |w| {
            added = Some(w.add_swot_item(Quadrant::Threats))
        });
        let added = added.unwrap();
        // The rows were removed meanwhile (not an undoable edit: their rows are gone).
        assert_eq!(h.edit(&mut wb, None, |w| w.customer_data = None), None);
        assert!(h.undo(&mut wb));
        assert!(wb.customer_data.is_none(), "undo does not bring data back");
        assert!(!wb.swot.threats.iter().any(|i| i.id == added));
        let next = wb.fresh_id();
        assert!(
            next > added,
            "{next:?} after {added:?}: ids are never reused"
        );
    }

    #[test]
    fn steps_are_capped_and_oldest_go_first() {
        let mut wb = Workbook::blank("w", Lang::En);
        let mut h = History::new();
        for n in 0..CAP + 5 {
            h.edit(&mut wb, None, |w| w.title = n.to_string());
        }
        assert_eq!(h.len(), (CAP, 0));
        while h.undo(&mut wb) {}
        assert_eq!(wb.title, "4", "the five oldest steps were dropped");
        assert_eq!(h.len(), (0, CAP));
    }

    #[test]
    fn another_workbook_starts_afresh() {
        let mut h = History::new();
        let mut a = Workbook::blank("a", Lang::En);
        h.edit(&mut a, None, |w| w.title = "a".into());
        let mut b = Workbook::blank("b", Lang::En);
        assert!(!h.undo(&mut b), "a's step is not b's");
        assert_eq!(b.title, "");
        assert!(!h.can_undo());
    }

    #[test]
    fn serials_name_steps_through_undo_and_redo() {
        let mut wb = Workbook::blank("w", Lang::En);
        let mut h = History::new();
        let first = h.edit(&mut wb, None, |w| w.title = "1".into());
        let typed = h.edit(&mut wb, Some("c"), |w| w.client = "x".into());
        assert_eq!(
            h.edit(&mut wb, Some("c"), |w| w.client = "xy".into()),
            typed
        );
        assert_ne!(first, typed);
        assert_eq!(h.last_step(), typed);
        assert_eq!(h.typing_in(), Some("c"));
        h.undo(&mut wb);
        assert_eq!(h.typing_in(), None);
        assert_eq!(h.last_step(), first);
        h.redo(&mut wb);
        assert_eq!(h.last_step(), typed);
    }

    #[test]
    fn a_workbook_as_stored_is_small_enough_to_keep_cap_copies() {
        // The bound the README quotes: a hundred snapshots of the demo (the largest
        // workbook a workshop is likely to hold, with every worksheet filled).
        let json = serde_json::to_string(&demo::workbook(Lang::Zh)).unwrap();
        assert!(json.len() * CAP < 20 << 20, "{} bytes", json.len());
    }
}
