//! Table tests of the merge: text folding, statistics and rounding, item listing,
//! matching, adoption and undo, and reading teams' files.

use super::*;
use crate::codec;
use crate::demo;
use crate::external::{Competitor, PestleFactor, PestleItem};
use crate::ids::RowId;
use crate::internal::{CultureChoice, CultureType, SevenSFactor};
use crate::lang::Lang;
use crate::swot::SwotItem;
use crate::worksheet::Worksheet;

fn s(v: u8) -> Option<Score> {
    Some(Score::new(v).unwrap())
}

/// Scores from a compact form: 0 stands for "not scored".
fn scores(values: &[u8]) -> Vec<Option<Score>> {
    values.iter().map(|&v| Score::new(v).ok()).collect()
}

#[test]
fn normalise_table() {
    let cases = [
        ("", ""),
        ("   ", ""),
        ("Good trainers", "good trainers"),
        ("  Good   TRAINERS \t", "good trainers"),
        ("Good\ntrainers", "good trainers"),
        ("ＣＲＭ　系统", "crm 系统"),
        ("Ｗｅｃｈａｔ（微信）", "wechat(微信)"),
        ("价格战", "价格战"),
        ("ÉCOLE", "école"),
    ];
    for (text, want) in cases {
        assert_eq!(normalise(text), want, "{text:?}");
    }
}

#[test]
fn statistics_table() {
    struct Case {
        name: &'static str,
        scores: &'static [u8],
        scored: usize,
        mean: Option<f64>,
        median: Option<f64>,
        spread: Option<u8>,
        flagged: bool,
        /// (mean, median) adopted as whole scores.
        adopt: (Option<u8>, Option<u8>),
    }
    let cases = [
        Case {
            name: "no team scored it",
            scores: &[0, 0, 0],
            scored: 0,
            mean: None,
            median: None,
            spread: None,
            flagged: false,
            adopt: (None, None),
        },
        Case {
            name: "one team: no spread, its own score",
            scores: &[7],
            scored: 1,
            mean: Some(7.0),
            median: Some(7.0),
            spread: Some(0),
            flagged: false,
            adopt: (Some(7), Some(7)),
        },
        Case {
            name: "all tie",
            scores: &[5, 5, 5],
            scored: 3,
            mean: Some(5.0),
            median: Some(5.0),
            spread: Some(0),
            flagged: false,
            adopt: (Some(5), Some(5)),
        },
        Case {
            name: "missing scores take no part",
            scores: &[0, 3, 0, 9],
            scored: 2,
            mean: Some(6.0),
            median: Some(6.0),
            spread: Some(6),
            flagged: true,
            adopt: (Some(6), Some(6)),
        },
        Case {
            name: "even count: median between the middle two, halves round up",
            scores: &[2, 9],
            scored: 2,
            mean: Some(5.5),
            median: Some(5.5),
            spread: Some(7),
            flagged: true,
            adopt: (Some(6), Some(6)),
        },
        Case {
            name: "even count, median differs from mean",
            scores: &[1, 4, 5, 10],
            scored: 4,
            mean: Some(5.0),
            median: Some(4.5),
            spread: Some(9),
            flagged: true,
            adopt: (Some(5), Some(5)),
        },
        Case {
            name: "order of teams does not matter",
            scores: &[8, 3, 6],
            scored: 3,
            mean: Some(17.0 / 3.0),
            median: Some(6.0),
            spread: Some(5),
            flagged: true,
            adopt: (Some(6), Some(6)),
        },
        Case {
            name: "mean below a half rounds down",
            scores: &[1, 2, 2],
            scored: 3,
            mean: Some(5.0 / 3.0),
            median: Some(2.0),
            spread: Some(1),
            flagged: false,
            adopt: (Some(2), Some(2)),
        },
        Case {
            name: "x.4 rounds down",
            scores: &[6, 6, 7, 7, 6],
            scored: 5,
            mean: Some(6.4),
            median: Some(6.0),
            spread: Some(1),
            flagged: false,
            adopt: (Some(6), Some(6)),
        },
        Case {
            name: "spread of exactly 4 is flagged",
            scores: &[3, 7],
            scored: 2,
            mean: Some(5.0),
            median: Some(5.0),
            spread: Some(4),
            flagged: true,
            adopt: (Some(5), Some(5)),
        },
        Case {
            name: "spread of 3 is not",
            scores: &[4, 7, 5],
            scored: 3,
            mean: Some(16.0 / 3.0),
            median: Some(5.0),
            spread: Some(3),
            flagged: false,
            adopt: (Some(5), Some(5)),
        },
        Case {
            name: "scale ends",
            scores: &[10, 10, 1, 1],
            scored: 4,
            mean: Some(5.5),
            median: Some(5.5),
            spread: Some(9),
            flagged: true,
            adopt: (Some(6), Some(6)),
        },
        Case {
            name: "top of the scale stays in range",
            scores: &[10, 10, 9],
            scored: 3,
            mean: Some(29.0 / 3.0),
            median: Some(10.0),
            spread: Some(1),
            flagged: false,
            adopt: (Some(10), Some(10)),
        },
    ];
    for c in &cases {
        let stats = Stats::of(&scores(c.scores));
        let name = c.name;
        assert_eq!(stats.scored, c.scored, "{name}");
        match (stats.mean(), c.mean) {
            (Some(got), Some(want)) => assert!((got - want).abs() < 1e-9, "{name}: {got}"),
            (got, want) => assert_eq!(got, want, "{name}"),
        }
        assert_eq!(stats.median(), c.median, "{name}");
        assert_eq!(stats.spread(), c.spread, "{name}");
        assert_eq!(stats.flagged(), c.flagged, "{name}");
        let adopted = (
            stats.mean_score().map(Score::get),
            stats.median_score().map(Score::get),
        );
        assert_eq!(adopted, c.adopt, "{name}");
    }
}

