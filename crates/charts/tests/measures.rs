//! Renders the issue-stage, value-ranking and scorecard charts to SVG and checks
//! them: a bar per stage, group or indicator in order, lengths in proportion, the
//! values written, and the notices when there is nothing to draw.

mod common;

use charts::measures::{kind_colour, stage_colour};
use charts::{
    issue_stages, scorecard_progress, value_bands, value_ranking, IssueChartText,
    ScorecardChartText, ValueBandsText, ValueChartText,
};
use common::*;
use workbook::customers::{CustomerGroup, CustomerTables};
use workbook::issues::{Issue, LogScore, Stage, Step};
use workbook::rows::Row;
use workbook::scorecard::{Indicator, IndicatorKind, ScorecardScore};
use workbook::value_score::{set_points, Criterion, ValueRanking};
use workbook::RowId;

/// Bars of `colour` below the legend strip, top to bottom.
fn bars<'a>(els: &'a [El], colours: &[plotters::style::RGBColor]) -> Vec<&'a El> {
    let colours: Vec<String> = colours.iter().map(|&c| hex(c)).collect();
    let mut out: Vec<&El> = els
        .iter()
        .filter(|e| {
            e.tag == "rect"
                && e.attr("fill")
                    .is_some_and(|f| colours.iter().any(|c| c == f))
                && e.num("y") > 30.0
                && e.num("height") > 10.0
        })
        .collect();
    out.sort_by(|a, b| {
        a.num("y")
            .total_cmp(&b.num("y"))
            .then(a.num("x").total_cmp(&b.num("x")))
    });
    out
}

fn issue_text() -> IssueChartText {
    IssueChartText {
        step_names: Step::ALL.map(|s| format!("At {s:?}")),
        walked: "Walked".into(),
        closed: "Closed".into(),
        axis: "Issues".into(),
        no_data: "No issue logged".into(),
    }
}

#[test]
fn issue_stages_are_bars_in_model_order() {
    let issue = |id, closed: &str, problem: &str| Issue {
        raised: "x".into(),
        closed: closed.into(),
        problem: problem.into(),
        ..Issue::blank(RowId(id))
    };
    let issues = [
        issue(1, "2026-11-01", ""),
        issue(2, "2026-11-02", ""),
        issue(3, "", ""),
        issue(4, "", "real problem"),
    ];
    let score = LogScore::of(&issues, &CustomerTables::default(), "2026-12-05");
    let els = elements(&render(|a| issue_stages(a, &score, &issue_text())));
    for label in ["At Problem", "At Wants", "Closed"] {
        assert!(has_text(&els, label), "{label}");
    }
    let open = bars(&els, &[stage_colour(Stage::At(Step::Problem), &P)]);
    let closed = bars(&els, &[stage_colour(Stage::Closed, &P)]);
    assert_eq!(open.len(), 2);
    assert_eq!(closed.len(), 1);
    assert!(closed[0].num("y") > open[1].num("y"), "closed last");
    let ratio = closed[0].num("width") / open[0].num("width");
    assert!(
        (ratio - 2.0).abs() < 0.1,
        "two closed, one waiting: {ratio}"
    );
    assert!(has_text(&els, "2"));

    let empty = LogScore::of(&[], &CustomerTables::default(), "2026-12-05");
    let els = elements(&render(|a| issue_stages(a, &empty, &issue_text())));
    assert!(has_text(&els, "No issue logged"));
}

fn value_text() -> ValueChartText {
    ValueChartText {
        margin: "Gross margin".into(),
        payment: "Payment record".into(),
        axis: "Points (of 40)".into(),
        not_scored: "No group scored yet".into(),
        no_data: "No customer group to score".into(),
    }
}

fn group(id: u64, name: &str) -> CustomerGroup {
    CustomerGroup {
        id: RowId(id),
        name: name.into(),
        reason: String::new(),
        tags: Vec::new(),
        customers: None,
        revenue: None,
        when: String::new(),
        at_risk: false,
        warning_sign: String::new(),
        chance: None,
        history: Vec::new(),
    }
}

#[test]
fn value_ranking_stacks_margin_and_payment() {
    let c = CustomerTables {
        current: vec![group(1, "Banks"), group(2, "Makers"), group(3, "SMEs")],
        ..CustomerTables::default()
    };
    let mut scores = Vec::new();
    for (g, m, p) in [(1, 10, 10), (2, 20, 20), (3, 5, 0)] {
        set_points(&mut scores, RowId(g), Criterion::Margin, Some(m));
        set_points(&mut scores, RowId(g), Criterion::Payment, Some(p));
    }
    let ranking = ValueRanking::of(&c, &scores);
    let els = elements(&render(|a| value_ranking(a, &ranking, &value_text())));
    let margin = bars(&els, &[P.favourable]);
    let payment = bars(&els, &[P.favourable_alt]);
    assert_eq!(margin.len(), 3);
    assert_eq!(payment.len(), 2, "no payment bar for 0 points");
    // Makers (40) on top, then Banks (20), then SMEs (5).
    let ratio = margin[0].num("width") / margin[1].num("width");
    assert!((ratio - 2.0).abs() < 0.1, "{ratio}");
    assert!((payment[0].num("x") - (margin[0].num("x") + margin[0].num("width"))).abs() < 1.5);
    for total in ["40", "20", "5"] {
        assert!(has_text(&els, total), "{total}");
    }
    assert!(has_text(&els, "Gross margin"));

    let unscored = ValueRanking::of(&c, &[]);
    let els = elements(&render(|a| value_ranking(a, &unscored, &value_text())));
    assert!(has_text(&els, "No group scored yet"));
    let none = ValueRanking::of(&CustomerTables::default(), &[]);
    let els = elements(&render(|a| value_ranking(a, &none, &value_text())));
    assert!(has_text(&els, "No customer group to score"));
}

