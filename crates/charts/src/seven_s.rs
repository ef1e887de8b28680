//! The 7S charts: the McKinsey diagram (shared values in the centre, the six factors
//! around it, each filled by its verdict) and a radar of the six signed ratings.

use std::f64::consts::PI;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::internal::{FactorRating, SevenSFactor, SevenSScore, Verdict};
use workbook::Score;

use crate::error::ChartResult;
use crate::style::{self, size, tint, Palette};

/// Labels of both 7S charts, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SevenSChartText {
    /// Factor names, in [`SevenSFactor::ALL`] order.
    pub factor_names: [String; 6],
    /// The name of the centre, e.g. "Shared values".
    pub shared_values: String,
    /// Legend names of the verdicts.
    pub strength: String,
    pub weakness: String,
    pub no_verdict: String,
    /// Written instead of a rating that is missing (which is not zero).
    pub not_scored: String,
    /// A line under the radar saying how to read it, e.g. "Outward: strength · inward:
    /// weakness · ring: 0".
    pub radar_note: String,
    /// Written across either chart when no factor has a verdict or a rating.
    pub no_data: String,
}

/// The strong colour of a verdict (outlines, markers, legend): favourable for a strength,
/// unfavourable for a weakness, grey while undecided.
pub fn verdict_colour(verdict: Option<Verdict>, palette: &Palette) -> RGBColor {
    match verdict {
        Some(Verdict::Strength) => palette.favourable,
        Some(Verdict::Weakness) => palette.unfavourable,
        None => style::UNDECIDED,
    }
}

/// The fill of a factor's circle: its verdict colour, lightened so the dark label on top
/// stays legible.
pub fn verdict_fill(verdict: Option<Verdict>, palette: &Palette) -> RGBColor {
    match verdict {
        Some(Verdict::Strength) => tint(palette.favourable, 30),
        Some(Verdict::Weakness) => tint(palette.unfavourable, 30),
        None => palette.neutral_tint,
    }
}

/// Pixel position at `radius` from `centre` in the direction of factor `index`: the first
/// factor straight up, the others clockwise, 60° apart.
fn spoke(centre: (i32, i32), radius: f64, index: usize) -> (i32, i32) {
    spoke_at(centre, radius, -PI / 2.0 + index as f64 * PI / 3.0)
}

/// Pixel position at `radius` from `centre` at `angle` (radians, clockwise from the right,
/// since pixel y grows downwards).
fn spoke_at(centre: (i32, i32), radius: f64, angle: f64) -> (i32, i32) {
    (
        centre.0 + (radius * angle.cos()).round() as i32,
        centre.1 + (radius * angle.sin()).round() as i32,
    )
}

/// The rating as written on the charts, or [`SevenSChartText::not_scored`].
fn rating_text(f: &FactorRating, text: &SevenSChartText) -> String {
    f.rating
        .map_or_else(|| text.not_scored.clone(), |r| r.to_string())
}

/// The legend of both charts: the verdicts that occur.
fn draw_verdict_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &SevenSScore,
    text: &SevenSChartText,
    palette: &Palette,
) -> ChartResult<DB> {
    let entries: Vec<(RGBColor, &str)> = [
        (Some(Verdict::Strength), &text.strength),
        (Some(Verdict::Weakness), &text.weakness),
        (None, &text.no_verdict),
    ]
    .into_iter()
    .filter(|(v, _)| score.factors.iter().any(|f| f.verdict == *v))
    .map(|(v, name)| (verdict_colour(v, palette), name.as_str()))
    .collect();
    style::draw_legend(area, &entries, palette)
}

