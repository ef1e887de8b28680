//! The overview: the workbook's title and client, every worksheet with its
//! completion, in workshop order.

use leptos::prelude::*;
use workbook::{completion, Route, Worksheet};

use workbook::readiness::ReadinessScore;

use crate::i18n::readiness::{self, ReadyMsg};
use crate::i18n::{self, Label, Msg};
use crate::state::{tr, use_app};
use crate::undo::typed;

#[component]
pub fn Overview() -> impl IntoView {
    let app = use_app();
    let title = move || app.workbook.with(|w| w.title.clone());
    let client = move || app.workbook.with(|w| w.client.clone());
    view! {
        <h1>{tr(Msg::Overview)}</h1>
        <div class="form-grid">
            <label for="wb-title">{tr(Msg::WorkbookTitle)}</label>
            <input
                id="wb-title"
                type="text"
                prop:value=title
                on:input=move |ev| typed(app, &ev, || app.edit(|w| w.title = event_target_value(&ev)))
            />
            <label for="wb-client">{tr(Msg::Client)}</label>
            <input
                id="wb-client"
                type="text"
                prop:value=client
                on:input=move |ev| typed(app, &ev, || app.edit(|w| w.client = event_target_value(&ev)))
            />
        </div>
        <table class="data">
            <thead>
                <tr>
                    <th scope="col">{tr(Msg::Worksheet)}</th>
                    <th scope="col">{tr(Msg::Completion)}</th>
                </tr>
            </thead>
            <tbody>
                {Worksheet::ALL
                    .into_iter()
                    .map(|w| {
                        let done = Memo::new(move |_| app.workbook.with(|wb| completion::of(wb, w)));
                        view! {
                            <tr>
                                <th scope="row">
                                    <a href=app.href(Route::Sheet(w))>{move || w.label(app.lang.get())}</a>
                                </th>
                                <td>
                                    <meter min="0" max="100" value=move || done.get().percent()></meter>
                                    " " {move || i18n::completion_text(app.lang.get(), done.get())}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <ReadinessLine/>
    }
}

/// How far the company has come on the twelve steps of building a customer-strategic
/// company (the readiness worksheet's progress), under the worksheets.
#[component]
fn ReadinessLine() -> impl IntoView {
    let app = use_app();
    let score = Memo::new(move |_| app.workbook.with(|wb| ReadinessScore::of(&wb.readiness)));
    view! {
        <p class="overview-readiness">
            <a href=app.href(Route::Sheet(Worksheet::Readiness))>{tr(ReadyMsg::Overview)}</a>
            {move || i18n::colon(app.lang.get())}
            <meter min="0" max="100" value=move || (score.get().progress() * 100.0).round()></meter>
            " "
            <span data-testid="overview-readiness">
                {move || readiness::overview_line(app.lang.get(), &score.get())}
            </span>
        </p>
    }
}
