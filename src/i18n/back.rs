//! (being written) Strings of the back worksheet.
