//! Industry templates for a new workbook: the OBL audit's departments, named by what
//! they do (sales, service, marketing, delivery, finance, management), each with
//! criteria that fit the client's industry, and the industry comparison's criteria.
//! The demo keeps the METHOD's own training-company seed ([`super::DEPARTMENTS`]).

use super::Bilingual;

/// What a department does. Every template has one department per function, in this
/// order, so any client's audit starts with the same six.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Function {
    Sales,
    Service,
    Marketing,
    Delivery,
    Finance,
    Management,
}

impl Function {
    pub const ALL: [Function; 6] = [
        Function::Sales,
        Function::Service,
        Function::Marketing,
        Function::Delivery,
        Function::Finance,
        Function::Management,
    ];
}

/// The industry a new workbook's client is in; [`Industry::General`] fits any.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Industry {
    #[default]
    General,
    Training,
    Manufacturing,
    Retail,
    Logistics,
    Software,
}

/// A department of a template: its name and the criteria it is judged on.
pub struct DepartmentTemplate {
    pub name: Bilingual,
    pub criteria: &'static [Bilingual],
}

/// What a new workbook's OBL audit starts with.
pub struct Template {
    /// One department per [`Function`], in [`Function::ALL`] order.
    pub departments: [DepartmentTemplate; 6],
    /// The industry comparison's criteria.
    pub comparison: [Bilingual; 4],
}

impl Industry {
    pub const ALL: [Industry; 6] = [
        Industry::General,
        Industry::Training,
        Industry::Manufacturing,
        Industry::Retail,
        Industry::Logistics,
        Industry::Software,
    ];

    /// A stable key, for a form's option value.
    pub fn key(self) -> &'static str {
        match self {
            Industry::General => "general",
            Industry::Training => "training",
            Industry::Manufacturing => "manufacturing",
            Industry::Retail => "retail",
            Industry::Logistics => "logistics",
            Industry::Software => "software",
        }
    }

    pub fn from_key(key: &str) -> Option<Industry> {
        Industry::ALL.into_iter().find(|i| i.key() == key)
    }

    pub fn name(self) -> Bilingual {
        match self {
            Industry::General => (
                "Any industry (departments by function)",
                "通用（按职能划分部门）",
            ),
            Industry::Training => ("Training and services", "培训与服务"),
            Industry::Manufacturing => ("Manufacturing", "制造业"),
            Industry::Retail => ("Retail", "零售"),
            Industry::Logistics => ("Logistics", "物流"),
            Industry::Software => ("Software", "软件"),
        }
    }

    pub fn template(self) -> &'static Template {
        match self {
            Industry::General => &GENERAL,
            Industry::Training => &TRAINING,
            Industry::Manufacturing => &MANUFACTURING,
            Industry::Retail => &RETAIL,
            Industry::Logistics => &LOGISTICS,
            Industry::Software => &SOFTWARE,
        }
    }
}

const fn dept(name: Bilingual, criteria: &'static [Bilingual]) -> DepartmentTemplate {
    DepartmentTemplate { name, criteria }
}

// Criteria several templates share.
const PROSPECTS: Bilingual = ("Number of prospects", "潜在客户数量");
const DEALS: Bilingual = ("Deals closed in a period", "一定时期内的成交量");
const CHURN: Bilingual = ("Customer churn rate", "客户流失率");
const SATISFACTION: Bilingual = ("Customer satisfaction", "客户满意度");
const COMPLAINTS: Bilingual = ("Complaints resolved the first time", "投诉一次解决率");
const AWARENESS: Bilingual = ("Brand awareness", "品牌知名度");
const LEADS: Bilingual = ("Leads generated", "获得的销售线索");
const REPORTS: Bilingual = ("Timeliness of reports", "报表的及时性");
const BUDGETING: Bilingual = ("Budgeting", "预算");
const RECEIVABLES: Bilingual = ("Collection of receivables", "应收账款回收");
const STRATEGY: Bilingual = ("Clarity of strategy", "战略清晰度");
const STAFF: Bilingual = ("Staff development", "员工培养");
const PRICE: Bilingual = ("Price competitiveness", "价格竞争力");

