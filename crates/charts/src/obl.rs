//! The OBL-audit charts: a heat map of a rating grid (departments × their criteria, or
//! companies × industry criteria), each cell coloured E / S / N with its letter written
//! in it, and the index of each department or company as bars, best first.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use workbook::obl::score::RatingGrid;
use workbook::obl::{CompanyRef, GridScore, Rating};
use workbook::RowId;

use crate::error::ChartResult;
use crate::style::{self, okabe_ito, size, GroupAxis, GroupLook, Palette};

/// Labels of the OBL charts, already translated by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OblChartText {
    /// What a cell writes for each rating, in [`Rating::ALL`] order (E, S, N), e.g.
    /// "E", "S", "N" or "优秀", "一般", "较差".
    pub letters: [String; 3],
    /// Legend names of the ratings, in the same order.
    pub rating_names: [String; 3],
    /// Written in an unrated cell, e.g. "–".
    pub unrated_cell: String,
    /// Legend name of unrated cells.
    pub unrated: String,
    /// Caption of the index axis, e.g. "Index (%)".
    pub index_axis: String,
    /// Written in place of the bar of a row with nothing rated, e.g. "?".
    pub missing: String,
    /// Written across a chart when rows are listed but nothing is rated.
    pub not_rated: String,
    /// Written across a chart when there is nothing to show.
    pub no_data: String,
}

/// The cell colour of a rating: blue for excellent, yellow for satisfactory and
/// vermillion for not good, from the Okabe–Ito palette. The three differ in lightness
/// as well as hue (dark, light, middle), so they stay apart under every common colour
/// blindness and in greyscale; the letter in the cell says it again.
pub fn rating_colour(rating: Rating) -> RGBColor {
    match rating {
        Rating::E => okabe_ito::BLUE,
        Rating::S => okabe_ito::YELLOW,
        Rating::N => okabe_ito::VERMILLION,
    }
}

/// The colour of an unrated cell: the palette's neutral shading.
pub fn unrated_colour(palette: &Palette) -> RGBColor {
    palette.neutral_tint
}

/// The bar colour of a row of index bars: the favourable blue, with the competitors of
/// the industry comparison in the lighter sky blue so the company stands out.
pub fn index_colour(highlighted: bool, palette: &Palette) -> RGBColor {
    if highlighted {
        palette.favourable
    } else {
        palette.favourable_alt
    }
}

/// Margin around the whole heat map.
const MARGIN: i32 = 12;
/// Height of the line of column names.
const LINE: i32 = 18;

/// The heat map of `grid`: one row per department or company down the left (the
/// company itself in bold), one column per criterion, named across the top when the
/// grid has shared columns (the industry grid); departments each have their own
/// criteria, in order, so there each cell names its criterion under its letter. Each cell is coloured by its rating
/// ([`rating_colour`]) with its letter in bold; an unrated cell is shaded neutral and
/// marked [`OblChartText::unrated_cell`]. A legend names the ratings present. With no
/// row or no cell the chart is [`OblChartText::no_data`].
pub fn obl_heat_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    grid: &RatingGrid,
    text: &OblChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let columns = grid.width();
    if grid.rows.is_empty() || columns == 0 {
        return style::draw_notice(area, &text.no_data, palette);
    }
    let (legend, body) = area.split_vertically(style::LEGEND_HEIGHT);
    let cells = grid.rows.iter().flat_map(|r| &r.cells);
    let mut entries: Vec<(RGBColor, &str)> = Rating::ALL
        .iter()
        .zip(&text.rating_names)
        .filter(|(r, _)| cells.clone().any(|c| c == &Some(**r)))
        .map(|(r, name)| (rating_colour(*r), name.as_str()))
        .collect();
    if cells.clone().any(Option::is_none) {
        entries.push((unrated_colour(palette), text.unrated.as_str()));
    }
    style::draw_legend(&legend, &entries, palette)?;

    let (w, h) = body.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let (n_rows, n_columns) = (grid.rows.len() as i32, columns as i32);
    let label_width = (w * 28 / 100).clamp(60, 180);
    let left = MARGIN + label_width;
    let top = if grid.columns.is_empty() { 4 } else { 4 + LINE };
    let cell_w = ((w - MARGIN - left) / n_columns).max(1);
    let cell_h = ((h - MARGIN - top) / n_rows).max(1);

    let label_style = style::text(size::LABEL, &palette.text);
    for (c, name) in grid.columns.iter().enumerate() {
        let fitted = style::fit_label(&body, name, &label_style, (cell_w - 4).max(1) as u32)?;
        body.draw_text(
            &fitted,
            &style::anchored(label_style.clone(), HPos::Center, VPos::Center),
            (left + c as i32 * cell_w + cell_w / 2, top - LINE / 2),
        )?;
    }
    // Without shared columns each cell is a criterion of its row's own: its name is
    // written in the cell under the letter, on as many lines as the cell holds.
    let name_style = style::text(size::CELL_NAME, &palette.text);
    let name_line = body.estimate_text_size("0", &name_style)?.1 as i32;
    let named = grid.columns.is_empty() && grid.rows.iter().any(|r| !r.criteria.is_empty());
    let letter_size = if cell_h < 22 {
        size::LABEL
    } else {
        size::VALUE
    };
    for (r, row) in grid.rows.iter().enumerate() {
        let y = top + r as i32 * cell_h;
        let name_style = if row.company == Some(CompanyRef::Own) {
            style::bold(size::LABEL, &palette.text)
        } else {
            label_style.clone()
        };
        let name = style::fit_label(&body, &row.name, &name_style, label_width as u32 - 8)?;
        body.draw_text(
            &name,
            &style::anchored(name_style, HPos::Right, VPos::Center),
            (left - 6, y + cell_h / 2),
        )?;
        for (c, cell) in row.cells.iter().enumerate() {
            let x = left + c as i32 * cell_w;
            let (fill, letter, letter_style) = match cell {
                Some(rating) => {
                    let fill = rating_colour(*rating);
                    let letter = &text.letters[*rating as usize];
                    (
                        fill,
                        letter,
                        style::bold(letter_size, &style::text_on(fill, palette)),
                    )
                }
                None => (
                    unrated_colour(palette),
                    &text.unrated_cell,
                    style::text(letter_size, &palette.muted_text),
                ),
            };
            // A one-pixel gutter of background keeps neighbouring cells apart.
            body.draw(&Rectangle::new(
                [(x + 1, y + 1), (x + cell_w - 1, y + cell_h - 1)],
                fill.filled(),
            ))?;
            let criterion = row.criteria.get(c).map(String::as_str).unwrap_or("");
            if !named || criterion.is_empty() {
                body.draw_text(
                    letter,
                    &style::anchored(letter_style, HPos::Center, VPos::Center),
                    (x + cell_w / 2, y + cell_h / 2),
                )?;
                continue;
            }
            let letter_height = body.estimate_text_size(letter, &letter_style)?.1 as i32;
            let room = cell_h - 6 - letter_height - 2;
            let lines = (room / name_line.max(1)).max(1) as usize;
            let ink = match cell {
                Some(rating) => style::text_on(rating_colour(*rating), palette),
                None => palette.text,
            };
            let name_style = style::text(size::CELL_NAME, &ink);
            let wrapped = style::wrap_lines(
                &body,
                criterion,
                &name_style,
                (cell_w - 6).max(1) as u32,
                lines,
            )?;
            // The letter and the name as one block, centred in the cell.
            let block = letter_height + 2 + name_line * wrapped.len() as i32;
            let mut line_y = y + (cell_h - block) / 2;
            body.draw_text(
                letter,
                &style::anchored(letter_style, HPos::Center, VPos::Top),
                (x + cell_w / 2, line_y),
            )?;
            line_y += letter_height + 2;
            let name_style = style::anchored(name_style, HPos::Center, VPos::Top);
            for line in wrapped {
                body.draw_text(&line, &name_style, (x + cell_w / 2, line_y))?;
                line_y += name_line;
            }
        }
    }
    Ok(())
}

