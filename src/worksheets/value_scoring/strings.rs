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
