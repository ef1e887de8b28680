//! Importing customer sales data from CSV/TSV files as a resumable state machine:
//! [`Import::new`] detects the encoding and delimiter and reads the header;
//! the mapping screen shows [`Import::headers`], [`Import::preview`] and
//! [`guess_mapping`]; [`Import::start`] gives a [`Parse`] that the browser steps
//! a bounded number of rows at a time ([`Parse::step`]) so the page stays
//! responsive, and [`Parse::finish`] hands over the [`Dataset`] of good rows with
//! every other row accounted for as a [`RowProblem`].

mod amount;
mod decode;
mod mapping;
#[cfg(test)]
mod tests;

use std::io::Read;
use std::sync::Arc;

use csv::ByteRecord;

pub use amount::{parse_amount, parse_flag, parse_rating, AmountError, DecimalStyle};
pub use decode::{Delimiter, Encoding};
pub use mapping::{guess_mapping, is_name_header, normalise_header, Mapping};

use super::dataset::{Dataset, TextColumn};
use super::Field;
use decode::Source;

/// Stored problems are capped so a file of garbage cannot exhaust memory; the
/// counts in [`Parsed`] stay exact.
pub const MAX_STORED_PROBLEMS: usize = 1000;

/// A problem's `value` is cut to this many characters (a whole swallowed file
/// behind an unclosed quote is not useful to show).
const MAX_VALUE_CHARS: usize = 200;

/// How much of the text's head is read to find the delimiter.
const SNIFF_BYTES: u64 = 64 * 1024;

/// The CSV reader's buffer: large enough that refills are rare, small next to
/// the file.
const READ_BUFFER: usize = 64 * 1024;

/// Why a file cannot be imported at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No row with any content: not even a header.
    Empty,
    /// An Excel workbook (.xlsx or .xls) rather than a CSV or text export.
    Spreadsheet,
    /// Binary data, not text in an encoding the import knows.
    NotText,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ImportError::Empty => "the file has no header row",
            ImportError::Spreadsheet => "an Excel workbook: save it as CSV first",
            ImportError::NotText => "not a text file",
        })
    }
}

impl std::error::Error for ImportError {}

/// Why a mapping cannot start a parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartError {
    /// Required fields without a column, in [`Field::ALL`] order.
    MissingRequired(Vec<Field>),
    /// The mapping names a column the file does not have.
    NoSuchColumn { field: Field, column: usize },
}

/// A row shown on the mapping screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewRow {
    /// 1-based physical line where the row starts.
    pub line: usize,
    /// Cells, trimmed; undecodable bytes shown as U+FFFD.
    pub cells: Vec<String>,
}

/// Why a row is not in the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemReason {
    /// A required cell (customer, sales, profit) is blank.
    MissingRequired,
    /// An amount or rating cell is not a number under [`parse_amount`]'s rules.
    NotANumber(AmountError),
    /// A price-only cell is not one of [`parse_flag`]'s words.
    BadFlag,
    /// The customer id was already taken by the row starting at `first_line`.
    Duplicate { first_line: usize },
    /// The row has fewer fields than the header names, or more with content.
    WrongFieldCount { expected: usize, found: usize },
    /// The cell's bytes are not valid in the file's encoding.
    Undecodable,
    /// The reader failed (cannot happen for in-memory input; kept so that even
    /// then the rows not read are reported, not dropped).
    Unreadable,
}

/// One problem with one row (a row can have several).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based physical line of the file where the row starts (the header is
    /// line 1 in most files); right across quoted line breaks, blank lines and
    /// any line-ending style.
    pub line: usize,
    /// The header name of the cell's column; empty when the problem is the whole
    /// row's.
    pub column: String,
    /// The cell as written (trimmed, shortened); for a whole-row problem, the
    /// row's cells joined by the delimiter.
    pub value: String,
    pub reason: ProblemReason,
}

