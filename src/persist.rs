//! What the app keeps in localStorage and under which keys (see
//! `workbook::library` for the scheme): every workbook of the library and its
//! revision, deleted workbooks for a while, the language, and automatic backups of
//! replaced workbooks. Data written by builds before the library is moved into it.

use workbook::codec::{self, DecodeError};
use workbook::library::{self, Entry};
use workbook::safekeeping::{self, Revision};
use workbook::{Lang, Workbook};

use crate::storage::{self, StorageError};

pub const LANG_KEY: &str = "crm-workbook/lang";
/// Whether this browser's user keeps a worksheet's "How to fill this in" open or
/// closed, by worksheet slug (`open` / `closed`).
pub const GUIDE_PREFIX: &str = "crm-workbook/guide/";
/// Where builds before the library set aside unreadable data; moved into the
/// library (where it is listed as unreadable) on start.
const LEGACY_UNREADABLE_PREFIX: &str = "crm-workbook/unreadable/";

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

pub use crate::clock::{now_iso, now_ms};

thread_local! {
    /// This page's name as a writer of revisions: random per page load, so two tabs
    /// (or a tab before and after a reload) never share it.
    static TAB_ID: String = format!(
        "t{:x}{:x}",
        js_sys::Date::now() as u64 % 0x100_0000,
        (js_sys::Math::random() * 1e12) as u64
    );
}

/// This tab's id as the writer of the revisions it saves.
pub fn tab_id() -> String {
    TAB_ID.with(String::clone)
}

/// A workbook id unique enough to tell teams' workbooks apart.
pub fn new_workbook_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("wb-{now:x}-{random:x}")
}

/// What reading one workbook of the library found.
#[derive(Clone, Debug)]
pub enum Loaded {
    /// The workbook and the revision it was read at.
    Found(Box<Workbook>, Revision),
    /// No workbook with this id in this browser.
    Missing,
    /// Stored text that does not decode; it stays where it is, untouched.
    Unreadable {
        error: DecodeError,
        raw: String,
    },
    NoStorage(StorageError),
}

/// Reads workbook `id`. The revision is read first, so that a save by another tab
/// in between makes this copy look stale (safe) rather than current (unsafe).
pub fn load_workbook(id: &str) -> Loaded {
    let revision = load_revision(id);
    let raw = match storage::read(&library::workbook_key(id)) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Missing,
        Err(e) => return Loaded::NoStorage(e),
    };
    match codec::decode(&raw) {
        Ok(decoded) => {
            let mut workbook = decoded.workbook;
            // The key names the workbook: a file edited by hand to carry another id
            // must still save where it was read from.
            workbook.id = id.to_string();
            Loaded::Found(Box::new(workbook), revision)
        }
        Err(error) => Loaded::Unreadable { error, raw },
    }
}

/// Workbook `id` as stored, when the library has it and it decodes.
pub fn stored_workbook(id: &str) -> Option<Workbook> {
    match load_workbook(id) {
        Loaded::Found(workbook, _) => Some(*workbook),
        _ => None,
    }
}

/// The stored text of workbook `id`, as it is (for downloading unreadable data).
pub fn raw_workbook(id: &str) -> Option<String> {
    storage::read(&library::workbook_key(id)).ok().flatten()
}

