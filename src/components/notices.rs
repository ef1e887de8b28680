//! Notices under the header: unreadable stored data (with its download) and
//! confirmations of whole-workbook changes.

use leptos::prelude::*;

use crate::download;
use crate::i18n::Msg;
use crate::state::{tr, use_app, Notice};

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let dismiss = move |_| app.notice.set(None);
    move || {
        let notice = app.notice.get()?;
        Some(match notice {
            Notice::Unreadable {
                detail,
                raw,
                kept_under,
            } => {
                let download = move |_| {
                    let _ = download::download_text(
                        "unreadable-workbook.json",
                        "application/json",
                        &raw,
                    );
                };
                view! {
                    <div class="notice warning" role="alert">
                        <p><strong>{tr(Msg::UnreadableStored)}</strong></p>
                        <p>{detail}</p>
                        <p>
                            {match kept_under {
                                Some(key) => view! {
                                    {tr(Msg::UnreadableKeptAs)}
                                    " " <code>{key}</code>
                                }
                                .into_any(),
                                None => view! { {tr(Msg::QuarantineFailed)} }.into_any(),
                            }}
                        </p>
                        <button type="button" on:click=download>
                            {tr(Msg::DownloadUnreadable)}
                        </button>
                        <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                    </div>
                }
                .into_any()
            }
            Notice::Replaced => view! {
                <div class="notice" role="status">
                    <p>{tr(Msg::ReplacedNotice)}</p>
                    <button type="button" on:click=dismiss>{tr(Msg::Dismiss)}</button>
                </div>
            }
            .into_any(),
        })
    }
}
