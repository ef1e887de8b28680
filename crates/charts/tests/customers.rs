//! Renders the customer charts to SVG and checks them: the Pareto's bars in order of
//! revenue lost with their amounts, its cumulative line rising to the 100% level on the
//! right axis; the at-risk chart's two bars in proportion with their shares; notices
//! for empty tables and unknown revenue.

mod common;

use charts::customers::{cumulative_colour, loss_colour};
use charts::style::{format_amount, Amounts};
use charts::{loss_pareto, revenue_at_risk, CustomerChartText};
use common::*;
use workbook::customers::{CustomerGroup, CustomerScore, CustomerTables, ReasonTag};
use workbook::{RowId, Score};

fn english() -> CustomerChartText {
    CustomerChartText {
        lost_axis: "Revenue lost".into(),
        cumulative_axis: "Cumulative %".into(),
        untagged: "No tag".into(),
        revenue_axis: "Revenue".into(),
        safe: "Safe".into(),
        at_risk: "At risk".into(),
        missing: "?".into(),
        no_revenue: "No revenue entered".into(),
        no_data: "No groups yet".into(),
        amounts: Amounts::Thousands,
    }
}

/// A group from (tags, revenue, at risk); revenue 0 stands for "not entered".
fn group(id: u64, tags: &[u64], revenue: u64, at_risk: bool) -> CustomerGroup {
    CustomerGroup {
        id: RowId(id),
        name: format!("g{id}"),
        reason: "why".into(),
        tags: tags.iter().copied().map(RowId).collect(),
        customers: None,
        revenue: (revenue > 0).then_some(revenue),
        when: String::new(),
        at_risk,
        warning_sign: String::new(),
        chance: Score::new(5).ok(),
        history: Vec::new(),
    }
}

fn tables(former: &[(&[u64], u64)], current: &[(u64, bool)]) -> CustomerTables {
    CustomerTables {
        former: former
            .iter()
            .enumerate()
            .map(|(i, &(tags, revenue))| group(i as u64 + 1, tags, revenue, false))
            .collect(),
        current: current
            .iter()
            .enumerate()
            .map(|(i, &(revenue, risk))| group(i as u64 + 50, &[], revenue, risk))
            .collect(),
        potential: Vec::new(),
        blacklist: Vec::new(),
        tags: [(101, "Price"), (102, "Service"), (103, "Quality")]
            .map(|(id, name)| ReasonTag {
                id: RowId(id),
                name: name.into(),
            })
            .to_vec(),
    }
}

/// The bars: filled rects in the given colours, left to right.
fn bars<'a>(els: &'a [El], colours: &[plotters::style::RGBColor]) -> Vec<&'a El> {
    let mut bars: Vec<&El> = colours
        .iter()
        .flat_map(|c| filled(els, "rect", *c))
        .filter(|e| e.num("width") > 10.0)
        .collect();
    bars.sort_by(|a, b| a.num("x").total_cmp(&b.num("x")));
    bars
}

#[test]
fn pareto_bars_and_cumulative_line() {
    // Price 300; Service and Quality 100 each (a two-tag group shares its 200);
    // untagged 100; a Quality group without revenue adds nothing.
    let t = tables(
        &[(&[101], 300), (&[102, 103], 200), (&[], 100), (&[103], 0)],
        &[],
    );
    let score = CustomerScore::of(&t);
    let text = english();
    let els = elements(&render(|area| loss_pareto(area, &score, &text)));
    assert!(!has_text(&els, &text.no_data) && !has_text(&els, &text.no_revenue));

    let lines = &score.loss_reasons;
    assert_eq!(lines.len(), 4);
    let bars = bars(&els, &[loss_colour(true, &P), loss_colour(false, &P)]);
    assert_eq!(bars.len(), lines.len());
    // Left to right in the score's order, heights in proportion to revenue lost.
    let unit = bars[0].num("height") / lines[0].revenue_lost as f64;
    for (bar, line) in bars.iter().zip(lines) {
        let want = line.revenue_lost as f64 * unit;
        assert!((bar.num("height") - want).abs() <= 1.5, "{}", line.name);
        let colour = loss_colour(line.tag.is_some(), &P);
        assert_eq!(
            bar.attr("fill"),
            Some(hex(colour).as_str()),
            "{}",
            line.name
        );
        assert!(has_text(&els, &format_amount(line.revenue_lost as f64)));
    }
    assert!(has_text(&els, &text.untagged));
    assert!(has_text(&els, "Price"));

    // The cumulative line: one point per bar, over the bar's centre, rising to the
    // level of the right axis' 100% tick.
    let line = els
        .iter()
        .find(|e| {
            e.tag == "polyline" && e.attr("stroke") == Some(hex(cumulative_colour(&P)).as_str())
        })
        .expect("cumulative line");
    let points: Vec<(f64, f64)> = line
        .attr("points")
        .unwrap()
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
    assert_eq!(points.len(), lines.len());
    for (p, bar) in points.iter().zip(&bars) {
        let centre = bar.num("x") + bar.num("width") / 2.0;
        assert!((p.0 - centre).abs() <= 2.0, "point over its bar");
    }
    assert!(
        points.windows(2).all(|w| w[1].1 <= w[0].1),
        "line never falls"
    );
    let hundred = text_el(&els, "100%");
    assert!(
        hundred.num("x") > bars.last().unwrap().num("x"),
        "100% on the right axis"
    );
    assert!((points.last().unwrap().1 - hundred.num("y")).abs() <= 2.0);
    assert!(has_text(&els, "0%"));
    assert!(has_text(&els, &text.cumulative_axis));
}

