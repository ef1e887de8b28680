//! The JSON codec: the versioned envelope around a workbook, migrations from older
//! schema versions, and decode errors that name the JSON path at fault.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::ids::RowId;
use crate::workbook::Workbook;

/// The `format` field every file this product writes carries.
pub const FORMAT: &str = "crm-strategy-workbook";

/// The schema version this build writes. Older versions are migrated on decode;
/// newer ones are refused rather than half-read.
pub const SCHEMA_VERSION: u64 = 1;

/// Everything around the workbook in a saved or exported file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub schema_version: u64,
    /// The version of the app that wrote the file.
    pub app_version: String,
    /// ISO 8601 time of writing, as the writer's clock reported it.
    pub saved_at: String,
    pub workbook: Workbook,
}

/// What decoding found besides the workbook.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub workbook: Workbook,
    /// The schema version the file was written with, before migration.
    pub schema_version: u64,
    pub app_version: String,
    pub saved_at: String,
}

impl Decoded {
    pub fn was_migrated(&self) -> bool {
        self.schema_version < SCHEMA_VERSION
    }
}

/// Serialises a workbook in the current envelope. `pretty` is for files people may
/// open in an editor; storage uses the compact form.
pub fn encode(workbook: &Workbook, app_version: &str, saved_at: &str, pretty: bool) -> String {
    #[derive(Serialize)]
    struct EnvelopeRef<'a> {
        format: &'a str,
        schema_version: u64,
        app_version: &'a str,
        saved_at: &'a str,
        workbook: &'a Workbook,
    }
    let envelope = EnvelopeRef {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version,
        saved_at,
        workbook,
    };
    let result = if pretty {
        serde_json::to_string_pretty(&envelope)
    } else {
        serde_json::to_string(&envelope)
    };
    // Serialising plain structs with string keys into a String cannot fail.
    result.expect("workbook serialises to JSON")
}

/// Why a text is not a workbook this build can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all; `line` and `column` are 1-based.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not something this product wrote (`found` is its `format`, if any).
    NotAWorkbook { found: Option<String> },
    /// `schema_version` is missing or not a whole number.
    BadVersion,
    /// Written by a newer version of the product.
    TooNew { found: u64, supported: u64 },
    /// A field has the wrong type or an impossible value.
    Content { path: String, message: String },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {message}"
            ),
            DecodeError::NotAWorkbook { found: Some(found) } => {
                write!(f, "not a CRM workbook file (format \"{found}\")")
            }
            DecodeError::NotAWorkbook { found: None } => {
                write!(f, "not a CRM workbook file (no format field)")
            }
            DecodeError::BadVersion => write!(f, "schema_version is missing or not a number"),
            DecodeError::TooNew { found, supported } => write!(
                f,
                "made by a newer version (schema {found}; this version reads up to {supported})"
            ),
            DecodeError::Content { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Parses, checks, migrates and decodes a saved or exported workbook.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| DecodeError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let original = schema_version_of(&value)?;
    if original > SCHEMA_VERSION {
        return Err(DecodeError::TooNew {
            found: original,
            supported: SCHEMA_VERSION,
        });
    }
    let mut value = migrate(value, original);
    let max_id = max_row_id(&value["workbook"]);
    let object = value
        .as_object_mut()
        .expect("migrated envelope is an object");
    let text_field = |object: &Map<String, Value>, key: &str| -> Result<String, DecodeError> {
        match object.get(key) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(DecodeError::Content {
                path: key.to_string(),
                message: "expected a string".to_string(),
            }),
        }
    };
    let app_version = text_field(object, "app_version")?;
    let saved_at = text_field(object, "saved_at")?;
    let workbook_value = object.remove("workbook").unwrap_or(Value::Null);
    if !workbook_value.is_object() {
        return Err(DecodeError::Content {
            path: "workbook".to_string(),
            message: "expected the workbook object".to_string(),
        });
    }
    // Decoding from compact text rather than from the `Value` lets a content error
    // be traced back to the JSON path it sits at, through the error's position; the
    // text is one line, so the column is the byte offset.
    let compact = serde_json::to_string(&workbook_value).expect("a JSON value serialises");
    let mut workbook: Workbook = serde_json::from_str(&compact).map_err(|e| {
        let message = e.to_string();
        // serde_json appends " at line 1 column N"; the path says it better.
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_string(),
            None => message,
        };
        let inner = path_at(&compact, e.column());
        DecodeError::Content {
            path: if inner.is_empty() {
                "workbook".to_string()
            } else {
                format!("workbook.{inner}")
            },
            message,
        }
    })?;
    if let Some(max) = max_id {
        workbook.ids.observe(RowId(max));
    }
    workbook.normalise();
    Ok(Decoded {
        workbook,
        schema_version: original,
        app_version,
        saved_at,
    })
}

