//! Strings of the customer issue log: the model's questions, the answers, where an
//! issue stands, and the figures' sentences.

use workbook::customers::CustomerTable;
use workbook::issues::{Answer, LogScore, Stage, Step};
use workbook::Lang;

use crate::i18n::{pick, Label, Text};

messages! {
    pub enum IssueMsg {
        Intro => (
            "Log each problem a customer raises and walk it through the problem-solving model: find the real problem and what the customer really wants, decide who can provide it, agree a solution or escalate, check the customer is satisfied and record the solution. \"The secret of CRM is listening and learning, not telling and selling.\"",
            "记录客户提出的每个问题，并按问题解决模型逐步处理：找出真正的问题和客户真正想要的，确定由谁提供，商定解决方案或上报，确认客户满意，并记录解决方案。“CRM 的秘诀在于倾听与学习，而不是说教与推销。”",
        ),
        Raised => ("What the customer raised", "客户提出的问题"),
        Group => ("Customer group", "客户群"),
        NoGroup => ("No group", "未关联客户群"),
        Opened => ("Opened on", "提出日期"),
        Closed => ("Closed on", "关闭日期"),
        Model => ("The problem-solving model", "问题解决模型"),
        Problem => ("What is the real problem?", "真正的问题是什么？"),
        Wants => ("What does the customer really want?", "客户真正想要的是什么？"),
        MakesUp => ("Would doing it make up the loss?", "这样做能否弥补损失？"),
        CanProvide => ("Can we provide it?", "我们能否提供？"),
        SomeoneElse => ("Can someone else provide it?", "其他人能否提供？"),
        Provider => ("Who (contact them)", "由谁提供（请与其联系）"),
        Alternatives => ("What are the alternatives?", "有哪些替代方案？"),
        Agreed => ("Is there a solution both sides agree on?", "是否有双方都同意的解决方案？"),
        Solution => ("The agreed solution", "商定的解决方案"),
        Escalated => ("Escalated to", "上报给"),
        Satisfied => ("Is the customer satisfied?", "客户是否满意？"),
        Record => ("The solution as recorded", "记录的解决方案"),
        Where => ("Where it stands", "当前进展"),
        AddRow => ("Add an issue", "添加问题"),
        Row => ("Issue", "问题"),
        Issues => ("Issues", "问题数"),
        Open => ("Open", "未关闭"),
        ClosedCount => ("Closed", "已关闭"),
        Escalations => ("Escalated", "已上报"),
        SatisfiedShare => ("Customer satisfied", "客户满意"),
        DaysToClose => ("Mean days to close", "平均关闭天数"),
        OldestOpen => ("Open longest", "未关闭时间最长"),
        ByGroup => ("Issues by customer group", "各客户群的问题数"),
        Count => ("Issues", "问题数"),
        OpenCount => ("Open", "未关闭"),
        Chart => ("Where the issues stand", "问题所处的步骤"),
        Axis => ("Issues", "问题数"),
        NoIssues => ("No issue logged yet.", "尚未记录任何问题。"),
        Log => ("The issue log", "问题记录"),
        DaysOpen => ("Days open", "持续天数"),
        Walked => ("Every step answered, not closed", "各步骤已完成，尚未关闭"),
        StageClosed => ("Closed", "已关闭"),
    }
}

impl Label for Answer {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Answer::Yes => pick(lang, "Yes", "是"),
            Answer::No => pick(lang, "No", "否"),
        }
    }
}

/// The short name of a step, as where an issue waits: "the real problem".
pub fn step_name(lang: Lang, step: Step) -> &'static str {
    let (en, zh) = match step {
        Step::Problem => ("The real problem", "真正的问题"),
        Step::Wants => ("What the customer wants", "客户想要什么"),
        Step::MakesUp => ("Makes up the loss?", "能否弥补损失"),
        Step::CanProvide => ("Can we provide it?", "我们能否提供"),
        Step::SomeoneElse => ("Someone else?", "其他人能否提供"),
        Step::Alternatives => ("Alternatives", "替代方案"),
        Step::Agreed => ("Agreed solution", "商定解决方案"),
        Step::Escalate => ("Escalate", "上报"),
        Step::Satisfied => ("Customer satisfied?", "客户是否满意"),
        Step::Record => ("Record the solution", "记录解决方案"),
    };
    pick(lang, en, zh)
}

/// Where an issue stands, in words: "Waiting at: the real problem".
pub fn stage_text(lang: Lang, stage: Stage) -> String {
    match stage {
        Stage::At(step) => match lang {
            Lang::En => format!("Waiting at: {}", step_name(lang, step)),
            Lang::Zh => format!("待处理：{}", step_name(lang, step)),
        },
        Stage::Walked => IssueMsg::Walked.text(lang).to_string(),
        Stage::Closed => IssueMsg::StageClosed.text(lang).to_string(),
    }
}

/// A customer group in the issue's choice: "Banks (Current customers)".
pub fn group_option(lang: Lang, name: &str, table: CustomerTable) -> String {
    match lang {
        Lang::En => format!("{name} ({})", table.label(lang)),
        Lang::Zh => format!("{name}（{}）", table.label(lang)),
    }
}

/// The visible name of row `n`: "Issue 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", IssueMsg::Row.text(lang))
}

/// "3 of 4 (75%)", or a dash when nobody answered.
pub fn satisfied(lang: Lang, score: &LogScore) -> String {
    match score.satisfied_share() {
        None => "—".to_string(),
        Some(share) => {
            let pct = (share * 100.0).round();
            let (n, of) = (score.satisfied, score.satisfaction_answered);
            match lang {
                Lang::En => format!("{n} of {of} ({pct}%)"),
                Lang::Zh => format!("{of} 个中 {n} 个（{pct}%）"),
            }
        }
    }
}

/// "12.5 days", or a dash.
pub fn days(lang: Lang, days: Option<f64>) -> String {
    match days {
        None => "—".to_string(),
        Some(d) => {
            let d = crate::i18n::report::one_decimal(Some(d));
            match lang {
                Lang::En => format!("{d} days"),
                Lang::Zh => format!("{d} 天"),
            }
        }
    }
}

/// "15 days · Invoices do not meet the rules", or a dash.
pub fn oldest(lang: Lang, oldest: Option<&(String, i64)>) -> String {
    match oldest {
        None => "—".to_string(),
        Some((raised, d)) => match lang {
            Lang::En => format!("{d} days · {raised}"),
            Lang::Zh => format!("{d} 天 · {raised}"),
        },
    }
}

/// The chart's labels.
pub fn chart_text(lang: Lang) -> charts::IssueChartText {
    charts::IssueChartText {
        step_names: Step::ALL.map(|s| step_name(lang, s).to_string()),
        walked: IssueMsg::Walked.text(lang).to_string(),
        closed: IssueMsg::StageClosed.text(lang).to_string(),
        axis: IssueMsg::Axis.text(lang).to_string(),
        no_data: IssueMsg::NoIssues.text(lang).to_string(),
    }
}

/// The chart in words: "Where the issues stand: closed 3; waiting at: …".
pub fn chart_description(lang: Lang, score: &LogScore) -> String {
    let parts: Vec<String> = score
        .stages
        .iter()
        .map(|&(stage, n)| format!("{} {n}", stage_text(lang, stage)))
        .collect();
    let body = if parts.is_empty() {
        IssueMsg::NoIssues.text(lang).to_string()
    } else {
        parts.join(crate::i18n::semicolon(lang))
    };
    format!(
        "{}{}{body}",
        IssueMsg::Chart.text(lang),
        crate::i18n::colon(lang)
    )
}