/// Index bars of the internal assessment: one bar per department, best first (as
/// [`GridScore::ranking`] orders them), on a 0–100 % axis; see [`index_bars`].
pub fn obl_department_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &GridScore<RowId>,
    text: &OblChartText,
) -> ChartResult<DB> {
    index_bars(area, score, |_| true, text)
}

/// Index bars of the industry comparison: one bar per company, best first, the company
/// itself in the stronger blue with its name in bold; see [`index_bars`].
pub fn obl_company_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    score: &GridScore<CompanyRef>,
    text: &OblChartText,
) -> ChartResult<DB> {
    index_bars(area, score, |k| *k == CompanyRef::Own, text)
}

/// The bars of a grid's rows in ranking order, each carrying its index ("75%"); a row
/// with nothing rated comes last, muted, with [`OblChartText::missing`] instead of a bar
/// (a missing index is not an index of 0). `highlighted` picks the rows drawn in the
/// stronger colour, and in bold when the others are not. With no row the axes are drawn
/// under [`OblChartText::no_data`]; with rows but nothing rated, under
/// [`OblChartText::not_rated`].
fn index_bars<DB: DrawingBackend, K>(
    area: &DrawingArea<DB, Shift>,
    score: &GridScore<K>,
    highlighted: impl Fn(&K) -> bool,
    text: &OblChartText,
) -> ChartResult<DB> {
    let palette = &Palette::STANDARD;
    area.fill(&palette.background)?;
    let rows: Vec<_> = score.ranked().collect();
    let emphasise = rows.iter().any(|r| !highlighted(&r.key));
    let labels: Vec<(&str, GroupLook)> = rows
        .iter()
        .map(|r| {
            let look = if r.index.is_none() {
                GroupLook::Muted
            } else if emphasise && highlighted(&r.key) {
                GroupLook::Emphasised
            } else {
                GroupLook::Normal
            };
            (r.name.as_str(), look)
        })
        .collect();
    let mut chart = style::group_chart_with(
        area,
        &labels,
        GroupAxis {
            // Room above 100% for the value written over a full bar.
            y_max: 110.0,
            caption: &text.index_axis,
            format: &|v| format!("{v:.0}%"),
            right_area: 0,
        },
        palette,
    )?;
    if score.overall.rated() == 0 {
        let message = if rows.is_empty() {
            &text.no_data
        } else {
            &text.not_rated
        };
        return style::draw_notice(&chart.plotting_area().strip_coord_spec(), message, palette);
    }
    for (i, row) in rows.iter().enumerate() {
        match row.index {
            Some(index) => {
                let label = format!("{}%", style::format_mean(index));
                let colour = index_colour(highlighted(&row.key), palette);
                style::group_bar(&mut chart, (i, 0, 1), index, &label, colour, palette)?;
            }
            None => style::group_missing(&mut chart, (i, 0, 1), &text.missing, palette)?,
        }
    }
    Ok(())
}
