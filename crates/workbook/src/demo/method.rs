//! The demo's later method parts (METHOD.md §7–§9): Zhixun's customer issue log,
//! the value scores of its customer groups, its CRM scorecard and its readiness on
//! the twelve steps — bilingual tables like the rest of the demo.

use crate::customers::CustomerTable;
use crate::issues::{Answer, Issue};
use crate::readiness::{BuildStep, Status};
use crate::rows::Row;
use crate::seed::{pick, Bilingual as T};
use crate::value_score::{set_points, Criterion};
use crate::workbook::Workbook;
use crate::Lang;

/// One demo issue; `None` for a step the walk does not take.
struct IssueSeed {
    group: (CustomerTable, usize),
    raised: T,
    opened: &'static str,
    closed: &'static str,
    problem: T,
    wants: T,
    makes_up: Answer,
    can_provide: Answer,
    someone_else: Option<(Answer, T)>,
    alternatives: Option<T>,
    agreed: (Answer, T),
    escalated_to: Option<T>,
    satisfied: Answer,
    record: T,
}

const NO_TEXT: T = ("", "");

const ISSUES: [IssueSeed; 4] = [
    IssueSeed {
        group: (CustomerTable::Current, 1),
        raised: (
            "The trainer arrived late and the session overran",
            "讲师迟到，课程超时",
        ),
        opened: "2026-09-08",
        closed: "2026-09-10",
        problem: (
            "Trainers' travel is booked too tightly for out-of-town sessions",
            "外地授课的讲师行程安排过紧",
        ),
        wants: (
            "A make-up half day and a trainer on site the evening before",
            "补上半天课程，并让讲师提前一晚到达",
        ),
        makes_up: Answer::Yes,
        can_provide: Answer::Yes,
        someone_else: None,
        alternatives: None,
        agreed: (
            Answer::Yes,
            ("Free make-up half day next month", "下月免费补课半天"),
        ),
        escalated_to: None,
        satisfied: Answer::Yes,
        record: (
            "Out-of-town trainers travel the day before",
            "外地授课讲师一律提前一天出发",
        ),
    },
    IssueSeed {
        group: (CustomerTable::Current, 0),
        raised: (
            "Course cases do not fit their plants",
            "课程案例与其工厂实际不符",
        ),
        opened: "2026-10-12",
        closed: "2026-10-30",
        problem: (
            "Our cases come from services, not from production lines",
            "我们的案例来自服务业，而非生产线",
        ),
        wants: (
            "Cases from their own industry in the next intake",
            "下一期课程使用本行业案例",
        ),
        makes_up: Answer::Yes,
        can_provide: Answer::No,
        someone_else: Some((
            Answer::Yes,
            (
                "A manufacturing case-writing partner",
                "合作的制造业案例编写机构",
            ),
        )),
        alternatives: None,
        agreed: (
            Answer::Yes,
            (
                "Three new cases written with the partner",
                "与合作机构共同编写三个新案例",
            ),
        ),
        escalated_to: None,
        satisfied: Answer::Yes,
        record: (
            "Industry cases are checked before a customised programme starts",
            "定制课程开课前检查行业案例",
        ),
    },
    IssueSeed {
        group: (CustomerTable::Former, 2),
        raised: ("Nobody followed up after the courses", "课后无人跟进"),
        opened: "2025-08-20",
        closed: "2025-09-10",
        problem: (
            "No account manager was assigned after delivery",
            "交付后没有指定客户经理",
        ),
        wants: (
            "Coaching for store managers after each course",
            "每次课程后为店长提供辅导",
        ),
        makes_up: Answer::No,
        can_provide: Answer::No,
        someone_else: Some((Answer::No, NO_TEXT)),
        alternatives: Some((
            "Monthly online Q&A sessions with the trainer",
            "每月一次与讲师的线上答疑",
        )),
        agreed: (
            Answer::Yes,
            ("Online Q&A for three months", "提供三个月的线上答疑"),
        ),
        escalated_to: None,
        satisfied: Answer::No,
        record: (
            "Every key account gets an account manager after delivery",
            "每个重点客户交付后都指定客户经理",
        ),
    },
    IssueSeed {
        group: (CustomerTable::Current, 3),
        raised: (
            "Our invoices do not meet the new procurement rules",
            "我们的发票不符合新采购制度",
        ),
        opened: "2026-11-20",
        closed: "",
        problem: (
            "They need itemised invoices per trainee and per course",
            "对方需要按学员和课程分项开具的发票",
        ),
        wants: (
            "Itemised invoices from this quarter on",
            "从本季度起开具分项发票",
        ),
        makes_up: Answer::Yes,
        can_provide: Answer::Yes,
        someone_else: None,
        alternatives: None,
        agreed: (Answer::No, NO_TEXT),
        escalated_to: Some(("Finance director", "财务总监")),
        satisfied: Answer::No,
        record: (
            "Finance to change the invoice template",
            "由财务部修改发票模板",
        ),
    },
];

