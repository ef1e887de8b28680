//! Tests of the Chinese texts' punctuation (issue #16): Chinese text takes full-width
//! marks — ，：；（）？！ — so an ASCII comma, colon, semicolon, question or
//! exclamation mark or parenthesis next to Chinese characters is an error. ASCII stays
//! where it belongs: inside numbers ("3,600,000", "1.5") and around Latin-only
//! fragments ("SWOT", "CSV", "(S − W)" after a Latin word).
//!
//! Three nets, because Chinese text reaches the screen three ways:
//! - every variant of every message enum, through the `ALL` lists `messages!` makes;
//! - every string literal with Chinese in it (or on a `Lang::Zh` arm) in the source
//!   files that hold UI text (a tidy-style scan), which reaches the texts functions
//!   build from pieces;
//! - the functions that join pieces (descriptions of charts, summary lines) run on
//!   the Chinese demo workbook and on a blank one, since a separator such as `"; "`
//!   shared by both languages holds no Chinese for the scan to see.

use std::path::{Path, PathBuf};

use workbook::Lang;

use super::*;

/// Stands for a `{…}` format placeholder in a scanned literal: what it will hold is
/// usually Chinese in a Chinese string (a name, a list), so a mark beside it counts
/// as beside Chinese.
const PLACEHOLDER: char = '\u{FFFC}';

/// Whether `c` is part of Chinese text: a Han character, CJK or full-width
/// punctuation, or the curly quotes Chinese uses.
fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{3000}'..='\u{303F}'
        | '\u{FF00}'..='\u{FFEF}'
        | '“' | '”' | '‘' | '’')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// The ASCII marks of `text` that stand in Chinese text, each shown in its context:
/// a comma, colon, semicolon, question or exclamation mark or parenthesis whose
/// nearest non-blank neighbour on either side is Chinese (or a placeholder), a
/// parenthesis whose partner is such a mark, and a full stop that ends a sentence
/// right after a Han character.
pub(super) fn misplaced_ascii(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let chinese_side = |c: Option<&char>| c.is_some_and(|&c| is_chinese(c) || c == PLACEHOLDER);
    let mut flagged = vec![false; chars.len()];
    for (i, &c) in chars.iter().enumerate() {
        flagged[i] = match c {
            ',' | ':' | ';' | '(' | ')' | '?' | '!' => {
                let left = chars[..i].iter().rev().find(|c| !c.is_whitespace());
                let right = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                chinese_side(left) || chinese_side(right)
            }
            // A full stop ends a sentence; "第一组.json" is a file name.
            '.' => {
                i > 0
                    && is_han(chars[i - 1])
                    && !chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric)
            }
            _ => false,
        };
    }
    // "优秀(E)": the closing parenthesis touches only Latin, but its partner does not.
    let mut open = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '(' => open.push(i),
            ')' => {
                if let Some(o) = open.pop() {
                    let either = flagged[o] || flagged[i];
                    flagged[o] = either;
                    flagged[i] = either;
                }
            }
            _ => {}
        }
    }
    flagged
        .iter()
        .enumerate()
        .filter(|(_, &f)| f)
        .map(|(i, _)| {
            let from = i.saturating_sub(8);
            let to = (i + 9).min(chars.len());
            let context: String = chars[from..to].iter().collect();
            format!("{:?} in “{}”", chars[i], context.replace(PLACEHOLDER, "{}"))
        })
        .collect()
}

