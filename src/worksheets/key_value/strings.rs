//! Strings of the key-customer value worksheet: its fixed messages, the value map's
//! four kinds of advice, row names, the per-row margin line, the figures' sentences
//! and the chart's labels.

use workbook::key_value::{pays, Advice, KeyValueScore, MATTERS_FROM};
use workbook::Lang;

use crate::i18n::{list_separator, pick, Label, Text};

messages! {
    pub enum ValueMsg {
        Intro => (
            "Key-customer value analysis: name the customer classes you weigh deals for (the relationship groups or tiers of the segmentation, or groups of the customer tables), then list the value targets of a deal — what the customer gets besides the product. For each target rate how much it matters to each class, what delivering it costs us and what it earns us (1–10 each), and write how to tell the customer about it in a way they accept. The value map shows, per class, what to lead with, what to deliver more cheaply, what to offer only on request and what to drop.",
            "关键客户价值分析：先列出要分析的客户类别（客户细分中的关系群组或客户等级，或顾客分析表中的客户群），再列出一笔交易的价值目标——客户在产品之外得到的东西。为每个目标按 1–10 打分：它对每个类别的重要程度、我们交付它的成本、它给我们带来的价值；并写明如何以客户乐于接受的方式传达它。价值图按类别显示：哪些应重点宣传，哪些应降低交付成本，哪些只在客户要求时提供，哪些应放弃。",
        ),
        Classes => ("Customer classes", "客户类别"),
        ClassName => ("Customer class", "客户类别"),
        ClassHint => (
            "Type a class, or pick a relationship group, tier or customer group from the suggestions.",
            "输入客户类别，或从建议中选择关系群组、客户等级或客户群。",
        ),
        AddClass => ("Add a customer class", "添加客户类别"),
        Targets => ("Value targets of a deal", "交易的价值目标"),
        TargetName => ("Value target", "价值目标"),
        Cost => ("Cost to deliver (1–10)", "交付成本（1–10）"),
        Value => ("Value it earns us (1–10)", "带来的价值（1–10）"),
        Communicate => ("How to communicate it", "如何传达"),
        Importances => ("How much it matters to each class", "对各客户类别的重要程度"),
        AddTarget => ("Add a value target", "添加价值目标"),
        NoClasses => (
            "Add a customer class above to rate how much each target matters to it.",
            "请先在上方添加客户类别，再为各目标评定其重要程度。",
        ),
        ClassCount => ("Customer classes", "客户类别数"),
        TargetCount => ("Value targets", "价值目标数"),
        Paying => ("Targets that pay (value above cost)", "划算的目标（价值高于成本）"),
        LeadCount => ("Class × target pairs to lead with", "应重点宣传的类别 × 目标组合"),
        CheaperCount => ("Matter but do not pay", "重要但不划算"),
        TargetTable => ("Value targets: cost, value and importance", "价值目标：成本、价值与重要程度"),
        Margin => ("Value − cost", "价值 − 成本"),
        Pays => ("Pays?", "是否划算"),
        MeanImportance => ("Mean importance", "平均重要程度"),
        MattersTo => ("Matters to", "对谁重要"),
        ClassTable => ("What to lead with, per customer class", "各客户类别应重点宣传的价值"),
        LeadWith => ("Lead with", "重点宣传"),
        Cheaper => ("Deliver more cheaply", "降低交付成本"),
        Rated => ("Targets rated", "已评分目标"),
        Untold => (
            "Targets that matter and pay, with no word yet on how to communicate them",
            "重要且划算、但尚未写明如何传达的目标",
        ),
        NoneUntold => ("Every target that matters and pays says how to communicate it.", "所有重要且划算的目标都已写明传达方式。"),
        NoTargets => ("No value target written yet.", "尚未填写任何价值目标。"),
        Chart => ("Value map: importance against value − cost", "价值图：重要程度与价值 − 成本"),
        ImportanceAxis => ("How much it matters to the class (1–10)", "对该类别的重要程度（1–10）"),
        NotPlaced => ("No target has cost, value and an importance yet", "尚无同时具备成本、价值和重要程度的目标"),
        NothingListed => ("No class or target listed yet", "尚未列出任何类别或目标"),
        Unnamed => ("(unnamed)", "（未命名）"),
        Yes => ("yes", "是"),
        No => ("no", "否"),
    }
}

