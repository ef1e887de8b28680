//! The internal-customer chart: a department × department heat map of how well each
//! department serves each other one.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::internal::InternalCustomersScore;
use workbook::Score;

use crate::error::ChartResult;
use crate::style::{self, size, tint, Palette};

/// Labels of the heat map, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InternalCustomersChartText {
    /// Caption of the rows, the serving departments, e.g. "Serves ↓".
    pub server_axis: String,
    /// Caption of the columns, the served departments, e.g. "Is served →".
    pub customer_axis: String,
    /// Written in a cell without a scored link, e.g. "–".
    pub empty_cell: String,
    /// Written across the chart when no department is named.
    pub no_data: String,
}

/// Cell colour of a mean service level on the sequential scale: one hue (the favourable
/// blue) from pale at 1 to full at 10, so "darker is better served" reads without a
/// legend, and every value is written in its cell anyway.
pub fn heat_colour(value: f64, palette: &Palette) -> RGBColor {
    let (low, high) = (f64::from(Score::MIN), f64::from(Score::MAX));
    let share = ((value - low) / (high - low)).clamp(0.0, 1.0);
    tint(palette.favourable, (15.0 + share * 85.0).round() as u8)
}

/// Colour of an empty cell: no scored link from that server to that customer.
pub fn empty_cell_colour(palette: &Palette) -> RGBColor {
    palette.neutral_tint
}

/// The text colour for a cell, shared with the other heat maps through [`style`].
pub use crate::style::text_on;

/// Margin around the whole chart.
const MARGIN: i32 = 12;
/// Height of one header line (the customer caption, the column names).
const LINE: i32 = 18;

/// The heat map: serving departments down the left, served departments across the top,
/// both in [`InternalCustomersScore::departments`] order; each cell coloured by the mean
/// service of its links ([`heat_colour`]) with the value written in it, and cells without
/// a scored link shaded neutral and marked [`InternalCustomersChartText::empty_cell`].
/// Department names are shortened to fit. With no department named, the chart is
/// [`InternalCustomersChartText::no_data`].
pub fn internal_heat_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &InternalCustomersScore,
    text: &InternalCustomersChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let departments = &score.departments;
    if departments.is_empty() {
        return style::draw_notice(area, &text.no_data, palette);
    }

    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let n = departments.len() as i32;
    let label_width = (w * 28 / 100).clamp(60, 180);
    let left = MARGIN + label_width;
    let top = MARGIN + 2 * LINE;
    let cell_w = ((w - MARGIN - left) / n).max(1);
    let cell_h = ((h - MARGIN - top) / n).max(1);

    let label_style = style::text(size::LABEL, &palette.text);
    let caption_style = style::italic(size::LABEL, &palette.muted_text);
    let server_caption = style::fit_label(
        area,
        &text.server_axis,
        &caption_style,
        label_width as u32 - 6,
    )?;
    area.draw_text(
        &server_caption,
        &style::anchored(caption_style.clone(), HPos::Left, VPos::Center),
        (MARGIN, top - LINE / 2),
    )?;
    let customer_caption = style::fit_label(
        area,
        &text.customer_axis,
        &caption_style,
        (cell_w * n) as u32,
    )?;
    area.draw_text(
        &customer_caption,
        &style::anchored(caption_style, HPos::Center, VPos::Center),
        (left + cell_w * n / 2, MARGIN + LINE / 2),
    )?;

    for (i, d) in departments.iter().enumerate() {
        let i = i as i32;
        let column = style::fit_label(area, &d.name, &label_style, (cell_w - 4).max(1) as u32)?;
        area.draw_text(
            &column,
            &style::anchored(label_style.clone(), HPos::Center, VPos::Center),
            (left + i * cell_w + cell_w / 2, top - LINE / 2),
        )?;
        let row = style::fit_label(area, &d.name, &label_style, label_width as u32 - 8)?;
        area.draw_text(
            &row,
            &style::anchored(label_style.clone(), HPos::Right, VPos::Center),
            (left - 6, top + i * cell_h + cell_h / 2),
        )?;
    }

    let value_size = if cell_h < 22 {
        size::LABEL
    } else {
        size::VALUE
    };
    for (s, row) in score.matrix.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (x, y) = (left + c as i32 * cell_w, top + s as i32 * cell_h);
            let fill = cell.map_or_else(|| empty_cell_colour(palette), |v| heat_colour(v, palette));
            // A one-pixel gutter of background keeps neighbouring cells of similar
            // colour apart.
            area.draw(&Rectangle::new(
                [(x + 1, y + 1), (x + cell_w - 1, y + cell_h - 1)],
                fill.filled(),
            ))?;
            let (label, label_style) = match cell {
                Some(v) => (
                    style::format_mean(*v),
                    style::bold(value_size, &text_on(fill, palette)),
                ),
                None => (
                    text.empty_cell.clone(),
                    style::text(value_size, &palette.muted_text),
                ),
            };
            area.draw_text(
                &label,
                &style::anchored(label_style, HPos::Center, VPos::Center),
                (x + cell_w / 2, y + cell_h / 2),
            )?;
        }
    }
    Ok(())
}
