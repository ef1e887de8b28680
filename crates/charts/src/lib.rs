//! Charts of the CRM strategy workbook: plotters drawings of domain scores, generic over
//! any `DrawingBackend` (the browser's canvas in the app, SVG in the tests).
//!
//! Each chart family is a sibling module taking domain types and a struct of
//! already-translated labels; [`style`] holds what they share. Charts fill their area but
//! never call `present`, so the caller may put several charts on one backend.

pub mod error;
pub mod style;
pub mod swot;

pub use error::{error_text, ChartResult};
pub use style::Palette;
pub use swot::{swot_posture, swot_totals, SwotChartText, POSTURE_ORDER};
