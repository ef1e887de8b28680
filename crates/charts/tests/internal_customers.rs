//! Renders the internal-customer heat map to SVG and checks it: one cell per pair of
//! departments, each scored cell coloured on the sequential scale with its value written
//! in it, empty cells marked, department names along both edges in order.

mod common;

use charts::internal_customers::{empty_cell_colour, heat_colour, text_on};
use charts::style::format_mean;
use charts::{internal_heat_map, InternalCustomersChartText};
use common::*;
use workbook::internal::{InternalCustomersScore, InternalLink};
use workbook::{RowId, Score};

fn english() -> InternalCustomersChartText {
    InternalCustomersChartText {
        server_axis: "Serves".into(),
        customer_axis: "Is served".into(),
        empty_cell: "–".into(),
        no_data: "No links yet".into(),
    }
}

/// Links from (server, customer, service); service 0 stands for "unscored".
fn links(rows: &[(&str, &str, u8)]) -> InternalCustomersScore {
    let links: Vec<InternalLink> = rows
        .iter()
        .enumerate()
        .map(|(i, &(server, customer, service))| InternalLink {
            id: RowId(i as u64 + 1),
            server: server.into(),
            customer: customer.into(),
            need: "need".into(),
            service: Score::new(service).ok(),
        })
        .collect();
    InternalCustomersScore::of(&links)
}

fn svg(score: &InternalCustomersScore) -> String {
    render(|area| internal_heat_map(area, score, &english()))
}

/// The grid's cells, row by row (servers) and column by column (customers), as drawn:
/// every rect except the background, sorted by position.
fn cells(els: &[El]) -> Vec<&El> {
    let mut cells: Vec<&El> = els
        .iter()
        .filter(|e| e.tag == "rect" && e.attr("fill") != Some(hex(P.background).as_str()))
        .collect();
    sort_reading_order(&mut cells);
    cells
}

#[test]
fn cells_show_the_matrix() {
    let score = links(&[
        ("Finance", "Sales", 4),
        ("finance ", "SALES", 7),
        ("Sales", "Training", 9),
        ("Training", "Finance", 1),
        ("Training", "Sales", 0),
    ]);
    let text = english();
    let els = elements(&svg(&score));
    assert!(!has_text(&els, &text.no_data));
    assert!(has_text(&els, &text.server_axis) && has_text(&els, &text.customer_axis));

    let n = score.departments.len();
    assert_eq!(n, 3);
    let cells = cells(&els);
    assert_eq!(cells.len(), n * n, "one cell per pair");
    for (s, row) in score.matrix.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let cell = cells[s * n + c];
            let written = text_in(&els, cell);
            match value {
                Some(v) => {
                    let fill = heat_colour(*v, &P);
                    assert_eq!(cell.attr("fill"), Some(hex(fill).as_str()), "({s}, {c})");
                    assert_eq!(written.content, format_mean(*v), "({s}, {c})");
                    assert!(written.is_bold());
                    assert_eq!(written.attr("fill"), Some(hex(text_on(fill, &P)).as_str()));
                }
                None => {
                    assert_eq!(
                        cell.attr("fill"),
                        Some(hex(empty_cell_colour(&P)).as_str()),
                        "({s}, {c})"
                    );
                    assert_eq!(written.content, text.empty_cell, "({s}, {c})");
                }
            }
        }
    }
    // Finance → Sales averages its two spellings; Training → Sales is listed but unscored.
    assert_eq!(text_in(&els, cells[1]).content, "5.5");
    assert_eq!(text_in(&els, cells[2 * n + 1]).content, text.empty_cell);

    // Names in order of first appearance down the left and across the top.
    let names = ["Finance", "Sales", "Training"];
    let found: Vec<Vec<&El>> = names
        .iter()
        .map(|name| {
            texts(&els)
                .into_iter()
                .filter(|t| t.content == *name)
                .collect()
        })
        .collect();
    for (i, pair) in found.iter().enumerate() {
        assert_eq!(pair.len(), 2, "{}: a row and a column label", names[i]);
    }
    let first_cell = cells[0];
    let row_labels: Vec<&El> = found
        .iter()
        .map(|p| *p.iter().find(|t| t.num("x") < first_cell.num("x")).unwrap())
        .collect();
    let column_labels: Vec<&El> = found
        .iter()
        .map(|p| *p.iter().find(|t| t.num("y") < first_cell.num("y")).unwrap())
        .collect();
    for i in 0..n {
        let row_cell = cells[i * n];
        let centre_y = row_cell.num("y") + row_cell.num("height") / 2.0;
        assert!(
            (row_labels[i].num("y") - centre_y).abs() <= 1.0,
            "row {i} label"
        );
        let column_cell = cells[i];
        let centre_x = column_cell.num("x") + column_cell.num("width") / 2.0;
        assert!(
            (column_labels[i].num("x") - centre_x).abs() <= 1.0,
            "column {i}"
        );
    }
}

#[test]
fn the_colour_scale_is_sequential() {
    // Lighter (higher luminance, here: larger channel sum) for lower service levels.
    let sums: Vec<u32> = (1..=10)
        .map(|v| {
            let c = heat_colour(f64::from(v), &P);
            u32::from(c.0) + u32::from(c.1) + u32::from(c.2)
        })
        .collect();
    assert!(sums.windows(2).all(|w| w[0] > w[1]), "{sums:?}");
    assert_eq!(hex(heat_colour(10.0, &P)), hex(P.favourable));
    // Out-of-scale values are clamped rather than wrapped.
    assert_eq!(heat_colour(0.0, &P), heat_colour(1.0, &P));
    assert_eq!(heat_colour(12.0, &P), heat_colour(10.0, &P));
    // Dark cells take light text, light cells dark text.
    assert_eq!(text_on(heat_colour(10.0, &P), &P), P.background);
    assert_eq!(text_on(heat_colour(1.0, &P), &P), P.text);
    assert_ne!(empty_cell_colour(&P), heat_colour(1.0, &P));
}

#[test]
fn no_departments_draw_no_data() {
    let text = english();
    for rows in [&[][..], &[("", "", 5)][..]] {
        let els = elements(&svg(&links(rows)));
        assert!(has_text(&els, &text.no_data), "{rows:?}");
        assert!(cells(&els).is_empty(), "{rows:?}: cells drawn");
        assert!(!has_text(&els, &text.server_axis));
    }
}

#[test]
fn a_single_department_serving_itself() {
    let els = elements(&svg(&links(&[("HR", "hr", 6)])));
    let cells = cells(&els);
    assert_eq!(cells.len(), 1);
    assert_eq!(text_in(&els, cells[0]).content, "6");
}

#[test]
fn the_real_demo_renders_its_own_matrix() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let wb = workbook::demo::workbook(lang);
        let score = InternalCustomersScore::of(&wb.internal_customers);
        let els = elements(&svg(&score));
        let n = score.departments.len();
        let cells = cells(&els);
        assert_eq!(cells.len(), n * n, "{lang:?}");
        let scored = score.matrix.iter().flatten().flatten().count();
        let coloured = cells
            .iter()
            .filter(|c| c.attr("fill") != Some(hex(empty_cell_colour(&P)).as_str()))
            .count();
        assert_eq!(coloured, scored, "{lang:?}");
        assert!(scored > 0);
    }
}

#[test]
fn labels_are_escaped() {
    let svg = svg(&links(&[("R&D <lab>", "Sales", 5)]));
    assert!(svg.contains("R&amp;D &lt;lab&gt;"));
}
