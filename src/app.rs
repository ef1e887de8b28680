//! The root component: boots state from storage, provides it, and lays out header,
//! notices, navigation and the routed page.

use leptos::prelude::*;
use workbook::{demo, Route, Worksheet};

use crate::autosave;
use crate::components::header::Header;
use crate::components::nav::Nav;
use crate::components::notices::Notices;
use crate::customer_rows;
use crate::i18n::{self, Msg, Text};
use crate::pages::gaps::{GapKind, GapPage};
use crate::pages::merge;
use crate::pages::overview::Overview;
use crate::pages::swot::SwotPage;
use crate::pages::{
    back, competitors, customers, internal_customers, loyalty, obl, pestle, profile, segmentation,
    seven_s, stakeholders,
};
use crate::persist::{self, Startup};
use crate::routing;
use crate::state::{tr, App as AppState, Notice, Rows, SaveStatus};

/// Reads storage and builds the initial state. Unreadable data never stops the app:
/// it starts with the demo and says why.
fn boot() -> AppState {
    let lang = persist::load_lang();
    // Before the workbook: see `persist::load_revision`.
    let revision = persist::load_revision();
    let (workbook, notice, save) = match persist::load_workbook() {
        Startup::Restored(wb) => (*wb, None, SaveStatus::Saved),
        Startup::FirstVisit => (demo::workbook(lang), None, SaveStatus::Saved),
        Startup::NoStorage(e) => (demo::workbook(lang), None, SaveStatus::Failed(e)),
        Startup::Unreadable {
            error,
            raw,
            kept_under,
        } => {
            let save = if kept_under.is_some() {
                SaveStatus::Saved
            } else {
                SaveStatus::Paused
            };
            let notice = Notice::Unreadable {
                detail: i18n::decode_error(lang, &error),
                raw,
                kept_under,
            };
            (demo::workbook(lang), Some(notice), save)
        }
    };
    let workbook = RwSignal::new(workbook);
    let rows = RwSignal::new(Rows::Absent);
    let (analysis, summary) = customer_rows::derive(workbook, rows);
    AppState {
        workbook,
        lang: RwSignal::new(lang),
        route: RwSignal::new(routing::current()),
        save: RwSignal::new(save),
        notice: RwSignal::new(notice),
        focus_row: RwSignal::new(None),
        rows,
        analysis,
        summary,
        rows_installed: StoredValue::new(None),
        revision: StoredValue::new(revision),
        backups: RwSignal::new(0),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let app = boot();
    provide_context(app);
    autosave::start(app);
    customer_rows::start(app);
    routing::start(app);

    // The document follows the language: <html lang> for fonts and screen readers,
    // the title for the tab, and storage for the next visit.
    Effect::new(move |_| {
        let lang = app.lang.get();
        persist::save_lang(lang);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
        document().set_title(Msg::AppName.text(lang));
    });

    let focus_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(main).focus();
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=focus_main>{tr(Msg::SkipToContent)}</a>
        <Header/>
        <Notices/>
        <div class="layout">
            <Nav/>
            <main id="main" tabindex="-1">
                {move || match app.route.get() {
                    Route::Overview => view! { <Overview/> }.into_any(),
                    Route::Merge => view! { <merge::Page/> }.into_any(),
                    Route::Report => view! { <crate::pages::report::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Swot) => view! { <SwotPage/> }.into_any(),
                    Route::Sheet(Worksheet::CompanyProfile) => view! { <profile::Page/> }.into_any(),
                    Route::Sheet(Worksheet::ProductGaps) => view! { <GapPage kind=GapKind::Product/> }.into_any(),
                    Route::Sheet(Worksheet::ServiceGaps) => view! { <GapPage kind=GapKind::Service/> }.into_any(),
                    Route::Sheet(Worksheet::Back) => view! { <back::Page/> }.into_any(),
                    Route::Sheet(Worksheet::SevenS) => view! { <seven_s::Page/> }.into_any(),
                    Route::Sheet(Worksheet::InternalCustomers) => view! { <internal_customers::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Pestle) => view! { <pestle::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Stakeholders) => view! { <stakeholders::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Competitors) => view! { <competitors::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Customers) => view! { <customers::Page/> }.into_any(),
                    Route::Sheet(Worksheet::OblAudit) => view! { <obl::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Segmentation) => view! { <segmentation::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Loyalty) => view! { <loyalty::Page/> }.into_any(),
                }}
            </main>
        </div>
    }
}
