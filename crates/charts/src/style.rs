//! The look every chart shares: the colour-blind-safe palette, fonts and sizes, and the
//! few drawing steps (background, centred notice) that all charts perform the same way.
//!
//! Fonts are named by CSS family only (`"sans-serif"`): in the browser the canvas resolves
//! the family and plotters measures text through the DOM; natively plotters (built without
//! its `ttf` feature) uses a crude width estimate and the SVG backend writes `<text>`
//! elements, so no system font is ever loaded and the tests run headless.

use plotters::coord::ranged1d::{SegmentValue, SegmentedCoord};
use plotters::coord::types::{RangedCoordf64, RangedCoordu32};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use workbook::Score;

use crate::error::ChartResult;
use crate::labels;

/// The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): eight colours that
/// stay distinct under the common forms of colour blindness. Charts pick from these only.
pub mod okabe_ito {
    use plotters::style::RGBColor;

    pub const BLACK: RGBColor = RGBColor(0, 0, 0);
    pub const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
    pub const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
    pub const BLUISH_GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
    pub const YELLOW: RGBColor = RGBColor(0xF0, 0xE4, 0x42);
    pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
    pub const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
    pub const REDDISH_PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
}

/// Mixes `colour` with white, keeping `percent` of the colour.
///
/// Shading is precomputed as opaque colours rather than drawn with alpha so that the
/// canvas and the SVG render identically and overlapping shapes never darken.
pub const fn tint(colour: RGBColor, percent: u8) -> RGBColor {
    const fn channel(c: u8, percent: u8) -> u8 {
        let keep = percent as u32;
        (255 - ((255 - c as u32) * keep + 50) / 100) as u8
    }
    RGBColor(
        channel(colour.0, percent),
        channel(colour.1, percent),
        channel(colour.2, percent),
    )
}

/// Colours by role, so a chart says "favourable" rather than "blue" and the two families
/// stay consistent from chart to chart.
///
/// Favourable things (strengths, opportunities) are blue, unfavourable ones (weaknesses,
/// threats) orange: the blue/orange contrast survives red-green colour blindness, and
/// every value is also written as text, so colour is never the only cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Filled before drawing, so that redrawing a canvas erases the previous frame.
    pub background: RGBColor,
    /// Labels, values and captions.
    pub text: RGBColor,
    /// Secondary text: "not scored" labels, inactive names.
    pub muted_text: RGBColor,
    /// Axis lines and the frame of the plot.
    pub axis: RGBColor,
    /// Grid lines, kept faint so the data stands out.
    pub grid: RGBColor,
    /// Main favourable colour (strengths).
    pub favourable: RGBColor,
    /// Second favourable colour, same family (opportunities).
    pub favourable_alt: RGBColor,
    /// Main unfavourable colour (weaknesses).
    pub unfavourable: RGBColor,
    /// Second unfavourable colour, same family (threats).
    pub unfavourable_alt: RGBColor,
    /// Light shading of a wholly favourable region (e.g. the SO quadrant of a plane).
    pub favourable_tint: RGBColor,
    /// Light shading of a wholly unfavourable region (e.g. the WT quadrant).
    pub unfavourable_tint: RGBColor,
    /// Light shading of a mixed region (e.g. the ST and WO quadrants).
    pub neutral_tint: RGBColor,
    /// A marked data point (the company on the balance plane).
    pub marker: RGBColor,
    /// Colours for series that carry no favourable/unfavourable meaning (several
    /// competitors on one radar, say), in the order they should be used.
    pub series: [RGBColor; 7],
}

