//! Entry point: mounts the app; everything else lives in `app`.

use crm_workbook_app::app::App;

fn main() {
    console_error_panic_hook::set_once();
    // Charts measure text with the canvas, not plotters' inline-styled DOM span, which
    // the Content-Security-Policy blocks (components::text_measure).
    charts::any_backend::set_text_measure(crm_workbook_app::components::text_measure::measure);
    leptos::mount::mount_to_body(App);
}
