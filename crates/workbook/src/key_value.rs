//! Key-customer value analysis (METHOD.md §5): the value targets of a deal (what a
//! key customer gets besides the product: a dedicated trainer, results measured…),
//! how much each matters to each customer class (1–10), whether delivering it pays
//! (the value it earns against its cost, each 1–10) and how to communicate it; and
//! the value map that follows — per class, what to lead with, what to deliver more
//! cheaply, what to offer only on request and what to drop.

use serde::{Deserialize, Serialize};

use crate::ids::RowId;
use crate::order::{by_number, Direction};
use crate::rows::Row;
use crate::score::Score;

/// An importance from this score up means the target matters to the class: the upper
/// half of the 1–10 scale.
pub const MATTERS_FROM: u8 = 6;

/// The worksheet: the customer classes (columns) and the value targets (rows).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyValue {
    pub classes: Vec<ValueClass>,
    pub targets: Vec<ValueTarget>,
}

/// A customer class the targets are weighed for: a relationship group, a tier or a
/// group of the customer tables, as the team names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueClass {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
}

impl Row for ValueClass {
    fn id(&self) -> RowId {
        self.id
    }

    fn blank(id: RowId) -> ValueClass {
        ValueClass {
            id,
            name: String::new(),
        }
    }
}

/// How much one target matters to one class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassImportance {
    pub class: RowId,
    pub score: Score,
}

/// One value target of a deal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueTarget {
    pub id: RowId,
    #[serde(default)]
    pub name: String,
    /// What delivering it costs us, 1–10.
    #[serde(default)]
    pub cost: Option<Score>,
    /// What delivering it earns us (price kept, volume, retention), 1–10.
    #[serde(default)]
    pub value: Option<Score>,
    /// How to tell the customer about it in a way they accept.
    #[serde(default)]
    pub communicate: String,
    /// How much it matters to each class; a class without an entry is not rated yet.
    #[serde(default)]
    pub importance: Vec<ClassImportance>,
}

impl Row for ValueTarget {
    fn id(&self) -> RowId {
        self.id
    }

    fn blank(id: RowId) -> ValueTarget {
        ValueTarget {
            id,
            name: String::new(),
            cost: None,
            value: None,
            communicate: String::new(),
            importance: Vec::new(),
        }
    }
}

impl ValueClass {
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
    }
}

impl ValueTarget {
    /// A row with nothing written or rated is an empty line.
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.cost.is_none()
            && self.value.is_none()
            && self.communicate.trim().is_empty()
            && self.importance.is_empty()
    }

    /// How much the target matters to `class`, if rated.
    pub fn importance_to(&self, class: RowId) -> Option<Score> {
        self.importance
            .iter()
            .find(|i| i.class == class)
            .map(|i| i.score)
    }

    /// Rates (or with `None` clears) how much the target matters to `class`.
    pub fn set_importance(&mut self, class: RowId, score: Option<Score>) {
        match (self.importance.iter_mut().find(|i| i.class == class), score) {
            (Some(entry), Some(score)) => entry.score = score,
            (None, Some(score)) => self.importance.push(ClassImportance { class, score }),
            (_, None) => self.importance.retain(|i| i.class != class),
        }
    }

    /// Value earned minus cost, −9 to +9; `None` until both are rated.
    pub fn margin(&self) -> Option<i8> {
        Some(self.value?.get() as i8 - self.cost?.get() as i8)
    }
}

/// Whether delivering a target pays: it earns more than it costs.
pub fn pays(margin: i8) -> bool {
    margin > 0
}

/// Whether an importance means the target matters to the class.
pub fn matters(importance: Score) -> bool {
    importance.get() >= MATTERS_FROM
}

/// What the value map advises for a target in a class: its quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Advice {
    /// Matters and pays: deliver it and say so first.
    LeadWith,
    /// Matters but does not pay: keep it, find a cheaper way to deliver it.
    DeliverCheaper,
    /// Pays but hardly matters: offer it when asked.
    OnRequest,
    /// Neither matters nor pays: stop offering it to this class.
    Drop,
}

impl Advice {
    pub const ALL: [Advice; 4] = [
        Advice::LeadWith,
        Advice::DeliverCheaper,
        Advice::OnRequest,
        Advice::Drop,
    ];

    pub fn of(importance: Score, margin: i8) -> Advice {
        match (matters(importance), pays(margin)) {
            (true, true) => Advice::LeadWith,
            (true, false) => Advice::DeliverCheaper,
            (false, true) => Advice::OnRequest,
            (false, false) => Advice::Drop,
        }
    }
}

/// One point of the value map: a target in a class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValuePoint {
    pub target: RowId,
    pub class: RowId,
    /// The class's position among the named classes, 0-based (its colour and marker).
    pub class_index: usize,
    pub importance: Score,
    pub margin: i8,
    pub advice: Advice,
}

/// One target as the results table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetLine {
    pub id: RowId,
    pub name: String,
    pub cost: Option<Score>,
    pub value: Option<Score>,
    pub margin: Option<i8>,
    /// Mean importance over the classes that rated it.
    pub mean_importance: Option<f64>,
    /// The classes it matters to (importance ≥ [`MATTERS_FROM`]), by name.
    pub matters_to: Vec<String>,
    pub communicate: String,
}