/// Finds the schema version of a parsed file. Schema 0 is the bare workbook object
/// (no envelope) that the first builds wrote.
fn schema_version_of(value: &Value) -> Result<u64, DecodeError> {
    let Some(object) = value.as_object() else {
        return Err(DecodeError::NotAWorkbook { found: None });
    };
    match object.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => {
            return Err(DecodeError::NotAWorkbook {
                found: Some(f.clone()),
            })
        }
        Some(_) => return Err(DecodeError::NotAWorkbook { found: None }),
        None if looks_like_bare_workbook(object) => return Ok(0),
        None => return Err(DecodeError::NotAWorkbook { found: None }),
    }
    object
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::BadVersion)
}

fn looks_like_bare_workbook(object: &Map<String, Value>) -> bool {
    object.contains_key("swot") && object.contains_key("id")
}

/// One migration step: turns a file of schema `n` into schema `n + 1`.
type Step = fn(Value) -> Value;

/// `STEPS[n]` upgrades schema `n` to `n + 1`. Add a step (and a fixture test) for
/// every schema change; never edit a published step.
const STEPS: [Step; SCHEMA_VERSION as usize] = [v0_wrap_in_envelope];

fn migrate(mut value: Value, from: u64) -> Value {
    for step in &STEPS[from as usize..] {
        value = step(value);
    }
    value
}

/// Schema 0 stored the workbook object alone; schema 1 wraps it in the envelope.
fn v0_wrap_in_envelope(workbook: Value) -> Value {
    json!({
        "format": FORMAT,
        "schema_version": 1,
        "app_version": "",
        "saved_at": "",
        "workbook": workbook,
    })
}

/// One level of nesting while [`path_at`] walks the JSON text.
enum Level {
    Object { key: Option<String>, want_key: bool },
    Array { index: usize },
}

