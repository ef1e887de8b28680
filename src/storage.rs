//! The localStorage adapter: every call returns a `Result`, so a browser without
//! storage, or with full storage, is a message for the user rather than a panic.
//! Also the storage manager's persistence request and quota, where the browser has
//! them.

use wasm_bindgen::{JsCast, JsValue};

/// Why the browser would not read or write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage here (disabled, private mode, sandboxed frame).
    Unavailable,
    /// The origin's quota is used up.
    Full,
    /// Anything else the browser reported, in its own words.
    Other(String),
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        // Browsers throw a SecurityError on access when storage is disabled.
        Ok(None) | Err(_) => Err(StorageError::Unavailable),
    }
}

fn classify(error: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ => {
            let message = js_sys::Reflect::get(&error, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| format!("{error:?}"));
            StorageError::Other(format!("{name} {message}").trim().to_string())
        }
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(classify)
}

/// Every key in the origin's storage, in the browser's order.
pub fn keys() -> Result<Vec<String>, StorageError> {
    let storage = local_storage()?;
    let len = storage.length().map_err(classify)?;
    let mut keys = Vec::with_capacity(len as usize);
    for i in 0..len {
        if let Some(key) = storage.key(i).map_err(classify)? {
            keys.push(key);
        }
    }
    Ok(keys)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(classify)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(classify)
}

/// Calls a `navigator.storage` method that returns a promise, if the browser has it
/// (older browsers and some private modes do not).
async fn storage_manager_call(method: &str) -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    let function: js_sys::Function = js_sys::Reflect::get(&manager, &JsValue::from_str(method))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = function.call0(&manager).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Asks the browser to keep the origin's data when space runs low
/// (`navigator.storage.persist()`); whether it agreed.
pub async fn ask_persist() -> Option<bool> {
    storage_manager_call("persist").await?.as_bool()
}

/// Whether the browser already keeps the origin's data (`persisted()`).
pub async fn persisted() -> Option<bool> {
    storage_manager_call("persisted").await?.as_bool()
}

/// The origin's quota in bytes, as `navigator.storage.estimate()` reports it.
pub async fn quota() -> Option<f64> {
    let estimate = storage_manager_call("estimate").await?;
    js_sys::Reflect::get(&estimate, &JsValue::from_str("quota"))
        .ok()?
        .as_f64()
}
