//! How to fill in the company profile (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::profile::ProfileMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The company profile.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Say what type of company it is, then list its core products and services, one per row.", "先写明公司类型，再逐行列出核心产品与服务。"),
        Bi("Name each core competence and where it shows: a client's words, a figure, an award.", "写出每项核心竞争力及其体现之处：客户评价、数据或奖项。"),
        Bi("Add the current strategic goals, each with a target date and an owner.", "补充当前的战略目标，并为每项目标注明目标日期和负责人。"),
    ],
    example_of: Bi("A core competence", "一项核心竞争力"),
    example: &[
        field("comp-text", |l| ProfileMsg::Competency.text(l), Bi("Engineers with ten years of field experience", "工程师具有十年以上现场经验")),
        field("comp-evidence", |l| ProfileMsg::WhereItShows.text(l), Bi("8 of our 10 largest clients renew every year", "前十大客户中有 8 家每年续约")),
    ],
    hints: &[
        field("profile-type", |l| ProfileMsg::CompanyType.text(l), Bi("Equipment supplier with installation and service", "设备供应及安装维护服务商")),
        field("offer-text", |l| ProfileMsg::Offering.text(l), Bi("Installation and maintenance contracts", "安装与维护合同")),
        field("goal-text", |l| ProfileMsg::Goal.text(l), Bi("Repeat clients bring 60% of revenue", "回头客贡献 60% 的收入")),
        field("goal-date", |l| ProfileMsg::TargetDate.text(l), Bi("End of 2027", "2027 年底")),
        field("goal-owner", |l| ProfileMsg::Owner.text(l), Bi("Sales director", "销售总监")),
    ],
};
