//! Autosave: every workbook change reaches localStorage. A committed change (a field
//! left, Enter, a choice made, a button clicked) is written at once; typing is
//! written `DELAY` after the last keystroke, and at once when the page is hidden or
//! closed or another workbook is opened. Never over what another tab saved since
//! this tab's copy was read (this tab is then told and pauses), and never silently
//! lost: closing a tab that holds edits that could not be saved asks first. Opening
//! a workbook is not a change: it is not saved back.

use std::time::Duration;

use leptos::leptos_dom::helpers::{
    set_timeout, set_timeout_with_handle, window_event_listener, window_event_listener_untyped,
    TimeoutHandle,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::safekeeping::{self, Revision};

use crate::persist;
use crate::state::{App, SaveStatus};

/// How long typing may pause before it is written. Every keystroke restarts it, so
/// a crash of the browser loses at most the keystrokes of this last stretch in the
/// field being typed in (README "Reliability"); a change that is committed (the
/// field left, Enter, a choice) does not wait.
const DELAY: Duration = Duration::from_millis(300);

/// The autosave's own state, kept in the app's state so that opening another
/// workbook can flush and skip.
#[derive(Clone, Copy)]
pub struct Autosave {
    /// The debounced write waiting to run.
    pending: StoredValue<Option<TimeoutHandle>>,
    /// Set when a workbook is put in place as it is stored: the next change of the
    /// workbook signal is that, not an edit.
    skip_next: StoredValue<bool>,
    /// The workbook in memory has edits that are not in storage yet.
    dirty: StoredValue<bool>,
    /// This tab's last save was overwritten by another tab saving at the same moment
    /// (both over the same revision): what this tab holds is nowhere in storage,
    /// even with no edit since.
    overwritten: StoredValue<bool>,
    /// The user chose to let this tab's version go (Reload in the stale-tab
    /// notice): leaving the page then asks nothing.
    discarded: StoredValue<bool>,
}

impl Default for Autosave {
    fn default() -> Autosave {
        Autosave::new()
    }
}

impl Autosave {
    pub fn new() -> Autosave {
        Autosave {
            pending: StoredValue::new(None),
            skip_next: StoredValue::new(false),
            dirty: StoredValue::new(false),
            overwritten: StoredValue::new(false),
            discarded: StoredValue::new(false),
        }
    }

    /// The user chose to drop this tab's unsaved version (to reload the one another
    /// tab saved): the page may go without asking.
    pub fn discard(self) {
        self.discarded.set_value(true);
    }

    /// A workbook was put in place as it is stored: the coming change of the
    /// workbook signal is that, not an edit, and nothing is waiting to be written.
    pub fn loaded(self) {
        self.settled();
        self.skip_next.set_value(true);
    }

    /// What this tab holds is safe elsewhere (kept as a copy in the library): nothing
    /// is waiting to be written over the workbook it came from.
    pub fn settled(self) {
        if let Some(old) = self.pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        self.dirty.set_value(false);
        self.overwritten.set_value(false);
    }

    /// Whether this tab holds work that storage does not: edits not yet written (or
    /// refused), or a save another tab overwrote.
    pub fn unsaved(self) -> bool {
        !self.discarded.get_value() && (self.dirty.get_value() || self.overwritten.get_value())
    }
}

/// Writes waiting edits now (before another workbook replaces this one in memory,
/// before a replacement keeps it as a backup, when the page goes away, and after
/// storage was freed). Synchronous: the page may be gone a moment later.
pub fn flush(app: App) {
    if let Some(handle) = app
        .autosave
        .pending
        .try_update_value(Option::take)
        .flatten()
    {
        handle.clear();
    }
    write_if_dirty(app);
}

/// Starts watching the workbook. Call once, after the initial workbook is in place.
pub fn start(app: App) {
    let pending = app.autosave.pending;
    let skip_next = app.autosave.skip_next;
    let dirty = app.autosave.dirty;

    Effect::new(move |previous: Option<()>| {
        app.workbook.track();
        // The first run only subscribes: the workbook just loaded needs no save.
        if previous.is_none() {
            return;
        }
        if skip_next.try_update_value(std::mem::take).unwrap_or(false) {
            return;
        }
        dirty.set_value(true);
        if paused(app) {
            return;
        }
        app.save.set(SaveStatus::Saving);
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        let timer = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                write_locked(app);
            },
            DELAY,
        );
        match timer {
            Ok(handle) => pending.set_value(Some(handle)),
            // Without timers, save synchronously rather than not at all.
            Err(_) => write_if_dirty(app),
        }
    });

    watch_other_tabs(app);
    watch_commits(app);
    // Closing the tab right after typing must lose nothing: `pagehide` fires on
    // close and navigation, `visibilitychange` when switching away on mobile.
    window_event_listener_untyped("pagehide", move |_| flush(app));
    window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush(app);
        }
    });
    window_event_listener_untyped("beforeunload", move |ev| {
        flush(app);
        if app.autosave.unsaved() {
            // Both forms: `preventDefault` is the standard, `returnValue` what older
            // engines look for. Browsers show their own wording.
            ev.prevent_default();
            if let Some(ev) = ev.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                ev.set_return_value("unsaved");
            }
        }
    });
}

