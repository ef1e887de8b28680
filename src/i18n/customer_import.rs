//! Strings of the customer data import: where the rows came from, the import
//! flow's progress and results, the column fields, and why a file or a row was
//! refused.

use workbook::segmentation::import::{AmountError, ImportError, ProblemReason, StartError};
use workbook::segmentation::Field;
use workbook::Lang;

use super::customers::amount;
use super::{pick, Label};

impl Label for Field {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Field::Customer => ("Customer id or name", "客户编号或名称"),
            Field::Name => ("Customer name", "客户名称"),
            Field::Sales => ("Sales", "销售额"),
            Field::Profit => ("Profit", "利润"),
            Field::PreviousSales => ("Previous-period sales", "上期销售额"),
            Field::Satisfaction => ("Satisfaction", "满意度"),
            Field::Loyalty => ("Loyalty / repeat purchase", "忠诚度 / 重复购买"),
            Field::PriceOnly => ("Buys on price only", "只看价格"),
            Field::DaysOverdue => ("Average days overdue", "平均逾期天数"),
        };
        pick(lang, en, zh)
    }
}

/// "12,345 customers from “sales.csv”, imported 2026-11-25 14:03; 2 rows skipped."
pub fn file_source_line(
    lang: Lang,
    customers: usize,
    name: &str,
    at: &str,
    skipped: usize,
) -> String {
    let n = amount(customers as u64);
    match (lang, skipped) {
        (Lang::En, 0) => format!("{n} customers from “{name}”, imported {at}."),
        (Lang::En, k) => {
            format!("{n} customers from “{name}”, imported {at}; {k} rows skipped.")
        }
        (Lang::Zh, 0) => format!("共 {n} 位客户，来自“{name}”，导入于 {at}。"),
        (Lang::Zh, k) => format!("共 {n} 位客户，来自“{name}”，导入于 {at}；跳过 {k} 行。"),
    }
}

pub fn demo_source_line(lang: Lang, customers: usize) -> String {
    let n = amount(customers as u64);
    match lang {
        Lang::En => format!("{n} generated demo customers (a long tail, as real sales have)."),
        Lang::Zh => format!("{n} 位自动生成的示例客户（与真实销售数据一样呈长尾分布）。"),
    }
}

pub fn failed_line(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("The stored customer rows could not be read: {why}"),
        Lang::Zh => format!("无法读取已保存的客户数据：{why}"),
    }
}

/// "37,512 of 40,000,000 bytes · 12,000 rows".
pub fn progress_line(lang: Lang, done: usize, total: usize, rows: usize) -> String {
    let percent = (done * 100).checked_div(total).unwrap_or(100);
    let rows = amount(rows as u64);
    match lang {
        Lang::En => format!("{percent}% · {rows} rows read"),
        Lang::Zh => format!("{percent}% · 已读取 {rows} 行"),
    }
}

/// "3 rows cannot be imported (…). 120 rows are fine. Skip … or cancel …"
pub fn problems_line(
    lang: Lang,
    rows: usize,
    problems: usize,
    listed: usize,
    good: usize,
) -> String {
    let (rows, good) = (amount(rows as u64), amount(good as u64));
    let more = problems > listed;
    let listed = amount(listed as u64);
    let problems = amount(problems as u64);
    match lang {
        Lang::En => format!(
            "{rows} rows cannot be imported{}. {good} rows are fine. Skip the rows with problems and import the rest, or cancel and fix the file.",
            if more { format!(" ({problems} problems; the first {listed} are listed)") } else { String::new() }
        ),
        Lang::Zh => format!(
            "{rows} 行无法导入{}，{good} 行正常。可以跳过有问题的行、导入其余数据，或取消导入并修改文件。",
            if more { format!("（共 {problems} 个问题，列出前 {listed} 个）") } else { String::new() }
        ),
    }
}

pub fn imported_line(lang: Lang, customers: usize) -> String {
    let n = amount(customers as u64);
    match lang {
        Lang::En => format!("Imported {n} customers."),
        Lang::Zh => format!("已导入 {n} 位客户。"),
    }
}

pub fn storing_line(lang: Lang) -> &'static str {
    pick(
        lang,
        "Keeping the rows in this browser…",
        "正在把数据保存到本浏览器…",
    )
}

pub fn store_failed_line(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("The customer rows could not be stored in this browser ({why}). They are here until the page is reloaded: export the workbook with its customer rows to keep them."),
        Lang::Zh => format!("无法在本浏览器中保存客户数据（{why}）。重新加载页面之前，数据仍可使用；如需保留，请连同客户数据一起导出手册。"),
    }
}

