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

mod industry;
pub use industry::Industry;

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

pub const OTHER_CRITERION: Bilingual = ("Other, to be decided", "其他（待定）");

/// The industry comparison's criteria of a training company (METHOD.md, the demo's).
pub const INDUSTRY_CRITERIA: [Bilingual; 4] = [
    ("Trainer competitiveness", "培训师竞争力"),
    ("Market development capability", "市场开发能力"),
    ("Course R&D capability", "课程研发能力"),
    ("Customer satisfaction", "客户满意度"),
];

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