/// The McKinsey 7S diagram: shared values in a circle at the centre, the six factors in
/// circles around it (staff at the top, then clockwise in [`SevenSFactor::ALL`] order),
/// each joined to the centre and to its two neighbours. A factor's circle is filled and
/// outlined in its verdict's colour and names the factor above its rating.
///
/// With no verdict and no rating anywhere the empty diagram is drawn under
/// [`SevenSChartText::no_data`], so the structure is still shown.
pub fn seven_s_diagram<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &SevenSScore,
    text: &SevenSChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);
    if !score.is_empty() {
        draw_verdict_legend(&legend, score, text, palette)?;
    }

    let (w, h) = body.dim_in_pixel();
    let side = f64::from(w.min(h));
    let centre = ((w / 2) as i32, (h / 2) as i32);
    let ring = side * 0.35;
    let node = (side * 0.135).round() as i32;
    let hub = (f64::from(node) * 1.15).round() as i32;
    let nodes: Vec<(i32, i32)> = (0..SevenSFactor::ALL.len())
        .map(|i| spoke(centre, ring, i))
        .collect();

    // Links first, so the circles are drawn over their ends.
    let link = palette.axis.stroke_width(1);
    for (i, &at) in nodes.iter().enumerate() {
        let next = nodes[(i + 1) % nodes.len()];
        body.draw(&PathElement::new(vec![centre, at], link))?;
        body.draw(&PathElement::new(vec![at, next], link))?;
    }

    body.draw(&Circle::new(centre, hub, palette.background.filled()))?;
    body.draw(&Circle::new(centre, hub, palette.axis.stroke_width(2)))?;
    let hub_style = style::bold(size::LABEL, &palette.text);
    let hub_label = style::fit_label(&body, &text.shared_values, &hub_style, 2 * hub as u32 - 8)?;
    body.draw_text(
        &hub_label,
        &style::anchored(hub_style, HPos::Center, VPos::Center),
        centre,
    )?;

    let name_style = style::bold(size::LABEL, &palette.text);
    for (f, &at) in score.factors.iter().zip(&nodes) {
        body.draw(&Circle::new(
            at,
            node,
            verdict_fill(f.verdict, palette).filled(),
        ))?;
        body.draw(&Circle::new(
            at,
            node,
            verdict_colour(f.verdict, palette).stroke_width(2),
        ))?;
        let name = &text.factor_names[f.factor as usize];
        let name = style::fit_label(&body, name, &name_style, 2 * node as u32 - 6)?;
        body.draw_text(
            &name,
            &style::anchored(name_style.clone(), HPos::Center, VPos::Bottom),
            (at.0, at.1 - 1),
        )?;
        let rating_style = if f.rating.is_some() {
            style::text(size::VALUE, &palette.text)
        } else {
            style::italic(size::LABEL, &palette.muted_text)
        };
        body.draw_text(
            &rating_text(f, text),
            &style::anchored(rating_style, HPos::Center, VPos::Top),
            (at.0, at.1 + 3),
        )?;
    }

    if score.is_empty() {
        return style::draw_notice(&body, &text.no_data, palette);
    }
    Ok(())
}

/// A signed rating as written on the radar: strengths with a plus sign, so the sign
/// always says which side of zero the point is on.
fn with_sign(value: i32) -> String {
    if value > 0 {
        format!("+{value}")
    } else {
        value.to_string()
    }
}

/// The rings of the radar, as signed ratings: the centre is a weakness of 10, the rim a
/// strength of 10, and the bold ring in between is zero.
const RINGS: [i32; 4] = [-5, 0, 5, 10];

