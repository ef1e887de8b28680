//! Edits of the customer analysis that touch more than one row: moving a group between
//! tables with its history, and the reason-tag list, whose ids the groups refer to.

use crate::ids::RowId;
use crate::rows;
use crate::workbook::Workbook;

use super::{CustomerTable, Move, ReasonTag};

impl Workbook {
    /// Moves the group `id` to the end of table `to` in one step: its history gains a
    /// [`Move`] recording the table it left, the reason it had there and `at` (the
    /// date of the move), and its reason becomes `reason` (e.g. why a current group
    /// was lost). Every other field is kept, even those the new table does not show
    /// (a chance, an at-risk flag), so moving a group back restores it and nothing the
    /// user typed is lost; the scores only read the fields of each table. Entering the
    /// former or the blacklist table, a group without a date takes `at` as when it was
    /// lost or blacklisted.
    ///
    /// Returns false, changing nothing, when there is no such group or it is already
    /// in `to`.
    pub fn move_group(&mut self, id: RowId, to: CustomerTable, reason: String, at: String) -> bool {
        let Some(from) = self.customers.table_of(id) else {
            return false;
        };
        if from == to {
            return false;
        }
        let Some(mut group) = rows::remove(self.customers.table_mut(from), id) else {
            return false;
        };
        let old_reason = std::mem::replace(&mut group.reason, reason);
        if matches!(to, CustomerTable::Former | CustomerTable::Blacklist)
            && group.when.trim().is_empty()
        {
            group.when = at.clone();
        }
        group.history.push(Move {
            from,
            to,
            reason: old_reason,
            at,
        });
        self.customers.table_mut(to).push(group);
        true
    }

    /// Appends a reason tag named `name` and returns its id.
    pub fn add_tag(&mut self, name: String) -> RowId {
        let id = self.fresh_id();
        self.customers.tags.push(ReasonTag { id, name });
        id
    }

    /// Renames a tag; false when there is no such tag. Groups refer to tags by id,
    /// so they all follow the new name.
    pub fn rename_tag(&mut self, id: RowId, name: String) -> bool {
        match rows::find_mut(&mut self.customers.tags, id) {
            Some(tag) => {
                tag.name = name;
                true
            }
            None => false,
        }
    }

    /// Removes a tag and its id from every group of every table, so no group keeps
    /// counting under a reason that no longer exists. False when there is no such tag.
    pub fn remove_tag(&mut self, id: RowId) -> bool {
        if rows::remove(&mut self.customers.tags, id).is_none() {
            return false;
        }
        for table in CustomerTable::ALL {
            for group in self.customers.table_mut(table) {
                group.tags.retain(|&t| t != id);
            }
        }
        true
    }

