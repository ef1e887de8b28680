//! The gap-table chart: the scored gaps of the product or the service table as horizontal
//! bars, largest at the top, coloured by the row's priority.

use std::iter;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::internal::{GapScore, Priority};

use crate::error::ChartResult;
use crate::style::{self, size, Palette};

/// Labels of the gap chart, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GapChartText {
    /// Legend names of the priorities, in [`PRIORITY_ORDER`] (high, medium, low).
    pub priority_names: [String; 3],
    /// Legend name of the bars whose row has no priority yet.
    pub no_priority: String,
    /// Caption of the value axis, e.g. "Gap (1–10)".
    pub gap_axis: String,
    /// Written across the chart when rows are listed but none has a gap score.
    pub not_scored: String,
    /// Written across the chart when the table lists nothing.
    pub no_data: String,
}

/// The order of [`GapChartText::priority_names`] and of the legend.
pub const PRIORITY_ORDER: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

/// Bar colour of a row's priority: the unfavourable family, strongest for high priority,
/// sky blue for low (a gap that can wait), grey while no priority is set.
pub fn priority_colour(priority: Option<Priority>, palette: &Palette) -> RGBColor {
    match priority {
        Some(Priority::High) => palette.unfavourable,
        Some(Priority::Medium) => palette.unfavourable_alt,
        Some(Priority::Low) => palette.favourable_alt,
        None => style::UNDECIDED,
    }
}

/// Horizontal bars of the ranked gaps, largest at the top (ties in table order, as
/// [`GapScore::ranked`] gives them), on a fixed 0–10 axis so that product and service
/// charts compare at a glance. Each bar is named by its row's text, shortened to fit, and
/// carries its value; the legend names the priorities present.
///
/// With nothing listed the axes are drawn under [`GapChartText::no_data`]; with rows
/// listed but none scored, under [`GapChartText::not_scored`].
pub fn gap_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &GapScore,
    text: &GapChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let ranked = &score.ranked;
    let labels: Vec<&str> = ranked.iter().map(|r| r.label.as_str()).collect();
    let mut chart = style::band_chart(&body, &labels, &text.gap_axis, palette)?;

    if ranked.is_empty() {
        let message = if score.is_empty() {
            &text.no_data
        } else {
            &text.not_scored
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }

    let mut entries: Vec<(RGBColor, &str)> = PRIORITY_ORDER
        .iter()
        .zip(&text.priority_names)
        .filter(|(p, _)| ranked.iter().any(|r| r.priority == Some(**p)))
        .map(|(p, name)| (priority_colour(Some(*p), palette), name.as_str()))
        .collect();
    if ranked.iter().any(|r| r.priority.is_none()) {
        entries.push((priority_colour(None, palette), text.no_priority.as_str()));
    }
    style::draw_legend(&legend, &entries, palette)?;

    let value_style = style::anchored(
        style::bold(size::VALUE, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let pad = style::band_pad(chart.plotting_area().dim_in_pixel().1, ranked.len(), 32);
    for (row, gap) in ranked.iter().enumerate() {
        let (low, high) = style::band(row, ranked.len());
        let value = u32::from(gap.gap.get());
        chart.draw_series(iter::once(Rectangle::new(
            [(0, low + pad), (value, high - pad)],
            priority_colour(gap.priority, palette).filled(),
        )))?;
        chart.draw_series(iter::once(
            EmptyElement::at((value, (low + high) / 2.0))
                + Text::new(value.to_string(), (5, 0), value_style.clone()),
        ))?;
    }
    Ok(())
}
