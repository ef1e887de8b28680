//! The seed's default rows (METHOD.md): stakeholders, reason tags, OBL departments
//! with their criteria, and the industry-comparison criteria, in both languages.
//!
//! The OBL audit's departments and criteria depend on the business: METHOD.md's
//! seed is a training company's (the demo, 智讯, keeps it), so a new blank workbook
//! starts from an [`Industry`] template instead: generic functions that fit any
//! client, or a short list of industries.

use crate::customers::ReasonTag;
use crate::external::Stakeholder;
use crate::lang::Lang;
use crate::obl::{Department, DepartmentCriterion, IndustryCriterion};
use crate::workbook::Workbook;

/// A text in both languages: (English, Simplified Chinese).
pub type Bilingual = (&'static str, &'static str);

pub fn pick(text: Bilingual, lang: Lang) -> &'static str {
    match lang {
        Lang::En => text.0,
        Lang::Zh => text.1,
    }
}

pub const STAKEHOLDERS: [Bilingual; 6] = [
    ("Customers", "顾客"),
    ("Shareholders", "股东"),
    ("Government", "政府"),
    ("Partners", "合作伙伴"),
    ("Media", "媒体"),
    ("Others", "其他"),
];

pub const REASON_TAGS: [Bilingual; 6] = [
    ("Price", "价格"),
    ("Service", "服务"),
    ("Quality", "质量"),
    ("Competitor", "竞争对手"),
    ("Relationship", "关系"),
    ("Other", "其他"),
];

/// A department and its criteria, in both languages.
pub type DepartmentSeed = (Bilingual, &'static [Bilingual]);

/// The seed's six departments of a training company (METHOD.md, the demo's), each
/// with its criteria; "other, to be decided" is added to each.
pub const DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Training", "培训部"),
        &[
            (
                "Input capacity of the training system",
                "培训体系的输入能力",
            ),
            ("Trainers' conversion capacity", "培训师的转化能力"),
            ("Quality of training output", "培训输出的质量"),
            ("Satisfaction in training feedback", "培训反馈的满意度"),
        ],
    ),
    (
        ("Customer service", "客户服务部"),
        &[
            ("Number of prospects", "潜在客户数量"),
            ("Customer churn rate", "客户流失率"),
            ("Deals closed in a period", "一定时期内的成交量"),
            ("Satisfaction of served customers", "服务客户的满意度"),
        ],
    ),
    (
        ("Human resources", "人力资源部"),
        &[
            ("External HR development", "外部人力资源开发"),
            ("Internal HR management", "内部人力资源管理"),
        ],
    ),
    (
        ("Projects", "项目部"),
        &[
            ("Projects taken on", "承接项目数"),
            ("Completion against plan", "计划完成情况"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Finance", "财务部"),
        &[
            ("Timeliness of reports", "报表的及时性"),
            ("Payroll", "工资发放"),
            ("Expense reimbursement", "费用报销"),
            ("Bookkeeping", "记账"),
            ("Cash management", "现金管理"),
            ("Budgeting", "预算"),
        ],
    ),
    (
        ("Logistics support", "后勤支援"),
        &[
            ("Venue arrangements", "场地安排"),
            ("External lecturers", "外聘讲师"),
            ("Accommodation arrangements", "食宿安排"),
            ("Course material preparation", "课程资料准备"),
        ],
    ),
];

pub const OTHER_CRITERION: Bilingual = ("Other, to be decided", "其他(待定)");

/// The industry comparison's criteria of a training company (METHOD.md, the demo's).
pub const INDUSTRY_CRITERIA: [Bilingual; 4] = [
    ("Trainer competitiveness", "培训师竞争力"),
    ("Market development capability", "市场开发能力"),
    ("Course R&D capability", "课程研发能力"),
    ("Customer satisfaction", "客户满意度"),
];

/// Functions every company has, with criteria that fit any business: a blank
/// workbook's default.
const GENERIC_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售"),
        &[
            ("New customers won", "新客户开发"),
            ("Deals closed in a period", "一定时期内的成交量"),
            ("Quality of the sales pipeline", "销售线索质量"),
        ],
    ),
    (
        ("Customer service", "客户服务"),
        &[
            ("Response time to customers", "响应客户的速度"),
            ("Complaints resolved", "投诉处理"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Marketing", "市场营销"),
        &[
            ("Brand awareness", "品牌知名度"),
            ("Leads generated", "获取的潜在客户"),
            ("Understanding of customers' needs", "对客户需求的了解"),
        ],
    ),
    (
        ("Delivery", "交付"),
        &[
            ("On-time delivery", "按时交付"),
            ("Quality of what is delivered", "交付质量"),
            ("Handling of special requests", "特殊需求的处理"),
        ],
    ),
    (
        ("Finance", "财务"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Payment terms and collection", "付款条件与回款"),
            ("Timeliness of reports", "报表的及时性"),
        ],
    ),
    (
        ("Management", "管理层"),
        &[
            ("Clear customer strategy", "清晰的客户战略"),
            ("Communication across departments", "跨部门沟通"),
            ("Decisions made on customer data", "基于客户数据决策"),
        ],
    ),
];

const GENERIC_CRITERIA: [Bilingual; 4] = [
    ("Quality of products or services", "产品或服务质量"),
    ("Price competitiveness", "价格竞争力"),
    ("Market development capability", "市场开发能力"),
    ("Customer satisfaction", "客户满意度"),
];

const MANUFACTURING_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售部"),
        &[
            ("Order intake", "订单获取"),
            ("Key-account coverage", "重点客户覆盖"),
            ("Accuracy of quotes", "报价准确性"),
        ],
    ),
    (
        ("Production", "生产部"),
        &[
            ("On-time completion of orders", "订单按时完成"),
            ("Capacity utilisation", "产能利用率"),
            ("Flexibility for custom orders", "定制订单的灵活性"),
        ],
    ),
    (
        ("Quality", "质量部"),
        &[
            ("Defect rate", "次品率"),
            ("Handling of quality complaints", "质量投诉处理"),
            ("Certifications kept", "认证维持"),
        ],
    ),
    (
        ("Procurement and supply chain", "采购与供应链"),
        &[
            ("Supplier reliability", "供应商可靠性"),
            ("Stock availability", "库存可用性"),
            ("Purchasing cost", "采购成本"),
        ],
    ),
    (
        ("After-sales service", "售后服务部"),
        &[
            ("Response time to service calls", "服务请求响应时间"),
            ("Spare parts availability", "备件供应"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Finance", "财务部"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Collection of receivables", "应收账款回收"),
            ("Cost control", "成本控制"),
        ],
    ),
];

