//! Renders the stakeholder scatter to SVG and checks it: the "act now" region shaded in
//! the top-left corner with the domain's thresholds, every rated stakeholder at its
//! scores and labelled, points coloured by the rule, shared points, and the notices.

mod common;

use charts::stakeholders::point_colour;
use charts::{stakeholder_matrix, StakeholderChartText};
use common::*;
use workbook::external::{
    act_now, Stakeholder, StakeholderScore, ACT_NOW_MAX_FULFILMENT, ACT_NOW_MIN_IMPORTANCE,
};
use workbook::{RowId, Score};

fn english() -> StakeholderChartText {
    StakeholderChartText {
        importance_axis: "Importance".into(),
        fulfilment_axis: "How well we meet their needs".into(),
        act_now: "Act now".into(),
        unnamed: "(unnamed)".into(),
        not_scored: "Nobody rated yet".into(),
        no_data: "Nobody listed yet".into(),
    }
}

/// Rows of (name, importance, fulfilment); 0 stands for "not rated".
type Rows<'a> = &'a [(&'a str, u8, u8)];

fn score(rows: Rows) -> StakeholderScore {
    let rows: Vec<Stakeholder> = rows
        .iter()
        .enumerate()
        .map(|(i, &(name, importance, fulfilment))| Stakeholder {
            id: RowId(i as u64 + 1),
            name: name.into(),
            needs: String::new(),
            importance: Score::new(importance).ok(),
            fulfilment: Score::new(fulfilment).ok(),
        })
        .collect();
    StakeholderScore::of(&rows)
}

fn svg(score: &StakeholderScore) -> String {
    render(|area| stakeholder_matrix(area, score, &english()))
}

/// The shaded region: the one rectangle in the unfavourable tint.
fn region(els: &[El]) -> &El {
    let rects = filled(els, "rect", P.unfavourable_tint);
    assert_eq!(rects.len(), 1, "one shaded region");
    rects[0]
}

/// The points' markers (the coloured circles inside their halos).
fn markers(els: &[El]) -> Vec<&El> {
    let colours = [hex(point_colour(true, &P)), hex(point_colour(false, &P))];
    els.iter()
        .filter(|e| {
            e.tag == "circle"
                && e.attr("fill")
                    .is_some_and(|f| colours.iter().any(|c| c == f))
        })
        .collect()
}

/// Pixel position of (fulfilment, importance), read off the region: it spans fulfilment
/// 0.5 to MAX + 0.5 and importance MIN − 0.5 to 10.5, on the same scale as the plot.
fn pixel(region: &El, fulfilment: u8, importance: u8) -> (f64, f64) {
    let unit_x = region.num("width") / f64::from(ACT_NOW_MAX_FULFILMENT);
    let unit_y = region.num("height") / f64::from(11 - ACT_NOW_MIN_IMPORTANCE);
    (
        region.num("x") + (f64::from(fulfilment) - 0.5) * unit_x,
        region.num("y") + (10.5 - f64::from(importance)) * unit_y,
    )
}

fn inside(region: &El, (x, y): (f64, f64)) -> bool {
    x >= region.num("x")
        && x <= region.num("x") + region.num("width")
        && y >= region.num("y")
        && y <= region.num("y") + region.num("height")
}

#[test]
fn the_act_now_region_is_the_top_left_corner() {
    for rows in [&[][..], &[("Customers", 9, 3), ("Media", 4, 8)][..]] {
        let els = elements(&svg(&score(rows)));
        let r = region(&els);
        // The grid marks the whole scores 1 to 10: vertical lines across, horizontal up.
        let grid = |vertical: bool| -> Vec<f64> {
            els.iter()
                .filter(|e| e.tag == "line" && e.attr("stroke") == Some(hex(P.grid).as_str()))
                .filter(|l| (l.num("x1") == l.num("x2")) == vertical)
                .map(|l| if vertical { l.num("x1") } else { l.num("y1") })
                .collect()
        };
        let (xs, ys) = (grid(true), grid(false));
        assert_eq!((xs.len(), ys.len()), (10, 10), "{rows:?}: a line per score");
        let min = |v: &[f64]| v.iter().copied().fold(f64::MAX, f64::min);
        let max = |v: &[f64]| v.iter().copied().fold(f64::MIN, f64::max);
        let unit_x = (max(&xs) - min(&xs)) / 9.0;
        let unit_y = (max(&ys) - min(&ys)) / 9.0;
        // The region starts at the plot's left and top edges, half a point outside 1 and 10.
        assert!(
            (r.num("x") - (min(&xs) - unit_x / 2.0)).abs() <= 1.5,
            "{rows:?}: left edge"
        );
        assert!(
            (r.num("y") - (min(&ys) - unit_y / 2.0)).abs() <= 1.5,
            "{rows:?}: top edge"
        );
        // Fulfilment up to ACT_NOW_MAX_FULFILMENT, importance from ACT_NOW_MIN_IMPORTANCE.
        let width = f64::from(ACT_NOW_MAX_FULFILMENT) * unit_x;
        let height = f64::from(11 - ACT_NOW_MIN_IMPORTANCE) * unit_y;
        assert!((r.num("width") - width).abs() <= 1.5, "{rows:?}: width");
        assert!((r.num("height") - height).abs() <= 1.5, "{rows:?}: height");
        // Named in its corner.
        let name = text_el(&els, &english().act_now);
        assert!(
            inside(r, (name.num("x"), name.num("y"))),
            "{rows:?}: name inside"
        );
        assert!(name.is_bold());
    }
}

#[test]
fn points_sit_at_their_scores_and_follow_the_rule() {
    let rows: Rows = &[
        ("Customers", 10, 7),
        ("Shareholders", 8, 6),
        ("Government", 9, 2),
        ("Partners", 7, 5),
        ("Media", 4, 5),
        ("Others", 3, 10),
        ("Unrated", 8, 0),
    ];
    let score = score(rows);
    let els = elements(&svg(&score));
    let r = region(&els);
    let markers = markers(&els);
    assert_eq!(markers.len(), 6, "the unrated row has no point");
    assert!(!has_text(&els, "Unrated"));
    for &(name, importance, fulfilment) in &rows[..6] {
        let want = pixel(r, fulfilment, importance);
        let marker = markers
            .iter()
            .find(|m| (m.num("cx") - want.0).abs() <= 1.5 && (m.num("cy") - want.1).abs() <= 1.5)
            .unwrap_or_else(|| panic!("no point for {name} at {want:?}"));
        let urgent = act_now(
            Score::new(importance).unwrap(),
            Score::new(fulfilment).unwrap(),
        );
        assert_eq!(
            marker.attr("fill"),
            Some(hex(point_colour(urgent, &P)).as_str()),
            "{name}: colour"
        );
        // In the region exactly when the rule says so.
        assert_eq!(inside(r, want), urgent, "{name}: region");
        // Labelled beside its point, at its height.
        let label = text_el(&els, name);
        assert!(
            (label.num("y") - want.1).abs() <= 2.0,
            "{name}: label level"
        );
        assert!(
            (label.num("x") - want.0).abs() <= 12.0,
            "{name}: label beside"
        );
    }
    // Government (9, 2) and Partners (7, 5) are the two urgent ones.
    let urgent: Vec<&&El> = markers
        .iter()
        .filter(|m| m.attr("fill") == Some(hex(point_colour(true, &P)).as_str()))
        .collect();
    assert_eq!(urgent.len(), 2);
}

#[test]
fn stakeholders_with_the_same_scores_share_a_point() {
    let els = elements(&svg(&score(&[
        ("Partners", 7, 6),
        ("", 5, 5),
        ("Media", 7, 6),
    ])));
    assert_eq!(markers(&els).len(), 2);
    assert!(has_text(&els, "Partners, Media"));
    assert!(has_text(&els, "(unnamed)"));
    assert!(!has_text(&els, "Partners") && !has_text(&els, "Media"));
}

#[test]
fn empty_and_unrated_lists_draw_a_notice_over_the_region() {
    let text = english();
    let cases: [(Rows, &str); 3] = [
        (&[], &text.no_data),
        (&[("  ", 0, 0)], &text.no_data),
        (&[("Customers", 0, 0), ("Media", 6, 0)], &text.not_scored),
    ];
    for (rows, notice) in cases {
        let els = elements(&svg(&score(rows)));
        assert!(has_text(&els, notice), "{rows:?}: {notice}");
        assert!(markers(&els).is_empty(), "{rows:?}: points drawn");
        region(&els);
        assert!(
            has_text(&els, "1") && has_text(&els, "10"),
            "{rows:?}: axes"
        );
    }
}

#[test]
fn the_real_demo_places_every_stakeholder() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let score = StakeholderScore::of(&wb.stakeholders);
        let els = elements(&svg(&score));
        let r = region(&els);
        let markers = markers(&els);
        assert!(!markers.is_empty(), "{lang:?}");
        for s in &score.ranked {
            let want = pixel(r, s.fulfilment.get(), s.importance.get());
            assert!(
                markers
                    .iter()
                    .any(|m| (m.num("cx") - want.0).abs() <= 1.5
                        && (m.num("cy") - want.1).abs() <= 1.5),
                "{lang:?}: {}",
                s.name
            );
        }
    }
}
