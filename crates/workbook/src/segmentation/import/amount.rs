//! Numbers and yes/no flags in imported cells: amounts of money, plain ratings
//! (satisfaction, loyalty) and price-only flags, with their rules in
//! [`parse_amount`], [`parse_rating`] and [`parse_flag`].

use crate::score::fold_full_width;

/// Which decimal separators a file's numbers may use; it follows the delimiter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalStyle {
    /// Comma- and tab-delimited files: `.` is the decimal point; `,` or spaces
    /// group thousands.
    Point,
    /// Semicolon-delimited files, which Excel writes where the decimal separator
    /// is a comma: `,` or `.` is the decimal separator, whichever the cell makes
    /// unambiguous (see [`parse_amount`]).
    PointOrComma,
}

/// Why a cell is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Not a number in any accepted form.
    Invalid,
    /// In a semicolon-delimited file, `1.234` or `1,234`: a decimal or a thousands
    /// separator, and nothing in the cell says which.
    Ambiguous,
    /// A percentage where an amount of money is expected.
    Percent,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Amount,
    Rating,
}

/// Parses an amount of money (sales, profit, previous sales). Blank is `Ok(None)`.
///
/// The rules, in order:
/// - Surrounding white space (including no-break and ideographic spaces) is
///   ignored. Full-width digits, signs, points, commas, parentheses and percent
///   signs (typed with a Chinese input method) count as their ASCII forms; `−`
///   (U+2212) is a minus.
/// - One currency marker may stand before or after the number (spaces allowed):
///   `¥ ￥ $ € £` or the words `RMB`, `CNY` (any case) or `元`.
/// - A negative is a leading `-` (before or after a leading currency symbol) or
///   the whole number in parentheses, accounting style: `(1,234.50)`, `¥(5)`.
/// - A lone `-` (with or without currency) is 0: Excel's accounting format shows
///   zero that way and writes it so into CSV.
/// - Thousands separators: the integer part may be split into groups by `,` or by
///   spaces (one kind per number): 1–3 digits, then groups of exactly 3.
/// - Decimal separator: in [`DecimalStyle::Point`] files, `.` only. In
///   [`DecimalStyle::PointOrComma`] (semicolon) files: with both `.` and `,`,
///   the last one is the decimal separator and the other groups thousands
///   (`1.234,56`, `1,234.56`); a kind that occurs more than once groups thousands
///   (`1.234.567`); with spaces grouping, the single `.` or `,` is decimal
///   (`1 234,5`); a single separator is decimal (`12,5`, `1234.56`, `0,125`)
///   unless it could as well group thousands — 1–3 digits not starting with 0,
///   then exactly 3 — which is [`AmountError::Ambiguous`] (`1.234`, `1,234`).
/// - Scientific notation without grouping (`1.2E+05`, Excel's form for wide
///   numbers) is accepted.
/// - A percent sign is [`AmountError::Percent`]: a share is not money.
/// - Anything else, and results too large to be finite, is
///   [`AmountError::Invalid`]. `-0` is 0.
pub fn parse_amount(text: &str, style: DecimalStyle) -> Result<Option<f64>, AmountError> {
    parse(text, style, Kind::Amount)
}

/// Parses a satisfaction or loyalty rating: a plain number with the same rules as
/// [`parse_amount`] except that no currency is allowed, a trailing `%` is accepted
/// and ignored (`85%` is 85, on whatever scale the file uses), and a lone `-` is
/// blank rather than 0 (no rating).
pub fn parse_rating(text: &str, style: DecimalStyle) -> Result<Option<f64>, AmountError> {
    parse(text, style, Kind::Rating)
}

/// Parses a yes/no cell (price only). Blank is `false`; `None` means not a flag.
///
/// Yes: `yes y true 1 x 是 是的 对 √ ✓ ✔`. No: `no n false 0 否 不是 不 错 × ✗`.
/// Case and surrounding white space are ignored; full-width `１`/`０` count.
pub fn parse_flag(text: &str) -> Option<bool> {
    const YES: [&str; 11] = [
        "yes", "y", "true", "1", "x", "是", "是的", "对", "√", "✓", "✔",
    ];
    const NO: [&str; 10] = ["no", "n", "false", "0", "否", "不是", "不", "错", "×", "✗"];
    let text = text.trim();
    if text.is_empty() {
        return Some(false);
    }
    // A single full-width digit reads as its ASCII form.
    let mut buf = [0u8; 4];
    let mut chars = text.chars();
    let text = match (chars.next(), chars.next()) {
        (Some(c), None) => &*fold_full_width(c).encode_utf8(&mut buf),
        _ => text,
    };
    let is = |word: &&str| text.eq_ignore_ascii_case(word);
    if YES.iter().any(is) {
        Some(true)
    } else if NO.iter().any(is) {
        Some(false)
    } else {
        None
    }
}

