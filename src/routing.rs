//! Hash routing: `#/w/<workbook id>/swot` names the workbook and the page, so back,
//! forward, reload and bookmarks keep the place without any server support.
//! `#/library` is the list of workbooks; an address from before the library
//! (`#/swot`) means that page of the open workbook.

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use workbook::library::{workbook_hash, Address};
use workbook::Route;

use crate::library::{self, OpenError};
use crate::state::{App, Notice};

pub fn current() -> Address {
    let hash = window().location().hash().unwrap_or_default();
    Address::from_hash(&hash)
}

/// Rewrites the address without a new history entry (and without `hashchange`:
/// the caller sets the route).
pub fn replace_hash(hash: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Keeps `app.route` and the open workbook in step with the address bar.
pub fn start(app: App) {
    follow(app, current());
    window_event_listener_untyped("hashchange", move |_| follow(app, current()));
}

fn follow(app: App, address: Address) {
    let open_id = app.workbook.with_untracked(|wb| wb.id.clone());
    match address {
        Address::Library => app.route.set(Route::Library),
        Address::Bare(route) => {
            replace_hash(&workbook_hash(&open_id, route));
            app.route.set(route);
        }
        Address::Workbook { id, route } if id == open_id => app.route.set(route),
        Address::Workbook { id, route } => match library::open(app, &id) {
            Ok(()) => app.route.set(route),
            Err(error) => {
                let lang = app.lang.get_untracked();
                let notice = match &error {
                    OpenError::Missing => Notice::NoSuchWorkbook(id),
                    OpenError::Unreadable { error, raw } => Notice::Unreadable {
                        detail: crate::i18n::decode_error(lang, error),
                        raw: raw.clone(),
                        kept_under: workbook::library::workbook_key(&id),
                    },
                    other => Notice::NotReplaced(library::open_words(lang, other)),
                };
                app.notice.set(Some(notice));
                // The open workbook stays; the list shows what there is.
                replace_hash(&Route::Library.to_hash());
                app.route.set(Route::Library);
            }
        },
    }
}
