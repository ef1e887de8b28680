//! The PESTLE worksheet: one section per factor listing its items (direction, impact,
//! likelihood, weight, send to SWOT), then its results (weights per factor, the
//! heaviest items and the chart; `results.rs`), all derived from the workbook.
//!
//! All items live in one list, `wb.pestle`, each with its `factor`. [`RowList`] edits a
//! whole `Vec` through a lens of plain `fn` pointers, and a factor's items are not a
//! `Vec` of their own, so no lens can hand it one. Rather than widen the shared
//! component for one worksheet, each section here is a small list of its own over the
//! same [`workbook::rows`] edits and shared fields, with the row actions of `RowList`
//! ("Enter adds a row below", up, down, remove); new items get the section's factor,
//! and up / down move an item past its factor's neighbour, not past items of other
//! factors that happen to sit between them in the list.
//!
//! [`RowList`]: crate::components::row_list::RowList

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::html::Li;
use leptos::prelude::*;
use workbook::external::{Direction, PestleFactor, PestleItem, PestleScore};
use workbook::rows::{self, Row};
use workbook::workbook::SwotSource;
use workbook::{RowId, Score, Workbook, Worksheet};

use crate::components::fields::{msg, ChoiceField, TextField};
use crate::components::guidance::Guidance;
use crate::components::row_list::{enter_adds_row, focus_when_added, RowActions};
use crate::components::score_input::ScoreInput;
use crate::components::send_to_swot::SendToSwot;
use crate::i18n::guidance::Scale;
use crate::i18n::pestle::{self as t, PestleMsg};
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

const DIRECTIONS: &[Direction] = &[Direction::Opportunity, Direction::Threat];

/// The page's scores, shared through context with the rows, which show their own
/// weight: computing the whole score once per row would repeat the work per row.
#[derive(Clone, Copy)]
struct Scores(Memo<PestleScore>);

/// A factor's part of DOM ids and test ids (not UI text, so not translated).
fn slug(factor: PestleFactor) -> &'static str {
    match factor {
        PestleFactor::Political => "political",
        PestleFactor::Economic => "economic",
        PestleFactor::Social => "social",
        PestleFactor::Technological => "technological",
        PestleFactor::Legal => "legal",
        PestleFactor::Environmental => "environmental",
    }
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let score = Memo::new(move |_| app.workbook.with(|wb| PestleScore::of(&wb.pestle)));
    provide_context(Scores(score));
    view! {
        <h1>{Signal::derive(move || Worksheet::Pestle.label(app.lang.get()).to_string())}</h1>
        <p class="intro">{tr(PestleMsg::Intro)}</p>
        <Guidance sheet=Worksheet::Pestle/>
        {PestleFactor::ALL.map(|factor| view! { <FactorSection factor/> }).collect_view()}
        <Results sheet=Worksheet::Pestle/>
    }
}

/// Inserts a blank item of `factor` after `after`, or after the factor's last item so
/// the list stays grouped by factor, and returns its id.
fn add_item(factor: PestleFactor, after: Option<RowId>) -> RowId {
    let mut new = RowId(0);
    use_app().edit(|wb| {
        new = wb.fresh_id();
        let after = after.or_else(|| {
            wb.pestle
                .iter()
                .rev()
                .find(|i| i.factor == factor)
                .map(|i| i.id)
        });
        let mut item = PestleItem::blank(new);
        item.factor = factor;
        rows::insert_after(&mut wb.pestle, after, item);
    });
    new
}

/// One factor's section: its heading, its items and the button adding one.
#[component]
fn FactorSection(factor: PestleFactor) -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.pestle
                .iter()
                .filter(|i| i.factor == factor)
                .map(Row::id)
                .collect::<Vec<_>>()
        })
    });
    let heading = format!("pestle-{}", slug(factor));
    let labelled_by = heading.clone();
    let add = move |_| app.focus_row.set(Some(add_item(factor, None)));
    view! {
        <section class="pestle-factor" aria-labelledby=labelled_by>
            <h2 id=heading>{Signal::derive(move || factor.label(app.lang.get()).to_string())}</h2>
            <ol class="rows">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ItemRow factor id ids/>
                </For>
            </ol>
            <button type="button" class="add" on:click=add>
                {Signal::derive(move || t::add_label(app.lang.get(), factor).to_string())}
            </button>
        </section>
    }
}

