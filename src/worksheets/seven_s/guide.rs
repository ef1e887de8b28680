//! How to fill in the 7S (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::guidance::GuideMsg;
use crate::i18n::seven_s::SevenSMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The 7S.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("First write the company's shared values, the centre of the diagram.", "首先写出公司的共享观念，即图的中心。"),
        Bi("For each of the other six factors — staff, structure, systems, skills, style, strategy — say whether it is a strength or a weakness for the company.", "对其余六个要素（组成人员、结构、体系、技巧、风格、策略）逐一判断：它对公司而言是优势还是劣势。"),
        Bi("Rate how much it matters (1 = hardly, 10 = decisive) and write the evidence.", "评定其影响程度（1 = 影响很小，10 = 起决定作用），并写明依据。"),
    ],
    example_of: Bi("A factor", "一个要素"),
    example: &[
        field("seven-s-factor", |l| GuideMsg::Factor.text(l), Bi("Skills", "技巧")),
        field("seven-s-verdict", |l| SevenSMsg::VerdictGroup.text(l), Bi("Weakness", "劣势")),
        field("seven-s-rating", |l| SevenSMsg::Rating.text(l), Bi("6", "6")),
        field("seven-s-skills-evidence", |l| SevenSMsg::Evidence.text(l), Bi("Few engineers can diagnose remotely", "能进行远程诊断的工程师很少")),
    ],
    hints: &[
        field("seven-s-shared-values", |l| SevenSMsg::SharedValues.text(l), Bi("The client's results come first", "客户的成果第一")),
    ],
};
