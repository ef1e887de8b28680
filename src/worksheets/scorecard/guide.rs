//! How to fill in the CRM scorecard (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::scorecard::CardMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The CRM scorecard.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("List the indicators the strategy is tracked on: lagging ones (revenue, market share, financials) and leading ones (share of customer, satisfaction).", "列出跟踪战略执行的指标：滞后指标（收入、市场份额、财务指标）和领先指标（客户份额、满意度）。"),
        Bi("For each, give the unit, the baseline, the target and the latest figure; the progress from baseline to target follows.", "为每项指标填写单位、基准值、目标值和最新值，即可得出从基准到目标的进度。"),
    ],
    example_of: Bi("An indicator", "一项指标"),
    example: &[
        field("indicator-kind", |l| CardMsg::Kind.text(l), Bi("Leading", "领先指标")),
        field("indicator-name", |l| CardMsg::Name.text(l), Bi("Share of the client's spend in our category", "客户在本品类采购中的份额")),
        field("indicator-unit", |l| CardMsg::Unit.text(l), Bi("%", "%")),
        field("indicator-baseline", |l| CardMsg::Baseline.text(l), Bi("18", "18")),
        field("indicator-target", |l| CardMsg::Target.text(l), Bi("30", "30")),
        field("indicator-current", |l| CardMsg::Current.text(l), Bi("22", "22")),
    ],
    hints: &[
    ],
};
