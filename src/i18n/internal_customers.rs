//! (being written) Strings of the internal_customers worksheet.
