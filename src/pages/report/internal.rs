//! The report's internal analysis: the company profile, the product and service gaps,
//! BACK, SWOT, 7S and the internal customers, each as the blocks the page draws.

use std::rc::Rc;

use workbook::internal::{BackScore, GapScore, InternalCustomersScore, SevenSScore};
use workbook::swot::Quadrant;
use workbook::{Lang, Workbook, Worksheet};

use super::{chart, err, h, table, Block};
use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{back, gaps, internal_customers, seven_s, swot_chart_text, Label, Msg, Text};

fn score_text(s: Option<workbook::Score>) -> String {
    t::maybe(s.map(|s| s.get()))
}

/// The company profile: its type, offerings, competencies and goals.
pub(super) fn profile_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let p = &wb.profile;
    vec![
        Block::Figures(vec![(
            M::CompanyType.text(lang).into(),
            p.company_type.clone(),
        )]),
        table(
            lang,
            M::Offerings,
            &[&h(M::Text)],
            p.offerings
                .iter()
                .filter(|o| !o.text.trim().is_empty())
                .map(|o| vec![o.text.clone()])
                .collect(),
        ),
        table(
            lang,
            M::Competencies,
            &[&h(M::Text), &h(M::Evidence)],
            p.competencies
                .iter()
                .filter(|c| !c.text.trim().is_empty())
                .map(|c| vec![c.text.clone(), c.evidence.clone()])
                .collect(),
        ),
        table(
            lang,
            M::Goals,
            &[&h(M::Text), &h(M::TargetDate), &h(M::Owner)],
            p.goals
                .iter()
                .filter(|g| !g.text.trim().is_empty())
                .map(|g| vec![g.text.clone(), g.target_date.clone(), g.owner.clone()])
                .collect(),
        ),
    ]
}

/// The product or the service gaps (`sheet` says which), ranked, with their bar chart.
pub(super) fn gap_blocks(sheet: Worksheet, wb: &Workbook, lang: Lang) -> Vec<Block> {
    let rows = if sheet == Worksheet::ProductGaps {
        &wb.product_gaps
    } else {
        &wb.service_gaps
    };
    let score = GapScore::of(rows);
    let figures = vec![
        (Msg::Total.text(lang).into(), t::maybe(score.total)),
        (Msg::Mean.text(lang).into(), t::one_decimal(score.mean)),
        (
            Msg::Priority.text(lang).into(),
            format!(
                "{} × {}",
                score.high_priority,
                workbook::internal::Priority::High.label(lang)
            ),
        ),
    ];
    let table_rows = score
        .ranked
        .iter()
        .map(|g| {
            vec![
                g.label.clone(),
                g.gap.get().to_string(),
                g.priority.map_or(String::new(), |p| p.label(lang).into()),
            ]
        })
        .collect();
    let chart_text = gaps::chart_text(lang);
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::Gaps,
            &[&h(M::Item), &h(M::Gap), &h(Msg::Priority)],
            table_rows,
        ),
        chart(
            lang,
            gaps::GapMsg::Chart,
            String::new(),
            (620, 340),
            Box::new(move |a| charts::gap_bars(a, &score, &chart_text).map_err(err)),
        ),
    ]
}

/// The BACK analysis: its key figures, the knowledge table and both charts.
pub(super) fn back_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = BackScore::of(&wb.back);
    let figures = vec![
        (
            back::BackMsg::BaggageLoad.text(lang).into(),
            t::maybe(score.baggage.load),
        ),
        (
            back::BackMsg::Consensus.text(lang).into(),
            t::one_decimal(score.aspiration.consensus),
        ),
        (
            back::BackMsg::CultureTitle.text(lang).into(),
            back::culture_text(lang, score.culture.dominant),
        ),
        (
            back::BackMsg::KnowledgeMean.text(lang).into(),
            t::one_decimal(score.knowledge.mean),
        ),
    ];
    let rows = score
        .knowledge
        .topics
        .iter()
        .map(|k| {
            vec![
                k.topic.clone(),
                score_text(k.current),
                score_text(k.target),
                back::signed(k.gap),
            ]
        })
        .collect();
    let (letters, knowledge) = (
        back::letters_description(lang, &score),
        back::knowledge_description(lang, &score),
    );
    let (s1, s2) = (Rc::new(score), Rc::new(back::chart_text(lang)));
    let (s3, t2) = (s1.clone(), s2.clone());
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::Knowledge,
            &[&h(M::Topic), &h(M::Current), &h(M::Target), &h(M::Gap)],
            rows,
        ),
        chart(
            lang,
            back::BackMsg::ChartLetters,
            letters,
            (520, 320),
            Box::new(move |a| charts::back_letters(a, &s1, &s2).map_err(err)),
        ),
        chart(
            lang,
            back::BackMsg::ChartKnowledge,
            knowledge,
            (620, 320),
            Box::new(move |a| charts::back_knowledge(a, &s3, &t2).map_err(err)),
        ),
    ]
}

