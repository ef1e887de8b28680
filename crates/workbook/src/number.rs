//! Whole numbers typed by a user (group sizes, yearly revenue): text goes in, a
//! checked `u64` comes out, with the reason when it cannot. Amounts of money are kept
//! in yuan and typed and shown in the workbook's [`MoneyUnit`].

use serde::{Deserialize, Serialize};

use crate::score::fold_full_width;

/// The unit a workbook's amounts of money are typed and shown in. Amounts are stored
/// in yuan whatever the unit, so changing it never changes a figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoneyUnit {
    /// 元: "3,600,000".
    #[default]
    Yuan,
    /// 万元 (ten thousand yuan), as Chinese managers write revenue: "360".
    Wan,
}

impl MoneyUnit {
    pub const ALL: [MoneyUnit; 2] = [MoneyUnit::Yuan, MoneyUnit::Wan];

    /// Yuan per unit.
    pub fn scale(self) -> u64 {
        match self {
            MoneyUnit::Yuan => 1,
            MoneyUnit::Wan => 10_000,
        }
    }

    /// For `skip_serializing_if`: the default unit is not written, so files of
    /// workbooks that never chose one stay as they were.
    pub fn is_yuan(&self) -> bool {
        *self == MoneyUnit::Yuan
    }
}

/// Parses an amount typed in `unit` into yuan: "360" in 万元 is 3,600,000 and
/// "36.5" is 365,000. A multiplier typed with the number wins over the unit
/// ("36万", "1.2亿", "3,600,000元" mean what they say in either unit).
pub fn parse_amount(text: &str, unit: MoneyUnit, max: u64) -> Result<Option<u64>, NumberError> {
    let trimmed = text.trim();
    let explicit = trimmed.ends_with('元')
        || trimmed.ends_with(['万', '萬', '亿', '億'])
        || trimmed.is_empty();
    match unit {
        MoneyUnit::Wan if !explicit => parse_whole(&format!("{trimmed}万"), max),
        _ => parse_whole(trimmed, max),
    }
}

/// An amount in yuan as typed in `unit`: 3,600,000 in 万元 is "360", 365,000 is
/// "36.5" (no digits the amount does not need).
pub fn format_amount(yuan: u64, unit: MoneyUnit) -> String {
    let scale = unit.scale();
    let (whole, rest) = (yuan / scale, yuan % scale);
    if rest == 0 {
        return whole.to_string();
    }
    let width = scale.ilog10() as usize;
    let frac = format!("{rest:0width$}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

/// Why typed text is not a whole number the field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
}

/// Parses a whole number ≥ 0 of at most `max`: blank is `None` (no number);
/// "1,200", "1，200" and full-width "１２００" are 1200. Amounts as Chinese users
/// type them are read too: "36万" is 360,000, "1.2亿" is 120,000,000, and a trailing
/// 元 (yuan: "36万元", "3,600,000元") is the unit, not part of the number; a
/// multiplied decimal must come out whole ("1.23456万" is not a whole number).
pub fn parse_whole(text: &str, max: u64) -> Result<Option<u64>, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let mut ascii: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '，'))
        .map(fold_full_width)
        .collect();
    if let Some(rest) = ascii.strip_suffix('元') {
        ascii = rest.trim_end().to_string();
    }
    let (digits, scale) = match ascii.chars().last() {
        Some('万' | '萬') => (&ascii[..ascii.len() - '万'.len_utf8()], 10_000u128),
        Some('亿' | '億') => (&ascii[..ascii.len() - '亿'.len_utf8()], 100_000_000u128),
        _ => (ascii.as_str(), 1),
    };
    let digits = digits.trim_end();
    if digits.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if let Some(rest) = digits.strip_prefix('-') {
        return Err(if is_number(rest) {
            NumberError::Negative
        } else {
            NumberError::NotANumber
        });
    }
    if !is_number(digits) {
        return Err(NumberError::NotANumber);
    }
    let value = scaled(digits, scale).ok_or(NumberError::TooLarge)?;
    let Some(value) = value else {
        return Err(NumberError::NotWhole);
    };
    match u64::try_from(value) {
        Ok(n) if n <= max => Ok(Some(n)),
        _ => Err(NumberError::TooLarge),
    }
}

/// `digits` (a number with at most one decimal point) times `scale`, exactly:
/// `Some(None)` when that is not whole, `None` when it is too large to hold.
fn scaled(digits: &str, scale: u128) -> Option<Option<u128>> {
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let frac = frac.trim_end_matches('0');
    if whole.len() > 30 || frac.len() > 30 {
        return None;
    }
    let whole: u128 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let frac_value: u128 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    let unit = 10u128.checked_pow(frac.len() as u32)?;
    let frac_scaled = frac_value.checked_mul(scale)?;
    if frac_scaled % unit != 0 {
        return Some(None);
    }
    whole
        .checked_mul(scale)?
        .checked_add(frac_scaled / unit)
        .map(Some)
}

