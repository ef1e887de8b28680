//! Renders the OBL charts to SVG and checks them: one heat-map cell per rated or asked
//! cell, coloured by its rating with its letter written in it and unrated cells marked;
//! index bars in ranking order with their percentages, the company highlighted, and a
//! mark instead of a bar where nothing is rated; notices for empty grids.

mod common;

use charts::obl::{index_colour, rating_colour, unrated_colour};
use charts::style::text_on;
use charts::{obl_company_bars, obl_department_bars, obl_heat_map, OblChartText};
use common::*;
use workbook::obl::score::RatingGrid;
use workbook::obl::{Cell, CompanyRef, Department, DepartmentCriterion, OblScore, Rating};
use workbook::{RowId, Workbook};
use Rating::{E, N, S};

fn english() -> OblChartText {
    OblChartText {
        letters: ["E".into(), "S".into(), "N".into()],
        rating_names: ["Excellent".into(), "Satisfactory".into(), "Not good".into()],
        unrated_cell: "–".into(),
        unrated: "Not rated".into(),
        index_axis: "Index (%)".into(),
        missing: "?".into(),
        not_rated: "Nothing rated yet".into(),
        no_data: "No departments".into(),
    }
}

/// A workbook whose departments are the given rows of ratings.
fn departments(rows: &[(&str, &[Option<Rating>])]) -> Workbook {
    let mut wb = Workbook::default();
    for (i, (name, ratings)) in rows.iter().enumerate() {
        let criteria = ratings
            .iter()
            .enumerate()
            .map(|(j, &rating)| DepartmentCriterion {
                id: RowId(100 * (i as u64 + 1) + j as u64),
                name: format!("criterion {j}"),
                cell: Cell {
                    rating,
                    comment: String::new(),
                },
            })
            .collect();
        wb.obl.departments.push(Department {
            id: RowId(i as u64 + 1),
            name: name.to_string(),
            criteria,
        });
    }
    wb
}

/// The grid's cells as drawn: rects in a rating or the unrated colour, wider than a
/// legend swatch, row by row.
fn cells(els: &[El]) -> Vec<&El> {
    let colours = [
        rating_colour(E),
        rating_colour(S),
        rating_colour(N),
        unrated_colour(&P),
    ];
    let mut cells: Vec<&El> = colours
        .iter()
        .flat_map(|c| filled(els, "rect", *c))
        .filter(|e| e.num("width") > 10.0)
        .collect();
    sort_reading_order(&mut cells);
    cells
}

#[test]
fn heat_map_cells_carry_colour_and_letter() {
    let wb = departments(&[
        ("Training", &[Some(E), Some(S), None]),
        ("Finance", &[Some(N)]),
    ]);
    let grid = RatingGrid::internal(&wb.obl);
    let text = english();
    let els = elements(&render(|area| obl_heat_map(area, &grid, &text)));
    let cells = cells(&els);
    let expected: Vec<Option<Rating>> = grid.rows.iter().flat_map(|r| r.cells.clone()).collect();
    assert_eq!(
        cells.len(),
        expected.len(),
        "one cell per criterion, none for the gap"
    );
    for (cell, rating) in cells.iter().zip(&expected) {
        let written = letter_in(&els, cell);
        match rating {
            Some(r) => {
                let fill = rating_colour(*r);
                assert_eq!(cell.attr("fill"), Some(hex(fill).as_str()));
                assert_eq!(written.content, text.letters[*r as usize]);
                assert!(written.is_bold());
                assert_eq!(written.attr("fill"), Some(hex(text_on(fill, &P)).as_str()));
            }
            None => {
                assert_eq!(cell.attr("fill"), Some(hex(unrated_colour(&P)).as_str()));
                assert_eq!(written.content, text.unrated_cell);
            }
        }
    }
    // Rows from the top in the grid's order, the cells of a row side by side.
    assert!(cells[0].num("y") < cells[3].num("y"));
    assert_eq!(cells[0].num("y"), cells[2].num("y"));
    let training = text_el(&els, "Training");
    assert!(training.num("x") < cells[0].num("x"));
    // The legend names every rating present and the unrated cells.
    for name in text.rating_names.iter().chain([&text.unrated]) {
        assert!(has_text(&els, name), "{name}");
    }
}

