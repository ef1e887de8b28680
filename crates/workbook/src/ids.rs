//! Stable row identifiers: every row of every worksheet keeps its id for life.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Identifies one row (item) within a workbook. Ids are never reused, so a link
/// to a removed row dangles harmlessly instead of pointing at another row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RowId(pub u64);

impl fmt::Display for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

/// Hands out fresh row ids; it lives in the workbook so ids survive save and load.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IdGen(u64);

impl Default for IdGen {
    fn default() -> Self {
        IdGen(1)
    }
}

impl IdGen {
    pub fn fresh(&mut self) -> RowId {
        let id = RowId(self.0);
        self.0 += 1;
        id
    }

    /// Moves the counter to `other`'s if that is further on: a workbook put back to
    /// an earlier state (undo) keeps handing out ids the later state never used.
    pub fn catch_up(&mut self, other: &IdGen) {
        self.0 = self.0.max(other.0);
    }

    /// Moves the counter past `id`, so ids found in decoded data are never handed out again.
    pub fn observe(&mut self, id: RowId) {
        if id.0 >= self.0 {
            self.0 = id.0 + 1;
        }
    }
}