/// Fails with every misplaced mark of every `(where, text)` found.
fn assert_full_width(texts: &[(String, String)]) {
    let problems: Vec<String> = texts
        .iter()
        .flat_map(|(at, text)| {
            misplaced_ascii(text)
                .into_iter()
                .map(move |p| format!("{at}: {p}"))
        })
        .collect();
    assert!(
        problems.is_empty(),
        "{} ASCII marks in Chinese text (use ，：；（）？！):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_checker_finds_ascii_marks_beside_chinese_and_nothing_else() {
    assert_eq!(misplaced_ascii("优秀(E)").len(), 2);
    assert_eq!(misplaced_ascii("每项按 1–10 打分;未填写").len(), 1);
    assert_eq!(misplaced_ascii("尚无竞争对手: 请添加").len(), 1);
    assert_eq!(misplaced_ascii("完成.").len(), 1);
    assert!(misplaced_ascii("第一组.json").is_empty());
    assert!(misplaced_ascii("优秀（E）、一般（S）：3,600,000 与 1.5").is_empty());
    assert!(misplaced_ascii("导出 JSON · SWOT (S − W) · CSV, TSV").is_empty());
    assert!(misplaced_ascii("另存为“CSV UTF-8”或“CSV”后再导入").is_empty());
    let placeholder = format!("{PLACEHOLDER}:{PLACEHOLDER} 分");
    assert_eq!(misplaced_ascii(&placeholder).len(), 1);
}

/// Every message enum's Chinese texts, by enum and variant.
fn message_texts() -> Vec<(String, String)> {
    use crate::present::strings::PresentMsg;
    use action_plan::ActionMsg;
    use back::BackMsg;
    use competitors::CompMsg;
    use customers::CustMsg;
    use gaps::GapMsg;
    use guidance::{GuideMsg, Scale};
    use internal_customers::InternalMsg;
    use issue_log::IssueMsg;
    use key_value::ValueMsg;
    use library::LibMsg;
    use loyalty_classes::LoyaltyClassMsg;
    use merge::MergeMsg;
    use obl::OblMsg;
    use offline::OfflineMsg;
    use pestle::PestleMsg;
    use profile::ProfileMsg;
    use readiness::ReadyMsg;
    use report::ReportMsg;
    use scorecard::CardMsg;
    use segmentation::SegMsg;
    use seven_s::SevenSMsg;
    use sharing::ShareMsg;
    use stakeholders::StakeholderMsg;
    use undo::UndoMsg;
    use value_scoring::ScoringMsg;
    macro_rules! texts {
        ($($name:ident),+ $(,)?) => {{
            let mut out = Vec::new();
            $(
                for m in $name::ALL {
                    out.push((format!("{}::{m:?}", stringify!($name)), m.text(Lang::Zh).to_string()));
                }
            )+
            out
        }};
    }
    texts!(
        Msg,
        ActionMsg,
        BackMsg,
        CompMsg,
        CustMsg,
        GapMsg,
        GuideMsg,
        Scale,
        InternalMsg,
        ValueMsg,
        LoyaltyClassMsg,
        IssueMsg,
        LibMsg,
        MergeMsg,
        OblMsg,
        OfflineMsg,
        PestleMsg,
        ProfileMsg,
        ReadyMsg,
        CardMsg,
        ReportMsg,
        SegMsg,
        SevenSMsg,
        ShareMsg,
        StakeholderMsg,
        UndoMsg,
        PresentMsg,
        ScoringMsg,
    )
}

/// The names of the domain values, through their own lists where they have one.
fn label_texts() -> Vec<(String, String)> {
    fn all<T: Label + std::fmt::Debug>(
        values: impl IntoIterator<Item = T>,
    ) -> Vec<(String, String)> {
        values
            .into_iter()
            .map(|v| (format!("{v:?}"), v.label(Lang::Zh).to_string()))
            .collect()
    }
    use workbook::external::{Direction, PestleFactor};
    use workbook::internal::{BaggageDecision, CultureType, Priority, SevenSFactor, Verdict};
    use workbook::merge::Field as MergeField;
    use workbook::segmentation::thresholds::Threshold;
    use workbook::segmentation::{self as seg, AbcClass, Group, LoyaltyType, Tier};
    let mut out = Vec::new();
    out.extend(all(Worksheet::ALL));
    out.extend(all([
        Part::Internal,
        Part::External,
        Part::CustomerAnalysis,
        Part::Management,
        Part::Strategy,
    ]));
    out.extend(all(workbook::issues::Answer::ALL));
    out.extend(all(workbook::scorecard::IndicatorKind::ALL));
    out.extend(all(workbook::readiness::BuildStep::ALL));
    out.extend(all(Quadrant::ALL));
    out.extend(all(workbook::key_value::Advice::ALL));
    out.extend(all(workbook::loyalty_classes::LoyaltyClass::ALL));
    out.extend(all(workbook::loyalty_classes::Stage::ALL));
    out.extend(all(charts::gaps::PRIORITY_ORDER));
    out.extend(all(charts::POSTURE_ORDER));
    out.extend(all([Priority::High]));
    out.extend(all(workbook::customers::CustomerTable::ALL));
    out.extend(all([
        BaggageDecision::Keep,
        BaggageDecision::Review,
        BaggageDecision::Drop,
    ]));
    out.extend(all(CultureType::ALL));
    out.extend(all(SevenSFactor::ALL));
    out.extend(all([Verdict::Strength, Verdict::Weakness]));
    out.extend(all(PestleFactor::ALL));
    out.extend(all([Direction::Opportunity, Direction::Threat]));
    out.extend(all(workbook::obl::Rating::ALL));
    out.extend(all(Group::ALL));
    out.extend(all(AbcClass::ALL));
    out.extend(all(Tier::ALL));
    out.extend(all(LoyaltyType::ALL));
    out.extend(all(seg::Quadrant::ALL));
    out.extend(all(seg::Field::ALL));
    out.extend(all([
        MergeField::Score,
        MergeField::Gap,
        MergeField::Hindrance,
        MergeField::Shared,
        MergeField::Strength,
        MergeField::Current,
        MergeField::Target,
        MergeField::Rating,
        MergeField::Service,
        MergeField::Impact,
        MergeField::Likelihood,
        MergeField::Importance,
        MergeField::Fulfilment,
        MergeField::Chance,
    ]));
    out.extend(all([
        Threshold::KeepSales,
        Threshold::GrowFrom,
        Threshold::GrowTo,
        Threshold::Decline,
        Threshold::LowMargin,
        Threshold::AbcA,
        Threshold::AbcB,
        Threshold::TierVip,
        Threshold::TierMajor,
        Threshold::TierOrdinary,
        Threshold::LoyaltyHigh,
        Threshold::SatisfactionVeryLow,
        Threshold::SatisfactionHigh,
        Threshold::SatisfactionVeryHigh,
        Threshold::ValueTop,
    ]));
    out
}

/// Every worksheet's guide (#15): its steps, what its example is, the example's
/// values and labels, and the placeholders.
fn guide_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for sheet in Worksheet::ALL {
        let guide = crate::worksheets::guide::of(sheet);
        let texts = guide.steps.iter().chain([&guide.example_of]);
        for (i, bi) in texts.enumerate() {
            out.push((format!("guide {sheet:?} text {i}"), bi.1.to_string()));
        }
        for f in guide.example.iter().chain(guide.hints) {
            out.push((format!("guide {sheet:?} {}", f.key), f.value.1.to_string()));
            out.push((
                format!("guide {sheet:?} {} label", f.key),
                (f.label)(Lang::Zh).to_string(),
            ));
        }
    }
    out
}

