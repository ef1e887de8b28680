//! Names of the segmentation and loyalty thresholds, and why a typed value was
//! refused (not a number, out of range, past a neighbour, shares over 100%).

use workbook::segmentation::thresholds::{format_threshold, Threshold, ThresholdError};
use workbook::Lang;

use super::segmentation::pct;
use super::{pick, Label};

impl Label for Threshold {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Threshold::KeepSales => ("Group 1: share of sales (%)", "客户群 1：销售额占比（%）"),
            Threshold::GrowFrom => (
                "Group 2: at least (% of sales)",
                "客户群 2：下限（占销售额 %）",
            ),
            Threshold::GrowTo => (
                "Group 2: at most (% of sales)",
                "客户群 2：上限（占销售额 %）",
            ),
            Threshold::Decline => (
                "Group 3: sales fall of at least (%)",
                "客户群 3：销售额降幅下限（%）",
            ),
            Threshold::LowMargin => ("Transaction: margin below (%)", "交易客户：利润率低于（%）"),
            Threshold::AbcA => ("Class A: share of sales (%)", "A 类：销售额占比（%）"),
            Threshold::AbcB => ("Class B: share of sales (%)", "B 类：销售额占比（%）"),
            Threshold::TierVip => ("VIP: share of customers (%)", "VIP：客户数占比（%）"),
            Threshold::TierMajor => ("Major: share of customers (%)", "主要客户：客户数占比（%）"),
            Threshold::TierOrdinary => (
                "Ordinary: share of customers (%)",
                "普通客户：客户数占比（%）",
            ),
            Threshold::LoyaltyHigh => ("High loyalty from", "高忠诚度：不低于"),
            Threshold::SatisfactionVeryLow => ("Very low satisfaction below", "极低满意度：低于"),
            Threshold::SatisfactionHigh => ("High satisfaction from", "高满意度：不低于"),
            Threshold::SatisfactionVeryHigh => {
                ("Very high satisfaction from", "极高满意度：不低于")
            }
            Threshold::ValueTop => (
                "High value: most profitable (% of customers)",
                "高价值：利润最高的客户占比（%）",
            ),
            Threshold::MarginFullPoints => (
                "Full margin points from a gross margin of (%)",
                "毛利满分对应的毛利率（%）",
            ),
            Threshold::OverdueZeroPoints => (
                "No payment points from days overdue of",
                "付款记录零分对应的逾期天数",
            ),
        };
        pick(lang, en, zh)
    }
}

/// The message next to a refused threshold; the threshold keeps its value.
pub fn threshold_error(lang: Lang, error: ThresholdError, typed: &str) -> String {
    let typed = typed.trim();
    match (error, lang) {
        (ThresholdError::NotANumber, Lang::En) => {
            format!("“{typed}” is not a number; the threshold is unchanged.")
        }
        (ThresholdError::NotANumber, Lang::Zh) => format!("“{typed}”不是数字；分界值未改变。"),
        (ThresholdError::OutOfRange { min, max }, Lang::En) => format!(
            "Enter a number from {} to {}; the threshold is unchanged.",
            format_threshold(min),
            format_threshold(max)
        ),
        (ThresholdError::OutOfRange { min, max }, Lang::Zh) => format!(
            "请输入 {} 到 {} 之间的数；分界值未改变。",
            format_threshold(min),
            format_threshold(max)
        ),
        (ThresholdError::AboveOther { other, value }, Lang::En) => format!(
            "Must be at most “{}” ({}); the threshold is unchanged.",
            other.label(lang),
            format_threshold(value)
        ),
        (ThresholdError::AboveOther { other, value }, Lang::Zh) => format!(
            "不能大于“{}”（{}）；分界值未改变。",
            other.label(lang),
            format_threshold(value)
        ),
        (ThresholdError::BelowOther { other, value }, Lang::En) => format!(
            "Must be at least “{}” ({}); the threshold is unchanged.",
            other.label(lang),
            format_threshold(value)
        ),
        (ThresholdError::BelowOther { other, value }, Lang::Zh) => format!(
            "不能小于“{}”（{}）；分界值未改变。",
            other.label(lang),
            format_threshold(value)
        ),
        (ThresholdError::SplitOver100 { room }, Lang::En) => format!(
            "The shares would pass 100%: at most {} is left; the threshold is unchanged.",
            pct(room)
        ),
        (ThresholdError::SplitOver100 { room }, Lang::Zh) => format!(
            "各部分合计将超过 100%：最多还剩 {}；分界值未改变。",
            pct(room)
        ),
    }
}
