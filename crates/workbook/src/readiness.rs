//! Readiness for building a customer-strategic company (METHOD.md §9): the twelve
//! steps of the course notes in their four phases, each rated not started, under
//! way or done, with the evidence for the rating; and how far the company has come.

use serde::{Deserialize, Serialize};

pub use crate::action_plan::Status;

/// The twelve steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuildStep {
    Preparation,
    ProjectManagement,
    CustomerView,
    CustomerAnalysis,
    Capability,
    Process,
    Technology,
    Training,
    StrategyCycle,
    Measurement,
    ChangeManagement,
    Culture,
}

impl BuildStep {
    pub const ALL: [BuildStep; 12] = [
        BuildStep::Preparation,
        BuildStep::ProjectManagement,
        BuildStep::CustomerView,
        BuildStep::CustomerAnalysis,
        BuildStep::Capability,
        BuildStep::Process,
        BuildStep::Technology,
        BuildStep::Training,
        BuildStep::StrategyCycle,
        BuildStep::Measurement,
        BuildStep::ChangeManagement,
        BuildStep::Culture,
    ];

    /// The step's number, 1–12.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The phase (0–3) the step belongs to: steps 1–3, 4–7, 8–10 and 11–12.
    pub fn phase(self) -> usize {
        match self.number() {
            1..=3 => 0,
            4..=7 => 1,
            8..=10 => 2,
            _ => 3,
        }
    }
}

/// The number of phases.
pub const PHASES: usize = 4;

/// One step's rating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRating {
    pub step: BuildStep,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub evidence: String,
}

/// The twelve ratings, one per step in step order (see [`Readiness::normalise`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Readiness {
    pub steps: Vec<StepRating>,
}

impl Readiness {
    /// Exactly one rating per step, in step order: a file that lacks a step gets an
    /// unrated one, a repeated step keeps its first rating.
    pub fn normalise(&mut self) {
        let old = std::mem::take(&mut self.steps);
        self.steps = BuildStep::ALL
            .into_iter()
            .map(|step| {
                old.iter()
                    .find(|r| r.step == step)
                    .cloned()
                    .unwrap_or(StepRating {
                        step,
                        status: None,
                        evidence: String::new(),
                    })
            })
            .collect();
    }

    pub fn rating(&self, step: BuildStep) -> Option<&StepRating> {
        self.steps.iter().find(|r| r.step == step)
    }

    pub fn rating_mut(&mut self, step: BuildStep) -> Option<&mut StepRating> {
        self.steps.iter_mut().find(|r| r.step == step)
    }
}

/// How far the company has come.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadinessScore {
    /// Steps in each status, in [`Status::ALL`] order.
    pub by_status: [usize; 3],
    pub unrated: usize,
    /// Per phase: (done, under way, steps in the phase).
    pub phases: [(usize, usize, usize); PHASES],
    /// The first step not done, in step order: where the work stands.
    pub next: Option<BuildStep>,
}

impl ReadinessScore {
    pub fn of(r: &Readiness) -> ReadinessScore {
        let mut s = ReadinessScore::default();
        for step in BuildStep::ALL {
            let status = r.rating(step).and_then(|x| x.status);
            let phase = &mut s.phases[step.phase()];
            phase.2 += 1;
            match status {
                Some(st) => s.by_status[st as usize] += 1,
                None => s.unrated += 1,
            }
            match status {
                Some(Status::Done) => phase.0 += 1,
                Some(Status::UnderWay) => phase.1 += 1,
                _ => {}
            }
            if status != Some(Status::Done) && s.next.is_none() {
                s.next = Some(step);
            }
        }
        s
    }

    pub fn done(&self) -> usize {
        self.by_status[Status::Done as usize]
    }

    pub fn under_way(&self) -> usize {
        self.by_status[Status::UnderWay as usize]
    }

    /// The share of the way: a step done counts whole, one under way half, 0–1.
    pub fn progress(&self) -> f64 {
        (self.done() as f64 + 0.5 * self.under_way() as f64) / BuildStep::ALL.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_fall_into_four_phases() {
        let phases: Vec<usize> = BuildStep::ALL.iter().map(|s| s.phase()).collect();
        assert_eq!(phases, [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
        assert_eq!(BuildStep::Culture.number(), 12);
    }

    #[test]
    fn normalise_gives_one_rating_per_step_in_order() {
        let mut r = Readiness {
            steps: vec![
                StepRating {
                    step: BuildStep::Training,
                    status: Some(Status::Done),
                    evidence: "first".into(),
                },
                StepRating {
                    step: BuildStep::Training,
                    status: None,
                    evidence: "again".into(),
                },
            ],
        };
        r.normalise();
        assert_eq!(
            r.steps.iter().map(|x| x.step).collect::<Vec<_>>(),
            BuildStep::ALL
        );
        let training = r.rating(BuildStep::Training).unwrap();
        assert_eq!(training.evidence, "first");
    }

    #[test]
    fn the_score_counts_steps_and_phases() {
        let mut r = Readiness::default();
        r.normalise();
        let rate = |r: &mut Readiness, step, status| {
            r.rating_mut(step).unwrap().status = Some(status);
        };
        rate(&mut r, BuildStep::Preparation, Status::Done);
        rate(&mut r, BuildStep::ProjectManagement, Status::Done);
        rate(&mut r, BuildStep::CustomerView, Status::UnderWay);
        rate(&mut r, BuildStep::Technology, Status::UnderWay);
        rate(&mut r, BuildStep::Culture, Status::NotStarted);
        let s = ReadinessScore::of(&r);
        assert_eq!(s.by_status, [1, 2, 2]);
        assert_eq!(s.unrated, 7);
        assert_eq!(s.phases, [(2, 1, 3), (0, 1, 4), (0, 0, 3), (0, 0, 2)]);
        assert_eq!(s.next, Some(BuildStep::CustomerView));
        assert!((s.progress() - 3.0 / 12.0).abs() < 1e-9);
        let empty = ReadinessScore::of(&Readiness::default());
        assert_eq!(empty.unrated, 12);
        assert_eq!(empty.next, Some(BuildStep::Preparation));
    }
}
