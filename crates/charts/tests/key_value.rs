//! Renders the value map to SVG and checks it: the four regions shaded where the
//! domain's rule puts them and named, each target × class at its importance and
//! margin in its class's colour, the target named once beside its row, the legend of
//! classes, and the notices.

mod common;

use charts::key_value::{class_colour, region, region_colour};
use charts::{value_map, ValueMapText};
use common::*;
use workbook::key_value::{Advice, KeyValue, KeyValueScore, ValueClass, ValueTarget};
use workbook::rows::Row;
use workbook::{RowId, Score};

fn english() -> ValueMapText {
    ValueMapText {
        importance_axis: "How much it matters".into(),
        margin_axis: "Value − cost".into(),
        regions: [
            "Lead with it".into(),
            "Deliver more cheaply".into(),
            "Offer on request".into(),
            "Drop".into(),
        ],
        unnamed: "(unnamed)".into(),
        not_scored: "Nothing placed yet".into(),
        no_data: "Nothing listed yet".into(),
    }
}

/// Classes by name; targets as (name, cost, value, importance per class, 0 = unrated).
fn score(classes: &[&str], targets: &[(&str, u8, u8, &[u8])]) -> KeyValueScore {
    let classes: Vec<ValueClass> = classes
        .iter()
        .enumerate()
        .map(|(i, name)| ValueClass {
            id: RowId(i as u64 + 1),
            name: (*name).into(),
        })
        .collect();
    let targets = targets
        .iter()
        .enumerate()
        .map(|(i, &(name, cost, value, imp))| {
            let mut t = ValueTarget::blank(RowId(100 + i as u64));
            t.name = name.into();
            t.cost = Score::new(cost).ok();
            t.value = Score::new(value).ok();
            for (c, &v) in classes.iter().zip(imp) {
                t.set_importance(c.id, Score::new(v).ok());
            }
            t
        })
        .collect();
    KeyValueScore::of(&KeyValue { classes, targets })
}

fn svg(score: &KeyValueScore) -> String {
    render(|area| value_map(area, score, &english()))
}

/// The shaded rectangle of a region.
fn shaded(els: &[El], advice: Advice) -> &El {
    let colour = region_colour(advice, &P).expect("shaded");
    let rects = filled(els, "rect", colour);
    assert_eq!(rects.len(), 1, "{advice:?}: one region of its tint");
    rects[0]
}

/// Pixel position of (importance, margin), read off the "lead with" region: it spans
/// importance 5.5 to 10.5 and margin 0.5 to 9.5.
fn pixel(lead: &El, importance: f64, margin: f64) -> (f64, f64) {
    let unit_x = lead.num("width") / 5.0;
    let unit_y = lead.num("height") / 9.0;
    (
        lead.num("x") + (importance - 5.5) * unit_x,
        lead.num("y") + (9.5 - margin) * unit_y,
    )
}

fn inside(r: &El, (x, y): (f64, f64)) -> bool {
    x >= r.num("x") - 0.5
        && x <= r.num("x") + r.num("width") + 0.5
        && y >= r.num("y") - 0.5
        && y <= r.num("y") + r.num("height") + 0.5
}

/// The markers of class `index` (circles, squares or triangles in its colour, other
/// than the legend's swatches, which sit above the plot).
fn markers(els: &[El], index: usize, below: f64) -> Vec<(f64, f64)> {
    let fill = hex(class_colour(index, &P));
    els.iter()
        .filter(|e| e.attr("fill") == Some(fill.as_str()))
        .filter_map(|e| match e.tag.as_str() {
            "circle" => Some((e.num("cx"), e.num("cy"))),
            "rect" => Some((
                e.num("x") + e.num("width") / 2.0,
                e.num("y") + e.num("height") / 2.0,
            )),
            "polygon" => {
                let pts: Vec<f64> = e
                    .attr("points")?
                    .split([' ', ','])
                    .filter_map(|v| v.parse().ok())
                    .collect();
                let xs: Vec<f64> = pts.iter().step_by(2).copied().collect();
                let ys: Vec<f64> = pts.iter().skip(1).step_by(2).copied().collect();
                Some((xs.iter().sum::<f64>() / 3.0, ys.iter().sum::<f64>() / 3.0))
            }
            _ => None,
        })
        .filter(|&(_, y)| y > below)
        .collect()
}

