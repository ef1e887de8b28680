//! CSV export of tables (report tables, customer lists) for Excel, WPS,
//! LibreOffice and Numbers: UTF-8 with a byte-order mark, lines ended by CRLF, and
//! every cell written so that no spreadsheet runs it as a formula, whichever list
//! separator its locale uses (`,` in English and Chinese, `;` in German, French
//! and many others) — issue #13.
//!
//! A comma-separated file opened with `;` as the separator is split at every `;`
//! and line break, and the CSV quotes only count where such a cell begins, so any
//! `;`, `,`, tab, CR or LF inside a cell may start a cell there. Every place a
//! cell may start is therefore guarded, not only the start of our own cells.
//!
//! # The rule, exactly
//!
//! Terms:
//! - *formula character*: `=` `+` `-` `@`, their full-width forms `＝` `＋` `－`
//!   `＠` (formulas in Chinese-locale spreadsheets) and their small forms `﹦` `﹢`
//!   `﹣` `﹫` (which compatibility normalisation folds to the same characters).
//! - *separator*: `,` `;` tab, CR, LF.
//! - *blank*: any Unicode white space or control character (tab, CR, LF, NUL, …)
//!   and the zero-width characters U+200B–U+200D, U+2060, U+FEFF: spreadsheets trim
//!   or drop them, so what follows them may become a cell's first character. The
//!   double quote `"` is skipped the same way, as a CSV reader consumes it.
//! - *plain number*: ASCII only, `[+-]?(D+(.D*)?|.D+)([eE][+-]?D+)?` with `D` a
//!   digit: `-500`, `+3.5`, `1e3`, `.5`. Not `-1+1`, `-inf`, `－５` or `- 5`.
//!
//! Each cell, header cells included, is written as follows:
//! 1. Inside the cell, an apostrophe `'` is put before every formula character or
//!    apostrophe that follows a separator with nothing but blanks and `"` between
//!    them (`a;=B1` → `a;'=B1`, `x\r\n@y` → `x\r\n'@y`).
//! 2. The cell gets an apostrophe in front if its first character is a control
//!    character (OWASP: tab, CR; also LF, NUL and the rest), or if its first
//!    character that is neither blank nor `"` is a formula character or an
//!    apostrophe (`=A1` → `'=A1`, `　＝A1` → `'　＝A1`, `'90s` → `''90s`). A plain
//!    number is left as it is and stays a number — except as the first cell of a
//!    line. A `;`-locale spreadsheet reads a line's first cell together with what
//!    follows it up to the first `;` (`-1` then `5+cmd|' /C calc'!A0` would run as
//!    `-1,5+cmd|…`, a decimal comma there), and, when a quote it misreads has
//!    made the line break before it part of a cell, as the rest of that cell.
//! 3. The result is quoted (`"…"`, inner `"` doubled, RFC 4180) if it contains
//!    `,` `;` tab `"` `'` CR or LF, so a reader with any of these separators, or
//!    one taking `'` as its string delimiter, keeps the cell whole; and if it
//!    starts or ends with a blank, which readers trim from unquoted cells (and a
//!    U+FEFF first in the file would be taken for a second byte-order mark).
//!    A number left as it is is never quoted (LibreOffice's "quoted field as
//!    text" would make it text).
//! 4. A line with no cells, or with one empty cell, is written as `""`: an empty
//!    line would be skipped and the row lost.
//!
//! Guarantees (tested by `tests/csv_props.rs` on arbitrary text):
//! - Read back as CSV with `,`, every line gives its cells exactly as steps 1–2
//!   write them (a line of no cells gives one empty cell). Steps 1–2 can be undone exactly: drop the cell's first character
//!   if it is an apostrophe, then drop every apostrophe that follows a separator
//!   with nothing but blanks and `"` between them.
//! - Read back with `,`, `;` or tab as the separator, honouring quotes or not, or
//!   split at every separator at once, no cell's first character that is neither
//!   blank nor `"` is a formula character, unless the cell is a plain number.
//! - A one-column table reads back the same with `,`, `;` or tab.

/// The UTF-8 byte-order mark. Without it Excel reads a CSV in the system's ANSI
/// code page (GBK on Chinese Windows) and garbles every non-ASCII character.
pub const BOM: &str = "\u{feff}";

/// Writes a header row and data rows as CSV text beginning with [`BOM`], every
/// cell (headers too) defused and quoted by the module's rule, every line ended by
/// CRLF (RFC 4180, which every spreadsheet reads). Rows may differ in length from
/// the header; they are written as given, and an empty row reads back as one empty
/// cell.
pub fn to_csv(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from(BOM);
    write_line(&mut out, headers);
    for row in rows {
        write_line(&mut out, &row);
    }
    out
}

