//! How to fill in the key-customer value analysis (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::key_value::ValueMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The key-customer value analysis.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Name the customer classes deals are weighed for: type them, or pick from the segmentation's groups and tiers and the customer tables' groups.", "列出需要权衡交易价值的客户类别：可直接输入，或从客户划分的客户群、层级以及顾客分析表的顾客群中选择。"),
        Bi("For each value target of a deal, score what delivering it costs and what it earns (1–10), and how much it matters to each class (1–10).", "为交易的每个价值目标，按 1–10 分评定提供它的成本和收益，以及它对各类客户的重要程度（1–10）。"),
        Bi("Write how to communicate it in a way the customer accepts.", "写明如何以客户能接受的方式传达这一价值。"),
    ],
    example_of: Bi("A value target", "一个价值目标"),
    example: &[
        field("kv-target-name", |l| ValueMsg::TargetName.text(l), Bi("Engineer on site within 48 hours", "48 小时内工程师到场")),
        field("kv-target-cost", |l| ValueMsg::Cost.text(l), Bi("6", "6")),
        field("kv-target-value", |l| ValueMsg::Value.text(l), Bi("8", "8")),
        field("kv-target-imp", |l| ValueMsg::Importances.text(l), Bi("Key accounts: 9", "重点客户：9")),
        field("kv-target-communicate", |l| ValueMsg::Communicate.text(l), Bi("Put it in the contract and report the response time each quarter", "写入合同，并每季度报告响应时间")),
    ],
    hints: &[
        field("kv-class-name", |l| ValueMsg::ClassName.text(l), Bi("Key accounts", "重点客户")),
    ],
};