/// How far a [`Parse`] has got, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Bytes of the file consumed so far (the reader runs a buffer ahead).
    pub done_bytes: usize,
    pub total_bytes: usize,
    /// Data rows read so far (good, rejected and blank).
    pub rows: usize,
    pub finished: bool,
}

impl Progress {
    /// Completion in [0, 1].
    pub fn fraction(&self) -> f64 {
        if self.finished || self.total_bytes == 0 {
            1.0
        } else {
            (self.done_bytes as f64 / self.total_bytes as f64).min(1.0)
        }
    }
}

/// The result of a parse. Every data row is either in `dataset`, rejected (with at
/// least one problem) or blank: `rows_read == dataset.len() + rejected_rows +
/// blank_rows`.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// The good rows, in file order. Optional columns are present exactly when
    /// the mapping fed them.
    pub dataset: Dataset,
    /// The first [`MAX_STORED_PROBLEMS`] problems, in file order.
    pub problems: Vec<RowProblem>,
    /// All problems, stored or not.
    pub problem_count: usize,
    /// Rows left out because of a problem.
    pub rejected_rows: usize,
    /// Rows with no content in any cell (`,,,` lines Excel leaves below a table),
    /// skipped without a problem. Wholly empty lines are not rows at all.
    pub blank_rows: usize,
    /// Data rows after the header.
    pub rows_read: usize,
}

/// An opened file, ready for the mapping screen.
#[derive(Clone)]
pub struct Import {
    bytes: Arc<Vec<u8>>,
    encoding: Encoding,
    /// Where the text starts (after a byte-order mark).
    start: usize,
    delimiter: Delimiter,
    headers: Vec<String>,
    header_line: usize,
    /// Records before the first data row: Excel's `sep=` line, blank rows, header.
    preamble: usize,
}

/// Not the bytes: a 40 MB dump helps nobody.
impl std::fmt::Debug for Import {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Import")
            .field("bytes", &self.bytes.len())
            .field("encoding", &self.encoding)
            .field("delimiter", &self.delimiter)
            .field("headers", &self.headers)
            .field("header_line", &self.header_line)
            .finish_non_exhaustive()
    }
}

