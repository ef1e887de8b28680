//! Every worksheet described once, in a folder of its own: its page (the inputs and
//! the results under them) and `results`, the figures, tables and charts that the
//! page shows and the report prints (see [`blocks`]). The report and the page read
//! the same description, so no figure is computed or worded twice.

pub mod action_plan;
pub mod back;
pub mod blocks;
pub mod competitors;
pub mod customers;
pub mod gaps;
pub mod guide;
pub mod internal_customers;
pub mod issue_log;
pub mod key_value;
pub mod loyalty;
pub mod loyalty_classes;
pub mod obl;
pub mod pestle;
pub mod profile;
pub mod readiness;
pub mod scorecard;
pub mod segmentation;
pub mod seven_s;
pub mod stakeholders;
pub mod swot;
pub mod value_scoring;

use workbook::segmentation::Summary;
use workbook::{Lang, Workbook, Worksheet};

use blocks::Block;

/// What `sheet` shows of `wb` (and of the customer data's `summary`) in `lang`.
pub fn results(
    sheet: Worksheet,
    wb: &Workbook,
    summary: Option<&Summary>,
    lang: Lang,
) -> Vec<Block> {
    match sheet {
        Worksheet::Swot => swot::results(wb, lang),
        Worksheet::Stakeholders => stakeholders::results(wb, lang),
        Worksheet::CompanyProfile => profile::results(wb, lang),
        Worksheet::ProductGaps | Worksheet::ServiceGaps => gaps::results(sheet, wb, lang),
        Worksheet::Back => back::results(wb, lang),
        Worksheet::SevenS => seven_s::results(wb, lang),
        Worksheet::InternalCustomers => internal_customers::results(wb, lang),
        Worksheet::Pestle => pestle::results(wb, lang),
        Worksheet::Competitors => competitors::results(wb, lang),
        Worksheet::Customers => customers::results(wb, lang),
        Worksheet::OblAudit => obl::results(wb, lang),
        Worksheet::Segmentation => segmentation::results(summary, lang),
        Worksheet::KeyValue => key_value::results(wb, lang),
        Worksheet::Loyalty => loyalty::results(wb, summary, lang),
        Worksheet::LoyaltyClasses => loyalty_classes::results(wb, lang),
        Worksheet::IssueLog => issue_log::results(wb, lang),
        Worksheet::ValueScoring => value_scoring::results(wb, lang),
        Worksheet::Scorecard => scorecard::results(wb, lang),
        Worksheet::Readiness => readiness::results(wb, lang),
        Worksheet::ActionPlan => action_plan::results(wb, lang),
    }
}
