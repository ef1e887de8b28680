//! The browser's clock: instants as stored (ISO 8601 in UTC, milliseconds since
//! 1970) and dates and times as the user reads them (their own time zone), so a
//! workshop late in the evening in Shanghai is not dated the day before.

/// Now, as stored: ISO 8601 in UTC.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Now, in milliseconds since 1970.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's date in the user's time zone, as YYYY-MM-DD: for dates people write down
/// (a customer group's move, the printed report, a file's name).
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// A stored instant (ISO 8601) as the user's local date and time, YYYY-MM-DD HH:MM;
/// text that is not a time is shown as it is.
pub fn local_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    local(&date)
}

/// An instant in milliseconds since 1970 as the user's local date and time.
pub fn local_time_ms(ms: u64) -> String {
    local(&js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        ms as f64,
    )))
}

fn local(date: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}