#[test]
fn regions_sit_where_the_rule_puts_them_and_are_named() {
    let els = elements(&svg(&score(&["VIP"], &[("A", 2, 8, &[9])])));
    let lead = shaded(&els, Advice::LeadWith);
    let cheaper = shaded(&els, Advice::DeliverCheaper);
    let request = shaded(&els, Advice::OnRequest);
    // Lead with: right of 5.5, above 0.5; cheaper: right, below; on request: left, above.
    assert!((cheaper.num("x") - lead.num("x")).abs() <= 1.0);
    assert!(cheaper.num("y") >= lead.num("y") + lead.num("height") - 1.0);
    assert!((request.num("y") - lead.num("y")).abs() <= 1.0);
    assert!(request.num("x") + request.num("width") <= lead.num("x") + 1.0);
    // Each region's name inside it; the unshaded "drop" region's name bottom left.
    for (advice, r) in [
        (Advice::LeadWith, lead),
        (Advice::DeliverCheaper, cheaper),
        (Advice::OnRequest, request),
    ] {
        let name = text_el(&els, &english().regions[advice as usize]);
        assert!(inside(r, (name.num("x"), name.num("y"))), "{advice:?}");
        assert!(name.is_bold());
    }
    let drop = text_el(&els, "Drop");
    assert!(drop.num("x") < lead.num("x") && drop.num("y") > lead.num("y") + lead.num("height"));
    // The regions' corners are the domain's thresholds.
    let [a, b] = region(Advice::LeadWith);
    assert_eq!((a.0, b.1), (5.5, 0.5));
}

#[test]
fn each_target_class_pair_sits_at_its_importance_and_margin() {
    let targets: &[(&str, u8, u8, &[u8])] = &[
        ("Tailored courses", 7, 9, &[10, 3]), // +2
        ("Senior trainers", 8, 6, &[9, 6]),   // −2
        ("Lowest price", 9, 3, &[2, 8]),      // −6
        ("Platform accounts", 3, 6, &[5, 0]), // +3, second class unrated
        ("Unpriced", 0, 6, &[9, 9]),          // no point
    ];
    let s = score(&["Key accounts", "SMEs"], targets);
    let els = elements(&svg(&s));
    let lead = shaded(&els, Advice::LeadWith);
    let top = lead.num("y") - 1.0;
    for (class, want) in [
        (0, vec![(10, 2), (9, -2), (2, -6), (5, 3)]),
        (1, vec![(3, 2), (6, -2), (8, -6)]),
    ] {
        let got = markers(&els, class, top);
        assert_eq!(got.len(), want.len(), "class {class}: {got:?}");
        for (importance, margin) in want {
            let p = pixel(lead, f64::from(importance), f64::from(margin));
            assert!(
                got.iter()
                    .any(|g| (g.0 - p.0).abs() <= 1.5 && (g.1 - p.1).abs() <= 1.5),
                "class {class}: no marker at {importance} {margin} ({p:?}) in {got:?}"
            );
        }
    }
    // Every placed target named once (shortened where its side of the line is narrow);
    // the unpriced one not at all.
    let named = |name: &str| {
        texts(&els)
            .iter()
            .filter(|t| {
                t.content == name
                    || t.content
                        .strip_suffix('…')
                        .is_some_and(|stem| stem.len() >= 4 && name.starts_with(stem))
            })
            .count()
    };
    for name in [
        "Tailored courses",
        "Senior trainers",
        "Lowest price",
        "Platform accounts",
    ] {
        assert_eq!(named(name), 1, "{name}");
    }
    assert!(!has_text(&els, "Unpriced"));
    // The legend names the classes, with their colours.
    assert!(has_text(&els, "Key accounts") && has_text(&els, "SMEs"));
    // Lead with "Tailored courses" for key accounts: its marker is in the region.
    assert!(inside(lead, pixel(lead, 10.0, 2.0)));
}

#[test]
fn targets_of_equal_margin_are_drawn_apart() {
    let s = score(&["VIP"], &[("A", 2, 6, &[7]), ("B", 3, 7, &[7])]);
    let els = elements(&svg(&s));
    let lead = shaded(&els, Advice::LeadWith);
    let got = markers(&els, 0, lead.num("y") - 1.0);
    assert_eq!(got.len(), 2);
    assert!((got[0].0 - got[1].0).abs() <= 1.0, "same importance");
    assert!((got[0].1 - got[1].1).abs() >= 3.0, "rows apart: {got:?}");
}

#[test]
fn notices_say_what_is_missing() {
    let text = english();
    let empty = elements(&svg(&score(&[], &[])));
    assert!(has_text(&empty, &text.no_data));
    let unrated = elements(&svg(&score(&["VIP"], &[("A", 0, 0, &[7])])));
    assert!(has_text(&unrated, &text.not_scored));
    for els in [&empty, &unrated] {
        shaded(els, Advice::LeadWith);
        assert!(has_text(els, "+9") && has_text(els, "−9") && has_text(els, "10"));
    }
}

#[test]
fn the_demo_places_every_rated_pair() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let s = KeyValueScore::of(&wb.key_value);
        assert_eq!(s.points.len(), 21, "{lang:?}: 7 targets × 3 classes");
        let els = elements(&svg(&s));
        let lead = shaded(&els, Advice::LeadWith);
        let n: usize = (0..3)
            .map(|c| markers(&els, c, lead.num("y") - 1.0).len())
            .sum();
        assert_eq!(n, 21, "{lang:?}");
    }
}
