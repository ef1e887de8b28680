//! How to fill in the competitor analysis (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::competitors::CompMsg;
use crate::i18n::guidance::GuideMsg;
use crate::i18n::Msg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The competitor analysis.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("List the main current competitors, then do a SWOT for each on the same board, scoring each item on the 10-point scale.", "列出目前的主要竞争对手，再在同样的看板上为每家做 SWOT 分析，并按 10 分制为每一项打分。"),
        Bi("The comparison table sets each competitor beside the company's own SWOT.", "对比表将各竞争对手与本公司的 SWOT 并列比较。"),
        Bi("Then answer: can we improve? What keeps others out of the market? Who could enter or re-enter, and what could become a substitute?", "最后回答：我们能否改进？其他对手进入市场有哪些壁垒？谁可能进入或重返市场？哪些产品可能成为替代品？"),
    ],
    example_of: Bi("A competitor and one of its strengths", "一个竞争对手及其一项优势"),
    example: &[
        field("comp-name", |l| CompMsg::Name.text(l), Bi("Training company A", "培训公司 A")),
        field("comp-notes", |l| CompMsg::Notes.text(l), Bi("National brand with a large online catalogue", "全国性品牌，线上课程丰富")),
        field("swot-strengths", |l| GuideMsg::Item.text(l), Bi("Courses on every major learning platform", "课程覆盖各大主流学习平台")),
        field("swot-score", |l| Msg::Score.text(l), Bi("8", "8")),
    ],
    hints: &[
        field("swot-weaknesses", |l| GuideMsg::Item.text(l), Bi("Trainers with little industry practice", "讲师缺乏行业实战经验")),
        field("swot-opportunities", |l| GuideMsg::Item.text(l), Bi("Government subsidies for staff training", "政府对员工培训的补贴")),
        field("swot-threats", |l| GuideMsg::Item.text(l), Bi("Clients building their own academies", "客户自建企业大学")),
        field("comp-market-improve", |l| CompMsg::CanImprove.text(l), Bi("Yes: shorter modules fitted to each industry", "可以：开发更短小、针对各行业的模块课程")),
        field("comp-market-barriers", |l| CompMsg::EntryBarriers.text(l), Bi("Trainer networks and client references take years", "讲师网络和客户口碑需要多年积累")),
    ],
};
