//! One page per route: the library, the overview, each worksheet, the report and
//! the team merge.

pub mod library;
pub mod merge;
pub mod overview;
pub mod report;
