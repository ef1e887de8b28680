//! What the company profile prints in the report (its page is its inputs): the
//! company's type, and its offerings, competencies and goals as tables.

use workbook::{Lang, Workbook};

use crate::i18n::report::ReportMsg as M;
use crate::worksheets::blocks::{figure, h, table, Block};

/// The company profile: its type, offerings, competencies and goals.
pub fn results(wb: &Workbook, lang: Lang) -> Vec<Block> {
    let p = &wb.profile;
    vec![
        Block::Figures(vec![figure(
            lang,
            M::CompanyType,
            p.company_type.clone(),
            "",
        )]),
        table(
            lang,
            M::Offerings,
            &[&h(M::Text)],
            p.offerings
                .iter()
                .filter(|o| !o.text.trim().is_empty())
                .map(|o| vec![o.text.clone()])
                .collect(),
        ),
        table(
            lang,
            M::Competencies,
            &[&h(M::Text), &h(M::Evidence)],
            p.competencies
                .iter()
                .filter(|c| !c.text.trim().is_empty())
                .map(|c| vec![c.text.clone(), c.evidence.clone()])
                .collect(),
        ),
        table(
            lang,
            M::Goals,
            &[&h(M::Text), &h(M::TargetDate), &h(M::Owner)],
            p.goals
                .iter()
                .filter(|g| !g.text.trim().is_empty())
                .map(|g| vec![g.text.clone(), g.target_date.clone(), g.owner.clone()])
                .collect(),
        ),
    ]
}
