//! The competitor charts: the four SWOT totals of every company as grouped bars, and a
//! radar with one outline per company over the same four totals. The company itself is
//! always the first and always highlighted.

use std::f64::consts::PI;
use std::iter;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::external::{Comparison, ComparisonRow};
use workbook::swot::Quadrant;

use crate::error::ChartResult;
use crate::style::{self, size, GroupLook, Palette};
use crate::swot::quadrant_colour;

/// Labels of both competitor charts, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompetitorChartText {
    /// Quadrant names, indexed by [`Quadrant::index`] (S, W, O, T): the legend of the
    /// bars and the spokes of the radar.
    pub quadrant_names: [String; 4],
    /// Caption of the bars' value axis, e.g. "Total score".
    pub total_axis: String,
    /// Written for a company whose name is blank.
    pub unnamed: String,
    /// A short mark written where a bar would be when its total is unknown, e.g. "?".
    pub missing: String,
    /// Written after a company's name in the radar's legend when it has no outline
    /// because a total is unknown, e.g. "not scored".
    pub not_scored: String,
    /// A line under the radar saying how to read it, e.g. "Further out: higher total
    /// (for W and T, worse)".
    pub radar_note: String,
    /// Written across either chart when no company has a known total.
    pub no_data: String,
}

/// The colour of a company on the radar: black (the palette's marker) for the company
/// itself, the palette's series colours in turn for the competitors.
pub fn company_colour(row: usize, palette: &Palette) -> RGBColor {
    match row {
        0 => palette.marker,
        n => palette.series[(n - 1) % palette.series.len()],
    }
}

/// Stroke width of a company's outline: the company itself stands out by weight as well
/// as colour, so it is found without telling colours apart.
pub fn outline_width(row: usize) -> u32 {
    if row == 0 {
        4
    } else {
        2
    }
}

/// The row's name as written on a chart.
fn name<'a>(row: &'a ComparisonRow, text: &'a CompetitorChartText) -> &'a str {
    if row.name.is_empty() {
        &text.unnamed
    } else {
        &row.name
    }
}

/// Whether the comparison has any total to draw.
fn has_data(comparison: &Comparison) -> bool {
    comparison
        .rows
        .iter()
        .any(|r| r.totals.iter().any(Option::is_some))
}

/// Grouped bars: one group per company in [`Comparison::rows`] order (the company first),
/// four bars in each (S, W, O, T, coloured as on the SWOT chart) with their totals
/// written above. The company's group is highlighted: a shaded band behind it, its bars
/// outlined in black and its name in bold. An unknown total gets
/// [`CompetitorChartText::missing`] instead of a bar; a company with nothing listed has
/// its name muted.
///
/// With no known total anywhere the axes are drawn under [`CompetitorChartText::no_data`].
pub fn competitor_totals<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    comparison: &Comparison,
    text: &CompetitorChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let rows = &comparison.rows;
    let largest = rows
        .iter()
        .flat_map(|r| r.totals)
        .flatten()
        .max()
        .unwrap_or(0);
    let labels: Vec<(&str, GroupLook)> = rows
        .iter()
        .map(|r| {
            let look = match (r.is_company(), r.score.is_empty()) {
                (true, _) => GroupLook::Emphasised,
                (false, true) => GroupLook::Muted,
                (false, false) => GroupLook::Normal,
            };
            (name(r, text), look)
        })
        .collect();
    let y_max = style::axis_top(f64::from(largest), 10);
    let mut chart = style::group_chart(&body, &labels, y_max, &text.total_axis, palette)?;

    if !has_data(comparison) {
        return style::draw_notice(
            &chart.plotting_area().strip_coord_spec(),
            &text.no_data,
            palette,
        );
    }
    let entries: Vec<(RGBColor, &str)> = Quadrant::ALL
        .iter()
        .map(|&q| {
            (
                quadrant_colour(q, palette),
                text.quadrant_names[q.index()].as_str(),
            )
        })
        .collect();
    style::draw_legend(&legend, &entries, palette)?;

    // The company's band goes under its bars; the bars are drawn in row order after it.
    if let Some(company) = rows.iter().position(ComparisonRow::is_company) {
        let x = company as f64;
        chart.draw_series(iter::once(Rectangle::new(
            [(x + 0.04, 0.0), (x + 0.96, y_max)],
            palette.neutral_tint.filled(),
        )))?;
    }
    let slots = Quadrant::ALL.len();
    for (group, row) in rows.iter().enumerate() {
        for q in Quadrant::ALL {
            let at = (group, q.index(), slots);
            let Some(total) = row.total(q) else {
                style::group_missing(&mut chart, at, &text.missing, palette)?;
                continue;
            };
            let value = f64::from(total);
            let [(left, _), (right, _)] = style::group_bar(
                &mut chart,
                at,
                value,
                &total.to_string(),
                quadrant_colour(q, palette),
                palette,
            )?;
            // A zero total has no bar to outline; its written 0 says it all.
            if row.is_company() && total > 0 {
                chart.draw_series(iter::once(PathElement::new(
                    vec![(left, 0.0), (left, value), (right, value), (right, 0.0)],
                    palette.marker.stroke_width(2),
                )))?;
            }
        }
    }
    Ok(())
}

