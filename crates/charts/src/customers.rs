//! The customer-analysis charts: the Pareto of loss reasons (revenue lost per reason
//! tag, largest first, with the cumulative share as a line on a 0–100 % axis), and the
//! current revenue split into safe and at risk.

use plotters::coord::Shift;
use plotters::prelude::*;
use workbook::customers::CustomerScore;

use crate::error::ChartResult;
use crate::labels;
use crate::style::{self, size, GroupAxis, GroupLook, Palette};

/// Labels of the customer charts, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CustomerChartText {
    /// Caption of the Pareto's value axis, e.g. "Yearly revenue lost".
    pub lost_axis: String,
    /// Caption of the Pareto's secondary axis and legend name of its line, e.g.
    /// "Cumulative share (%)".
    pub cumulative_axis: String,
    /// Name of the former groups without a reason tag.
    pub untagged: String,
    /// Caption of the at-risk chart's value axis, e.g. "Yearly revenue".
    pub revenue_axis: String,
    /// Names of the two bars of the at-risk chart.
    pub safe: String,
    pub at_risk: String,
    /// Written where a value is unknown (no revenue entered), e.g. "?".
    pub missing: String,
    /// Written across a chart when groups are listed but no revenue is entered.
    pub no_revenue: String,
    /// Written across a chart when its table lists no group.
    pub no_data: String,
    /// How amounts of money are written (k / M, or 万 / 亿).
    pub amounts: style::Amounts,
}

/// The top of the Pareto's secondary axis: a little room above 100% keeps the last
/// point whole.
const CUMULATIVE_TOP: f64 = 105.0;

/// Tick labels of the cumulative share.
fn percent_tick(v: &f64) -> String {
    format!("{v:.0}%")
}

/// The colour of the Pareto's cumulative line and points: the palette's marker (black),
/// which stands apart from the bars whatever their colour.
pub fn cumulative_colour(palette: &Palette) -> RGBColor {
    palette.marker
}

/// The bar colour of a loss reason: unfavourable (revenue lost), grey for the groups
/// without a tag, whose reason is not classified.
pub fn loss_colour(tagged: bool, palette: &Palette) -> RGBColor {
    if tagged {
        palette.unfavourable
    } else {
        style::UNDECIDED
    }
}

/// The Pareto of loss reasons: one bar per line of [`CustomerScore::loss_reasons`], in
/// its order (most revenue lost first), named by the tag and carrying the amount; a
/// line through the cumulative share at each bar's centre, read on the 0–100 % axis on
/// the right, ending at 100%. With no former group the axes are drawn under
/// [`CustomerChartText::no_data`]; with former groups but no revenue lost known, under
/// [`CustomerChartText::no_revenue`].
pub fn loss_pareto<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &CustomerScore,
    text: &CustomerChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let lines = &score.loss_reasons;
    let labels: Vec<(&str, GroupLook)> = lines
        .iter()
        .map(|l| match l.tag {
            Some(_) => (l.name.as_str(), GroupLook::Normal),
            None => (text.untagged.as_str(), GroupLook::Muted),
        })
        .collect();
    let largest = lines.iter().map(|l| l.revenue_lost).max().unwrap_or(0);
    // Room right of the plot for the percentages of the secondary axis and its caption,
    // measured as the left side is.
    let right_ticks = labels::value_ticks(0.0, CUMULATIVE_TOP, 6, &percent_tick);
    let right_area = labels::side_area(&body, &right_ticks, Some(&text.cumulative_axis))?;
    let axis = GroupAxis {
        y_max: style::axis_top(largest as f64, 10),
        caption: &text.lost_axis,
        format: &|v| text.amounts.format(*v),
        right_area,
    };
    if largest == 0 {
        let axis = GroupAxis {
            right_area: 0,
            ..axis
        };
        let chart = style::group_chart_with(&body, &labels, axis, palette)?;
        let message = if lines.is_empty() {
            &text.no_data
        } else {
            &text.no_revenue
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }

    let count = lines.len() as f64;
    let mut chart = style::group_frame(&body, &labels, &axis)?
        .set_secondary_coord(0.0..count, 0.0..CUMULATIVE_TOP);
    style::draw_group_mesh(&mut chart, &body, &labels, &axis, palette)?;
    chart
        .configure_secondary_axes()
        .x_labels(0)
        .y_labels(6)
        .y_label_formatter(&percent_tick)
        .y_desc(text.cumulative_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .draw()?;
    for (i, line) in lines.iter().enumerate() {
        let colour = loss_colour(line.tag.is_some(), palette);
        let value = line.revenue_lost as f64;
        style::group_bar(
            &mut chart,
            (i, 0, 1),
            value,
            &text.amounts.format(value),
            colour,
            palette,
        )?;
    }
    let points: Vec<(f64, f64)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.cumulative_percent.map(|p| (i as f64 + 0.5, p)))
        .collect();
    let colour = cumulative_colour(palette);
    chart.draw_secondary_series(LineSeries::new(
        points.iter().copied(),
        colour.stroke_width(2),
    ))?;
    chart.draw_secondary_series(points.iter().map(|&p| Circle::new(p, 4, colour.filled())))?;

    let mut entries = Vec::new();
    if lines.iter().any(|l| l.tag.is_some()) {
        entries.push((loss_colour(true, palette), text.lost_axis.as_str()));
    }
    entries.push((colour, text.cumulative_axis.as_str()));
    style::draw_legend(&legend, &entries, palette)
}

