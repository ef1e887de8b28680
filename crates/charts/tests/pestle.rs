//! Renders the PESTLE chart to SVG and checks it: two bars per listed factor in the
//! factors' order, heights in proportion to the weights, opportunity left of threat,
//! unknown weights marked, empty factors muted, and the notices.

mod common;

use charts::pestle::{direction_colour, DIRECTION_ORDER};
use charts::{pestle_bars, PestleChartText};
use common::*;
use workbook::external::{Direction, PestleFactor, PestleItem, PestleScore};
use workbook::{RowId, Score};

use Direction::{Opportunity as O, Threat as T};
use PestleFactor::{Economic, Environmental, Legal, Political, Social, Technological};

fn english() -> PestleChartText {
    PestleChartText {
        factor_names: [
            "Political",
            "Economic",
            "Social",
            "Technological",
            "Legal",
            "Environmental",
        ]
        .map(String::from),
        opportunity: "Opportunities".into(),
        threat: "Threats".into(),
        weight_axis: "Weight".into(),
        missing: "?".into(),
        not_scored: "Nothing weighed yet".into(),
        no_data: "Nothing listed yet".into(),
    }
}

/// Items of (factor, direction, impact, likelihood); 0 stands for "not scored".
type Rows<'a> = &'a [(PestleFactor, Option<Direction>, u8, u8)];

fn score(rows: Rows) -> PestleScore {
    let items: Vec<PestleItem> = rows
        .iter()
        .enumerate()
        .map(|(i, &(factor, direction, impact, likelihood))| PestleItem {
            id: RowId(i as u64 + 1),
            factor,
            text: format!("item {i}"),
            direction,
            impact: Score::new(impact).ok(),
            likelihood: Score::new(likelihood).ok(),
        })
        .collect();
    PestleScore::of(&items)
}

fn svg(score: &PestleScore) -> String {
    render(|area| pestle_bars(area, score, &english()))
}

/// The bars of one direction, left to right (legend swatches are in the strip on top).
fn bars(els: &[El], direction: Direction) -> Vec<&El> {
    let mut bars: Vec<&El> = filled(els, "rect", direction_colour(direction, &P))
        .into_iter()
        .filter(|e| e.num("y") > 30.0)
        .collect();
    bars.sort_by(|a, b| a.num("x").total_cmp(&b.num("x")));
    bars
}

/// The label written for `name` under its group: the name itself, or the start of it
/// with an ellipsis where the group is too narrow ("Technol…").
fn name_el<'a>(els: &'a [El], name: &str) -> &'a El {
    texts(els)
        .into_iter()
        .find(|t| {
            t.content == name
                || t.content
                    .strip_suffix('…')
                    .is_some_and(|start| !start.is_empty() && name.starts_with(start))
        })
        .unwrap_or_else(|| panic!("no label for {name:?}"))
}

fn bottom(e: &El) -> f64 {
    e.num("y") + e.num("height")
}

#[test]
fn bars_stand_in_proportion_to_the_weights() {
    // Political 5.6 vs 4.2; Economic 4.9 vs 5.6; Social 4.8 vs 4.2; Technological 6.3
    // vs 4.2; Legal 2.4 vs 4.5; Environmental 4.2 vs 1.6 (the demo's figures).
    let rows: Rows = &[
        (Political, Some(O), 7, 8),
        (Political, Some(T), 6, 7),
        (Economic, Some(T), 8, 7),
        (Economic, Some(O), 7, 7),
        (Social, Some(O), 6, 8),
        (Social, Some(T), 6, 7),
        (Technological, Some(O), 7, 9),
        (Technological, Some(T), 7, 6),
        (Legal, Some(T), 5, 9),
        (Legal, Some(O), 4, 6),
        (Environmental, Some(O), 6, 7),
        (Environmental, Some(T), 4, 4),
    ];
    let score = score(rows);
    let text = english();
    let els = elements(&svg(&score));
    assert!(!has_text(&els, &text.no_data) && !has_text(&els, &text.not_scored));
    assert!(has_text(&els, &text.opportunity) && has_text(&els, &text.threat));
    assert!(has_text(&els, &text.weight_axis));

    let (opps, threats) = (bars(&els, O), bars(&els, T));
    assert_eq!((opps.len(), threats.len()), (6, 6));
    // One scale for every bar, from one baseline.
    let base = bottom(opps[0]);
    let scale = opps[0].num("height") / score.factors[0].opportunity.unwrap();
    for (i, factor) in score.factors.iter().enumerate() {
        for (bar, weight) in [(opps[i], factor.opportunity), (threats[i], factor.threat)] {
            let weight = weight.unwrap();
            assert!(
                (bottom(bar) - base).abs() <= 1.0,
                "{:?} baseline",
                factor.factor
            );
            assert!(
                (bar.num("height") - scale * weight).abs() <= 1.5,
                "{:?}: height {} for {weight}",
                factor.factor,
                bar.num("height")
            );
        }
        // Opportunity left of threat, both under the factor's name.
        assert!(
            opps[i].num("x") < threats[i].num("x"),
            "{:?}",
            factor.factor
        );
        let name = name_el(&els, &text.factor_names[i]);
        let (left, right) = (
            opps[i].num("x"),
            threats[i].num("x") + threats[i].num("width"),
        );
        assert!(
            name.num("x") > left && name.num("x") < right,
            "{:?}",
            factor.factor
        );
        assert!(
            name.num("y") >= base,
            "{:?} name under the bars",
            factor.factor
        );
        // Weights are written above their bars, one decimal.
        for (bar, weight) in [(opps[i], factor.opportunity), (threats[i], factor.threat)] {
            let label = charts::style::format_mean(weight.unwrap());
            let centre = bar.num("x") + bar.num("width") / 2.0;
            assert!(
                texts(&els).iter().any(|t| t.content == label
                    && t.is_bold()
                    && (t.num("x") - centre).abs() <= 1.5
                    && t.num("y") <= bar.num("y")),
                "{:?}: no {label} above its bar",
                factor.factor
            );
        }
    }
    // Heights are ordered as the weights: the heaviest side is the tallest bar.
    let mut by_weight: Vec<(f64, f64)> = score
        .factors
        .iter()
        .zip(opps.iter().zip(&threats))
        .flat_map(|(f, (o, t))| {
            [
                (f.opportunity.unwrap(), o.num("height")),
                (f.threat.unwrap(), t.num("height")),
            ]
        })
        .collect();
    by_weight.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(by_weight.windows(2).all(|w| w[0].1 <= w[1].1 + 0.5));
    assert_eq!(
        DIRECTION_ORDER,
        [O, T],
        "the legend and bar order the test reads"
    );
}

