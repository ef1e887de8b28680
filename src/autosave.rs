//! Debounced autosave: every workbook change reaches localStorage at most `DELAY`
//! later, and at once when the page is hidden or closed.

use std::time::Duration;

use leptos::leptos_dom::helpers::{
    set_timeout_with_handle, window_event_listener_untyped, TimeoutHandle,
};
use leptos::prelude::*;

use crate::persist;
use crate::state::{App, SaveStatus};

/// Long enough to coalesce a burst of typing, short enough that a crash loses little.
const DELAY: Duration = Duration::from_millis(400);

/// Starts watching the workbook. Call once, after the initial workbook is in place.
pub fn start(app: App) {
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);

    let flush = move || {
        let Some(handle) = pending.try_update_value(Option::take).flatten() else {
            return;
        };
        handle.clear();
        write_now(app);
    };

    Effect::new(move |previous: Option<()>| {
        app.workbook.track();
        // The first run only subscribes: the workbook just loaded needs no save.
        if previous.is_none() || app.save.get_untracked() == SaveStatus::Paused {
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
    let on_hide = move |_| flush();
    window_event_listener_untyped("pagehide", on_hide);
    window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            flush();
        }
    });
}

fn write_now(app: App) {
    if app.save.get_untracked() == SaveStatus::Paused {
        return;
    }
    let status = match app.workbook.with_untracked(persist::save_workbook) {
        Ok(()) => SaveStatus::Saved,
        Err(e) => SaveStatus::Failed(e),
    };
    app.save.set(status);
}
