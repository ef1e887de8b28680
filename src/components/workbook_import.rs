//! Importing a workbook file: the header's picker and a drop anywhere on the page,
//! then the domain's checks, then a preview of what the file holds and how it
//! differs from the workbook with its id in the library, and only then the user's
//! choice. Nothing changes before that choice, and a replaced workbook is backed up
//! first. A file of several workbooks ("export all") is previewed as a list and
//! added without replacing anything.

use std::sync::Arc;

use leptos::leptos_dom::helpers::window_event_listener;
use leptos::prelude::*;
use leptos::task::spawn_local;
use workbook::codec::Decoded;
use workbook::import_preview::{self, ImportError, Preview};
use workbook::library_file::{self, Contents, Fate};
use workbook::{Route, Workbook};

use crate::backups::{self, IncomingRows};
use crate::i18n::library::{self as lib, LibMsg};
use crate::i18n::sharing::{self as t, ShareMsg};
use crate::i18n::{self, Label, Text};
use crate::library;
use crate::persist;
use crate::state::{tr, use_app, App};

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Idle,
    Reading,
    Failed(ImportError),
    Preview {
        preview: Arc<Preview>,
        name: String,
    },
    /// A file of several workbooks: each one's title, client and what adding does.
    Many {
        items: Arc<Vec<(String, String, Fate)>>,
        name: String,
    },
}

/// The import flow's state, shared by the picker in the header and the panel under
/// it.
#[derive(Clone, Copy)]
pub struct ImportFlow {
    step: RwSignal<Step>,
    /// The decoded file waiting for the user's choice.
    decoded: StoredValue<Option<Decoded>>,
    /// The workbooks of a library file waiting for the user's choice.
    many: StoredValue<Vec<Workbook>>,
}

impl ImportFlow {
    /// Creates the flow and listens for files dropped anywhere on the page.
    pub fn new(app: App) -> ImportFlow {
        let flow = ImportFlow {
            step: RwSignal::new(Step::Idle),
            decoded: StoredValue::new(None),
            many: StoredValue::new(Vec::new()),
        };
        // Without this, a file dropped outside a drop zone makes the browser leave
        // the app to show the file.
        window_event_listener(leptos::ev::dragover, |ev: web_sys::DragEvent| {
            ev.prevent_default();
        });
        window_event_listener(leptos::ev::drop, move |ev: web_sys::DragEvent| {
            // A drop zone (the customer data import) already took it.
            if ev.default_prevented() {
                return;
            }
            ev.prevent_default();
            let file = ev
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                let name = file.name().to_lowercase();
                if name.ends_with(".json") || file.type_() == "application/json" {
                    flow.open(app, file);
                }
            }
        });
        flow
    }

    fn open(self, app: App, file: web_sys::File) {
        let step = self.step;
        self.decoded.set_value(None);
        // Size first, before the browser copies the file into memory.
        if let Err(e) = import_preview::check_size(file.size() as usize) {
            step.set(Step::Failed(e));
            return;
        }
        step.set(Step::Reading);
        let name = file.name();
        spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => Vec::new(),
            };
            match library_file::read_any(&bytes) {
                Ok(Contents::One(decoded)) => {
                    // Compared with the library's workbook of the same id, else
                    // with the open one (which then differs in id). An unusable id
                    // names no workbook of the library.
                    let usable = workbook::library::check_id(&decoded.workbook.id).is_ok();
                    let stored = usable
                        .then(|| persist::stored_workbook(&decoded.workbook.id))
                        .flatten();
                    let preview = match &stored {
                        Some(wb) => import_preview::preview(&decoded, wb),
                        None => app
                            .workbook
                            .with_untracked(|wb| import_preview::preview(&decoded, wb)),
                    };
                    self.decoded.set_value(Some(decoded));
                    step.set(Step::Preview {
                        preview: Arc::new(preview),
                        name,
                    });
                }
                Ok(Contents::Many(all)) => {
                    let mut workbooks: Vec<Workbook> =
                        all.into_iter().map(|d| d.workbook).collect();
                    for workbook in &mut workbooks {
                        import_preview::give_fresh_id(workbook, persist::new_workbook_id);
                    }
                    let fates = library_file::plan(&workbooks, persist::stored_workbook, |_| {
                        persist::new_workbook_id()
                    });
                    let items = workbooks
                        .iter()
                        .zip(fates)
                        .map(|(wb, fate)| (wb.title.clone(), wb.client.clone(), fate))
                        .collect();
                    self.many.set_value(workbooks);
                    step.set(Step::Many {
                        items: Arc::new(items),
                        name,
                    });
                }
                Err(e) => step.set(Step::Failed(e)),
            }
        });
    }

    /// Adds the waiting library file's workbooks.
    fn add_all(self, app: App) {
        let workbooks = self
            .many
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        self.step.set(Step::Idle);
        if let Err(why) = library::add_all(app, workbooks) {
            app.notice.set(Some(crate::state::Notice::NotReplaced(why)));
        }
    }

    /// Opens the waiting file: as the same workbook, or with a fresh id.
    fn choose(self, app: App, fresh_id: bool, name: String) {
        let Some(decoded) = self.decoded.try_update_value(Option::take).flatten() else {
            return;
        };
        self.step.set(Step::Idle);
        let mut next = decoded.workbook;
        if fresh_id {
            next.id = persist::new_workbook_id();
        }
        // A file whose id cannot be a storage key (the preview said so) is added
        // under a fresh one, never stored under an empty or odd key.
        import_preview::give_fresh_id(&mut next, persist::new_workbook_id);
        let rows = decoded.customer_rows.map(|dataset| IncomingRows {
            dataset,
            file_name: name,
        });
        spawn_local(backups::replace(app, next, rows));
    }

    fn cancel(self) {
        self.decoded.set_value(None);
        self.many.set_value(Vec::new());
        self.step.set(Step::Idle);
    }
}

