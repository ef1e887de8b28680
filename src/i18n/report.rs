//! The workshop report's strings: its controls, the executive summary's lines, table
//! headers and figure notes, in English and Chinese.

use workbook::report::{ExecutiveSummary, Rank};
use workbook::{Lang, Worksheet};

use super::customers::{maybe_amount, percent, MISSING};
use super::segmentation::share;
use super::{completion_text, pick, Label, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportMsg {
    Report,
    Intro,
    Contents,
    Print,
    Executive,
    SwotLine,
    SevenSLine,
    TopRisks,
    NoRisks,
    CompetitorLine,
    OblLine,
    RiskLine,
    SegmentationLine,
    Incomplete,
    AllComplete,
    NoCustomerData,
    KeyFigures,
    Source,
    DownloadCsv,
    DownloadPng,
    DownloadSvg,
    ExportFailed,
    Item,
    Text,
    Evidence,
    TargetDate,
    Owner,
    Offered,
    Needed,
    Gap,
    Topic,
    Current,
    Target,
    Factor,
    Verdict,
    Rating,
    Server,
    InternalCustomer,
    Need,
    ServiceLevel,
    Opportunity,
    Threat,
    Net,
    Weight,
    Direction,
    Stakeholder,
    Importance,
    Fulfilment,
    ActNow,
    Company,
    Overall,
    Rank,
    Table,
    Groups,
    Customers,
    Revenue,
    LossReason,
    Department,
    Index,
    Excellent,
    Satisfactory,
    NeedsWork,
    Decile,
    Sales,
    Profit,
    SalesShare,
    ProfitShare,
    CumulativeProfit,
    Group,
    LoyaltyType,
    Offerings,
    Competencies,
    Goals,
    SwotItems,
    Gaps,
    Knowledge,
    Links,
    PestleFactors,
    PestleItems,
    Comparison,
    CustomerTables,
    LossReasons,
    Departments,
    Companies,
    Deciles,
    GroupsTable,
    LoyaltyTypes,
    Posture,
    CompanyType,
}

impl Text for ReportMsg {
    fn text(self, lang: Lang) -> &'static str {
        use ReportMsg as M;
        let (en, zh) = match self {
            M::Report => ("Workshop report", "研讨会报告"),
            M::Intro => (
                "Every chosen worksheet in workshop order with its scores, tables and charts. Print it or save it as PDF from the browser's print dialogue; each table downloads as CSV and each chart as PNG or SVG.",
                "按研讨会顺序列出所选的每张工作表及其得分、表格和图表。可通过浏览器的打印对话框打印或另存为 PDF;每个表格可下载为 CSV,每个图表可下载为 PNG 或 SVG。",
            ),
            M::Contents => ("Worksheets in the report", "报告包含的工作表"),
            M::Print => ("Print / save as PDF", "打印 / 另存为 PDF"),
            M::Executive => ("Executive summary", "执行摘要"),
            M::SwotLine => ("SWOT totals and posture", "SWOT 总分与战略姿态"),
            M::SevenSLine => ("7S balance", "7S 差额"),
            M::TopRisks => ("Top PESTLE risks", "主要 PESTLE 风险"),
            M::NoRisks => ("No weighed threat yet.", "尚无已评分的威胁。"),
            M::CompetitorLine => ("Competitive position", "竞争地位"),
            M::OblLine => ("OBL indices", "OBL 指数"),
            M::RiskLine => ("Revenue at risk", "风险收入"),
            M::SegmentationLine => ("Profit concentration", "利润集中度"),
            M::Incomplete => ("Worksheets still incomplete", "尚未完成的工作表"),
            M::AllComplete => ("Every worksheet is complete.", "所有工作表均已完成。"),
            M::NoCustomerData => ("No customer data imported.", "尚未导入客户数据。"),
            M::KeyFigures => ("Key figures", "关键数据"),
            M::Source => ("Source", "来源"),
            M::DownloadCsv => ("CSV", "CSV"),
            M::DownloadPng => ("PNG (2×)", "PNG(2×)"),
            M::DownloadSvg => ("SVG", "SVG"),
            M::ExportFailed => ("The download failed:", "下载失败:"),
            M::Item => ("Item", "条目"),
            M::Text => ("Text", "内容"),
            M::Evidence => ("Where it shows", "体现在"),
            M::TargetDate => ("Target date", "目标日期"),
            M::Owner => ("Owner", "负责人"),
            M::Offered => ("Offered", "现有"),
            M::Needed => ("Needed", "客户需要"),
            M::Gap => ("Gap", "差距"),
            M::Topic => ("Topic", "主题"),
            M::Current => ("Current", "现状"),
            M::Target => ("Target", "目标"),
            M::Factor => ("Factor", "因素"),
            M::Verdict => ("Verdict", "判断"),
            M::Rating => ("Rating", "评分"),
            M::Server => ("Serving department", "服务部门"),
            M::InternalCustomer => ("Customer department", "顾客部门"),
            M::Need => ("Need", "需求"),
            M::ServiceLevel => ("Service level", "服务水平"),
            M::Opportunity => ("Opportunity weight", "机会权重"),
            M::Threat => ("Threat weight", "威胁权重"),
            M::Net => ("Net", "净值"),
            M::Weight => ("Weight", "权重"),
            M::Direction => ("Direction", "方向"),
            M::Stakeholder => ("Stakeholder", "利益相关者"),
            M::Importance => ("Importance", "重要性"),
            M::Fulfilment => ("Fulfilment", "满足程度"),
            M::ActNow => ("Act now", "立即行动"),
            M::Company => ("Company", "公司"),
            M::Overall => ("Overall position", "总体地位"),
            M::Rank => ("Rank", "排名"),
            M::Table => ("Table", "表"),
            M::Groups => ("Groups", "组数"),
            M::Customers => ("Customers", "客户数"),
            M::Revenue => ("Revenue", "收入"),
            M::LossReason => ("Reason", "原因"),
            M::Department => ("Department", "部门"),
            M::Index => ("Index", "指数"),
            M::Excellent => ("E", "优"),
            M::Satisfactory => ("S", "中"),
            M::NeedsWork => ("N", "差"),
            M::Decile => ("Decile", "十分位"),
            M::Sales => ("Sales", "销售额"),
            M::Profit => ("Profit", "利润"),
            M::SalesShare => ("Share of sales", "销售额占比"),
            M::ProfitShare => ("Share of profit", "利润占比"),
            M::CumulativeProfit => ("Cumulative profit share", "累计利润占比"),
            M::Group => ("Group", "客户组"),
            M::LoyaltyType => ("Loyalty type", "忠诚度类型"),
            M::Offerings => ("Core products and services", "核心产品与服务"),
            M::Competencies => ("Core competencies", "核心能力"),
            M::Goals => ("Strategic goals", "战略目标"),
            M::SwotItems => ("SWOT items", "SWOT 条目"),
            M::Gaps => ("Gaps, largest first", "差距(从大到小)"),
            M::Knowledge => ("Knowledge", "知识"),
            M::Links => ("Internal service links", "内部服务关系"),
            M::PestleFactors => ("Weights per factor", "各因素权重"),
            M::PestleItems => ("Heaviest items", "权重最高的条目"),
            M::Comparison => ("Comparison with competitors", "与竞争对手的比较"),
            M::CustomerTables => ("Customer tables", "顾客表"),
            M::LossReasons => ("Why customers left", "客户流失原因"),
            M::Departments => ("Departments", "部门"),
            M::Companies => ("Industry comparison", "行业比较"),
            M::Deciles => ("Purchase deciles", "购买十分位"),
            M::GroupsTable => ("Relationship groups", "关系客户组"),
            M::LoyaltyTypes => ("Loyalty types", "忠诚度类型"),
            M::Posture => ("Strategic posture", "战略姿态"),
            M::CompanyType => ("Company type", "公司类型"),
        };
        pick(lang, en, zh)
    }
}