#[test]
fn unknown_weights_are_marked_and_empty_factors_muted() {
    // Political: a weighed opportunity, a threat without impact (unknown).
    // Economic: nothing. Social: only an item without direction (listed, not weighed).
    // Others: nothing.
    let rows: Rows = &[
        (Political, Some(O), 5, 6),
        (Political, Some(T), 0, 6),
        (Social, None, 8, 8),
    ];
    let score = score(rows);
    let text = english();
    let els = elements(&svg(&score));
    let (opps, threats) = (bars(&els, O), bars(&els, T));
    // Political's opportunity, and Social's two zero weights (it lists an item, so its
    // zeros are findings); no bar for the unknown threat or for the empty factors.
    assert_eq!(opps.len(), 2, "{opps:?}");
    assert_eq!(threats.len(), 1, "{threats:?}");
    assert!(opps[1].num("height") < 0.5 && threats[0].num("height") < 0.5);
    let marks: Vec<&El> = texts(&els)
        .into_iter()
        .filter(|t| t.content == text.missing)
        .collect();
    assert_eq!(marks.len(), 1, "one unknown weight");
    assert!(
        marks[0].num("x") > opps[0].num("x"),
        "right of the opportunity"
    );
    assert!(marks[0].attr("font-style") == Some("italic"));
    // Listed factors are named in the text colour, empty ones muted.
    for (i, name) in text.factor_names.iter().enumerate() {
        let listed = matches!(i, 0 | 2);
        let colour = if listed { P.text } else { P.muted_text };
        assert_eq!(
            name_el(&els, name).attr("fill"),
            Some(hex(colour).as_str()),
            "{name}"
        );
    }
}

#[test]
fn empty_and_unweighed_worksheets_draw_a_notice() {
    let text = english();
    let cases: [(Rows, &str); 3] = [
        (&[], &text.no_data),
        // An item with text only is listed, though it weighs nothing.
        (&[(Legal, None, 0, 0)], &text.not_scored),
        (
            &[(Legal, Some(T), 0, 4), (Economic, None, 5, 5)],
            &text.not_scored,
        ),
    ];
    for (rows, notice) in cases {
        let els = elements(&svg(&score(rows)));
        assert!(has_text(&els, notice), "{rows:?}: {notice}");
        assert!(bars(&els, O).is_empty() && bars(&els, T).is_empty());
        assert!(!has_text(&els, &text.opportunity), "{rows:?}: legend drawn");
        // The frame still names every factor.
        for name in &text.factor_names {
            name_el(&els, name);
        }
    }
}

#[test]
fn the_real_demo_renders_its_own_weights() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let score = PestleScore::of(&wb.pestle);
        let els = elements(&svg(&score));
        let drawn = bars(&els, O).len() + bars(&els, T).len();
        let listed = score.factors.iter().filter(|f| !f.is_empty()).count();
        assert_eq!(drawn, 2 * listed, "{lang:?}");
        assert!(listed > 0);
    }
}
