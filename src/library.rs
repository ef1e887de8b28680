//! The library's actions on the browser's storage and the open workbook: opening a
//! workbook (and putting it in the address), creating, duplicating, renaming,
//! deleting (undoable) and putting back workbooks, adding a file's workbooks, and
//! exporting them all. Customer rows in IndexedDB follow their workbooks. The rules
//! (keys, titles, how long deleted workbooks stay) are `workbook::library`'s.

use leptos::prelude::*;
use workbook::codec::DecodeError;
use workbook::library::{self, workbook_hash};
use workbook::library_file;
use workbook::{demo, Lang, Route, Workbook};

use crate::autosave;
use crate::download;
use crate::idb;
use crate::persist::{self, Loaded};
use crate::state::{App, Notice, Rows, SaveStatus};
use crate::storage::StorageError;

/// Re-reads the library's list when another tab changes a workbook in it.
pub fn watch_other_tabs(app: App) {
    leptos::leptos_dom::helpers::window_event_listener(
        leptos::ev::storage,
        move |ev: web_sys::StorageEvent| {
            let key = ev.key().unwrap_or_default();
            if key.starts_with(library::WORKBOOK_PREFIX) || key.starts_with(library::DELETED_PREFIX)
            {
                app.library.update(|n| *n += 1);
            }
        },
    );
}

/// Why a workbook could not be opened. The open workbook stays as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// The open workbook has edits that are not saved (another tab saved a newer
    /// version, or the storage refused): opening another would lose them.
    Unsaved,
    Missing,
    Unreadable {
        error: DecodeError,
        raw: String,
    },
    NoStorage(StorageError),
}

/// Makes workbook `id` the open one, as stored. Edits waiting for the autosave are
/// written first; if they cannot be, nothing changes.
pub fn open(app: App, id: &str) -> Result<(), OpenError> {
    autosave::flush(app);
    if !matches!(app.save.get_untracked(), SaveStatus::Saved) {
        return Err(OpenError::Unsaved);
    }
    match persist::load_workbook(id) {
        Loaded::Found(workbook, revision) => {
            put_in_place(app, *workbook, revision);
            Ok(())
        }
        Loaded::Missing => Err(OpenError::Missing),
        Loaded::Unreadable { error, raw } => Err(OpenError::Unreadable { error, raw }),
        Loaded::NoStorage(e) => Err(OpenError::NoStorage(e)),
    }
}

/// Puts a workbook read from storage at `revision` in place, without saving it back.
pub fn put_in_place(app: App, workbook: Workbook, revision: workbook::safekeeping::Revision) {
    persist::remember_last(&workbook.id);
    // The analyses must not run over the previous workbook's rows with this one's
    // thresholds (and write that summary into this one): no rows until its own load.
    app.rows_installed.set_value(None);
    app.rows.set(Rows::Loading);
    app.autosave.loaded();
    // The history belongs to the workbook it was made on.
    crate::undo::clear(app);
    app.revision.set_value(revision);
    app.save.set(SaveStatus::Saved);
    app.workbook.set(workbook);
}

/// Opens workbook `id` at `route` and records it in the address, so back and
/// forward move between workbooks too.
pub fn go(app: App, id: &str, route: Route) -> Result<(), OpenError> {
    let current = app.workbook.with_untracked(|wb| wb.id == id);
    if !current {
        open(app, id)?;
    }
    let _ = window().location().set_hash(&workbook_hash(id, route));
    app.route.set(route);
    Ok(())
}

/// Reads the open workbook again after it was replaced in storage.
fn reopen(app: App, id: &str) {
    if let Loaded::Found(workbook, revision) = persist::load_workbook(id) {
        put_in_place(app, *workbook, revision);
    }
}

/// Writes a new workbook into the library and opens it.
fn add_and_open(app: App, workbook: &Workbook) -> Result<(), String> {
    persist::put_workbook(workbook).map_err(|e| storage_words(app.lang.get_untracked(), &e))?;
    app.library.update(|n| *n += 1);
    go(app, &workbook.id, Route::Overview).map_err(|e| open_words(app.lang.get_untracked(), &e))
}

/// A new blank workbook with this title and client, its OBL audit from `industry`'s
/// template, opened.
pub fn create_blank(
    app: App,
    title: String,
    client: String,
    industry: workbook::seed::Industry,
) -> Result<(), String> {
    let lang = app.lang.get_untracked();
    let mut workbook = Workbook::blank_for(persist::new_workbook_id(), lang, industry);
    workbook.title = title;
    workbook.client = client;
    add_and_open(app, &workbook)
}

