//! Chart downloads: PNG at twice the drawing size and SVG, both from the chart's own
//! drawing function (see `charts::any_backend`), never from a copy of the screen.

use std::rc::Rc;

use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement};

use charts::export::AnyArea;
use charts::AnyBackend;

use crate::download::{download_text, file_stem};
use crate::i18n::report::{download_label, ReportMsg};
use crate::i18n::Text;
use crate::state::{tr, use_app};

/// A chart's drawing function, shared by the screen and the downloads.
pub type SharedDraw = Rc<dyn Fn(&AnyArea<'_>) -> Result<(), String>>;

/// How much larger than on screen the PNG is drawn.
const PNG_SCALE: u32 = 2;

/// The chart as an SVG document, drawn outside any reactive tracking (a download or
/// an effect that tracks on its own).
pub fn svg_of(draw: &SharedDraw, width: u32, height: u32) -> Result<String, String> {
    charts::export::svg((width, height), |area| draw(area))
}

/// The chart drawn on a canvas `PNG_SCALE` times its size, as a PNG data URL. The
/// charts are told the on-screen size and the canvas context scales every coordinate,
/// so fonts, lines and layout are exactly the screen's, only sharper.
fn png_data_url(draw: &SharedDraw, width: u32, height: u32) -> Result<String, String> {
    let js = |e: JsValue| format!("{e:?}");
    let canvas: HtmlCanvasElement = document()
        .create_element("canvas")
        .map_err(js)?
        .dyn_into()
        .map_err(|_| "not a canvas".to_string())?;
    canvas.set_width(width * PNG_SCALE);
    canvas.set_height(height * PNG_SCALE);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(js)?
        .ok_or("canvas 2D context unavailable")?
        .dyn_into()
        .map_err(|_| "not a 2D context".to_string())?;
    let scale = f64::from(PNG_SCALE);
    context.scale(scale, scale).map_err(js)?;
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("canvas 2D context unavailable")?;
    let area = AnyBackend::with_size(backend, (width, height)).into_drawing_area();
    area.fill(&WHITE).map_err(|e| charts::error_text(&e))?;
    draw(&area)?;
    area.present().map_err(|e| charts::error_text(&e))?;
    canvas.to_data_url_with_type("image/png").map_err(js)
}

fn download_url(filename: &str, url: &str) -> Result<(), String> {
    let anchor: HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.click();
    Ok(())
}

/// The PNG and SVG download buttons of a chart titled `title`.
#[component]
pub fn ChartExports(
    draw: SharedDraw,
    #[prop(into)] title: Signal<String>,
    width: u32,
    height: u32,
) -> impl IntoView {
    let app = use_app();
    let failed = RwSignal::new(None::<String>);
    let svg_draw = draw.clone();
    let stem = move || file_stem(&title.get_untracked());
    let png = move |_| {
        let result = untrack(|| png_data_url(&draw, width, height))
            .and_then(|url| download_url(&format!("{}.png", stem()), &url));
        failed.set(result.err());
    };
    let svg = move |_| {
        let result = untrack(|| svg_of(&svg_draw, width, height)).and_then(|doc| {
            download_text(&format!("{}.svg", stem()), "image/svg+xml", &doc)
                .map_err(|e| format!("{e:?}"))
        });
        failed.set(result.err());
    };
    // The accessible name holds the button's visible text, so speech users can say
    // what they see.
    let name = move |format: ReportMsg| {
        move || {
            let lang = app.lang.get();
            download_label(lang, &title.get(), format.text(lang))
        }
    };
    view! {
        <div class="chart-exports">
            <button type="button" aria-label=name(ReportMsg::DownloadPng) on:click=png>{tr(ReportMsg::DownloadPng)}</button>
            <button type="button" aria-label=name(ReportMsg::DownloadSvg) on:click=svg>{tr(ReportMsg::DownloadSvg)}</button>
            <Show when=move || failed.with(Option::is_some)>
                <p class="field-error" role="alert">
                    {move || format!("{} {}", ReportMsg::ExportFailed.text(app.lang.get()), failed.get().unwrap_or_default())}
                </p>
            </Show>
        </div>
    }
}
