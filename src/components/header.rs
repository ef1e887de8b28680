//! The header: app name, workbook title, save indicator, language switch and the
//! workbook actions (new blank, load demo, import, export), with their confirmation.
//! Replacing the workbook keeps the old one as a backup first.

use leptos::prelude::*;
use leptos::task::spawn_local;
use workbook::{demo, Lang, Workbook};

use crate::backups;
use crate::components::workbook_import::{ImportButton, ImportFlow, ImportPanel};
use crate::download;
use crate::i18n::sharing::ShareMsg;
use crate::i18n::{Label, Msg, Text};
use crate::persist;
use crate::state::{tr, use_app, SaveStatus};
use crate::storage::StorageError;

/// A replacement of the whole workbook waiting for the user's confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    Blank,
    Demo,
}

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let pending = RwSignal::new(None::<Pending>);
    let import = ImportFlow::new(app);

    let confirm = move |_| {
        let lang = app.lang.get_untracked();
        let replacement = match pending.get_untracked() {
            Some(Pending::Blank) => Workbook::blank(persist::new_workbook_id(), lang),
            Some(Pending::Demo) => demo::workbook(lang),
            None => return,
        };
        pending.set(None);
        spawn_local(backups::replace(app, replacement, None));
    };
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
                <span class="workbook-title">{move || app.workbook.with(|w| w.title.clone())}</span>
            </div>
            <SaveIndicator/>
            <div class="header-controls">
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
                <button type="button" on:click=move |_| pending.set(Some(Pending::Blank))>
                    {tr(Msg::NewBlank)}
                </button>
                <button type="button" on:click=move |_| pending.set(Some(Pending::Demo))>
                    {tr(Msg::LoadDemo)}
                </button>
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
        <Show when=move || pending.get().is_some()>
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body">
                <p id="confirm-title" class="confirm-title">
                    {move || match pending.get() {
                        Some(Pending::Demo) => app.tr(Msg::ConfirmReplaceDemo),
                        _ => app.tr(Msg::ConfirmReplaceBlank),
                    }}
                </p>
                <p id="confirm-body">{tr(Msg::ConfirmExportFirst)}</p>
                <button type="button" on:click=export>{tr(Msg::ExportJson)}</button>
                <button type="button" class="danger" on:click=confirm>{tr(Msg::Replace)}</button>
                <button type="button" on:click=move |_| pending.set(None)>{tr(Msg::Cancel)}</button>
            </div>
        </Show>
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
            SaveStatus::Paused => format!(
                "{}: {}",
                Msg::NotSaved.text(lang),
                Msg::QuarantineFailed.text(lang)
            ),
            SaveStatus::Stale => format!(
                "{}: {}",
                Msg::NotSaved.text(lang),
                ShareMsg::ChangedElsewhere.text(lang)
            ),
            SaveStatus::Failed(reason) => {
                let why = match reason {
                    StorageError::Unavailable => Msg::StorageUnavailable.text(lang).to_string(),
                    StorageError::Full => Msg::StorageFull.text(lang).to_string(),
                    StorageError::Other(detail) => {
                        format!("{} {detail}", Msg::StorageError.text(lang))
                    }
                };
                format!("{}: {why}", Msg::NotSaved.text(lang))
            }
        }
    };
    let class = move || match app.save.get() {
        SaveStatus::Saved => "save-status saved",
        SaveStatus::Saving => "save-status saving",
        SaveStatus::Failed(_) | SaveStatus::Paused | SaveStatus::Stale => "save-status failed",
    };
    view! { <p class=class role="status" aria-live="polite">{text}</p> }
}
