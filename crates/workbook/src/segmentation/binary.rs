//! The binary form of a [`Dataset`] kept in IndexedDB: versioned, little-endian
//! and columnar, so a million customers store and load in a few copies of their
//! columns. [`decode`] trusts nothing: any byte string either decodes to a dataset
//! that passes [`Dataset::check`] or is refused with a [`BinaryError`].
//!
//! Layout (all integers little-endian):
//!
//! | bytes        | content                                                     |
//! |--------------|-------------------------------------------------------------|
//! | 4            | magic `CRMD`                                                |
//! | 2            | format version ([`VERSION`])                                |
//! | 2            | present optional columns, bits: [`NAME`] [`PREVIOUS_SALES`] [`SATISFACTION`] [`LOYALTY`] [`PRICE_ONLY`] [`DAYS_OVERDUE`] |
//! | 4            | rows `n`                                                    |
//! | text column  | `customer`, then `name` if present: u32 text length `t`, `n` × u32 end offsets, `t` bytes of UTF-8 |
//! | `n` × f64    | `sales`, `profit`, then each present of `previous_sales`, `satisfaction`, `loyalty` (NaN = blank) |
//! | ⌈n/8⌉        | `price_only` if present: bit `i % 8` of byte `i / 8`, unused bits 0 |
//! | `n` × f64    | `days_overdue` if present (NaN = blank)                      |
//!
//! Nothing follows. A new layout gets a new version; old versions stay readable.
//! (`days_overdue` came later as a flag of its own at the end: a dataset without it
//! has the same bytes as before, and a build before it refuses the unknown flag.)

use std::borrow::Cow;
use std::fmt;

use super::dataset::{Dataset, DatasetError, TextColumn};

pub const MAGIC: [u8; 4] = *b"CRMD";
/// The version this build writes and the newest it reads.
pub const VERSION: u16 = 1;

pub const NAME: u16 = 1 << 0;
pub const PREVIOUS_SALES: u16 = 1 << 1;
pub const SATISFACTION: u16 = 1 << 2;
pub const LOYALTY: u16 = 1 << 3;
pub const PRICE_ONLY: u16 = 1 << 4;
pub const DAYS_OVERDUE: u16 = 1 << 5;
const KNOWN: u16 = NAME | PREVIOUS_SALES | SATISFACTION | LOYALTY | PRICE_ONLY | DAYS_OVERDUE;

const HEADER: usize = 4 + 2 + 2 + 4;

