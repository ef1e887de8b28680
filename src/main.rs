//! Entry point: mounts the app; everything else lives in `app`.

use crm_workbook_app::app::App;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
