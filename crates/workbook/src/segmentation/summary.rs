//! What the workbook keeps of an analysis: small, serialisable figures that the
//! screens, charts, exports and report show even when the customer-level dataset is
//! not in this browser (a JSON export without data, say).
//! [`super::analysis::analyse`] makes it; its module docs define every figure.

use serde::{Deserialize, Serialize};

/// Where the dataset behind a summary came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DatasetSource {
    /// The demo's generated customers (names in `lang`); regenerated, never stored.
    Demo { lang: crate::Lang },
    /// A file the user imported; the rows live in IndexedDB under the workbook id.
    File {
        name: String,
        /// ISO 8601 time of the import.
        imported_at: String,
        /// Rows the user chose to skip as bad.
        skipped_rows: usize,
    },
}

/// The imported dataset as the workbook records it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatasetInfo {
    pub source: DatasetSource,
    /// Header names the user mapped to each field, so a re-import can offer them.
    #[serde(default)]
    pub mapping: Vec<(super::Field, String)>,
    pub summary: Summary,
}

impl DatasetInfo {
    /// Whether the customer key is a name: the file had a name column (`客户名称`)
    /// and no id column, so the key column was the names (see
    /// [`super::import::guess_mapping`]). The lists then show it as the name.
    pub fn key_is_name(&self) -> bool {
        let header = |field| {
            self.mapping
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, header)| header.as_str())
        };
        header(super::Field::Name).is_none()
            && header(super::Field::Customer).is_some_and(super::import::is_name_header)
    }
}

/// Sums over a set of customers. Shares are fractions (0–1) of the whole dataset's
/// totals and are `None` when that total is zero or negative (a share of it means
/// nothing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub customers: usize,
    pub sales: f64,
    pub profit: f64,
    pub sales_share: Option<f64>,
    pub profit_share: Option<f64>,
}

/// One tenth of the customers, ranked by profit (decile 1 the most profitable).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Decile {
    pub totals: Totals,
    /// Cumulative shares from decile 1 through this one.
    pub cumulative_sales_share: Option<f64>,
    pub cumulative_profit_share: Option<f64>,
}

/// The relationship groups of METHOD.md §5; every customer is in exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// About 10% of sales with the most profit: keep them.
    Keep,
    /// The 40–50% band: raise our share of their purchases.
    Grow,
    /// Still profitable but declining: take out of relationship marketing.
    Prune,
    /// Price-only or low margin: set aside.
    Transaction,
    /// Everyone else.
    Other,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::Keep,
        Group::Grow,
        Group::Prune,
        Group::Transaction,
        Group::Other,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AbcClass {
    A,
    B,
    C,
}

impl AbcClass {
    pub const ALL: [AbcClass; 3] = [AbcClass::A, AbcClass::B, AbcClass::C];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Vip,
    Major,
    Ordinary,
    Small,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Vip, Tier::Major, Tier::Ordinary, Tier::Small];
}

/// The satisfaction × loyalty matrix (Jones & Sasser).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoyaltyType {
    Apostle,
    Loyalist,
    Hostage,
    Mercenary,
    Defector,
    Terrorist,
}

impl LoyaltyType {
    pub const ALL: [LoyaltyType; 6] = [
        LoyaltyType::Apostle,
        LoyaltyType::Loyalist,
        LoyaltyType::Hostage,
        LoyaltyType::Mercenary,
        LoyaltyType::Defector,
        LoyaltyType::Terrorist,
    ];
}

/// The value × loyalty quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// High value, high loyalty (知己).
    TrueFriend,
    /// High value, low loyalty (蝴蝶).
    Butterfly,
    /// Low value, high loyalty (藤壶).
    Barnacle,
    /// Low value, low loyalty (过客).
    Stranger,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::TrueFriend,
        Quadrant::Butterfly,
        Quadrant::Barnacle,
        Quadrant::Stranger,
    ];
}

/// The top-20% share from which profit counts as concentrated (the 80/20 check).
pub const CONCENTRATED_FROM: f64 = 0.8;

impl Summary {
    /// The share of **total profit** (losses included, as every share of the
    /// decile table) made by the most profitable `tenths` tenths of customers, cut
    /// as the deciles are: the cumulative profit share of decile `tenths`. The one
    /// definition of "the top 10%" (`1`) and "the top 20%" (`2`) of customers
    /// that the executive summary, the concentration sentence, the Lorenz chart's
    /// figure and the tables share. With losses in the tail it can pass 100%.
    /// `None` when total profit is not positive, or for `tenths` outside 1–10.
    pub fn top_profit_share(&self, tenths: usize) -> Option<f64> {
        let decile = self.deciles.get(tenths.checked_sub(1)?)?;
        decile.cumulative_profit_share
    }

    /// Whether the top 20% of customers make [`CONCENTRATED_FROM`] or more of
    /// total profit.
    pub fn is_concentrated(&self) -> bool {
        self.top_profit_share(2)
            .is_some_and(|share| share >= CONCENTRATED_FROM)
    }

