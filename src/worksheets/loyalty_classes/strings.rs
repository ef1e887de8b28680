//! Strings of the loyalty classes and relationships worksheet: its fixed messages,
//! the six classes' names with what each usually calls for, the continuum's stages,
//! row names, the per-row stage line, the figures' sentences and the chart's labels.

use workbook::loyalty_classes::{
    LoyaltyClass, LoyaltyClassesScore, Position, Stage, CLOSE_FROM, TRANSACTION_FROM,
};
use workbook::{Lang, Score};

use crate::i18n::{list_separator, pick, Label, Text};

messages! {
    pub enum LoyaltyClassMsg {
        Intro => (
            "Place your customer groups (or key accounts) in the six loyalty classes, with how many customers each holds, and write what each class calls for. Then place each group on the relationship continuum — distant, pure transaction, close working relationship — where it stands today and where you want it: intimacy rises as loyalty rises.",
            "把客户群（或重点客户）归入六个忠诚度类别，注明每个群的客户数，并写明每个类别需要采取的行动。再把每个群放到关系连续流上——疏远、纯交易、亲密的工作关系——标出目前的位置和目标位置：忠诚度越高，关系越亲密。",
        ),
        Groups => ("Customer groups", "客户群"),
        GroupRow => ("Customer group", "客户群"),
        GroupName => ("Customer group or key account", "客户群或重点客户"),
        GroupHint => (
            "Type a group, or pick one of the customer tables' groups from the suggestions.",
            "输入客户群，或从建议中选择顾客分析表中的客户群。",
        ),
        Customers => ("Customers", "客户数"),
        Class => ("Loyalty class", "忠诚度类别"),
        Today => ("Relationship today (1–10)", "目前的关系（1–10）"),
        Target => ("Target relationship (1–10)", "目标关系（1–10）"),
        AddGroup => ("Add a customer group", "添加客户群"),
        Actions => ("What each class calls for", "各类别需要采取的行动"),
        ActionFor => ("Our action", "我们的行动"),
        Usually => ("Usually", "通常做法"),
        InClass => ("Placed here", "归入此类的客户群"),
        NoneHere => ("No group placed here yet.", "尚无客户群归入此类。"),
        GroupCount => ("Customer groups", "客户群数"),
        PlacedCount => ("Placed in a class", "已归类"),
        LongTerm => ("Long-term among buying customers (classes 1–2 of 1–4)", "购买客户中的长期客户（第 1–2 类占第 1–4 类）"),
        MayLeave => ("Customers who may leave (classes 2 and 4)", "可能流失的客户（第 2 类和第 4 类）"),
        Moves => ("On the continuum: closer / same / further", "关系连续流：拉近 / 不变 / 疏远"),
        MeanMove => ("Mean position: today → target", "平均位置：目前 → 目标"),
        ClassTable => ("Customer groups and actions by loyalty class", "各忠诚度类别的客户群与行动"),
        ClassCol => ("Loyalty class", "忠诚度类别"),
        GroupsCol => ("Groups", "客户群"),
        NoAction => ("Classes holding groups with no action written yet", "已有客户群、但尚未写明行动的类别"),
        AllActed => ("Every class that holds a group has its action.", "所有已有客户群的类别都已写明行动。"),
        Continuum => ("Relationship continuum", "关系连续流"),
        ContinuumTable => ("Where each group stands and where it should go", "各客户群的目前位置与目标位置"),
        Change => ("Change", "变化"),
        Axis => ("Closeness of the relationship (1–10)", "关系的亲密程度（1–10）"),
        NoPositions => ("No group has a position on the continuum yet", "尚无客户群标出关系位置"),
        NoGroups => ("No customer group written yet.", "尚未填写任何客户群。"),
        Unnamed => ("(unnamed)", "（未命名）"),
        TodayMarker => ("Today", "目前"),
        TargetMarker => ("Target", "目标"),
    }
}

impl Label for LoyaltyClass {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            LoyaltyClass::LoyalStaying => pick(
                lang,
                "1 · Long-term loyal, will keep buying",
                "1 · 长期忠诚、会继续购买的客户",
            ),
            LoyaltyClass::LoyalMaySwitch => pick(
                lang,
                "2 · Long-term, may switch brands",
                "2 · 长期客户，但可能转换品牌",
            ),
            LoyaltyClass::OccasionalMayBuyMore => pick(
                lang,
                "3 · Occasional, may buy more with the right incentive",
                "3 · 偶尔购买，适当激励下可能多买",
            ),
            LoyaltyClass::OccasionalMayBuyLess => pick(
                lang,
                "4 · Occasional, may buy less if a competitor's incentive is right",
                "4 · 偶尔购买，竞争对手激励合适时可能少买",
            ),
            LoyaltyClass::NonUserMayBuy => pick(
                lang,
                "5 · Non-users who may become customers",
                "5 · 可能成为客户的非用户",
            ),
            LoyaltyClass::NonUserWillNot => pick(
                lang,
                "6 · Non-users who will not buy",
                "6 · 不会购买的非用户",
            ),
        }
    }
}

