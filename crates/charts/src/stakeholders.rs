//! The stakeholder chart: each rated stakeholder placed by how well its needs are met
//! (across) and how important it is (up), with the "act now" region shaded.

use std::iter;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::external::{
    RankedStakeholder, StakeholderScore, ACT_NOW_MAX_FULFILMENT, ACT_NOW_MIN_IMPORTANCE,
};
use workbook::Score;

use crate::error::ChartResult;
use crate::style::{self, size, Palette};

/// Labels of the stakeholder chart, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StakeholderChartText {
    /// Caption of the vertical axis, e.g. "Importance (1–10)".
    pub importance_axis: String,
    /// Caption of the horizontal axis, e.g. "How well we meet their needs (1–10)".
    pub fulfilment_axis: String,
    /// The name written in the shaded region, e.g. "Act now".
    pub act_now: String,
    /// Written beside a point whose stakeholder has no name yet.
    pub unnamed: String,
    /// Written across the chart when stakeholders are listed but none has both scores.
    pub not_scored: String,
    /// Written across the chart when no stakeholder is listed.
    pub no_data: String,
}

/// The axes run half a point past the 1–10 scale at both ends, so points on 1 and 10
/// are not drawn on the frame.
const LOW: f64 = Score::MIN as f64 - 0.5;
const HIGH: f64 = Score::MAX as f64 + 0.5;

/// The "act now" region in chart coordinates, (fulfilment, importance) corners: from the
/// left edge to half a point past [`ACT_NOW_MAX_FULFILMENT`], and from half a point below
/// [`ACT_NOW_MIN_IMPORTANCE`] to the top. Scores are whole numbers, so the boundary
/// between them leaves every score the rule counts inside and every other outside.
pub fn act_now_region() -> [(f64, f64); 2] {
    [
        (LOW, f64::from(ACT_NOW_MIN_IMPORTANCE) - 0.5),
        (f64::from(ACT_NOW_MAX_FULFILMENT) + 0.5, HIGH),
    ]
}

/// Colour of a point: unfavourable when the stakeholder needs acting on now, favourable
/// otherwise.
pub fn point_colour(act_now: bool, palette: &Palette) -> RGBColor {
    if act_now {
        palette.unfavourable
    } else {
        palette.favourable
    }
}

/// Stakeholders with the same two scores share one point; their names are listed
/// together, in ranked order, so no label is drawn over another.
fn points(ranked: &[RankedStakeholder]) -> Vec<(&RankedStakeholder, Vec<&str>)> {
    let mut points: Vec<(&RankedStakeholder, Vec<&str>)> = Vec::new();
    for r in ranked {
        let same = |p: &&mut (&RankedStakeholder, Vec<&str>)| {
            p.0.importance == r.importance && p.0.fulfilment == r.fulfilment
        };
        match points.iter_mut().find(same) {
            Some((_, names)) => names.push(&r.name),
            None => points.push((r, vec![&r.name])),
        }
    }
    points
}

/// The importance × fulfilment scatter: fulfilment 1–10 across, importance 1–10 up, the
/// region [`act_now`](workbook::external::act_now) selects (important, poorly met) shaded
/// in the top-left corner and named, and every stakeholder with both scores marked and
/// labelled with its name. Points that need acting on now are drawn in the unfavourable
/// colour. Labels go right of their point, or left of it in the right third of the chart.
///
/// With nothing listed the empty plane is drawn under [`StakeholderChartText::no_data`];
/// with stakeholders listed but none rated both ways, under
/// [`StakeholderChartText::not_scored`].
pub fn stakeholder_matrix<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &StakeholderScore,
    text: &StakeholderChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;

    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(44)
        .build_cartesian_2d(LOW..HIGH, LOW..HIGH)?;

    // Shading first, so the grid and the points are drawn over it.
    chart.draw_series(iter::once(Rectangle::new(
        act_now_region(),
        palette.unfavourable_tint.filled(),
    )))?;
    let scale = usize::from(Score::MAX);
    chart
        .configure_mesh()
        .x_labels(scale + 1)
        .y_labels(scale + 1)
        .x_label_formatter(&scale_label)
        .y_label_formatter(&scale_label)
        .light_line_style(TRANSPARENT)
        .x_desc(text.fulfilment_axis.as_str())
        .y_desc(text.importance_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;
    let [top_left, _] = act_now_region();
    chart.draw_series(iter::once(
        EmptyElement::at((top_left.0, HIGH))
            + Text::new(
                text.act_now.clone(),
                (6, 6),
                style::anchored(
                    style::bold(size::REGION, &palette.text),
                    HPos::Left,
                    VPos::Top,
                ),
            ),
    ))?;

    if score.ranked.is_empty() {
        let message = if score.is_empty() {
            &text.no_data
        } else {
            &text.not_scored
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }

    let plot_width = chart.plotting_area().dim_in_pixel().0;
    let label_room = plot_width * 2 / 5;
    for (point, names) in points(&score.ranked) {
        let x = f64::from(point.fulfilment.get());
        let y = f64::from(point.importance.get());
        let (dx, h) = if x > 7.0 {
            (-9, HPos::Right)
        } else {
            (9, HPos::Left)
        };
        let label_style = style::anchored(style::text(size::LABEL, &palette.text), h, VPos::Center);
        let label = names
            .iter()
            .map(|n| {
                if n.is_empty() {
                    text.unnamed.as_str()
                } else {
                    n
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let label = style::fit_label(area, &label, &label_style, label_room)?;
        chart.draw_series(iter::once(
            EmptyElement::at((x, y))
                // A halo in the background colour keeps the marker clear of grid lines.
                + Circle::new((0, 0), 7, palette.background.filled())
                + Circle::new((0, 0), 5, point_colour(point.act_now, palette).filled())
                + Text::new(label, (dx, 0), label_style),
        ))?;
    }
    Ok(())
}

/// Tick labels on the whole scores only; the half points at the ends stay blank.
fn scale_label(value: &f64) -> String {
    let rounded = value.round();
    if (value - rounded).abs() < 1e-6 && (1.0..=10.0).contains(&rounded) {
        format!("{rounded:.0}")
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use workbook::external::act_now;

    #[test]
    fn the_region_holds_exactly_the_scores_the_rule_selects() {
        let [low, high] = act_now_region();
        for importance in 1..=10u8 {
            for fulfilment in 1..=10u8 {
                let (i, f) = (
                    Score::new(importance).unwrap(),
                    Score::new(fulfilment).unwrap(),
                );
                let (x, y) = (f64::from(fulfilment), f64::from(importance));
                let inside = (low.0..=high.0).contains(&x) && (low.1..=high.1).contains(&y);
                assert_eq!(inside, act_now(i, f), "{importance} {fulfilment}");
            }
        }
    }

    #[test]
    fn ticks_name_whole_scores_only() {
        let cases = [
            (0.5, ""),
            (1.0, "1"),
            (5.0, "5"),
            (10.0, "10"),
            (10.5, ""),
            (4.5, ""),
        ];
        for (value, want) in cases {
            assert_eq!(scale_label(&value), want, "{value}");
        }
    }
}
