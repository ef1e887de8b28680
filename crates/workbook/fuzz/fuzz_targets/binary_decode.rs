//! The customer rows' binary form as read back from IndexedDB, where anything
//! (another build, a corrupted store, a hostile extension) may have written it:
//! `decode` must refuse or return a valid dataset, never panic or over-allocate;
//! an accepted input is canonical (writing it back gives the same bytes).
#![no_main]

use libfuzzer_sys::fuzz_target;
use workbook::segmentation::binary;

fuzz_target!(|data: &[u8]| {
    if let Ok(dataset) = binary::decode(data) {
        assert_eq!(
            binary::encode(&dataset),
            data,
            "accepted bytes are canonical"
        );
    }
});
