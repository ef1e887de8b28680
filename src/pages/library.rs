//! The library page (`#/library`): every workbook this browser keeps with its title,
//! client, last change and completion; creating, opening, duplicating, renaming and
//! deleting them; the recently deleted ones; "export all"; and the automatic
//! backups with the storage they take. The actions are `crate::library`'s.

use leptos::prelude::*;
use leptos::task::spawn_local;
use workbook::library::{self as rules, Card, Entry};
use workbook::seed::{pick, Industry};
use workbook::Route;

use crate::clock;
use crate::components::backups::Backups;
use crate::download;
use crate::i18n::library::{self as t, LibMsg};
use crate::i18n::{self, sharing};
use crate::library;
use crate::persist::{self, DeletedEntry};
use crate::state::{tr, use_app, App};

/// Which workbook's title is being edited, the text typed, and why it was refused.
#[derive(Clone, Copy)]
struct Renaming {
    id: RwSignal<Option<String>>,
    text: RwSignal<String>,
    error: RwSignal<Option<String>>,
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    // Re-read whenever this tab or another changes the library, and as the open
    // workbook is saved (its title, completion and time change).
    let entries = Memo::new(move |_| {
        app.library.track();
        app.save.track();
        persist::list_library()
    });
    let deleted = Memo::new(move |_| {
        app.library.track();
        persist::list_deleted()
    });
    let renaming = Renaming {
        id: RwSignal::new(None),
        text: RwSignal::new(String::new()),
        error: RwSignal::new(None),
    };
    // A failed action's reason, shown above the list.
    let failed = RwSignal::new(None::<String>);
    // A delete refused for space: the workbook (id, name, size) offered for
    // download and deletion for good instead.
    let no_room = RwSignal::new(None::<NoRoom>);
    let deleting = Deleting { failed, no_room };
    let query = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        query.with(|q| {
            entries.with(|all| {
                all.iter()
                    .filter(|e| rules::matches(e, q))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });

    view! {
        <h1>{tr(LibMsg::Library)}</h1>
        <p class="muted">{tr(LibMsg::Intro)}</p>
        {move || failed.get().map(|why| view! { <p class="field-error" role="alert">{why}</p> })}
        {move || no_room.get().map(|room| no_room_prompt(app, room, deleting))}
        <div class="library-find">
            <label for="library-find">{tr(LibMsg::Find)}</label>
            <input
                data-undo="native"
                id="library-find"
                type="search"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </div>
        <table class="data library">
            <caption>{tr(LibMsg::Caption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(LibMsg::Title)}</th>
                    <th scope="col">{tr(LibMsg::Client)}</th>
                    <th scope="col">{tr(LibMsg::LastChange)}</th>
                    <th scope="col">{tr(LibMsg::Completion)}</th>
                    <th scope="col">{tr(LibMsg::Size)}</th>
                    <th scope="col">{tr(LibMsg::Actions)}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    shown
                        .get()
                        .into_iter()
                        .map(|entry| entry_row(app, entry, renaming, deleting))
                        .collect_view()
                }}
            </tbody>
        </table>
        {move || {
            let nothing = shown.with(Vec::is_empty) && entries.with(|all| !all.is_empty());
            nothing.then(|| view! { <p role="status">{move || t::no_match(app.lang.get(), &query.get())}</p> })
        }}
        <NewWorkbook failed=failed/>
        <section aria-labelledby="export-all-title">
            <h2 id="export-all-title">{tr(LibMsg::ExportAll)}</h2>
            <p class="muted">{tr(LibMsg::ExportAllNote)}</p>
            <button type="button" on:click=move |_| library::export_all(app)>
                {tr(LibMsg::ExportAll)}
            </button>
        </section>
        <section aria-labelledby="deleted-title">
            <h2 id="deleted-title">{tr(LibMsg::Deleted)}</h2>
            <p class="muted">{tr(LibMsg::DeletedIntro)}</p>
            {move || {
                let list = deleted.get();
                if list.is_empty() {
                    return view! { <p>{tr(LibMsg::NoneDeleted)}</p> }.into_any();
                }
                view! {
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th scope="col">{tr(LibMsg::Title)}</th>
                                        <th scope="col">{tr(LibMsg::DeletedAt)}</th>
                                        <th scope="col">{tr(LibMsg::Actions)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {list.into_iter().map(|e| deleted_row(app, e, failed)).collect_view()}
                                </tbody>
                            </table>
                }
                .into_any()
            }}
        </section>
        <Backups/>
    }
}

/// What deleting reports back to the page: a reason, or an offer for space.
#[derive(Clone, Copy)]
struct Deleting {
    failed: RwSignal<Option<String>>,
    no_room: RwSignal<Option<NoRoom>>,
}

/// A workbook that could not be kept in Recently deleted for lack of space.
#[derive(Clone, Debug, PartialEq)]
struct NoRoom {
    id: String,
    name: String,
    size: String,
}

/// Why the delete did not happen, with "download, then delete permanently" when it
/// was for lack of space, and "cancel".
fn no_room_prompt(app: App, room: NoRoom, deleting: Deleting) -> impl IntoView {
    let NoRoom { id, name, size } = room;
    let go = move |_| {
        let id = id.clone();
        spawn_local(async move {
            let result = library::delete_for_good(app, id).await;
            deleting.no_room.set(None);
            deleting.failed.set(result.err());
        });
    };
    view! {
        <div class="notice warning" role="alert">
            <p>{move || t::no_room_to_keep(app.lang.get(), &name, &size)}</p>
            <button type="button" class="danger" on:click=go>{tr(LibMsg::DownloadAndDelete)}</button>
            <button type="button" on:click=move |_| deleting.no_room.set(None)>{tr(LibMsg::Cancel)}</button>
        </div>
    }
}

fn entry_row(app: App, entry: Entry, renaming: Renaming, deleting: Deleting) -> impl IntoView {
    let Entry { id, content, bytes } = entry;
    let size = sharing::size(bytes);
    let failed = deleting.failed;
    let delete = {
        let id = id.clone();
        let name = content.as_ref().ok().map(|card| card.title.clone());
        let size = size.clone();
        move |_| {
            deleting.no_room.set(None);
            match library::delete(app, &id) {
                Ok(()) => failed.set(None),
                Err(library::DeleteError::Other(why)) => failed.set(Some(why)),
                Err(library::DeleteError::NoRoom) => {
                    failed.set(None);
                    deleting.no_room.set(Some(NoRoom {
                        id: id.clone(),
                        name: t::display_name(app.lang.get_untracked(), name.as_deref(), &id),
                        size: size.clone(),
                    }));
                }
            }
        }
    };
    match content {
        Ok(card) => readable_row(app, id, card, size, renaming, failed, delete).into_any(),
        Err(error) => {
            let download_id = id.clone();
            let download = move |_| {
                if let Some(raw) = persist::raw_workbook(&download_id) {
                    let _ = download::download_text(
                        "unreadable-workbook.json",
                        "application/json",
                        &raw,
                    );
                }
            };
            view! {
                <tr class="unreadable">
                    <th scope="row">
                        <em>{tr(LibMsg::Unreadable)}</em>
                        " "
                        <code>{id}</code>
                    </th>
                    <td colspan="3">{move || i18n::decode_error(app.lang.get(), &error)}</td>
                    <td class="num">{size}</td>
                    <td class="library-actions">
                        <button type="button" on:click=download>{tr(LibMsg::Download)}</button>
                        <button type="button" on:click=delete>{tr(LibMsg::Delete)}</button>
                    </td>
                </tr>
            }
            .into_any()
        }
    }
}

fn readable_row(
    app: App,
    id: String,
    card: Card,
    size: String,
    renaming: Renaming,
    failed: RwSignal<Option<String>>,
    delete: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let Card {
        title,
        client,
        changed,
        completion,
    } = card;
    let href = rules::workbook_hash(&id, Route::Overview);
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| app.workbook.with(|wb| wb.id == id))
    };
    let shown_title = {
        let (title, id) = (title.clone(), id.clone());
        move || t::display_name(app.lang.get(), Some(&title), &id)
    };
    let editing = {
        let id = id.clone();
        move || renaming.id.get().as_deref() == Some(id.as_str())
    };
    let start_rename = {
        let id = id.clone();
        let title = title.clone();
        move |_| {
            renaming.text.set(title.clone());
            renaming.error.set(None);
            renaming.id.set(Some(id.clone()));
        }
    };
    let duplicate = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            spawn_local(async move {
                match library::duplicate(app, id).await {
                    Ok(title) => {
                        failed.set(None);
                        app.notice
                            .set(Some(crate::state::Notice::Added(vec![title])));
                    }
                    Err(why) => failed.set(Some(why)),
                }
            });
        }
    };
    let title_cell = {
        let id = id.clone();
        let href = href.clone();
        move || {
            if editing() {
                rename_form(app, id.clone(), renaming).into_any()
            } else {
                view! {
                    <a href=href.clone()>{shown_title.clone()}</a>
                    {is_open.get().then(|| view! { " " <span class="badge">{tr(LibMsg::IsOpen)}</span> })}
                }
                .into_any()
            }
        }
    };
    view! {
        <tr aria-current=move || is_open.get().then_some("true")>
            <th scope="row">{title_cell}</th>
            <td>{client}</td>
            <td class="when">{clock::local_time(&changed)}</td>
            <td class="num">{move || i18n::completion_text(app.lang.get(), completion)}</td>
            <td class="num">{size}</td>
            <td class="library-actions">
                <a class="button" href=href>{tr(LibMsg::Open)}</a>
                <button type="button" on:click=duplicate>{tr(LibMsg::Duplicate)}</button>
                <button type="button" on:click=start_rename>{tr(LibMsg::Rename)}</button>
                <button type="button" class="danger" on:click=delete>{tr(LibMsg::Delete)}</button>
            </td>
        </tr>
    }
}