/// A new copy of the demo, opened. The first keeps the demo's own id, so teams who
/// each open the demo can merge their scores.
pub fn create_demo(app: App) -> Result<(), String> {
    let mut workbook = demo::workbook(app.lang.get_untracked());
    workbook.id = persist::free_id(&workbook.id);
    add_and_open(app, &workbook)
}

/// Every title in the library, for naming copies.
fn titles() -> Vec<String> {
    persist::list_library()
        .into_iter()
        .filter_map(|e| e.content.ok().map(|c| c.title))
        .collect()
}

/// The workbook `id` as it is now: the open one from memory (edits included), any
/// other from storage.
fn current_state(app: App, id: &str) -> Option<Workbook> {
    if app.workbook.with_untracked(|wb| wb.id == id) {
        return Some(app.workbook.get_untracked());
    }
    persist::stored_workbook(id)
}

/// Adds a copy of workbook `id` (with its customer rows) to the library under a new
/// id and a "(copy)" title; the open workbook stays open.
pub async fn duplicate(app: App, id: String) -> Result<String, String> {
    let lang = app.lang.get_untracked();
    let original = current_state(app, &id).ok_or_else(|| open_words(lang, &OpenError::Missing))?;
    add_copy(app, original).await.map(|copy| copy.title)
}

/// Writes `original` into the library as a new workbook: a fresh id, a "(copy)"
/// title not yet taken, and its customer rows copied in IndexedDB.
async fn add_copy(app: App, original: Workbook) -> Result<Workbook, String> {
    let lang = app.lang.get_untracked();
    let taken = titles();
    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    let mut copy = original;
    // The copy remembers its source (a copy of a copy, the first source), so the
    // teams' copies can be merged back into it or into each other.
    copy.origin = Some(copy.origin_for_copy());
    let from = std::mem::replace(&mut copy.id, persist::new_workbook_id());
    copy.title = library::copy_title(&copy.title, lang, &taken);
    if copy.has_imported_rows() {
        copy_rows(&from, &copy.id).await?;
    }
    persist::put_workbook(&copy).map_err(|e| storage_words(lang, &e))?;
    app.library.update(|n| *n += 1);
    Ok(copy)
}

/// Copies the customer rows stored for one workbook to another id.
async fn copy_rows(from: &str, to: &str) -> Result<(), String> {
    match idb::get_rows(from).await {
        Ok(Some(bytes)) => idb::put_rows(to, &bytes)
            .await
            .map_err(|idb::IdbError(e)| e),
        // Rows this browser does not hold cannot be copied; the copy says so where
        // its rows would show, as the original does.
        Ok(None) => Ok(()),
        Err(idb::IdbError(e)) => Err(e),
    }
}

/// Renames workbook `id` after the title was checked.
pub fn rename(app: App, id: &str, title: String) -> Result<(), String> {
    if app.workbook.with_untracked(|wb| wb.id == id) {
        // An edit like any other: autosaved, and undone by renaming back.
        app.edit(|wb| wb.title = title);
    } else {
        persist::rename(id, &title)?;
    }
    app.library.update(|n| *n += 1);
    Ok(())
}

/// Why a workbook was not deleted. Nothing changed.
#[derive(Clone, Debug, PartialEq)]
pub enum DeleteError {
    /// Storage is too full to keep a copy in Recently deleted (the copy needs as
    /// much free space as the workbook takes); [`delete_for_good`] is the way out.
    NoRoom,
    /// Anything else, in the user's words.
    Other(String),
}

/// Moves workbook `id` to the recently deleted list; the notice offers to undo. The
/// open workbook is first swapped for the most recently changed other one (or a new
/// blank one when it was the last). The copy in Recently deleted is made before
/// anything else, so a refusal for space changes nothing.
pub fn delete(app: App, id: &str) -> Result<(), DeleteError> {
    let lang = app.lang.get_untracked();
    let title = display_name(app, id);
    let key = persist::keep_as_deleted(id).map_err(|e| match e {
        StorageError::Full => DeleteError::NoRoom,
        e => DeleteError::Other(storage_words(lang, &e)),
    })?;
    let went = open_another(app, id, true)
        .and_then(|()| persist::remove_workbook(id).map_err(|e| storage_words(lang, &e)));
    if let Err(why) = went {
        persist::drop_deleted_copy(&key);
        return Err(DeleteError::Other(why));
    }
    app.library.update(|n| *n += 1);
    app.notice.set(Some(Notice::Deleted { key, title }));
    Ok(())
}

