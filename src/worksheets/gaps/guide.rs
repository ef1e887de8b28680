//! How to fill in the product and service gap tables (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::gaps::GapMsg;
use crate::i18n::Msg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The product gap table.
pub const PRODUCT: Guide = Guide {
    steps: &[
        Bi("In the first column write what the company thinks its product is; in the second, what customers actually need.", "第一栏填写公司所认为的产品，第二栏填写顾客的实际需要。"),
        Bi("Score the gap from 1 to 10 (1 = almost what customers need, 10 = far from it) and set a priority.", "按 1–10 分为差距打分（1 = 基本符合顾客需要，10 = 差距最大），并设定优先级。"),
        Bi("Send a large gap to the SWOT weaknesses.", "差距较大的项目可加入 SWOT 劣势。"),
    ],
    example_of: Bi("A product gap", "一项产品差距"),
    example: &[
        field("pgap-offered", |l| GapMsg::OfferedProduct.text(l), Bi("Standard machine in three sizes", "三种规格的标准机型")),
        field("pgap-needed", |l| GapMsg::Needed.text(l), Bi("A machine fitted to their production line", "适配其生产线的机型")),
        field("pgap-gap", |l| GapMsg::GapSize.text(l), Bi("7", "7")),
        field("pgap-priority", |l| Msg::Priority.text(l), Bi("High", "高")),
    ],
    hints: &[
    ],
};

/// The service gap table.
pub const SERVICE: Guide = Guide {
    steps: &[
        Bi("In the first column write the services the company provides; in the second, what customers actually need.", "第一栏填写公司所提供的服务，第二栏填写顾客的实际需要。"),
        Bi("Score the gap from 1 to 10 (1 = almost what customers need, 10 = far from it) and set a priority.", "按 1–10 分为差距打分（1 = 基本符合顾客需要，10 = 差距最大），并设定优先级。"),
        Bi("Send a large gap to the SWOT weaknesses.", "差距较大的项目可加入 SWOT 劣势。"),
    ],
    example_of: Bi("A service gap", "一项服务差距"),
    example: &[
        field("sgap-offered", |l| GapMsg::OfferedService.text(l), Bi("Phone support in office hours", "工作时间内的电话支持")),
        field("sgap-needed", |l| GapMsg::Needed.text(l), Bi("An answer the same day, also on WeChat", "当天答复，并可通过微信联系")),
        field("sgap-gap", |l| GapMsg::GapSize.text(l), Bi("6", "6")),
        field("sgap-priority", |l| Msg::Priority.text(l), Bi("Medium", "中")),
    ],
    hints: &[
    ],
};
