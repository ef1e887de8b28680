//! Reusable UI pieces: header, navigation, notices, fields, guidance, chart, SWOT board, and
//! the customer data import, threshold field and customer list.

pub mod backups;
pub mod chart;
pub mod chart_export;
pub mod customer_list;
pub mod fields;
pub mod guidance;
pub mod header;
pub mod import_rows;
pub mod nav;
pub mod notices;
pub mod number_input;
pub mod row_list;
pub mod score_input;
pub mod send_to_swot;
pub mod swot_board;
pub mod text_measure;
pub mod threshold_input;
pub mod workbook_import;
