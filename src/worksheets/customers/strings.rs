//! Strings of the customer tables: the fixed messages, the tables' names, the row
//! names, the whole-number field's messages, the history lines, and the words and
//! labels of the two charts.

use workbook::customers::{CustomerScore, CustomerTable, Move};
use workbook::Lang;

use crate::i18n::{pick, Label, Msg, Text};
use workbook::number::NumberError;

messages! {
    pub enum CustMsg {
        Intro => (
            "Sort the company's customers into four tables: former customers and why they left, current customers and why they buy, potential customers and how to win them, and those we will not deal with. Tag the reasons so they can be counted, flag the current groups we may lose, and move a group to another table when its situation changes.",
            "把公司的顾客分列在四张表中：前顾客及其离开的原因，当前顾客及其购买的原因，潜在顾客及争取他们的方法，以及我们不与之往来的顾客。为原因加上标签以便统计，标出可能流失的当前顾客群；顾客群的情况变化时，可将其移到另一张表。",
        ),
        Name => ("Customer group", "顾客群"),
        ReasonLost => ("Why they are no longer customers", "不再是顾客的原因"),
        ReasonBuy => ("Why they are customers", "成为顾客的原因"),
        ReasonWin => ("How to win them", "如何争取他们"),
        ReasonBlacklist => ("Why we will not deal with them", "不与之往来的原因"),
        Customers => ("Number of customers", "顾客数量"),
        RevenueLost => ("Yearly revenue lost", "每年损失的收入"),
        Revenue => ("Yearly revenue", "年收入"),
        MoneyUnit => ("Amounts typed in", "金额单位"),
        RevenueEstimated => ("Estimated yearly revenue", "预计年收入"),
        WhenLost => ("When", "时间"),
        Since => ("Since when", "起始时间"),
        AtRisk => ("At risk", "可能流失"),
        WarningSign => ("Warning sign", "预警信号"),
        Chance => ("Chance of winning them (1–10)", "争取成功的可能性（1–10）"),
        Tags => ("Reason tags", "原因标签"),
        TagsIntro => (
            "The tags every reason can carry, so reasons can be counted. Removing a tag takes it off every group.",
            "可为各项原因加上的标签，用于统计原因。删除标签会将其从所有顾客群中移除。",
        ),
        TagName => ("Tag", "标签"),
        AddTag => ("Add a tag", "添加标签"),
        MoveTo => ("Move to…", "移到…"),
        MoveGroup => ("Move group", "移动顾客群"),
        AddFormer => ("Add a former customer group", "添加前顾客群"),
        AddCurrent => ("Add a current customer group", "添加当前顾客群"),
        AddPotential => ("Add a potential customer group", "添加潜在顾客群"),
        AddBlacklist => ("Add a blacklisted group", "添加黑名单顾客群"),
        Table => ("Table", "顾客表"),
        Groups => ("Groups", "顾客群数"),
        RevenueAtRisk => ("Revenue at risk", "可能流失的收入"),
        AtRiskShare => ("Share of current revenue at risk", "可能流失的收入占当前收入的比例"),
        Pipeline => (
            "Weighted pipeline (estimated revenue × chance / 10)",
            "加权潜在收入（预计收入 × 可能性 / 10）",
        ),
        LossReasons => ("Loss reasons by revenue lost", "按损失收入排列的流失原因"),
        NoLosses => ("No former customer group is listed.", "尚未列出前顾客群。"),
        ParetoChart => ("Loss reasons (Pareto)", "流失原因（帕累托图）"),
        RiskChart => ("Current revenue at risk", "当前收入中可能流失的部分"),
        Untagged => ("No tag", "无标签"),
        TableView => ("Table view", "表格视图"),
        TableViewHint => (
            "One line per customer group; reason tags, moves and history are edited in the cards.",
            "每个顾客群一行；原因标签、移表和历史记录请在卡片视图中编辑。",
        ),
        RowNumber => ("No.", "序号"),
        RowActions => ("Move or remove", "移动或删除"),
    }
}

impl Label for CustomerTable {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            CustomerTable::Former => pick(lang, "Former customers", "前顾客"),
            CustomerTable::Current => pick(lang, "Current customers", "当前顾客"),
            CustomerTable::Potential => pick(lang, "Potential customers", "潜在顾客"),
            CustomerTable::Blacklist => pick(lang, "Blacklist", "黑名单顾客"),
        }
    }
}

