//! What the app keeps in localStorage and under which keys: the current workbook
//! (in the codec's envelope) and its revision, the language, unreadable data set
//! aside, and automatic backups of replaced workbooks.

use workbook::codec::{self, DecodeError};
use workbook::{safekeeping, Lang, Workbook};

use crate::storage::{self, StorageError};

pub const WORKBOOK_KEY: &str = "crm-workbook/current";
pub const LANG_KEY: &str = "crm-workbook/lang";
/// Unreadable stored data is moved under this prefix plus the time it was found.
pub const UNREADABLE_PREFIX: &str = "crm-workbook/unreadable/";

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The browser's clock as an ISO 8601 string.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A workbook id unique enough to tell teams' workbooks apart.
pub fn new_workbook_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("wb-{now:x}-{random:x}")
}

/// What start-up found in storage.
#[derive(Clone, Debug)]
pub enum Startup {
    Restored(Box<Workbook>),
    /// Nothing saved yet: a first visit.
    FirstVisit,
    /// Saved data that does not decode. `kept_under` is the key it was copied to;
    /// `None` when even that copy failed, so the original key must not be written.
    Unreadable {
        error: DecodeError,
        raw: String,
        kept_under: Option<String>,
    },
    NoStorage(StorageError),
}

pub fn load_workbook() -> Startup {
    let raw = match storage::read(WORKBOOK_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Startup::FirstVisit,
        Err(e) => return Startup::NoStorage(e),
    };
    match codec::decode(&raw) {
        Ok(decoded) => Startup::Restored(Box::new(decoded.workbook)),
        Err(error) => {
            let kept_under = set_aside(&raw);
            Startup::Unreadable {
                error,
                raw,
                kept_under,
            }
        }
    }
}

/// Copies unreadable data under [`UNREADABLE_PREFIX`] and returns the key, or
/// `None` if it could not be copied. Every start finds the same data again until the
/// user saves new work, so an identical copy already set aside is reused rather than
/// filling the storage with duplicates.
fn set_aside(raw: &str) -> Option<String> {
    let existing = storage::keys().ok()?.into_iter().find(|key| {
        key.starts_with(UNREADABLE_PREFIX)
            && storage::read(key).ok().flatten().as_deref() == Some(raw)
    });
    if existing.is_some() {
        return existing;
    }
    let key = format!("{UNREADABLE_PREFIX}{}", now_iso());
    storage::write(&key, raw).ok().map(|()| key)
}

pub fn save_workbook(workbook: &Workbook) -> Result<(), StorageError> {
    let text = codec::encode(workbook, APP_VERSION, &now_iso(), false);
    storage::write(WORKBOOK_KEY, &text)
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
    let date: String = now_iso().chars().take(10).collect();
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

/// The revision of the stored workbook: one more on every save, so a tab can tell
/// that another tab saved since it loaded (see `safekeeping::may_write`).
pub const REVISION_KEY: &str = "crm-workbook/revision";
/// Automatic backups: a replaced workbook is kept under this prefix plus the time.
pub const BACKUP_PREFIX: &str = "crm-workbook/backup/";

/// The stored workbook's revision; read before the workbook itself, so that a save
/// by another tab in between makes this tab's copy look stale (safe) rather than
/// current (unsafe).
pub fn load_revision() -> u64 {
    safekeeping::parse_count(storage::read(REVISION_KEY).ok().flatten().as_deref())
}

/// What became of a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written; the stored revision is now this.
    At(u64),
    /// Not written: another tab saved a newer revision than the `base` this tab's
    /// copy came from.
    Stale { stored: u64 },
}

/// Saves the workbook unless another tab saved since revision `base`. The workbook
/// is written before the revision, so a tab reading between the two sees new data
/// with an old revision and takes its copy for stale: the safe mistake.
pub fn save_workbook_at(workbook: &Workbook, base: u64) -> Result<Saved, StorageError> {
    let stored = load_revision();
    if !safekeeping::may_write(base, stored) {
        return Ok(Saved::Stale { stored });
    }
    save_workbook(workbook)?;
    let next = base.max(stored) + 1;
    storage::write(REVISION_KEY, &next.to_string())?;
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
/// browsers count the quota (UTF-16), largest first.
pub fn usage() -> Vec<(String, usize)> {
    let mut sizes: Vec<(String, usize)> = storage::keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with("crm-workbook/"))
        .map(|k| {
            let len = storage::read(&k)
                .ok()
                .flatten()
                .map_or(0, |v| v.encode_utf16().count());
            let bytes = (k.encode_utf16().count() + len) * 2;
            (k, bytes)
        })
        .collect();
    sizes.sort_by_key(|s| std::cmp::Reverse(s.1));
    sizes
}
