//! What the customer tables show under their groups and print in the report: the
//! groups, customers and revenue per table, the revenue at risk and its share, the
//! weighted pipeline, the loss reasons (a Pareto list on the page, a table in the
//! report), and the Pareto and revenue-at-risk charts.

use std::rc::Rc;

use workbook::customers::{CustomerScore, CustomerTable};
use workbook::{Lang, Workbook};

use crate::i18n::customers::{self as t, CustMsg as C};
use crate::i18n::report::ReportMsg as M;
use crate::i18n::{Label, Text};
use crate::worksheets::blocks::{chart, err, figure, h, table, Block};

/// Each table's groups as the team wrote them (report only: the page shows them as
/// its rows): the group, its size and revenue, its reason with its tags, and for
/// current groups whether it is at risk with the warning sign.
fn group_tables(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let tag_name = |id: workbook::RowId| {
        wb.customers
            .tags
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    };
    CustomerTable::ALL
        .iter()
        .filter_map(|&tb| {
            let groups = wb.customers.table(tb);
            let rows: Vec<Vec<String>> = groups
                .iter()
                .filter(|g| !g.is_blank())
                .map(|g| {
                    let tags: Vec<String> = g.tags.iter().map(|&id| tag_name(id)).collect();
                    let risk = if g.at_risk {
                        let flag = C::AtRisk.text(lang);
                        if g.warning_sign.trim().is_empty() {
                            flag.to_string()
                        } else {
                            crate::i18n::with_note(lang, flag, &g.warning_sign)
                        }
                    } else {
                        g.warning_sign.clone()
                    };
                    vec![
                        g.name.clone(),
                        t::maybe_amount(g.customers.map(u64::from)),
                        t::maybe_amount(g.revenue),
                        g.reason.clone(),
                        tags.join(crate::i18n::list_separator(lang)),
                        g.when.clone(),
                        risk,
                    ]
                })
                .collect();
            (!rows.is_empty()).then(|| {
                let reason = match tb {
                    CustomerTable::Former => C::ReasonLost,
                    CustomerTable::Current => C::ReasonBuy,
                    CustomerTable::Potential => C::ReasonWin,
                    CustomerTable::Blacklist => C::ReasonBlacklist,
                };
                Block::ReportOnly(Box::new(Block::Table(crate::worksheets::blocks::Table {
                    title: tb.label(lang).to_string(),
                    headers: [
                        C::Name,
                        C::Customers,
                        C::Revenue,
                        reason,
                        C::Tags,
                        C::WhenLost,
                        C::WarningSign,
                    ]
                    .iter()
                    .map(|m| m.text(lang).to_string())
                    .collect(),
                    rows,
                    key: "",
                    empty: None,
                })))
            })
        })
        .collect()
}

pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = CustomerScore::of(&wb.customers);
    let figures = vec![
        figure(
            lang,
            C::RevenueAtRisk,
            t::maybe_amount(score.at_risk_revenue),
            "cust-at-risk",
        ),
        figure(
            lang,
            C::AtRiskShare,
            t::percent(score.at_risk_percent),
            "cust-at-risk-share",
        ),
        figure(
            lang,
            C::Pipeline,
            t::maybe_amount(score.weighted_pipeline.map(|p| p.round() as u64)),
            "cust-pipeline",
        ),
    ];
    let tables = CustomerTable::ALL
        .iter()
        .map(|&tb| {
            let s = score.table(tb);
            vec![
                tb.label(lang).into(),
                s.groups.to_string(),
                t::maybe_amount(s.customers),
                t::maybe_amount(s.revenue),
            ]
        })
        .collect();
    let pareto_lines = score
        .loss_reasons
        .iter()
        .map(|l| t::pareto_line(lang, l))
        .collect();
    let reasons = score
        .loss_reasons
        .iter()
        .map(|l| {
            vec![
                l.name.clone(),
                l.groups.to_string(),
                t::amount(l.revenue_lost),
                t::percent(l.cumulative_percent),
            ]
        })
        .collect();
    let groups = group_tables(wb, lang);
    let (pareto, risk) = (
        t::pareto_description(lang, &score),
        t::risk_description(lang, &score),
    );
    let (s1, t1) = (Rc::new(score), Rc::new(t::chart_text(lang)));
    let (s2, t2) = (s1.clone(), t1.clone());
    let mut blocks = vec![
        table(
            lang,
            M::CustomerTables,
            &[
                &h(C::Table),
                &h(C::Groups),
                &h(C::Customers),
                &h(C::Revenue),
            ],
            tables,
        ),
        Block::Figures(figures),
        Block::PageOnly(Box::new(Block::List {
            title: C::LossReasons.text(lang).to_string(),
            items: pareto_lines,
            key: "cust-pareto",
            empty: C::NoLosses.text(lang).to_string(),
        })),
        Block::ReportOnly(Box::new(table(
            lang,
            M::LossReasons,
            &[
                &h(M::LossReason),
                &h(M::Groups),
                &h(M::Revenue),
                &h(M::CumulativeProfit),
            ],
            reasons,
        ))),
        chart(
            lang,
            C::ParetoChart,
            pareto,
            (620, 360),
            Box::new(move |a| charts::loss_pareto(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            C::RiskChart,
            risk,
            (420, 360),
            Box::new(move |a| charts::revenue_at_risk(a, &s2, &t2).map_err(err)),
        ),
    ];
    // The groups as the team wrote them, before the two charts.
    let at = blocks.len() - 2;
    blocks.splice(at..at, groups);
    blocks
}
