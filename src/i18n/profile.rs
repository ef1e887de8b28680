//! Strings of the company profile worksheet.

use workbook::Lang;

use super::{pick, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileMsg {
    Intro,
    CompanyType,
    Offerings,
    Offering,
    AddOffering,
    Competencies,
    Competency,
    WhereItShows,
    AddCompetency,
    Goals,
    Goal,
    TargetDate,
    Owner,
    AddGoal,
    Completion,
}

impl Text for ProfileMsg {
    fn text(self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            ProfileMsg::Intro => (
                "Who the company is: its type, its core products and services, where its core competence shows, and the strategic goals it is working towards now.",
                "公司是谁:公司的类型、核心产品和服务、核心竞争力体现在哪里,以及当前的战略目标。",
            ),
            ProfileMsg::CompanyType => ("Type of company", "公司类型"),
            ProfileMsg::Offerings => ("Core products and services", "核心产品和服务"),
            ProfileMsg::Offering => ("Product or service", "产品或服务"),
            ProfileMsg::AddOffering => ("Add a product or service", "添加产品或服务"),
            ProfileMsg::Competencies => ("Core competencies", "核心竞争力"),
            ProfileMsg::Competency => ("Competence", "竞争力"),
            ProfileMsg::WhereItShows => ("Where it shows", "体现在哪里"),
            ProfileMsg::AddCompetency => ("Add a competence", "添加竞争力"),
            ProfileMsg::Goals => ("Current strategic goals", "当前的战略目标"),
            ProfileMsg::Goal => ("Goal", "目标"),
            ProfileMsg::TargetDate => ("Target date", "目标日期"),
            ProfileMsg::Owner => ("Owner", "负责人"),
            ProfileMsg::AddGoal => ("Add a goal", "添加目标"),
            ProfileMsg::Completion => ("Completion", "完成度"),
        };
        pick(lang, en, zh)
    }
}

/// "Product or service 2".
pub fn offering_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", ProfileMsg::Offering.text(lang))
}

/// "Competence 2".
pub fn competency_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", ProfileMsg::Competency.text(lang))
}

/// "Goal 2".
pub fn goal_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", ProfileMsg::Goal.text(lang))
}
