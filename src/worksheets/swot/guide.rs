//! How to fill in the SWOT (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::guidance::GuideMsg;
use crate::i18n::Msg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The SWOT.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("List at least three items in each quadrant: strengths and weaknesses are inside the company, opportunities and threats outside it.", "每个象限至少列出三项：优势和劣势来自公司内部，机会和威胁来自外部。"),
        Bi("Score every item on the 10-point scale: for a strength or an opportunity 10 is the strongest; for a weakness or a threat 10 is the most serious.", "按 10 分制为每一项打分：优势、机会的 10 分表示最强；劣势、威胁的 10 分表示最严重。"),
        Bi("The totals per quadrant give the internal and external balances and the strategic posture.", "由各象限的总分可得出内部、外部差额和战略态势。"),
    ],
    example_of: Bi("A weakness", "一项劣势"),
    example: &[
        field("swot-quadrant", |l| Msg::Quadrant.text(l), Bi("Weaknesses", "劣势")),
        field("swot-weaknesses", |l| GuideMsg::Item.text(l), Bi("Product range not updated for two years", "产品线两年未更新")),
        field("swot-score", |l| Msg::Score.text(l), Bi("7", "7")),
    ],
    hints: &[
        field("swot-strengths", |l| GuideMsg::Item.text(l), Bi("Engineers with years of field experience", "工程师具有多年现场经验")),
        field("swot-opportunities", |l| GuideMsg::Item.text(l), Bi("Clients moving to remote monitoring", "客户加速转向远程监控")),
        field("swot-threats", |l| GuideMsg::Item.text(l), Bi("Low-price online sellers", "低价网络卖家")),
    ],
};
