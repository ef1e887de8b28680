//! How to fill in the six customer classes and relationships (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::loyalty_classes::LoyaltyClassMsg as L;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The six customer classes and relationships.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("List the customer groups (or key accounts) with their number of customers, and place each in one of the six loyalty classes.", "列出客户群（或重点客户）及各自的客户数，并将每个客户群归入六个忠诚度类别之一。"),
        Bi("Place each group on the relationship continuum today and as targeted: 1–3 distant, 4–6 pure transaction, 7–10 close working relationship.", "在关系连续流上标出每个客户群的现状和目标：1–3 为疏远，4–6 为纯交易，7–10 为亲密的工作关系。"),
        Bi("Write the team's action for each class.", "为每个类别写出团队的行动。"),
    ],
    example_of: Bi("A customer group", "一个客户群"),
    example: &[
        field("lc-group-name", |l| L::GroupName.text(l), Bi("Regional banks", "地区性银行")),
        field("lc-group-customers", |l| L::Customers.text(l), Bi("24", "24")),
        field("lc-group-class", |l| L::Class.text(l), Bi("2 · Long-term, may switch brands", "2 · 长期客户，但可能转换品牌")),
        field("lc-group-today", |l| L::Today.text(l), Bi("5", "5")),
        field("lc-group-target", |l| L::Target.text(l), Bi("8", "8")),
    ],
    hints: &[
        field("lc-action", |l| L::Actions.text(l), Bi("A quarterly review with each bank's head of purchasing", "每季度与各银行采购负责人进行业务回顾")),
    ],
};
