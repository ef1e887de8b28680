//! A saved or shared workbook file (JSON text) as anyone could craft it: `decode`
//! must return a workbook or an error, never panic; and whatever it accepts must
//! survive being written out and read back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workbook::codec;
use workbook::segmentation::binary;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(decoded) = codec::decode(text) else {
        return;
    };
    let written = codec::encode_with_dataset(
        &decoded.workbook,
        decoded.customer_rows.as_ref(),
        &decoded.app_version,
        &decoded.saved_at,
        false,
    );
    let again = codec::decode(&written).expect("a file this build wrote decodes");
    assert_eq!(
        again.workbook, decoded.workbook,
        "workbook changed by a round trip"
    );
    // Compared in their stored form: a blank amount is NaN, and NaN != NaN.
    assert_eq!(
        again.customer_rows.as_ref().map(binary::encode),
        decoded.customer_rows.as_ref().map(binary::encode),
        "customer rows changed by a round trip"
    );
});
