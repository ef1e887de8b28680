//! How to fill in the BACK analysis (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::back::BackMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The BACK analysis.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("B — Baggage: list the rules, regulations and policies that no longer help but are hard to let go of; score how much each hinders customer relationships and decide to keep, review or drop it.", "B——行李：列出已不再有用、却难以舍弃的规章制度和政策；为每项对客户关系的妨碍程度打分，并决定保留、重新审视或舍弃。"),
        Bi("A — Aspiration: where the organisation wants to get to, learned by talking with staff at every level; score how widely each is shared.", "A——渴望：通过与各层级员工交谈，了解组织希望达到的目标；为每项的认同程度打分。"),
        Bi("C — Culture: choose the dominant type (and a secondary one if any) with its strength and evidence.", "C——文化：选出主导文化类型（如有，再选次要类型），并注明强度和依据。"),
        Bi("K — Knowledge: for each topic, rate the staff's level today and the level needed.", "K——知识：按主题评定员工目前的能力水平和所需水平。"),
    ],
    example_of: Bi("A baggage item", "一项行李"),
    example: &[
        field("bag-text", |l| BackMsg::BaggageText.text(l), Bi("Every refund needs three signatures", "每笔退款需三人签字审批")),
        field("bag-hindrance", |l| BackMsg::Hindrance.text(l), Bi("8", "8")),
        field("bag-decision", |l| BackMsg::Decision.text(l), Bi("Review", "重新审视")),
    ],
    hints: &[
        field("asp-text", |l| BackMsg::AspirationText.text(l), Bi("Be the first call when a client plans a purchase", "成为客户计划采购时首先想到的公司")),
        field("asp-voiced", |l| BackMsg::VoicedBy.text(l), Bi("Sales team, regional managers", "销售团队、区域经理")),
        field("know-topic", |l| BackMsg::Topic.text(l), Bi("Consultative selling", "顾问式销售")),
    ],
};
