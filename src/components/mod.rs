//! Reusable UI pieces: header, navigation, notices, score field, chart, SWOT board.

pub mod chart;
pub mod fields;
pub mod header;
pub mod nav;
pub mod notices;
pub mod number_input;
pub mod row_list;
pub mod score_input;
pub mod send_to_swot;
pub mod swot_board;
