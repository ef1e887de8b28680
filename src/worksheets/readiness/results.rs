//! What the readiness check shows under the twelve steps and prints in the report:
//! steps done, under way and not rated, the overall progress, the next step to
//! finish, the progress by phase, and (in the report) every step with its evidence.

use workbook::readiness::{BuildStep, ReadinessScore, PHASES};
use workbook::{Lang, Workbook};

use crate::i18n::readiness::{self as t, ReadyMsg as R};
use crate::i18n::Label;
use crate::worksheets::blocks::{figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = ReadinessScore::of(&wb.readiness);
    let pct = format!("{}%", (score.progress() * 100.0).round());
    let phases = (0..PHASES)
        .map(|p| {
            let (done, under_way, steps) = score.phases[p];
            vec![
                t::phase_name(lang, p),
                steps.to_string(),
                done.to_string(),
                under_way.to_string(),
            ]
        })
        .collect();
    let steps = BuildStep::ALL
        .iter()
        .map(|&s| {
            let rating = wb.readiness.rating(s);
            vec![
                t::step_title(lang, s),
                rating
                    .and_then(|r| r.status)
                    .map_or("—", |st| st.label(lang))
                    .to_string(),
                rating.map(|r| r.evidence.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    vec![
        Block::Figures(vec![
            figure(lang, R::Done, t::done(lang, &score), "ready-done"),
            figure(
                lang,
                R::UnderWay,
                score.under_way().to_string(),
                "ready-under-way",
            ),
            figure(lang, R::Unrated, score.unrated.to_string(), "ready-unrated"),
            figure(lang, R::Progress, pct, "ready-progress"),
            figure(lang, R::Next, t::next(lang, &score), "ready-next"),
        ]),
        table(
            lang,
            R::Phases,
            &[&h(R::Phase), &h(R::Steps), &h(R::Done), &h(R::UnderWay)],
            phases,
        )
        .keyed("ready-phases"),
        Block::ReportOnly(Box::new(
            table(
                lang,
                R::Table,
                &[&h(R::Step), &h(R::Status), &h(R::Evidence)],
                steps,
            )
            .keyed("ready-steps"),
        )),
    ]
}