/// Why bytes are not a stored dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BinaryError {
    /// Does not start with the magic: not a dataset at all.
    NotADataset,
    /// Written by a newer build.
    TooNew { found: u16, supported: u16 },
    /// Flags for columns this version does not know.
    UnknownColumns(u16),
    /// The bytes end before the named part.
    Truncated { part: &'static str },
    /// Bytes remain after the last column.
    TrailingBytes(usize),
    /// A text column's bytes are not UTF-8 or its offsets do not fit them.
    BadText { column: &'static str },
    /// Unused bits of the price-only column are set.
    BadFlags,
    /// The columns decode but break a dataset rule.
    Invalid(DatasetError),
}

impl fmt::Display for BinaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BinaryError::NotADataset => write!(f, "not a stored customer dataset"),
            BinaryError::TooNew { found, supported } => write!(
                f,
                "stored by a newer version (format {found}; this version reads up to {supported})"
            ),
            BinaryError::UnknownColumns(bits) => write!(f, "unknown columns (flags {bits:#x})"),
            BinaryError::Truncated { part } => write!(f, "cut short in {part}"),
            BinaryError::TrailingBytes(n) => write!(f, "{n} bytes after the last column"),
            BinaryError::BadText { column } => write!(f, "column {column} is not valid text"),
            BinaryError::BadFlags => write!(f, "column price_only has stray bits"),
            BinaryError::Invalid(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for BinaryError {}

/// Writes `dataset` in the current layout.
pub fn encode(dataset: &Dataset) -> Vec<u8> {
    let parts = encode_parts(dataset);
    let mut out = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in &parts {
        out.extend_from_slice(part);
    }
    out
}

/// The bytes of [`encode`] as consecutive pieces, most of them the dataset's own
/// column memory: the browser can store a million rows from these views without
/// the app copying tens of megabytes into one buffer first.
pub fn encode_parts(dataset: &Dataset) -> Vec<Cow<'_, [u8]>> {
    let rows = dataset.len();
    let mut flags = 0;
    for (bit, present) in [
        (NAME, dataset.name.is_some()),
        (PREVIOUS_SALES, dataset.previous_sales.is_some()),
        (SATISFACTION, dataset.satisfaction.is_some()),
        (LOYALTY, dataset.loyalty.is_some()),
        (PRICE_ONLY, dataset.price_only.is_some()),
        (DAYS_OVERDUE, dataset.days_overdue.is_some()),
    ] {
        if present {
            flags |= bit;
        }
    }
    let mut header = Vec::with_capacity(HEADER);
    header.extend_from_slice(&MAGIC);
    header.extend_from_slice(&VERSION.to_le_bytes());
    header.extend_from_slice(&flags.to_le_bytes());
    header.extend_from_slice(&count(rows).to_le_bytes());
    let mut parts = vec![Cow::Owned(header)];
    text_parts(&mut parts, &dataset.customer);
    if let Some(names) = &dataset.name {
        text_parts(&mut parts, names);
    }
    let columns = [
        Some(&dataset.sales),
        Some(&dataset.profit),
        dataset.previous_sales.as_ref(),
        dataset.satisfaction.as_ref(),
        dataset.loyalty.as_ref(),
    ];
    for values in columns.into_iter().flatten() {
        parts.push(f64_bytes(values));
    }
    if let Some(flags) = &dataset.price_only {
        let bits = flags
            .chunks(8)
            .map(|chunk| {
                chunk
                    .iter()
                    .enumerate()
                    .fold(0u8, |byte, (i, &on)| byte | (u8::from(on) << i))
            })
            .collect();
        parts.push(Cow::Owned(bits));
    }
    if let Some(days) = &dataset.days_overdue {
        parts.push(f64_bytes(days));
    }
    parts
}

/// Little-endian bytes of numbers: on a little-endian machine (wasm, x86, ARM)
/// that is their memory as it is.
fn f64_bytes(values: &[f64]) -> Cow<'_, [u8]> {
    if cfg!(target_endian = "little") {
        // SAFETY: f64 has no padding and any byte is a valid u8; the slice covers
        // exactly the values' memory and borrows it for as long as `values`.
        Cow::Borrowed(unsafe {
            std::slice::from_raw_parts(values.as_ptr().cast::<u8>(), std::mem::size_of_val(values))
        })
    } else {
        Cow::Owned(values.iter().flat_map(|v| v.to_le_bytes()).collect())
    }
}

/// As [`f64_bytes`], for text column offsets.
fn u32_bytes(values: &[u32]) -> Cow<'_, [u8]> {
    if cfg!(target_endian = "little") {
        // SAFETY: as for `f64_bytes`.
        Cow::Borrowed(unsafe {
            std::slice::from_raw_parts(values.as_ptr().cast::<u8>(), std::mem::size_of_val(values))
        })
    } else {
        Cow::Owned(values.iter().flat_map(|v| v.to_le_bytes()).collect())
    }
}

fn text_parts<'a>(parts: &mut Vec<Cow<'a, [u8]>>, column: &'a TextColumn) {
    let (text, ends) = column.parts();
    parts.push(Cow::Owned(count(text.len()).to_le_bytes().to_vec()));
    parts.push(u32_bytes(ends));
    parts.push(Cow::Borrowed(text.as_bytes()));
}

/// A length as stored. Datasets hold under 4 billion rows and 4 GiB per text
/// column (the [`TextColumn`] offsets are u32 too).
fn count(n: usize) -> u32 {
    u32::try_from(n).expect("dataset under 4 billion rows and 4 GiB of text")
}

