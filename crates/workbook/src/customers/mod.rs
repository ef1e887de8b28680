//! Customer analysis (METHOD.md §3): the former, current, potential and blacklist
//! tables and their reason tags. The types live here; [`score`] scores them and
//! [`edit`] holds the workbook edits (moving a group, editing tags).

use serde::{Deserialize, Serialize};

pub mod edit;
pub mod score;

pub use score::{CustomerScore, LossReason, TableSummary, TagUse};

use crate::ids::RowId;
use crate::score::Score;

/// Which of the four tables a group sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerTable {
    Former,
    Current,
    Potential,
    Blacklist,
}

impl CustomerTable {
    pub const ALL: [CustomerTable; 4] = [
        CustomerTable::Former,
        CustomerTable::Current,
        CustomerTable::Potential,
        CustomerTable::Blacklist,
    ];
}

/// A customer group. One shape serves all four tables so that moving a group
/// between tables keeps everything it carries; each table shows the fields it uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerGroup {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
    /// Former: why lost. Current: why they buy. Potential: how to win them.
    /// Blacklist: why we will not deal with them.
    #[serde(default)]
    pub reason: String,
    /// Ids of [`ReasonTag`]s, so reasons can be counted.
    #[serde(default)]
    pub tags: Vec<RowId>,
    #[serde(default)]
    pub customers: Option<u32>,
    /// Yearly revenue in whole currency units: lost (former), earned (current),
    /// estimated (potential).
    #[serde(default)]
    pub revenue: Option<u64>,
    /// Former: when lost. Blacklist: since when. Free text such as "2025-Q3".
    #[serde(default)]
    pub when: String,
    /// Current only: flagged as a group we may lose.
    #[serde(default)]
    pub at_risk: bool,
    #[serde(default)]
    pub warning_sign: String,
    /// Potential only: the chance of winning them.
    #[serde(default)]
    pub chance: Option<Score>,
    /// Earlier tables this group sat in, oldest first.
    #[serde(default)]
    pub history: Vec<Move>,
}

impl CustomerGroup {
    /// Whether the user has entered nothing in the group: an empty line on screen,
    /// which neither scoring nor completion counts. The history is not looked at: a
    /// group only gets one by being moved, and moving an empty line means nothing.
    pub fn is_blank(&self) -> bool {
        let blank = |s: &str| s.trim().is_empty();
        blank(&self.name)
            && blank(&self.reason)
            && self.tags.is_empty()
            && self.customers.is_none()
            && self.revenue.is_none()
            && blank(&self.when)
            && !self.at_risk
            && blank(&self.warning_sign)
            && self.chance.is_none()
    }
}

/// A record of a group moving between tables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub from: CustomerTable,
    pub to: CustomerTable,
    /// The reason the group had in the table it left.
    #[serde(default)]
    pub reason: String,
    /// ISO 8601 date of the move, as the browser reported it.
    #[serde(default)]
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonTag {
    pub id: RowId,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomerTables {
    pub former: Vec<CustomerGroup>,
    pub current: Vec<CustomerGroup>,
    pub potential: Vec<CustomerGroup>,
    pub blacklist: Vec<CustomerGroup>,
    /// Editable list; a new workbook starts with price, service, quality,
    /// competitor, relationship, other.
    pub tags: Vec<ReasonTag>,
}

impl CustomerTables {
    pub fn table(&self, t: CustomerTable) -> &[CustomerGroup] {
        match t {
            CustomerTable::Former => &self.former,
            CustomerTable::Current => &self.current,
            CustomerTable::Potential => &self.potential,
            CustomerTable::Blacklist => &self.blacklist,
        }
    }

    pub fn table_mut(&mut self, t: CustomerTable) -> &mut Vec<CustomerGroup> {
        match t {
            CustomerTable::Former => &mut self.former,
            CustomerTable::Current => &mut self.current,
            CustomerTable::Potential => &mut self.potential,
            CustomerTable::Blacklist => &mut self.blacklist,
        }
    }

    /// The distinct group names of `tables`, trimmed, blanks left out, in the order
    /// given and then row order: what worksheets that name customer groups suggest.
    pub fn group_names(&self, tables: &[CustomerTable]) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for g in tables.iter().flat_map(|t| self.table(*t)) {
            let name = g.name.trim();
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        names
    }

    /// The table holding the group `id`, if any.
    pub fn table_of(&self, id: RowId) -> Option<CustomerTable> {
        CustomerTable::ALL
            .into_iter()
            .find(|&t| self.table(t).iter().any(|g| g.id == id))
    }
}
