//! The seed's default rows (METHOD.md): stakeholders, reason tags, OBL departments
//! with their criteria, and the industry-comparison criteria, in both languages. The
//! METHOD's own departments are the 智讯 training company's, which the demo keeps; a
//! new workbook starts from an [`Industry`] template instead.

pub mod industry;

pub use industry::Industry;

use crate::customers::ReasonTag;
use crate::external::Stakeholder;
use crate::lang::Lang;
use crate::obl::{Department, DepartmentCriterion, IndustryCriterion};
use crate::rows::Row;
use crate::scorecard::{Indicator, IndicatorKind};
use crate::workbook::Workbook;

/// A text in both languages: (English, Simplified Chinese).
pub type Bilingual = (&'static str, &'static str);

pub fn pick(text: Bilingual, lang: Lang) -> &'static str {
    match lang {
        Lang::En => text.0,
        Lang::Zh => text.1,
    }
}

/// The CRM scorecard's indicators (METHOD.md §8): the lagging ones report results,
/// the leading ones move first. (kind, name, unit)
pub const INDICATORS: [(IndicatorKind, Bilingual, Bilingual); 6] = [
    (
        IndicatorKind::Lagging,
        ("Revenue", "营业收入"),
        ("万元", "万元"),
    ),
    (
        IndicatorKind::Lagging,
        ("Market share", "市场份额"),
        ("%", "%"),
    ),
    (
        IndicatorKind::Lagging,
        ("Gross profit margin", "毛利率"),
        ("%", "%"),
    ),
    (
        IndicatorKind::Leading,
        ("Share of customer", "客户份额"),
        ("%", "%"),
    ),
    (
        IndicatorKind::Leading,
        ("Customer satisfaction", "客户满意度"),
        ("points of 10", "分（满分 10）"),
    ),
    (
        IndicatorKind::Leading,
        ("Customer retention", "客户保持率"),
        ("%", "%"),
    ),
];

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

/// The METHOD's six departments of the 智讯 training company (the demo's), each with
/// its criteria and "other, to be decided".
pub const DEPARTMENTS: [(Bilingual, &[Bilingual]); 6] = [
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

pub const OTHER_CRITERION: Bilingual = ("Other, to be decided", "其他（待定）");

pub const INDUSTRY_CRITERIA: [Bilingual; 4] = [
    ("Trainer competitiveness", "培训师竞争力"),
    ("Market development capability", "市场开发能力"),
    ("Course R&D capability", "课程研发能力"),
    ("Customer satisfaction", "客户满意度"),
];

/// Adds the seed's default rows to a workbook that has none of its own, with the
/// METHOD's training-company departments (the demo's).
pub fn fill_defaults(wb: &mut Workbook, lang: Lang) {
    fill_common(wb, lang);
    let departments = DEPARTMENTS
        .iter()
        .map(|(name, criteria)| (*name, *criteria));
    fill_obl(wb, lang, departments, &INDUSTRY_CRITERIA);
}

/// Adds the seed's default rows to a new workbook, with the OBL departments and
/// industry criteria of `industry`'s template.
pub fn fill_for(wb: &mut Workbook, lang: Lang, industry: Industry) {
    fill_common(wb, lang);
    let template = industry.template();
    let departments = template.departments.iter().map(|d| (d.name, d.criteria));
    fill_obl(wb, lang, departments, &template.comparison);
}

/// The rows every workbook starts with, whatever its industry.
fn fill_common(wb: &mut Workbook, lang: Lang) {
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
}

/// The OBL departments, each with its criteria and "other, to be decided", and the
/// industry comparison's criteria.
fn fill_obl<'a>(
    wb: &mut Workbook,
    lang: Lang,
    departments: impl Iterator<Item = (Bilingual, &'a [Bilingual])>,
    industry_criteria: &[Bilingual],
) {
    for (name, criteria) in departments {
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
    for name in industry_criteria {
        let id = wb.fresh_id();
        wb.obl.industry_criteria.push(IndustryCriterion {
            id,
            name: pick(*name, lang).to_string(),
        });
    }
    for (kind, name, unit) in INDICATORS {
        let id = wb.fresh_id();
        wb.scorecard.push(Indicator {
            kind: Some(kind),
            name: pick(name, lang).to_string(),
            unit: pick(unit, lang).to_string(),
            ..Indicator::blank(id)
        });
    }
}
