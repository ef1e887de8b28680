//! Reusable UI pieces: header, navigation, notices, score field, chart, SWOT board.

pub mod chart;
pub mod header;
pub mod nav;
pub mod notices;
pub mod score_input;
pub mod swot_board;