/// Moves what builds before the library stored into it: the one workbook under its
/// own id (or, unreadable, under a made-up one, where the library lists it with the
/// reason), its revision, and data those builds set aside. The old keys are removed
/// only after the new ones are written, so a failure leaves the data where it was.
pub fn migrate_legacy() {
    if let Ok(Some(raw)) = storage::read(library::LEGACY_WORKBOOK_KEY) {
        let decoded_id = codec::decode(&raw).ok().map(|d| d.workbook.id);
        let id = match decoded_id {
            Some(id) if !id.is_empty() && !exists(&id) => id,
            _ => format!("unreadable-{}", now_ms()),
        };
        let revision = storage::read(library::LEGACY_REVISION_KEY)
            .ok()
            .flatten()
            .unwrap_or_else(|| "0".to_string());
        let moved = storage::write(&library::workbook_key(&id), &raw)
            .and_then(|()| storage::write(&library::revision_key(&id), &revision));
        if moved.is_ok() {
            let _ = storage::remove(library::LEGACY_WORKBOOK_KEY);
            let _ = storage::remove(library::LEGACY_REVISION_KEY);
            remember_last(&id);
        }
    }
    rekey_unusable();
    let set_aside = storage::keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(LEGACY_UNREADABLE_PREFIX));
    for (n, key) in set_aside.enumerate() {
        let Ok(Some(raw)) = storage::read(&key) else {
            continue;
        };
        let id = format!("unreadable-{}-{n}", now_ms());
        if storage::write(&library::workbook_key(&id), &raw).is_ok() {
            let _ = storage::remove(&key);
        }
    }
}

/// Moves workbooks that builds before the id check stored under an unusable id (an
/// imported file without one was stored under `crm-workbook/workbook/`) to a fresh
/// id, with their revision; the old keys go only after the new ones are written.
fn rekey_unusable() {
    let keys = storage::keys().unwrap_or_default();
    for key in keys {
        // Not `library::id_of`, which skips the empty id this is looking for.
        let Some(id) = key.strip_prefix(library::WORKBOOK_PREFIX) else {
            continue;
        };
        if library::check_id(id).is_ok() {
            continue;
        }
        let Ok(Some(raw)) = storage::read(&key) else {
            continue;
        };
        let fresh = new_workbook_id();
        let text = match codec::decode(&raw) {
            Ok(mut decoded) => {
                decoded.workbook.id = fresh.clone();
                codec::encode(&decoded.workbook, APP_VERSION, &decoded.saved_at, false)
            }
            Err(_) => raw,
        };
        if storage::write(&library::workbook_key(&fresh), &text).is_ok() {
            let _ = storage::remove(&key);
            let _ = storage::remove(&library::revision_key(id));
        }
    }
}

/// Whether the library holds workbook `id` (readable or not).
pub fn exists(id: &str) -> bool {
    matches!(storage::read(&library::workbook_key(id)), Ok(Some(_)))
}

/// Every workbook of the library, most recently changed first.
pub fn list_library() -> Vec<Entry> {
    let mut entries: Vec<Entry> = storage::keys()
        .unwrap_or_default()
        .iter()
        .filter_map(|key| {
            let id = library::id_of(key)?;
            let raw = storage::read(key).ok().flatten()?;
            Some(Entry::read(id, &raw))
        })
        .collect();
    library::sort(&mut entries);
    entries
}

/// Every readable workbook of the library, in the list's order (for "export all").
pub fn all_workbooks() -> Vec<Workbook> {
    list_library()
        .into_iter()
        .filter(|e| e.content.is_ok())
        .filter_map(|e| stored_workbook(&e.id))
        .collect()
}

/// A fresh id for a workbook that would otherwise take `id`, or `id` if it is free.
pub fn free_id(id: &str) -> String {
    if id.is_empty() || exists(id) {
        new_workbook_id()
    } else {
        id.to_string()
    }
}

/// The workbook opened last, if it is still in the library.
pub fn last_opened() -> Option<String> {
    storage::read(library::LAST_OPENED_KEY)
        .ok()
        .flatten()
        .filter(|id| exists(id))
}

/// Remembers the open workbook for an address without one; failing to is harmless.
pub fn remember_last(id: &str) {
    let _ = storage::write(library::LAST_OPENED_KEY, id);
}

fn save_workbook(workbook: &Workbook) -> Result<(), StorageError> {
    // The key names the workbook: never an empty or otherwise unusable one (an
    // import gives such a file a fresh id first; this is the last line).
    library::check_id(&workbook.id).map_err(|p| StorageError::Other(p.to_string()))?;
    let text = codec::encode(workbook, APP_VERSION, &now_iso(), false);
    storage::write(&library::workbook_key(&workbook.id), &text)
}