/// One class with what the value map says to lead with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassLine {
    pub id: RowId,
    pub name: String,
    /// Targets that matter to the class and pay, most important first.
    pub lead_with: Vec<String>,
    /// Targets that matter to it but do not pay.
    pub cheaper: Vec<String>,
    /// Targets rated for this class.
    pub rated: usize,
}

/// What the worksheet adds up to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyValueScore {
    /// Named classes.
    pub classes: usize,
    /// Non-blank targets.
    pub targets: usize,
    /// Targets with both cost and value rated.
    pub priced: usize,
    /// Priced targets that pay.
    pub paying: usize,
    pub lines: Vec<TargetLine>,
    pub class_lines: Vec<ClassLine>,
    /// Every rated target × class with a priced target, in target then class order.
    pub points: Vec<ValuePoint>,
    /// Points per advice, in [`Advice::ALL`] order.
    pub by_advice: [usize; 4],
    /// Targets that matter to some class and pay, with no word on how to say so.
    pub untold: Vec<String>,
}

impl KeyValueScore {
    pub fn of(kv: &KeyValue) -> KeyValueScore {
        let classes: Vec<&ValueClass> = kv.classes.iter().filter(|c| !c.is_blank()).collect();
        let targets: Vec<&ValueTarget> = kv.targets.iter().filter(|t| !t.is_blank()).collect();
        let mut s = KeyValueScore {
            classes: classes.len(),
            targets: targets.len(),
            ..KeyValueScore::default()
        };
        for t in &targets {
            let margin = t.margin();
            if let Some(m) = margin {
                s.priced += 1;
                s.paying += usize::from(pays(m));
            }
            // Only the importances of classes still named count.
            let rated: Vec<(usize, &ValueClass, Score)> = classes
                .iter()
                .enumerate()
                .filter_map(|(i, c)| Some((i, *c, t.importance_to(c.id)?)))
                .collect();
            let mean_importance = (!rated.is_empty()).then(|| {
                rated.iter().map(|r| f64::from(r.2.get())).sum::<f64>() / rated.len() as f64
            });
            let matters_to: Vec<String> = rated
                .iter()
                .filter(|r| matters(r.2))
                .map(|r| r.1.name.clone())
                .collect();
            if margin.is_some_and(pays) && !matters_to.is_empty() && t.communicate.trim().is_empty()
            {
                s.untold.push(t.name.clone());
            }
            if let Some(margin) = margin {
                for &(class_index, class, importance) in &rated {
                    let advice = Advice::of(importance, margin);
                    s.by_advice[advice as usize] += 1;
                    s.points.push(ValuePoint {
                        target: t.id,
                        class: class.id,
                        class_index,
                        importance,
                        margin,
                        advice,
                    });
                }
            }
            s.lines.push(TargetLine {
                id: t.id,
                name: t.name.clone(),
                cost: t.cost,
                value: t.value,
                margin,
                mean_importance,
                matters_to,
                communicate: t.communicate.clone(),
            });
        }
        s.class_lines = classes
            .iter()
            .map(|c| class_line(c, &targets, &s.points))
            .collect();
        s
    }
}

