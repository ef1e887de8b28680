//! Renders the SWOT charts to SVG (the native stand-in for the browser canvas) and checks
//! what was drawn where: bars against totals, labels, the posture point against the origin.

mod common;

use charts::{swot_posture, swot_totals, SwotChartText};
use common::*;
use plotters::prelude::*;
use workbook::swot::{Quadrant, Swot, SwotItem, SwotScore};
use workbook::RowId;

// ---------------------------------------------------------------- fixtures

fn english() -> SwotChartText {
    SwotChartText {
        quadrant_names: ["Strengths", "Weaknesses", "Opportunities", "Threats"].map(String::from),
        total_axis: "Total score".into(),
        internal_axis: "Internal balance (S - W)".into(),
        external_axis: "External balance (O - T)".into(),
        posture_names: ["SO: grow", "ST: counter", "WO: fix", "WT: defend"].map(String::from),
        not_scored: "not scored".into(),
        no_data: "Nothing listed yet".into(),
        not_enough_scores: "Not enough scores".into(),
        point_label: "Zhixun".into(),
    }
}

fn chinese() -> SwotChartText {
    SwotChartText {
        quadrant_names: ["优势", "劣势", "机会", "威胁"].map(String::from),
        total_axis: "总分".into(),
        internal_axis: "内部平衡 (S - W)".into(),
        external_axis: "外部平衡 (O - T)".into(),
        posture_names: ["SO 增长型", "ST 多元型", "WO 扭转型", "WT 防御型"].map(String::from),
        not_scored: "未评分".into(),
        no_data: "尚无数据".into(),
        not_enough_scores: "评分不足".into(),
        point_label: "智讯".into(),
    }
}

/// A SWOT built through the domain, one list of scores per quadrant (S, W, O, T);
/// 0 stands for an item listed without a score.
fn swot(scores: [&[u8]; 4]) -> SwotScore {
    let mut swot = Swot::default();
    let mut id = 0;
    for (quadrant, list) in Quadrant::ALL.into_iter().zip(scores) {
        for &s in list {
            id += 1;
            let item = SwotItem::new(RowId(id), format!("item {id}"), (s > 0).then_some(s));
            swot.quadrant_mut(quadrant).push(item);
        }
    }
    swot.score()
}

/// Like the demo: every quadrant scored; totals 24, 14, 21, 17.
fn demo() -> SwotScore {
    swot([&[9, 8, 7], &[6, 5, 3], &[8, 7, 6], &[7, 6, 4]])
}

// ---------------------------------------------------------------- rendering

fn totals_svg(score: &SwotScore, text: &SwotChartText) -> String {
    render(|area| swot_totals(area, score, text))
}

fn posture_svg(score: &SwotScore, text: &SwotChartText) -> String {
    render(|area| swot_posture(area, score, text))
}

fn bar_colour(q: Quadrant) -> RGBColor {
    charts::swot::quadrant_colour(q, &P)
}

// ---------------------------------------------------------------- totals

