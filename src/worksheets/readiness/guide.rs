//! How to fill in the twelve steps (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::readiness::ReadyMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The twelve steps.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi(
            "The twelve steps of building a customer-strategic company, in four phases.",
            "建立客户战略型公司的十二个步骤，分为四个阶段。",
        ),
        Bi(
            "Rate each step not started, under way or done, and write the evidence.",
            "将每个步骤评定为未开始、进行中或已完成，并写明依据。",
        ),
    ],
    example_of: Bi("A step", "一个步骤"),
    example: &[
        field(
            "ready-step",
            |l| ReadyMsg::Step.text(l),
            Bi("2. Project management", "2. 项目管理"),
        ),
        field(
            "ready-status",
            |l| ReadyMsg::Status.text(l),
            Bi("Under way", "进行中"),
        ),
        field(
            "ready-step-evidence",
            |l| ReadyMsg::Evidence.text(l),
            Bi(
                "Cross-department team named; milestone plan in draft",
                "已组建跨部门团队，里程碑计划正在起草",
            ),
        ),
    ],
    hints: &[],
};
