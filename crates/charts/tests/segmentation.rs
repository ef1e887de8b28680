//! Renders the segmentation charts to SVG from hand-built summaries and checks them: ten
//! decile bars per series in proportion to their shares with the cumulative line, the
//! Lorenz curve against its diagonal with the Gini and the top-20% mark, class bars, the
//! loyalty matrix's six regions named with their counts and one point per sampled
//! customer inside its region; and the notices and edge cases (no customer, a single
//! customer, unknown shares, every point in one region, Chinese labels).

mod common;

use charts::segmentation::{
    cumulative_colour, customers_colour, equality_colour, loss_colour, loyalty_regions,
    matrix_range, profit_colour, region_colour, sales_colour, POINT_OPACITY,
};
use charts::style::{Palette, LEGEND_HEIGHT};
use charts::{
    abc_bars, decile_bars, group_bars, lorenz_curve, loyalty_matrix, tier_bars,
    SegmentationChartText,
};
use common::*;
use plotters::style::RGBColor;
use workbook::segmentation::analysis::loyalty_type;
use workbook::segmentation::{
    AbcClass, Decile, Group, LorenzPoint, LoyaltyPoint, LoyaltySettings, LoyaltyType, Summary,
    Tier, Totals,
};

fn english() -> SegmentationChartText {
    SegmentationChartText {
        share_axis: "Share of total (%)".into(),
        decile_axis: "Decile (1 = most profitable)".into(),
        cumulative_profit: "Cumulative profit".into(),
        customers: "Customers".into(),
        sales: "Sales".into(),
        profit: "Profit".into(),
        abc_names: ["A".into(), "B".into(), "C".into()],
        tier_names: [
            "VIP".into(),
            "Major".into(),
            "Ordinary".into(),
            "Small".into(),
        ],
        group_names: [
            "Keep".into(),
            "Grow".into(),
            "Prune".into(),
            "Transaction".into(),
            "Other".into(),
        ],
        lorenz_customers_axis: "Customers, least profitable first".into(),
        lorenz_profit_axis: "Cumulative profit".into(),
        lorenz: "Lorenz curve".into(),
        equality: "Perfect equality".into(),
        gini: "Gini".into(),
        top20: "Top 20%".into(),
        losses: "Loss-making deciles".into(),
        satisfaction_axis: "Satisfaction".into(),
        loyalty_axis: "Loyalty".into(),
        loyalty_names: [
            "Apostle".into(),
            "Loyalist".into(),
            "Hostage".into(),
            "Mercenary".into(),
            "Defector".into(),
            "Terrorist".into(),
        ],
        missing: "?".into(),
        no_profit: "Total profit is not positive".into(),
        no_ratings: "No ratings".into(),
        no_data: "No customers yet".into(),
    }
}

fn chinese() -> SegmentationChartText {
    SegmentationChartText {
        share_axis: "占总额 (%)".into(),
        decile_axis: "十分位 (1 = 利润最高)".into(),
        cumulative_profit: "累计利润".into(),
        customers: "客户".into(),
        sales: "销售额".into(),
        profit: "利润".into(),
        abc_names: ["A 类".into(), "B 类".into(), "C 类".into()],
        tier_names: ["贵宾".into(), "主要".into(), "普通".into(), "小".into()],
        group_names: [
            "保持".into(),
            "增长".into(),
            "剔除".into(),
            "交易".into(),
            "其他".into(),
        ],
        lorenz_customers_axis: "客户 (利润从低到高)".into(),
        lorenz_profit_axis: "累计利润".into(),
        lorenz: "洛伦兹曲线".into(),
        equality: "绝对平均".into(),
        gini: "基尼系数".into(),
        top20: "前 20%".into(),
        losses: "亏损十分位".into(),
        satisfaction_axis: "满意度".into(),
        loyalty_axis: "忠诚度".into(),
        loyalty_names: [
            "热心追随者".into(),
            "忠诚者".into(),
            "不自主者".into(),
            "唯利是图者".into(),
            "背叛者".into(),
            "恐怖分子".into(),
        ],
        missing: "?".into(),
        no_profit: "总利润不为正".into(),
        no_ratings: "没有评分".into(),
        no_data: "尚无客户".into(),
    }
}

// ---------------------------------------------------------------- summaries

/// Totals of `customers` with the given shares of sales and profit (fractions).
fn totals(customers: usize, sales: f64, profit: f64) -> Totals {
    Totals {
        customers,
        sales: sales * 1e6,
        profit: profit * 2e5,
        sales_share: Some(sales),
        profit_share: Some(profit),
    }
}

/// Deciles from (customers, sales share, profit share), with their cumulative shares.
fn deciles(rows: &[(usize, f64, f64)]) -> Vec<Decile> {
    let (mut sales, mut profit) = (0.0, 0.0);
    rows.iter()
        .map(|&(n, s, p)| {
            sales += s;
            profit += p;
            Decile {
                totals: totals(n, s, p),
                cumulative_sales_share: Some(sales),
                cumulative_profit_share: Some(profit),
            }
        })
        .collect()
}

