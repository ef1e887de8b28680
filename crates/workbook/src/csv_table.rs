//! CSV export of tables (analysis results, problem lists): UTF-8 with a
//! byte-order mark so Excel opens Chinese text correctly, quoted and escaped by the
//! csv crate.

/// The UTF-8 byte-order mark. Without it Excel reads a CSV in the system's ANSI
/// code page (GBK on Chinese Windows) and garbles every non-ASCII character.
pub const BOM: &str = "\u{feff}";

/// Writes a header row and data rows as CSV text beginning with [`BOM`]. Cells with
/// commas, quotes or line breaks are quoted (quotes doubled); lines end with CRLF,
/// the RFC 4180 form every spreadsheet reads. Rows may differ in length from the
/// header; they are written as given.
pub fn to_csv(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec());
    // Writing to a Vec cannot fail and `flexible` allows any row length, so the
    // writer has no error left to report.
    writer
        .write_record(headers)
        .expect("CSV into memory cannot fail");
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| defuse(cell).into_owned()))
            .expect("CSV into memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV into memory cannot fail");
    // Only UTF-8 text and ASCII punctuation went in.
    String::from_utf8(bytes).expect("CSV of strings is UTF-8")
}

/// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)` in a customer
/// name) gets a leading apostrophe, which spreadsheets show as text; numbers such
/// as `-500` are left alone.
fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("starts with the BOM");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn formulas_are_written_as_text_and_numbers_as_numbers() {
        let rows = vec![vec![
            "=HYPERLINK(\"http://x\")".to_string(),
            "-500".to_string(),
            "+86 10 1234".to_string(),
            "@SUM(A1)".to_string(),
            "1e3".to_string(),
        ]];
        let back = read_back(&to_csv(&["a", "b", "c", "d", "e"], rows));
        assert_eq!(
            back[1],
            [
                "'=HYPERLINK(\"http://x\")",
                "-500",
                "'+86 10 1234",
                "'@SUM(A1)",
                "1e3"
            ]
        );
    }

    #[test]
    fn round_trips_awkward_cells() {
        let rows = vec![
            vec![
                "K001".to_string(),
                "北京智讯, 有限公司".to_string(),
                "1200.5".to_string(),
            ],
            vec![
                "K002".to_string(),
                "say \"hi\"".to_string(),
                "line one\nline two\r\nthree".to_string(),
            ],
            vec!["".to_string(), " padded ".to_string(), "1+1".to_string()],
        ];
        let text = to_csv(&["客户编号", "客户名称", "备注, note"], rows.clone());
        assert!(text.starts_with('\u{feff}'));
        assert!(text.as_bytes().starts_with(b"\xEF\xBB\xBF"));
        let back = read_back(&text);
        assert_eq!(back[0], ["客户编号", "客户名称", "备注, note"]);
        assert_eq!(&back[1..], &rows[..]);
        assert!(
            text.contains("\"say \"\"hi\"\"\""),
            "quotes doubled: {text}"
        );
        assert!(text.ends_with("\r\n"));
    }

    #[test]
    fn empty_and_ragged_tables() {
        assert_eq!(to_csv(&["a", "b"], Vec::new()), "\u{feff}a,b\r\n");
        let text = to_csv(&["a", "b"], vec![vec!["1".to_string()]]);
        assert_eq!(read_back(&text), [vec!["a", "b"], vec!["1"]]);
    }

    #[test]
    fn the_import_reads_an_export_back() {
        use crate::segmentation::import::Import;
        let text = to_csv(
            &["客户编号", "客户名称", "销售额", "利润"],
            vec![
                vec![
                    "K1".into(),
                    "上海, \"东方\"".into(),
                    "1200".into(),
                    "-5".into(),
                ],
                vec!["K2".into(), "两\n行".into(), "7.5".into(), "0".into()],
            ],
        );
        let import = Import::new(text.into_bytes()).unwrap();
        let parsed = import.start(&import.guess_mapping()).unwrap().finish();
        assert_eq!(parsed.problem_count, 0);
        assert_eq!(parsed.dataset.label(0), "上海, \"东方\"");
        assert_eq!(parsed.dataset.label(1), "两\n行");
        assert_eq!(parsed.dataset.sales, [1200.0, 7.5]);
    }
}
