//! The overview's "Backups" section: the automatic backups of replaced workbooks,
//! each restorable (which backs up what it replaces) or deletable after a
//! confirmation; how much storage the workbooks use; asking the browser to keep
//! the data; and whether the app itself is kept for use without a network.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::backups;
use crate::i18n::offline::OfflineMsg;
use crate::i18n::sharing::{self as t, ShareMsg};
use crate::i18n::Msg;
use crate::offline;
use crate::persist::{self, BackupEntry};
use crate::state::{tr, use_app};
use crate::storage;

#[component]
pub fn Backups() -> impl IntoView {
    let app = use_app();
    // Re-read whenever a backup is made, restored or deleted.
    let entries = Memo::new(move |_| {
        app.backups.track();
        persist::list_backups()
    });
    let confirm_delete = RwSignal::new(None::<String>);
    // What the app's keys take (re-read with the list, and as the workbook is saved),
    // and what the browser allows and promises.
    let used = Memo::new(move |_| {
        app.backups.track();
        app.save.track();
        persist::usage()
            .0
            .iter()
            .map(|(_, bytes)| bytes)
            .sum::<usize>()
    });
    // Whether the app itself is kept for use without a network (crate::offline).
    let offline = use_context::<offline::Status>();
    let quota = RwSignal::new(None::<f64>);
    let kept = RwSignal::new(None::<bool>);
    spawn_local(async move {
        quota.set(storage::quota().await);
        kept.set(storage::persisted().await);
    });
    let ask = move |_| {
        spawn_local(async move {
            kept.set(storage::ask_persist().await);
        });
    };
    let row = move |entry: BackupEntry| {
        let BackupEntry {
            key,
            time,
            content,
            bytes,
        } = entry;
        let readable = content.is_ok();
        let (title, client) = content.unwrap_or_default();
        let restore_key = key.clone();
        let delete_key = key.clone();
        let asked = key.clone();
        let confirmed = key.clone();
        view! {
            <tr>
                <td class="when">{crate::clock::local_time(&time)}</td>
                <td>
                    {if readable {
                        title.into_any()
                    } else {
                        view! { <em>{tr(ShareMsg::Unreadable)}</em> }.into_any()
                    }}
                </td>
                <td>{client}</td>
                <td class="num">{t::size(bytes)}</td>
                <td>
                    <button
                        type="button"
                        disabled=!readable
                        on:click=move |_| spawn_local(backups::restore(app, restore_key.clone()))
                    >
                        {tr(ShareMsg::Restore)}
                    </button>
                    <button type="button" on:click=move |_| confirm_delete.set(Some(delete_key.clone()))>
                        {tr(ShareMsg::Delete)}
                    </button>
                    <Show when=move || confirm_delete.get().as_deref() == Some(asked.as_str())>
                        {
                            let key = confirmed.clone();
                            view! {
                                <button
                                    type="button"
                                    class="danger"
                                    on:click=move |_| {
                                        confirm_delete.set(None);
                                        spawn_local(backups::delete(app, key.clone()));
                                    }
                                >
                                    {tr(Msg::Remove)}
                                </button>
                                <button type="button" on:click=move |_| confirm_delete.set(None)>
                                    {tr(Msg::Cancel)}
                                </button>
                            }
                        }
                    </Show>
                </td>
            </tr>
        }
    };
    view! {
        <section aria-labelledby="backups-title" class="backups">
            <h2 id="backups-title">{tr(ShareMsg::Backups)}</h2>
            <p class="muted">{tr(ShareMsg::BackupsIntro)}</p>
            <p class="muted">{tr(ShareMsg::DropHint)}</p>
            <p data-testid="storage-use">{move || t::usage_line(app.lang.get(), used.get(), quota.get())}</p>
            <p>
                {move || match kept.get() {
                    Some(true) => view! { {tr(ShareMsg::Persisted)} }.into_any(),
                    _ => view! {
                        {tr(ShareMsg::NotPersisted)}
                        " "
                        <button type="button" on:click=ask>{tr(ShareMsg::AskPersist)}</button>
                    }
                    .into_any(),
                }}
            </p>
            {offline.map(|offline::Status(status)| view! { <p>{move || app.tr(OfflineMsg::from(status.get()))}</p> })}
            {move || {
                let list = entries.get();
                if list.is_empty() {
                    view! { <p>{tr(ShareMsg::NoBackups)}</p> }.into_any()
                } else {
                    view! {
                        <table class="data">
                            <thead>
                                <tr>
                                    <th scope="col">{tr(ShareMsg::BackupTime)}</th>
                                    <th scope="col">{tr(ShareMsg::Title)}</th>
                                    <th scope="col">{tr(ShareMsg::Client)}</th>
                                    <th scope="col">{tr(ShareMsg::Size)}</th>
                                    <th scope="col">
                                        <span class="visually-hidden">{tr(ShareMsg::Actions)}</span>
                                    </th>
                                </tr>
                            </thead>
                            <tbody>{list.into_iter().map(row).collect_view()}</tbody>
                        </table>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
