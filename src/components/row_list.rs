//! The editable open-ended list every worksheet table uses: rows of labelled fields,
//! Enter in a text field adds a row below, and each row moves up, down or goes.
//!
//! A worksheet says where its list lives ([`ListLens`]) and how one row's fields
//! look (a function of [`RowCtx`]); the row actions, ids and focus handling are here
//! once, over the domain's generic [`workbook::rows`] edits.

use leptos::html::Li;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::rows::{self, Row};
use workbook::{Lang, RowId, Score, Workbook};

use crate::components::fields::{msg, ChoiceField, TextField};
use crate::components::score_input::ScoreInput;
use crate::i18n::guidance::Scale;
use crate::i18n::{Label, Msg, Text};
use crate::state::use_app;

/// Where a list lives in the workbook.
pub struct ListLens<R: 'static> {
    pub get: fn(&Workbook) -> &Vec<R>,
    pub get_mut: fn(&mut Workbook) -> &mut Vec<R>,
}

impl<R> Clone for ListLens<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for ListLens<R> {}

/// One row as its fields see it: read its current value, edit it, and build
/// labelled fields bound to it.
pub struct RowCtx<R: Send + Sync + 'static> {
    pub lens: ListLens<R>,
    pub id: RowId,
    /// The row's 1-based position, for its visible name.
    pub number: Memo<usize>,
    prefix: &'static str,
    row: Memo<Option<R>>,
}

impl<R: Send + Sync> Clone for RowCtx<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Send + Sync> Copy for RowCtx<R> {}

impl<R> RowCtx<R>
where
    R: Row + Clone + PartialEq + Send + Sync + 'static,
{
    /// The row `id` of the list at `lens`, numbered by its place in `ids`: what a
    /// list shown another way (the customer tables' table view) builds its rows from,
    /// so that its fields edit the very same rows as the cards do.
    pub fn new(lens: ListLens<R>, id: RowId, ids: Memo<Vec<RowId>>, prefix: &'static str) -> Self {
        let app = use_app();
        let row = Memo::new(move |_| {
            app.workbook
                .with(|wb| rows::find((lens.get)(wb), id).cloned())
        });
        let number =
            Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == id).map_or(0, |p| p + 1)));
        RowCtx {
            lens,
            id,
            number,
            prefix,
            row,
        }
    }

    /// Moves the row up (-1) or down (+1) its list, as one edit.
    pub fn shift(&self, delta: isize) {
        let (lens, id) = (self.lens, self.id);
        use_app().edit(|wb| rows::shift((lens.get_mut)(wb), id, delta));
    }

    /// Removes the row, with a notice and Undo when it held anything; `row_name` names
    /// it in the notice.
    pub fn remove(&self, row_name: fn(Lang, usize) -> String) {
        let (lens, id) = (self.lens, self.id);
        let blank = self
            .row
            .with_untracked(|r| r.as_ref().is_none_or(Row::is_blank));
        let number = self.number.get_untracked();
        crate::undo::remove(
            use_app(),
            blank,
            |lang| row_name(lang, number),
            "",
            |wb| {
                rows::remove((lens.get_mut)(wb), id);
            },
        );
    }

    /// Reads from the row, reactively; `None` once the row is gone.
    pub fn read<T>(&self, f: impl Fn(&R) -> T) -> Option<T> {
        self.row.with(|r| r.as_ref().map(f))
    }

    /// Edits the row in the workbook (a no-op if it was removed meanwhile).
    pub fn edit(&self, f: impl FnOnce(&mut R)) {
        let (lens, id) = (self.lens, self.id);
        use_app().edit(|wb| {
            if let Some(row) = rows::find_mut((lens.get_mut)(wb), id) {
                f(row);
            }
        });
    }

    /// A DOM id for one of the row's fields, unique on the page.
    pub fn field_id(&self, name: &str) -> String {
        format!("{}-{}-{name}", self.prefix, self.id)
    }

    /// A text field bound to the row.
    pub fn text(
        self,
        name: &'static str,
        label: impl Text,
        get: fn(&R) -> &str,
        set: fn(&mut R, String),
    ) -> AnyView {
        self.text_field(name, label, get, set, false)
    }

    /// A multi-line text field bound to the row.
    pub fn notes(
        self,
        name: &'static str,
        label: impl Text,
        get: fn(&R) -> &str,
        set: fn(&mut R, String),
    ) -> AnyView {
        self.text_field(name, label, get, set, true)
    }

    fn text_field(
        self,
        name: &'static str,
        label: impl Text,
        get: fn(&R) -> &str,
        set: fn(&mut R, String),
        multiline: bool,
    ) -> AnyView {
        let value = Signal::derive(move || self.read(|r| get(r).to_string()).unwrap_or_default());
        let on_input = Callback::new(move |text: String| self.edit(|r| set(r, text)));
        view! { <TextField id=self.field_id(name) label=msg(label) value on_input multiline/> }
            .into_any()
    }

    /// A 1–10 score field bound to the row, with what the ends of its `scale` mean.
    pub fn score(
        self,
        name: &'static str,
        label: impl Text,
        scale: Scale,
        get: fn(&R) -> Option<Score>,
        set: fn(&mut R, Option<Score>),
    ) -> AnyView {
        let value = Signal::derive(move || self.read(get).flatten());
        let on_change = Callback::new(move |s: Option<Score>| self.edit(|r| set(r, s)));
        view! { <ScoreInput value on_change id=self.field_id(name) label=msg(label) scale/> }
            .into_any()
    }

    /// A choice field bound to the row.
    pub fn choice<T>(
        self,
        name: &'static str,
        label: impl Text,
        options: &'static [T],
        get: fn(&R) -> Option<T>,
        set: fn(&mut R, Option<T>),
    ) -> AnyView
    where
        T: Label + Copy + PartialEq + Send + Sync + 'static,
    {
        let value = Signal::derive(move || self.read(get).flatten());
        let on_change = Callback::new(move |c: Option<T>| self.edit(|r| set(r, c)));
        view! { <ChoiceField id=self.field_id(name) label=msg(label) value options on_change/> }
            .into_any()
    }
}

