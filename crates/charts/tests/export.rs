//! The SVG export of every chart: drawn through `AnyBackend` (the backend the app
//! uses for the canvas too) for the demo workbook and a blank one, in both languages,
//! and checked to be a well-formed SVG document with the chart's labels escaped.

use charts::export::{svg, AnyArea};
use charts::*;
use workbook::customers::CustomerScore;
use workbook::external::{Comparison, PestleScore, StakeholderScore};
use workbook::internal::{BackScore, GapScore, InternalCustomersScore, SevenSScore};
use workbook::obl::score::RatingGrid;
use workbook::obl::OblScore;
use workbook::segmentation::{LoyaltySettings, Summary};
use workbook::{demo, Lang, Workbook};

/// Every chart of the app, by name, as the app draws it.
type Chart = (
    &'static str,
    Box<dyn Fn(&AnyArea<'_>) -> Result<(), String>>,
);

fn err<E: std::error::Error + Send + Sync>(
    e: plotters::prelude::DrawingAreaErrorKind<E>,
) -> String {
    error_text(&e)
}

/// Labels with every character XML must escape, so a label that is not escaped
/// breaks the document.
const AWKWARD: &str = "R&D <\"best\"> 'team' 研发";

fn all_charts(wb: &Workbook, summary: Summary) -> Vec<Chart> {
    let swot = wb.swot.score();
    let swot2 = swot;
    let gaps = GapScore::of(&wb.product_gaps);
    let back = BackScore::of(&wb.back);
    let back2 = back.clone();
    let seven_s = SevenSScore::of(&wb.seven_s);
    let seven_s2 = seven_s.clone();
    let internal = InternalCustomersScore::of(&wb.internal_customers);
    let pestle = PestleScore::of(&wb.pestle);
    let stakeholders = StakeholderScore::of(&wb.stakeholders);
    let comparison = Comparison::of(wb, AWKWARD);
    let comparison2 = Comparison::of(wb, AWKWARD);
    let customers = CustomerScore::of(&wb.customers);
    let customers2 = customers.clone();
    let grid = RatingGrid::internal(&wb.obl);
    let obl = OblScore::of(wb, AWKWARD);
    let obl2 = obl.clone();
    let loyalty: LoyaltySettings = wb.loyalty.clone();
    let s = std::rc::Rc::new(summary);
    let (s1, s2, s3, s4, s5, s6) = (s.clone(), s.clone(), s.clone(), s.clone(), s.clone(), s);
    let swot_text = SwotChartText {
        quadrant_names: [AWKWARD, "W", "O", "T"].map(String::from),
        point_label: AWKWARD.into(),
        ..Default::default()
    };
    let swot_text2 = swot_text.clone();
    vec![
        (
            "swot totals",
            Box::new(move |a: &AnyArea| swot_totals(a, &swot, &swot_text).map_err(err)),
        ),
        (
            "swot posture",
            Box::new(move |a: &AnyArea| swot_posture(a, &swot2, &swot_text2).map_err(err)),
        ),
        (
            "gaps",
            Box::new(move |a: &AnyArea| gap_bars(a, &gaps, &Default::default()).map_err(err)),
        ),
        (
            "back letters",
            Box::new(move |a: &AnyArea| back_letters(a, &back, &Default::default()).map_err(err)),
        ),
        (
            "back knowledge",
            Box::new(move |a: &AnyArea| {
                back_knowledge(a, &back2, &Default::default()).map_err(err)
            }),
        ),
        (
            "7s diagram",
            Box::new(move |a: &AnyArea| {
                seven_s_diagram(a, &seven_s, &Default::default()).map_err(err)
            }),
        ),
        (
            "7s radar",
            Box::new(move |a: &AnyArea| {
                seven_s_radar(a, &seven_s2, &Default::default()).map_err(err)
            }),
        ),
        (
            "internal heat map",
            Box::new(move |a: &AnyArea| {
                internal_heat_map(a, &internal, &Default::default()).map_err(err)
            }),
        ),
        (
            "pestle",
            Box::new(move |a: &AnyArea| pestle_bars(a, &pestle, &Default::default()).map_err(err)),
        ),
        (
            "stakeholders",
            Box::new(move |a: &AnyArea| {
                stakeholder_matrix(a, &stakeholders, &Default::default()).map_err(err)
            }),
        ),
        (
            "competitor totals",
            Box::new(move |a: &AnyArea| {
                competitor_totals(a, &comparison, &Default::default()).map_err(err)
            }),
        ),
        (
            "competitor radar",
            Box::new(move |a: &AnyArea| {
                competitor_radar(a, &comparison2, &Default::default()).map_err(err)
            }),
        ),
        (
            "loss pareto",
            Box::new(move |a: &AnyArea| {
                loss_pareto(a, &customers, &Default::default()).map_err(err)
            }),
        ),
        (
            "revenue at risk",
            Box::new(move |a: &AnyArea| {
                revenue_at_risk(a, &customers2, &Default::default()).map_err(err)
            }),
        ),
        (
            "obl heat map",
            Box::new(move |a: &AnyArea| obl_heat_map(a, &grid, &Default::default()).map_err(err)),
        ),
        (
            "obl departments",
            Box::new(move |a: &AnyArea| {
                obl_department_bars(a, &obl.internal, &Default::default()).map_err(err)
            }),
        ),
        (
            "obl companies",
            Box::new(move |a: &AnyArea| {
                obl_company_bars(a, &obl2.industry, &Default::default()).map_err(err)
            }),
        ),
        (
            "deciles",
            Box::new(move |a: &AnyArea| decile_bars(a, &s1, &Default::default()).map_err(err)),
        ),
        (
            "abc",
            Box::new(move |a: &AnyArea| abc_bars(a, &s2, &Default::default()).map_err(err)),
        ),
        (
            "tiers",
            Box::new(move |a: &AnyArea| tier_bars(a, &s3, &Default::default()).map_err(err)),
        ),
        (
            "groups",
            Box::new(move |a: &AnyArea| group_bars(a, &s4, &Default::default()).map_err(err)),
        ),
        (
            "lorenz",
            Box::new(move |a: &AnyArea| lorenz_curve(a, &s5, &Default::default()).map_err(err)),
        ),
        (
            "loyalty",
            Box::new(move |a: &AnyArea| {
                loyalty_matrix(a, &s6, &loyalty, &Default::default()).map_err(err)
            }),
        ),
    ]
}

// ---------------------------------------------------------------- well-formedness

/// Checks `doc` is well-formed XML with an `<svg>` root: every tag closed in order,
/// attributes quoted, `&` only in the five predefined or numeric entities, no `<`
/// in text or attributes, no control characters. Returns the element count.
fn check_well_formed(doc: &str) -> Result<usize, String> {
    if doc
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err("control character".into());
    }
    let mut stack: Vec<String> = Vec::new();
    let mut elements = 0;
    let mut roots = 0;
    let mut rest = doc.trim();
    if let Some(after) = rest.strip_prefix("<?xml") {
        rest = &after[after.find("?>").ok_or("unclosed declaration")? + 2..];
    }
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..lt];
        if !stack.is_empty() {
            check_entities(text)?;
        } else if !text.trim().is_empty() {
            return Err(format!("text outside the root: {text:.40}"));
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = &after[after.find("-->").ok_or("unclosed comment")? + 3..];
            continue;
        }
        let gt = find_tag_end(rest).ok_or("unclosed tag")?;
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().ok_or(format!("</{name}> closes nothing"))?;
            if open != name.trim() {
                return Err(format!("<{open}> closed by </{name}>"));
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        let name = &tag[..name_end];
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_alphanumeric() || "-_:".contains(c))
        {
            return Err(format!("bad element name {name:?}"));
        }
        check_attributes(&tag[name_end..])?;
        elements += 1;
        if stack.is_empty() {
            roots += 1;
            if name != "svg" {
                return Err(format!("root is <{name}>"));
            }
        }
        if !self_closing {
            stack.push(name.to_string());
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("<{open}> never closed"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(elements)
}

/// The `>` that ends the tag starting `s`, skipping quoted attribute values.
fn find_tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

fn check_attributes(mut s: &str) -> Result<(), String> {
    let mut seen = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Ok(());
        }
        let eq = s
            .find('=')
            .ok_or(format!("attribute without value: {s:.40}"))?;
        let name = s[..eq].trim();
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(format!("bad attribute name {name:?}"));
        }
        if seen.contains(&name) {
            return Err(format!("attribute {name} twice"));
        }
        seen.push(name);
        let value = s[eq + 1..].trim_start();
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'');
        let quote = quote.ok_or(format!("unquoted attribute {name}"))?;
        let end = value[1..]
            .find(quote)
            .ok_or(format!("unclosed attribute {name}"))?;
        let inner = &value[1..1 + end];
        if inner.contains('<') {
            return Err(format!("< in attribute {name}"));
        }
        check_entities(inner)?;
        s = &value[end + 2..];
    }
}