/// Writes `workbook` into the library whatever another tab saved: for the user's
/// deliberate whole-workbook changes (creating, renaming, replacing after a
/// backup), which other tabs holding it are then told about. Returns the new
/// revision.
pub fn put_workbook(workbook: &Workbook) -> Result<Revision, StorageError> {
    save_workbook(workbook)?;
    bump_revision(&workbook.id)
}

/// One more than the stored revision of workbook `id`, written by this tab.
fn bump_revision(id: &str) -> Result<Revision, StorageError> {
    let stored = load_revision(id);
    let next = stored.next(&stored, &tab_id());
    storage::write(&library::revision_key(id), &next.to_stored())?;
    Ok(next)
}

/// Renames workbook `id` in storage (the open workbook is renamed by editing it).
pub fn rename(id: &str, title: &str) -> Result<(), String> {
    match load_workbook(id) {
        Loaded::Found(mut wb, _) => {
            wb.title = title.to_string();
            put_workbook(&wb).map(|_| ()).map_err(|e| format!("{e:?}"))
        }
        Loaded::Missing => Err("gone".to_string()),
        Loaded::Unreadable { error, .. } => Err(error.to_string()),
        Loaded::NoStorage(e) => Err(format!("{e:?}")),
    }
}

/// A workbook in the recently deleted list.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedEntry {
    pub key: String,
    pub id: String,
    pub deleted_ms: u64,
    /// Its title, or `None` when the kept text does not decode.
    pub title: Option<String>,
}

/// Copies workbook `id`, as stored, into the recently deleted list and returns the
/// key it is kept under; the workbook itself stays until [`remove_workbook`]. The
/// copy needs as much free space as the workbook takes: with storage full this
/// fails with [`StorageError::Full`] and nothing has changed.
pub fn keep_as_deleted(id: &str) -> Result<String, StorageError> {
    let raw = storage::read(&library::workbook_key(id))?
        .ok_or_else(|| StorageError::Other(format!("no workbook {id}")))?;
    let key = library::deleted_key(id, now_ms());
    storage::write(&key, &raw)?;
    Ok(key)
}

/// Removes workbook `id` from the library (after it was kept as deleted, or
/// downloaded to be deleted for good). Its revision goes up, so a tab that has it
/// open is told before it could save it back.
pub fn remove_workbook(id: &str) -> Result<(), StorageError> {
    storage::remove(&library::workbook_key(id))?;
    let _ = bump_revision(id);
    Ok(())
}

/// Removes a copy [`keep_as_deleted`] made, when the delete could not go on.
pub fn drop_deleted_copy(key: &str) {
    let _ = storage::remove(key);
}

/// Puts a deleted workbook back, under its own id if that is free, else under a
/// fresh one (a workbook with its id was made since). Returns the id.
pub fn undelete(key: &str) -> Result<String, String> {
    let (_, id) = library::parse_deleted(key).ok_or_else(|| "bad key".to_string())?;
    let raw = storage::read(key)
        .map_err(|e| format!("{e:?}"))?
        .ok_or_else(|| "gone".to_string())?;
    let id = free_id(id);
    let raw = match codec::decode(&raw) {
        Ok(mut decoded) => {
            decoded.workbook.id = id.clone();
            codec::encode(&decoded.workbook, APP_VERSION, &decoded.saved_at, false)
        }
        // Unreadable text goes back as it was.
        Err(_) => raw,
    };
    storage::write(&library::workbook_key(&id), &raw).map_err(|e| format!("{e:?}"))?;
    let _ = bump_revision(&id);
    let _ = storage::remove(key);
    Ok(id)
}

/// The recently deleted workbooks, newest first.
pub fn list_deleted() -> Vec<DeletedEntry> {
    let mut found: Vec<DeletedEntry> = storage::keys()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|key| {
            let (deleted_ms, id) = library::parse_deleted(&key)?;
            let id = id.to_string();
            let title = storage::read(&key)
                .ok()
                .flatten()
                .and_then(|raw| codec::decode(&raw).ok())
                .map(|d| d.workbook.title);
            Some(DeletedEntry {
                key,
                id,
                deleted_ms,
                title,
            })
        })
        .collect();
    found.sort_by_key(|e| std::cmp::Reverse(e.deleted_ms));
    found
}

