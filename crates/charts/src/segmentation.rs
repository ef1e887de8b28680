//! The customer-segmentation and loyalty charts (METHOD.md §5–6), drawn from the
//! [`Summary`] the workbook keeps: the purchase-decile Pareto, the Lorenz curve of
//! profit, customers against sales per ABC class, tier and relationship group, and the
//! satisfaction × loyalty matrix with its six regions.
//!
//! Shares in the summary are fractions (0–1), as [`LorenzPoint`] documents; every chart
//! shows them as percentages.

use std::iter;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::segmentation::{
    AbcClass, Decile, Group, LorenzPoint, LoyaltyPoint, LoyaltySettings, LoyaltyType, Summary,
    Tier, Totals,
};

use crate::error::ChartResult;
use crate::labels;
use crate::style::{self, okabe_ito, size, GroupCoord, Palette};

/// Labels of the segmentation charts, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SegmentationChartText {
    /// Caption of the bar charts' value axis, e.g. "Share of total (%)".
    pub share_axis: String,
    /// Caption under the decile chart, e.g. "Decile (1 = most profitable)".
    pub decile_axis: String,
    /// Caption of the decile chart's right axis and legend name of its line, e.g.
    /// "Cumulative profit (%)".
    pub cumulative_profit: String,
    /// Series names: share of customers, of sales and of profit.
    pub customers: String,
    pub sales: String,
    pub profit: String,
    /// Names of the ABC classes, in [`AbcClass::ALL`] order, e.g. "A", "B", "C".
    pub abc_names: [String; 3],
    /// Names of the tiers, in [`Tier::ALL`] order.
    pub tier_names: [String; 4],
    /// Names of the relationship groups, in [`Group::ALL`] order.
    pub group_names: [String; 5],
    /// Captions of the Lorenz chart, e.g. "Customers, least profitable first (%)" and
    /// "Cumulative profit (%)".
    pub lorenz_customers_axis: String,
    pub lorenz_profit_axis: String,
    /// Legend names of the Lorenz curve and of the diagonal, e.g. "Lorenz curve",
    /// "Perfect equality".
    pub lorenz: String,
    pub equality: String,
    /// Written before the Gini coefficient, e.g. "Gini".
    pub gini: String,
    /// Written before the share of profit the most profitable fifth makes, e.g. "Top 20%".
    pub top20: String,
    /// Legend name of the band shading the loss-making deciles, e.g. "Loss-making
    /// deciles".
    pub losses: String,
    /// Captions of the loyalty matrix, e.g. "Satisfaction (1–10)", "Loyalty (1–10)".
    pub satisfaction_axis: String,
    pub loyalty_axis: String,
    /// Names of the loyalty types, in [`LoyaltyType::ALL`] order.
    pub loyalty_names: [String; 6],
    /// Written where a bar's share is unknown, e.g. "?".
    pub missing: String,
    /// Written when total profit is zero or negative, so no profit share exists.
    pub no_profit: String,
    /// Written across the loyalty matrix when customers exist but none is rated.
    pub no_ratings: String,
    /// Written across a chart when there is no customer at all.
    pub no_data: String,
}

/// The colour of the customer-count series: bluish green, apart from the two blues of
/// money so that "how many" never reads as "how much".
pub fn customers_colour(_palette: &Palette) -> RGBColor {
    okabe_ito::BLUISH_GREEN
}

/// The colour of the sales series: the lighter favourable blue.
pub fn sales_colour(palette: &Palette) -> RGBColor {
    palette.favourable_alt
}

/// The colour of the profit series (bars and the Lorenz curve): the stronger blue, since
/// profit is what the segmentation ranks by.
pub fn profit_colour(palette: &Palette) -> RGBColor {
    palette.favourable
}

/// The colour of the decile chart's cumulative line and of the Lorenz chart's top-20%
/// mark: the palette's marker, which stands apart from every bar.
pub fn cumulative_colour(palette: &Palette) -> RGBColor {
    palette.marker
}

/// The shading of the decile chart's loss-making deciles: the unfavourable tint, a
/// band of its own behind the bars.
pub fn loss_colour(palette: &Palette) -> RGBColor {
    palette.unfavourable_tint
}

/// The colour of the Lorenz chart's diagonal: neutral grey, a reference rather than data.
pub fn equality_colour(_palette: &Palette) -> RGBColor {
    style::UNDECIDED
}

/// The light shading of a loyalty region: blues for the loyal and satisfied (stronger
/// for apostles), oranges for those who leave unhappy (stronger for terrorists), neutral
/// grey for hostages and mercenaries, whose loyalty and satisfaction disagree.
pub fn region_colour(kind: LoyaltyType, palette: &Palette) -> RGBColor {
    match kind {
        LoyaltyType::Apostle => style::tint(okabe_ito::SKY_BLUE, 34),
        LoyaltyType::Loyalist => palette.favourable_tint,
        LoyaltyType::Hostage | LoyaltyType::Mercenary => palette.neutral_tint,
        LoyaltyType::Defector => palette.unfavourable_tint,
        LoyaltyType::Terrorist => style::tint(okabe_ito::ORANGE, 34),
    }
}

/// Opacity of a scatter point: low, so that where many customers share a spot it
/// darkens and the density shows.
pub const POINT_OPACITY: f64 = 0.35;
/// Radius of a scatter point, in pixels.
pub const POINT_RADIUS: u32 = 3;

/// A share as a percentage, `None` when it is missing or not a number.
fn percent(share: Option<f64>) -> Option<f64> {
    share.map(|s| s * 100.0).filter(|p| p.is_finite())
}

/// A percentage for a label: whole from 10% up, where a decimal adds width but no
/// insight; one decimal below, so a small share does not read "0%".
fn percent_label(value: f64) -> String {
    let text = if value.abs() >= 9.95 {
        format!("{value:.0}")
    } else {
        style::format_mean(value)
    };
    // A tiny loss rounds to "-0".
    let text = if text == "-0" { "0".to_string() } else { text };
    format!("{text}%")
}

// ---------------------------------------------------------------- bar charts

/// One bar of a share chart.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cell {
    /// Nothing to show (a decile without customers): no bar and no mark.
    Empty,
    /// Customers but no share (total not positive): a "missing" mark, never a zero bar.
    Missing,
    /// A share in percent.
    Share(f64),
}

impl Cell {
    fn of(share: Option<f64>) -> Cell {
        percent(share).map_or(Cell::Missing, Cell::Share)
    }

