//! Whole-file import tests: encodings, delimiters, line numbers, every problem
//! reason, the stepper and the committed GBK fixture.

use super::*;

const GBK_FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/customers-gbk.csv");

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    "\u{feff}"
        .encode_utf16()
        .chain(text.encode_utf16())
        .flat_map(|unit| {
            if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            }
        })
        .collect()
}

/// Opens, maps by guess and parses in one go.
fn open_and_parse(bytes: &[u8]) -> (Import, Parsed) {
    let import = Import::new(bytes.to_vec()).expect("opens");
    let mapping = import.guess_mapping();
    let parsed = import.start(&mapping).expect("mapping complete").finish();
    check_accounting(&parsed);
    (import, parsed)
}

fn import_text(text: &str) -> Parsed {
    open_and_parse(text.as_bytes()).1
}

/// Every row is in the dataset, rejected or blank; every rejected row has a
/// problem; the dataset itself is sound.
fn check_accounting(parsed: &Parsed) {
    assert_eq!(
        parsed.rows_read,
        parsed.dataset.len() + parsed.rejected_rows + parsed.blank_rows
    );
    assert!(parsed.problem_count >= parsed.rejected_rows);
    assert_eq!(
        parsed.problems.len(),
        parsed.problem_count.min(MAX_STORED_PROBLEMS)
    );
    assert_eq!(parsed.dataset.check(), Ok(()));
}

fn ids(dataset: &Dataset) -> Vec<&str> {
    dataset.customer.iter().collect()
}

fn problems(parsed: &Parsed) -> Vec<(usize, &str, &str, ProblemReason)> {
    parsed
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.reason))
        .collect()
}

const CHINESE: &str = "客户编号,客户名称,销售额,利润,满意度\n\
    K1,北京智讯,\"1,200\",300,8\n\
    K2,上海东方,800,-50,\n\
    K3,广州华南,0,0,6.5\n";

#[test]
fn every_encoding_gives_the_same_dataset() {
    let tabbed = CHINESE.replace(',', "\t").replace("\"1\t200\"", "1200");
    let (gbk, _, _) = encoding_rs::GBK.encode(CHINESE);
    let (gb18030, _, _) = encoding_rs::GB18030.encode(CHINESE);
    let crlf = CHINESE.replace('\n', "\r\n");
    let cases: Vec<(&str, Vec<u8>, Encoding, Delimiter)> = vec![
        ("utf-8", CHINESE.into(), Encoding::Utf8, Delimiter::Comma),
        (
            "utf-8 bom",
            [&b"\xEF\xBB\xBF"[..], CHINESE.as_bytes()].concat(),
            Encoding::Utf8Bom,
            Delimiter::Comma,
        ),
        (
            "utf-8 crlf",
            crlf.clone().into(),
            Encoding::Utf8,
            Delimiter::Comma,
        ),
        (
            "excel unicode text",
            utf16(&tabbed.replace('\n', "\r\n"), false),
            Encoding::Utf16Le,
            Delimiter::Tab,
        ),
        (
            "utf-16be",
            utf16(&tabbed, true),
            Encoding::Utf16Be,
            Delimiter::Tab,
        ),
        ("gbk", gbk.into_owned(), Encoding::Gb18030, Delimiter::Comma),
        (
            "gb18030",
            gb18030.into_owned(),
            Encoding::Gb18030,
            Delimiter::Comma,
        ),
    ];
    let (_, reference) = open_and_parse(CHINESE.as_bytes());
    assert_eq!(ids(&reference.dataset), ["K1", "K2", "K3"]);
    assert_eq!(reference.dataset.sales, [1200.0, 800.0, 0.0]);
    assert_eq!(reference.dataset.profit, [300.0, -50.0, 0.0]);
    assert_eq!(reference.dataset.label(1), "上海东方");
    assert_eq!(reference.dataset.satisfaction(0), Some(8.0));
    assert_eq!(reference.dataset.satisfaction(1), None);
    for (label, bytes, encoding, delimiter) in cases {
        let (import, parsed) = open_and_parse(&bytes);
        assert_eq!(import.encoding(), encoding, "{label}");
        assert_eq!(import.delimiter(), delimiter, "{label}");
        assert_eq!(import.headers()[0], "客户编号", "{label}");
        assert!(parsed.problems.is_empty(), "{label}: {:?}", parsed.problems);
        assert_eq!(ids(&parsed.dataset), ids(&reference.dataset), "{label}");
        let names: Vec<_> = parsed.dataset.name.as_ref().unwrap().iter().collect();
        assert_eq!(names, ["北京智讯", "上海东方", "广州华南"], "{label}");
        assert_eq!(parsed.dataset.sales, reference.dataset.sales, "{label}");
        assert_eq!(parsed.dataset.profit, reference.dataset.profit, "{label}");
    }
}