/// The SWOT: balance and posture, the quadrant totals, the items and both charts.
pub(super) fn swot_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = wb.swot.score();
    let figures = vec![
        (
            Msg::InternalBalance.text(lang).into(),
            t::signed(score.internal_balance()),
        ),
        (
            Msg::ExternalBalance.text(lang).into(),
            t::signed(score.external_balance()),
        ),
        (
            Msg::Posture.text(lang).into(),
            score.posture().map_or_else(
                || Msg::PostureUnknown.text(lang).into(),
                |p| p.label(lang).into(),
            ),
        ),
    ];
    let totals = Quadrant::ALL
        .iter()
        .map(|&q| {
            let s = score.get(q);
            vec![
                q.label(lang).into(),
                t::maybe(s.known_total()),
                t::one_decimal(s.mean()),
                s.scored.to_string(),
                s.unscored.to_string(),
            ]
        })
        .collect();
    let items = wb
        .swot
        .items()
        .filter(|(_, i)| !i.is_blank())
        .map(|(q, i)| vec![q.label(lang).into(), i.text.clone(), score_text(i.score)])
        .collect();
    let (s1, t1) = (Rc::new(score), Rc::new(swot_chart_text(lang)));
    let (s2, t2) = (s1.clone(), t1.clone());
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::SwotLine,
            &[
                &h(Msg::Quadrant),
                &h(Msg::Total),
                &h(Msg::Mean),
                &h(Msg::Scored),
                &h(Msg::Unscored),
            ],
            totals,
        ),
        table(
            lang,
            M::SwotItems,
            &[&h(Msg::Quadrant), &h(M::Item), &h(Msg::Score)],
            items,
        ),
        chart(
            lang,
            Msg::ChartTotals,
            String::new(),
            (520, 320),
            Box::new(move |a| charts::swot_totals(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            Msg::ChartPosture,
            String::new(),
            (520, 320),
            Box::new(move |a| charts::swot_posture(a, &s2, &t2).map_err(err)),
        ),
    ]
}

/// The 7S: the balance, each factor's verdict and rating, the diagram and the radar.
pub(super) fn seven_s_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = SevenSScore::of(&wb.seven_s);
    let figures = vec![(
        M::SevenSLine.text(lang).into(),
        t::signed(score.balance.map(i64::from)),
    )];
    let rows = score
        .factors
        .iter()
        .map(|f| {
            vec![
                f.factor.label(lang).into(),
                f.verdict.map_or(String::new(), |v| v.label(lang).into()),
                score_text(f.rating),
            ]
        })
        .collect();
    let diagram = seven_s::chart_description(lang, seven_s::SevenSMsg::ChartDiagram, &score);
    let radar = seven_s::chart_description(lang, seven_s::SevenSMsg::ChartRadar, &score);
    let (s1, t1) = (Rc::new(score), Rc::new(seven_s::chart_text(lang)));
    let (s2, t2) = (s1.clone(), t1.clone());
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::Factor,
            &[&h(M::Factor), &h(M::Verdict), &h(M::Rating)],
            rows,
        ),
        chart(
            lang,
            seven_s::SevenSMsg::ChartDiagram,
            diagram,
            (420, 400),
            Box::new(move |a| charts::seven_s_diagram(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            seven_s::SevenSMsg::ChartRadar,
            radar,
            (420, 400),
            Box::new(move |a| charts::seven_s_radar(a, &s2, &t2).map_err(err)),
        ),
    ]
}

/// The internal customers: the service links and their heat map.
pub(super) fn internal_customer_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = InternalCustomersScore::of(&wb.internal_customers);
    let figures = vec![(Msg::Mean.text(lang).into(), t::one_decimal(score.mean))];
    let rows = wb
        .internal_customers
        .iter()
        .filter(|l| !l.is_blank())
        .map(|l| {
            vec![
                l.server.clone(),
                l.customer.clone(),
                l.need.clone(),
                score_text(l.service),
            ]
        })
        .collect();
    let label = internal_customers::chart_description(lang, &score);
    let text = internal_customers::chart_text(lang);
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::Links,
            &[
                &h(M::Server),
                &h(M::InternalCustomer),
                &h(M::Need),
                &h(M::ServiceLevel),
            ],
            rows,
        ),
        chart(
            lang,
            internal_customers::InternalMsg::Chart,
            label,
            (620, 420),
            Box::new(move |a| charts::internal_heat_map(a, &score, &text).map_err(err)),
        ),
    ]
}
