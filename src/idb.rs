//! IndexedDB adapter: stores each workbook's customer rows (the binary form the
//! domain's `segmentation::binary` writes) under the workbook's id. The rows do not
//! fit in localStorage; everything else of a workbook stays there.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "crm-workbook";
const VERSION: u32 = 1;
/// Object store of customer rows, keyed by workbook id.
const ROWS: &str = "customer-rows";

/// Why IndexedDB refused; the text is the browser's own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdbError(pub String);

impl From<JsValue> for IdbError {
    fn from(value: JsValue) -> Self {
        let text = value
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| {
                value
                    .dyn_ref::<web_sys::DomException>()
                    .map(|e| e.message())
            })
            .or_else(|| value.as_string())
            .unwrap_or_else(|| "IndexedDB is not available".to_string());
        IdbError(text)
    }
}

/// Resolves when the request succeeds, with its result; rejects with its error.
fn settle(request: &IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("IndexedDB request failed"));
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
}

async fn open() -> Result<IdbDatabase, IdbError> {
    let factory = web_sys::window()
        .ok_or_else(|| IdbError("no window".into()))?
        .indexed_db()?
        .ok_or_else(|| IdbError("IndexedDB is not available".into()))?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DATABASE, VERSION)?;
    // The store is created on first open; later versions would migrate here.
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move |_: web_sys::IdbVersionChangeEvent| {
        if let Ok(result) = upgrading.result() {
            let db: IdbDatabase = result.unchecked_into();
            if !db.object_store_names().contains(ROWS) {
                let _ = db.create_object_store(ROWS);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = settle(&request).await?;
    Ok(db.unchecked_into())
}

async fn run(
    mode: IdbTransactionMode,
    op: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, IdbError> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(ROWS, mode)?;
    let store = tx.object_store(ROWS)?;
    let request = op(&store)?;
    let result = settle(&request).await;
    db.close();
    Ok(result?)
}

/// Stores the pieces of `segmentation::binary::encode_parts` as the customer rows
/// of workbook `id`, replacing any before. They are stored as one Blob, which the
/// browser copies once and writes off the main thread, where a typed array would
/// be cloned on it (tens of milliseconds per 10 MB).
pub async fn put_row_parts(id: &str, parts: &[impl AsRef<[u8]>]) -> Result<(), IdbError> {
    // SAFETY: the views into wasm memory live only until the Blob has copied them,
    // within this block; only JS objects are allocated meanwhile, which cannot grow
    // (and so move) wasm memory.
    let blob = unsafe {
        let views = js_sys::Array::new();
        for part in parts {
            views.push(&Uint8Array::view(part.as_ref()));
        }
        web_sys::Blob::new_with_u8_array_sequence(&views)?
    };
    let value = JsValue::from(blob);
    run(IdbTransactionMode::Readwrite, |store| {
        store.put_with_key(&value, &JsValue::from_str(id))
    })
    .await
    .map(|_| ())
}

/// Stores `bytes` (one `segmentation::binary::encode`) as the rows of workbook `id`.
pub async fn put_rows(id: &str, bytes: &[u8]) -> Result<(), IdbError> {
    put_row_parts(id, &[bytes]).await
}

/// The customer rows of workbook `id`, if stored.
pub async fn get_rows(id: &str) -> Result<Option<Vec<u8>>, IdbError> {
    let value = run(IdbTransactionMode::Readonly, |store| {
        store.get(&JsValue::from_str(id))
    })
    .await?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    // Blobs since the rows were written off the main thread; a typed array before.
    let value = match value.dyn_into::<web_sys::Blob>() {
        Ok(blob) => JsFuture::from(blob.array_buffer()).await?,
        Err(value) => value,
    };
    let array = if value.is_instance_of::<js_sys::ArrayBuffer>() {
        Uint8Array::new(&value)
    } else {
        value
            .dyn_into::<Uint8Array>()
            .map_err(|_| IdbError("stored rows are not bytes".into()))?
    };
    Ok(Some(array.to_vec()))
}

/// Where rows on their way in wait (see [`move_rows`]) until the workbook they
/// belong to is written: an import that is then refused leaves the workbook's own
/// rows as they were.
pub fn staging_key(id: &str) -> String {
    format!("staging/{id}")
}

/// Moves the rows stored under `from` to `to` in one transaction: both the write
/// and the removal happen, or neither. Fails if nothing is stored under `from`.
pub async fn move_rows(from: &str, to: &str) -> Result<(), IdbError> {
    let db = open().await?;
    let result = move_in(&db, from, to).await;
    db.close();
    result
}

async fn move_in(db: &IdbDatabase, from: &str, to: &str) -> Result<(), IdbError> {
    let tx = db.transaction_with_str_and_mode(ROWS, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(ROWS)?;
    let done = finished(&tx);
    let get = store.get(&JsValue::from_str(from))?;
    let (from, to) = (JsValue::from_str(from), JsValue::from_str(to));
    let (read, aborting) = (get.clone(), tx.clone());
    // Inside the request's own success event, while the transaction is active:
    // awaiting a future there would let it commit with only the read done.
    let on_read = Closure::once_into_js(move |_: web_sys::Event| {
        let value = read.result().unwrap_or(JsValue::UNDEFINED);
        let moved = if value.is_undefined() {
            Err(JsValue::from_str("no rows to move"))
        } else {
            store
                .put_with_key(&value, &to)
                .and_then(|_| store.delete(&from))
        };
        if moved.is_err() {
            let _ = aborting.abort();
        }
    });
    get.set_onsuccess(Some(on_read.unchecked_ref()));
    done.await.map(|_| ()).map_err(IdbError::from)
}

/// Resolves when the transaction commits; rejects when it fails or is aborted.
fn finished(tx: &web_sys::IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        // Both `error` and then `abort` fire on a failure: a closure that may run
        // twice (rejecting a settled promise again does nothing).
        let on_fail = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            let error = failed
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("the rows could not be moved"));
            let _ = reject.call1(&JsValue::NULL, &error);
        })
        .into_js_value();
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(on_fail.unchecked_ref()));
        tx.set_onabort(Some(on_fail.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Removes the customer rows of workbook `id` (nothing if none are stored).
pub async fn delete_rows(id: &str) -> Result<(), IdbError> {
    run(IdbTransactionMode::Readwrite, |store| {
        store.delete(&JsValue::from_str(id))
    })
    .await
    .map(|_| ())
}
