//! Strings of the company profile worksheet.

use workbook::Lang;

use crate::i18n::Text;

messages! {
    pub enum ProfileMsg {
        Intro => (
            "Who the company is: its type, its core products and services, where its core competence shows, and the strategic goals it is working towards now.",
            "公司概况：公司属于哪种类型，有哪些核心产品和服务，核心竞争力体现在哪里，以及当前正在推进的战略目标。",
        ),
        CompanyType => ("Type of company", "公司类型"),
        Offerings => ("Core products and services", "核心产品和服务"),
        Offering => ("Product or service", "产品或服务"),
        AddOffering => ("Add a product or service", "添加产品或服务"),
        Competencies => ("Core competencies", "核心竞争力"),
        Competency => ("Competence", "核心竞争力"),
        WhereItShows => ("Where it shows", "体现在哪里"),
        AddCompetency => ("Add a competence", "添加核心竞争力"),
        Goals => ("Current strategic goals", "当前的战略目标"),
        Goal => ("Goal", "目标"),
        TargetDate => ("Target date", "目标日期"),
        Owner => ("Owner", "负责人"),
        AddGoal => ("Add a goal", "添加目标"),
        Completion => ("Completion", "完成度"),
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
