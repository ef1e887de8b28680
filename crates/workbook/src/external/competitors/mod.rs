//! Scoring of the competitor analysis: the comparison table of the company and its
//! competitors (their SWOT totals, balances, overall position and rank), its sorting,
//! and which competitors outscore the company in each quadrant ("can we improve?").
//!
//! Every row is scored by [`SwotScore`], the same scoring as the company's own SWOT
//! worksheet, so the two can never disagree.

use crate::order::{self, Key};
use crate::swot::{Quadrant, SwotScore};
use crate::workbook::{SwotOwner, Workbook};

/// One company of the comparison: the company itself or a competitor.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    /// Whose SWOT the row scores; [`SwotOwner::Company`] only for the first row.
    pub owner: SwotOwner,
    /// The name as typed, trimmed; may be blank for a competitor not yet named.
    pub name: String,
    /// The SWOT's full score, for the quadrant details (means, counts, posture).
    pub score: SwotScore,
    /// Quadrant totals indexed by [`Quadrant::index`]: [`QuadrantScore::known_total`]
    /// (`None` while a quadrant lists items of which none is scored), except that a SWOT
    /// listing nothing at all has every total `None`. An empty quadrant beside filled
    /// ones genuinely totals zero, but a company nobody has assessed is unknown, and
    /// ranking it at zero would pass "not done" off as "no better, no worse".
    ///
    /// [`QuadrantScore::known_total`]: crate::swot::QuadrantScore::known_total
    pub totals: [Option<u32>; 4],
    /// Strengths minus weaknesses ([`SwotScore::internal_balance`]: `None` until
    /// both have a scored item).
    pub internal: Option<i64>,
    /// Opportunities minus threats ([`SwotScore::external_balance`]).
    pub external: Option<i64>,
    /// The overall position: internal plus external balance, that is favourable
    /// (S + O) minus unfavourable (W + T). One number per company, so companies can be
    /// ranked; `None` while either balance is, so a company is ranked only once each
    /// of its quadrants has a score.
    pub overall: Option<i64>,
    /// Standard competition ranking by `overall`, highest first: equal positions share
    /// a rank and the next rank is skipped (1, 2, 2, 4). `None` for a row without an
    /// overall position, which is left out of the ranking rather than ranked last.
    pub rank: Option<usize>,
    /// Items listed without a score, all quadrants: flagged beside the row.
    pub unscored: usize,
}

impl ComparisonRow {
    fn new(owner: SwotOwner, name: &str, score: SwotScore) -> ComparisonRow {
        let listed = !score.is_empty();
        let internal = score.internal_balance().filter(|_| listed);
        let external = score.external_balance().filter(|_| listed);
        ComparisonRow {
            owner,
            name: name.trim().to_string(),
            totals: Quadrant::ALL.map(|q| score.get(q).known_total().filter(|_| listed)),
            internal,
            external,
            overall: internal.zip(external).map(|(i, e)| i + e),
            rank: None,
            unscored: score.unscored(),
            score,
        }
    }

    /// The total of one quadrant; see [`ComparisonRow::totals`].
    pub fn total(&self, q: Quadrant) -> Option<u32> {
        self.totals[q.index()]
    }

    pub fn is_company(&self) -> bool {
        self.owner == SwotOwner::Company
    }
}

/// A column of the comparison table, to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Total(Quadrant),
    Internal,
    External,
    Overall,
    Rank,
    Unscored,
}

impl Column {
    /// Every column in the order the table shows them.
    pub const ALL: [Column; 10] = [
        Column::Name,
        Column::Total(Quadrant::Strengths),
        Column::Total(Quadrant::Weaknesses),
        Column::Total(Quadrant::Opportunities),
        Column::Total(Quadrant::Threats),
        Column::Internal,
        Column::External,
        Column::Overall,
        Column::Rank,
        Column::Unscored,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortDirection {
    #[default]
    Ascending,
    Descending,
}

/// A competitor that does better than the company in one quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lead {
    /// The competitor's index in [`Comparison::rows`] (never 0, the company).
    pub row: usize,
    /// By how many points it does better: always at least 1.
    pub by: u32,
}

/// The comparison table: the company first, then every non-blank competitor in list
/// order.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub rows: Vec<ComparisonRow>,
}

