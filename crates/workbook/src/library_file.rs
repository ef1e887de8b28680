//! The "export all" file: every workbook of a browser's library in one JSON file,
//! reading such a file back (or a single-workbook file, whichever was chosen), and
//! the plan of adding its workbooks to a library without replacing any.
//!
//! Each workbook in the file is the codec's own envelope object, so a workbook read
//! from a library file is checked, migrated and decoded exactly as one read from its
//! own file, and fields of a newer build survive the trip. Customer rows are never
//! written: a library file is for the workbooks, and rows can be hundreds of MB.

use std::collections::HashMap;
use std::fmt;

use serde::de::{Deserialize, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};

use crate::codec::{self, DecodeError, Decoded, SCHEMA_VERSION};
use crate::import_preview::{self, ImportError};
use crate::workbook::Workbook;

/// The `format` field of a library file.
pub const LIBRARY_FORMAT: &str = "crm-strategy-workbook-library";

/// The key of the workbooks' array in a library file.
const WORKBOOKS: &str = "workbooks";

/// Writes the workbooks as one file: `{"format": LIBRARY_FORMAT, "schema_version":
/// codec::SCHEMA_VERSION, "app_version", "saved_at", "workbooks": [...]}`, where each
/// element is the workbook's envelope object exactly as [`codec::encode`] writes it,
/// so unknown fields are kept. No customer rows (they can be hundreds of MB).
pub fn encode_all(
    workbooks: &[Workbook],
    app_version: &str,
    saved_at: &str,
    pretty: bool,
) -> String {
    let string = |s: &str| serde_json::to_string(s).expect("a string serialises to JSON");
    // The envelopes are spliced in as the codec's own text rather than rebuilt from
    // a `serde_json::Value`: a `Value` would reorder their keys, and serde_json is
    // built here without raw values. The codec's text is valid JSON, and its pretty
    // form holds no raw line breaks inside strings, so indenting every line of it
    // gives what serde_json's pretty printer would write at that depth.
    let envelopes: Vec<String> = workbooks
        .iter()
        .map(|workbook| {
            let text = codec::encode(workbook, app_version, saved_at, pretty);
            if pretty {
                format!("    {}", text.replace('\n', "\n    "))
            } else {
                text
            }
        })
        .collect();
    let header = [
        ("format", string(LIBRARY_FORMAT)),
        ("schema_version", SCHEMA_VERSION.to_string()),
        ("app_version", string(app_version)),
        ("saved_at", string(saved_at)),
    ];
    let mut out = String::from("{");
    for (key, value) in header {
        if pretty {
            out.push_str(&format!("\n  \"{key}\": {value},"));
        } else {
            out.push_str(&format!("\"{key}\":{value},"));
        }
    }
    if !pretty {
        out.push_str(&format!("\"{WORKBOOKS}\":[{}]}}", envelopes.join(",")));
    } else if envelopes.is_empty() {
        out.push_str(&format!("\n  \"{WORKBOOKS}\": []\n}}"));
    } else {
        out.push_str(&format!(
            "\n  \"{WORKBOOKS}\": [\n{}\n  ]\n}}",
            envelopes.join(",\n")
        ));
    }
    out
}

/// What a chosen file holds.
// `One` is far larger than `Many`, but a `Contents` is made once per file read and
// taken apart by its caller at once, so boxing it would only add a step for them.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Contents {
    /// A single-workbook file (codec [`codec::FORMAT`], or the bare workbook of
    /// schema 0).
    One(Decoded),
    /// A library file's workbooks, in the file's order.
    Many(Vec<Decoded>),
}

