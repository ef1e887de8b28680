//! Opening a workbook file someone shared: the checks in the order the user hears
//! about them (size, text encoding, then the codec's JSON syntax, format, schema
//! version and content), and the preview shown before anything changes: title,
//! counts per worksheet, and how the file differs from the current workbook when
//! both carry the same id; and a fresh id for a file whose own cannot be kept.
//!
//! Rows are compared generically, on the JSON form: any object with an `id` (or,
//! for the 7S factors, which have none, a `factor`) is a row, matched by that key
//! within its worksheet. So a field added to a worksheet later is compared without
//! this module knowing of it.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::codec::{self, DecodeError, Decoded};
use crate::completion::{self, Completion};
use crate::library::{self, IdProblem};
use crate::workbook::Workbook;
use crate::worksheet::Worksheet;

/// The largest file an import reads. Workbooks are small; a file with a million
/// customer rows is about 80 MB of JSON, and the text is held twice while it is read
/// (the bytes and the decoded columns), which the browser's memory must allow.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024 * 1024;

/// Why a file cannot be opened. Nothing has changed when one of these is reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge { size: usize, limit: usize },
    /// Not UTF-8 text; `offset` is the first byte that is not.
    NotText { offset: usize },
    /// Syntax, format, version or content, as the codec found.
    Decode(DecodeError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { size, limit } => {
                write!(f, "the file has {size} bytes; the limit is {limit}")
            }
            ImportError::NotText { offset } => {
                write!(f, "not UTF-8 text (byte {offset})")
            }
            ImportError::Decode(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ImportError {}

/// Checks a chosen file's size before reading it, so a huge file is refused before
/// the browser copies it into memory.
pub fn check_size(size: usize) -> Result<(), ImportError> {
    if size > MAX_IMPORT_BYTES {
        Err(ImportError::TooLarge {
            size,
            limit: MAX_IMPORT_BYTES,
        })
    } else {
        Ok(())
    }
}

/// Reads a file's bytes: size, UTF-8, then [`codec::decode`] (syntax with line and
/// column, format, schema version with migration or refusal, content with the path).
pub fn read(bytes: &[u8]) -> Result<Decoded, ImportError> {
    check_size(bytes.len())?;
    codec::decode(as_text(bytes)?).map_err(ImportError::Decode)
}

/// A file's bytes as UTF-8 text, or where they stop being so.
pub fn as_text(bytes: &[u8]) -> Result<&str, ImportError> {
    std::str::from_utf8(bytes).map_err(|e| ImportError::NotText {
        offset: e.valid_up_to(),
    })
}

/// What the preview shows of a file before the user chooses.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub id: String,
    pub title: String,
    pub client: String,
    /// The schema the file was written with; older ones were migrated.
    pub schema_version: u64,
    pub migrated: bool,
    pub app_version: String,
    pub saved_at: String,
    /// Every worksheet in workshop order.
    pub sheets: Vec<SheetPreview>,
    /// How many customer rows the file carries.
    pub customer_rows: Option<usize>,
    /// Fields of a newer build that are kept and written back (paths).
    pub unknown_fields: Vec<String>,
    /// How the file differs from the current workbook, when that has the same id.
    /// Always `None` when the file's id cannot be kept (`id_problem`).
    pub same_id: Option<Differences>,
    /// Why the file's workbook id cannot be a storage key (missing, blank, …; see
    /// [`library::check_id`]): the workbook can only be added as a new one, under
    /// the fresh id [`give_fresh_id`] gives it, never replace or merge into one of
    /// the library, whatever id that has.
    pub id_problem: Option<IdProblem>,
}

/// One worksheet of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetPreview {
    pub worksheet: Worksheet,
    /// Rows with anything filled in (blank rows are empty lines, not content);
    /// `None` for the worksheets that are settings over the customer rows, not rows
    /// (segmentation, loyalty: the file's customer rows are counted on their own).
    pub rows: Option<usize>,
    pub completion: Completion,
    /// Against the current workbook, when it has the same id.
    pub change: Option<SheetChange>,
}

/// How a worksheet of the file differs from the same worksheet of the current
/// workbook. Blank rows are ignored: adding or dropping an empty line is no change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SheetChange {
    /// Rows only in the file.
    pub added: usize,
    /// Rows only in the current workbook (the file would drop them).
    pub removed: usize,
    /// Rows in both, with different content or order of their own rows.
    pub changed: usize,
    /// Anything besides rows (a text field, thresholds, the rows' order).
    pub other: bool,
}