/// Removes a deleted workbook for good; returns its id, whose customer rows the
/// caller removes from IndexedDB.
pub fn purge(key: &str) -> Option<String> {
    let (_, id) = library::parse_deleted(key)?;
    let _ = storage::remove(key);
    // The revision stays while a workbook with this id exists again.
    if !exists(id) {
        let _ = storage::remove(&library::revision_key(id));
    }
    Some(id.to_string())
}

/// The deleted workbooks past keeping, removed; their ids.
pub fn purge_expired() -> Vec<String> {
    let now = now_ms();
    list_deleted()
        .into_iter()
        .filter(|e| library::expired(e.deleted_ms, now))
        .filter_map(|e| purge(&e.key))
        .collect()
}

/// The stored language, else the browser's, else English.
pub fn load_lang() -> Lang {
    let stored = storage::read(LANG_KEY).ok().flatten();
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    stored
        .as_deref()
        .and_then(Lang::from_tag)
        .or_else(|| browser.as_deref().and_then(Lang::from_tag))
        .unwrap_or_default()
}

/// Remembers the language; failing to is harmless (the next visit guesses again).
pub fn save_lang(lang: Lang) {
    let _ = storage::write(LANG_KEY, lang.tag());
}

/// The file an export of `workbook` is offered as; with `rows`, the customer rows
/// travel with it (only when the user asks: they can be large and are the client's).
pub fn export(
    workbook: &Workbook,
    rows: Option<&workbook::segmentation::Dataset>,
) -> (String, String) {
    let date = crate::clock::today();
    let name = format!(
        "{}-{date}.json",
        crate::download::file_stem(&workbook.title)
    );
    let text = codec::encode_with_dataset(workbook, rows, APP_VERSION, &now_iso(), true);
    let _ = storage::write(SAVES_SINCE_EXPORT_KEY, "0");
    (name, text)
}

/// How many saves since the last export to a file; the reminder to export counts it.
pub const SAVES_SINCE_EXPORT_KEY: &str = "crm-workbook/saves-since-export";
/// After this many saves without an export, a gentle reminder suggests one: a
/// browser's storage can be cleared, a file elsewhere cannot.
pub const REMIND_EXPORT_AFTER: u64 = 100;

pub fn saves_since_export() -> u64 {
    safekeeping::parse_count(
        storage::read(SAVES_SINCE_EXPORT_KEY)
            .ok()
            .flatten()
            .as_deref(),
    )
}

/// Counts one more save; failing to is harmless (the reminder comes later).
fn count_save() {
    let _ = storage::write(
        SAVES_SINCE_EXPORT_KEY,
        &(saves_since_export() + 1).to_string(),
    );
}

/// Puts the reminder off for another [`REMIND_EXPORT_AFTER`] saves.
pub fn snooze_export_reminder() {
    let _ = storage::write(SAVES_SINCE_EXPORT_KEY, "0");
}

/// Automatic backups: a replaced workbook is kept under this prefix plus the time.
pub const BACKUP_PREFIX: &str = "crm-workbook/backup/";

/// The stored revision of workbook `id` (see [`load_workbook`] for the order).
pub fn load_revision(id: &str) -> Revision {
    Revision::parse(
        storage::read(&library::revision_key(id))
            .ok()
            .flatten()
            .as_deref(),
    )
}

/// What became of a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written; the stored revision is now this.
    At(Revision),
    /// Not written: another tab saved since the revision `base` this tab's copy
    /// came from, or deleted the workbook.
    Stale,
}

