//! The value map of the key-customer value analysis: each value target in each
//! customer class placed by how much it matters to the class (across) and by what
//! delivering it earns over what it costs (up), in four named regions — lead with
//! it, deliver it more cheaply, offer it on request, drop it.

use std::iter;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::key_value::{Advice, KeyValueScore, MATTERS_FROM};
use workbook::Score;

use crate::error::ChartResult;
use crate::style::{self, size, Palette};

/// Labels of the value map, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueMapText {
    /// Caption of the horizontal axis, e.g. "How much it matters to the class (1–10)".
    pub importance_axis: String,
    /// Caption of the vertical axis, e.g. "Value earned − cost".
    pub margin_axis: String,
    /// The four regions' names, in [`Advice::ALL`] order.
    pub regions: [String; 4],
    /// Written beside a target that has no name yet.
    pub unnamed: String,
    /// Written across the chart when targets are listed but none is placed.
    pub not_scored: String,
    /// Written across the chart when nothing is listed.
    pub no_data: String,
}

/// Importance runs half a point past the 1–10 scale at both ends, the margin (value −
/// cost, −9 to +9) likewise, so points on the extremes are not drawn on the frame.
const X_LOW: f64 = Score::MIN as f64 - 0.5;
const X_HIGH: f64 = Score::MAX as f64 + 0.5;
const Y_HIGH: f64 = (Score::MAX - Score::MIN) as f64 + 0.5;
const Y_LOW: f64 = -Y_HIGH;

/// The importance that separates "matters" from "hardly matters", in chart
/// coordinates: half a point below [`MATTERS_FROM`], so whole scores fall on one side.
pub const MATTERS_LINE: f64 = MATTERS_FROM as f64 - 0.5;

/// The margin that separates "pays" (≥ 1) from "does not pay" (≤ 0).
pub const PAYS_LINE: f64 = 0.5;

/// A region's corners in (importance, margin) coordinates.
pub fn region(advice: Advice) -> [(f64, f64); 2] {
    match advice {
        Advice::LeadWith => [(MATTERS_LINE, Y_HIGH), (X_HIGH, PAYS_LINE)],
        Advice::DeliverCheaper => [(MATTERS_LINE, PAYS_LINE), (X_HIGH, Y_LOW)],
        Advice::OnRequest => [(X_LOW, Y_HIGH), (MATTERS_LINE, PAYS_LINE)],
        Advice::Drop => [(X_LOW, PAYS_LINE), (MATTERS_LINE, Y_LOW)],
    }
}

/// The shading of a region: favourable where a target matters and pays, unfavourable
/// where it matters and does not pay, neutral where it pays but hardly matters; the
/// region to drop stays unshaded.
pub fn region_colour(advice: Advice, palette: &Palette) -> Option<RGBColor> {
    match advice {
        Advice::LeadWith => Some(palette.favourable_tint),
        Advice::DeliverCheaper => Some(palette.unfavourable_tint),
        Advice::OnRequest => Some(palette.neutral_tint),
        Advice::Drop => None,
    }
}

/// The colour of class `index`: the palette's series in turn.
pub fn class_colour(index: usize, palette: &Palette) -> RGBColor {
    palette.series[index % palette.series.len()]
}

/// The marker shape of class `index`, so colour is never the only cue: circle, square,
/// triangle in turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
}

pub fn class_shape(index: usize) -> Shape {
    [Shape::Circle, Shape::Square, Shape::Triangle][index % 3]
}

/// How far a target's row is moved up or down so targets with the same margin do not
/// draw over each other: the `k`-th of `n` such targets, spread around the margin.
pub fn row_offset(k: usize, n: usize) -> f64 {
    const STEP: f64 = 0.3;
    (k as f64 - (n.saturating_sub(1)) as f64 / 2.0) * STEP
}

