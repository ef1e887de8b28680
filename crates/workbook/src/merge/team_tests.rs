//! Table tests of teams made by "Duplicate": which copies the merge accepts by their
//! origin, and adopting a team's unmatched rows (copied with a fresh id, matched by
//! text afterwards, taken out again by undo).

use super::*;
use crate::codec;
use crate::demo;
use crate::external::{PestleFactor, PestleItem};
use crate::ids::RowId;
use crate::lang::Lang;
use crate::swot::{Origin, OriginRef, Quadrant, SwotItem};
use crate::worksheet::Worksheet;

fn s(v: u8) -> Option<Score> {
    Some(Score::new(v).unwrap())
}

fn book(id: &str, origin: Option<&str>) -> Workbook {
    Workbook {
        id: id.into(),
        origin: origin.map(str::to_string),
        ..Workbook::default()
    }
}

#[test]
fn which_copies_may_join_the_merge() {
    struct Case {
        name: &'static str,
        current: (&'static str, Option<&'static str>),
        team: (&'static str, Option<&'static str>),
        accepted: bool,
    }
    let cases = [
        Case {
            name: "an export of this workbook (same id)",
            current: ("src", None),
            team: ("src", None),
            accepted: true,
        },
        Case {
            name: "a duplicate of this workbook, merged into the source",
            current: ("src", None),
            team: ("copy-a", Some("src")),
            accepted: true,
        },
        Case {
            name: "two duplicates of one source: one merged into the other",
            current: ("copy-a", Some("src")),
            team: ("copy-b", Some("src")),
            accepted: true,
        },
        Case {
            name: "the source merged into its duplicate",
            current: ("copy-a", Some("src")),
            team: ("src", None),
            accepted: true,
        },
        Case {
            name: "an export of a duplicate (same id and origin)",
            current: ("copy-a", Some("src")),
            team: ("copy-a", Some("src")),
            accepted: true,
        },
        Case {
            name: "another workbook",
            current: ("src", None),
            team: ("other", None),
            accepted: false,
        },
        Case {
            name: "a duplicate of another workbook",
            current: ("src", None),
            team: ("copy-x", Some("other")),
            accepted: false,
        },
        Case {
            name: "duplicates of two sources",
            current: ("copy-a", Some("src")),
            team: ("copy-x", Some("other")),
            accepted: false,
        },
        Case {
            name: "two workbooks without origin never share one",
            current: ("a", None),
            team: ("b", None),
            accepted: false,
        },
    ];
    for c in cases {
        let current = book(c.current.0, c.current.1);
        let team = book(c.team.0, c.team.1);
        assert_eq!(current.shares_origin_with(&team), c.accepted, "{}", c.name);
        assert_eq!(
            check_team(&current, &team).is_ok(),
            c.accepted,
            "{}",
            c.name
        );
        // A library workbook is a team only when it is not the open workbook itself.
        let listed = c.accepted && c.current.0 != c.team.0;
        assert_eq!(library_team(&current, &team), listed, "{}", c.name);
    }
}

#[test]
fn read_team_accepts_a_duplicate_and_names_the_other_workbook() {
    let current = book("src", None);
    let dup = codec::encode(&book("copy-a", Some("src")), "t", "", false);
    assert_eq!(read_team(&current, &dup).unwrap().id, "copy-a");
    let other = codec::encode(&book("copy-x", Some("elsewhere")), "t", "", false);
    assert_eq!(
        read_team(&current, &other),
        Err(TeamError::OtherWorkbook {
            found: "copy-x".into(),
            expected: "src".into()
        })
    );
}

#[test]
fn a_copy_of_a_copy_names_the_first_source() {
    let source = book("src", None);
    assert_eq!(source.origin_for_copy(), "src");
    let copy = book("copy-a", Some("src"));
    assert_eq!(copy.origin_for_copy(), "src");
}

/// A workbook with one row in most lists a team can add to, ids from 1, and its id
/// counter past them.
fn current() -> Workbook {
    let mut wb = book("src", None);
    wb.swot.strengths = vec![
        SwotItem::new(RowId(1), "Good trainers", Some(8)),
        SwotItem::new(RowId(2), "", None),
        SwotItem::new(RowId(3), "", None),
    ];
    wb.pestle = vec![PestleItem {
        id: RowId(4),
        factor: PestleFactor::Economic,
        text: "Slower growth".into(),
        direction: None,
        impact: s(6),
        likelihood: s(5),
    }];
    wb.competitors.list = vec![crate::external::Competitor {
        id: RowId(5),
        name: "Acme Training".into(),
        notes: String::new(),
        swot: Default::default(),
    }];
    wb.ids.observe(RowId(5));
    wb
}