#[test]
fn every_item_is_found_again_where_it_was_listed() {
    for lang in Lang::ALL {
        let wb = demo::workbook(lang);
        let listed = items(&wb);
        let mut keys = std::collections::HashSet::new();
        for item in &listed {
            assert!(
                keys.insert(item.key),
                "{lang:?}: duplicate key {:?}",
                item.key
            );
            let mut copy = wb.clone();
            let slot = slot_mut(&mut copy, &item.key).unwrap_or_else(|| panic!("{item:?}"));
            assert_eq!(*slot, item.score, "{lang:?}: {:?}", item.key);
            // Writing through the slot changes that item and nothing else.
            let other = if item.score == s(1) { s(2) } else { s(1) };
            *slot = other;
            let after = items(&copy);
            for (a, b) in listed.iter().zip(&after) {
                let want = if a.key == item.key { other } else { a.score };
                assert_eq!(
                    b.score, want,
                    "{lang:?}: {:?} after writing {:?}",
                    b.key, item.key
                );
            }
        }
    }
}

/// The merge covers every score the worksheets hold: the demo scores all of them, so
/// each (worksheet, field) pair a worksheet has must be listed, and scored.
#[test]
fn every_kind_of_score_is_listed() {
    use Field as F;
    use Worksheet as W;
    let want = [
        (W::ProductGaps, F::Gap),
        (W::ServiceGaps, F::Gap),
        (W::Back, F::Hindrance),
        (W::Back, F::Shared),
        (W::Back, F::Strength),
        (W::Back, F::Current),
        (W::Back, F::Target),
        (W::Swot, F::Score),
        (W::SevenS, F::Rating),
        (W::InternalCustomers, F::Service),
        (W::Pestle, F::Impact),
        (W::Pestle, F::Likelihood),
        (W::Stakeholders, F::Importance),
        (W::Stakeholders, F::Fulfilment),
        (W::Competitors, F::Score),
        (W::Customers, F::Chance),
        (W::KeyValue, F::Cost),
        (W::KeyValue, F::Value),
        (W::LoyaltyClasses, F::Today),
        (W::LoyaltyClasses, F::Targeted),
    ];
    let wb = demo::workbook(Lang::En);
    let listed = items(&wb);
    for (worksheet, field) in want {
        assert!(
            listed
                .iter()
                .any(|i| i.key.worksheet == worksheet && i.key.field == field && i.score.is_some()),
            "{worksheet:?} {field:?}"
        );
    }
    let kinds: std::collections::HashSet<_> = listed
        .iter()
        .map(|i| (i.key.worksheet, i.key.field))
        .collect();
    assert_eq!(kinds.len(), want.len(), "a kind of score not in this test");
}