const SALES: Bilingual = ("Sales", "销售部");
const SERVICE: Bilingual = ("Customer service", "客户服务部");
const MARKETING: Bilingual = ("Marketing", "市场部");
const FINANCE: Bilingual = ("Finance", "财务部");
const MANAGEMENT: Bilingual = ("Management", "管理层");

const GENERAL: Template = Template {
    departments: [
        dept(
            SALES,
            &[
                PROSPECTS,
                DEALS,
                ("Response time to enquiries", "询价响应速度"),
            ],
        ),
        dept(SERVICE, &[CHURN, COMPLAINTS, SATISFACTION]),
        dept(
            MARKETING,
            &[AWARENESS, LEADS, ("Customer insight", "客户洞察")],
        ),
        dept(
            ("Operations and delivery", "运营交付部"),
            &[
                ("On-time delivery", "按时交付"),
                ("Quality of output", "产出质量"),
                ("Completion against plan", "计划完成情况"),
            ],
        ),
        dept(FINANCE, &[REPORTS, BUDGETING, RECEIVABLES]),
        dept(
            MANAGEMENT,
            &[STRATEGY, ("Speed of decisions", "决策速度"), STAFF],
        ),
    ],
    comparison: [
        ("Quality of products and services", "产品与服务质量"),
        PRICE,
        ("Market development capability", "市场开发能力"),
        SATISFACTION,
    ],
};

const TRAINING: Template = Template {
    departments: [
        dept(
            SALES,
            &[PROSPECTS, DEALS, ("Repeat contracts", "续签合同数")],
        ),
        dept(
            SERVICE,
            &[
                ("Satisfaction in training feedback", "培训反馈的满意度"),
                CHURN,
                COMPLAINTS,
            ],
        ),
        dept(
            MARKETING,
            &[AWARENESS, ("Course promotion", "课程推广"), LEADS],
        ),
        dept(
            ("Training delivery", "培训部"),
            &[
                ("Trainers' conversion capacity", "培训师的转化能力"),
                ("Quality of training output", "培训输出的质量"),
                (
                    "Venue and course material preparation",
                    "场地与课程资料准备",
                ),
            ],
        ),
        dept(
            FINANCE,
            &[REPORTS, ("Expense reimbursement", "费用报销"), BUDGETING],
        ),
        dept(
            MANAGEMENT,
            &[STRATEGY, ("Course R&D planning", "课程研发规划"), STAFF],
        ),
    ],
    comparison: [
        ("Trainer competitiveness", "培训师竞争力"),
        ("Market development capability", "市场开发能力"),
        ("Course R&D capability", "课程研发能力"),
        SATISFACTION,
    ],
};

const MANUFACTURING: Template = Template {
    departments: [
        dept(
            SALES,
            &[
                ("Orders won", "赢得的订单"),
                ("Distributor relations", "经销商关系"),
                ("Quotation turnaround", "报价周期"),
            ],
        ),
        dept(
            ("After-sales service", "售后服务部"),
            &[
                ("Warranty claims handled", "保修索赔处理"),
                ("Spare parts availability", "备件供应"),
                ("Installation support", "安装支持"),
            ],
        ),
        dept(
            MARKETING,
            &[
                ("Product positioning", "产品定位"),
                ("Trade fair leads", "展会线索"),
                ("Market share tracking", "市场份额跟踪"),
            ],
        ),
        dept(
            ("Production", "生产部"),
            &[
                ("On-time delivery", "按时交货"),
                ("Defect rate", "次品率"),
                ("Capacity use", "产能利用率"),
            ],
        ),
        dept(
            FINANCE,
            &[("Cost accounting", "成本核算"), RECEIVABLES, BUDGETING],
        ),
        dept(
            MANAGEMENT,
            &[
                STRATEGY,
                ("Supplier management", "供应商管理"),
                ("Safety culture", "安全文化"),
            ],
        ),
    ],
    comparison: [
        ("Product quality", "产品质量"),
        ("Cost and price", "成本与价格"),
        ("Delivery reliability", "交货可靠性"),
        ("After-sales service", "售后服务"),
    ],
};