/// Reads a file that is either a single-workbook file (codec [`codec::FORMAT`]) or a
/// library file.
///
/// The checks come in the order the user hears about them, as in
/// [`import_preview::read`]: size, UTF-8, then JSON syntax, format and schema
/// version, then each workbook's own checks. A single-workbook file is read by
/// [`import_preview::read`] itself, so it behaves exactly as it does there. In a
/// library file, a workbook's fault names its place, e.g.
/// `workbooks[2].workbook.swot.strengths[0].score`, and two workbooks with the same
/// id are refused (adding the file could not tell them apart).
pub fn read_any(bytes: &[u8]) -> Result<Contents, ImportError> {
    import_preview::check_size(bytes.len())?;
    if !is_library(bytes) {
        return import_preview::read(bytes).map(Contents::One);
    }
    read_library(import_preview::as_text(bytes)?)
        .map(Contents::Many)
        .map_err(ImportError::Decode)
}

/// Whether the file's top-level `format` is [`LIBRARY_FORMAT`].
///
/// A single-workbook file can be some 80 MB with its customer rows, so this reads
/// the text once without building anything: only the `format` value is kept, and
/// every other value is skipped as it is parsed. Anything the peek cannot make out
/// (bad syntax, bytes that are not UTF-8, a top level that is not an object, a
/// `format` that is not a string) is not a library file, and the single-workbook
/// reader then reports it as it always has.
fn is_library(bytes: &[u8]) -> bool {
    // A UTF-8 byte-order mark is common in files saved by Windows editors; the
    // codec accepts it, so the peek must look past it too.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    matches!(
        serde_json::from_slice::<FormatOf>(bytes),
        Ok(FormatOf(Some(format))) if format == LIBRARY_FORMAT
    )
}

/// A file's top-level `format`, if it is a string; a later key of the same name
/// wins, as it does in the codec.
struct FormatOf(Option<String>);

impl<'de> Deserialize<'de> for FormatOf {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<FormatOf, D::Error> {
        // Asking for a map (not a struct) refuses a top-level array, which a
        // derived struct would accept as the struct's fields in order.
        deserializer.deserialize_map(FormatVisitor)
    }
}

struct FormatVisitor;

impl<'de> Visitor<'de> for FormatVisitor {
    type Value = FormatOf;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FormatOf, A::Error> {
        let mut format = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "format" {
                format = Some(map.next_value::<String>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(FormatOf(format))
    }
}

/// Reads a text whose `format` is [`LIBRARY_FORMAT`]. Library files carry no
/// customer rows, so holding the parsed text as a JSON tree is affordable.
fn read_library(text: &str) -> Result<Vec<Decoded>, DecodeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Said as the codec says it: too deep, a number out of range, or bad syntax.
    let mut top: Map<String, Value> =
        serde_json::from_str(text).map_err(|e| crate::codec::json_error(&e))?;
    // The library's own schema version is checked before its workbooks: a newer
    // schema may lay them out differently, and guessing would half-read the file.
    let version = crate::codec::version_in(&top)?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let Some(Value::Array(elements)) = top.remove(WORKBOOKS) else {
        return Err(DecodeError::Content {
            path: WORKBOOKS.to_string(),
            message: "expected an array of workbook files".to_string(),
        });
    };
    let mut decoded = Vec::with_capacity(elements.len());
    // Where each id was first seen, to name both places of a duplicate.
    let mut first_at: HashMap<String, usize> = HashMap::new();
    for (i, element) in elements.into_iter().enumerate() {
        // Each element goes through the codec as the text of a file of its own, so
        // its migrations, unknown fields and content paths are the codec's.
        let element_text = serde_json::to_string(&element).expect("a JSON value serialises");
        let one = codec::decode(&element_text).map_err(|error| match error {
            DecodeError::Content { path, message } => DecodeError::Content {
                path: format!("{WORKBOOKS}[{i}].{path}"),
                message,
            },
            other => DecodeError::Content {
                path: format!("{WORKBOOKS}[{i}]"),
                message: other.to_string(),
            },
        })?;
        let id = one.workbook.id.clone();
        if let Some(first) = first_at.get(&id) {
            return Err(DecodeError::Content {
                path: format!("{WORKBOOKS}[{i}].workbook.id"),
                message: format!("the id \"{id}\" repeats {WORKBOOKS}[{first}].workbook.id"),
            });
        }
        first_at.insert(id, i);
        decoded.push(one);
    }
    Ok(decoded)
}

/// What happens to one workbook of a library file when it is added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fate {
    /// No stored workbook has its id: it is added as it is.
    New,
    /// The stored workbook of its id is equal to it: nothing is added.
    Identical,
    /// The stored workbook of its id differs: it is added under `new_id`, and the
    /// stored one is left as it is.
    AsCopy { new_id: String },
}