/// The current revenue in two bars, safe (favourable) and at risk (unfavourable), each
/// carrying its amount and, when both are known, its share of the current revenue
/// ([`CustomerScore::at_risk_percent`]). A part whose
/// revenue is unknown (groups listed, none with a revenue) shows
/// [`CustomerChartText::missing`] instead of a bar. With no current group the axes are
/// drawn under [`CustomerChartText::no_data`]; with no current revenue known, under
/// [`CustomerChartText::no_revenue`].
pub fn revenue_at_risk<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &CustomerScore,
    text: &CustomerChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let current = score.table(workbook::customers::CustomerTable::Current);
    let parts = [
        (score.safe_revenue, palette.favourable, text.safe.as_str()),
        (
            score.at_risk_revenue,
            palette.unfavourable,
            text.at_risk.as_str(),
        ),
    ];
    let total: u64 = parts.iter().filter_map(|p| p.0).sum();
    let largest = parts.iter().filter_map(|p| p.0).max().unwrap_or(0);
    let labels: Vec<(&str, GroupLook)> = if current.groups == 0 {
        Vec::new()
    } else {
        parts.iter().map(|p| (p.2, GroupLook::Normal)).collect()
    };
    let mut chart = style::group_chart_with(
        area,
        &labels,
        GroupAxis {
            y_max: style::axis_top(largest as f64, 10),
            caption: &text.revenue_axis,
            format: &|v| text.amounts.format(*v),
            right_area: 0,
        },
        palette,
    )?;
    if total == 0 {
        let message = if current.groups == 0 {
            &text.no_data
        } else {
            &text.no_revenue
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }
    for (i, (value, colour, _)) in parts.into_iter().enumerate() {
        match value {
            Some(v) => {
                // The shares come from the score, and only when both parts are known:
                // a share of a partly unknown total would overstate the known part.
                let share = score
                    .at_risk_percent
                    .filter(|_| score.safe_revenue.is_some())
                    .map(|p| if i == 0 { 100.0 - p } else { p });
                let amount = text.amounts.format(v as f64);
                let label = match share {
                    Some(share) => format!("{amount} ({}%)", style::format_mean(share)),
                    None => amount,
                };
                style::group_bar(&mut chart, (i, 0, 1), v as f64, &label, colour, palette)?;
            }
            None => style::group_missing(&mut chart, (i, 0, 1), &text.missing, palette)?,
        }
    }
    Ok(())
}