/// The first text drawn inside `cell`, centred across it: its letter, which sits
/// over the criterion's name when the cell names one.
fn letter_in<'a>(els: &'a [El], cell: &El) -> &'a El {
    let cx = cell.num("x") + cell.num("width") / 2.0;
    let (top, bottom) = (cell.num("y"), cell.num("y") + cell.num("height"));
    texts(els)
        .into_iter()
        .find(|t| (t.num("x") - cx).abs() <= 1.0 && t.num("y") >= top && t.num("y") <= bottom)
        .unwrap_or_else(|| panic!("no text in the cell at x {cx}"))
}

/// The texts drawn inside `cell` after its letter, joined by spaces: the criterion's
/// name, over as many lines as it took.
fn name_in(els: &[El], cell: &El) -> String {
    let cx = cell.num("x") + cell.num("width") / 2.0;
    let (top, bottom) = (cell.num("y"), cell.num("y") + cell.num("height"));
    let inside: Vec<&str> = texts(els)
        .into_iter()
        .filter(|t| (t.num("x") - cx).abs() <= 1.0 && t.num("y") >= top && t.num("y") <= bottom)
        .map(|t| t.content.as_str())
        .collect();
    inside[1..].join(" ")
}

#[test]
fn department_heat_map_cells_name_their_criteria() {
    let mut wb = departments(&[
        ("Training", &[Some(E), Some(S)]),
        ("Finance", &[Some(N), None]),
    ]);
    wb.obl.departments[0].criteria[0].name = "Input capacity of the training system".into();
    wb.obl.departments[1].criteria[0].name = "预算编制".into();
    let grid = RatingGrid::internal(&wb.obl);
    let els = elements(&render_at((760, 480), |area| {
        obl_heat_map(area, &grid, &english())
    }));
    let cells = cells(&els);
    let names: Vec<&String> = grid.rows.iter().flat_map(|r| &r.criteria).collect();
    assert_eq!(cells.len(), names.len());
    for (cell, name) in cells.iter().zip(names) {
        assert_eq!(&name_in(&els, cell), name, "cell at {}", cell.num("x"));
    }
    // Under the letter, not over it.
    let first = letter_in(&els, cells[0]);
    assert_eq!(first.content, "E");
    assert!(first.is_bold());
}

#[test]
fn the_colours_differ_in_lightness_too() {
    // Colour-blind safe: E dark, S light, N in between, so they stay apart in
    // greyscale as well; and the unrated shade is none of them.
    let grey = |c: plotters::style::RGBColor| {
        0.299 * f64::from(c.0) + 0.587 * f64::from(c.1) + 0.114 * f64::from(c.2)
    };
    let [e, s, n] = [E, S, N].map(|r| grey(rating_colour(r)));
    assert!(e + 30.0 < n && n + 30.0 < s, "{e} {n} {s}");
    for r in [E, S, N] {
        assert_ne!(rating_colour(r), unrated_colour(&P));
    }
}

#[test]
fn industry_heat_map_names_columns_and_bolds_the_company() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let grid = RatingGrid::industry(&wb, "Our company");
        let text = english();
        let els = elements(&render(|area| obl_heat_map(area, &grid, &text)));
        assert_eq!(
            cells(&els).len(),
            grid.rows.len() * grid.columns.len(),
            "{lang:?}"
        );
        let own = text_el(&els, &grid.rows[0].name);
        assert!(own.is_bold(), "{lang:?}");
        assert!(!text_el(&els, &grid.rows[1].name).is_bold());
        // Every cell of the demo is rated: no unrated mark.
        assert!(!has_text(&els, &text.unrated_cell));
    }
}

#[test]
fn heat_map_notices() {
    let text = english();
    for wb in [departments(&[]), departments(&[("Empty", &[])])] {
        let grid = RatingGrid::internal(&wb.obl);
        let els = elements(&render(|area| obl_heat_map(area, &grid, &text)));
        assert!(has_text(&els, &text.no_data));
        assert!(cells(&els).is_empty());
    }
}