#[test]
fn committed_gbk_fixture_imports() {
    assert!(
        String::from_utf8(GBK_FIXTURE.to_vec()).is_err(),
        "the fixture is GBK bytes, not UTF-8"
    );
    let (import, parsed) = open_and_parse(GBK_FIXTURE);
    assert_eq!(import.encoding(), Encoding::Gb18030);
    assert_eq!(import.encoding().label(), "GB18030 (GBK)");
    assert_eq!(import.delimiter(), Delimiter::Comma);
    assert_eq!(import.headers(), ["客户编号", "客户名称", "销售额", "利润"]);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(
        ids(&parsed.dataset),
        ["K001", "K002", "K003", "K004", "K005"]
    );
    assert_eq!(parsed.dataset.label(0), "北京智讯科技有限公司");
    assert_eq!(parsed.dataset.label(4), "成都天府餐饮集团");
    assert_eq!(parsed.dataset.sales[1], 850_000.0);
    assert_eq!(parsed.dataset.sales[2], 430_000.5);
    assert_eq!(parsed.dataset.profit[2], -12_000.0);
    // The bytes are exactly what encoding_rs writes for that text in GBK.
    let text = encoding_rs::GBK.decode_without_bom_handling(GBK_FIXTURE).0;
    assert_eq!(&*encoding_rs::GBK.encode(&text).0, GBK_FIXTURE);
    let preview = import.preview(2);
    assert_eq!(preview.len(), 2);
    assert_eq!(preview[1].line, 3);
    assert_eq!(preview[1].cells[1], "上海东方贸易公司");
    assert_eq!(preview[1].cells[2], "850,000");
}

#[test]
fn delimiters_and_decimal_commas() {
    let semicolon =
        import_text("customer;sales;profit\nA;1.234,50;12,5\nB;\"7,25\";-3\nC;1.234;0\n");
    assert_eq!(ids(&semicolon.dataset), ["A", "B"]);
    assert_eq!(semicolon.dataset.sales, [1234.5, 7.25]);
    assert_eq!(semicolon.dataset.profit, [12.5, -3.0]);
    assert_eq!(
        problems(&semicolon),
        [(
            4,
            "sales",
            "1.234",
            ProblemReason::NotANumber(AmountError::Ambiguous)
        )]
    );
    let tab = import_text("customer\tsales\tprofit\nA\t1,200.5\t3\n");
    assert_eq!(tab.dataset.sales, [1200.5]);
    let comma = import_text("customer,sales,profit\nA,\"1,200.5\",3\nB,12,5\n");
    assert_eq!(comma.dataset.sales, [1200.5, 12.0]);
    let sep = Import::new(b"sep=;\ncustomer;sales;profit\nA;1,5;2\n".to_vec()).unwrap();
    assert_eq!(sep.delimiter(), Delimiter::Semicolon);
    assert_eq!(sep.header_line(), 2);
    assert_eq!(sep.decimal_style(), DecimalStyle::PointOrComma);
    let parsed = sep.start(&sep.guess_mapping()).unwrap().finish();
    assert_eq!(parsed.dataset.sales, [1.5]);
}

#[test]
fn line_numbers_survive_quoted_newlines_blank_lines_and_crlf() {
    let text = "customer,name,sales,profit\n\
        A,\"two\nlines\",1,1\n\
        \n\
        B,\"three\nwhole\nlines\",x,1\n\
        ,,,\n\
        C,plain,1,\n\
        D,\"\",1,1";
    for variant in [
        text.to_string(),
        text.replace('\n', "\r\n"),
        text.replace('\n', "\r"),
        // A CRLF inside quotes of an LF file is one line break.
        text.replace("three\nwhole", "three\r\nwhole"),
    ] {
        let parsed = import_text(&variant);
        assert_eq!(ids(&parsed.dataset), ["A", "D"], "{variant:?}");
        assert_eq!(parsed.dataset.label(0), "two\nlines");
        assert_eq!(parsed.dataset.label(1), "D", "blank name falls back to id");
        assert_eq!(
            problems(&parsed),
            [
                (
                    5,
                    "sales",
                    "x",
                    ProblemReason::NotANumber(AmountError::Invalid)
                ),
                (9, "profit", "", ProblemReason::MissingRequired),
            ],
            "{variant:?}"
        );
        assert_eq!(parsed.blank_rows, 1);
        assert_eq!(parsed.rows_read, 5);
    }
}