const RETAIL: Template = Template {
    departments: [
        dept(
            ("Store sales", "门店销售部"),
            &[
                ("Sales per store", "单店销售额"),
                ("Conversion of visitors", "进店成交率"),
                ("Average basket", "客单价"),
            ],
        ),
        dept(
            SERVICE,
            &[
                ("Returns handling", "退换货处理"),
                ("Member satisfaction", "会员满意度"),
                COMPLAINTS,
            ],
        ),
        dept(
            MARKETING,
            &[
                ("Effect of promotions", "促销活动效果"),
                ("Membership programme", "会员计划"),
                ("Online presence", "线上形象"),
            ],
        ),
        dept(
            ("Buying and supply", "采购与物流部"),
            &[
                ("Stock availability", "商品有货率"),
                ("Replenishment speed", "补货速度"),
                ("Shrinkage", "损耗率"),
            ],
        ),
        dept(
            FINANCE,
            &[
                ("Margin tracking", "毛利跟踪"),
                ("Cash handling", "现金管理"),
                BUDGETING,
            ],
        ),
        dept(
            MANAGEMENT,
            &[STRATEGY, ("Store standards", "门店标准"), STAFF],
        ),
    ],
    comparison: [
        ("Product range", "商品种类"),
        PRICE,
        ("Store experience", "门店体验"),
        SATISFACTION,
    ],
};

const LOGISTICS: Template = Template {
    departments: [
        dept(
            SALES,
            &[
                ("Contracts won", "赢得的合同"),
                ("Key account growth", "大客户增长"),
                ("Quotation turnaround", "报价周期"),
            ],
        ),
        dept(
            SERVICE,
            &[
                ("Shipment tracking information", "货物跟踪信息"),
                ("Claims handling", "理赔处理"),
                SATISFACTION,
            ],
        ),
        dept(
            MARKETING,
            &[
                AWARENESS,
                LEADS,
                ("Network coverage message", "网络覆盖宣传"),
            ],
        ),
        dept(
            ("Transport and warehousing", "运输与仓储部"),
            &[
                ("On-time delivery rate", "准时送达率"),
                ("Damage rate", "货损率"),
                ("Warehouse accuracy", "仓库作业准确率"),
            ],
        ),
        dept(
            FINANCE,
            &[
                ("Billing accuracy", "账单准确性"),
                RECEIVABLES,
                ("Cost per shipment", "单票成本"),
            ],
        ),
        dept(
            MANAGEMENT,
            &[
                ("Capacity planning", "运力规划"),
                ("Safety and compliance", "安全与合规"),
                STRATEGY,
            ],
        ),
    ],
    comparison: [
        ("Network coverage", "网络覆盖"),
        ("On-time delivery", "准时送达"),
        PRICE,
        SATISFACTION,
    ],
};