    fn value(self) -> Option<f64> {
        match self {
            Cell::Share(v) => Some(v),
            _ => None,
        }
    }
}

/// A series of a share chart: one cell per category.
struct Series<'a> {
    name: &'a str,
    colour: RGBColor,
    cells: Vec<Cell>,
    /// Whether this is the profit series, whose absence [`SegmentationChartText::no_profit`]
    /// explains.
    profit: bool,
}

impl Series<'_> {
    fn has_values(&self) -> bool {
        self.cells.iter().any(|c| c.value().is_some())
    }
}

/// What a share chart shows.
struct ShareChart<'a> {
    categories: Vec<&'a str>,
    /// Caption under the categories, if any.
    caption: Option<&'a str>,
    series: Vec<Series<'a>>,
    /// A line on a secondary 0–100 % axis (the cumulative profit share), one point per
    /// category centre.
    line: Option<Series<'a>>,
    /// Whether bars carry their value: not when there are so many that the numbers
    /// would run into each other (the deciles; their axis and the page's table say it).
    values: bool,
    /// Categories shaded from the bottom of the plot to its top, and the shading's
    /// legend name (the loss-making deciles): none, or some and a name.
    shaded: Vec<usize>,
    shade_name: Option<&'a str>,
}

/// The range of a percentage axis holding `values` and zero: from 0 (or below the most
/// negative value, rounded out to a multiple of 5) up past the largest value, at least to
/// `floor`, with room for the value written beyond the longest bar either way when
/// bars carry values.
fn share_range(values: impl Iterator<Item = f64>, floor: u32, with_values: bool) -> (f64, f64) {
    let (low, high) = values.fold((0.0_f64, 0.0_f64), |(l, h), v| (l.min(v), h.max(v)));
    let top = style::axis_top(high, floor);
    let bottom = if low < 0.0 {
        // A loss is usually small next to the top: room of a sixteenth of the range
        // keeps its value clear of the axis below.
        let room = if with_values { top / 16.0 } else { 0.0 };
        -style::axis_top(-low + room, 0)
    } else {
        0.0
    };
    (bottom, top)
}

/// Moves the bottom of one of two ranges down so that zero sits at the same height on
/// both axes: bars rise from the left axis' zero, and the line must not seem to cross
/// zero where it does not.
fn align_zero(a: (f64, f64), b: (f64, f64)) -> ((f64, f64), (f64, f64)) {
    let ratio = |(low, high): (f64, f64)| -low / (high - low);
    let r = ratio(a).max(ratio(b));
    let lower = |(low, high): (f64, f64)| {
        if ratio((low, high)) < r {
            (-r * high / (1.0 - r), high)
        } else {
            (low, high)
        }
    };
    (lower(a), lower(b))
}

/// How many ticks a share axis asks for: up to eight keeps 10- or 20-point steps when
/// the axis reaches below zero.
const SHARE_TICKS: usize = 8;

/// Tick labels of a percentage axis.
fn percent_tick(value: &f64) -> String {
    format!("{value:.0}%")
}

