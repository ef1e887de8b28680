//! Renders the 7S diagram and radar to SVG and checks them: circles filled by verdict in
//! the right places, ratings written, the radar's points at their signed ratings.

mod common;

use charts::seven_s::{verdict_colour, verdict_fill};
use charts::{seven_s_diagram, seven_s_radar, SevenSChartText};
use common::*;
use workbook::internal::{SevenS, SevenSScore, Verdict};
use workbook::Score;

use Verdict::{Strength as S, Weakness as W};

fn english() -> SevenSChartText {
    SevenSChartText {
        factor_names: [
            "Staff",
            "Structure",
            "Systems",
            "Skills",
            "Style",
            "Strategy",
        ]
        .map(String::from),
        shared_values: "Shared values".into(),
        strength: "Strength".into(),
        weakness: "Weakness".into(),
        no_verdict: "No verdict".into(),
        not_scored: "not scored".into(),
        radar_note: "Outward: strength; inward: weakness; bold ring: 0".into(),
        no_data: "Nothing assessed yet".into(),
    }
}

/// A 7S score from (verdict, rating) per factor in ALL order; rating 0 is "unrated".
fn seven_s(rows: [(Option<Verdict>, u8); 6]) -> SevenSScore {
    let mut s = SevenS::default();
    for (entry, (verdict, rating)) in s.factors.iter_mut().zip(rows) {
        entry.verdict = verdict;
        entry.rating = Score::new(rating).ok();
    }
    s.score()
}

/// Like the demo.
fn demo() -> SevenSScore {
    seven_s([
        (Some(S), 8),
        (Some(W), 5),
        (Some(W), 7),
        (Some(S), 8),
        (Some(S), 6),
        (Some(W), 5),
    ])
}

/// A mixed case: a factor without verdict, one rated without verdict, one unrated.
fn mixed() -> SevenSScore {
    seven_s([
        (Some(S), 9),
        (None, 0),
        (Some(W), 0),
        (None, 4),
        (Some(W), 10),
        (Some(S), 2),
    ])
}

fn diagram_svg(score: &SevenSScore) -> String {
    render(|area| seven_s_diagram(area, score, &english()))
}

fn radar_svg(score: &SevenSScore) -> String {
    render(|area| seven_s_radar(area, score, &english()))
}

/// The six factor circles of the diagram, in SevenSFactor::ALL order (clockwise from the
/// top), found as the filled circles in verdict fills; and the hub's centre.
fn factor_circles(els: &[El]) -> (Vec<&El>, (f64, f64)) {
    let fills: Vec<String> = [Some(S), Some(W), None]
        .map(|v| hex(verdict_fill(v, &P)))
        .to_vec();
    let circles: Vec<&El> = els
        .iter()
        .filter(|e| {
            e.tag == "circle" && e.attr("fill").is_some_and(|f| fills.iter().any(|x| x == f))
        })
        .collect();
    assert_eq!(circles.len(), 6, "six factor circles");
    let hubs = filled(els, "circle", P.background);
    assert_eq!(hubs.len(), 1, "one hub");
    (circles, (hubs[0].num("cx"), hubs[0].num("cy")))
}

/// Clockwise angle from straight up, in degrees, of `p` around `centre` (SVG y points down).
fn bearing(centre: (f64, f64), p: (f64, f64)) -> f64 {
    let (dx, dy) = (p.0 - centre.0, p.1 - centre.1);
    (dx.atan2(-dy).to_degrees() + 360.0) % 360.0
}

