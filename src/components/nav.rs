//! The worksheet navigation in workshop order, grouped by part, with completion.

use leptos::prelude::*;
use workbook::completion;
use workbook::worksheet::Part;
use workbook::{Route, Worksheet};

use crate::i18n::merge::MergeMsg;
use crate::i18n::{self, Label, Msg};
use crate::state::use_app;

#[component]
pub fn Nav() -> impl IntoView {
    let app = use_app();
    let completions = Memo::new(move |_| {
        app.workbook
            .with(|wb| Worksheet::ALL.map(|w| completion::of(wb, w)))
    });
    let link = move |route: Route, text: Box<dyn Fn() -> String + Send + Sync>| {
        view! {
            <a
                href=move || app.href(route)
                aria-current=move || (app.route.get() == route).then_some("page")
            >
                {text}
            </a>
        }
    };
    let part = move |part: Part| {
        let sheets = Worksheet::ALL.into_iter().filter(move |w| w.part() == part);
        view! {
            <h2>{move || part.label(app.lang.get())}</h2>
            <ol>
                {sheets
                    .map(|w| {
                        let text = move || {
                            let lang = app.lang.get();
                            let done = completions.with(|p| p[w as usize]);
                            format!("{} · {}", w.label(lang), i18n::completion_text(lang, done))
                        };
                        view! { <li>{link(Route::Sheet(w), Box::new(text))}</li> }
                    })
                    .collect_view()}
            </ol>
        }
    };
    view! {
        <nav class="sheet-nav" aria-label=move || app.tr(Msg::Worksheets)>
            {link(Route::Overview, Box::new(move || app.tr(Msg::Overview).to_string()))}
            {link(Route::Report, Box::new(move || app.tr(crate::i18n::report::ReportMsg::Report).to_string()))}
            {link(Route::Merge, Box::new(move || app.tr(MergeMsg::Nav).to_string()))}
            {part(Part::Internal)}
            {part(Part::External)}
            {part(Part::CustomerAnalysis)}
            {part(Part::Management)}
            {part(Part::Strategy)}
        </nav>
    }
}
