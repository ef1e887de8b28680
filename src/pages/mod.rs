//! One page per route: the library, the overview, each worksheet, the report and
//! the team merge.

pub mod back;
pub mod competitors;
pub mod customers;
pub mod gaps;
pub mod internal_customers;
pub mod library;
pub mod loyalty;
pub mod merge;
pub mod obl;
pub mod overview;
pub mod pestle;
pub mod profile;
pub mod report;
pub mod segmentation;
pub mod seven_s;
pub mod stakeholders;
pub mod swot;
