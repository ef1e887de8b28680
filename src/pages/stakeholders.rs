//! (being written) The stakeholders worksheet page; until then it says it is not built.

use leptos::prelude::*;
use workbook::Worksheet;

use crate::pages::not_built::NotBuilt;

#[component]
pub fn Page() -> impl IntoView {
    view! { <NotBuilt sheet=Worksheet::Stakeholders/> }
}
