//! The team merge of a workshop: several teams score copies of the same workbook,
//! and the consultant sees, per scored item, every team's score, their mean, median
//! and spread, and adopts a consensus into the current workbook.
//!
//! - [`items`] lists every scored item of a workbook; [`slot_mut`] finds one again to
//!   write it.
//! - [`read_team`] decodes a team's file and checks it is a copy of this workbook
//!   ([`Workbook::shares_origin_with`]: an export, a duplicate, or the source).
//! - [`merge`] matches each team's items to the current workbook's (row id first,
//!   then normalised text; see [`merge`]) and computes [`Stats`] per item.
//! - [`adopt`] / [`adopt_all`] write the chosen values as [`Change`]s, which
//!   [`undo`] reverts.
//! - [`adopt_row`] copies a team's row that matches nothing into the workbook
//!   ([`Added`]; [`remove_row`] takes it out); [`Adoption`] is either kind of step.

use std::collections::HashMap;

use crate::codec::{self, DecodeError};
use crate::order;
use crate::score::Score;
use crate::workbook::Workbook;

mod adopt;
mod items;
#[cfg(test)]
mod team_tests;
#[cfg(test)]
mod tests;

pub use adopt::{adopt_row, can_adopt, remove_row, Added, Adoption};
pub use items::{items, slot_mut, CultureRank, Field, Item, ItemKey, ItemName, Place, Section};

/// The spread (highest minus lowest team score) from which an item is flagged as a
/// disagreement to discuss: 4 points is close to half of the 1–10 scale's range, more
/// than the one or two points teams differ by on an item they see the same way.
pub const SPREAD_FLAG: u8 = 4;

/// Folds text for matching: full-width forms to half-width (a Chinese input method
/// types "ＣＲＭ　系统" for "CRM 系统"), lower case, white space trimmed and every run
/// of it collapsed to one space.
pub fn normalise(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Why a team's file cannot join the merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamError {
    /// The file is not a workbook this build can open: the codec's own error.
    Unreadable(DecodeError),
    /// A workbook, but not a copy of the current one: neither its `id` nor its origin
    /// is this workbook's or this workbook's origin.
    OtherWorkbook { found: String, expected: String },
    /// Larger than an import may be (`import_preview::MAX_IMPORT_BYTES`); refused
    /// before the browser reads it into memory.
    TooLarge { size: usize, limit: usize },
}

/// Checks a team file's size before it is read, with the import's limit.
pub fn check_team_size(size: usize) -> Result<(), TeamError> {
    let limit = crate::import_preview::MAX_IMPORT_BYTES;
    if size > limit {
        Err(TeamError::TooLarge { size, limit })
    } else {
        Ok(())
    }
}

/// Decodes a team's exported file and checks that it is a copy of `current` (see
/// [`check_team`]).
pub fn read_team(current: &Workbook, text: &str) -> Result<Workbook, TeamError> {
    let decoded = codec::decode(text).map_err(TeamError::Unreadable)?;
    check_team(current, &decoded.workbook)?;
    Ok(decoded.workbook)
}

/// Checks that `team` is a copy of `current` ([`Workbook::shares_origin_with`]):
/// only copies share row ids, and merging another workbook's scores by text alone
/// would mix two companies' workshops.
pub fn check_team(current: &Workbook, team: &Workbook) -> Result<(), TeamError> {
    if current.shares_origin_with(team) {
        Ok(())
    } else {
        Err(TeamError::OtherWorkbook {
            found: team.id.clone(),
            expected: current.id.clone(),
        })
    }
}

/// Whether a workbook of the library can join the merge into `current` as a team:
/// a copy of it ([`check_team`]) other than `current` itself.
pub fn library_team(current: &Workbook, candidate: &Workbook) -> bool {
    candidate.id != current.id && current.shares_origin_with(candidate)
}

/// How a team's item was found in the current workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedBy {
    /// The same row id (or 7S factor, or culture), worksheet and field.
    Key,
    /// The same worksheet, field, section and normalised text.
    Text,
}

/// The statistics of the teams' scores of one item; missing scores take no part.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// How many teams scored the item.
    pub scored: usize,
    sum: u32,
    pub min: Option<Score>,
    pub max: Option<Score>,
    /// The two middle scores (the same one for an odd count).
    middle: Option<(u8, u8)>,
}

