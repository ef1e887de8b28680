//! Offline use, the browser side: registers the service worker the build names and
//! reports what this browser keeps of the app. The worker itself (`web/sw.js`,
//! completed per build by `scripts/offline.mjs`) does the caching; README "Offline".
//!
//! The build names its worker in `<meta name="crm-workbook-worker">`. A page without
//! it (`trunk serve`) registers nothing and removes a registration an earlier release
//! build left on the origin, so the dev server's live reload is never answered from a
//! cache. Nothing here can stop the app: a browser without service workers, a refused
//! registration or a failed install only changes the status line, and no failure is
//! logged (a rejected promise is consumed here, never left unhandled).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// The meta in which the build names its worker's URL.
const WORKER_META: &str = r#"meta[name="crm-workbook-worker"]"#;

/// What this browser keeps of the app, as the library's storage section says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offline {
    /// Registration or the first install is under way.
    Pending,
    /// This build is kept: the app opens without a network.
    Ready,
    /// A newer build is kept too, and waits for every page of this one to close.
    UpdateWaiting,
    /// Nothing is kept: no worker in this build, or the browser has or allows none.
    Unavailable,
}

/// The status, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Status(pub RwSignal<Offline>);

/// Registers the build's worker (or removes one under `trunk serve`) and returns the
/// status that follows the registration.
pub fn start() -> Status {
    let status = RwSignal::new(Offline::Pending);
    let Some(container) = container() else {
        status.set(Offline::Unavailable);
        return Status(status);
    };
    match worker_url() {
        Some(url) => spawn_local(register(container, url, status)),
        None => {
            status.set(Offline::Unavailable);
            spawn_local(forget(container));
        }
    }
    Status(status)
}

/// `navigator.serviceWorker`, absent in insecure contexts and some browsers.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}

fn worker_url() -> Option<String> {
    let meta = document().query_selector(WORKER_META).ok()??;
    meta.get_attribute("content").filter(|url| !url.is_empty())
}

async fn register(container: ServiceWorkerContainer, url: String, status: RwSignal<Offline>) {
    // Anything but a registration (a refusal, or a browser that stubs registration
    // out) means nothing is kept.
    let registration = JsFuture::from(container.register(&url))
        .await
        .ok()
        .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
    match registration {
        Some(registration) => follow(&registration, status),
        None => status.set(Offline::Unavailable),
    }
}

/// Keeps the status in step with the registration's workers: a first visit's worker
/// installing (kept once it is active, nothing kept if its install fails), and a
/// newer build's worker found while this page is open (installed, it waits for this
/// build's pages to close; failed, this build stays).
fn follow(registration: &ServiceWorkerRegistration, status: RwSignal<Offline>) {
    let reg = registration.clone();
    let on_state = Closure::<dyn Fn()>::new(move || show(&reg, status));
    let on_state: js_sys::Function = on_state.into_js_value().unchecked_into();
    if let Some(worker) = registration.installing() {
        worker.set_onstatechange(Some(&on_state));
    }
    let reg = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        if let Some(worker) = reg.installing() {
            worker.set_onstatechange(Some(&on_state));
        }
        show(&reg, status);
    });
    registration.set_onupdatefound(Some(&on_found.into_js_value().unchecked_into()));
    show(registration, status);
}

fn show(registration: &ServiceWorkerRegistration, status: RwSignal<Offline>) {
    let (active, waiting) = (registration.active(), registration.waiting());
    status.set(match (active, waiting, registration.installing()) {
        (Some(_), Some(_), _) => Offline::UpdateWaiting,
        (Some(_), None, _) => Offline::Ready,
        (None, None, None) => Offline::Unavailable,
        (None, _, _) => Offline::Pending,
    });
}

/// Removes this page's registration, if an earlier build left one.
async fn forget(container: ServiceWorkerContainer) {
    let Ok(found) = JsFuture::from(container.get_registration()).await else {
        return;
    };
    if let Ok(registration) = found.dyn_into::<ServiceWorkerRegistration>() {
        if let Ok(done) = registration.unregister() {
            let _ = JsFuture::from(done).await;
        }
    }
}
