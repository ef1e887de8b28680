//! Strings of the 7S worksheet: its fixed messages, the names of the six factors and
//! of the two verdicts, and the words and labels of its two charts.

use workbook::internal::{FactorRating, SevenSFactor, SevenSScore, Verdict};
use workbook::Lang;

use crate::i18n::{pick, Label, Msg, Text};

messages! {
    pub enum SevenSMsg {
        Intro => (
            "First write down the company's shared values. Then judge each of the other six factors: is it a strength or a weakness for the company? Rate how strong or how weak it is from 1 to 10 and note the evidence.",
            "首先写下公司的共同价值观。然后逐一判断其余六个要素：它对公司而言是优势还是劣势？按 1 到 10 为其强弱程度打分，并写明依据。7S 各要素采用通用译名，括号内为另一常见译名：共同价值观（共享观念）、战略（策略）、结构、制度（体系）、风格（类型/风格）、员工（组成人员）、技能（技巧）。",
        ),
        SharedValues => ("Shared values: what does the company stand for?", "共同价值观：公司秉持什么理念？"),
        Factors => ("The six factors", "六个要素"),
        VerdictGroup => ("Strength or weakness", "优势还是劣势"),
        ClearVerdict => ("Clear the verdict", "清除判断"),
        Rating => ("How strong or how weak (1–10)", "强弱程度（1–10）"),
        Evidence => ("Evidence", "依据"),
        Strengths => ("Strengths", "优势"),
        Weaknesses => ("Weaknesses", "劣势"),
        Balance => (
            "Rating balance (strengths' ratings − weaknesses' ratings)",
            "评分差额（优势评分之和 − 劣势评分之和）",
        ),
        Unrated => ("Verdict given but not rated", "已判断但未打分"),
        NoneUnrated => ("none", "无"),
        Weakest => ("Weakest factor", "最薄弱要素"),
        Verdicts => ("Verdicts", "判断"),
        AllDecided => ("complete: every factor has a verdict", "已完成：每个要素都已判断"),
        ChartDiagram => ("7S diagram", "7S 模型图"),
        ChartRadar => ("Factors rated, strength outward", "各要素强弱（向外为优势）"),
        NoVerdict => ("no verdict", "未判断"),
        RadarNote => (
            "Outward: strength · inward: weakness · bold ring: 0",
            "向外：优势 · 向内：劣势 · 粗圈：0",
        ),
        BalanceWord => ("balance", "差额"),
    }
}

impl Label for SevenSFactor {
    /// The standard names; the intro gives METHOD.md's beside them (共享观念, 策略,
    /// 体系, 类型/风格, 组成人员, 技巧), so users meet the terms they know.
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            SevenSFactor::Staff => ("Staff", "员工"),
            SevenSFactor::Structure => ("Structure", "结构"),
            SevenSFactor::Systems => ("Systems", "制度"),
            SevenSFactor::Skills => ("Skills", "技能"),
            SevenSFactor::Style => ("Style", "风格"),
            SevenSFactor::Strategy => ("Strategy", "战略"),
        };
        pick(lang, en, zh)
    }
}

impl Label for Verdict {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Verdict::Strength => pick(lang, "Strength", "优势"),
            Verdict::Weakness => pick(lang, "Weakness", "劣势"),
        }
    }
}

/// A signed figure with its sign always shown, "+5" or "-3", as the balance is read.
pub fn signed(value: i32) -> String {
    format!("{value:+}")
}

/// "Staff, Style": factor names in a sentence.
pub fn factor_list(lang: Lang, factors: impl IntoIterator<Item = SevenSFactor>) -> String {
    let names: Vec<&str> = factors.into_iter().map(|f| f.label(lang)).collect();
    names.join(pick(lang, ", ", "、"))
}

/// "missing a verdict: Staff, Style", for the completeness line.
pub fn missing_verdicts(lang: Lang, factors: impl IntoIterator<Item = SevenSFactor>) -> String {
    let list = factor_list(lang, factors);
    match lang {
        Lang::En => format!("missing a verdict: {list}"),
        Lang::Zh => format!("尚未判断：{list}"),
    }
}

