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

/// A stored counter (the saves since the last export): missing or unreadable is 0.
pub fn parse_count(stored: Option<&str>) -> u64 {
    stored.and_then(|s| s.trim().parse().ok()).unwrap_or(0)
}

/// A workbook's stored revision: how many saves it has had, and which tab made the
/// last one. The count alone cannot tell two tabs apart that both saved revision 6
/// over revision 5 at the same moment (each read 5 before the other's write reached
/// it); with the writer, the tab whose save was overwritten sees a revision that is
/// not its own and knows.
///
/// Stored as `"<count>:<writer>"`; builds before writers existed stored the bare
/// count, read as a revision with no writer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Revision {
    pub count: u64,
    /// The saving tab's id (random per page load); empty for a bare count.
    pub writer: String,
}

impl Revision {
    /// Reads a stored revision. Missing or unreadable is revision 0, that of data
    /// written before revisions existed (or storage cleared meanwhile).
    pub fn parse(stored: Option<&str>) -> Revision {
        let Some(text) = stored.map(str::trim) else {
            return Revision::default();
        };
        let (count, writer) = text.split_once(':').unwrap_or((text, ""));
        match count.parse() {
            Ok(count) => Revision {
                count,
                writer: writer.to_string(),
            },
            Err(_) => Revision::default(),
        }
    }

    /// The stored form.
    pub fn to_stored(&self) -> String {
        if self.writer.is_empty() {
            self.count.to_string()
        } else {
            format!("{}:{}", self.count, self.writer)
        }
    }

    /// The revision `writer` saves after `self`, the one its copy is based on, when
    /// storage holds `stored`: one past both.
    pub fn next(&self, stored: &Revision, writer: &str) -> Revision {
        Revision {
            count: self.count.max(stored.count) + 1,
            writer: writer.to_string(),
        }
    }
}

/// Whether a tab whose copy of the workbook is based on revision `base` may save
/// over storage holding revision `stored`. Only if nobody saved since it loaded:
/// anything else would silently overwrite another tab's work. A lower count means
/// storage was cleared or written by a build before revisions; nobody's newer work
/// is there.
pub fn may_write(base: &Revision, stored: &Revision) -> bool {
    stored == base || stored.count < base.count
}

/// Whether another tab's write of revision `seen` (a `storage` event) makes this
/// tab's copy, based on revision `own`, stale. A write with a lower count is old
/// news that arrived late (this tab has already read or saved past it); the same
/// count by another writer is the race of two simultaneous saves, and this tab's
/// save is the one that lost.
pub fn overtaken(own: &Revision, seen: &Revision) -> bool {
    seen != own && seen.count >= own.count
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
    fn revisions_read_and_write() {
        let r = |count, writer: &str| Revision {
            count,
            writer: writer.to_string(),
        };
        for (stored, want) in [
            (None, r(0, "")),
            (Some("7"), r(7, "")),
            (Some(" 12\n"), r(12, "")),
            (Some("x"), r(0, "")),
            (Some("6:tab-a"), r(6, "tab-a")),
            (Some("6:"), r(6, "")),
            (Some(":tab-a"), r(0, "")),
            (Some("6:tab:b"), r(6, "tab:b")),
        ] {
            assert_eq!(Revision::parse(stored), want, "{stored:?}");
        }
        for rev in [r(0, ""), r(7, ""), r(6, "tab-a"), r(6, "tab:b")] {
            assert_eq!(Revision::parse(Some(&rev.to_stored())), rev);
        }
        assert_eq!(r(3, "a").next(&r(3, "a"), "a"), r(4, "a"));
        assert_eq!(r(3, "a").next(&r(0, ""), "b"), r(4, "b"));
        assert_eq!(parse_count(Some("9")), 9);
        assert_eq!(parse_count(Some("nine")), 0);
    }

    #[test]
    fn who_may_write_and_who_is_told() {
        let r = |count, writer: &str| Revision {
            count,
            writer: writer.to_string(),
        };
        // (base, stored, may write)
        for (base, stored, want, why) in [
            (r(3, "a"), r(3, "a"), true, "nobody saved since"),
            (r(3, ""), r(3, ""), true, "a bare count, unchanged"),
            (
                r(3, "a"),
                r(0, ""),
                true,
                "storage cleared or written by an old build",
            ),
            (r(3, "a"), r(4, "b"), false, "another tab saved since"),
            (r(3, "a"), r(4, "a"), false, "this tab, before a reload"),
            (
                r(3, "a"),
                r(3, "b"),
                false,
                "another tab saved the same count",
            ),
        ] {
            assert_eq!(may_write(&base, &stored), want, "{why}");
        }
        // (own, seen in another tab's write, stale)
        for (own, seen, want, why) in [
            (
                r(6, "a"),
                r(6, "b"),
                true,
                "two saves of 6: this one was overwritten",
            ),
            (r(6, "a"), r(7, "b"), true, "a newer save"),
            (r(6, "a"), r(7, ""), true, "a delete or restore raised it"),
            (r(6, "a"), r(6, "a"), false, "this tab's own revision"),
            (
                r(7, "a"),
                r(6, "b"),
                false,
                "old news: this tab saved over 6 already",
            ),
            (r(6, "a"), r(0, ""), false, "the revision was removed"),
        ] {
            assert_eq!(overtaken(&own, &seen), want, "{why}");
        }
    }
}