/// A number with one decimal (means, weights), or a dash when unknown: the same
/// form on the page and in the report.
pub fn one_decimal(value: Option<f64>) -> String {
    value.map_or_else(|| MISSING.to_string(), |v| format!("{v:.1}"))
}

/// A number with two decimals (indices), or a dash.
pub fn two_decimals(value: Option<f64>) -> String {
    value.map_or_else(|| MISSING.to_string(), |v| format!("{v:.2}"))
}

/// A whole number that may be unknown.
pub fn maybe<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| MISSING.to_string(), |v| v.to_string())
}

/// A signed whole number: "+3", "−2", "0".
pub fn signed(value: Option<i64>) -> String {
    match value {
        None => MISSING.to_string(),
        Some(v) if v > 0 => format!("+{v}"),
        Some(v) if v < 0 => format!("−{}", -v),
        Some(_) => "0".to_string(),
    }
}

fn rank_text(lang: Lang, rank: Rank) -> String {
    match lang {
        Lang::En => format!("{} of {}", rank.rank, rank.of),
        Lang::Zh => format!("{} 家中第 {}", rank.of, rank.rank),
    }
}

/// "S 24 · W 14 · O 21 · T 17".
pub fn swot_totals_line(lang: Lang, s: &ExecutiveSummary) -> String {
    if s.swot.is_empty() {
        return match lang {
            Lang::En => "nothing listed yet".into(),
            Lang::Zh => "尚未列出任何条目".into(),
        };
    }
    workbook::swot::Quadrant::ALL
        .iter()
        .map(|&q| format!("{} {}", q.letter(), maybe(s.swot.get(q).known_total())))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "3 strengths, 2 weaknesses; balance +4; weakest: Systems".
pub fn seven_s_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let h = &s.seven_s;
    if h.strengths + h.weaknesses == 0 && h.balance.is_none() {
        return match lang {
            Lang::En => "No factor judged yet.".into(),
            Lang::Zh => "尚未评定任何要素。".into(),
        };
    }
    let balance = signed(h.balance.map(i64::from));
    let weakest = h
        .weakest
        .map_or_else(|| MISSING.to_string(), |f| f.label(lang).to_string());
    match lang {
        Lang::En => format!(
            "{} strengths, {} weaknesses; balance {balance}; weakest factor: {weakest}",
            h.strengths, h.weaknesses
        ),
        Lang::Zh => format!(
            "优势 {} 项,劣势 {} 项;差额 {balance};最弱因素:{weakest}",
            h.strengths, h.weaknesses
        ),
    }
}

