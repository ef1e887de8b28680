//! (being written) The back worksheet page.

use leptos::prelude::*;
use workbook::Worksheet;

use crate::pages::not_built::NotBuilt;

#[component]
pub fn Page() -> impl IntoView {
    view! { <NotBuilt sheet=Worksheet::Back/> }
}