/// The title field that replaces a title while it is renamed: Enter or Save keeps a
/// valid title, Escape or Cancel leaves it; a refused title stays in the field with
/// the reason under it.
fn rename_form(app: App, id: String, renaming: Renaming) -> impl IntoView {
    let save = move || match rules::parse_title(&renaming.text.get_untracked()) {
        Ok(title) => match library::rename(app, &id, title) {
            Ok(()) => renaming.id.set(None),
            Err(why) => renaming.error.set(Some(why)),
        },
        Err(e) => renaming
            .error
            .set(Some(t::title_error(app.lang.get_untracked(), e))),
    };
    let save_key = save.clone();
    let cancel = move || {
        renaming.error.set(None);
        renaming.id.set(None);
    };
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    });
    view! {
        <div class="rename">
            <label for="rename-title">{tr(LibMsg::NewTitle)}</label>
            <input
                data-undo="native"
                id="rename-title"
                type="text"
                node_ref=input
                aria-invalid=move || renaming.error.with(Option::is_some).then_some("true")
                aria-describedby="rename-error"
                prop:value=move || renaming.text.get()
                on:input=move |ev| renaming.text.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                    "Enter" => save_key(),
                    "Escape" => cancel(),
                    _ => {}
                }
            />
            <button type="button" on:click=move |_| save()>{tr(LibMsg::Save)}</button>
            <button type="button" on:click=move |_| cancel()>{tr(LibMsg::Cancel)}</button>
            <span id="rename-error" class="field-error" role="alert">
                {move || renaming.error.get()}
            </span>
        </div>
    }
}

