//! Ordering of ranked and sorted lists: the one place the crate sorts.
//!
//! Every `sort_by` / `sort_by_key` with its own closure or element type makes the
//! compiler instantiate core's stable sort afresh, several kilobytes of wasm each at
//! this crate's opt-level. So callers never sort their own lists: they give each item
//! a [`Key`], [`stable_order`] sorts indices with the one comparator below (core's sort
//! instantiated once, for `usize`), and [`permute`] puts the items in that order.

/// What an item is ordered by. A list's keys should all be of one kind; numbers compare
/// as numbers, text byte-wise (callers fold case first where case should not matter).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Number(i64),
    Text(String),
}

/// Which way [`stable_order`] orders the keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

/// The indices of `keys` in key order: `None` (no value, "unknown", neither high nor
/// low) always last whichever the direction, and ties, among equal keys as among the
/// `None`s, in input order. Ties compare equal in both directions (rather than sorting
/// ascending and reversing), so descending still keeps them in input order.
pub fn stable_order(keys: &[Option<Key>], direction: Direction) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    // The crate's only call of core's sort: see the module documentation.
    order.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
        (Some(x), Some(y)) => match direction {
            Direction::Ascending => x.cmp(y),
            Direction::Descending => y.cmp(x),
        },
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    order
}

/// `items` rearranged so that the `i`th is `items[order[i]]`; `order` must be a
/// permutation of `items`' indices, as [`stable_order`] returns.
pub fn permute<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    debug_assert_eq!(items.len(), order.len(), "order is a permutation of items");
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// `items` stably ordered by a number each: the common case of ranking a list by a
/// score, a gap or a priority, ties in list order. Generic over the items, but only
/// the key extraction and the move are instantiated per caller, never the sort.
pub fn by_number<T>(items: Vec<T>, direction: Direction, key: impl Fn(&T) -> i64) -> Vec<T> {
    let keys: Vec<Option<Key>> = items.iter().map(|t| Some(Key::Number(key(t)))).collect();
    let order = stable_order(&keys, direction);
    permute(items, &order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::{Ascending, Descending};

    fn n(v: i64) -> Option<Key> {
        Some(Key::Number(v))
    }

    fn t(s: &str) -> Option<Key> {
        Some(Key::Text(s.to_string()))
    }

    #[test]
    fn stable_order_table() {
        // (name, keys, direction, expected order)
        type Case = (&'static str, Vec<Option<Key>>, Direction, &'static [usize]);
        let cases: [Case; 12] = [
            ("empty", vec![], Ascending, &[]),
            ("empty descending", vec![], Descending, &[]),
            ("one", vec![n(5)], Descending, &[0]),
            ("ascending", vec![n(3), n(1), n(2)], Ascending, &[1, 2, 0]),
            ("descending", vec![n(3), n(1), n(2)], Descending, &[0, 2, 1]),
            ("negatives", vec![n(0), n(-7), n(4)], Ascending, &[1, 0, 2]),
            (
                "ties keep input order ascending",
                vec![n(2), n(1), n(2), n(1)],
                Ascending,
                &[1, 3, 0, 2],
            ),
            (
                "ties keep input order descending",
                vec![n(2), n(1), n(2), n(1)],
                Descending,
                &[0, 2, 1, 3],
            ),
            (
                "none last ascending, in input order",
                vec![None, n(2), None, n(1)],
                Ascending,
                &[3, 1, 0, 2],
            ),
            (
                "none last descending, in input order",
                vec![None, n(2), None, n(1)],
                Descending,
                &[1, 3, 0, 2],
            ),
            (
                "text",
                vec![t("b"), t("a"), None, t("c"), t("a")],
                Ascending,
                &[1, 4, 0, 3, 2],
            ),
            (
                "text descending",
                vec![t("b"), t("a"), None, t("c"), t("a")],
                Descending,
                &[3, 0, 1, 4, 2],
            ),
        ];
        for (name, keys, direction, want) in &cases {
            assert_eq!(stable_order(keys, *direction), *want, "{name}");
        }
    }

    #[test]
    fn permute_and_by_number() {
        assert_eq!(
            permute(vec!['a', 'b', 'c'], &[2, 0, 1]),
            vec!['c', 'a', 'b']
        );
        assert_eq!(permute(Vec::<char>::new(), &[]), Vec::<char>::new());
        let items = vec![("w", 1), ("x", 3), ("y", 1), ("z", 3)];
        assert_eq!(
            by_number(items.clone(), Descending, |&(_, v)| v),
            vec![("x", 3), ("z", 3), ("w", 1), ("y", 1)]
        );
        assert_eq!(
            by_number(items, Ascending, |&(_, v)| v),
            vec![("w", 1), ("y", 1), ("x", 3), ("z", 3)]
        );
    }
}