#[test]
fn every_problem_reason() {
    let text = "id,name,sales,profit,previous sales,satisfaction,loyalty,price only\n\
        A,Alpha,100,10,90,7,5,yes\n\
        ,NoId,100,10,,,,\n\
        B,Beta,abc,10,,,,\n\
        C,Gamma,100,10,,,,maybe\n\
        A,Again,100,10,,,,\n\
        D,Delta,100\n\
        E,Eps,100,10,,,,no,surprise\n\
        F,Phi,12%,10,,,,\n\
        G,Gee,,,,,,\n\
        H,Eta,100,10,,85%,-,否\n\
        I,Iota,100,10,(5),high,,\n";
    let parsed = import_text(text);
    assert_eq!(ids(&parsed.dataset), ["A", "H"]);
    assert_eq!(parsed.dataset.satisfaction(1), Some(85.0));
    assert_eq!(parsed.dataset.loyalty(1), None);
    assert!(parsed.dataset.price_only(0));
    assert!(!parsed.dataset.price_only(1));
    assert_eq!(parsed.dataset.previous_sales(0), Some(90.0));
    use AmountError::*;
    use ProblemReason::*;
    assert_eq!(
        problems(&parsed),
        [
            (3, "id", "", MissingRequired),
            (4, "sales", "abc", NotANumber(Invalid)),
            (5, "price only", "maybe", BadFlag),
            (6, "id", "A", Duplicate { first_line: 2 }),
            (
                7,
                "",
                "D,Delta,100",
                WrongFieldCount {
                    expected: 8,
                    found: 3
                }
            ),
            (
                8,
                "",
                "E,Eps,100,10,,,,no,surprise",
                WrongFieldCount {
                    expected: 8,
                    found: 9
                }
            ),
            (9, "sales", "12%", NotANumber(Percent)),
            (10, "sales", "", MissingRequired),
            (10, "profit", "", MissingRequired),
            (12, "satisfaction", "high", NotANumber(Invalid)),
        ]
    );
    assert_eq!(parsed.rejected_rows, 9);
    assert_eq!(parsed.problem_count, 10);
}

#[test]
fn undecodable_cells_are_reported() {
    // GB18030 never uses 0xFF: the name decodes to U+FFFD.
    let mut bytes = encoding_rs::GBK
        .encode("客户,名称,销售额,利润\nA,好,1,1\nB,")
        .0
        .into_owned();
    bytes.extend_from_slice(b"\xC4\xFF,1,1\nC,ok,1,1\n");
    let (import, parsed) = open_and_parse(&bytes);
    assert_eq!(import.encoding(), Encoding::Gb18030);
    assert_eq!(ids(&parsed.dataset), ["A", "C"]);
    assert_eq!(parsed.problems.len(), 1);
    assert_eq!(parsed.problems[0].line, 3);
    assert_eq!(parsed.problems[0].column, "名称");
    assert_eq!(parsed.problems[0].reason, ProblemReason::Undecodable);
    // UTF-8 announced by a BOM but with a stray byte.
    let parsed = open_and_parse(b"\xEF\xBB\xBFid,name,sales,profit\nA,\xE9t\xE9,1,1\nB,b,1,1\n").1;
    assert_eq!(ids(&parsed.dataset), ["B"]);
    assert_eq!(
        problems(&parsed),
        [(2, "name", "\u{FFFD}t\u{FFFD}", ProblemReason::Undecodable)]
    );
}

#[test]
fn excel_padding_and_trimming() {
    // Trailing blank header columns, rows trimmed short, full-width spaces.
    let text = "customer,sales,profit,,\n A ,1,2,,\nB,3,4\n\u{3000}C\u{3000},5,6,,,\n";
    let parsed = import_text(text);
    assert_eq!(ids(&parsed.dataset), ["A", "B", "C"]);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
}

#[test]
fn many_bad_rows_keep_exact_counts() {
    let mut text = String::from("customer,sales,profit\n");
    for i in 0..1500 {
        text.push_str(&format!("C{i},n/a,1\n"));
    }
    text.push_str("OK,1,1\n");
    let parsed = import_text(&text);
    assert_eq!(parsed.problems.len(), MAX_STORED_PROBLEMS);
    assert_eq!(parsed.problem_count, 1500);
    assert_eq!(parsed.rejected_rows, 1500);
    assert_eq!(ids(&parsed.dataset), ["OK"]);
    assert_eq!(parsed.problems[999].line, 1001);
}

