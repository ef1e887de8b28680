//! Renders the competitor charts to SVG and checks them: four bars per company in row
//! order with heights in proportion to the totals, the company highlighted (band,
//! outlines, bold name), unknown totals marked; the radar's outlines at the totals, the
//! company drawn thickest and last; and the notices.

mod common;

use charts::competitors::{company_colour, outline_width};
use charts::swot::quadrant_colour;
use charts::{competitor_radar, competitor_totals, CompetitorChartText};
use common::*;
use workbook::external::{Comparison, Competitor};
use workbook::swot::{Quadrant, Swot, SwotItem};
use workbook::{Lang, RowId, Workbook};

fn english() -> CompetitorChartText {
    CompetitorChartText {
        quadrant_names: ["Strengths", "Weaknesses", "Opportunities", "Threats"].map(String::from),
        total_axis: "Total score".into(),
        unnamed: "(unnamed)".into(),
        missing: "?".into(),
        not_scored: "not scored".into(),
        radar_note: "Further out: higher total".into(),
        no_data: "Nothing scored yet".into(),
    }
}

/// Per quadrant (S, W, O, T) the item scores; 0 stands for an item listed unscored.
type Scores<'a> = [&'a [u8]; 4];

fn swot(scores: Scores, next: &mut u64) -> Swot {
    let mut swot = Swot::default();
    for (q, list) in Quadrant::ALL.into_iter().zip(scores) {
        for &s in list {
            *next += 1;
            let item = SwotItem::new(RowId(*next), format!("item {next}"), Some(s));
            swot.quadrant_mut(q).push(item);
        }
    }
    swot
}

/// The comparison of "Zhixun" with competitors named in `names`.
fn comparison(company: Scores, competitors: &[(&str, Scores)]) -> Comparison {
    let mut wb = Workbook::blank("t", Lang::En);
    wb.client = "Zhixun".into();
    let mut next = 10_000;
    wb.swot = swot(company, &mut next);
    for (i, (name, scores)) in competitors.iter().enumerate() {
        let c = Competitor {
            id: RowId(1000 + i as u64),
            name: name.to_string(),
            notes: "notes".into(),
            swot: swot(*scores, &mut next),
        };
        wb.competitors.list.push(c);
    }
    Comparison::of(&wb, "Our company")
}

/// Like the demo: Zhixun 38/26/29/26, A 24/19/21/18, B 19/21/17/18, C 23/18/20/18.
fn demo() -> Comparison {
    comparison(
        [
            &[9, 8, 7, 7, 7],
            &[7, 7, 6, 6],
            &[8, 7, 7, 7],
            &[7, 7, 6, 6],
        ],
        &[
            ("A", [&[8, 9, 7], &[7, 6, 6], &[8, 7, 6], &[7, 6, 5]]),
            ("B", [&[7, 7, 5], &[8, 7, 6], &[6, 6, 5], &[7, 7, 4]]),
            ("C", [&[8, 8, 7], &[7, 6, 5], &[8, 7, 5], &[7, 6, 5]]),
        ],
    )
}

fn totals_svg(c: &Comparison) -> String {
    render(|area| competitor_totals(area, c, &english()))
}

fn radar_svg(c: &Comparison) -> String {
    render(|area| competitor_radar(area, c, &english()))
}

/// The bars of quadrant `q`, left to right (legend swatches are in the strip on top).
fn bars(els: &[El], q: Quadrant) -> Vec<&El> {
    let mut bars: Vec<&El> = filled(els, "rect", quadrant_colour(q, &P))
        .into_iter()
        .filter(|e| e.num("y") > 30.0)
        .collect();
    bars.sort_by(|a, b| a.num("x").total_cmp(&b.num("x")));
    bars
}

fn bottom(e: &El) -> f64 {
    e.num("y") + e.num("height")
}

/// Polylines drawn in `colour`, with their stroke width and points.
fn polylines(els: &[El], colour: plotters::style::RGBColor) -> Vec<(f64, Vec<(f64, f64)>)> {
    els.iter()
        .filter(|e| e.tag == "polyline" && e.attr("stroke") == Some(hex(colour).as_str()))
        .map(|e| {
            let points = e
                .attr("points")
                .unwrap()
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect();
            (e.num("stroke-width"), points)
        })
        .collect()
}

