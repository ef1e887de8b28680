//! The report's customer analysis: the customer tables, the OBL audit, the
//! segmentation and the loyalty matrix, each as the blocks the page draws.

use std::rc::Rc;

use workbook::customers::{CustomerScore, CustomerTable};
use workbook::obl::score::RatingGrid;
use workbook::obl::OblScore;
use workbook::segmentation::{Summary, Totals};
use workbook::{Lang, Workbook, Worksheet};

use super::{chart, err, h, table, Block};
use crate::i18n::report::ReportMsg as M;
use crate::i18n::{customers, obl, segmentation, Label, Text};

fn money_share(totals: &Totals) -> [String; 4] {
    [
        totals.customers.to_string(),
        segmentation::money(totals.sales),
        segmentation::money(totals.profit),
        segmentation::share(totals.profit_share),
    ]
}

/// The customer tables: revenue at risk, the table totals, the loss reasons and their charts.
pub(super) fn customer_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = CustomerScore::of(&wb.customers);
    let figures = vec![(
        M::RiskLine.text(lang).into(),
        format!(
            "{} ({})",
            customers::maybe_amount(score.at_risk_revenue),
            customers::percent(score.at_risk_percent)
        ),
    )];
    let tables = CustomerTable::ALL
        .iter()
        .map(|&tb| {
            let s = score.table(tb);
            vec![
                tb.label(lang).into(),
                s.groups.to_string(),
                customers::maybe_amount(s.customers),
                customers::maybe_amount(s.revenue),
            ]
        })
        .collect();
    let reasons = score
        .loss_reasons
        .iter()
        .map(|l| {
            vec![
                l.name.clone(),
                l.groups.to_string(),
                customers::amount(l.revenue_lost),
                customers::percent(l.cumulative_percent),
            ]
        })
        .collect();
    let (pareto, risk) = (
        customers::pareto_description(lang, &score),
        customers::risk_description(lang, &score),
    );
    let (s1, t1) = (Rc::new(score), Rc::new(customers::chart_text(lang)));
    let (s2, t2) = (s1.clone(), t1.clone());
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::CustomerTables,
            &[
                &h(M::Table),
                &h(M::Groups),
                &h(M::Customers),
                &h(M::Revenue),
            ],
            tables,
        ),
        table(
            lang,
            M::LossReasons,
            &[
                &h(M::LossReason),
                &h(M::Groups),
                &h(M::Revenue),
                &h(M::CumulativeProfit),
            ],
            reasons,
        ),
        chart(
            lang,
            customers::CustMsg::ParetoChart,
            pareto,
            (620, 360),
            Box::new(move |a| charts::loss_pareto(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            customers::CustMsg::RiskChart,
            risk,
            (420, 360),
            Box::new(move |a| charts::revenue_at_risk(a, &s2, &t2).map_err(err)),
        ),
    ]
}

/// The OBL audit: the department and company indices, the heat map and both bar charts.
pub(super) fn obl_blocks(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let score = OblScore::of(wb, obl::OblMsg::OwnCompany.text(lang));
    let grid = RatingGrid::internal(&wb.obl);
    let index_rows = |rows: Vec<(
        String,
        &workbook::obl::RatingCounts,
        Option<f64>,
        Option<usize>,
    )>| {
        rows.into_iter()
            .map(|(name, c, index, rank)| {
                vec![
                    name,
                    c.e.to_string(),
                    c.s.to_string(),
                    c.n.to_string(),
                    obl::index(index),
                    obl::rank(rank),
                ]
            })
            .collect::<Vec<_>>()
    };
    let departments = index_rows(
        score
            .internal
            .rows
            .iter()
            .map(|r| (r.name.clone(), &r.counts, r.index, r.rank))
            .collect(),
    );
    let companies = index_rows(
        score
            .industry
            .rows
            .iter()
            .map(|r| (r.name.clone(), &r.counts, r.index, r.rank))
            .collect(),
    );
    let heat = obl::heat_map_description(lang, &grid);
    let dept_label = obl::bars_description(lang, obl::OblMsg::ChartDepartments, &score.internal);
    let comp_label = obl::bars_description(lang, obl::OblMsg::ChartCompanies, &score.industry);
    let text = Rc::new(obl::chart_text(lang));
    let (t1, t2, t3) = (text.clone(), text.clone(), text);
    let s1 = Rc::new(score);
    let s3 = s1.clone();
    let cols: [&dyn Fn(Lang) -> &'static str; 6] = [
        &h(M::Department),
        &h(M::Excellent),
        &h(M::Satisfactory),
        &h(M::NeedsWork),
        &h(M::Index),
        &h(M::Rank),
    ];
    let mut company_cols = cols;
    let company = h(M::Company);
    company_cols[0] = &company;
    vec![
        table(lang, M::Departments, &cols, departments),
        table(lang, M::Companies, &company_cols, companies),
        chart(
            lang,
            obl::OblMsg::ChartHeatMap,
            heat,
            (620, 360),
            Box::new(move |a| charts::obl_heat_map(a, &grid, &t1).map_err(err)),
        ),
        chart(
            lang,
            obl::OblMsg::ChartDepartments,
            dept_label,
            (460, 320),
            Box::new(move |a| charts::obl_department_bars(a, &s1.internal, &t2).map_err(err)),
        ),
        chart(
            lang,
            obl::OblMsg::ChartCompanies,
            comp_label,
            (460, 320),
            Box::new(move |a| charts::obl_company_bars(a, &s3.industry, &t3).map_err(err)),
        ),
    ]
}