impl SheetChange {
    pub fn is_empty(&self) -> bool {
        *self == SheetChange::default()
    }
}

/// The whole-workbook differences with the current workbook of the same id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Differences {
    /// `(current, file)` when they differ.
    pub title: Option<(String, String)>,
    pub client: Option<(String, String)>,
    /// Fields outside the worksheets (such as the report's choices) differ.
    pub other: bool,
}

impl Preview {
    /// Whether the file holds exactly what the current workbook of the same id holds.
    pub fn identical(&self) -> bool {
        self.same_id.as_ref().is_some_and(|d| {
            d.title.is_none()
                && d.client.is_none()
                && !d.other
                && self
                    .sheets
                    .iter()
                    .all(|s| s.change.is_none_or(|c| c.is_empty()))
        })
    }
}

/// The workbook fields each worksheet is made of.
fn fields_of(sheet: Worksheet) -> &'static [&'static str] {
    match sheet {
        Worksheet::CompanyProfile => &["profile"],
        Worksheet::ProductGaps => &["product_gaps"],
        Worksheet::ServiceGaps => &["service_gaps"],
        Worksheet::Back => &["back"],
        Worksheet::Swot => &["swot"],
        Worksheet::SevenS => &["seven_s"],
        Worksheet::InternalCustomers => &["internal_customers"],
        Worksheet::Pestle => &["pestle"],
        Worksheet::Stakeholders => &["stakeholders"],
        Worksheet::Competitors => &["competitors"],
        Worksheet::Customers => &["customers"],
        Worksheet::OblAudit => &["obl"],
        Worksheet::Segmentation => &["segmentation", "customer_data"],
        Worksheet::KeyValue => &["key_value"],
        Worksheet::Loyalty => &["loyalty"],
        Worksheet::LoyaltyClasses => &["loyalty_classes"],
        Worksheet::IssueLog => &["issues"],
        Worksheet::ValueScoring => &["value_scores"],
        Worksheet::Scorecard => &["scorecard"],
        Worksheet::Readiness => &["readiness"],
        Worksheet::ActionPlan => &["action_plan"],
    }
}

/// Whether a worksheet is made of rows the user fills in.
fn holds_rows(sheet: Worksheet) -> bool {
    !matches!(sheet, Worksheet::Segmentation | Worksheet::Loyalty)
}

/// Fields that are neither a worksheet nor compared on their own: the id (equal by
/// definition when compared), title and client (shown as such), and the id counter
/// (bookkeeping, not content).
const OWN_FIELDS: [&str; 4] = ["id", "title", "client", "ids"];