/// A duplicate of [`current`] whose team added rows of its own (ids from 900).
fn team_copy() -> Workbook {
    let mut wb = current();
    wb.id = "copy-a".into();
    wb.origin = Some("src".into());
    let mut idea = SwotItem::new(RowId(900), "Online academy", Some(9));
    idea.origin = Some(Origin {
        worksheet: Worksheet::SevenS,
        source: OriginRef::SevenS(crate::internal::SevenSFactor::Staff),
        label: "Staff".into(),
    });
    wb.swot.strengths.insert(1, idea);
    wb.pestle.push(PestleItem {
        id: RowId(901),
        factor: PestleFactor::Technological,
        text: "AI tutors".into(),
        direction: None,
        impact: s(8),
        likelihood: s(4),
    });
    wb.competitors.list[0].name = "  ACME training ".into();
    wb.competitors.list[0].swot.threats = vec![SwotItem::new(RowId(902), "Price cuts", Some(7))];
    wb.swot.threats = vec![SwotItem::new(RowId(903), "", Some(5))];
    wb
}

fn unmatched_named<'a>(m: &'a Merge, text: &str) -> Vec<&'a Item> {
    m.unmatched[0]
        .iter()
        .filter(|i| i.name.text() == Some(text))
        .collect()
}

#[test]
fn adopting_unmatched_rows_table() {
    struct Case {
        text: &'static str,
        /// Where the copy lands and with which scores.
        check: fn(&Workbook, RowId),
    }
    let cases = [
        Case {
            text: "Online academy",
            check: |wb, id| {
                // After the last strength with content, before the empty rows; the
                // origin in the team's copy names nothing here, so it is dropped.
                let ids: Vec<RowId> = wb.swot.strengths.iter().map(|i| i.id).collect();
                assert_eq!(ids, [RowId(1), id, RowId(2), RowId(3)]);
                assert_eq!(wb.swot.strengths[1].text, "Online academy");
                assert_eq!(wb.swot.strengths[1].score, s(9));
                assert_eq!(wb.swot.strengths[1].origin, None);
            },
        },
        Case {
            text: "AI tutors",
            check: |wb, id| {
                let row = wb.pestle.iter().find(|p| p.id == id).unwrap();
                assert_eq!(row.factor, PestleFactor::Technological);
                assert_eq!((row.impact, row.likelihood), (s(8), s(4)));
            },
        },
        Case {
            text: "Price cuts",
            check: |wb, id| {
                let threats = &wb.competitors.list[0].swot.threats;
                assert_eq!(threats.len(), 1);
                assert_eq!((threats[0].id, threats[0].score), (id, s(7)));
            },
        },
    ];
    let team = team_copy();
    for c in cases {
        let mut wb = current();
        let before = wb.clone();
        let m = merge(&wb, &[&team]);
        let found = unmatched_named(&m, c.text);
        assert!(!found.is_empty(), "{} is unmatched before", c.text);
        let item = found[0].clone();
        assert!(can_adopt(&wb, &item), "{}", c.text);
        let added = adopt_row(&mut wb, &team, &item).expect(c.text);
        let Place::Row(id) = added.key.place else {
            panic!("{}: not a row", c.text)
        };
        assert!(
            id.0 > 5,
            "{}: a fresh id from the workbook's counter",
            c.text
        );
        (c.check)(&wb, id);
        // Once adopted, every score of the team's row matches the copy by text.
        let m = merge(&wb, &[&team]);
        assert!(unmatched_named(&m, c.text).is_empty(), "{}", c.text);
        let scored = m
            .rows
            .iter()
            .filter(|r| r.item.key.place == Place::Row(id))
            .all(|r| r.matched[0] == Some(MatchedBy::Text) && r.scores[0] == r.item.score);
        assert!(scored, "{}", c.text);
        // Undo takes out exactly what was added.
        let step = Adoption::Row(added);
        assert!(!step.is_empty());
        step.undo(&mut wb);
        wb.ids = before.ids.clone();
        assert_eq!(wb, before, "{}", c.text);
        assert!(!remove_row(&mut wb, &added), "{}: already gone", c.text);
    }
}