/// One item: its fields, its weight, sending it to SWOT, and the row actions.
#[component]
fn ItemRow(factor: PestleFactor, id: RowId, ids: Memo<Vec<RowId>>) -> impl IntoView {
    let app = use_app();
    let Scores(score) = expect_context::<Scores>();
    let item = Memo::new(move |_| app.workbook.with(|wb| rows::find(&wb.pestle, id).cloned()));
    let number =
        Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == id).map_or(0, |p| p + 1)));
    let name = Signal::derive(move || t::item_name(app.lang.get(), factor, number.get()));
    let edit = move |f: &dyn Fn(&mut PestleItem)| {
        app.edit(|wb| {
            if let Some(i) = rows::find_mut(&mut wb.pestle, id) {
                f(i);
            }
        });
    };
    let read = move |f: fn(&PestleItem) -> Option<Score>| {
        Signal::derive(move || item.with(|i| i.as_ref().and_then(f)))
    };
    let field_id = |field: &str| format!("pestle-{id}-{field}");
    let text = Signal::derive(move || {
        item.with(|i| i.as_ref().map(|i| i.text.clone()))
            .unwrap_or_default()
    });
    let direction = Signal::derive(move || item.with(|i| i.as_ref().and_then(|i| i.direction)));
    // The weight is the domain's; an item missing a direction or a score has none.
    let weight = move || score.with(|s| s.ranked.iter().find(|w| w.id == id).map(|w| w.weight));
    let li = NodeRef::<Li>::new();

    focus_when_added(id, li);
    let on_keydown = enter_adds_row(move || add_item(factor, Some(id)));
    let shift = Callback::new(move |delta: isize| {
        app.edit(|wb| rows::shift_within(&mut wb.pestle, id, delta, |i| i.factor == factor));
    });
    let remove = Callback::new(move |()| {
        let (blank, text) = item.with_untracked(|i| {
            i.as_ref()
                .map_or((true, String::new()), |i| (i.is_blank(), i.text.clone()))
        });
        let number = number.get_untracked();
        let name = move |lang| t::item_name(lang, factor, number);
        crate::undo::remove(app, blank, name, &text, |wb: &mut Workbook| {
            rows::remove(&mut wb.pestle, id);
        });
    });

    view! {
        <li class="row" node_ref=li on:keydown=on_keydown>
            <span class="row-name">{name}</span>
            <div class="row-fields">
                <TextField
                    id=field_id("text")
                    label=msg(PestleMsg::ItemText)
                    value=text
                    on_input=Callback::new(move |v: String| edit(&|i| i.text.clone_from(&v)))
                />
                <ChoiceField
                    id=field_id("direction")
                    label=msg(PestleMsg::Direction)
                    value=direction
                    options=DIRECTIONS
                    on_change=Callback::new(move |d| edit(&|i| i.direction = d))
                />
                <ScoreInput
                    id=field_id("impact")
                    label=msg(PestleMsg::Impact)
                    scale=Scale::Impact
                    value=read(|i| i.impact)
                    on_change=Callback::new(move |s| edit(&|i| i.impact = s))
                />
                <ScoreInput
                    id=field_id("likelihood")
                    label=msg(PestleMsg::Likelihood)
                    scale=Scale::Likelihood
                    value=read(|i| i.likelihood)
                    on_change=Callback::new(move |s| edit(&|i| i.likelihood = s))
                />
                <span class="derived" id=field_id("weight")>
                    {Signal::derive(move || t::item_weight(app.lang.get(), weight()))}
                </span>
                <SendToSwot
                    source=SwotSource::Pestle(id)
                    quadrant=Signal::derive(move || direction.get().map(Direction::quadrant))
                    name
                />
            </div>
            <RowActions
                name
                is_first=Signal::derive(move || number.get() <= 1)
                is_last=Signal::derive(move || ids.with(|v| number.get() >= v.len()))
                shift
                remove
            />
        </li>
    }
}
