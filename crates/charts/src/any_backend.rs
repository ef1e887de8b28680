//! One drawing backend type for every target: [`AnyBackend`] erases the concrete
//! backend (the browser's canvas, SVG, a bitmap) behind a trait object.
//!
//! Why: every chart function is generic over `DrawingBackend`, so each backend the
//! app draws on compiles a copy of every chart. The app draws on the canvas for the
//! screen and on SVG for exports and the printable report; drawing both through
//! `AnyBackend` compiles each chart once, and each backend adds only its few
//! primitives (line, rectangle, path, circle, polygon, text).
//!
//! `AnyBackend` can also report a *logical* size different from the backend's pixel
//! size, so a canvas twice as large, with its context scaled by two, receives the
//! very same drawing as the screen and yields a sharp 2× image.

use std::error::Error;
use std::fmt;

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::Pos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontFamily,
    FontStyle, FontTransform,
};

/// Measures `text` in a font (style, size in pixels, family): `(width, height)`.
pub type TextMeasure = fn(&str, FontStyle, f64, FontFamily<'_>) -> (u32, u32);

static TEXT_MEASURE: std::sync::OnceLock<TextMeasure> = std::sync::OnceLock::new();

/// Makes every [`AnyBackend`] measure text with `measure` instead of asking the
/// backend it wraps; only the first call counts. The app sets it at start: in the
/// browser every plotters backend (canvas and SVG alike) measures text with a DOM
/// `<span>` given an inline `style` attribute, which the app's Content-Security-Policy
/// (`style-src 'self'`) blocks. Natively nothing is set and the backend measures.
pub fn set_text_measure(measure: TextMeasure) {
    let _ = TEXT_MEASURE.set(measure);
}

/// A backend error as text: the concrete error types differ per backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnyError(pub String);

impl fmt::Display for AnyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for AnyError {}

type AnyResult<T = ()> = Result<T, DrawingErrorKind<AnyError>>;

/// A text's bounding box: top-left and bottom-right corners.
type LayoutBox = ((i32, i32), (i32, i32));

/// A line or fill style with its generics resolved, so it can cross a trait object.
#[derive(Clone, Copy)]
struct Stroke {
    color: BackendColor,
    width: u32,
}

impl Stroke {
    fn of<S: BackendStyle>(style: &S) -> Stroke {
        Stroke {
            color: style.color(),
            width: style.stroke_width(),
        }
    }
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// The object-safe part of `BackendTextStyle` (everything but the generic `draw`).
trait TextStyleObject {
    fn color(&self) -> BackendColor;
    fn size(&self) -> f64;
    fn transform(&self) -> FontTransform;
    fn style(&self) -> FontStyle;
    fn anchor(&self) -> Pos;
    fn family(&self) -> FontFamily<'_>;
    fn layout_box(&self, text: &str) -> Result<LayoutBox, AnyError>;
}

impl<T: BackendTextStyle> TextStyleObject for T {
    fn color(&self) -> BackendColor {
        BackendTextStyle::color(self)
    }
    fn size(&self) -> f64 {
        BackendTextStyle::size(self)
    }
    fn transform(&self) -> FontTransform {
        BackendTextStyle::transform(self)
    }
    fn style(&self) -> FontStyle {
        BackendTextStyle::style(self)
    }
    fn anchor(&self) -> Pos {
        BackendTextStyle::anchor(self)
    }
    fn family(&self) -> FontFamily<'_> {
        BackendTextStyle::family(self)
    }
    fn layout_box(&self, text: &str) -> Result<LayoutBox, AnyError> {
        BackendTextStyle::layout_box(self, text).map_err(|e| AnyError(e.to_string()))
    }
}

/// A text style behind a reference, handed on to the concrete backend.
struct TextRef<'a>(&'a dyn TextStyleObject);

impl BackendTextStyle for TextRef<'_> {
    type FontError = AnyError;

    fn color(&self) -> BackendColor {
        self.0.color()
    }
    fn size(&self) -> f64 {
        self.0.size()
    }
    fn transform(&self) -> FontTransform {
        self.0.transform()
    }
    fn style(&self) -> FontStyle {
        self.0.style()
    }
    fn anchor(&self) -> Pos {
        self.0.anchor()
    }
    fn family(&self) -> FontFamily<'_> {
        self.0.family()
    }
    fn layout_box(&self, text: &str) -> Result<LayoutBox, AnyError> {
        self.0.layout_box(text)
    }
    /// Rasterising glyphs is only asked for by pixel backends without text of their
    /// own; the canvas and SVG backends write text themselves, and no font rasteriser
    /// is compiled in (see Cargo.toml), so there is nothing to draw here.
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, AnyError> {
        Ok(Ok(()))
    }
}

