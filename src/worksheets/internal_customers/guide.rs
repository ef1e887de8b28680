//! How to fill in the internal customers (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::internal_customers::InternalMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The internal customers.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("List the links that show internal-customer thinking: which department serves which, and what it needs.", "列出体现内部顾客理念的服务关系：哪个部门为哪个部门服务，对方需要什么。"),
        Bi("Rate how well each need is served, from 1 (badly) to 10 (very well).", "评定每项需求的满足程度，从 1（很差）到 10（非常好）。"),
    ],
    example_of: Bi("A link", "一条服务关系"),
    example: &[
        field("link-server", |l| InternalMsg::Server.text(l), Bi("Warehouse", "仓储部")),
        field("link-customer", |l| InternalMsg::Customer.text(l), Bi("Field service", "现场服务部")),
        field("link-need", |l| InternalMsg::Need.text(l), Bi("Spare parts ready the day before a visit", "上门服务前一天备好备件")),
        field("link-service", |l| InternalMsg::Service.text(l), Bi("5", "5")),
    ],
    hints: &[
    ],
};