const SOFTWARE: Template = Template {
    departments: [
        dept(
            SALES,
            &[
                ("Sales pipeline", "销售管道"),
                DEALS,
                ("Renewal rate", "续约率"),
            ],
        ),
        dept(
            ("Customer support", "客户支持部"),
            &[
                ("Ticket response time", "工单响应时间"),
                ("Issues solved the first time", "问题一次解决率"),
                ("User satisfaction", "用户满意度"),
            ],
        ),
        dept(
            MARKETING,
            &[
                ("Trial sign-ups", "试用注册量"),
                ("Content and events", "内容与活动"),
                AWARENESS,
            ],
        ),
        dept(
            ("Development and delivery", "研发与交付部"),
            &[
                ("Releases on schedule", "按计划发布"),
                ("Defects found by customers", "客户发现的缺陷"),
                ("Implementation projects", "实施项目"),
            ],
        ),
        dept(
            FINANCE,
            &[("Subscription billing", "订阅计费"), RECEIVABLES, BUDGETING],
        ),
        dept(
            MANAGEMENT,
            &[
                ("Clarity of the product roadmap", "产品路线图清晰度"),
                ("Hiring and retention", "招聘与人才保留"),
                STRATEGY,
            ],
        ),
    ],
    comparison: [
        ("Product features", "产品功能"),
        ("Reliability", "可靠性"),
        PRICE,
        ("Customer support", "客户支持"),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::seed::pick;

    fn is_chinese(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
    }

    /// Every text of a template: its department names, criteria and comparison.
    fn texts(t: &Template) -> Vec<Bilingual> {
        t.departments
            .iter()
            .flat_map(|d| std::iter::once(d.name).chain(d.criteria.iter().copied()))
            .chain(t.comparison)
            .collect()
    }

    #[test]
    fn every_template_has_every_department_with_criteria_in_both_languages() {
        for industry in Industry::ALL {
            let t = industry.template();
            assert_eq!(t.departments.len(), Function::ALL.len(), "{industry:?}");
            for lang in [Lang::En, Lang::Zh] {
                let names: Vec<&str> = t.departments.iter().map(|d| pick(d.name, lang)).collect();
                let mut unique = names.clone();
                unique.sort_unstable();
                unique.dedup();
                assert_eq!(
                    unique.len(),
                    names.len(),
                    "{industry:?} {lang:?}: names repeat"
                );
            }
            for d in &t.departments {
                assert!(
                    !d.criteria.is_empty(),
                    "{industry:?}: {} has no criteria",
                    d.name.0
                );
                let mut names: Vec<&str> = d.criteria.iter().map(|c| c.0).collect();
                names.sort_unstable();
                names.dedup();
                assert_eq!(
                    names.len(),
                    d.criteria.len(),
                    "{industry:?}: {} repeats",
                    d.name.0
                );
            }
            for (en, zh) in texts(t) {
                assert!(
                    !en.trim().is_empty() && en.is_ascii(),
                    "{industry:?}: {en:?}"
                );
                assert!(
                    zh.chars().all(is_chinese),
                    "{industry:?}: {zh:?} is not all Chinese"
                );
            }
        }
    }

    #[test]
    fn a_blank_workbook_starts_from_its_industrys_template() {
        use crate::workbook::Workbook;
        for industry in Industry::ALL {
            for lang in Lang::ALL {
                let wb = Workbook::blank_for("b", lang, industry);
                let t = industry.template();
                let got: Vec<(&str, Vec<&str>)> = wb
                    .obl
                    .departments
                    .iter()
                    .map(|d| {
                        (
                            d.name.as_str(),
                            d.criteria.iter().map(|c| c.name.as_str()).collect(),
                        )
                    })
                    .collect();
                let want: Vec<(&str, Vec<&str>)> = t
                    .departments
                    .iter()
                    .map(|d| {
                        let criteria = d.criteria.iter().chain([&crate::seed::OTHER_CRITERION]);
                        (
                            pick(d.name, lang),
                            criteria.map(|c| pick(*c, lang)).collect(),
                        )
                    })
                    .collect();
                assert_eq!(got, want, "{industry:?} {lang:?}");
                let criteria: Vec<&str> = wb
                    .obl
                    .industry_criteria
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect();
                let want: Vec<&str> = t.comparison.iter().map(|c| pick(*c, lang)).collect();
                assert_eq!(criteria, want, "{industry:?} {lang:?}");
                assert!(wb.swot.items().all(|(_, i)| i.is_blank()), "{industry:?}");
            }
        }
        // A blank workbook without a chosen industry is the general one.
        assert_eq!(
            Workbook::blank("b", Lang::Zh),
            Workbook::blank_for("b", Lang::Zh, Industry::General)
        );
    }

    #[test]
    fn keys_round_trip_and_names_are_distinct() {
        for industry in Industry::ALL {
            assert_eq!(Industry::from_key(industry.key()), Some(industry));
            let (en, zh) = industry.name();
            assert!(!en.is_empty() && zh.chars().any(is_chinese), "{industry:?}");
        }
        assert_eq!(Industry::from_key("mining"), None);
        let mut names: Vec<&str> = Industry::ALL.iter().map(|i| i.name().0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Industry::ALL.len());
    }

    #[test]
    fn only_the_training_template_speaks_of_training() {
        for industry in Industry::ALL {
            let training = texts(industry.template())
                .iter()
                .any(|(en, zh)| en.to_lowercase().contains("train") || zh.contains("培训"));
            assert_eq!(training, industry == Industry::Training, "{industry:?}");
        }
    }
}
