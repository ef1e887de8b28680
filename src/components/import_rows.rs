//! The customer data section: where the rows came from, and the import flow (file
//! picker, drag-and-drop or pasted text → column mapping → reading in chunks that
//! yield to the page, with progress and cancel → bad rows to skip or cancel →
//! rows in IndexedDB and the summary in the workbook).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use workbook::segmentation::import::{Import, Mapping, Parsed, RowProblem};
use workbook::segmentation::{binary, DatasetInfo, DatasetSource, Field};

use crate::customer_rows;
use crate::i18n::customer_import as ti;
use crate::i18n::segmentation::SegMsg;
use crate::i18n::{Label, Text};
use crate::idb;
use crate::persist;
use crate::state::{tr, use_app, App, Rows};

/// Files larger than this are refused before reading: a browser tab would run out
/// of memory holding them and their columns.
const MAX_BYTES: usize = 512 * 1024 * 1024;

/// How long one chunk of reading may keep the page busy, in milliseconds.
const CHUNK_MS: f64 = 25.0;

/// Where the import flow is.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Idle,
    /// The file is read; the user matches its columns.
    Mapping {
        name: String,
        headers: Vec<String>,
        preview: Vec<Vec<String>>,
        detected: String,
    },
    /// The rows are being read; how far is `Flow::progress`, kept apart so the
    /// screen (and the Cancel button a keyboard user may be on) is built once, not
    /// at every chunk.
    Reading,
    /// Some rows are bad; the user skips them or cancels.
    Problems {
        /// Rows left out, and problems found (a row can have several).
        count: usize,
        problems: usize,
        listed: Vec<RowProblem>,
        good: usize,
    },
    Done(String),
    Failed(String),
}

/// The import's working data, which is large and not for signals: the file being
/// mapped, then the parsed rows waiting on the user's decision about bad rows.
#[derive(Default)]
struct Work {
    name: String,
    import: Option<Import>,
    parsed: Option<Parsed>,
    mapping: Option<Mapping>,
    headers: Vec<String>,
    cancelled: bool,
}

/// The flow's signals: where it is, and the mapping being edited (apart from the
/// step, so choosing a column does not redraw the whole form).
#[derive(Clone, Copy)]
struct Flow {
    step: RwSignal<Step>,
    /// Bytes read, bytes in all, rows read, while `step` is `Reading`.
    progress: RwSignal<(usize, usize, usize)>,
    mapping: RwSignal<Mapping>,
    mapping_error: RwSignal<Option<String>>,
}

/// The status line of the customer data, shared with the loyalty screen.
#[component]
pub fn DataStatus() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let source = app.workbook.with(|wb| {
            wb.customer_data
                .as_ref()
                .map(|d| (d.source.clone(), d.summary.all.customers))
        });
        let line = match (app.rows.get(), source) {
            (_, None) => SegMsg::NoData.text(lang).to_string(),
            (Rows::Loading, _) => SegMsg::Loading.text(lang).to_string(),
            (Rows::Missing, _) => SegMsg::Missing.text(lang).to_string(),
            (Rows::Failed(why), _) => ti::failed_line(lang, &why),
            (_, Some((DatasetSource::Demo { .. }, n))) => ti::demo_source_line(lang, n),
            (
                _,
                Some((
                    DatasetSource::File {
                        name,
                        imported_at,
                        skipped_rows,
                    },
                    n,
                )),
            ) => {
                // Stored in UTC, read in the user's own time zone like every date.
                let at = crate::clock::local_time(&imported_at);
                ti::file_source_line(lang, n, &name, &at, skipped_rows)
            }
        };
        view! { <p class="data-status" data-testid="data-status">{line}</p> }
    }
}