#[test]
fn every_message_and_label_uses_full_width_punctuation() {
    let mut texts = message_texts();
    texts.extend(label_texts());
    texts.extend(guide_texts());
    assert_full_width(&texts);
}

#[test]
fn every_message_enum_is_in_the_punctuation_test() {
    let listed: std::collections::BTreeSet<String> = message_texts()
        .into_iter()
        .map(|(at, _)| at.split("::").next().unwrap_or_default().to_string())
        .collect();
    let mut declared = std::collections::BTreeSet::new();
    for file in rust_files(&root().join("src")) {
        let text = std::fs::read_to_string(&file).expect("readable source");
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if line.trim() == "messages! {" {
                let name = lines
                    .by_ref()
                    .find_map(|l| l.trim().strip_prefix("pub enum "))
                    .and_then(|rest| rest.split_whitespace().next())
                    .expect("messages! declares an enum");
                declared.insert(name.to_string());
            }
        }
    }
    assert_eq!(
        listed, declared,
        "list every messages! enum in message_texts()"
    );
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("readable directory")
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The string literals of Rust source `text` with their line numbers, comments left
/// out; `{…}` placeholders become [`PLACEHOLDER`] and `{{`/`}}` braces.
fn string_literals(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A char literal ('x', '\n', '"') or a lifetime ('a).
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r'
            && (i == 0 || !ident(chars[i - 1]))
            && matches!(next, Some('"') | Some('#'))
        {
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                i += 1; // a raw identifier such as r#type
                continue;
            }
            let start = i + 2 + hashes;
            let mut end = start;
            while end < chars.len()
                && !(chars[end] == '"'
                    && chars[end + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|&&c| c == '#')
                        .count()
                        == hashes)
            {
                end += 1;
            }
            let body: String = chars[start..end].iter().collect();
            out.push((line, body.clone()));
            line += body.matches('\n').count();
            i = end + 1 + hashes;
        } else if c == '"' {
            let start = i + 1;
            let mut end = start;
            while end < chars.len() && chars[end] != '"' {
                end += if chars[end] == '\\' { 2 } else { 1 };
            }
            let body: String = chars[start..end.min(chars.len())].iter().collect();
            out.push((line, body.clone()));
            line += body.matches('\n').count();
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out.into_iter()
        .map(|(line, body)| (line, without_placeholders(&body)))
        .collect()
}

fn without_placeholders(body: &str) -> String {
    let mut out = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                out.push(PLACEHOLDER);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The source files that hold UI text: the app, the charts, and of the domain crate
/// the seed's rows, the demo workbook and its customers, and the library's copy titles.
fn ui_sources() -> Vec<PathBuf> {
    let root = root();
    // This file's own examples of wrong marks are not UI text.
    let mut files: Vec<PathBuf> = rust_files(&root.join("src"))
        .into_iter()
        .filter(|f| !f.ends_with("i18n/zh_style.rs"))
        .collect();
    files.extend(rust_files(&root.join("crates/charts/src")));
    for file in [
        "seed.rs",
        "demo.rs",
        "library.rs",
        "segmentation/demo_data.rs",
    ] {
        files.push(root.join("crates/workbook/src").join(file));
    }
    files
}

#[test]
fn every_chinese_literal_in_the_source_uses_full_width_punctuation() {
    let root = root();
    let mut texts = Vec::new();
    for file in ui_sources() {
        let text = std::fs::read_to_string(&file).expect("readable source");
        let name = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let lines: Vec<&str> = text.lines().collect();
        for (line, literal) in string_literals(&text) {
            // An English text may name something Chinese ("New demo workbook (智讯)"):
            // a literal of mostly Latin letters is English and keeps its marks.
            let han = literal.chars().filter(|&c| is_han(c)).count();
            let latin = literal.chars().filter(char::is_ascii_alphabetic).count();
            // A literal on a `Lang::Zh` arm is Chinese even with no Han in it, such as
            // `"{title}({word})"`: its marks stand between Chinese placeholders.
            let zh_arm = lines.get(line - 1).is_some_and(|l| l.contains("Lang::Zh"));
            if (han > 0 && latin <= 2 * han) || (zh_arm && latin == 0) {
                texts.push((format!("{name}:{line}"), literal));
            }
        }
    }
    assert!(
        texts.len() > 500,
        "the scan found only {} literals",
        texts.len()
    );
    assert_full_width(&texts);
}

#[test]
fn the_literal_scanner_reads_strings_and_skips_comments_and_chars() {
    let source = "// 注释(不算)\nlet a = '\"'; let b = \"优秀(E)\";\n/* \"块(注释)\" */ let c = r#\"原始\"字符串\"#;\nlet d = format!(\"{name}:{x:.1} 分\");";
    let found = string_literals(source);
    let bodies: Vec<&str> = found.iter().map(|(_, b)| b.as_str()).collect();
    assert_eq!(
        bodies,
        [
            "优秀(E)",
            "原始\"字符串",
            &format!("{PLACEHOLDER}:{PLACEHOLDER} 分")
        ]
    );
    assert_eq!(found[0].0, 2);
    assert_eq!(found[2].0, 4);
}

/// The texts functions build from pieces, in Chinese, for `wb` (with its customer
/// analysis and a second team's version for the merge).
fn built_texts(wb: &workbook::Workbook) -> Vec<(String, String)> {
    use workbook::customers::CustomerScore;
    use workbook::external::{Comparison, PestleScore, StakeholderScore};
    use workbook::internal::{GapScore, InternalCustomersScore};
    use workbook::obl::score::RatingGrid;
    use workbook::obl::OblScore;
    use workbook::report::ExecutiveSummary;
    use workbook::segmentation::{analysis::analyse, demo_data};

    let zh = Lang::Zh;
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |at: &str, text: String| out.push((at.to_string(), text));

    let swot = wb.swot.score();
    add("swot totals", swot_totals_description(zh, &swot));
    add("swot posture", swot_posture_description(zh, &swot));
    for q in Quadrant::ALL {
        let s = swot.get(q);
        add("scored counts", scored_counts(zh, s.scored, s.unscored));
        add("quadrant total", quadrant_total(zh, s.known_total()));
    }
    for gaps in [&wb.product_gaps, &wb.service_gaps] {
        add(
            "gaps chart",
            gaps::chart_description(zh, &GapScore::of(gaps)),
        );
    }
    let back = wb.back.score();
    add("back letters", back::letters_description(zh, &back));
    add("back knowledge", back::knowledge_description(zh, &back));
    add("back counts", back::baggage_counts(zh, &back.baggage));
    add(
        "back culture",
        back::culture_text(zh, back.culture.dominant),
    );
    let seven_s = wb.seven_s.score();
    for title in [
        seven_s::SevenSMsg::ChartDiagram,
        seven_s::SevenSMsg::ChartRadar,
    ] {
        add("7S chart", seven_s::chart_description(zh, title, &seven_s));
    }
    add(
        "7S missing",
        seven_s::missing_verdicts(zh, workbook::internal::SevenSFactor::ALL),
    );
    let links = InternalCustomersScore::of(&wb.internal_customers);
    add(
        "internal chart",
        internal_customers::chart_description(zh, &links),
    );
    let pestle = PestleScore::of(&wb.pestle);
    add("pestle chart", pestle::chart_description(zh, &pestle));
    for item in pestle.heaviest() {
        add("pestle heaviest", pestle::heaviest_line(zh, item));
        add("report risk", report::risk_line(zh, item));
    }
    let stakeholders = StakeholderScore::of(&wb.stakeholders);
    add(
        "stakeholder chart",
        stakeholders::chart_description(zh, &stakeholders),
    );
    let own = competitors::CompMsg::OurCompany.text(zh);
    let comparison = Comparison::of(wb, own);
    for title in [
        competitors::CompMsg::ChartTotals,
        competitors::CompMsg::ChartRadar,
    ] {
        add(
            "competitor chart",
            competitors::chart_description(zh, title, &comparison),
        );
    }
    for row in &comparison.rows {
        add("competitor name", competitors::company_name(zh, row));
    }
    add(
        "competitor lead",
        competitors::lead_text(zh, "培训公司 A", 21, 26, 5),
    );
    let customers = CustomerScore::of(&wb.customers);
    add(
        "customer pareto",
        customers::pareto_description(zh, &customers),
    );
    add("customer risk", customers::risk_description(zh, &customers));
    for l in &customers.loss_reasons {
        add("customer pareto line", customers::pareto_line(zh, l));
    }
    let obl = OblScore::of(wb, obl::OblMsg::OwnCompany.text(zh));
    for grid in [RatingGrid::internal(&wb.obl), RatingGrid::industry(wb, own)] {
        add("obl heat map", obl::heat_map_description(zh, &grid));
    }
    add(
        "obl departments",
        obl::bars_description(zh, obl::OblMsg::ChartDepartments, &obl.internal),
    );
    add(
        "obl companies",
        obl::bars_description(zh, obl::OblMsg::ChartCompanies, &obl.industry),
    );
    for row in &obl.internal.rows {
        add("obl department line", obl::department_line(zh, row));
    }

    let data = demo_data::demo(zh);
    let analysis = analyse(&data, &wb.segmentation, &wb.loyalty);
    let summary = &analysis.summary;
    add(
        "deciles",
        segmentation::decile_description(zh, &summary.deciles),
    );
    add("groups", segmentation::group_description(zh, summary));
    add("abc", segmentation::abc_description(zh, summary));
    add("tiers", segmentation::tier_description(zh, summary));
    add("loyalty", loyalty::loyalty_description(zh, summary));
    add(
        "concentration",
        segmentation::concentration_line(zh, summary.gini, summary.top_profit_share(2)),
    );
    add(
        "loss note",
        segmentation::loss_note(zh, summary).expect("the demo has a loss-making decile"),
    );
    for exec in [
        ExecutiveSummary::of(wb, Some(summary)),
        ExecutiveSummary::of(wb, None),
    ] {
        add("report swot", report::swot_totals_line(zh, &exec));
        add("report 7S", report::seven_s_line(zh, &exec));
        add("report competitors", report::competitor_line(zh, &exec));
        add("report OBL", report::obl_line(zh, &exec));
        add("report revenue", report::risk_revenue_line(zh, &exec));
        add("report segmentation", report::segmentation_line(zh, &exec));
    }

    let mut team = wb.clone();
    for item in team.swot.strengths.iter_mut() {
        item.score = workbook::Score::new(1).ok();
    }
    let merged = workbook::merge::merge(wb, &[&team, wb]);
    let names = vec!["第一组".to_string(), "第二组".to_string()];
    let rows: Vec<_> = merged.largest_spreads(5);
    add("merge chart", merge::chart_description(zh, &rows, &names));
    add(
        "merge chart empty",
        merge::chart_description(zh, &[], &names),
    );
    for row in merged.rows.iter().take(40) {
        add("merge item", merge::item_label(zh, &row.item));
        add("merge unmatched", merge::unmatched_line(zh, &row.item));
        add(
            "merge option",
            merge::option_label(zh, "平均分", row.item.score),
        );
    }
    out
}

/// Messages built around names, counts and errors, with Chinese names in them.
fn message_lines() -> Vec<(String, String)> {
    use workbook::codec::DecodeError;
    use workbook::import_preview::SheetChange;
    use workbook::merge::TeamError;
    let zh = Lang::Zh;
    let syntax = DecodeError::Syntax {
        line: 3,
        column: 7,
        message: "x".into(),
    };
    let mut out = vec![
        ("decode".to_string(), decode_error(zh, &syntax)),
        (
            "score error".into(),
            score_error(zh, ScoreError::OutOfRange, "12", Some(7)),
        ),
        ("score blank".into(), score_blank(zh, 7)),
        ("gap".into(), back::gap_text(zh, Some(3))),
        (
            "number error".into(),
            customers::number_error(zh, workbook::number::NumberError::Negative, "-3", None),
        ),
        (
            "library added".into(),
            library::added_notice(zh, &["智讯".into(), "华东".into()]),
        ),
        (
            "share change".into(),
            sharing::change_line(
                zh,
                &SheetChange {
                    added: 1,
                    removed: 2,
                    changed: 3,
                    other: true,
                },
            ),
        ),
        (
            "share field".into(),
            sharing::field_change(zh, sharing::ShareMsg::Title, "旧标题", "新标题"),
        ),
        (
            "share full".into(),
            sharing::full_line(
                zh,
                &sharing::Space {
                    current: 2048,
                    others: vec![("华东".into(), 4096), ("华南".into(), 1024)],
                    backups: 1,
                    deleted: 1,
                    ours: 8000,
                    foreign: 100,
                },
            ),
        ),
        (
            "stakeholder priority".into(),
            stakeholders::row_priority(zh, Some((35, true))),
        ),
        ("pestle weight".into(), pestle::item_weight(zh, Some(5.6))),
    ];
    for error in [
        TeamError::Unreadable(syntax.clone()),
        TeamError::OtherWorkbook {
            found: "甲".into(),
            expected: "乙".into(),
        },
        TeamError::TooLarge {
            size: 1 << 24,
            limit: 1 << 23,
        },
    ] {
        out.push((
            "merge file".into(),
            merge::file_error(zh, "第一组.json", &error),
        ));
    }
    out
}

#[test]
fn messages_built_around_names_and_errors_use_full_width_punctuation() {
    assert_full_width(&message_lines());
}

#[test]
fn texts_built_from_pieces_use_full_width_punctuation() {
    let demo = workbook::demo::workbook(Lang::Zh);
    let blank = workbook::Workbook::seeded("blank", Lang::Zh);
    let mut texts = built_texts(&demo);
    texts.extend(built_texts(&blank));
    // Every industry template's departments and criteria, as a new workbook has them.
    for industry in workbook::seed::Industry::ALL {
        let wb = workbook::Workbook::blank_for("blank", Lang::Zh, industry);
        texts.extend(built_texts(&wb));
    }
    assert_full_width(&texts);
}