/// The profit shares of the typical summary's deciles: concentrated at the top, a loss
/// in the last decile, summing to 1.
const PROFIT_SHARES: [f64; 10] = [0.46, 0.2, 0.12, 0.08, 0.06, 0.04, 0.03, 0.02, 0.01, -0.02];
const SALES_SHARES: [f64; 10] = [0.22, 0.16, 0.13, 0.11, 0.09, 0.08, 0.07, 0.06, 0.05, 0.03];

/// `summary` with its top 20% (decile 2's cumulative profit share, what the Lorenz
/// chart writes) making `share` of profit.
fn with_top20(mut summary: Summary, share: f64) -> Summary {
    if summary.deciles.len() < 10 {
        summary.deciles = deciles(&[(0, 0.0, 0.0); 10]);
    }
    summary.deciles[1].cumulative_profit_share = Some(share);
    summary.top20_profit_share = Some(share);
    summary
}

/// A Lorenz curve of `n + 1` points from the least profitable customer on, for profits
/// growing like the square of the rank.
fn lorenz(n: usize) -> Vec<LorenzPoint> {
    let total: f64 = (1..=n).map(|i| (i * i) as f64).sum();
    let mut sum = 0.0;
    let mut points = vec![LorenzPoint::default()];
    for i in 1..=n {
        sum += (i * i) as f64;
        points.push(LorenzPoint {
            customers: i as f64 / n as f64,
            profit: sum / total,
        });
    }
    points
}

/// Whole-number ratings spread over the whole matrix, deterministically.
fn sample(n: usize) -> Vec<LoyaltyPoint> {
    (0..n)
        .map(|i| LoyaltyPoint {
            satisfaction: ((i * 7) % 10 + 1) as f64,
            loyalty: ((i * 3 + i / 10) % 10 + 1) as f64,
        })
        .collect()
}

/// The loyalty type the analysis gives a point under `s`.
fn kind_of(s: &LoyaltySettings, p: &LoyaltyPoint) -> LoyaltyType {
    loyalty_type(p.satisfaction, p.loyalty, s)
}

/// The counts per loyalty type, as the summary lists them, for `points`.
fn loyalty_counts(s: &LoyaltySettings, points: &[LoyaltyPoint]) -> Vec<(LoyaltyType, Totals)> {
    LoyaltyType::ALL
        .iter()
        .map(|&k| {
            let n = points.iter().filter(|p| kind_of(s, p) == k).count();
            (
                k,
                Totals {
                    customers: n,
                    ..Totals::default()
                },
            )
        })
        .collect()
}

/// A thousand customers with every figure filled in.
fn typical() -> Summary {
    let rows: Vec<(usize, f64, f64)> = (0..10)
        .map(|i| (100, SALES_SHARES[i], PROFIT_SHARES[i]))
        .collect();
    let sample = sample(600);
    Summary {
        all: totals(1000, 1.0, 1.0),
        deciles: deciles(&rows),
        profit_bands: vec![3, 6, 10, 20, 30, 50, 80, 120, 200, 400],
        sales_bands: vec![12, 18, 25, 35, 50, 70, 100, 150, 230, 340],
        unprofitable: totals(60, 0.02, -0.05),
        groups: Group::ALL
            .iter()
            .zip([
                (40, 0.1, 0.45),
                (300, 0.45, 0.4),
                (80, 0.1, 0.08),
                (200, 0.15, -0.03),
                (380, 0.2, 0.1),
            ])
            .map(|(&g, (n, s, p))| (g, totals(n, s, p)))
            .collect(),
        abc: AbcClass::ALL
            .iter()
            .zip([(150, 0.75, 0.7), (300, 0.2, 0.25), (550, 0.05, 0.05)])
            .map(|(&c, (n, s, p))| (c, totals(n, s, p)))
            .collect(),
        tiers: Tier::ALL
            .iter()
            .zip([
                (10, 0.2, 0.25),
                (40, 0.3, 0.3),
                (150, 0.3, 0.3),
                (800, 0.2, 0.15),
            ])
            .map(|(&t, (n, s, p))| (t, totals(n, s, p)))
            .collect(),
        lorenz: lorenz(100),
        gini: Some(0.4967),
        top20_profit_share: Some(0.66),
        concentrated: false,
        loyalty: loyalty_counts(&LoyaltySettings::default(), &sample),
        quadrants: Vec::new(),
        loyalty_unrated: totals(400, 0.3, 0.3),
        loyalty_sample: sample,
        value: None,
    }
}

// ---------------------------------------------------------------- reading the SVG

