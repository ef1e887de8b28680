//! Strings of the internal-customers worksheet: its fixed messages, the row names and
//! the words and labels of its heat map.

use charts::style::format_mean;
use workbook::internal::{InternalCustomersScore, WeakLink};
use workbook::Lang;

use crate::i18n::{pick, Text};

messages! {
    pub enum InternalMsg {
        Intro => (
            "List the links that show internal-customer thinking: which department serves which, what the served department needs, and how well that need is met (1 = badly, 10 = fully).",
            "列出体现“内部顾客”理念的服务关系：哪个部门为哪个部门服务，被服务的部门需要什么，以及这一需要的满足程度（1 = 很差，10 = 完全满足）。",
        ),
        Server => ("Serving department", "提供服务的部门"),
        Customer => ("Internal customer (department served)", "内部顾客（被服务的部门）"),
        Need => ("What is needed", "需要什么"),
        Service => ("How well served (1–10)", "服务满足程度（1–10）"),
        AddRow => ("Add a link", "添加服务关系"),
        MeanService => ("Mean service level", "平均服务水平"),
        Weakest => ("Weakest links", "最薄弱的服务关系"),
        NoneScored => ("No link is rated yet.", "尚未为任何服务关系打分。"),
        Departments => ("Departments", "各部门"),
        Department => ("Department", "部门"),
        AsServer => ("Average as server", "作为服务方的平均分"),
        AsCustomer => ("Average as customer", "作为内部顾客的平均分"),
        Chart => ("Service between departments", "部门之间的服务水平"),
        ServerAxis => ("Serves ↓", "服务方 ↓"),
        CustomerAxis => ("Is served →", "被服务方 →"),
        NoDepartments => ("No department named yet", "尚未填写部门"),
        MeanWord => ("mean", "平均"),
    }
}

/// The visible name of row `n`: "Link 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Link", "服务关系"))
}

/// A department as typed, or "—" when the cell was left blank.
fn department(name: &str) -> &str {
    if name.is_empty() {
        "—"
    } else {
        name
    }
}

/// "Finance → Projects": who serves whom.
pub fn link_name(server: &str, customer: &str) -> String {
    format!("{} → {}", department(server), department(customer))
}

/// A weak link in the ranked list: "4 — Finance → Projects".
pub fn weak_link(link: &WeakLink) -> String {
    format!(
        "{} — {}",
        link.service,
        link_name(&link.server, &link.customer)
    )
}

/// A mean as the page shows it: one decimal, or "—" when unknown (never 0).
pub fn mean(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), |m| format!("{m:.1}"))
}

/// The heat map in words, for screen readers and tests: every scored cell as
/// "server → customer value", then the mean service level.
pub fn chart_description(lang: Lang, score: &InternalCustomersScore) -> String {
    let names = &score.departments;
    let cells: Vec<String> = score
        .matrix
        .iter()
        .enumerate()
        .flat_map(|(s, row)| {
            row.iter().enumerate().filter_map(move |(c, cell)| {
                let v = (*cell)?;
                Some(format!(
                    "{} {}",
                    link_name(&names[s].name, &names[c].name),
                    format_mean(v)
                ))
            })
        })
        .collect();
    let sep = crate::i18n::semicolon(lang);
    let colon = crate::i18n::colon(lang);
    let body = if cells.is_empty() {
        InternalMsg::NoneScored.text(lang).to_string()
    } else {
        format!(
            "{}{sep}{} {}",
            cells.join(sep),
            InternalMsg::MeanWord.text(lang),
            mean(score.mean)
        )
    };
    format!("{}{colon}{body}", InternalMsg::Chart.text(lang))
}

/// The labels drawn inside the heat map.
pub fn chart_text(lang: Lang) -> charts::InternalCustomersChartText {
    charts::InternalCustomersChartText {
        server_axis: InternalMsg::ServerAxis.text(lang).to_string(),
        customer_axis: InternalMsg::CustomerAxis.text(lang).to_string(),
        empty_cell: "–".to_string(),
        no_data: InternalMsg::NoDepartments.text(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use workbook::internal::InternalLink;
    use workbook::{RowId, Score};

    fn link(id: u64, server: &str, customer: &str, service: u8) -> InternalLink {
        InternalLink {
            id: RowId(id),
            server: server.into(),
            customer: customer.into(),
            need: "need".into(),
            service: Score::new(service).ok(),
        }
    }

    #[test]
    fn the_heat_map_is_described_cell_by_cell_with_the_mean() {
        let score = InternalCustomersScore::of(&[
            link(1, "Finance", "Sales", 4),
            link(2, "Sales", "Finance", 7),
            link(3, "Finance", "Sales", 5),
            link(4, "HR", "Sales", 0),
        ]);
        assert_eq!(
            chart_description(Lang::En, &score),
            "Service between departments: Finance → Sales 4.5; Sales → Finance 7; mean 5.3"
        );
        let none = InternalCustomersScore::of(&[link(1, "HR", "Sales", 0)]);
        assert_eq!(
            chart_description(Lang::En, &none),
            "Service between departments: No link is rated yet."
        );
    }

    #[test]
    fn a_blank_department_is_shown_as_a_dash() {
        assert_eq!(link_name("", "Sales"), "— → Sales");
    }
}
