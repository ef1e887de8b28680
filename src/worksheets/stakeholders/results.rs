//! What the stakeholders worksheet shows under its rows and prints in the report:
//! the mean fulfilment and how many rows are rated, the priority ranking with the
//! act-now rule, and the importance × fulfilment chart.

use workbook::external::StakeholderScore;
use workbook::{Lang, Workbook};

use crate::i18n::stakeholders::{self as t, StakeholderMsg as S};
use crate::i18n::{scored_counts, Msg, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = StakeholderScore::of(&wb.stakeholders);
    let figures = vec![
        figure(
            lang,
            S::MeanFulfilment,
            t::mean(score.mean_fulfilment),
            "stake-mean",
        ),
        figure(
            lang,
            S::Rated,
            scored_counts(lang, score.ranked.len(), score.unrated),
            "stake-counts",
        ),
    ];
    let rows = score
        .ranked
        .iter()
        .map(|r| {
            // A rated row may have no name yet.
            let name = if r.name.is_empty() {
                "—".to_string()
            } else {
                r.name.clone()
            };
            vec![
                name,
                r.importance.get().to_string(),
                r.fulfilment.get().to_string(),
                r.priority.to_string(),
                t::yes_no(r.act_now).text(lang).to_string(),
            ]
        })
        .collect();
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    vec![
        Block::Figures(figures),
        Block::Note(t::act_now_rule(lang)),
        table(
            lang,
            S::Ranking,
            &[
                &h(S::Name),
                &h(S::Importance),
                &h(S::Fulfilment),
                &h(Msg::Priority),
                &h(S::ActNow),
            ],
            rows,
        )
        .keyed("stake-ranking")
        .or_say(S::NoneRated.text(lang).to_string()),
        chart(
            lang,
            S::Chart,
            label,
            (560, 440),
            Box::new(move |a| charts::stakeholder_matrix(a, &score, &text).map_err(err)),
        ),
    ]
}
