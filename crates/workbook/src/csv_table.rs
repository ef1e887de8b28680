//! (being written) CSV export of tables.
