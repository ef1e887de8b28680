//! The library of workbooks one browser keeps: the storage keys each workbook, its
//! revision and its deleted copy live under, what the list shows of each (title,
//! client, last change, completion, or why it cannot be read), the titles of
//! copies, how long a deleted workbook can be brought back, and the address that
//! puts the open workbook in the URL. The app supplies the storage; the decisions
//! are made here, where they are tested.

use std::cmp::Reverse;
use std::fmt;

use crate::codec::{self, DecodeError};
use crate::completion::{self, Completion};
use crate::lang::Lang;
use crate::workbook::Workbook;
use crate::worksheet::{Route, Worksheet};

/// Every key the app writes starts with this.
pub const APP_PREFIX: &str = "crm-workbook/";
/// A workbook, in the codec's envelope, under this prefix plus its id.
pub const WORKBOOK_PREFIX: &str = "crm-workbook/workbook/";
/// A workbook's revision (one more on every save) under this prefix plus its id.
pub const REVISION_PREFIX: &str = "crm-workbook/rev/";
/// A deleted workbook under this prefix plus `<milliseconds since 1970>/<id>`.
pub const DELETED_PREFIX: &str = "crm-workbook/deleted/";
/// The id of the workbook opened last, for an address without one.
pub const LAST_OPENED_KEY: &str = "crm-workbook/last-opened";
/// Where builds before the library kept their one workbook, and its revision.
pub const LEGACY_WORKBOOK_KEY: &str = "crm-workbook/current";
pub const LEGACY_REVISION_KEY: &str = "crm-workbook/revision";

/// How long a deleted workbook can be restored: long enough to notice a mistake
/// after a workshop week, short enough that the browser's quota is not filled by
/// forgotten deletions.
pub const KEEP_DELETED_MS: u64 = 30 * 24 * 60 * 60 * 1000;

/// The longest title the library accepts, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

pub fn workbook_key(id: &str) -> String {
    format!("{WORKBOOK_PREFIX}{id}")
}

pub fn revision_key(id: &str) -> String {
    format!("{REVISION_PREFIX}{id}")
}

pub fn deleted_key(id: &str, deleted_ms: u64) -> String {
    format!("{DELETED_PREFIX}{deleted_ms}/{id}")
}

/// The longest workbook id the library takes, in characters. The app makes ids of
/// some twenty (`wb-<time>-<random>`); a file from elsewhere may carry anything,
/// and the id is part of every key the workbook is stored under and of its address.
pub const MAX_ID_CHARS: usize = 200;

/// Prefixes of the other keys kept beside workbook ids: the customer rows live in
/// IndexedDB under the workbook id, next to rows waiting for a replace under
/// `staging/<id>` (the app's `idb::staging_key`) and a backup's rows under its
/// backup key (`crm-workbook/backup/…`). An id starting so would share a key with
/// them.
pub const RESERVED_ID_PREFIXES: [&str; 2] = ["staging/", APP_PREFIX];

/// Why a workbook id cannot be a storage key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// No id: missing from the file, or empty.
    Empty,
    /// Nothing but white space.
    Blank,
    /// White space at the start or the end: the address and the library would not
    /// show it, and two ids differing only there would look the same.
    SpaceAtEnds,
    /// A control character (a line break, a tab, NUL…), which no one can see or
    /// type into an address.
    Control,
    /// Longer than `max` ([`MAX_ID_CHARS`]) characters.
    TooLong { max: usize },
    /// Starts with one of [`RESERVED_ID_PREFIXES`].
    Reserved { prefix: &'static str },
}

impl fmt::Display for IdProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdProblem::Empty => write!(f, "the workbook has no id"),
            IdProblem::Blank => write!(f, "the workbook id is only white space"),
            IdProblem::SpaceAtEnds => {
                write!(f, "the workbook id starts or ends with white space")
            }
            IdProblem::Control => write!(f, "the workbook id contains a control character"),
            IdProblem::TooLong { max } => {
                write!(f, "the workbook id is longer than {max} characters")
            }
            IdProblem::Reserved { prefix } => write!(
                f,
                "the workbook id starts with \"{prefix}\", which the app's own keys use"
            ),
        }
    }
}

