//! The team merge's disagreement chart: the items the teams disagree on most, one
//! row each, every team's score as a point (its own colour and marker), the range
//! between them as a line, the mean marked and the spread written at the end.

use std::iter;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::{CoordTranslate, Shift};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::merge::MergedItem;
use workbook::Score;

use crate::error::ChartResult;
use crate::style::{self, size, Palette};

/// Labels of the disagreement chart, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeChartText {
    /// The teams' names, in team order (the order of [`MergedItem::scores`]).
    pub team_names: Vec<String>,
    /// Legend name of the mean's mark.
    pub mean: String,
    /// Written before each row's spread at the right, e.g. "spread" → "spread 6".
    pub spread: String,
    /// Caption of the score axis.
    pub score_axis: String,
    /// Written across the chart when no item has scores from two teams.
    pub no_data: String,
}

/// The shape of a team's points. Shapes as well as colours tell teams apart, so the
/// chart reads in greyscale and for colour-blind readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Triangle,
    Square,
    Diamond,
}

pub const MARKERS: [Marker; 4] = [
    Marker::Circle,
    Marker::Triangle,
    Marker::Square,
    Marker::Diamond,
];

/// Team `team`'s colour and marker: colours run through the palette's series, shapes
/// through [`MARKERS`]; as 7 and 4 share no factor, the first 28 teams all differ.
pub fn team_look(team: usize, palette: &Palette) -> (RGBColor, Marker) {
    (
        palette.series[team % palette.series.len()],
        MARKERS[team % MARKERS.len()],
    )
}

/// Half the size of a marker, in pixels.
const MARK: i32 = 5;

/// Room right of the plot for "spread 6".
const SPREAD_ROOM: u32 = 72;

/// Draws `marker` in `colour` centred on `at`, on a chart's plotting area or on a
/// plain area (the legend) alike.
fn draw_marker<DB, CT>(
    area: &DrawingArea<DB, CT>,
    at: CT::From,
    marker: Marker,
    colour: RGBColor,
) -> ChartResult<DB>
where
    DB: DrawingBackend,
    CT: CoordTranslate,
{
    let fill = colour.filled();
    match marker {
        Marker::Circle => area.draw(&(EmptyElement::at(at) + Circle::new((0, 0), MARK, fill))),
        Marker::Triangle => area.draw(
            &(EmptyElement::at(at)
                + Polygon::new(
                    vec![(0, -MARK - 1), (MARK + 1, MARK), (-MARK - 1, MARK)],
                    fill,
                )),
        ),
        Marker::Square => area.draw(
            &(EmptyElement::at(at)
                + Rectangle::new([(-MARK + 1, -MARK + 1), (MARK - 1, MARK - 1)], fill)),
        ),
        Marker::Diamond => area.draw(
            &(EmptyElement::at(at)
                + Polygon::new(
                    vec![(0, -MARK - 1), (MARK + 1, 0), (0, MARK + 1), (-MARK - 1, 0)],
                    fill,
                )),
        ),
    }
}

