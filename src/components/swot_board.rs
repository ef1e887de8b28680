//! The editable SWOT board: four quadrants of items with text, score, reordering and
//! removal. It edits whichever SWOT its `owner` names, so competitors reuse it.

use leptos::html::Textarea;
use leptos::prelude::*;
use workbook::swot::{Quadrant, SwotItem, SwotScore};
use workbook::workbook::SwotOwner;
use workbook::{RowId, Score};

use crate::components::guidance::{self, ScaleHint};
use crate::components::score_input::ScoreInput;
use crate::i18n::guidance::Scale;
use crate::i18n::{self, Label, Msg};
use crate::state::{tr, use_app, App};

/// The four quadrants of one SWOT.
///
/// - `owner`: whose SWOT is edited.
/// - `score`: its score, derived by the caller, for the quadrant footers.
/// - `id_prefix`: keeps DOM ids unique when several boards share a page.
#[component]
pub fn SwotBoard(
    owner: SwotOwner,
    score: Memo<SwotScore>,
    id_prefix: &'static str,
) -> impl IntoView {
    view! {
        <div class="quadrants">
            {Quadrant::ALL
                .into_iter()
                .map(|q| view! { <QuadrantPanel owner q score id_prefix/> })
                .collect_view()}
        </div>
    }
}

/// What a score means in quadrant `q`: for a weakness or a threat 10 is the most
/// serious, for a strength or an opportunity the strongest.
pub fn quadrant_scale(q: Quadrant) -> Scale {
    match q {
        Quadrant::Strengths => Scale::Strength,
        Quadrant::Weaknesses => Scale::Weakness,
        Quadrant::Opportunities => Scale::Opportunity,
        Quadrant::Threats => Scale::Threat,
    }
}

fn quadrant_slug(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Strengths => "strengths",
        Quadrant::Weaknesses => "weaknesses",
        Quadrant::Opportunities => "opportunities",
        Quadrant::Threats => "threats",
    }
}

