//! Notices under the header: unreadable stored data (with its download),
//! confirmations of whole-workbook changes and the backups they made, and another
//! tab's newer save (with reload, keep-mine and download).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::backups;
use crate::download;
use crate::i18n::sharing::{self as t, ShareMsg};
use crate::i18n::Msg;
use crate::persist;
use crate::state::{tr, use_app, App, Notice, SaveStatus};
use crate::storage::StorageError;

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let dismiss = move |_| app.notice.set(None);
    let notice = move || {
        let notice = app.notice.get()?;
        Some(match notice {
            Notice::Unreadable {
                detail,
                raw,
                kept_under,
            } => {
                let download = move |_| {
                    let _ = download::download_text(
                        "unreadable-workbook.json",
                        "application/json",
                        &raw,
                    );
                };
                view! {
                    <div class="notice warning" role="alert">
                        <p><strong>{tr(Msg::UnreadableStored)}</strong></p>
                        <p>{detail}</p>
                        <p>
                            {match kept_under {
                                Some(key) => view! {
                                    {tr(Msg::UnreadableKeptAs)}
                                    " " <code>{key}</code>
                                }
                                .into_any(),
                                None => view! { {tr(Msg::QuarantineFailed)} }.into_any(),
                            }}
                        </p>
                        <button type="button" on:click=download>
                            {tr(Msg::DownloadUnreadable)}
                        </button>
                        <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                    </div>
                }
                .into_any()
            }
            Notice::Replaced => view! {
                <div class="notice" role="status">
                    <p>{tr(Msg::ReplacedNotice)}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Notice::ReplacedWithBackup { time } => view! {
                <div class="notice" role="status">
                    <p>{move || t::replaced_with_backup(app.lang.get(), &time)}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Notice::NotReplaced(why) => view! {
                <div class="notice warning" role="alert">
                    <p>{why}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
        })
    };
    // Shown for as long as saving is paused, whatever other notice comes and goes.
    let stale = move || (app.save.get() == SaveStatus::Stale).then(|| stale_view(app));
    let full =
        move || (app.save.get() == SaveStatus::Failed(StorageError::Full)).then(|| full_view(app));
    // A gentle reminder: a line with its own dismiss, shown after many saves.
    // Re-read after the reminder's own buttons, which change no save status.
    let recount = RwSignal::new(0u32);
    let remind = move || {
        app.save.track();
        recount.track();
        let due = persist::saves_since_export() >= persist::REMIND_EXPORT_AFTER;
        due.then(|| {
            let export = move |_| {
                let (name, text) = app.workbook.with_untracked(|wb| persist::export(wb, None));
                let _ = download::download_text(&name, "application/json", &text);
                recount.update(|n| *n += 1);
            };
            let later = move |_| {
                persist::snooze_export_reminder();
                recount.update(|n| *n += 1);
            };
            view! {
                <div class="notice" role="status">
                    <p>{tr(ShareMsg::ExportReminder)}</p>
                    <button type="button" on:click=export>{tr(Msg::ExportJson)}</button>
                    <button type="button" on:click=later>{tr(Msg::Dismiss)}</button>
                </div>
            }
        })
    };
    view! {
        {stale}
        {full}
        {notice}
        {remind}
    }
}

/// Another tab saved a newer version: say so, and offer the ways on that lose
/// neither version. There is no dismiss: saving stays paused until one is chosen.
fn stale_view(app: App) -> impl IntoView {
    let reload = || {
        let _ = window().location().reload();
    };
    let keep_mine = move |_| {
        spawn_local(async move {
            match backups::keep_mine(app).await {
                Ok(_) => reload(),
                Err(why) => app.notice.set(Some(Notice::NotReplaced(why))),
            }
        });
    };
    let download_mine = move |_| {
        let (name, text) = app.workbook.with_untracked(|wb| persist::export(wb, None));
        let _ = download::download_text(&name, "application/json", &text);
    };
    view! {
        <div class="notice warning" role="alert" aria-labelledby="stale-title">
            <p id="stale-title"><strong>{tr(ShareMsg::StaleTitle)}</strong></p>
            <p>{tr(ShareMsg::StaleBody)}</p>
            <button type="button" on:click=move |_| reload()>{tr(ShareMsg::Reload)}</button>
            <button type="button" on:click=keep_mine>{tr(ShareMsg::KeepMine)}</button>
            <button type="button" on:click=download_mine>{tr(ShareMsg::DownloadMine)}</button>
        </div>
    }
}

/// The storage is full: what takes the space, and the ways out. The last save stays
/// as it was (a failed write changes nothing), and the edits live on in memory.
fn full_view(app: App) -> impl IntoView {
    let current = app.workbook.with_untracked(|wb| {
        workbook::codec::encode(wb, persist::APP_VERSION, &persist::now_iso(), false)
            .encode_utf16()
            .count()
            * 2
    });
    let backups: usize = persist::usage()
        .iter()
        .filter(|(key, _)| key.starts_with(persist::BACKUP_PREFIX))
        .map(|(_, bytes)| bytes)
        .sum();
    let export = move |_| {
        let (name, text) = app.workbook.with_untracked(|wb| persist::export(wb, None));
        let _ = download::download_text(&name, "application/json", &text);
    };
    view! {
        <div class="notice warning" role="alert">
            <p>{move || t::full_line(app.lang.get(), current, backups)}</p>
            <button type="button" on:click=export>{tr(Msg::ExportJson)}</button>
            <a class="button" href="#/">{tr(ShareMsg::Backups)}</a>
        </div>
    }
}
