//! Renders the gap chart to SVG and checks it: one bar per scored row, lengths in
//! proportion to the gaps, largest at the top, colours by priority, labels and notices.

mod common;

use charts::gaps::{priority_colour, PRIORITY_ORDER};
use charts::{gap_bars, GapChartText};
use common::*;
use plotters::prelude::*;
use workbook::internal::{GapRow, GapScore, Priority};
use workbook::{RowId, Score};

use Priority::{High as H, Low as L, Medium as M};

fn english() -> GapChartText {
    GapChartText {
        priority_names: ["High priority", "Medium priority", "Low priority"].map(String::from),
        no_priority: "No priority".into(),
        gap_axis: "Gap (1-10)".into(),
        not_scored: "No gap scored yet".into(),
        no_data: "Nothing listed yet".into(),
    }
}

/// Rows of (text, gap, priority); gap 0 stands for "unscored".
type Rows<'a> = &'a [(&'a str, u8, Option<Priority>)];

/// A gap table scored.
fn table(rows: Rows) -> GapScore {
    let rows: Vec<GapRow> = rows
        .iter()
        .enumerate()
        .map(|(i, &(text, gap, priority))| GapRow {
            id: RowId(i as u64 + 1),
            offered: text.into(),
            needed: String::new(),
            gap: Score::new(gap).ok(),
            priority,
        })
        .collect();
    GapScore::of(&rows)
}

fn svg(score: &GapScore, text: &GapChartText) -> String {
    render(|area| gap_bars(area, score, text))
}

/// Every bar drawn in any priority colour, top to bottom.
fn bars(els: &[El]) -> Vec<&El> {
    let colours = PRIORITY_ORDER
        .map(Some)
        .into_iter()
        .chain([None])
        .map(|p| hex(priority_colour(p, &P)))
        .collect::<Vec<_>>();
    let mut bars: Vec<&El> = els
        .iter()
        .filter(|e| {
            e.tag == "rect"
                && e.attr("fill").is_some_and(|f| colours.iter().any(|c| c == f))
                // Legend swatches are 10 px squares in the strip above the plot.
                && e.num("y") > 30.0
        })
        .collect();
    bars.sort_by(|a, b| a.num("y").total_cmp(&b.num("y")));
    bars
}

#[test]
fn bars_are_ranked_and_in_proportion() {
    struct Case {
        name: &'static str,
        rows: Rows<'static>,
        /// (label, gap, priority) top to bottom.
        want: &'static [(&'static str, u32, Option<Priority>)],
    }
    let cases = [
        Case {
            name: "like the demo",
            rows: &[
                ("Two-day courses", 7, Some(H)),
                ("Theory courses", 6, Some(H)),
                ("Handbooks", 4, Some(L)),
                ("Certificates", 8, Some(H)),
            ],
            want: &[
                ("Certificates", 8, Some(H)),
                ("Two-day courses", 7, Some(H)),
                ("Theory courses", 6, Some(H)),
                ("Handbooks", 4, Some(L)),
            ],
        },
        Case {
            name: "ties keep table order; unscored and blank rows get no bar",
            rows: &[
                ("a", 5, Some(M)),
                ("b", 0, Some(H)),
                ("", 0, None),
                ("c", 10, None),
                ("d", 5, Some(L)),
                ("e", 1, Some(H)),
            ],
            want: &[
                ("c", 10, None),
                ("a", 5, Some(M)),
                ("d", 5, Some(L)),
                ("e", 1, Some(H)),
            ],
        },
        Case {
            name: "a single row",
            rows: &[("only", 3, Some(M))],
            want: &[("only", 3, Some(M))],
        },
    ];
    for case in &cases {
        let name = case.name;
        let text = english();
        let els = elements(&svg(&table(case.rows), &text));
        assert!(!has_text(&els, &text.no_data) && !has_text(&els, &text.not_scored));
        assert!(has_text(&els, &text.gap_axis), "{name}: axis caption");
        assert!(
            has_text(&els, "0") && has_text(&els, "10"),
            "{name}: 0..10 axis"
        );

        let bars = bars(&els);
        assert_eq!(
            bars.len(),
            case.want.len(),
            "{name}: one bar per scored row"
        );
        // All bars start on the same baseline, and their lengths share one scale.
        let x0 = bars[0].num("x");
        let scale = bars[0].num("width") / f64::from(case.want[0].1);
        for (bar, &(label, gap, priority)) in bars.iter().zip(case.want) {
            assert!((bar.num("x") - x0).abs() <= 1.0, "{name}: {label} baseline");
            let want = scale * f64::from(gap);
            assert!(
                (bar.num("width") - want).abs() <= 1.5,
                "{name}: {label} width {} want {want}",
                bar.num("width")
            );
            assert_eq!(
                bar.attr("fill"),
                Some(hex(priority_colour(priority, &P)).as_str()),
                "{name}: {label} colour"
            );
            // The row's label sits level with its bar, left of the baseline.
            let t = text_el(&els, label);
            let centre = bar.num("y") + bar.num("height") / 2.0;
            assert!((t.num("y") - centre).abs() <= 2.0, "{name}: {label} level");
            assert!(t.num("x") < x0, "{name}: {label} left of the bars");
            // The value is written in bold just after the bar's end.
            let value = texts(&els)
                .into_iter()
                .find(|t| {
                    t.is_bold()
                        && t.content == gap.to_string()
                        && (t.num("y") - centre).abs() <= 2.0
                })
                .unwrap_or_else(|| panic!("{name}: no value {gap} beside {label}"));
            let end = bar.num("x") + bar.num("width");
            assert!(
                value.num("x") >= end && value.num("x") <= end + 10.0,
                "{name}: {label} value after the bar"
            );
        }
        // Top to bottom is largest first: widths never grow downwards.
        assert!(
            bars.windows(2)
                .all(|w| w[0].num("width") >= w[1].num("width")),
            "{name}: not ranked"
        );
        // The legend names exactly the priorities drawn.
        for (p, legend) in PRIORITY_ORDER.iter().zip(&text.priority_names) {
            let drawn = case.want.iter().any(|w| w.2 == Some(*p));
            assert_eq!(has_text(&els, legend), drawn, "{name}: legend {legend}");
        }
        let unprioritised = case.want.iter().any(|w| w.2.is_none());
        assert_eq!(has_text(&els, &text.no_priority), unprioritised, "{name}");
    }
}