/// Cells longer than this are not numbers anyone typed.
const MAX_LEN: usize = 64;

/// Marks a currency symbol or word once the cell is folded to ASCII.
const CURRENCY: u8 = b'#';

/// Exact powers of ten up to 10^22, the range where `m / 10^k` of an exactly
/// representable `m` is correctly rounded (a single IEEE division).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

fn parse(text: &str, style: DecimalStyle, kind: Kind) -> Result<Option<f64>, AmountError> {
    // Almost every cell of a large file is plain digits: take them without the
    // general rules below.
    if let Some(value) = plain(text.as_bytes(), style) {
        return Ok(Some(value));
    }
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let mut buf = [0u8; MAX_LEN];
    let folded = fold(text, &mut buf).ok_or(AmountError::Invalid)?;
    let mut s = trim(folded);
    let mut currency = false;
    strip_currency(&mut s, &mut currency);
    let mut negative = false;
    if s.len() >= 2 && s[0] == b'(' && s[s.len() - 1] == b')' {
        negative = true;
        s = trim(&s[1..s.len() - 1]);
        strip_currency(&mut s, &mut currency);
    }
    let mut dash = false;
    match s.first() {
        Some(b'-') if !negative => {
            negative = true;
            dash = true;
            s = trim(&s[1..]);
        }
        Some(b'+') if !negative => s = trim(&s[1..]),
        _ => {}
    }
    strip_currency(&mut s, &mut currency);
    let mut percent = false;
    if s.last() == Some(&b'%') {
        percent = true;
        s = trim(&s[..s.len() - 1]);
    }
    match kind {
        Kind::Amount if percent => return Err(AmountError::Percent),
        Kind::Rating if currency => return Err(AmountError::Invalid),
        _ => {}
    }
    if s.is_empty() {
        return match (dash, kind) {
            (true, Kind::Amount) if !percent => Ok(Some(0.0)),
            (true, Kind::Rating) if !percent => Ok(None),
            _ => Err(AmountError::Invalid),
        };
    }
    let value = body(s, style)?;
    let value = if negative { -value } else { value };
    // `-0` reads as 0, so it never shows as "-0".
    Ok(Some(if value == 0.0 { 0.0 } else { value }))
}

/// `-?digits(.digits)?` with at most 16 characters after the sign: parsed exactly
/// (Clinger's fast path) without validation passes. `None` sends the cell to the
/// general rules, including every cell the fast path would misread.
fn plain(bytes: &[u8], style: DecimalStyle) -> Option<f64> {
    let (negative, digits) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, bytes),
    };
    if digits.is_empty() || digits.len() > 16 {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut point = None;
    for (i, &b) in digits.iter().enumerate() {
        match b {
            b'0'..=b'9' => mantissa = mantissa * 10 + u64::from(b - b'0'),
            b'.' if point.is_none() && i > 0 && i + 1 < digits.len() => point = Some(i),
            _ => return None,
        }
    }
    let scale = point.map_or(0, |i| digits.len() - i - 1);
    if let (DecimalStyle::PointOrComma, Some(i)) = (style, point) {
        if scale == 3 && i <= 3 && digits[0] != b'0' {
            return None; // ambiguous: the general rules say so
        }
    }
    if mantissa > 1 << 53 {
        return None;
    }
    let value = mantissa as f64 / POW10[scale];
    Some(if negative && value != 0.0 {
        -value
    } else {
        value
    })
}

/// Folds the cell to lower-case ASCII in `buf`: full-width forms to ASCII, white
/// space to ' ', currency symbols and words to [`CURRENCY`]. `None` for any other
/// character or an over-long cell.
fn fold<'b>(text: &str, buf: &'b mut [u8; MAX_LEN]) -> Option<&'b [u8]> {
    let mut len = 0;
    for c in text.chars() {
        let b = match fold_full_width(c) {
            c @ ('0'..='9' | '.' | ',' | '-' | '+' | '(' | ')' | '%') => c as u8,
            c @ ('a'..='z' | 'A'..='Z') => c.to_ascii_lowercase() as u8,
            '，' => b',',
            '（' => b'(',
            '）' => b')',
            '％' => b'%',
            '−' => b'-',
            '¥' | '￥' | '$' | '＄' | '€' | '£' | '￡' | '元' => CURRENCY,
            c if c.is_whitespace() => b' ',
            _ => return None,
        };
        *buf.get_mut(len)? = b;
        len += 1;
    }
    let folded = &mut buf[..len];
    for word in [&b"rmb"[..], b"cny"] {
        if let Some(at) = folded.windows(3).position(|w| w == word) {
            folded[at] = CURRENCY;
            folded[at + 1] = b' ';
            folded[at + 2] = b' ';
        }
    }
    Some(folded)
}