// ------------------------------------------------------------------ matching

/// A small workbook: SWOT strengths and threats, a competitor, a PESTLE item, 7S and
/// the dominant culture. Row ids as given.
fn small() -> Workbook {
    let mut wb = Workbook {
        id: "wb-1".into(),
        ..Workbook::default()
    };
    wb.swot.strengths = vec![
        SwotItem::new(RowId(1), "Good trainers", Some(8)),
        SwotItem::new(RowId(2), "Strong brand", Some(6)),
        SwotItem::new(RowId(3), "", None),
    ];
    wb.swot.threats = vec![SwotItem::new(RowId(4), "Price war", Some(7))];
    wb.competitors.list = vec![Competitor {
        id: RowId(10),
        name: "Acme Training".into(),
        notes: String::new(),
        swot: crate::swot::Swot {
            strengths: vec![SwotItem::new(RowId(11), "Cheap", Some(9))],
            ..Default::default()
        },
    }];
    wb.pestle = vec![PestleItem {
        id: RowId(20),
        factor: PestleFactor::Economic,
        text: "Slower growth".into(),
        direction: None,
        impact: s(6),
        likelihood: None,
    }];
    wb.back.culture.dominant = Some(CultureChoice {
        kind: CultureType::Role,
        strength: s(7),
        evidence: String::new(),
    });
    wb.seven_s.entry_mut(SevenSFactor::Staff).rating = s(5);
    wb.ids.observe(RowId(20));
    wb
}

/// A team's copy: `small()` changed by `edit`.
fn team(edit: impl FnOnce(&mut Workbook)) -> Workbook {
    let mut wb = small();
    edit(&mut wb);
    wb
}

fn row<'a>(m: &'a Merge, worksheet: Worksheet, name: &str, field: Field) -> &'a MergedItem {
    m.rows
        .iter()
        .find(|r| {
            r.item.key.worksheet == worksheet
                && r.item.key.field == field
                && match &r.item.name {
                    ItemName::Text(t) => t == name,
                    other => format!("{other:?}") == name,
                }
        })
        .unwrap_or_else(|| panic!("no row {worksheet:?} {name} {field:?}"))
}

