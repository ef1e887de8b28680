//! Renders the disagreement chart to SVG and checks it: one row per item in the
//! order given, each team's score as a point of its own colour and shape on one
//! scale, the mean's stroke, the spread written at the right, the legend, the notice.

mod common;

use charts::merge::{team_look, Marker, MARKERS};
use charts::{merge_spreads, MergeChartText};
use common::*;
use workbook::merge::{merge, Merge, MergedItem};
use workbook::swot::SwotItem;
use workbook::{RowId, Score, Workbook};

fn english(teams: usize) -> MergeChartText {
    MergeChartText {
        team_names: (0..teams).map(|t| format!("Team {}", t + 1)).collect(),
        mean: "Mean".into(),
        spread: "spread".into(),
        score_axis: "Score (1-10)".into(),
        no_data: "Load two teams".into(),
    }
}

/// The current workbook: strengths named by `names`, all scored 5.
fn current(names: &[&str]) -> Workbook {
    let mut wb = Workbook {
        id: "wb".into(),
        ..Workbook::default()
    };
    wb.swot.strengths = names
        .iter()
        .enumerate()
        .map(|(i, n)| SwotItem::new(RowId(i as u64 + 1), *n, Some(5)))
        .collect();
    wb
}

/// Each team's copy of `base` with its strengths scored `scores[team][item]` (0 =
/// not scored), merged.
fn merged(base: &Workbook, scores: &[&[u8]]) -> Merge {
    let teams: Vec<Workbook> = scores
        .iter()
        .map(|row| {
            let mut wb = base.clone();
            for (item, &v) in wb.swot.strengths.iter_mut().zip(row.iter()) {
                item.score = Score::new(v).ok();
            }
            wb
        })
        .collect();
    let refs: Vec<&Workbook> = teams.iter().collect();
    merge(base, &refs)
}

fn svg(rows: &[(String, &MergedItem)], text: &MergeChartText) -> String {
    render(|area| merge_spreads(area, rows, text))
}

fn label(r: &MergedItem) -> (String, &MergedItem) {
    (r.item.name.text().unwrap_or("").to_string(), r)
}

/// The chart's rows as the app picks them: the largest spreads.
fn labelled(m: &Merge, n: usize) -> Vec<(String, &MergedItem)> {
    m.largest_spreads(n).into_iter().map(label).collect()
}

/// A drawn marker: its shape, fill and centre x (and y, for level checks).
#[derive(Debug)]
struct Mark {
    marker: Marker,
    fill: String,
    x: f64,
    y: f64,
}

