//! What the loyalty matrix prints in the report, read from the customer data's
//! summary: customers, sales and profit per loyalty type, and the matrix chart.
//! (Its page draws the analyses of the rows themselves.)

use std::rc::Rc;

use workbook::segmentation::Summary;
use workbook::{Lang, Workbook};

use crate::i18n::report::ReportMsg as M;
use crate::i18n::{segmentation, Label, Text};
use crate::worksheets::blocks::{chart, err, h, table, Block};
use crate::worksheets::segmentation::money_share;

/// The loyalty types and the matrix; without customer data a note saying so.
pub fn results(wb: &Workbook, summary: Option<&Summary>, lang: Lang) -> Vec<Block> {
    let Some(summary) = summary else {
        return vec![Block::pairs(vec![(
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
    vec![
        table(lang, M::LoyaltyTypes, &cols, rows),
        chart(
            lang,
            segmentation::SegMsg::MatrixChart,
            label,
            (560, 460),
            Box::new(move |a| charts::loyalty_matrix(a, &s, &settings, &text).map_err(err)),
        ),
    ]
}