/// Draws `chart`'s data on `area`: a legend strip on top, the bars of each series side by
/// side per category (value written on a bar wide enough to carry it), and the line, if
/// any, on its own axis on the right. Series without any share are left out; when the
/// profit series is among them the legend says [`SegmentationChartText::no_profit`]. With
/// no customer the axes are drawn under [`SegmentationChartText::no_data`].
fn share_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    summary: &Summary,
    chart: ShareChart<'_>,
    text: &SegmentationChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let has_customers = summary.all.customers > 0;
    let profit_dropped = chart.series.iter().any(|s| s.profit && !s.has_values());
    let series: Vec<&Series> = if has_customers {
        chart.series.iter().filter(|s| s.has_values()).collect()
    } else {
        Vec::new()
    };
    let line = chart
        .line
        .as_ref()
        .filter(|l| !series.is_empty() && l.has_values());

    let values = series
        .iter()
        .flat_map(|s| s.cells.iter().filter_map(|c| c.value()));
    let mut primary = share_range(values, 10, chart.values);
    let mut secondary = (0.0, 105.0);
    if let Some(line) = line {
        let values = line.cells.iter().filter_map(|c| c.value());
        let (low, high) = values.fold((0.0_f64, 100.0_f64), |(l, h), v| (l.min(v), h.max(v)));
        // A little room above the highest point keeps it whole; a negative cumulative
        // share (losses first) rounds out like the bars.
        let low = if low < 0.0 {
            -style::axis_top(-low, 0)
        } else {
            0.0
        };
        let own = (low, high + 5.0);
        // When the bars' axis already covers the line's, one scale serves both, so a
        // bar and a point of the same share stand at the same height.
        let own = if primary.0 <= own.0 && primary.1 >= own.1 {
            primary
        } else {
            own
        };
        (primary, secondary) = align_zero(primary, own);
    }

    let count = chart.categories.len().max(1);
    // Every label area measured from the text it holds (crate::labels): in Chinese the
    // captions are taller and the ticks no narrower, and fixed sizes drew them over
    // each other.
    let left_ticks = labels::value_ticks(primary.0, primary.1, SHARE_TICKS, &percent_tick);
    let left = labels::side_area(&body, &left_ticks, Some(&text.share_axis))?;
    let right = match line {
        Some(_) => {
            let ticks = labels::value_ticks(secondary.0, secondary.1, SHARE_TICKS, &percent_tick);
            labels::side_area(&body, &ticks, Some(&text.cumulative_profit))?
        }
        None => 0,
    };
    let bottom = labels::bottom_area(&body, &chart.categories, 1, chart.caption)?;
    let mut ctx = ChartBuilder::on(&body)
        .margin(12)
        .margin_top(4)
        .x_label_area_size(bottom)
        .y_label_area_size(left)
        .right_y_label_area_size(right)
        .build_cartesian_2d(0.0..count as f64, primary.0..primary.1)?
        .set_secondary_coord(0.0..count as f64, secondary.0..secondary.1);
    // Behind everything, the grid included, so the shading reads as a band.
    let shaded: Vec<usize> = if series.is_empty() {
        Vec::new()
    } else {
        chart
            .shaded
            .iter()
            .copied()
            .filter(|&i| i < count)
            .collect()
    };
    let shade = loss_colour(palette);
    ctx.draw_series(shaded.iter().map(|&i| {
        Rectangle::new(
            [(i as f64, primary.0), (i as f64 + 1.0, primary.1)],
            shade.filled(),
        )
    }))?;
    let mut mesh = ctx.configure_mesh();
    mesh.disable_x_mesh()
        .x_labels(0)
        .y_labels(SHARE_TICKS)
        .y_label_formatter(&percent_tick)
        .light_line_style(TRANSPARENT)
        .y_desc(text.share_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid);
    if let Some(caption) = chart.caption {
        mesh.x_desc(caption);
    }
    mesh.draw()?;
    if line.is_some() {
        ctx.configure_secondary_axes()
            .x_labels(0)
            .y_labels(SHARE_TICKS)
            .y_label_formatter(&percent_tick)
            .y_desc(text.cumulative_profit.as_str())
            .label_style(style::text(size::LABEL, &palette.text))
            .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
            .axis_style(palette.axis)
            .draw()?;
    }

    // Category names under the plot, shortened to their category's width.
    let group_width = ctx.plotting_area().dim_in_pixel().0 / count as u32;
    let name_style = style::anchored(
        style::text(size::LABEL, &palette.text),
        HPos::Center,
        VPos::Top,
    );
    for (i, name) in chart.categories.iter().enumerate() {
        let fitted = style::fit_label(&body, name, &name_style, group_width.saturating_sub(6))?;
        ctx.draw_series(iter::once(
            EmptyElement::at((i as f64 + 0.5, primary.0))
                + Text::new(fitted, (0, 6), name_style.clone()),
        ))?;
    }
    if primary.0 < 0.0 {
        // The zero line the bars stand on and hang from.
        ctx.draw_series(iter::once(PathElement::new(
            [(0.0, 0.0), (count as f64, 0.0)],
            palette.axis.stroke_width(1),
        )))?;
    }

    let mut entries: Vec<(RGBColor, &str)> = series.iter().map(|s| (s.colour, s.name)).collect();
    if let Some(line) = line {
        entries.push((line.colour, line.name));
    }
    if let (false, Some(name)) = (shaded.is_empty(), chart.shade_name) {
        entries.push((shade, name));
    }
    style::draw_legend(&legend, &entries, palette)?;
    // Beside the series still drawn; with none left the notice below says it instead.
    if has_customers && profit_dropped && !series.is_empty() {
        let (w, h) = legend.dim_in_pixel();
        legend.draw_text(
            &text.no_profit,
            &style::anchored(
                style::italic(size::LABEL, &palette.muted_text),
                HPos::Right,
                VPos::Center,
            ),
            (w as i32 - 12, h as i32 / 2),
        )?;
    }

    if series.is_empty() {
        let message = if has_customers && profit_dropped {
            &text.no_profit
        } else {
            &text.no_data
        };
        return style::draw_notice(&ctx.plotting_area().strip_coord_spec(), message, palette);
    }

    let slots = series.len();
    // Values are written on every bar or on none: some bars with a number and some
    // without would read as if the bare ones had none.
    let with_values = chart.values && {
        let (left, right) = style::group_slot(0, 0, slots);
        let plot = ctx.plotting_area();
        let bar_px = plot.map_coordinate(&(right, 0.0)).0 - plot.map_coordinate(&(left, 0.0)).0;
        let mut widest = 0;
        for v in series
            .iter()
            .flat_map(|s| s.cells.iter().filter_map(|c| c.value()))
        {
            widest = widest.max(
                plot.estimate_text_size(&percent_label(v), &value_style(palette))?
                    .0,
            );
        }
        // Two pixels of gap between bars keep equal neighbours' numbers apart.
        widest as i32 <= bar_px + 2
    };
    for (slot, s) in series.iter().enumerate() {
        for (group, cell) in s.cells.iter().enumerate().take(count) {
            match *cell {
                Cell::Empty => {}
                Cell::Missing => {
                    style::group_missing(&mut ctx, (group, slot, slots), &text.missing, palette)?
                }
                Cell::Share(v) => {
                    let bar = (group, slot, slots);
                    share_bar(&mut ctx, bar, v, s.colour, with_values, palette)?
                }
            }
        }
    }
    if let (Some(_), false) = (line, shaded.is_empty()) {
        // The 100% the cumulative line climbs past before the losses bring it back.
        ctx.draw_secondary_series(DashedLineSeries::new(
            [(0.0, 100.0), (count as f64, 100.0)],
            4,
            4,
            palette.axis.stroke_width(1),
        ))?;
    }
    if let Some(line) = line {
        let points: Vec<(f64, f64)> = line
            .cells
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.value().map(|v| (i as f64 + 0.5, v)))
            .collect();
        ctx.draw_secondary_series(LineSeries::new(
            points.iter().copied(),
            line.colour.stroke_width(2),
        ))?;
        ctx.draw_secondary_series(
            points
                .iter()
                .map(|&p| Circle::new(p, 3, line.colour.filled())),
        )?;
    }
    Ok(())
}

/// The style of a value written on a bar.
fn value_style(palette: &Palette) -> TextStyle<'static> {
    style::bold(size::LABEL, &palette.text)
}

/// One bar from zero to `value` (up, or down for a loss), with its value written beyond
/// its end if `with_value`.
fn share_bar<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, GroupCoord>,
    (group, slot, slots): (usize, usize, usize),
    value: f64,
    colour: RGBColor,
    with_value: bool,
    palette: &Palette,
) -> ChartResult<DB> {
    let (left, right) = style::group_slot(group, slot, slots);
    let mut bar = Rectangle::new([(left, 0.0), (right, value)], colour.filled());
    // One pixel each side keeps neighbouring bars of a group apart.
    bar.set_margin(0, 0, 1, 1);
    chart.draw_series(iter::once(bar))?;
    if !with_value {
        return Ok(());
    }
    let label = percent_label(value);
    let (v, dy) = if value < 0.0 {
        (VPos::Top, 3)
    } else {
        (VPos::Bottom, -3)
    };
    let label_style = style::anchored(value_style(palette), HPos::Center, v);
    chart.draw_series(iter::once(
        EmptyElement::at(((left + right) / 2.0, value)) + Text::new(label, (0, dy), label_style),
    ))?;
    Ok(())
}

/// The number of deciles the chart always shows.
pub const DECILES: usize = 10;

