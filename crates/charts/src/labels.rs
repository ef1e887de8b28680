//! Label areas sized from the text they hold: the strip left (or right) of a plot for a
//! value axis's tick labels and its rotated caption, and the strip under it for the
//! category names or tick labels and the caption there.
//!
//! Fixed pixel sizes fitted the English labels they were chosen for and nothing else: a
//! Chinese caption such as “每年流失的收入” is taller per line than the Latin one, and a
//! tick such as “1234.6万” is wider than “1.2M”, so in Chinese the rotated caption was
//! drawn over the tick labels. Every size here is measured on the area the chart draws
//! on, with the styles the mesh draws with, so whatever the backend measures (the canvas
//! in the browser, plotters' estimate natively) the area holds it.
//!
//! The rule mirrors how plotters lays out an axis: a tick label stands [`TICK_ROOM`]
//! pixels from the axis (twice the 5-pixel tick mark), and the caption is drawn against
//! the outer edge of the area; between them [`CAPTION_GAP`] keeps the two apart.

use plotters::coord::ranged1d::Ranged;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::style::{self, size};

/// How far plotters puts a tick label from its axis: twice the default tick mark.
pub const TICK_ROOM: u32 = 10;

/// Room between the tick labels and the caption beyond them.
pub const CAPTION_GAP: u32 = 6;

/// Room between the caption and the edge of the label area, so a descender or a
/// rounding of the measure does not touch the chart's margin.
pub const EDGE: u32 = 2;

/// The tick labels plotters writes on a value axis from `low` to `high` asked for at
/// most `count` labels, each written by `format`: the same key points the mesh draws.
pub fn value_ticks(
    low: f64,
    high: f64,
    count: usize,
    format: &dyn Fn(&f64) -> String,
) -> Vec<String> {
    if !(low.is_finite() && high.is_finite()) || high <= low {
        return Vec::new();
    }
    RangedCoordf64::from(low..high)
        .key_points(count)
        .iter()
        .map(format)
        .collect()
}

/// The widest width and the tallest height of `texts` in `text_style` on `area`.
pub fn extent<DB: DrawingBackend, S: AsRef<str>>(
    area: &DrawingArea<DB, Shift>,
    texts: &[S],
    text_style: &TextStyle,
) -> Result<(u32, u32), DrawingAreaErrorKind<DB::ErrorType>> {
    let mut out = (0, 0);
    for text in texts {
        let text = text.as_ref();
        if text.is_empty() {
            continue;
        }
        let (w, h) = area.estimate_text_size(text, text_style)?;
        out = (out.0.max(w), out.1.max(h));
    }
    Ok(out)
}

/// The height of `caption` written as an axis caption: the thickness it takes across a
/// vertical axis once rotated, or down a horizontal one; 0 for no caption.
pub fn caption_thickness<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    caption: Option<&str>,
) -> Result<u32, DrawingAreaErrorKind<DB::ErrorType>> {
    match caption.map(str::trim).filter(|c| !c.is_empty()) {
        Some(caption) => {
            let caption_style = style::text(size::AXIS_DESC, &BLACK);
            Ok(area.estimate_text_size(caption, &caption_style)?.1)
        }
        None => Ok(0),
    }
}

/// The width of a vertical axis's label area (left or right of the plot): the widest
/// tick label, its distance from the axis, and the rotated caption beyond it with a gap.
pub fn side_area<DB: DrawingBackend, S: AsRef<str>>(
    area: &DrawingArea<DB, Shift>,
    ticks: &[S],
    caption: Option<&str>,
) -> Result<u32, DrawingAreaErrorKind<DB::ErrorType>> {
    let (widest, _) = extent(area, ticks, &style::text(size::LABEL, &BLACK))?;
    let caption = caption_thickness(area, caption)?;
    let caption_room = if caption > 0 {
        CAPTION_GAP + caption
    } else {
        0
    };
    Ok(TICK_ROOM + widest + caption_room + EDGE)
}

/// The height of a horizontal axis's label area (under the plot): `lines` lines of
/// labels as tall as the tallest of `labels` (category names drawn on `lines` lines,
/// or tick labels on one), their distance from the axis, and the caption under them.
pub fn bottom_area<DB: DrawingBackend, S: AsRef<str>>(
    area: &DrawingArea<DB, Shift>,
    labels: &[S],
    lines: u32,
    caption: Option<&str>,
) -> Result<u32, DrawingAreaErrorKind<DB::ErrorType>> {
    let label_style = style::text(size::LABEL, &BLACK);
    // An empty list still gets a line's height: the axes of an empty chart keep the
    // size they will have once there are names.
    let (_, tallest) = extent(area, &["0"], &label_style)?;
    let (_, measured) = extent(area, labels, &label_style)?;
    let line = tallest.max(measured);
    let caption = caption_thickness(area, caption)?;
    let caption_room = if caption > 0 {
        CAPTION_GAP + caption
    } else {
        0
    };
    Ok(TICK_ROOM + line * lines.max(1) + caption_room + EDGE)
}
