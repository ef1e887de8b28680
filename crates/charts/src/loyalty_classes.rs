//! The relationship continuum (METHOD.md §6): distant → pure transaction → close
//! working relationship across, its three stages shaded and named, and one line per
//! customer group with where the relationship stands today and where the team wants
//! it, an arrow from one to the other.

use std::iter;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::loyalty_classes::{LoyaltyClassesScore, Stage};
use workbook::Score;

use crate::error::ChartResult;
use crate::style::{self, band, size, Palette};

/// Labels of the continuum, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContinuumText {
    /// The stages' names, in [`Stage::ALL`] order.
    pub stages: [String; 3],
    /// Caption of the axis, e.g. "Closeness of the relationship (1–10)".
    pub axis: String,
    /// The legend's names of the two markers.
    pub today: String,
    pub target: String,
    /// Written for a group that has no name yet.
    pub unnamed: String,
    /// Written across the chart when no group has a position.
    pub no_data: String,
}

const LOW: f64 = Score::MIN as f64 - 0.5;
const HIGH: f64 = Score::MAX as f64 + 0.5;

/// The stage's band across the chart: half a point outside its first and last
/// positions, so every whole position falls inside the band of its stage.
pub fn stage_band(stage: Stage) -> (f64, f64) {
    let (a, b) = stage.span();
    (f64::from(a) - 0.5, f64::from(b) + 0.5)
}

/// The shading of a stage: unfavourable (distant), neutral (transaction), favourable
/// (close).
pub fn stage_colour(stage: Stage, palette: &Palette) -> RGBColor {
    match stage {
        Stage::Distant => palette.unfavourable_tint,
        Stage::Transaction => palette.neutral_tint,
        Stage::Close => palette.favourable_tint,
    }
}

/// Where today's position is drawn: a ring in the text colour.
pub const TODAY_RADIUS: i32 = 6;
/// Where the target is drawn: a filled dot in the favourable colour.
pub const TARGET_RADIUS: i32 = 6;

/// The continuum: one row per group with a position, top to bottom in list order,
/// names left of the rows; today as a ring, the target as a dot, an arrow from today
/// to the target when both are set and differ.
pub fn relationship_continuum<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &LoyaltyClassesScore,
    text: &ContinuumText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, plot) = area.split_vertically(style::LEGEND_HEIGHT);
    draw_legend(&legend, text, palette)?;
    let rows = score.positions.len().max(1);
    let label_width = (plot.dim_in_pixel().0 * 2 / 7).clamp(60, 200);
    // One extra band on top holds the stages' names.
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .margin_top(4)
        .x_label_area_size(40)
        .y_label_area_size(label_width)
        .build_cartesian_2d(LOW..HIGH, 0.0..(rows + 1) as f64)?;
    for stage in Stage::ALL {
        let (a, b) = stage_band(stage);
        chart.draw_series(iter::once(Rectangle::new(
            [(a, 0.0), (b, (rows + 1) as f64)],
            stage_colour(stage, palette).filled(),
        )))?;
    }
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(11)
        .x_label_formatter(&|v| whole(*v))
        .light_line_style(TRANSPARENT)
        .x_desc(text.axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;
    let top = (rows + 1) as f64;
    let style = style::anchored(
        style::bold(size::LABEL, &palette.text),
        HPos::Center,
        VPos::Center,
    );
    for (stage, name) in Stage::ALL.into_iter().zip(&text.stages) {
        let (a, b) = stage_band(stage);
        let width =
            (chart.backend_coord(&(b, top)).0 - chart.backend_coord(&(a, top)).0 - 8).max(0) as u32;
        // A name wider than its band goes on two lines, split at the space nearest
        // its middle, each line shortened to fit if it must.
        let lines = if area.estimate_text_size(name, &style)?.0 <= width {
            vec![name.clone()]
        } else {
            split_in_two(name)
        };
        let first = -8 * (lines.len() as i32 - 1);
        for (i, line) in lines.iter().enumerate() {
            let line = style::fit_label(area, line, &style, width)?;
            chart.draw_series(iter::once(
                EmptyElement::at(((a + b) / 2.0, top - 0.5))
                    + Text::new(line, (0, first + 16 * i as i32), style.clone()),
            ))?;
        }
    }

    if score.positions.is_empty() {
        return style::draw_notice(
            &chart.plotting_area().strip_coord_spec(),
            &text.no_data,
            palette,
        );
    }

    let label_style = style::anchored(
        style::text(size::LABEL, &palette.text),
        HPos::Right,
        VPos::Center,
    );
    for (row, p) in score.positions.iter().enumerate() {
        let (lo, hi) = band(row, rows);
        let y = (lo + hi) / 2.0;
        let name = if p.name.trim().is_empty() {
            text.unnamed.as_str()
        } else {
            p.name.as_str()
        };
        let name = style::fit_label(area, name, &label_style, label_width - 14)?;
        chart.draw_series(iter::once(
            EmptyElement::at((LOW, y)) + Text::new(name, (-8, 0), label_style.clone()),
        ))?;
        // The continuum itself, faint, under each group.
        chart.draw_series(iter::once(PathElement::new(
            vec![(1.0, y), (10.0, y)],
            style::UNDECIDED.stroke_width(1),
        )))?;
        draw_row(&mut chart, p.today, p.target, y, palette)?;
    }
    Ok(())
}