fn trim(s: &[u8]) -> &[u8] {
    s.trim_ascii()
}

/// Takes one currency marker off either end, if there is one and none was taken.
fn strip_currency(s: &mut &[u8], taken: &mut bool) {
    if *taken {
        return;
    }
    if let Some(rest) = s.strip_prefix(&[CURRENCY]) {
        *s = trim(rest);
        *taken = true;
    } else if let Some(rest) = s.strip_suffix(&[CURRENCY]) {
        *s = trim(rest);
        *taken = true;
    }
}

/// The unsigned number left once signs, currency and percent are off.
fn body(s: &[u8], style: DecimalStyle) -> Result<f64, AmountError> {
    if s.contains(&b'e') {
        return scientific(s, style);
    }
    if !s
        .iter()
        .all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' '))
    {
        return Err(AmountError::Invalid);
    }
    let count = |c: u8| s.iter().filter(|&&b| b == c).count();
    let (dots, commas, spaces) = (count(b'.'), count(b','), count(b' '));
    let (decimal, group) = match style {
        DecimalStyle::Point => {
            if dots > 1 || (commas > 0 && spaces > 0) {
                return Err(AmountError::Invalid);
            }
            let group = if commas > 0 { Some(b',') } else { Some(b' ') };
            ((dots == 1).then_some(b'.'), group)
        }
        DecimalStyle::PointOrComma => {
            if dots > 0 && commas > 0 {
                if spaces > 0 {
                    return Err(AmountError::Invalid);
                }
                let last_dot = s.iter().rposition(|&b| b == b'.');
                let last_comma = s.iter().rposition(|&b| b == b',');
                let (decimal, group) = if last_dot > last_comma {
                    (b'.', b',')
                } else {
                    (b',', b'.')
                };
                if count(decimal) != 1 {
                    return Err(AmountError::Invalid);
                }
                (Some(decimal), Some(group))
            } else if dots + commas == 0 {
                (None, Some(b' '))
            } else {
                let (kind, n) = if dots > 0 {
                    (b'.', dots)
                } else {
                    (b',', commas)
                };
                if spaces > 0 {
                    if n != 1 {
                        return Err(AmountError::Invalid);
                    }
                    (Some(kind), Some(b' '))
                } else if n > 1 {
                    (None, Some(kind))
                } else if could_group(s, kind) {
                    return Err(AmountError::Ambiguous);
                } else {
                    (Some(kind), None)
                }
            }
        }
    };
    let (whole, fraction) = match decimal.and_then(|d| s.iter().position(|&b| b == d)) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.iter().all(u8::is_ascii_digit) {
            return Err(AmountError::Invalid);
        }
    }
    if whole.is_empty() && fraction.is_none() {
        return Err(AmountError::Invalid);
    }
    if !whole.iter().all(u8::is_ascii_digit) {
        let group = group.ok_or(AmountError::Invalid)?;
        if !grouped(whole, group) {
            return Err(AmountError::Invalid);
        }
    }
    // Digits only, with '.', for the standard library's correctly rounded parser.
    let mut buf = [0u8; MAX_LEN + 2];
    let mut len = 0;
    let mut put = |b: u8| {
        buf[len] = b;
        len += 1;
    };
    put(b'0');
    whole
        .iter()
        .filter(|b| b.is_ascii_digit())
        .for_each(|&b| put(b));
    if let Some(fraction) = fraction {
        put(b'.');
        fraction.iter().for_each(|&b| put(b));
    }
    let digits = std::str::from_utf8(&buf[..len]).map_err(|_| AmountError::Invalid)?;
    finite(digits.parse::<f64>().ok())
}