impl Import {
    /// Opens a file: detects the encoding (see [`Encoding`]), sniffs
    /// the delimiter from the header line ([`Delimiter`]; Excel's `sep=;` first
    /// line is honoured) and reads the header: the first row with content. A
    /// header row is required; its names are trimmed.
    ///
    /// Costs one UTF-8 validation of the whole file (for files without a
    /// byte-order mark) and the decoding of the first 64 KiB; the bytes are
    /// moved in, never copied.
    pub fn new(bytes: Vec<u8>) -> Result<Import, ImportError> {
        let (encoding, start) = decode::detect(&bytes)?;
        let bytes = Arc::new(bytes);
        let mut head = Vec::new();
        Source::new(bytes.clone(), encoding, start)
            .take(SNIFF_BYTES)
            .read_to_end(&mut head)
            .expect("reading from memory cannot fail");
        let sniffed = decode::sniff(&head);
        let mut reader = csv_reader(
            Source::new(bytes.clone(), encoding, start),
            sniffed.delimiter,
        );
        let mut record = ByteRecord::new();
        let mut lines = Lines::new();
        let mut preamble = 0;
        if sniffed.sep_line && next(&mut reader, &mut record, &mut lines).is_some() {
            preamble += 1;
        }
        let header_line = loop {
            let line = next(&mut reader, &mut record, &mut lines).ok_or(ImportError::Empty)?;
            preamble += 1;
            if !record.iter().all(is_blank) {
                break line;
            }
        };
        let headers = record
            .iter()
            .map(|cell| {
                String::from_utf8_lossy(cell)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .trim()
                    .to_string()
            })
            .collect();
        Ok(Import {
            bytes,
            encoding,
            start,
            delimiter: sniffed.delimiter,
            headers,
            header_line,
            preamble,
        })
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    pub fn delimiter(&self) -> Delimiter {
        self.delimiter
    }

    /// Semicolon files may use decimal commas; see [`parse_amount`].
    pub fn decimal_style(&self) -> DecimalStyle {
        match self.delimiter {
            Delimiter::Semicolon => DecimalStyle::PointOrComma,
            Delimiter::Comma | Delimiter::Tab => DecimalStyle::Point,
        }
    }

    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The physical line of the header (1 unless blank lines precede it).
    pub fn header_line(&self) -> usize {
        self.header_line
    }

    pub fn total_bytes(&self) -> usize {
        self.bytes.len()
    }

    /// [`guess_mapping`] for this file's headers.
    pub fn guess_mapping(&self) -> Mapping {
        guess_mapping(&self.headers)
    }

    /// The first `rows` data rows with content, for the mapping screen. Reads
    /// from the start each time; cheap for the few rows a screen shows.
    pub fn preview(&self, rows: usize) -> Vec<PreviewRow> {
        let (mut reader, mut lines) = self.open();
        let mut record = ByteRecord::new();
        let mut out = Vec::new();
        while out.len() < rows {
            let Some(line) = next(&mut reader, &mut record, &mut lines) else {
                break;
            };
            if record.iter().all(is_blank) {
                continue;
            }
            let cells = record
                .iter()
                .map(|cell| String::from_utf8_lossy(cell).trim().to_string())
                .collect();
            out.push(PreviewRow { line, cells });
        }
        out
    }

    /// Starts parsing the data rows with `mapping`. The import stays usable (to
    /// go back to the mapping screen); the parse shares its bytes.
    pub fn start(&self, mapping: &Mapping) -> Result<Parse, StartError> {
        let missing = mapping.missing_required();
        if !missing.is_empty() {
            return Err(StartError::MissingRequired(missing));
        }
        if let Some((field, column)) = mapping.fields().find(|&(_, c)| c >= self.headers.len()) {
            return Err(StartError::NoSuchColumn { field, column });
        }
        let required = |field| mapping.column(field).expect("required fields are mapped");
        let columns = Columns {
            customer: required(Field::Customer),
            name: mapping.column(Field::Name),
            sales: required(Field::Sales),
            profit: required(Field::Profit),
            previous_sales: mapping.column(Field::PreviousSales),
            satisfaction: mapping.column(Field::Satisfaction),
            loyalty: mapping.column(Field::Loyalty),
            price_only: mapping.column(Field::PriceOnly),
            days_overdue: mapping.column(Field::DaysOverdue),
        };
        let dataset = Dataset {
            customer: TextColumn::default(),
            name: columns.name.map(|_| TextColumn::default()),
            sales: Vec::new(),
            profit: Vec::new(),
            previous_sales: columns.previous_sales.map(|_| Vec::new()),
            satisfaction: columns.satisfaction.map(|_| Vec::new()),
            loyalty: columns.loyalty.map(|_| Vec::new()),
            price_only: columns.price_only.map(|_| Vec::new()),
            days_overdue: columns.days_overdue.map(|_| Vec::new()),
        };
        // Rows may stop early after the last named or mapped column: tools that
        // trim trailing empty cells, under a header Excel padded with blank names.
        let named = self.headers.iter().rposition(|h| !h.is_empty());
        let last_mapped = mapping.fields().map(|(_, c)| c).max();
        let min_fields = named.max(last_mapped).map_or(0, |c| c + 1);
        let (reader, lines) = self.open();
        Ok(Parse {
            reader,
            record: ByteRecord::new(),
            lines,
            total_bytes: self.bytes.len(),
            finished: false,
            reserved: false,
            read_all: false,
            at_sentinel: false,
            rows: Rows {
                headers: self.headers.clone(),
                width: self.headers.len(),
                min_fields,
                delimiter: self.delimiter.byte(),
                style: self.decimal_style(),
                columns,
                suspect_replacement: false,
                dataset,
                first_lines: Vec::new(),
                problems: Vec::new(),
                problem_count: 0,
                rejected_rows: 0,
                blank_rows: 0,
                rows_read: 0,
            },
        })
    }

    /// A reader positioned at the first data row, with its line count.
    fn open(&self) -> (csv::Reader<Source>, Lines) {
        let mut reader = csv_reader(
            Source::new(self.bytes.clone(), self.encoding, self.start),
            self.delimiter,
        );
        let mut record = ByteRecord::new();
        let mut lines = Lines::new();
        for _ in 0..self.preamble {
            next(&mut reader, &mut record, &mut lines);
        }
        (reader, lines)
    }
}

fn csv_reader(source: Source, delimiter: Delimiter) -> csv::Reader<Source> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        // Field counts are checked per row, to report them rather than stop.
        .flexible(true)
        .delimiter(delimiter.byte())
        .buffer_capacity(READ_BUFFER)
        .from_reader(source)
}