#[test]
fn totals_bars_match_the_scores() {
    struct Case {
        name: &'static str,
        score: SwotScore,
        /// Per quadrant (S, W, O, T): the total written on its bar, or None for "not scored".
        totals: [Option<u32>; 4],
        /// Top label of the value axis.
        axis_top: &'static str,
    }
    let cases = [
        Case {
            name: "demo",
            score: demo(),
            totals: [Some(24), Some(14), Some(21), Some(17)],
            axis_top: "30",
        },
        Case {
            // Strengths partly scored (the unscored item is not a zero), weaknesses listed
            // but unscored (unknown), threats empty (a genuine zero).
            name: "partly scored",
            score: swot([&[8, 0, 7], &[0, 0], &[6], &[]]),
            totals: [Some(15), None, Some(6), Some(0)],
            axis_top: "20",
        },
        Case {
            // Close under the axis top: the value label must still fit inside the plot.
            name: "tall bar",
            score: swot([&[10, 10, 8], &[2], &[5], &[0]]),
            totals: [Some(28), Some(2), Some(5), None],
            axis_top: "30",
        },
        Case {
            name: "small totals keep a 0..10 axis",
            score: swot([&[3], &[2], &[1], &[4]]),
            totals: [Some(3), Some(2), Some(1), Some(4)],
            axis_top: "10",
        },
        Case {
            name: "nothing scored at all",
            score: swot([&[0], &[0], &[0], &[0]]),
            totals: [None, None, None, None],
            axis_top: "10",
        },
    ];
    for case in &cases {
        let text = english();
        let els = elements(&totals_svg(&case.score, &text));
        let name = case.name;

        for label in text.quadrant_names.iter().chain([&text.total_axis]) {
            assert!(has_text(&els, label), "{name}: label {label:?} missing");
        }
        assert!(has_text(&els, "0"), "{name}: axis starts at 0");
        assert!(has_text(&els, case.axis_top), "{name}: axis top");
        assert!(!has_text(&els, &text.no_data), "{name}: no_data drawn");

        let not_scored = texts(&els)
            .iter()
            .filter(|t| t.content == text.not_scored)
            .count();
        let unknown = case.totals.iter().filter(|t| t.is_none()).count();
        assert_eq!(not_scored, unknown, "{name}: not-scored labels");

        // Every known total has one bar of its quadrant's colour, a bold value label
        // centred above it, and the same pixels-per-point scale on a shared baseline.
        let plot_top = text_el(&els, case.axis_top).num("y");
        let mut scale = None;
        let mut baseline = None;
        for q in Quadrant::ALL {
            let bars = filled(&els, "rect", bar_colour(q));
            let Some(total) = case.totals[q.index()] else {
                assert!(bars.is_empty(), "{name}: {q:?} is unknown but has a bar");
                continue;
            };
            assert_eq!(bars.len(), 1, "{name}: one bar for {q:?}");
            let bar = bars[0];
            let (x, y, w, h) = (
                bar.num("x"),
                bar.num("y"),
                bar.num("width"),
                bar.num("height"),
            );
            let base = y + h;
            let b = *baseline.get_or_insert(base);
            assert!(
                (base - b).abs() <= 1.0,
                "{name}: {q:?} baseline {base} vs {b}"
            );
            if total > 0 {
                let s = *scale.get_or_insert(h / f64::from(total));
                let expected = s * f64::from(total);
                assert!(
                    (h - expected).abs() <= 1.5,
                    "{name}: {q:?} height {h}, want {expected}"
                );
            } else {
                assert!(h <= 0.5, "{name}: a zero total has no visible bar");
            }

            let value = texts(&els)
                .into_iter()
                .find(|t| t.is_bold() && t.content == total.to_string())
                .unwrap_or_else(|| panic!("{name}: no value label {total}"));
            assert!(
                (value.num("x") - (x + w / 2.0)).abs() <= 1.5,
                "{name}: {q:?} label centred"
            );
            assert!(value.num("y") < y, "{name}: {q:?} label above the bar");
            // The label (about 11 px tall, anchored at its bottom) stays below the top of
            // the value axis.
            assert!(
                value.num("y") - 11.0 >= plot_top - 1.0,
                "{name}: {q:?} label clipped"
            );
        }

        // Favourable bars are blue, unfavourable ones orange: two distinct families.
        assert_eq!(hex(bar_colour(Quadrant::Strengths)), "#0072B2");
        assert_eq!(hex(bar_colour(Quadrant::Weaknesses)), "#D55E00");
    }
}

#[test]
fn totals_bar_order_is_s_w_o_t() {
    let els = elements(&totals_svg(&demo(), &english()));
    let xs: Vec<f64> = Quadrant::ALL
        .iter()
        .map(|&q| filled(&els, "rect", bar_colour(q))[0].num("x"))
        .collect();
    assert!(
        xs.windows(2).all(|w| w[0] < w[1]),
        "bars out of order: {xs:?}"
    );
    let names: Vec<f64> = english()
        .quadrant_names
        .iter()
        .map(|n| text_el(&els, n).num("x"))
        .collect();
    assert!(
        names.windows(2).all(|w| w[0] < w[1]),
        "names out of order: {names:?}"
    );
}

#[test]
fn empty_totals_draw_axes_and_no_data() {
    for text in [english(), chinese()] {
        let els = elements(&totals_svg(&SwotScore::default(), &text));
        assert!(has_text(&els, &text.no_data), "no_data missing");
        for name in &text.quadrant_names {
            assert!(has_text(&els, name), "axis label {name} missing");
        }
        assert!(
            has_text(&els, "0") && has_text(&els, "10"),
            "value axis 0..10"
        );
        for q in Quadrant::ALL {
            assert!(filled(&els, "rect", bar_colour(q)).is_empty(), "bar drawn");
        }
        assert!(!has_text(&els, &text.not_scored));
    }
}

#[test]
fn chinese_labels_pass_through() {
    let text = chinese();
    let els = elements(&totals_svg(&swot([&[9], &[0], &[4], &[5]]), &text));
    for label in [
        "优势",
        "劣势",
        "机会",
        "威胁",
        "总分",
        "未评分",
        "9",
        "4",
        "5",
    ] {
        assert!(has_text(&els, label), "{label} missing");
    }
}

