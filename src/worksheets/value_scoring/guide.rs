//! How to fill in the customer value scoring (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::value_scoring::ScoringMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The customer value scoring.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Every customer group of the customer tables is listed here.", "顾客分析表中的每个顾客群都列在这里。"),
        Bi("Score each group on gross margin (0–20 points) and on payment record (0–20 points); the total ranks them.", "按毛利（0–20 分）和付款记录（0–20 分）为每个顾客群打分，并按总分排名。"),
    ],
    example_of: Bi("A customer group", "一个顾客群"),
    example: &[
        field("value-group", |l| ScoringMsg::Group.text(l), Bi("Regional banks", "地区性银行")),
        field("value-margin", |l| ScoringMsg::Margin.text(l), Bi("16", "16")),
        field("value-payment", |l| ScoringMsg::Payment.text(l), Bi("18", "18")),
        field("value-total", |l| ScoringMsg::Total.text(l), Bi("34", "34")),
    ],
    hints: &[
    ],
};