/// "Threat text (Political) — weight 5.6".
pub fn risk_line(lang: Lang, r: &workbook::external::WeightedItem) -> String {
    let weight = one_decimal(Some(r.weight));
    match lang {
        Lang::En => format!("{} ({}) — weight {weight}", r.text, r.factor.label(lang)),
        Lang::Zh => format!("{}({})— 权重 {weight}", r.text, r.factor.label(lang)),
    }
}

pub fn competitor_line(lang: Lang, s: &ExecutiveSummary) -> String {
    match (s.competitor_rank, lang) {
        (Some(r), Lang::En) => format!(
            "{} by overall SWOT position (S − W + O − T)",
            rank_text(lang, r)
        ),
        (Some(r), Lang::Zh) => format!("按 SWOT 总体地位(S − W + O − T):{}", rank_text(lang, r)),
        (None, Lang::En) => "Not ranked yet: score the company's and a competitor's SWOT.".into(),
        (None, Lang::Zh) => "尚未排名:请为本公司和至少一个竞争对手的 SWOT 打分。".into(),
    }
}

pub fn obl_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let o = &s.obl;
    if o.internal_index.is_none() && o.industry_index.is_none() {
        return match lang {
            Lang::En => "No ratings yet.".into(),
            Lang::Zh => "尚无评定。".into(),
        };
    }
    let internal = super::obl::index(o.internal_index);
    let industry = super::obl::index(o.industry_index);
    let rank = o
        .industry_rank
        .map_or_else(|| MISSING.to_string(), |r| rank_text(lang, r));
    let weakest = o.weakest_department.as_deref().unwrap_or(MISSING);
    match lang {
        Lang::En => format!(
            "internal {internal} (weakest department: {weakest}); industry {industry}, rank {rank}"
        ),
        Lang::Zh => format!("内部 {internal}(最弱部门:{weakest});行业 {industry},排名 {rank}"),
    }
}

pub fn risk_revenue_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let Some(r) = &s.revenue_at_risk else {
        return match lang {
            Lang::En => "No current customer groups listed yet.".into(),
            Lang::Zh => "尚未列出当前顾客组。".into(),
        };
    };
    let revenue = maybe_amount(r.revenue);
    let share = percent(r.percent);
    match lang {
        Lang::En => format!(
            "{revenue} ({share} of known current revenue) in {} current groups flagged at risk",
            r.groups
        ),
        Lang::Zh => format!(
            "{revenue}（占已知当前收入的 {share}），来自 {} 个被标记为有流失风险的当前顾客组",
            r.groups
        ),
    }
}

pub fn segmentation_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let Some(h) = s.segmentation else {
        return ReportMsg::NoCustomerData.text(lang).to_string();
    };
    let tenth = share(h.top_tenth_profit_share);
    let top20 = share(h.top20_profit_share);
    let gini = two_decimals(h.gini);
    match lang {
        Lang::En => format!(
            "the top 10% of customers make {tenth} of profit (top 20%: {top20}; Gini {gini}; {} customers)",
            h.customers
        ),
        Lang::Zh => format!(
            "前 10% 的客户贡献了 {tenth} 的利润(前 20%:{top20};基尼系数 {gini};共 {} 位客户)",
            h.customers
        ),
    }
}

/// "PESTLE 80%", "Segmentation no data".
pub fn incomplete_item(
    lang: Lang,
    sheet: Worksheet,
    c: workbook::completion::Completion,
) -> String {
    format!("{} · {}", sheet.label(lang), completion_text(lang, c))
}

/// The note under a figure: "Source: SWOT worksheet".
pub fn source_note(lang: Lang, sheet: Worksheet) -> String {
    match lang {
        Lang::En => format!("Source: {} worksheet", sheet.label(lang)),
        Lang::Zh => format!("来源:{}工作表", sheet.label(lang)),
    }
}

/// A download button's accessible name: "Download “Quadrant totals” as CSV".
pub fn download_label(lang: Lang, what: &str, format: &str) -> String {
    match lang {
        Lang::En => format!("Download “{what}” as {format}"),
        Lang::Zh => format!("将“{what}”下载为 {format}"),
    }
}

/// The running header of printed pages: "Title — Client · 2026-11-25".
pub fn print_header(title: &str, client: &str, date: &str) -> String {
    let name = match (title.trim(), client.trim()) {
        ("", "") => String::new(),
        (t, "") => t.to_string(),
        ("", c) => c.to_string(),
        (t, c) => format!("{t} — {c}"),
    };
    if name.is_empty() {
        date.to_string()
    } else {
        format!("{name} · {date}")
    }
}
