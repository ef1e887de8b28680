//! What BACK shows under its four parts and prints in the report: the baggage load
//! and counts, the consensus on aspirations, the dominant and secondary culture, the
//! knowledge mean and largest gaps, the knowledge table (report only: the rows show
//! it on the page), and the letters and knowledge charts.

use std::rc::Rc;

use workbook::internal::BackScore;
use workbook::{Lang, Workbook};

use crate::i18n::back::{self as t, BackMsg as B};
use crate::i18n::report::{self as r, ReportMsg as M};
use crate::i18n::Text;
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score: BackScore = wb.back.score();
    let figures = vec![
        figure(
            lang,
            B::BaggageLoad,
            r::maybe(score.baggage.load),
            "back-load",
        ),
        figure(
            lang,
            B::BaggageItems,
            t::baggage_counts(lang, &score.baggage),
            "back-baggage-items",
        ),
        figure(
            lang,
            B::Consensus,
            t::mean_text(score.aspiration.consensus),
            "back-consensus",
        ),
        figure(
            lang,
            B::Dominant,
            t::culture_text(lang, score.culture.dominant),
            "back-dominant",
        ),
        figure(
            lang,
            B::Secondary,
            t::culture_text(lang, score.culture.secondary),
            "back-secondary",
        ),
        figure(
            lang,
            B::KnowledgeMean,
            t::mean_text(score.knowledge.mean),
            "back-knowledge",
        ),
    ];
    let largest = score
        .knowledge
        .largest()
        .iter()
        .map(|k| format!("{} — {}", t::signed(k.gap), k.topic))
        .collect();
    let knowledge = score
        .knowledge
        .topics
        .iter()
        .map(|k| {
            vec![
                k.topic.clone(),
                r::maybe(k.current.map(|s| s.get())),
                r::maybe(k.target.map(|s| s.get())),
                t::signed(k.gap),
            ]
        })
        .collect();
    let (letters, knowledge_label) = (
        t::letters_description(lang, &score),
        t::knowledge_description(lang, &score),
    );
    let has_gaps = score.knowledge.has_gaps();
    let (s1, t1) = (Rc::new(score), Rc::new(t::chart_text(lang)));
    let (s2, t2) = (s1.clone(), t1.clone());
    vec![
        Block::Figures(figures),
        Block::List {
            title: B::LargestGaps.text(lang).to_string(),
            items: largest,
            key: "back-largest",
            empty: if has_gaps {
                B::NoGaps.text(lang).to_string()
            } else {
                crate::i18n::Msg::NotEnoughData.text(lang).to_string()
            },
        },
        Block::ReportOnly(Box::new(table(
            lang,
            M::Knowledge,
            &[&h(M::Topic), &h(M::Current), &h(M::Target), &h(M::Gap)],
            knowledge,
        ))),
        chart(
            lang,
            B::ChartLetters,
            letters,
            (520, 320),
            Box::new(move |a| charts::back_letters(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            B::ChartKnowledge,
            knowledge_label,
            (620, 320),
            Box::new(move |a| charts::back_knowledge(a, &s2, &t2).map_err(err)),
        ),
    ]
}
