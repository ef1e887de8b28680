//! What every chart test shares: rendering a chart to SVG (the native stand-in for the
//! browser canvas) and a minimal SVG reader to check what was drawn where.
//!
//! Each test file is its own crate and uses only some of these helpers, hence the
//! `allow(dead_code)`.

#![allow(dead_code)]

use charts::style::Palette;
use charts::ChartResult;
use plotters::coord::Shift;
use plotters::prelude::*;

// ---------------------------------------------------------------- rendering

pub fn render<F>(draw: F) -> String
where
    F: for<'a> FnOnce(&DrawingArea<SVGBackend<'a>, Shift>) -> ChartResult<SVGBackend<'a>>,
{
    render_at((480, 320), draw)
}

/// [`render`] at another size (a chart the page draws larger).
pub fn render_at<F>(size: (u32, u32), draw: F) -> String
where
    F: for<'a> FnOnce(&DrawingArea<SVGBackend<'a>, Shift>) -> ChartResult<SVGBackend<'a>>,
{
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&area).expect("chart draws");
        area.present().expect("svg written");
    }
    if let Ok(dir) = std::env::var("CHARTS_SVG_DUMP") {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        // Each test file is a crate of its own with its own counter: its name keeps the
        // dumps of different files apart.
        let file = format!("{dir}/{}-{n:03}.svg", env!("CARGO_CRATE_NAME"));
        std::fs::write(file, &svg).expect("dump written");
    }
    let trimmed = svg.trim();
    assert!(trimmed.starts_with("<svg"), "not an svg: {trimmed:.80}");
    assert!(trimmed.ends_with("</svg>"), "svg not closed");
    assert!(!svg.contains("NaN"), "NaN in svg");
    assert!(
        !svg.contains("=\"inf") && !svg.contains("=\"-inf"),
        "infinite value in svg"
    );
    svg
}

// ---------------------------------------------------------------- a minimal SVG reader

/// One drawn element: tag, attributes and (for `<text>`) its content.
#[derive(Debug)]
pub struct El {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    pub content: String,
}

impl El {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .unwrap_or_else(|| panic!("{} has no {name}: {self:?}", self.tag))
            .parse()
            .unwrap_or_else(|_| panic!("{name} not a number: {self:?}"))
    }

    pub fn is_bold(&self) -> bool {
        self.attr("font-weight") == Some("bold")
    }
}

pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

pub fn elements(svg: &str) -> Vec<El> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with('/') {
            continue;
        }
        let end = rest.find('>').expect("tag closed");
        let head = rest[..end].trim_end_matches('/');
        let (tag, mut attrs_src) = head.split_once(' ').unwrap_or((head, ""));
        let mut attrs = Vec::new();
        while let Some(eq) = attrs_src.find("=\"") {
            let name = attrs_src[..eq].trim().to_string();
            let after = &attrs_src[eq + 2..];
            let close = after.find('"').expect("attribute closed");
            attrs.push((name, unescape(&after[..close])));
            attrs_src = &after[close + 1..];
        }
        rest = &rest[end + 1..];
        let content = if tag == "text" {
            let close = rest.find("</text>").expect("text closed");
            unescape(rest[..close].trim())
        } else {
            String::new()
        };
        out.push(El {
            tag: tag.to_string(),
            attrs,
            content,
        });
    }
    out
}

pub fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

pub fn texts(els: &[El]) -> Vec<&El> {
    els.iter().filter(|e| e.tag == "text").collect()
}

pub fn has_text(els: &[El], content: &str) -> bool {
    texts(els).iter().any(|t| t.content == content)
}

pub fn text_el<'a>(els: &'a [El], content: &str) -> &'a El {
    texts(els)
        .into_iter()
        .find(|t| t.content == content)
        .unwrap_or_else(|| panic!("no text {content:?}"))
}

pub fn filled<'a>(els: &'a [El], tag: &str, colour: RGBColor) -> Vec<&'a El> {
    let fill = hex(colour);
    els.iter()
        .filter(|e| e.tag == tag && e.attr("fill") == Some(fill.as_str()))
        .collect()
}

pub const P: Palette = Palette::STANDARD;

/// Orders boxes as they are read: top to bottom, then left to right.
pub fn sort_reading_order(boxes: &mut [&El]) {
    boxes.sort_by(|a, b| {
        a.num("y")
            .total_cmp(&b.num("y"))
            .then(a.num("x").total_cmp(&b.num("x")))
    });
}

/// The text drawn at the centre of the box `cell` (a heat-map cell's value or letter).
pub fn text_in<'a>(els: &'a [El], cell: &El) -> &'a El {
    let (cx, cy) = (
        cell.num("x") + cell.num("width") / 2.0,
        cell.num("y") + cell.num("height") / 2.0,
    );
    texts(els)
        .into_iter()
        .find(|t| (t.num("x") - cx).abs() <= 1.0 && (t.num("y") - cy).abs() <= 1.0)
        .unwrap_or_else(|| panic!("no text in the cell at ({cx}, {cy})"))
}
