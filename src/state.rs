//! The app's shared state and its one typed accessor, `use_app()`.

use std::sync::Arc;

use leptos::prelude::*;
use workbook::segmentation::analysis::Analysis;
use workbook::segmentation::{Dataset, Summary};
use workbook::{Lang, Route, RowId, Workbook};

use crate::i18n::Text;
use crate::storage::StorageError;

/// Where the latest edits are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Edits are waiting for the debounced write.
    Saving,
    /// The write failed; the edits live on in memory only.
    Failed(StorageError),
    /// Writing is paused because another tab saved a newer revision since this tab
    /// loaded: saving would silently overwrite it. Edits stay in memory until the
    /// user reloads or keeps this version as a backup.
    Stale,
}

/// A message shown under the header until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The stored workbook did not decode; the raw text is offered for download.
    Unreadable {
        detail: String,
        raw: String,
        /// The storage key it stays under.
        kept_under: String,
    },
    /// The workbook was replaced (import, restore) after the old one was kept as
    /// the backup made at `time`.
    ReplacedWithBackup { time: String },
    /// A workbook went to the recently deleted list (kept under `key`); undoable.
    Deleted { key: String, title: String },
    /// A workbook was downloaded, then deleted without being kept here (storage was
    /// too full to keep it).
    DeletedForGood { title: String },
    /// Workbooks were added to the library (from a file or as a copy).
    Added(Vec<String>),
    /// The address named a workbook this browser does not have.
    NoSuchWorkbook(String),
    /// A whole-workbook change did not happen; the message says why.
    NotReplaced(String),
    /// Something the user filled in was removed (named in either language); the
    /// notice offers to undo it while the removal is the latest step.
    Removed { en: String, zh: String },
}

/// The current workbook's customer rows, as far as this browser holds them.
#[derive(Clone, Debug, Default)]
pub enum Rows {
    /// The workbook has no customer data.
    #[default]
    Absent,
    /// Being read from IndexedDB or generated.
    Loading,
    Loaded(Arc<Dataset>),
    /// The workbook has a summary but this browser does not hold its rows (a file
    /// exported without them, or browser data cleared).
    Missing,
    /// IndexedDB refused or the stored rows did not decode; the browser's words.
    Failed(String),
}

impl PartialEq for Rows {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            // Datasets are large and immutable once loaded: the same allocation is
            // the same rows.
            (Rows::Loaded(a), Rows::Loaded(b)) => Arc::ptr_eq(a, b),
            (Rows::Failed(a), Rows::Failed(b)) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl Rows {
    pub fn dataset(&self) -> Option<&Arc<Dataset>> {
        match self {
            Rows::Loaded(rows) => Some(rows),
            _ => None,
        }
    }
}

/// Everything components share. Copy, since signals are handles.
#[derive(Clone, Copy)]
pub struct App {
    pub workbook: RwSignal<Workbook>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub save: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<Notice>>,
    /// A row that should take keyboard focus once rendered (after "Enter adds a row").
    pub focus_row: RwSignal<Option<RowId>>,
    /// The customer rows behind the segmentation and loyalty analyses.
    pub rows: RwSignal<Rows>,
    /// The analyses over `rows` with the workbook's thresholds; `None` without rows.
    pub analysis: Memo<Option<Arc<Analysis>>>,
    /// What the screens show: the live analysis's summary, or the one the workbook
    /// kept when its rows are not here.
    pub summary: Memo<Option<Summary>>,
    /// The workbook id and rows source the import flow last put rows in place for.
    pub rows_installed: StoredValue<Option<crate::customer_rows::RowsKey>>,
    /// The stored revision this tab's workbook is based on (see
    /// `workbook::safekeeping::Revision`).
    pub revision: StoredValue<workbook::safekeeping::Revision>,
    /// Bumped whenever backups are made, restored or deleted, so their list re-reads.
    pub backups: RwSignal<u64>,
    /// Bumped whenever a workbook of the library is created, renamed, deleted or
    /// restored here or in another tab, so the library's list re-reads.
    pub library: RwSignal<u64>,
    pub autosave: crate::autosave::Autosave,
    /// The team merge's loaded files and undo history (for the tab's lifetime).
    pub merge: crate::pages::merge::Session,
    /// An analysis run ahead of installing its rows (`customer_rows::precompute`).
    pub precomputed: crate::customer_rows::PrecomputedSlot,
    /// The open workbook's undo / redo history (for the tab's lifetime).
    pub undo: crate::undo::Undo,
    /// Present mode and its exercise timers (for the tab's lifetime).
    pub present: crate::present::Presenter,
}

impl App {
    /// A fixed UI string in the current language; reactive to language changes.
    pub fn tr(&self, msg: impl Text) -> &'static str {
        msg.text(self.lang.get())
    }

    /// The address of `route` in the open workbook; reactive to opening another.
    pub fn href(&self, route: Route) -> String {
        self.workbook
            .with(|wb| workbook::library::workbook_hash(&wb.id, route))
    }

    /// Applies an edit to the workbook as a step of the undo history (keystrokes of
    /// one burst in one field are one step, see `undo::typed`); autosave
    /// picks it up. SWOT items sent from a 7S factor or PESTLE item then follow a
    /// changed verdict or direction (`Workbook::follow_origins`), whichever screen
    /// made the change.
    pub fn edit(&self, change: impl FnOnce(&mut Workbook)) {
        let undo = self.undo;
        let mut new_step = false;
        self.workbook.update(|wb| {
            new_step = undo.record(wb, |wb| {
                change(wb);
                wb.follow_origins();
            });
        });
        if new_step {
            undo.refresh();
            crate::undo::after_new_step(*self);
        }
    }

    /// Changes the workbook outside the undo history: what follows the customer
    /// rows, which live outside the workbook and which undo does not bring back or
    /// remove (their import, their removal, the summary kept in step with them).
    pub fn edit_unrecorded(&self, change: impl FnOnce(&mut Workbook)) {
        self.workbook.update(change);
    }
}

pub fn use_app() -> App {
    expect_context::<App>()
}

/// A fixed UI string as a view that follows the language. One function for every
/// such text keeps the wasm small: each `move || app.tr(..)` closure written inline
/// is a type of its own, compiled into its own copy of the reactive text code.
pub fn tr<M: Text>(msg: M) -> impl IntoView {
    let lang = use_app().lang;
    move || msg.text(lang.get())
}