/// Whether `id` can be a workbook's storage key (and address), or why not.
///
/// Ids the app makes always can. Stored workbooks are not checked on reading (an
/// older build may have stored one under an odd id, and it must still open); this
/// is for ids that come from outside, before anything is stored under them.
pub fn check_id(id: &str) -> Result<(), IdProblem> {
    if id.is_empty() {
        return Err(IdProblem::Empty);
    }
    if id.chars().all(char::is_whitespace) {
        return Err(IdProblem::Blank);
    }
    if id.trim() != id {
        return Err(IdProblem::SpaceAtEnds);
    }
    if id.chars().any(char::is_control) {
        return Err(IdProblem::Control);
    }
    if id.chars().count() > MAX_ID_CHARS {
        return Err(IdProblem::TooLong { max: MAX_ID_CHARS });
    }
    match RESERVED_ID_PREFIXES.iter().find(|p| id.starts_with(**p)) {
        Some(prefix) => Err(IdProblem::Reserved { prefix }),
        None => Ok(()),
    }
}

/// The workbook id in a workbook key, or `None` for any other key.
pub fn id_of(key: &str) -> Option<&str> {
    key.strip_prefix(WORKBOOK_PREFIX)
        .filter(|id| !id.is_empty())
}

/// When a deleted workbook was deleted and its id, from its key.
pub fn parse_deleted(key: &str) -> Option<(u64, &str)> {
    let rest = key.strip_prefix(DELETED_PREFIX)?;
    let (ms, id) = rest.split_once('/')?;
    if id.is_empty() {
        return None;
    }
    Some((ms.parse().ok()?, id))
}

/// Whether a workbook deleted at `deleted_ms` is past keeping at `now_ms`.
pub fn expired(deleted_ms: u64, now_ms: u64) -> bool {
    now_ms.saturating_sub(deleted_ms) > KEEP_DELETED_MS
}

/// What the library shows of a readable workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub title: String,
    pub client: String,
    /// When it was last saved (ISO 8601): saves happen only on a change, so this is
    /// the last change.
    pub changed: String,
    pub completion: Completion,
}

impl Card {
    pub fn of(workbook: &Workbook, changed: &str) -> Card {
        Card {
            title: workbook.title.clone(),
            client: workbook.client.clone(),
            changed: changed.to_string(),
            completion: completion::overall(workbook),
        }
    }
}

/// One stored workbook as the library lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    /// The card, or why the stored text does not decode (it is kept as it is).
    pub content: Result<Card, DecodeError>,
    /// Its size in storage, in UTF-16 bytes as browsers count the quota.
    pub bytes: usize,
}

impl Entry {
    /// Reads the stored text of workbook `id`.
    pub fn read(id: &str, raw: &str) -> Entry {
        let content = codec::decode(raw).map(|d| Card::of(&d.workbook, &d.saved_at));
        Entry {
            id: id.to_string(),
            content,
            bytes: stored_bytes(raw),
        }
    }
}

/// A text's size as browsers count it against the storage quota.
pub fn stored_bytes(text: &str) -> usize {
    text.encode_utf16().count() * 2
}

/// The list's order: the most recently changed first, then by title, with the
/// unreadable ones last (they have no time to sort by).
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| match (&a.content, &b.content) {
        (Ok(x), Ok(y)) => {
            (Reverse(&x.changed), &x.title, &a.id).cmp(&(Reverse(&y.changed), &y.title, &b.id))
        }
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.id.cmp(&b.id),
    });
}

/// Whether an entry matches what was typed into the library's search: every word of
/// `query` appears in its title or client, ignoring case and full-width forms (so
/// "ＡＣＭＥ 2027" finds "Acme 2027 plan"). Unreadable entries match by their id. An
/// empty query matches everything.
pub fn matches(entry: &Entry, query: &str) -> bool {
    let fold = |text: &str| -> String {
        text.chars()
            .map(|c| match c {
                // Full-width ASCII forms, as Chinese input methods type them.
                '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
                '\u{3000}' => ' ',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    };
    let haystack = match &entry.content {
        Ok(card) => fold(&format!("{} {}", card.title, card.client)),
        Err(_) => fold(&entry.id),
    };
    fold(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

/// The title of a copy of `title`: "X (copy)", then "X (copy 2)", … — whichever is
/// not yet among `taken`, so copies of copies stay tellable apart.
pub fn copy_title(title: &str, lang: Lang, taken: &[&str]) -> String {
    let title = title.trim();
    let word = match lang {
        Lang::En => "copy",
        Lang::Zh => "副本",
    };
    let candidate = |n: u32| match (lang, n) {
        (Lang::En, 1) => format!("{title} ({word})"),
        (Lang::En, n) => format!("{title} ({word} {n})"),
        // Chinese takes full-width parentheses, with no space before them (issue #16).
        (Lang::Zh, 1) => format!("{title}（{word}）"),
        (Lang::Zh, n) => format!("{title}（{word} {n}）"),
    };
    (1..)
        .map(candidate)
        .find(|c| !taken.contains(&c.as_str()))
        .expect("some number is free")
}

/// Why a title was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleError {
    Empty,
    TooLong { max: usize },
}

impl fmt::Display for TitleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TitleError::Empty => write!(f, "a workbook needs a title"),
            TitleError::TooLong { max } => write!(f, "at most {max} characters"),
        }
    }
}

