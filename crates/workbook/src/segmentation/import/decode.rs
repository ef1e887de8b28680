//! Reading an imported file's bytes as text: which encoding they are in
//! ([`detect`]), a `Read` that streams them as UTF-8 a bounded chunk at a time
//! with every line ending made `\n` ([`Source`]), and which delimiter the header
//! uses ([`sniff`]).

use std::io::{self, Read};
use std::sync::Arc;

use encoding_rs::{CoderResult, Decoder, GB18030, UTF_16BE, UTF_16LE};

use super::ImportError;

/// The text encodings an import understands. Detection, in order: a byte-order
/// mark decides (UTF-8, UTF-16LE, UTF-16BE); .xlsx/.xls files are refused with a
/// hint; zero bytes in the first 4 KiB mean UTF-16 without a mark (zeros in the
/// high bytes) or not text at all; otherwise UTF-8 if the file is valid UTF-8 or
/// nearly so (at most one bad sequence per hundred multi-byte characters, whose
/// cells are then reported as undecodable), else GB18030.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark (what most tools write).
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16 little-endian (Excel's "Unicode text", tab-delimited), with a
    /// byte-order mark or recognised by its zero bytes.
    Utf16Le,
    Utf16Be,
    /// GB18030, a superset of GBK: what Chinese Excel writes as "CSV". Chosen for
    /// any file without a byte-order mark that is not valid UTF-8.
    Gb18030,
}

impl Encoding {
    /// The name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030 (GBK)",
        }
    }

    /// Whether the bytes are transcoded (so a cell can hold U+FFFD for bytes the
    /// encoding does not define).
    pub fn is_transcoded(self) -> bool {
        !matches!(self, Encoding::Utf8 | Encoding::Utf8Bom)
    }

    fn decoder(self) -> Option<Decoder> {
        // Byte-order marks are skipped by `detect`, so the decoders must not look
        // for one again.
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => None,
            Encoding::Utf16Le => Some(UTF_16LE.new_decoder_without_bom_handling()),
            Encoding::Utf16Be => Some(UTF_16BE.new_decoder_without_bom_handling()),
            Encoding::Gb18030 => Some(GB18030.new_decoder_without_bom_handling()),
        }
    }
}

/// The delimiters a file may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

impl Delimiter {
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }

    /// The name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma",
            Delimiter::Semicolon => "semicolon",
            Delimiter::Tab => "tab",
        }
    }

    fn from_byte(b: u8) -> Option<Delimiter> {
        match b {
            b',' => Some(Delimiter::Comma),
            b';' => Some(Delimiter::Semicolon),
            b'\t' => Some(Delimiter::Tab),
            _ => None,
        }
    }
}

/// How many leading bytes the zero-byte test for UTF-16 without a mark reads.
const SAMPLE: usize = 4096;

/// Finds the encoding (rules at [`Encoding`]) and where the text starts (after
/// any byte-order mark). The UTF-8 check reads the whole file once (the standard
/// library's validator: about 10 ms for 40 MB) because a GBK file may be ASCII
/// for its first megabytes.
pub fn detect(bytes: &[u8]) -> Result<(Encoding, usize), ImportError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Ok((Encoding::Utf8Bom, 3));
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return Ok((Encoding::Utf16Le, 2));
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Ok((Encoding::Utf16Be, 2));
    }
    // .xlsx (a zip) and .xls (an OLE compound file).
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(ImportError::Spreadsheet);
    }
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    if sample.contains(&0) {
        let pairs = sample.len() / 2;
        let zeros = |parity: usize| {
            sample
                .iter()
                .skip(parity)
                .step_by(2)
                .filter(|&&b| b == 0)
                .count()
        };
        let (even, odd) = (zeros(0), zeros(1));
        // Latin text in UTF-16 has a zero in most high bytes and in no low byte.
        return if odd * 3 >= pairs && even * 10 <= pairs {
            Ok((Encoding::Utf16Le, 0))
        } else if even * 3 >= pairs && odd * 10 <= pairs {
            Ok((Encoding::Utf16Be, 0))
        } else {
            Err(ImportError::NotText)
        };
    }
    if looks_like_utf8(bytes) {
        Ok((Encoding::Utf8, 0))
    } else {
        Ok((Encoding::Gb18030, 0))
    }
}

