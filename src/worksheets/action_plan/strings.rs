//! Strings of the action plan: its fixed messages, the names of the TOWS kinds and
//! statuses, the row names, and the figures' sentences.

use workbook::action_plan::{PlanScore, Status, TowsKind};
use workbook::Lang;

use crate::i18n::{pick, Label, Text};

messages! {
    pub enum ActionMsg {
        Intro => (
            "Turn the SWOT into strategies (the TOWS matrix): use strengths to take opportunities (SO) or to meet threats (ST), mend weaknesses so opportunities can be taken (WO), or shield weaknesses from threats (WT). Tick the SWOT items each strategy builds on, and give it an owner, a due date and a status. The plan is printed at the end of the report.",
            "把 SWOT 转化为战略（TOWS 矩阵）：利用优势把握机会（SO）或应对威胁（ST），弥补劣势以把握机会（WO），或规避劣势与威胁（WT）。勾选每项战略所依据的 SWOT 条目，并写明负责人、完成日期和状态。行动计划打印在报告的最后。",
        ),
        Kind => ("Strategy type", "战略类型"),
        Text => ("What will be done", "具体行动"),
        Uses => ("SWOT items it builds on", "所依据的 SWOT 条目"),
        ChooseKind => (
            "Choose a strategy type to see the SWOT items it can use.",
            "先选择战略类型，再勾选可依据的 SWOT 条目。",
        ),
        NoItems => (
            "The SWOT has no items in these two quadrants yet.",
            "SWOT 的这两个象限中还没有条目。",
        ),
        Owner => ("Owner", "负责人"),
        Due => ("Due date", "完成日期"),
        Status => ("Status", "状态"),
        AddRow => ("Add an action", "添加行动"),
        Row => ("Action", "行动"),
        Actions => ("Actions", "行动数"),
        DoneShare => ("Done", "已完成"),
        Unowned => ("Without an owner", "未指定负责人"),
        ByKind => ("Actions by strategy type", "各类战略的行动数"),
        ByStatus => ("Actions by status", "各状态的行动数"),
        Overdue => ("Overdue (past the due date, not done)", "已逾期（超过完成日期且未完成）"),
        NoneOverdue => ("Nothing is overdue.", "没有逾期的行动。"),
        Plan => ("The action plan", "行动计划"),
        Count => ("Actions", "行动数"),
        NoActions => ("No action written yet.", "尚未填写任何行动。"),
        NoKind => ("No type", "未选类型"),
        NoStatus => ("No status", "未定状态"),
        GoneItems => (
            "Some actions build on SWOT items that have since been removed from the SWOT.",
            "部分行动所依据的 SWOT 条目已从 SWOT 中删除。",
        ),
    }
}

impl Label for TowsKind {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            TowsKind::So => pick(lang, "SO: strengths × opportunities", "SO：优势 × 机会"),
            TowsKind::St => pick(lang, "ST: strengths × threats", "ST：优势 × 威胁"),
            TowsKind::Wo => pick(lang, "WO: weaknesses × opportunities", "WO：劣势 × 机会"),
            TowsKind::Wt => pick(lang, "WT: weaknesses × threats", "WT：劣势 × 威胁"),
        }
    }
}

impl Label for Status {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Status::NotStarted => pick(lang, "Not started", "未开始"),
            Status::UnderWay => pick(lang, "Under way", "进行中"),
            Status::Done => pick(lang, "Done", "已完成"),
        }
    }
}

/// The visible name of row `n`: "Action 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", ActionMsg::Row.text(lang))
}

/// The share of actions done, "2 of 4 (50%)", or a dash without actions.
pub fn done(lang: Lang, score: &PlanScore) -> String {
    match score.done_share() {
        None => "—".to_string(),
        Some(share) => {
            let done = score.by_status[Status::Done as usize];
            let pct = (share * 100.0).round();
            match lang {
                Lang::En => format!("{done} of {} ({pct}%)", score.actions),
                Lang::Zh => format!("{} 项中 {done} 项（{pct}%）", score.actions),
            }
        }
    }
}

/// One overdue action in the list: "2026-11-30 · Launch the online course".
pub fn overdue_line(text: &str, due: &str) -> String {
    format!("{due} · {text}")
}