/// Digits with at most one decimal point: a number, if not a whole one.
fn is_number(s: &str) -> bool {
    let mut parts = s.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    !(whole.is_empty() && frac.is_empty())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {

    #[test]
    fn amounts_are_typed_and_shown_in_the_workbooks_unit() {
        use MoneyUnit::{Wan, Yuan};
        type Parsed = Result<Option<u64>, NumberError>;
        let cases: &[(&str, MoneyUnit, Parsed)] = &[
            ("360", Wan, Ok(Some(3_600_000))),
            ("36.5", Wan, Ok(Some(365_000))),
            ("0.0001", Wan, Ok(Some(1))),
            ("0.00001", Wan, Err(NumberError::NotWhole)),
            ("1,200", Wan, Ok(Some(12_000_000))),
            // A multiplier or 元 typed with the number says what it means.
            ("36万", Wan, Ok(Some(360_000))),
            ("1.2亿", Wan, Ok(Some(120_000_000))),
            ("3,600,000元", Wan, Ok(Some(3_600_000))),
            ("360", Yuan, Ok(Some(360))),
            ("36万", Yuan, Ok(Some(360_000))),
            ("", Wan, Ok(None)),
            ("abc", Wan, Err(NumberError::NotANumber)),
            ("-3", Wan, Err(NumberError::Negative)),
        ];
        for (text, unit, expected) in cases {
            assert_eq!(
                parse_amount(text, *unit, u64::MAX),
                *expected,
                "{text:?} in {unit:?}"
            );
        }
        let shown: &[(u64, MoneyUnit, &str)] = &[
            (3_600_000, Wan, "360"),
            (365_000, Wan, "36.5"),
            (1, Wan, "0.0001"),
            (0, Wan, "0"),
            (365_000, Yuan, "365000"),
        ];
        for (yuan, unit, text) in shown {
            assert_eq!(format_amount(*yuan, *unit), *text);
            // What is shown reads back as the same amount.
            assert_eq!(parse_amount(text, *unit, u64::MAX), Ok(Some(*yuan)));
        }
    }

    use super::*;

    #[test]
    fn parse_whole_table() {
        use NumberError::*;
        // (text, max, result)
        type Case<'a> = (&'a str, u64, Result<Option<u64>, NumberError>);
        let cases: &[Case] = &[
            ("", u64::MAX, Ok(None)),
            ("   ", u64::MAX, Ok(None)),
            ("0", u64::MAX, Ok(Some(0))),
            (" 42 ", u64::MAX, Ok(Some(42))),
            ("1,200", u64::MAX, Ok(Some(1200))),
            ("3,600,000", u64::MAX, Ok(Some(3_600_000))),
            ("1，200", u64::MAX, Ok(Some(1200))),
            ("１２００", u64::MAX, Ok(Some(1200))),
            ("１,２００", u64::MAX, Ok(Some(1200))),
            ("12a", u64::MAX, Err(NotANumber)),
            ("abc", u64::MAX, Err(NotANumber)),
            (",", u64::MAX, Err(NotANumber)),
            ("-5", u64::MAX, Err(Negative)),
            ("－５", u64::MAX, Err(Negative)),
            ("-", u64::MAX, Err(NotANumber)),
            ("1.5", u64::MAX, Err(NotWhole)),
            ("１．５", u64::MAX, Err(NotWhole)),
            ("1.2.3", u64::MAX, Err(NotANumber)),
            (".", u64::MAX, Err(NotANumber)),
            ("99999999999999999999999", u64::MAX, Err(TooLarge)),
            ("4294967295", u64::from(u32::MAX), Ok(Some(4_294_967_295))),
            ("4294967296", u64::from(u32::MAX), Err(TooLarge)),
            // Amounts as Chinese users write them.
            ("36万", u64::MAX, Ok(Some(360_000))),
            ("36 万", u64::MAX, Ok(Some(360_000))),
            ("36万元", u64::MAX, Ok(Some(360_000))),
            ("３６万", u64::MAX, Ok(Some(360_000))),
            ("1.2亿", u64::MAX, Ok(Some(120_000_000))),
            ("1.2億", u64::MAX, Ok(Some(120_000_000))),
            ("0.35万", u64::MAX, Ok(Some(3_500))),
            (".5万", u64::MAX, Ok(Some(5_000))),
            ("1.50万", u64::MAX, Ok(Some(15_000))),
            ("3,600,000元", u64::MAX, Ok(Some(3_600_000))),
            ("1,200万", u64::MAX, Ok(Some(12_000_000))),
            ("1.23456万", u64::MAX, Err(NotWhole)),
            ("1.0", u64::MAX, Ok(Some(1))),
            ("万", u64::MAX, Err(NotANumber)),
            ("元", u64::MAX, Err(NotANumber)),
            ("-3万", u64::MAX, Err(Negative)),
            ("3万万", u64::MAX, Err(NotANumber)),
            ("abc万", u64::MAX, Err(NotANumber)),
            ("2000亿亿", u64::MAX, Err(NotANumber)),
            ("1844674407371亿", u64::MAX, Err(TooLarge)),
            ("43万", u64::from(u32::MAX), Ok(Some(430_000))),
            ("43亿", u64::from(u32::MAX), Err(TooLarge)),
        ];
        for (text, max, want) in cases {
            assert_eq!(parse_whole(text, *max), *want, "{text:?}");
        }
    }
}
