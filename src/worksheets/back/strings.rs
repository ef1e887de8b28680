//! Strings of the BACK worksheet (baggage, aspiration, culture, knowledge): its fixed
//! words, row names, the names and descriptions of its domain values, the summary lines
//! and both charts' labels and descriptions in words.

use workbook::internal::{
    BackLetter, BackScore, BaggageDecision, BaggageScore, CultureStrength, CultureType,
};
use workbook::Lang;

use crate::i18n::{pick, Label, Msg, Text};

messages! {
    pub enum BackMsg {
        Intro => (
            "BACK looks at what holds the organisation back and what carries it forward: its baggage, its aspirations, its culture and its staff's knowledge. Score each item from 1 to 10; a score left empty stays missing and is never counted as zero.",
            "BACK 分析审视哪些因素拖累组织、哪些因素推动组织前进：包袱、抱负、文化，以及员工的知识。每项按 1–10 打分；未填写的分数记为缺失，绝不按零计算。",
        ),
        BaggageTitle => ("B — Baggage", "B — 包袱"),
        BaggageIntro => (
            "Rules, regulations, policies and habits that are no longer useful to the organisation but are hard to let go of. Re-examine them regularly so that they do not hinder customer relationships.",
            "包袱（又称“行李”）指对组织已不再有用、却难以舍弃的规章、制度、政策和习惯。应定期重新审视，以免妨碍客户关系。",
        ),
        BaggageText => ("Rule, policy or habit", "规章、政策或习惯"),
        Hindrance => ("Hinders customer relationships (1–10)", "对客户关系的阻碍程度（1–10）"),
        Decision => ("Decision", "处理决定"),
        AddBaggage => ("Add a baggage item", "添加包袱"),
        AspirationTitle => ("A — Aspiration", "A — 抱负"),
        AspirationIntro => (
            "Where the organisation wants to get to, learned by talking with staff at every level.",
            "抱负（又称“渴望”）指组织希望达到的目标，通过与各层级员工交谈来了解。",
        ),
        AspirationText => ("Where we want to get to", "希望达到的目标"),
        Shared => ("How widely shared (1–10)", "认同的广泛程度（1–10）"),
        VoicedBy => ("Voiced by (staff level)", "提出者（员工层级）"),
        AddAspiration => ("Add an aspiration", "添加抱负"),
        CultureTitle => ("C — Culture", "C — 文化"),
        CultureIntro => (
            "Which of the four culture types dominates the organisation, and which, if any, comes second. Rate how strongly each shows and note what shows it.",
            "组织以四种文化类型中的哪一种为主导，哪一种（如有）居其次。为每种文化的明显程度打分，并记下体现它的依据。",
        ),
        Dominant => ("Dominant culture", "主导文化"),
        DominantStrength => ("How strongly the dominant culture shows (1–10)", "主导文化的明显程度（1–10）"),
        DominantEvidence => ("What shows the dominant culture", "主导文化的依据"),
        Secondary => ("Secondary culture", "次要文化"),
        SecondaryStrength => ("How strongly the secondary culture shows (1–10)", "次要文化的明显程度（1–10）"),
        SecondaryEvidence => ("What shows the secondary culture", "次要文化的依据"),
        KnowledgeTitle => ("K — Knowledge", "K — 知识"),
        KnowledgeIntro => (
            "What level staff competence has reached, topic by topic, against the level the organisation needs.",
            "员工能力已达到什么水平：逐个主题与组织所需的水平对照。",
        ),
        Topic => ("Topic", "知识主题"),
        Current => ("Current competence (1–10)", "当前能力（1–10）"),
        Target => ("Target level (1–10)", "目标水平（1–10）"),
        AddTopic => ("Add a knowledge topic", "添加知识主题"),
        BaggageLoad => ("Baggage load (hindrance of the items still carried)", "包袱负担（仍保留各项的阻碍分之和）"),
        BaggageItems => ("Baggage items", "包袱事项"),
        Consensus => ("Aspiration consensus (mean, 1–10)", "抱负共识度（平均分，1–10）"),
        KnowledgeMean => ("Knowledge (mean current competence)", "知识（当前能力平均分）"),
        LargestGaps => ("Largest knowledge gaps", "最大的知识差距"),
        NoGaps => ("No topic is below its target level yet.", "目前没有低于目标水平的主题。"),
        ChartLetters => ("The four letters (1–10)", "BACK 四要素得分（1–10）"),
        ChartKnowledge => ("Knowledge: current competence and target level", "知识：当前能力与目标水平"),
    }
}

/// The visible name of baggage row `n`: "Baggage item 2".
pub fn baggage_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Baggage item", "包袱"))
}

/// The visible name of aspiration row `n`: "Aspiration 2".
pub fn aspiration_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Aspiration", "抱负"))
}

/// The visible name of knowledge row `n`: "Topic 2".
pub fn topic_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", pick(lang, "Knowledge topic", "知识主题"))
}

impl Label for BaggageDecision {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            BaggageDecision::Keep => pick(lang, "Keep", "保留"),
            BaggageDecision::Review => pick(lang, "Review", "重新审视"),
            BaggageDecision::Drop => pick(lang, "Drop", "放弃"),
        }
    }
}

impl Label for CultureType {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            CultureType::Role => pick(lang, "Role culture", "角色文化"),
            CultureType::Power => pick(lang, "Power / cooperation culture", "协作/权力文化"),
            CultureType::Task => pick(lang, "Task culture", "任务文化"),
            CultureType::Existential => pick(lang, "Existential culture", "存在主义文化"),
        }
    }
}

