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
/// "1,200", "1，200" and full-width "１２００" are 1200.
pub fn parse_whole(text: &str, max: u64) -> Result<Option<u64>, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let ascii: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '，'))
        .map(fold_full_width)
        .collect();
    if ascii.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if let Some(rest) = ascii.strip_prefix('-') {
        return Err(if is_number(rest) {
            NumberError::Negative
        } else {
            NumberError::NotANumber
        });
    }
    if !ascii.bytes().all(|b| b.is_ascii_digit()) {
        return Err(if is_number(&ascii) {
            NumberError::NotWhole
        } else {
            NumberError::NotANumber
        });
    }
    match ascii.parse::<u64>() {
        Ok(n) if n <= max => Ok(Some(n)),
        _ => Err(NumberError::TooLarge),
    }
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
        ];
        for (text, max, want) in cases {
            assert_eq!(parse_whole(text, *max), *want, "{text:?}");
        }
    }
}