impl Stats {
    pub fn of(scores: &[Option<Score>]) -> Stats {
        let values: Vec<u8> = scores.iter().flatten().map(|s| s.get()).collect();
        let values = order::by_number(values, order::Direction::Ascending, |&v| i64::from(v));
        let n = values.len();
        Stats {
            scored: n,
            sum: values.iter().map(|&v| u32::from(v)).sum(),
            min: values.first().and_then(|&v| Score::new(v).ok()),
            max: values.last().and_then(|&v| Score::new(v).ok()),
            middle: (n > 0).then(|| (values[(n - 1) / 2], values[n / 2])),
        }
    }

    pub fn mean(&self) -> Option<f64> {
        (self.scored > 0).then(|| f64::from(self.sum) / self.scored as f64)
    }

    /// The middle score, or the mean of the two middle ones for an even count.
    pub fn median(&self) -> Option<f64> {
        self.middle
            .map(|(lo, hi)| (f64::from(lo) + f64::from(hi)) / 2.0)
    }

    /// Highest minus lowest score; 0 when one team scored the item.
    pub fn spread(&self) -> Option<u8> {
        Some(self.max?.get() - self.min?.get())
    }

    /// Whether the teams disagree enough to talk it over: spread ≥ [`SPREAD_FLAG`].
    pub fn flagged(&self) -> bool {
        self.spread().is_some_and(|s| s >= SPREAD_FLAG)
    }

    /// The mean as a whole score, rounded to the nearest, halves up (6.5 → 7): the
    /// scale has whole numbers only, and rounding halves up is the rule workshop
    /// participants know from school. Computed in integers, so 6.5 is exact.
    pub fn mean_score(&self) -> Option<Score> {
        let n = u32::try_from(self.scored).ok().filter(|&n| n > 0)?;
        let rounded = (2 * self.sum + n) / (2 * n);
        Score::new(u8::try_from(rounded).ok()?).ok()
    }

    /// The median as a whole score, halves up like [`Stats::mean_score`].
    pub fn median_score(&self) -> Option<Score> {
        let (lo, hi) = self.middle?;
        Score::new((lo + hi).div_ceil(2)).ok()
    }
}

/// What the consultant adopts for an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Mean,
    Median,
    /// The score of the team at that index.
    Team(usize),
}

/// One item of the current workbook with the teams' scores of it.
#[derive(Clone, Debug, PartialEq)]
pub struct MergedItem {
    /// The item as it is in the current workbook, with its current score. A row
    /// blank here but filled in by a team is named by the first such team's text.
    pub item: Item,
    /// Per team, in team order: its score, `None` if it did not score the item or
    /// has no such item.
    pub scores: Vec<Option<Score>>,
    /// Per team: how its item was matched, `None` if it has none.
    pub matched: Vec<Option<MatchedBy>>,
    pub stats: Stats,
}

impl MergedItem {
    /// The score `choice` stands for; `None` when there is none to adopt (no team
    /// scored the item, or that team did not).
    pub fn value(&self, choice: Choice) -> Option<Score> {
        match choice {
            Choice::Mean => self.stats.mean_score(),
            Choice::Median => self.stats.median_score(),
            Choice::Team(t) => self.scores.get(t).copied().flatten(),
        }
    }
}

/// The teams' scores set against the current workbook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    pub teams: usize,
    /// The current workbook's items in workshop order: every non-blank one, and
    /// blank ones a team scored.
    pub rows: Vec<MergedItem>,
    /// Per team: its non-blank items that match nothing in the current workbook.
    pub unmatched: Vec<Vec<Item>>,
}

impl Merge {
    /// How many items are flagged.
    pub fn flagged(&self) -> usize {
        self.rows.iter().filter(|r| r.stats.flagged()).count()
    }

    /// The `n` items the teams disagree on most: largest spread first, ties in
    /// workbook order. Only items the teams scored differently (spread ≥ 1): where
    /// they agree, or one team alone scored, there is nothing to discuss.
    pub fn largest_spreads(&self, n: usize) -> Vec<&MergedItem> {
        let rows: Vec<&MergedItem> = self
            .rows
            .iter()
            .filter(|r| r.stats.spread().is_some_and(|s| s > 0))
            .collect();
        let mut ranked = order::by_number(rows, order::Direction::Descending, |r| {
            i64::from(r.stats.spread().unwrap_or(0))
        });
        ranked.truncate(n);
        ranked
    }
}