// ---------------------------------------------------------------- posture

/// The plane's origin in pixels and its half width/height in pixels, read from the SO
/// and WT shading (their shared corner is the origin).
fn plane(els: &[El]) -> ((f64, f64), (f64, f64)) {
    let so = filled(els, "rect", P.favourable_tint);
    let wt = filled(els, "rect", P.unfavourable_tint);
    assert_eq!((so.len(), wt.len()), (1, 1), "one SO and one WT region");
    let (so, wt) = (so[0], wt[0]);
    let origin = (so.num("x"), so.num("y") + so.num("height"));
    assert!(
        (wt.num("x") + wt.num("width") - origin.0).abs() <= 1.0,
        "WT meets SO at x"
    );
    assert!((wt.num("y") - origin.1).abs() <= 1.0, "WT meets SO at y");
    // Symmetric axes: the origin is the centre of the plane.
    let left = wt.num("x");
    let right = so.num("x") + so.num("width");
    let top = so.num("y");
    let bottom = wt.num("y") + wt.num("height");
    assert!(
        (origin.0 - (left + right) / 2.0).abs() <= 1.0,
        "origin centred across"
    );
    assert!(
        (origin.1 - (top + bottom) / 2.0).abs() <= 1.0,
        "origin centred up"
    );
    (origin, ((right - left) / 2.0, (bottom - top) / 2.0))
}

#[test]
fn posture_point_sits_at_the_balances() {
    // (name, score, internal, external, half range, posture slot in POSTURE_ORDER)
    let cases: [(&str, SwotScore, i64, i64, i64, usize); 7] = [
        ("demo: SO", demo(), 10, 4, 15, 0),
        ("ST", swot([&[9, 8], &[3], &[2], &[7]]), 14, -5, 15, 1),
        ("WO", swot([&[2], &[8, 6], &[9], &[1]]), -12, 8, 15, 2),
        (
            "negative both: WT",
            swot([&[3], &[9, 8], &[2], &[7, 5]]),
            -14,
            -10,
            15,
            3,
        ),
        (
            "small: axis stays 10",
            swot([&[4], &[6], &[5], &[2]]),
            -2,
            3,
            10,
            2,
        ),
        (
            "ties count as favourable",
            swot([&[5], &[5], &[4], &[4]]),
            0,
            0,
            10,
            0,
        ),
        (
            "large",
            swot([&[10; 4], &[1], &[1], &[10; 3]]),
            39,
            -29,
            40,
            1,
        ),
    ];
    for (name, score, x, y, r, slot) in cases {
        assert_eq!(score.internal_balance(), Some(x), "{name}: fixture");
        assert_eq!(score.external_balance(), Some(y), "{name}: fixture");
        let text = english();
        let els = elements(&posture_svg(&score, &text));

        for label in text
            .posture_names
            .iter()
            .chain([&text.internal_axis, &text.external_axis])
        {
            assert!(has_text(&els, label), "{name}: {label:?} missing");
        }
        assert!(
            has_text(&els, &r.to_string()) && has_text(&els, &(-r).to_string()),
            "{name}: axis ±{r}"
        );
        assert!(
            has_text(&els, &format!("Zhixun ({x}, {y})")),
            "{name}: point label"
        );
        assert!(!has_text(&els, &text.not_enough_scores) && !has_text(&els, &text.no_data));

        // Only the point's own posture is bold.
        let bold: Vec<&str> = texts(&els)
            .into_iter()
            .filter(|t| t.is_bold() && text.posture_names.contains(&t.content))
            .map(|t| t.content.as_str())
            .collect();
        assert_eq!(
            bold,
            [text.posture_names[slot].as_str()],
            "{name}: active posture"
        );

        let (origin, half) = plane(&els);
        let markers = filled(&els, "circle", P.marker);
        assert_eq!(markers.len(), 1, "{name}: one marker");
        let (cx, cy) = (markers[0].num("cx"), markers[0].num("cy"));
        let want_x = origin.0 + x as f64 / r as f64 * half.0;
        let want_y = origin.1 - y as f64 / r as f64 * half.1;
        assert!((cx - want_x).abs() <= 1.5, "{name}: cx {cx}, want {want_x}");
        assert!((cy - want_y).abs() <= 1.5, "{name}: cy {cy}, want {want_y}");
        // And, independently of the scale, on the right side of each axis.
        assert_eq!(
            (cx - origin.0).abs() < 1.0,
            x == 0,
            "{name}: on the vertical axis?"
        );
        assert_eq!(
            (cy - origin.1).abs() < 1.0,
            y == 0,
            "{name}: on the horizontal axis?"
        );
        if x != 0 {
            assert_eq!(cx > origin.0, x > 0, "{name}: left/right half");
        }
        if y != 0 {
            assert_eq!(cy < origin.1, y > 0, "{name}: upper/lower half");
        }
    }
}

