//! The customer dataset held in columns: one text buffer per text column and one
//! `Vec<f64>` per amount, so a million customers cost a few allocations, not
//! millions of strings. It also owns the dataset's invariants ([`Dataset::check`])
//! and the search for repeated customer ids ([`TextColumn::duplicates`]).
//!
//! There is deliberately no serde form: a blank optional cell is `NaN`, which JSON
//! cannot carry, so the JSON codec (`crate::codec`) and the binary codec
//! (`super::binary`) write the columns explicitly.

use std::fmt;

/// The cells of one text column in a single buffer: cell `i` is
/// `text[ends[i - 1]..ends[i]]` (from 0 for the first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextColumn {
    text: String,
    ends: Vec<u32>,
}

impl TextColumn {
    pub fn with_capacity(cells: usize, bytes: usize) -> TextColumn {
        TextColumn {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(cells),
        }
    }

    /// Appends a cell. Columns are capped at 4 GiB of text, far beyond what a
    /// browser tab can hold anyway.
    pub fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        let end = u32::try_from(self.text.len()).expect("text column under 4 GiB");
        self.ends.push(end);
    }

    pub fn get(&self, index: usize) -> &str {
        let start = if index == 0 {
            0
        } else {
            self.ends[index - 1] as usize
        };
        &self.text[start..self.ends[index] as usize]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(move |i| self.get(i))
    }

    /// Makes room for `cells` more cells of `bytes` more text, so an import that
    /// can estimate its size grows each buffer once.
    pub fn reserve(&mut self, cells: usize, bytes: usize) {
        self.ends.reserve(cells);
        self.text.reserve(bytes);
    }

    /// Bytes of text in the column (all cells together).
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// The whole buffer and the end offsets, for the binary codec.
    pub fn parts(&self) -> (&str, &[u32]) {
        (&self.text, &self.ends)
    }

    /// Rebuilds a column from [`TextColumn::parts`]; `None` if the offsets do not
    /// describe the text (decreasing, past its end, or splitting a character).
    pub fn from_parts(text: String, ends: Vec<u32>) -> Option<TextColumn> {
        let mut start = 0usize;
        for &end in &ends {
            let end = end as usize;
            if end < start || end > text.len() || !text.is_char_boundary(end) {
                return None;
            }
            start = end;
        }
        if start != text.len() {
            return None;
        }
        Some(TextColumn { text, ends })
    }
}

/// One row per customer. Required columns are always present; an optional column
/// is `None` when the file had no such column. Within a present optional amount
/// column, a blank cell is `NaN` (read it through the accessors, which give
/// `Option`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// The customer's id (or name, when the file has no id); unique.
    pub customer: TextColumn,
    /// A display name, when the file has one besides the id.
    pub name: Option<TextColumn>,
    pub sales: Vec<f64>,
    pub profit: Vec<f64>,
    pub previous_sales: Option<Vec<f64>>,
    pub satisfaction: Option<Vec<f64>>,
    pub loyalty: Option<Vec<f64>>,
    /// Buys on price alone (a transaction customer). A blank cell is `false`.
    pub price_only: Option<Vec<bool>>,
    /// Average days the customer pays late (`NaN` = blank); see
    /// [`super::Field::DaysOverdue`].
    pub days_overdue: Option<Vec<f64>>,
}

fn present(column: &Option<Vec<f64>>, index: usize) -> Option<f64> {
    column
        .as_ref()
        .map(|values| values[index])
        .filter(|value| !value.is_nan())
}

impl Dataset {
    pub fn len(&self) -> usize {
        self.customer.len()
    }

    pub fn is_empty(&self) -> bool {
        self.customer.is_empty()
    }

    /// The names the customer lists show: the name column, or the key itself
    /// when the key is a name (a file with `客户名称` and no id column; see
    /// [`super::DatasetInfo::key_is_name`]).
    pub fn names(&self, key_is_name: bool) -> Option<&TextColumn> {
        self.name
            .as_ref()
            .or_else(|| key_is_name.then_some(&self.customer))
    }

    /// What the user sees for a customer: the name if there is one, else the id.
    pub fn label(&self, index: usize) -> &str {
        match &self.name {
            Some(names) if !names.get(index).is_empty() => names.get(index),
            _ => self.customer.get(index),
        }
    }

