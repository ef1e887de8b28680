//! Web Locks adapter (`navigator.locks`): runs a piece of work while holding a lock
//! that every tab of the origin shares, so that two tabs never read-check-write the
//! same stored workbook at the same time.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// `navigator.locks`, where the browser has it (every current browser does; some
/// embedded or very old ones do not).
fn lock_manager() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &JsValue::from_str("request"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((locks, request))
}

/// Runs `work` while holding the exclusive lock `name`: at once when no other tab
/// holds it, else as soon as it is released. `work` must be synchronous (the lock
/// is released when it returns). Without Web Locks, or if the browser refuses the
/// request, `work` runs unlocked: a save that is not coordinated is still better
/// than none, and the revision check still catches a collision afterwards.
pub fn exclusive(name: &str, work: impl FnOnce() + 'static) {
    let Some((locks, request)) = lock_manager() else {
        work();
        return;
    };
    // Shared between the lock's callback and the refusal handler: whichever runs
    // first does the work, exactly once.
    let work = Rc::new(Cell::new(Some(Box::new(work) as Box<dyn FnOnce()>)));
    let granted = {
        let work = Rc::clone(&work);
        Closure::once_into_js(move |_lock: JsValue| {
            if let Some(work) = work.take() {
                work();
            }
        })
    };
    let refused = Closure::once_into_js(move |_error: JsValue| {
        if let Some(work) = work.take() {
            work();
        }
    });
    let refused: Function = refused.unchecked_into();
    match request.call2(&locks, &JsValue::from_str(name), &granted) {
        Ok(promise) => {
            if let Ok(promise) = promise.dyn_into::<Promise>() {
                // Handled, so a refusal is not an "uncaught (in promise)" error.
                let catch = Reflect::get(&promise, &JsValue::from_str("catch"))
                    .ok()
                    .and_then(|f| f.dyn_into::<Function>().ok());
                if let Some(catch) = catch {
                    let _ = catch.call1(&promise, &refused);
                }
            }
        }
        Err(error) => {
            let _ = refused.call1(&JsValue::NULL, &error);
        }
    }
}