/// The purchase-decile Pareto: deciles 1 (most profitable) to 10 across, each with its
/// share of total profit and of total sales as bars side by side, and the cumulative
/// profit share as a line through the decile centres on a 0–100 % axis on the right
/// (zero aligned with the bars' zero, so a loss-making tail reads as such). A decile
/// without customers (fewer than ten in all) is left blank; a share that is unknown is
/// marked [`SegmentationChartText::missing`]. The deciles whose customers together lose
/// money are shaded top to bottom as a band of their own
/// ([`SegmentationChartText::losses`] in the legend), with a dashed 100% on the line's
/// axis: the cumulative share climbs past it before them and comes back down to it at
/// the last decile. When total profit is not positive the profit
/// bars and the line are left out and the legend says
/// [`SegmentationChartText::no_profit`]; with no customer the axes are drawn under
/// [`SegmentationChartText::no_data`].
pub fn decile_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    summary: &Summary,
    text: &SegmentationChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    let deciles: Vec<Option<&Decile>> = (0..DECILES)
        .map(|i| summary.deciles.get(i).filter(|d| d.totals.customers > 0))
        .collect();
    let cells = |share: fn(&Decile) -> Option<f64>| -> Vec<Cell> {
        deciles
            .iter()
            .map(|d| d.map_or(Cell::Empty, |d| Cell::of(share(d))))
            .collect()
    };
    let names: Vec<String> = (1..=DECILES).map(|i| i.to_string()).collect();
    let chart = ShareChart {
        categories: names.iter().map(String::as_str).collect(),
        caption: Some(text.decile_axis.as_str()),
        series: vec![
            Series {
                name: &text.profit,
                colour: profit_colour(palette),
                cells: cells(|d| d.totals.profit_share),
                profit: true,
            },
            Series {
                name: &text.sales,
                colour: sales_colour(palette),
                cells: cells(|d| d.totals.sales_share),
                profit: false,
            },
        ],
        line: Some(Series {
            name: &text.cumulative_profit,
            colour: cumulative_colour(palette),
            cells: cells(|d| d.cumulative_profit_share),
            profit: true,
        }),
        values: false,
        shaded: summary.loss_deciles().collect(),
        shade_name: Some(&text.losses),
    };
    share_bars(area, summary, chart, text)
}

/// The customers' share of all customers, `None` when there is none.
fn customer_share(totals: &Totals, all: &Totals) -> Option<f64> {
    (all.customers > 0).then(|| totals.customers as f64 / all.customers as f64)
}

/// The bars of classes `keys` (in that order, named by `names`): share of customers and
/// of sales, and of profit too when `with_profit`. A class the summary does not list
/// counts as empty (no customer, no sales).
fn class_chart<'a, K: PartialEq + Copy>(
    summary: &'a Summary,
    rows: &'a [(K, Totals)],
    keys: &[K],
    names: &'a [String],
    with_profit: bool,
    text: &'a SegmentationChartText,
) -> ShareChart<'a> {
    let palette = &Palette::STANDARD;
    let totals: Vec<Totals> = keys
        .iter()
        .map(|k| {
            rows.iter()
                .find(|(key, _)| key == k)
                .map(|(_, t)| *t)
                .unwrap_or(Totals {
                    sales_share: summary.all.sales_share.map(|_| 0.0),
                    profit_share: summary.all.profit_share.map(|_| 0.0),
                    ..Totals::default()
                })
        })
        .collect();
    let mut series = vec![
        Series {
            name: &text.customers,
            colour: customers_colour(palette),
            cells: totals
                .iter()
                .map(|t| Cell::of(customer_share(t, &summary.all)))
                .collect(),
            profit: false,
        },
        Series {
            name: &text.sales,
            colour: sales_colour(palette),
            cells: totals.iter().map(|t| Cell::of(t.sales_share)).collect(),
            profit: false,
        },
    ];
    if with_profit {
        series.push(Series {
            name: &text.profit,
            colour: profit_colour(palette),
            cells: totals.iter().map(|t| Cell::of(t.profit_share)).collect(),
            profit: true,
        });
    }
    ShareChart {
        categories: names.iter().map(String::as_str).collect(),
        caption: None,
        series,
        line: None,
        values: true,
        shaded: Vec::new(),
        shade_name: None,
    }
}

/// The ABC classes (METHOD.md §5: A ≈ the first 75% of sales, B the next 20%, C the
/// rest), each with its share of customers beside its share of sales, so that "few
/// customers, most sales" shows at a glance. With no customer the axes are drawn under
/// [`SegmentationChartText::no_data`].
pub fn abc_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    summary: &Summary,
    text: &SegmentationChartText,
) -> ChartResult<DB> {
    let chart = class_chart(
        summary,
        &summary.abc,
        &AbcClass::ALL,
        &text.abc_names,
        false,
        text,
    );
    share_bars(area, summary, chart, text)
}

/// The customer tiers (VIP, major, ordinary, small), each with its share of customers
/// beside its share of sales; see [`abc_bars`].
pub fn tier_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    summary: &Summary,
    text: &SegmentationChartText,
) -> ChartResult<DB> {
    let chart = class_chart(
        summary,
        &summary.tiers,
        &Tier::ALL,
        &text.tier_names,
        false,
        text,
    );
    share_bars(area, summary, chart, text)
}

/// The relationship groups of METHOD.md §5 (keep, grow, prune, transaction, other),
/// each with its share of customers, of sales and of profit; a group that loses money
/// has its profit bar below zero. When total profit is not positive the profit bars are
/// left out and the legend says [`SegmentationChartText::no_profit`].
pub fn group_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    summary: &Summary,
    text: &SegmentationChartText,
) -> ChartResult<DB> {
    let chart = class_chart(
        summary,
        &summary.groups,
        &Group::ALL,
        &text.group_names,
        true,
        text,
    );
    share_bars(area, summary, chart, text)
}

// ---------------------------------------------------------------- Lorenz curve

/// The share of customers the top-20% mark stands at: the curve runs from the least
/// profitable customer, so the most profitable fifth is everything right of 80%.
const TOP20_AT: f64 = 80.0;

/// How far, in percentage points, the top-20% share may sit from the drawn curve and
/// still be marked on it.
pub const MARK_TOLERANCE: f64 = 2.5;

/// The height of the polyline through `points` (in increasing x) at `x`, if it spans `x`.
fn curve_at(points: &[(f64, f64)], x: f64) -> Option<f64> {
    points.windows(2).find_map(|w| {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        if x0 <= x && x <= x1 {
            let t = if x1 > x0 { (x - x0) / (x1 - x0) } else { 0.0 };
            Some(y0 + t * (y1 - y0))
        } else {
            None
        }
    })
}