#[test]
fn pareto_notices() {
    let text = english();
    let cases = [
        (tables(&[], &[]), &text.no_data),
        (tables(&[(&[101], 0)], &[]), &text.no_revenue),
    ];
    for (t, notice) in cases {
        let score = CustomerScore::of(&t);
        let els = elements(&render(|area| loss_pareto(area, &score, &text)));
        assert!(has_text(&els, notice), "{notice}");
        assert!(bars(&els, &[loss_colour(true, &P), loss_colour(false, &P)]).is_empty());
        assert!(!els.iter().any(|e| e.tag == "polyline"
            && e.attr("stroke") == Some(hex(cumulative_colour(&P)).as_str())));
    }
}

#[test]
fn revenue_split_safe_and_at_risk() {
    let t = tables(&[], &[(300_000, false), (100_000, true), (0, true)]);
    let score = CustomerScore::of(&t);
    let text = english();
    let els = elements(&render(|area| revenue_at_risk(area, &score, &text)));
    let bars = bars(&els, &[P.favourable, P.unfavourable]);
    assert_eq!(bars.len(), 2);
    assert_eq!(
        bars[0].attr("fill"),
        Some(hex(P.favourable).as_str()),
        "safe first"
    );
    let ratio = bars[0].num("height") / bars[1].num("height");
    assert!((ratio - 3.0).abs() < 0.05, "{ratio}");
    assert!(has_text(&els, "300k (75%)") && has_text(&els, "100k (25%)"));
    assert!(has_text(&els, &text.safe) && has_text(&els, &text.at_risk));
    // Chinese readers count in 万: the same bars, labelled so.
    let wan = CustomerChartText {
        amounts: Amounts::Wan,
        ..english()
    };
    let els_wan = elements(&render(|area| revenue_at_risk(area, &score, &wan)));
    assert!(has_text(&els_wan, "30万 (75%)") && has_text(&els_wan, "10万 (25%)"));

    // At-risk groups without revenue: the part is unknown, not zero, and no share is
    // claimed for the safe part.
    let t = tables(&[], &[(300_000, false), (0, true)]);
    let score = CustomerScore::of(&t);
    let els = elements(&render(|area| revenue_at_risk(area, &score, &text)));
    assert_eq!(split_bars(&els).len(), 1);
    assert!(has_text(&els, "300k") && has_text(&els, &text.missing));

    for (t, notice) in [
        (tables(&[], &[]), &text.no_data),
        (tables(&[], &[(0, false)]), &text.no_revenue),
    ] {
        let score = CustomerScore::of(&t);
        let els = elements(&render(|area| revenue_at_risk(area, &score, &text)));
        assert!(has_text(&els, notice), "{notice}");
        assert!(split_bars(&els).is_empty());
    }
}

fn split_bars(els: &[El]) -> Vec<&El> {
    bars(els, &[P.favourable, P.unfavourable])
}

#[test]
fn the_real_demo_renders_both_charts() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let score = CustomerScore::of(&wb.customers);
        let text = english();
        let els = elements(&render(|area| loss_pareto(area, &score, &text)));
        let n = bars(&els, &[loss_colour(true, &P), loss_colour(false, &P)]).len();
        assert_eq!(n, score.loss_reasons.len(), "{lang:?}");
        assert!(n > 0);
        let els = elements(&render(|area| revenue_at_risk(area, &score, &text)));
        assert_eq!(split_bars(&els).len(), 2, "{lang:?}");
    }
}