/// Matches every team's items to `current`'s and computes the statistics.
///
/// Per team, an item matches the current item with the same [`ItemKey`] (row id, 7S
/// factor or culture; worksheet; field). What is left matches by text: the same
/// worksheet, field and section (quadrant, PESTLE factor, competitor by normalised
/// name) and the same [`normalise`]d text, the first current item in workbook order
/// that this team has not matched yet. Each current item takes at most one item per
/// team; a team's non-blank items that match nothing are listed in
/// [`Merge::unmatched`], never dropped.
///
/// Teams' copies may add rows independently, so two teams (or the consultant) can
/// hand out the same new row id for different items; requiring the same worksheet and
/// field keeps such a clash within one table, where the texts on screen show it.
pub fn merge(current: &Workbook, teams: &[&Workbook]) -> Merge {
    let mine = items(current);
    let by_key: HashMap<ItemKey, usize> = mine
        .iter()
        .enumerate()
        .rev() // the first of duplicate keys (a hand-edited file) wins
        .map(|(i, item)| (item.key, i))
        .collect();
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, item) in mine.iter().enumerate() {
        if let Some(k) = item.text_key() {
            by_text.entry(k).or_default().push(i);
        }
    }

    let mut scores = vec![vec![None; teams.len()]; mine.len()];
    let mut matched = vec![vec![None; teams.len()]; mine.len()];
    let mut names: Vec<Option<String>> = vec![None; mine.len()];
    let mut unmatched = Vec::with_capacity(teams.len());
    for (t, team) in teams.iter().enumerate() {
        let theirs = items(team);
        let mut claimed = vec![false; mine.len()];
        let mut left = Vec::new();
        for item in &theirs {
            match by_key.get(&item.key) {
                Some(&i) if !claimed[i] => {
                    claimed[i] = true;
                    scores[i][t] = item.score;
                    matched[i][t] = Some(MatchedBy::Key);
                    if let (None, Some(text)) = (&names[i], item.name.text()) {
                        names[i] = Some(text.to_string()).filter(|t| !t.trim().is_empty());
                    }
                }
                _ => left.push(item),
            }
        }
        let mut lost = Vec::new();
        for item in left {
            let found = item.text_key().and_then(|k| {
                by_text
                    .get(&k)
                    .and_then(|c| c.iter().copied().find(|&i| !claimed[i]))
            });
            match found {
                Some(i) => {
                    claimed[i] = true;
                    scores[i][t] = item.score;
                    matched[i][t] = Some(MatchedBy::Text);
                }
                None if !item.is_blank() => lost.push(item.clone()),
                None => {}
            }
        }
        unmatched.push(lost);
    }

    let rows = mine
        .into_iter()
        .zip(scores.into_iter().zip(matched))
        .zip(names)
        .filter(|((item, (scores, _)), _)| !item.is_blank() || scores.iter().any(Option::is_some))
        .map(|((mut item, (scores, matched)), name)| {
            if let (ItemName::Text(text), Some(name)) = (&mut item.name, name) {
                if text.trim().is_empty() {
                    *text = name;
                }
            }
            MergedItem {
                stats: Stats::of(&scores),
                item,
                scores,
                matched,
            }
        })
        .collect();
    Merge {
        teams: teams.len(),
        rows,
        unmatched,
    }
}

/// A score written by an adoption, with what it replaced, so it can be undone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub key: ItemKey,
    pub before: Option<Score>,
    pub after: Score,
}

/// Writes `row`'s `choice` into `wb`. `None` when nothing changes: there is no value
/// to adopt (adoption never clears a score), the item is gone from `wb`, or it
/// already has that score.
pub fn adopt(wb: &mut Workbook, row: &MergedItem, choice: Choice) -> Option<Change> {
    let after = row.value(choice)?;
    let slot = slot_mut(wb, &row.item.key)?;
    let before = *slot;
    (before != Some(after)).then(|| {
        *slot = Some(after);
        Change {
            key: row.item.key,
            before,
            after,
        }
    })
}

/// [`adopt`] for every item of `merge` ("adopt all means"); the changes made, in
/// workbook order.
pub fn adopt_all(wb: &mut Workbook, merge: &Merge, choice: Choice) -> Vec<Change> {
    merge
        .rows
        .iter()
        .filter_map(|row| adopt(wb, row, choice))
        .collect()
}

/// Puts back what `changes` replaced, last first. Meant right after the adoption: a
/// score edited in between is set back too; an item removed since is skipped.
pub fn undo(wb: &mut Workbook, changes: &[Change]) {
    for change in changes.iter().rev() {
        if let Some(slot) = slot_mut(wb, &change.key) {
            *slot = change.before;
        }
    }
}
