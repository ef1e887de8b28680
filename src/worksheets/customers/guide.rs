//! How to fill in the customer tables (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::customers::CustMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The customer tables.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Fill the four tables: former customers and why they left; current customers and why they buy; potential customers and how to win them; the blacklist and why we will not deal with them.", "填写四张表：前顾客及其流失原因；当前顾客及其购买原因；潜在顾客及争取方法；黑名单顾客及不与其往来的原因。"),
        Bi("One row is a customer group; add the number of customers and the revenue where known, and watch for current groups we may lose.", "每行填写一个顾客群；已知时填写客户数和收入，并留意可能流失的当前顾客群。"),
        Bi("For a potential group, score the chance of winning it from 1 to 10.", "对潜在顾客群，按 1–10 分评定争取成功的可能性。"),
    ],
    example_of: Bi("A current customer group", "一个当前顾客群"),
    example: &[
        field("current-name", |l| CustMsg::Name.text(l), Bi("Regional banks", "地区性银行")),
        field("current-reason", |l| CustMsg::ReasonBuy.text(l), Bi("Fast on-site service and spare parts in stock", "现场服务快，备件有库存")),
        field("current-warning", |l| CustMsg::WarningSign.text(l), Bi("Asked twice for a lower price", "两次要求降价")),
    ],
    hints: &[
        field("former-name", |l| CustMsg::Name.text(l), Bi("Retail chains", "零售连锁企业")),
        field("former-reason", |l| CustMsg::ReasonLost.text(l), Bi("Moved to a cheaper local supplier", "改用更便宜的本地供应商")),
        field("former-when", |l| CustMsg::WhenLost.text(l), Bi("2025", "2025 年")),
        field("potential-name", |l| CustMsg::Name.text(l), Bi("Private hospitals", "民营医院")),
        field("potential-reason", |l| CustMsg::ReasonWin.text(l), Bi("Maintenance contracts for their equipment", "为其设备提供维护合同")),
        field("blacklist-name", |l| CustMsg::Name.text(l), Bi("Late-paying resellers", "拖欠货款的代理商")),
        field("blacklist-reason", |l| CustMsg::ReasonBlacklist.text(l), Bi("Invoices unpaid for over 180 days", "发票逾期超过 180 天未付")),
        field("blacklist-when", |l| CustMsg::Since.text(l), Bi("2024", "2024 年")),
    ],
};
