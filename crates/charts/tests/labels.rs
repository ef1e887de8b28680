//! Label areas measured from their text (`charts::labels`): the rule itself for
//! Chinese and long labels, and the charts that used fixed sizes (the customer Pareto,
//! the segmentation deciles) drawn in Chinese with the rotated axis caption clear of
//! every tick label. With the old fixed sizes (52 px left, 60 px right) these fail: a
//! tick such as “1400万” and a Chinese caption do not fit in 52 px together.

mod common;

use charts::labels::{self, CAPTION_GAP, TICK_ROOM};
use charts::style::{self, size, Amounts};
use charts::{decile_bars, loss_pareto, CustomerChartText, SegmentationChartText};
use common::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use workbook::customers::{CustomerGroup, CustomerScore, CustomerTables, ReasonTag};
use workbook::segmentation::summary::{Decile, Summary, Totals};
use workbook::RowId;

/// Runs `f` on a 480×320 SVG drawing area: what the charts measure on natively.
fn with_area<T>(f: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> T) -> T {
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (480, 320)).into_drawing_area();
    f(&area)
}

fn width_of(text: &str, font: f64) -> f64 {
    with_area(|area| {
        area.estimate_text_size(text, &style::text(font, &BLACK))
            .expect("measured")
            .0 as f64
    })
}

fn height_of(text: &str, font: f64) -> f64 {
    with_area(|area| {
        area.estimate_text_size(text, &style::text(font, &BLACK))
            .expect("measured")
            .1 as f64
    })
}

#[test]
fn a_side_area_holds_its_widest_tick_and_its_caption() {
    let cases: [(&[&str], &str); 3] = [
        (
            &["0", "500万", "1000万", "1234.6万"],
            "每年流失的收入（万元）",
        ),
        (
            &["0", "2,500,000", "12,345,678"],
            "Yearly revenue lost (yuan)",
        ),
        (&["0%", "50%", "100%"], "累计占比（%）"),
    ];
    for (ticks, caption) in cases {
        let got = with_area(|area| labels::side_area(area, ticks, Some(caption))).unwrap();
        let widest = ticks
            .iter()
            .map(|t| width_of(t, size::LABEL))
            .fold(0.0, f64::max);
        let need =
            f64::from(TICK_ROOM + CAPTION_GAP) + widest + height_of(caption, size::AXIS_DESC);
        assert!(f64::from(got) >= need, "{caption}: {got} < {need}");
    }
    // The Chinese amounts and caption need more than the old fixed 52 px.
    let cjk = with_area(|area| {
        labels::side_area(area, &["0", "1234.6万"], Some("每年流失的收入（万元）"))
    })
    .unwrap();
    assert!(cjk > 52, "{cjk}");
    // No caption: no room for one.
    let bare = with_area(|area| labels::side_area(area, &["10"], None)).unwrap();
    let captioned = with_area(|area| labels::side_area(area, &["10"], Some("收入"))).unwrap();
    assert!(bare < captioned, "{bare} vs {captioned}");
}

#[test]
fn a_bottom_area_holds_its_lines_and_its_caption() {
    let names = ["第一十分位", "Decile 10"];
    let caption = "十分位（1 = 利润最高）";
    let one = with_area(|area| labels::bottom_area(area, &names, 1, Some(caption))).unwrap();
    let line = names
        .iter()
        .map(|t| height_of(t, size::LABEL))
        .fold(0.0, f64::max);
    let need = f64::from(TICK_ROOM + CAPTION_GAP) + line + height_of(caption, size::AXIS_DESC);
    assert!(f64::from(one) >= need, "{one} < {need}");
    let two = with_area(|area| labels::bottom_area(area, &names, 2, Some(caption))).unwrap();
    assert!(f64::from(two) >= f64::from(one) + line, "{two} vs {one}");
}

#[test]
fn value_ticks_are_the_mesh_key_points() {
    let ticks = labels::value_ticks(0.0, 105.0, 6, &|v| format!("{v:.0}%"));
    assert!(
        ticks.contains(&"0%".to_string()) && ticks.contains(&"100%".to_string()),
        "{ticks:?}"
    );
    assert!(ticks.len() <= 6, "{ticks:?}");
    assert!(labels::value_ticks(5.0, 5.0, 6, &|v| v.to_string()).is_empty());
}

/// The left edge of a tick label written with `text-anchor="end"`.
fn left_edge(el: &El) -> f64 {
    el.num("x") - width_of(&el.content, size::LABEL)
}

/// Asserts that every tick label left of the plot (right-aligned at the axis) starts to
/// the right of the rotated caption `caption`, which is drawn from its x rightwards.
fn caption_clear_of_left_ticks(els: &[El], caption: &str) {
    let cap = text_el(els, caption);
    assert!(
        cap.attr("transform")
            .is_some_and(|t| t.starts_with("rotate(270")),
        "{cap:?}"
    );
    let cap_right = cap.num("x") + height_of(caption, size::AXIS_DESC);
    let ticks: Vec<&El> = texts(els)
        .into_iter()
        .filter(|t| t.attr("text-anchor") == Some("end") && t.num("x") < 240.0)
        .collect();
    assert!(ticks.len() >= 3, "ticks: {ticks:?}");
    for tick in ticks {
        assert!(
            left_edge(tick) >= cap_right,
            "tick {:?} starts at {} over the caption ending at {cap_right}",
            tick.content,
            left_edge(tick)
        );
    }
}