/// A title as typed into the rename field: trimmed, not empty, not overlong.
pub fn parse_title(text: &str) -> Result<String, TitleError> {
    let title = text.trim();
    if title.is_empty() {
        return Err(TitleError::Empty);
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(TitleError::TooLong {
            max: MAX_TITLE_CHARS,
        });
    }
    Ok(title.to_string())
}

/// Where the app is, as the URL hash says: the library, a page of one workbook, or
/// (from bookmarks made before the library existed) a page without a workbook,
/// which means the workbook opened last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    Library,
    Workbook { id: String, route: Route },
    Bare(Route),
}

/// The part of the hash that names a workbook: `#/w/<id>/<page>`.
const WORKBOOK_SEGMENT: &str = "w/";

impl Address {
    pub fn from_hash(hash: &str) -> Address {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        if let Some(rest) = path.strip_prefix(WORKBOOK_SEGMENT) {
            let (id, page) = rest.split_once('/').unwrap_or((rest, ""));
            let id = decode_id(id);
            if !id.is_empty() {
                let route = match Route::from_hash(page) {
                    // The library has no workbook in front of it.
                    Route::Library => Route::Overview,
                    route => route,
                };
                return Address::Workbook { id, route };
            }
        }
        match Route::from_hash(path) {
            Route::Library => Address::Library,
            route => Address::Bare(route),
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Address::Library => Route::Library.to_hash(),
            Address::Bare(route) => route.to_hash(),
            Address::Workbook { id, route } => workbook_hash(id, *route),
        }
    }
}

/// The hash of `route` in workbook `id`: `#/w/<id>/swot`; the library has none.
pub fn workbook_hash(id: &str, route: Route) -> String {
    match route {
        Route::Library => Route::Library.to_hash(),
        route => {
            let page = route.to_hash();
            format!(
                "#/{WORKBOOK_SEGMENT}{}/{}",
                encode_id(id),
                page.trim_start_matches("#/")
            )
        }
    }
}

