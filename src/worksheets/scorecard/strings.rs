//! Strings of the CRM scorecard: its fixed messages, the kinds of indicator, and the
//! figures' and chart's words.

use workbook::scorecard::{IndicatorKind, ScorecardScore};
use workbook::Lang;

use crate::i18n::{pick, Label, Text};

messages! {
    pub enum CardMsg {
        Intro => (
            "Track the CRM programme on a balanced scorecard: lagging indicators (revenue, market share, financial figures) report results after the fact; leading indicators (share of customer, satisfaction, retention) move first. Give each a baseline, a target and its current value; progress runs from the baseline (0%) to the target (100%).",
            "用平衡计分卡跟踪 CRM 项目：滞后指标（营业收入、市场份额、财务数据）事后反映结果；领先指标（客户份额、满意度、保持率）先行变化。为每个指标填写基线、目标和当前值；进度从基线（0%）到目标（100%）。",
        ),
        Kind => ("Kind", "指标类型"),
        Name => ("Indicator", "指标"),
        Unit => ("Unit", "单位"),
        Baseline => ("Baseline", "基线"),
        Target => ("Target", "目标"),
        Current => ("Current", "当前值"),
        Progress => ("Progress to target", "目标达成进度"),
        AddRow => ("Add an indicator", "添加指标"),
        Row => ("Indicator", "指标"),
        Indicators => ("Indicators", "指标数"),
        Measured => ("Measured", "已测量"),
        Reached => ("Target reached", "已达目标"),
        Slipping => ("Moving away from target", "偏离目标"),
        LaggingMean => ("Mean progress, lagging", "滞后指标平均进度"),
        LeadingMean => ("Mean progress, leading", "领先指标平均进度"),
        Table => ("The scorecard", "计分卡"),
        NoKind => ("No kind", "未选类型"),
        Chart => ("Progress to target", "目标达成进度"),
        Axis => ("Progress from baseline to target (%)", "从基线到目标的进度（%）"),
        NotMeasured => ("No indicator measured yet", "尚无已测量的指标"),
        NoIndicators => ("No indicator listed yet", "尚未列出任何指标"),
        Missing => ("a figure is missing", "缺少数据"),
    }
}

impl Label for IndicatorKind {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            IndicatorKind::Lagging => pick(lang, "Lagging", "滞后指标"),
            IndicatorKind::Leading => pick(lang, "Leading", "领先指标"),
        }
    }
}

/// The visible name of row `n`: "Indicator 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", CardMsg::Row.text(lang))
}

/// A progress as a whole percentage, "63%", or a dash.
pub fn percent(progress: Option<f64>) -> String {
    progress.map_or_else(|| "—".to_string(), |p| format!("{}%", (p * 100.0).round()))
}

/// "2 of 6".
pub fn of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{n} of {of}"),
        Lang::Zh => format!("{of} 个中 {n} 个"),
    }
}

/// The chart's labels.
pub fn chart_text(lang: Lang) -> charts::ScorecardChartText {
    charts::ScorecardChartText {
        kind_names: IndicatorKind::ALL.map(|k| k.label(lang).to_string()),
        no_kind: CardMsg::NoKind.text(lang).to_string(),
        axis: CardMsg::Axis.text(lang).to_string(),
        missing: "?".to_string(),
        not_measured: CardMsg::NotMeasured.text(lang).to_string(),
        no_data: CardMsg::NoIndicators.text(lang).to_string(),
    }
}

/// The chart in words: "Progress to target: Revenue 39%; Market share 27%; …".
pub fn chart_description(lang: Lang, score: &ScorecardScore) -> String {
    let parts: Vec<String> = score
        .rows
        .iter()
        .map(|(name, _, p)| match p {
            Some(_) => format!("{name} {}", percent(*p)),
            None => format!("{name} {}", CardMsg::Missing.text(lang)),
        })
        .collect();
    let body = if parts.is_empty() {
        CardMsg::NoIndicators.text(lang).to_string()
    } else {
        parts.join(crate::i18n::semicolon(lang))
    };
    format!(
        "{}{}{body}",
        CardMsg::Chart.text(lang),
        crate::i18n::colon(lang)
    )
}
