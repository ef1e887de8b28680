//! Undo and redo in the browser: the keyboard shortcuts, the events that end a burst
//! of typing, and the header's Undo and Redo buttons. The history itself is
//! `workbook::history`, kept in `App::history`; every edit reaches it through
//! `App::edit`.
//!
//! Keyboard rules: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo, on any
//! page. In a text field the user is still typing in (keystrokes not yet committed
//! by leaving the field or Enter), the browser keeps its own text undo: those
//! keystrokes are one open step, and the browser takes them back more finely, its
//! undo arriving as ordinary input. So does a text field when the workbook has
//! nothing to undo or redo. Everywhere else the workbook's history answers.

use leptos::ev;
use leptos::leptos_dom::helpers::{window_event_listener, window_event_listener_untyped};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::autosave;
use crate::i18n::undo::UndoMsg;
use crate::state::{tr, use_app, App};

/// Installs the shortcuts and the listeners that end a burst of typing. Call once.
pub fn start(app: App) {
    // A burst of typing ends when the field is left or its change is committed;
    // Enter in a field commits too (and its own edit, if any, is a step apart).
    window_event_listener(ev::change, move |_| app.commit_typing());
    window_event_listener_untyped("focusout", move |_| app.commit_typing());
    window_event_listener(ev::keydown, move |ev| {
        if ev.key() == "Enter" {
            app.commit_typing();
        } else {
            shortcut(app, &ev);
        }
    });
}

/// Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y (see the module's rules).
fn shortcut(app: App, ev: &ev::KeyboardEvent) {
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || ev.is_composing() {
        return;
    }
    let redo = match ev.key().as_str() {
        "z" | "Z" => ev.shift_key(),
        "y" | "Y" if ev.ctrl_key() && !ev.shift_key() => true,
        _ => return,
    };
    if let Some(field) = text_field(ev) {
        let typing_here = app
            .history
            .with_value(|h| h.typing_in() == Some(field.as_str()));
        let state = app.undo.get_untracked();
        let nothing = if redo {
            !state.can_redo
        } else {
            !state.can_undo
        };
        if typing_here || nothing {
            return;
        }
    }
    ev.prevent_default();
    let done = if redo { app.redo() } else { app.undo() };
    if done {
        autosave::commit(app);
    }
}

/// The id of the text field the key was pressed in, if it was one (a one-line text
/// input or a text area).
fn text_field(ev: &ev::KeyboardEvent) -> Option<String> {
    let target = ev.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        let kind = input.type_();
        return matches!(kind.as_str(), "text" | "search" | "").then(|| input.id());
    }
    target
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|area| area.id())
}

/// The header's Undo and Redo buttons, disabled when there is nothing to undo or
/// redo. Pressing one leaves the field being typed in first (the button takes the
/// focus), so Undo takes back that typing as one step.
#[component]
pub fn UndoButtons() -> impl IntoView {
    let app = use_app();
    view! {
        <span class="undo-buttons" role="group" aria-label=move || app.tr(UndoMsg::Group)>
            <button
                type="button"
                class="undo"
                title=move || app.tr(UndoMsg::UndoHint)
                aria-keyshortcuts="Control+Z Meta+Z"
                disabled=move || !app.undo.get().can_undo
                on:click=move |_| {
                    app.undo();
                }
            >
                {tr(UndoMsg::Undo)}
            </button>
            <button
                type="button"
                class="redo"
                title=move || app.tr(UndoMsg::RedoHint)
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                disabled=move || !app.undo.get().can_redo
                on:click=move |_| {
                    app.redo();
                }
            >
                {tr(UndoMsg::Redo)}
            </button>
        </span>
    }
}
