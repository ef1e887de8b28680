//! One page per route: the overview and each worksheet.

pub mod not_built;
pub mod overview;
pub mod swot;
