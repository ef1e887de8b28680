//! The SWOT charts: the four quadrant totals as bars, and the balance plane that places
//! the company (or a competitor) in one of the four postures.

use std::iter;

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::swot::{Posture, Quadrant, SwotScore};

use crate::error::ChartResult;
use crate::style::{self, size, Palette};

/// Labels of both SWOT charts, already translated by the app.
///
/// Chart titles are not here: the page shows them as headings, where screen readers and
/// text search find them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SwotChartText {
    /// Category names under the bars, indexed by [`Quadrant::index`] (S, W, O, T).
    pub quadrant_names: [String; 4],
    /// Caption of the totals chart's vertical axis, e.g. "Total score".
    pub total_axis: String,
    /// Caption of the balance plane's horizontal axis: strengths minus weaknesses.
    pub internal_axis: String,
    /// Caption of the balance plane's vertical axis: opportunities minus threats.
    pub external_axis: String,
    /// Names written in the four regions of the balance plane, in [`POSTURE_ORDER`]
    /// (SO, ST, WO, WT).
    pub posture_names: [String; 4],
    /// Written where a bar would be when the quadrant lists items but none is scored
    /// (its total is unknown, which is not zero).
    pub not_scored: String,
    /// Written across either chart when nothing at all has been listed.
    pub no_data: String,
    /// Written across the balance plane when a balance is unknown because a quadrant lists
    /// items without scores.
    pub not_enough_scores: String,
    /// Names the marked point on the balance plane (the company or competitor the SWOT
    /// belongs to); written before its coordinates. May be empty.
    pub point_label: String,
}

/// The order of [`SwotChartText::posture_names`].
pub const POSTURE_ORDER: [Posture; 4] = [Posture::SO, Posture::ST, Posture::WO, Posture::WT];

fn posture_slot(posture: Posture) -> usize {
    match posture {
        Posture::SO => 0,
        Posture::ST => 1,
        Posture::WO => 2,
        Posture::WT => 3,
    }
}

/// Bar colour of a quadrant: one colour family for the favourable quadrants and another
/// for the unfavourable ones, with a lighter member so neighbours stay apart.
pub fn quadrant_colour(quadrant: Quadrant, palette: &Palette) -> RGBColor {
    match quadrant {
        Quadrant::Strengths => palette.favourable,
        Quadrant::Opportunities => palette.favourable_alt,
        Quadrant::Weaknesses => palette.unfavourable,
        Quadrant::Threats => palette.unfavourable_alt,
    }
}

/// Shading of a posture's region on the balance plane: favourable both ways, unfavourable
/// both ways, or mixed.
pub fn posture_tint(posture: Posture, palette: &Palette) -> RGBColor {
    match posture {
        Posture::SO => palette.favourable_tint,
        Posture::WT => palette.unfavourable_tint,
        Posture::ST | Posture::WO => palette.neutral_tint,
    }
}

/// The smallest multiple of `step` that is at least `value`.
fn round_up(value: u64, step: u64) -> u64 {
    value.div_ceil(step).saturating_mul(step)
}

/// Top of the totals axis: at least 10 (one item's worth), otherwise the largest total
/// rounded up to a multiple of 5 after adding a tenth (at least one point) of headroom,
/// so the value written above the tallest bar stays inside the plot.
fn totals_axis_max(largest: u32) -> u32 {
    let headroom = (largest / 10).max(1);
    let top = round_up(u64::from(largest) + u64::from(headroom), 5);
    u32::try_from(top).unwrap_or(u32::MAX).max(10)
}

/// Half the width of the balance plane: at least 10, otherwise the larger |balance| rounded
/// up to a multiple of 5, with at least one point to spare so the marker is never drawn on
/// the frame.
fn plane_half_range(balance: Option<(i64, i64)>) -> i64 {
    let largest = balance.map_or(0, |(x, y)| x.unsigned_abs().max(y.unsigned_abs()));
    let half = round_up(largest.saturating_add(1), 5);
    i64::try_from(half).unwrap_or(i64::MAX / 2).max(10)
}