/// The name of workbook `id` in notices.
fn display_name(app: App, id: &str) -> String {
    let title = current_state(app, id).map(|wb| wb.title);
    crate::i18n::library::display_name(app.lang.get_untracked(), title.as_deref(), id)
}

/// When workbook `id` is the open one, opens the most recently changed other one
/// (or a new blank one when it was the last). With `flush`, edits waiting for the
/// autosave are written first and their failure stops it (an ordinary delete keeps
/// them in Recently deleted); without, they are dropped (the caller has them in a
/// download).
fn open_another(app: App, id: &str, flush: bool) -> Result<(), String> {
    if !app.workbook.with_untracked(|wb| wb.id == id) {
        return Ok(());
    }
    let lang = app.lang.get_untracked();
    let other = persist::list_library()
        .into_iter()
        .find(|e| e.id != id && e.content.is_ok());
    let other = match other {
        Some(other) => other.id,
        None => {
            let blank = Workbook::blank(persist::new_workbook_id(), lang);
            persist::put_workbook(&blank).map_err(|e| storage_words(lang, &e))?;
            blank.id
        }
    };
    if flush {
        return open(app, &other).map_err(|e| open_words(lang, &e));
    }
    match persist::load_workbook(&other) {
        Loaded::Found(workbook, revision) => {
            put_in_place(app, *workbook, revision);
            Ok(())
        }
        Loaded::Missing => Err(open_words(lang, &OpenError::Missing)),
        Loaded::Unreadable { error, raw } => {
            Err(open_words(lang, &OpenError::Unreadable { error, raw }))
        }
        Loaded::NoStorage(e) => Err(open_words(lang, &OpenError::NoStorage(e))),
    }
}

/// Deletes workbook `id` without keeping it in Recently deleted, after offering it
/// as a download (the complete export, with its customer rows; the stored text as
/// it is when it does not decode): the way to free space when storage is too full
/// for an ordinary delete. Then edits that storage refused are saved again.
pub async fn delete_for_good(app: App, id: String) -> Result<(), String> {
    let lang = app.lang.get_untracked();
    let title = display_name(app, &id);
    let (name, text) = export_for_keeps(app, &id).await;
    download::download_text(&name, "application/json", &text)
        .map_err(|_| crate::i18n::library::download_failed(lang))?;
    persist::remove_workbook(&id).map_err(|e| storage_words(lang, &e))?;
    // The open workbook's unsaved edits are in the download.
    open_another(app, &id, false)?;
    let _ = idb::delete_rows(&id).await;
    app.library.update(|n| *n += 1);
    app.notice.set(Some(Notice::DeletedForGood { title }));
    // The space is free: edits that could not be saved are written now.
    autosave::flush(app);
    Ok(())
}

/// The file that keeps workbook `id` before it is deleted for good: the open one as
/// it is in memory, another as stored, with the customer rows this browser holds.
async fn export_for_keeps(app: App, id: &str) -> (String, String) {
    if app.workbook.with_untracked(|wb| wb.id == id) {
        let rows = app.rows.with_untracked(|r| r.dataset().cloned());
        return app
            .workbook
            .with_untracked(|wb| persist::export(wb, rows.as_deref()));
    }
    match persist::load_workbook(id) {
        Loaded::Found(workbook, _) => {
            let rows = if workbook.has_imported_rows() {
                match idb::get_rows(id).await {
                    Ok(Some(bytes)) => workbook::segmentation::binary::decode(&bytes).ok(),
                    _ => None,
                }
            } else {
                None
            };
            persist::export(&workbook, rows.as_ref())
        }
        _ => (
            "unreadable-workbook.json".to_string(),
            persist::raw_workbook(id).unwrap_or_default(),
        ),
    }
}

/// Puts a deleted workbook back into the library (its rows follow if it had to
/// take a new id).
pub async fn undelete(app: App, key: String) -> Result<(), String> {
    let (_, old_id) = library::parse_deleted(&key).ok_or_else(|| key.clone())?;
    let old_id = old_id.to_string();
    let id = persist::undelete(&key)?;
    if id != old_id {
        copy_rows(&old_id, &id).await?;
    }
    app.library.update(|n| *n += 1);
    let title = current_state(app, &id).map(|wb| wb.title);
    let title = crate::i18n::library::display_name(app.lang.get_untracked(), title.as_deref(), &id);
    app.notice.set(Some(Notice::Added(vec![title])));
    Ok(())
}