/// Index bars: rects in either index colour, wider than a legend swatch, left to right.
fn bars(els: &[El]) -> Vec<&El> {
    let mut bars: Vec<&El> = [index_colour(true, &P), index_colour(false, &P)]
        .iter()
        .flat_map(|c| filled(els, "rect", *c))
        .filter(|e| e.num("width") > 10.0)
        .collect();
    bars.sort_by(|a, b| a.num("x").total_cmp(&b.num("x")));
    bars
}

#[test]
fn department_bars_in_ranking_order() {
    let wb = departments(&[
        ("Finance", &[Some(N), Some(S)]),
        ("HR", &[None]),
        ("Training", &[Some(E), Some(E)]),
    ]);
    let score = OblScore::of(&wb, "Us").internal;
    let text = english();
    let els = elements(&render(|area| obl_department_bars(area, &score, &text)));
    let bars = bars(&els);
    assert_eq!(bars.len(), 2, "no bar for HR, which has nothing rated");
    assert!(has_text(&els, "100%") && has_text(&els, "25%"));
    // Training (100%) left of Finance (25%), a quarter of its height.
    let training = text_el(&els, "Training");
    let finance = text_el(&els, "Finance");
    let hr = text_el(&els, "HR");
    assert!(training.num("x") < finance.num("x") && finance.num("x") < hr.num("x"));
    let ratio = bars[1].num("height") / bars[0].num("height");
    assert!((ratio - 0.25).abs() < 0.02, "{ratio}");
    assert!(has_text(&els, &text.missing));
    // Departments are all drawn alike: nobody is emphasised.
    assert!(!training.is_bold() && !finance.is_bold());
}

#[test]
fn company_bars_highlight_the_company() {
    let wb = workbook::demo::workbook(workbook::Lang::En);
    let score = OblScore::of(&wb, "Our company").industry;
    let text = english();
    let els = elements(&render(|area| obl_company_bars(area, &score, &text)));
    let bars = bars(&els);
    assert_eq!(bars.len(), score.rows.len());
    let own = score
        .rows
        .iter()
        .find(|r| r.key == CompanyRef::Own)
        .unwrap();
    assert!(text_el(&els, &own.name).is_bold());
    let highlighted = filled(&els, "rect", index_colour(true, &P));
    assert_eq!(highlighted.len(), 1);
    // The company's bar stands where its rank puts it.
    let at = score
        .ranking
        .iter()
        .position(|&i| score.rows[i].key == CompanyRef::Own)
        .unwrap();
    assert_eq!(
        bars[at].attr("fill"),
        Some(hex(index_colour(true, &P)).as_str())
    );
}

#[test]
fn company_bars_wrap_long_names_instead_of_cutting_them() {
    let mut wb = workbook::demo::workbook(workbook::Lang::En);
    for (i, c) in wb.competitors.list.iter_mut().enumerate() {
        c.name = format!(
            "Training company {}",
            ["Alpha", "Beta", "Gamma", "Delta"][i % 4]
        );
    }
    let score = OblScore::of(&wb, "Our company").industry;
    let els = elements(&render(|area| obl_company_bars(area, &score, &english())));
    let written: Vec<&str> = texts(&els)
        .into_iter()
        .map(|t| t.content.as_str())
        .collect();
    assert!(written.iter().all(|t| !t.ends_with('…')), "{written:?}");
    // Each name on two lines, the second under the first.
    let joined = written.join(" ");
    for row in &score.rows {
        assert!(joined.contains(&row.name), "{} not in {joined}", row.name);
    }
    // Names that differ only at their end keep that end.
    let first = texts(&els)
        .into_iter()
        .find(|t| t.content == "Training company" || t.content == "Training")
        .expect("a first line");
    let second = texts(&els)
        .into_iter()
        .find(|t| t.content.ends_with("Alpha") && t.num("x") == first.num("x"))
        .expect("the second line under the first");
    assert!(second.num("y") > first.num("y"));
}

#[test]
fn bar_notices() {
    let text = english();
    let cases = [
        (departments(&[]), &text.no_data),
        (departments(&[("HR", &[None, None])]), &text.not_rated),
    ];
    for (wb, notice) in cases {
        let score = OblScore::of(&wb, "Us").internal;
        let els = elements(&render(|area| obl_department_bars(area, &score, &text)));
        assert!(has_text(&els, notice), "{notice}");
        assert!(bars(&els).is_empty());
    }
}