#[component]
pub fn CustomerData() -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(Step::Idle);
    let flow = Flow {
        step,
        progress: RwSignal::new((0, 1, 0)),
        mapping: RwSignal::new(Mapping::default()),
        mapping_error: RwSignal::new(None),
    };
    let work = StoredValue::new_local(Rc::new(RefCell::new(Work::default())));
    let pasted = RwSignal::new(String::new());
    let paste_error = RwSignal::new(false);
    let confirm_remove = RwSignal::new(false);

    let open =
        move |name: String, bytes: Vec<u8>| open_bytes(app, flow, work.get_value(), name, bytes);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(file, open);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_file(file, open);
        }
    };
    let on_paste = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            paste_error.set(true);
            return;
        }
        paste_error.set(false);
        let name = SegMsg::PasteLabel
            .text(app.lang.get_untracked())
            .trim_start_matches('…')
            .to_string();
        open(name, text.into_bytes());
    };

    view! {
        <section aria-labelledby="seg-data" class="customer-data">
            <h2 id="seg-data">{tr(SegMsg::Data)}</h2>
            <DataStatus/>
            <Show when=move || app.workbook.with(|wb| wb.customer_data.is_some())>
                <button type="button" class="danger" on:click=move |_| confirm_remove.set(true)>
                    {tr(SegMsg::RemoveData)}
                </button>
            </Show>
            <Show when=move || confirm_remove.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="remove-data-title">
                    <p id="remove-data-title">{tr(SegMsg::ConfirmRemove)}</p>
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            customer_rows::remove(app);
                            confirm_remove.set(false);
                            step.set(Step::Idle);
                        }
                    >
                        {tr(SegMsg::Remove)}
                    </button>
                    <button type="button" on:click=move |_| confirm_remove.set(false)>{tr(SegMsg::Cancel)}</button>
                </div>
            </Show>
            <h3>{tr(SegMsg::Import)}</h3>
            <p class="muted">{tr(SegMsg::ImportHint)}</p>
            <div
                class="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <span class="field">
                    <label for="import-file">{tr(SegMsg::ChooseFile)}</label>
                    <input id="import-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" on:change=on_file/>
                </span>
                <p>{tr(SegMsg::DropHere)}</p>
                <span class="field">
                    <label for="import-paste">{tr(SegMsg::PasteLabel)}</label>
                    <textarea
                        data-undo="native"
                        id="import-paste"
                        rows="4"
                        prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                        aria-describedby="import-paste-msg"
                    ></textarea>
                    <span id="import-paste-msg" class="field-message" role="alert">
                        <Show when=move || paste_error.get()>
                            <span class="field-error">{tr(SegMsg::NothingPasted)}</span>
                        </Show>
                    </span>
                </span>
                <button type="button" on:click=on_paste>{tr(SegMsg::ReadPasted)}</button>
            </div>
            {move || step_view(app, flow, work.get_value())}
        </section>
    }
}