    pub fn previous_sales(&self, index: usize) -> Option<f64> {
        present(&self.previous_sales, index)
    }

    pub fn satisfaction(&self, index: usize) -> Option<f64> {
        present(&self.satisfaction, index)
    }

    pub fn loyalty(&self, index: usize) -> Option<f64> {
        present(&self.loyalty, index)
    }

    pub fn days_overdue(&self, index: usize) -> Option<f64> {
        present(&self.days_overdue, index)
    }

    pub fn price_only(&self, index: usize) -> bool {
        self.price_only.as_ref().is_some_and(|flags| flags[index])
    }
}

/// Why a set of columns is not a [`Dataset`]: what [`Dataset::check`] finds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetError {
    /// A column has a different number of cells from `customer`.
    LengthMismatch {
        column: &'static str,
        len: usize,
        expected: usize,
    },
    /// An amount is infinite, or a required amount is `NaN` (blank).
    NotFinite { column: &'static str, row: usize },
    /// A customer id is empty.
    BlankCustomer { row: usize },
    /// `row` repeats the customer id of the earlier row `first`.
    DuplicateCustomer { row: usize, first: usize },
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatasetError::LengthMismatch {
                column,
                len,
                expected,
            } => write!(
                f,
                "{column} has {len} values but there are {expected} customers"
            ),
            DatasetError::NotFinite { column, row } => {
                write!(f, "{column}[{row}] is not a finite number")
            }
            DatasetError::BlankCustomer { row } => write!(f, "customer[{row}] is blank"),
            DatasetError::DuplicateCustomer { row, first } => {
                write!(f, "customer[{row}] repeats customer[{first}]")
            }
        }
    }
}

impl std::error::Error for DatasetError {}

impl Dataset {
    /// The column names the codecs use, with the amounts they hold; `required`
    /// amounts may not be blank (`NaN`).
    pub fn amount_columns(&self) -> [(&'static str, Option<&[f64]>, bool); 6] {
        [
            ("sales", Some(&self.sales[..]), true),
            ("profit", Some(&self.profit[..]), true),
            ("previous_sales", self.previous_sales.as_deref(), false),
            ("satisfaction", self.satisfaction.as_deref(), false),
            ("loyalty", self.loyalty.as_deref(), false),
            ("days_overdue", self.days_overdue.as_deref(), false),
        ]
    }

    /// Checks what every stored or decoded dataset must satisfy: all columns as
    /// long as `customer`, amounts finite (blank only in optional columns), and
    /// customer ids non-empty and unique. Decoders call it so that nothing past
    /// them has to distrust a dataset. The first fault found is reported, looking
    /// at lengths, then ids, then amounts.
    pub fn check(&self) -> Result<(), DatasetError> {
        let expected = self.customer.len();
        let lengths = [
            ("name", self.name.as_ref().map(TextColumn::len)),
            ("price_only", self.price_only.as_ref().map(Vec::len)),
        ]
        .into_iter()
        .chain(
            self.amount_columns()
                .into_iter()
                .map(|(column, values, _)| (column, values.map(<[f64]>::len))),
        );
        for (column, len) in lengths {
            if let Some(len) = len.filter(|&len| len != expected) {
                return Err(DatasetError::LengthMismatch {
                    column,
                    len,
                    expected,
                });
            }
        }
        if let Some(row) = (0..expected).find(|&row| self.customer.get(row).is_empty()) {
            return Err(DatasetError::BlankCustomer { row });
        }
        if let Some(&(row, first)) = self.customer.duplicates().first() {
            return Err(DatasetError::DuplicateCustomer { row, first });
        }
        for (column, values, required) in self.amount_columns() {
            let Some(values) = values else { continue };
            let bad = values
                .iter()
                .position(|v| v.is_infinite() || (required && v.is_nan()));
            if let Some(row) = bad {
                return Err(DatasetError::NotFinite { column, row });
            }
        }
        Ok(())
    }
}

impl TextColumn {
    /// The cells that repeat an earlier cell, as `(row, first)` with `first` the
    /// earliest row holding the same text, in row order.
    ///
    /// Built for a million customer ids: a hash table probed once per id costs a
    /// cache miss per id (it was the largest single cost of an import), so the
    /// ids are hashed in one sequential pass, partitioned by the hash's top bits
    /// into pieces that fit in cache, and each piece sorted; equal hashes end up
    /// adjacent and are confirmed by comparing the text, so a hash collision costs
    /// a comparison, never a wrong answer. Ids already in ascending order (an
    /// export sorted by id) cannot repeat and are recognised in one pass first.
    pub fn duplicates(&self) -> Vec<(usize, usize)> {
        self.duplicates_by(hash_id)
    }

