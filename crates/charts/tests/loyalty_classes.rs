//! Renders the relationship continuum to SVG and checks it: the three stages shaded
//! in order and named, a row per group with a position (top to bottom in list order,
//! named at the left), today's ring and the target's dot at their positions, the
//! arrow between them, and the notice when no group has a position.

mod common;

use charts::loyalty_classes::{stage_colour, TARGET_RADIUS};
use charts::{relationship_continuum, ContinuumText};
use common::*;
use workbook::loyalty_classes::{LoyaltyClasses, LoyaltyClassesScore, PlacedGroup, Stage};
use workbook::{RowId, Score};

fn english() -> ContinuumText {
    ContinuumText {
        stages: ["Distant".into(), "Pure transaction".into(), "Close".into()],
        axis: "Closeness (1–10)".into(),
        today: "Today".into(),
        target: "Target".into(),
        unnamed: "(unnamed)".into(),
        no_data: "No group placed yet".into(),
    }
}

/// Groups as (name, today, target), 0 for "not set".
fn score(groups: &[(&str, u8, u8)]) -> LoyaltyClassesScore {
    let groups = groups
        .iter()
        .enumerate()
        .map(|(i, &(name, today, target))| PlacedGroup {
            id: RowId(i as u64 + 1),
            name: name.into(),
            customers: None,
            class: None,
            today: Score::new(today).ok(),
            target: Score::new(target).ok(),
        })
        .collect();
    LoyaltyClassesScore::of(&LoyaltyClasses {
        groups,
        actions: Vec::new(),
    })
}

fn svg(score: &LoyaltyClassesScore) -> String {
    render(|area| relationship_continuum(area, score, &english()))
}

/// The stage bands, left to right.
fn bands(els: &[El]) -> Vec<&El> {
    Stage::ALL
        .iter()
        .map(|&s| {
            let rects = filled(els, "rect", stage_colour(s, &P));
            assert_eq!(rects.len(), 1, "{s:?}");
            rects[0]
        })
        .collect()
}

/// The pixel x of position `p`, read off the bands: the distant band spans 0.5 to 3.5.
fn x_of(bands: &[&El], p: u8) -> f64 {
    let unit = bands[0].num("width") / 3.0;
    bands[0].num("x") + (f64::from(p) - 0.5) * unit
}

/// Target dots: circles of the target radius in the favourable colour, below the
/// legend (whose dot sits in the top strip).
fn dots(els: &[El], below: f64) -> Vec<(f64, f64)> {
    filled(els, "circle", P.favourable)
        .into_iter()
        .filter(|c| c.num("r") == f64::from(TARGET_RADIUS) && c.num("cy") > below)
        .map(|c| (c.num("cx"), c.num("cy")))
        .collect()
}

/// Today's rings: circles stroked in the text colour without fill, below the legend.
fn rings(els: &[El], below: f64) -> Vec<(f64, f64)> {
    let stroke = hex(P.text);
    els.iter()
        .filter(|e| {
            e.tag == "circle"
                && e.attr("stroke") == Some(stroke.as_str())
                && e.attr("fill") == Some("none")
                && e.num("cy") > below
        })
        .map(|c| (c.num("cx"), c.num("cy")))
        .collect()
}

#[test]
fn stages_are_shaded_in_order_and_named() {
    let els = elements(&svg(&score(&[("A", 2, 8)])));
    let b = bands(&els);
    assert!(b[0].num("x") < b[1].num("x") && b[1].num("x") < b[2].num("x"));
    // Distant spans 3 positions, transaction 3, close 4.
    let unit = b[0].num("width") / 3.0;
    assert!((b[1].num("width") - 3.0 * unit).abs() <= 1.5);
    assert!((b[2].num("width") - 4.0 * unit).abs() <= 1.5);
    // Each name in its band, over the rows, on one or two lines.
    for (band, name) in b.iter().zip(english().stages) {
        let lines: Vec<&El> = texts(&els)
            .into_iter()
            // One group: the names' band is the top half.
            .filter(|t| t.is_bold() && t.num("y") < band.num("y") + band.num("height") / 2.0)
            .filter(|t| {
                t.num("x") > band.num("x") && t.num("x") < band.num("x") + band.num("width")
            })
            .collect();
        let joined: Vec<&str> = lines.iter().map(|t| t.content.as_str()).collect();
        assert_eq!(joined.join(" "), name);
    }
}

#[test]
fn each_group_is_a_row_with_today_target_and_an_arrow() {
    let groups = [
        ("Key accounts", 8, 9),
        ("SMEs", 4, 4),
        ("Start-ups", 3, 1),
        ("New", 0, 6),
    ];
    let els = elements(&svg(&score(&groups)));
    let b = bands(&els);
    let top = b[0].num("y");
    let dots = dots(&els, top);
    let rings = rings(&els, top);
    assert_eq!(dots.len(), 4, "a target for each group: {dots:?}");
    assert_eq!(rings.len(), 3, "no ring where today is not set: {rings:?}");
    // Rows top to bottom in list order, each named at its height left of the plot.
    let mut last_y = f64::MIN;
    for (name, today, target) in groups {
        let label = text_el(&els, name);
        assert!(label.num("x") < b[0].num("x"), "{name}: left of the plot");
        let y = label.num("y");
        assert!(y > last_y, "{name}: below the previous row");
        last_y = y;
        let dot = dots
            .iter()
            .find(|d| (d.1 - y).abs() <= 2.0)
            .unwrap_or_else(|| panic!("{name}: no target dot at {y}"));
        assert!((dot.0 - x_of(&b, target)).abs() <= 1.5, "{name}: target x");
        if today > 0 {
            let ring = rings.iter().find(|r| (r.1 - y).abs() <= 2.0).expect("ring");
            assert!((ring.0 - x_of(&b, today)).abs() <= 1.5, "{name}: today x");
        }
    }
    // Two arrows (the unchanged SMEs and the group without today have none): their
    // heads, triangles in the text colour.
    let heads = filled(&els, "polygon", P.text);
    assert_eq!(heads.len(), 2);
}

#[test]
fn without_positions_a_notice_is_drawn_over_the_stages() {
    let els = elements(&svg(&score(&[("A", 0, 0)])));
    assert!(has_text(&els, "No group placed yet"));
    bands(&els);
    assert!(has_text(&els, "1") && has_text(&els, "10"));
}

#[test]
fn the_demo_places_every_group() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let s = LoyaltyClassesScore::of(&wb.loyalty_classes);
        let els = elements(&svg(&s));
        let b = bands(&els);
        assert_eq!(dots(&els, b[0].num("y")).len(), 6, "{lang:?}");
    }
}
