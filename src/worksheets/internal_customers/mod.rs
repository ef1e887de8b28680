//! The internal-customers worksheet: the links between departments, then its results
//! (mean service, weakest links, each department as server and as customer, and the
//! heat map; `results.rs`), all derived from the workbook.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::internal::InternalLink;
use workbook::{Workbook, Worksheet};

use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::i18n::guidance::Scale;
use crate::i18n::internal_customers::{self as t, InternalMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

fn lens() -> ListLens<InternalLink> {
    ListLens {
        get: |wb: &Workbook| &wb.internal_customers,
        get_mut: |wb: &mut Workbook| &mut wb.internal_customers,
    }
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let lens = lens();
    view! {
        <h1>{move || Worksheet::InternalCustomers.label(app.lang.get())}</h1>
        <p class="intro">{tr(InternalMsg::Intro)}</p>
        <Guidance sheet=Worksheet::InternalCustomers/>
        <div class="links">
            <RowList lens prefix="link" row_name=t::row_name add_label=InternalMsg::AddRow fields=link_fields/>
        </div>
        <Results sheet=Worksheet::InternalCustomers/>
    }
}

fn link_fields(row: RowCtx<InternalLink>) -> AnyView {
    view! {
        {row.text("server", InternalMsg::Server, |r| &r.server, |r, v| r.server = v)}
        {row.text("customer", InternalMsg::Customer, |r| &r.customer, |r, v| r.customer = v)}
        {row.text("need", InternalMsg::Need, |r| &r.need, |r, v| r.need = v)}
        {row.score("service", InternalMsg::Service, Scale::Service, |r| r.service, |r, v| r.service = v)}
    }
    .into_any()
}