/// The value map: importance 1–10 across, value − cost up, the four regions shaded
/// and named in their outer corners, and each priced target drawn as a thin line at its
/// margin joining its classes' markers (each class its own colour and shape, named in
/// the legend), the target's name at the line's end. Targets of equal margin are
/// spread apart by a fraction of a point.
///
/// With nothing listed the empty map is drawn under [`ValueMapText::no_data`]; with
/// targets listed but none both priced and rated, under [`ValueMapText::not_scored`].
pub fn value_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &KeyValueScore,
    text: &ValueMapText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, plot) = area.split_vertically(style::LEGEND_HEIGHT);
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .margin_top(4)
        .x_label_area_size(40)
        .y_label_area_size(54)
        .build_cartesian_2d(X_LOW..X_HIGH, Y_LOW..Y_HIGH)?;

    for advice in Advice::ALL {
        if let Some(colour) = region_colour(advice, palette) {
            chart.draw_series(iter::once(Rectangle::new(region(advice), colour.filled())))?;
        }
    }
    chart
        .configure_mesh()
        .x_labels(11)
        // A line per whole margin, named every third (−9, −6 … +9).
        .y_labels(19)
        .x_label_formatter(&|v| whole(*v))
        .y_label_formatter(&|v| signed(*v))
        .light_line_style(TRANSPARENT)
        .x_desc(text.importance_axis.as_str())
        .y_desc(text.margin_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;
    region_names(&mut chart, text, palette)?;

    draw_legend(&legend, score, palette)?;

    if score.points.is_empty() {
        let message = if score.targets == 0 && score.classes == 0 {
            &text.no_data
        } else {
            &text.not_scored
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }

    let (plot_x, _) = chart.plotting_area().get_pixel_range();
    let label_style = style::text(size::LABEL, &palette.text);
    for (line, y) in rows(score) {
        let xs: Vec<f64> = score
            .points
            .iter()
            .filter(|p| p.target == line.id)
            .map(|p| f64::from(p.importance.get()))
            .collect();
        let (low, high) = xs
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        chart.draw_series(iter::once(PathElement::new(
            vec![(low, y), (high, y)],
            style::UNDECIDED.stroke_width(1),
        )))?;
        for p in score.points.iter().filter(|p| p.target == line.id) {
            let at = (f64::from(p.importance.get()), y);
            let colour = class_colour(p.class_index, palette);
            draw_marker(&mut chart, at, class_shape(p.class_index), colour)?;
        }
        // The name goes on the side of the line with more room, shortened to fit it.
        let room_left = chart.backend_coord(&(low, y)).0 - plot_x.start;
        let room_right = plot_x.end - chart.backend_coord(&(high, y)).0;
        let (x, dx, h, room) = if room_left > room_right {
            (low, -10, HPos::Right, room_left)
        } else {
            (high, 10, HPos::Left, room_right)
        };
        let label_room = room.saturating_sub(14).max(0) as u32;
        let name = if line.name.trim().is_empty() {
            text.unnamed.as_str()
        } else {
            line.name.as_str()
        };
        let anchored = style::anchored(label_style.clone(), h, VPos::Center);
        let name = style::fit_label(area, name, &anchored, label_room)?;
        chart.draw_series(iter::once(
            EmptyElement::at((x, y)) + Text::new(name, (dx, 0), anchored),
        ))?;
    }
    Ok(())
}

/// The classes, each with its marker and colour, their names shortened so all fit
/// on one line.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &KeyValueScore,
    palette: &Palette,
) -> ChartResult<DB> {
    let count = score.class_lines.len().max(1) as i32;
    let width = area.dim_in_pixel().0 as i32 - 14;
    let slot = width / count;
    let style = style::anchored(
        style::text(size::LABEL, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let cy = (area.dim_in_pixel().1 / 2) as i32;
    for (i, class) in score.class_lines.iter().enumerate() {
        let x = 14 + slot * i as i32;
        let fill = class_colour(i, palette).filled();
        match class_shape(i) {
            Shape::Circle => area.draw(&Circle::new((x + 5, cy), 5, fill))?,
            Shape::Square => area.draw(&Rectangle::new([(x, cy - 5), (x + 10, cy + 5)], fill))?,
            Shape::Triangle => area.draw(&TriangleMarker::new((x + 5, cy), 6, fill))?,
        }
        let room = (slot - 30).max(0) as u32;
        let name = style::fit_label(area, &class.name, &style, room)?;
        area.draw_text(&name, &style, (x + 15, cy))?;
    }
    Ok(())
}

/// The priced targets with points, each with the height of its row: its margin, moved
/// apart from the other targets of the same margin.
fn rows(score: &KeyValueScore) -> Vec<(&workbook::key_value::TargetLine, f64)> {
    let placed: Vec<_> = score
        .lines
        .iter()
        .filter(|l| score.points.iter().any(|p| p.target == l.id))
        .collect();
    placed
        .iter()
        .map(|&line| {
            let margin = line.margin.unwrap_or(0);
            let same: Vec<_> = placed.iter().filter(|l| l.margin == line.margin).collect();
            let k = same.iter().position(|l| l.id == line.id).unwrap_or(0);
            (line, f64::from(margin) + row_offset(k, same.len()))
        })
        .collect()
}

/// The value map's coordinates: importance across, margin up.
type Plane = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// Draws a class's marker at `at`, over a halo in the background colour.
fn draw_marker<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Plane>,
    at: (f64, f64),
    shape: Shape,
    colour: RGBColor,
) -> ChartResult<DB> {
    let halo =
        || EmptyElement::at(at) + Circle::new((0, 0), 7, Palette::STANDARD.background.filled());
    let fill = colour.filled();
    match shape {
        Shape::Circle => chart.draw_series(iter::once(halo() + Circle::new((0, 0), 5, fill)))?,
        Shape::Square => chart.draw_series(iter::once(
            halo() + Rectangle::new([(-5, -5), (5, 5)], fill),
        ))?,
        Shape::Triangle => {
            chart.draw_series(iter::once(halo() + TriangleMarker::new((0, 0), 6, fill)))?
        }
    };
    Ok(())
}

/// Each region's name in its outer corner.
fn region_names<DB: DrawingBackend>(
    chart: &mut ChartContext<
        '_,
        DB,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    text: &ValueMapText,
    palette: &Palette,
) -> ChartResult<DB> {
    for (advice, name) in Advice::ALL.into_iter().zip(&text.regions) {
        let (at, offset, h, v) = match advice {
            Advice::LeadWith => ((X_HIGH, Y_HIGH), (-6, 6), HPos::Right, VPos::Top),
            Advice::DeliverCheaper => ((X_HIGH, Y_LOW), (-6, -6), HPos::Right, VPos::Bottom),
            Advice::OnRequest => ((X_LOW, Y_HIGH), (6, 6), HPos::Left, VPos::Top),
            Advice::Drop => ((X_LOW, Y_LOW), (6, -6), HPos::Left, VPos::Bottom),
        };
        let style = style::anchored(style::bold(size::REGION, &palette.text), h, v);
        chart.draw_series(iter::once(
            EmptyElement::at(at) + Text::new(name.clone(), offset, style),
        ))?;
    }
    Ok(())
}

/// A tick label on the whole scores only; the half points at the ends stay blank.
fn whole(value: f64) -> String {
    let rounded = value.round();
    if (value - rounded).abs() < 1e-6 && (1.0..=10.0).contains(&rounded) {
        format!("{rounded:.0}")
    } else {
        String::new()
    }
}

/// A margin tick: every third whole number, signed, "0" without a sign.
fn signed(value: f64) -> String {
    let rounded = value.round();
    if (value - rounded).abs() > 1e-6 || rounded.abs() > 9.0 || rounded % 3.0 != 0.0 {
        return String::new();
    }
    match rounded as i32 {
        0 => "0".to_string(),
        v if v > 0 => format!("+{v}"),
        v => format!("−{}", -v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use workbook::key_value::{matters, pays};

    #[test]
    fn the_regions_hold_exactly_the_points_of_their_advice() {
        for importance in 1..=10u8 {
            for margin in -9..=9i8 {
                let i = Score::new(importance).unwrap();
                let (x, y) = (f64::from(importance), f64::from(margin));
                let inside: Vec<Advice> = Advice::ALL
                    .into_iter()
                    .filter(|&a| {
                        let [p, q] = region(a);
                        let (x0, x1) = (p.0.min(q.0), p.0.max(q.0));
                        let (y0, y1) = (p.1.min(q.1), p.1.max(q.1));
                        (x0..=x1).contains(&x) && (y0..=y1).contains(&y)
                    })
                    .collect();
                assert_eq!(inside, vec![Advice::of(i, margin)], "{importance} {margin}");
                assert_eq!(
                    Advice::of(i, margin) == Advice::LeadWith,
                    matters(i) && pays(margin)
                );
            }
        }
    }

    #[test]
    fn ticks() {
        assert_eq!(whole(1.0), "1");
        assert_eq!(whole(0.5), "");
        assert_eq!(whole(10.5), "");
        assert_eq!(signed(3.0), "+3");
        assert_eq!(signed(9.0), "+9");
        assert_eq!(signed(2.0), "");
        assert_eq!(signed(-3.0), "−3");
        assert_eq!(signed(0.0), "0");
        assert_eq!(signed(9.5), "");
        assert_eq!(signed(1.5), "");
    }

    #[test]
    fn rows_of_equal_margin_spread_around_it() {
        assert_eq!(row_offset(0, 1), 0.0);
        assert_eq!(row_offset(0, 2), -0.15);
        assert_eq!(row_offset(1, 2), 0.15);
        assert!((row_offset(2, 3) - 0.3).abs() < 1e-9);
    }
}