/// The plan of adding `incoming` to a library, one [`Fate`] per workbook in order.
///
/// `existing(id)` returns the stored workbook with that id, if any; `fresh_id(i)`
/// makes a new id for the i-th copy, counting from 0 over the copies only, and must
/// give ids that neither the library nor `incoming` uses. Nothing in the library is
/// ever replaced: a workbook whose id is free is added as it is, one equal to the
/// stored one is skipped, and one that differs is added under a fresh id. A team's
/// work is never lost by adding someone else's file; at worst there are two copies
/// to compare.
pub fn plan(
    incoming: &[Workbook],
    existing: impl Fn(&str) -> Option<Workbook>,
    mut fresh_id: impl FnMut(usize) -> String,
) -> Vec<Fate> {
    let mut copies = 0;
    incoming
        .iter()
        .map(|workbook| match existing(&workbook.id) {
            None => Fate::New,
            Some(stored) if stored == *workbook => Fate::Identical,
            Some(_) => {
                let new_id = fresh_id(copies);
                copies += 1;
                Fate::AsCopy { new_id }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::lang::Lang;
    use serde_json::json;

    const APP: &str = "0.3.0";
    const AT: &str = "2026-11-25T08:00:00Z";

    fn sample() -> Vec<Workbook> {
        vec![demo::workbook(Lang::En), Workbook::blank("wb-2", Lang::Zh)]
    }

    fn many(bytes: &[u8]) -> Vec<Decoded> {
        match read_any(bytes) {
            Ok(Contents::Many(decoded)) => decoded,
            other => panic!("expected a library, got {other:?}"),
        }
    }

    /// A library file's text with the given fields after `format`.
    fn library(rest: &str) -> String {
        format!(r#"{{"format":"{LIBRARY_FORMAT}"{rest}}}"#)
    }

    /// A library file of the current schema holding the given element texts.
    fn library_of(elements: &[&str]) -> String {
        library(&format!(
            r#","schema_version":{SCHEMA_VERSION},"workbooks":[{}]"#,
            elements.join(",")
        ))
    }

    #[test]
    fn every_workbook_round_trips_in_order() {
        let workbooks = sample();
        for pretty in [false, true] {
            let text = encode_all(&workbooks, APP, AT, pretty);
            let back = many(text.as_bytes());
            let got: Vec<&Workbook> = back.iter().map(|d| &d.workbook).collect();
            assert_eq!(got, workbooks.iter().collect::<Vec<_>>(), "pretty {pretty}");
            for decoded in &back {
                assert_eq!(decoded.app_version, APP);
                assert_eq!(decoded.saved_at, AT);
                assert_eq!(decoded.schema_version, SCHEMA_VERSION);
                assert_eq!(decoded.customer_rows, None);
            }
            // The envelope, and each element as the codec writes it.
            let value: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(value["format"], LIBRARY_FORMAT);
            assert_eq!(value["schema_version"], SCHEMA_VERSION);
            assert_eq!(value["app_version"], APP);
            assert_eq!(value["saved_at"], AT);
            for (i, workbook) in workbooks.iter().enumerate() {
                let own = codec::encode(workbook, APP, AT, pretty);
                let own_value: Value = serde_json::from_str(&own).unwrap();
                assert_eq!(value["workbooks"][i], own_value);
                let spliced = if pretty {
                    own.replace('\n', "\n    ")
                } else {
                    own
                };
                assert!(text.contains(&spliced), "element {i} is the codec's text");
            }
            // An empty library is a file too.
            let empty = encode_all(&[], APP, AT, pretty);
            assert_eq!(many(empty.as_bytes()), vec![]);
        }
        // The pretty form is serde_json's own.
        #[derive(serde::Serialize)]
        struct Empty<'a> {
            format: &'a str,
            schema_version: u64,
            app_version: &'a str,
            saved_at: &'a str,
            workbooks: [(); 0],
        }
        let empty = Empty {
            format: LIBRARY_FORMAT,
            schema_version: SCHEMA_VERSION,
            app_version: APP,
            saved_at: AT,
            workbooks: [],
        };
        assert_eq!(
            encode_all(&[], APP, AT, true),
            serde_json::to_string_pretty(&empty).unwrap()
        );
        assert_eq!(
            encode_all(&[], APP, AT, false),
            serde_json::to_string(&empty).unwrap()
        );
    }

    #[test]
    fn unknown_fields_of_a_newer_build_survive() {
        let mut workbook = Workbook::blank("newer", Lang::En);
        workbook
            .unknown
            .workbook
            .insert("timeline".into(), json!([{"at": "2027-01-01"}]));
        workbook
            .unknown
            .envelope
            .insert("signature".into(), json!({"by": "team B"}));
        let workbooks = vec![workbook, Workbook::blank("plain", Lang::En)];
        for pretty in [false, true] {
            let text = encode_all(&workbooks, APP, AT, pretty);
            let back = many(text.as_bytes());
            assert_eq!(back[0].workbook, workbooks[0]);
            assert_eq!(
                back[0].workbook.unknown.paths(),
                ["signature", "workbook.timeline"]
            );
            assert!(back[1].workbook.unknown.is_empty());
        }
    }

    #[test]
    fn single_workbook_files_read_as_before() {
        let workbook = demo::workbook(Lang::Zh);
        let plain = codec::encode(&workbook, APP, AT, true);
        let with_rows = library_of(&[]).replace(LIBRARY_FORMAT, codec::FORMAT);
        let with_rows = with_rows.replace(
            r#""workbooks":[]"#,
            r#""workbook":{"id":"r"},"customer_rows":{"customer":["A"],"sales":[1],"profit":[2]}"#,
        );
        let texts = [
            plain.clone(),
            format!("\u{feff}{plain}"),
            with_rows,
            // Schema 0: the bare workbook object, without an envelope.
            r#"{"id":"bare","swot":{}}"#.to_string(),
        ];
        for text in texts {
            let want = import_preview::read(text.as_bytes()).unwrap();
            assert_eq!(read_any(text.as_bytes()), Ok(Contents::One(want)), "{text}");
        }
        match read_any(plain.as_bytes()) {
            Ok(Contents::One(decoded)) => assert_eq!(decoded.workbook, workbook),
            other => panic!("{other:?}"),
        }
        // A library file with a byte-order mark is still a library file.
        let text = format!("\u{feff}{}", encode_all(&sample(), APP, AT, true));
        assert_eq!(many(text.as_bytes()).len(), 2);
    }

    /// What a failing read must give.
    enum Want {
        Exact(DecodeError),
        Syntax {
            line: usize,
            column: usize,
        },
        /// A content fault at the path, its message mentioning the fragment.
        Content(&'static str, &'static str),
    }

    #[test]
    fn each_failure_is_reported() {
        let good = codec::encode(&Workbook::blank("a", Lang::En), APP, AT, false);
        let other_good = codec::encode(&Workbook::blank("b", Lang::En), APP, AT, false);
        let envelope = |rest: &str| format!(r#"{{"format":"{}"{rest}}}"#, codec::FORMAT);
        let bad_score = envelope(
            r#","schema_version":1,"workbook":{"swot":{"strengths":[{"id":1,"text":"a","score":11}]}}"#,
        );
        let too_new = envelope(r#","schema_version":99,"workbook":{}"#);
        let no_version = envelope(r#","workbook":{}"#);
        let bad_saved_at = envelope(r#","schema_version":1,"saved_at":5,"workbook":{}"#);
        let newer = SCHEMA_VERSION + 1;
        let cases: Vec<(&str, String, Want)> = vec![
            (
                "syntax",
                format!("{{\n  \"format\": \"{LIBRARY_FORMAT}\",\n  oops\n}}"),
                Want::Syntax { line: 3, column: 3 },
            ),
            (
                "syntax after the workbooks",
                format!("{}\n,", library_of(&[&good])),
                Want::Syntax { line: 2, column: 1 },
            ),
            (
                "another app's file",
                r#"{"format":"other-app","workbooks":[]}"#.to_string(),
                Want::Exact(DecodeError::NotAWorkbook {
                    found: Some("other-app".into()),
                }),
            ),
            (
                "a format that is not a string",
                r#"{"format":["crm-strategy-workbook-library"],"workbooks":[]}"#.to_string(),
                Want::Exact(DecodeError::NotAWorkbook { found: None }),
            ),
            (
                "a top-level array",
                format!(r#"["{LIBRARY_FORMAT}",1,[]]"#),
                Want::Exact(DecodeError::NotAWorkbook { found: None }),
            ),
            (
                "a newer library schema",
                library(&format!(r#","schema_version":{newer},"workbooks":[7]"#)),
                Want::Exact(DecodeError::TooNew {
                    found: newer,
                    supported: SCHEMA_VERSION,
                }),
            ),
            (
                "no schema version",
                library(r#","workbooks":[]"#),
                Want::Exact(DecodeError::BadVersion),
            ),
            (
                "a schema version that is not a number",
                library(r#","schema_version":"1","workbooks":[]"#),
                Want::Exact(DecodeError::VersionNotWhole {
                    found: "\"1\"".to_string(),
                }),
            ),
            (
                "a schema version of 2^64",
                library(r#","schema_version":18446744073709551616,"workbooks":[]"#),
                Want::Exact(DecodeError::VersionNotWhole {
                    found: "18446744073709551616".to_string(),
                }),
            ),
            (
                "no workbooks",
                library(r#","schema_version":1"#),
                Want::Content("workbooks", "expected an array"),
            ),
            (
                "workbooks not an array",
                library(r#","schema_version":1,"workbooks":{"0":{}}"#),
                Want::Content("workbooks", "expected an array"),
            ),
            (
                "a workbook's content",
                library_of(&[&good, &bad_score]),
                Want::Content(
                    "workbooks[1].workbook.swot.strengths[0].score",
                    "outside the scale",
                ),
            ),
            (
                "an envelope's content",
                library_of(&[&bad_saved_at]),
                Want::Content("workbooks[0].saved_at", "expected a string"),
            ),
            (
                "a newer workbook",
                library_of(&[&good, &other_good, &too_new]),
                Want::Exact(DecodeError::Content {
                    path: "workbooks[2]".into(),
                    message: DecodeError::TooNew {
                        found: 99,
                        supported: SCHEMA_VERSION,
                    }
                    .to_string(),
                }),
            ),
            (
                "a workbook without a schema version",
                library_of(&[&no_version]),
                Want::Exact(DecodeError::Content {
                    path: "workbooks[0]".into(),
                    message: DecodeError::BadVersion.to_string(),
                }),
            ),
            (
                "not a workbook",
                library_of(&["7"]),
                Want::Exact(DecodeError::Content {
                    path: "workbooks[0]".into(),
                    message: DecodeError::NotAWorkbook { found: None }.to_string(),
                }),
            ),
            (
                "a library inside a library",
                library_of(&[&library_of(&[])]),
                Want::Exact(DecodeError::Content {
                    path: "workbooks[0]".into(),
                    message: DecodeError::NotAWorkbook {
                        found: Some(LIBRARY_FORMAT.into()),
                    }
                    .to_string(),
                }),
            ),
            (
                "two workbooks with one id",
                library_of(&[&good, &other_good, &good]),
                Want::Content("workbooks[2].workbook.id", "\"a\" repeats workbooks[0]"),
            ),
        ];
        for (label, text, want) in cases {
            let got = match read_any(text.as_bytes()) {
                Err(ImportError::Decode(error)) => error,
                other => panic!("{label}: expected a decode error, got {other:?}"),
            };
            match want {
                Want::Exact(want) => assert_eq!(got, want, "{label}"),
                Want::Syntax { line, column } => match got {
                    DecodeError::Syntax {
                        line: l, column: c, ..
                    } => assert_eq!((l, c), (line, column), "{label}"),
                    other => panic!("{label}: expected a syntax error, got {other:?}"),
                },
                Want::Content(path, fragment) => match got {
                    DecodeError::Content { path: p, message } => {
                        assert_eq!(p, path, "{label}");
                        assert!(
                            message.contains(fragment),
                            "{label}: {message:?} should mention {fragment:?}"
                        );
                    }
                    other => panic!("{label}: expected a content error, got {other:?}"),
                },
            }
        }
        // Bytes that are not UTF-8 are refused before any JSON is read, in a string
        // of a library file as anywhere else.
        let mut bytes = library_of(&[]).into_bytes();
        let at = bytes.len() - 1;
        bytes.splice(at..at, *b",\"x\":\"\xff\"");
        assert_eq!(
            read_any(&bytes),
            Err(ImportError::NotText { offset: at + 6 })
        );
        assert_eq!(read_any(b"\xfe{}"), Err(ImportError::NotText { offset: 0 }));
    }

    #[test]
    fn plan_never_replaces() {
        let blank = |id: &str| Workbook::blank(id, Lang::En);
        let retitled = |id: &str| Workbook {
            title: "Changed by team B".into(),
            ..blank(id)
        };
        let copy = |n: &str| Fate::AsCopy {
            new_id: n.to_string(),
        };
        // (label, incoming, stored, fates)
        type Case = (&'static str, Vec<Workbook>, Vec<Workbook>, Vec<Fate>);
        let cases: Vec<Case> = vec![
            ("nothing", vec![], vec![blank("a")], vec![]),
            (
                "into an empty library",
                vec![blank("a"), blank("b")],
                vec![],
                vec![Fate::New, Fate::New],
            ),
            (
                "identical",
                vec![demo::workbook(Lang::En)],
                vec![demo::workbook(Lang::En)],
                vec![Fate::Identical],
            ),
            (
                "mixed, copies numbered in order",
                vec![
                    retitled("a"),
                    blank("b"),
                    blank("c"),
                    retitled("d"),
                    blank("e"),
                ],
                vec![blank("a"), blank("b"), blank("d"), blank("z")],
                vec![
                    copy("copy-0"),
                    Fate::Identical,
                    Fate::New,
                    copy("copy-1"),
                    Fate::New,
                ],
            ),
            (
                "unknown fields count as a difference",
                vec![{
                    let mut newer = blank("a");
                    newer.unknown.workbook.insert("voting".into(), json!(true));
                    newer
                }],
                vec![blank("a")],
                vec![copy("copy-0")],
            ),
        ];
        for (label, incoming, stored, want) in cases {
            let existing = |id: &str| stored.iter().find(|w| w.id == id).cloned();
            let mut asked = Vec::new();
            let fates = plan(&incoming, existing, |i| {
                asked.push(i);
                format!("copy-{i}")
            });
            assert_eq!(fates, want, "{label}");
            let copies = want
                .iter()
                .filter(|f| matches!(f, Fate::AsCopy { .. }))
                .count();
            assert_eq!(asked, (0..copies).collect::<Vec<_>>(), "{label}");
        }
    }
}