/// Reads a stored dataset, checking the layout, every length (before allocating),
/// the text (UTF-8, offsets) and the dataset rules ([`Dataset::check`]).
pub fn decode(bytes: &[u8]) -> Result<Dataset, BinaryError> {
    if bytes.len() < 4 || bytes[..4] != MAGIC {
        return Err(BinaryError::NotADataset);
    }
    let mut reader = Reader { bytes, pos: 4 };
    let version = reader.u16("header")?;
    if version > VERSION || version == 0 {
        return Err(BinaryError::TooNew {
            found: version,
            supported: VERSION,
        });
    }
    let flags = reader.u16("header")?;
    if flags & !KNOWN != 0 {
        return Err(BinaryError::UnknownColumns(flags & !KNOWN));
    }
    let rows = reader.u32("header")? as usize;
    let has = |bit: u16| flags & bit != 0;
    let customer = reader.text(rows, "customer")?;
    let name = if has(NAME) {
        Some(reader.text(rows, "name")?)
    } else {
        None
    };
    let sales = reader.amounts(rows, "sales")?;
    let profit = reader.amounts(rows, "profit")?;
    let mut optional = |bit, part| -> Result<Option<Vec<f64>>, BinaryError> {
        if has(bit) {
            reader.amounts(rows, part).map(Some)
        } else {
            Ok(None)
        }
    };
    let previous_sales = optional(PREVIOUS_SALES, "previous_sales")?;
    let satisfaction = optional(SATISFACTION, "satisfaction")?;
    let loyalty = optional(LOYALTY, "loyalty")?;
    let price_only = if has(PRICE_ONLY) {
        Some(reader.flags(rows)?)
    } else {
        None
    };
    let days_overdue = if has(DAYS_OVERDUE) {
        Some(reader.amounts(rows, "days_overdue")?)
    } else {
        None
    };
    let left = bytes.len() - reader.pos;
    if left != 0 {
        return Err(BinaryError::TrailingBytes(left));
    }
    let dataset = Dataset {
        customer,
        name,
        sales,
        profit,
        previous_sales,
        satisfaction,
        loyalty,
        price_only,
        days_overdue,
    };
    dataset.check().map_err(BinaryError::Invalid)?;
    Ok(dataset)
}