/// Reads the next record and returns its first physical line; `None` at the end.
fn next(
    reader: &mut csv::Reader<Source>,
    record: &mut ByteRecord,
    lines: &mut Lines,
) -> Option<usize> {
    match reader.read_byte_record(record) {
        Ok(true) => Some(lines.start_of(reader.position().line(), record)),
        _ => None,
    }
}

/// Tracks the physical line each record starts on. The reader's own record
/// position is the line after the previous record, which is wrong past blank
/// lines; its line count after a record is exact, and since every record ends
/// with a consumed `\n` (see [`Source`]), the start is that count less one less
/// the line breaks inside the record's quoted cells. Those are counted only when
/// the record advanced more than one line, which ordinary rows never do.
#[derive(Clone, Debug)]
struct Lines {
    /// The reader's line count after the previous record.
    after: u64,
}

impl Lines {
    fn new() -> Lines {
        Lines { after: 1 }
    }

    fn start_of(&mut self, after: u64, record: &ByteRecord) -> usize {
        let advanced = after.saturating_sub(self.after);
        self.after = after;
        let inner = if advanced <= 1 {
            0
        } else {
            record
                .iter()
                .map(|cell| cell.iter().filter(|&&b| b == b'\n').count() as u64)
                .sum()
        };
        after.saturating_sub(1 + inner).max(1) as usize
    }
}

/// White space only (ASCII, or any Unicode space such as U+3000).
fn is_blank(cell: &[u8]) -> bool {
    match cell.first() {
        None => true,
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => false,
        _ => std::str::from_utf8(cell).is_ok_and(|s| s.trim().is_empty()),
    }
}

/// The columns feeding each field, resolved from the [`Mapping`].
#[derive(Clone, Copy, Debug)]
struct Columns {
    customer: usize,
    name: Option<usize>,
    sales: usize,
    profit: usize,
    previous_sales: Option<usize>,
    satisfaction: Option<usize>,
    loyalty: Option<usize>,
    price_only: Option<usize>,
    days_overdue: Option<usize>,
}

/// A parse in progress. Step it until [`Progress::finished`], then
/// [`Parse::finish`].
pub struct Parse {
    reader: csv::Reader<Source>,
    /// Reused for every row, so reading allocates nothing per row.
    record: ByteRecord,
    lines: Lines,
    total_bytes: usize,
    finished: bool,
    /// The output columns have been sized from an estimate of the row count.
    reserved: bool,
    /// All rows are read; duplicates are looked for in the next step.
    read_all: bool,
    /// The last record read was [`decode::SENTINEL`]'s.
    at_sentinel: bool,
    rows: Rows,
}

/// Progress only, not the rows read so far.
impl std::fmt::Debug for Parse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parse")
            .field("progress", &self.progress())
            .finish_non_exhaustive()
    }
}

