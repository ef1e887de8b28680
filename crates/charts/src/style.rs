//! The look every chart shares: the colour-blind-safe palette, fonts and sizes, and the
//! few drawing steps (background, centred notice) that all charts perform the same way.
//!
//! Fonts are named by CSS family only (`"sans-serif"`): in the browser the canvas resolves
//! the family and plotters measures text through the DOM; natively plotters (built without
//! its `ttf` feature) uses a crude width estimate and the SVG backend writes `<text>`
//! elements, so no system font is ever loaded and the tests run headless.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::error::ChartResult;

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