/// An editable list of rows.
///
/// - `lens`: where the rows live in the workbook.
/// - `prefix`: keeps DOM ids unique when several lists share a page.
/// - `row_name`: the visible name of row n ("Baggage item 2"), also used to name
///   its action buttons for screen readers.
/// - `add_label`: the text of the button that appends a row.
/// - `fields`: the fields (and any per-row actions) of one row.
#[component]
pub fn RowList<R, L>(
    lens: ListLens<R>,
    prefix: &'static str,
    row_name: fn(Lang, usize) -> String,
    add_label: L,
    fields: fn(RowCtx<R>) -> AnyView,
) -> impl IntoView
where
    R: Row + Clone + PartialEq + Send + Sync + 'static,
    L: Text,
{
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.workbook
            .with(|wb| (lens.get)(wb).iter().map(Row::id).collect::<Vec<_>>())
    });
    let add = move |_| {
        let new = add_row(lens, None);
        app.focus_row.set(Some(new));
    };
    view! {
        <ol class="rows">
            <For each=move || ids.get() key=|id| *id let:id>
                <RowItem lens id ids prefix row_name fields/>
            </For>
        </ol>
        <button type="button" class="add" on:click=add>{move || app.tr(add_label)}</button>
    }
}

/// Inserts a blank row after `after` (or at the end) and returns its id.
pub fn add_row<R: Row + 'static>(lens: ListLens<R>, after: Option<RowId>) -> RowId {
    let mut new = RowId(0);
    use_app().edit(|wb| {
        new = wb.fresh_id();
        rows::insert_after((lens.get_mut)(wb), after, R::blank(new));
    });
    new
}