impl Comparison {
    /// Builds the table from `wb`. The company's row is named after the workbook's
    /// client, or `fallback_name` (e.g. a translated "Our company") while the client is
    /// blank. Blank competitors (the empty line a new one starts as) are left out.
    pub fn of(wb: &Workbook, fallback_name: &str) -> Comparison {
        let company = if wb.client.trim().is_empty() {
            fallback_name
        } else {
            &wb.client
        };
        let mut rows: Vec<ComparisonRow> = std::iter::once(ComparisonRow::new(
            SwotOwner::Company,
            company,
            wb.swot.score(),
        ))
        .chain(
            wb.competitors
                .list
                .iter()
                .filter(|c| !c.is_blank())
                .map(|c| ComparisonRow::new(SwotOwner::Competitor(c.id), &c.name, c.swot.score())),
        )
        .collect();
        let positions: Vec<Option<i64>> = rows.iter().map(|r| r.overall).collect();
        for row in &mut rows {
            row.rank = row.overall.map(|mine| {
                1 + positions
                    .iter()
                    .flatten()
                    .filter(|&&other| other > mine)
                    .count()
            });
        }
        Comparison { rows }
    }

    /// The company's own row, always the first.
    pub fn company(&self) -> &ComparisonRow {
        &self.rows[0]
    }

    /// The competitors' rows, in list order.
    pub fn competitors(&self) -> &[ComparisonRow] {
        &self.rows[1..]
    }

    /// The order in which to show [`Comparison::rows`] when sorted by `column`: indices
    /// into `rows`. Rows without a value in the column (an unknown total, a blank name,
    /// no rank) always come last, whichever the direction, since "unknown" is neither
    /// high nor low; equal values, and the rows without one, keep table order (the
    /// company first).
    pub fn sorted(&self, column: Column, direction: SortDirection) -> Vec<usize> {
        let keys: Vec<Option<Key>> = self.rows.iter().map(|r| key(r, column)).collect();
        // Stable, None last in both directions, ties in table order: exactly the rules
        // above.
        let direction = match direction {
            SortDirection::Ascending => order::Direction::Ascending,
            SortDirection::Descending => order::Direction::Descending,
        };
        order::stable_order(&keys, direction)
    }

    /// Whether `quadrant` compares anything yet: the company's total and at least one
    /// competitor's are known. Until then an empty [`Comparison::outscoring`] means
    /// "nothing to compare", not "nobody does better".
    pub fn comparable(&self, quadrant: Quadrant) -> bool {
        self.company().total(quadrant).is_some()
            && self
                .competitors()
                .iter()
                .any(|r| r.total(quadrant).is_some())
    }

    /// The competitors that do better than the company in `quadrant`, largest lead
    /// first, equal leads in list order.
    ///
    /// Doing better means a higher total for the favourable quadrants (more strengths,
    /// more opportunities) and a lower total for the unfavourable ones (less weak, less
    /// threatened). Empty when the company's total is unknown, since nothing can be said
    /// to beat an unknown; a competitor whose total is unknown is never listed.
    pub fn outscoring(&self, quadrant: Quadrant) -> Vec<Lead> {
        let Some(ours) = self.company().total(quadrant) else {
            return Vec::new();
        };
        let leads: Vec<Lead> = self
            .rows
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(row, r)| {
                let theirs = r.total(quadrant)?;
                let by = if quadrant.is_favourable() {
                    theirs.checked_sub(ours)?
                } else {
                    ours.checked_sub(theirs)?
                };
                (by > 0).then_some(Lead { row, by })
            })
            .collect();
        // Stable: equal leads stay in list order.
        order::by_number(leads, order::Direction::Descending, |l| i64::from(l.by))
    }
}

/// What a row is sorted by in one column. Names compare case-insensitively, so "b"
/// does not sort before "A"; numbers compare as numbers.
fn key(row: &ComparisonRow, column: Column) -> Option<Key> {
    let number = |n: Option<i64>| n.map(Key::Number);
    match column {
        Column::Name => (!row.name.is_empty()).then(|| Key::Text(row.name.to_lowercase())),
        Column::Total(q) => number(row.total(q).map(i64::from)),
        Column::Internal => number(row.internal),
        Column::External => number(row.external),
        Column::Overall => number(row.overall),
        Column::Rank => number(row.rank.map(|r| r as i64)),
        Column::Unscored => number(Some(row.unscored as i64)),
    }
}

#[cfg(test)]
mod tests;
