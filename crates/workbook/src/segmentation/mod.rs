//! Customer segmentation and loyalty analysis (METHOD.md §5–6) on the user's own
//! sales data: the columnar [`Dataset`], its import from CSV/TSV, the analyses and
//! the summary the workbook keeps.

pub mod analysis;
pub mod binary;
pub mod dataset;
pub mod demo_data;
pub mod import;
pub mod settings;
pub mod summary;
pub mod thresholds;

pub use dataset::{Dataset, TextColumn};
pub use settings::{LoyaltySettings, SegmentationSettings};
pub use summary::{
    AbcClass, DatasetInfo, DatasetSource, Decile, Group, LorenzPoint, LoyaltyPoint, LoyaltyType,
    Quadrant, Summary, Tier, Totals, ValueScored, ValueSummary,
};

/// The fields an imported column can be mapped to.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The customer's id or name; required, unique.
    Customer,
    /// A display name besides the id.
    Name,
    Sales,
    Profit,
    PreviousSales,
    Satisfaction,
    Loyalty,
    PriceOnly,
    /// How many days the customer's payments are late on average (accounts
    /// receivable ageing); 0 or less is on time. Feeds the payment-record points
    /// of customer value scoring (METHOD.md §8).
    DaysOverdue,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Customer,
        Field::Name,
        Field::Sales,
        Field::Profit,
        Field::PreviousSales,
        Field::Satisfaction,
        Field::Loyalty,
        Field::PriceOnly,
        Field::DaysOverdue,
    ];

    pub fn is_required(self) -> bool {
        matches!(self, Field::Customer | Field::Sales | Field::Profit)
    }
}