fn chinese_customers() -> CustomerChartText {
    CustomerChartText {
        lost_axis: "每年流失的收入（万元）".into(),
        cumulative_axis: "累计占比（%）".into(),
        untagged: "无标签".into(),
        revenue_axis: "年收入".into(),
        safe: "安全".into(),
        at_risk: "有风险".into(),
        missing: "?".into(),
        no_revenue: "尚未填写收入".into(),
        no_data: "尚无客户组".into(),
        amounts: Amounts::Wan,
    }
}

fn former(id: u64, tag: u64, revenue: u64) -> CustomerGroup {
    CustomerGroup {
        id: RowId(id),
        name: format!("客户{id}"),
        reason: String::new(),
        tags: vec![RowId(tag)],
        customers: None,
        revenue: Some(revenue),
        when: String::new(),
        at_risk: false,
        warning_sign: String::new(),
        chance: None,
        history: Vec::new(),
    }
}

#[test]
fn the_chinese_pareto_keeps_both_captions_clear_of_the_ticks() {
    let tables = CustomerTables {
        former: vec![former(1, 101, 12_345_678), former(2, 102, 3_600_000)],
        tags: [(101, "价格"), (102, "服务")]
            .map(|(id, name)| ReasonTag {
                id: RowId(id),
                name: name.into(),
            })
            .to_vec(),
        ..CustomerTables::default()
    };
    let score = CustomerScore::of(&tables);
    let text = chinese_customers();
    let els = elements(&render(|area| loss_pareto(area, &score, &text)));
    assert!(has_text(&els, "1000万"), "amount ticks");
    caption_clear_of_left_ticks(&els, &text.lost_axis);

    // Right: percentages left-aligned after the axis, the caption rotated the other
    // way against the outer edge, drawn from its x leftwards.
    let cap = text_el(&els, &text.cumulative_axis);
    assert!(
        cap.attr("transform")
            .is_some_and(|t| t.starts_with("rotate(90")),
        "{cap:?}"
    );
    let cap_left = cap.num("x") - height_of(&text.cumulative_axis, size::AXIS_DESC);
    let ticks: Vec<&El> = texts(&els)
        .into_iter()
        .filter(|t| t.content.ends_with('%') && t.num("x") > 240.0)
        .collect();
    assert!(ticks.len() >= 3, "right ticks: {ticks:?}");
    for tick in ticks {
        let right = match tick.attr("text-anchor") {
            Some("end") => tick.num("x"),
            _ => tick.num("x") + width_of(&tick.content, size::LABEL),
        };
        assert!(
            right <= cap_left,
            "tick {:?} ends at {right} over {cap_left}",
            tick.content
        );
    }
}

fn chinese_segmentation() -> SegmentationChartText {
    SegmentationChartText {
        share_axis: "占总额（%）".into(),
        decile_axis: "十分位（1 = 利润最高）".into(),
        cumulative_profit: "累计利润占比（%）".into(),
        customers: "客户".into(),
        sales: "销售额".into(),
        profit: "利润".into(),
        missing: "?".into(),
        no_profit: "总利润不为正".into(),
        no_data: "尚无客户".into(),
        ..SegmentationChartText::default()
    }
}

#[test]
fn the_chinese_deciles_keep_the_caption_clear_of_the_ticks() {
    // Two loss-making deciles take the share axis below zero: ticks such as "-20%".
    let profit = [0.6, 0.25, 0.15, 0.1, 0.08, 0.05, 0.02, 0.0, -0.1, -0.15];
    let sales = [0.22, 0.16, 0.13, 0.11, 0.09, 0.08, 0.07, 0.06, 0.05, 0.03];
    let totals = |customers, s: f64, p: f64| Totals {
        customers,
        sales: s * 1e6,
        profit: p * 2e5,
        sales_share: Some(s),
        profit_share: Some(p),
    };
    let (mut cum_s, mut cum_p) = (0.0, 0.0);
    let deciles = (0..10)
        .map(|i| {
            cum_s += sales[i];
            cum_p += profit[i];
            Decile {
                totals: totals(100, sales[i], profit[i]),
                cumulative_sales_share: Some(cum_s),
                cumulative_profit_share: Some(cum_p),
            }
        })
        .collect();
    let summary = Summary {
        all: totals(1000, 1.0, 1.0),
        deciles,
        ..Summary::default()
    };
    let text = chinese_segmentation();
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    caption_clear_of_left_ticks(&els, &text.share_axis);
    // The caption under the deciles sits below their names.
    let caption = text_el(&els, &text.decile_axis);
    let name = texts(&els)
        .into_iter()
        .filter(|t| t.attr("text-anchor") == Some("middle") && t.content == "1")
        .map(|t| t.num("y"))
        .fold(f64::MIN, f64::max);
    assert!(name > 0.0, "decile names");
    assert!(
        caption.num("y") - height_of(&text.decile_axis, size::AXIS_DESC) >= name,
        "caption at {} over the names at {name}",
        caption.num("y")
    );
}
