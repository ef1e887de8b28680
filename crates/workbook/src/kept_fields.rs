//! Fields a newer build wrote inside a workbook's objects and rows (below its top
//! level, which `codec::Unknown` keeps by itself): found when a file is decoded, and
//! put back when the workbook is written, so passing a file through this build
//! drops nothing.
//!
//! The fields are found generically, by comparing the file's JSON with the same
//! workbook as this build writes it: a key the file has and this build does not
//! write is a newer build's. Rows are matched by their key (`id`, or `factor` for
//! the 7S factors) rather than their place, so reordering rows keeps each row's
//! fields with it, and removing a row removes them. Elements of arrays without such
//! a key (plain lists) are not followed.
//!
//! A key found on more than one row of an array says nothing about which row is
//! meant, so such rows are never matched: their fields are neither taken nor put
//! back, rather than risk putting one row's fields on another. The codec refuses
//! such files before they get here (`codec::decode`: row ids are unique in the
//! workbook, 7S factors in their list); this is the module's own guarantee.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

/// The kept fields of one object, and of the objects and rows below it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Nested {
    /// This object's keys that this build does not write, as read.
    pub extra: Map<String, Value>,
    /// Fields of this object (objects or arrays) with kept fields below them.
    pub fields: BTreeMap<String, Nested>,
    /// Rows of this array, by their key, with kept fields in or below them.
    pub rows: BTreeMap<String, Nested>,
}

/// A row's identity within its array: its `id`, else its `factor` (the 7S factors).
fn row_key(value: &Value) -> Option<String> {
    let object = value.as_object()?;
    let key = object.get("id").or_else(|| object.get("factor"))?;
    match key {
        Value::String(s) => Some(format!("s:{s}")),
        Value::Number(n) => Some(format!("n:{n}")),
        _ => None,
    }
}

/// The keys found on more than one row of `rows`.
fn repeated_keys(rows: &[Value]) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    rows.iter()
        .filter_map(row_key)
        .filter(|key| !seen.insert(key.clone()))
        .collect()
}

/// The rows of `rows` by key, leaving out every row whose key is repeated.
fn unique_rows(rows: &[Value]) -> BTreeMap<String, &Value> {
    let repeated = repeated_keys(rows);
    rows.iter()
        .filter_map(|row| Some((row_key(row)?, row)))
        .filter(|(key, _)| !repeated.contains(key))
        .collect()
}

impl Nested {
    pub fn is_empty(&self) -> bool {
        self.extra.is_empty() && self.fields.is_empty() && self.rows.is_empty()
    }

    /// The fields of `original` (a file's JSON) that `known` (the same workbook as
    /// this build writes it) lacks, at every depth.
    pub fn find(original: &Value, known: &Value) -> Nested {
        let mut found = Nested::default();
        match (original, known) {
            (Value::Object(original), Value::Object(known)) => {
                for (key, value) in original {
                    match known.get(key) {
                        None => {
                            found.extra.insert(key.clone(), value.clone());
                        }
                        Some(known) => {
                            let below = Nested::find(value, known);
                            if !below.is_empty() {
                                found.fields.insert(key.clone(), below);
                            }
                        }
                    }
                }
            }
            (Value::Array(original), Value::Array(known)) => {
                let known = unique_rows(known);
                for (key, row) in unique_rows(original) {
                    let Some(known) = known.get(&key) else {
                        continue;
                    };
                    let below = Nested::find(row, known);
                    if !below.is_empty() {
                        found.rows.insert(key, below);
                    }
                }
            }
            _ => {}
        }
        found
    }

    /// Puts the kept fields back into `value` (the workbook as this build writes
    /// it now), wherever their object or row still exists. A key this build wrote
    /// itself always wins.
    pub fn restore(&self, value: &mut Value) {
        match value {
            Value::Object(object) => {
                for (key, extra) in &self.extra {
                    if !object.contains_key(key) {
                        object.insert(key.clone(), extra.clone());
                    }
                }
                for (key, below) in &self.fields {
                    if let Some(child) = object.get_mut(key) {
                        below.restore(child);
                    }
                }
            }
            Value::Array(rows) => {
                let repeated = repeated_keys(rows);
                for row in rows {
                    let below = row_key(row)
                        .filter(|key| !repeated.contains(key))
                        .and_then(|key| self.rows.get(&key));
                    if let Some(below) = below {
                        below.restore(row);
                    }
                }
            }
            _ => {}
        }
    }

