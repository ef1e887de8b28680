//! (being written) Strings of the pestle worksheet.
