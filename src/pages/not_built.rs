//! The page of a worksheet whose screen is not built yet: says so plainly.

use leptos::prelude::*;
use workbook::Worksheet;

use crate::i18n::{Label, Msg};
use crate::state::{tr, use_app};

#[component]
pub fn NotBuilt(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || sheet.label(app.lang.get())}</h1>
        <div class="notice">
            <p><strong>{tr(Msg::NotBuiltTitle)}</strong></p>
            <p>{tr(Msg::NotBuiltBody)}</p>
        </div>
    }
}