/// The rows `rows` (label, item), top to bottom as given — the caller passes
/// `Merge::largest_spreads(n)`, largest first — on a 0–10 score axis. Each row has
/// a grey line from the lowest to the highest score, each team's score as its point
/// (teams spread a little up and down within the row, so equal scores stay visible),
/// the mean as a black upright stroke and "spread N" at the right. A team that did
/// not score an item has no point on its row. The legend names the teams and the
/// mean. With no rows the axes are drawn under [`MergeChartText::no_data`].
pub fn merge_spreads<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rows: &[(String, &MergedItem)],
    text: &MergeChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let count = rows.len().max(1);
    let label_style = style::text(size::LABEL, &palette.text);
    let label_width = (body.dim_in_pixel().0 * 2 / 5).clamp(60, 220);
    let mut chart = ChartBuilder::on(&body)
        .margin(12)
        .margin_top(4)
        .margin_right(SPREAD_ROOM)
        .x_label_area_size(40)
        .y_label_area_size(label_width)
        .build_cartesian_2d(0.0..f64::from(Score::MAX), 0.0..count as f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(6)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(TRANSPARENT)
        .x_desc(text.score_axis.as_str())
        .label_style(label_style.clone())
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;

    if rows.is_empty() {
        let plot = chart.plotting_area().strip_coord_spec();
        return style::draw_notice(&plot, &text.no_data, palette);
    }
    draw_legend(&legend, text, palette)?;

    let label_style = style::anchored(label_style, HPos::Right, VPos::Center);
    let spread_style = style::anchored(
        style::bold(size::LABEL, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let teams = text.team_names.len().max(1);
    for (row, (label, item)) in rows.iter().enumerate() {
        let (low, high) = style::band(row, count);
        let mid = (low + high) / 2.0;
        draw_row_label(&mut chart, area, label, (mid, label_width), &label_style)?;

        let stats = &item.stats;
        if let (Some(min), Some(max)) = (stats.min, stats.max) {
            chart.draw_series(iter::once(PathElement::new(
                vec![(f64::from(min.get()), mid), (f64::from(max.get()), mid)],
                style::UNDECIDED.stroke_width(2),
            )))?;
        }
        // Teams are spread over the middle half of the band, the first at the top.
        let offset = |team: usize| {
            if teams == 1 {
                0.0
            } else {
                (high - low) * (0.25 - 0.5 * team as f64 / (teams - 1) as f64)
            }
        };
        for (team, score) in item.scores.iter().enumerate() {
            let Some(score) = score else { continue };
            let (colour, marker) = team_look(team, palette);
            let at = (f64::from(score.get()), mid + offset(team));
            draw_marker(chart.plotting_area(), at, marker, colour)?;
        }
        if let Some(mean) = stats.mean() {
            let reach = (high - low) * 0.4;
            chart.draw_series(iter::once(PathElement::new(
                vec![(mean, mid - reach), (mean, mid + reach)],
                palette.marker.stroke_width(2),
            )))?;
        }
        if let Some(spread) = stats.spread() {
            chart.draw_series(iter::once(
                EmptyElement::at((f64::from(Score::MAX), mid))
                    + Text::new(
                        format!("{} {spread}", text.spread),
                        (10, 0),
                        spread_style.clone(),
                    ),
            ))?;
        }
    }
    Ok(())
}

/// Writes a row's label, shortened to fit, left of the plot level with `mid`.
fn draw_row_label<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    area: &DrawingArea<DB, Shift>,
    label: &str,
    (mid, width): (f64, u32),
    style: &TextStyle<'static>,
) -> ChartResult<DB> {
    let fitted = style::fit_label(area, label, style, width - 14)?;
    chart.draw_series(iter::once(
        EmptyElement::at((0.0, mid)) + Text::new(fitted, (-8, 0), style.clone()),
    ))?;
    Ok(())
}

/// The legend: each team's marker and name, then the mean's stroke.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &MergeChartText,
    palette: &Palette,
) -> ChartResult<DB> {
    let name_style = style::anchored(
        style::text(size::LABEL, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let cy = (area.dim_in_pixel().1 / 2) as i32;
    let mut x = 14 + MARK;
    for (team, name) in text.team_names.iter().enumerate() {
        let (colour, marker) = team_look(team, palette);
        draw_marker(area, (x, cy), marker, colour)?;
        x += MARK + 5;
        area.draw_text(name, &name_style, (x, cy))?;
        x += area.estimate_text_size(name, &name_style)?.0 as i32 + 16 + MARK;
    }
    area.draw(&PathElement::new(
        vec![(x, cy - MARK - 1), (x, cy + MARK + 1)],
        palette.marker.stroke_width(2),
    ))?;
    area.draw_text(&text.mean, &name_style, (x + 6, cy))?;
    Ok(())
}