fn polygon_points(el: &El) -> Vec<(f64, f64)> {
    el.attr("points")
        .unwrap_or("")
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').expect("x,y");
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// Every team marker drawn, legend included (the legend sits in the top 26 px).
fn marks(els: &[El]) -> Vec<Mark> {
    let fills: Vec<String> = P.series.iter().map(|c| hex(*c)).collect();
    els.iter()
        .filter(|e| e.attr("fill").is_some_and(|f| fills.iter().any(|c| c == f)))
        .filter_map(|e| {
            let fill = e.attr("fill").unwrap().to_string();
            let (marker, x, y) = match e.tag.as_str() {
                "circle" => (Marker::Circle, e.num("cx"), e.num("cy")),
                "rect" => (
                    Marker::Square,
                    e.num("x") + e.num("width") / 2.0,
                    e.num("y") + e.num("height") / 2.0,
                ),
                "polygon" => {
                    let pts = polygon_points(e);
                    let x = pts.iter().map(|p| p.0).sum::<f64>() / pts.len() as f64;
                    let ys = pts.iter().map(|p| p.1);
                    let y =
                        (ys.clone().fold(f64::MAX, f64::min) + ys.fold(f64::MIN, f64::max)) / 2.0;
                    let marker = if pts.len() == 3 {
                        Marker::Triangle
                    } else {
                        Marker::Diamond
                    };
                    (marker, x, y)
                }
                _ => return None,
            };
            Some(Mark { marker, fill, x, y })
        })
        .collect()
}

fn in_plot(marks: Vec<Mark>) -> Vec<Mark> {
    marks.into_iter().filter(|m| m.y > 30.0).collect()
}

#[test]
fn teams_points_sit_on_one_scale_in_their_own_look() {
    let base = current(&["Good trainers", "Strong brand", "Loyal clients"]);
    // Team × item; 0 = not scored.
    let scores: &[&[u8]] = &[&[9, 6, 5], &[2, 6, 0], &[4, 3, 5]];
    let m = merged(&base, scores);
    // Every row as given, one without a spread included: the chart draws what it gets.
    // (The 7S factors of a default workbook, unscored, are left out.)
    let rows: Vec<_> = m
        .rows
        .iter()
        .filter(|r| r.stats.scored > 0)
        .map(label)
        .collect();
    // Spreads: Good trainers 7, Strong brand 3, Loyal clients 0.
    let order: Vec<&str> = rows.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(order, ["Good trainers", "Strong brand", "Loyal clients"]);

    let text = english(3);
    let els = elements(&svg(&rows, &text));
    assert!(!has_text(&els, &text.no_data));
    assert!(has_text(&els, &text.score_axis));
    for name in text.team_names.iter().chain([&text.mean]) {
        assert!(has_text(&els, name), "legend {name}");
    }

    // Rows top to bottom in the order given, each label level with its points.
    let labels: Vec<&El> = order.iter().map(|l| text_el(&els, l)).collect();
    assert!(labels.windows(2).all(|w| w[0].num("y") < w[1].num("y")));

    let plotted = in_plot(marks(&els));
    let scored = scores
        .iter()
        .flat_map(|r| r.iter())
        .filter(|&&v| v > 0)
        .count();
    assert_eq!(plotted.len(), scored, "one point per team score");

    // One scale: x = x0 + score × unit, read off two points of different scores.
    let point = |team: usize, item: usize| {
        let (colour, marker) = team_look(team, &P);
        let label = labels[item];
        plotted
            .iter()
            .filter(|p| p.fill == hex(colour) && p.marker == marker)
            .min_by(|a, b| {
                (a.y - label.num("y"))
                    .abs()
                    .total_cmp(&(b.y - label.num("y")).abs())
            })
            .unwrap_or_else(|| panic!("no point of team {team} on row {item}"))
    };
    let (a, b) = (point(0, 0), point(1, 0)); // 9 and 2
    let unit = (a.x - b.x) / 7.0;
    assert!(unit > 10.0, "a score step is visible: {unit}");
    let x0 = a.x - 9.0 * unit;
    for (team, row) in scores.iter().enumerate() {
        for (item, &v) in row.iter().enumerate() {
            if v == 0 {
                continue;
            }
            let p = point(team, item);
            let want = x0 + f64::from(v) * unit;
            assert!(
                (p.x - want).abs() <= 1.5,
                "team {team} item {item}: {} vs {want}",
                p.x
            );
            // Within its row's band: nearer its own label than any other.
            let nearest = labels
                .iter()
                .enumerate()
                .min_by(|x, y| {
                    (x.1.num("y") - p.y)
                        .abs()
                        .total_cmp(&(y.1.num("y") - p.y).abs())
                })
                .unwrap()
                .0;
            assert_eq!(nearest, item, "team {team}: point on its own row");
        }
    }
    // Equal scores of different teams stay apart (Strong brand: 6, 6).
    let (p, q) = (point(0, 1), point(1, 1));
    assert!(
        (p.x - q.x).abs() < 1.0 && (p.y - q.y).abs() >= 5.0,
        "{p:?} {q:?}"
    );

    // The spreads are written, and the mean's stroke stands at the mean.
    for (spread, item) in [(7, 0), (3, 1), (0, 2)] {
        let t = text_el(&els, &format!("spread {spread}"));
        assert!(
            (t.num("y") - labels[item].num("y")).abs() <= 2.0,
            "spread {spread} level"
        );
    }
    let black = hex(P.marker);
    let strokes: Vec<&El> = els
        .iter()
        .filter(|e| e.tag == "polyline" && e.attr("stroke") == Some(black.as_str()))
        .collect();
    // One per row, and one in the legend.
    assert_eq!(strokes.len(), 4, "{strokes:?}");
    let good_mean = 5.0; // (9 + 2 + 4) / 3
    let xs: Vec<f64> = strokes.iter().map(|s| polygon_points(s)[0].0).collect();
    assert!(
        xs.iter()
            .any(|x| (x - (x0 + good_mean * unit)).abs() <= 1.5),
        "mean of Good trainers at 5: {xs:?}"
    );
}

#[test]
fn legend_has_each_teams_marker_before_its_name() {
    let base = current(&["a"]);
    let m = merged(&base, &[&[1], &[2], &[3], &[4], &[5]]);
    let text = english(5);
    let els = elements(&svg(&labelled(&m, 5), &text));
    let legend: Vec<Mark> = marks(&els).into_iter().filter(|m| m.y < 26.0).collect();
    assert_eq!(legend.len(), 5);
    for (team, name) in text.team_names.iter().enumerate() {
        let (colour, marker) = team_look(team, &P);
        let mark = legend
            .iter()
            .find(|m| m.fill == hex(colour) && m.marker == marker)
            .unwrap_or_else(|| panic!("legend marker of {name}"));
        let label = text_el(&els, name);
        assert!(
            label.num("x") > mark.x && label.num("x") - mark.x < 20.0,
            "{name}"
        );
    }
}

#[test]
fn team_looks_differ() {
    let looks: Vec<_> = (0..28).map(|t| team_look(t, &P)).collect();
    for (i, a) in looks.iter().enumerate() {
        for b in &looks[i + 1..] {
            assert_ne!(a, b);
        }
    }
    assert_eq!(team_look(0, &P), (P.series[0], MARKERS[0]));
    assert_eq!(team_look(4, &P).1, Marker::Circle);
    assert_ne!(team_look(4, &P).0, team_look(0, &P).0);
}

#[test]
fn nothing_to_compare_draws_a_notice() {
    let base = current(&["a", "b"]);
    let text = english(1);
    // One team: nothing has two scores, so nothing is ranked.
    let one = merged(&base, &[&[3, 4]]);
    for rows in [labelled(&one, 10), Vec::new()] {
        let els = elements(&svg(&rows, &text));
        assert!(has_text(&els, &text.no_data));
        assert!(has_text(&els, "0") && has_text(&els, "10"), "axis");
        assert!(marks(&els).is_empty(), "no points, no legend");
    }
}

#[test]
fn long_labels_are_shortened() {
    let long = "Trainers with twenty years of field experience in every industry we serve";
    let base = current(&[long]);
    let m = merged(&base, &[&[2], &[9]]);
    let els = elements(&svg(&labelled(&m, 10), &english(2)));
    assert!(!has_text(&els, long));
    let label = texts(&els)
        .into_iter()
        .find(|t| t.content.ends_with('…'))
        .expect("a shortened label");
    assert!(long.starts_with(label.content.trim_end_matches('…')));
}

#[test]
fn the_demo_with_three_teams_renders() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let teams: Vec<Workbook> = (0..3u8)
            .map(|t| {
                let mut copy = wb.clone();
                let items = copy.swot.strengths.iter_mut().chain(&mut copy.swot.threats);
                for (i, item) in items.enumerate() {
                    item.score = Score::new(1 + (t * 4 + i as u8) % 10).ok();
                }
                copy
            })
            .collect();
        let m = merge(&wb, &teams.iter().collect::<Vec<_>>());
        let rows = labelled(&m, 8);
        assert_eq!(rows.len(), 8, "{lang:?}");
        let els = elements(&svg(&rows, &english(3)));
        let scored: usize = rows.iter().map(|(_, r)| r.stats.scored).sum();
        assert_eq!(in_plot(marks(&els)).len(), scored, "{lang:?}");
    }
}