/// Like `common::render`, at another size.
fn render_at<F>(size: (u32, u32), draw: F) -> String
where
    F: for<'a> FnOnce(
        &plotters::drawing::DrawingArea<plotters::backend::SVGBackend<'a>, plotters::coord::Shift>,
    ) -> charts::ChartResult<plotters::backend::SVGBackend<'a>>,
{
    use plotters::prelude::*;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&area).expect("chart draws");
        area.present().expect("svg written");
    }
    assert!(svg.trim_end().ends_with("</svg>") && !svg.contains("NaN"));
    svg
}

/// Filled rects of `colour` below the legend strip: the bars (the legend's swatches
/// are in the strip).
fn bars(els: &[El], colour: RGBColor) -> Vec<&El> {
    let mut bars: Vec<&El> = filled(els, "rect", colour)
        .into_iter()
        .filter(|e| e.num("y") > f64::from(LEGEND_HEIGHT))
        .collect();
    bars.sort_by(|a, b| a.num("x").total_cmp(&b.num("x")));
    bars
}

/// The points of a polyline drawn in `colour` with exactly `len` points, if any.
fn polyline(els: &[El], colour: RGBColor, len: usize) -> Option<Vec<(f64, f64)>> {
    els.iter()
        .filter(|e| e.tag == "polyline" && e.attr("stroke") == Some(hex(colour).as_str()))
        .map(|e| {
            e.attr("points")
                .unwrap()
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect::<Vec<(f64, f64)>>()
        })
        .find(|points| points.len() == len)
}

/// The scatter's points: translucent circles in the marker colour.
fn points(els: &[El]) -> Vec<&El> {
    els.iter()
        .filter(|e| {
            e.tag == "circle"
                && e.attr("fill") == Some(hex(P.marker).as_str())
                && (e.num("opacity") - POINT_OPACITY).abs() < 1e-6
        })
        .collect()
}

fn contains(rect: &El, x: f64, y: f64) -> bool {
    let (left, top) = (rect.num("x"), rect.num("y"));
    let (right, bottom) = (left + rect.num("width"), top + rect.num("height"));
    (left - 1.0..=right + 1.0).contains(&x) && (top - 1.0..=bottom + 1.0).contains(&y)
}

/// The shaded region rects of the matrix, in the order of `loyalty_regions`, found by
/// their colours and sorted into that order by position.
fn region_rects<'a>(els: &'a [El], kinds: &[LoyaltyType]) -> Vec<(LoyaltyType, &'a El)> {
    let mut out = Vec::new();
    for &kind in kinds {
        let mut same: Vec<&El> = filled(els, "rect", region_colour(kind, &P))
            .into_iter()
            .filter(|r| r.num("width") > 2.0)
            .collect();
        // Hostage (top left) and mercenary (bottom right) share the neutral shade.
        sort_reading_order(&mut same);
        let pick = match kind {
            LoyaltyType::Mercenary => same.last(),
            _ => same.first(),
        };
        out.push((kind, *pick.unwrap_or_else(|| panic!("no region {kind:?}"))));
    }
    out
}

// ---------------------------------------------------------------- deciles

#[test]
fn decile_bars_ten_per_series_in_proportion_with_the_cumulative_line() {
    let summary = typical();
    let text = english();
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    assert!(!has_text(&els, &text.no_data) && !has_text(&els, &text.no_profit));

    let profit = bars(&els, profit_colour(&P));
    let sales = bars(&els, sales_colour(&P));
    assert_eq!(profit.len(), 10, "ten profit bars");
    assert_eq!(sales.len(), 10, "ten sales bars");
    // Heights in proportion to the shares; the lossy last decile hangs below zero.
    let unit = profit[0].num("height") / PROFIT_SHARES[0];
    for (bar, share) in profit.iter().zip(PROFIT_SHARES) {
        assert!(
            (bar.num("height") - share.abs() * unit).abs() <= 1.5,
            "{share}"
        );
    }
    for (bar, share) in sales.iter().zip(SALES_SHARES) {
        assert!((bar.num("height") - share * unit).abs() <= 1.5, "{share}");
    }
    let zero = profit[0].num("y") + profit[0].num("height");
    assert!(
        (profit[9].num("y") - zero).abs() <= 1.0,
        "the loss starts at zero"
    );
    // Side by side: each decile's profit bar just left of its sales bar.
    for (p, s) in profit.iter().zip(&sales) {
        assert!(p.num("x") < s.num("x") && s.num("x") - p.num("x") < 30.0);
    }
    for d in 1..=10 {
        assert!(has_text(&els, &d.to_string()), "decile {d} named");
    }
    assert!(has_text(&els, &text.decile_axis));
    assert!(has_text(&els, &text.share_axis));
    assert!(has_text(&els, &text.cumulative_profit));
    assert!(
        !has_text(&els, "46%") && !has_text(&els, "22%"),
        "twenty bars carry no values: they would run into each other"
    );

    // The cumulative line: one point over each decile, rising, then dipping with the
    // loss, and ending on the right axis' 100% tick.
    let line = polyline(&els, cumulative_colour(&P), 10).expect("cumulative line");
    for (point, (p, s)) in line.iter().zip(profit.iter().zip(&sales)) {
        let centre = (p.num("x") + s.num("x") + s.num("width")) / 2.0;
        assert!((point.0 - centre).abs() <= 3.0, "point over its decile");
    }
    assert!(line.windows(2).take(8).all(|w| w[1].1 <= w[0].1));
    assert!(
        line[9].1 > line[8].1,
        "the loss lowers the cumulative share"
    );
    let hundred = text_el(&els, "100%");
    assert!(
        hundred.num("x") > sales[9].num("x"),
        "100% on the right axis"
    );
    assert!((line[9].1 - hundred.num("y")).abs() <= 2.0);
}