/// One factor in words: "Staff: strength 8", "Style: no verdict, 6",
/// "Systems: weakness, not scored".
fn factor_words(lang: Lang, f: &FactorRating) -> String {
    let verdict = match f.verdict {
        Some(Verdict::Strength) => pick(lang, "strength", "优势"),
        Some(Verdict::Weakness) => pick(lang, "weakness", "劣势"),
        None => SevenSMsg::NoVerdict.text(lang),
    };
    let (colon, comma) = (crate::i18n::colon(lang), crate::i18n::comma(lang));
    let name = f.factor.label(lang);
    match (f.verdict, f.rating) {
        (Some(_), Some(r)) => format!("{name}{colon}{verdict} {r}"),
        (None, Some(r)) => format!("{name}{colon}{verdict}{comma}{r}"),
        (_, None) => format!("{name}{colon}{verdict}{comma}{}", Msg::NotScored.text(lang)),
    }
}

/// Either 7S chart in words, for screen readers and tests: its title, each factor's
/// verdict and rating, and the balance ("—" when unknown).
pub fn chart_description(lang: Lang, title: SevenSMsg, score: &SevenSScore) -> String {
    let parts: Vec<String> = score
        .factors
        .iter()
        .map(|f| factor_words(lang, f))
        .collect();
    let balance = score.balance.map_or_else(|| "—".to_string(), signed);
    let sep = crate::i18n::semicolon(lang);
    format!(
        "{}{}{}{sep}{} {balance}",
        title.text(lang),
        crate::i18n::colon(lang),
        parts.join(sep),
        SevenSMsg::BalanceWord.text(lang),
    )
}

/// The labels drawn inside both 7S charts.
pub fn chart_text(lang: Lang) -> charts::SevenSChartText {
    charts::SevenSChartText {
        factor_names: SevenSFactor::ALL.map(|f| f.label(lang).to_string()),
        shared_values: pick(lang, "Shared values", "共同价值观").to_string(),
        strength: Verdict::Strength.label(lang).to_string(),
        weakness: Verdict::Weakness.label(lang).to_string(),
        no_verdict: SevenSMsg::NoVerdict.text(lang).to_string(),
        not_scored: Msg::NotScored.text(lang).to_string(),
        radar_note: SevenSMsg::RadarNote.text(lang).to_string(),
        no_data: Msg::NoData.text(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use workbook::internal::SevenS;
    use workbook::Score;

    #[test]
    fn factors_and_verdicts_are_named_in_both_languages() {
        for f in SevenSFactor::ALL {
            assert!(f.label(Lang::En).is_ascii());
            assert!(!f.label(Lang::Zh).is_ascii());
        }
        assert_eq!(SevenSFactor::Staff.label(Lang::Zh), "员工");
        assert_eq!(Verdict::Weakness.label(Lang::Zh), "劣势");
    }

    #[test]
    fn the_chart_is_described_with_every_factor_and_a_signed_balance() {
        let mut s = SevenS::default();
        s.factors[0].verdict = Some(Verdict::Strength);
        s.factors[0].rating = Score::new(8).ok();
        s.factors[1].verdict = Some(Verdict::Weakness);
        s.factors[2].rating = Score::new(6).ok();
        let text = chart_description(Lang::En, SevenSMsg::ChartDiagram, &s.score());
        assert_eq!(
            text,
            "7S diagram: Staff: strength 8; Structure: weakness, not scored; \
             Systems: no verdict, 6; Skills: no verdict, not scored; \
             Style: no verdict, not scored; Strategy: no verdict, not scored; balance +8"
        );
        let blank = chart_description(Lang::En, SevenSMsg::ChartRadar, &SevenS::default().score());
        assert!(blank.ends_with("balance —"), "{blank}");
    }
}
