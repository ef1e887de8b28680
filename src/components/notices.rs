//! Notices under the header: unreadable stored data (with its download),
//! confirmations of whole-workbook changes and the backups they made, deleted
//! workbooks (with undo), workbooks added to the library, an address naming no
//! workbook here, another tab's newer save (with reload, keep-mine and
//! download), and a removed row (with undo).

use leptos::prelude::*;
use leptos::task::spawn_local;

use workbook::{Lang, Route};

use crate::download;
use crate::i18n::library::{self as lib, LibMsg};
use crate::i18n::sharing::{self as t, ShareMsg};
use crate::i18n::undo::UndoMsg;
use crate::i18n::{self, Msg};
use crate::library;
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
                            {tr(Msg::UnreadableKeptAs)}
                            " " <code>{kept_under}</code>
                        </p>
                        <button type="button" on:click=download>
                            {tr(Msg::DownloadUnreadable)}
                        </button>
                        <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                    </div>
                }
                .into_any()
            }
            Notice::Deleted { key, title } => {
                let undo = move |_| {
                    let key = key.clone();
                    spawn_local(async move {
                        if let Err(why) = library::undelete(app, key).await {
                            app.notice.set(Some(Notice::NotReplaced(why)));
                        }
                    });
                };
                view! {
                    <div class="notice" role="status">
                        <p>{move || lib::deleted_notice(app.lang.get(), &title)}</p>
                        <button type="button" on:click=undo>{tr(LibMsg::Undo)}</button>
                        <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                    </div>
                }
                .into_any()
            }
            Notice::DeletedForGood { title } => view! {
                <div class="notice" role="status">
                    <p>{move || lib::deleted_for_good_notice(app.lang.get(), &title)}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Notice::Added(titles) => view! {
                <div class="notice" role="status">
                    <p>{move || lib::added_notice(app.lang.get(), &titles)}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Notice::NoSuchWorkbook(id) => view! {
                <div class="notice warning" role="alert">
                    <p>{move || lib::no_such_workbook(app.lang.get(), &id)}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Notice::ReplacedWithBackup { time } => view! {
                <div class="notice" role="status">
                    <p>{move || t::replaced_with_backup(app.lang.get(), &crate::clock::local_time(&time))}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Notice::Removed { en, zh } => {
                let undo = move |_| {
                    crate::undo::undo(app);
                };
                let what = move || match app.lang.get() {
                    Lang::En => i18n::undo::removed(Lang::En, &en),
                    Lang::Zh => i18n::undo::removed(Lang::Zh, &zh),
                };
                // At the bottom of the window, in view wherever on a long page
                // the row was; not printed.
                view! {
                    <div class="notice toast" role="status">
                        <p>{what}</p>
                        <button type="button" on:click=undo>{tr(UndoMsg::Undo)}</button>
                        <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                    </div>
                }
                .into_any()
            }
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
    let reload = move || {
        app.autosave.discard();
        let _ = window().location().reload();
    };
    let keep_mine = move |_| {
        spawn_local(async move {
            match library::keep_mine_as_copy(app).await {
                Ok(title) => app.notice.set(Some(Notice::Added(vec![title]))),
                Err(why) => app.notice.set(Some(Notice::NotReplaced(why))),
            }
        });
    };
    let download_mine = move |_| {
        let (name, text) = app.workbook.with_untracked(|wb| persist::export(wb, None));
        let _ = download::download_text(&name, "application/json", &text);
    };
    // Deleted rather than saved over: reloading would only find it gone.
    let deleted = app.workbook.with_untracked(|wb| !persist::exists(&wb.id));
    let (title, body) = if deleted {
        (
            ShareMsg::DeletedElsewhereTitle,
            ShareMsg::DeletedElsewhereBody,
        )
    } else {
        (ShareMsg::StaleTitle, ShareMsg::StaleBody)
    };
    view! {
        <div class="notice warning" role="alert" aria-labelledby="stale-title">
            <p id="stale-title"><strong>{tr(title)}</strong></p>
            <p>{tr(body)}</p>
            {(!deleted).then(|| view! {
                <button type="button" on:click=move |_| reload()>{tr(ShareMsg::Reload)}</button>
            })}
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
    let (usage, foreign) = persist::usage();
    let ours = usage.iter().map(|(_, bytes)| bytes).sum();
    let taken_under = |prefix: &str| -> usize {
        usage
            .iter()
            .filter(|(key, _)| key.starts_with(prefix))
            .map(|(_, bytes)| bytes)
            .sum()
    };
    let backups = taken_under(persist::BACKUP_PREFIX);
    let deleted = taken_under(workbook::library::DELETED_PREFIX);
    // The other workbooks by size, largest first: the ones worth exporting and
    // deleting to make room.
    let open_id = app.workbook.with_untracked(|wb| wb.id.clone());
    let others: Vec<(String, usize)> = persist::list_library()
        .into_iter()
        .filter(|e| e.id != open_id)
        .map(|e| {
            let name = e.content.map(|c| c.title).unwrap_or(e.id);
            (name, e.bytes)
        })
        .collect();
    let mut others = others;
    others.sort_by_key(|(_, bytes)| std::cmp::Reverse(*bytes));
    let export = move |_| {
        let (name, text) = app.workbook.with_untracked(|wb| persist::export(wb, None));
        let _ = download::download_text(&name, "application/json", &text);
    };
    let space = t::Space {
        current,
        others,
        backups,
        deleted,
        ours,
        foreign,
    };
    view! {
        <div class="notice warning" role="alert">
            <p>{move || t::full_line(app.lang.get(), &space)}</p>
            <button type="button" on:click=export>{tr(Msg::ExportJson)}</button>
            <a class="button" href=Route::Library.to_hash()>{tr(ShareMsg::Backups)}</a>
        </div>
    }
}