#[component]
fn QuadrantPanel(
    owner: SwotOwner,
    q: Quadrant,
    score: Memo<SwotScore>,
    id_prefix: &'static str,
) -> impl IntoView {
    let app = use_app();
    let slug = quadrant_slug(q);
    let heading_id = format!("{id_prefix}-{slug}");
    // The scale is said once under the heading; every score of the quadrant points to it.
    let scale_id = format!("{id_prefix}-{slug}-scale");
    let ids = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.swot_of(owner)
                .map(|s| s.quadrant(q).iter().map(|i| i.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        let mut new = None;
        app.edit(|wb| new = wb.insert_swot_item(owner, q, None));
        app.focus_row.set(new);
    };
    let stats = move || score.with(|s| *s.get(q));
    let total_text = move || i18n::quadrant_total(app.lang.get(), stats().known_total());
    let mean_text = move || {
        stats()
            .mean()
            .map_or("—".to_string(), |m| format!("{m:.1}"))
    };
    view! {
        <section class=format!("quadrant quadrant-{slug}") aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{move || q.label(app.lang.get())}</h2>
            <p class="quadrant-scale">
                {tr(Msg::Score)} {tr(Msg::Colon)}
                <ScaleHint id=scale_id.clone() scale=quadrant_scale(q)/>
            </p>
            <ol class="items">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ItemRow owner q id ids id_prefix scale_id=scale_id.clone()/>
                </For>
            </ol>
            <button type="button" class="add" on:click=add>
                {move || i18n::add_item_label(app.lang.get(), q)}
            </button>
            <p class="quadrant-total">
                {tr(Msg::Total)} {tr(Msg::Colon)}
                <output data-testid=format!("total-{slug}")>{total_text}</output>
                " · " {tr(Msg::Mean)} {tr(Msg::Colon)} {mean_text} " · "
                {move || {
                    let st = stats();
                    i18n::scored_counts(app.lang.get(), st.scored, st.unscored)
                }}
            </p>
        </section>
    }
}

#[component]
fn ItemRow(
    owner: SwotOwner,
    q: Quadrant,
    id: RowId,
    ids: Memo<Vec<RowId>>,
    id_prefix: &'static str,
    scale_id: String,
) -> impl IntoView {
    let app = use_app();
    let item = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.swot_of(owner)
                .and_then(|s| s.quadrant(q).iter().find(|i| i.id == id).cloned())
        })
    });
    let number =
        Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == id).map_or(0, |p| p + 1)));
    let text_id = format!("{id_prefix}-{id}-text");
    let score_id = format!("{id_prefix}-{id}-score");
    let input = NodeRef::<Textarea>::new();

    // After "Enter adds a row" or "Add", the new row takes focus.
    Effect::new(move |_| {
        if app.focus_row.get() == Some(id) {
            if let Some(el) = input.get() {
                let _ = el.focus();
                app.focus_row.set(None);
            }
        }
    });

    let update = move |change: Box<dyn FnOnce(&mut SwotItem)>| {
        app.edit(|wb| {
            if let Some(item) = wb.swot_of_mut(owner).and_then(|s| s.find_mut(id)) {
                change(item);
            }
        });
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && !ev.is_composing() {
            ev.prevent_default();
            let mut new = None;
            app.edit(|wb| new = wb.insert_swot_item(owner, q, Some(id)));
            app.focus_row.set(new);
        }
    };
    let score = Signal::derive(move || item.with(|i| i.as_ref().and_then(|i| i.score)));
    let on_score = Callback::new(move |s: Option<Score>| update(Box::new(move |i| i.score = s)));
    let shift = move |delta: isize| {
        app.edit(|wb| {
            if let Some(s) = wb.swot_of_mut(owner) {
                s.shift(id, delta);
            }
        })
    };
    let item_label = move || i18n::item_label(app.lang.get(), q, number.get());
    // A quadrant at its minimum rows gets a blank row in place of the removed one;
    // either way what was typed comes back with Undo.
    let remove = move || {
        let (blank, text) = item.with_untracked(|i| {
            i.as_ref()
                .map_or((true, String::new()), |i| (i.is_blank(), i.text.clone()))
        });
        let number = number.get_untracked();
        let name = move |lang| i18n::item_label(lang, q, number);
        crate::undo::remove(app, blank, name, &text, |wb| wb.remove_swot_item(owner, id));
    };
    let is_first = move || number.get() <= 1;
    let is_last = move || ids.with(|v| number.get() >= v.len());

    view! {
        <li class="item">
            <span class="item-text">
                <label for=text_id.clone()>{item_label}</label>
                // A one-line textarea that grows with its text (CSS `field-sizing`), so
                // a long item wraps instead of being cut, on the page and when presenting.
                <textarea
                    id=text_id
                    node_ref=input
                    rows="1"
                    placeholder=guidance::placeholder(format!("swot-{}", quadrant_slug(q)))
                    prop:value=move || item.with(|i| i.as_ref().map(|i| i.text.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        crate::undo::typed(app, &ev, || update(Box::new(move |i| i.text = text)));
                    }
                    on:keydown=on_keydown
                ></textarea>
            </span>
            <ScoreInput
                value=score
                on_change=on_score
                id=score_id
                label=Signal::derive(move || app.tr(Msg::Score).to_string())
                scale=quadrant_scale(q)
                scale_id
            />
            <span class="row-actions">
                <button
                    type="button"
                    aria-label=move || format!("{} — {}", app.tr(Msg::MoveUp), item_label())
                    title=move || app.tr(Msg::MoveUp)
                    disabled=is_first
                    on:click=move |_| shift(-1)
                >"↑"</button>
                <button
                    type="button"
                    aria-label=move || format!("{} — {}", app.tr(Msg::MoveDown), item_label())
                    title=move || app.tr(Msg::MoveDown)
                    disabled=is_last
                    on:click=move |_| shift(1)
                >"↓"</button>
                <button
                    type="button"
                    aria-label=move || format!("{} — {}", app.tr(Msg::Remove), item_label())
                    title=move || app.tr(Msg::Remove)
                    on:click=move |_| remove()
                >"✕"</button>
            </span>
            {move || item.with(|i| i.as_ref().and_then(|i| i.origin.clone())).map(|origin| origin_line(app, origin))}
        </li>
    }
}

/// "From: 7S — Staff" under an item another worksheet sent here, and a note when
/// that source has since been removed (the item itself is unaffected).
fn origin_line(app: App, origin: workbook::swot::Origin) -> impl IntoView {
    let removed = {
        let origin = origin.clone();
        Memo::new(move |_| !app.workbook.with(|wb| wb.origin_exists(&origin)))
    };
    view! {
        <p class="origin" class:removed=move || removed.get()>
            {tr(Msg::SentFrom)} {tr(Msg::Colon)}
            <a href=app.href(workbook::Route::Sheet(origin.worksheet))>
                {move || origin.worksheet.label(app.lang.get())}
            </a>
            " — " {origin.label.clone()}
            {move || removed.get().then(|| i18n::with_note(app.lang.get(), "", app.tr(Msg::SourceRemoved)))}
        </p>
    }
}
