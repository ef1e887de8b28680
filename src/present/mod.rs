//! Present mode for the workshop room: the current worksheet fills the screen in
//! large type, the keys a presentation clicker sends move through the worksheets in
//! workshop order, and each worksheet has its own exercise timer. Editing stays on:
//! the facilitator types what the room says.

pub mod strings;
pub mod timer;

use std::collections::HashMap;
use std::time::Duration;

use leptos::leptos_dom::helpers::{window_event_listener, IntervalHandle};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::{Route, Worksheet};

use crate::i18n::Label;
use crate::state::{tr, use_app, App};
use strings::PresentMsg;
use timer::{Phase, Timer};

/// Present mode's state for the tab: whether it is on, and the timers. Timers live
/// in memory only: they belong to this workshop session, not to the workbook.
#[derive(Clone, Copy)]
pub struct Presenter {
    pub on: RwSignal<bool>,
    timers: RwSignal<HashMap<Worksheet, Timer>>,
    /// The clock reading (ms) the timers are shown at, ticked while presenting.
    now: RwSignal<f64>,
    ticker: StoredValue<Option<IntervalHandle>>,
}

impl Default for Presenter {
    fn default() -> Self {
        Presenter::new()
    }
}

impl Presenter {
    pub fn new() -> Presenter {
        Presenter {
            on: RwSignal::new(false),
            timers: RwSignal::new(HashMap::new()),
            now: RwSignal::new(0.0),
            ticker: StoredValue::new(None),
        }
    }

    /// Enters or leaves present mode. The clock ticks only while presenting, so an
    /// app left open in a drawer does no work.
    pub fn set(&self, on: bool) {
        if self.on.get_untracked() == on {
            return;
        }
        self.on.set(on);
        if let Some(handle) = self.ticker.get_value() {
            handle.clear();
            self.ticker.set_value(None);
        }
        if on {
            let now = self.now;
            now.set(js_sys::Date::now());
            let handle = set_interval_with_handle(
                move || now.set(js_sys::Date::now()),
                Duration::from_millis(250),
            );
            self.ticker.set_value(handle.ok());
        }
    }

    fn timer(&self, sheet: Worksheet) -> Timer {
        self.timers
            .with(|t| t.get(&sheet).copied())
            .unwrap_or_default()
    }

    fn change_timer(&self, sheet: Worksheet, change: impl FnOnce(&mut Timer, f64)) {
        let now = js_sys::Date::now();
        self.now.set(now);
        self.timers
            .update(|t| change(t.entry(sheet).or_default(), now));
    }
}

/// The worksheet `delta` steps from `route` in workshop order. From a page that is
/// no worksheet (overview, report), forward is the first worksheet; nothing lies
/// before the first or after the last.
pub fn neighbour(route: Route, delta: isize) -> Option<Worksheet> {
    match route {
        Route::Sheet(w) => {
            let at = Worksheet::ALL.iter().position(|x| *x == w)?;
            let to = at.checked_add_signed(delta)?;
            Worksheet::ALL.get(to).copied()
        }
        _ if delta > 0 => Worksheet::ALL.first().copied(),
        _ => None,
    }
}