#[test]
fn loss_making_deciles_are_a_band_of_their_own() {
    // The typical summary's last decile loses money: the cumulative line passes 100%
    // at decile 9 and comes back to it at decile 10.
    let summary = typical();
    let text = english();
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    let profit = bars(&els, profit_colour(&P));
    let shade: Vec<&El> = filled(&els, "rect", loss_colour(&P))
        .into_iter()
        .filter(|r| r.num("height") > 100.0)
        .collect();
    assert_eq!(shade.len(), 1, "one band, for decile 10");
    let band = shade[0];
    let loss = &profit[9];
    assert!(
        band.num("x") <= loss.num("x")
            && band.num("x") + band.num("width") >= loss.num("x") + loss.num("width")
    );
    assert!(
        band.num("x") > profit[8].num("x") + profit[8].num("width"),
        "decile 9 is not shaded"
    );
    assert!(has_text(&els, &text.losses), "named in the legend");
    // Without a loss-making decile: no band, no legend entry.
    let mut summary = typical();
    summary.deciles[9].totals.profit = 0.0;
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    assert!(filled(&els, "rect", loss_colour(&P)).is_empty());
    assert!(!has_text(&els, &text.losses));
}

#[test]
fn deciles_of_a_few_customers_leave_the_empty_deciles_blank() {
    // Three customers: deciles 1–3 hold one each, the rest none.
    let mut rows = vec![(1, 0.5, 0.7), (1, 0.3, 0.2), (1, 0.2, 0.1)];
    rows.extend([(0, 0.0, 0.0); 7]);
    let summary = Summary {
        all: totals(3, 1.0, 1.0),
        deciles: deciles(&rows),
        ..Summary::default()
    };
    let text = english();
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    assert_eq!(bars(&els, profit_colour(&P)).len(), 3);
    assert_eq!(bars(&els, sales_colour(&P)).len(), 3);
    assert!(polyline(&els, cumulative_colour(&P), 3).is_some());
    assert!(!has_text(&els, &text.missing));
    assert!(has_text(&els, "10"), "all ten deciles still named");

    // A single customer, and a summary listing fewer than ten deciles.
    let summary = Summary {
        all: totals(1, 1.0, 1.0),
        deciles: deciles(&[(1, 1.0, 1.0)]),
        ..Summary::default()
    };
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    assert_eq!(bars(&els, profit_colour(&P)).len(), 1);
    assert_eq!(bars(&els, sales_colour(&P)).len(), 1);
    assert!(has_text(&els, "100%"));
}

#[test]
fn decile_profit_shares_unknown() {
    // Total profit not positive: no profit share anywhere, sales shares known.
    let mut summary = typical();
    for d in &mut summary.deciles {
        d.totals.profit_share = None;
        d.cumulative_profit_share = None;
    }
    let text = english();
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    assert!(bars(&els, profit_colour(&P)).is_empty());
    assert_eq!(bars(&els, sales_colour(&P)).len(), 10);
    assert!(has_text(&els, &text.no_profit), "the legend says why");
    assert!(!has_text(&els, &text.profit) && !has_text(&els, &text.cumulative_profit));
    assert!(polyline(&els, cumulative_colour(&P), 10).is_none());
    assert!(!has_text(&els, &text.missing), "no '?' on every decile");

    // One unknown share among known ones: marked, not drawn as zero.
    let mut summary = typical();
    summary.deciles[4].totals.sales_share = None;
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    assert_eq!(bars(&els, sales_colour(&P)).len(), 9);
    assert_eq!(texts(&els).iter().filter(|t| t.content == "?").count(), 1);

    // Neither sales nor profit shares: nothing to draw.
    for d in &mut summary.deciles {
        d.totals.sales_share = None;
        d.totals.profit_share = None;
    }
    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    assert!(bars(&els, sales_colour(&P)).is_empty());
    let said = texts(&els)
        .iter()
        .filter(|t| t.content == text.no_profit)
        .count();
    assert_eq!(said, 1, "as the notice only, not in the legend too");
    assert!(polyline(&els, cumulative_colour(&P), 10).is_none());
}