    fn duplicates_by(&self, hash: impl Fn(&[u8]) -> u64) -> Vec<(usize, usize)> {
        let rows = self.len();
        if (1..rows).all(|row| self.get(row - 1) < self.get(row)) {
            return Vec::new();
        }
        // Keys are `hash << 32 | row` (rows fit in 32 bits: a browser tab holds
        // nowhere near 4 billion customers); sorting them orders each hash's rows.
        let keys = (0..rows).map(|row| {
            let hash = hash(self.get(row).as_bytes());
            ((hash ^ (hash >> 32)) << 32) | row as u64
        });
        // About 4096 keys (32 KiB) a part.
        let bits = (rows / 4096)
            .max(1)
            .next_power_of_two()
            .trailing_zeros()
            .min(16);
        let part = |key: u64| {
            if bits == 0 {
                0
            } else {
                (key >> (64 - bits)) as usize
            }
        };
        let mut starts = vec![0usize; (1 << bits) + 1];
        let keys: Vec<u64> = keys.collect();
        for &key in &keys {
            starts[part(key) + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut sorted = vec![0u64; rows];
        let mut next = starts.clone();
        for &key in &keys {
            let at = &mut next[part(key)];
            sorted[*at] = key;
            *at += 1;
        }
        drop(keys);
        let mut repeats = Vec::new();
        // The first row of each distinct text within a run of equal hashes.
        let mut firsts: Vec<usize> = Vec::new();
        for range in starts.windows(2) {
            let piece = &mut sorted[range[0]..range[1]];
            piece.sort_unstable();
            for run in piece.chunk_by(|a, b| a >> 32 == b >> 32) {
                if run.len() == 1 {
                    continue;
                }
                firsts.clear();
                for &key in run {
                    let row = (key & 0xFFFF_FFFF) as usize;
                    let text = self.get(row);
                    match firsts.iter().find(|&&first| self.get(first) == text) {
                        Some(&first) => repeats.push((row, first)),
                        None => firsts.push(row),
                    }
                }
            }
        }
        repeats.sort_unstable();
        repeats
    }

    /// Removes the cells at `rows` (ascending), keeping the others in order.
    pub fn remove_rows(&mut self, rows: &[usize]) {
        if rows.is_empty() {
            return;
        }
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        let mut ends = Vec::with_capacity(self.ends.len() - rows.len());
        let mut drop = rows.iter().peekable();
        let mut write = 0usize;
        let mut start = 0usize;
        for (row, &end) in self.ends.iter().enumerate() {
            let end = end as usize;
            if drop.peek() == Some(&&row) {
                drop.next();
            } else {
                bytes.copy_within(start..end, write);
                write += end - start;
                ends.push(u32::try_from(write).expect("text column under 4 GiB"));
            }
            start = end;
        }
        bytes.truncate(write);
        // Whole cells moved, so every boundary is still a character boundary.
        self.text = String::from_utf8(bytes).expect("cells stay UTF-8");
        self.ends = ends;
    }
}

/// Removes the items at `rows` (ascending), keeping the others in order.
fn remove_items<T>(items: &mut Vec<T>, rows: &[usize]) {
    let mut drop = rows.iter().peekable();
    let mut index = 0;
    items.retain(|_| {
        let keep = drop.peek() != Some(&&index);
        if !keep {
            drop.next();
        }
        index += 1;
        keep
    });
}

impl Dataset {
    /// Removes the rows at `rows` (ascending) from every column.
    pub fn remove_rows(&mut self, rows: &[usize]) {
        if rows.is_empty() {
            return;
        }
        self.customer.remove_rows(rows);
        if let Some(names) = &mut self.name {
            names.remove_rows(rows);
        }
        remove_items(&mut self.sales, rows);
        remove_items(&mut self.profit, rows);
        for column in [
            &mut self.previous_sales,
            &mut self.satisfaction,
            &mut self.loyalty,
            &mut self.days_overdue,
        ]
        .into_iter()
        .flatten()
        {
            remove_items(column, rows);
        }
        if let Some(flags) = &mut self.price_only {
            remove_items(flags, rows);
        }
    }
}

/// A fast non-cryptographic hash of an id (8 bytes a step, then a full mix so
/// every bit, the top ones that pick a part included, depends on every byte). The file is the user's own, so resistance to crafted collisions is not
/// needed; correctness never depends on the hash.
fn hash_id(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
        h = (h ^ word).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    // murmur3's finaliser.
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_column_round_trips_cells_including_empty_and_cjk() {
        let mut column = TextColumn::default();
        for cell in ["C-001", "", "北京智讯", "x"] {
            column.push(cell);
        }
        assert_eq!(column.len(), 4);
        assert_eq!(
            column.iter().collect::<Vec<_>>(),
            ["C-001", "", "北京智讯", "x"]
        );
        let (text, ends) = column.parts();
        let rebuilt = TextColumn::from_parts(text.to_owned(), ends.to_vec()).unwrap();
        assert_eq!(rebuilt, column);
    }

    #[test]
    fn from_parts_refuses_offsets_that_do_not_fit_the_text() {
        let text = "北京".to_owned();
        assert!(
            TextColumn::from_parts(text.clone(), vec![1]).is_none(),
            "inside a character"
        );
        assert!(
            TextColumn::from_parts(text.clone(), vec![3, 2]).is_none(),
            "decreasing"
        );
        assert!(
            TextColumn::from_parts(text.clone(), vec![7]).is_none(),
            "past the end"
        );
        assert!(
            TextColumn::from_parts(text.clone(), vec![3]).is_none(),
            "text left over"
        );
        assert!(TextColumn::from_parts(text, vec![3, 6]).is_some());
    }

    #[test]
    fn blank_optional_cells_read_as_none_and_labels_fall_back_to_the_id() {
        let mut dataset = Dataset::default();
        dataset.customer.push("C1");
        dataset.customer.push("C2");
        let mut names = TextColumn::default();
        names.push("Alpha");
        names.push("");
        dataset.name = Some(names);
        dataset.sales = vec![1.0, 2.0];
        dataset.profit = vec![0.5, 0.5];
        dataset.satisfaction = Some(vec![7.0, f64::NAN]);
        assert_eq!(dataset.label(0), "Alpha");
        assert_eq!(dataset.label(1), "C2");
        assert_eq!(dataset.satisfaction(0), Some(7.0));
        assert_eq!(dataset.satisfaction(1), None);
        assert_eq!(dataset.loyalty(0), None);
        assert!(!dataset.price_only(0));
    }

    fn dataset(ids: &[&str]) -> Dataset {
        let mut dataset = Dataset::default();
        for id in ids {
            dataset.customer.push(id);
        }
        dataset.sales = vec![1.0; ids.len()];
        dataset.profit = vec![0.5; ids.len()];
        dataset
    }

    fn column(cells: &[String]) -> TextColumn {
        let mut column = TextColumn::default();
        for cell in cells {
            column.push(cell);
        }
        column
    }

    #[test]
    fn duplicates_in_order_and_out_of_it() {
        let ascending: Vec<String> = (0..3000).map(|i| format!("A{i:05}")).collect();
        assert_eq!(column(&ascending).duplicates(), []);
        let mut repeated = ascending.clone();
        repeated.push("A00007".into());
        repeated.push("A00000".into());
        repeated.push("A00007".into());
        assert_eq!(
            column(&repeated).duplicates(),
            [(3000, 7), (3001, 0), (3002, 7)]
        );
        // Shuffled ids, many parts, one id repeated many times.
        let mut shuffled: Vec<String> = (0..50_000)
            .map(|i| format!("C{}", (i * 7919) % 50_000))
            .collect();
        assert_eq!(column(&shuffled).duplicates(), []);
        let first = shuffled.iter().position(|id| id == "C123").unwrap();
        shuffled.extend(std::iter::repeat_n("C123".to_string(), 5000));
        let found = column(&shuffled).duplicates();
        assert_eq!(found.len(), 5000);
        assert!(found
            .iter()
            .enumerate()
            .all(|(i, &d)| d == (50_000 + i, first)));
        assert_eq!(
            column(&["b".into(), "a".into(), "b".into(), "".into(), "".into()]).duplicates(),
            [(2, 0), (4, 3)]
        );
        assert_eq!(TextColumn::default().duplicates(), []);
        assert_eq!(
            column(&["x".into(), "x".into()]).duplicates(),
            [(1, 0)],
            "two rows, one part"
        );
    }

    #[test]
    fn hash_collisions_are_confirmed_against_the_text() {
        // Every id hashing alike puts them all in one run: the text decides.
        let ids: Vec<String> = ["q", "p", "q", "r", "p", "q"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(column(&ids).duplicates_by(|_| 42), [(2, 0), (4, 1), (5, 0)]);
    }

    #[test]
    fn remove_rows_keeps_the_rest_in_order() {
        let mut dataset = dataset(&["A", "北京", "", "D", "E"]);
        dataset.name = Some(column(&[
            "a".into(),
            "b".into(),
            "c".into(),
            "d".into(),
            "e".into(),
        ]));
        dataset.sales = vec![1.0, 2.0, 3.0, 4.0, 5.0];
        dataset.price_only = Some(vec![true, false, true, false, true]);
        dataset.remove_rows(&[0, 2, 4]);
        assert_eq!(dataset.customer.iter().collect::<Vec<_>>(), ["北京", "D"]);
        assert_eq!(
            dataset.name.as_ref().unwrap().iter().collect::<Vec<_>>(),
            ["b", "d"]
        );
        assert_eq!(dataset.sales, [2.0, 4.0]);
        assert_eq!(dataset.profit, [0.5, 0.5]);
        assert_eq!(dataset.price_only, Some(vec![false, false]));
        dataset.remove_rows(&[]);
        assert_eq!(dataset.len(), 2);
        dataset.remove_rows(&[0, 1]);
        assert!(dataset.is_empty());
        assert_eq!(dataset.customer.text_len(), 0);
    }

    #[test]
    fn check_table() {
        assert_eq!(dataset(&["A", "B"]).check(), Ok(()));
        assert_eq!(Dataset::default().check(), Ok(()));
        let mut d = dataset(&["A", "B", "A"]);
        assert_eq!(
            d.check(),
            Err(DatasetError::DuplicateCustomer { row: 2, first: 0 })
        );
        d = dataset(&["A", ""]);
        assert_eq!(d.check(), Err(DatasetError::BlankCustomer { row: 1 }));
        d = dataset(&["A", "B"]);
        d.profit.pop();
        assert_eq!(
            d.check(),
            Err(DatasetError::LengthMismatch {
                column: "profit",
                len: 1,
                expected: 2
            })
        );
        d = dataset(&["A", "B"]);
        d.name = Some(TextColumn::default());
        assert!(matches!(
            d.check(),
            Err(DatasetError::LengthMismatch { column: "name", .. })
        ));
        d = dataset(&["A", "B"]);
        d.sales[1] = f64::NAN;
        assert_eq!(
            d.check(),
            Err(DatasetError::NotFinite {
                column: "sales",
                row: 1
            })
        );
        d = dataset(&["A", "B"]);
        d.loyalty = Some(vec![f64::NAN, 3.0]);
        assert_eq!(d.check(), Ok(()), "blank optional cells are NaN");
        d.loyalty = Some(vec![f64::INFINITY, 3.0]);
        assert_eq!(
            d.check(),
            Err(DatasetError::NotFinite {
                column: "loyalty",
                row: 0
            })
        );
        // Many rows with one late duplicate: found through table growth.
        let ids: Vec<String> = (0..3000)
            .map(|i| format!("K{i}"))
            .chain(["K17".into()])
            .collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        assert_eq!(
            dataset(&refs).check(),
            Err(DatasetError::DuplicateCustomer {
                row: 3000,
                first: 17
            })
        );
    }
}