/// Valid UTF-8, or UTF-8 with a few bad bytes: at most one invalid sequence per
/// hundred valid multi-byte characters (a file cut mid-character, one name pasted
/// from a GBK source). Decoding such a file as GB18030 would garble all its
/// Chinese text for the sake of a few cells, which are better reported as
/// undecodable. GBK text forms valid multi-byte UTF-8 only by chance, so a GBK
/// file fails this within its first invalid sequences.
fn looks_like_utf8(bytes: &[u8]) -> bool {
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let leads = |valid: &[u8]| valid.iter().filter(|&&b| b >= 0xC0).count();
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                multibyte += leads(valid.as_bytes());
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                multibyte += leads(valid);
                invalid += 1;
                if invalid >= 64 && invalid * 100 > multibyte {
                    return false;
                }
                rest = &after[error.error_len().unwrap_or(after.len())..];
            }
        }
    }
    invalid * 100 <= multibyte
}

/// Input bytes decoded per refill of a transcoding [`Source`]: bounds the work a
/// parse step does beyond its rows, and the buffer.
const DECODE_CHUNK: usize = 64 * 1024;

/// Appended after the text (see [`Source`]). In a file that ends outside quotes,
/// as almost all do, it reads as one last record of a single cell `"\n"`, which
/// [`is_sentinel`] recognises so the parse can leave it out.
pub const SENTINEL: &[u8] = b"\"\n";

/// Whether a record is the one [`SENTINEL`] makes at the end of a file. (A file
/// whose last line is a lone unclosed `"` gives the same record; it is blank
/// either way.)
pub fn is_sentinel(record: &csv::ByteRecord) -> bool {
    record.len() == 1 && &record[0] == b"\n"
}

/// The file's text as UTF-8 for the CSV reader, produced on demand: valid UTF-8 is
/// read in place (the bytes are shared, never copied whole); other encodings are
/// decoded [`DECODE_CHUNK`] bytes at a time with encoding_rs's streaming decoder,
/// so a parse step decodes only what its rows need.
///
/// Line endings become `\n` (`\r\n` and a lone `\r`, old Mac files) and the text
/// always ends with one, then with [`SENTINEL`]. The CSV reader counts lines by
/// `\n` and, after a `\r\n` record end, leaves the `\n` for the next record; with
/// one kind of ending, always consumed with the record it ends, a record's first
/// line is its last line minus the line breaks inside it (see `Lines` in the
/// parent module). The sentinel keeps that true for a file that ends inside an
/// unclosed quote: its `"` closes the quote and its `\n` ends the record.
pub struct Source {
    bytes: Arc<Vec<u8>>,
    /// The next input byte.
    pos: usize,
    decoder: Option<Decoder>,
    /// Decoded text not yet handed out: `decoded[decoded_pos..]`.
    decoded: Vec<u8>,
    decoded_pos: usize,
    /// The decoder has been given its last input.
    flushed: bool,
    /// The previous byte handed out was a `\r` made `\n`, so a `\n` next is
    /// its other half.
    after_cr: bool,
    /// Nothing handed out yet, or the last byte was `\n`.
    at_line_start: bool,
    /// What is still to be handed out after the text: a final `\n` if the text
    /// lacks one, then [`SENTINEL`]. `None` until the text is exhausted.
    tail: Option<(&'static [u8], usize)>,
    had_errors: bool,
}

impl Source {
    pub fn new(bytes: Arc<Vec<u8>>, encoding: Encoding, start: usize) -> Source {
        let pos = start.min(bytes.len());
        Source {
            bytes,
            pos,
            decoder: encoding.decoder(),
            decoded: Vec::new(),
            decoded_pos: 0,
            flushed: false,
            after_cr: false,
            at_line_start: true,
            tail: None,
            had_errors: false,
        }
    }

    /// Input bytes consumed so far (the CSV reader reads a buffer ahead of the
    /// record it returns).
    pub fn consumed(&self) -> usize {
        self.pos
    }

    /// Whether decoding met bytes the encoding does not define (each became
    /// U+FFFD). Always false for UTF-8, which is passed through.
    pub fn had_errors(&self) -> bool {
        self.had_errors
    }

