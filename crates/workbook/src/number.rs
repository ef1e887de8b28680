//! Whole numbers typed by a user (group sizes, yearly revenue): text goes in, a
//! checked `u64` comes out, with the reason when it cannot.

use crate::score::fold_full_width;

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