/// The segmentation or the loyalty matrix (`sheet` says which), both read from the
/// customer data's `summary`; without customer data there is only a note saying so.
pub(super) fn segmentation_blocks(
    sheet: Worksheet,
    wb: &Workbook,
    summary: Option<&Summary>,
    lang: Lang,
) -> Vec<Block> {
    let Some(summary) = summary else {
        return vec![Block::Figures(vec![(
            M::KeyFigures.text(lang).into(),
            M::NoCustomerData.text(lang).into(),
        )])];
    };
    let s = Rc::new(summary.clone());
    let text = Rc::new(segmentation::chart_text(lang));
    let money_cols: [&dyn Fn(Lang) -> &'static str; 5] = [
        &h(M::Group),
        &h(M::Customers),
        &h(M::Sales),
        &h(M::Profit),
        &h(M::ProfitShare),
    ];
    if sheet == Worksheet::Loyalty {
        let settings = wb.loyalty.clone();
        let rows = summary
            .loyalty
            .iter()
            .map(|(kind, totals)| {
                let mut row = vec![kind.label(lang).to_string()];
                row.extend(money_share(totals));
                row
            })
            .collect();
        let mut cols = money_cols;
        let first = h(M::LoyaltyType);
        cols[0] = &first;
        let label = crate::i18n::loyalty::loyalty_description(lang, summary);
        return vec![
            table(lang, M::LoyaltyTypes, &cols, rows),
            chart(
                lang,
                segmentation::SegMsg::MatrixChart,
                label,
                (560, 460),
                Box::new(move |a| charts::loyalty_matrix(a, &s, &settings, &text).map_err(err)),
            ),
        ];
    }
    let figures = vec![
        (
            M::SegmentationLine.text(lang).into(),
            segmentation::concentration_line(lang, summary.gini, summary.top20_profit_share),
        ),
        (
            M::Customers.text(lang).into(),
            summary.all.customers.to_string(),
        ),
    ];
    let deciles = summary
        .deciles
        .iter()
        .enumerate()
        .map(|(i, d)| {
            vec![
                (i + 1).to_string(),
                d.totals.customers.to_string(),
                segmentation::money(d.totals.profit),
                segmentation::share(d.totals.sales_share),
                segmentation::share(d.totals.profit_share),
                segmentation::share(d.cumulative_profit_share),
            ]
        })
        .collect();
    let groups = summary
        .groups
        .iter()
        .map(|(g, totals)| {
            let mut row = vec![g.label(lang).to_string()];
            row.extend(money_share(totals));
            row
        })
        .collect();
    let descriptions = [
        segmentation::decile_description(lang, &summary.deciles),
        String::new(),
        segmentation::group_description(lang, summary),
        segmentation::abc_description(lang, summary),
        segmentation::tier_description(lang, summary),
    ];
    let [decile_label, lorenz_label, group_label, abc_label, tier_label] = descriptions;
    let (s1, s2, s3, s4, s5) = (s.clone(), s.clone(), s.clone(), s.clone(), s);
    let (t1, t2, t3, t4, t5) = (text.clone(), text.clone(), text.clone(), text.clone(), text);
    use segmentation::SegMsg as S;
    vec![
        Block::Figures(figures),
        table(
            lang,
            M::Deciles,
            &[
                &h(M::Decile),
                &h(M::Customers),
                &h(M::Profit),
                &h(M::SalesShare),
                &h(M::ProfitShare),
                &h(M::CumulativeProfit),
            ],
            deciles,
        ),
        table(lang, M::GroupsTable, &money_cols, groups),
        chart(
            lang,
            S::DecileChart,
            decile_label,
            (620, 360),
            Box::new(move |a| charts::decile_bars(a, &s1, &t1).map_err(err)),
        ),
        chart(
            lang,
            S::LorenzChart,
            lorenz_label,
            (460, 400),
            Box::new(move |a| charts::lorenz_curve(a, &s2, &t2).map_err(err)),
        ),
        chart(
            lang,
            S::GroupChart,
            group_label,
            (560, 320),
            Box::new(move |a| charts::group_bars(a, &s3, &t3).map_err(err)),
        ),
        chart(
            lang,
            S::AbcChart,
            abc_label,
            (460, 300),
            Box::new(move |a| charts::abc_bars(a, &s4, &t4).map_err(err)),
        ),
        chart(
            lang,
            S::TierChart,
            tier_label,
            (460, 300),
            Box::new(move |a| charts::tier_bars(a, &s5, &t5).map_err(err)),
        ),
    ]
}