fn check_entities(text: &str) -> Result<(), String> {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        rest = &rest[amp + 1..];
        let semi = rest.find(';').ok_or(format!("bare & in {text:.60}"))?;
        let entity = &rest[..semi];
        let known = matches!(entity, "amp" | "lt" | "gt" | "quot" | "apos")
            || entity
                .strip_prefix("#x")
                .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
            || entity
                .strip_prefix('#')
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
        if !known {
            return Err(format!("unknown entity &{entity};"));
        }
        rest = &rest[semi + 1..];
    }
    Ok(())
}

// ---------------------------------------------------------------- tests

#[test]
fn the_checker_refuses_what_is_not_well_formed() {
    let good = r#"<svg width="1"><g><text x='1'>a &amp; b &#x4e00;</text></g><rect/></svg>"#;
    assert_eq!(check_well_formed(good), Ok(4));
    for bad in [
        "<svg><g></svg>",
        "<svg><text>a & b</text></svg>",
        "<svg><text>a < b</text></svg>",
        "<svg x=1></svg>",
        r#"<svg x="1" x="2"></svg>"#,
        r#"<svg x="a<b"></svg>"#,
        "<svg></svg><svg></svg>",
        "<g></g>",
        "<svg><text>&nbsp;</text></svg>",
    ] {
        assert!(check_well_formed(bad).is_err(), "accepted {bad}");
    }
}

