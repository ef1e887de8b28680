//! The customer rows' life in the browser: the analyses derived from them, loading
//! them for the current workbook (regenerated for the demo, read from IndexedDB for
//! an import), keeping the workbook's summary in step, and removing a replaced
//! workbook's rows.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use workbook::segmentation::analysis::{analyse, Analysis};
use workbook::segmentation::{
    binary, demo_data, Dataset, DatasetSource, LoyaltySettings, SegmentationSettings, Summary,
};
use workbook::Workbook;

use crate::idb;
use crate::state::{App, Rows};

/// An analysis computed ahead of putting its rows in place (see [`precompute`]).
pub struct Precomputed {
    rows: Arc<Dataset>,
    thresholds: Thresholds,
    analysis: Arc<Analysis>,
}

/// The workbook's segmentation and loyalty thresholds, which the analyses depend on.
type Thresholds = (SegmentationSettings, LoyaltySettings);

/// Where [`precompute`] leaves an analysis for the memo to take.
pub type PrecomputedSlot = StoredValue<Option<Precomputed>>;

/// The analyses over the rows, re-run only when the rows or the thresholds change
/// (not on every edit elsewhere in the workbook), and the summary the screens show.
/// An analysis [`precompute`]d for exactly these rows and thresholds is taken
/// instead of running again.
pub fn derive(
    workbook: RwSignal<Workbook>,
    rows: RwSignal<Rows>,
    precomputed: PrecomputedSlot,
) -> (Memo<Option<Arc<Analysis>>>, Memo<Option<Summary>>) {
    let thresholds =
        Memo::new(move |_| workbook.with(|wb| (wb.segmentation.clone(), wb.loyalty.clone())));
    let analysis = Memo::new_with_compare(
        move |_| {
            let dataset = rows.with(|r| r.dataset().cloned())?;
            thresholds.with(|current| {
                // Taken only when it fits, so a run for other rows leaves it waiting.
                let ready = precomputed
                    .try_with_value(|slot| {
                        slot.as_ref()
                            .filter(|p| Arc::ptr_eq(&p.rows, &dataset) && p.thresholds == *current)
                            .map(|p| p.analysis.clone())
                    })
                    .flatten();
                if let Some(ready) = ready {
                    precomputed.set_value(None);
                    return Some(ready);
                }
                let (seg, loy) = current;
                Some(Arc::new(analyse(&dataset, seg, loy)))
            })
        },
        // A new analysis is a new allocation; comparing a million assignments to
        // find out would cost as much as the analysis.
        |old, new| match (old, new) {
            (Some(Some(a)), Some(Some(b))) => !Arc::ptr_eq(a, b),
            (Some(None), Some(None)) => false,
            _ => true,
        },
    );
    let summary = Memo::new(move |_| match analysis.get() {
        Some(analysis) => Some(analysis.summary.clone()),
        None => workbook.with(|wb| wb.customer_data.as_ref().map(|d| d.summary.clone())),
    });
    (analysis, summary)
}

/// What decides which rows belong to the workbook: its id and the rows' source.
pub type RowsKey = (String, Option<DatasetSource>);

fn rows_key(wb: &Workbook) -> RowsKey {
    (
        wb.id.clone(),
        wb.customer_data.as_ref().map(|d| d.source.clone()),
    )
}

/// Starts loading rows whenever the workbook or its rows' source changes, keeps the
/// stored summary equal to the live one, and forgets a replaced workbook's rows.
pub fn start(app: App) {
    let key = Memo::new(move |_| app.workbook.with(rows_key));
    Effect::new(move |previous: Option<RowsKey>| {
        let current = key.get();
        if let Some((old_id, Some(DatasetSource::File { .. }))) = &previous {
            // Stored rows go with the import they belong to: when the workbook's
            // customer data is removed or replaced by the demo's, or the workbook
            // replaced by a version without rows (after a backup took a copy). A new
            // import under the same id has already overwritten them. Opening another
            // workbook of the library leaves them: this one is still there.
            let gone =
                *old_id == current.0 && !matches!(current.1, Some(DatasetSource::File { .. }));
            if gone {
                let old_id = old_id.clone();
                spawn_local(async move {
                    let _ = idb::delete_rows(&old_id).await;
                });
            }
        }
        if app.rows_installed.get_value().as_ref() == Some(&current) {
            return current;
        }
        load(app, current.clone());
        current
    });
    Effect::new(move |_| {
        let Some(analysis) = app.analysis.get() else {
            return;
        };
        let stale = app.workbook.with_untracked(|wb| {
            wb.customer_data
                .as_ref()
                .is_some_and(|d| d.summary != analysis.summary)
        });
        if stale {
            app.edit_unrecorded(|wb| {
                if let Some(data) = wb.customer_data.as_mut() {
                    data.summary = analysis.summary.clone();
                }
            });
        }
    });
}

fn load(app: App, (id, source): RowsKey) {
    match source {
        None => app.rows.set(Rows::Absent),
        Some(DatasetSource::Demo { lang }) => {
            app.rows.set(Rows::Loaded(Arc::new(demo_data::demo(lang))));
        }
        Some(DatasetSource::File { .. }) => {
            app.rows.set(Rows::Loading);
            spawn_local(async move {
                let loaded = match idb::get_rows(&id).await {
                    Ok(Some(bytes)) => match binary::decode(&bytes) {
                        Ok(dataset) => Rows::Loaded(Arc::new(dataset)),
                        Err(e) => Rows::Failed(e.to_string()),
                    },
                    Ok(None) => Rows::Missing,
                    Err(idb::IdbError(e)) => Rows::Failed(e),
                };
                // The workbook may have changed while IndexedDB answered.
                if app.workbook.with_untracked(|wb| wb.id == id) {
                    app.rows.set(loaded);
                }
            });
        }
    }
}

/// Puts freshly imported rows in place for the workbook about to carry `source`, so
/// loading does not read back from IndexedDB what was just written there.
pub fn install(app: App, source: &DatasetSource, dataset: impl Into<Arc<Dataset>>) {
    let id = app.workbook.with_untracked(|wb| wb.id.clone());
    app.rows_installed
        .set_value(Some((id, Some(source.clone()))));
    app.rows.set(Rows::Loaded(dataset.into()));
}

/// Runs the analyses over `rows` with the open workbook's thresholds now, and keeps
/// the result for the memo to take when these very rows are installed. A million
/// rows take most of a frame's budget to analyse; done here, in a task of its own,
/// the analysis and the redraw that follows the install are two tasks rather than
/// one long one.
pub fn precompute(app: App, rows: &Arc<Dataset>) -> Arc<Analysis> {
    let thresholds = app
        .workbook
        .with_untracked(|wb| (wb.segmentation.clone(), wb.loyalty.clone()));
    let analysis = Arc::new(analyse(rows, &thresholds.0, &thresholds.1));
    app.precomputed.set_value(Some(Precomputed {
        rows: rows.clone(),
        thresholds,
        analysis: analysis.clone(),
    }));
    analysis
}

/// Removes the workbook's customer data: the summary here, and the stored rows by
/// the effect in [`start`] that follows the rows' source.
pub fn remove(app: App) {
    app.edit_unrecorded(|wb| wb.customer_data = None);
}