#[test]
fn what_cannot_be_adopted() {
    let team = team_copy();
    let wb = current();
    let m = merge(&wb, &[&team]);
    // A threat with a score but no text: it would never match its copy.
    let untitled = m.unmatched[0]
        .iter()
        .find(|i| i.key.place == Place::Row(RowId(903)))
        .unwrap();
    assert!(!can_adopt(&wb, untitled));
    // A competitor's item when this workbook has no competitor of that name.
    let mut without = wb.clone();
    without.competitors.list[0].name = "Other".into();
    let price_cuts = unmatched_named(&m, "Price cuts")[0].clone();
    assert!(!can_adopt(&without, &price_cuts));
    let mut copy = without.clone();
    assert_eq!(adopt_row(&mut copy, &team, &price_cuts), None);
    assert_eq!(copy, without);
    // A row the team's workbook does not hold (another team's item).
    let mut copy = wb.clone();
    let item = unmatched_named(&m, "Online academy")[0].clone();
    assert_eq!(adopt_row(&mut copy, &current(), &item), None);
}

#[test]
fn scores_adoption_is_a_step_too() {
    let mut wb = current();
    let mut team = team_copy();
    team.swot.strengths[0].score = s(2);
    let m = merge(&wb, &[&team]);
    let changes = adopt_all(&mut wb, &m, Choice::Mean);
    assert_eq!(wb.swot.strengths[0].score, s(2));
    let step = Adoption::Scores(changes);
    assert!(!step.is_empty());
    step.undo(&mut wb);
    assert_eq!(wb, current());
    assert!(Adoption::Scores(Vec::new()).is_empty());
}

#[test]
fn newer_worksheets_are_compared() {
    // Key-customer value targets and the loyalty classes' groups: each score of the
    // demo's rows is an item, and a team's score of a row unscored here shows.
    let wb = demo::workbook(Lang::En);
    let target = wb.key_value.targets[0].id;
    let group = wb.loyalty_classes.groups[0].id;
    let mut mine = wb.clone();
    mine.key_value.targets[0].cost = None;
    mine.loyalty_classes.groups[0].target = None;
    let m = merge(&mine, &[&wb]);
    let find = |worksheet, id, field| {
        m.rows
            .iter()
            .find(|r| {
                r.item.key
                    == ItemKey {
                        worksheet,
                        place: Place::Row(id),
                        field,
                    }
            })
            .unwrap_or_else(|| panic!("{worksheet:?} {field:?}"))
    };
    for (worksheet, id, field, theirs) in [
        (
            Worksheet::KeyValue,
            target,
            Field::Cost,
            wb.key_value.targets[0].cost,
        ),
        (
            Worksheet::KeyValue,
            target,
            Field::Value,
            wb.key_value.targets[0].value,
        ),
        (
            Worksheet::LoyaltyClasses,
            group,
            Field::Today,
            wb.loyalty_classes.groups[0].today,
        ),
        (
            Worksheet::LoyaltyClasses,
            group,
            Field::Targeted,
            wb.loyalty_classes.groups[0].target,
        ),
    ] {
        assert!(theirs.is_some(), "the demo scores {worksheet:?} {field:?}");
        assert_eq!(find(worksheet, id, field).scores, vec![theirs]);
    }
    let mut adopted = mine.clone();
    adopt_all(&mut adopted, &m, Choice::Mean);
    assert_eq!(
        adopted.key_value.targets[0].cost,
        wb.key_value.targets[0].cost
    );
    assert_eq!(
        adopted.loyalty_classes.groups[0].target,
        wb.loyalty_classes.groups[0].target
    );
}

#[test]
fn a_quadrant_item_lands_in_its_quadrant() {
    let mut wb = current();
    let mut team = team_copy();
    team.swot.opportunities = vec![SwotItem::new(RowId(950), "Exports", Some(6))];
    let m = merge(&wb, &[&team]);
    let item = unmatched_named(&m, "Exports")[0].clone();
    assert_eq!(item.section, Section::Quadrant(Quadrant::Opportunities));
    adopt_row(&mut wb, &team, &item).unwrap();
    assert_eq!(wb.swot.opportunities.len(), 1);
    assert_eq!(wb.swot.opportunities[0].text, "Exports");
}