    /// Moves a tag one place up (`delta` < 0) or down (> 0) in the list; ties of the
    /// loss-reason Pareto follow this order.
    pub fn shift_tag(&mut self, id: RowId, delta: isize) {
        rows::shift(&mut self.customers.tags, id, delta);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customers::CustomerScore;
    use crate::demo;
    use crate::lang::Lang;
    use CustomerTable::{Blacklist, Current, Former, Potential};

    fn totals(wb: &Workbook) -> (usize, u64) {
        let score = CustomerScore::of(&wb.customers);
        (
            score.tables.iter().map(|t| t.groups).sum(),
            score.tables.iter().filter_map(|t| t.revenue).sum(),
        )
    }

    #[test]
    fn group_names_are_distinct_trimmed_and_in_table_order() {
        let mut wb = demo::workbook(Lang::En);
        let c = &mut wb.customers;
        c.current.truncate(2);
        c.potential.truncate(1);
        c.current[0].name = "  Banks ".into();
        c.current[1].name = "   ".into();
        c.potential[0].name = "Banks".into();
        c.former[0].name = "Retail".into();
        let former: Vec<String> = c.former.iter().map(|g| g.name.trim().to_string()).collect();
        assert_eq!(c.group_names(&[Current, Potential]), ["Banks"]);
        let names = c.group_names(&[Former, Current]);
        assert_eq!(names[0], "Retail");
        assert_eq!(names.last().map(String::as_str), Some("Banks"));
        assert_eq!(
            names.len(),
            former.iter().filter(|n| !n.is_empty()).count() + 1
        );
        assert!(c.group_names(&[]).is_empty());
    }

    #[test]
    fn moving_groups_keeps_them_and_their_history() {
        let mut wb = demo::workbook(Lang::En);
        let before = totals(&wb);
        let current = wb.customers.current[1].clone();
        let potential = wb.customers.potential[0].id;
        let former_revenue = CustomerScore::of(&wb.customers).table(Former).revenue;

        // (group, to, expected result)
        let steps = [
            (current.id, Former, true),
            (current.id, Former, false),
            (potential, Current, true),
            (current.id, Blacklist, true),
            (RowId(u64::MAX), Current, false),
        ];
        for (i, (id, to, ok)) in steps.into_iter().enumerate() {
            let reason = format!("reason {i}");
            assert_eq!(
                wb.move_group(id, to, reason, format!("2026-0{i}")),
                ok,
                "step {i}"
            );
            assert_eq!(totals(&wb), before, "step {i}: totals change");
            if ok {
                assert_eq!(wb.customers.table_of(id), Some(to), "step {i}");
                assert_eq!(wb.customers.table(to).last().unwrap().id, id, "appended");
            }
        }

        let moved = wb.customers.blacklist.last().unwrap();
        assert_eq!(moved.reason, "reason 3");
        let history: Vec<_> = moved
            .history
            .iter()
            .map(|m| (m.from, m.to, m.reason.as_str(), m.at.as_str()))
            .collect();
        assert_eq!(
            history,
            [
                (Current, Former, current.reason.as_str(), "2026-00"),
                (Former, Blacklist, "reason 0", "2026-03"),
            ]
        );
        // Fields of other tables are kept; the date lost came from the first move.
        assert_eq!(moved.revenue, current.revenue);
        assert_eq!(moved.at_risk, current.at_risk);
        assert_eq!(moved.warning_sign, current.warning_sign);
        assert_eq!(moved.when, "2026-00");

        // While it sat in the former table it counted as revenue lost.
        let mut wb = demo::workbook(Lang::En);
        assert!(wb.move_group(current.id, Former, "lost".into(), "2026-01".into()));
        let score = CustomerScore::of(&wb.customers);
        assert_eq!(
            score.table(Former).revenue,
            former_revenue.zip(current.revenue).map(|(a, b)| a + b)
        );
        assert_eq!(score.table(Potential).groups, 3);
    }

    #[test]
    fn tag_edits() {
        let mut wb = demo::workbook(Lang::En);
        let price = wb.customers.tags[0].id;
        let uses = |wb: &Workbook, id| {
            CustomerTable::ALL
                .iter()
                .flat_map(|&t| wb.customers.table(t))
                .filter(|g| g.tags.contains(&id))
                .count()
        };
        assert!(uses(&wb, price) > 0);

        let new = wb.add_tag("Location".into());
        assert_eq!(wb.customers.tags.last().unwrap().name, "Location");
        assert_ne!(new, price);
        assert!(wb.rename_tag(price, "Cost".into()));
        assert_eq!(CustomerScore::of(&wb.customers).tags[0].name, "Cost");
        assert!(!wb.rename_tag(RowId(u64::MAX), "x".into()));

        wb.shift_tag(new, -1);
        assert_eq!(wb.customers.tags[wb.customers.tags.len() - 2].id, new);

        assert!(wb.remove_tag(price));
        assert!(!wb.remove_tag(price));
        assert_eq!(uses(&wb, price), 0);
        assert!(wb.customers.tags.iter().all(|t| t.id != price));
        // The loss reasons no longer name it; its revenue went to the other tags or
        // the untagged line, so the Pareto still adds up to the revenue lost.
        let score = CustomerScore::of(&wb.customers);
        assert!(score.loss_reasons.iter().all(|l| l.tag != Some(price)));
        let lost: u64 = score.loss_reasons.iter().map(|l| l.revenue_lost).sum();
        assert_eq!(Some(lost), score.table(Former).revenue);
    }
}