/// The Lorenz curve of profit: customers from the least to the most profitable across
/// (0–100 %), their cumulative share of profit up, against the diagonal of perfect
/// equality; the area between the two is shaded (twice its size is the Gini). The
/// most profitable fifth is marked at 80% across, with a bracket up to 100% whose
/// length is their share of total profit ([`Summary::top_profit_share`], when that
/// share lies on the curve, see
/// [`MARK_TOLERANCE`]); the Gini and that share are written in the top-left corner,
/// which a Lorenz curve never reaches. A curve that dips below zero (losses
/// first) extends the axis down.
///
/// With no curve the frame and the diagonal are drawn under
/// [`SegmentationChartText::no_profit`] when there are customers (total profit not
/// positive), else under [`SegmentationChartText::no_data`].
pub fn lorenz_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    summary: &Summary,
    text: &SegmentationChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);

    let points: Vec<(f64, f64)> = summary
        .lorenz
        .iter()
        .map(|&LorenzPoint { customers, profit }| (customers * 100.0, profit * 100.0))
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .collect();
    let low = points.iter().map(|p| p.1).fold(0.0_f64, f64::min);
    let bottom = if low < 0.0 {
        -((-low / 10.0).ceil() * 10.0)
    } else {
        0.0
    };
    let mut chart = ChartBuilder::on(&body)
        .margin(12)
        .margin_top(6)
        .margin_right(18)
        .x_label_area_size(40)
        .y_label_area_size(52)
        .build_cartesian_2d(0.0..100.0, bottom..100.0)?;
    chart
        .configure_mesh()
        .x_labels(6)
        // Eight, so that a range reaching below zero keeps 20-point steps.
        .y_labels(8)
        .x_label_formatter(&percent_tick)
        .y_label_formatter(&percent_tick)
        .light_line_style(TRANSPARENT)
        .x_desc(text.lorenz_customers_axis.as_str())
        .y_desc(text.lorenz_profit_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;

    let curve_colour = profit_colour(palette);
    if points.len() >= 2 {
        // The polygon of the curve closes along the diagonal: the inequality area.
        chart.draw_series(iter::once(Polygon::new(
            points.clone(),
            palette.favourable_tint.filled(),
        )))?;
    }
    let equality = equality_colour(palette);
    chart.draw_series(LineSeries::new(
        [(0.0, 0.0), (100.0, 100.0)],
        equality.stroke_width(1),
    ))?;

    let mut entries = vec![(equality, text.equality.as_str())];
    if points.is_empty() {
        style::draw_legend(&legend, &entries, palette)?;
        let message = if summary.all.customers > 0 {
            &text.no_profit
        } else {
            &text.no_data
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }
    entries.insert(0, (curve_colour, text.lorenz.as_str()));
    style::draw_legend(&legend, &entries, palette)?;
    chart.draw_series(LineSeries::new(
        points.iter().copied(),
        curve_colour.stroke_width(2),
    ))?;

    let mark = cumulative_colour(palette);
    let top20 = percent(summary.top_profit_share(2));
    // The figure is the decile table's share of total profit. With a handful of
    // customers "the top fifth" is rounded to whole customers, and with losses the
    // curve (which counts them as zero) reads less; then the share does not lie on the
    // drawn curve, a mark off it would look like an error, and only the figure is
    // written.
    let on_curve = |share: &f64| {
        curve_at(&points, TOP20_AT).is_some_and(|y| (y - (100.0 - share)).abs() <= MARK_TOLERANCE)
    };
    let marked = top20.filter(on_curve).is_some();
    if let Some(share) = top20.filter(on_curve) {
        let at = (TOP20_AT, 100.0 - share);
        chart.draw_series(iter::once(PathElement::new(
            [at, (TOP20_AT, 100.0)],
            mark.stroke_width(2),
        )))?;
        chart.draw_series(iter::once(
            EmptyElement::at(at)
                + Circle::new((0, 0), 6, palette.background.filled())
                + Circle::new((0, 0), 4, mark.filled()),
        ))?;
    }

    // The figures, in the corner above the diagonal where the curve never goes.
    let plot = chart.plotting_area().strip_coord_spec();
    let figure = style::anchored(
        style::bold(size::VALUE, &palette.text),
        HPos::Left,
        VPos::Top,
    );
    let mut y = 8;
    if let Some(gini) = summary.gini.filter(|g| g.is_finite()) {
        plot.draw_text(&format!("{}: {gini:.2}", text.gini), &figure, (12, y))?;
        y += 20;
    }
    if let Some(share) = top20 {
        // The mark's dot before the figure ties the two together, when it is drawn.
        let x = if marked {
            plot.draw(&Circle::new((16, y + 7), 4, mark.filled()))?;
            26
        } else {
            12
        };
        // A headline figure, not a bar label: one decimal even above 10%.
        let line = format!("{}: {}%", text.top20, style::format_mean(share));
        plot.draw_text(&line, &figure, (x, y))?;
    }
    Ok(())
}

// ---------------------------------------------------------------- loyalty matrix

/// The rectangles of the six loyalty regions on an axis running from `low` to `high`
/// both ways, as (satisfaction, loyalty) corners, following the rules that place a
/// customer: high loyalty (at or above [`LoyaltySettings::loyalty_high`]) is an apostle
/// from `satisfaction_very_high` on, a loyalist from `satisfaction_high` on, else a
/// hostage; low loyalty is a terrorist below `satisfaction_very_low`, a defector below
/// `satisfaction_high`, else a mercenary. The rules are tried in that order, so odd
/// settings (cut-offs out of order or off the axis) shrink a region to nothing; such
/// regions are left out.
pub fn loyalty_regions(
    settings: &LoyaltySettings,
    low: f64,
    high: f64,
) -> Vec<(LoyaltyType, [(f64, f64); 2])> {
    let clamp = |v: f64| {
        if v.is_nan() {
            low
        } else {
            v.clamp(low, high)
        }
    };
    let split = clamp(settings.loyalty_high);
    let very_high = clamp(settings.satisfaction_very_high);
    let loyalist_from = clamp(settings.satisfaction_high).min(very_high);
    let terrorist_to = clamp(settings.satisfaction_very_low);
    let mercenary_from = clamp(settings.satisfaction_high).max(terrorist_to);
    let regions = [
        (LoyaltyType::Apostle, (very_high, high), (split, high)),
        (
            LoyaltyType::Loyalist,
            (loyalist_from, very_high),
            (split, high),
        ),
        (LoyaltyType::Hostage, (low, loyalist_from), (split, high)),
        (LoyaltyType::Mercenary, (mercenary_from, high), (low, split)),
        (
            LoyaltyType::Defector,
            (terrorist_to, mercenary_from),
            (low, split),
        ),
        (LoyaltyType::Terrorist, (low, terrorist_to), (low, split)),
    ];
    regions
        .into_iter()
        .filter(|(_, x, y)| x.0 < x.1 && y.0 < y.1)
        .map(|(kind, x, y)| (kind, [(x.0, y.0), (x.1, y.1)]))
        .collect()
}

/// The loyalty type the settings give a point, by the rules of [`loyalty_regions`].
fn classify(settings: &LoyaltySettings, satisfaction: f64, loyalty: f64) -> LoyaltyType {
    if loyalty >= settings.loyalty_high {
        if satisfaction >= settings.satisfaction_very_high {
            LoyaltyType::Apostle
        } else if satisfaction >= settings.satisfaction_high {
            LoyaltyType::Loyalist
        } else {
            LoyaltyType::Hostage
        }
    } else if satisfaction < settings.satisfaction_very_low {
        LoyaltyType::Terrorist
    } else if satisfaction < settings.satisfaction_high {
        LoyaltyType::Defector
    } else {
        LoyaltyType::Mercenary
    }
}

/// The ends of the loyalty matrix's axes: the 1–10 scale with half a point spare at each
/// end (so points on 1 and 10 are not drawn on the frame), widened to take in every
/// point if the data goes outside the scale.
pub fn matrix_range(sample: &[LoyaltyPoint]) -> (f64, f64) {
    let (low, high) = sample
        .iter()
        .flat_map(|p| [p.satisfaction, p.loyalty])
        .filter(|v| v.is_finite())
        .fold((1.0_f64, 10.0_f64), |(l, h), v| (l.min(v), h.max(v)));
    (low - 0.5, high + 0.5)
}

/// How far a whole-number rating may be moved, in scale points. Ratings on a 1–10 scale
/// pile up on a hundred spots; a small deterministic spread lets their number show.
const JITTER: f64 = 0.18;

/// A spread in [-1, 1) for point `index` and axis `axis`, the same on every draw (a
/// SplitMix64 step), so the chart does not shimmer when it is redrawn.
fn spread(index: usize, axis: u64) -> f64 {
    let mut z = (index as u64)
        .wrapping_mul(2)
        .wrapping_add(axis)
        .wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 52) as f64 - 1.0
}

