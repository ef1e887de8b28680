//! Debounced autosave: every workbook change reaches localStorage at most `DELAY`
//! later, and at once when the page is hidden or closed or another workbook is
//! opened; never over a newer revision another tab saved (this tab is then told, by
//! the `storage` event or at its next save, and pauses). Opening a workbook is not a
//! change: it is not saved back.

use std::time::Duration;

use leptos::leptos_dom::helpers::{
    set_timeout_with_handle, window_event_listener, window_event_listener_untyped, TimeoutHandle,
};
use leptos::prelude::*;

use crate::persist;
use crate::state::{App, SaveStatus};

/// Long enough to coalesce a burst of typing, short enough that a crash loses little.
const DELAY: Duration = Duration::from_millis(400);

/// The autosave's own state, kept in the app's state so that opening another
/// workbook can flush and skip.
#[derive(Clone, Copy)]
pub struct Autosave {
    /// The debounced write waiting to run.
    pending: StoredValue<Option<TimeoutHandle>>,
    /// Set when a workbook is put in place as it is stored: the next change of the
    /// workbook signal is that, not an edit.
    skip_next: StoredValue<bool>,
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
        }
    }

    /// Marks the coming change of the workbook signal as a load, not an edit.
    pub fn skip_next(self) {
        self.skip_next.set_value(true);
    }
}

/// Writes a waiting change now (before another workbook replaces this one in
/// memory, or the page goes away).
pub fn flush(app: App) {
    let Some(handle) = app
        .autosave
        .pending
        .try_update_value(Option::take)
        .flatten()
    else {
        return;
    };
    handle.clear();
    write_now(app);
}

/// Starts watching the workbook. Call once, after the initial workbook is in place.
pub fn start(app: App) {
    let pending = app.autosave.pending;
    let skip_next = app.autosave.skip_next;
    let flush = move || flush(app);

    Effect::new(move |previous: Option<()>| {
        app.workbook.track();
        // The first run only subscribes: the workbook just loaded needs no save.
        if previous.is_none() || paused(app) {
            return;
        }
        if skip_next.try_update_value(std::mem::take).unwrap_or(false) {
            return;
        }
        app.save.set(SaveStatus::Saving);
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        let timer = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                write_now(app);
            },
            DELAY,
        );
        match timer {
            Ok(handle) => pending.set_value(Some(handle)),
            // Without timers, save synchronously rather than not at all.
            Err(_) => write_now(app),
        }
    });

    // Closing the tab right after typing must lose nothing: `pagehide` fires on
    // close and navigation, `visibilitychange` when switching away on mobile.
    watch_other_tabs(app);
    let on_hide = move |_| flush();
    window_event_listener_untyped("pagehide", on_hide);
    window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            flush();
        }
    });
}

fn paused(app: App) -> bool {
    matches!(app.save.get_untracked(), SaveStatus::Stale)
}

fn write_now(app: App) {
    if paused(app) {
        return;
    }
    let base = app.revision.get_value();
    let status = match app
        .workbook
        .with_untracked(|wb| persist::save_workbook_at(wb, base))
    {
        Ok(persist::Saved::At(revision)) => {
            app.revision.set_value(revision);
            SaveStatus::Saved
        }
        Ok(persist::Saved::Stale { .. }) => {
            mark_stale(app);
            return;
        }
        Err(e) => SaveStatus::Failed(e),
    };
    app.save.set(status);
}

/// Another tab saved since this one loaded: stop saving (the notices say so for as
/// long as this lasts).
fn mark_stale(app: App) {
    app.save.set(SaveStatus::Stale);
}

/// Listens for saves by other tabs: the browser fires `storage` in every other tab
/// of the origin when one writes, so a stale copy is noticed before its next save.
fn watch_other_tabs(app: App) {
    window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let key = app
            .workbook
            .with_untracked(|wb| workbook::library::revision_key(&wb.id));
        if ev.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let stored = workbook::safekeeping::parse_count(ev.new_value().as_deref());
        if !workbook::safekeeping::may_write(app.revision.get_value(), stored)
            && app.save.get_untracked() != SaveStatus::Stale
        {
            mark_stale(app);
        }
    });
}