/// `1.2e+05` (one optional decimal separator, no grouping).
fn scientific(s: &[u8], style: DecimalStyle) -> Result<f64, AmountError> {
    let mut buf = [0u8; MAX_LEN];
    let mut point = false;
    let mut exponent = false;
    for (i, &b) in s.iter().enumerate() {
        buf[i] = match b {
            b'0'..=b'9' => b,
            b'.' if !point && !exponent => {
                point = true;
                b
            }
            b',' if style == DecimalStyle::PointOrComma && !point && !exponent => {
                point = true;
                b'.'
            }
            b'e' if !exponent && i > 0 => {
                exponent = true;
                b
            }
            b'+' | b'-' if i > 0 && s[i - 1] == b'e' => b,
            _ => return Err(AmountError::Invalid),
        };
    }
    let text = std::str::from_utf8(&buf[..s.len()]).map_err(|_| AmountError::Invalid)?;
    if !text.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return Err(AmountError::Invalid);
    }
    finite(text.parse::<f64>().ok())
}

fn finite(value: Option<f64>) -> Result<f64, AmountError> {
    value.filter(|v| v.is_finite()).ok_or(AmountError::Invalid)
}

/// Digits split by `group` into 1–3 digits and then groups of exactly 3.
fn grouped(whole: &[u8], group: u8) -> bool {
    let mut parts = whole.split(|&b| b == group);
    let first = parts.next().unwrap_or_default();
    (1..=3).contains(&first.len())
        && first.iter().all(u8::is_ascii_digit)
        && parts.all(|p| p.len() == 3 && p.iter().all(u8::is_ascii_digit))
}

