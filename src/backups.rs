//! Replacing a workbook of the library without losing the one replaced: every
//! replacement (an imported file of the same workbook, restoring a backup) first
//! keeps the workbook as it is as an automatic backup, with its customer rows, and
//! only then changes anything.

use leptos::prelude::*;
use workbook::segmentation::{binary, Dataset, DatasetInfo, DatasetSource};
use workbook::{safekeeping, Workbook};

use crate::i18n::sharing as t;
use crate::idb;
use crate::library;
use crate::persist;
use crate::state::{App, Notice};

/// Customer rows that come with a replacement (an imported file's).
pub struct IncomingRows {
    pub dataset: Dataset,
    /// The file they came in, for the data source line when the workbook has none.
    pub file_name: String,
}

/// Keeps workbook `id` as a backup, with its imported customer rows under the
/// backup's key in IndexedDB: the open workbook as it is in memory (unsaved edits
/// included), another as stored. Returns the backup's time, or `None` when the
/// library has no workbook `id` (nothing is replaced, so nothing needs keeping).
async fn keep(app: App, id: &str) -> Result<Option<String>, String> {
    let lang = app.lang.get_untracked();
    let is_open = app.workbook.with_untracked(|wb| wb.id == id);
    let current = if is_open {
        app.workbook.get_untracked()
    } else {
        match persist::stored_workbook(id) {
            Some(wb) => wb,
            None => return Ok(None),
        }
    };
    let (key, dropped) = persist::write_backup(&current).map_err(|e| t::backup_failed(lang, &e))?;
    if current.has_imported_rows() {
        // The stored bytes if there are any, else the rows in memory.
        let bytes = match idb::get_rows(&current.id).await {
            Ok(Some(bytes)) => Some(bytes),
            _ if is_open => app
                .rows
                .with_untracked(|r| r.dataset().map(|d| binary::encode(d))),
            _ => None,
        };
        if let Some(bytes) = bytes {
            idb::put_rows(&key, &bytes)
                .await
                .map_err(|idb::IdbError(why)| t::backup_rows_failed(lang, &why))?;
        }
    }
    for old in dropped {
        let _ = idb::delete_rows(&old).await;
    }
    app.backups.update(|n| *n += 1);
    Ok(Some(
        safekeeping::backup_time(persist::BACKUP_PREFIX, &key).to_string(),
    ))
}

/// Puts `next` into the library and opens it: over the workbook with its id after
/// keeping that as a backup, or as a new workbook when the library has none with
/// its id. If the backup, storing the incoming rows or writing the workbook fails,
/// nothing changes (neither the workbook nor its stored rows) and the notice says
/// why: the incoming rows wait under a staging key and take the workbook's place
/// only once the workbook is written.
pub async fn replace(app: App, mut next: Workbook, rows: Option<IncomingRows>) {
    let lang = app.lang.get_untracked();
    // Edits waiting for the autosave belong to what is about to be kept.
    crate::autosave::flush(app);
    let time = match keep(app, &next.id).await {
        Ok(time) => time,
        Err(why) => {
            app.notice.set(Some(Notice::NotReplaced(why)));
            return;
        }
    };
    // Rows the demo's generator makes need no storing; a file's rows do.
    let rows = rows.filter(|_| {
        !matches!(
            next.customer_data.as_ref().map(|d| &d.source),
            Some(DatasetSource::Demo { .. })
        )
    });
    let mut install = None;
    let staging = idb::staging_key(&next.id);
    if let Some(rows) = rows {
        let bytes = binary::encode(&rows.dataset);
        if let Err(idb::IdbError(why)) = idb::put_rows(&staging, &bytes).await {
            let _ = idb::delete_rows(&staging).await;
            app.notice
                .set(Some(Notice::NotReplaced(t::store_rows_failed(lang, &why))));
            return;
        }
        let info = next.customer_data.get_or_insert_with(|| DatasetInfo {
            source: DatasetSource::File {
                name: rows.file_name.clone(),
                imported_at: persist::now_iso(),
                skipped_rows: 0,
            },
            mapping: Vec::new(),
            // Computed from the rows as soon as they are in place.
            summary: Default::default(),
        });
        install = Some((info.source.clone(), rows.dataset));
    }
    let title = next.title.clone();
    let previous = persist::stored_workbook(&next.id);
    if let Err(e) = persist::put_workbook(&next) {
        if install.is_some() {
            let _ = idb::delete_rows(&staging).await;
        }
        app.notice
            .set(Some(Notice::NotReplaced(library::storage_words(lang, &e))));
        return;
    }
    if install.is_some() {
        if let Err(idb::IdbError(why)) = idb::move_rows(&staging, &next.id).await {
            // The workbook without its rows would be half a replacement: the one
            // it replaced goes back (its rows were never touched).
            let _ = match previous {
                Some(previous) => persist::put_workbook(&previous).map(|_| ()),
                None => persist::remove_workbook(&next.id),
            };
            let _ = idb::delete_rows(&staging).await;
            app.notice
                .set(Some(Notice::NotReplaced(t::store_rows_failed(lang, &why))));
            return;
        }
    }
    if let Err(why) = library::show_put(app, &next) {
        app.notice.set(Some(Notice::NotReplaced(why)));
        return;
    }
    // After the workbook is in place, so that loading does not read back what was
    // just written.
    if let Some((source, dataset)) = install {
        crate::customer_rows::install(app, &source, dataset);
    }
    app.notice.set(Some(match time {
        Some(time) => Notice::ReplacedWithBackup { time },
        None => Notice::Added(vec![title]),
    }));
}

/// Restores the backup under `key` into the library (keeping the workbook it
/// replaces, if the library has one with its id, as a backup first) and opens it.
pub async fn restore(app: App, key: String) {
    let lang = app.lang.get_untracked();
    let backup = match persist::read_backup(&key) {
        Ok(wb) => wb,
        Err(why) => {
            app.notice
                .set(Some(Notice::NotReplaced(t::restore_failed(lang, &why))));
            return;
        }
    };
    let rows = if backup.has_imported_rows() {
        match idb::get_rows(&key).await {
            Ok(Some(bytes)) => binary::decode(&bytes).ok(),
            _ => None,
        }
    } else {
        None
    };
    let rows = rows.map(|dataset| IncomingRows {
        dataset,
        file_name: String::new(),
    });
    replace(app, backup, rows).await;
}

/// Deletes a backup and its customer rows.
pub async fn delete(app: App, key: String) {
    let _ = persist::delete_backup(&key);
    app.backups.update(|n| *n += 1);
    let _ = idb::delete_rows(&key).await;
}