// ---------------------------------------------------------------- empty summary

#[test]
fn an_empty_summary_draws_every_chart_under_no_data() {
    let summary = Summary::default();
    let settings = LoyaltySettings::default();
    let text = english();
    let charts: [(&str, String); 6] = [
        ("deciles", render(|area| decile_bars(area, &summary, &text))),
        ("lorenz", render(|area| lorenz_curve(area, &summary, &text))),
        ("abc", render(|area| abc_bars(area, &summary, &text))),
        ("tiers", render(|area| tier_bars(area, &summary, &text))),
        ("groups", render(|area| group_bars(area, &summary, &text))),
        (
            "loyalty",
            render(|area| loyalty_matrix(area, &summary, &settings, &text)),
        ),
    ];
    for (name, svg) in charts {
        let els = elements(&svg);
        assert!(has_text(&els, &text.no_data), "{name}");
        for colour in [profit_colour(&P), sales_colour(&P), customers_colour(&P)] {
            assert!(bars(&els, colour).is_empty(), "{name}: no bars");
        }
        assert!(points(&els).is_empty(), "{name}: no points");
        assert!(!has_text(&els, &text.no_profit), "{name}");
    }
}

// ---------------------------------------------------------------- Lorenz

#[test]
fn lorenz_curve_against_the_diagonal_with_gini_and_top20() {
    // The deciles' top fifth makes what the curve says at 80% across.
    let summary = with_top20(typical(), 0.488);
    let text = english();
    let els = elements(&render(|area| lorenz_curve(area, &summary, &text)));
    assert!(!has_text(&els, &text.no_data) && !has_text(&els, &text.no_profit));

    // The diagonal from the plot's bottom-left corner (0%, 0%) to its top-right one
    // (100%, 100%), where the axes' ticks are.
    let (low, high) = {
        let d = polyline(&els, equality_colour(&P), 2).expect("diagonal");
        (d[0], d[1])
    };
    let ticks = |label: &str| {
        let mut t: Vec<&El> = texts(&els)
            .into_iter()
            .filter(|t| t.content == label)
            .collect();
        // The x axis' tick is the lower one.
        t.sort_by(|a, b| a.num("y").total_cmp(&b.num("y")));
        assert_eq!(t.len(), 2, "{label} on both axes");
        (t[1].num("x"), t[0].num("y"))
    };
    for (label, corner) in [("0%", low), ("100%", high)] {
        let (x, y) = ticks(label);
        assert!((x - corner.0).abs() <= 1.5, "{label} across");
        assert!((y - corner.1).abs() <= 1.5, "{label} up");
    }

    // The curve: every point, under the diagonal, from its start to its end.
    let curve = polyline(&els, profit_colour(&P), summary.lorenz.len()).expect("curve");
    assert_eq!(curve.first().copied(), Some(low));
    assert!((curve.last().unwrap().0 - high.0).abs() <= 1.0);
    assert!((curve.last().unwrap().1 - high.1).abs() <= 1.0);
    let on_diagonal = |x: f64| low.1 + (x - low.0) * (high.1 - low.1) / (high.0 - low.0);
    assert!(curve.iter().all(|p| p.1 >= on_diagonal(p.0) - 1.0));

    assert!(has_text(&els, "Gini: 0.50"));
    assert!(has_text(&els, "Top 20%: 48.8%"));
    assert!(has_text(&els, &text.lorenz) && has_text(&els, &text.equality));
    // The top-20% mark at 80% across, on the curve: 100% − 48.8% = 51.2% up.
    let x80 = low.0 + 0.8 * (high.0 - low.0);
    let mark = els
        .iter()
        .find(|e| {
            e.tag == "circle"
                && e.attr("fill") == Some(hex(cumulative_colour(&P)).as_str())
                && (e.num("cx") - x80).abs() < 3.0
        })
        .expect("top-20% mark");
    let y512 = low.1 + 0.512 * (high.1 - low.1);
    assert!((mark.num("cx") - x80).abs() <= 1.5);
    assert!((mark.num("cy") - y512).abs() <= 1.5);
    // The bracket from the mark up to 100%, as long as the top fifth's share.
    let bracket = polyline(&els, cumulative_colour(&P), 2).expect("bracket");
    assert!((bracket[0].0 - x80).abs() <= 1.5 && (bracket[1].0 - x80).abs() <= 1.5);
    assert!((bracket[1].1 - high.1).abs() <= 1.0);
}

