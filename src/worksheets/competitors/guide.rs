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
        field("comp-name", |l| CompMsg::Name.text(l), Bi("Competitor A", "竞争对手 A")),
        field("comp-notes", |l| CompMsg::Notes.text(l), Bi("National brand with a large online catalogue", "全国性品牌，线上产品目录齐全")),
        field("swot-strengths", |l| GuideMsg::Item.text(l), Bi("Sells on every major online platform", "在各大主流电商平台均有销售")),
        field("swot-score", |l| Msg::Score.text(l), Bi("8", "8")),
    ],
    hints: &[
        field("swot-weaknesses", |l| GuideMsg::Item.text(l), Bi("Few service engineers outside the big cities", "大城市以外的服务工程师很少")),
        field("swot-opportunities", |l| GuideMsg::Item.text(l), Bi("Government subsidies for upgrading equipment", "政府对设备升级的补贴")),
        field("swot-threats", |l| GuideMsg::Item.text(l), Bi("Clients buying direct from the factory", "客户直接向厂家采购")),
        field("comp-market-improve", |l| CompMsg::CanImprove.text(l), Bi("Yes: models fitted to each industry", "可以：推出适配各行业的机型")),
        field("comp-market-barriers", |l| CompMsg::EntryBarriers.text(l), Bi("Service networks and client references take years", "服务网络和客户口碑需要多年积累")),
    ],
};
