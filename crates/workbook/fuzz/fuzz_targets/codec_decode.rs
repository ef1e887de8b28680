//! A saved or shared workbook file (JSON text) as anyone could craft it: `decode`
//! must return a workbook or an error, never panic; whatever it accepts has unique
//! row keys (row ids in the whole workbook, 7S factors in their list), and must
//! survive being written out and read back unchanged, the fields of a newer build
//! it keeps included, and be written the same way again.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use workbook::codec;
use workbook::segmentation::binary;

/// Asserts the codec's row-key rule on the workbook as this build writes it,
/// restated independently of the codec's own check.
fn assert_unique_row_keys(value: &Value, ids: &mut HashSet<u64>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                match (key.as_str(), child.as_u64()) {
                    ("id", Some(id)) => assert!(ids.insert(id), "row id {id} repeats"),
                    _ => assert_unique_row_keys(child, ids),
                }
            }
        }
        Value::Array(rows) => {
            let mut factors = HashSet::new();
            for row in rows {
                if row.get("id").is_none() {
                    if let Some(Value::String(factor)) = row.get("factor") {
                        assert!(factors.insert(factor), "factor {factor} repeats");
                    }
                }
                assert_unique_row_keys(row, ids);
            }
        }
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(decoded) = codec::decode(text) else {
        return;
    };
    let known = serde_json::to_value(&decoded.workbook).expect("a workbook serialises");
    assert_unique_row_keys(&known, &mut HashSet::new());
    let write = |decoded: &codec::Decoded| {
        codec::encode_with_dataset(
            &decoded.workbook,
            decoded.customer_rows.as_ref(),
            &decoded.app_version,
            &decoded.saved_at,
            false,
        )
    };
    let written = write(&decoded);
    let again = codec::decode(&written).expect("a file this build wrote decodes");
    // The workbook's equality covers the kept fields of a newer build (`unknown`).
    assert_eq!(
        again.workbook, decoded.workbook,
        "workbook changed by a round trip"
    );
    // Compared in their stored form: a blank amount is NaN, and NaN != NaN.
    assert_eq!(
        again.customer_rows.as_ref().map(binary::encode),
        decoded.customer_rows.as_ref().map(binary::encode),
        "customer rows changed by a round trip"
    );
    assert_eq!(write(&again), written, "written differently the second time");
});