#[test]
fn lorenz_edge_cases() {
    let text = english();
    // A single customer: the curve is the diagonal, the Gini 0.
    let summary = Summary {
        all: totals(1, 1.0, 1.0),
        lorenz: vec![
            LorenzPoint::default(),
            LorenzPoint {
                customers: 1.0,
                profit: 1.0,
            },
        ],
        gini: Some(0.0),
        ..Summary::default()
    };
    let summary = with_top20(summary, 1.0);
    let els = elements(&render(|area| lorenz_curve(area, &summary, &text)));
    let diagonal = polyline(&els, equality_colour(&P), 2).expect("diagonal");
    assert_eq!(polyline(&els, profit_colour(&P), 2), Some(diagonal));
    assert!(has_text(&els, "Gini: 0.00") && has_text(&els, "Top 20%: 100%"));
    // The top customer (the only one) is all the profit, but the curve says 80% at 80%
    // across: no mark off the curve, the figure alone.
    assert!(filled(&els, "circle", cumulative_colour(&P)).is_empty());
    assert!(polyline(&els, cumulative_colour(&P), 2).is_none());

    // Customers but no positive profit: no curve, the diagonal under a notice.
    let summary = Summary {
        all: totals(5, 1.0, 1.0),
        ..Summary::default()
    };
    let els = elements(&render(|area| lorenz_curve(area, &summary, &text)));
    assert!(has_text(&els, &text.no_profit));
    assert!(polyline(&els, equality_colour(&P), 2).is_some());
    assert!(!has_text(&els, &text.lorenz), "no curve in the legend");
    assert!(!texts(&els)
        .iter()
        .any(|t| t.content.starts_with(&text.gini)));

    // Losses first: the curve dips below zero and the axis follows it; no Gini known.
    let mut curve = lorenz(10);
    for (i, p) in curve.iter_mut().enumerate().take(10).skip(1) {
        p.profit -= 0.3 * (1.0 - (i as f64 - 5.0).abs() / 5.0);
    }
    let summary = Summary {
        all: totals(10, 1.0, 1.0),
        lorenz: curve,
        gini: None,
        ..Summary::default()
    };
    let els = elements(&render(|area| lorenz_curve(area, &summary, &text)));
    let curve = polyline(&els, profit_colour(&P), 11).expect("curve");
    assert!(has_text(&els, "-20%"), "the axis reaches below zero");
    let zero = texts(&els)
        .into_iter()
        .filter(|t| t.content == "0%")
        .map(|t| t.num("y"))
        .fold(f64::INFINITY, f64::min);
    assert!(
        curve[5].1 > zero + 5.0,
        "the dip is drawn below the 0% line"
    );
    assert!(!texts(&els)
        .iter()
        .any(|t| t.content.starts_with(&text.gini)));
    assert!(!texts(&els)
        .iter()
        .any(|t| t.content.starts_with(&text.top20)));
}

// ---------------------------------------------------------------- classes

#[test]
fn abc_and_tier_bars_customers_beside_sales() {
    let summary = typical();
    let text = english();
    let els = elements(&render(|area| abc_bars(area, &summary, &text)));
    let customers = bars(&els, customers_colour(&P));
    let sales = bars(&els, sales_colour(&P));
    assert_eq!((customers.len(), sales.len()), (3, 3));
    assert!(bars(&els, profit_colour(&P)).is_empty());
    // A: 15% of customers, 75% of sales.
    let ratio = sales[0].num("height") / customers[0].num("height");
    assert!((ratio - 5.0).abs() < 0.1, "{ratio}");
    for label in ["A", "B", "C", "15%", "75%", "30%", "20%", "55%", "5%"] {
        assert!(has_text(&els, label), "{label}");
    }
    assert!(has_text(&els, &text.customers) && has_text(&els, &text.sales));

    let els = elements(&render(|area| tier_bars(area, &summary, &text)));
    assert_eq!(bars(&els, customers_colour(&P)).len(), 4);
    assert_eq!(bars(&els, sales_colour(&P)).len(), 4);
    for label in ["VIP", "Major", "Ordinary", "Small", "1%", "80%"] {
        assert!(has_text(&els, label), "{label}");
    }

    // A class the summary does not list counts as empty, not unknown.
    let mut summary = typical();
    summary.abc.retain(|(c, _)| *c != AbcClass::B);
    let els = elements(&render(|area| abc_bars(area, &summary, &text)));
    assert_eq!(bars(&els, customers_colour(&P)).len(), 3);
    assert!(has_text(&els, "0%") && !has_text(&els, &text.missing));
}

#[test]
fn group_bars_with_a_loss_making_group() {
    let summary = typical();
    let text = english();
    let els = elements(&render(|area| group_bars(area, &summary, &text)));
    for colour in [customers_colour(&P), sales_colour(&P), profit_colour(&P)] {
        assert_eq!(bars(&els, colour).len(), 5);
    }
    let profit = bars(&els, profit_colour(&P));
    let zero = profit[0].num("y") + profit[0].num("height");
    assert!(
        (profit[3].num("y") - zero).abs() <= 1.0,
        "transaction hangs"
    );
    assert!(has_text(&els, "-3%"));
    for name in &text.group_names {
        assert!(has_text(&els, name), "{name}");
    }
    assert!(has_text(&els, "38%") && has_text(&els, "45%"));

    // A share of 0.4% needs a label wider than the bars: then no bar carries its value,
    // rather than some.
    let mut summary = typical();
    summary.groups[0].1.customers = 4;
    let els = elements(&render(|area| group_bars(area, &summary, &text)));
    assert_eq!(bars(&els, customers_colour(&P)).len(), 5);
    for value in ["0.4%", "38%", "45%", "-3%"] {
        assert!(!has_text(&els, value), "{value}");
    }
}

