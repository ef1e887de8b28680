//! Every class of import failure, in the order they are checked, and the preview's
//! counts and differences.

use super::*;
use crate::codec::{encode, encode_with_dataset, SCHEMA_VERSION};
use crate::demo;
use crate::lang::Lang;
use crate::segmentation::demo_data;
use crate::swot::Quadrant;

fn wrap(workbook: &str) -> String {
    format!(r#"{{"format":"crm-strategy-workbook","schema_version":1,"workbook":{workbook}}}"#)
}

#[test]
fn each_failure_class_is_reported_and_checked_in_order() {
    // Size first: a file over the limit is refused before it is read.
    assert_eq!(
        check_size(MAX_IMPORT_BYTES + 1),
        Err(ImportError::TooLarge {
            size: MAX_IMPORT_BYTES + 1,
            limit: MAX_IMPORT_BYTES
        })
    );
    assert_eq!(check_size(MAX_IMPORT_BYTES), Ok(()));

    let cases: Vec<(Vec<u8>, ImportError)> = vec![
        // Not UTF-8 text (a GBK or UTF-16 file): the first bad byte.
        (
            b"{\"format\": \"\xff\xfe\"}".to_vec(),
            ImportError::NotText { offset: 12 },
        ),
        // JSON syntax, with line and column.
        (
            b"{\n  \"format\": \"crm-strategy-workbook\",\n  \"schema_version\": 1,\n  oops\n}"
                .to_vec(),
            ImportError::Decode(DecodeError::Syntax {
                line: 4,
                column: 3,
                message: "key must be a string at line 4 column 3".into(),
            }),
        ),
        // The format name.
        (
            br#"{"format":"someone-elses-app","schema_version":1,"workbook":{}}"#.to_vec(),
            ImportError::Decode(DecodeError::NotAWorkbook {
                found: Some("someone-elses-app".into()),
            }),
        ),
        (
            b"[1, 2, 3]".to_vec(),
            ImportError::Decode(DecodeError::NotAWorkbook { found: None }),
        ),
        // Nesting beyond the reader's limit, and a number beyond a float's.
        (
            format!(
                r#"{{"format":"crm-strategy-workbook","schema_version":1,"workbook":{{"x":{}}}}}"#,
                "[".repeat(200)
            )
            .into_bytes(),
            ImportError::Decode(DecodeError::TooDeep {
                line: 1,
                column: 70 + crate::codec::MAX_DEPTH - 2,
            }),
        ),
        (
            br#"{"format":"crm-strategy-workbook","schema_version":1,"workbook":{"x":1e400}}"#
                .to_vec(),
            ImportError::Decode(DecodeError::NumberOutOfRange {
                line: 1,
                column: 74,
            }),
        ),
        // The schema version: missing, not a whole number, then newer.
        (
            br#"{"format":"crm-strategy-workbook","workbook":{}}"#.to_vec(),
            ImportError::Decode(DecodeError::BadVersion),
        ),
        (
            br#"{"format":"crm-strategy-workbook","schema_version":18446744073709551616}"#.to_vec(),
            ImportError::Decode(DecodeError::VersionNotWhole {
                found: "18446744073709551616".into(),
            }),
        ),
        (
            br#"{"format":"crm-strategy-workbook","schema_version":2,"workbook":{"title":5}}"#
                .to_vec(),
            ImportError::Decode(DecodeError::TooNew {
                found: 2,
                supported: SCHEMA_VERSION,
            }),
        ),
        // Content, with the path of the bad field.
        (
            wrap(r#"{"swot":{"strengths":[{"id":1,"text":"a","score":12}]}}"#).into_bytes(),
            ImportError::Decode(DecodeError::Content {
                path: "workbook.swot.strengths[0].score".into(),
                message: "12 is outside the scale 1–10".into(),
            }),
        ),
    ];
    for (bytes, want) in cases {
        let got = read(&bytes).unwrap_err();
        match (&got, &want) {
            // serde's wording may change; the position may not.
            (
                ImportError::Decode(DecodeError::Syntax { line, column, .. }),
                ImportError::Decode(DecodeError::Syntax {
                    line: l, column: c, ..
                }),
            ) => assert_eq!((line, column), (l, c)),
            (
                ImportError::Decode(DecodeError::Content { path, .. }),
                ImportError::Decode(DecodeError::Content { path: p, .. }),
            ) => assert_eq!(path, p),
            _ => assert_eq!(got, want, "{}", String::from_utf8_lossy(&bytes)),
        }
    }

    // Faults in the customer rows name their path too.
    let text = r#"{"format":"crm-strategy-workbook","schema_version":1,"workbook":{},
        "customer_rows":{"customer":["A","B"],"sales":[1,"2"],"profit":[1,2]}}"#;
    match read(text.as_bytes()) {
        Err(ImportError::Decode(DecodeError::Content { path, .. })) => {
            assert_eq!(path, "customer_rows.sales[1]")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_older_schema_is_migrated_and_says_so() {
    let text = include_str!("../../tests/fixtures/schema-0.json");
    let decoded = read(text.as_bytes()).unwrap();
    let p = preview(&decoded, &Workbook::blank("other", Lang::En));
    assert!(p.migrated);
    assert_eq!(p.schema_version, 0);
    assert_eq!(p.title, "Zhixun workshop (old build)");
    assert_eq!(p.same_id, None);
    // A byte-order mark is fine.
    let with_bom = format!("\u{feff}{text}");
    assert!(read(with_bom.as_bytes()).is_ok());
}

#[test]
fn counts_per_worksheet_ignore_blank_rows() {
    let wb = Workbook::blank("w", Lang::En);
    let decoded = read(encode(&wb, "v", "t", false).as_bytes()).unwrap();
    let p = preview(&decoded, &Workbook::blank("other", Lang::En));
    let rows = |sheet| p.sheets.iter().find(|s| s.worksheet == sheet).unwrap().rows;
    assert_eq!(p.sheets.len(), Worksheet::ALL.len());
    // A blank workbook's starter rows are empty lines; the seed's named rows count.
    assert_eq!(rows(Worksheet::Swot), Some(0));
    assert_eq!(rows(Worksheet::ProductGaps), Some(0));
    assert_eq!(rows(Worksheet::SevenS), Some(0));
    assert_eq!(rows(Worksheet::Pestle), Some(0));
    assert_eq!(rows(Worksheet::Stakeholders), Some(6));
    assert_eq!(rows(Worksheet::Customers), Some(6), "the reason tags");
    assert!(rows(Worksheet::OblAudit) > Some(6));
    assert_eq!(rows(Worksheet::Segmentation), None);
    assert_eq!(rows(Worksheet::Loyalty), None);
    assert!(p.sheets.iter().all(|s| s.change.is_none()));
    assert_eq!(p.customer_rows, None);

    let demo = demo::workbook(Lang::En);
    let text = encode_with_dataset(&demo, Some(&demo_data::demo(Lang::En)), "v", "t", false);
    let p = preview(&read(text.as_bytes()).unwrap(), &wb);
    let swot = p
        .sheets
        .iter()
        .find(|s| s.worksheet == Worksheet::Swot)
        .unwrap();
    let filled = demo
        .swot
        .items()
        .filter(|(_, i)| !i.text.trim().is_empty())
        .count();
    assert_eq!(swot.rows, Some(filled));
    assert_eq!(swot.completion, completion::of(&demo, Worksheet::Swot));
    assert_eq!(p.customer_rows, Some(3000));
    assert_eq!(p.title, demo.title);
}

#[test]
fn differences_with_the_current_workbook_of_the_same_id() {
    let current = demo::workbook(Lang::En);
    let same = read(encode(&current, "v", "t", false).as_bytes()).unwrap();
    let p = preview(&same, &current);
    assert!(p.identical(), "{:?}", p.same_id);

    let mut theirs = current.clone();
    theirs.title = "Team B's copy".into();
    // SWOT: one item added, one changed, one blank row added (no change).
    let added = theirs.add_swot_item(Quadrant::Threats);
    theirs
        .swot
        .threats
        .iter_mut()
        .find(|i| i.id == added)
        .unwrap()
        .text = "New entrant".into();
    theirs.swot.strengths[0].text.push_str(" (revised)");
    theirs.add_swot_item(Quadrant::Opportunities);
    // Stakeholders: one removed.
    theirs.stakeholders.pop();
    // 7S: a factor's evidence and the shared values.
    theirs.seven_s.factors[0].evidence = "Changed evidence".into();
    theirs.seven_s.shared_values = "Changed values".into();
    // Thresholds.
    theirs.segmentation.keep_sales_pct += 1.0;

    let decoded = read(encode(&theirs, "v", "t", false).as_bytes()).unwrap();
    let p = preview(&decoded, &current);
    assert!(!p.identical());
    let diff = p.same_id.as_ref().unwrap();
    assert_eq!(
        diff.title,
        Some((current.title.clone(), "Team B's copy".into()))
    );
    assert_eq!(diff.client, None);
    assert!(!diff.other);
    let change = |sheet| {
        p.sheets
            .iter()
            .find(|s| s.worksheet == sheet)
            .unwrap()
            .change
            .unwrap()
    };
    assert_eq!(
        change(Worksheet::Swot),
        SheetChange {
            added: 1,
            removed: 0,
            changed: 1,
            other: true, // the new rows change the quadrants' order of keys
        }
    );
    assert_eq!(
        change(Worksheet::Stakeholders),
        SheetChange {
            removed: 1,
            other: true,
            ..SheetChange::default()
        }
    );
    assert_eq!(
        change(Worksheet::SevenS),
        SheetChange {
            changed: 1,
            other: true,
            ..SheetChange::default()
        }
    );
    assert_eq!(
        change(Worksheet::Segmentation),
        SheetChange {
            other: true,
            ..SheetChange::default()
        }
    );
    for sheet in [
        Worksheet::Pestle,
        Worksheet::Competitors,
        Worksheet::OblAudit,
    ] {
        assert!(change(sheet).is_empty(), "{sheet:?}");
    }

    // A nested row's change counts once, on itself, not on its parent.
    let mut theirs = current.clone();
    theirs.competitors.list[0].swot.strengths[0].text.push('!');
    let p = preview(
        &read(encode(&theirs, "v", "t", false).as_bytes()).unwrap(),
        &current,
    );
    assert_eq!(
        p.sheets
            .iter()
            .find(|s| s.worksheet == Worksheet::Competitors)
            .unwrap()
            .change,
        Some(SheetChange {
            changed: 1,
            ..SheetChange::default()
        })
    );

    // Fields outside the worksheets, and unknown ones, are "other".
    let mut theirs = current.clone();
    theirs
        .unknown
        .workbook
        .insert("timeline".into(), serde_json::json!([1]));
    let p = preview(
        &read(encode(&theirs, "v", "t", false).as_bytes()).unwrap(),
        &current,
    );
    assert!(p.same_id.unwrap().other);
    assert_eq!(p.unknown_fields, ["workbook.timeline"]);

    // Another id: no comparison.
    let mut other = current.clone();
    other.id = "someone-else".into();
    let p = preview(
        &read(encode(&other, "v", "t", false).as_bytes()).unwrap(),
        &current,
    );
    assert_eq!(p.same_id, None);
    assert!(!p.identical());
    assert_eq!(p.id_problem, None);
}

/// A file whose workbook id is missing or cannot be a storage key is read (the
/// codec reads what older builds stored), and the preview says it cannot keep
/// that id: never compared with, and so never replacing, a workbook of the
/// library, not even one stored under the same bad id by an older build.
#[test]
fn a_file_without_a_usable_id_is_previewed_as_new_and_given_a_fresh_id() {
    let cases: &[(&str, IdProblem)] = &[
        (r#"{"title":"No id"}"#, IdProblem::Empty),
        (r#"{"id":"","title":"Empty id"}"#, IdProblem::Empty),
        (r#"{"id":"   ","title":"Blank id"}"#, IdProblem::Blank),
        (
            r#"{"id":" wb-1","title":"Padded id"}"#,
            IdProblem::SpaceAtEnds,
        ),
        (r#"{"id":"wb\u0000","title":"NUL"}"#, IdProblem::Control),
        (
            r#"{"id":"staging/wb-1","title":"Reserved"}"#,
            IdProblem::Reserved { prefix: "staging/" },
        ),
    ];
    for (workbook, problem) in cases {
        let mut decoded = read(wrap(workbook).as_bytes()).unwrap();
        let mut stored = decoded.workbook.clone();
        stored.title = "Stored under the same bad id".into();
        let p = preview(&decoded, &stored);
        assert_eq!(p.id_problem, Some(*problem), "{workbook}");
        assert_eq!(p.same_id, None, "{workbook}");
        assert!(p.sheets.iter().all(|s| s.change.is_none()));
        assert!(!p.identical());
        let title = decoded.workbook.title.clone();
        let mut calls = 0;
        let given = give_fresh_id(&mut decoded.workbook, || {
            calls += 1;
            "wb-fresh".to_string()
        });
        assert_eq!((given, calls), (Some(*problem), 1), "{workbook}");
        assert_eq!(decoded.workbook.id, "wb-fresh");
        assert_eq!(decoded.workbook.title, title, "nothing else changes");
        assert_eq!(preview(&decoded, &stored).id_problem, None);
    }
    // A usable id is kept, and no fresh one is made.
    let mut decoded = read(wrap(r#"{"id":"wb-1"}"#).as_bytes()).unwrap();
    assert_eq!(
        preview(&decoded, &decoded.workbook.clone()).id_problem,
        None
    );
    let given = give_fresh_id(&mut decoded.workbook, || unreachable!("the id is fine"));
    assert_eq!(given, None);
    assert_eq!(decoded.workbook.id, "wb-1");
}