#[test]
fn posture_names_sit_in_their_quadrants() {
    let text = english();
    let els = elements(&posture_svg(&demo(), &text));
    let (origin, _) = plane(&els);
    // (slot, right of the origin, above the origin): SO, ST, WO, WT.
    for (slot, right, above) in [
        (0, true, true),
        (1, true, false),
        (2, false, true),
        (3, false, false),
    ] {
        let t = text_el(&els, &text.posture_names[slot]);
        assert_eq!(t.num("x") > origin.0, right, "{} across", t.content);
        assert_eq!(t.num("y") < origin.1, above, "{} up", t.content);
    }
}

#[test]
fn posture_without_balances_draws_the_plane_and_a_notice() {
    // (name, score, expected notice: true = not_enough_scores, false = no_data)
    let cases = [
        ("weaknesses unscored", swot([&[8], &[0], &[6], &[2]]), true),
        ("threats unscored", swot([&[8], &[3], &[6], &[0, 0]]), true),
        ("nothing scored", swot([&[0], &[0], &[0], &[0]]), true),
        // One side scored: its balance is known, the other side's 0 − 0 is no finding.
        ("only a strength scored", swot([&[9], &[], &[], &[]]), true),
        ("nothing listed", SwotScore::default(), false),
    ];
    for text in [english(), chinese()] {
        for (name, score, not_enough) in &cases {
            let els = elements(&posture_svg(score, &text));
            let (shown, hidden) = if *not_enough {
                (&text.not_enough_scores, &text.no_data)
            } else {
                (&text.no_data, &text.not_enough_scores)
            };
            assert!(has_text(&els, shown), "{name}: {shown:?} missing");
            assert!(!has_text(&els, hidden), "{name}: {hidden:?} drawn");
            for label in &text.posture_names {
                assert!(has_text(&els, label), "{name}: {label:?} missing");
            }
            plane(&els);
            assert!(
                filled(&els, "circle", P.marker).is_empty(),
                "{name}: marker drawn"
            );
            assert!(
                !texts(&els).iter().any(|t| t.is_bold()),
                "{name}: a posture chosen"
            );
        }
    }
}

#[test]
fn point_label_without_a_name_is_just_the_coordinates() {
    let text = SwotChartText {
        point_label: "  ".into(),
        ..english()
    };
    let els = elements(&posture_svg(&demo(), &text));
    assert!(has_text(&els, "(10, 4)"));
}

#[test]
fn labels_are_escaped() {
    let text = SwotChartText {
        point_label: "A&B <Ltd>".into(),
        ..english()
    };
    let svg = posture_svg(&demo(), &text);
    assert!(svg.contains("A&amp;B &lt;Ltd&gt; (10, 4)"));
}

#[test]
fn error_text_describes_the_failure() {
    let err: DrawingAreaErrorKind<std::fmt::Error> = DrawingAreaErrorKind::LayoutError;
    assert_eq!(charts::error_text(&err), "chart drawing failed: Bad layout");
}

#[test]
fn the_real_demo_renders_with_its_own_numbers() {
    // Expectations are derived from the demo's score, so demo edits don't break this test.
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let score = workbook::demo::workbook(lang).swot.score();
        let text = english();

        let els = elements(&totals_svg(&score, &text));
        for q in Quadrant::ALL {
            match score.get(q).known_total() {
                Some(total) => assert!(
                    texts(&els)
                        .iter()
                        .any(|t| t.is_bold() && t.content == total.to_string()),
                    "{lang:?}: {q:?} total {total} not written"
                ),
                None => assert!(has_text(&els, &text.not_scored), "{lang:?}: {q:?}"),
            }
        }

        let els = elements(&posture_svg(&score, &text));
        match (score.internal_finding(), score.external_finding()) {
            (Some(x), Some(y)) => {
                assert!(has_text(&els, &format!("Zhixun ({x}, {y})")), "{lang:?}");
                let (origin, _) = plane(&els);
                let marker = filled(&els, "circle", P.marker)[0];
                if x != 0 {
                    assert_eq!(marker.num("cx") > origin.0, x > 0, "{lang:?}");
                }
                if y != 0 {
                    assert_eq!(marker.num("cy") < origin.1, y > 0, "{lang:?}");
                }
            }
            _ => assert!(has_text(&els, &text.not_enough_scores), "{lang:?}"),
        }
    }
}