    /// Decodes the next chunk into `decoded`; false once all input is decoded.
    fn refill(&mut self) -> bool {
        let Some(decoder) = self.decoder.as_mut() else {
            return false;
        };
        while !self.flushed {
            let end = (self.pos + DECODE_CHUNK).min(self.bytes.len());
            let last = end == self.bytes.len();
            let room = decoder
                .max_utf8_buffer_length(end - self.pos)
                .unwrap_or(DECODE_CHUNK * 4);
            self.decoded.clear();
            self.decoded.resize(room, 0);
            self.decoded_pos = 0;
            let (result, read, written, errors) =
                decoder.decode_to_utf8(&self.bytes[self.pos..end], &mut self.decoded, last);
            self.pos += read;
            self.decoded.truncate(written);
            self.had_errors |= errors;
            if last && result == CoderResult::InputEmpty && self.pos == end {
                self.flushed = true;
            }
            if written > 0 {
                return true;
            }
        }
        false
    }
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source")
            .field("consumed", &self.consumed())
            .field("had_errors", &self.had_errors)
            .finish_non_exhaustive()
    }
}

impl Read for Source {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            let src: &[u8] = if self.decoder.is_some() {
                if self.decoded_pos == self.decoded.len() && !self.refill() {
                    break;
                }
                &self.decoded[self.decoded_pos..]
            } else {
                if self.pos == self.bytes.len() {
                    break;
                }
                &self.bytes[self.pos..]
            };
            let (consumed, written) = normalise_newlines(src, buf, &mut self.after_cr);
            if self.decoder.is_some() {
                self.decoded_pos += consumed;
            } else {
                self.pos += consumed;
            }
            if written > 0 {
                self.at_line_start = buf[written - 1] == b'\n';
                return Ok(written);
            }
        }
        let at_line_start = self.at_line_start;
        let (tail, done) = self.tail.get_or_insert_with(|| {
            let tail: &'static [u8] = if at_line_start { SENTINEL } else { b"\n\"\n" };
            (tail, 0)
        });
        let n = (tail.len() - *done).min(buf.len());
        buf[..n].copy_from_slice(&tail[*done..*done + n]);
        *done += n;
        Ok(n)
    }
}

/// Copies `src` into `dst` turning `\r\n` and lone `\r` into `\n`; `after_cr`
/// carries a `\r` at the end of one call over to a `\n` at the start of the next.
/// Returns (bytes consumed, bytes written); written ≤ consumed.
fn normalise_newlines(src: &[u8], dst: &mut [u8], after_cr: &mut bool) -> (usize, usize) {
    let mut i = 0;
    let mut w = 0;
    if *after_cr && !src.is_empty() {
        *after_cr = false;
        if src[0] == b'\n' {
            i = 1;
        }
    }
    while i < src.len() && w < dst.len() {
        let room = dst.len() - w;
        let window = &src[i..src.len().min(i + room)];
        match window.iter().position(|&b| b == b'\r') {
            None => {
                dst[w..w + window.len()].copy_from_slice(window);
                w += window.len();
                i += window.len();
            }
            Some(k) => {
                dst[w..w + k].copy_from_slice(&window[..k]);
                w += k;
                dst[w] = b'\n';
                w += 1;
                i += k + 1;
                if i < src.len() {
                    if src[i] == b'\n' {
                        i += 1;
                    }
                } else {
                    *after_cr = true;
                }
            }
        }
    }
    (i, w)
}

/// What [`sniff`] found at the head of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sniffed {
    pub delimiter: Delimiter,
    /// The first line is Excel's `sep=;` hint, not the header.
    pub sep_line: bool,
}

