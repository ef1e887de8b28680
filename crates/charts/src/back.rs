//! The BACK charts: the four letters' scores side by side, and each knowledge topic's
//! current level against its target.

use std::iter;

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::internal::{BackLetter, BackScore};
use workbook::Score;

use crate::error::ChartResult;
use crate::style::{self, size, Palette};

/// Labels of both BACK charts, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackChartText {
    /// Names under the four bars, in [`BackLetter::ALL`] order (B, A, C, K), e.g.
    /// "B · Baggage".
    pub letter_names: [String; 4],
    /// Caption of the letters chart's value axis, e.g. "Score (1–10)".
    pub score_axis: String,
    /// Legend name of the current-level bars.
    pub current: String,
    /// Legend name of the target-level bars.
    pub target: String,
    /// Caption of the knowledge chart's value axis, e.g. "Level (1–10)".
    pub level_axis: String,
    /// Written where a bar would be when its value is missing (which is not zero).
    pub not_scored: String,
    /// Written across a chart when there is nothing to draw.
    pub no_data: String,
}

/// Bar colour of a letter. The letters measure different things (a high B is bad, a high
/// C is neither good nor bad), so they take neutral series colours rather than the
/// favourable and unfavourable families.
pub fn letter_colour(letter: BackLetter, palette: &Palette) -> RGBColor {
    palette.series[letter.index()]
}

/// Colour of the current-level bars.
pub fn current_colour(palette: &Palette) -> RGBColor {
    palette.series[0]
}

/// Colour of the target-level bars.
pub fn target_colour(palette: &Palette) -> RGBColor {
    palette.series[1]
}

fn top() -> f64 {
    f64::from(Score::MAX)
}

/// The four letters' scores as vertical bars on the common 0–10 axis (B the mean
/// hindrance of the baggage still carried, A the aspiration consensus, C the dominant
/// culture's strength, K the mean knowledge level), each with its value written above. A
/// letter without a score gets [`BackChartText::not_scored`] instead of a bar. With
/// nothing filled in on the worksheet, the axes are drawn under
/// [`BackChartText::no_data`].
pub fn back_letters<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &BackScore,
    text: &BackChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let categories = BackLetter::ALL.len() as u32;

    // The axis runs a little past 10 so the value above a full bar stays inside the plot.
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(52)
        .build_cartesian_2d((0..categories - 1).into_segmented(), 0.0..top() + 1.5)?;

    let category_name = |value: &SegmentValue<u32>| match value {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => text
            .letter_names
            .get(*i as usize)
            .cloned()
            .unwrap_or_default(),
        SegmentValue::Last => String::new(),
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(categories as usize)
        .x_label_formatter(&category_name)
        .y_labels(6)
        .y_label_formatter(&|v: &f64| {
            if *v <= top() {
                format!("{v:.0}")
            } else {
                String::new()
            }
        })
        .light_line_style(TRANSPARENT)
        .y_desc(text.score_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;

    if score.is_empty() {
        return style::draw_notice(
            &chart.plotting_area().strip_coord_spec(),
            &text.no_data,
            palette,
        );
    }

    let gap = chart.plotting_area().dim_in_pixel().0 / categories / 5;
    for letter in BackLetter::ALL {
        style::category_bar(
            &mut chart,
            letter.index() as u32,
            categories,
            score
                .letter(letter)
                .map(|value| (value, style::format_mean(value))),
            letter_colour(letter, palette),
            &text.not_scored,
            gap,
            palette,
        )?;
    }
    Ok(())
}

/// Each knowledge topic as a pair of horizontal bars, current level above target level,
/// topics top to bottom in table order, on the 0–10 axis. Values are written after the
/// bars; a missing level gets [`BackChartText::not_scored`]. With no topic listed, the
/// axes are drawn under [`BackChartText::no_data`].
pub fn back_knowledge<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &BackScore,
    text: &BackChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let topics = &score.knowledge.topics;
    let labels: Vec<&str> = topics.iter().map(|t| t.topic.as_str()).collect();
    let mut chart = style::band_chart(&body, &labels, &text.level_axis, palette)?;

    if topics.is_empty() {
        return style::draw_notice(
            &chart.plotting_area().strip_coord_spec(),
            &text.no_data,
            palette,
        );
    }
    style::draw_legend(
        &legend,
        &[
            (current_colour(palette), text.current.as_str()),
            (target_colour(palette), text.target.as_str()),
        ],
        palette,
    )?;

    let value_style = style::anchored(
        style::bold(size::VALUE, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let missing_style = style::anchored(
        style::italic(size::LABEL, &palette.muted_text),
        HPos::Left,
        VPos::Center,
    );
    // Padding at either edge of a band, then current (upper) and target (lower) share
    // the rest.
    let pad = style::band_pad(chart.plotting_area().dim_in_pixel().1, topics.len(), 48);
    for (row, topic) in topics.iter().enumerate() {
        let (low, high) = style::band(row, topics.len());
        let middle = (low + high) / 2.0;
        let halves = [
            (topic.current, current_colour(palette), middle, high - pad),
            (topic.target, target_colour(palette), low + pad, middle),
        ];
        for (level, colour, from, to) in halves {
            let centre = (from + to) / 2.0;
            let Some(level) = level else {
                chart.draw_series(iter::once(
                    EmptyElement::at((0, centre))
                        + Text::new(text.not_scored.clone(), (5, 0), missing_style.clone()),
                ))?;
                continue;
            };
            let value = u32::from(level.get());
            chart.draw_series(iter::once(Rectangle::new(
                [(0, from), (value, to)],
                colour.filled(),
            )))?;
            chart.draw_series(iter::once(
                EmptyElement::at((value, centre))
                    + Text::new(value.to_string(), (5, 0), value_style.clone()),
            ))?;
        }
    }
    Ok(())
}