/// Whether a number with one `separator` could as well be thousands grouping:
/// 1–3 digits not starting with 0 (no grouped number does), then exactly 3.
fn could_group(s: &[u8], separator: u8) -> bool {
    match s.iter().position(|&b| b == separator) {
        Some(at) => {
            let (whole, fraction) = (&s[..at], &s[at + 1..]);
            (1..=3).contains(&whole.len())
                && whole[0] != b'0'
                && fraction.len() == 3
                && whole.iter().chain(fraction).all(u8::is_ascii_digit)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AmountError::*;
    use DecimalStyle::*;

    type Case<'a> = (&'a str, Result<Option<f64>, AmountError>);

    #[test]
    fn amounts_in_point_files() {
        let cases: &[Case] = &[
            ("", Ok(None)),
            ("  \u{3000} ", Ok(None)),
            ("0", Ok(Some(0.0))),
            ("1234", Ok(Some(1234.0))),
            ("1234.56", Ok(Some(1234.56))),
            (" 1234.56 ", Ok(Some(1234.56))),
            ("\u{a0}12\u{3000}", Ok(Some(12.0))),
            ("-17.5", Ok(Some(-17.5))),
            ("+17.5", Ok(Some(17.5))),
            ("−17.5", Ok(Some(-17.5))),
            ("-0", Ok(Some(0.0))),
            ("0.1", Ok(Some(0.1))),
            (".5", Ok(Some(0.5))),
            ("1,234", Ok(Some(1234.0))),
            ("1,234,567.89", Ok(Some(1_234_567.89))),
            ("1 234 567.5", Ok(Some(1_234_567.5))),
            ("1，234", Ok(Some(1234.0))),
            ("１２３４．５", Ok(Some(1234.5))),
            ("－１２", Ok(Some(-12.0))),
            ("¥1,200", Ok(Some(1200.0))),
            ("￥1200", Ok(Some(1200.0))),
            ("$ 99.90", Ok(Some(99.9))),
            ("€5", Ok(Some(5.0))),
            ("£5", Ok(Some(5.0))),
            ("1200元", Ok(Some(1200.0))),
            ("1,200 元", Ok(Some(1200.0))),
            ("RMB 1,200", Ok(Some(1200.0))),
            ("rmb1200", Ok(Some(1200.0))),
            ("1200 RMB", Ok(Some(1200.0))),
            ("CNY 8", Ok(Some(8.0))),
            ("-¥1,200", Ok(Some(-1200.0))),
            ("¥-1,200", Ok(Some(-1200.0))),
            ("(1,234.50)", Ok(Some(-1234.5))),
            ("（１２）", Ok(Some(-12.0))),
            ("(¥5)", Ok(Some(-5.0))),
            ("¥(5)", Ok(Some(-5.0))),
            ("-", Ok(Some(0.0))),
            (" ¥ -   ", Ok(Some(0.0))),
            ("1.2E+05", Ok(Some(120_000.0))),
            ("1e3", Ok(Some(1000.0))),
            ("2.5e-1", Ok(Some(0.25))),
            ("12%", Err(Percent)),
            ("12 ％", Err(Percent)),
            ("1,2", Err(Invalid)),
            ("1,2345", Err(Invalid)),
            ("12,34,567", Err(Invalid)),
            (",123", Err(Invalid)),
            ("1.234,5", Err(Invalid)),
            ("1.2.3", Err(Invalid)),
            ("1, 234", Err(Invalid)),
            ("12a", Err(Invalid)),
            ("abc", Err(Invalid)),
            ("¥", Err(Invalid)),
            ("¥1¥", Err(Invalid)),
            ("¥1元", Err(Invalid)),
            ("--5", Err(Invalid)),
            ("-(5)", Err(Invalid)),
            ("(-5)", Err(Invalid)),
            ("(5", Err(Invalid)),
            ("5.", Err(Invalid)),
            (".", Err(Invalid)),
            ("1e", Err(Invalid)),
            ("e5", Err(Invalid)),
            ("1e999", Err(Invalid)),
            ("inf", Err(Invalid)),
            ("NaN", Err(Invalid)),
            ("1 000,5", Err(Invalid)),
            ("十二", Err(Invalid)),
            (&"9".repeat(80), Err(Invalid)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_amount(text, Point), *want, "{text:?}");
        }
    }

    #[test]
    fn amounts_in_semicolon_files() {
        let cases: &[Case] = &[
            ("1234", Ok(Some(1234.0))),
            ("12,5", Ok(Some(12.5))),
            ("1234,56", Ok(Some(1234.56))),
            ("1234.56", Ok(Some(1234.56))),
            ("0,125", Ok(Some(0.125))),
            ("0.125", Ok(Some(0.125))),
            ("1.234,56", Ok(Some(1234.56))),
            ("1,234.56", Ok(Some(1234.56))),
            ("1.234.567", Ok(Some(1_234_567.0))),
            ("1,234,567", Ok(Some(1_234_567.0))),
            ("1.234.567,8", Ok(Some(1_234_567.8))),
            ("1 234,5", Ok(Some(1234.5))),
            ("1 234.5", Ok(Some(1234.5))),
            ("-1.234,5 €", Ok(Some(-1234.5))),
            ("12345,678", Ok(Some(12345.678))),
            ("1,23E+05", Ok(Some(123_000.0))),
            ("1.234", Err(Ambiguous)),
            ("1,234", Err(Ambiguous)),
            ("-999.000", Err(Ambiguous)),
            ("1.234,5,6", Err(Invalid)),
            ("1,234.5.6", Err(Invalid)),
            ("12.34.5", Err(Invalid)),
            ("1 2,3,4", Err(Invalid)),
            ("1 234.5,6", Err(Invalid)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_amount(text, PointOrComma), *want, "{text:?}");
        }
    }

    #[test]
    fn ratings() {
        let cases: &[Case] = &[
            ("", Ok(None)),
            ("7", Ok(Some(7.0))),
            ("7.5", Ok(Some(7.5))),
            ("85%", Ok(Some(85.0))),
            ("85 ％", Ok(Some(85.0))),
            ("８", Ok(Some(8.0))),
            ("-", Ok(None)),
            ("¥5", Err(Invalid)),
            ("5元", Err(Invalid)),
            ("high", Err(Invalid)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_rating(text, Point), *want, "{text:?}");
        }
        assert_eq!(parse_rating("7,5", PointOrComma), Ok(Some(7.5)));
    }

    #[test]
    fn fast_path_agrees_with_the_standard_parser() {
        for text in [
            "0.1",
            "123456789012.34",
            "1.0000000000001",
            "999999999999999",
            "0.00000000000001",
            "-42.42",
        ] {
            let want: f64 = text.parse().unwrap();
            assert_eq!(plain(text.as_bytes(), Point), Some(want), "{text}");
        }
        // Beyond 2^53 or with odd shapes the general path takes over, still exact.
        for text in [
            "12345678901234567",
            "9007199254740993",
            "9007199254740.993",
            "0.000000000000001",
        ] {
            let want: f64 = text.parse().unwrap();
            assert_eq!(parse_amount(text, Point), Ok(Some(want)), "{text}");
        }
    }

    #[test]
    fn flags() {
        let yes = [
            "yes", "YES", "Y", "y", "true", "TRUE", "1", "x", "X", "是", "是的", " 对 ", "√", "✓",
            "✔", "１",
        ];
        let no = [
            "", "  ", "no", "No", "n", "false", "FALSE", "0", "否", "不是", "不", "错", "×", "✗",
            "０",
        ];
        for text in yes {
            assert_eq!(parse_flag(text), Some(true), "{text:?}");
        }
        for text in no {
            assert_eq!(parse_flag(text), Some(false), "{text:?}");
        }
        for text in ["maybe", "2", "yes!", "是否", "-", "真"] {
            assert_eq!(parse_flag(text), None, "{text:?}");
        }
    }
}