const MANUFACTURING_CRITERIA: [Bilingual; 4] = [
    ("Product quality", "产品质量"),
    ("Delivery reliability", "交货可靠性"),
    ("Price competitiveness", "价格竞争力"),
    ("Technical support", "技术支持"),
];

const RETAIL_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Store operations", "门店运营"),
        &[
            ("Service at the counter", "柜台服务"),
            ("Store presentation", "门店陈列"),
            ("Waiting times", "等候时间"),
        ],
    ),
    (
        ("Merchandising", "商品部"),
        &[
            ("Range fits customers' needs", "商品结构符合顾客需求"),
            ("Products in stock", "商品有货率"),
            ("Pricing and promotions", "定价与促销"),
        ],
    ),
    (
        ("Online sales", "线上销售"),
        &[
            ("Ease of ordering", "下单便捷性"),
            ("Delivery on time", "按时配送"),
            ("Returns handled", "退货处理"),
        ],
    ),
    (
        ("Marketing and membership", "市场与会员"),
        &[
            ("Membership growth", "会员增长"),
            ("Repeat purchases", "复购率"),
            ("Campaign response", "活动响应率"),
        ],
    ),
    (
        ("Customer service", "客户服务部"),
        &[
            ("Complaints resolved", "投诉处理"),
            ("After-sales support", "售后支持"),
            ("Customer satisfaction", "顾客满意度"),
        ],
    ),
    (
        ("Finance and administration", "财务与行政"),
        &[
            ("Shrinkage and losses", "损耗控制"),
            ("Timeliness of reports", "报表的及时性"),
            ("Payments to suppliers", "供应商付款"),
        ],
    ),
];

const RETAIL_CRITERIA: [Bilingual; 4] = [
    ("Range and availability", "商品丰富度与有货率"),
    ("Price competitiveness", "价格竞争力"),
    ("Shopping experience", "购物体验"),
    ("Customer loyalty", "顾客忠诚度"),
];