impl Palette {
    /// The palette of the light page theme, built from [`okabe_ito`].
    pub const STANDARD: Palette = Palette {
        background: RGBColor(255, 255, 255),
        text: RGBColor(0x22, 0x22, 0x22),
        muted_text: RGBColor(0x66, 0x66, 0x66),
        axis: RGBColor(0x44, 0x44, 0x44),
        grid: RGBColor(0xE2, 0xE2, 0xE2),
        favourable: okabe_ito::BLUE,
        favourable_alt: okabe_ito::SKY_BLUE,
        unfavourable: okabe_ito::VERMILLION,
        unfavourable_alt: okabe_ito::ORANGE,
        favourable_tint: tint(okabe_ito::SKY_BLUE, 18),
        unfavourable_tint: tint(okabe_ito::ORANGE, 18),
        neutral_tint: RGBColor(0xF3, 0xF3, 0xF3),
        marker: okabe_ito::BLACK,
        series: [
            okabe_ito::BLUE,
            okabe_ito::ORANGE,
            okabe_ito::BLUISH_GREEN,
            okabe_ito::VERMILLION,
            okabe_ito::SKY_BLUE,
            okabe_ito::REDDISH_PURPLE,
            okabe_ito::YELLOW,
        ],
    };
}

impl Default for Palette {
    fn default() -> Palette {
        Palette::STANDARD
    }
}

/// The one font family; the browser maps it to a face that has CJK glyphs as well.
pub const FONT_FAMILY: &str = "sans-serif";

/// Font sizes in plotters units (the SVG backend writes `size / 1.24` px), chosen for
/// charts of roughly 480×320 pixels.
pub mod size {
    /// Tick labels and category names.
    pub const LABEL: f64 = 13.0;
    /// Axis captions.
    pub const AXIS_DESC: f64 = 14.0;
    /// Numbers written on the data (bar values, point coordinates).
    pub const VALUE: f64 = 14.0;
    /// Region names on a plane.
    pub const REGION: f64 = 15.0;
    /// Centred notices such as "no data".
    pub const NOTICE: f64 = 16.0;
}

/// A text style in the chart family.
pub fn text(size: f64, colour: &RGBColor) -> TextStyle<'static> {
    (FONT_FAMILY, size).into_font().color(colour)
}

/// A bold text style in the chart family.
pub fn bold(size: f64, colour: &RGBColor) -> TextStyle<'static> {
    (FONT_FAMILY, size, FontStyle::Bold)
        .into_font()
        .color(colour)
}

/// An italic text style in the chart family (used for "missing" rather than "zero").
pub fn italic(size: f64, colour: &RGBColor) -> TextStyle<'static> {
    (FONT_FAMILY, size, FontStyle::Italic)
        .into_font()
        .color(colour)
}

/// `style` anchored at `h`/`v` of the text, instead of plotters' top-left default.
pub fn anchored(style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

/// Writes `message` centred on `area` over a background box, so it stays legible on top of
/// grid lines and shading.
pub fn draw_notice<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    message: &str,
    palette: &Palette,
) -> ChartResult<DB> {
    let style = anchored(
        text(size::NOTICE, &palette.muted_text),
        HPos::Center,
        VPos::Center,
    );
    let (w, h) = area.dim_in_pixel();
    let (cx, cy) = ((w / 2) as i32, (h / 2) as i32);
    let (tw, th) = area.estimate_text_size(message, &style)?;
    let (half_w, half_h) = ((tw / 2) as i32 + 8, (th / 2) as i32 + 5);
    area.draw(&Rectangle::new(
        [(cx - half_w, cy - half_h), (cx + half_w, cy + half_h)],
        palette.background.filled(),
    ))?;
    area.draw_text(message, &style, (cx, cy))
}

/// WCAG relative luminance of a colour.
fn luminance(c: RGBColor) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// The text colour with the better contrast on `fill`: the page's dark text, or the
/// background colour on dark fills. Heat-map cells write their value on their colour,
/// and it must stay legible on every one.
pub fn text_on(fill: RGBColor, palette: &Palette) -> RGBColor {
    let contrast = |a: f64, b: f64| (a.max(b) + 0.05) / (a.min(b) + 0.05);
    let l = luminance(fill);
    if contrast(l, luminance(palette.background)) > contrast(l, luminance(palette.text)) {
        palette.background
    } else {
        palette.text
    }
}

/// Neutral grey, for data that has no verdict or no priority yet: black from the palette,
/// lightened, so it reads as "undecided" next to the coloured families.
pub const UNDECIDED: RGBColor = tint(okabe_ito::BLACK, 45);

