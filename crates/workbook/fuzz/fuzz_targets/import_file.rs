//! Any file a user may choose to import, as `library_file::read_any` reads it: a
//! single workbook or a library of them ("export all"), or anything else. It must
//! return the workbooks or an error, never panic; and the workbooks of an accepted
//! library file must survive being written out as one and read back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workbook::library_file::{self, Contents};

fuzz_target!(|data: &[u8]| {
    let Ok(Contents::Many(decoded)) = library_file::read_any(data) else {
        return;
    };
    let workbooks: Vec<_> = decoded.into_iter().map(|d| d.workbook).collect();
    let written = library_file::encode_all(&workbooks, "fuzz", "2026-01-01T00:00:00Z", false);
    let Ok(Contents::Many(again)) = library_file::read_any(written.as_bytes()) else {
        panic!("a library file this build wrote does not read back");
    };
    let again: Vec<_> = again.into_iter().map(|d| d.workbook).collect();
    assert_eq!(again, workbooks, "library file round trip");
});