#[component]
fn RowItem<R>(
    lens: ListLens<R>,
    id: RowId,
    ids: Memo<Vec<RowId>>,
    prefix: &'static str,
    row_name: fn(Lang, usize) -> String,
    fields: fn(RowCtx<R>) -> AnyView,
) -> impl IntoView
where
    R: Row + Clone + PartialEq + Send + Sync + 'static,
{
    let app = use_app();
    let ctx = RowCtx::new(lens, id, ids, prefix);
    let number = ctx.number;
    let name = move || row_name(app.lang.get(), number.get());
    let item = NodeRef::<Li>::new();

    focus_when_added(id, item);
    let on_keydown = enter_adds_row(move || add_row(lens, Some(id)));
    view! {
        <li class="row" node_ref=item on:keydown=on_keydown>
            <span class="row-name">{name}</span>
            <div class="row-fields">{fields(ctx)}</div>
            <RowActions
                name=Signal::derive(name)
                is_first=Signal::derive(move || number.get() <= 1)
                is_last=Signal::derive(move || ids.with(|v| number.get() >= v.len()))
                shift=Callback::new(move |delta| ctx.shift(delta))
                remove=Callback::new(move |()| ctx.remove(row_name))
            />
        </li>
    }
}

/// After "Enter adds a row" or an add button, the new row's first field takes the
/// focus, ready for typing. Every list's row calls this with its `<li>`.
pub fn focus_when_added(id: RowId, item: NodeRef<Li>) {
    focus_first_field(id, move || item.get().map(web_sys::Element::from));
}

/// [`focus_when_added`] for a row drawn as any element (a table row): `element`
/// returns it once it is in the document.
pub fn focus_first_field(id: RowId, element: impl Fn() -> Option<web_sys::Element> + 'static) {
    let app = use_app();
    Effect::new(move |_| {
        if app.focus_row.get() != Some(id) {
            return;
        }
        let Some(item) = element() else { return };
        if let Ok(Some(field)) = item.query_selector("input, textarea, select") {
            if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
                let _ = field.focus();
            }
        }
        app.focus_row.set(None);
    });
}

/// The `keydown` handler of a row: Enter in a one-line text field runs `add` (which
/// inserts a row below and returns its id) and moves the focus there, as in a
/// spreadsheet; not in text areas (new lines), lists or buttons, and not while an
/// input method is composing Chinese text.
pub fn enter_adds_row(add: impl Fn() -> RowId + 'static) -> impl Fn(leptos::ev::KeyboardEvent) {
    let app = use_app();
    move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Enter" || ev.is_composing() {
            return;
        }
        let target = ev.target();
        let in_text_input = target
            .clone()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.type_() == "text")
            || target
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.tag_name() == "TEXTAREA" && el.class_name() == "one-line");
        if in_text_input {
            ev.prevent_default();
            app.focus_row.set(Some(add()));
        }
    }
}

/// A row's move up, move down and remove buttons, each named after the row for
/// screen readers ("Move up — Gap 2").
///
/// - `name`: the row's visible name.
/// - `is_first`, `is_last`: disable the moves that would do nothing.
/// - `shift`: called with -1 (up) or +1 (down).
/// - `remove`: removes the row.
/// - `across`: the "row" is a table column, so the moves are left and right.
#[component]
pub fn RowActions(
    name: Signal<String>,
    is_first: Signal<bool>,
    is_last: Signal<bool>,
    shift: Callback<isize>,
    remove: Callback<()>,
    #[prop(optional)] across: bool,
) -> impl IntoView {
    let app = use_app();
    let action = move |msg: Msg| move || format!("{} — {}", app.tr(msg), name.get());
    let (back, forth, back_sign, forth_sign) = if across {
        (Msg::MoveLeft, Msg::MoveRight, "←", "→")
    } else {
        (Msg::MoveUp, Msg::MoveDown, "↑", "↓")
    };
    view! {
        <span class="row-actions">
            <button type="button" aria-label=action(back) title=move || app.tr(back)
                disabled=move || is_first.get() on:click=move |_| shift.run(-1)>{back_sign}</button>
            <button type="button" aria-label=action(forth) title=move || app.tr(forth)
                disabled=move || is_last.get() on:click=move |_| shift.run(1)>{forth_sign}</button>
            <button type="button" aria-label=action(Msg::Remove) title=move || app.tr(Msg::Remove)
                on:click=move |_| remove.run(())>"✕"</button>
        </span>
    }
}