/// The right edge of category `index` on a segmented axis of `count` categories.
///
/// `SegmentValue::Exact(index + 1)` is out of range for the last category, whose right
/// edge is `Last`.
pub fn segment_end(index: u32, count: u32) -> SegmentValue<u32> {
    if index + 1 >= count {
        SegmentValue::Last
    } else {
        SegmentValue::Exact(index + 1)
    }
}

/// One category's bar on a segmented category axis, from zero up to its value with the
/// value written above it; a missing value gets `not_scored` where the bar would
/// stand instead, so missing never looks like zero. `gap` is the margin on either side
/// of the bar, in pixels.
#[allow(clippy::too_many_arguments)]
pub fn category_bar<DB, Y>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<SegmentedCoord<RangedCoordu32>, Y>>,
    index: u32,
    count: u32,
    value: Option<(Y::ValueType, String)>,
    colour: RGBColor,
    not_scored: &str,
    gap: u32,
    palette: &Palette,
) -> ChartResult<DB>
where
    DB: DrawingBackend,
    Y: Ranged,
    Y::ValueType: Default + Clone + 'static,
{
    let top = SegmentValue::CenterOf(index);
    match value {
        Some((value, text)) => {
            let mut bar = Rectangle::new(
                [
                    (SegmentValue::Exact(index), Y::ValueType::default()),
                    (segment_end(index, count), value.clone()),
                ],
                colour.filled(),
            );
            bar.set_margin(0, 0, gap, gap);
            chart.draw_series(std::iter::once(bar))?;
            let style = anchored(bold(size::VALUE, &palette.text), HPos::Center, VPos::Bottom);
            chart.draw_series(std::iter::once(
                EmptyElement::at((top, value)) + Text::new(text, (0, -4), style),
            ))?;
        }
        None => {
            let style = anchored(
                italic(size::VALUE, &palette.muted_text),
                HPos::Center,
                VPos::Bottom,
            );
            chart.draw_series(std::iter::once(
                EmptyElement::at((top, Y::ValueType::default()))
                    + Text::new(not_scored.to_string(), (0, -6), style),
            ))?;
        }
    }
    Ok(())
}

/// `label`, shortened with an ellipsis until it fits in `max_width` pixels as drawn in
/// `style` on `area`; an ellipsis alone when not even one character fits.
///
/// User text such as a gap row can be a whole sentence, and a chart label that runs into
/// the plot is worse than a shortened one: the page shows the full text beside the chart.
pub fn fit_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    label: &str,
    style: &TextStyle,
    max_width: u32,
) -> Result<String, DrawingAreaErrorKind<DB::ErrorType>> {
    let label = label.trim();
    if area.estimate_text_size(label, style)?.0 <= max_width {
        return Ok(label.to_string());
    }
    let chars: Vec<char> = label.chars().collect();
    for keep in (1..chars.len()).rev() {
        let candidate: String = chars[..keep]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…";
        if area.estimate_text_size(&candidate, style)?.0 <= max_width {
            return Ok(candidate);
        }
    }
    Ok("…".to_string())
}

/// How a chart writes compact amounts of money: as English readers count them, in
/// thousands and millions ("360k", "3.6M"), or as Chinese readers do, in 万 (ten
/// thousand) and 亿 (a hundred million): "36万", "1.2亿".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Amounts {
    #[default]
    Thousands,
    Wan,
}

impl Amounts {
    /// An amount for display, compact so it fits above a bar and on an axis: as it
    /// is below ten thousand, then in the larger units with at most one decimal.
    pub fn format(self, value: f64) -> String {
        let value = if value.is_finite() { value } else { 0.0 };
        let (sign, v) = if value < 0.0 {
            ("-", -value)
        } else {
            ("", value)
        };
        let text = match self {
            Amounts::Thousands if v >= 999_950.0 => {
                format!("{}M", format_mean(v / 1_000_000.0))
            }
            Amounts::Thousands if v >= 10_000.0 => format!("{}k", format_mean(v / 1_000.0)),
            Amounts::Wan if v >= 99_995_000.0 => format!("{}亿", format_mean(v / 1e8)),
            Amounts::Wan if v >= 10_000.0 => format!("{}万", format_mean(v / 1e4)),
            _ => format!("{}", v.round() as u64),
        };
        format!("{sign}{text}")
    }
}

