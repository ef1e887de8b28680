//! Charts as files: the SVG text of a chart, drawn by the very code that draws it on
//! screen, through [`AnyBackend`].

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::any_backend::AnyBackend;
use crate::error::error_text;

/// The drawing area every chart is drawn on by the app: one backend type for the
/// canvas and for SVG, so each chart is compiled once.
pub type AnyArea<'a> = DrawingArea<AnyBackend<'a>, Shift>;

/// Draws a chart of `size` (width, height in CSS pixels) on a white background and
/// returns the SVG document. `draw` is the same function the canvas runs.
pub fn svg<F>(size: (u32, u32), draw: F) -> Result<String, String>
where
    F: FnOnce(&AnyArea<'_>) -> Result<(), String>,
{
    let mut out = String::new();
    {
        let area = AnyBackend::new(SVGBackend::with_string(&mut out, size)).into_drawing_area();
        area.fill(&WHITE).map_err(|e| error_text(&e))?;
        draw(&area)?;
        area.present().map_err(|e| error_text(&e))?;
    }
    Ok(out)
}
