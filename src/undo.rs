//! Undo and redo of the open workbook: the history (`workbook::history`) held for
//! the tab, recorded by `App::edit`; the keyboard shortcuts (Ctrl/Cmd+Z, Ctrl+Shift+Z
//! and Ctrl+Y), which win over a text field's own undo while the history has a
//! step; the end of a typing burst when a field is left; removals announced with an
//! Undo; and the autosave of every state undo and redo reach.

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::history::{History, Typing};
use workbook::{Lang, Workbook};

use crate::autosave;
use crate::state::{App, Notice};

/// The history and what the screens show of it.
#[derive(Clone, Copy)]
pub struct Undo {
    history: StoredValue<History<Workbook>>,
    /// Whether there is a step to undo / to redo (the header's buttons).
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// The field whose keystroke is being applied (see [`typed`]).
    typing: StoredValue<Option<String>>,
}

impl Default for Undo {
    fn default() -> Undo {
        Undo::new()
    }
}

impl Undo {
    pub fn new() -> Undo {
        Undo {
            history: StoredValue::new(History::default()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            typing: StoredValue::new(None),
        }
    }

    /// Applies `edit` to `wb` as a step of the history (or part of the typing
    /// burst in progress); true when a new step began.
    pub(crate) fn record(self, wb: &mut Workbook, edit: impl FnOnce(&mut Workbook)) -> bool {
        let field = self.typing.get_value();
        let typing = field.as_deref().map(|field| Typing {
            field,
            at_ms: js_sys::Date::now(),
        });
        self.history
            .try_update_value(|h| h.apply(wb, typing, edit))
            .unwrap_or(false)
    }

    /// Brings the buttons in line with the history.
    pub(crate) fn refresh(self) {
        let (undo, redo) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        if self.can_undo.get_untracked() != undo {
            self.can_undo.set(undo);
        }
        if self.can_redo.get_untracked() != redo {
            self.can_redo.set(redo);
        }
    }
}

/// Runs `f` (a field's `input` handler) with its edits counted as typing in the
/// field the event `ev` came from (by its DOM id): keystrokes of one burst in one
/// field are one step to undo.
pub fn typed(app: App, ev: &web_sys::Event, f: impl FnOnce()) {
    let id = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| el.id())
        .unwrap_or_default();
    let before = app.undo.typing.try_update_value(|t| t.replace(id));
    f();
    app.undo.typing.set_value(before.flatten());
}

/// Undoes the latest step; false when there is none.
pub fn undo(app: App) -> bool {
    step(app, |h, wb| h.undo(wb))
}

/// Does again the step undone last; false when there is none.
pub fn redo(app: App) -> bool {
    step(app, |h, wb| h.redo(wb))
}

fn step(app: App, go: impl FnOnce(&mut History<Workbook>, &mut Workbook) -> bool) -> bool {
    let mut moved = false;
    app.workbook.update(|wb| {
        moved = app
            .undo
            .history
            .try_update_value(|h| go(h, wb))
            .unwrap_or(false);
    });
    app.undo.refresh();
    if moved {
        // A removal's notice offers to undo that removal, which this has done or
        // has moved away from.
        clear_removal_notice(app);
        // Each state reached is stored at once, like any committed change: a
        // reload right after shows it.
        autosave::commit(app);
    }
    moved
}

/// Forgets the history: another workbook is opened (or this one replaced).
pub fn clear(app: App) {
    app.undo.history.update_value(History::clear);
    app.undo.refresh();
    clear_removal_notice(app);
}

/// Ends the typing burst in progress, so the next keystroke is a step of its own.
fn close_burst(app: App) {
    app.undo.history.update_value(History::close);
}

/// After a new step: a removal notice offers to undo that removal only while it is
/// the latest step.
pub(crate) fn after_new_step(app: App) {
    clear_removal_notice(app);
}

fn clear_removal_notice(app: App) {
    if app
        .notice
        .with_untracked(|n| matches!(n, Some(Notice::Removed { .. })))
    {
        app.notice.set(None);
    }
}

/// Removes something the user may have filled in, as an ordinary step of the
/// history; unless what goes was `blank`, a notice names it (`name` in either
/// language, with its `text` quoted when it has one) and offers to undo the removal.
pub fn remove(
    app: App,
    blank: bool,
    name: impl Fn(Lang) -> String,
    text: &str,
    change: impl FnOnce(&mut Workbook),
) {
    app.edit(change);
    if !blank {
        let named = |lang| crate::i18n::undo::removed_name(lang, &name(lang), text);
        app.notice.set(Some(Notice::Removed {
            en: named(Lang::En),
            zh: named(Lang::Zh),
        }));
    }
}

/// Installs the keyboard shortcuts and the end of typing bursts. Call once.
pub fn start(app: App) {
    window_event_listener_untyped("keydown", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let Some(redo_wanted) = shortcut(ev) else {
            return;
        };
        if leaves_to_the_browser(ev.target()) {
            return;
        }
        // Only when the history has a step does the app take the keys: otherwise a
        // field's own undo (or the browser's) still works as everywhere else. Taken,
        // they stop the field's own undo, which would put back its text without the
        // workbook knowing; the field shows the restored value instead.
        let done = if redo_wanted { redo(app) } else { undo(app) };
        if done {
            ev.prevent_default();
        }
    });
    // The Edit menu's or the context menu's Undo in a field asks through
    // `beforeinput`; the history answers it the same way.
    window_event_listener_untyped("beforeinput", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::InputEvent>() else {
            return;
        };
        let redo_wanted = match ev.input_type().as_str() {
            "historyUndo" => false,
            "historyRedo" => true,
            _ => return,
        };
        if leaves_to_the_browser(ev.target()) {
            return;
        }
        let done = if redo_wanted { redo(app) } else { undo(app) };
        if done {
            ev.prevent_default();
        }
    });
    // A field left or its change committed ends the burst of typing in it.
    window_event_listener_untyped("focusout", move |_| close_burst(app));
    window_event_listener_untyped("change", move |_| close_burst(app));
}

/// `Some(false)` for Ctrl/Cmd+Z, `Some(true)` for Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y,
/// `None` for any other key (or while an input method is composing).
fn shortcut(ev: &web_sys::KeyboardEvent) -> Option<bool> {
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || ev.is_composing() {
        return None;
    }
    match ev.key().to_lowercase().as_str() {
        "z" => Some(ev.shift_key()),
        "y" if !ev.shift_key() => Some(true),
        _ => None,
    }
}

/// Fields that are not the workbook's (the library's search, a new title being
/// typed) are marked `data-undo="native"`: undo there is the field's own.
fn leaves_to_the_browser(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[data-undo=native]").ok().flatten())
        .is_some()
}
