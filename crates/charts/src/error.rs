//! The result type every chart returns, and turning its error into text for the UI.

use std::error::Error;

use plotters::prelude::{DrawingAreaErrorKind, DrawingBackend};

/// What every chart function returns: the backend's own error, untouched, so the caller
/// decides whether to log it, show it or ignore it.
pub type ChartResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A one-line description of a drawing error, for a console message or a fallback text
/// where the chart should have been.
pub fn error_text<E: Error + Send + Sync>(err: &DrawingAreaErrorKind<E>) -> String {
    format!("chart drawing failed: {err}")
}