fn go(app: App, sheet: Worksheet) {
    let _ = window().location().set_hash(&app.href(Route::Sheet(sheet)));
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Whether a key press lands in a field where arrow keys move the caret or choose
/// an option, so they must not turn the page.
fn in_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// Listens for present mode's keys on the whole window: P or Shift+F5 enters (what
/// PowerPoint's "from current slide" uses), Esc leaves; while presenting,
/// PageUp/PageDown (what a clicker sends) always turn the page and the left/right
/// arrows do outside text fields.
pub fn start(app: App) {
    let presenter = app.present;
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.is_composing() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let on = presenter.on.get_untracked();
        let key = ev.key();
        let step = match key.as_str() {
            "PageDown" => Some(1),
            "PageUp" => Some(-1),
            "ArrowRight" if !in_field(&ev) => Some(1),
            "ArrowLeft" if !in_field(&ev) => Some(-1),
            _ => None,
        };
        match (on, key.as_str(), step) {
            (true, _, Some(delta)) => {
                ev.prevent_default();
                if let Some(sheet) = neighbour(app.route.get_untracked(), delta) {
                    go(app, sheet);
                }
            }
            (true, "Escape", _) => presenter.set(false),
            (false, "F5", _) if ev.shift_key() => {
                ev.prevent_default();
                presenter.set(true);
            }
            (false, "p" | "P", _) if !in_field(&ev) && presenterable(app) => {
                ev.prevent_default();
                presenter.set(true);
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// Present mode shows the open workbook, so not from the library.
fn presenterable(app: App) -> bool {
    app.route.get_untracked() != Route::Library
}

/// The header's way in.
#[component]
pub fn PresentButton() -> impl IntoView {
    let app = use_app();
    view! {
        <button
            type="button"
            class="present-button"
            title=move || app.tr(PresentMsg::PresentHint)
            disabled=move || app.route.get() == Route::Library
            on:click=move |_| app.present.set(true)
        >
            {tr(PresentMsg::Present)}
        </button>
    }
}

/// The slim bar that replaces header and navigation while presenting: where the room
/// is in the workshop, previous / next, the exercise timer and the way out.
#[component]
pub fn PresentBar() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.present.on.get()>
            <Bar/>
        </Show>
    }
}

#[component]
fn Bar() -> impl IntoView {
    let app = use_app();
    let presenter = app.present;
    let sheet = move || match app.route.get() {
        Route::Sheet(w) => Some(w),
        _ => None,
    };
    let position = move || {
        let lang = app.lang.get();
        sheet().map(|w| {
            let at = Worksheet::ALL.iter().position(|x| *x == w).unwrap_or(0) + 1;
            format!("{at} / {} · {}", Worksheet::ALL.len(), w.label(lang))
        })
    };
    let step = move |delta: isize| {
        if let Some(w) = neighbour(app.route.get_untracked(), delta) {
            go(app, w);
        }
    };
    view! {
        <div class="present-bar" role="region" aria-label=move || app.tr(PresentMsg::Bar)>
            <span class="present-where">{position}</span>
            <button
                type="button"
                aria-label=move || app.tr(PresentMsg::Previous)
                title=move || app.tr(PresentMsg::Previous)
                disabled=move || neighbour(app.route.get(), -1).is_none()
                on:click=move |_| step(-1)
            >"←"</button>
            <button
                type="button"
                aria-label=move || app.tr(PresentMsg::Next)
                title=move || app.tr(PresentMsg::Next)
                disabled=move || neighbour(app.route.get(), 1).is_none()
                on:click=move |_| step(1)
            >"→"</button>
            {move || sheet().map(|w| view! { <TimerControls sheet=w/> })}
            <button type="button" class="present-leave" on:click=move |_| presenter.set(false)>
                {tr(PresentMsg::Leave)}
            </button>
        </div>
    }
}

/// One worksheet's timer: its length in minutes (checked as typed, the message
/// beside the field), start / pause / reset, the time left, and "time is up".
#[component]
fn TimerControls(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    let presenter = app.present;
    let timer = move || presenter.timer(sheet);
    let phase = move || timer().phase(presenter.now.get());
    let typed = RwSignal::new(None::<String>);
    let invalid = move || typed.with(|t| t.is_some());
    let on_minutes = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match text.trim().parse::<u32>() {
            Ok(m) if (1..=timer::MAX_MINUTES).contains(&m) => {
                typed.set(None);
                presenter.change_timer(sheet, |t, _| t.set_minutes(m));
            }
            _ => typed.set(Some(text)),
        }
    };
    let start_pause = move |_| {
        presenter.change_timer(sheet, |t, now| {
            if t.phase(now) == Phase::Running {
                t.pause(now);
            } else {
                t.start(now);
            }
        })
    };
    let start_label = move || match phase() {
        Phase::Running => app.tr(PresentMsg::Pause),
        Phase::Paused => app.tr(PresentMsg::Resume),
        Phase::Ready | Phase::Done => app.tr(PresentMsg::Start),
    };
    let class = move || match phase() {
        Phase::Done => "present-timer done",
        Phase::Running => "present-timer running",
        _ => "present-timer",
    };
    let field_id = format!("present-minutes-{}", sheet.slug());
    let error_id = format!("{field_id}-error");
    view! {
        <div class=class role="group" aria-label=move || app.tr(PresentMsg::Timer)>
            <label for=field_id.clone()>{tr(PresentMsg::Minutes)}</label>
            <input
                id=field_id
                type="number"
                min="1"
                max=timer::MAX_MINUTES
                step="1"
                inputmode="numeric"
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=move || invalid().then(|| error_id.clone())
                prop:value=move || typed.get().unwrap_or_else(|| timer().minutes().to_string())
                on:change=on_minutes
            />
            <Show when=invalid>
                <span class="field-error" id=format!("present-minutes-{}-error", sheet.slug()) role="alert">
                    {tr(PresentMsg::MinutesError)}
                </span>
            </Show>
            <button type="button" disabled=move || phase() == Phase::Done on:click=start_pause>
                {start_label}
            </button>
            <button
                type="button"
                on:click=move |_| presenter.change_timer(sheet, |t, _| t.reset())
            >
                {tr(PresentMsg::Reset)}
            </button>
            <output class="present-clock" role="timer" aria-label=move || app.tr(PresentMsg::Remaining)>
                {move || timer().display(presenter.now.get())}
            </output>
            <Show when=move || phase() == Phase::Done>
                <span class="time-up" role="status">{tr(PresentMsg::TimeUp)}</span>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_turn_in_workshop_order_and_stop_at_the_ends() {
        let first = Worksheet::ALL[0];
        let last = *Worksheet::ALL.last().unwrap();
        assert_eq!(neighbour(Route::Sheet(first), 1), Some(Worksheet::ALL[1]));
        assert_eq!(neighbour(Route::Sheet(Worksheet::ALL[1]), -1), Some(first));
        assert_eq!(neighbour(Route::Sheet(first), -1), None);
        assert_eq!(neighbour(Route::Sheet(last), 1), None);
    }

    #[test]
    fn from_a_page_that_is_no_worksheet_forward_is_the_first() {
        assert_eq!(neighbour(Route::Overview, 1), Some(Worksheet::ALL[0]));
        assert_eq!(neighbour(Route::Report, 1), Some(Worksheet::ALL[0]));
        assert_eq!(neighbour(Route::Overview, -1), None);
    }
}
