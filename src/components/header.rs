//! The header: app name, the open workbook's title, the way to the library, save
//! indicator, undo and redo, language switch and the workbook actions (import,
//! export).

use leptos::prelude::*;
use workbook::{Lang, Route};

use crate::components::workbook_import::{ImportButton, ImportFlow, ImportPanel};
use crate::download;
use crate::i18n::library::{self as lib, LibMsg};
use crate::i18n::sharing::ShareMsg;
use crate::i18n::undo::UndoMsg;
use crate::i18n::{self, Label, Msg, Text};
use crate::persist;
use crate::state::{tr, use_app, SaveStatus};
use crate::storage::StorageError;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let import = ImportFlow::new(app);

    let with_rows = RwSignal::new(false);
    let export = move |_| {
        let rows = with_rows
            .get_untracked()
            .then(|| app.rows.with_untracked(|r| r.dataset().cloned()))
            .flatten();
        let (name, text) = app
            .workbook
            .with_untracked(|wb| persist::export(wb, rows.as_deref()));
        // A failed download leaves the workbook untouched; the browser shows nothing.
        let _ = download::download_text(&name, "application/json", &text);
    };

    view! {
        <header class="app-header">
            <div class="brand">
                <span class="app-name">{tr(Msg::AppName)}</span>
                <span class="workbook-title">
                    {move || {
                        app.workbook
                            .with(|w| lib::display_name(app.lang.get(), Some(&w.title), &w.id))
                    }}
                </span>
                <a
                    class="header-library-link"
                    href=Route::Library.to_hash()
                    aria-current=move || (app.route.get() == Route::Library).then_some("page")
                >
                    {tr(LibMsg::Library)}
                </a>
            </div>
            <SaveIndicator/>
            <div class="header-controls">
                <UndoButtons/>
                <label for="lang-select">{tr(Msg::Language)}</label>
                <select
                    id="lang-select"
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                            app.lang.set(lang);
                        }
                    }
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <option value=lang.tag() selected=move || app.lang.get() == lang>
                                    {lang.label(lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <crate::present::PresentButton/>
                <ImportButton flow=import/>
                <button type="button" on:click=export>{tr(Msg::ExportJson)}</button>
                <Show when=move || app.rows.with(|r| r.dataset().is_some())>
                    <span class="check">
                        <input
                            id="export-with-rows"
                            type="checkbox"
                            prop:checked=move || with_rows.get()
                            on:change=move |ev| with_rows.set(event_target_checked(&ev))
                        />
                        <label for="export-with-rows">{tr(Msg::ExportWithRows)}</label>
                    </span>
                </Show>
            </div>
        </header>
        <ImportPanel flow=import/>
    }
}

/// "Saved" / "Saving…" / "Not saved: why", announced politely to screen readers.
#[component]
fn SaveIndicator() -> impl IntoView {
    let app = use_app();
    let text = move || {
        let lang = app.lang.get();
        match app.save.get() {
            SaveStatus::Saved => Msg::Saved.text(lang).to_string(),
            SaveStatus::Saving => Msg::Saving.text(lang).to_string(),
            SaveStatus::Stale => format!(
                "{}{}{}",
                Msg::NotSaved.text(lang),
                i18n::colon(lang),
                ShareMsg::ChangedElsewhere.text(lang)
            ),
            SaveStatus::Failed(reason) => {
                let why = match reason {
                    StorageError::Unavailable => Msg::StorageUnavailable.text(lang).to_string(),
                    StorageError::Full => Msg::StorageFull.text(lang).to_string(),
                    StorageError::Other(detail) => {
                        // After "：" Chinese takes no space.
                        let space = if lang == Lang::En { " " } else { "" };
                        format!("{}{space}{detail}", Msg::StorageError.text(lang))
                    }
                };
                format!("{}{}{why}", Msg::NotSaved.text(lang), i18n::colon(lang))
            }
        }
    };
    let class = move || match app.save.get() {
        SaveStatus::Saved => "save-status saved",
        SaveStatus::Saving => "save-status saving",
        SaveStatus::Failed(_) | SaveStatus::Stale => "save-status failed",
    };
    view! { <p class=class role="status" aria-live="polite">{text}</p> }
}

/// Undo and Redo for the open workbook's history; their titles say the history is
/// the tab's, in memory only.
#[component]
fn UndoButtons() -> impl IntoView {
    let app = use_app();
    view! {
        <span class="undo-redo">
            <button
                type="button"
                title=move || app.tr(UndoMsg::UndoTitle)
                aria-keyshortcuts="Control+Z Meta+Z"
                disabled=move || !app.undo.can_undo.get()
                on:click=move |_| {
                    crate::undo::undo(app);
                }
            >
                {tr(UndoMsg::Undo)}
            </button>
            <button
                type="button"
                title=move || app.tr(UndoMsg::RedoTitle)
                aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
                disabled=move || !app.undo.can_redo.get()
                on:click=move |_| {
                    crate::undo::redo(app);
                }
            >
                {tr(UndoMsg::Redo)}
            </button>
        </span>
    }
}
