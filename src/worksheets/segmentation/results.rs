//! What the segmentation prints in the report, read from the customer data's
//! summary: the concentration, the deciles, the relationship groups, ABC classes and
//! tiers, and their charts. (Its page draws the analyses of the rows themselves.)

use std::rc::Rc;

use workbook::segmentation::{Summary, Totals};
use workbook::Lang;

use crate::i18n::report::ReportMsg as M;
use crate::i18n::{segmentation, Label, Text};
use crate::worksheets::blocks::{chart, err, h, table, Block};

/// A group's customers, sales, profit and profit share, as table cells.
pub(crate) fn money_share(totals: &Totals) -> [String; 4] {
    [
        totals.customers.to_string(),
        segmentation::money(totals.sales),
        segmentation::money(totals.profit),
        segmentation::share(totals.profit_share),
    ]
}

/// The segmentation, read from the customer data's `summary`; without customer
/// data there is only a note saying so.
pub fn results(summary: Option<&Summary>, lang: Lang) -> Vec<Block> {
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
    let figures = vec![
        (
            M::SegmentationLine.text(lang).into(),
            segmentation::concentration_line(lang, summary.gini, summary.top_profit_share(2)),
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
            // A loss-making decile says so beside its number (the page also tints it).
            let number = if d.totals.customers > 0 && d.totals.profit < 0.0 {
                crate::i18n::with_note(
                    lang,
                    &(i + 1).to_string(),
                    segmentation::SegMsg::LossTag.text(lang),
                )
            } else {
                (i + 1).to_string()
            };
            vec![
                number,
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
    let band = |bands: &[usize], k: usize| {
        bands.get(k).map_or_else(
            || crate::i18n::customers::MISSING.to_string(),
            usize::to_string,
        )
    };
    let bands: Vec<Vec<String>> = (0..10)
        .map(|k| {
            vec![
                segmentation::tenth(k),
                band(&summary.profit_bands, k),
                band(&summary.sales_bands, k),
            ]
        })
        .collect();
    let loss_note = segmentation::loss_note(lang, summary);
    let (s1, s2, s3, s4, s5) = (s.clone(), s.clone(), s.clone(), s.clone(), s);
    let (t1, t2, t3, t4, t5) = (text.clone(), text.clone(), text.clone(), text.clone(), text);
    use segmentation::SegMsg as S;
    let mut blocks = vec![
        Block::pairs(figures),
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
    ];
    blocks.extend(loss_note.map(Block::Note));
    blocks.push(table(
        lang,
        S::ProfitBands,
        &[&h(S::ProfitTenth), &h(S::BandProfit), &h(S::BandSales)],
        bands,
    ));
    blocks.extend([
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
    ]);
    blocks
}
