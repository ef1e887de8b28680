//! What the app keeps in localStorage and under which keys: the current workbook
//! (in the codec's envelope), the language, and unreadable data set aside.

use workbook::codec::{self, DecodeError};
use workbook::{Lang, Workbook};

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
    (name, text)
}