/// Where point `index` is drawn: whole-number ratings spread by up to [`JITTER`], but
/// never into another region (a point on a cut-off is only moved into its own region,
/// the one at or above the cut-off); other values exactly where they are.
fn placed(settings: &LoyaltySettings, index: usize, p: LoyaltyPoint) -> (f64, f64) {
    let kind = classify(settings, p.satisfaction, p.loyalty);
    let moved = |v: f64, axis: u64| {
        if v.fract() == 0.0 {
            let d = spread(index, axis) * JITTER;
            [v + d, v + d.abs()]
        } else {
            [v, v]
        }
    };
    let [x, x_up] = moved(p.satisfaction, 0);
    let [y, y_up] = moved(p.loyalty, 1);
    [(x, y), (x_up, y_up), (x, p.loyalty), (p.satisfaction, y)]
        .into_iter()
        .find(|&(x, y)| classify(settings, x, y) == kind)
        .unwrap_or((p.satisfaction, p.loyalty))
}

/// Tick labels of the matrix: whole numbers from `low` to `high` only, so the half
/// points at the ends and the label bands stay blank.
fn scale_tick(value: f64, (low, high): (f64, f64)) -> String {
    let rounded = value.round();
    if (value - rounded).abs() < 1e-6 && (low..=high).contains(&rounded) {
        format!("{rounded:.0}")
    } else {
        String::new()
    }
}

/// The step between the numbered ticks of a scale spanning `span` points: the first of
/// 1, 2, 5, 10, 20, 50… that leaves at most twelve steps.
fn scale_step(span: f64) -> f64 {
    let mut step = 1.0;
    // ×2, ×2.5, ×2: 1, 2, 5, 10, 20, 50…; a NaN span ends at once.
    let mut factors = [2.0, 2.5, 2.0].into_iter().cycle();
    while span / step > 12.0 {
        step *= factors.next().unwrap_or(10.0);
    }
    step
}

/// Height of the bands above and below the data that hold the regions' names, in
/// pixels: one line of text with a little air.
const BAND: f64 = 22.0;