/// Characters that make a written cell quoted (step 3 of the module's rule, with
/// a blank at either end).
const QUOTED_IF_CONTAINS: [char; 7] = [',', ';', '\t', '"', '\'', '\r', '\n'];

fn write_line<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    match cells {
        [] => out.push_str("\"\""),
        [only] if only.as_ref().is_empty() => out.push_str("\"\""),
        _ => {
            for (i, cell) in cells.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                // Only a line's first cell can be read by a `;`-locale spreadsheet
                // as the start of a longer cell (see the module doc), so only there
                // a number loses its exemption.
                write_cell(out, cell.as_ref(), i > 0);
            }
        }
    }
    out.push_str("\r\n");
}

/// Steps 1–3 of the module's rule, written straight into `out` without allocating:
/// a customer list can export a million rows.
fn write_cell(out: &mut String, cell: &str, number_allowed: bool) {
    let prefix = risky_start(cell, number_allowed);
    // Step 1 only inserts after a separator, which already makes the cell quoted;
    // step 2's apostrophe does too.
    let quoted = prefix
        || cell.contains(QUOTED_IF_CONTAINS)
        || cell.starts_with(is_blank)
        || cell.ends_with(is_blank);
    if quoted {
        out.push('"');
    }
    if prefix {
        out.push('\'');
    }
    let mut after_separator = false;
    for c in cell.chars() {
        if is_separator(c) {
            after_separator = true;
        } else if !is_blank(c) && c != '"' {
            if after_separator && (is_formula(c) || c == '\'') {
                out.push('\'');
            }
            after_separator = false;
        }
        if c == '"' && quoted {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

/// Step 2: whether the cell needs an apostrophe in front.
fn risky_start(cell: &str, number_allowed: bool) -> bool {
    let Some(first) = cell.chars().next() else {
        return false;
    };
    if first.is_control() {
        return true;
    }
    match cell.chars().find(|&c| !is_blank(c) && c != '"') {
        // Escaped too, so that one leading apostrophe can always be dropped.
        Some('\'') => true,
        Some(c) if is_formula(c) => !(number_allowed && is_plain_number(cell)),
        _ => false,
    }
}

fn is_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '＝' | '＋' | '－' | '＠' | '﹦' | '﹢' | '﹣' | '﹫'
    )
}

fn is_separator(c: char) -> bool {
    matches!(c, ',' | ';' | '\t' | '\r' | '\n')
}

fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// `[+-]?(D+(.D*)?|.D+)([eE][+-]?D+)?`, ASCII digits: what every spreadsheet
/// reads as a number. `str::parse::<f64>` is not used: it also takes `inf` and
/// `NaN`, which a spreadsheet would read as names in a formula.
fn is_plain_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let digits = |at: &mut usize| {
        let start = *at;
        while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at - start
    };
    let mut mantissa = digits(&mut at);
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        mantissa += digits(&mut at);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        if digits(&mut at) == 0 {
            return false;
        }
    }
    at == bytes.len()
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

    /// The cell as written, in the second place of a two-cell line (where a plain
    /// number keeps its exemption).
    fn written(cell: &str) -> String {
        let text = to_csv(&["x", cell], Vec::new());
        text.strip_prefix("\u{feff}x,")
            .and_then(|t| t.strip_suffix("\r\n"))
            .expect("one line")
            .to_string()
    }

    #[test]
    fn each_cell_is_defused_and_quoted_by_the_rule() {
        let cases = [
            // Unchanged: nothing risky, nothing to quote.
            ("", ""),
            ("智讯 training", "智讯 training"),
            ("1+1", "1+1"),
            ("e-mail", "e-mail"),
            ("a=b", "a=b"),
            ("|pipe", "|pipe"),
            // Plain numbers stay numbers, bare.
            ("-500", "-500"),
            ("+3.5", "+3.5"),
            ("1e3", "1e3"),
            ("-1E-3", "-1E-3"),
            ("-.5", "-.5"),
            ("5.", "5."),
            // Formula starts, ASCII and full-width and small forms.
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+86 10 1234", "\"'+86 10 1234\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("-", "\"'-\""),
            ("＝1+1", "\"'＝1+1\""),
            ("＋86", "\"'＋86\""),
            ("－５", "\"'－５\""),
            ("＠A1", "\"'＠A1\""),
            ("﹦A1", "\"'﹦A1\""),
            // Not numbers, though they start like one or parse as an f64.
            ("-1+cmd|' /C calc'!A0", "\"'-1+cmd|' /C calc'!A0\""),
            ("-1+1", "\"'-1+1\""),
            ("- 5", "\"'- 5\""),
            ("-inf", "\"'-inf\""),
            ("+NaN", "\"'+NaN\""),
            ("-0x10", "\"'-0x10\""),
            ("-5e", "\"'-5e\""),
            // What a spreadsheet trims or drops before a formula character.
            (" =1+1", "\"' =1+1\""),
            ("\u{3000}＝A1", "\"'\u{3000}＝A1\""),
            ("\u{a0}-2", "\"'\u{a0}-2\""),
            ("\u{200b}=A1", "\"'\u{200b}=A1\""),
            ("\"=A1\"", "\"'\"\"=A1\"\"\""),
            // A leading control character, whatever follows (OWASP: tab, CR).
            ("\tindent", "\"'\tindent\""),
            ("\u{0}x", "\"'\u{0}x\""),
            ("\u{1b}x", "\"'\u{1b}x\""),
            ("\t=1", "\"'\t'=1\""),
            ("\r=1", "\"'\r'=1\""),
            ("\n@x", "\"'\n'@x\""),
            // A leading apostrophe is doubled so the rule can be undone.
            ("'90s", "\"''90s\""),
            ("' ok", "\"'' ok\""),
            // Separators: the cell is quoted and what follows each is guarded.
            ("a;b", "\"a;b\""),
            ("a,b", "\"a,b\""),
            ("a\tb", "\"a\tb\""),
            ("it's", "\"it's\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("a;=1+1", "\"a;'=1+1\""),
            ("a,@x", "\"a,'@x\""),
            ("a; -1", "\"a; '-1\""),
            ("a;\t=1", "\"a;\t'=1\""),
            ("a;\"=x", "\"a;\"\"'=x\""),
            ("a;\u{3000}＋1", "\"a;\u{3000}'＋1\""),
            ("line\r\n=SUM(A1)", "\"line\r\n'=SUM(A1)\""),
            ("a; 'b", "\"a; ''b\""),
            ("a;b=c", "\"a;b=c\""),
            ("a;", "\"a;\""),
            // Blank at either end: quoted, so readers that trim keep it.
            (" padded ", "\" padded \""),
            ("end\u{3000}", "\"end\u{3000}\""),
            ("\u{feff}", "\"\u{feff}\""),
        ];
        for (cell, expected) in cases {
            assert_eq!(written(cell), expected, "cell {cell:?}");
        }
    }

    #[test]
    fn a_number_first_on_its_line_is_defused() {
        let cases: [(&[&str], &str); 7] = [
            (&["-500"], "\"'-500\""),
            (&["-500", "x"], "\"'-500\",x"),
            (&["+3.5", ""], "\"'+3.5\","),
            (&["1e3", "-2"], "1e3,-2"),
            (&["x", "-500", "+3.5"], "x,-500,+3.5"),
            (
                &["-1", "5+cmd|' /C calc'!A0"],
                "\"'-1\",\"5+cmd|' /C calc'!A0\"",
            ),
            (&[], "\"\""),
        ];
        for (cells, expected) in cases {
            // Through the header and through a row: the same rules.
            let text = to_csv(cells, vec![cells.iter().map(|c| c.to_string()).collect()]);
            assert_eq!(
                text,
                format!("\u{feff}{expected}\r\n{expected}\r\n"),
                "cells {cells:?}"
            );
        }
    }

    #[test]
    fn plain_numbers() {
        let cases = [
            ("0", true),
            ("-500", true),
            ("+3.5", true),
            ("1e3", true),
            ("1E+30", true),
            ("-.5", true),
            ("5.", true),
            ("007", true),
            ("", false),
            ("-", false),
            (".", false),
            ("-.", false),
            ("e3", false),
            ("1e", false),
            ("1e+", false),
            ("1.2.3", false),
            ("-1+1", false),
            (" 1", false),
            ("1 ", false),
            ("inf", false),
            ("-inf", false),
            ("NaN", false),
            ("１", false),
            ("1_000", false),
            ("0x10", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_plain_number(text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_semicolon_locale_sees_no_formula() {
        // What a `;`-locale spreadsheet reads from this comma-separated file: its
        // cells start after each `;` and line break, where the CSV quotes do not
        // line up with ours. Before issue #13 it read `=A1`, `=HYPERLINK(…)`,
        // `-1,5+cmd|…` and `=1+1` as formulas.
        let rows = vec![
            vec!["x".to_string(), "y;=HYPERLINK(\"http://x\")".into()],
            vec!["-1".to_string(), "5+cmd|' /C calc'!A0".into()],
            vec!["K1".to_string(), "ok;\"=1+1".into(), "-2".into()],
        ];
        let text = to_csv(&["名称", "b;=A1"], rows);
        let body = text.strip_prefix(BOM).unwrap();
        let lines: Vec<Vec<String>> = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        assert_eq!(
            lines,
            [
                vec!["名称,\"b", "'=A1\""],
                vec!["x,\"y", "'=HYPERLINK(\"\"http://x\"\")\""],
                vec!["'-1,\"5+cmd|' /C calc'!A0\""],
                vec!["K1,\"ok", "'=1+1\",-2"],
            ]
        );
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