/// The JSON path (`swot.strengths[0].score`) of what serde_json was reading when it
/// stopped at 1-based byte `column` of the one-line `text`.
///
/// serde_json reports the position just after the token it was reading: the end of
/// a bad value, or the closing brace of an object missing a field. Walking the text
/// up to there and remembering the keys and indices passed gives the path without
/// tracking it through every deserializer (which `serde_path_to_error` does at a
/// large cost in code size).
fn path_at(text: &str, column: usize) -> String {
    let bytes = text.as_bytes();
    let end = column.min(bytes.len());
    let mut stack: Vec<Level> = Vec::new();
    let mut i = 0;
    // At an object's closing brace the fault is the object itself (a missing field).
    let mut closed_here = false;
    while i < end {
        closed_here = false;
        match bytes[i] {
            b'{' => stack.push(Level::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Level::Array { index: 0 }),
            b'}' | b']' => {
                if i + 1 == end {
                    closed_here = true;
                } else {
                    stack.pop();
                }
            }
            b':' => {
                if let Some(Level::Object { want_key, .. }) = stack.last_mut() {
                    *want_key = false;
                }
            }
            b',' => match stack.last_mut() {
                Some(Level::Object { want_key, .. }) => *want_key = true,
                Some(Level::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Level::Object {
                    key,
                    want_key: true,
                }) = stack.last_mut()
                {
                    let raw = &text[start..i.min(text.len())];
                    *key = Some(serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_default());
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    let depth = stack.len();
    for (n, level) in stack.iter().enumerate() {
        // The innermost open level names the value being read, unless the reader had
        // just closed it (then the level itself is the fault, not its last key).
        let innermost = n + 1 == depth;
        match level {
            Level::Object { key: Some(key), .. } if !(innermost && closed_here) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Array { index } if !(innermost && closed_here) => {
                path.push_str(&format!("[{index}]"));
            }
            _ => {}
        }
    }
    path
}

/// The largest number stored under any `id` key, so fresh ids never collide with
/// ids already in the file.
fn max_row_id(value: &Value) -> Option<u64> {
    match value {
        Value::Object(map) => map
            .iter()
            .filter_map(|(k, v)| match (k.as_str(), v) {
                ("id", Value::Number(n)) => n.as_u64(),
                _ => max_row_id(v),
            })
            .max(),
        Value::Array(items) => items.iter().filter_map(max_row_id).max(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::lang::Lang;
    use crate::swot::Quadrant;

    fn content_error(text: &str) -> (String, String) {
        match decode(text) {
            Err(DecodeError::Content { path, message }) => (path, message),
            other => panic!("expected a content error, got {other:?}"),
        }
    }

    #[test]
    fn demo_round_trips_in_both_languages() {
        for lang in Lang::ALL {
            let wb = demo::workbook(lang);
            for pretty in [false, true] {
                let text = encode(&wb, "0.1.0", "2026-11-25T08:00:00Z", pretty);
                let back = decode(&text).unwrap();
                assert_eq!(back.workbook, wb);
                assert_eq!(back.schema_version, SCHEMA_VERSION);
                assert_eq!(back.app_version, "0.1.0");
                assert_eq!(back.saved_at, "2026-11-25T08:00:00Z");
                assert!(!back.was_migrated());
            }
        }
    }

    #[test]
    fn schema_0_fixture_is_migrated() {
        let text = include_str!("../tests/fixtures/schema-0.json");
        let decoded = decode(text).unwrap();
        assert!(decoded.was_migrated());
        assert_eq!(decoded.schema_version, 0);
        let wb = decoded.workbook;
        assert_eq!(wb.title, "Zhixun workshop (old build)");
        assert_eq!(wb.swot.strengths[0].text, "Experienced trainers");
        assert_eq!(wb.swot.strengths[0].score.map(|s| s.get()), Some(8));
        // Missing quadrants are padded to the minimum rows with fresh, unique ids.
        assert_eq!(wb.swot.threats.len(), crate::swot::MIN_ROWS);
        let mut ids: Vec<_> = wb.swot.items().map(|(_, i)| i.id).collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "ids stay unique after padding");
        // Re-encoding writes the current schema.
        let again = decode(&encode(&wb, "x", "y", false)).unwrap();
        assert_eq!(again.schema_version, SCHEMA_VERSION);
        assert_eq!(again.workbook, wb);
    }

    /// A file saved by the foundation build (schema 1, before the internal-analysis
    /// scores and 7S origins existed), with a SWOT item sent from BACK.
    #[test]
    fn foundation_build_file_still_opens() {
        let text = include_str!("../tests/fixtures/schema-1-foundation.json");
        let decoded = decode(text).unwrap();
        assert!(!decoded.was_migrated());
        let wb = decoded.workbook;
        assert_eq!(wb.title, "智讯公司 CRM 战略研讨");
        let item = &wb.swot.weaknesses[0];
        let origin = item.origin.as_ref().unwrap();
        assert_eq!(origin.source, crate::swot::OriginRef::Row(RowId(82)));
        assert!(wb.origin_exists(origin));
        // Every scored worksheet has data to score.
        assert!(!wb.back.score().is_empty());
        assert!(!wb.seven_s.score().is_empty());
        assert!(!crate::internal::GapScore::of(&wb.product_gaps).is_empty());
        assert!(!crate::external::PestleScore::of(&wb.pestle).is_empty());
        assert!(!crate::external::StakeholderScore::of(&wb.stakeholders).is_empty());
        let comparison = crate::external::Comparison::of(&wb, "us");
        assert!(
            comparison.rows.len() >= 4,
            "the company and three competitors"
        );
        assert!(comparison.rows.iter().all(|r| r.rank.is_some()));
        assert!(!crate::customers::CustomerScore::of(&wb.customers).is_empty());
        assert!(!crate::obl::OblScore::of(&wb, "us").internal.is_empty());
        assert!(!crate::obl::OblScore::of(&wb, "us").industry.is_empty());
        // And it round-trips in the current form.
        let again = decode(&encode(&wb, "x", "y", false)).unwrap().workbook;
        assert_eq!(again, wb);
    }

    #[test]
    fn fresh_ids_never_collide_with_decoded_ones() {
        let text = r#"{"format":"crm-strategy-workbook","schema_version":1,
            "workbook":{"id":"w","ids":1,"swot":{"strengths":[{"id":40,"text":"a"}]}}}"#;
        let mut wb = decode(text).unwrap().workbook;
        assert!(wb.fresh_id().0 > 40);
        let new = wb.add_swot_item(Quadrant::Strengths);
        assert!(new.0 > 40);
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        match decode("{\n  \"format\": \"crm-strategy-workbook\",\n  oops\n}") {
            Err(DecodeError::Syntax { line, column, .. }) => {
                assert_eq!((line, column), (3, 3));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(decode(""), Err(DecodeError::Syntax { .. })));
    }

    #[test]
    fn envelope_errors() {
        let cases: &[(&str, DecodeError)] = &[
            ("[1, 2]", DecodeError::NotAWorkbook { found: None }),
            ("{\"a\": 1}", DecodeError::NotAWorkbook { found: None }),
            (
                "{\"format\": \"other-app\"}",
                DecodeError::NotAWorkbook {
                    found: Some("other-app".into()),
                },
            ),
            ("{\"format\": 7}", DecodeError::NotAWorkbook { found: None }),
            (
                "{\"format\": \"crm-strategy-workbook\"}",
                DecodeError::BadVersion,
            ),
            (
                "{\"format\": \"crm-strategy-workbook\", \"schema_version\": \"1\"}",
                DecodeError::BadVersion,
            ),
            (
                "{\"format\": \"crm-strategy-workbook\", \"schema_version\": 99, \"workbook\": {}}",
                DecodeError::TooNew {
                    found: 99,
                    supported: SCHEMA_VERSION,
                },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&decode(text).unwrap_err(), want, "{text}");
        }
    }

    #[test]
    fn content_errors_name_the_path() {
        let wrap = |workbook: &str| {
            format!(
                "{{\"format\":\"crm-strategy-workbook\",\"schema_version\":1,\"workbook\":{workbook}}}"
            )
        };
        let cases: &[(&str, &str, &str)] = &[
            (
                r#"{"swot":{"strengths":[{"id":1,"text":"a","score":11}]}}"#,
                "workbook.swot.strengths[0].score",
                "outside the scale",
            ),
            (
                r#"{"swot":{"threats":[{"id":1},{"id":2,"score":"high"}]}}"#,
                "workbook.swot.threats[1].score",
                "invalid type",
            ),
            (r#"{"title":42}"#, "workbook.title", "invalid type"),
            (
                r#"{"swot":{"weaknesses":[{"text":"no id"}]}}"#,
                "workbook.swot.weaknesses[0]",
                "missing field `id`",
            ),
            (
                r#"{"seven_s":{"factors":[{"factor":"luck"}]}}"#,
                "workbook.seven_s.factors[0].factor",
                "unknown variant",
            ),
            (r#"[]"#, "workbook", "expected the workbook object"),
            (
                r#"{"swot":{"weaknesses":[{"id":1,"origin":{"worksheet":"back","row":"x","label":"l"}}]}}"#,
                "workbook.swot.weaknesses[0].origin",
                "invalid type",
            ),
        ];
        for (workbook, path, message) in cases {
            let (got_path, got_message) = content_error(&wrap(workbook));
            assert_eq!(&got_path, path, "{workbook}");
            assert!(
                got_message.contains(message),
                "{workbook}: {got_message:?} should mention {message:?}"
            );
        }
        let (path, _) = content_error(
            r#"{"format":"crm-strategy-workbook","schema_version":1,"saved_at":5,"workbook":{}}"#,
        );
        assert_eq!(path, "saved_at");
    }

    #[test]
    fn path_at_table() {
        // (text, where serde_json stops: the byte just after the marker `|`, path)
        let cases: &[(&str, &str)] = &[
            (r#"{"a":1|}"#, "a"),
            (r#"{"a":{"b":[1,2,"x"|]}}"#, "a.b[2]"),
            (r#"{"a":[{"id":1},{"t":"y"}|]}"#, "a[1]"),
            (r#"{"a:,[{":{"b\"c":5|}}"#, r#"a:,[{.b"c"#),
            (r#"{"a":[[1],[2,3|]]}"#, "a[1][1]"),
            (r#"{"x":1,"y":"s,}:"|}"#, "y"),
            (r#"{"k":{}|}"#, "k"),
            (r#"[]|"#, ""),
        ];
        for (marked, want) in cases {
            let column = marked.find('|').unwrap();
            let text = marked.replacen('|', "", 1);
            assert_eq!(path_at(&text, column), *want, "{marked}");
        }
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let text = format!(
            "\u{feff}{}",
            encode(&Workbook::blank("w", Lang::En), "v", "t", true)
        );
        assert!(decode(&text).is_ok());
    }

    #[test]
    fn origins_written_before_7s_could_send_still_decode() {
        let text = r#"{"format":"crm-strategy-workbook","schema_version":1,"workbook":{"id":"w",
            "swot":{"weaknesses":[{"id":9,"text":"Slow quotes","score":6,
            "origin":{"worksheet":"back","row":4,"label":"Slow quotes"}}]}}}"#;
        let wb = decode(text).unwrap().workbook;
        let origin = wb.swot.weaknesses[0].origin.clone().unwrap();
        assert_eq!(origin.worksheet, crate::worksheet::Worksheet::Back);
        assert_eq!(origin.source, crate::swot::OriginRef::Row(RowId(4)));
        assert_eq!(origin.label, "Slow quotes");
        // Written back in the same form.
        let again = encode(&wb, "x", "y", false);
        assert!(again.contains(r#""origin":{"worksheet":"back","row":4,"label":"Slow quotes"}"#));
    }
}