/// Saves the workbook unless another tab saved or deleted it since revision `base`.
/// The workbook is written before the revision, so a tab reading between the two
/// sees new data with an old revision and takes its copy for stale: the safe
/// mistake.
pub fn save_workbook_at(workbook: &Workbook, base: &Revision) -> Result<Saved, StorageError> {
    let stored = load_revision(&workbook.id);
    if !safekeeping::may_write(base, &stored) {
        return Ok(Saved::Stale);
    }
    save_workbook(workbook)?;
    let next = base.next(&stored, &tab_id());
    storage::write(&library::revision_key(&workbook.id), &next.to_stored())?;
    count_save();
    Ok(Saved::At(next))
}

/// A backup as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupEntry {
    pub key: String,
    /// When it was made (ISO 8601).
    pub time: String,
    /// Its title and client, or the reason it does not decode.
    pub content: Result<(String, String), DecodeError>,
    /// Its size in storage, in UTF-16 bytes as browsers count the quota.
    pub bytes: usize,
}

/// Every backup, newest first.
pub fn list_backups() -> Vec<BackupEntry> {
    let keys = storage::keys().unwrap_or_default();
    safekeeping::newest_first(BACKUP_PREFIX, keys)
        .into_iter()
        .filter_map(|key| {
            let raw = storage::read(&key).ok().flatten()?;
            let content = codec::decode(&raw).map(|d| (d.workbook.title, d.workbook.client));
            Some(BackupEntry {
                time: safekeeping::backup_time(BACKUP_PREFIX, &key).to_string(),
                key,
                content,
                bytes: raw.encode_utf16().count() * 2,
            })
        })
        .collect()
}

/// Keeps `workbook` as a new backup and drops the oldest beyond
/// [`safekeeping::KEEP_BACKUPS`]; returns the new key and the dropped ones. A
/// workbook identical to the newest backup is not kept twice (its key is returned).
pub fn write_backup(workbook: &Workbook) -> Result<(String, Vec<String>), StorageError> {
    let keys = storage::keys()?;
    let newest = safekeeping::newest_first(BACKUP_PREFIX, keys.clone())
        .into_iter()
        .next();
    if let Some(newest) = newest {
        let same = storage::read(&newest)
            .ok()
            .flatten()
            .and_then(|raw| codec::decode(&raw).ok())
            .is_some_and(|d| d.workbook == *workbook);
        if same {
            return Ok((newest, Vec::new()));
        }
    }
    let key = safekeeping::backup_key(BACKUP_PREFIX, &now_iso(), &keys);
    let text = codec::encode(workbook, APP_VERSION, &now_iso(), false);
    storage::write(&key, &text)?;
    let mut all = keys;
    all.push(key.clone());
    let dropped = safekeeping::to_drop(BACKUP_PREFIX, all, safekeeping::KEEP_BACKUPS);
    for old in &dropped {
        let _ = storage::remove(old);
    }
    Ok((key, dropped))
}

/// The workbook kept under a backup key.
pub fn read_backup(key: &str) -> Result<Workbook, String> {
    match storage::read(key) {
        Ok(Some(raw)) => codec::decode(&raw)
            .map(|d| d.workbook)
            .map_err(|e| e.to_string()),
        Ok(None) => Err("gone".to_string()),
        Err(e) => Err(format!("{e:?}")),
    }
}

pub fn delete_backup(key: &str) -> Result<(), StorageError> {
    storage::remove(key)
}

/// How much of the origin's storage each of the app's keys takes, in bytes as
/// browsers count the quota (UTF-16), largest first; and how much the origin's
/// other keys take (another app on the same site, which this one must not touch).
pub fn usage() -> (Vec<(String, usize)>, usize) {
    let (mut ours, mut foreign) = (Vec::new(), 0);
    for key in storage::keys().unwrap_or_default() {
        let len = storage::read(&key)
            .ok()
            .flatten()
            .map_or(0, |v| v.encode_utf16().count());
        let bytes = (key.encode_utf16().count() + len) * 2;
        if key.starts_with(library::APP_PREFIX) {
            ours.push((key, bytes));
        } else {
            foreign += bytes;
        }
    }
    ours.sort_by_key(|s| std::cmp::Reverse(s.1));
    (ours, foreign)
}