impl Parse {
    /// Reads up to `max_rows` more rows (good, bad or blank). Once all rows are
    /// read, one more step looks for repeated customer ids among the good rows
    /// (tens of milliseconds for a million rows) and finishes.
    pub fn step(&mut self, max_rows: usize) -> Progress {
        if self.read_all && !self.finished {
            self.rows.reject_duplicates();
            self.finished = true;
        }
        let mut taken = 0;
        while !self.read_all && taken < max_rows {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(true) => {
                    let line = self
                        .lines
                        .start_of(self.reader.position().line(), &self.record);
                    // Decoding runs ahead of the rows, so this is set before the
                    // first row holding a replaced byte is checked.
                    self.rows.suspect_replacement = self.reader.get_ref().had_errors();
                    self.rows.take(&self.record, line);
                    self.at_sentinel = decode::is_sentinel(&self.record);
                    taken += 1;
                }
                Ok(false) => {
                    if self.at_sentinel {
                        // Not the file's: taken as a blank row, now taken back.
                        self.rows.rows_read -= 1;
                        self.rows.blank_rows -= 1;
                    }
                    self.read_all = true;
                }
                Err(error) => {
                    let line = self.reader.position().line() as usize;
                    self.rows.problem(
                        line,
                        None,
                        error.to_string().as_bytes(),
                        ProblemReason::Unreadable,
                    );
                    self.rows.rejected_rows += 1;
                    self.read_all = true;
                }
            }
        }
        if !self.reserved && !self.read_all {
            self.reserve();
        }
        self.progress()
    }

    pub fn progress(&self) -> Progress {
        Progress {
            done_bytes: if self.read_all {
                self.total_bytes
            } else {
                self.reader.get_ref().consumed().min(self.total_bytes)
            },
            total_bytes: self.total_bytes,
            rows: self.rows.rows_read,
            finished: self.finished,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The result. Reads whatever rows remain first, so calling it early is
    /// allowed (it just does the rest in one go).
    pub fn finish(mut self) -> Parsed {
        while !self.finished {
            self.step(usize::MAX);
        }
        let rows = self.rows;
        Parsed {
            dataset: rows.dataset,
            problems: rows.problems,
            problem_count: rows.problem_count,
            rejected_rows: rows.rejected_rows,
            blank_rows: rows.blank_rows,
            rows_read: rows.rows_read,
        }
    }

    /// Once a fair sample has been read, sizes every output column for the
    /// estimated row count (plus a margin), so a million rows do not regrow and
    /// copy each buffer twenty times.
    fn reserve(&mut self) {
        const SAMPLE_BYTES: usize = 512 * 1024;
        let consumed = self.reader.get_ref().consumed();
        let rows = &mut self.rows;
        if consumed < SAMPLE_BYTES || rows.rows_read == 0 {
            return;
        }
        self.reserved = true;
        let per_row = consumed as f64 / rows.rows_read as f64;
        let estimate = (self.total_bytes as f64 / per_row * 1.1) as usize + 16;
        let more = estimate.saturating_sub(rows.rows_read);
        let dataset = &mut rows.dataset;
        let good = dataset.len().max(1);
        let text_per_row = |column: &TextColumn| column.text_len() / good + 1;
        let customer_bytes = text_per_row(&dataset.customer) * more;
        dataset.customer.reserve(more, customer_bytes);
        if let Some(names) = &mut dataset.name {
            let bytes = text_per_row(names) * more;
            names.reserve(more, bytes);
        }
        dataset.sales.reserve(more);
        dataset.profit.reserve(more);
        for column in [
            &mut dataset.previous_sales,
            &mut dataset.satisfaction,
            &mut dataset.loyalty,
            &mut dataset.days_overdue,
        ]
        .into_iter()
        .flatten()
        {
            column.reserve(more);
        }
        if let Some(flags) = &mut dataset.price_only {
            flags.reserve(more);
        }
        rows.first_lines.reserve(more);
    }
}

/// The rows read so far and what became of them.
struct Rows {
    headers: Vec<String>,
    /// Fields in the header.
    width: usize,
    /// Fewest fields a row may have (see [`Import::start`]).
    min_fields: usize,
    delimiter: u8,
    style: DecimalStyle,
    columns: Columns,
    /// The decoder met undefined bytes, so text cells are checked for the U+FFFD
    /// that replaced them.
    suspect_replacement: bool,
    /// The rows without problems in their cells; repeated ids are removed at the
    /// end ([`Rows::reject_duplicates`]).
    dataset: Dataset,
    /// The line each dataset row came from, for [`ProblemReason::Duplicate`].
    first_lines: Vec<usize>,
    problems: Vec<RowProblem>,
    problem_count: usize,
    rejected_rows: usize,
    blank_rows: usize,
    rows_read: usize,
}

impl Rows {
    /// Checks one row and adds it to the dataset or reports why not. All cells are
    /// checked so that one pass over a file finds all of a row's problems.
    fn take(&mut self, record: &ByteRecord, line: usize) {
        self.rows_read += 1;
        if record.iter().all(is_blank) {
            self.blank_rows += 1;
            return;
        }
        let found = record.len();
        let extra_content =
            found > self.width && record.iter().skip(self.width).any(|c| !is_blank(c));
        if found < self.min_fields || extra_content {
            let mut joined = Vec::new();
            for (i, cell) in record.iter().enumerate() {
                if i > 0 {
                    joined.push(self.delimiter);
                }
                joined.extend_from_slice(cell);
                if joined.len() > MAX_VALUE_CHARS * 4 {
                    break;
                }
            }
            let reason = ProblemReason::WrongFieldCount {
                expected: self.width,
                found,
            };
            self.problem(line, None, &joined, reason);
            self.rejected_rows += 1;
            return;
        }
        let c = self.columns;
        let mut bad = false;
        let customer = self.text(record, line, c.customer, true, &mut bad);
        let name = c
            .name
            .map(|col| self.text(record, line, col, false, &mut bad));
        let sales = self.number(record, line, c.sales, true, false, &mut bad);
        let profit = self.number(record, line, c.profit, true, false, &mut bad);
        let previous_sales = c
            .previous_sales
            .map(|col| self.number(record, line, col, false, false, &mut bad));
        let satisfaction = c
            .satisfaction
            .map(|col| self.number(record, line, col, false, true, &mut bad));
        let loyalty = c
            .loyalty
            .map(|col| self.number(record, line, col, false, true, &mut bad));
        let price_only = c
            .price_only
            .map(|col| self.flag(record, line, col, &mut bad));
        let days_overdue = c
            .days_overdue
            .map(|col| self.number(record, line, col, false, false, &mut bad));
        if bad {
            self.rejected_rows += 1;
            return;
        }
        let dataset = &mut self.dataset;
        dataset.customer.push(customer);
        if let (Some(names), Some(name)) = (&mut dataset.name, name) {
            names.push(name);
        }
        dataset.sales.push(sales);
        dataset.profit.push(profit);
        for (column, value) in [
            (&mut dataset.previous_sales, previous_sales),
            (&mut dataset.satisfaction, satisfaction),
            (&mut dataset.loyalty, loyalty),
            (&mut dataset.days_overdue, days_overdue),
        ] {
            if let (Some(column), Some(value)) = (column, value) {
                column.push(value);
            }
        }
        if let (Some(flags), Some(flag)) = (&mut dataset.price_only, price_only) {
            flags.push(flag);
        }
        self.first_lines.push(line);
    }

    fn text<'r>(
        &mut self,
        record: &'r ByteRecord,
        line: usize,
        column: usize,
        required: bool,
        bad: &mut bool,
    ) -> &'r str {
        let raw = record.get(column).unwrap_or_default();
        let reason = match std::str::from_utf8(raw) {
            Err(_) => ProblemReason::Undecodable,
            Ok(text) => {
                let text = text.trim();
                if required && text.is_empty() {
                    ProblemReason::MissingRequired
                } else if self.suspect_replacement && text.contains('\u{FFFD}') {
                    ProblemReason::Undecodable
                } else {
                    return text;
                }
            }
        };
        self.problem(line, Some(column), raw, reason);
        *bad = true;
        ""
    }

    fn number(
        &mut self,
        record: &ByteRecord,
        line: usize,
        column: usize,
        required: bool,
        rating: bool,
        bad: &mut bool,
    ) -> f64 {
        let raw = record.get(column).unwrap_or_default();
        let reason = match std::str::from_utf8(raw) {
            Err(_) => ProblemReason::Undecodable,
            Ok(text) => {
                let parsed = if rating {
                    parse_rating(text, self.style)
                } else {
                    parse_amount(text, self.style)
                };
                match parsed {
                    Ok(Some(value)) => return value,
                    Ok(None) if !required => return f64::NAN,
                    Ok(None) => ProblemReason::MissingRequired,
                    Err(error) => ProblemReason::NotANumber(error),
                }
            }
        };
        self.problem(line, Some(column), raw, reason);
        *bad = true;
        f64::NAN
    }

    fn flag(&mut self, record: &ByteRecord, line: usize, column: usize, bad: &mut bool) -> bool {
        let raw = record.get(column).unwrap_or_default();
        let reason = match std::str::from_utf8(raw) {
            Err(_) => ProblemReason::Undecodable,
            Ok(text) => match parse_flag(text) {
                Some(flag) => return flag,
                None => ProblemReason::BadFlag,
            },
        };
        self.problem(line, Some(column), raw, reason);
        *bad = true;
        false
    }

    /// Takes the rows whose customer id repeats an earlier good row's out of the
    /// dataset, each with a [`ProblemReason::Duplicate`]. Done once at the end
    /// rather than row by row: see [`TextColumn::duplicates`]. The problems join
    /// the others in line order, still capped.
    fn reject_duplicates(&mut self) {
        let repeats = self.dataset.customer.duplicates();
        if repeats.is_empty() {
            return;
        }
        let column = self.headers[self.columns.customer].clone();
        let mut found = Vec::new();
        for &(row, first) in &repeats {
            if found.len() == MAX_STORED_PROBLEMS {
                break;
            }
            found.push(RowProblem {
                line: self.first_lines[row],
                column: column.clone(),
                value: shorten(self.dataset.customer.get(row)),
                reason: ProblemReason::Duplicate {
                    first_line: self.first_lines[first],
                },
            });
        }
        self.problem_count += repeats.len();
        self.rejected_rows += repeats.len();
        // Both lists are in line order and no row is in both (a row with a bad
        // cell never reached the dataset).
        let mut earlier = std::mem::take(&mut self.problems).into_iter().peekable();
        let mut found = found.into_iter().peekable();
        while self.problems.len() < MAX_STORED_PROBLEMS {
            let next = match (earlier.peek(), found.peek()) {
                (Some(a), Some(b)) if a.line > b.line => found.next(),
                (Some(_), _) => earlier.next(),
                (None, _) => found.next(),
            };
            let Some(problem) = next else { break };
            self.problems.push(problem);
        }
        let rows: Vec<usize> = repeats.iter().map(|&(row, _)| row).collect();
        self.dataset.remove_rows(&rows);
        self.first_lines.clear();
    }

    /// Counts a problem and keeps it if under the cap; only kept problems cost a
    /// `String`.
    fn problem(&mut self, line: usize, column: Option<usize>, value: &[u8], reason: ProblemReason) {
        self.problem_count += 1;
        if self.problems.len() >= MAX_STORED_PROBLEMS {
            return;
        }
        self.problems.push(RowProblem {
            line,
            column: column
                .and_then(|c| self.headers.get(c).cloned())
                .unwrap_or_default(),
            value: shorten(&String::from_utf8_lossy(value)),
            reason,
        });
    }
}

/// A cell as a problem shows it: trimmed, and cut at [`MAX_VALUE_CHARS`].
fn shorten(value: &str) -> String {
    let value = value.trim();
    match value.char_indices().nth(MAX_VALUE_CHARS) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_string(),
    }
}