/// A table's short name, as the history lines use it: "Current".
fn short(lang: Lang, t: CustomerTable) -> &'static str {
    match t {
        CustomerTable::Former => pick(lang, "Former", "前顾客"),
        CustomerTable::Current => pick(lang, "Current", "当前顾客"),
        CustomerTable::Potential => pick(lang, "Potential", "潜在顾客"),
        CustomerTable::Blacklist => pick(lang, "Blacklist", "黑名单顾客"),
    }
}

/// The visible names of the rows of each table: "Current group 2".
pub fn former_row(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Former group", "前顾客群"))
}

pub fn current_row(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Current group", "当前顾客群"))
}

pub fn potential_row(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Potential group", "潜在顾客群"))
}

pub fn blacklist_row(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Blacklisted group", "黑名单顾客群"))
}

/// One line of a group's history: "Moved from Current on 2025-09-15".
pub fn moved_line(lang: Lang, m: &Move) -> String {
    match lang {
        Lang::En => format!("Moved from {} on {}", short(lang, m.from), m.at),
        Lang::Zh => format!("{} 由{}表移入", m.at, short(lang, m.from)),
    }
}

/// The message next to a number field whose text was refused; `kept` is the number
/// the group keeps meanwhile.
pub fn number_error(lang: Lang, error: NumberError, typed: &str, kept: Option<u64>) -> String {
    let typed = typed.trim();
    let problem = match (error, lang) {
        (NumberError::NotANumber, Lang::En) => format!("“{typed}” is not a number."),
        (NumberError::NotANumber, Lang::Zh) => format!("“{typed}”不是数字。"),
        (NumberError::Negative, Lang::En) => format!("{typed} is below zero."),
        (NumberError::Negative, Lang::Zh) => format!("{typed} 小于零。"),
        (NumberError::NotWhole, Lang::En) => format!("{typed} is not a whole number."),
        (NumberError::NotWhole, Lang::Zh) => format!("{typed} 不是整数。"),
        (NumberError::TooLarge, Lang::En) => format!("{typed} is too large."),
        (NumberError::TooLarge, Lang::Zh) => format!("{typed} 数值过大。"),
    };
    let rest = match (kept, lang) {
        (Some(k), Lang::En) => format!("Enter a whole number, 0 or more; it stays {}.", amount(k)),
        (Some(k), Lang::Zh) => format!("请输入不小于 0 的整数；数值仍为 {}。", amount(k)),
        (None, Lang::En) => "Enter a whole number, 0 or more; it stays blank.".into(),
        (None, Lang::Zh) => "请输入不小于 0 的整数；该项仍为空。".into(),
    };
    // Chinese sentences follow each other without a space.
    match lang {
        Lang::En => format!("{problem} {rest}"),
        Lang::Zh => format!("{problem}{rest}"),
    }
}

/// A missing value, shown as a dash (never as 0).
pub const MISSING: &str = "—";

