//! A customer file (CSV/TSV in any encoding) through the whole import as the app
//! runs it: open, guess the mapping, start, read in small steps to the end, finish.
//! Nothing may panic, every row must be accounted for, and the good rows must
//! survive the binary form they are stored in.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workbook::segmentation::binary;
use workbook::segmentation::import::Import;

fuzz_target!(|data: &[u8]| {
    let Ok(import) = Import::new(data.to_vec()) else {
        return;
    };
    let _ = import.preview(5);
    let mapping = import.guess_mapping();
    let Ok(mut parse) = import.start(&mapping) else {
        return;
    };
    let mut steps = 0usize;
    while !parse.is_finished() {
        let progress = parse.step(3);
        assert!(progress.done_bytes <= progress.total_bytes);
        steps += 1;
        assert!(steps <= data.len() + 2, "the parse does not advance");
    }
    let parsed = parse.finish();
    assert_eq!(
        parsed.rows_read,
        parsed.dataset.len() + parsed.rejected_rows + parsed.blank_rows,
        "every row is imported, rejected or blank"
    );
    assert!(parsed.problems.len() <= parsed.problem_count);
    let stored = binary::encode(&parsed.dataset);
    let loaded = binary::decode(&stored).expect("an imported dataset stores and loads");
    assert_eq!(binary::encode(&loaded), stored);
});
