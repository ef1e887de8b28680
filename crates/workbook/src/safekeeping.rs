//! Keeping work safe in the browser: the rules behind automatic backups (their
//! keys, their order, which to drop when there are too many) and the revision rule
//! that stops one tab from overwriting what another tab saved. The app supplies
//! the storage; the decisions are made here, where they are tested.

/// How many automatic backups are kept; making one more drops the oldest.
pub const KEEP_BACKUPS: usize = 10;

/// The key for a backup made at `time` (ISO 8601, so keys sort by time), unique
/// among `existing`: two backups in the same millisecond get `-2`, `-3`, ….
pub fn backup_key(prefix: &str, time: &str, existing: &[String]) -> String {
    let base = format!("{prefix}{time}");
    if !existing.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|key| !existing.contains(key))
        .expect("some suffix is free")
}

/// Orders by time, then by the same-millisecond suffix as a number.
fn order_key<'a>(prefix: &str, key: &'a str) -> (&'a str, u64) {
    let rest = &key[prefix.len()..];
    match rest.rsplit_once('-') {
        // ISO times contain '-' only in the date, before the 'T'.
        Some((time, n)) if time.contains('T') => (time, n.parse().unwrap_or(0)),
        _ => (rest, 0),
    }
}

/// The backup keys among `keys`, newest first.
pub fn newest_first<I>(prefix: &str, keys: I) -> Vec<String>
where
    I: IntoIterator<Item = String>,
{
    let mut found: Vec<String> = keys.into_iter().filter(|k| k.starts_with(prefix)).collect();
    found.sort_by(|a, b| order_key(prefix, b).cmp(&order_key(prefix, a)));
    found
}

/// The oldest backups to delete so that at most `keep` remain.
pub fn to_drop<I>(prefix: &str, keys: I, keep: usize) -> Vec<String>
where
    I: IntoIterator<Item = String>,
{
    newest_first(prefix, keys).into_iter().skip(keep).collect()
}

/// The time part of a backup key (what the list shows).
pub fn backup_time<'a>(prefix: &str, key: &'a str) -> &'a str {
    order_key(prefix, key).0
}

/// A stored counter (the revision, the saves since the last export): missing or
/// unreadable is 0, which for the revision is that of data written before
/// revisions existed.
pub fn parse_count(stored: Option<&str>) -> u64 {
    stored.and_then(|s| s.trim().parse().ok()).unwrap_or(0)
}

/// Whether a tab whose copy of the workbook is based on revision `base` may save
/// over storage holding revision `stored`. Only if nobody saved since it loaded:
/// anything else would silently overwrite another tab's work.
pub fn may_write(base: u64, stored: u64) -> bool {
    stored <= base
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: &str = "crm-workbook/backup/";

    fn keys(times: &[&str]) -> Vec<String> {
        times.iter().map(|t| format!("{P}{t}")).collect()
    }

    #[test]
    fn keys_are_unique_and_ordered_by_time() {
        let t = "2026-11-25T08:00:00.000Z";
        assert_eq!(backup_key(P, t, &[]), format!("{P}{t}"));
        let mut existing = keys(&[t]);
        for n in 2..=11 {
            let key = backup_key(P, t, &existing);
            assert_eq!(key, format!("{P}{t}-{n}"));
            existing.push(key);
        }
        let mut all = existing.clone();
        all.extend(keys(&[
            "2026-11-24T23:59:59.999Z",
            "2026-11-25T08:00:00.001Z",
        ]));
        all.push("crm-workbook/current".into());
        all.push("crm-workbook/unreadable/2026-11-26T00:00:00.000Z".into());
        let ordered = newest_first(P, all.clone());
        assert_eq!(ordered.len(), 13);
        assert_eq!(ordered[0], format!("{P}2026-11-25T08:00:00.001Z"));
        // Same millisecond: the later suffix is newer, numerically (11 after 9).
        assert_eq!(ordered[1], format!("{P}{t}-11"));
        assert_eq!(ordered[3], format!("{P}{t}-9"));
        assert_eq!(ordered[11], format!("{P}{t}"));
        assert_eq!(ordered[12], format!("{P}2026-11-24T23:59:59.999Z"));
        assert_eq!(backup_time(P, &ordered[1]), t);
        assert_eq!(backup_time(P, &ordered[0]), "2026-11-25T08:00:00.001Z");
    }

    #[test]
    fn only_the_oldest_beyond_the_limit_are_dropped() {
        let times = [
            "2026-01-03T00:00:00.000Z",
            "2026-01-01T00:00:00.000Z",
            "2026-01-02T00:00:00.000Z",
        ];
        assert!(to_drop(P, keys(&times), 3).is_empty());
        assert_eq!(
            to_drop(P, keys(&times), 2),
            keys(&["2026-01-01T00:00:00.000Z"])
        );
        assert_eq!(
            to_drop(P, keys(&times), 0),
            keys(&[
                "2026-01-03T00:00:00.000Z",
                "2026-01-02T00:00:00.000Z",
                "2026-01-01T00:00:00.000Z"
            ])
        );
        // Keys that are not backups are never dropped.
        let others = vec!["crm-workbook/current".to_string(), "x".to_string()];
        assert!(to_drop(P, others, 0).is_empty());
    }

    #[test]
    fn revisions() {
        for (stored, want) in [
            (None, 0),
            (Some("7"), 7),
            (Some(" 12\n"), 12),
            (Some("x"), 0),
        ] {
            assert_eq!(parse_count(stored), want, "{stored:?}");
        }
        assert!(may_write(3, 3), "nobody saved since");
        assert!(
            may_write(3, 0),
            "storage cleared or written by an old build"
        );
        assert!(!may_write(3, 4), "another tab saved since");
    }
}
