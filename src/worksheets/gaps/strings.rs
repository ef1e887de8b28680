//! Strings of the product and service gap tables.

use workbook::Lang;

use crate::i18n::{pick, Text};

messages! {
    pub enum GapMsg {
        ProductIntro => (
            "Set what the company thinks its product is against what customers actually need. Rate each gap from 1 (small) to 10 (large) and give it a priority.",
            "对比公司所认为的产品与顾客的实际需要。为每项差距打分（1 = 小，10 = 大），并确定优先级。",
        ),
        ServiceIntro => (
            "Set the services the company provides against what customers actually need. Rate each gap from 1 (small) to 10 (large) and give it a priority.",
            "对比公司所提供的服务与顾客的实际需要。为每项差距打分（1 = 小，10 = 大），并确定优先级。",
        ),
        OfferedProduct => ("What the company thinks its product is", "公司所认为的产品"),
        OfferedService => ("Service the company provides", "公司所提供的服务"),
        Needed => ("What customers actually need", "顾客的实际需要"),
        GapSize => ("Gap size (1–10)", "差距大小（1–10）"),
        AddRow => ("Add a gap", "添加差距"),
        TotalGap => ("Total gap", "差距总分"),
        MeanGap => ("Mean gap", "平均差距"),
        HighPriority => ("High-priority gaps", "高优先级差距"),
        Largest => ("Largest gaps", "最大的差距"),
        NoneScored => ("No gap is rated yet.", "尚未为任何差距打分。"),
        Chart => ("Gaps, largest first", "差距排序（从大到小）"),
    }
}

/// The visible name of row `n`: "Gap 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Gap", "差距"))
}

/// The chart in words, for screen readers and tests: each gap, largest first.
pub fn chart_description(lang: Lang, score: &workbook::internal::GapScore) -> String {
    let parts: Vec<String> = score
        .ranked
        .iter()
        .map(|g| format!("{} {}", g.label, g.gap))
        .collect();
    let body = if parts.is_empty() {
        GapMsg::NoneScored.text(lang).to_string()
    } else {
        parts.join(crate::i18n::semicolon(lang))
    };
    format!(
        "{}{}{body}",
        GapMsg::Chart.text(lang),
        crate::i18n::colon(lang)
    )
}

/// The labels drawn inside the gap chart.
pub fn chart_text(lang: Lang) -> charts::gaps::GapChartText {
    use crate::i18n::{Label, Msg};
    charts::gaps::GapChartText {
        priority_names: charts::gaps::PRIORITY_ORDER.map(|p| p.label(lang).to_string()),
        no_priority: pick(lang, "No priority", "未定优先级").to_string(),
        gap_axis: GapMsg::GapSize.text(lang).to_string(),
        not_scored: GapMsg::NoneScored.text(lang).to_string(),
        no_data: Msg::NothingListed.text(lang).to_string(),
    }
}