const LOGISTICS_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售部"),
        &[
            ("New contracts won", "新签合同"),
            ("Contract renewals", "合同续签"),
            ("Accuracy of quotes", "报价准确性"),
        ],
    ),
    (
        ("Dispatch and transport", "调度与运输"),
        &[
            ("On-time pick-up and delivery", "准时提货与送达"),
            ("Vehicle utilisation", "车辆利用率"),
            ("Damage in transit", "运输破损率"),
        ],
    ),
    (
        ("Warehousing", "仓储部"),
        &[
            ("Picking accuracy", "拣货准确率"),
            ("Stock accuracy", "库存准确率"),
            ("Order turnaround time", "订单处理时效"),
        ],
    ),
    (
        ("Customer service", "客户服务部"),
        &[
            ("Shipment tracking and updates", "货物跟踪与通知"),
            ("Claims handled", "理赔处理"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Information systems", "信息系统"),
        &[
            ("System availability", "系统可用性"),
            ("Data shared with customers", "与客户的数据共享"),
        ],
    ),
    (
        ("Finance", "财务部"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Collection of receivables", "应收账款回收"),
            ("Cost per shipment", "单票成本"),
        ],
    ),
];

const LOGISTICS_CRITERIA: [Bilingual; 4] = [
    ("Reliability of delivery", "送达可靠性"),
    ("Network coverage", "网络覆盖"),
    ("Price competitiveness", "价格竞争力"),
    ("Visibility of shipments", "货物可视化"),
];

const SOFTWARE_DEPARTMENTS: [DepartmentSeed; 6] = [
    (
        ("Sales", "销售部"),
        &[
            ("New customers won", "新客户开发"),
            ("Renewals and upgrades", "续约与升级"),
            ("Length of the sales cycle", "销售周期长短"),
        ],
    ),
    (
        ("Product and development", "产品与研发"),
        &[
            ("Features customers ask for", "满足客户需求的功能"),
            ("Release quality", "版本质量"),
            ("Speed of fixing defects", "缺陷修复速度"),
        ],
    ),
    (
        ("Implementation", "实施部"),
        &[
            ("Projects delivered on time", "项目按时交付"),
            ("Onboarding of new customers", "新客户上线"),
            ("Training of users", "用户培训"),
        ],
    ),
    (
        ("Customer success and support", "客户成功与支持"),
        &[
            ("Response time to tickets", "工单响应时间"),
            ("Customer churn rate", "客户流失率"),
            ("Customer satisfaction", "客户满意度"),
        ],
    ),
    (
        ("Marketing", "市场部"),
        &[
            ("Leads generated", "获取的潜在客户"),
            ("Brand awareness", "品牌知名度"),
        ],
    ),
    (
        ("Finance and operations", "财务与运营"),
        &[
            ("Accurate, timely invoicing", "开票准确及时"),
            ("Collection of receivables", "应收账款回收"),
            ("Timeliness of reports", "报表的及时性"),
        ],
    ),
];

const SOFTWARE_CRITERIA: [Bilingual; 4] = [
    ("Product functionality", "产品功能"),
    ("Ease of use", "易用性"),
    ("Implementation and support", "实施与支持"),
    ("Price competitiveness", "价格竞争力"),
];

/// The kind of business a workbook's OBL audit is seeded for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Industry {
    /// Generic functions (sales, service, marketing, delivery, finance,
    /// management) that fit any client: the blank workbook's default.
    #[default]
    Generic,
    /// Training and professional services: METHOD.md's seed, the demo's.
    Services,
    Manufacturing,
    Retail,
    Logistics,
    Software,
}

impl Industry {
    /// In the order the new-workbook form offers them.
    pub const ALL: [Industry; 6] = [
        Industry::Generic,
        Industry::Services,
        Industry::Manufacturing,
        Industry::Retail,
        Industry::Logistics,
        Industry::Software,
    ];

    pub fn name(self) -> Bilingual {
        match self {
            Industry::Generic => ("Any industry (generic functions)", "通用（各行业通用职能）"),
            Industry::Services => ("Training and professional services", "培训与专业服务"),
            Industry::Manufacturing => ("Manufacturing", "制造业"),
            Industry::Retail => ("Retail", "零售业"),
            Industry::Logistics => ("Logistics and transport", "物流与运输"),
            Industry::Software => ("Software and IT services", "软件与信息技术服务"),
        }
    }