/// A class's targets to lead with and to deliver more cheaply, most important first
/// (ties in list order).
fn class_line(class: &ValueClass, targets: &[&ValueTarget], points: &[ValuePoint]) -> ClassLine {
    let mine: Vec<&ValuePoint> = points.iter().filter(|p| p.class == class.id).collect();
    let names = |advice: Advice| -> Vec<String> {
        let chosen: Vec<&&ValuePoint> = mine.iter().filter(|p| p.advice == advice).collect();
        by_number(chosen, Direction::Descending, |p| {
            i64::from(p.importance.get())
        })
        .into_iter()
        .filter_map(|p| targets.iter().find(|t| t.id == p.target))
        .map(|t| t.name.clone())
        .collect()
    };
    ClassLine {
        id: class.id,
        name: class.name.clone(),
        lead_with: names(Advice::LeadWith),
        cheaper: names(Advice::DeliverCheaper),
        rated: targets
            .iter()
            .filter(|t| t.importance_to(class.id).is_some())
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: u8) -> Score {
        Score::new(v).unwrap()
    }

    fn class(id: u64, name: &str) -> ValueClass {
        ValueClass {
            id: RowId(id),
            name: name.into(),
        }
    }

    /// A target with (cost, value) (0 for unrated) and importances by class id.
    fn target(id: u64, name: &str, cost: u8, value: u8, imp: &[(u64, u8)]) -> ValueTarget {
        let mut t = ValueTarget::blank(RowId(id));
        t.name = name.into();
        t.cost = Score::new(cost).ok();
        t.value = Score::new(value).ok();
        for &(c, v) in imp {
            t.set_importance(RowId(c), Some(s(v)));
        }
        t
    }

    #[test]
    fn advice_is_the_quadrant_of_importance_and_margin() {
        // (importance, margin, advice)
        for (importance, margin, want) in [
            (10, 9, Advice::LeadWith),
            (6, 1, Advice::LeadWith),
            (6, 0, Advice::DeliverCheaper),
            (9, -4, Advice::DeliverCheaper),
            (5, 1, Advice::OnRequest),
            (1, 9, Advice::OnRequest),
            (5, 0, Advice::Drop),
            (1, -9, Advice::Drop),
        ] {
            assert_eq!(
                Advice::of(s(importance), margin),
                want,
                "{importance} {margin}"
            );
        }
    }

    #[test]
    fn importance_is_set_changed_and_cleared_per_class() {
        let mut t = ValueTarget::blank(RowId(1));
        assert!(t.is_blank());
        t.set_importance(RowId(7), Some(s(4)));
        t.set_importance(RowId(8), Some(s(9)));
        t.set_importance(RowId(7), Some(s(6)));
        assert_eq!(t.importance_to(RowId(7)), Some(s(6)));
        assert_eq!(t.importance.len(), 2);
        assert!(!t.is_blank());
        t.set_importance(RowId(7), None);
        t.set_importance(RowId(9), None);
        assert_eq!(t.importance_to(RowId(7)), None);
        assert_eq!(t.importance_to(RowId(8)), Some(s(9)));
    }

    #[test]
    fn margins() {
        // (cost, value, margin)
        for (cost, value, want) in [
            (3, 8, Some(5)),
            (8, 3, Some(-5)),
            (5, 5, Some(0)),
            (1, 10, Some(9)),
            (0, 6, None),
            (6, 0, None),
        ] {
            assert_eq!(
                target(1, "x", cost, value, &[]).margin(),
                want,
                "{cost} {value}"
            );
        }
    }

    #[test]
    fn the_worksheet_adds_up() {
        let kv = KeyValue {
            classes: vec![class(1, "VIP"), class(2, "Major"), class(3, "  ")],
            targets: vec![
                // Pays (+4); matters to VIP (9), not to Major (3); told.
                ValueTarget {
                    communicate: "Quarterly review".into(),
                    ..target(10, "Dedicated trainer", 4, 8, &[(1, 9), (2, 3)])
                },
                // Does not pay (−3); matters to both.
                target(11, "Custom content", 8, 5, &[(1, 10), (2, 6)]),
                // Pays (+2), matters to Major only, nothing said: untold.
                target(12, "Online platform", 3, 5, &[(2, 8), (3, 10)]),
                // Not priced: a line, but no point.
                target(13, "Flexible dates", 0, 7, &[(1, 7)]),
                ValueTarget::blank(RowId(14)),
            ],
        };
        let s = KeyValueScore::of(&kv);
        assert_eq!((s.classes, s.targets), (2, 4), "blank rows are not counted");
        assert_eq!((s.priced, s.paying), (3, 2));
        assert_eq!(
            s.points
                .iter()
                .map(|p| (p.target.0, p.class.0, p.class_index, p.advice))
                .collect::<Vec<_>>(),
            vec![
                (10, 1, 0, Advice::LeadWith),
                (10, 2, 1, Advice::OnRequest),
                (11, 1, 0, Advice::DeliverCheaper),
                (11, 2, 1, Advice::DeliverCheaper),
                (12, 2, 1, Advice::LeadWith),
            ],
            "the unnamed class's rating and the unpriced target make no point"
        );
        assert_eq!(s.by_advice, [2, 2, 1, 0]);
        assert_eq!(s.untold, vec!["Online platform".to_string()]);
        let line = &s.lines[1];
        assert_eq!(line.margin, Some(-3));
        assert_eq!(line.mean_importance, Some(8.0));
        assert_eq!(
            line.matters_to,
            vec!["VIP".to_string(), "Major".to_string()]
        );
        assert_eq!(s.lines[3].margin, None);
        assert_eq!(s.lines[2].mean_importance, Some(8.0), "class 3 is unnamed");
        let major = &s.class_lines[1];
        assert_eq!(major.name, "Major");
        assert_eq!(major.lead_with, vec!["Online platform".to_string()]);
        assert_eq!(major.cheaper, vec!["Custom content".to_string()]);
        assert_eq!(major.rated, 3);
        assert_eq!(s.class_lines[0].rated, 3);
    }

    #[test]
    fn a_class_leads_with_its_most_important_targets_first() {
        let kv = KeyValue {
            classes: vec![class(1, "VIP")],
            targets: vec![
                target(10, "a", 2, 9, &[(1, 6)]),
                target(11, "b", 2, 9, &[(1, 9)]),
                target(12, "c", 2, 9, &[(1, 6)]),
            ],
        };
        let s = KeyValueScore::of(&kv);
        assert_eq!(
            s.class_lines[0].lead_with,
            ["b", "a", "c"],
            "ties in list order"
        );
    }

    #[test]
    fn empty_worksheet_scores_nothing() {
        let s = KeyValueScore::of(&KeyValue::default());
        assert_eq!(s, KeyValueScore::default());
    }
}