/// Pixel position at `radius` from `centre` on the spoke of `q`: strengths straight up,
/// then clockwise in [`Quadrant::ALL`] order, 90° apart.
fn spoke(centre: (i32, i32), radius: f64, q: Quadrant) -> (i32, i32) {
    let angle = -PI / 2.0 + q.index() as f64 * PI / 2.0;
    (
        centre.0 + (radius * angle.cos()).round() as i32,
        centre.1 + (radius * angle.sin()).round() as i32,
    )
}

/// The step between the radar's rings: a multiple of 5 giving at most four rings.
fn ring_step(top: f64) -> u32 {
    let top = top.max(1.0) as u32;
    top.div_ceil(4).div_ceil(5) * 5
}

/// The radar: four spokes (strengths up, then weaknesses, opportunities and threats
/// clockwise), one closed outline per company whose four totals are all known, its
/// corners marked. The company is drawn last, in black and thicker, so it is on top and
/// stands out; each competitor takes the next series colour. The rim is a multiple of the
/// ring step at or above every total; rings are labelled between the first two spokes.
///
/// A legend right of the radar names every company in row order, the company in bold; a
/// company without an outline is listed muted with [`CompetitorChartText::not_scored`]
/// (the company still in bold).
/// With no known total anywhere the empty radar is drawn under
/// [`CompetitorChartText::no_data`].
pub fn competitor_radar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    comparison: &Comparison,
    text: &CompetitorChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (w, h) = area.dim_in_pixel();
    let (rest, note) = area.split_vertically(h.saturating_sub(20));
    let (body, legend) = rest.split_horizontally(w * 2 / 3);
    note.draw_text(
        &text.radar_note,
        &style::anchored(
            style::italic(size::LABEL, &palette.muted_text),
            HPos::Center,
            VPos::Center,
        ),
        ((w / 2) as i32, 10),
    )?;

    let rows = &comparison.rows;
    let largest = rows
        .iter()
        .flat_map(|r| r.totals)
        .flatten()
        .max()
        .unwrap_or(0);
    // Room above the largest total as on the bars, rounded up to a whole ring.
    let axis = style::axis_top(f64::from(largest), 10);
    let step = ring_step(axis);
    let top = (axis / f64::from(step)).ceil() * f64::from(step);

    // The rim leaves room for the spoke names: beside it for weaknesses and threats,
    // above and below it for strengths and opportunities.
    let (bw, bh) = body.dim_in_pixel();
    let centre = ((bw / 2) as i32, (bh / 2) as i32);
    let name_style = style::bold(size::LABEL, &palette.text);
    let mut side = 0;
    let mut tall = 0;
    for q in Quadrant::ALL {
        let (tw, th) = body.estimate_text_size(&text.quadrant_names[q.index()], &name_style)?;
        tall = tall.max(th);
        if !matches!(q, Quadrant::Strengths | Quadrant::Opportunities) {
            side = side.max(tw);
        }
    }
    let rim = f64::from(
        (bw / 2)
            .saturating_sub(side + 10)
            .min((bh / 2).saturating_sub(tall + 10))
            .max(30),
    );
    let radius = |value: f64| rim * value / top;

    let ring_style = style::anchored(
        style::text(size::LABEL - 2.0, &palette.muted_text),
        HPos::Left,
        VPos::Center,
    );
    let mut ring = step;
    while f64::from(ring) <= top {
        let r = radius(f64::from(ring));
        body.draw(&Circle::new(
            centre,
            r.round() as i32,
            palette.grid.stroke_width(1),
        ))?;
        let angle = -PI / 4.0;
        let at = (
            centre.0 + (r * angle.cos()).round() as i32 + 2,
            centre.1 + (r * angle.sin()).round() as i32,
        );
        body.draw_text(&ring.to_string(), &ring_style, at)?;
        ring += step;
    }
    for q in Quadrant::ALL {
        body.draw(&PathElement::new(
            vec![centre, spoke(centre, rim, q)],
            palette.axis.stroke_width(1),
        ))?;
        let (h, v) = match q {
            Quadrant::Strengths => (HPos::Center, VPos::Bottom),
            Quadrant::Weaknesses => (HPos::Left, VPos::Center),
            Quadrant::Opportunities => (HPos::Center, VPos::Top),
            Quadrant::Threats => (HPos::Right, VPos::Center),
        };
        body.draw_text(
            &text.quadrant_names[q.index()],
            &style::anchored(name_style.clone(), h, v),
            spoke(centre, rim + 6.0, q),
        )?;
    }

    let corners = |row: &ComparisonRow| -> Option<Vec<(i32, i32)>> {
        Quadrant::ALL
            .iter()
            .map(|&q| Some(spoke(centre, radius(f64::from(row.total(q)?)), q)))
            .collect()
    };
    // Competitors first, the company last so that it is drawn on top.
    let order = (1..rows.len()).chain((!rows.is_empty()).then_some(0));
    for i in order {
        let Some(points) = corners(&rows[i]) else {
            continue;
        };
        let colour = company_colour(i, palette);
        let mut outline = points.clone();
        outline.push(points[0]);
        body.draw(&PathElement::new(
            outline,
            colour.stroke_width(outline_width(i)),
        ))?;
        for p in points {
            body.draw(&Circle::new(
                p,
                outline_width(i) as i32 + 1,
                colour.filled(),
            ))?;
        }
    }

    // The legend: one line per company, a short stroke of its colour and weight before
    // its name.
    let line = 18;
    let (lw, _) = legend.dim_in_pixel();
    for (i, row) in rows.iter().enumerate() {
        let y = 14 + line * i as i32;
        let drawn = corners(row).is_some();
        // The company stays bold even without an outline, so it is always the one
        // that stands out; others without an outline read as muted.
        let style = match (i, drawn) {
            (0, true) => style::bold(size::LABEL, &palette.text),
            (0, false) => style::bold(size::LABEL, &palette.muted_text),
            (_, true) => style::text(size::LABEL, &palette.text),
            (_, false) => style::italic(size::LABEL, &palette.muted_text),
        };
        let style = style::anchored(style, HPos::Left, VPos::Center);
        if drawn {
            legend.draw(&PathElement::new(
                vec![(4, y), (22, y)],
                company_colour(i, palette).stroke_width(outline_width(i)),
            ))?;
        }
        let label = if drawn {
            name(row, text).to_string()
        } else {
            format!("{} ({})", name(row, text), text.not_scored)
        };
        let label = style::fit_label(&legend, &label, &style, lw.saturating_sub(34))?;
        legend.draw_text(&label, &style, (28, y))?;
    }

    if !has_data(comparison) {
        return style::draw_notice(&body, &text.no_data, palette);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_step_by_fives_and_stay_few() {
        // (axis top, step)
        let cases = [
            (10.0, 5),
            (15.0, 5),
            (20.0, 5),
            (25.0, 10),
            (45.0, 15),
            (100.0, 25),
        ];
        for (top, step) in cases {
            assert_eq!(ring_step(top), step, "{top}");
            assert!(top / f64::from(step) <= 4.0, "{top}");
        }
    }

    #[test]
    fn the_company_stands_out() {
        let p = Palette::STANDARD;
        assert!((1..20).all(|i| outline_width(0) > outline_width(i)));
        assert!((1..8).all(|i| company_colour(i, &p) != company_colour(0, &p)));
        // Competitors take distinct colours until the series runs out.
        let colours: Vec<_> = (1..=p.series.len())
            .map(|i| company_colour(i, &p))
            .collect();
        for (i, a) in colours.iter().enumerate() {
            assert!(colours[i + 1..].iter().all(|b| a != b));
        }
    }
}
