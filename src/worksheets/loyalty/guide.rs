//! How to fill in the loyalty analysis (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::segmentation::SegMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The loyalty analysis.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Import customer data with a satisfaction and a loyalty score for each customer (on the segmentation worksheet).", "导入客户数据（在客户划分工作表中），每个客户需有满意度和忠诚度分数。"),
        Bi("Set the cut-offs of the satisfaction × loyalty matrix: each customer falls into one of six types, from apostle to terrorist.", "设定满意度 × 忠诚度矩阵的分界值，每个客户即归入六种类型之一，从热心追随者到恐怖分子。"),
        Bi("Read the counts, sales and profit per type, and the value × loyalty quadrant.", "查看各类型的客户数、销售额和利润，以及价值 × 忠诚度四象限。"),
    ],
    example_of: Bi("A customer", "一位客户"),
    example: &[
        field("loy-id", |l| SegMsg::CustomerId.text(l), Bi("C-1024", "C-1024")),
        field("loy-satisfaction", |l| SegMsg::Satisfaction.text(l), Bi("9", "9")),
        field("loy-loyalty", |l| SegMsg::Loyalty.text(l), Bi("9", "9")),
        field("loy-type", |l| SegMsg::Type.text(l), Bi("Apostle", "热心追随者")),
    ],
    hints: &[
    ],
};