// ---------------------------------------------------------------- loyalty matrix

#[test]
fn loyalty_matrix_regions_counts_and_points() {
    let summary = typical();
    let settings = LoyaltySettings::default();
    let text = english();
    let els = elements(&render(|area| {
        loyalty_matrix(area, &summary, &settings, &text)
    }));

    // Every region named with its count from the summary.
    for (kind, totals) in &summary.loyalty {
        let name = &text.loyalty_names[*kind as usize];
        let label = text_el(&els, name);
        let count = texts(&els)
            .into_iter()
            .find(|t| t.content == totals.customers.to_string() && t.num("y") == label.num("y"))
            .unwrap_or_else(|| panic!("no count beside {name}"));
        assert!(count.num("x") > label.num("x"), "count after {name}");
        assert!(totals.customers > 0, "the sample fills {name}");
    }

    // One point per sampled customer, each inside its own region.
    let points = points(&els);
    assert_eq!(points.len(), summary.loyalty_sample.len());
    let regions = region_rects(&els, &LoyaltyType::ALL);
    for (point, p) in points.iter().zip(&summary.loyalty_sample) {
        let kind = kind_of(&settings, p);
        let rect = regions.iter().find(|r| r.0 == kind).unwrap().1;
        assert!(
            contains(rect, point.num("cx"), point.num("cy")),
            "{p:?} in {kind:?}"
        );
        assert!(point.num("r") <= 3.0, "small points");
    }
    // Apostles at the top right, terrorists at the bottom left.
    let apostle = regions[0].1;
    let terrorist = regions[5].1;
    assert!(apostle.num("x") > terrorist.num("x") && apostle.num("y") < terrorist.num("y"));
    for tick in ["1", "10"] {
        assert!(has_text(&els, tick));
    }
}

#[test]
fn regions_hold_the_points_the_analysis_puts_in_them() {
    // The defaults, other sensible cut-offs, and odd ones: out of order, off the scale.
    let odd = |loyalty_high, very_low, high, very_high| LoyaltySettings {
        loyalty_high,
        satisfaction_very_low: very_low,
        satisfaction_high: high,
        satisfaction_very_high: very_high,
        ..LoyaltySettings::default()
    };
    let cases = [
        LoyaltySettings::default(),
        odd(7.5, 2.0, 5.5, 8.5),
        odd(6.0, 7.0, 5.0, 4.0),
        odd(20.0, 3.0, 6.0, 9.0),
        odd(0.0, -1.0, 6.0, 11.0),
    ];
    for settings in &cases {
        let regions = loyalty_regions(settings, 0.5, 10.5);
        for s in 2..=20 {
            for l in 2..=20 {
                let p = LoyaltyPoint {
                    satisfaction: f64::from(s) / 2.0,
                    loyalty: f64::from(l) / 2.0,
                };
                let kind = kind_of(settings, &p);
                let (_, [a, b]) = regions
                    .iter()
                    .find(|r| r.0 == kind)
                    .unwrap_or_else(|| panic!("{settings:?}: no region for {p:?} ({kind:?})"));
                // Lower and left borders in, upper and right ones out (but the top and
                // right ends of the axis).
                let within = |v: f64, low: f64, high: f64| low <= v && (v < high || high == 10.5);
                assert!(
                    within(p.satisfaction, a.0, b.0) && within(p.loyalty, a.1, b.1),
                    "{settings:?}: {p:?} is {kind:?}, outside {a:?}–{b:?}"
                );
            }
        }
    }
}