#[test]
fn priority_colours_are_distinct_and_from_the_palette() {
    let colours: Vec<RGBColor> = PRIORITY_ORDER
        .map(Some)
        .into_iter()
        .chain([None])
        .map(|p| priority_colour(p, &P))
        .collect();
    for (i, a) in colours.iter().enumerate() {
        for b in &colours[i + 1..] {
            assert_ne!(a, b);
        }
    }
    assert_eq!(hex(priority_colour(Some(H), &P)), "#D55E00");
    assert_eq!(hex(priority_colour(Some(M), &P)), "#E69F00");
    assert_eq!(hex(priority_colour(Some(L), &P)), "#56B4E9");
}

#[test]
fn long_labels_are_shortened_not_spilled() {
    let long = "Evidence of behaviour change and business results, reported to the client's board";
    let els = elements(&svg(&table(&[(long, 8, Some(H))]), &english()));
    assert!(!has_text(&els, long));
    let label = texts(&els)
        .into_iter()
        .find(|t| t.content.ends_with('…'))
        .expect("a shortened label");
    assert!(long.starts_with(label.content.trim_end_matches('…')));
    let bar = bars(&els)[0];
    assert!(label.num("x") < bar.num("x"));
}

#[test]
fn empty_and_unscored_tables_draw_a_notice() {
    let text = english();
    // (rows, notice shown)
    let cases: [(Rows, &str); 3] = [
        (&[], &text.no_data),
        (&[("", 0, None)], &text.no_data),
        (&[("a", 0, Some(H)), ("b", 0, None)], &text.not_scored),
    ];
    for (rows, notice) in cases {
        let els = elements(&svg(&table(rows), &text));
        assert!(has_text(&els, notice), "{rows:?}: {notice}");
        let other = if notice == text.no_data {
            &text.not_scored
        } else {
            &text.no_data
        };
        assert!(!has_text(&els, other), "{rows:?}");
        assert!(bars(&els).is_empty(), "{rows:?}: bars drawn");
        assert!(
            has_text(&els, "0") && has_text(&els, "10"),
            "{rows:?}: axis"
        );
        for name in &text.priority_names {
            assert!(!has_text(&els, name), "{rows:?}: legend drawn");
        }
    }
}

#[test]
fn the_real_demo_renders_its_own_gaps() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        for rows in [&wb.product_gaps, &wb.service_gaps] {
            let score = GapScore::of(rows);
            let els = elements(&svg(&score, &english()));
            let bars = bars(&els);
            assert_eq!(bars.len(), score.ranked.len(), "{lang:?}");
            for (bar, row) in bars.iter().zip(&score.ranked) {
                let colour = hex(priority_colour(row.priority, &P));
                assert_eq!(bar.attr("fill"), Some(colour.as_str()), "{lang:?}");
            }
        }
    }
}
