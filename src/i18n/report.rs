//! The workshop report's strings: its controls, the executive summary's lines, table
//! headers and figure notes, in English and Chinese.

use workbook::report::{ExecutiveSummary, Rank};
use workbook::{Lang, Worksheet};

use super::customers::{maybe_amount, percent, MISSING};
use super::segmentation::share;
use super::{completion_text, Label, Text};

messages! {
    pub enum ReportMsg {
        Report => ("Workshop report", "研讨会报告"),
        Intro => (
            "Every chosen worksheet in workshop order with its scores, tables and charts. Print it or save it as PDF from the browser's print dialogue; each table downloads as CSV and each chart as PNG or SVG.",
            "按研讨会顺序列出所选的每张工作表及其得分、表格和图表。可通过浏览器的打印对话框打印或另存为 PDF；每个表格可下载为 CSV，每个图表可下载为 PNG 或 SVG。",
        ),
        Contents => ("Worksheets in the report", "报告包含的工作表"),
        Print => ("Print / save as PDF", "打印 / 另存为 PDF"),
        Executive => ("Executive summary", "执行摘要"),
        NotCovered => ("Not covered in this workshop", "本次研讨会未涉及"),
        Question => ("Question", "问题"),
        Answer => ("Answer", "回答"),
        SwotLine => ("SWOT totals and posture", "SWOT 总分与战略态势"),
        SevenSLine => ("7S balance", "7S 差额"),
        TopRisks => ("Top PESTLE risks", "主要 PESTLE 风险"),
        NoRisks => ("No weighed threat yet.", "尚无已得出权重的威胁。"),
        CompetitorLine => ("Competitive position", "竞争地位"),
        OblLine => ("OBL indices", "OBL 指数"),
        RiskLine => ("Revenue at risk", "可能流失的收入"),
        SegmentationLine => ("Profit concentration", "利润集中度"),
        Incomplete => ("Worksheets still incomplete", "尚未完成的工作表"),
        AllComplete => ("Every worksheet is complete.", "所有工作表均已完成。"),
        NoCustomerData => ("No customer data imported.", "尚未导入客户数据。"),
        KeyFigures => ("Key figures", "关键数据"),
        Source => ("Source", "来源"),
        DownloadCsv => ("CSV", "CSV"),
        DownloadPng => ("PNG (2×)", "PNG (2×)"),
        DownloadSvg => ("SVG", "SVG"),
        ExportFailed => ("The download failed:", "下载失败："),
        Item => ("Item", "条目"),
        Text => ("Text", "内容"),
        Evidence => ("Where it shows", "体现在哪里"),
        TargetDate => ("Target date", "目标日期"),
        Owner => ("Owner", "负责人"),
        Offered => ("Offered", "公司所提供"),
        Needed => ("Needed", "顾客的实际需要"),
        Gap => ("Gap", "差距"),
        Topic => ("Topic", "知识主题"),
        Current => ("Current", "当前能力"),
        Target => ("Target", "目标水平"),
        Factor => ("Factor", "因素"),
        Verdict => ("Verdict", "判断"),
        Rating => ("Rating", "强弱程度"),
        Server => ("Serving department", "提供服务的部门"),
        InternalCustomer => ("Customer department", "被服务的部门"),
        Need => ("Need", "需要"),
        ServiceLevel => ("Service level", "服务水平"),
        Opportunity => ("Opportunity weight", "机会权重"),
        Threat => ("Threat weight", "威胁权重"),
        Net => ("Net", "净值"),
        Weight => ("Weight", "权重"),
        Direction => ("Direction", "方向"),
        Stakeholder => ("Stakeholder", "利益相关者"),
        Importance => ("Importance", "重要性"),
        Fulfilment => ("Fulfilment", "满足程度"),
        ActNow => ("Act now", "立即行动"),
        Company => ("Company", "公司"),
        Overall => ("Overall position", "总体地位"),
        Rank => ("Rank", "排名"),
        Table => ("Table", "顾客表"),
        Groups => ("Groups", "顾客群数"),
        Customers => ("Customers", "客户数"),
        Revenue => ("Revenue", "收入"),
        LossReason => ("Reason", "原因"),
        Department => ("Department", "部门"),
        Index => ("Index", "指数"),
        Excellent => ("E", "优秀"),
        Satisfactory => ("S", "一般"),
        NeedsWork => ("N", "较差"),
        Decile => ("Decile", "十分位"),
        Sales => ("Sales", "销售额"),
        Profit => ("Profit", "利润"),
        SalesShare => ("Share of sales", "销售额占比"),
        ProfitShare => ("Share of profit", "利润占比"),
        CumulativeProfit => ("Cumulative profit share", "累计利润占比"),
        Group => ("Group", "客户群"),
        LoyaltyType => ("Loyalty type", "忠诚度类型"),
        Offerings => ("Core products and services", "核心产品和服务"),
        Competencies => ("Core competencies", "核心竞争力"),
        Goals => ("Strategic goals", "战略目标"),
        SwotItems => ("SWOT items", "SWOT 条目"),
        Gaps => ("Gaps, largest first", "差距（从大到小）"),
        Knowledge => ("Knowledge", "知识"),
        Links => ("Internal service links", "内部服务关系"),
        PestleFactors => ("Weights per factor", "各因素权重"),
        PestleItems => ("Heaviest items", "权重最大的条目"),
        Comparison => ("Comparison with competitors", "与竞争对手的比较"),
        CustomerTables => ("Customer tables", "顾客表"),
        LossReasons => ("Why customers left", "顾客流失原因"),
        Departments => ("Departments", "部门"),
        Companies => ("Industry comparison", "行业对比评定"),
        Deciles => ("Purchase deciles", "购买十分位分析"),
        GroupsTable => ("Relationship groups", "关系客户群"),
        LoyaltyTypes => ("Loyalty types", "忠诚度类型"),
        Posture => ("Strategic posture", "战略态势"),
        CompanyType => ("Company type", "公司类型"),
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
        Lang::Zh => format!("第 {}（共 {} 家）", rank.rank, rank.of),
    }
}