/// The satisfaction × loyalty matrix (Jones & Sasser): satisfaction across, loyalty up,
/// on the 1–10 scale (widened if the data goes outside it). The six regions the
/// settings' cut-offs bound are shaded ([`region_colour`]) and each is named with its
/// number of customers from [`Summary::loyalty`]: the high-loyalty regions in a band
/// above the data, the low-loyalty ones in a band below it, so no name ever covers a
/// customer. Every customer of the sample is a small, semi-transparent point, so dense
/// spots darken; whole-number ratings are spread a little within their region so that
/// customers on the same spot do not hide each other.
///
/// With no point the regions are drawn under [`SegmentationChartText::no_ratings`]
/// (customers, none rated) or [`SegmentationChartText::no_data`].
pub fn loyalty_matrix<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    summary: &Summary,
    settings: &LoyaltySettings,
    text: &SegmentationChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let sample: Vec<LoyaltyPoint> = summary
        .loyalty_sample
        .iter()
        .copied()
        .filter(|p| p.satisfaction.is_finite() && p.loyalty.is_finite())
        .collect();
    let (low, high) = matrix_range(&sample);
    let build = |bottom: f64, top: f64| {
        ChartBuilder::on(area)
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(44)
            .build_cartesian_2d(low..high, bottom..top)
    };
    // The bands are fixed in pixels; in scale points they depend on the plot's height,
    // which a first, undrawn layout measures.
    let plot_h = f64::from(build(low, high)?.plotting_area().dim_in_pixel().1);
    let band = BAND * (high - low) / (plot_h - 2.0 * BAND).max(BAND);
    let (bottom, top) = (low - band, high + band);
    let mut chart = build(bottom, top)?;

    // The regions reach into the bands, so each name sits in its own shading.
    let stretch = |y: f64| {
        if y <= low {
            bottom
        } else if y >= high {
            top
        } else {
            y
        }
    };
    let regions: Vec<(LoyaltyType, [(f64, f64); 2])> = loyalty_regions(settings, low, high)
        .into_iter()
        .map(|(kind, [a, b])| (kind, [(a.0, stretch(a.1)), (b.0, stretch(b.1))]))
        .collect();
    // Shading first, so the grid and the points are drawn over it.
    chart.draw_series(
        regions.iter().map(|(kind, corners)| {
            Rectangle::new(*corners, region_colour(*kind, palette).filled())
        }),
    )?;
    let data = (low + 0.5, high - 0.5);
    let tick = |v: &f64| scale_tick(*v, data);
    chart
        .configure_mesh()
        .x_labels(((high - low).ceil() as usize + 1).min(16))
        // The loyalty scale is drawn below, within the data only: plotters would put
        // ticks without numbers in the label bands too.
        .y_labels(0)
        .x_label_formatter(&tick)
        .light_line_style(TRANSPARENT)
        .x_desc(text.satisfaction_axis.as_str())
        .y_desc(text.loyalty_axis.as_str())
        .label_style(style::text(size::LABEL, &palette.text))
        .axis_desc_style(style::text(size::AXIS_DESC, &palette.text))
        .axis_style(palette.axis)
        .bold_line_style(palette.grid)
        .draw()?;
    let step = scale_step(data.1 - data.0);
    let tick_style = style::anchored(
        style::text(size::LABEL, &palette.text),
        HPos::Right,
        VPos::Center,
    );
    let area_base = area.get_base_pixel();
    for k in (data.0 / step).ceil() as i64..=(data.1 / step).floor() as i64 {
        let v = k as f64 * step;
        chart.draw_series(iter::once(PathElement::new(
            [(low, v), (high, v)],
            palette.grid.stroke_width(1),
        )))?;
        let (x, y) = chart.plotting_area().map_coordinate(&(low, v));
        let (x, y) = (x - area_base.0, y - area_base.1);
        area.draw(&PathElement::new([(x - 5, y), (x, y)], palette.axis))?;
        area.draw_text(&format!("{v:.0}"), &tick_style, (x - 8, y))?;
    }
    // The cut-offs as lines, so the regions' borders stay clear under the points.
    let border = palette.muted_text.stroke_width(1);
    for (_, [a, b]) in &regions {
        chart.draw_series(iter::once(PathElement::new(
            [(a.0, a.1), (b.0, a.1), (b.0, b.1), (a.0, b.1), (a.0, a.1)],
            border,
        )))?;
    }

    let colour = palette.marker.mix(POINT_OPACITY);
    chart.draw_series(
        sample
            .iter()
            .enumerate()
            .map(|(i, p)| Circle::new(placed(settings, i, *p), POINT_RADIUS, colour.filled())),
    )?;

    let plot = chart.plotting_area().strip_coord_spec();
    let base = plot.get_base_pixel();
    let to_plot = |p: (f64, f64)| {
        let (x, y) = chart.plotting_area().map_coordinate(&p);
        (x - base.0, y - base.1)
    };
    // One band of labels above the data, for the high-loyalty regions, and one below.
    for (high_band, y) in [(true, (top + high) / 2.0), (false, (bottom + low) / 2.0)] {
        let mut labels: Vec<RegionLabel> = Vec::new();
        let mut cy = 0;
        for (kind, [a, b]) in &regions {
            let high_loyalty = matches!(
                kind,
                LoyaltyType::Apostle | LoyaltyType::Loyalist | LoyaltyType::Hostage
            );
            if high_loyalty != high_band {
                continue;
            }
            let (left, y_px) = to_plot((a.0, y));
            let (right, _) = to_plot((b.0, y));
            cy = y_px;
            labels.push(RegionLabel {
                left,
                right,
                name: &text.loyalty_names[*kind as usize],
                count: summary
                    .loyalty
                    .iter()
                    .find(|(k, _)| k == kind)
                    .map_or(0, |(_, t)| t.customers),
            });
        }
        draw_band(&plot, &mut labels, cy, palette)?;
    }

    if sample.is_empty() {
        let message = if summary.all.customers > 0 {
            &text.no_ratings
        } else {
            &text.no_data
        };
        return style::draw_notice(&plot, message, palette);
    }
    Ok(())
}

/// A region's label before layout: the region's pixel extent across the plot, its
/// name and its number of customers.
struct RegionLabel<'a> {
    left: i32,
    right: i32,
    name: &'a str,
    count: usize,
}

