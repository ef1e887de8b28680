//! The checked 1–10 score and the parsing of what a user types into one.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A whole-number score on the workbook's 10-point scale (1 = weakest, 10 = strongest).
///
/// A missing score is `Option<Score>::None`, never zero: METHOD.md says an unfilled
/// score is shown as missing and never silently counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 10;

    /// Builds a score from a number already known to be in range.
    pub fn new(value: u8) -> Result<Score, ScoreError> {
        if (Self::MIN..=Self::MAX).contains(&value) {
            Ok(Score(value))
        } else {
            Err(ScoreError::OutOfRange)
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// Parses what a user typed into a score field.
    ///
    /// Surrounding white space is ignored; full-width digits (typed with a Chinese
    /// input method) are accepted like ASCII ones. Blank text is `Ok(None)`: the
    /// caller decides whether clearing is allowed.
    pub fn parse(text: &str) -> Result<Option<Score>, ScoreError> {
        let normalised: String = text.trim().chars().map(fold_full_width).collect();
        if normalised.is_empty() {
            return Ok(None);
        }
        let digits = normalised.strip_prefix(['+', '-']).unwrap_or(&normalised);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            // Whole numbers too long for any integer type are out of range, not "not whole".
            return match normalised.parse::<i64>().ok().map(u8::try_from) {
                Some(Ok(v)) => Score::new(v).map(Some),
                _ => Err(ScoreError::OutOfRange),
            };
        }
        if normalised.parse::<f64>().is_ok_and(f64::is_finite) {
            return Err(ScoreError::NotWhole);
        }
        Err(ScoreError::NotANumber)
    }
}

/// Maps full-width digits, signs and points to their ASCII forms (typed with a
/// Chinese input method).
pub(crate) fn fold_full_width(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' | '。' => '.',
        '－' => '-',
        '＋' => '+',
        other => other,
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Why typed text is not a score. The UI words each kind in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// Letters or symbols, e.g. "abc" or "7!".
    NotANumber,
    /// A number with a fraction, e.g. "7.5".
    NotWhole,
    /// A whole number outside 1–10, e.g. "0" or "11".
    OutOfRange,
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ScoreError::NotANumber => "not a number",
            ScoreError::NotWhole => "not a whole number",
            ScoreError::OutOfRange => "outside 1–10",
        })
    }
}

impl std::error::Error for ScoreError {}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Score, D::Error> {
        let raw = i64::deserialize(deserializer)?;
        u8::try_from(raw)
            .ok()
            .and_then(|v| Score::new(v).ok())
            .ok_or_else(|| {
                serde::de::Error::custom(format!("score {raw} is outside the scale 1–10"))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let cases: &[(&str, Result<Option<u8>, ScoreError>)] = &[
            ("", Ok(None)),
            ("   ", Ok(None)),
            ("1", Ok(Some(1))),
            ("10", Ok(Some(10))),
            (" 7 ", Ok(Some(7))),
            ("０８", Ok(Some(8))),
            ("+5", Ok(Some(5))),
            ("0", Err(ScoreError::OutOfRange)),
            ("11", Err(ScoreError::OutOfRange)),
            ("-3", Err(ScoreError::OutOfRange)),
            ("99999999999999999999", Err(ScoreError::OutOfRange)),
            ("7.5", Err(ScoreError::NotWhole)),
            ("７．５", Err(ScoreError::NotWhole)),
            ("abc", Err(ScoreError::NotANumber)),
            ("7!", Err(ScoreError::NotANumber)),
            ("NaN", Err(ScoreError::NotANumber)),
            ("inf", Err(ScoreError::NotANumber)),
        ];
        for (text, want) in cases {
            let got = Score::parse(text).map(|s| s.map(Score::get));
            assert_eq!(&got, want, "parsing {text:?}");
        }
    }

    #[test]
    fn serde_checks_range() {
        assert_eq!(serde_json::from_str::<Score>("4").unwrap().get(), 4);
        assert!(serde_json::from_str::<Score>("0").is_err());
        assert!(serde_json::from_str::<Score>("11").is_err());
        assert!(serde_json::from_str::<Score>("2.5").is_err());
        assert_eq!(serde_json::to_string(&Score::new(9).unwrap()).unwrap(), "9");
    }
}
