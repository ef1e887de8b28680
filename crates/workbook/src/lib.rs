//! The CRM strategy workbook's domain: every worksheet's types, their scoring, the
//! JSON codec and the demo workbook. It knows nothing of browsers or UI; the app
//! crate adapts it to the web.

pub mod action_plan;
pub mod codec;
pub mod completion;
pub mod csv_table;
pub mod customers;
pub mod demo;
pub mod external;
pub mod history;
pub mod ids;
pub mod import_preview;
pub mod internal;
pub mod issues;
pub mod kept_fields;
pub mod key_value;
pub mod lang;
pub mod library;
pub mod library_file;
pub mod loyalty_classes;
pub mod merge;
pub mod number;
pub mod obl;
pub mod order;
pub mod readiness;
pub mod report;
pub mod rows;
pub mod safekeeping;
pub mod score;
pub mod scorecard;
pub mod seed;
pub mod segmentation;
pub mod swot;
pub mod value_score;
pub mod workbook;
pub mod worksheet;

pub use ids::RowId;
pub use lang::Lang;
pub use score::{Score, ScoreError};
pub use workbook::Workbook;
pub use worksheet::{Route, Worksheet};