/// Ids are made by the app (`wb-…`) but files from elsewhere may carry anything:
/// every byte but unreserved ASCII is percent-encoded so `/`, `#` and spaces cannot
/// break the address.
fn encode_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode_id`]; a malformed escape is kept as typed.
fn decode_id(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Every route inside a workbook, for tests of the address round trip.
pub fn workbook_routes() -> impl Iterator<Item = Route> {
    [Route::Overview, Route::Report, Route::Merge]
        .into_iter()
        .chain(Worksheet::ALL.into_iter().map(Route::Sheet))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        assert_eq!(id_of(&workbook_key("wb-1")), Some("wb-1"));
        assert_eq!(id_of("crm-workbook/workbook/"), None);
        assert_eq!(id_of(LEGACY_WORKBOOK_KEY), None);
        assert_eq!(id_of(&revision_key("wb-1")), None);
        let key = deleted_key("wb/odd", 1_700_000_000_000);
        assert_eq!(parse_deleted(&key), Some((1_700_000_000_000, "wb/odd")));
        for bad in [
            "crm-workbook/deleted/",
            "crm-workbook/deleted/12",
            "crm-workbook/deleted/x/wb",
            "crm-workbook/deleted/12/",
            "crm-workbook/workbook/wb",
        ] {
            assert_eq!(parse_deleted(bad), None, "{bad}");
        }
        // The legacy revision key is not a per-workbook one.
        assert!(!LEGACY_REVISION_KEY.starts_with(REVISION_PREFIX));
    }

    #[test]
    fn deleted_workbooks_are_kept_thirty_days() {
        let day = 24 * 60 * 60 * 1000;
        for (age, gone) in [
            (0, false),
            (29 * day, false),
            (30 * day, false),
            (31 * day, true),
        ] {
            assert_eq!(expired(1_000 * day, 1_000 * day + age), gone, "{age}");
        }
        // A clock set back never expires anything.
        assert!(!expired(10 * day, day));
    }

    #[test]
    fn an_entry_shows_title_client_change_and_completion_or_why_not() {
        let wb = crate::demo::workbook(Lang::En);
        let raw = codec::encode(&wb, "1", "2026-11-25T10:00:00Z", false);
        let entry = Entry::read("demo-zhixun", &raw);
        let card = entry.content.unwrap();
        assert_eq!(card.title, wb.title);
        assert_eq!(card.client, wb.client);
        assert_eq!(card.changed, "2026-11-25T10:00:00Z");
        assert_eq!(card.completion, completion::overall(&wb));
        assert!(card.completion.filled > 0);
        assert_eq!(entry.bytes, raw.encode_utf16().count() * 2);

        let broken = Entry::read("wb-x", "{oops");
        assert!(matches!(broken.content, Err(DecodeError::Syntax { .. })));
        assert_eq!(broken.bytes, 10);
    }

    #[test]
    fn newest_change_first_unreadable_last() {
        let card = |title: &str, changed: &str| {
            Ok(Card {
                title: title.into(),
                client: String::new(),
                changed: changed.into(),
                completion: Completion::default(),
            })
        };
        let entry = |id: &str, content| Entry {
            id: id.into(),
            content,
            bytes: 0,
        };
        let mut entries = vec![
            entry("a", Err(DecodeError::BadVersion)),
            entry("b", card("Old", "2026-01-01T00:00:00Z")),
            entry("c", card("New", "2026-11-01T00:00:00Z")),
            entry("d", card("Also new", "2026-11-01T00:00:00Z")),
        ];
        sort(&mut entries);
        let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["d", "c", "b", "a"]);
    }

    #[test]
    fn search_finds_every_word_in_title_or_client() {
        let entry = |title: &str, client: &str| Entry {
            id: "wb-1".into(),
            content: Ok(Card {
                title: title.into(),
                client: client.into(),
                changed: String::new(),
                completion: Completion::default(),
            }),
            bytes: 0,
        };
        let acme = entry("Acme 2027 plan", "Acme Ltd");
        let zhixun = entry("智讯 CRM 战略研讨", "智讯公司");
        let cases: &[(&Entry, &str, bool)] = &[
            (&acme, "", true),
            (&acme, "   ", true),
            (&acme, "acme", true),
            (&acme, "ACME ltd", true),
            (&acme, "ＡＣＭＥ　２０２７", true),
            (&acme, "plan 2026", false),
            (&zhixun, "智讯", true),
            (&zhixun, "公司 crm", true),
            (&zhixun, "acme", false),
        ];
        for (entry, query, want) in cases {
            assert_eq!(matches(entry, query), *want, "{query:?}");
        }
        let broken = Entry {
            id: "unreadable-17".into(),
            content: Err(DecodeError::BadVersion),
            bytes: 0,
        };
        assert!(matches(&broken, "unreadable"));
        assert!(!matches(&broken, "acme"));
    }

    #[test]
    fn copy_titles_count_up() {
        let cases: &[(&str, Lang, &[&str], &str)] = &[
            ("Plan", Lang::En, &[], "Plan (copy)"),
            ("Plan", Lang::En, &["Plan (copy)"], "Plan (copy 2)"),
            (
                "Plan",
                Lang::En,
                &["Plan (copy)", "Plan (copy 2)"],
                "Plan (copy 3)",
            ),
            (" Plan ", Lang::En, &[], "Plan (copy)"),
            ("计划", Lang::Zh, &[], "计划（副本）"),
            ("计划", Lang::Zh, &["计划（副本）"], "计划（副本 2）"),
        ];
        for (title, lang, taken, want) in cases {
            assert_eq!(copy_title(title, *lang, taken), *want, "{title} {taken:?}");
        }
    }

    #[test]
    fn titles_are_trimmed_and_checked() {
        assert_eq!(parse_title("  Q3 plan "), Ok("Q3 plan".to_string()));
        assert_eq!(parse_title("   "), Err(TitleError::Empty));
        assert_eq!(parse_title(&"字".repeat(200)), Ok("字".repeat(200)));
        assert_eq!(
            parse_title(&"字".repeat(201)),
            Err(TitleError::TooLong { max: 200 })
        );
    }

    #[test]
    fn ids_that_cannot_be_storage_keys_are_told_apart() {
        let long = "字".repeat(MAX_ID_CHARS);
        let too_long = "字".repeat(MAX_ID_CHARS + 1);
        let cases: &[(&str, Result<(), IdProblem>)] = &[
            ("wb-19a3f2c-5e1", Ok(())),
            ("demo-zhixun", Ok(())),
            ("team a/b#1", Ok(())),
            ("客户 计划", Ok(())),
            ("100%", Ok(())),
            ("my-staging/1", Ok(())),
            (&long, Ok(())),
            ("", Err(IdProblem::Empty)),
            (" ", Err(IdProblem::Blank)),
            ("\t\n", Err(IdProblem::Blank)),
            ("\u{3000}", Err(IdProblem::Blank)),
            (" wb-1", Err(IdProblem::SpaceAtEnds)),
            ("wb-1\n", Err(IdProblem::SpaceAtEnds)),
            ("wb-1\u{3000}", Err(IdProblem::SpaceAtEnds)),
            ("wb\u{0}1", Err(IdProblem::Control)),
            ("wb\u{1b}[31m", Err(IdProblem::Control)),
            ("wb\u{7f}", Err(IdProblem::Control)),
            ("wb\u{85}1", Err(IdProblem::Control)),
            (&too_long, Err(IdProblem::TooLong { max: MAX_ID_CHARS })),
            (
                "staging/wb-1",
                Err(IdProblem::Reserved { prefix: "staging/" }),
            ),
            (
                "crm-workbook/backup/2026-11-25T10:00:00Z",
                Err(IdProblem::Reserved { prefix: APP_PREFIX }),
            ),
        ];
        for (id, want) in cases {
            assert_eq!(check_id(id), *want, "{id:?}");
        }
        // Ids the app makes, and every key's id read back, pass.
        assert_eq!(
            id_of(&workbook_key("wb-19a3f2c-5e1")).map(check_id),
            Some(Ok(()))
        );
        assert_eq!(
            IdProblem::TooLong { max: 200 }.to_string(),
            "the workbook id is longer than 200 characters"
        );
    }

    #[test]
    fn addresses_round_trip_for_every_route_and_odd_ids() {
        for id in ["wb-19a-3f", "demo-zhixun", "team a/b#1", "客户", "100%"] {
            for route in workbook_routes() {
                let address = Address::Workbook {
                    id: id.to_string(),
                    route,
                };
                let hash = address.to_hash();
                assert!(!hash[3..].contains('#'), "{hash}");
                assert_eq!(Address::from_hash(&hash), address, "{hash}");
            }
        }
        assert_eq!(workbook_hash("wb-1", Route::Overview), "#/w/wb-1/");
        assert_eq!(
            workbook_hash("wb-1", Route::Sheet(Worksheet::Swot)),
            "#/w/wb-1/swot"
        );
    }

    #[test]
    fn addresses_without_a_workbook() {
        let cases = [
            ("", Address::Bare(Route::Overview)),
            ("#/", Address::Bare(Route::Overview)),
            ("#/swot", Address::Bare(Route::Sheet(Worksheet::Swot))),
            ("#/report", Address::Bare(Route::Report)),
            ("#/library", Address::Library),
            ("#/w/", Address::Bare(Route::Overview)),
            (
                "#/w/wb-1",
                Address::Workbook {
                    id: "wb-1".into(),
                    route: Route::Overview,
                },
            ),
            (
                "#/w/wb-1/library",
                Address::Workbook {
                    id: "wb-1".into(),
                    route: Route::Overview,
                },
            ),
            (
                "#/w/wb%2",
                Address::Workbook {
                    id: "wb%2".into(),
                    route: Route::Overview,
                },
            ),
        ];
        for (hash, want) in cases {
            assert_eq!(Address::from_hash(hash), want, "{hash}");
        }
        assert_eq!(Address::Library.to_hash(), "#/library");
    }
}
