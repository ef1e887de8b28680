//! How to fill in the customer issue log (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::issue_log::IssueMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The customer issue log.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Log each issue a customer raises, then walk the problem-solving model: what the problem really is, what the customer really wants, whether doing it would make up the loss, and whether you can provide it.", "记录客户提出的每个问题，然后按问题解决模型逐步处理：问题的实质是什么？客户真正想要什么？这样做能否弥补损失？你能否提供？"),
        Bi("If not: can someone else provide it? If not: what are the alternatives? With no solution both sides agree on, escalate.", "如果不能：其他人能否提供？如果仍不能：有哪些替代方案？如双方无法达成一致，则上报。"),
        Bi("Ask whether the customer is satisfied, and record the solution.", "确认客户是否满意，并记录解决方案。"),
    ],
    example_of: Bi("An issue", "一个问题"),
    example: &[
        field("issue-raised", |l| IssueMsg::Raised.text(l), Bi("Spare parts arrived a day late", "备件晚到一天")),
        field("issue-problem", |l| IssueMsg::Problem.text(l), Bi("The courier was booked only after packing", "打包完成后才预约快递")),
        field("issue-wants", |l| IssueMsg::Wants.text(l), Bi("Parts on time for the next three visits", "后三次上门时备件按时到位")),
        field("issue-makes-up", |l| IssueMsg::MakesUp.text(l), Bi("Yes", "是")),
        field("issue-solution", |l| IssueMsg::Solution.text(l), Bi("Ship two days ahead, with tracking", "提前两天发货并提供物流跟踪")),
        field("issue-satisfied", |l| IssueMsg::Satisfied.text(l), Bi("Yes", "是")),
    ],
    hints: &[
        field("issue-provider", |l| IssueMsg::Provider.text(l), Bi("Our courier partner", "合作快递公司")),
        field("issue-alternatives", |l| IssueMsg::Alternatives.text(l), Bi("Lend a part from the nearest stock", "从最近的仓库借调备件")),
        field("issue-escalated", |l| IssueMsg::Escalated.text(l), Bi("Head of customer service", "客户服务部经理")),
        field("issue-record", |l| IssueMsg::Record.text(l), Bi("Courier booked when the order is packed", "订单打包时即预约快递")),
    ],
};