#[test]
fn bars_are_grouped_by_company_in_proportion_to_the_totals() {
    let table = demo();
    let text = english();
    let els = elements(&totals_svg(&table));
    assert!(!has_text(&els, &text.no_data));
    for name in &text.quadrant_names {
        assert!(has_text(&els, name), "legend {name}");
    }
    let by_quadrant = Quadrant::ALL.map(|q| bars(&els, q));
    let base = bottom(by_quadrant[0][0]);
    let scale = by_quadrant[0][0].num("height") / 38.0;
    let mut heights = Vec::new();
    for (group, row) in table.rows.iter().enumerate() {
        let name = text_el(&els, &row.name);
        for q in Quadrant::ALL {
            let bar = by_quadrant[q.index()][group];
            let total = f64::from(row.total(q).unwrap());
            assert!((bottom(bar) - base).abs() <= 1.0, "{}: baseline", row.name);
            assert!(
                (bar.num("height") - scale * total).abs() <= 1.5,
                "{} {q:?}: height {} for {total}",
                row.name,
                bar.num("height")
            );
            heights.push((total, bar.num("height")));
            // The group's bars stand over its name, in S, W, O, T order.
            let centre = bar.num("x") + bar.num("width") / 2.0;
            assert!((centre - name.num("x")).abs() < 40.0, "{} {q:?}", row.name);
            if q != Quadrant::Strengths {
                let before = by_quadrant[q.index() - 1][group];
                assert!(before.num("x") < bar.num("x"), "{} {q:?}", row.name);
            }
        }
        // Groups run left to right in row order: the company first.
        if group > 0 {
            let before = text_el(&els, &table.rows[group - 1].name);
            assert!(before.num("x") < name.num("x"), "{}", row.name);
        }
    }
    // Taller bars for larger totals, across companies.
    heights.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(heights.windows(2).all(|w| w[0].1 <= w[1].1 + 0.5));
}

#[test]
fn the_company_is_highlighted() {
    let table = demo();
    let els = elements(&totals_svg(&table));
    // Its name in bold, every competitor's in normal weight.
    assert!(text_el(&els, "Zhixun").is_bold());
    for name in ["A", "B", "C"] {
        assert!(!text_el(&els, name).is_bold(), "{name}");
    }
    // A shaded band behind its group only.
    let bands = filled(&els, "rect", P.neutral_tint);
    assert_eq!(bands.len(), 1);
    let band = bands[0];
    let company_bars: Vec<&El> = Quadrant::ALL.map(|q| bars(&els, q)[0]).to_vec();
    for bar in &company_bars {
        assert!(bar.num("x") >= band.num("x"));
        assert!(bar.num("x") + bar.num("width") <= band.num("x") + band.num("width"));
    }
    let other = bars(&els, Quadrant::Strengths)[1];
    assert!(other.num("x") > band.num("x") + band.num("width"));
    // Each of its bars outlined in black, 2 px; no competitor bar is.
    let outlines = polylines(&els, P.marker);
    assert_eq!(outlines.len(), 4);
    for (bar, (width, points)) in company_bars.iter().zip(&outlines) {
        assert_eq!(*width, 2.0);
        let xs: Vec<f64> = points.iter().map(|p| p.0).collect();
        let top = points.iter().map(|p| p.1).fold(f64::MAX, f64::min);
        let left = xs.iter().copied().fold(f64::MAX, f64::min);
        let right = xs.iter().copied().fold(f64::MIN, f64::max);
        assert!((top - bar.num("y")).abs() <= 1.5, "outline top");
        assert!(left <= bar.num("x") + 1.5 && right >= bar.num("x") + bar.num("width") - 1.5);
    }
}

#[test]
fn unknown_totals_are_marked_and_unassessed_companies_muted() {
    // The company has no score yet; A has unscored weaknesses; B has nothing listed but
    // a name and notes; C has an empty threats quadrant (a genuine zero).
    let table = comparison(
        [&[0, 0], &[0], &[0], &[0]],
        &[
            ("A", [&[7], &[0], &[6], &[5]]),
            ("B", [&[], &[], &[], &[]]),
            ("C", [&[7], &[4], &[6], &[]]),
        ],
    );
    let text = english();
    let els = elements(&totals_svg(&table));
    assert!(!has_text(&els, &text.no_data));
    let marks = texts(&els)
        .into_iter()
        .filter(|t| t.content == text.missing)
        .count();
    // Four for the company, one for A, four for B.
    assert_eq!(marks, 9);
    // Bars: A's S, O, T and C's four (its threats of zero height).
    let drawn: usize = Quadrant::ALL.map(|q| bars(&els, q).len()).iter().sum();
    assert_eq!(drawn, 7);
    let threats = bars(&els, Quadrant::Threats);
    assert!(threats[1].num("height") < 0.5, "C's threats are zero");
    // The company stays bold even unscored; an unassessed competitor is muted.
    assert!(text_el(&els, "Zhixun").is_bold());
    assert_eq!(
        text_el(&els, "B").attr("fill"),
        Some(hex(P.muted_text).as_str())
    );
    assert_eq!(text_el(&els, "A").attr("fill"), Some(hex(P.text).as_str()));
    // No outlines: the company has no bar to outline.
    assert!(polylines(&els, P.marker).is_empty());
}

#[test]
fn nothing_scored_draws_a_notice() {
    let text = english();
    for table in [
        comparison([&[], &[], &[], &[]], &[]),
        // Listed everywhere, scored nowhere: every total is unknown.
        comparison(
            [&[0], &[0], &[0], &[0]],
            &[("A", [&[0], &[0], &[0], &[0, 0]])],
        ),
    ] {
        for svg in [totals_svg(&table), radar_svg(&table)] {
            let els = elements(&svg);
            assert!(has_text(&els, &text.no_data));
            for q in Quadrant::ALL {
                assert!(bars(&els, q).is_empty());
            }
            assert!(polylines(&els, P.marker).is_empty());
        }
    }
}

