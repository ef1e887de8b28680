//! Charts of the later method parts: where the customer issues stand in the
//! problem-solving model, the customer groups ranked by value points, and the
//! scorecard's progress from baseline to target. All are horizontal bars on the
//! shared band frame.

use std::iter;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::issues::{LogScore, Stage, Step};
use workbook::scorecard::{IndicatorKind, ScorecardScore};
use workbook::value_score::{ValueRanking, MAX_POINTS};

use crate::error::ChartResult;
use crate::style::{self, size, Palette};

/// Labels of the issue-stage chart, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IssueChartText {
    /// "Waiting at" names of the model's steps, in [`Step::ALL`] order.
    pub step_names: [String; 10],
    /// An open issue whose every step is answered.
    pub walked: String,
    pub closed: String,
    /// Caption of the value axis, e.g. "Issues".
    pub axis: String,
    /// Written across the chart when the log is empty.
    pub no_data: String,
}

/// Colour of a stage: closed issues in the favourable colour, open ones in the
/// unfavourable family (those waiting at a step stronger than those walked through).
pub fn stage_colour(stage: Stage, palette: &Palette) -> RGBColor {
    match stage {
        Stage::Closed => palette.favourable,
        Stage::Walked => palette.unfavourable_alt,
        Stage::At(_) => palette.unfavourable,
    }
}

/// One bar per stage that has issues, in the model's order (closed last), each with
/// its count.
pub fn issue_stages<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &LogScore,
    text: &IssueChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let name = |stage: Stage| match stage {
        Stage::At(step) => {
            let at = Step::ALL.iter().position(|&s| s == step).unwrap_or(0);
            text.step_names[at].as_str()
        }
        Stage::Walked => text.walked.as_str(),
        Stage::Closed => text.closed.as_str(),
    };
    let labels: Vec<&str> = score.stages.iter().map(|&(s, _)| name(s)).collect();
    let largest = score.stages.iter().map(|&(_, n)| n).max().unwrap_or(0);
    let x_max = u32::try_from(largest).unwrap_or(u32::MAX).max(4);
    let mut chart = style::band_chart_to(area, &labels, &text.axis, palette, x_max)?;
    if score.stages.is_empty() {
        return style::draw_notice(
            &chart.plotting_area().strip_coord_spec(),
            &text.no_data,
            palette,
        );
    }
    let count = score.stages.len();
    let pad = style::band_pad(chart.plotting_area().dim_in_pixel().1, count, 32);
    let value_style = style::anchored(
        style::bold(size::VALUE, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    for (row, &(stage, n)) in score.stages.iter().enumerate() {
        let (low, high) = style::band(row, count);
        let value = u32::try_from(n).unwrap_or(u32::MAX);
        chart.draw_series(iter::once(Rectangle::new(
            [(0, low + pad), (value, high - pad)],
            stage_colour(stage, palette).filled(),
        )))?;
        chart.draw_series(iter::once(
            EmptyElement::at((value, (low + high) / 2.0))
                + Text::new(n.to_string(), (5, 0), value_style.clone()),
        ))?;
    }
    Ok(())
}

/// Labels of the value-ranking chart, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueChartText {
    /// Legend names of the two parts of each bar.
    pub margin: String,
    pub payment: String,
    /// Caption of the value axis, e.g. "Points (of 40)".
    pub axis: String,
    /// Written across the chart when groups are listed but none is scored.
    pub not_scored: String,
    /// Written across the chart when there is no group to score.
    pub no_data: String,
}

