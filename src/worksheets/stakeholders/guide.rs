//! How to fill in the stakeholders (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::stakeholders::StakeholderMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The stakeholders.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("List the stakeholders the company deals with — customers, shareholders, government, partners, media, others — and what each needs.", "列出公司打交道的利益相关者（顾客、股东、政府、合作伙伴、媒体、其他），以及各自的需求。"),
        Bi("Score how important each is to the company and how well its needs are met today, 1 to 10; priority = importance × (10 − fulfilment).", "按 1–10 分评定其对公司的重要性和目前需求的满足程度；优先级 = 重要性 ×（10 − 满足度）。"),
    ],
    example_of: Bi("A stakeholder", "一个利益相关者"),
    example: &[
        field("stake-name", |l| StakeholderMsg::Name.text(l), Bi("Shareholders", "股东")),
        field("stake-needs", |l| StakeholderMsg::Needs.text(l), Bi("Steady growth and a yearly dividend", "稳定增长和每年分红")),
        field("stake-importance", |l| StakeholderMsg::Importance.text(l), Bi("9", "9")),
        field("stake-fulfilment", |l| StakeholderMsg::Fulfilment.text(l), Bi("6", "6")),
    ],
    hints: &[
    ],
};