/// A bounds-checked cursor: every read names the part it is for, so a short
/// input says where it ends.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// The next `len` bytes; `len` comes from the input, so it is checked against
    /// what remains before anything is allocated for it.
    fn take(&mut self, len: usize, part: &'static str) -> Result<&'a [u8], BinaryError> {
        let end = self
            .pos
            .checked_add(len)
            .filter(|&end| end <= self.bytes.len())
            .ok_or(BinaryError::Truncated { part })?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    /// `items` × `size` bytes, with the product checked (it can overflow a 32-bit
    /// `usize` in WASM).
    fn take_n(
        &mut self,
        items: usize,
        size: usize,
        part: &'static str,
    ) -> Result<&'a [u8], BinaryError> {
        let len = items
            .checked_mul(size)
            .ok_or(BinaryError::Truncated { part })?;
        self.take(len, part)
    }

    fn u16(&mut self, part: &'static str) -> Result<u16, BinaryError> {
        let b = self.take(2, part)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self, part: &'static str) -> Result<u32, BinaryError> {
        let b = self.take(4, part)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn text(&mut self, rows: usize, column: &'static str) -> Result<TextColumn, BinaryError> {
        let len = self.u32(column)? as usize;
        let ends = self
            .take_n(rows, 4, column)?
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let text = self.take(len, column)?;
        let text = String::from_utf8(text.to_vec()).map_err(|_| BinaryError::BadText { column })?;
        TextColumn::from_parts(text, ends).ok_or(BinaryError::BadText { column })
    }

    fn amounts(&mut self, rows: usize, column: &'static str) -> Result<Vec<f64>, BinaryError> {
        Ok(self
            .take_n(rows, 8, column)?
            .chunks_exact(8)
            .map(|b| f64::from_le_bytes(b.try_into().expect("8-byte chunk")))
            .collect())
    }

    fn flags(&mut self, rows: usize) -> Result<Vec<bool>, BinaryError> {
        let bytes = self.take(rows.div_ceil(8), "price_only")?;
        let used = rows % 8;
        if used != 0 && bytes[bytes.len() - 1] >> used != 0 {
            return Err(BinaryError::BadFlags);
        }
        Ok((0..rows)
            .map(|i| bytes[i / 8] & (1 << (i % 8)) != 0)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(cells: &[&str]) -> TextColumn {
        let mut column = TextColumn::default();
        for cell in cells {
            column.push(cell);
        }
        column
    }

    fn full() -> Dataset {
        Dataset {
            customer: text(&["K001", "客户-2", "C3", "🚀", "E5", "F6", "G7", "H8", "I9"]),
            name: Some(text(&[
                "北京智讯",
                "",
                "Gamma, Inc.",
                "x",
                "e",
                "f",
                "g",
                "h",
                "i",
            ])),
            sales: vec![1200.5, 0.0, -3.25, 1e12, 5.0, 6.0, 7.0, 8.0, 9.0],
            profit: vec![-0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
            previous_sales: Some(vec![f64::NAN, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]),
            satisfaction: Some(vec![7.0, f64::NAN, 8.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]),
            loyalty: Some(vec![f64::NAN; 9]),
            price_only: Some(vec![
                true, false, true, false, false, false, false, false, true,
            ]),
            days_overdue: Some(vec![0.0, f64::NAN, 12.5, -3.0, 90.0, 4.0, 5.0, 6.0, 7.0]),
        }
    }

    /// Equality that treats NaN (blank) as equal to NaN, bit for bit.
    fn same(a: &Dataset, b: &Dataset) -> bool {
        let bits =
            |v: Option<&Vec<f64>>| v.map(|v| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>());
        a.customer == b.customer
            && a.name == b.name
            && bits(Some(&a.sales)) == bits(Some(&b.sales))
            && bits(Some(&a.profit)) == bits(Some(&b.profit))
            && bits(a.previous_sales.as_ref()) == bits(b.previous_sales.as_ref())
            && bits(a.satisfaction.as_ref()) == bits(b.satisfaction.as_ref())
            && bits(a.loyalty.as_ref()) == bits(b.loyalty.as_ref())
            && a.price_only == b.price_only
            && bits(a.days_overdue.as_ref()) == bits(b.days_overdue.as_ref())
    }

    fn minimal() -> Dataset {
        Dataset {
            customer: text(&["A", "B"]),
            sales: vec![1.0, 2.0],
            profit: vec![0.5, -0.5],
            ..Dataset::default()
        }
    }

    #[test]
    fn the_parts_are_the_encoding_and_borrow_the_columns() {
        let data = full();
        let parts = encode_parts(&data);
        assert_eq!(parts.concat(), encode(&data));
        if cfg!(target_endian = "little") {
            let borrowed = |values: &Vec<f64>| {
                parts.iter().any(|p| {
                    matches!(p, Cow::Borrowed(bytes) if bytes.as_ptr() == values.as_ptr().cast())
                })
            };
            assert!(borrowed(&data.sales) && borrowed(&data.profit));
        }
    }

    #[test]
    fn round_trips() {
        for dataset in [full(), minimal(), Dataset::default()] {
            let bytes = encode(&dataset);
            assert!(same(&decode(&bytes).unwrap(), &dataset), "{dataset:?}");
        }
        // Each optional column alone.
        for keep in 0..6 {
            let mut dataset = minimal();
            match keep {
                0 => dataset.name = Some(text(&["甲", ""])),
                1 => dataset.previous_sales = Some(vec![f64::NAN, 3.0]),
                2 => dataset.satisfaction = Some(vec![7.0, 8.5]),
                3 => dataset.loyalty = Some(vec![1.0, f64::NAN]),
                4 => dataset.days_overdue = Some(vec![f64::NAN, 30.0]),
                _ => dataset.price_only = Some(vec![false, true]),
            }
            assert!(
                same(&decode(&encode(&dataset)).unwrap(), &dataset),
                "{keep}"
            );
        }
    }

    #[test]
    fn layout_is_as_documented() {
        let bytes = encode(&minimal());
        assert_eq!(&bytes[..4], b"CRMD");
        assert_eq!(&bytes[4..6], &[1, 0]);
        assert_eq!(&bytes[6..8], &[0, 0]);
        assert_eq!(&bytes[8..12], &[2, 0, 0, 0]);
        // customer: text length 2, ends 1 and 2, "AB".
        assert_eq!(&bytes[12..16], &[2, 0, 0, 0]);
        assert_eq!(&bytes[16..24], &[1, 0, 0, 0, 2, 0, 0, 0]);
        assert_eq!(&bytes[24..26], b"AB");
        assert_eq!(&bytes[26..34], &1.0f64.to_le_bytes());
        assert_eq!(bytes.len(), 26 + 4 * 8);
        let flags = encode(&full());
        assert_eq!(u16::from_le_bytes([flags[6], flags[7]]), KNOWN);
        // Nine flags: two bytes, the second holding only bit 0; then the nine
        // days overdue.
        let days = flags.len() - 9 * 8;
        assert_eq!(&flags[days - 2..days], &[0b0000_0101, 0b0000_0001]);
        assert_eq!(&flags[days..days + 8], &0.0f64.to_le_bytes());
    }

    #[test]
    fn each_failure_class() {
        let good = encode(&minimal());
        let with = |edit: &dyn Fn(&mut Vec<u8>)| {
            let mut bytes = good.clone();
            edit(&mut bytes);
            decode(&bytes)
        };
        assert_eq!(decode(b""), Err(BinaryError::NotADataset));
        assert_eq!(decode(b"{\"json\":1}"), Err(BinaryError::NotADataset));
        assert_eq!(
            with(&|b| b[4] = 2),
            Err(BinaryError::TooNew {
                found: 2,
                supported: 1
            })
        );
        assert_eq!(
            with(&|b| b[7] = 0x80),
            Err(BinaryError::UnknownColumns(0x8000))
        );
        assert_eq!(
            with(&|b| b.truncate(10)),
            Err(BinaryError::Truncated { part: "header" })
        );
        assert_eq!(
            with(&|b| b.truncate(b.len() - 1)),
            Err(BinaryError::Truncated { part: "profit" })
        );
        assert_eq!(with(&|b| b.push(0)), Err(BinaryError::TrailingBytes(1)));
        // Rows claimed far beyond the input: refused before any allocation.
        assert_eq!(
            with(&|b| b[8..12].copy_from_slice(&u32::MAX.to_le_bytes())),
            Err(BinaryError::Truncated { part: "customer" })
        );
        assert_eq!(
            with(&|b| b[24] = 0xFF),
            Err(BinaryError::BadText { column: "customer" })
        );
        assert_eq!(
            with(&|b| b[16] = 3),
            Err(BinaryError::BadText { column: "customer" })
        );
        assert_eq!(
            with(&|b| b[25] = b'A'),
            Err(BinaryError::Invalid(DatasetError::DuplicateCustomer {
                row: 1,
                first: 0
            }))
        );
        assert_eq!(
            with(&|b| b[26..34].copy_from_slice(&f64::NAN.to_le_bytes())),
            Err(BinaryError::Invalid(DatasetError::NotFinite {
                column: "sales",
                row: 0
            }))
        );
        let mut flagged = minimal();
        flagged.price_only = Some(vec![true, true]);
        let mut bytes = encode(&flagged);
        *bytes.last_mut().unwrap() |= 0b100;
        assert_eq!(decode(&bytes), Err(BinaryError::BadFlags));
        let mut blank = minimal();
        blank.customer = text(&["A", ""]);
        assert_eq!(
            decode(&encode(&blank)),
            Err(BinaryError::Invalid(DatasetError::BlankCustomer { row: 1 }))
        );
    }

    #[test]
    fn no_prefix_or_corruption_panics() {
        let bytes = encode(&full());
        // Every truncation.
        for len in 0..bytes.len() {
            assert!(decode(&bytes[..len]).is_err(), "prefix {len}");
        }
        // Every single-byte corruption, with a few values each: decoding either
        // fails or yields a dataset that passes the checks.
        for at in 0..bytes.len() {
            for value in [0x00, 0x01, 0x7F, 0x80, 0xFF] {
                let mut garbled = bytes.clone();
                garbled[at] = value;
                if let Ok(dataset) = decode(&garbled) {
                    assert_eq!(dataset.check(), Ok(()));
                }
            }
        }
        // Pseudo-random garbage behind a valid header.
        let mut seed: u32 = 7;
        for _ in 0..2000 {
            let mut garbage = b"CRMD\x01\x00".to_vec();
            for _ in 0..(seed % 97) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                garbage.push((seed >> 16) as u8);
            }
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let _ = decode(&garbage);
        }
    }
}