fn bands_text() -> ValueBandsText {
    ValueBandsText {
        band_names: ["0–8", "9–16", "17–24", "25–32", "33–40"].map(String::from),
        axis: "Customers".into(),
        no_data: "No customer scored".into(),
    }
}

#[test]
fn value_bands_put_the_best_band_on_top_in_proportion() {
    let els = elements(&render(|a| {
        value_bands(a, &[0, 10, 40, 20, 5], &bands_text())
    }));
    // No legend strip here, so bars start at the top (the helper skips y ≤ 30).
    let fills = [hex(P.favourable), hex(P.favourable_alt)];
    let drawn: Vec<&El> = els
        .iter()
        .filter(|e| {
            e.tag == "rect"
                && e.attr("fill").is_some_and(|f| fills.iter().any(|c| c == f))
                && e.num("height") > 10.0
        })
        .collect();
    // Four bands with customers, best first: 5, 20, 40, 10 (the empty band has none).
    assert_eq!(drawn.len(), 4);
    let ratio = drawn[2].num("width") / drawn[1].num("width");
    assert!((ratio - 2.0).abs() < 0.1, "{ratio}");
    assert!(drawn[0].num("y") < drawn[3].num("y"));
    for label in ["33–40", "0–8", "40", "5", "Customers"] {
        assert!(has_text(&els, label), "{label}");
    }
    let els = elements(&render(|a| value_bands(a, &[0; 5], &bands_text())));
    assert!(has_text(&els, "No customer scored"));
    assert!(!els.iter().any(|e| e.tag == "rect"
        && e.attr("fill")
            .is_some_and(|f| fills.contains(&f.to_string()))));
}

fn scorecard_text() -> ScorecardChartText {
    ScorecardChartText {
        kind_names: ["Lagging".into(), "Leading".into()],
        no_kind: "No kind".into(),
        axis: "Progress to target (%)".into(),
        missing: "?".into(),
        not_measured: "No indicator measured yet".into(),
        no_data: "No indicator listed".into(),
    }
}

fn indicator(id: u64, kind: IndicatorKind, [b, t, c]: [&str; 3]) -> Indicator {
    Indicator {
        kind: Some(kind),
        name: format!("I{id}"),
        baseline: b.into(),
        target: t.into(),
        current: c.into(),
        ..Indicator::blank(RowId(id))
    }
}

#[test]
fn scorecard_bars_show_progress_to_target() {
    use IndicatorKind::{Lagging, Leading};
    let list = [
        indicator(1, Lagging, ["100", "200", "150"]),
        indicator(2, Leading, ["80", "90", "90"]),
        indicator(3, Leading, ["80", "90", "70"]),
        indicator(4, Lagging, ["1", "2", ""]),
        indicator(5, Lagging, ["0", "10", "30"]),
    ];
    let score = ScorecardScore::of(&list);
    let els = elements(&render(|a| {
        scorecard_progress(a, &score, &scorecard_text())
    }));
    let drawn = bars(
        &els,
        &[
            kind_colour(Some(Lagging), &P),
            kind_colour(Some(Leading), &P),
        ],
    );
    assert_eq!(drawn.len(), 3, "no bar for a slip or a missing figure");
    let ratio = drawn[1].num("width") / drawn[0].num("width");
    assert!((ratio - 2.0).abs() < 0.1, "100% is twice 50%: {ratio}");
    let ratio = drawn[2].num("width") / drawn[0].num("width");
    assert!(
        (ratio - 3.0).abs() < 0.1,
        "300% is drawn to the 150% edge: {ratio}"
    );
    for value in ["50%", "100%", "-100%", "300%", "?", "Lagging", "Leading"] {
        assert!(has_text(&els, value), "{value}");
    }

    let unmeasured = ScorecardScore::of(&[indicator(1, Lagging, ["1", "", ""])]);
    let els = elements(&render(|a| {
        scorecard_progress(a, &unmeasured, &scorecard_text())
    }));
    assert!(has_text(&els, "No indicator measured yet"));
    let els = elements(&render(|a| {
        scorecard_progress(a, &ScorecardScore::default(), &scorecard_text())
    }));
    assert!(has_text(&els, "No indicator listed"));
}