/// An amount in thousands and millions ([`Amounts::Thousands`]).
pub fn format_amount(value: f64) -> String {
    Amounts::Thousands.format(value)
}

/// A mean for display: one decimal, without a trailing ".0" (so 7 reads "7" and 6.25
/// reads "6.3").
pub fn format_mean(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

/// Height of the strip above a chart that holds its legend.
pub const LEGEND_HEIGHT: u32 = 26;

/// Draws a one-line legend, a colour swatch before each name, from the left of `area`
/// (the strip returned by splitting [`LEGEND_HEIGHT`] pixels off the top of a chart).
pub fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[(RGBColor, &str)],
    palette: &Palette,
) -> ChartResult<DB> {
    const SWATCH: i32 = 10;
    let style = anchored(text(size::LABEL, &palette.text), HPos::Left, VPos::Center);
    let cy = (area.dim_in_pixel().1 / 2) as i32;
    let mut x = 14;
    for (colour, name) in entries {
        area.draw(&Rectangle::new(
            [(x, cy - SWATCH / 2), (x + SWATCH, cy + SWATCH / 2)],
            colour.filled(),
        ))?;
        x += SWATCH + 5;
        area.draw_text(name, &style, (x, cy))?;
        x += area.estimate_text_size(name, &style)?.0 as i32 + 16;
    }
    Ok(())
}

/// The coordinates of a horizontal bar chart: values across, bands (one per row of data)
/// stacked down the chart.
pub type BandCoord = Cartesian2d<RangedCoordu32, RangedCoordf64>;

/// The y range of band `row` (0 = the top one) of `count`: plotters counts upwards,
/// while tables read downwards.
pub fn band(row: usize, count: usize) -> (f64, f64) {
    let top = count.saturating_sub(row) as f64;
    (top - 1.0, top)
}

/// The share of a band left empty above and below its bars: a sixth, or more when the
/// bands are so tall (few rows) that the bars would be thicker than `max_bar` pixels, so
/// a single row does not fill the whole chart with one slab.
pub fn band_pad(plot_height: u32, count: usize, max_bar: u32) -> f64 {
    let band = f64::from(plot_height) / count.max(1) as f64;
    let pad = (1.0 - f64::from(max_bar) / band) / 2.0;
    pad.max(1.0 / 6.0)
}

/// Room right of a horizontal bar chart for the value written after a full-length bar.
const VALUE_ROOM: u32 = 28;

/// Draws the frame of a horizontal bar chart on `area` and returns the chart to draw the
/// bars on: the 1–10 scale across (from 0, captioned `axis`), one band per label from the
/// top down, each label shortened to fit left of its band.
///
/// The bands are a continuous axis rather than plotters' segmented one, which degenerates
/// (to a zero-height band) when there is a single category. With no labels one empty band
/// is drawn, so the axes still show under a notice.
pub fn band_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    labels: &[&str],
    axis: &str,
    palette: &Palette,
) -> Result<ChartContext<'a, DB, BandCoord>, DrawingAreaErrorKind<DB::ErrorType>> {
    band_chart_to(area, labels, axis, palette, u32::from(Score::MAX))
}

/// [`band_chart`] on a scale from 0 to `x_max` rather than the 1–10 one (points out of
/// 40, a count, a percentage).
pub fn band_chart_to<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    labels: &[&str],
    axis: &str,
    palette: &Palette,
    x_max: u32,
) -> Result<ChartContext<'a, DB, BandCoord>, DrawingAreaErrorKind<DB::ErrorType>> {
    let count = labels.len().max(1);
    let label_style = text(size::LABEL, &palette.text);
    let label_width = (area.dim_in_pixel().0 * 2 / 5).clamp(60, 220);
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .margin_top(4)
        .margin_right(VALUE_ROOM)
        .x_label_area_size(40)
        .y_label_area_size(label_width)
        .build_cartesian_2d(0..x_max.max(1), 0.0..count as f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(6)
        .light_line_style(TRANSPARENT)
        .x_desc(axis)
        .label_style(label_style.clone())
        .axis_desc_style(text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;
    let label_style = anchored(label_style, HPos::Right, VPos::Center);
    for (row, label) in labels.iter().enumerate() {
        let fitted = fit_label(area, label, &label_style, label_width - 14)?;
        let (low, high) = band(row, count);
        chart.draw_series(std::iter::once(
            EmptyElement::at((0, (low + high) / 2.0))
                + Text::new(fitted, (-8, 0), label_style.clone()),
        ))?;
    }
    Ok(chart)
}

/// The coordinates of a grouped bar chart: groups across (group `i` spans `i..i + 1`),
/// values up.
pub type GroupCoord = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// How a group's name is written under a grouped bar chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupLook {
    Normal,
    /// Bold, for the one group the chart is about (the company among competitors).
    Emphasised,
    /// Muted, for a group with nothing listed.
    Muted,
}