#[test]
fn every_chart_exports_well_formed_svg() {
    let blank = Workbook::blank("b", Lang::En);
    for (name, wb) in [
        ("demo en", demo::workbook(Lang::En)),
        ("demo zh", demo::workbook(Lang::Zh)),
        ("blank", blank),
    ] {
        let summary = wb
            .customer_data
            .as_ref()
            .map(|d| d.summary.clone())
            .unwrap_or_default();
        for (chart, draw) in all_charts(&wb, summary) {
            let doc = svg((480, 320), |area| draw(area))
                .unwrap_or_else(|e| panic!("{name} {chart}: {e}"));
            let elements =
                check_well_formed(&doc).unwrap_or_else(|e| panic!("{name} {chart}: {e}"));
            assert!(elements > 2, "{name} {chart}: drew nothing");
            assert!(doc.contains(r#"width="480""#), "{name} {chart}: size");
            assert!(!doc.contains("NaN"), "{name} {chart}: NaN");
        }
    }
}

#[test]
fn labels_are_escaped_in_the_export() {
    let wb = demo::workbook(Lang::En);
    let charts = all_charts(&wb, Summary::default());
    let (_, totals) = &charts[0];
    let doc = svg((480, 320), |area| totals(area)).unwrap();
    assert!(
        doc.contains("R&amp;D &lt;"),
        "label not escaped: {doc:.2000}"
    );
    assert!(!doc.contains(AWKWARD));
}

#[test]
fn the_export_is_drawn_at_the_requested_size_on_white() {
    let doc = svg((200, 100), |_| Ok(())).unwrap();
    check_well_formed(&doc).unwrap();
    assert!(doc.contains(r#"width="200""#) && doc.contains(r#"height="100""#));
    assert!(doc.contains("#FFFFFF"), "white background: {doc}");
    let failed = svg((200, 100), |_| Err("no data".to_string()));
    assert_eq!(failed, Err("no data".to_string()));
}
