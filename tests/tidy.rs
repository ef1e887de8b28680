//! Tidy checks over the source tree (in the manner of rust-analyzer's `tidy` tests):
//! every Rust file says what it owns in its first line, no user text can reach the
//! page as markup, files stay one idea long (the few long ones are listed, each
//! with its reason), and every worksheet has its parts in its own folder.

use std::fs;
use std::path::{Path, PathBuf};

use workbook::Worksheet;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, recursively, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The source trees the project writes (not build output, not the fuzz crate's
/// generated corpus).
fn sources() -> Vec<PathBuf> {
    let root = root();
    let mut dirs = vec![root.join("src"), root.join("tests")];
    for krate in ["workbook", "charts"] {
        dirs.push(root.join("crates").join(krate).join("src"));
        dirs.push(root.join("crates").join(krate).join("tests"));
        dirs.push(root.join("crates").join(krate).join("examples"));
    }
    dirs.push(root.join("crates/workbook/fuzz/fuzz_targets"));
    dirs.iter().flat_map(|d| rust_files(d)).collect()
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn every_file_says_what_it_owns() {
    let missing: Vec<String> = sources()
        .into_iter()
        .filter(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            !text.lines().take(3).any(|line| line.starts_with("//!"))
        })
        .map(|p| relative(&p))
        .collect();
    assert!(
        missing.is_empty(),
        "files without a `//!` line: {missing:#?}"
    );
}

#[test]
fn no_markup_from_strings() {
    // Split so that this file does not find itself.
    let needles = [
        ["inner", "_html"].concat(),
        ["inner", "HTML"].concat(),
        ["insertAdjacent", "HTML"].concat(),
    ];
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            needles.iter().any(|n| text.contains(n.as_str()))
        })
        .map(|p| relative(&p))
        .collect();
    assert!(found.is_empty(), "markup set from strings in: {found:?}");
}

/// Files allowed beyond [`MAX_LINES`], with why; an entry whose file has shrunk
/// below the limit fails too, so the list never outlives its reasons.
const LONG_FILES: &[(&str, &str)] = &[
    (
        "crates/workbook/src/demo.rs",
        "the demo's bilingual data tables",
    ),
    (
        "crates/workbook/src/codec.rs",
        "the file format: envelope, migration steps, error paths, and their tests",
    ),
    (
        "crates/workbook/src/workbook.rs",
        "the workbook root and its edits, with their tests",
    ),
    (
        "crates/charts/src/segmentation.rs",
        "six segmentation charts sharing one layout",
    ),
    (
        "crates/charts/tests/segmentation.rs",
        "the segmentation charts' SVG tests",
    ),
    (
        "crates/workbook/src/segmentation/import/mod.rs",
        "the resumable import and its rules",
    ),
    (
        "crates/workbook/src/completion.rs",
        "every worksheet's completion rule, documented",
    ),
    ("crates/charts/src/style.rs", "the shared drawing steps"),
    (
        "src/i18n/zh_style.rs",
        "the Chinese style checks over every string",
    ),
    (
        "crates/workbook/src/merge/tests.rs",
        "the team merge's table tests",
    ),
    (
        "crates/workbook/src/library_file.rs",
        "export all: format, reading, plan, and their tests",
    ),
    (
        "crates/workbook/src/segmentation/import/decode.rs",
        "every encoding's streaming decoder and its tests",
    ),
    (
        "crates/workbook/src/customers/score.rs",
        "the customer tables' scores and their tests",
    ),
    (
        "crates/workbook/src/library.rs",
        "the library's keys, cards, ids and addresses, with their tests",
    ),
    (
        "crates/workbook/src/segmentation/dataset.rs",
        "the column store and its tests",
    ),
    (
        "crates/workbook/tests/segmentation_props.rs",
        "every analysis restated as a property",
    ),
    (
        "crates/workbook/src/segmentation/analysis/mod.rs",
        "the analyses' entry point and result types",
    ),
    (
        "crates/workbook/src/segmentation/import/amount.rs",
        "amount and rating parsing rules with their tables",
    ),
    (
        "src/components/import_rows.rs",
        "the customer data import flow",
    ),
];

const MAX_LINES: usize = 600;

#[test]
fn files_stay_one_idea_long() {
    let mut problems = Vec::new();
    for path in sources() {
        let name = relative(&path);
        let lines = fs::read_to_string(&path)
            .unwrap_or_default()
            .lines()
            .count();
        let allowed = LONG_FILES.iter().any(|(file, _)| *file == name);
        if lines > MAX_LINES && !allowed {
            problems.push(format!(
                "{name}: {lines} lines (over {MAX_LINES}, not in LONG_FILES)"
            ));
        }
    }
    for (file, _) in LONG_FILES {
        let path = root().join(file);
        if let Ok(text) = fs::read_to_string(&path) {
            if text.lines().count() <= MAX_LINES {
                problems.push(format!("{file}: no longer long; take it off LONG_FILES"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The folder under `src/worksheets/` that describes `sheet`.
fn folder(sheet: Worksheet) -> &'static str {
    match sheet {
        Worksheet::CompanyProfile => "profile",
        Worksheet::ProductGaps | Worksheet::ServiceGaps => "gaps",
        Worksheet::Back => "back",
        Worksheet::Swot => "swot",
        Worksheet::SevenS => "seven_s",
        Worksheet::InternalCustomers => "internal_customers",
        Worksheet::Pestle => "pestle",
        Worksheet::Stakeholders => "stakeholders",
        Worksheet::Competitors => "competitors",
        Worksheet::Customers => "customers",
        Worksheet::OblAudit => "obl",
        Worksheet::Segmentation => "segmentation",
        Worksheet::KeyValue => "key_value",
        Worksheet::Loyalty => "loyalty",
        Worksheet::LoyaltyClasses => "loyalty_classes",
        Worksheet::IssueLog => "issue_log",
        Worksheet::ValueScoring => "value_scoring",
        Worksheet::Scorecard => "scorecard",
        Worksheet::Readiness => "readiness",
        Worksheet::ActionPlan => "action_plan",
    }
}

/// Worksheets whose few strings are the shell's own (`i18n::Msg`), so they have no
/// `strings.rs`.
const SHARED_STRINGS: &[&str] = &["swot"];

#[test]
fn every_worksheet_has_its_parts() {
    let dir = root().join("src/worksheets");
    let mut problems = Vec::new();
    for sheet in Worksheet::ALL {
        let name = folder(sheet);
        // guide.rs: how to fill it in, with a worked example (#15).
        let mut parts = vec!["mod.rs", "results.rs", "guide.rs"];
        if !SHARED_STRINGS.contains(&name) {
            parts.push("strings.rs");
        }
        for part in parts {
            if !dir.join(name).join(part).is_file() {
                problems.push(format!("src/worksheets/{name}/{part} is missing"));
            }
        }
    }
    // The page, its results and its strings are in the folder, not elsewhere.
    for old in ["src/pages", "src/i18n"] {
        for sheet in Worksheet::ALL {
            let stray = root().join(old).join(format!("{}.rs", folder(sheet)));
            if stray.exists() {
                problems.push(format!("{} belongs in src/worksheets/", relative(&stray)));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