/// The share of a group's width left empty on either side of its bars, so that groups
/// stay apart.
const GROUP_PAD: f64 = 0.14;

/// The x range of bar `slot` of `slots` in group `group`: the bars of a group stand side
/// by side, filling the group but for [`GROUP_PAD`] on either side.
pub fn group_slot(group: usize, slot: usize, slots: usize) -> (f64, f64) {
    let width = (1.0 - 2.0 * GROUP_PAD) / slots.max(1) as f64;
    let left = group as f64 + GROUP_PAD + slot as f64 * width;
    (left, left + width)
}

/// The top of a value axis whose largest value is `largest`: at least `floor`, otherwise
/// `largest` plus a tenth (at least one) rounded up to a multiple of 5, so the value
/// written above the tallest bar stays inside the plot.
pub fn axis_top(largest: f64, floor: u32) -> f64 {
    let largest = largest.max(0.0).ceil().min(f64::from(u32::MAX));
    let largest = largest as u64;
    let top = (largest + (largest / 10).max(1)).div_ceil(5) * 5;
    top.max(u64::from(floor)) as f64
}

/// Draws the frame of a grouped bar chart on `area` and returns the chart to draw the
/// bars on: one group per label across (names under the groups, shortened to fit and
/// written in the given look), values from 0 to `y_max` up, captioned `axis`.
///
/// The groups are a continuous axis with the names drawn by hand, rather than plotters'
/// segmented axis, so that a name can be bold or muted and shortened to its group's width.
/// With no labels one empty group is drawn, so the axes still show under a notice.
pub fn group_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    labels: &[(&str, GroupLook)],
    y_max: f64,
    axis: &str,
    palette: &Palette,
) -> Result<ChartContext<'a, DB, GroupCoord>, DrawingAreaErrorKind<DB::ErrorType>> {
    group_chart_with(
        area,
        labels,
        GroupAxis {
            y_max,
            caption: axis,
            format: &|v| format_mean(*v),
            right_area: 0,
        },
        palette,
    )
}

/// The value axis of [`group_chart_with`].
pub struct GroupAxis<'f> {
    /// The top of the axis, which starts at 0.
    pub y_max: f64,
    pub caption: &'f str,
    /// Writes a tick value.
    pub format: &'f dyn Fn(&f64) -> String,
    /// Room right of the plot, in pixels, for a secondary axis (0 for none).
    pub right_area: u32,
}

/// [`group_chart`] with the value axis spelt out: how ticks are written (amounts
/// rather than means) and room on the right for a secondary axis.
pub fn group_chart_with<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    labels: &[(&str, GroupLook)],
    axis: GroupAxis<'_>,
    palette: &Palette,
) -> Result<ChartContext<'a, DB, GroupCoord>, DrawingAreaErrorKind<DB::ErrorType>> {
    let mut chart = group_frame(area, labels, &axis)?;
    draw_group_mesh(&mut chart, area, labels, &axis, palette)?;
    Ok(chart)
}

