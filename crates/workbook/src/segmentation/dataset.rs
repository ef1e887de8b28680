//! The customer dataset held in columns: one text buffer per text column and one
//! `Vec<f64>` per amount, so a million customers cost a few allocations, not
//! millions of strings.

use serde::{Deserialize, Serialize};

/// The cells of one text column in a single buffer: cell `i` is
/// `text[ends[i - 1]..ends[i]]` (from 0 for the first).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextColumn {
    text: String,
    ends: Vec<u32>,
}

impl TextColumn {
    pub fn with_capacity(cells: usize, bytes: usize) -> TextColumn {
        TextColumn {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(cells),
        }
    }

    /// Appends a cell. Columns are capped at 4 GiB of text, far beyond what a
    /// browser tab can hold anyway.
    pub fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        let end = u32::try_from(self.text.len()).expect("text column under 4 GiB");
        self.ends.push(end);
    }

    pub fn get(&self, index: usize) -> &str {
        let start = if index == 0 {
            0
        } else {
            self.ends[index - 1] as usize
        };
        &self.text[start..self.ends[index] as usize]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(move |i| self.get(i))
    }

    /// The whole buffer and the end offsets, for the binary codec.
    pub fn parts(&self) -> (&str, &[u32]) {
        (&self.text, &self.ends)
    }

    /// Rebuilds a column from [`TextColumn::parts`]; `None` if the offsets do not
    /// describe the text (decreasing, past its end, or splitting a character).
    pub fn from_parts(text: String, ends: Vec<u32>) -> Option<TextColumn> {
        let mut start = 0usize;
        for &end in &ends {
            let end = end as usize;
            if end < start || end > text.len() || !text.is_char_boundary(end) {
                return None;
            }
            start = end;
        }
        if start != text.len() {
            return None;
        }
        Some(TextColumn { text, ends })
    }
}

/// One row per customer. Required columns are always present; an optional column
/// is `None` when the file had no such column. Within a present optional amount
/// column, a blank cell is `NaN` (read it through the accessors, which give
/// `Option`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// The customer's id (or name, when the file has no id); unique.
    pub customer: TextColumn,
    /// A display name, when the file has one besides the id.
    pub name: Option<TextColumn>,
    pub sales: Vec<f64>,
    pub profit: Vec<f64>,
    pub previous_sales: Option<Vec<f64>>,
    pub satisfaction: Option<Vec<f64>>,
    pub loyalty: Option<Vec<f64>>,
    /// Buys on price alone (a transaction customer). A blank cell is `false`.
    pub price_only: Option<Vec<bool>>,
}

fn present(column: &Option<Vec<f64>>, index: usize) -> Option<f64> {
    column
        .as_ref()
        .map(|values| values[index])
        .filter(|value| !value.is_nan())
}

impl Dataset {
    pub fn len(&self) -> usize {
        self.customer.len()
    }

    pub fn is_empty(&self) -> bool {
        self.customer.is_empty()
    }

    /// What the user sees for a customer: the name if there is one, else the id.
    pub fn label(&self, index: usize) -> &str {
        match &self.name {
            Some(names) if !names.get(index).is_empty() => names.get(index),
            _ => self.customer.get(index),
        }
    }

    pub fn previous_sales(&self, index: usize) -> Option<f64> {
        present(&self.previous_sales, index)
    }

    pub fn satisfaction(&self, index: usize) -> Option<f64> {
        present(&self.satisfaction, index)
    }

    pub fn loyalty(&self, index: usize) -> Option<f64> {
        present(&self.loyalty, index)
    }

    pub fn price_only(&self, index: usize) -> bool {
        self.price_only.as_ref().is_some_and(|flags| flags[index])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_column_round_trips_cells_including_empty_and_cjk() {
        let mut column = TextColumn::default();
        for cell in ["C-001", "", "北京智讯", "x"] {
            column.push(cell);
        }
        assert_eq!(column.len(), 4);
        assert_eq!(
            column.iter().collect::<Vec<_>>(),
            ["C-001", "", "北京智讯", "x"]
        );
        let (text, ends) = column.parts();
        let rebuilt = TextColumn::from_parts(text.to_owned(), ends.to_vec()).unwrap();
        assert_eq!(rebuilt, column);
    }

    #[test]
    fn from_parts_refuses_offsets_that_do_not_fit_the_text() {
        let text = "北京".to_owned();
        assert!(
            TextColumn::from_parts(text.clone(), vec![1]).is_none(),
            "inside a character"
        );
        assert!(
            TextColumn::from_parts(text.clone(), vec![3, 2]).is_none(),
            "decreasing"
        );
        assert!(
            TextColumn::from_parts(text.clone(), vec![7]).is_none(),
            "past the end"
        );
        assert!(
            TextColumn::from_parts(text.clone(), vec![3]).is_none(),
            "text left over"
        );
        assert!(TextColumn::from_parts(text, vec![3, 6]).is_some());
    }

    #[test]
    fn blank_optional_cells_read_as_none_and_labels_fall_back_to_the_id() {
        let mut dataset = Dataset::default();
        dataset.customer.push("C1");
        dataset.customer.push("C2");
        let mut names = TextColumn::default();
        names.push("Alpha");
        names.push("");
        dataset.name = Some(names);
        dataset.sales = vec![1.0, 2.0];
        dataset.profit = vec![0.5, 0.5];
        dataset.satisfaction = Some(vec![7.0, f64::NAN]);
        assert_eq!(dataset.label(0), "Alpha");
        assert_eq!(dataset.label(1), "C2");
        assert_eq!(dataset.satisfaction(0), Some(7.0));
        assert_eq!(dataset.satisfaction(1), None);
        assert_eq!(dataset.loyalty(0), None);
        assert!(!dataset.price_only(0));
    }
}