/// Reads a dropped or chosen file's bytes, then hands them to `open`.
fn read_file(file: web_sys::File, open: impl Fn(String, Vec<u8>) + 'static) {
    mark("import-file-chosen");
    let name = file.name();
    spawn_local(async move {
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        match buffer {
            Ok(buffer) => open(name, js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(_) => open(name, Vec::new()),
        }
    });
}

fn open_bytes(app: App, flow: Flow, work: Rc<RefCell<Work>>, name: String, bytes: Vec<u8>) {
    let lang = app.lang.get_untracked();
    let step = flow.step;
    if bytes.len() > MAX_BYTES {
        step.set(Step::Failed(ti::too_large_line(
            lang,
            bytes.len(),
            MAX_BYTES,
        )));
        return;
    }
    match Import::new(bytes) {
        Ok(import) => {
            let headers = import.headers().to_vec();
            let saved = app
                .workbook
                .with_untracked(|wb| wb.customer_data.as_ref().map(|d| d.mapping.clone()))
                .unwrap_or_default();
            // A mapping the user confirmed before wins over a guess, where it fits.
            let mapping = Mapping::from_saved_or_guess(&saved, &headers);
            let detected = ti::detected_line(
                lang,
                import.encoding().label(),
                import.delimiter().byte() as char,
                headers.len(),
            );
            let preview = import.preview(5).into_iter().map(|row| row.cells).collect();
            mark("import-file-opened");
            let mut work = work.borrow_mut();
            work.name = name.clone();
            work.headers = headers.clone();
            work.import = Some(import);
            work.parsed = None;
            flow.mapping.set(mapping);
            flow.mapping_error.set(None);
            step.set(Step::Mapping {
                name,
                headers,
                preview,
                detected,
            });
        }
        Err(e) => step.set(Step::Failed(ti::import_error(lang, e))),
    }
}

/// A promise resolved by the browser's next task, so rendering and input run
/// between chunks.
async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn start_reading(app: App, flow: Flow, work: Rc<RefCell<Work>>, mapping: Mapping) {
    let (step, progress_shown) = (flow.step, flow.progress);
    let lang = app.lang.get_untracked();
    let Some(import) = work.borrow_mut().import.take() else {
        return;
    };
    let mut parse = match import.start(&mapping) {
        Ok(parse) => parse,
        Err(e) => {
            step.set(Step::Failed(ti::start_error(lang, &e)));
            return;
        }
    };
    {
        let mut w = work.borrow_mut();
        w.cancelled = false;
        w.mapping = Some(mapping);
    }
    progress_shown.set((0, 1, 0));
    step.set(Step::Reading);
    mark("import-start");
    spawn_local(async move {
        loop {
            yield_to_page().await;
            if work.borrow().cancelled {
                step.set(Step::Idle);
                return;
            }
            let started = now_ms();
            let mut progress = parse.step(4096);
            while !progress.finished && now_ms() - started < CHUNK_MS {
                progress = parse.step(4096);
            }
            progress_shown.set((progress.done_bytes, progress.total_bytes, progress.rows));
            if progress.finished {
                break;
            }
        }
        let parsed = parse.finish();
        mark("import-parsed");
        // The analyses run in a task of their own, not on the tail of the parse.
        yield_to_page().await;
        if parsed.rejected_rows == 0 {
            commit(app, step, work, parsed).await;
        } else {
            step.set(Step::Problems {
                count: parsed.rejected_rows,
                problems: parsed.problem_count,
                listed: parsed.problems.clone(),
                good: parsed.dataset.len(),
            });
            work.borrow_mut().parsed = Some(parsed);
        }
    });
}

/// Marks a moment of the import in the page's performance timeline, for the
/// benchmark to read; costs nothing noticeable.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Puts the rows in place and records the import in the workbook (which keeps the
/// mapping and the summary), shows the result, and only then stores the rows in
/// IndexedDB: writing tens of megabytes is not part of the user's wait.
async fn commit(app: App, step: RwSignal<Step>, work: Rc<RefCell<Work>>, parsed: Parsed) {
    let lang = app.lang.get_untracked();
    let (name, headers) = {
        let w = work.borrow();
        let headers = w.mapping.as_ref().map(|m| m.to_saved(&w.headers));
        (w.name.clone(), headers.unwrap_or_default())
    };
    let id = app.workbook.with_untracked(|wb| wb.id.clone());
    let customers = parsed.dataset.len();
    let source = DatasetSource::File {
        name,
        imported_at: persist::now_iso(),
        skipped_rows: parsed.rejected_rows,
    };
    let rows = Arc::new(parsed.dataset);
    let summary = customer_rows::precompute(app, &rows).summary.clone();
    mark("import-analysed");
    // The page redraws with the results in a task after the analyses' own.
    yield_to_page().await;
    customer_rows::install(app, &source, rows);
    app.edit_unrecorded(|wb| {
        wb.customer_data = Some(DatasetInfo {
            source: source.clone(),
            mapping: headers,
            summary,
        })
    });
    *work.borrow_mut() = Work::default();
    let imported = ti::imported_line(lang, customers);
    step.set(Step::Done(format!("{imported} {}", ti::storing_line(lang))));
    // Let the page draw the results before the rows are encoded and written.
    yield_to_page().await;
    let Some(rows) = app.rows.with_untracked(|r| r.dataset().cloned()) else {
        return;
    };
    let stored = idb::put_row_parts(&id, &binary::encode_parts(&rows)).await;
    mark("import-stored");
    let current = app.workbook.with_untracked(|wb| {
        wb.id == id && wb.customer_data.as_ref().map(|d| &d.source) == Some(&source)
    });
    if !current {
        // The workbook or its data changed while the rows were being written: they
        // belong to nothing now.
        let _ = idb::delete_rows(&id).await;
        return;
    }
    step.set(match stored {
        Ok(()) => Step::Done(imported),
        Err(idb::IdbError(why)) => {
            Step::Failed(format!("{imported} {}", ti::store_failed_line(lang, &why)))
        }
    });
}

fn step_view(app: App, flow: Flow, work: Rc<RefCell<Work>>) -> impl IntoView {
    let lang = app.lang.get();
    let step = flow.step;
    let cancel = {
        let work = work.clone();
        move |_| {
            let mut w = work.borrow_mut();
            w.cancelled = true;
            w.import = None;
            w.parsed = None;
            step.set(Step::Idle);
        }
    };
    match step.get() {
        Step::Idle => ().into_any(),
        Step::Done(line) => view! { <p class="notice" role="status">{line}</p> }.into_any(),
        Step::Failed(line) => view! { <p class="field-error" role="alert">{line}</p> }.into_any(),
        Step::Reading => view! {
            <div class="import-progress">
                <label for="import-progress">{SegMsg::Progress.text(lang)}</label>
                <progress
                    id="import-progress"
                    max=move || flow.progress.get().1.max(1)
                    value=move || flow.progress.get().0
                ></progress>
                <p role="status">
                    {move || {
                        let (done, total, rows) = flow.progress.get();
                        ti::progress_line(lang, done, total, rows)
                    }}
                </p>
                <button type="button" on:click=cancel>{SegMsg::Cancel.text(lang)}</button>
            </div>
        }
        .into_any(),
        Step::Problems {
            count,
            problems,
            listed,
            good,
        } => {
            let skip = {
                let work = work.clone();
                move |_| {
                    let parsed = work.borrow_mut().parsed.take();
                    if let Some(parsed) = parsed {
                        let work = work.clone();
                        spawn_local(async move { commit(app, step, work, parsed).await });
                    }
                }
            };
            view! {
                <section class="import-problems" aria-labelledby="import-problems-heading">
                    <h3 id="import-problems-heading">{SegMsg::ProblemsFound.text(lang)}</h3>
                    <p role="alert">{ti::problems_line(lang, count, problems, listed.len(), good)}</p>
                    <table class="data" data-testid="import-problems">
                        <thead>
                            <tr>
                                <th scope="col">{SegMsg::Line.text(lang)}</th>
                                <th scope="col">{SegMsg::Column.text(lang)}</th>
                                <th scope="col">{SegMsg::Value.text(lang)}</th>
                                <th scope="col">{SegMsg::Problem.text(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {listed
                                .into_iter()
                                .map(|p| {
                                    view! {
                                        <tr>
                                            <td class="num">{p.line}</td>
                                            <td>{p.column.clone()}</td>
                                            <td>{p.value.clone()}</td>
                                            <td>{ti::problem_reason(lang, &p.reason)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    <button type="button" on:click=skip disabled=good == 0>{SegMsg::SkipAndImport.text(lang)}</button>
                    <button type="button" on:click=cancel>{SegMsg::CancelImport.text(lang)}</button>
                </section>
            }
            .into_any()
        }
        Step::Mapping {
            name,
            headers,
            preview,
            detected,
        } => mapping_view(app, flow, work, lang, name, headers, preview, detected).into_any(),
    }
}

#[allow(clippy::too_many_arguments)]
fn mapping_view(
    app: App,
    flow: Flow,
    work: Rc<RefCell<Work>>,
    lang: workbook::Lang,
    name: String,
    headers: Vec<String>,
    preview: Vec<Vec<String>>,
    detected: String,
) -> impl IntoView {
    let step = flow.step;
    let set_column = move |field: Field, column: Option<usize>| {
        flow.mapping.update(|m| m.set(field, column));
        flow.mapping_error.set(None);
    };
    let go = {
        let work = work.clone();
        move |_| {
            let mapping = flow.mapping.get_untracked();
            let missing = mapping.missing_required();
            if !missing.is_empty() {
                flow.mapping_error
                    .set(Some(ti::missing_fields_line(lang, &missing)));
                return;
            }
            start_reading(app, flow, work.clone(), mapping);
        }
    };
    let cancel = move |_| {
        *work.borrow_mut() = Work::default();
        step.set(Step::Idle);
    };
    let fields = Field::ALL.into_iter().map(|field| {
        let id = format!("map-{field:?}").to_lowercase();
        let chosen = move |column: Option<usize>| flow.mapping.with(|m| m.column(field) == column);
        let label = if field.is_required() {
            crate::i18n::with_note(lang, field.label(lang), SegMsg::Required.text(lang))
        } else {
            field.label(lang).to_string()
        };
        let options = headers
            .iter()
            .enumerate()
            .map(|(i, header)| {
                view! { <option value=i.to_string() selected=move || chosen(Some(i))>{header.clone()}</option> }
            })
            .collect_view();
        view! {
            <span class="field">
                <label for=id.clone()>{label}</label>
                <select
                    id=id
                    on:change=move |ev| set_column(field, event_target_value(&ev).parse().ok())
                >
                    <option value="" selected=move || chosen(None)>{SegMsg::NotInFile.text(lang)}</option>
                    {options}
                </select>
            </span>
        }
    });
    view! {
        <section class="import-mapping" aria-labelledby="import-mapping-heading">
            <h3 id="import-mapping-heading">{SegMsg::MatchColumns.text(lang)}</h3>
            <p>{format!("“{name}”: {detected}")}</p>
            <div class="mapping-fields">{fields.collect_view()}</div>
            <p class="field-message" role="alert">
                {move || flow.mapping_error.get().map(|e| view! { <span class="field-error">{e}</span> })}
            </p>
            <table class="data compact">
                <caption>{SegMsg::FirstRows.text(lang)}</caption>
                <thead>
                    <tr>{headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {preview
                        .into_iter()
                        .map(|row| view! { <tr>{row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr> })
                        .collect_view()}
                </tbody>
            </table>
            <button type="button" on:click=go>{SegMsg::StartImport.text(lang)}</button>
            <button type="button" on:click=cancel>{SegMsg::Cancel.text(lang)}</button>
        </section>
    }
}