/// A whole amount with thousands separators: 3,600,000.
pub fn amount(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An amount that may be unknown.
pub fn maybe_amount(n: Option<u64>) -> String {
    n.map_or_else(|| MISSING.to_string(), amount)
}

/// A share, one decimal at most: "37.5%".
pub fn percent(p: Option<f64>) -> String {
    p.map_or_else(
        || MISSING.to_string(),
        |p| {
            let text = format!("{p:.1}");
            format!("{}%", text.strip_suffix(".0").unwrap_or(&text))
        },
    )
}

/// The name of a Pareto line: its tag's, or "No tag".
fn reason_name(lang: Lang, tag: Option<workbook::RowId>, name: &str) -> String {
    match tag {
        Some(_) if !name.is_empty() => name.to_string(),
        Some(_) => MISSING.to_string(),
        None => CustMsg::Untagged.text(lang).to_string(),
    }
}

/// One line of the Pareto list: "Competitor — 390,000 (36.8%)".
pub fn pareto_line(lang: Lang, l: &workbook::customers::LossReason) -> String {
    let line = format!(
        "{} — {}",
        reason_name(lang, l.tag, &l.name),
        amount(l.revenue_lost)
    );
    match l.cumulative_percent {
        Some(p) => {
            let note = format!("{} {}", pick(lang, "cumulative", "累计"), percent(Some(p)));
            crate::i18n::with_note(lang, &line, &note)
        }
        None => line,
    }
}

/// The Pareto chart in words, for screen readers and tests.
pub fn pareto_description(lang: Lang, s: &CustomerScore) -> String {
    let body = if s.loss_reasons.is_empty() {
        CustMsg::NoLosses.text(lang).to_string()
    } else {
        s.loss_reasons
            .iter()
            .map(|l| {
                format!(
                    "{} {}",
                    reason_name(lang, l.tag, &l.name),
                    amount(l.revenue_lost)
                )
            })
            .collect::<Vec<_>>()
            .join(crate::i18n::semicolon(lang))
    };
    format!(
        "{}{}{body}",
        CustMsg::ParetoChart.text(lang),
        crate::i18n::colon(lang)
    )
}

/// The at-risk chart in words: "Current revenue at risk: safe 4,500,000; at risk
/// 2,700,000 (37.5%)".
pub fn risk_description(lang: Lang, s: &CustomerScore) -> String {
    let at_risk = format!(
        "{} {}",
        pick(lang, "at risk", "可能流失"),
        maybe_amount(s.at_risk_revenue)
    );
    format!(
        "{}{}{} {}{}{}",
        CustMsg::RiskChart.text(lang),
        crate::i18n::colon(lang),
        pick(lang, "safe", "稳定"),
        maybe_amount(s.safe_revenue),
        crate::i18n::semicolon(lang),
        crate::i18n::with_note(lang, &at_risk, &percent(s.at_risk_percent)),
    )
}

/// The labels drawn inside the customer charts.
pub fn chart_text(lang: Lang) -> charts::CustomerChartText {
    charts::CustomerChartText {
        lost_axis: CustMsg::RevenueLost.text(lang).to_string(),
        cumulative_axis: pick(lang, "Cumulative share (%)", "累计占比（%）").to_string(),
        untagged: CustMsg::Untagged.text(lang).to_string(),
        revenue_axis: CustMsg::Revenue.text(lang).to_string(),
        safe: pick(lang, "Safe", "稳定").to_string(),
        at_risk: CustMsg::AtRisk.text(lang).to_string(),
        missing: "?".to_string(),
        no_revenue: pick(lang, "No revenue entered yet", "尚未填写收入").to_string(),
        no_data: Msg::NothingListed.text(lang).to_string(),
        amounts: match lang {
            Lang::En => charts::style::Amounts::Thousands,
            Lang::Zh => charts::style::Amounts::Wan,
        },
    }
}

/// The visible name of tag row `n`: "Tag 2".
pub fn tag_row(lang: Lang, n: usize) -> String {
    format!("{} {n}", CustMsg::TagName.text(lang))
}

impl crate::i18n::Label for workbook::number::MoneyUnit {
    fn label(&self, lang: Lang) -> &'static str {
        use workbook::number::MoneyUnit;
        match self {
            MoneyUnit::Yuan => crate::i18n::pick(lang, "yuan (元)", "元"),
            MoneyUnit::Wan => crate::i18n::pick(lang, "ten thousand yuan (万元)", "万元"),
        }
    }
}

/// The unit shown beside an amount field: 元 or 万元 in both languages, as the
/// amounts are Chinese yuan.
pub fn unit_mark(unit: workbook::number::MoneyUnit) -> &'static str {
    match unit {
        workbook::number::MoneyUnit::Yuan => "元",
        workbook::number::MoneyUnit::Wan => "万元",
    }
}

/// The name of a table view's input: its column and its line, "Yearly revenue, row 3".
pub fn cell_label(lang: Lang, column: &str, row: usize) -> String {
    match lang {
        Lang::En => format!("{column}, row {row}"),
        Lang::Zh => format!("{column}，第 {row} 行"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_table() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (3_600_000, "3,600,000"),
            (12_345, "12,345"),
        ];
        for (n, want) in cases {
            assert_eq!(amount(n), want);
        }
        assert_eq!(percent(Some(37.5)), "37.5%");
        assert_eq!(percent(Some(25.0)), "25%");
        assert_eq!(percent(None), "—");
    }
}
