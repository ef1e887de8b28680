//! The exercise timer of present mode: set, start, pause, reset and what remains,
//! as plain arithmetic over clock readings in milliseconds (tested natively).

/// The longest exercise the timer accepts, in minutes (a half-day workshop).
pub const MAX_MINUTES: u32 = 240;

/// One worksheet's exercise timer. It stores when it was started and how much ran
/// before the last pause, never a ticking count, so a throttled background tab or
/// a slow frame cannot make it drift: the remaining time is always computed from
/// the clock reading the caller passes in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timer {
    minutes: u32,
    /// Milliseconds run before the current start (the sum of earlier runs).
    banked_ms: f64,
    /// The clock reading when it was last started; `None` while paused or reset.
    started_at: Option<f64>,
}

/// What the timer shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Set but not started (or reset).
    Ready,
    Running,
    Paused,
    /// The set time has run out.
    Done,
}

impl Default for Timer {
    fn default() -> Self {
        Timer::new(10)
    }
}

impl Timer {
    /// A timer set to `minutes` (clamped to 1..=`MAX_MINUTES`), not started.
    pub fn new(minutes: u32) -> Timer {
        Timer {
            minutes: minutes.clamp(1, MAX_MINUTES),
            banked_ms: 0.0,
            started_at: None,
        }
    }

    pub fn minutes(&self) -> u32 {
        self.minutes
    }

    /// Sets a new length; the timer starts over (a changed exercise is a new one).
    pub fn set_minutes(&mut self, minutes: u32) {
        *self = Timer::new(minutes);
    }

    fn run_ms(&self, now: f64) -> f64 {
        let current = self.started_at.map_or(0.0, |at| (now - at).max(0.0));
        self.banked_ms + current
    }

    fn length_ms(&self) -> f64 {
        f64::from(self.minutes) * 60_000.0
    }

    /// Milliseconds left at clock reading `now`, never below zero.
    pub fn remaining_ms(&self, now: f64) -> f64 {
        (self.length_ms() - self.run_ms(now)).max(0.0)
    }

    pub fn phase(&self, now: f64) -> Phase {
        if self.remaining_ms(now) <= 0.0 {
            Phase::Done
        } else if self.started_at.is_some() {
            Phase::Running
        } else if self.banked_ms > 0.0 {
            Phase::Paused
        } else {
            Phase::Ready
        }
    }

    /// Starts or resumes; does nothing once the time is up or while running.
    pub fn start(&mut self, now: f64) {
        if self.started_at.is_none() && self.remaining_ms(now) > 0.0 {
            self.started_at = Some(now);
        }
    }

    /// Pauses, keeping the time run so far.
    pub fn pause(&mut self, now: f64) {
        if self.started_at.is_some() {
            self.banked_ms = self.run_ms(now).min(self.length_ms());
            self.started_at = None;
        }
    }

    /// Back to the full set time, not running.
    pub fn reset(&mut self) {
        *self = Timer::new(self.minutes);
    }

    /// The remaining time as `m:ss`, rounded up to the whole second so the display
    /// reads 0:00 only when the time is really up.
    pub fn display(&self, now: f64) -> String {
        let secs = (self.remaining_ms(now) / 1000.0).ceil() as u64;
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: f64 = 60_000.0;

    #[test]
    fn a_new_timer_shows_its_full_length_and_is_ready() {
        let t = Timer::new(5);
        assert_eq!(t.display(1_000.0), "5:00");
        assert_eq!(t.phase(1_000.0), Phase::Ready);
    }

    #[test]
    fn lengths_are_clamped_to_what_a_workshop_uses() {
        assert_eq!(Timer::new(0).minutes(), 1);
        assert_eq!(Timer::new(10_000).minutes(), MAX_MINUTES);
    }

    #[test]
    fn running_time_counts_from_the_clock_not_from_ticks() {
        let mut t = Timer::new(5);
        t.start(100.0);
        assert_eq!(t.phase(100.0 + MIN), Phase::Running);
        assert_eq!(t.display(100.0 + MIN), "4:00");
        // A partial second still shows as the whole second it is in.
        assert_eq!(t.display(100.0 + MIN + 500.0), "4:00");
        assert_eq!(t.display(100.0 + MIN + 1_000.0), "3:59");
    }

    #[test]
    fn pause_keeps_the_time_run_and_resume_continues_from_it() {
        let mut t = Timer::new(5);
        t.start(0.0);
        t.pause(2.0 * MIN);
        assert_eq!(t.phase(10.0 * MIN), Phase::Paused);
        assert_eq!(
            t.display(10.0 * MIN),
            "3:00",
            "time does not run while paused"
        );
        t.start(10.0 * MIN);
        assert_eq!(t.display(11.0 * MIN), "2:00");
    }

    #[test]
    fn the_end_is_reached_once_and_stays_at_zero() {
        let mut t = Timer::new(1);
        t.start(0.0);
        assert_eq!(t.phase(MIN - 1.0), Phase::Running);
        assert_eq!(t.phase(MIN), Phase::Done);
        assert_eq!(t.display(5.0 * MIN), "0:00");
        // Starting a finished timer does nothing; reset makes it ready again.
        t.pause(5.0 * MIN);
        t.start(6.0 * MIN);
        assert_eq!(t.phase(6.0 * MIN), Phase::Done);
        t.reset();
        assert_eq!(t.phase(6.0 * MIN), Phase::Ready);
        assert_eq!(t.display(6.0 * MIN), "1:00");
    }

    #[test]
    fn a_new_length_starts_over() {
        let mut t = Timer::new(5);
        t.start(0.0);
        t.set_minutes(3);
        assert_eq!(t.phase(MIN), Phase::Ready);
        assert_eq!(t.display(MIN), "3:00");
    }

    #[test]
    fn a_clock_going_backwards_never_adds_time() {
        let mut t = Timer::new(2);
        t.start(10_000.0);
        assert_eq!(t.display(5_000.0), "2:00");
    }
}