/// What a culture type means (METHOD.md §1), shown once the type is chosen so the
/// workshop can check the choice against it.
pub fn culture_description(lang: Lang, kind: CultureType) -> &'static str {
    match kind {
        CultureType::Role => pick(
            lang,
            "Stresses each person's remit, not what they actually achieve.",
            "强调每个人的职责范围，而不是其实际成就。",
        ),
        CultureType::Power => pick(
            lang,
            "Power is concentrated in one strong personality.",
            "权力集中在一个强势人物身上。",
        ),
        CultureType::Task => pick(
            lang,
            "Decisions belong to specialists and entrepreneurs.",
            "决策权属于专家和创业者。",
        ),
        CultureType::Existential => pick(
            lang,
            "The organisation exists to serve the people in it, as in a doctors' practice.",
            "组织为服务其成员而存在，例如医生诊所。",
        ),
    }
}

/// A missing value, shown as a dash (never as 0).
const MISSING: &str = "—";

/// A mean as the summary shows it, to one decimal, or the dash.
pub fn mean_text(mean: Option<f64>) -> String {
    mean.map_or_else(|| MISSING.to_string(), |m| format!("{m:.1}"))
}

/// A knowledge gap with its sign ("+3", "0", "-2"), or the dash.
pub fn signed(gap: Option<i32>) -> String {
    match gap {
        Some(g) if g > 0 => format!("+{g}"),
        Some(g) => g.to_string(),
        None => MISSING.to_string(),
    }
}

/// The read-only gap beside a knowledge topic: "Gap: +3", "差距:+3".
pub fn gap_text(lang: Lang, gap: Option<i32>) -> String {
    match lang {
        Lang::En => format!("Gap: {}", signed(gap)),
        Lang::Zh => format!("差距：{}", signed(gap)),
    }
}

/// The baggage counts: how many carried items are scored, how many were dropped and
/// how many await a decision.
pub fn baggage_counts(lang: Lang, b: &BaggageScore) -> String {
    let scored = crate::i18n::scored_counts(lang, b.scored, b.unscored);
    let (dropped, undecided) = (b.dropped, b.undecided);
    match lang {
        Lang::En => format!("{scored}; {dropped} dropped, {undecided} undecided"),
        Lang::Zh => format!("{scored}；已放弃 {dropped} 项，未决定 {undecided} 项"),
    }
}

/// A chosen culture with its strength: "Task culture, strength 7"; the dash when none.
pub fn culture_text(lang: Lang, culture: Option<CultureStrength>) -> String {
    let Some(c) = culture else {
        return MISSING.to_string();
    };
    let strength = c
        .strength
        .map_or_else(|| MISSING.to_string(), |s| s.to_string());
    match lang {
        Lang::En => format!("{}, strength {strength}", c.kind.label(lang)),
        Lang::Zh => format!("{}，明显程度 {strength}", c.kind.label(lang)),
    }
}

/// A letter's name under its bar and in the chart description: "B · Baggage".
pub fn letter_name(lang: Lang, letter: BackLetter) -> String {
    let word = match letter {
        BackLetter::Baggage => pick(lang, "Baggage", "包袱"),
        BackLetter::Aspiration => pick(lang, "Aspiration", "抱负"),
        BackLetter::Culture => pick(lang, "Culture", "文化"),
        BackLetter::Knowledge => pick(lang, "Knowledge", "知识"),
    };
    format!("{} · {word}", letter.letter())
}

/// The labels drawn inside both BACK charts.
pub fn chart_text(lang: Lang) -> charts::BackChartText {
    charts::BackChartText {
        letter_names: BackLetter::ALL.map(|l| letter_name(lang, l)),
        score_axis: pick(lang, "Score (1–10)", "得分（1–10）").to_string(),
        current: pick(lang, "Current", "当前").to_string(),
        target: pick(lang, "Target", "目标").to_string(),
        level_axis: pick(lang, "Level (1–10)", "水平（1–10）").to_string(),
        not_scored: Msg::NotScored.text(lang).to_string(),
        no_data: Msg::NothingListed.text(lang).to_string(),
    }
}

/// The letters chart in words, for screen readers and tests: each letter with the value
/// written above its bar, or "not scored".
pub fn letters_description(lang: Lang, score: &BackScore) -> String {
    let parts: Vec<String> = BackLetter::ALL
        .into_iter()
        .map(|l| {
            let value = score.letter(l).map_or_else(
                || Msg::NotScored.text(lang).to_string(),
                charts::style::format_mean,
            );
            format!("{} {value}", letter_name(lang, l))
        })
        .collect();
    format!(
        "{}{}{}",
        BackMsg::ChartLetters.text(lang),
        crate::i18n::colon(lang),
        parts.join(crate::i18n::comma(lang))
    )
}

/// The knowledge chart in words: each topic's current and target level.
pub fn knowledge_description(lang: Lang, score: &BackScore) -> String {
    let level = |s: Option<workbook::Score>| {
        s.map_or_else(|| Msg::NotScored.text(lang).to_string(), |s| s.to_string())
    };
    let parts: Vec<String> = score
        .knowledge
        .topics
        .iter()
        .map(|t| {
            let (current, target) = (level(t.current), level(t.target));
            match lang {
                Lang::En => format!("{} current {current}, target {target}", t.topic),
                Lang::Zh => format!("{} 当前 {current}，目标 {target}", t.topic),
            }
        })
        .collect();
    let body = if parts.is_empty() {
        Msg::NothingListed.text(lang).to_string()
    } else {
        parts.join(crate::i18n::semicolon(lang))
    };
    format!(
        "{}{}{body}",
        BackMsg::ChartKnowledge.text(lang),
        crate::i18n::colon(lang)
    )
}