/// The radar of the six factors' ratings, signed by verdict: a strength is plotted
/// outward of the zero ring by its rating, a weakness inward by its rating (so a
/// weakness of 10 sits at the centre and a strength of 10 on the rim). Signing keeps
/// strengths and weaknesses apart on one axis, which an unsigned 0–10 radar would mix up.
///
/// Each rated factor gets a marker in its verdict's colour; the rated factors are joined
/// in [`SevenSFactor::ALL`] order by a neutral polygon. A factor without both a verdict
/// and a rating has no point, and its label says [`SevenSChartText::not_scored`] (or
/// [`SevenSChartText::no_verdict`] when it is rated but undecided). With nothing filled
/// in, the empty radar is drawn under [`SevenSChartText::no_data`].
pub fn seven_s_radar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &SevenSScore,
    text: &SevenSChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, rest) = area.split_vertically(style::LEGEND_HEIGHT);
    let (w, h) = rest.dim_in_pixel();
    let (body, note) = rest.split_vertically(h.saturating_sub(20));
    if !score.is_empty() {
        draw_verdict_legend(&legend, score, text, palette)?;
    }
    note.draw_text(
        &text.radar_note,
        &style::anchored(
            style::italic(size::LABEL, &palette.muted_text),
            HPos::Center,
            VPos::Center,
        ),
        ((w / 2) as i32, 10),
    )?;

    let (w, h) = body.dim_in_pixel();
    let centre = ((w / 2) as i32, (h / 2) as i32);
    let rim = f64::from(w.min(h)) * 0.32;
    let max = f64::from(Score::MAX);
    let radius = |signed: i32| rim * (f64::from(signed) + max) / (2.0 * max);

    for ring in RINGS {
        let colour = if ring == 0 {
            palette.axis.stroke_width(2)
        } else {
            palette.grid.stroke_width(1)
        };
        body.draw(&Circle::new(centre, radius(ring).round() as i32, colour))?;
    }
    for i in 0..SevenSFactor::ALL.len() {
        body.draw(&PathElement::new(
            vec![centre, spoke(centre, rim, i)],
            palette.grid.stroke_width(1),
        ))?;
    }
    // Ring values along the gap between the first two spokes, where no label sits.
    let ring_style = style::anchored(
        style::text(size::LABEL - 2.0, &palette.muted_text),
        HPos::Left,
        VPos::Center,
    );
    for ring in RINGS {
        let (x, y) = spoke_at(centre, radius(ring), -PI / 2.0 + PI / 6.0);
        let at = (x + 2, y);
        body.draw_text(&with_sign(ring), &ring_style, at)?;
    }

    let points: Vec<(i32, i32)> = score
        .factors
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.signed().map(|s| spoke(centre, radius(s), i)))
        .collect();
    if points.len() >= 3 {
        body.draw(&Polygon::new(points.clone(), palette.neutral_tint.filled()))?;
    }
    if points.len() >= 2 {
        let mut outline = points.clone();
        outline.push(points[0]);
        body.draw(&PathElement::new(outline, palette.axis.stroke_width(2)))?;
    }
    for (i, f) in score.factors.iter().enumerate() {
        if let Some(signed) = f.signed() {
            let at = spoke(centre, radius(signed), i);
            body.draw(&Circle::new(at, 7, palette.background.filled()))?;
            body.draw(&Circle::new(
                at,
                5,
                verdict_colour(f.verdict, palette).filled(),
            ))?;
        }
    }

    // Factor names outside the rim, the signed rating (or why there is none) below.
    let (x0, y0) = centre;
    for (i, f) in score.factors.iter().enumerate() {
        let (x, y) = spoke(centre, rim + 10.0, i);
        let h = match x.cmp(&x0) {
            std::cmp::Ordering::Less => HPos::Right,
            std::cmp::Ordering::Equal => HPos::Center,
            std::cmp::Ordering::Greater => HPos::Left,
        };
        // The top label stacks upwards from the rim, the bottom one downwards, and the
        // side ones sit centred on their spoke.
        let reach = f64::from((y - y0).abs());
        let (name_y, value_y) = if reach > rim * 0.9 && y < y0 {
            (y - 16, y - 2)
        } else if reach > rim * 0.9 {
            (y + 2, y + 16)
        } else {
            (y - 8, y + 8)
        };
        body.draw_text(
            &text.factor_names[f.factor as usize],
            &style::anchored(style::bold(size::LABEL, &palette.text), h, VPos::Center),
            (x, name_y),
        )?;
        let (value, value_style) = match (f.signed(), f.verdict, f.rating) {
            (Some(s), _, _) => (with_sign(s), style::text(size::LABEL, &palette.text)),
            (None, None, Some(_)) => (
                text.no_verdict.clone(),
                style::italic(size::LABEL, &palette.muted_text),
            ),
            _ => (
                text.not_scored.clone(),
                style::italic(size::LABEL, &palette.muted_text),
            ),
        };
        body.draw_text(
            &value,
            &style::anchored(value_style, h, VPos::Center),
            (x, value_y),
        )?;
    }

    if score.is_empty() {
        return style::draw_notice(&body, &text.no_data, palette);
    }
    Ok(())
}