/// The first half of [`group_chart_with`]: the chart's coordinates on `area`, for
/// the groups named `labels`, with nothing drawn yet. A chart with a secondary axis (a
/// Pareto's cumulative share) sets its secondary coordinates on this before the mesh is
/// drawn, since plotters hands the right label area to the secondary axis only then;
/// drawing the primary mesh earlier writes its labels on both sides.
///
/// The label areas are measured ([`crate::labels`]): left, the widest tick label and the
/// rotated caption; under the plot, one or two lines of names, two when a name has to
/// wrap to fit its group's width.
pub fn group_frame<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    labels: &[(&str, GroupLook)],
    axis: &GroupAxis<'_>,
) -> Result<ChartContext<'a, DB, GroupCoord>, DrawingAreaErrorKind<DB::ErrorType>> {
    let count = labels.len().max(1);
    let ticks = labels::value_ticks(0.0, axis.y_max, GROUP_TICKS, axis.format);
    let left = labels::side_area(area, &ticks, Some(axis.caption))?;
    let plot_width = area
        .dim_in_pixel()
        .0
        .saturating_sub(2 * GROUP_MARGIN + left + axis.right_area);
    let group_width = plot_width / count as u32;
    let mut lines = 1;
    let mut names = Vec::new();
    for (label, look) in labels {
        let wrapped = wrap_label(
            area,
            label,
            &group_name_style(*look, &Palette::STANDARD),
            group_width.saturating_sub(6),
        )?;
        lines = lines.max(wrapped.len() as u32);
        names.extend(wrapped);
    }
    let bottom = labels::bottom_area(area, &names, lines, None)?;
    ChartBuilder::on(area)
        .margin(GROUP_MARGIN)
        .margin_top(4)
        .x_label_area_size(bottom)
        .y_label_area_size(left)
        .right_y_label_area_size(axis.right_area)
        .build_cartesian_2d(0.0..count as f64, 0.0..axis.y_max)
}

/// How many value ticks a grouped bar chart asks for.
const GROUP_TICKS: usize = 6;

/// The margin around a grouped bar chart, in pixels.
const GROUP_MARGIN: u32 = 12;

/// The style of a group's name in `look`.
fn group_name_style(look: GroupLook, palette: &Palette) -> TextStyle<'static> {
    match look {
        GroupLook::Normal => text(size::LABEL, &palette.text),
        GroupLook::Emphasised => bold(size::LABEL, &palette.text),
        GroupLook::Muted => italic(size::LABEL, &palette.muted_text),
    }
}

/// `label` on at most two lines of `max_width` pixels each: whole when it fits, else
/// broken at the last space that lets the first line fit (or, for a name without
/// spaces such as a Chinese one, after the last character that fits), the rest on the
/// second line and shortened with an ellipsis only if it still does not fit.
///
/// Names such as "Training company A" and "Training company B" differ only at the end:
/// cut to one line they would read alike, so they get a second line instead.
pub fn wrap_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    label: &str,
    style: &TextStyle,
    max_width: u32,
) -> Result<Vec<String>, DrawingAreaErrorKind<DB::ErrorType>> {
    let label = label.trim();
    if label.is_empty() || area.estimate_text_size(label, style)?.0 <= max_width {
        return Ok(vec![label.to_string()]);
    }
    let chars: Vec<(usize, char)> = label.char_indices().collect();
    // The longest prefix that fits, in characters.
    let mut fits = 0;
    for (n, _) in chars.iter().enumerate().skip(1) {
        let end = chars[n].0;
        if area.estimate_text_size(label[..end].trim_end(), style)?.0 <= max_width {
            fits = n;
        } else {
            break;
        }
    }
    if fits == 0 {
        return Ok(vec![fit_label(area, label, style, max_width)?]);
    }
    // Break at the last space within the prefix that fits. Without one, a Chinese
    // name breaks between any two characters, but a Latin word is not split: it is
    // shortened on one line, as before ("Technol…").
    let space = chars[..=fits]
        .iter()
        .rposition(|(_, c)| c.is_whitespace())
        .filter(|&i| i > 0);
    let mid_word = |i: usize| {
        let latin = |c: char| c.is_alphanumeric() && !is_cjk(c);
        latin(chars[i - 1].1) && latin(chars[i].1)
    };
    let cut = match space {
        Some(i) => i,
        None if mid_word(fits) => return Ok(vec![fit_label(area, label, style, max_width)?]),
        None => fits,
    };
    let split = chars[cut].0;
    let first = label[..split].trim_end().to_string();
    let rest = label[split..].trim_start();
    Ok(vec![first, fit_label(area, rest, style, max_width)?])
}