    /// A stable name for forms and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Industry::Generic => "generic",
            Industry::Services => "services",
            Industry::Manufacturing => "manufacturing",
            Industry::Retail => "retail",
            Industry::Logistics => "logistics",
            Industry::Software => "software",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Industry> {
        Industry::ALL.into_iter().find(|i| i.slug() == slug)
    }

    /// The OBL departments, each with its criteria (before "other, to be decided").
    pub fn departments(self) -> &'static [DepartmentSeed] {
        match self {
            Industry::Generic => &GENERIC_DEPARTMENTS,
            Industry::Services => &DEPARTMENTS,
            Industry::Manufacturing => &MANUFACTURING_DEPARTMENTS,
            Industry::Retail => &RETAIL_DEPARTMENTS,
            Industry::Logistics => &LOGISTICS_DEPARTMENTS,
            Industry::Software => &SOFTWARE_DEPARTMENTS,
        }
    }

    /// The industry comparison's criteria.
    pub fn industry_criteria(self) -> &'static [Bilingual] {
        match self {
            Industry::Generic => &GENERIC_CRITERIA,
            Industry::Services => &INDUSTRY_CRITERIA,
            Industry::Manufacturing => &MANUFACTURING_CRITERIA,
            Industry::Retail => &RETAIL_CRITERIA,
            Industry::Logistics => &LOGISTICS_CRITERIA,
            Industry::Software => &SOFTWARE_CRITERIA,
        }
    }
}