/// Writes one band of region labels at height `cy` of `plot`: each region's name in
/// bold and its count after it on one line, centred on the region over a veil of the
/// background that hides the grid line beneath. A label wider than its region (apostles,
/// at default settings, have a point and a half) may run into the room its neighbours'
/// labels leave free; the name is shortened to whatever room it then has.
fn draw_band<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    labels: &mut [RegionLabel<'_>],
    cy: i32,
    palette: &Palette,
) -> ChartResult<DB> {
    const GAP: i32 = 6;
    const PAD: i32 = 3;
    let plot_w = plot.dim_in_pixel().0 as i32;
    let name_style = style::anchored(
        style::bold(size::LABEL, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    let count_style = style::anchored(
        style::text(size::LABEL, &palette.text),
        HPos::Left,
        VPos::Center,
    );
    labels.sort_by_key(|l| l.left);
    let mut widths = Vec::with_capacity(labels.len());
    for l in labels.iter() {
        let name_w = plot.estimate_text_size(l.name, &name_style)?.0 as i32;
        let count_w = plot
            .estimate_text_size(&l.count.to_string(), &count_style)?
            .0 as i32;
        widths.push((name_w, count_w));
    }
    // The room a label leaves free on either side of it within its region.
    let free = |i: usize| {
        let (name_w, count_w) = widths[i];
        let natural = name_w + GAP + count_w + 2 * PAD;
        ((labels[i].right - labels[i].left - natural) / 2 - 4).max(0)
    };
    for (i, l) in labels.iter().enumerate() {
        let span_left = (l.left - if i > 0 { free(i - 1) } else { 0 }).max(0);
        let span_right = (l.right + labels.get(i + 1).map_or(0, |_| free(i + 1))).min(plot_w);
        let count = l.count.to_string();
        let count_w = widths[i].1;
        let name_room = span_right - span_left - 2 * PAD - GAP - count_w;
        let name = style::fit_label(plot, l.name, &name_style, name_room.max(1) as u32)?;
        let name_w = plot.estimate_text_size(&name, &name_style)?.0 as i32;
        let half = (name_w + GAP + count_w) / 2 + PAD;
        // On the region's centre, moved only as far as needed to stay in its span.
        let centre = (l.left + l.right) / 2;
        let cx = if span_right - span_left >= 2 * half {
            centre.clamp(span_left + half, span_right - half)
        } else {
            (span_left + span_right) / 2
        };
        plot.draw(&Rectangle::new(
            [(cx - half, cy - 9), (cx + half, cy + 9)],
            palette.background.mix(0.75).filled(),
        ))?;
        // Name and count anchored on either side of the gap between them, so that an
        // estimate of the name's width that is off (natively) never runs them together.
        let split = cx - half + PAD + name_w + GAP / 2;
        let name_style = style::anchored(name_style.clone(), HPos::Right, VPos::Center);
        plot.draw_text(&name, &name_style, (split - GAP / 2, cy))?;
        plot.draw_text(&count, &count_style, (split + GAP / 2, cy))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_follow_the_placing_rules() {
        let settings = LoyaltySettings::default();
        let regions = loyalty_regions(&settings, 0.5, 10.5);
        assert_eq!(regions.len(), 6);
        // Every whole rating, and the half points between, lies in the region of its
        // type, counting each region's lower and left borders in and its upper and
        // right ones out: a point on a cut-off belongs to the region at or above it.
        for s in 2..=20 {
            for l in 2..=20 {
                let (x, y) = (f64::from(s) / 2.0, f64::from(l) / 2.0);
                let kind = classify(&settings, x, y);
                let [a, b] = regions.iter().find(|r| r.0 == kind).unwrap().1;
                assert!(
                    a.0 <= x && x < b.0 && a.1 <= y && y < b.1,
                    "{x} {y} {kind:?}"
                );
            }
        }
    }

    #[test]
    fn odd_settings_leave_out_empty_regions() {
        let settings = LoyaltySettings {
            loyalty_high: 20.0,
            satisfaction_very_low: 7.0,
            satisfaction_high: 5.0,
            satisfaction_very_high: 4.0,
            ..LoyaltySettings::default()
        };
        let kinds: Vec<LoyaltyType> = loyalty_regions(&settings, 0.5, 10.5)
            .into_iter()
            .map(|r| r.0)
            .collect();
        // Loyalty never reaches 20: no high-loyalty region; satisfaction_high below
        // satisfaction_very_low: no defectors.
        assert_eq!(kinds, [LoyaltyType::Mercenary, LoyaltyType::Terrorist]);
    }

    #[test]
    fn jitter_keeps_points_in_their_region() {
        let settings = LoyaltySettings::default();
        for i in 0..2000 {
            let p = LoyaltyPoint {
                satisfaction: (i % 10 + 1) as f64,
                loyalty: (i / 10 % 10 + 1) as f64,
            };
            let (x, y) = placed(&settings, i, p);
            assert_eq!(
                classify(&settings, x, y),
                classify(&settings, p.satisfaction, p.loyalty)
            );
            assert!((x - p.satisfaction).abs() <= JITTER && (y - p.loyalty).abs() <= JITTER);
        }
        // Fractional ratings stay put.
        let p = LoyaltyPoint {
            satisfaction: 4.5,
            loyalty: 7.25,
        };
        assert_eq!(placed(&settings, 3, p), (4.5, 7.25));
    }

    #[test]
    fn ticks_name_whole_scores_of_the_data_range_only() {
        let cases = [
            (0.5, ""),
            (1.0, "1"),
            (10.0, "10"),
            (11.0, ""),
            (0.0, ""),
            (4.5, ""),
        ];
        for (value, want) in cases {
            assert_eq!(scale_tick(value, (1.0, 10.0)), want, "{value}");
        }
        assert_eq!(scale_tick(0.0, (0.0, 12.0)), "0");
    }

    #[test]
    fn percentages_are_whole_from_ten_up() {
        let cases = [
            (75.0, "75%"),
            (43.4, "43%"),
            (9.96, "10%"),
            (7.66, "7.7%"),
            (0.4, "0.4%"),
            (0.0, "0%"),
            (-0.02, "0%"),
            (-3.0, "-3%"),
            (-12.6, "-13%"),
        ];
        for (value, text) in cases {
            assert_eq!(percent_label(value), text, "{value}");
        }
    }

    #[test]
    fn scale_steps_leave_at_most_twelve() {
        let cases = [
            (9.0, 1.0),
            (12.0, 1.0),
            (13.0, 2.0),
            (30.0, 5.0),
            (99.0, 10.0),
            (0.0, 1.0),
        ];
        for (span, step) in cases {
            assert_eq!(scale_step(span), step, "{span}");
        }
    }

    #[test]
    fn the_curve_is_read_between_its_points() {
        let points = [(0.0, 0.0), (50.0, 10.0), (100.0, 100.0)];
        assert_eq!(curve_at(&points, 80.0), Some(64.0));
        assert_eq!(curve_at(&points, 50.0), Some(10.0));
        assert_eq!(curve_at(&points[..1], 80.0), None);
    }

    #[test]
    fn the_spread_is_in_range_and_varies() {
        let values: Vec<f64> = (0..1000).map(|i| spread(i, 0)).collect();
        assert!(values.iter().all(|v| (-1.0..1.0).contains(v)));
        assert!(values.iter().any(|v| *v > 0.5) && values.iter().any(|v| *v < -0.5));
    }

    #[test]
    fn zero_is_aligned_on_both_axes() {
        let (a, b) = align_zero((-20.0, 60.0), (0.0, 105.0));
        assert_eq!(a, (-20.0, 60.0));
        assert!((b.0 / (b.1 - b.0) - a.0 / (a.1 - a.0)).abs() < 1e-9);
        let (a, b) = align_zero((0.0, 50.0), (-10.0, 110.0));
        assert_eq!(b, (-10.0, 110.0));
        assert!((a.0 / (a.1 - a.0) - b.0 / (b.1 - b.0)).abs() < 1e-9);
        assert_eq!(
            align_zero((0.0, 50.0), (0.0, 105.0)),
            ((0.0, 50.0), (0.0, 105.0))
        );
    }

    #[test]
    fn the_range_takes_in_the_data() {
        assert_eq!(matrix_range(&[]), (0.5, 10.5));
        let p = |s, l| LoyaltyPoint {
            satisfaction: s,
            loyalty: l,
        };
        assert_eq!(
            matrix_range(&[p(0.0, 12.0), p(f64::NAN, 3.0)]),
            (-0.5, 12.5)
        );
        assert_eq!(
            share_range([12.0, -3.5].into_iter(), 10, false),
            (-5.0, 15.0)
        );
        // With values written, a sixteenth of 15 more below: 4.4 rounds out to 10.
        assert_eq!(
            share_range([12.0, -3.5].into_iter(), 10, true),
            (-10.0, 15.0)
        );
        assert_eq!(share_range(iter::empty(), 10, true), (0.0, 10.0));
    }
}