#[test]
fn stepping_is_resumable_and_reports_progress() {
    let mut text = String::from("客户编号,销售额,利润\n");
    for i in 0..20_000 {
        text.push_str(&format!("K{i},{}.5,{}\n", i * 3, i % 7));
    }
    text.push_str("K5,1,1\n");
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    for bytes in [text.as_bytes(), &gbk[..]] {
        let import = Import::new(bytes.to_vec()).unwrap();
        let mapping = import.guess_mapping();
        let whole = import.start(&mapping).unwrap().finish();
        let mut parse = import.start(&mapping).unwrap();
        let mut last = parse.progress();
        assert_eq!(last.rows, 0);
        assert!(!last.finished);
        let mut steps = 0;
        while !parse.is_finished() {
            let progress = parse.step(997);
            assert!(progress.rows <= last.rows + 997);
            assert!(progress.done_bytes >= last.done_bytes);
            assert!(progress.fraction() >= last.fraction());
            last = progress;
            steps += 1;
        }
        assert!(steps >= 20);
        assert_eq!(last.done_bytes, bytes.len());
        assert_eq!(last.total_bytes, bytes.len());
        assert_eq!(last.fraction(), 1.0);
        let stepped = parse.finish();
        check_accounting(&stepped);
        assert_eq!(stepped, whole);
        assert_eq!(stepped.dataset.len(), 20_000);
        assert_eq!(
            problems(&stepped),
            [(
                20_002,
                "客户编号",
                "K5",
                ProblemReason::Duplicate { first_line: 7 }
            )]
        );
    }
}

#[test]
fn preview_and_start_errors() {
    let import =
        Import::new(b"\n\nid,sales,profit,notes\n\n1,2,3,x\n,,,\n4,5,6,y\n7,8,9,z\n".to_vec())
            .unwrap();
    assert_eq!(import.header_line(), 3);
    let preview = import.preview(2);
    assert_eq!(
        preview,
        [
            PreviewRow {
                line: 5,
                cells: vec!["1".into(), "2".into(), "3".into(), "x".into()]
            },
            PreviewRow {
                line: 7,
                cells: vec!["4".into(), "5".into(), "6".into(), "y".into()]
            },
        ]
    );
    assert_eq!(import.preview(100).len(), 3);
    let mut mapping = import.guess_mapping();
    mapping.set(Field::Profit, None);
    assert_eq!(
        import.start(&mapping).unwrap_err(),
        StartError::MissingRequired(vec![Field::Profit])
    );
    mapping.set(Field::Profit, Some(2));
    mapping.set(Field::Name, Some(9));
    assert_eq!(
        import.start(&mapping).unwrap_err(),
        StartError::NoSuchColumn {
            field: Field::Name,
            column: 9
        }
    );
    mapping.set(Field::Name, Some(3));
    let parsed = import.start(&mapping).unwrap().finish();
    assert_eq!(parsed.dataset.label(2), "z");
    assert!(parsed.dataset.previous_sales.is_none());
}

#[test]
fn files_that_cannot_be_opened() {
    let cases: &[(&[u8], ImportError)] = &[
        (b"", ImportError::Empty),
        (b"\xEF\xBB\xBF", ImportError::Empty),
        (b"\n\n \n,,,\n", ImportError::Empty),
        (b"PK\x03\x04\x14\x00", ImportError::Spreadsheet),
        (b"\x00\x01\x02\x00\x00\x00\x05", ImportError::NotText),
    ];
    for (bytes, want) in cases {
        assert_eq!(Import::new(bytes.to_vec()).unwrap_err(), *want, "{bytes:?}");
    }
    // A header alone is a file with no rows.
    let (import, parsed) = open_and_parse(b"customer,sales,profit");
    assert_eq!(import.headers(), ["customer", "sales", "profit"]);
    assert_eq!(parsed.rows_read, 0);
    assert!(parsed.dataset.is_empty());
}

#[test]
fn an_unclosed_quote_is_reported_not_swallowed_silently() {
    let parsed = import_text("customer,sales,profit\nA,1,1\n\"B,2,2\nC,3,3\nD,4,4\n");
    assert_eq!(ids(&parsed.dataset), ["A"]);
    assert_eq!(parsed.problems.len(), 1);
    assert_eq!(parsed.problems[0].line, 3);
    assert!(matches!(
        parsed.problems[0].reason,
        ProblemReason::WrongFieldCount { found: 1, .. }
    ));
    assert!(parsed.problems[0].value.contains("D,4,4"));
}