/// Whether `c` is written in a script that breaks between any two characters (Chinese,
/// Japanese kana, Korean, and their full-width punctuation).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
        | 0x20000..=0x2FFFF)
}

/// The second half of [`group_chart_with`]: the value axis, its grid and the group
/// names under the groups (on two lines when one is too long for its group, shortened
/// only if two lines are not enough, in their look).
pub fn draw_group_mesh<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, GroupCoord>,
    area: &DrawingArea<DB, Shift>,
    labels: &[(&str, GroupLook)],
    axis: &GroupAxis<'_>,
    palette: &Palette,
) -> ChartResult<DB> {
    let count = labels.len().max(1);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(GROUP_TICKS)
        .y_label_formatter(axis.format)
        .light_line_style(TRANSPARENT)
        .y_desc(axis.caption)
        .label_style(text(size::LABEL, &palette.text))
        .axis_desc_style(text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;
    let group_width = chart.plotting_area().dim_in_pixel().0 / count as u32;
    for (i, (label, look)) in labels.iter().enumerate() {
        let style = anchored(group_name_style(*look, palette), HPos::Center, VPos::Top);
        let lines = wrap_label(area, label, &style, group_width.saturating_sub(6))?;
        let line_height = area.estimate_text_size("0", &style)?.1 as i32;
        for (n, line) in lines.into_iter().enumerate() {
            chart.draw_series(std::iter::once(
                EmptyElement::at((i as f64 + 0.5, 0.0))
                    + Text::new(line, (0, 6 + n as i32 * line_height), style.clone()),
            ))?;
        }
    }
    Ok(())
}

/// Draws one bar of a grouped bar chart, from 0 up to `value`, with `value_text` written
/// above it in bold (left out when the bar is too narrow to carry it legibly), and
/// returns the bar's corners in chart coordinates.
pub fn group_bar<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, GroupCoord>,
    (group, slot, slots): (usize, usize, usize),
    value: f64,
    value_text: &str,
    colour: RGBColor,
    palette: &Palette,
) -> Result<[(f64, f64); 2], DrawingAreaErrorKind<DB::ErrorType>> {
    let (left, right) = group_slot(group, slot, slots);
    let corners = [(left, 0.0), (right, value)];
    let mut bar = Rectangle::new(corners, colour.filled());
    // One pixel each side keeps neighbouring bars of a group apart.
    bar.set_margin(0, 0, 1, 1);
    chart.draw_series(std::iter::once(bar))?;
    let value_style = anchored(bold(size::LABEL, &palette.text), HPos::Center, VPos::Bottom);
    let plot = chart.plotting_area();
    let bar_px = plot.map_coordinate(&(right, 0.0)).0 - plot.map_coordinate(&(left, 0.0)).0;
    let text_px = plot.estimate_text_size(value_text, &value_style)?.0 as i32;
    if text_px <= bar_px + 8 {
        chart.draw_series(std::iter::once(
            EmptyElement::at(((left + right) / 2.0, value))
                + Text::new(value_text.to_string(), (0, -3), value_style),
        ))?;
    }
    Ok(corners)
}