/// "S 24 · W 14 · O 21 · T 17".
pub fn swot_totals_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let _ = lang;
    workbook::swot::Quadrant::ALL
        .iter()
        .map(|&q| format!("{} {}", q.letter(), maybe(s.swot.get(q).known_total())))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "3 strengths, 2 weaknesses; balance +4; weakest: Systems".
pub fn seven_s_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let h = &s.seven_s;
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
            "优势 {} 项，劣势 {} 项；差额 {balance}；最薄弱要素：{weakest}",
            h.strengths, h.weaknesses
        ),
    }
}

/// "Threat text (Political) — weight 5.6".
pub fn risk_line(lang: Lang, r: &workbook::external::WeightedItem) -> String {
    let weight = one_decimal(Some(r.weight));
    match lang {
        Lang::En => format!("{} ({}) — weight {weight}", r.text, r.factor.label(lang)),
        Lang::Zh => format!("{}（{}）— 权重 {weight}", r.text, r.factor.label(lang)),
    }
}

pub fn competitor_line(lang: Lang, s: &ExecutiveSummary) -> String {
    match (s.competitor_rank, lang) {
        (Some(r), Lang::En) => format!(
            "{} by overall SWOT position (S − W + O − T)",
            rank_text(lang, r)
        ),
        (Some(r), Lang::Zh) => format!(
            "按 SWOT 总体地位（S − W + O − T）排名{}",
            rank_text(lang, r)
        ),
        (None, Lang::En) => "Not ranked yet: score the company's and a competitor's SWOT.".into(),
        (None, Lang::Zh) => "尚未排名：请为本公司和至少一个竞争对手的 SWOT 打分。".into(),
    }
}

pub fn obl_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let o = &s.obl;
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
        Lang::Zh => format!("内部 {internal}（最弱部门：{weakest}）；行业 {industry}，排名{rank}"),
    }
}

pub fn risk_revenue_line(lang: Lang, s: &ExecutiveSummary) -> String {
    let r = &s.revenue_at_risk;
    let revenue = maybe_amount(r.revenue);
    let share = percent(r.percent);
    match lang {
        Lang::En => format!(
            "{revenue} ({share} of known current revenue) in {} current groups marked at risk",
            r.groups
        ),
        Lang::Zh => format!(
            "{revenue}（占已知当前收入的 {share}），来自 {} 个标为有流失风险的当前顾客群",
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
            "前 10% 的客户贡献了 {tenth} 的利润（前 20%：{top20}；基尼系数 {gini}；共 {} 位客户）",
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
        Lang::Zh => {
            // A Latin name ("SWOT") keeps a space before the Chinese word after it.
            let name = sheet.label(lang);
            let space = if name.ends_with(|c: char| c.is_ascii_alphanumeric()) {
                " "
            } else {
                ""
            };
            format!("来源：{name}{space}工作表")
        }
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