impl Label for Advice {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Advice::LeadWith => pick(lang, "Lead with it", "重点宣传"),
            Advice::DeliverCheaper => pick(lang, "Deliver more cheaply", "降低交付成本"),
            Advice::OnRequest => pick(lang, "Offer on request", "按需提供"),
            Advice::Drop => pick(lang, "Drop", "放弃"),
        }
    }
}

/// The visible name of class `n`: "Customer class 2".
pub fn class_row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", ValueMsg::ClassName.text(lang))
}

/// The visible name of target `n`: "Value target 2".
pub fn target_row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", ValueMsg::TargetName.text(lang))
}

/// The label of a target's importance for one class: "Importance to SMEs (1–10)";
/// a class not named yet goes by its row name.
pub fn importance_label(lang: Lang, class: &str, number: usize) -> String {
    let class = if class.trim().is_empty() {
        class_row_name(lang, number)
    } else {
        class.trim().to_string()
    };
    match lang {
        Lang::En => format!("Importance to {class} (1–10)"),
        Lang::Zh => format!("对“{class}”的重要程度（1–10）"),
    }
}

/// A margin with its sign: "+2", "−3", "0"; a dash until cost and value are rated.
pub fn margin(m: Option<i8>) -> String {
    match m {
        None => "—".to_string(),
        Some(0) => "0".to_string(),
        Some(m) if m > 0 => format!("+{m}"),
        Some(m) => format!("−{}", -m),
    }
}

/// The read-only line beside a target: "Value − cost: +2 · pays".
pub fn row_margin(lang: Lang, m: Option<i8>) -> String {
    let head = format!(
        "{}{}",
        ValueMsg::Margin.text(lang),
        crate::i18n::colon(lang)
    );
    match m {
        None => format!("{head}—"),
        Some(m) => {
            let verdict = if pays(m) {
                pick(lang, "pays", "划算")
            } else {
                pick(lang, "does not pay", "不划算")
            };
            format!("{head}{} · {verdict}", margin(Some(m)))
        }
    }
}

/// "yes" / "no" for a margin, a dash without one.
pub fn pays_word(lang: Lang, m: Option<i8>) -> String {
    match m {
        None => "—".to_string(),
        Some(m) if pays(m) => ValueMsg::Yes.text(lang).to_string(),
        Some(_) => ValueMsg::No.text(lang).to_string(),
    }
}

/// "3 of 5", or a dash when nothing is priced.
pub fn paying(lang: Lang, s: &KeyValueScore) -> String {
    if s.priced == 0 {
        return "—".to_string();
    }
    match lang {
        Lang::En => format!("{} of {}", s.paying, s.priced),
        Lang::Zh => format!("{} 项中 {} 项", s.priced, s.paying),
    }
}

/// Names joined as a list, or a dash for none.
pub fn names(lang: Lang, names: &[String]) -> String {
    if names.is_empty() {
        "—".to_string()
    } else {
        names.join(list_separator(lang))
    }
}

/// The rule behind the map, with the domain's threshold.
pub fn rule(lang: Lang) -> String {
    let m = MATTERS_FROM;
    match lang {
        Lang::En => format!(
            "A target matters to a class from an importance of {m}; it pays when the value it earns is above its cost. Matters and pays: lead with it. Matters, does not pay: deliver it more cheaply. Pays, hardly matters: offer it on request. Neither: drop it."
        ),
        Lang::Zh => format!(
            "重要程度 ≥ {m} 即视为对该类别重要；带来的价值高于成本即为划算。重要且划算：重点宣传；重要但不划算：降低交付成本；划算但不重要：按需提供；既不重要也不划算：放弃。"
        ),
    }
}

/// The chart's labels.
pub fn chart_text(lang: Lang) -> charts::ValueMapText {
    let s = |m: ValueMsg| m.text(lang).to_string();
    charts::ValueMapText {
        importance_axis: s(ValueMsg::ImportanceAxis),
        margin_axis: s(ValueMsg::Margin),
        regions: Advice::ALL.map(|a| a.label(lang).to_string()),
        unnamed: s(ValueMsg::Unnamed),
        not_scored: s(ValueMsg::NotPlaced),
        no_data: s(ValueMsg::NothingListed),
    }
}

/// The map in words, for screen readers: per advice, how many pairs.
pub fn chart_description(lang: Lang, s: &KeyValueScore) -> String {
    Advice::ALL
        .into_iter()
        .zip(s.by_advice)
        .map(|(a, n)| format!("{} {n}", a.label(lang)))
        .collect::<Vec<_>>()
        .join(crate::i18n::semicolon(lang))
}