    /// The deciles whose customers together lose money (decile numbers from 0):
    /// the tail where the cumulative profit share comes back down to 100%.
    pub fn loss_deciles(&self) -> impl Iterator<Item = usize> + '_ {
        self.deciles
            .iter()
            .enumerate()
            .filter(|(_, d)| d.totals.customers > 0 && d.totals.profit < 0.0)
            .map(|(i, _)| i)
    }

    /// The highest cumulative profit share of the deciles, when it passes 100%
    /// (losses further down bring it back): the share and its decile (from 0).
    pub fn cumulative_peak(&self) -> Option<(usize, f64)> {
        self.deciles
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.cumulative_profit_share.map(|s| (i, s)))
            .filter(|&(_, s)| s > 1.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }
}

/// A point of the Lorenz curve: the poorest `customers` share of customers make
/// `profit` share of profit (both 0–1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LorenzPoint {
    pub customers: f64,
    pub profit: f64,
}

/// A customer drawn in the loyalty scatter.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoyaltyPoint {
    pub satisfaction: f64,
    pub loyalty: f64,
}

/// Everything the screens show without the customer rows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub all: Totals,
    /// Ten entries; with fewer than ten customers some are empty.
    pub deciles: Vec<Decile>,
    /// `profit_bands[k]`: how many customers (in profit order) make the
    /// (k+1)-th tenth of total profit. Empty when total profit is not positive.
    pub profit_bands: Vec<usize>,
    /// `sales_bands[k]`: how many customers (in sales order) make the (k+1)-th
    /// tenth of total sales. Empty when total sales are not positive, and in a
    /// summary kept by a build before it (METHOD.md §5 splits both totals).
    #[serde(default)]
    pub sales_bands: Vec<usize>,
    /// Customers making no profit or a loss (in no profit band).
    pub unprofitable: Totals,
    pub groups: Vec<(Group, Totals)>,
    pub abc: Vec<(AbcClass, Totals)>,
    pub tiers: Vec<(Tier, Totals)>,
    /// At most 101 points from (0, 0) to (1, 1), for the chart. The Lorenz curve,
    /// Gini and top-20% share count losses as zero profit; all three are empty or
    /// `None` when no customer makes a profit.
    pub lorenz: Vec<LorenzPoint>,
    /// Gini coefficient of profit in [0, 1].
    pub gini: Option<f64>,
    /// [`Summary::top_profit_share`]`(2)`, written into files for their readers.
    /// The app reads the method: a summary kept by a build before it holds another
    /// definition here (the share of the profitable customers' profit only).
    pub top20_profit_share: Option<f64>,
    /// [`Summary::is_concentrated`], written into files for their readers.
    pub concentrated: bool,
    /// Counts, sales and profit per loyalty type; customers without both
    /// satisfaction and loyalty are in `loyalty_unrated`.
    pub loyalty: Vec<(LoyaltyType, Totals)>,
    pub quadrants: Vec<(Quadrant, Totals)>,
    pub loyalty_unrated: Totals,
    /// A deterministic sample (at most 1,000) of rated customers for the scatter.
    pub loyalty_sample: Vec<LoyaltyPoint>,
    /// Customer value scoring of the rows (METHOD.md §8); `None` when the data has
    /// no payment record (days overdue) column, or was kept by a build before it.
    #[serde(default)]
    pub value: Option<ValueSummary>,
}

/// The value scoring of the imported customers (see `analysis::value`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ValueSummary {
    /// Customers with both a margin and a payment record.
    pub scored: usize,
    /// Customers missing either (no sales, or blank days overdue).
    pub unscored: usize,
    /// The mean total (0–40) of the scored customers.
    pub mean_total: Option<f64>,
    /// Scored customers per band of the total: 0–8, 9–16, 17–24, 25–32, 33–40.
    pub bands: Vec<usize>,
    /// The best customers by total (then margin points, then profit), best first.
    pub top: Vec<ValueScored>,
}

/// One customer of [`ValueSummary::top`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueScored {
    /// The name the customer lists show (the name, or the id without one).
    pub customer: String,
    pub margin: u8,
    pub payment: u8,
}

impl ValueScored {
    pub fn total(&self) -> u8 {
        self.margin + self.payment
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::Field;

    #[test]
    fn the_key_is_a_name_only_when_its_header_is_one_and_there_is_no_name_column() {
        let info = |mapping: &[(Field, &str)]| DatasetInfo {
            source: DatasetSource::Demo {
                lang: crate::Lang::En,
            },
            mapping: mapping.iter().map(|&(f, h)| (f, h.to_string())).collect(),
            summary: Summary::default(),
        };
        let table: &[(&[(Field, &str)], bool)] = &[
            (
                &[(Field::Customer, "客户名称"), (Field::Sales, "销售额")],
                true,
            ),
            (&[(Field::Customer, "Customer name")], true),
            (
                &[(Field::Customer, "客户编号"), (Field::Name, "客户名称")],
                false,
            ),
            (&[(Field::Customer, "Customer ID")], false),
            (&[], false),
        ];
        for &(mapping, want) in table {
            assert_eq!(info(mapping).key_is_name(), want, "{mapping:?}");
        }
    }
}