/// Writes `mark` (e.g. "?") where bar `slot` of `group` would stand when its value is
/// unknown, so that "missing" never looks like a bar of zero.
pub fn group_missing<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, GroupCoord>,
    (group, slot, slots): (usize, usize, usize),
    mark: &str,
    palette: &Palette,
) -> ChartResult<DB> {
    let (left, right) = group_slot(group, slot, slots);
    let style = anchored(
        italic(size::LABEL, &palette.muted_text),
        HPos::Center,
        VPos::Bottom,
    );
    chart.draw_series(std::iter::once(
        EmptyElement::at(((left + right) / 2.0, 0.0)) + Text::new(mark.to_string(), (0, -3), style),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_are_written_with_at_most_one_decimal() {
        let cases = [
            (7.0, "7"),
            (10.0, "10"),
            (6.5, "6.5"),
            (3.75, "3.8"),
            (19.0 / 3.0, "6.3"),
            (0.96, "1"),
        ];
        for (value, text) in cases {
            assert_eq!(format_mean(value), text, "{value}");
        }
    }

    #[test]
    fn amounts_are_compact() {
        let cases = [
            (0.0, "0"),
            (950.0, "950"),
            (9_999.0, "9999"),
            (10_000.0, "10k"),
            (360_000.0, "360k"),
            (1_250.4e3, "1.3M"),
            (3_600_000.0, "3.6M"),
            (999_999.0, "1M"),
            (-42_000.0, "-42k"),
            (f64::NAN, "0"),
        ];
        for (value, text) in cases {
            assert_eq!(format_amount(value), text, "{value}");
        }
        let wan = [
            (0.0, "0"),
            (9_999.0, "9999"),
            (10_000.0, "1万"),
            (360_000.0, "36万"),
            (3_600_000.0, "360万"),
            (12_345_678.0, "1234.6万"),
            (99_999_999.0, "1亿"),
            (120_000_000.0, "1.2亿"),
            (-42_000.0, "-4.2万"),
        ];
        for (value, text) in wan {
            assert_eq!(Amounts::Wan.format(value), text, "{value}");
        }
    }

    #[test]
    fn bands_run_top_down() {
        // (row, count, y range)
        let cases = [
            (0, 1, (0.0, 1.0)),
            (0, 3, (2.0, 3.0)),
            (1, 3, (1.0, 2.0)),
            (2, 3, (0.0, 1.0)),
        ];
        for (row, count, range) in cases {
            assert_eq!(band(row, count), range, "{row} of {count}");
        }
    }

    #[test]
    fn band_padding_caps_the_bar_thickness() {
        // (plot height, rows, largest bar, padding share)
        let cases = [
            // Many rows: the default sixth.
            (240, 8, 32, 1.0 / 6.0),
            // One row 240 px tall: a 32 px bar leaves (240 - 32) / 2 above and below.
            (240, 1, 32, 104.0 / 240.0),
            (240, 2, 48, 36.0 / 120.0),
            // No rows is treated as one.
            (240, 0, 32, 104.0 / 240.0),
        ];
        for (height, count, bar, pad) in cases {
            let got = band_pad(height, count, bar);
            assert!((got - pad).abs() < 1e-9, "{height} {count} {bar}: {got}");
        }
    }

    #[test]
    fn group_slots_fill_the_group_inside_its_padding() {
        // (group, slot, slots, x range)
        let cases = [
            (0, 0, 1, (0.14, 0.86)),
            (0, 0, 2, (0.14, 0.5)),
            (0, 1, 2, (0.5, 0.86)),
            (2, 3, 4, (2.68, 2.86)),
            // No slots is treated as one.
            (1, 0, 0, (1.14, 1.86)),
        ];
        for (group, slot, slots, (left, right)) in cases {
            let got = group_slot(group, slot, slots);
            assert!(
                (got.0 - left).abs() < 1e-9 && (got.1 - right).abs() < 1e-9,
                "{group} {slot} {slots}: {got:?}"
            );
        }
    }

    #[test]
    fn axis_top_leaves_room_above_the_largest_value() {
        // (largest, floor, top)
        let cases = [
            (0.0, 10, 10.0),
            (4.2, 10, 10.0),
            (9.1, 10, 15.0),
            (10.0, 10, 15.0),
            (12.0, 10, 15.0),
            (38.0, 10, 45.0),
            (40.0, 10, 45.0),
            (-3.0, 10, 10.0),
            (f64::NAN, 10, 10.0),
        ];
        for (largest, floor, top) in cases {
            assert_eq!(axis_top(largest, floor), top, "{largest}");
        }
    }

    #[test]
    fn the_last_segment_ends_at_last() {
        // SegmentValue has no PartialEq: compare by pattern.
        assert!(matches!(segment_end(0, 4), SegmentValue::Exact(1)));
        assert!(matches!(segment_end(2, 4), SegmentValue::Exact(3)));
        assert!(matches!(segment_end(3, 4), SegmentValue::Last));
        assert!(matches!(segment_end(0, 1), SegmentValue::Last));
    }
}
