//! Strings of the twelve-step readiness check: the steps and phases of building a
//! customer-strategic company, and the figures' sentences.

use workbook::readiness::{BuildStep, ReadinessScore};
use workbook::Lang;

use crate::i18n::{pick, Label, Text};

messages! {
    pub enum ReadyMsg {
        Intro => (
            "Rate how far the company has come on each of the twelve steps of building a customer-strategic company — not started, under way or done — and note the evidence. Steps 1–3, 4–7, 8–10 and 11–12 form four phases.",
            "对建立客户战略型公司的十二个步骤逐一评定进展（未开始、进行中或已完成），并写明依据。第 1–3、4–7、8–10 和 11–12 步构成四个阶段。",
        ),
        Status => ("Status", "进展"),
        Evidence => ("Evidence", "依据"),
        Done => ("Steps done", "已完成步骤"),
        UnderWay => ("Under way", "进行中"),
        Unrated => ("Not rated", "未评定"),
        Progress => ("Progress (under way counts half)", "总体进度（进行中计一半）"),
        Next => ("Next step to finish", "下一个待完成步骤"),
        AllDone => ("All twelve steps are done.", "十二个步骤已全部完成。"),
        Phases => ("Progress by phase", "各阶段进展"),
        Phase => ("Phase", "阶段"),
        Steps => ("Steps", "步骤数"),
        Table => ("The twelve steps", "十二个步骤"),
        Step => ("Step", "步骤"),
        Overview => ("Building a customer-strategic company", "建立客户战略型公司"),
    }
}

impl Label for BuildStep {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            BuildStep::Preparation => ("Preparation", "准备"),
            BuildStep::ProjectManagement => ("Project management", "项目管理"),
            BuildStep::CustomerView => (
                "Customer view and quick business assessment",
                "客户视角和快速业务评估",
            ),
            BuildStep::CustomerAnalysis => ("Customer analysis and strategy", "客户分析与战略形成"),
            BuildStep::Capability => ("Capability to succeed", "获得成功的能力"),
            BuildStep::Process => ("Process design around the customer", "过程形成"),
            BuildStep::Technology => ("Technology enablement", "技术授权"),
            BuildStep::Training => ("Training", "培训"),
            BuildStep::StrategyCycle => ("The customer-strategy cycle", "客户战略形成循环"),
            BuildStep::Measurement => ("Performance measurement and scorecard", "业绩衡量与计分卡"),
            BuildStep::ChangeManagement => ("Change management", "变化管理"),
            BuildStep::Culture => ("A customer-strategy culture", "建立客户战略文化"),
        };
        pick(lang, en, zh)
    }
}

/// What a step asks, under its name.
pub fn step_hint(lang: Lang, step: BuildStep) -> &'static str {
    let (en, zh) = match step {
        BuildStep::Preparation => (
            "Senior management sees why change is needed.",
            "高层管理者认识到变革的必要性。",
        ),
        BuildStep::ProjectManagement => (
            "A respected leader, a cross-department team, a plan with milestones and measures.",
            "有威望的负责人、跨部门团队，以及带有里程碑和衡量标准的计划。",
        ),
        BuildStep::CustomerView => (
            "See the business through the customer's eyes, quickly.",
            "从客户的角度快速审视业务。",
        ),
        BuildStep::CustomerAnalysis => (
            "Analyse the customers and form the strategy.",
            "分析客户并形成战略。",
        ),
        BuildStep::Capability => (
            "The skills, people and resources the strategy needs.",
            "具备战略所需的技能、人员和资源。",
        ),
        BuildStep::Process => (
            "Processes designed around the customer's experience.",
            "围绕客户体验设计流程。",
        ),
        BuildStep::Technology => ("A CRM system that fits.", "选用合适的 CRM 系统。"),
        BuildStep::Training => (
            "Staff trained for the new ways of working.",
            "培训员工适应新的工作方式。",
        ),
        BuildStep::StrategyCycle => (
            "Small controlled pilots, evaluated periodically, over 10–12 week cycles.",
            "以 10–12 周为周期，开展小规模受控试点并定期评估。",
        ),
        BuildStep::Measurement => (
            "A balanced ROI scorecard of lagging and leading indicators.",
            "由滞后指标和领先指标组成的平衡投资回报计分卡。",
        ),
        BuildStep::ChangeManagement => ("The change is led and communicated.", "引导并沟通变革。"),
        BuildStep::Culture => (
            "The customer strategy becomes how the company works.",
            "客户战略成为公司的工作方式。",
        ),
    };
    pick(lang, en, zh)
}

/// "3. Customer view and quick business assessment".
pub fn step_title(lang: Lang, step: BuildStep) -> String {
    format!("{}. {}", step.number(), step.label(lang))
}

/// "Phase 2 (steps 4–7)".
pub fn phase_name(lang: Lang, phase: usize) -> String {
    let steps: Vec<usize> = BuildStep::ALL
        .iter()
        .filter(|s| s.phase() == phase)
        .map(|s| s.number())
        .collect();
    let (first, last) = (
        steps.first().copied().unwrap_or(0),
        steps.last().copied().unwrap_or(0),
    );
    match lang {
        Lang::En => format!("Phase {} (steps {first}–{last})", phase + 1),
        Lang::Zh => format!("第 {} 阶段（第 {first}–{last} 步）", phase + 1),
    }
}

/// "5 of 12".
pub fn done(lang: Lang, score: &ReadinessScore) -> String {
    let n = score.done();
    let of = BuildStep::ALL.len();
    match lang {
        Lang::En => format!("{n} of {of}"),
        Lang::Zh => format!("{of} 步中 {n} 步"),
    }
}

/// The overview's line: "3 of 12 steps done, 4 under way (38%)".
pub fn overview_line(lang: Lang, score: &ReadinessScore) -> String {
    let pct = (score.progress() * 100.0).round();
    let (n, w) = (score.done(), score.under_way());
    match lang {
        Lang::En => format!("{n} of 12 steps done, {w} under way ({pct}%)"),
        Lang::Zh => format!("12 步中已完成 {n} 步，进行中 {w} 步（{pct}%）"),
    }
}

/// The next step to finish, or that every step is done.
pub fn next(lang: Lang, score: &ReadinessScore) -> String {
    score.next.map_or_else(
        || ReadyMsg::AllDone.text(lang).to_string(),
        |s| step_title(lang, s),
    )
}