type Plane = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// A group's today ring, target dot and the arrow between them.
fn draw_row<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Plane>,
    today: Option<Score>,
    target: Option<Score>,
    y: f64,
    palette: &Palette,
) -> ChartResult<DB> {
    let x = |s: Score| f64::from(s.get());
    if let (Some(a), Some(b)) = (today, target) {
        if a != b {
            let (from, to) = (x(a), x(b));
            // Stop short of the dot so the head stays visible; the head points the way
            // the relationship should move.
            let dir = (to - from).signum();
            let end = to - dir * 0.25;
            chart.draw_series(iter::once(PathElement::new(
                vec![(from, y), (end, y)],
                palette.text.stroke_width(2),
            )))?;
            let px = if dir > 0.0 { -7 } else { 7 };
            chart.draw_series(iter::once(
                EmptyElement::at((end, y))
                    + Polygon::new(vec![(0, 0), (px, -5), (px, 5)], palette.text.filled()),
            ))?;
        }
    }
    if let Some(t) = target {
        chart.draw_series(iter::once(
            EmptyElement::at((x(t), y))
                + Circle::new((0, 0), TARGET_RADIUS, palette.favourable.filled()),
        ))?;
    }
    if let Some(t) = today {
        chart.draw_series(iter::once(
            EmptyElement::at((x(t), y))
                + Circle::new((0, 0), TODAY_RADIUS, palette.background.filled())
                + Circle::new((0, 0), TODAY_RADIUS, palette.text.stroke_width(2)),
        ))?;
    }
    Ok(())
}

/// "○ Today  ● Target".
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &ContinuumText,
    palette: &Palette,
) -> ChartResult<DB> {
    let style = style::anchored(
        style::text(size::LABEL, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let cy = (area.dim_in_pixel().1 / 2) as i32;
    let mut x = 20;
    area.draw(&Circle::new(
        (x, cy),
        TODAY_RADIUS,
        palette.text.stroke_width(2),
    ))?;
    area.draw_text(&text.today, &style, (x + 12, cy))?;
    x += 12 + area.estimate_text_size(&text.today, &style)?.0 as i32 + 24;
    area.draw(&Circle::new(
        (x, cy),
        TARGET_RADIUS,
        palette.favourable.filled(),
    ))?;
    area.draw_text(&text.target, &style, (x + 12, cy))?;
    Ok(())
}

/// `text` as two lines, split at the space nearest its middle; one line without a
/// space (Chinese names are short enough not to need it).
pub fn split_in_two(text: &str) -> Vec<String> {
    let middle = text.chars().count() / 2;
    let split = text
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| i)
        .min_by_key(|&i| text[..i].chars().count().abs_diff(middle));
    match split {
        Some(i) => vec![text[..i].to_string(), text[i + 1..].to_string()],
        None => vec![text.to_string()],
    }
}

/// A tick label on the whole positions only.
fn whole(value: f64) -> String {
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

    #[test]
    fn every_position_falls_in_the_band_of_its_stage() {
        for p in 1..=10u8 {
            let stage = Stage::of(Score::new(p).unwrap());
            let inside: Vec<Stage> = Stage::ALL
                .into_iter()
                .filter(|&s| {
                    let (a, b) = stage_band(s);
                    (a..b).contains(&f64::from(p))
                })
                .collect();
            assert_eq!(inside, [stage], "{p}");
        }
        assert_eq!(stage_band(Stage::Distant).0, LOW);
        assert_eq!(stage_band(Stage::Close).1, HIGH);
    }

    #[test]
    fn long_names_split_at_the_space_nearest_the_middle() {
        assert_eq!(
            split_in_two("Close working relationship"),
            ["Close working", "relationship"]
        );
        assert_eq!(split_in_two("Pure transaction"), ["Pure", "transaction"]);
        assert_eq!(split_in_two("亲密的工作关系"), ["亲密的工作关系"]);
    }
}
