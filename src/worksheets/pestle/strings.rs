//! Strings of the PESTLE worksheet: its fixed messages, the names of the six factors
//! and of the two directions, the item names, and the words and labels of its chart.

use charts::style::format_mean;
use workbook::external::{Direction, PestleFactor, PestleScore, WeightedItem};
use workbook::Lang;

use crate::i18n::{pick, Label, Msg, Text};

messages! {
    pub enum PestleMsg {
        Intro => (
            "Scan the world outside the company under six headings. For each trend or event, say whether it is an opportunity or a threat, and rate its impact on the company and how likely it is, both from 1 to 10. An item's weight is impact × likelihood / 10.",
            "从六个方面审视公司所处的外部环境。对每个趋势或事件，判断它是机会还是威胁，并按 1 到 10 为它对公司的影响程度和发生的可能性打分。每项的权重 = 影响 × 可能性 / 10。",
        ),
        ItemText => ("Trend or event", "趋势或事件"),
        Direction => ("Opportunity or threat", "机会还是威胁"),
        Impact => ("Impact (1–10)", "影响（1–10）"),
        Likelihood => ("Likelihood (1–10)", "可能性（1–10）"),
        Factor => ("Factor", "因素"),
        Opportunities => ("Opportunities", "机会"),
        Threats => ("Threats", "威胁"),
        Net => ("Net (opportunities − threats)", "净值（机会 − 威胁）"),
        Weights => ("Weight per factor", "各因素的权重"),
        Heaviest => ("Heaviest items", "权重最大的条目"),
        NoneWeighed => ("No item is weighed yet.", "尚无任何一项得出权重。"),
        Chart => ("Weight of opportunities and threats per factor", "各因素机会与威胁的权重"),
        WeightAxis => ("Weight (impact × likelihood / 10)", "权重（影响 × 可能性 / 10）"),
        NotWeighed => ("not weighed", "未得出权重"),
        NothingListed => ("nothing listed", "未列出任何项"),
    }
}

impl Label for PestleFactor {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            PestleFactor::Political => ("Political", "政治"),
            PestleFactor::Economic => ("Economic", "经济"),
            PestleFactor::Social => ("Social", "社会"),
            PestleFactor::Technological => ("Technological", "技术"),
            PestleFactor::Legal => ("Legal", "法律"),
            PestleFactor::Environmental => ("Environmental", "环境"),
        };
        pick(lang, en, zh)
    }
}

impl Label for Direction {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Direction::Opportunity => pick(lang, "Opportunity", "机会"),
            Direction::Threat => pick(lang, "Threat", "威胁"),
        }
    }
}

/// The visible name of a factor's item `n`: "Political item 2", "政治因素 2". The
/// factor is part of it so the row actions' names differ between sections.
pub fn item_name(lang: Lang, factor: PestleFactor, n: usize) -> String {
    match lang {
        Lang::En => format!("{} item {n}", factor.label(lang)),
        Lang::Zh => format!("{}因素 {n}", factor.label(lang)),
    }
}

/// The button that adds an item to a factor's section.
pub fn add_label(lang: Lang, factor: PestleFactor) -> &'static str {
    let (en, zh) = match factor {
        PestleFactor::Political => ("Add a political item", "添加政治因素"),
        PestleFactor::Economic => ("Add an economic item", "添加经济因素"),
        PestleFactor::Social => ("Add a social item", "添加社会因素"),
        PestleFactor::Technological => ("Add a technological item", "添加技术因素"),
        PestleFactor::Legal => ("Add a legal item", "添加法律因素"),
        PestleFactor::Environmental => ("Add an environmental item", "添加环境因素"),
    };
    pick(lang, en, zh)
}

/// A missing value, shown as a dash (never as 0).
const MISSING: &str = "—";

/// A weight to one decimal, or the dash while it is unknown.
pub fn weight(value: Option<f64>) -> String {
    value.map_or_else(|| MISSING.to_string(), |w| format!("{w:.1}"))
}

/// A net weight to one decimal with its sign ("+1.4", "-0.7"), or the dash.
pub fn net(value: Option<f64>) -> String {
    match value {
        Some(v) if v > 0.0 => format!("+{v:.1}"),
        // `abs` keeps a net of exactly nothing from printing as "-0.0".
        Some(v) if v == 0.0 => format!("{:.1}", v.abs()),
        other => weight(other),
    }
}

/// The read-only weight beside an item: "Weight: 5.6", "Weight: —" until it has a
/// direction, an impact and a likelihood.
pub fn item_weight(lang: Lang, value: Option<f64>) -> String {
    format!("{}{}", pick(lang, "Weight: ", "权重："), weight(value))
}

/// One of the heaviest items: "6.3 — Technological opportunity: Live-streaming …".
pub fn heaviest_line(lang: Lang, item: &WeightedItem) -> String {
    let text = if item.text.is_empty() {
        pick(lang, "(no text)", "（无内容）")
    } else {
        &item.text
    };
    let (factor, direction) = (item.factor.label(lang), item.direction.label(lang));
    match lang {
        Lang::En => format!(
            "{} — {factor} {}: {text}",
            weight(Some(item.weight)),
            direction.to_lowercase()
        ),
        Lang::Zh => format!(
            "{} — {factor}{direction}：{text}",
            weight(Some(item.weight))
        ),
    }
}

/// The labels drawn inside the PESTLE chart.
pub fn chart_text(lang: Lang) -> charts::PestleChartText {
    charts::PestleChartText {
        // Two long names are shortened so six groups fit side by side.
        factor_names: PestleFactor::ALL.map(|f| {
            match (lang, f) {
                (Lang::En, PestleFactor::Technological) => "Technol.",
                (Lang::En, PestleFactor::Environmental) => "Environ.",
                _ => f.label(lang),
            }
            .to_string()
        }),
        opportunity: PestleMsg::Opportunities.text(lang).to_string(),
        threat: PestleMsg::Threats.text(lang).to_string(),
        weight_axis: PestleMsg::WeightAxis.text(lang).to_string(),
        missing: "?".to_string(),
        not_scored: PestleMsg::NoneWeighed.text(lang).to_string(),
        no_data: Msg::NothingListed.text(lang).to_string(),
    }
}

/// The chart in words, for screen readers and tests: per factor the two weights as
/// written above the bars, "not weighed" where a bar is missing, and "nothing listed"
/// for a factor drawn without bars.
pub fn chart_description(lang: Lang, score: &PestleScore) -> String {
    let side =
        |v: Option<f64>| v.map_or_else(|| PestleMsg::NotWeighed.text(lang).into(), format_mean);
    let parts: Vec<String> = score
        .factors
        .iter()
        .map(|f| {
            let name = f.factor.label(lang);
            if f.is_empty() {
                return format!("{name} {}", PestleMsg::NothingListed.text(lang));
            }
            let (o, t) = (side(f.opportunity), side(f.threat));
            match lang {
                Lang::En => format!("{name} opportunities {o}, threats {t}"),
                Lang::Zh => format!("{name} 机会 {o}，威胁 {t}"),
            }
        })
        .collect();
    format!(
        "{}{}{}",
        PestleMsg::Chart.text(lang),
        crate::i18n::colon(lang),
        parts.join(crate::i18n::semicolon(lang))
    )
}