pub fn detected_line(lang: Lang, encoding: &str, delimiter: char, columns: usize) -> String {
    let delimiter = match (delimiter, lang) {
        (',', Lang::En) => "comma",
        (',', Lang::Zh) => "逗号",
        (';', Lang::En) => "semicolon",
        (';', Lang::Zh) => "分号",
        ('\t', Lang::En) => "tab",
        ('\t', Lang::Zh) => "制表符",
        (_, _) => "?",
    };
    match lang {
        Lang::En => format!("{encoding}, {delimiter}-separated, {columns} columns."),
        Lang::Zh => format!("{encoding} 编码，以{delimiter}分隔，共 {columns} 列。"),
    }
}

pub fn missing_fields_line(lang: Lang, fields: &[Field]) -> String {
    let names: Vec<&str> = fields.iter().map(|f| f.label(lang)).collect();
    match lang {
        Lang::En => format!("Choose a column for: {}.", names.join(", ")),
        Lang::Zh => format!("请为以下各项选择数据列：{}。", names.join("、")),
    }
}

pub fn too_large_line(lang: Lang, bytes: usize, max: usize) -> String {
    let mb = |b: usize| amount((b / (1024 * 1024)) as u64);
    match lang {
        Lang::En => format!(
            "The file is {} MB; files up to {} MB can be imported. Split it or remove columns the analysis does not use.",
            mb(bytes),
            mb(max)
        ),
        Lang::Zh => format!(
            "文件大小为 {} MB，可导入的文件最大为 {} MB。请拆分文件，或删除分析用不到的列。",
            mb(bytes),
            mb(max)
        ),
    }
}

/// Why a file cannot be imported at all.
pub fn import_error(lang: Lang, error: ImportError) -> String {
    let (en, zh) = match error {
        ImportError::Empty => (
            "The file is empty: it has no header row. Nothing was imported.",
            "文件为空，没有表头行。未导入任何数据。",
        ),
        ImportError::Spreadsheet => (
            "This is an Excel workbook. In Excel, save it as “CSV UTF-8” or “CSV” and import that file. Nothing was imported.",
            "这是 Excel 工作簿。请在 Excel 中另存为“CSV UTF-8”或“CSV”后再导入。未导入任何数据。",
        ),
        ImportError::NotText => (
            "This is not a text file (CSV or TSV). Nothing was imported.",
            "这不是文本文件（CSV 或 TSV）。未导入任何数据。",
        ),
    };
    pick(lang, en, zh).to_string()
}

pub fn start_error(lang: Lang, error: &StartError) -> String {
    match error {
        StartError::MissingRequired(fields) => missing_fields_line(lang, fields),
        StartError::NoSuchColumn { field, .. } => match lang {
            Lang::En => format!(
                "The column chosen for “{}” is not in the file.",
                field.label(lang)
            ),
            Lang::Zh => format!("为“{}”选择的列不在文件中。", field.label(lang)),
        },
    }
}

/// Why a row was left out, in words.
pub fn problem_reason(lang: Lang, reason: &ProblemReason) -> String {
    match (reason, lang) {
        (ProblemReason::MissingRequired, _) => {
            pick(lang, "A required value is blank", "必填值为空").to_string()
        }
        (ProblemReason::NotANumber(AmountError::Invalid), _) => {
            pick(lang, "Not a number", "不是数字").to_string()
        }
        (ProblemReason::NotANumber(AmountError::Ambiguous), _) => pick(
            lang,
            "Unclear whether the separator is a decimal point or a thousands separator",
            "无法判断分隔符是小数点还是千位分隔符",
        )
        .to_string(),
        (ProblemReason::NotANumber(AmountError::Percent), _) => pick(
            lang,
            "A percentage where an amount is expected",
            "应为金额，但填写的是百分比",
        )
        .to_string(),
        (ProblemReason::BadFlag, _) => pick(
            lang,
            "Not yes or no (yes/no, y/n, 1/0, 是/否)",
            "不是“是”或“否”（yes/no、y/n、1/0、是/否）",
        )
        .to_string(),
        (ProblemReason::Duplicate { first_line }, Lang::En) => {
            format!("The same customer is already on line {first_line}")
        }
        (ProblemReason::Duplicate { first_line }, Lang::Zh) => {
            format!("同一客户已出现在第 {first_line} 行")
        }
        (ProblemReason::WrongFieldCount { expected, found }, Lang::En) => {
            format!("{found} cells where the header has {expected}")
        }
        (ProblemReason::WrongFieldCount { expected, found }, Lang::Zh) => {
            format!("该行有 {found} 个单元格，而表头有 {expected} 列")
        }
        (ProblemReason::Undecodable, _) => pick(
            lang,
            "Characters that are not valid in the file's encoding",
            "含有该文件编码下无效的字符",
        )
        .to_string(),
        (ProblemReason::Unreadable, _) => {
            pick(lang, "The row could not be read", "无法读取该行").to_string()
        }
    }
}