/// The preview of `decoded` against the `current` workbook.
pub fn preview(decoded: &Decoded, current: &Workbook) -> Preview {
    let file = &decoded.workbook;
    let file_json = as_object(file);
    let id_problem = library::check_id(&file.id).err();
    // A workbook stored under an unusable id (by a build before the check) is no
    // more the file's workbook than any other.
    let same = (id_problem.is_none() && file.id == current.id).then(|| as_object(current));
    let sheets = Worksheet::ALL
        .into_iter()
        .map(|worksheet| {
            let rows_of = |object: &Map<String, Value>| {
                let mut rows = BTreeMap::new();
                for field in fields_of(worksheet) {
                    if let Some(value) = object.get(*field) {
                        collect_rows(value, &mut rows);
                    }
                }
                rows
            };
            let theirs = rows_of(&file_json);
            let change = same.as_ref().map(|ours_json| {
                let ours = rows_of(ours_json);
                let mut change = SheetChange::default();
                for (key, row) in &theirs {
                    match ours.get(key) {
                        None if !row.blank => change.added += 1,
                        Some(old) if old.shallow != row.shallow => change.changed += 1,
                        _ => {}
                    }
                }
                change.removed = ours
                    .iter()
                    .filter(|(key, row)| !theirs.contains_key(*key) && !row.blank)
                    .count();
                change.other = fields_of(worksheet).iter().any(|field| {
                    let settings = |o: &Map<String, Value>| o.get(*field).map(rows_as_keys);
                    settings(&file_json) != settings(ours_json)
                });
                change
            });
            SheetPreview {
                worksheet,
                rows: holds_rows(worksheet)
                    .then(|| theirs.values().filter(|row| !row.blank).count()),
                completion: completion::of(file, worksheet),
                change,
            }
        })
        .collect();
    let same_id = same.as_ref().map(|ours| {
        let differs = |a: &str, b: &str| (a != b).then(|| (b.to_string(), a.to_string()));
        let is_other = |key: &String| {
            !OWN_FIELDS.contains(&key.as_str())
                && !Worksheet::ALL
                    .iter()
                    .any(|w| fields_of(*w).contains(&key.as_str()))
        };
        let others = |object: &Map<String, Value>| -> Map<String, Value> {
            object
                .iter()
                .filter(|(k, _)| is_other(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        };
        Differences {
            title: differs(&file.title, &current.title),
            client: differs(&file.client, &current.client),
            other: others(&file_json) != others(ours)
                || file.unknown.workbook != current.unknown.workbook,
        }
    });
    Preview {
        id: file.id.clone(),
        title: file.title.clone(),
        client: file.client.clone(),
        schema_version: decoded.schema_version,
        migrated: decoded.was_migrated(),
        app_version: decoded.app_version.clone(),
        saved_at: decoded.saved_at.clone(),
        sheets,
        customer_rows: decoded.customer_rows.as_ref().map(|d| d.len()),
        unknown_fields: file.unknown.paths(),
        same_id,
        id_problem,
    }
}

/// Gives an imported workbook the id `fresh_id` makes when its own cannot be a
/// storage key, and says why; when the id is fine, changes nothing (`fresh_id` is
/// not called) and gives `None`.
///
/// The codec reads such files (an older build may have stored a workbook under
/// an odd id, and it must still open); it is what comes in from outside that must
/// not be stored under an empty or otherwise unusable key. So the app calls this
/// on an imported file after showing its [`Preview`], which says why the id is
/// replaced, and before anything is stored; and on each workbook of a library
/// file before planning how it is added.
pub fn give_fresh_id(
    workbook: &mut Workbook,
    fresh_id: impl FnOnce() -> String,
) -> Option<IdProblem> {
    let problem = library::check_id(&workbook.id).err()?;
    workbook.id = fresh_id();
    Some(problem)
}

fn as_object(workbook: &Workbook) -> Map<String, Value> {
    match serde_json::to_value(workbook) {
        Ok(Value::Object(object)) => object,
        // A workbook always serialises to an object.
        _ => Map::new(),
    }
}

/// A row's key within its worksheet: its `id`, or a 7S entry's `factor`.
fn row_key(object: &Map<String, Value>) -> Option<String> {
    match (object.get("id"), object.get("factor")) {
        (Some(Value::Number(id)), _) => Some(format!("#{id}")),
        (None, Some(Value::String(factor))) => Some(format!("factor:{factor}")),
        _ => None,
    }
}

/// One row as compared: its content with the rows nested in it reduced to their
/// keys (a change deep down counts once, on the row it belongs to; its parent counts
/// as changed only if its list of rows changed), and whether it is blank.
#[derive(Debug, PartialEq)]
struct RowInfo {
    shallow: Value,
    blank: bool,
}

/// Every row in `value`, at any depth, by key.
fn collect_rows(value: &Value, rows: &mut BTreeMap<String, RowInfo>) {
    match value {
        Value::Object(object) => {
            if let Some(key) = row_key(object) {
                let shallow = Value::Object(
                    object
                        .iter()
                        .map(|(k, v)| (k.clone(), rows_as_keys(v)))
                        .collect(),
                );
                let blank = is_empty(value);
                rows.insert(key, RowInfo { shallow, blank });
            }
            for child in object.values() {
                collect_rows(child, rows);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_rows(item, rows)),
        _ => {}
    }
}

/// `value` with every row in it replaced by its key: what is left is text and
/// settings, and the rows' order.
fn rows_as_keys(value: &Value) -> Value {
    match value {
        Value::Object(object) => match row_key(object) {
            Some(key) => Value::String(key),
            None => Value::Object(
                object
                    .iter()
                    .map(|(k, v)| (k.clone(), rows_as_keys(v)))
                    .collect(),
            ),
        },
        Value::Array(items) => Value::Array(items.iter().map(rows_as_keys).collect()),
        other => other.clone(),
    }
}

/// Whether a value holds nothing but row keys: null, "", false, or lists and objects
/// of such (a row's own `id` or `factor` is its key, not content).
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(items) => items.iter().all(is_empty),
        Value::Object(object) => object
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "id" | "factor"))
            .all(|(_, v)| is_empty(v)),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