/// Bar chart of the four quadrant totals (S, W, O, T).
///
/// Each bar carries its value; a quadrant whose total is unknown (items listed, none
/// scored) gets no bar but the [`SwotChartText::not_scored`] label, so "missing" never
/// looks like zero. With nothing listed at all the axes are drawn under a centred
/// [`SwotChartText::no_data`].
pub fn swot_totals<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &SwotScore,
    text: &SwotChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;

    let totals = score.quadrants.map(|q| q.known_total());
    let largest = totals.iter().flatten().copied().max().unwrap_or(0);
    let y_max = totals_axis_max(largest);
    let categories = Quadrant::ALL.len() as u32;

    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(52)
        .build_cartesian_2d((0..categories - 1).into_segmented(), 0..y_max)?;

    let category_name = |value: &SegmentValue<u32>| match value {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => text
            .quadrant_names
            .get(*i as usize)
            .cloned()
            .unwrap_or_default(),
        SegmentValue::Last => String::new(),
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(Quadrant::ALL.len())
        .x_label_formatter(&category_name)
        .y_labels(6)
        .light_line_style(TRANSPARENT)
        .y_desc(text.total_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;

    let plot = chart.plotting_area();
    if score.is_empty() {
        return style::draw_notice(&plot.strip_coord_spec(), &text.no_data, palette);
    }

    // A fifth of each category's width on either side separates the bars.
    let gap = plot.dim_in_pixel().0 / categories / 5;
    for quadrant in Quadrant::ALL {
        style::category_bar(
            &mut chart,
            quadrant.index() as u32,
            categories,
            totals[quadrant.index()].map(|total| (total, total.to_string())),
            quadrant_colour(quadrant, palette),
            &text.not_scored,
            gap,
            palette,
        )?;
    }
    Ok(())
}

/// The balance plane: internal balance (S − W) across, external balance (O − T) up, axes
/// crossing at the origin, each quadrant of the plane shaded and named after its posture,
/// and the score marked with its coordinates.
///
/// The marked point's posture is named in bold. While a balance is no finding yet (see
/// [`SwotScore::internal_finding`]) the plane is drawn under
/// [`SwotChartText::not_enough_scores`]; with nothing listed at all, under
/// [`SwotChartText::no_data`] (both balances would be a meaningless 0).
pub fn swot_posture<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &SwotScore,
    text: &SwotChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;

    let balance = match (score.internal_finding(), score.external_finding()) {
        _ if score.is_empty() => Err(text.no_data.as_str()),
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(text.not_enough_scores.as_str()),
    };
    let r = plane_half_range(balance.ok());

    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(52)
        .build_cartesian_2d(-r..r, -r..r)?;

    // Shading first, so the grid and everything else is drawn over it.
    for posture in POSTURE_ORDER {
        let (xs, ys) = match posture {
            Posture::SO => ((0, r), (0, r)),
            Posture::ST => ((0, r), (-r, 0)),
            Posture::WO => ((-r, 0), (0, r)),
            Posture::WT => ((-r, 0), (-r, 0)),
        };
        chart.draw_series(iter::once(Rectangle::new(
            [(xs.0, ys.0), (xs.1, ys.1)],
            posture_tint(posture, palette).filled(),
        )))?;
    }

    // Bold lines every 5 points up to 20 wide; beyond that let plotters thin them out.
    let ticks = if r <= 20 { (2 * r / 5 + 1) as usize } else { 9 };
    chart
        .configure_mesh()
        .x_labels(ticks)
        .y_labels(ticks)
        .light_line_style(TRANSPARENT)
        .x_desc(text.internal_axis.as_str())
        .y_desc(text.external_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;

    // The axes through the origin are what the plane is about: drawn darker than the grid.
    let zero_axis = palette.axis.stroke_width(1);
    chart.draw_series([
        PathElement::new(vec![(-r, 0), (r, 0)], zero_axis),
        PathElement::new(vec![(0, -r), (0, r)], zero_axis),
    ])?;

    // Region names in the outer corners, where the marked point is least likely to be.
    let active = balance
        .ok()
        .map(|(x, y)| posture_slot(Posture::from_balances(x, y)));
    for posture in POSTURE_ORDER {
        let slot = posture_slot(posture);
        let (corner, offset, h, v) = match posture {
            Posture::SO => ((r, r), (-6, 6), HPos::Right, VPos::Top),
            Posture::ST => ((r, -r), (-6, -6), HPos::Right, VPos::Bottom),
            Posture::WO => ((-r, r), (6, 6), HPos::Left, VPos::Top),
            Posture::WT => ((-r, -r), (6, -6), HPos::Left, VPos::Bottom),
        };
        let name_style = if active == Some(slot) {
            style::bold(size::REGION, &palette.text)
        } else {
            style::text(size::REGION, &palette.muted_text)
        };
        chart.draw_series(iter::once(
            EmptyElement::at(corner)
                + Text::new(
                    text.posture_names[slot].clone(),
                    offset,
                    style::anchored(name_style, h, v),
                ),
        ))?;
    }

    let (x, y) = match balance {
        Ok(point) => point,
        Err(message) => {
            return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
        }
    };

    // The label goes right of and above the point unless that runs towards a near edge.
    let (dx, h) = if x > r / 2 {
        (-10, HPos::Right)
    } else {
        (10, HPos::Left)
    };
    let (dy, v) = if y > r / 2 {
        (8, VPos::Top)
    } else {
        (-8, VPos::Bottom)
    };
    let name = text.point_label.trim();
    let label = if name.is_empty() {
        format!("({x}, {y})")
    } else {
        format!("{name} ({x}, {y})")
    };
    chart.draw_series(iter::once(
        EmptyElement::at((x, y))
            // A halo in the background colour keeps the marker visible on the axes.
            + Circle::new((0, 0), 8, palette.background.filled())
            + Circle::new((0, 0), 6, palette.marker.filled())
            + Text::new(
                label,
                (dx, dy),
                style::anchored(style::bold(size::VALUE, &palette.text), h, v),
            ),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_axis_leaves_room_above_the_tallest_bar() {
        // (largest total, axis top)
        let cases = [
            (0, 10),
            (1, 10),
            (9, 10),
            (10, 15),
            (14, 15),
            (24, 30),
            (28, 30),
            (29, 35),
            (30, 35),
            (100, 110),
            (101, 115),
            (u32::MAX, u32::MAX),
        ];
        for (largest, top) in cases {
            assert_eq!(totals_axis_max(largest), top, "largest {largest}");
        }
    }

    #[test]
    fn plane_is_symmetric_and_keeps_the_point_off_the_frame() {
        // (balance, half range)
        let cases = [
            (None, 10),
            (Some((0, 0)), 10),
            (Some((9, -3)), 10),
            (Some((-10, 2)), 15),
            (Some((3, -14)), 15),
            (Some((-23, 7)), 25),
            (Some((40, 40)), 45),
            (Some((i64::MIN, 0)), i64::MAX / 2),
        ];
        for (balance, half) in cases {
            assert_eq!(plane_half_range(balance), half, "{balance:?}");
        }
    }

    #[test]
    fn posture_slots_follow_posture_order() {
        for (i, posture) in POSTURE_ORDER.into_iter().enumerate() {
            assert_eq!(posture_slot(posture), i);
        }
    }

    #[test]
    fn favourable_and_unfavourable_colours_never_coincide() {
        let p = Palette::STANDARD;
        let colours = Quadrant::ALL.map(|q| quadrant_colour(q, &p));
        for (i, a) in colours.iter().enumerate() {
            for b in &colours[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