/// Removes a deleted workbook for good, with its customer rows.
pub async fn purge(app: App, key: String) {
    if let Some(id) = persist::purge(&key) {
        forget_rows(&id).await;
    }
    app.library.update(|n| *n += 1);
}

/// Removes the customer rows of a workbook no longer in the library.
async fn forget_rows(id: &str) {
    if !persist::exists(id) {
        let _ = idb::delete_rows(id).await;
    }
}

/// Removes the deleted workbooks past keeping (at start).
pub async fn purge_expired(app: App) {
    let ids = persist::purge_expired();
    if ids.is_empty() {
        return;
    }
    for id in ids {
        forget_rows(&id).await;
    }
    app.library.update(|n| *n += 1);
}

/// Downloads every readable workbook of the library as one file (without customer
/// rows, which can be hundreds of megabytes each).
pub fn export_all(app: App) {
    autosave::flush(app);
    let workbooks = persist::all_workbooks();
    let now = persist::now_iso();
    let text = library_file::encode_all(&workbooks, persist::APP_VERSION, &now, true);
    let date = crate::clock::today();
    if download::download_text(
        &format!("crm-workbooks-{date}.json"),
        "application/json",
        &text,
    )
    .is_ok()
    {
        persist::snooze_export_reminder();
    }
}

/// Adds a library file's workbooks as [`library_file::plan`] decides: free ids as
/// they are, differing ones as copies under new ids, identical ones skipped. Nothing
/// in the library is replaced.
pub fn add_all(app: App, workbooks: Vec<Workbook>) -> Result<(), String> {
    let lang = app.lang.get_untracked();
    let fates = library_file::plan(&workbooks, persist::stored_workbook, |_| {
        persist::new_workbook_id()
    });
    let mut added = Vec::new();
    for (mut workbook, fate) in workbooks.into_iter().zip(fates) {
        match fate {
            library_file::Fate::Identical => continue,
            library_file::Fate::New => {}
            library_file::Fate::AsCopy { new_id } => workbook.id = new_id,
        }
        persist::put_workbook(&workbook).map_err(|e| storage_words(lang, &e))?;
        added.push(workbook.title);
    }
    app.library.update(|n| *n += 1);
    app.notice.set(Some(Notice::Added(added)));
    let _ = window().location().set_hash(&Route::Library.to_hash());
    Ok(())
}

/// Writes `next` into the library over the workbook with its id (the caller has
/// backed that up) or as a new one, then opens it.
pub fn put_and_open(app: App, next: &Workbook) -> Result<(), String> {
    let lang = app.lang.get_untracked();
    persist::put_workbook(next).map_err(|e| storage_words(lang, &e))?;
    show_put(app, next)
}

/// Opens a workbook just written into the library with [`persist::put_workbook`]:
/// read again if it is the open one, else opened.
pub fn show_put(app: App, next: &Workbook) -> Result<(), String> {
    let lang = app.lang.get_untracked();
    app.library.update(|n| *n += 1);
    if app.workbook.with_untracked(|wb| wb.id == next.id) {
        reopen(app, &next.id);
        let _ = window()
            .location()
            .set_hash(&workbook_hash(&next.id, Route::Overview));
        app.route.set(Route::Overview);
        Ok(())
    } else {
        go(app, &next.id, Route::Overview).map_err(|e| open_words(lang, &e))
    }
}

/// Saves this tab's version of the open workbook as a new workbook of the library
/// and opens it: for a tab whose copy another tab has overwritten, so both versions
/// stay. Returns the copy's title.
pub async fn keep_mine_as_copy(app: App) -> Result<String, String> {
    let lang = app.lang.get_untracked();
    let copy = add_copy(app, app.workbook.get_untracked()).await?;
    // This tab's edits are now safe in the copy: opening it loses nothing.
    app.autosave.settled();
    app.save.set(SaveStatus::Saved);
    // On the same page: the user goes on where they were, in their own copy.
    go(app, &copy.id, app.route.get_untracked()).map_err(|e| open_words(lang, &e))?;
    Ok(copy.title)
}

/// The storage's refusal in the user's words.
pub fn storage_words(lang: Lang, error: &StorageError) -> String {
    crate::i18n::library::storage_error(lang, error)
}

/// Why a workbook did not open, in the user's words.
pub fn open_words(lang: Lang, error: &OpenError) -> String {
    crate::i18n::library::open_error(lang, error)
}
