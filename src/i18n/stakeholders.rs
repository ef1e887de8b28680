//! (being written) Strings of the stakeholders worksheet.
