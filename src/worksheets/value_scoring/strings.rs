//! Strings of the customer value scoring: its fixed messages, the figures' sentences
//! and the chart's words.

use workbook::value_score::ValueRanking;
use workbook::Lang;

use crate::i18n::Text;

messages! {
    pub enum ScoringMsg {
        Intro => (
            "Score each customer group that has bought from you on gross margin (0–20 points) and payment record (0–20 points); the groups are ranked by the total. Groups come from the customer tables (current, former and blacklist); potential customers have no record to score yet.",
            "为每个与公司有过交易的客户群按毛利（0–20 分）和付款记录（0–20 分）打分，并按总分排名。客户群来自顾客分析表（当前、前顾客和黑名单）；潜在顾客尚无记录可评。",
        ),
        Margin => ("Gross margin (0–20)", "毛利（0–20 分）"),
        Payment => ("Payment record (0–20)", "付款记录（0–20 分）"),
        NoGroups => (
            "No customer group to score yet: name the groups in the customer tables first.",
            "尚无可评分的客户群：请先在顾客分析表中填写客户群。",
        ),
        Scored => ("Groups scored", "已评分客户群"),
        Top => ("Most valuable", "价值最高"),
        MeanTotal => ("Mean total (of 40)", "平均总分（满分 40）"),
        Ranking => ("Customer value ranking", "客户价值排名"),
        Rank => ("Rank", "排名"),
        Group => ("Customer group", "客户群"),
        Table => ("Table", "所在表"),
        MarginShort => ("Gross margin", "毛利"),
        PaymentShort => ("Payment record", "付款记录"),
        Total => ("Total", "总分"),
        Unscored => ("Not scored yet", "尚未评分"),
        NoneUnscored => ("Every group is scored.", "所有客户群均已评分。"),
        NoneRanked => ("Score both criteria of a group to rank it.", "为客户群的两项都打分后即可排名。"),
        Chart => ("Customer value points", "客户价值得分"),
        Axis => ("Points (of 40)", "得分（满分 40）"),
        NotScoredChart => ("No group scored yet", "尚无已评分的客户群"),
        NoData => ("No customer group to score", "没有可评分的客户群"),
        RowsHeading => ("Imported customers", "导入的客户数据"),
        RowsIntro => (
            "Every imported customer with sales and an average days overdue is scored the same way, automatically: margin points are 20 × its gross margin (profit ÷ sales) ÷ the margin that earns full points, held to 0–20; payment points are 20 for paying on time, falling evenly to 0 at the days overdue that earn no points. Change either threshold below and every customer is scored again.",
            "导入数据中同时有销售额和平均逾期天数的每位客户都按同一规则自动评分：毛利得分 = 20 × 毛利率（利润 ÷ 销售额）÷ 毛利满分对应的毛利率，限定在 0–20 分；付款记录得分：按时付款得 20 分，逾期天数越多得分越低，达到零分天数时为 0 分。修改下方任一分界值，所有客户即重新评分。",
        ),
        NoRows => (
            "No customer data imported yet: import it on the Customer segmentation page (with an average days overdue column) to score every customer.",
            "尚未导入客户数据：请在“客户划分”页导入（含平均逾期天数一列），即可为每位客户评分。",
        ),
        NoOverdue => (
            "The imported data has no payment record: import a file with an average days overdue column (逾期天数) to score every customer.",
            "导入的数据没有付款记录：请导入含“平均逾期天数”一列的文件，即可为每位客户评分。",
        ),
        RowsScored => ("Customers scored", "已评分客户"),
        RowsUnscored => ("Not scored (no sales or no days overdue)", "未评分（无销售额或无逾期天数）"),
        RowsTop => ("Most valuable customers", "价值最高的客户"),
        Customer => ("Customer", "客户"),
        BandsChart => ("Customers by value points", "客户价值得分分布"),
        BandsAxis => ("Customers", "客户数"),
        BandsNoData => ("No customer scored", "尚无已评分的客户"),
    }
}

/// "0–8 points" … "33–40 points": the bands of `analysis::value::band`.
pub fn band_names(lang: Lang) -> [String; 5] {
    [(0, 8), (9, 16), (17, 24), (25, 32), (33, 40)].map(|(from, to)| match lang {
        Lang::En => format!("{from}–{to} points"),
        Lang::Zh => format!("{from}–{to} 分"),
    })
}

/// The distribution chart's labels.
pub fn bands_text(lang: Lang) -> charts::ValueBandsText {
    charts::ValueBandsText {
        band_names: band_names(lang),
        axis: ScoringMsg::BandsAxis.text(lang).to_string(),
        no_data: ScoringMsg::BandsNoData.text(lang).to_string(),
    }
}

/// The distribution in words: "Customers by value points: 33–40 points 120; …".
pub fn bands_description(lang: Lang, bands: &[usize]) -> String {
    let names = band_names(lang);
    let parts: Vec<String> = names
        .iter()
        .enumerate()
        .rev()
        .map(|(i, name)| format!("{name} {}", bands.get(i).copied().unwrap_or(0)))
        .collect();
    format!(
        "{}{}{}",
        ScoringMsg::BandsChart.text(lang),
        crate::i18n::colon(lang),
        parts.join(crate::i18n::semicolon(lang))
    )
}

/// "2,850 of 3,000".
pub fn rows_scored(lang: Lang, scored: usize, unscored: usize) -> String {
    let amount = |n: usize| crate::worksheets::customers::strings::amount(n as u64);
    let (n, of) = (amount(scored), amount(scored + unscored));
    match lang {
        Lang::En => format!("{n} of {of}"),
        Lang::Zh => format!("{of} 位中 {n} 位"),
    }
}

/// "7 of 9".
pub fn scored(lang: Lang, ranking: &ValueRanking) -> String {
    let (n, of) = (ranking.ranked.len(), ranking.groups());
    match lang {
        Lang::En => format!("{n} of {of}"),
        Lang::Zh => format!("{of} 个中 {n} 个"),
    }
}

/// "Manufacturing key accounts (35)", or a dash.
pub fn top(lang: Lang, ranking: &ValueRanking) -> String {
    ranking.ranked.first().map_or_else(
        || "—".to_string(),
        |r| {
            let total = r.total().unwrap_or(0);
            match lang {
                Lang::En => format!("{} ({total})", r.name),
                Lang::Zh => format!("{}（{total}）", r.name),
            }
        },
    )
}

/// The chart's labels.
pub fn chart_text(lang: Lang) -> charts::ValueChartText {
    charts::ValueChartText {
        margin: ScoringMsg::MarginShort.text(lang).to_string(),
        payment: ScoringMsg::PaymentShort.text(lang).to_string(),
        axis: ScoringMsg::Axis.text(lang).to_string(),
        not_scored: ScoringMsg::NotScoredChart.text(lang).to_string(),
        no_data: ScoringMsg::NoData.text(lang).to_string(),
    }
}

/// The chart in words: "Customer value points: Banks 35; …".
pub fn chart_description(lang: Lang, ranking: &ValueRanking) -> String {
    let parts: Vec<String> = ranking
        .ranked
        .iter()
        .map(|r| format!("{} {}", r.name, r.total().unwrap_or(0)))
        .collect();
    let body = if parts.is_empty() {
        ScoringMsg::NotScoredChart.text(lang).to_string()
    } else {
        parts.join(crate::i18n::semicolon(lang))
    };
    format!(
        "{}{}{body}",
        ScoringMsg::Chart.text(lang),
        crate::i18n::colon(lang)
    )
}
