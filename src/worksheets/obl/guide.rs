//! How to fill in the OBL audit (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::obl::OblMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The OBL audit.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("For each department, list the criteria to rate, then rate each Excellent (E), Satisfactory (S) or Not good (N), with a comment.", "为每个部门列出评定标准，再将每项评为优秀（E）、一般（S）或较差（N），并写上评价。"),
        Bi("In the industry comparison, rate the company and each competitor on the same criteria.", "在行业对比评定中，用同样的标准评定本公司和各竞争对手。"),
        Bi("The index counts E as 2, S as 1 and N as 0.", "指数按 E = 2、S = 1、N = 0 计算。"),
    ],
    example_of: Bi("A criterion of customer service", "客户服务部的一项标准"),
    example: &[
        field("obl-d-name", |l| OblMsg::DepartmentName.text(l), Bi("Customer service", "客户服务部")),
        field("obl-d-c-name", |l| OblMsg::Criterion.text(l), Bi("Customer churn rate", "客户流失率")),
        field("obl-d-c-rating", |l| OblMsg::RatingGroup.text(l), Bi("Satisfactory (S)", "一般（S）")),
        field("obl-d-c-comment", |l| OblMsg::Comment.text(l), Bi("Churn down to 12%, but two key accounts lost", "流失率降至 12%，但流失了两家重点客户")),
    ],
    hints: &[
    ],
};
