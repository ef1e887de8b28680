//! How to fill in the action plan (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::action_plan::ActionMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The action plan (TOWS).
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Choose the kind of strategy: SO uses strengths to take opportunities, ST uses strengths against threats, WO overcomes weaknesses through opportunities, WT limits weaknesses and avoids threats.", "选择战略类型：SO 利用优势抓住机会，ST 利用优势应对威胁，WO 借助机会克服劣势，WT 减少劣势并规避威胁。"),
        Bi("Write what will be done and tick the SWOT items it builds on.", "写明要做什么，并勾选其所依据的 SWOT 条目。"),
        Bi("Give it an owner, a due date and a status.", "指定负责人、完成日期和状态。"),
    ],
    example_of: Bi("An action", "一项行动"),
    example: &[
        field("action-kind", |l| ActionMsg::Kind.text(l), Bi("WO: weaknesses × opportunities", "WO：劣势 × 机会")),
        field("action-text", |l| ActionMsg::Text.text(l), Bi("Let clients order spare parts on their phones", "让客户通过手机订购备件")),
        field("action-uses", |l| ActionMsg::Uses.text(l), Bi("Product range not updated; clients expect to order on their phones", "产品线未更新；客户希望通过手机下单")),
        field("action-owner", |l| ActionMsg::Owner.text(l), Bi("Head of after-sales service", "售后服务负责人")),
        field("action-due", |l| ActionMsg::Due.text(l), Bi("2027-03-31", "2027-03-31")),
        field("action-status", |l| ActionMsg::Status.text(l), Bi("Under way", "进行中")),
    ],
    hints: &[
    ],
};
