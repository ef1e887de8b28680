//! The twelve-step readiness check (METHOD.md §9): the steps of building a
//! customer-strategic company in their four phases, each with its status and the
//! evidence; then the results (`results.rs`), whose progress the overview repeats.

pub mod guide;
mod results;
pub mod strings;

use leptos::prelude::*;
use workbook::readiness::{BuildStep, Status, PHASES};
use workbook::Worksheet;

use crate::components::fields::{msg, ChoiceField, TextField};
use crate::components::guidance::Guidance;
use crate::i18n::readiness::{self as t, ReadyMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};

pub use results::results;

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{move || Worksheet::Readiness.label(app.lang.get())}</h1>
        <p class="intro">{tr(ReadyMsg::Intro)}</p>
        <Guidance sheet=Worksheet::Readiness/>
        <div class="readiness">
            {(0..PHASES)
                .map(|phase| {
                    view! {
                        <h2>{move || t::phase_name(app.lang.get(), phase)}</h2>
                        {BuildStep::ALL
                            .into_iter()
                            .filter(|s| s.phase() == phase)
                            .map(|step| view! { <StepFields step/> })
                            .collect_view()}
                    }
                })
                .collect_view()}
        </div>
        <crate::worksheets::blocks::Results sheet=Worksheet::Readiness/>
    }
}

/// One step: its name and what it asks, its status and the evidence.
#[component]
fn StepFields(step: BuildStep) -> impl IntoView {
    let app = use_app();
    let key = format!("ready-{}", step.number());
    let status = Signal::derive(move || {
        app.workbook
            .with(|wb| wb.readiness.rating(step).and_then(|r| r.status))
    });
    let on_status = Callback::new(move |s: Option<Status>| {
        app.edit(|wb| {
            if let Some(r) = wb.readiness.rating_mut(step) {
                r.status = s;
            }
        })
    });
    let evidence = Signal::derive(move || {
        app.workbook.with(|wb| {
            wb.readiness
                .rating(step)
                .map(|r| r.evidence.clone())
                .unwrap_or_default()
        })
    });
    let on_evidence = Callback::new(move |v: String| {
        app.edit(|wb| {
            if let Some(r) = wb.readiness.rating_mut(step) {
                r.evidence = v;
            }
        })
    });
    view! {
        <fieldset class="ready-step">
            <legend>{move || t::step_title(app.lang.get(), step)}</legend>
            <p class="hint">{move || t::step_hint(app.lang.get(), step)}</p>
            <ChoiceField id=format!("{key}-status") label=msg(ReadyMsg::Status) value=status
                options=&Status::ALL on_change=on_status/>
            <TextField id=format!("{key}-evidence") label=msg(ReadyMsg::Evidence) value=evidence
                on_input=on_evidence multiline=true/>
        </fieldset>
    }
}
