//! Hash routing: `#/swot` names the worksheet, so back, forward and reload keep the
//! place without any server support.

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use workbook::Route;

use crate::state::App;

pub fn current() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    Route::from_hash(&hash)
}

/// Keeps `app.route` in step with the address bar.
pub fn start(app: App) {
    window_event_listener_untyped("hashchange", move |_| app.route.set(current()));
}
