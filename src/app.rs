//! The root component: boots state from storage, provides it, and lays out header,
//! notices, navigation and the routed page.

use leptos::prelude::*;
use workbook::library::{self, Address};
use workbook::safekeeping::Revision;
use workbook::{demo, Route, Workbook, Worksheet};

use crate::autosave;
use crate::components::header::Header;
use crate::components::nav::Nav;
use crate::components::notices::Notices;
use crate::customer_rows;
use crate::i18n::{self, Msg, Text};
use crate::pages::merge;
use crate::pages::overview::Overview;
use crate::persist::{self, Loaded};
use crate::routing;
use crate::state::{tr, App as AppState, Notice, Rows, SaveStatus};
use crate::worksheets::gaps::{GapKind, GapPage};
use crate::worksheets::{
    action_plan, back, competitors, customers, internal_customers, issue_log, key_value, loyalty,
    loyalty_classes, obl, pestle, profile, readiness, scorecard, segmentation, seven_s,
    stakeholders, swot, value_scoring,
};

/// Reads storage and builds the initial state: the workbook the address names, else
/// the one opened last, else the most recently changed, else (a first visit) the
/// demo, written into the library. A workbook that cannot be opened never stops
/// the app: another opens, the library shows, and a notice says why.
fn boot() -> AppState {
    let lang = persist::load_lang();
    persist::migrate_legacy();
    let address = routing::current();
    let mut route = match &address {
        Address::Library => Route::Library,
        Address::Workbook { route, .. } | Address::Bare(route) => *route,
    };
    let wanted = match &address {
        Address::Workbook { id, .. } => Some(id.clone()),
        _ => persist::last_opened(),
    };
    let mut notice = None;
    let mut save = SaveStatus::Saved;
    let loaded = wanted.map(|id| {
        let loaded = first_visit_demo(&id, lang).unwrap_or_else(|| persist::load_workbook(&id));
        (id, loaded)
    });
    let (workbook, revision) = match loaded {
        Some((_, Loaded::Found(workbook, revision))) => (*workbook, revision),
        other => {
            match other {
                Some((id, Loaded::Missing)) => notice = Some(Notice::NoSuchWorkbook(id)),
                Some((id, Loaded::Unreadable { error, raw })) => {
                    notice = Some(Notice::Unreadable {
                        detail: i18n::decode_error(lang, &error),
                        raw,
                        kept_under: library::workbook_key(&id),
                    });
                }
                _ => {}
            }
            if notice.is_some() {
                route = Route::Library;
                routing::replace_hash(&Route::Library.to_hash());
            }
            fallback(lang, &mut save)
        }
    };
    persist::remember_last(&workbook.id);
    let workbook = RwSignal::new(workbook);
    let rows = RwSignal::new(Rows::Absent);
    let precomputed = StoredValue::new(None);
    let (analysis, summary) = customer_rows::derive(workbook, rows, precomputed);
    AppState {
        workbook,
        lang: RwSignal::new(lang),
        route: RwSignal::new(route),
        save: RwSignal::new(save),
        notice: RwSignal::new(notice),
        focus_row: RwSignal::new(None),
        rows,
        analysis,
        summary,
        rows_installed: StoredValue::new(None),
        revision: StoredValue::new(revision),
        backups: RwSignal::new(0),
        library: RwSignal::new(0),
        autosave: autosave::Autosave::new(),
        merge: merge::Session::new(),
        precomputed,
        undo: crate::undo::Undo::new(),
        present: crate::present::Presenter::new(),
    }
}

/// A link to the demo (shared in a course, say) opened in a browser whose library is
/// still empty: the demo is made first, then the link is followed, rather than
/// saying it does not exist and making it anyway. (Once the library has workbooks,
/// an address of a demo deleted since says it is gone, as for any workbook.)
fn first_visit_demo(id: &str, lang: workbook::Lang) -> Option<Loaded> {
    if id != demo::ID || !persist::list_library().is_empty() {
        return None;
    }
    if let Err(e) = persist::put_workbook(&demo::workbook(lang)) {
        return Some(Loaded::NoStorage(e));
    }
    Some(persist::load_workbook(id))
}

/// The workbook to open when the wanted one cannot be: the most recently changed
/// readable one, else a new demo in the library. Without storage the demo lives in
/// memory and the header says why nothing is saved.
fn fallback(lang: workbook::Lang, save: &mut SaveStatus) -> (Workbook, Revision) {
    let newest = persist::list_library()
        .into_iter()
        .filter(|e| e.content.is_ok())
        .find_map(|e| match persist::load_workbook(&e.id) {
            Loaded::Found(workbook, revision) => Some((*workbook, revision)),
            _ => None,
        });
    if let Some(found) = newest {
        return found;
    }
    let mut demo = demo::workbook(lang);
    demo.id = persist::free_id(&demo.id);
    match persist::put_workbook(&demo) {
        Ok(revision) => (demo, revision),
        Err(e) => {
            *save = SaveStatus::Failed(e);
            (demo, Revision::default())
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let app = boot();
    provide_context(app);
    autosave::start(app);
    crate::undo::start(app);
    customer_rows::start(app);
    routing::start(app);
    crate::present::start(app);
    crate::library::watch_other_tabs(app);
    leptos::task::spawn_local(crate::library::purge_expired(app));
    provide_context(crate::offline::start());

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
        <crate::present::PresentBar/>
        <Header/>
        <Notices/>
        <div class="layout">
            <Nav/>
            <main id="main" tabindex="-1">
                {move || match app.route.get() {
                    Route::Library => view! { <crate::pages::library::Page/> }.into_any(),
                    Route::Overview => view! { <Overview/> }.into_any(),
                    Route::Merge => view! { <merge::Page/> }.into_any(),
                    Route::Report => view! { <crate::pages::report::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Swot) => view! { <swot::Page/> }.into_any(),
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
                    Route::Sheet(Worksheet::KeyValue) => view! { <key_value::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Loyalty) => view! { <loyalty::Page/> }.into_any(),
                    Route::Sheet(Worksheet::LoyaltyClasses) => view! { <loyalty_classes::Page/> }.into_any(),
                    Route::Sheet(Worksheet::IssueLog) => view! { <issue_log::Page/> }.into_any(),
                    Route::Sheet(Worksheet::ValueScoring) => view! { <value_scoring::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Scorecard) => view! { <scorecard::Page/> }.into_any(),
                    Route::Sheet(Worksheet::Readiness) => view! { <readiness::Page/> }.into_any(),
                    Route::Sheet(Worksheet::ActionPlan) => view! { <action_plan::Page/> }.into_any(),
                }}
            </main>
        </div>
    }
}
