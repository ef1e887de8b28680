//! What the internal customers show under their links and prints in the report:
//! the mean service level and how many links are scored, the weakest links, each
//! department as server and as customer, the links (report only: the rows show them
//! on the page), and the department heat map.

use workbook::internal::InternalCustomersScore;
use workbook::{Lang, Workbook};

use crate::i18n::internal_customers::{self as t, InternalMsg as I};
use crate::i18n::report::{self as r, ReportMsg as M};
use crate::i18n::{scored_counts, Msg, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = InternalCustomersScore::of(&wb.internal_customers);
    let figures = vec![
        figure(lang, I::MeanService, t::mean(score.mean), ""),
        figure(
            lang,
            Msg::Scored,
            scored_counts(lang, score.scored, score.unscored),
            "",
        ),
    ];
    let weakest = score.weakest.iter().map(t::weak_link).collect();
    let departments = score
        .departments
        .iter()
        .map(|d| vec![d.name.clone(), t::mean(d.as_server), t::mean(d.as_customer)])
        .collect();
    let links = wb
        .internal_customers
        .iter()
        .filter(|l| !l.is_blank())
        .map(|l| {
            vec![
                l.server.clone(),
                l.customer.clone(),
                l.need.clone(),
                r::maybe(l.service.map(|s| s.get())),
            ]
        })
        .collect();
    let label = t::chart_description(lang, &score);
    let text = t::chart_text(lang);
    vec![
        Block::Figures(figures),
        Block::List {
            title: I::Weakest.text(lang).to_string(),
            items: weakest,
            key: "",
            empty: I::NoneScored.text(lang).to_string(),
        },
        table(
            lang,
            I::Departments,
            &[&h(I::Department), &h(I::AsServer), &h(I::AsCustomer)],
            departments,
        ),
        Block::ReportOnly(Box::new(table(
            lang,
            M::Links,
            &[
                &h(M::Server),
                &h(M::InternalCustomer),
                &h(M::Need),
                &h(M::ServiceLevel),
            ],
            links,
        ))),
        chart(
            lang,
            I::Chart,
            label,
            (760, 420),
            Box::new(move |a| charts::internal_heat_map(a, &score, &text).map_err(err)),
        ),
    ]
}
