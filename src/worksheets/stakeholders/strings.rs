//! Strings of the stakeholders worksheet: its fixed messages, the row names, the
//! "act now" rule in words, and the words and labels of its chart.

use workbook::external::{StakeholderScore, ACT_NOW_MAX_FULFILMENT, ACT_NOW_MIN_IMPORTANCE};
use workbook::Lang;

use crate::i18n::{pick, Msg, Text};

messages! {
    pub enum StakeholderMsg {
        Intro => (
            "List the stakeholders the company deals with and what each of them needs. Rate how important each one is and how well the company meets its needs today, both from 1 to 10. Priority is importance × (10 − how well we meet it): the higher it is, the more there is to gain.",
            "列出与公司打交道的利益相关者（又称“资金持有者/公众”）及其各自的需要。按 1 到 10 为每一方的重要性，以及公司目前满足其需要的程度打分。优先级 = 重要性 ×（10 − 满足程度）：数值越高，改进的收益越大。",
        ),
        Name => ("Stakeholder", "利益相关者"),
        Needs => ("What they need", "他们需要什么"),
        Importance => ("Importance (1–10)", "重要性（1–10）"),
        Fulfilment => ("How well we meet it today (1–10)", "目前的满足程度（1–10）"),
        Priority => ("Priority", "优先级"),
        ActNow => ("Act now", "立即行动"),
        Yes => ("yes", "是"),
        No => ("no", "否"),
        AddRow => ("Add a stakeholder", "添加利益相关者"),
        Ranking => ("Priority ranking", "优先级排序"),
        MeanFulfilment => ("Mean fulfilment", "平均满足程度"),
        Rated => ("Rated", "已评分"),
        NoneRated => ("No stakeholder has both ratings yet.", "尚无同时具备两项评分的利益相关者。"),
        Chart => ("Importance against how well needs are met", "重要性与需要的满足程度"),
        FulfilmentAxis => ("How well we meet their needs (1–10)", "我们满足其需要的程度（1–10）"),
    }
}

/// The visible name of row `n`: "Stakeholder 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", StakeholderMsg::Name.text(lang))
}

/// A missing value, shown as a dash (never as 0).
const MISSING: &str = "—";

/// The read-only priority beside a row: "Priority: 35 · act now", "Priority: —" until
/// both scores are given.
pub fn row_priority(lang: Lang, rated: Option<(u8, bool)>) -> String {
    let head = pick(lang, "Priority: ", "优先级：");
    match rated {
        None => format!("{head}{MISSING}"),
        Some((p, false)) => format!("{head}{p}"),
        Some((p, true)) => format!("{head}{p} · {}", act_now_word(lang)),
    }
}

fn act_now_word(lang: Lang) -> &'static str {
    pick(lang, "act now", "立即行动")
}

/// "yes" or "no" in the ranking's act-now column.
pub fn yes_no(act_now: bool) -> StakeholderMsg {
    if act_now {
        StakeholderMsg::Yes
    } else {
        StakeholderMsg::No
    }
}

/// The mean fulfilment to one decimal, or the dash.
pub fn mean(value: Option<f64>) -> String {
    value.map_or_else(|| MISSING.to_string(), |m| format!("{m:.1}"))
}

/// The rule behind "act now", with the domain's thresholds.
pub fn act_now_rule(lang: Lang) -> String {
    let (i, f) = (ACT_NOW_MIN_IMPORTANCE, ACT_NOW_MAX_FULFILMENT);
    match lang {
        Lang::En => {
            format!("Act now: importance {i} or more, and needs met {f} or less.")
        }
        Lang::Zh => format!("立即行动：重要性 ≥ {i}，且满足程度 ≤ {f}。"),
    }
}

/// The labels drawn inside the stakeholder chart.
pub fn chart_text(lang: Lang) -> charts::StakeholderChartText {
    charts::StakeholderChartText {
        importance_axis: StakeholderMsg::Importance.text(lang).to_string(),
        fulfilment_axis: StakeholderMsg::FulfilmentAxis.text(lang).to_string(),
        act_now: StakeholderMsg::ActNow.text(lang).to_string(),
        unnamed: pick(lang, "(unnamed)", "（未命名）").to_string(),
        not_scored: StakeholderMsg::NoneRated.text(lang).to_string(),
        no_data: Msg::NothingListed.text(lang).to_string(),
    }
}

/// The chart in words, for screen readers and tests: every point in ranked order with
/// its two scores, then who falls in the "act now" region.
pub fn chart_description(lang: Lang, score: &StakeholderScore) -> String {
    let unnamed = pick(lang, "(unnamed)", "（未命名）");
    let name = |n: &str| {
        if n.is_empty() {
            unnamed.to_string()
        } else {
            n.to_string()
        }
    };
    let parts: Vec<String> = score
        .ranked
        .iter()
        .map(|r| {
            let (i, f) = (r.importance, r.fulfilment);
            match lang {
                Lang::En => format!("{} importance {i}, met {f}", name(&r.name)),
                Lang::Zh => format!("{} 重要性 {i}，满足程度 {f}", name(&r.name)),
            }
        })
        .collect();
    let title = StakeholderMsg::Chart.text(lang);
    if parts.is_empty() {
        // The same words as written across the chart.
        let empty = if score.is_empty() {
            Msg::NothingListed.text(lang)
        } else {
            StakeholderMsg::NoneRated.text(lang)
        };
        return format!("{title}{}{empty}", crate::i18n::colon(lang));
    }
    let urgent: Vec<String> = score.act_now().map(|r| name(&r.name)).collect();
    let urgent = if urgent.is_empty() {
        pick(lang, "nobody", "无").to_string()
    } else {
        urgent.join(pick(lang, ", ", "、"))
    };
    let sep = pick(lang, ". ", "。");
    let colon = crate::i18n::colon(lang);
    format!(
        "{title}{colon}{}{sep}{}{colon}{urgent}",
        parts.join(crate::i18n::semicolon(lang)),
        StakeholderMsg::ActNow.text(lang)
    )
}