/// The drawing primitives of a backend, without generics.
trait Primitives {
    fn prepare(&mut self) -> AnyResult;
    fn present(&mut self) -> AnyResult;
    fn pixel(&mut self, point: BackendCoord, color: BackendColor) -> AnyResult;
    fn line(&mut self, from: BackendCoord, to: BackendCoord, style: Stroke) -> AnyResult;
    fn rect(&mut self, ul: BackendCoord, br: BackendCoord, style: Stroke, fill: bool) -> AnyResult;
    fn path(&mut self, path: &[BackendCoord], style: Stroke) -> AnyResult;
    fn circle(&mut self, c: BackendCoord, r: u32, style: Stroke, fill: bool) -> AnyResult;
    fn polygon(&mut self, path: &[BackendCoord], style: Stroke) -> AnyResult;
    fn text(&mut self, text: &str, style: &dyn TextStyleObject, pos: BackendCoord) -> AnyResult;
    fn text_size(&self, text: &str, style: &dyn TextStyleObject) -> AnyResult<(u32, u32)>;
    fn blit(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> AnyResult;
}

fn erase<E: Error + Send + Sync>(e: DrawingErrorKind<E>) -> DrawingErrorKind<AnyError> {
    match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(AnyError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

impl<B: DrawingBackend> Primitives for B {
    fn prepare(&mut self) -> AnyResult {
        self.ensure_prepared().map_err(erase)
    }
    fn present(&mut self) -> AnyResult {
        DrawingBackend::present(self).map_err(erase)
    }
    fn pixel(&mut self, point: BackendCoord, color: BackendColor) -> AnyResult {
        self.draw_pixel(point, color).map_err(erase)
    }
    fn line(&mut self, from: BackendCoord, to: BackendCoord, style: Stroke) -> AnyResult {
        self.draw_line(from, to, &style).map_err(erase)
    }
    fn rect(&mut self, ul: BackendCoord, br: BackendCoord, style: Stroke, fill: bool) -> AnyResult {
        self.draw_rect(ul, br, &style, fill).map_err(erase)
    }
    fn path(&mut self, path: &[BackendCoord], style: Stroke) -> AnyResult {
        self.draw_path(path.iter().copied(), &style).map_err(erase)
    }
    fn circle(&mut self, c: BackendCoord, r: u32, style: Stroke, fill: bool) -> AnyResult {
        self.draw_circle(c, r, &style, fill).map_err(erase)
    }
    fn polygon(&mut self, path: &[BackendCoord], style: Stroke) -> AnyResult {
        self.fill_polygon(path.iter().copied(), &style)
            .map_err(erase)
    }
    fn text(&mut self, text: &str, style: &dyn TextStyleObject, pos: BackendCoord) -> AnyResult {
        self.draw_text(text, &TextRef(style), pos).map_err(erase)
    }
    fn text_size(&self, text: &str, style: &dyn TextStyleObject) -> AnyResult<(u32, u32)> {
        self.estimate_text_size(text, &TextRef(style))
            .map_err(erase)
    }
    fn blit(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> AnyResult {
        self.blit_bitmap(pos, size, src).map_err(erase)
    }
}

/// Any drawing backend behind one type; see the module docs.
pub struct AnyBackend<'a> {
    inner: Box<dyn Primitives + 'a>,
    size: (u32, u32),
}

impl<'a> AnyBackend<'a> {
    /// Wraps `backend`, keeping its size.
    pub fn new<B: DrawingBackend + 'a>(backend: B) -> AnyBackend<'a> {
        let size = backend.get_size();
        AnyBackend::with_size(backend, size)
    }

    /// Wraps `backend` and tells the charts its size is `size`: for a backend that
    /// scales every coordinate itself (a canvas context with a transform).
    pub fn with_size<B: DrawingBackend + 'a>(backend: B, size: (u32, u32)) -> AnyBackend<'a> {
        AnyBackend {
            inner: Box::new(backend),
            size,
        }
    }
}

impl DrawingBackend for AnyBackend<'_> {
    type ErrorType = AnyError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> AnyResult {
        self.inner.prepare()
    }
    fn present(&mut self) -> AnyResult {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> AnyResult {
        self.inner.pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> AnyResult {
        self.inner.line(from, to, Stroke::of(style))
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> AnyResult {
        self.inner
            .rect(upper_left, bottom_right, Stroke::of(style), fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> AnyResult {
        let path: Vec<BackendCoord> = path.into_iter().collect();
        self.inner.path(&path, Stroke::of(style))
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> AnyResult {
        self.inner.circle(center, radius, Stroke::of(style), fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> AnyResult {
        let vert: Vec<BackendCoord> = vert.into_iter().collect();
        self.inner.polygon(&vert, Stroke::of(style))
    }
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> AnyResult {
        self.inner.text(text, style, pos)
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> AnyResult<(u32, u32)> {
        if let Some(measure) = TEXT_MEASURE.get() {
            return Ok(measure(text, style.style(), style.size(), style.family()));
        }
        self.inner.text_size(text, style)
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> AnyResult {
        self.inner.blit(pos, size, src)
    }
}