#[test]
fn radar_outlines_sit_at_the_totals_and_the_company_is_thickest() {
    let table = demo();
    let text = english();
    let els = elements(&radar_svg(&table));
    assert!(!has_text(&els, &text.no_data));
    for name in &text.quadrant_names {
        assert!(has_text(&els, name), "spoke {name}");
    }
    // One closed outline per company, in its colour and weight.
    let outlines: Vec<(f64, Vec<(f64, f64)>)> = (0..table.rows.len())
        .map(|i| {
            let mut found: Vec<_> = polylines(&els, company_colour(i, &P))
                .into_iter()
                .filter(|(_, pts)| pts.len() == 5)
                .collect();
            assert_eq!(found.len(), 1, "row {i}: one outline");
            found.remove(0)
        })
        .collect();
    // The centre is where the spokes meet: every spoke starts there.
    let spokes = polylines(&els, P.axis);
    let centre = spokes[0].1[0];
    assert!(spokes.iter().all(|(_, pts)| pts[0] == centre));
    // Every corner's distance from the centre is one scale times the total, strengths
    // straight up and then clockwise.
    let corner = |pts: &[(f64, f64)], q: Quadrant| pts[q.index()];
    let first = corner(&outlines[0].1, Quadrant::Strengths);
    let scale = (centre.1 - first.1) / 38.0;
    for (row, (width, pts)) in table.rows.iter().zip(&outlines) {
        for q in Quadrant::ALL {
            let total = f64::from(row.total(q).unwrap());
            let (x, y) = corner(pts, q);
            let (dx, dy) = (x - centre.0, y - centre.1);
            let (along, across) = match q {
                Quadrant::Strengths => (-dy, dx),
                Quadrant::Weaknesses => (dx, dy),
                Quadrant::Opportunities => (dy, dx),
                Quadrant::Threats => (-dx, dy),
            };
            assert!((along - scale * total).abs() <= 1.5, "{} {q:?}", row.name);
            assert!(across.abs() <= 1.0, "{} {q:?} on its spoke", row.name);
        }
        let i = table.rows.iter().position(|r| r.name == row.name).unwrap();
        assert_eq!(*width, f64::from(outline_width(i)), "{}", row.name);
    }
    assert!(outlines[0].0 > outlines.iter().skip(1).map(|o| o.0).fold(0.0, f64::max));
    // The company is drawn last, on top of the competitors.
    let position = |colour| {
        els.iter()
            .position(|e| {
                e.tag == "polyline"
                    && e.attr("stroke") == Some(hex(colour).as_str())
                    && e.attr("points")
                        .is_some_and(|p| p.split_whitespace().count() == 5)
            })
            .unwrap()
    };
    let company = position(company_colour(0, &P));
    assert!((1..table.rows.len()).all(|i| position(company_colour(i, &P)) < company));
    // The legend names everyone, the company in bold.
    assert!(texts(&els)
        .iter()
        .any(|t| t.content == "Zhixun" && t.is_bold()));
    for name in ["A", "B", "C"] {
        assert!(!text_el(&els, name).is_bold(), "{name}");
    }
}

#[test]
fn radar_leaves_out_companies_with_an_unknown_total() {
    let table = comparison(
        [&[8], &[4], &[6], &[3]],
        &[
            ("A", [&[7], &[0], &[6], &[5]]),
            ("B", [&[5], &[5], &[5], &[5]]),
        ],
    );
    let text = english();
    let els = elements(&radar_svg(&table));
    let closed = |i: usize| {
        polylines(&els, company_colour(i, &P))
            .into_iter()
            .filter(|(_, pts)| pts.len() == 5)
            .count()
    };
    assert_eq!((closed(0), closed(1), closed(2)), (1, 0, 1));
    let a = text_el(&els, &format!("A ({})", text.not_scored));
    assert_eq!(a.attr("font-style"), Some("italic"));
    assert!(has_text(&els, "B"));

    // An unscored company has no outline either, but its legend entry stays bold.
    let table = comparison([&[0], &[4], &[6], &[3]], &[("A", [&[7], &[2], &[6], &[5]])]);
    let els = elements(&radar_svg(&table));
    let company = text_el(&els, &format!("Zhixun ({})", text.not_scored));
    assert!(company.is_bold());
    assert_eq!(company.attr("fill"), Some(hex(P.muted_text).as_str()));
}

#[test]
fn the_real_demo_renders_every_company() {
    for lang in [Lang::En, Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let table = Comparison::of(&wb, "");
        let els = elements(&totals_svg(&table));
        for q in Quadrant::ALL {
            assert_eq!(bars(&els, q).len(), table.rows.len(), "{lang:?} {q:?}");
        }
        let els = elements(&radar_svg(&table));
        for i in 0..table.rows.len() {
            let outlines = polylines(&els, company_colour(i, &P));
            assert!(
                outlines.iter().any(|(_, pts)| pts.len() == 5),
                "{lang:?} row {i}"
            );
        }
    }
}
