//! (being written) The internal_customers worksheet page.

use leptos::prelude::*;
use workbook::Worksheet;

use crate::pages::not_built::NotBuilt;

#[component]
pub fn Page() -> impl IntoView {
    view! { <NotBuilt sheet=Worksheet::InternalCustomers/> }
}
