//! (being written) Strings of the seven_s worksheet.