    /// Where the kept fields are, below `prefix`, e.g.
    /// `workbook.swot.strengths[id 3].confidence`, for the import preview.
    pub fn paths(&self, prefix: &str) -> Vec<String> {
        let mut paths: Vec<String> = self.extra.keys().map(|k| format!("{prefix}.{k}")).collect();
        for (key, below) in &self.fields {
            paths.extend(below.paths(&format!("{prefix}.{key}")));
        }
        for (key, below) in &self.rows {
            let shown = key
                .strip_prefix("s:")
                .or_else(|| key.strip_prefix("n:"))
                .unwrap_or(key);
            paths.extend(below.paths(&format!("{prefix}[{shown}]")));
        }
        paths
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_extra_keys_in_objects_and_rows_and_puts_them_back() {
        let original = json!({
            "profile": {"name": "A", "vision": "new"},
            "swot": {"strengths": [
                {"id": 1, "text": "a", "confidence": 0.9},
                {"id": 2, "text": "b"},
            ]},
            "seven_s": [{"factor": "staff", "rating": 3, "trend": "up"}],
            "tags": [{"label": "x", "colour": "red"}],
        });
        let known = json!({
            "profile": {"name": "A"},
            "swot": {"strengths": [{"id": 1, "text": "a"}, {"id": 2, "text": "b"}]},
            "seven_s": [{"factor": "staff", "rating": 3}],
            "tags": [{"label": "x"}],
        });
        let found = Nested::find(&original, &known);
        assert_eq!(
            found.paths("workbook"),
            [
                "workbook.profile.vision",
                "workbook.seven_s[staff].trend",
                "workbook.swot.strengths[1].confidence",
            ]
        );

        // The workbook as written later: rows reordered, one edited, one added, the
        // unkeyed list's element (no row key) not followed.
        let mut later = json!({
            "profile": {"name": "B"},
            "swot": {"strengths": [
                {"id": 5, "text": "new"},
                {"id": 2, "text": "b"},
                {"id": 1, "text": "a, edited"},
            ]},
            "seven_s": [{"factor": "staff", "rating": 4}],
            "tags": [{"label": "x"}],
        });
        found.restore(&mut later);
        assert_eq!(
            later,
            json!({
                "profile": {"name": "B", "vision": "new"},
                "swot": {"strengths": [
                    {"id": 5, "text": "new"},
                    {"id": 2, "text": "b"},
                    {"id": 1, "text": "a, edited", "confidence": 0.9},
                ]},
                "seven_s": [{"factor": "staff", "rating": 4, "trend": "up"}],
                "tags": [{"label": "x"}],
            })
        );
    }

    #[test]
    fn removed_rows_and_objects_take_their_fields_with_them() {
        let original = json!({"rows": [{"id": 1, "x": 1}, {"id": "a", "y": 2}]});
        let known = json!({"rows": [{"id": 1}, {"id": "a"}]});
        let found = Nested::find(&original, &known);
        let mut later = json!({"rows": [{"id": "1"}]});
        found.restore(&mut later);
        // A string "1" is not the number 1.
        assert_eq!(later, json!({"rows": [{"id": "1"}]}));
        let mut gone = json!({});
        found.restore(&mut gone);
        assert_eq!(gone, json!({}));
    }

    #[test]
    fn what_this_build_writes_wins() {
        let found = Nested::find(&json!({"a": {"b": 1, "c": 2}}), &json!({"a": {"b": 1}}));
        let mut later = json!({"a": {"b": 5, "c": 7}});
        found.restore(&mut later);
        assert_eq!(later, json!({"a": {"b": 5, "c": 7}}));
    }

    /// The fuzzer's case (issue #13): two rows with one id, one carrying a field
    /// the other lacks. Matched by the later row, the earlier one's known
    /// `origin` looked unknown and went back onto both.
    #[test]
    fn rows_whose_key_repeats_are_never_matched() {
        let cases = [
            // Repeated in the file and in the workbook as written.
            (
                json!({"rows": [{"id": 5, "origin": "x"}, {"id": 5}, {"id": 6, "k": 1}]}),
                json!({"rows": [{"id": 5}, {"id": 5}, {"id": 6}]}),
            ),
            // Repeated in the file only.
            (
                json!({"rows": [{"id": 5, "a": 1}, {"id": 5, "b": 2}, {"id": 6, "k": 1}]}),
                json!({"rows": [{"id": 5}, {"id": 6}]}),
            ),
            // Repeated in the workbook as written only.
            (
                json!({"rows": [{"id": 5, "a": 1}, {"id": 6, "k": 1}]}),
                json!({"rows": [{"id": 5}, {"id": 5}, {"id": 6}]}),
            ),
            // 7S factors.
            (
                json!({"rows": [{"factor": "staff", "a": 1}, {"factor": "staff"}, {"id": 6, "k": 1}]}),
                json!({"rows": [{"factor": "staff"}, {"id": 6}]}),
            ),
        ];
        for (original, known) in cases {
            let found = Nested::find(&original, &known);
            assert_eq!(found.paths("w"), ["w.rows[6].k"], "{original}");
        }
        // Kept fields of a key are not put back where the key repeats.
        let found = Nested::find(
            &json!({"rows": [{"id": 5, "a": 1}]}),
            &json!({"rows": [{"id": 5}]}),
        );
        let mut later = json!({"rows": [{"id": 5}, {"id": 5}, {"id": 7}]});
        found.restore(&mut later);
        assert_eq!(later, json!({"rows": [{"id": 5}, {"id": 5}, {"id": 7}]}));
        let mut later = json!({"rows": [{"id": 7}, {"id": 5}]});
        found.restore(&mut later);
        assert_eq!(later, json!({"rows": [{"id": 7}, {"id": 5, "a": 1}]}));
    }

    #[test]
    fn nothing_unknown_is_empty() {
        let value = json!({"a": [{"id": 1, "b": {"c": 2}}], "d": null});
        assert!(Nested::find(&value, &value).is_empty());
        assert!(Nested::find(&json!({"a": 1}), &json!([1])).is_empty());
    }
}
