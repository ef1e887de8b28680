//! How to fill in the PESTLE (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::pestle::PestleMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The PESTLE.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Under each of the six factors — political, economic, social, technological, legal, environmental — list what is happening outside the company.", "在政治、经济、社会、技术、法律、环境六个因素下，分别列出公司外部正在发生的变化。"),
        Bi("Mark each item an opportunity or a threat, and score its impact and its likelihood from 1 to 10; its weight is impact × likelihood ÷ 10.", "将每项标为机会或威胁，并按 1–10 分为影响程度和发生可能性打分；权重 = 影响 × 可能性 ÷ 10。"),
        Bi("Send the heaviest items to SWOT.", "将权重最高的项目加入 SWOT。"),
    ],
    example_of: Bi("An item under Technological", "“技术”因素下的一项"),
    example: &[
        field("pestle-factor", |l| PestleMsg::Factor.text(l), Bi("Technological", "技术")),
        field("pestle-text", |l| PestleMsg::ItemText.text(l), Bi("Clients expect to order on their phones", "客户希望通过手机下单")),
        field("pestle-direction", |l| PestleMsg::Direction.text(l), Bi("Opportunity", "机会")),
        field("pestle-impact", |l| PestleMsg::Impact.text(l), Bi("8", "8")),
        field("pestle-likelihood", |l| PestleMsg::Likelihood.text(l), Bi("9", "9")),
    ],
    hints: &[
    ],
};