fn deleted_row(app: App, entry: DeletedEntry, failed: RwSignal<Option<String>>) -> impl IntoView {
    let DeletedEntry {
        key,
        id,
        deleted_ms,
        title,
    } = entry;
    let when = clock::local_time_ms(deleted_ms);
    let put_back = {
        let key = key.clone();
        move |_| {
            let key = key.clone();
            spawn_local(async move {
                failed.set(library::undelete(app, key).await.err());
            });
        }
    };
    let forget = move |_| spawn_local(library::purge(app, key.clone()));
    let name = move || t::display_name(app.lang.get(), title.as_deref(), &id);
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="when">{when}</td>
            <td class="library-actions">
                <button type="button" on:click=put_back>{tr(LibMsg::PutBack)}</button>
                <button type="button" class="danger" on:click=forget>{tr(LibMsg::DeleteForever)}</button>
            </td>
        </tr>
    }
}

/// The form for a new workbook: a title (required), the client and its industry (the
/// blank workbook's OBL template), then blank or demo.
#[component]
fn NewWorkbook(failed: RwSignal<Option<String>>) -> impl IntoView {
    let app = use_app();
    let title = RwSignal::new(String::new());
    let client = RwSignal::new(String::new());
    let industry = RwSignal::new(Industry::General);
    let error = RwSignal::new(None::<String>);
    let create = move |_| {
        let lang = app.lang.get_untracked();
        match rules::parse_title(&title.get_untracked()) {
            Ok(checked) => {
                error.set(None);
                let client_name = client.get_untracked().trim().to_string();
                match library::create_blank(app, checked, client_name, industry.get_untracked()) {
                    Ok(()) => {
                        title.set(String::new());
                        client.set(String::new());
                        industry.set(Industry::General);
                    }
                    Err(why) => failed.set(Some(why)),
                }
            }
            Err(e) => error.set(Some(t::title_error(lang, e))),
        }
    };
    let demo = move |_| failed.set(library::create_demo(app).err());
    view! {
        <section aria-labelledby="new-workbook-title">
            <h2 id="new-workbook-title">{tr(LibMsg::NewWorkbook)}</h2>
            <div class="form-grid">
                <label for="new-workbook-name">{tr(LibMsg::Title)}</label>
                <span>
                    <input
                        data-undo="native"
                        id="new-workbook-name"
                        type="text"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="new-workbook-error"
                        prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev))
                    />
                    <span id="new-workbook-error" class="field-error" role="alert">
                        {move || error.get()}
                    </span>
                </span>
                <label for="new-workbook-client">{tr(LibMsg::Client)}</label>
                <input
                    data-undo="native"
                    id="new-workbook-client"
                    type="text"
                    prop:value=move || client.get()
                    on:input=move |ev| client.set(event_target_value(&ev))
                />
                <label for="new-workbook-industry">{tr(LibMsg::Industry)}</label>
                <span>
                    <select
                        id="new-workbook-industry"
                        aria-describedby="new-workbook-industry-note"
                        prop:value=move || industry.get().key()
                        on:change=move |ev| {
                            if let Some(i) = Industry::from_key(&event_target_value(&ev)) {
                                industry.set(i);
                            }
                        }
                    >
                        {Industry::ALL
                            .into_iter()
                            .map(|i| {
                                let name = move || pick(i.name(), app.lang.get());
                                view! { <option value=i.key()>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                    <span id="new-workbook-industry-note" class="field-note muted">
                        {tr(LibMsg::IndustryNote)}
                    </span>
                </span>
            </div>
            <div class="actions">
                <button type="button" on:click=create>{tr(LibMsg::CreateBlank)}</button>
                <button type="button" on:click=demo>{tr(LibMsg::CreateDemo)}</button>
            </div>
        </section>
    }
}
