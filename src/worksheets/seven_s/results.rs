//! What the 7S shows under its factors and prints in the report: strengths,
//! weaknesses and the rating balance, the unrated and weakest factors and the
//! verdicts still open, each factor's verdict and rating (report only: the factors
//! show them on the page), the McKinsey diagram and the radar.

use std::rc::Rc;

use workbook::{Lang, Workbook};

use crate::i18n::report::{self as r, ReportMsg as M};
use crate::i18n::seven_s::{self as t, SevenSMsg as S};
use crate::i18n::{Label, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = wb.seven_s.score();
    let unrated = if score.unrated.is_empty() {
        S::NoneUnrated.text(lang).to_string()
    } else {
        t::factor_list(lang, score.unrated.iter().copied())
    };
    let verdicts = if score.complete {
        S::AllDecided.text(lang).to_string()
    } else {
        let open = score.factors.iter().filter(|f| f.verdict.is_none());
        t::missing_verdicts(lang, open.map(|f| f.factor))
    };
    // Where the domain has no figure yet (no rated factor, or only one to compare),
    // the page says so rather than showing a bare dash.
    let not_enough = crate::i18n::Msg::NotEnoughData.text(lang).to_string();
    let figures = vec![
        figure(lang, S::Strengths, score.strengths.to_string(), ""),
        figure(lang, S::Weaknesses, score.weaknesses.to_string(), ""),
        figure(
            lang,
            S::Balance,
            score.balance.map_or_else(|| not_enough.clone(), t::signed),
            "",
        ),
        figure(lang, S::Unrated, unrated, ""),
        figure(
            lang,
            S::Weakest,
            score
                .weakest
                .map_or(not_enough.clone(), |f| f.label(lang).to_string()),
            "",
        ),
        figure(lang, S::Verdicts, verdicts, ""),
    ];
    let factors = score
        .factors
        .iter()
        .map(|f| {
            vec![
                f.factor.label(lang).into(),
                f.verdict.map_or(String::new(), |v| v.label(lang).into()),
                r::maybe(f.rating.map(|s| s.get())),
            ]
        })
        .collect();
    let diagram = t::chart_description(lang, S::ChartDiagram, &score);
    let radar = t::chart_description(lang, S::ChartRadar, &score);
    let (s1, t1) = (Rc::new(score), Rc::new(t::chart_text(lang)));
    let (s2, t2) = (s1.clone(), t1.clone());
    vec![
        Block::Figures(figures),
        Block::ReportOnly(Box::new(table(
            lang,
            M::Factor,
            &[&h(M::Factor), &h(M::Verdict), &h(M::Rating)],
            factors,
        ))),
        chart(
            lang,
            S::ChartDiagram,
            diagram,
            (420, 400),
            Box::new(move |a| charts::seven_s_diagram(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            S::ChartRadar,
            radar,
            (420, 400),
            Box::new(move |a| charts::seven_s_radar(a, &s2, &t2).map_err(err)),
        ),
    ]
}
