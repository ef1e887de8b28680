//! Text measurement for charts that needs no inline style, so it holds under the
//! Content-Security-Policy of `index.html` (`style-src 'self'`, README "Security").
//!
//! plotters measures text in the browser (`plotters::style::font::web`, used by the
//! canvas and the SVG backend alike) by appending a `<span>` to the body and giving it
//! `setAttribute("style", "font-size: …")`. A policy without `'unsafe-inline'` styles
//! blocks that attribute: the browser reports a `securitypolicyviolation` and the span
//! is measured in the page's default font, so every label plotters places by its size
//! (axis descriptions, tick labels, centred names) lands in the wrong place. [`measure`]
//! uses `CanvasRenderingContext2d::measureText` on a detached canvas instead: no DOM
//! node, no style, and the very font string plotters-canvas draws with. `main` installs
//! it with `charts::any_backend::set_text_measure`, so every chart, on screen or
//! exported, is measured by it.

use std::cell::RefCell;

use plotters::style::{FontFamily, FontStyle};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

thread_local! {
    /// One detached canvas's 2D context for every measurement: never in the document,
    /// so measuring touches neither layout nor style.
    static CONTEXT: RefCell<Option<CanvasRenderingContext2d>> = const { RefCell::new(None) };
}

fn context() -> Option<CanvasRenderingContext2d> {
    CONTEXT.with(|slot| {
        if let Some(context) = slot.borrow().as_ref() {
            return Some(context.clone());
        }
        let context = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into::<HtmlCanvasElement>()
            .ok()?
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        *slot.borrow_mut() = Some(context.clone());
        Some(context)
    })
}

/// The width and height of `text` in CSS pixels. The height is the font's ascent
/// plus descent (the line the text needs, as plotters' DOM measurement gave). Without
/// a canvas or font metrics it falls back to plotters' own estimate for fonts it
/// cannot read: 0.6 × size per character, 1.2 × size high.
pub fn measure(text: &str, style: FontStyle, size: f64, family: FontFamily<'_>) -> (u32, u32) {
    let fallback = (
        (text.chars().count() as f64 * size * 0.6).ceil() as u32,
        (size * 1.2).ceil() as u32,
    );
    let Some(context) = context() else {
        return fallback;
    };
    // The exact font string plotters-canvas draws with.
    context.set_font(&format!(
        "{} {}px {}",
        style.as_str(),
        size,
        family.as_str()
    ));
    let Ok(metrics) = context.measure_text(text) else {
        return fallback;
    };
    let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
    let height = if height.is_finite() && height > 0.0 {
        height.ceil() as u32
    } else {
        fallback.1
    };
    (metrics.width().ceil() as u32, height)
}