/// The ranked groups, most valuable at the top: each bar is the gross-margin points
/// followed by the payment-record points, with the total written after it, on a
/// fixed 0–40 scale.
pub fn value_ranking<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ranking: &ValueRanking,
    text: &ValueChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);
    let labels: Vec<&str> = ranking.ranked.iter().map(|r| r.name.as_str()).collect();
    let mut chart = style::band_chart_to(
        &body,
        &labels,
        &text.axis,
        palette,
        2 * u32::from(MAX_POINTS),
    )?;
    if ranking.ranked.is_empty() {
        let message = if ranking.groups() == 0 {
            &text.no_data
        } else {
            &text.not_scored
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }
    style::draw_legend(
        &legend,
        &[
            (palette.favourable, text.margin.as_str()),
            (palette.favourable_alt, text.payment.as_str()),
        ],
        palette,
    )?;
    let count = ranking.ranked.len();
    let pad = style::band_pad(chart.plotting_area().dim_in_pixel().1, count, 32);
    let value_style = style::anchored(
        style::bold(size::VALUE, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    for (row, r) in ranking.ranked.iter().enumerate() {
        let (low, high) = style::band(row, count);
        let margin = u32::from(r.margin.unwrap_or(0));
        let total = u32::from(r.total().unwrap_or(0));
        for (from, to, colour) in [
            (0, margin, palette.favourable),
            (margin, total, palette.favourable_alt),
        ] {
            if to > from {
                chart.draw_series(iter::once(Rectangle::new(
                    [(from, low + pad), (to, high - pad)],
                    colour.filled(),
                )))?;
            }
        }
        chart.draw_series(iter::once(
            EmptyElement::at((total, (low + high) / 2.0))
                + Text::new(total.to_string(), (5, 0), value_style.clone()),
        ))?;
    }
    Ok(())
}

/// Labels of the imported customers' value distribution, already translated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueBandsText {
    /// The five bands of the total, lowest first ("0–8 points" …).
    pub band_names: [String; 5],
    /// Caption of the value axis, e.g. "Customers".
    pub axis: String,
    /// Written across the chart when no customer is scored.
    pub no_data: String,
}

/// How the imported customers' totals (0–40 points) spread over five bands, the
/// best band at the top, each bar with its count: "how many customers are worth
/// the most" at a glance. `bands` holds the counts lowest band first.
pub fn value_bands<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bands: &[usize],
    text: &ValueBandsText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let labels: Vec<&str> = text.band_names.iter().rev().map(String::as_str).collect();
    let counts: Vec<usize> = (0..text.band_names.len())
        .rev()
        .map(|band| bands.get(band).copied().unwrap_or(0))
        .collect();
    let most = counts.iter().copied().max().unwrap_or(0);
    // A fifth more than the longest bar leaves room for its count (four digits
    // and more with a large import) inside the chart.
    let x_max = u32::try_from(most + most / 5 + 1).unwrap_or(u32::MAX);
    let mut chart = style::band_chart_to(area, &labels, &text.axis, palette, x_max)?;
    if most == 0 {
        return style::draw_notice(
            &chart.plotting_area().strip_coord_spec(),
            &text.no_data,
            palette,
        );
    }
    let pad = style::band_pad(chart.plotting_area().dim_in_pixel().1, counts.len(), 32);
    let value_style = style::anchored(
        style::bold(size::VALUE, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    for (row, &count) in counts.iter().enumerate() {
        let (low, high) = style::band(row, counts.len());
        let width = u32::try_from(count).unwrap_or(u32::MAX);
        if width > 0 {
            // The best band (row 0) in the strongest favourable colour.
            let colour = if row < 2 {
                palette.favourable
            } else {
                palette.favourable_alt
            };
            chart.draw_series(iter::once(Rectangle::new(
                [(0, low + pad), (width, high - pad)],
                colour.filled(),
            )))?;
        }
        chart.draw_series(iter::once(
            EmptyElement::at((width, (low + high) / 2.0))
                + Text::new(count.to_string(), (5, 0), value_style.clone()),
        ))?;
    }
    Ok(())
}

/// Labels of the scorecard chart, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScorecardChartText {
    /// Legend names of the kinds, in [`IndicatorKind::ALL`] order.
    pub kind_names: [String; 2],
    /// Legend name of an indicator without a kind.
    pub no_kind: String,
    /// Caption of the value axis, e.g. "Progress to target (%)".
    pub axis: String,
    /// Written where a bar would be for an indicator missing a figure.
    pub missing: String,
    /// Written across the chart when indicators are listed but none is measured.
    pub not_measured: String,
    /// Written across the chart when the scorecard lists nothing.
    pub no_data: String,
}

/// The scale of the scorecard chart: 0 to 150% of the way, the target at 100%.
const PROGRESS_MAX: u32 = 150;

/// Colour of an indicator's kind: lagging in the main series colour, leading in the
/// second, no kind grey.
pub fn kind_colour(kind: Option<IndicatorKind>, palette: &Palette) -> RGBColor {
    match kind {
        Some(IndicatorKind::Lagging) => palette.series[0],
        Some(IndicatorKind::Leading) => palette.series[2],
        None => style::UNDECIDED,
    }
}

/// One bar per indicator in list order: its progress from the baseline (0) to the
/// target (100%, a vertical line), written after the bar; progress beyond 150% is
/// drawn to the edge, a move away from the target as no bar, both with their true
/// percentage written. An indicator missing a figure gets [`ScorecardChartText::missing`].
pub fn scorecard_progress<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &ScorecardScore,
    text: &ScorecardChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);
    let labels: Vec<&str> = score.rows.iter().map(|(n, _, _)| n.as_str()).collect();
    let mut chart = style::band_chart_to(&body, &labels, &text.axis, palette, PROGRESS_MAX)?;
    if score.measured == 0 {
        let message = if score.indicators == 0 {
            &text.no_data
        } else {
            &text.not_measured
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }
    let mut entries: Vec<(RGBColor, &str)> = IndicatorKind::ALL
        .iter()
        .zip(&text.kind_names)
        .filter(|(k, _)| score.rows.iter().any(|r| r.1 == Some(**k)))
        .map(|(k, name)| (kind_colour(Some(*k), palette), name.as_str()))
        .collect();
    if score.rows.iter().any(|r| r.1.is_none()) {
        entries.push((kind_colour(None, palette), text.no_kind.as_str()));
    }
    style::draw_legend(&legend, &entries, palette)?;
    let count = score.rows.len();
    chart.draw_series(iter::once(PathElement::new(
        vec![(100, 0.0), (100, count as f64)],
        palette.axis.stroke_width(2),
    )))?;
    let pad = style::band_pad(chart.plotting_area().dim_in_pixel().1, count, 32);
    let value_style = style::anchored(
        style::bold(size::VALUE, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let missing_style = style::anchored(
        style::text(size::VALUE, &palette.muted_text),
        HPos::Left,
        VPos::Center,
    );
    for (row, (_, kind, progress)) in score.rows.iter().enumerate() {
        let (low, high) = style::band(row, count);
        let mid = (low + high) / 2.0;
        let Some(p) = progress else {
            chart.draw_series(iter::once(
                EmptyElement::at((0, mid))
                    + Text::new(text.missing.clone(), (5, 0), missing_style.clone()),
            ))?;
            continue;
        };
        let percent = (p * 100.0).round();
        let length = percent.clamp(0.0, f64::from(PROGRESS_MAX)) as u32;
        if length > 0 {
            chart.draw_series(iter::once(Rectangle::new(
                [(0, low + pad), (length, high - pad)],
                kind_colour(*kind, palette).filled(),
            )))?;
        }
        chart.draw_series(iter::once(
            EmptyElement::at((length, mid))
                + Text::new(format!("{percent}%"), (5, 0), value_style.clone()),
        ))?;
    }
    Ok(())
}