pub fn fill_issues(wb: &mut Workbook, lang: Lang) {
    let t = |text: T| pick(text, lang).to_string();
    for seed in &ISSUES {
        let (table, at) = seed.group;
        let group = wb.customers.table(table).get(at).map(|g| g.id);
        let id = wb.fresh_id();
        wb.issues.push(Issue {
            raised: t(seed.raised),
            group,
            opened: seed.opened.to_string(),
            closed: seed.closed.to_string(),
            problem: t(seed.problem),
            wants: t(seed.wants),
            makes_up: Some(seed.makes_up),
            can_provide: Some(seed.can_provide),
            someone_else: seed.someone_else.map(|(a, _)| a),
            provider: seed.someone_else.map_or_else(String::new, |(_, p)| t(p)),
            alternatives: seed.alternatives.map_or_else(String::new, t),
            agreed: Some(seed.agreed.0),
            solution: t(seed.agreed.1),
            escalated_to: seed.escalated_to.map_or_else(String::new, t),
            satisfied: Some(seed.satisfied),
            record: t(seed.record),
            ..Issue::blank(id)
        });
    }
}

/// Gross margin and payment record points of the groups, in table order.
const VALUE_SCORES: [(CustomerTable, &[(u8, u8)]); 3] = [
    (
        CustomerTable::Current,
        &[(18, 17), (16, 19), (9, 15), (12, 20)],
    ),
    (CustomerTable::Former, &[(6, 14), (14, 18), (10, 9)]),
    (CustomerTable::Blacklist, &[(8, 2), (5, 4)]),
];

pub fn fill_value_scores(wb: &mut Workbook) {
    for (table, points) in VALUE_SCORES {
        let ids: Vec<_> = wb.customers.table(table).iter().map(|g| g.id).collect();
        for (id, &(margin, payment)) in ids.into_iter().zip(points) {
            set_points(&mut wb.value_scores, id, Criterion::Margin, Some(margin));
            set_points(&mut wb.value_scores, id, Criterion::Payment, Some(payment));
        }
    }
}

/// Baseline, target and current value of the seed's six indicators, in order.
const SCORECARD: [[&str; 3]; 6] = [
    ["980", "1200", "1065"],
    ["6.5", "8", "6.9"],
    ["42", "45", "43.5"],
    ["18", "30", "24"],
    ["7.2", "8.5", "7.9"],
    ["78", "88", "75"],
];

pub fn fill_scorecard(wb: &mut Workbook) {
    for (indicator, [baseline, target, current]) in wb.scorecard.iter_mut().zip(SCORECARD) {
        indicator.baseline = baseline.to_string();
        indicator.target = target.to_string();
        indicator.current = current.to_string();
    }
}

/// Each step's status and evidence, in step order.
const READINESS: [(Status, T); 12] = [
    (
        Status::Done,
        (
            "The board approved the CRM programme after the loss of three retail chains",
            "失去三家连锁零售客户后，董事会批准了 CRM 项目",
        ),
    ),
    (
        Status::Done,
        (
            "The deputy general manager leads a team from sales, delivery and finance",
            "副总经理牵头，销售、交付和财务部门组成项目组",
        ),
    ),
    (
        Status::Done,
        (
            "Twenty customer interviews and this workshop",
            "二十次客户访谈和本次研讨",
        ),
    ),
    (
        Status::UnderWay,
        (
            "Segmentation and value scoring done; strategy per group in draft",
            "已完成客户细分和价值评分，各客户群战略在起草中",
        ),
    ),
    (
        Status::UnderWay,
        (
            "Account managers named for the manufacturing and financial clients",
            "已为制造业和金融业客户指定客户经理",
        ),
    ),
    (
        Status::NotStarted,
        (
            "After-course follow-up is not yet a defined process",
            "课后跟进尚未形成固定流程",
        ),
    ),
    (
        Status::UnderWay,
        (
            "Comparing two CRM systems for a pilot",
            "正在比较两套 CRM 系统以便试点",
        ),
    ),
    (
        Status::NotStarted,
        (
            "Training plan waits for the chosen system",
            "培训计划待系统选定后制定",
        ),
    ),
    (
        Status::NotStarted,
        (
            "First 12-week pilot planned with the manufacturing accounts",
            "计划与制造业客户开展第一个十二周试点",
        ),
    ),
    (
        Status::UnderWay,
        (
            "Scorecard baselines measured; targets agreed",
            "已测定计分卡基线并商定目标",
        ),
    ),
    (
        Status::NotStarted,
        (
            "Communication plan for the staff still to write",
            "面向员工的沟通计划尚待编写",
        ),
    ),
    (
        Status::NotStarted,
        (
            "Customer stories to be shared at monthly meetings",
            "计划在月度会议上分享客户故事",
        ),
    ),
];

pub fn fill_readiness(wb: &mut Workbook, lang: Lang) {
    for (step, (status, evidence)) in BuildStep::ALL.into_iter().zip(READINESS) {
        if let Some(r) = wb.readiness.rating_mut(step) {
            r.status = Some(status);
            r.evidence = pick(evidence, lang).to_string();
        }
    }
}
