//! Charts of the CRM strategy workbook: plotters drawings of domain scores, generic over
//! any `DrawingBackend` (the browser's canvas in the app, SVG in the tests).
//!
//! Each chart family is a sibling module taking domain types and a struct of
//! already-translated labels; [`style`] holds what they share. Charts fill their area but
//! never call `present`, so the caller may put several charts on one backend.

pub mod any_backend;
pub mod back;
pub mod competitors;
pub mod customers;
pub mod error;
pub mod export;
pub mod gaps;
pub mod internal_customers;
pub mod key_value;
pub mod labels;
pub mod loyalty_classes;
pub mod measures;
pub mod merge;
pub mod obl;
pub mod pestle;
pub mod segmentation;
pub mod seven_s;
pub mod stakeholders;
pub mod style;
pub mod swot;

pub use any_backend::AnyBackend;
pub use back::{back_knowledge, back_letters, BackChartText};
pub use competitors::{competitor_radar, competitor_totals, CompetitorChartText};
pub use customers::{loss_pareto, revenue_at_risk, CustomerChartText};
pub use error::{error_text, ChartResult};
pub use gaps::{gap_bars, GapChartText};
pub use internal_customers::{internal_heat_map, InternalCustomersChartText};
pub use key_value::{value_map, ValueMapText};
pub use loyalty_classes::{relationship_continuum, ContinuumText};
pub use measures::{
    issue_stages, scorecard_progress, value_bands, value_ranking, IssueChartText,
    ScorecardChartText, ValueBandsText, ValueChartText,
};
pub use merge::{merge_spreads, MergeChartText};
pub use obl::{obl_company_bars, obl_department_bars, obl_heat_map, OblChartText};
pub use pestle::{pestle_bars, PestleChartText};
pub use segmentation::{
    abc_bars, decile_bars, group_bars, lorenz_curve, loyalty_matrix, tier_bars,
    SegmentationChartText,
};
pub use seven_s::{seven_s_diagram, seven_s_radar, SevenSChartText};
pub use stakeholders::{stakeholder_matrix, StakeholderChartText};
pub use style::Palette;
pub use swot::{swot_posture, swot_totals, SwotChartText, POSTURE_ORDER};