#[test]
fn loyalty_matrix_all_in_one_region_and_outside_the_scale() {
    let settings = LoyaltySettings::default();
    let text = english();
    let sample: Vec<LoyaltyPoint> = (0..50)
        .map(|i| LoyaltyPoint {
            satisfaction: 9.0 + (i % 2) as f64,
            loyalty: 10.0 - (i % 3) as f64 * 0.5,
        })
        .collect();
    let summary = Summary {
        all: totals(50, 1.0, 1.0),
        loyalty: loyalty_counts(&settings, &sample),
        loyalty_sample: sample,
        ..Summary::default()
    };
    let els = elements(&render(|area| {
        loyalty_matrix(area, &summary, &settings, &text)
    }));
    assert!(has_text(&els, "50"), "the apostles' count");
    assert_eq!(
        texts(&els).iter().filter(|t| t.content == "0").count(),
        5,
        "the five other regions are named with 0"
    );
    let apostles = region_rects(&els, &[LoyaltyType::Apostle])[0].1;
    let dots = points(&els);
    assert_eq!(dots.len(), 50);
    assert!(dots
        .iter()
        .all(|p| contains(apostles, p.num("cx"), p.num("cy"))));

    // Ratings on a 0–12 scale: the axes widen to take them in.
    let sample = vec![
        LoyaltyPoint {
            satisfaction: 0.0,
            loyalty: 12.0,
        },
        LoyaltyPoint {
            satisfaction: 11.5,
            loyalty: 2.0,
        },
    ];
    assert_eq!(matrix_range(&sample), (-0.5, 12.5));
    let summary = Summary {
        all: totals(2, 1.0, 1.0),
        loyalty: loyalty_counts(&settings, &sample),
        loyalty_sample: sample,
        ..Summary::default()
    };
    let els = elements(&render(|area| {
        loyalty_matrix(area, &summary, &settings, &text)
    }));
    assert_eq!(points(&els).len(), 2);
    assert!(has_text(&els, "12") && has_text(&els, "0"));
    assert_eq!(loyalty_regions(&settings, -0.5, 12.5).len(), 6);
}

#[test]
fn loyalty_matrix_without_ratings() {
    let settings = LoyaltySettings::default();
    let text = english();
    let summary = Summary {
        all: totals(20, 1.0, 1.0),
        loyalty: loyalty_counts(&settings, &[]),
        loyalty_unrated: totals(20, 1.0, 1.0),
        ..Summary::default()
    };
    let els = elements(&render(|area| {
        loyalty_matrix(area, &summary, &settings, &text)
    }));
    assert!(has_text(&els, &text.no_ratings));
    assert!(points(&els).is_empty());
    // The regions are still there to read the notice against.
    assert_eq!(region_rects(&els, &LoyaltyType::ALL).len(), 6);
    for name in &text.loyalty_names {
        assert!(has_text(&els, name), "{name}");
    }
}

// ---------------------------------------------------------------- translation

#[test]
fn chinese_labels_pass_through() {
    let summary = with_top20(typical(), 0.488);
    let settings = LoyaltySettings::default();
    let text = chinese();

    // Natively plotters guesses a CJK character's width from its three UTF-8 bytes, far
    // wider than it is: at the tests' 480 px the apostles' five characters are shortened
    // (the browser measures them and fits them); at the 560 px or more the page gives
    // the matrix they all pass whole.
    let els = elements(&render_at((640, 420), |area| {
        loyalty_matrix(area, &summary, &settings, &text)
    }));
    for name in &text.loyalty_names {
        assert!(has_text(&els, name), "{name}");
    }
    assert!(has_text(&els, &text.satisfaction_axis) && has_text(&els, &text.loyalty_axis));
    let els = elements(&render(|area| {
        loyalty_matrix(area, &summary, &settings, &text)
    }));
    for name in &text.loyalty_names[1..] {
        assert!(has_text(&els, name), "{name}");
    }
    assert!(texts(&els)
        .iter()
        .any(|t| t.content.starts_with("热心") && t.content.ends_with('…')));

    let els = elements(&render(|area| lorenz_curve(area, &summary, &text)));
    assert!(has_text(&els, "基尼系数: 0.50") && has_text(&els, "前 20%: 48.8%"));
    assert!(has_text(&els, &text.lorenz_customers_axis));

    let els = elements(&render(|area| decile_bars(area, &summary, &text)));
    for label in [
        &text.profit,
        &text.sales,
        &text.cumulative_profit,
        &text.decile_axis,
        &text.losses,
    ] {
        assert!(has_text(&els, label), "{label}");
    }
    let els = elements(&render(|area| group_bars(area, &summary, &text)));
    for name in &text.group_names {
        assert!(has_text(&els, name), "{name}");
    }
    let els = elements(&render(|area| tier_bars(area, &summary, &text)));
    for name in &text.tier_names {
        assert!(has_text(&els, name), "{name}");
    }

    let empty = Summary::default();
    let els = elements(&render(|area| decile_bars(area, &empty, &text)));
    assert!(has_text(&els, &text.no_data));
}

#[test]
fn palette_colours_keep_series_apart() {
    let p = Palette::STANDARD;
    let colours = [customers_colour(&p), sales_colour(&p), profit_colour(&p)];
    for (i, a) in colours.iter().enumerate() {
        for b in &colours[i + 1..] {
            assert_ne!(a, b);
        }
    }
    let shades: Vec<RGBColor> = LoyaltyType::ALL
        .iter()
        .map(|k| region_colour(*k, &p))
        .collect();
    // Only hostages and mercenaries, diagonally apart, share a shade.
    assert_eq!(shades[2], shades[3]);
    let mut distinct = shades.clone();
    distinct.sort_by_key(|c| (c.0, c.1, c.2));
    distinct.dedup();
    assert_eq!(distinct.len(), 5);
}