/// What a class usually calls for: the method's reading, shown beside the team's own.
pub fn usual_action(lang: Lang, class: LoyaltyClass) -> &'static str {
    match class {
        LoyaltyClass::LoyalStaying => pick(
            lang,
            "Keep them: thank and reward them, keep the service they value, ask for referrals.",
            "留住他们：感谢和回报，保持他们看重的服务，请他们推荐新客户。",
        ),
        LoyaltyClass::LoyalMaySwitch => pick(
            lang,
            "Find out what would make them switch and remove it before a competitor uses it.",
            "找出可能让他们转换的原因，在竞争对手利用之前消除它。",
        ),
        LoyaltyClass::OccasionalMayBuyMore => pick(
            lang,
            "Give the incentive that makes them buy more: bundles, volume terms, a wider offer.",
            "提供促使他们多买的激励：组合产品、批量条件、更丰富的产品。",
        ),
        LoyaltyClass::OccasionalMayBuyLess => pick(
            lang,
            "Defend: match a competitor's incentive only where it pays, and remind them of what they get.",
            "防守：只在划算时回应竞争对手的激励，并提醒他们已获得的价值。",
        ),
        LoyaltyClass::NonUserMayBuy => pick(
            lang,
            "Win them: a trial, a reference from a similar customer, an easy first purchase.",
            "争取他们：试用、同类客户的推荐、简便的首次购买。",
        ),
        LoyaltyClass::NonUserWillNot => pick(
            lang,
            "Spend nothing on them beyond general communication.",
            "除一般宣传外不再投入。",
        ),
    }
}

impl Label for Stage {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Stage::Distant => pick(lang, "Distant", "疏远"),
            Stage::Transaction => pick(lang, "Pure transaction", "纯交易"),
            Stage::Close => pick(lang, "Close working relationship", "亲密的工作关系"),
        }
    }
}

/// The visible name of row `n`: "Customer group 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", LoyaltyClassMsg::GroupRow.text(lang))
}

/// The stages' scale in words: "1–3 distant, 4–6 pure transaction, 7–10 close
/// working relationship."
pub fn scale(lang: Lang) -> String {
    let (t, c) = (TRANSACTION_FROM, CLOSE_FROM);
    let max = Score::MAX;
    match lang {
        Lang::En => format!(
            "On the continuum 1–{} is distant, {t}–{} a pure transaction and {c}–{max} a close working relationship.",
            t - 1,
            c - 1
        ),
        Lang::Zh => format!(
            "关系连续流上，1–{} 为疏远，{t}–{} 为纯交易，{c}–{max} 为亲密的工作关系。",
            t - 1,
            c - 1
        ),
    }
}

/// A position with its stage: "8 · Close working relationship", or a dash.
pub fn position(lang: Lang, p: Option<Score>) -> String {
    p.map_or("—".to_string(), |p| {
        format!("{} · {}", p.get(), Stage::of(p).label(lang))
    })
}

/// The read-only line beside a group: "Distant → Close working relationship".
pub fn row_stages(lang: Lang, today: Option<Score>, target: Option<Score>) -> String {
    let stage = |p: Option<Score>| p.map_or("—", |p| Stage::of(p).label(lang));
    format!("{} → {}", stage(today), stage(target))
}

/// A change along the continuum: "+2", "−1", "0", or a dash.
pub fn change(p: &Position) -> String {
    match p.change() {
        None => "—".to_string(),
        Some(0) => "0".to_string(),
        Some(c) if c > 0 => format!("+{c}"),
        Some(c) => format!("−{}", -c),
    }
}

/// A share as a whole percent, or a dash.
pub fn share(value: Option<f64>) -> String {
    value.map_or("—".to_string(), |v| format!("{}%", (v * 100.0).round()))
}

/// "2 / 1 / 1".
pub fn moves(s: &LoyaltyClassesScore) -> String {
    format!("{} / {} / {}", s.closer, s.same, s.further)
}

/// "5.2 → 6.4", with dashes for what is missing.
pub fn mean_move(s: &LoyaltyClassesScore) -> String {
    let m = |v: Option<f64>| v.map_or("—".to_string(), |v| format!("{v:.1}"));
    format!("{} → {}", m(s.mean_today), m(s.mean_target))
}

/// Names joined as a list, or a dash for none.
pub fn names(lang: Lang, names: &[String]) -> String {
    if names.is_empty() {
        "—".to_string()
    } else {
        names.join(list_separator(lang))
    }
}

/// The chart's labels.
pub fn chart_text(lang: Lang) -> charts::ContinuumText {
    let s = |m: LoyaltyClassMsg| m.text(lang).to_string();
    charts::ContinuumText {
        stages: Stage::ALL.map(|st| st.label(lang).to_string()),
        axis: s(LoyaltyClassMsg::Axis),
        today: s(LoyaltyClassMsg::TodayMarker),
        target: s(LoyaltyClassMsg::TargetMarker),
        unnamed: s(LoyaltyClassMsg::Unnamed),
        no_data: s(LoyaltyClassMsg::NoPositions),
    }
}

/// The continuum in words, for screen readers: each group, today → target.
pub fn chart_description(lang: Lang, s: &LoyaltyClassesScore) -> String {
    let p = |v: Option<Score>| v.map_or("—".to_string(), |v| v.get().to_string());
    s.positions
        .iter()
        .map(|pos| format!("{} {} → {}", pos.name, p(pos.today), p(pos.target)))
        .collect::<Vec<_>>()
        .join(crate::i18n::semicolon(lang))
}