#[test]
fn matching_table() {
    use MatchedBy::{Key as K, Text as T};
    use Worksheet as W;
    struct Case {
        name: &'static str,
        team: Workbook,
        /// (worksheet, item name, field, team's score (0 = none), matched how)
        want: Vec<(W, &'static str, Field, u8, Option<MatchedBy>)>,
        /// The team's unmatched items by text (or debug name), in order.
        unmatched: &'static [&'static str],
    }
    let cases = vec![
        Case {
            name: "an unchanged copy matches every item by key",
            team: small(),
            want: vec![
                (W::Swot, "Good trainers", Field::Score, 8, Some(K)),
                (W::Swot, "Price war", Field::Score, 7, Some(K)),
                (W::Competitors, "Cheap", Field::Score, 9, Some(K)),
                (W::Pestle, "Slower growth", Field::Impact, 6, Some(K)),
                (W::Pestle, "Slower growth", Field::Likelihood, 0, Some(K)),
                (W::SevenS, "Factor(Staff)", Field::Rating, 5, Some(K)),
                (
                    W::Back,
                    "Culture(Dominant, Role)",
                    Field::Strength,
                    7,
                    Some(K),
                ),
            ],
            unmatched: &[],
        },
        Case {
            name: "row id wins over edited text",
            team: team(|wb| {
                wb.swot.strengths[0].text = "Trainers with field experience".into();
                wb.swot.strengths[0].score = s(3);
            }),
            want: vec![(W::Swot, "Good trainers", Field::Score, 3, Some(K))],
            unmatched: &[],
        },
        Case {
            name: "a re-typed row matches by normalised text in the same quadrant",
            team: team(|wb| {
                wb.swot.strengths[1] = SwotItem::new(RowId(30), "  STRONG　ｂｒａｎｄ ", Some(2));
            }),
            want: vec![(W::Swot, "Strong brand", Field::Score, 2, Some(T))],
            unmatched: &[],
        },
        Case {
            name: "the same text in another quadrant does not match",
            team: team(|wb| {
                wb.swot.strengths.remove(1);
                wb.swot
                    .weaknesses
                    .push(SwotItem::new(RowId(30), "Strong brand", Some(2)));
            }),
            want: vec![(W::Swot, "Strong brand", Field::Score, 0, None)],
            unmatched: &["Strong brand"],
        },
        Case {
            name: "new items are listed, blank ones are not",
            team: team(|wb| {
                wb.swot
                    .opportunities
                    .push(SwotItem::new(RowId(31), "Online courses", Some(9)));
                wb.swot
                    .opportunities
                    .push(SwotItem::new(RowId(32), "", None));
                wb.swot.strengths[2].score = s(4);
            }),
            // The row blank here but scored by the team shows, named by its text.
            want: vec![(W::Swot, "", Field::Score, 4, Some(K))],
            unmatched: &["Online courses"],
        },
        Case {
            name: "one item per team: a duplicate text is unmatched",
            team: team(|wb| {
                wb.swot.threats = vec![
                    SwotItem::new(RowId(40), "price war", Some(2)),
                    SwotItem::new(RowId(41), "Price  War", Some(3)),
                ];
            }),
            want: vec![(W::Swot, "Price war", Field::Score, 2, Some(T))],
            unmatched: &["Price  War"],
        },
        Case {
            name: "a competitor's items match by competitor name and text",
            team: team(|wb| {
                wb.competitors.list[0].id = RowId(50);
                wb.competitors.list[0].name = "ACME training".into();
                wb.competitors.list[0].swot.strengths[0] =
                    SwotItem::new(RowId(51), "cheap", Some(4));
            }),
            want: vec![(W::Competitors, "Cheap", Field::Score, 4, Some(T))],
            unmatched: &[],
        },
        Case {
            name: "another competitor's item of the same text does not match",
            team: team(|wb| {
                wb.competitors.list[0].name = "Other Co".into();
                wb.competitors.list[0].swot.strengths[0] =
                    SwotItem::new(RowId(51), "Cheap", Some(4));
            }),
            want: vec![(W::Competitors, "Cheap", Field::Score, 0, None)],
            unmatched: &["Cheap"],
        },
        Case {
            name: "a culture of another type is unmatched",
            team: team(|wb| {
                wb.back.culture.dominant.as_mut().unwrap().kind = CultureType::Power;
            }),
            want: vec![(W::Back, "Culture(Dominant, Role)", Field::Strength, 0, None)],
            unmatched: &["Culture(Dominant, Power)"],
        },
        Case {
            name: "an item the team removed shows unscored",
            team: team(|wb| {
                wb.pestle.clear();
            }),
            want: vec![(W::Pestle, "Slower growth", Field::Impact, 0, None)],
            unmatched: &[],
        },
    ];
    let current = small();
    for case in &cases {
        let name = case.name;
        let m = merge(&current, &[&case.team]);
        assert_eq!(m.teams, 1);
        for &(worksheet, item, field, score, how) in &case.want {
            let r = row(&m, worksheet, item, field);
            assert_eq!(r.scores, vec![Score::new(score).ok()], "{name}: {item}");
            assert_eq!(r.matched, vec![how], "{name}: {item}");
        }
        let lost: Vec<String> = m.unmatched[0]
            .iter()
            .map(|i| match &i.name {
                ItemName::Text(t) => t.clone(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(lost, case.unmatched, "{name}");
        // Blank current rows nobody scored are not listed.
        assert!(
            m.rows
                .iter()
                .all(|r| !r.item.is_blank() || r.stats.scored > 0),
            "{name}"
        );
    }
}

#[test]
fn a_blank_row_a_team_filled_in_is_named_by_the_team() {
    let a = team(|wb| {
        wb.swot.strengths[2] = SwotItem::new(RowId(3), "Loyal clients", Some(6));
    });
    let m = merge(&small(), &[&small(), &a]);
    let r = row(&m, Worksheet::Swot, "Loyal clients", Field::Score);
    assert_eq!(r.item.key.place, Place::Row(RowId(3)));
    assert_eq!(r.scores, vec![None, s(6)]);
    assert_eq!(r.item.score, None);
}

#[test]
fn three_teams_side_by_side() {
    let a = team(|wb| wb.swot.strengths[0].score = s(9));
    let b = team(|wb| wb.swot.strengths[0].score = s(4));
    let c = team(|wb| {
        wb.swot.strengths[0].score = None;
        wb.swot.strengths[1].score = s(5);
        wb.swot.threats[0].score = s(1);
        wb.competitors.list[0].swot.strengths[0].score = s(3);
    });
    let m = merge(&small(), &[&a, &b, &c]);
    let good = row(&m, Worksheet::Swot, "Good trainers", Field::Score);
    assert_eq!(good.scores, vec![s(9), s(4), None]);
    assert_eq!(good.stats.spread(), Some(5));
    assert!(good.stats.flagged());
    assert_eq!(good.value(Choice::Mean), s(7)); // 6.5 rounds up
    assert_eq!(good.value(Choice::Median), s(7));
    assert_eq!(good.value(Choice::Team(1)), s(4));
    assert_eq!(good.value(Choice::Team(2)), None);
    assert_eq!(good.value(Choice::Team(9)), None);
    let war = row(&m, Worksheet::Swot, "Price war", Field::Score);
    assert_eq!(war.scores, vec![s(7), s(7), s(1)]);
    assert_eq!(war.stats.spread(), Some(6));
    assert_eq!(m.flagged(), 3);
    // Largest spread first, ties (Price war, Cheap: 6) in workbook order; only items
    // the teams scored differently.
    let top: Vec<&str> = m
        .largest_spreads(10)
        .iter()
        .map(|r| r.item.name.text().unwrap_or("?"))
        .collect();
    assert_eq!(top, ["Price war", "Cheap", "Good trainers", "Strong brand"]);
    assert_eq!(m.largest_spreads(2).len(), 2);
    assert_eq!(m.largest_spreads(0).len(), 0);
}

// ------------------------------------------------------------------ adoption

#[test]
fn adoption_table() {
    let a = team(|wb| {
        wb.swot.strengths[0].score = s(9);
        wb.pestle[0].likelihood = s(3);
    });
    let b = team(|wb| {
        wb.swot.strengths[0].score = s(4);
        wb.pestle[0].likelihood = s(8);
    });
    let c = team(|wb| wb.swot.strengths[0].score = s(2));
    let m = merge(&small(), &[&a, &b, &c]);
    // (item, field, choice, adopted score or None for no change)
    let cases = [
        ("Good trainers", Field::Score, Choice::Mean, Some(5)),
        ("Good trainers", Field::Score, Choice::Median, Some(4)),
        ("Good trainers", Field::Score, Choice::Team(0), Some(9)),
        // Already 8 here: nothing changes.
        ("Strong brand", Field::Score, Choice::Team(0), None),
        ("Slower growth", Field::Likelihood, Choice::Mean, Some(6)),
        // Team c did not score it: adoption never clears a score.
        ("Slower growth", Field::Likelihood, Choice::Team(2), None),
    ];
    for (item, field, choice, want) in cases {
        let worksheet = if field == Field::Score {
            Worksheet::Swot
        } else {
            Worksheet::Pestle
        };
        let r = row(&m, worksheet, item, field);
        let mut wb = small();
        let before = wb.clone();
        let change = adopt(&mut wb, r, choice);
        assert_eq!(change.map(|c| c.after.get()), want, "{item} {choice:?}");
        if let Some(change) = change {
            let listed = items(&wb);
            let now = listed.iter().find(|i| i.key == r.item.key).unwrap();
            assert_eq!(now.score.map(Score::get), want);
            assert_eq!(change.before, r.item.score);
            undo(&mut wb, &[change]);
        }
        assert_eq!(wb, before, "{item} {choice:?}: undone or unchanged");
    }
}

#[test]
fn adopting_all_means_and_undoing() {
    let a = team(|wb| {
        wb.swot.strengths[0].score = s(9);
        wb.swot.threats[0].score = s(2);
    });
    let b = team(|wb| {
        wb.swot.strengths[0].score = s(4);
        wb.swot.threats[0].score = s(3);
    });
    let current = small();
    let m = merge(&current, &[&a, &b]);
    let mut wb = current.clone();
    let changes = adopt_all(&mut wb, &m, Choice::Mean);
    let changed: Vec<(ItemKey, Option<u8>, u8)> = changes
        .iter()
        .map(|c| (c.key, c.before.map(Score::get), c.after.get()))
        .collect();
    let key = |id| ItemKey {
        worksheet: Worksheet::Swot,
        place: Place::Row(RowId(id)),
        field: Field::Score,
    };
    // 6.5 → 7 (was 8); 2.5 → 3 (was 7). Everything else: both teams agree with the
    // current workbook, so nothing changes.
    assert_eq!(changed, vec![(key(1), Some(8), 7), (key(4), Some(7), 3)]);
    assert_eq!(wb.swot.strengths[0].score, s(7));
    assert_eq!(wb.swot.threats[0].score, s(3));
    // Adopting again changes nothing.
    let again = merge(&wb, &[&a, &b]);
    assert!(adopt_all(&mut wb, &again, Choice::Mean).is_empty());
    undo(&mut wb, &changes);
    assert_eq!(wb, current);
}

#[test]
fn adopting_into_a_workbook_without_the_item_changes_nothing() {
    let a = team(|wb| wb.swot.strengths[0].score = s(2));
    let m = merge(&small(), &[&a]);
    let mut gone = small();
    gone.swot.strengths.remove(0);
    let before = gone.clone();
    let r = row(&m, Worksheet::Swot, "Good trainers", Field::Score);
    assert_eq!(adopt(&mut gone, r, Choice::Mean), None);
    assert_eq!(gone, before);
}

// ------------------------------------------------------------------ teams' files

#[test]
fn reading_teams_files() {
    let current = small();
    let same = codec::encode(
        &team(|wb| wb.swot.strengths[0].score = s(2)),
        "t",
        "",
        false,
    );
    let other = codec::encode(
        &Workbook {
            id: "another".into(),
            ..small()
        },
        "t",
        "",
        false,
    );
    let read = read_team(&current, &same).unwrap();
    assert_eq!(read.swot.strengths[0].score, s(2));
    assert_eq!(
        read_team(&current, &other),
        Err(TeamError::OtherWorkbook {
            found: "another".into(),
            expected: "wb-1".into()
        })
    );
    for bad in ["", "{", "[1]", r#"{"format":"x"}"#] {
        let got = read_team(&current, bad);
        let want = codec::decode(bad).map(|_| ()).unwrap_err();
        assert_eq!(got, Err(TeamError::Unreadable(want)), "{bad:?}");
    }
    let limit = crate::import_preview::MAX_IMPORT_BYTES;
    assert_eq!(check_team_size(limit), Ok(()));
    assert_eq!(
        check_team_size(limit + 1),
        Err(TeamError::TooLarge {
            size: limit + 1,
            limit
        })
    );
}

#[test]
fn the_demo_merged_with_itself_agrees_everywhere() {
    for lang in Lang::ALL {
        let wb = demo::workbook(lang);
        let m = merge(&wb, &[&wb, &wb, &wb]);
        assert!(m.unmatched.iter().all(Vec::is_empty), "{lang:?}");
        assert_eq!(m.flagged(), 0);
        for r in &m.rows {
            assert_eq!(r.scores, vec![r.item.score; 3], "{lang:?} {:?}", r.item.key);
            assert!(r.matched.iter().all(|h| *h == Some(MatchedBy::Key)));
        }
        let mut copy = wb.clone();
        assert!(adopt_all(&mut copy, &m, Choice::Mean).is_empty());
        // The English and the Chinese demo share ids: only text differs, and every
        // item still matches by key.
        let other = demo::workbook(if lang == Lang::En { Lang::Zh } else { Lang::En });
        let m = merge(&wb, &[&other]);
        assert!(m.unmatched[0].is_empty(), "{lang:?}: {:?}", m.unmatched[0]);
    }
}