/// Picks the delimiter from the header: the first line with content (blank lines
/// and lines of bare delimiters are skipped, as the reader skips them), counting
/// commas, semicolons and tabs outside double quotes; the most frequent wins, a
/// tie going to tab, then semicolon, then comma (commas are the likeliest to occur
/// inside a header name). No delimiter at all is a one-column comma file. Excel's
/// `sep=X` first line names the delimiter outright. `head` is the start of the
/// text with `\n` line endings.
pub fn sniff(head: &[u8]) -> Sniffed {
    let mut line_start = 0;
    let mut in_quotes = false;
    let mut counts = [0usize; 3]; // comma, semicolon, tab
    let mut content = false;
    let mut end = head.len();
    for (i, &b) in head.iter().enumerate() {
        match b {
            b'"' => {
                in_quotes = !in_quotes;
                content = true;
            }
            b'\n' if !in_quotes => {
                if content {
                    end = i;
                    break;
                }
                line_start = i + 1;
                counts = [0; 3];
            }
            _ if in_quotes => {}
            b',' => counts[0] += 1,
            b';' => counts[1] += 1,
            b'\t' => counts[2] += 1,
            b' ' => {}
            _ => content = true,
        }
    }
    let line = &head[line_start..end];
    // Only spaces are trimmed: `sep=` may name the tab.
    let first = line.iter().position(|&b| b != b' ').unwrap_or(line.len());
    let last = line
        .iter()
        .rposition(|&b| b != b' ')
        .map_or(first, |i| i + 1);
    let trimmed = &line[first..last.max(first)];
    if trimmed.len() == 5 && trimmed[..4].eq_ignore_ascii_case(b"sep=") {
        if let Some(delimiter) = Delimiter::from_byte(trimmed[4]) {
            return Sniffed {
                delimiter,
                sep_line: true,
            };
        }
    }
    let [comma, semicolon, tab] = counts;
    let delimiter = if tab > 0 && tab >= semicolon && tab >= comma {
        Delimiter::Tab
    } else if semicolon > 0 && semicolon >= comma {
        Delimiter::Semicolon
    } else {
        Delimiter::Comma
    };
    Sniffed {
        delimiter,
        sep_line: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(mut source: Source, chunk: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut buf = vec![0u8; chunk];
        loop {
            let n = source.read(&mut buf).unwrap();
            if n == 0 {
                return out;
            }
            out.extend_from_slice(&buf[..n]);
        }
    }

    /// The text a source gives, less the sentinel (checked).
    fn text_of(bytes: &[u8], chunk: usize) -> String {
        let (encoding, start) = detect(bytes).unwrap();
        let source = Source::new(Arc::new(bytes.to_vec()), encoding, start);
        let mut text = read_all(source, chunk);
        assert!(text.ends_with(SENTINEL));
        text.truncate(text.len() - SENTINEL.len());
        String::from_utf8(text).unwrap()
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = (if bom { "\u{feff}" } else { "" })
            .encode_utf16()
            .chain(text.encode_utf16());
        for unit in units {
            out.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    }

    #[test]
    fn detect_table() {
        let text = "客户编号,销售额\nC1,100\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        type Case = (Vec<u8>, Result<(Encoding, usize), ImportError>);
        let cases: Vec<Case> = vec![
            (text.as_bytes().to_vec(), Ok((Encoding::Utf8, 0))),
            (b"id,sales\n1,2\n".to_vec(), Ok((Encoding::Utf8, 0))),
            (
                [b"\xEF\xBB\xBF", text.as_bytes()].concat(),
                Ok((Encoding::Utf8Bom, 3)),
            ),
            (utf16(text, false, true), Ok((Encoding::Utf16Le, 2))),
            (utf16(text, true, true), Ok((Encoding::Utf16Be, 2))),
            (
                utf16("id\tsales\n", false, false),
                Ok((Encoding::Utf16Le, 0)),
            ),
            (
                utf16("id\tsales\n", true, false),
                Ok((Encoding::Utf16Be, 0)),
            ),
            (gbk.into_owned(), Ok((Encoding::Gb18030, 0))),
            (b"PK\x03\x04rest".to_vec(), Err(ImportError::Spreadsheet)),
            (
                b"\xD0\xCF\x11\xE0\xA1\xB1".to_vec(),
                Err(ImportError::Spreadsheet),
            ),
            (vec![0, 0, 0, 0, 1, 2, 0, 0], Err(ImportError::NotText)),
            (Vec::new(), Ok((Encoding::Utf8, 0))),
        ];
        for (bytes, want) in cases {
            assert_eq!(detect(&bytes), want, "{bytes:?}");
        }
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        let names = "北京智讯科技有限公司,".repeat(20);
        // One stray byte among 200 Chinese characters; a file cut mid-character.
        let stray = [names.as_bytes(), b"\xFF", names.as_bytes()].concat();
        let cut = &names.as_bytes()[..names.len() - 1];
        assert_eq!(detect(&stray), Ok((Encoding::Utf8, 0)));
        assert_eq!(detect(cut), Ok((Encoding::Utf8, 0)));
        // Too many bad bytes for the text around them: GB18030.
        let mostly_bad = [b"\xC0\xC1\xF8", names.as_bytes()].concat();
        assert_eq!(detect(&mostly_bad[..30]), Ok((Encoding::Gb18030, 0)));
        let (gbk, _, _) = encoding_rs::GBK.encode(&names);
        assert_eq!(detect(&gbk), Ok((Encoding::Gb18030, 0)));
    }

    #[test]
    fn every_encoding_streams_to_the_same_text_whatever_the_read_size() {
        let text = "客户编号,客户名称\r\nC1,\"北京\r\n智讯\"\r\nC2,上海🚀\r\n";
        let want = "客户编号,客户名称\nC1,\"北京\n智讯\"\nC2,上海🚀\n";
        let (gb, _, _) = encoding_rs::GB18030.encode(text);
        let inputs = [
            text.as_bytes().to_vec(),
            [b"\xEF\xBB\xBF", text.as_bytes()].concat(),
            utf16(text, false, true),
            utf16(text, true, true),
            gb.into_owned(),
        ];
        for bytes in &inputs {
            for chunk in [1, 2, 3, 7, 64, 8192] {
                assert_eq!(text_of(bytes, chunk), want, "chunk {chunk}: {bytes:?}");
            }
        }
    }

    #[test]
    fn large_transcoded_input_is_decoded_across_many_chunks() {
        // Several decode chunks, with characters split across chunk borders.
        let line = "客户甲,一二三\n";
        let text = line.repeat(DECODE_CHUNK / 5);
        let (gb, _, _) = encoding_rs::GBK.encode(&text);
        assert!(gb.len() > 2 * DECODE_CHUNK);
        assert_eq!(text_of(&gb, 8192), text);
        let mut source = Source::new(Arc::new(gb.into_owned()), Encoding::Gb18030, 0);
        let mut buf = [0u8; 100];
        source.read_exact(&mut buf).unwrap();
        assert!(source.consumed() <= DECODE_CHUNK, "decodes on demand");
        assert!(!source.had_errors());
    }

    #[test]
    fn undefined_bytes_are_flagged() {
        // 0xFF is never valid in GB18030.
        let bytes = b"id,name\n1,\xC4\xE3\xFF\n".to_vec();
        let (encoding, start) = detect(&bytes).unwrap();
        assert_eq!(encoding, Encoding::Gb18030);
        let mut source = Source::new(Arc::new(bytes), encoding, start);
        let mut out = String::new();
        source.read_to_string(&mut out).unwrap();
        assert!(out.contains('\u{FFFD}'));
        assert!(source.had_errors());
    }

    #[test]
    fn line_endings_are_normalised_and_the_text_ends_with_one() {
        let cases = [
            ("a\nb", "a\nb\n"),
            ("a\r\nb\r\n", "a\nb\n"),
            ("a\rb\r", "a\nb\n"),
            ("a\r\r\nb", "a\n\nb\n"),
            ("a\n\r\n", "a\n\n"),
            ("", ""),
            ("x", "x\n"),
        ];
        for (input, want) in cases {
            for chunk in [1, 2, 100] {
                assert_eq!(
                    text_of(input.as_bytes(), chunk),
                    want,
                    "{input:?} by {chunk}"
                );
            }
        }
    }

    #[test]
    fn sniff_table() {
        let tab = |delimiter| Sniffed {
            delimiter,
            sep_line: false,
        };
        let cases: &[(&str, Sniffed)] = &[
            ("id,name,sales\n1,2,3\n", tab(Delimiter::Comma)),
            ("id;name;sales\n", tab(Delimiter::Semicolon)),
            ("id\tname\tsales\n", tab(Delimiter::Tab)),
            ("Kunde;Umsatz, EUR;Gewinn\n", tab(Delimiter::Semicolon)),
            ("客户\t销售额, 元\t利润\n", tab(Delimiter::Tab)),
            ("\"a,b,c\";d\n", tab(Delimiter::Semicolon)),
            ("\"x\ny,z,w\";d\n1;2\n", tab(Delimiter::Semicolon)),
            ("\n\n,,,\nid;sales\n", tab(Delimiter::Semicolon)),
            ("id\n1\n", tab(Delimiter::Comma)),
            ("a,b;c\n", tab(Delimiter::Semicolon)),
            ("a,b\tc\n", tab(Delimiter::Tab)),
            ("no newline;at all", tab(Delimiter::Semicolon)),
            (
                "sep=;\nid,name;sales\n",
                Sniffed {
                    delimiter: Delimiter::Semicolon,
                    sep_line: true,
                },
            ),
            (
                "SEP=\t\nid,x\n",
                Sniffed {
                    delimiter: Delimiter::Tab,
                    sep_line: true,
                },
            ),
            ("sep=|\nid,x\n", tab(Delimiter::Comma)),
        ];
        for (head, want) in cases {
            assert_eq!(sniff(head.as_bytes()), *want, "{head:?}");
        }
    }
}