/// A change the user has finished making (a field left, Enter pressed, a choice
/// made, a button pressed) is written at once rather than after the typing delay.
/// The edit's own handler runs before these window listeners, and the autosave
/// effect normally before them too; the second flush after a zero delay covers an
/// effect that ran later.
fn watch_commits(app: App) {
    let commit = move || commit(app);
    window_event_listener(leptos::ev::change, move |_| commit());
    window_event_listener(leptos::ev::click, move |_| commit());
    window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Enter" {
            commit();
        }
    });
}

/// Writes a change the user has finished making at once (see `watch_commits`): now,
/// and again after a zero delay for an autosave effect that runs after the caller.
pub fn commit(app: App) {
    flush(app);
    set_timeout(move || flush(app), Duration::ZERO);
}

fn paused(app: App) -> bool {
    matches!(app.save.get_untracked(), SaveStatus::Stale)
}

/// The name of the lock every tab takes to save workbook `id`.
fn lock_name(id: &str) -> String {
    format!("crm-workbook/save/{id}")
}

/// Saves while holding the workbook's lock, so that no other tab reads and writes
/// its revision in between.
fn write_locked(app: App) {
    let id = app.workbook.with_untracked(|wb| wb.id.clone());
    crate::locks::exclusive(&lock_name(&id), move || {
        // Another workbook may have been opened while waiting for the lock: its
        // own edits (if any) are what is dirty now, and they are its to save.
        if app.workbook.with_untracked(|wb| wb.id == id) {
            write_if_dirty(app);
        }
    });
}

/// Writes the workbook if it has edits storage lacks and saving is not paused.
fn write_if_dirty(app: App) {
    if paused(app) || !app.autosave.dirty.get_value() {
        return;
    }
    let base = app.revision.get_value();
    let status = match app
        .workbook
        .with_untracked(|wb| persist::save_workbook_at(wb, &base))
    {
        Ok(persist::Saved::At(revision)) => {
            app.revision.set_value(revision);
            app.autosave.dirty.set_value(false);
            app.autosave.overwritten.set_value(false);
            SaveStatus::Saved
        }
        Ok(persist::Saved::Stale) => SaveStatus::Stale,
        Err(e) => SaveStatus::Failed(e),
    };
    app.save.set(status);
}

/// Listens for saves by other tabs: the browser fires `storage` in every other tab
/// of the origin when one writes, so a stale copy is noticed before its next save,
/// and a save that two tabs made at the same moment is noticed by the tab whose
/// write was overwritten.
fn watch_other_tabs(app: App) {
    window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let key = app
            .workbook
            .with_untracked(|wb| workbook::library::revision_key(&wb.id));
        if ev.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let seen = Revision::parse(ev.new_value().as_deref());
        let own = app.revision.get_value();
        if !safekeeping::overtaken(&own, &seen) {
            return;
        }
        if seen.count == own.count && own.writer == persist::tab_id() {
            app.autosave.overwritten.set_value(true);
        }
        if app.save.get_untracked() != SaveStatus::Stale {
            app.save.set(SaveStatus::Stale);
        }
    });
}
