//! The PESTLE chart: for each of the six factors, the weight of its opportunities beside
//! the weight of its threats.

use plotters::coord::Shift;
use plotters::prelude::*;
use workbook::external::{Direction, PestleFactor, PestleScore};

use crate::error::ChartResult;
use crate::style::{self, GroupLook, Palette};

/// Labels of the PESTLE chart, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PestleChartText {
    /// Factor names under the groups, in [`PestleFactor::ALL`] order; shortened to fit.
    pub factor_names: [String; 6],
    /// Legend name of the opportunity bars.
    pub opportunity: String,
    /// Legend name of the threat bars.
    pub threat: String,
    /// Caption of the value axis, e.g. "Weight (impact × likelihood / 10)".
    pub weight_axis: String,
    /// A short mark written where a bar would be when its weight is unknown (items
    /// listed, none weighed), e.g. "?": a bar is too narrow for a sentence.
    pub missing: String,
    /// Written across the chart when items are listed but none is weighed.
    pub not_scored: String,
    /// Written across the chart when no factor lists anything.
    pub no_data: String,
}

/// The order of the two bars in each group.
pub const DIRECTION_ORDER: [Direction; 2] = [Direction::Opportunity, Direction::Threat];

/// Bar colour of a direction: the favourable family for opportunities, the unfavourable
/// one for threats, as in the SWOT charts those items feed.
pub fn direction_colour(direction: Direction, palette: &Palette) -> RGBColor {
    match direction {
        Direction::Opportunity => palette.favourable,
        Direction::Threat => palette.unfavourable,
    }
}

/// Grouped bars: one group per factor in [`PestleFactor::ALL`] order, the opportunity
/// weight on the left and the threat weight on the right, each with its value written
/// above (one decimal). A side whose weight is unknown gets [`PestleChartText::missing`]
/// instead of a bar; a factor listing nothing has its name muted and no bars, its zero
/// weights being "nothing identified" rather than a finding. The axis starts at 10 (one
/// item of full impact and likelihood) and grows with the heaviest factor.
///
/// With nothing listed the axes are drawn under [`PestleChartText::no_data`]; with items
/// listed but none weighed, under [`PestleChartText::not_scored`].
pub fn pestle_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &PestleScore,
    text: &PestleChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let largest = score
        .factors
        .iter()
        .flat_map(|f| [f.opportunity, f.threat])
        .flatten()
        .fold(0.0, f64::max);
    let labels: Vec<(&str, GroupLook)> = PestleFactor::ALL
        .iter()
        .map(|&f| {
            let look = if score.factor(f).is_empty() {
                GroupLook::Muted
            } else {
                GroupLook::Normal
            };
            (text.factor_names[f.index()].as_str(), look)
        })
        .collect();
    let mut chart = style::group_chart(
        &body,
        &labels,
        style::axis_top(largest, 10),
        &text.weight_axis,
        palette,
    )?;

    if score.scored() == 0 {
        let message = if score.is_empty() {
            &text.no_data
        } else {
            &text.not_scored
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }
    style::draw_legend(
        &legend,
        &[
            (
                direction_colour(Direction::Opportunity, palette),
                text.opportunity.as_str(),
            ),
            (
                direction_colour(Direction::Threat, palette),
                text.threat.as_str(),
            ),
        ],
        palette,
    )?;

    for (group, factor) in score.factors.iter().enumerate() {
        if factor.is_empty() {
            continue;
        }
        for (slot, direction) in DIRECTION_ORDER.into_iter().enumerate() {
            let at = (group, slot, DIRECTION_ORDER.len());
            match factor.weight(direction) {
                Some(weight) => {
                    style::group_bar(
                        &mut chart,
                        at,
                        weight,
                        &style::format_mean(weight),
                        direction_colour(direction, palette),
                        palette,
                    )?;
                }
                None => style::group_missing(&mut chart, at, &text.missing, palette)?,
            }
        }
    }
    Ok(())
}