/// Adds the seed's default rows to a workbook that has none of its own, with the
/// OBL audit of `industry`.
pub fn fill_defaults(wb: &mut Workbook, lang: Lang, industry: Industry) {
    for name in STAKEHOLDERS {
        let id = wb.fresh_id();
        wb.stakeholders.push(Stakeholder {
            id,
            name: pick(name, lang).to_string(),
            needs: String::new(),
            importance: None,
            fulfilment: None,
        });
    }
    for name in REASON_TAGS {
        let id = wb.fresh_id();
        wb.customers.tags.push(ReasonTag {
            id,
            name: pick(name, lang).to_string(),
        });
    }
    for &(name, criteria) in industry.departments() {
        let id = wb.fresh_id();
        let criteria = criteria
            .iter()
            .chain([&OTHER_CRITERION])
            .map(|c| DepartmentCriterion {
                id: wb.fresh_id(),
                name: pick(*c, lang).to_string(),
                cell: Default::default(),
            })
            .collect();
        wb.obl.departments.push(Department {
            id,
            name: pick(name, lang).to_string(),
            criteria,
        });
    }
    for &name in industry.industry_criteria() {
        let id = wb.fresh_id();
        wb.obl.industry_criteria.push(IndustryCriterion {
            id,
            name: pick(name, lang).to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec;

    /// Every text of every template, with where it is.
    fn texts(industry: Industry) -> Vec<(String, Bilingual)> {
        let mut all = vec![("name".to_string(), industry.name())];
        for (d, (name, criteria)) in industry.departments().iter().enumerate() {
            all.push((format!("department {d}"), *name));
            for (c, criterion) in criteria.iter().enumerate() {
                all.push((format!("department {d} criterion {c}"), *criterion));
            }
        }
        for (c, criterion) in industry.industry_criteria().iter().enumerate() {
            all.push((format!("industry criterion {c}"), *criterion));
        }
        all
    }

    #[test]
    fn every_template_is_complete_in_both_languages() {
        // (industry, departments, industry criteria)
        let cases = [
            (Industry::Generic, 6, 4),
            (Industry::Services, 6, 4),
            (Industry::Manufacturing, 6, 4),
            (Industry::Retail, 6, 4),
            (Industry::Logistics, 6, 4),
            (Industry::Software, 6, 4),
        ];
        assert_eq!(cases.map(|c| c.0), Industry::ALL);
        for (industry, departments, criteria) in cases {
            assert_eq!(industry.departments().len(), departments, "{industry:?}");
            assert_eq!(industry.industry_criteria().len(), criteria, "{industry:?}");
            assert_eq!(Industry::from_slug(industry.slug()), Some(industry));
            for (at, (en, zh)) in texts(industry) {
                assert!(
                    !en.trim().is_empty() && !zh.trim().is_empty(),
                    "{industry:?} {at}"
                );
                assert!(!zh.is_ascii(), "{industry:?} {at}: {zh}");
                // Chinese text takes full-width punctuation.
                assert!(
                    !zh.contains(['(', ')', ',', ':', ';']),
                    "{industry:?} {at}: {zh}"
                );
            }
            for (name, criteria) in industry.departments() {
                assert!(criteria.len() >= 2, "{industry:?} {name:?}");
            }
            let mut names: Vec<&str> = industry.departments().iter().map(|d| d.0 .0).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), departments, "{industry:?}: departments repeat");
        }
        assert_eq!(Industry::from_slug("mining"), None);
        assert_eq!(Industry::default(), Industry::Generic);
    }

    #[test]
    fn a_blank_workbook_has_no_training_company_content() {
        let training: Vec<&str> = DEPARTMENTS
            .iter()
            .flat_map(|(name, criteria)| std::iter::once(name).chain(criteria.iter()))
            .chain(INDUSTRY_CRITERIA.iter())
            .flat_map(|(en, zh)| [*en, *zh])
            .filter(|t| {
                t.contains("rain")
                    || t.contains("培训")
                    || t.contains("ourse")
                    || t.contains("课程")
            })
            .collect();
        assert!(training.len() >= 6, "{training:?}");
        for lang in Lang::ALL {
            for industry in [
                Industry::Generic,
                Industry::Manufacturing,
                Industry::Retail,
                Industry::Logistics,
                Industry::Software,
            ] {
                let wb = Workbook::blank_for("b", lang, industry);
                let names = wb
                    .obl
                    .departments
                    .iter()
                    .flat_map(|d| {
                        std::iter::once(&d.name).chain(d.criteria.iter().map(|c| &c.name))
                    })
                    .chain(wb.obl.industry_criteria.iter().map(|c| &c.name));
                for name in names {
                    assert!(
                        !training.contains(&name.as_str()),
                        "{industry:?} {lang:?}: {name}"
                    );
                }
                let text = codec::encode(&wb, "t", "t", false);
                assert!(
                    !text.contains("智讯") && !text.contains("Zhixun"),
                    "{industry:?}"
                );
            }
        }
    }

    #[test]
    fn a_workbook_takes_its_template_in_its_language() {
        // (industry, language, first department, first industry criterion)
        let cases = [
            (
                Industry::Generic,
                Lang::En,
                "Sales",
                "Quality of products or services",
            ),
            (Industry::Generic, Lang::Zh, "销售", "产品或服务质量"),
            (Industry::Services, Lang::Zh, "培训部", "培训师竞争力"),
            (
                Industry::Manufacturing,
                Lang::En,
                "Sales",
                "Product quality",
            ),
            (Industry::Retail, Lang::Zh, "门店运营", "商品丰富度与有货率"),
            (
                Industry::Logistics,
                Lang::En,
                "Sales",
                "Reliability of delivery",
            ),
            (Industry::Software, Lang::Zh, "销售部", "产品功能"),
        ];
        for (industry, lang, department, criterion) in cases {
            let wb = Workbook::blank_for("b", lang, industry);
            let obl = &wb.obl;
            assert_eq!(obl.departments.len(), industry.departments().len());
            assert_eq!(obl.departments[0].name, department, "{industry:?} {lang:?}");
            assert_eq!(
                obl.industry_criteria[0].name, criterion,
                "{industry:?} {lang:?}"
            );
            for (d, (_, criteria)) in obl.departments.iter().zip(industry.departments()) {
                // The template's criteria, then "other, to be decided".
                assert_eq!(d.criteria.len(), criteria.len() + 1, "{industry:?}");
                assert_eq!(d.criteria.last().unwrap().name, pick(OTHER_CRITERION, lang));
            }
        }
        // A blank workbook is the generic one; the demo's seed is the training one.
        assert_eq!(
            Workbook::blank("b", Lang::En).obl,
            Workbook::blank_for("b", Lang::En, Industry::Generic).obl
        );
        assert_eq!(
            Workbook::seeded("d", Lang::En).obl.departments[0].name,
            "Training"
        );
    }
}