#[test]
fn diagram_circles_are_filled_by_verdict_around_the_hub() {
    for (name, score) in [("demo", demo()), ("mixed", mixed())] {
        let text = english();
        let els = elements(&diagram_svg(&score));
        let (circles, hub) = factor_circles(&els);
        assert!(has_text(&els, &text.shared_values), "{name}: hub label");
        assert!(!has_text(&els, &text.no_data), "{name}");
        let hub_label = text_el(&els, &text.shared_values);
        assert_eq!(
            (hub_label.num("x"), hub_label.num("y")),
            hub,
            "{name}: hub label centred"
        );

        let mut radius = None;
        for (i, (circle, f)) in circles.iter().zip(&score.factors).enumerate() {
            let at = (circle.num("cx"), circle.num("cy"));
            // 60° apart, clockwise from the top, all at one distance from the hub.
            let angle = bearing(hub, at);
            let want = 60.0 * i as f64;
            assert!(
                (angle - want).abs() < 2.0,
                "{name}: {:?} at {angle}°, want {want}°",
                f.factor
            );
            let r = ((at.0 - hub.0).powi(2) + (at.1 - hub.1).powi(2)).sqrt();
            let r0 = *radius.get_or_insert(r);
            assert!((r - r0).abs() <= 1.5, "{name}: {:?} off the ring", f.factor);

            assert_eq!(
                circle.attr("fill"),
                Some(hex(verdict_fill(f.verdict, &P)).as_str()),
                "{name}: {:?} fill",
                f.factor
            );
            // Outlined in the verdict's strong colour, same centre.
            let outline = els.iter().find(|e| {
                e.tag == "circle"
                    && e.attr("fill") == Some("none")
                    && e.num("cx") == at.0
                    && e.num("cy") == at.1
            });
            let outline = outline.unwrap_or_else(|| panic!("{name}: {:?} outline", f.factor));
            assert_eq!(
                outline.attr("stroke"),
                Some(hex(verdict_colour(f.verdict, &P)).as_str()),
                "{name}: {:?} outline colour",
                f.factor
            );

            // Name just above the centre, rating (or "not scored") just below, both
            // inside the circle.
            let inside =
                |t: &El| t.num("x") == at.0 && (t.num("y") - at.1).abs() < circle.num("r") / 2.0;
            let factor_name = &text.factor_names[f.factor as usize];
            let label = texts(&els)
                .into_iter()
                .find(|t| t.content == *factor_name && inside(t))
                .unwrap_or_else(|| panic!("{name}: no label {factor_name} in its circle"));
            assert!(
                label.num("y") <= at.1,
                "{name}: {factor_name} above the centre"
            );
            let rating = f.rating.map_or(text.not_scored.clone(), |r| r.to_string());
            let value = texts(&els)
                .into_iter()
                .find(|t| t.content == rating && inside(t))
                .unwrap_or_else(|| panic!("{name}: no rating {rating} in {factor_name}"));
            assert!(value.num("y") > at.1, "{name}: rating below the centre");
        }
        // The six spokes and the six links between neighbours.
        let lines = els
            .iter()
            .filter(|e| e.tag == "polyline" && e.attr("stroke") == Some(hex(P.axis).as_str()))
            .count();
        assert_eq!(lines, 12, "{name}: links");
    }
}

#[test]
fn diagram_legend_names_the_verdicts_present() {
    let text = english();
    let els = elements(&diagram_svg(&demo()));
    assert!(has_text(&els, &text.strength) && has_text(&els, &text.weakness));
    assert!(
        !has_text(&els, &text.no_verdict),
        "every demo factor has a verdict"
    );
    let els = elements(&diagram_svg(&mixed()));
    assert!(has_text(&els, &text.no_verdict));
}

#[test]
fn empty_7s_draws_the_structure_under_no_data() {
    let text = english();
    let empty = SevenS::default().score();
    let els = elements(&diagram_svg(&empty));
    assert!(has_text(&els, &text.no_data));
    let (circles, _) = factor_circles(&els);
    for c in circles {
        assert_eq!(c.attr("fill"), Some(hex(verdict_fill(None, &P)).as_str()));
    }
    assert!(!has_text(&els, &text.strength), "legend drawn");

    let els = elements(&radar_svg(&empty));
    assert!(has_text(&els, &text.no_data));
    for name in &text.factor_names {
        assert!(has_text(&els, name), "{name} missing");
    }
    assert!(els.iter().all(|e| e.tag != "polygon"), "polygon drawn");
}

/// The radar's centre and rim radius, from its rings (unfilled circles sharing a centre;
/// the largest is the rim, +10).
fn radar_frame(els: &[El]) -> ((f64, f64), f64) {
    let rings: Vec<&El> = els
        .iter()
        .filter(|e| e.tag == "circle" && e.attr("fill") == Some("none"))
        .collect();
    assert_eq!(rings.len(), 4, "rings at -5, 0, +5, +10");
    let centre = (rings[0].num("cx"), rings[0].num("cy"));
    assert!(rings.iter().all(|r| (r.num("cx"), r.num("cy")) == centre));
    let rim = rings.iter().map(|r| r.num("r")).fold(0.0, f64::max);
    // The zero ring is drawn bold, halfway out.
    let zero = rings
        .iter()
        .find(|r| r.attr("stroke-width") == Some("2"))
        .expect("a bold zero ring");
    assert!(
        (zero.num("r") - rim / 2.0).abs() <= 1.0,
        "zero ring halfway"
    );
    (centre, rim)
}

