//! The canvas adapter for charts: runs a `charts` drawing function on a `<canvas>`
//! and redraws it whenever the data it reads changes.

use std::rc::Rc;

use charts::export::AnyArea;
use charts::AnyBackend;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::components::chart_export::{ChartExports, SharedDraw};

/// A drawing function; it reads reactive data, so the chart redraws when that data
/// changes. It draws on `AnyBackend` so the same compiled chart serves the canvas and
/// the PNG and SVG downloads.
pub type Draw = Box<dyn Fn(&AnyArea<'_>) -> Result<(), String>>;

/// A chart on a canvas.
///
/// - `draw`: draws the chart; reactive reads inside it trigger redraws.
/// - `title`: the caption shown above the chart.
/// - `label`: the accessible description (the chart's data in words), since a canvas
///   is opaque to screen readers.
/// - `width`, `height`: the drawing size in CSS pixels.
#[component]
pub fn Chart(
    draw: Draw,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] label: Signal<String>,
    width: u32,
    height: u32,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let failed = RwSignal::new(None::<String>);
    let draw: SharedDraw = Rc::from(draw);
    let exports = draw.clone();
    Effect::new(move |_| {
        let Some(element) = canvas.get() else { return };
        let Some(backend) = CanvasBackend::with_canvas_object(element) else {
            failed.set(Some("canvas 2D context unavailable".into()));
            return;
        };
        let area = AnyBackend::new(backend).into_drawing_area();
        let result = area
            .fill(&WHITE)
            .map_err(|e| e.to_string())
            .and_then(|()| draw(&area))
            .and_then(|()| area.present().map_err(|e| e.to_string()));
        failed.set(result.err());
    });
    view! {
        <figure class="chart">
            <figcaption>{move || title.get()}</figcaption>
            <canvas
                node_ref=canvas
                width=width
                height=height
                role="img"
                aria-label=move || label.get()
            ></canvas>
            <ChartExports draw=exports title width height/>
            <Show when=move || failed.with(Option::is_some)>
                <p class="field-error">{move || failed.get()}</p>
            </Show>
        </figure>
    }
}
