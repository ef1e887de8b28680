//! How complete each worksheet is: filled slots over slots to fill.

use crate::workbook::Workbook;
use crate::worksheet::Worksheet;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    pub filled: u32,
    pub total: u32,
}

impl Completion {
    pub fn percent(self) -> u8 {
        if self.total == 0 {
            0
        } else {
            (u64::from(self.filled.min(self.total)) * 100 / u64::from(self.total)) as u8
        }
    }
}

pub fn of(_wb: &Workbook, _sheet: Worksheet) -> Completion {
    Completion::default()
}