#[test]
fn radar_points_sit_at_their_signed_ratings() {
    for (name, score) in [("demo", demo()), ("mixed", mixed())] {
        let text = english();
        let els = elements(&radar_svg(&score));
        assert!(has_text(&els, &text.radar_note), "{name}: note");
        let (centre, rim) = radar_frame(&els);

        let signed: Vec<(usize, i32, Verdict)> = score
            .factors
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((i, f.signed()?, f.verdict?)))
            .collect();
        let markers: Vec<&El> = els
            .iter()
            .filter(|e| {
                e.tag == "circle"
                    && e.attr("r") == Some("5")
                    && [S, W]
                        .iter()
                        .any(|&v| e.attr("fill") == Some(hex(verdict_colour(Some(v), &P)).as_str()))
            })
            .collect();
        assert_eq!(
            markers.len(),
            signed.len(),
            "{name}: one marker per signed rating"
        );
        for (marker, &(i, value, verdict)) in markers.iter().zip(&signed) {
            let at = (marker.num("cx"), marker.num("cy"));
            let distance = ((at.0 - centre.0).powi(2) + (at.1 - centre.1).powi(2)).sqrt();
            let want = rim * f64::from(value + 10) / 20.0;
            assert!(
                (distance - want).abs() <= 1.5,
                "{name}: factor {i} at {distance}, want {want}"
            );
            // Strengths outside the zero ring, weaknesses inside.
            assert_eq!(
                distance > rim / 2.0,
                verdict == S,
                "{name}: factor {i} side"
            );
            // On its spoke, allowing for pixel rounding (which matters near the centre).
            if distance > 2.0 {
                let angle = bearing(centre, at);
                let want = 60.0 * i as f64;
                let slack = 1.0 + (1.5 / distance).atan().to_degrees();
                assert!(
                    (angle - want).abs() < slack,
                    "{name}: factor {i} at {angle}°"
                );
            }
            assert_eq!(
                marker.attr("fill"),
                Some(hex(verdict_colour(Some(verdict), &P)).as_str())
            );
            let written = if value > 0 {
                format!("+{value}")
            } else {
                value.to_string()
            };
            assert!(has_text(&els, &written), "{name}: {written} written");
        }
        let polygons: Vec<&El> = els.iter().filter(|e| e.tag == "polygon").collect();
        assert_eq!(polygons.len(), 1, "{name}: one polygon");
        let corners = polygons[0]
            .attr("points")
            .unwrap()
            .split_whitespace()
            .count();
        assert_eq!(
            corners,
            signed.len(),
            "{name}: polygon through the rated factors"
        );
    }
}

#[test]
fn radar_says_why_a_factor_has_no_point() {
    let text = english();
    let els = elements(&radar_svg(&mixed()));
    // Structure: no verdict, no rating; Systems: a weakness without a rating.
    let not_scored = texts(&els)
        .iter()
        .filter(|t| t.content == text.not_scored)
        .count();
    assert_eq!(not_scored, 2);
    // Skills: rated 4 but neither strength nor weakness, so it has no side.
    assert!(has_text(&els, &text.no_verdict));
    assert!(!has_text(&els, "+4") && !has_text(&els, "-4"));
}

#[test]
fn the_real_demo_renders_both_charts() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let score = workbook::demo::workbook(lang).seven_s.score();
        let els = elements(&diagram_svg(&score));
        let (circles, _) = factor_circles(&els);
        for (c, f) in circles.iter().zip(&score.factors) {
            assert_eq!(
                c.attr("fill"),
                Some(hex(verdict_fill(f.verdict, &P)).as_str())
            );
        }
        let els = elements(&radar_svg(&score));
        let polygon = els.iter().find(|e| e.tag == "polygon").expect("polygon");
        let corners = polygon.attr("points").unwrap().split_whitespace().count();
        assert_eq!(
            corners,
            score
                .factors
                .iter()
                .filter(|f| f.signed().is_some())
                .count()
        );
    }
}