/// The header's "Import JSON" picker.
#[component]
pub fn ImportButton(flow: ImportFlow) -> impl IntoView {
    let app = use_app();
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            flow.open(app, file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    view! {
        <span class="file-button">
            <label for="import-workbook">{tr(ShareMsg::ImportJson)}</label>
            <input
                id="import-workbook"
                class="visually-hidden"
                type="file"
                accept=".json,application/json"
                on:change=on_file
            />
        </span>
    }
}

/// The panel under the header: reading, the failure, or the preview and choices.
#[component]
pub fn ImportPanel(flow: ImportFlow) -> impl IntoView {
    let app = use_app();
    move || {
        match flow.step.get() {
        Step::Idle => None,
        Step::Reading => Some(
            view! { <div class="notice" role="status"><p>{tr(ShareMsg::Reading)}</p></div> }
                .into_any(),
        ),
        Step::Failed(error) => Some(
            view! {
                <div class="notice warning" role="alert">
                    <p>
                        <strong>{tr(ShareMsg::CannotOpen)}</strong>
                        " " {tr(ShareMsg::NothingChanged)}
                    </p>
                    <p>{move || t::import_error(app.lang.get(), &error)}</p>
                    <button type="button" on:click=move |_| flow.cancel()>{tr(i18n::Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
        ),
        Step::Preview { preview, name } => Some(preview_view(app, flow, preview, name).into_any()),
        Step::Many { items, name } => Some(many_view(app, flow, items, name).into_any()),
    }
    }
}

fn preview_view(app: App, flow: ImportFlow, p: Arc<Preview>, name: String) -> impl IntoView {
    let lang = app.lang;
    let compare = p.same_id.is_some();
    let identical = p.identical();
    let open_name = name.clone();
    let new_name = name.clone();
    let merge_href = workbook::library::workbook_hash(&p.id, Route::Merge);
    let info = {
        let p = p.clone();
        move || {
            let lang = lang.get();
            let mut lines = vec![
                format!(
                    "{}{}{}",
                    ShareMsg::Title.text(lang),
                    i18n::colon(lang),
                    p.title
                ),
                format!(
                    "{}{}{}",
                    ShareMsg::Client.text(lang),
                    i18n::colon(lang),
                    p.client
                ),
                t::made_with(lang, &p.saved_at, &p.app_version),
            ];
            if p.migrated {
                lines.push(ShareMsg::Migrated.text(lang).to_string());
            }
            if let Some(problem) = &p.id_problem {
                lines.push(t::id_replaced(lang, problem));
            }
            if let Some(n) = p.customer_rows {
                lines.push(t::customer_rows_line(lang, n));
            }
            if !p.unknown_fields.is_empty() {
                lines.push(format!(
                    "{} {}",
                    ShareMsg::UnknownKept.text(lang),
                    p.unknown_fields.join(", ")
                ));
            }
            lines.push(match (&p.same_id, identical) {
                (Some(_), true) => format!(
                    "{} {}",
                    ShareMsg::SameWorkbook.text(lang),
                    ShareMsg::Identical.text(lang)
                ),
                (Some(_), false) => ShareMsg::SameWorkbook.text(lang).to_string(),
                (None, _) => ShareMsg::OtherWorkbook.text(lang).to_string(),
            });
            if let Some(d) = &p.same_id {
                if let Some((from, to)) = &d.title {
                    lines.push(t::field_change(lang, ShareMsg::Title, from, to));
                }
                if let Some((from, to)) = &d.client {
                    lines.push(t::field_change(lang, ShareMsg::Client, from, to));
                }
            }
            lines
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        }
    };
    let rows = {
        let p = p.clone();
        move || {
            let lang = lang.get();
            p.sheets
                .iter()
                .map(|s| {
                    let change = s.change.map(|c| t::change_line(lang, &c));
                    view! {
                        <tr>
                            <th scope="row">{s.worksheet.label(lang)}</th>
                            <td class="num">{s.rows.map_or_else(|| "—".to_string(), |n| n.to_string())}</td>
                            <td class="num">{i18n::completion_text(lang, s.completion)}</td>
                            {change.map(|c| view! { <td>{c}</td> })}
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <section class="notice import-preview" aria-labelledby="import-preview-title">
            <h2 id="import-preview-title">{tr(ShareMsg::PreviewTitle)}</h2>
            <p class="muted">{name}</p>
            <ul class="import-facts">{info}</ul>
            <table class="data">
                <caption>{tr(ShareMsg::WorksheetRows)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(ShareMsg::Worksheet)}</th>
                        <th scope="col">{tr(ShareMsg::Rows)}</th>
                        <th scope="col">{tr(ShareMsg::Completion)}</th>
                        {compare.then(|| view! { <th scope="col">{tr(ShareMsg::AgainstCurrent)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p>{tr(ShareMsg::BackupFirst)}</p>
            <div class="actions">
                {if compare {
                    view! {
                        <button type="button" class="danger" on:click=move |_| flow.choose(app, false, open_name.clone())>
                            {tr(ShareMsg::ReplaceCurrent)}
                        </button>
                        <button type="button" on:click=move |_| flow.choose(app, true, new_name.clone())>
                            {tr(ShareMsg::OpenAsNew)}
                        </button>
                        <a class="button" href=merge_href.clone() on:click=move |_| flow.cancel()>
                            {tr(ShareMsg::MergeScores)}
                        </a>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="danger" on:click=move |_| flow.choose(app, false, open_name.clone())>
                            {tr(ShareMsg::OpenIt)}
                        </button>
                    }
                    .into_any()
                }}
                <button type="button" on:click=move |_| flow.cancel()>{tr(ShareMsg::Cancel)}</button>
            </div>
        </section>
    }
}

/// The preview of a file of several workbooks: each with what adding it does.
fn many_view(
    app: App,
    flow: ImportFlow,
    items: Arc<Vec<(String, String, Fate)>>,
    name: String,
) -> impl IntoView {
    let lang = app.lang;
    let count = items.len();
    let rows = move || {
        let lang = lang.get();
        items
            .iter()
            .map(|(title, client, fate)| {
                view! {
                    <tr>
                        <th scope="row">{title.clone()}</th>
                        <td>{client.clone()}</td>
                        <td>{lib::fate(lang, fate)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="notice import-preview" aria-labelledby="import-preview-title">
            <h2 id="import-preview-title">{tr(LibMsg::FileTitle)}</h2>
            <p class="muted">{name} " · " {move || lib::file_count(lang.get(), count)}</p>
            <p>{tr(LibMsg::FileNoRows)}</p>
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{tr(LibMsg::Title)}</th>
                        <th scope="col">{tr(LibMsg::Client)}</th>
                        <th scope="col">{tr(LibMsg::Fate)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="actions">
                <button type="button" on:click=move |_| flow.add_all(app)>{tr(LibMsg::AddAll)}</button>
                <button type="button" on:click=move |_| flow.cancel()>{tr(ShareMsg::Cancel)}</button>
            </div>
        </section>
    }
}
