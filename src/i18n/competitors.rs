//! (being written) Strings of the competitors worksheet.
