//! Strings of sharing workbooks and keeping them safe: importing a workbook file and
//! its preview, automatic backups, another tab's newer save, and storage use.

use workbook::import_preview::{ImportError, SheetChange};
use workbook::Lang;

use super::{decode_error, Text};
use crate::storage::StorageError;

messages! {
    pub enum ShareMsg {
        ImportJson => ("Import JSON", "导入 JSON"),
        DropHint => (
            "To open a workbook file someone shared, use “Import JSON” in the header or drop the .json file anywhere on the page. You will see what it holds before anything changes.",
            "要打开他人分享的手册文件，请使用页首的“导入 JSON”，或把 .json 文件拖放到页面任意位置。在做出任何更改之前，您会先看到文件的内容。",
        ),
        Reading => ("Reading the file…", "正在读取文件…"),
        CannotOpen => ("This file cannot be opened.", "无法打开此文件。"),
        NothingChanged => ("Nothing has changed.", "没有任何更改。"),
        PreviewTitle => ("Before anything changes: what this file holds", "更改前预览：此文件的内容"),
        Title => ("Title", "标题"),
        Client => ("Client", "客户"),
        Saved => ("Saved", "保存时间"),
        WorksheetRows => ("Worksheets in the file", "文件中的工作表"),
        Worksheet => ("Worksheet", "工作表"),
        Rows => ("Filled rows", "已填行数"),
        Completion => ("Completion", "完成度"),
        AgainstCurrent => ("Against the one in this browser", "与本浏览器中的版本相比"),
        CustomerRows => ("Customer rows", "客户明细数据"),
        SameWorkbook => (
            "This file is a version of a workbook in this browser (same id).",
            "此文件是本浏览器中某本手册的另一个版本（编号相同）。",
        ),
        Identical => ("It holds exactly what the one in this browser holds.", "其内容与本浏览器中的版本完全相同。"),
        OtherWorkbook => (
            "This browser has no workbook with its id: it is added to the library.",
            "本浏览器中没有相同编号的手册：导入时会将其添加到手册库。",
        ),
        Migrated => (
            "It was made by an older version of this app and will be upgraded.",
            "该文件由本应用的旧版本创建，将自动升级。",
        ),
        UnknownKept => (
            "It has fields from a newer version of this app; they are kept and written back unchanged:",
            "该文件包含本应用较新版本才有的字段，这些字段会原样保留并写回：",
        ),
        ReplaceCurrent => ("Replace the one in this browser", "替换本浏览器中的版本"),
        OpenAsNew => ("Open as a new workbook", "作为新手册打开"),
        OpenIt => ("Add to the library and open", "添加到手册库并打开"),
        MergeScores => ("Merge team scores…", "合并小组评分…"),
        BackupFirst => (
            "Replacing keeps the workbook replaced as an automatic backup first; you can restore it from Backups in the library.",
            "替换前会先自动备份被替换的手册；可在手册库的“备份”中恢复。",
        ),
        Cancel => ("Cancel", "取消"),
        Backups => ("Backups", "备份"),
        BackupsIntro => (
            "Whenever a workbook is replaced (by an imported version of it, or by restoring a backup), the one replaced is kept here first. The newest ten are kept.",
            "每当手册被替换（导入其另一个版本，或恢复备份）时，被替换的手册会先保存在这里。最多保留最近的十份。",
        ),
        NoBackups => ("No backups yet.", "尚无备份。"),
        BackupTime => ("Kept at", "备份时间"),
        Restore => ("Restore", "恢复"),
        Delete => ("Delete", "删除"),
        Actions => ("Actions", "操作"),
        Unreadable => ("unreadable", "无法读取"),
        StaleTitle => ("This workbook was changed in another tab.", "此手册已在另一个标签页中被修改。"),
        DeletedElsewhereTitle => ("This workbook was deleted in another tab.", "此手册已在另一个标签页中被删除。"),
        DeletedElsewhereBody => (
            "Saving in this tab is paused so that it does not come back unnoticed. Save this tab's version as a new workbook to keep it, or download it; it can also be restored from Recently deleted in the library.",
            "本标签页已暂停保存，以免该手册在不知不觉中又被恢复。请把本标签页的版本另存为新手册或下载保存；也可以在手册库的“最近删除”中恢复它。",
        ),
        StaleBody => (
            "Saving in this tab is paused so that neither version overwrites the other. Reload to continue with the other tab's version, or save this tab's version as a new workbook in the library.",
            "本标签页已暂停保存，以免两个版本相互覆盖。请重新载入以使用另一个标签页的版本，或把本标签页的版本另存为手册库中的新手册。",
        ),
        Reload => ("Reload", "重新载入"),
        KeepMine => ("Save my version as a copy", "将我的版本另存为副本"),
        DownloadMine => ("Download my version", "下载我的版本"),
        ChangedElsewhere => ("changed in another tab", "已在另一个标签页中被修改"),
        StorageUse => ("Storage in this browser", "本浏览器中的存储"),
        Key => ("Stored item", "存储项"),
        Size => ("Size", "大小"),
        AskPersist => ("Ask the browser to keep this data", "请求浏览器持久保存这些数据"),
        Persisted => (
            "The browser will keep this data even when space runs low.",
            "即使空间不足，浏览器也会保留这些数据。",
        ),
        NotPersisted => (
            "The browser may clear this data when space runs low; export a file to be safe.",
            "空间不足时，浏览器可能会清除这些数据；为保险起见，请导出文件。",
        ),
        ExportReminder => (
            "Many changes since the last export: consider exporting a JSON file as a backup outside this browser.",
            "自上次导出以来已有许多修改：建议导出 JSON 文件，在浏览器之外保留一份备份。",
        ),
    }
}

/// Megabytes with one decimal, for sizes people compare with their files.
fn mb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// A size in storage, in KB or MB.
pub fn size(bytes: usize) -> String {
    if bytes < 1024 * 1024 {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    } else {
        format!("{} MB", mb(bytes))
    }
}

/// Why an import failed, with the position or path the domain found.
pub fn import_error(lang: Lang, error: &ImportError) -> String {
    match (error, lang) {
        (ImportError::TooLarge { size, limit }, Lang::En) => format!(
            "The file is {} MB; workbook files up to {} MB can be imported.",
            mb(*size),
            mb(*limit)
        ),
        (ImportError::TooLarge { size, limit }, Lang::Zh) => format!(
            "文件大小为 {} MB，可导入的手册文件最大为 {} MB。",
            mb(*size),
            mb(*limit)
        ),
        (ImportError::NotText { offset }, Lang::En) => {
            format!("It is not UTF-8 text (byte {offset}).")
        }
        (ImportError::NotText { offset }, Lang::Zh) => {
            format!("不是 UTF-8 文本（第 {offset} 字节）。")
        }
        (ImportError::Decode(e), _) => decode_error(lang, e),
    }
}

/// One worksheet's difference with the current workbook.
pub fn change_line(lang: Lang, change: &SheetChange) -> String {
    if change.is_empty() {
        return match lang {
            Lang::En => "no change".into(),
            Lang::Zh => "无变化".into(),
        };
    }
    let mut parts = Vec::new();
    let (added, removed, changed, other) = match lang {
        Lang::En => ("added", "removed", "changed", "other fields changed"),
        Lang::Zh => ("新增", "删除", "修改", "其他字段有变化"),
    };
    for (n, word) in [
        (change.added, added),
        (change.removed, removed),
        (change.changed, changed),
    ] {
        if n > 0 {
            parts.push(match lang {
                Lang::En => format!("{n} {word}"),
                Lang::Zh => format!("{word} {n} 行"),
            });
        }
    }
    if change.other {
        parts.push(other.to_string());
    }
    parts.join(super::comma(lang))
}

/// "Title: current → file".
pub fn field_change(lang: Lang, what: ShareMsg, from: &str, to: &str) -> String {
    format!("{}{}“{from}” → “{to}”", what.text(lang), super::colon(lang))
}

pub fn customer_rows_line(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("It carries {n} customer rows; they are stored with the workbook."),
        Lang::Zh => format!("该文件包含 {n} 行客户明细数据，将与手册一起保存。"),
    }
}

pub fn made_with(lang: Lang, saved_at: &str, app_version: &str) -> String {
    match lang {
        Lang::En => format!("Saved {saved_at} by version {app_version}"),
        Lang::Zh => format!("保存于 {saved_at}，版本 {app_version}"),
    }
}

pub fn replaced_with_backup(lang: Lang, time: &str) -> String {
    match lang {
        Lang::En => format!(
            "Workbook replaced. The previous version is kept as the backup of {time} (Workbooks › Backups)."
        ),
        Lang::Zh => format!("手册已替换。原版本已备份于 {time}（手册库 › 备份）。"),
    }
}

pub(crate) fn storage_words(lang: Lang, error: &StorageError) -> String {
    match (error, lang) {
        (StorageError::Full, Lang::En) => "the browser's storage is full".into(),
        (StorageError::Full, Lang::Zh) => "浏览器存储空间已满".into(),
        (StorageError::Unavailable, Lang::En) => "storage is not available".into(),
        (StorageError::Unavailable, Lang::Zh) => "存储不可用".into(),
        (StorageError::Other(why), _) => why.clone(),
    }
}

pub fn backup_failed(lang: Lang, error: &StorageError) -> String {
    let why = storage_words(lang, error);
    match lang {
        Lang::En => format!(
            "The workbook to be replaced could not be kept as a backup ({why}), so nothing was replaced. Export it, or delete old backups, and try again."
        ),
        Lang::Zh => format!(
            "无法备份将被替换的手册（{why}），因此没有进行替换。请先导出，或删除旧备份后重试。"
        ),
    }
}

pub fn backup_rows_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!(
            "The customer rows of the workbook to be replaced could not be kept with its backup ({why}), so nothing was replaced."
        ),
        Lang::Zh => format!("无法随备份保存将被替换手册的客户明细数据（{why}），因此没有进行替换。"),
    }
}

pub fn store_rows_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!(
            "The file's customer rows could not be stored in this browser ({why}), so nothing was replaced."
        ),
        Lang::Zh => format!("无法在本浏览器中保存文件的客户明细数据（{why}），因此没有进行替换。"),
    }
}

pub fn restore_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("The backup could not be read ({why}); nothing was replaced."),
        Lang::Zh => format!("无法读取该备份（{why}）；没有进行替换。"),
    }
}

/// What the app's stored data takes, and the quota when the browser tells.
pub fn usage_line(lang: Lang, used: usize, quota: Option<f64>) -> String {
    match (lang, quota) {
        (Lang::En, Some(q)) => format!(
            "Workbooks and backups take {} in local storage; this site may use about {} in all.",
            size(used),
            size(q as usize)
        ),
        (Lang::En, None) => format!(
            "Workbooks and backups take {} in local storage.",
            size(used)
        ),
        (Lang::Zh, Some(q)) => format!(
            "手册与备份在本地存储中占用 {}；本网站总共约可使用 {}。",
            size(used),
            size(q as usize)
        ),
        (Lang::Zh, None) => format!("手册与备份在本地存储中占用 {}。", size(used)),
    }
}

/// The storage-full message: what takes the space (the open workbook, the three
/// largest others, backups, recently deleted), and the ways out.
/// Where the origin's storage goes, for the storage-full message (bytes as browsers
/// count the quota).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Space {
    /// The open workbook as it would be written.
    pub current: usize,
    /// The library's other workbooks (name, bytes), largest first.
    pub others: Vec<(String, usize)>,
    pub backups: usize,
    pub deleted: usize,
    /// Everything this app keeps.
    pub ours: usize,
    /// Keys of the origin that are not this app's (another app on the same site).
    pub foreign: usize,
}

/// Why an imported file's workbook id cannot be kept, and what happens instead.
pub fn id_replaced(lang: Lang, problem: &workbook::library::IdProblem) -> String {
    use workbook::library::IdProblem as P;
    let why = match (problem, lang) {
        (P::Empty, Lang::En) => "This file's workbook has no id".to_string(),
        (P::Empty, Lang::Zh) => "此文件中的手册没有编号".to_string(),
        (P::Blank, Lang::En) => "This file's workbook id is only white space".to_string(),
        (P::Blank, Lang::Zh) => "此文件中的手册编号只有空白".to_string(),
        (P::SpaceAtEnds, Lang::En) => {
            "This file's workbook id starts or ends with white space".to_string()
        }
        (P::SpaceAtEnds, Lang::Zh) => "此文件中的手册编号首尾带有空白".to_string(),
        (P::Control, Lang::En) => {
            "This file's workbook id contains a control character".to_string()
        }
        (P::Control, Lang::Zh) => "此文件中的手册编号含有控制字符".to_string(),
        (P::TooLong { max }, Lang::En) => {
            format!("This file's workbook id is longer than {max} characters")
        }
        (P::TooLong { max }, Lang::Zh) => format!("此文件中的手册编号超过 {max} 个字符"),
        (P::Reserved { prefix }, Lang::En) => {
            format!("This file's workbook id starts with “{prefix}”, which the app's own keys use")
        }
        (P::Reserved { prefix }, Lang::Zh) => {
            format!("此文件中的手册编号以“{prefix}”开头，这是本应用自用的前缀")
        }
    };
    match lang {
        Lang::En => format!(
            "{why}: it will be added to the library as a new workbook under a new id, and replaces nothing."
        ),
        Lang::Zh => format!("{why}：它将以新编号作为新手册添加到手册库，不会替换任何手册。"),
    }
}

pub fn full_line(lang: Lang, space: &Space) -> String {
    let line = full_line_ours(lang, space);
    if space.foreign == 0 {
        return line;
    }
    match lang {
        Lang::En => format!(
            "{line} This app's data takes {} in all; another {} is used by data on this site that is not this app's (another web app at the same address), which this app cannot delete.",
            size(space.ours),
            size(space.foreign)
        ),
        Lang::Zh => format!(
            "{line}本应用的数据共占用 {}；另有 {} 被本站点上不属于本应用的数据占用（同一地址下的其他网页应用），本应用无法删除这些数据。",
            size(space.ours),
            size(space.foreign)
        ),
    }
}

fn full_line_ours(lang: Lang, space: &Space) -> String {
    let Space {
        current,
        ref others,
        backups,
        deleted,
        ..
    } = *space;
    let largest = others
        .iter()
        .take(3)
        .map(|(title, bytes)| format!("“{title}” {}", size(*bytes)))
        .collect::<Vec<_>>()
        .join(super::pick(lang, ", ", "、"));
    let all_others: usize = others.iter().map(|(_, bytes)| bytes).sum();
    match lang {
        Lang::En => {
            let others = if others.is_empty() {
                String::new()
            } else {
                format!(
                    " {} other workbooks take {} (largest: {largest});",
                    others.len(),
                    size(all_others)
                )
            };
            format!(
                "The browser's storage is full. The open workbook needs {};{others} backups take {}; recently deleted workbooks take {}. Export the workbook to a file, or delete backups or workbooks in the library; the last save is intact.",
                size(current),
                size(backups),
                size(deleted)
            )
        }
        Lang::Zh => {
            let others = if others.is_empty() {
                String::new()
            } else {
                format!(
                    "其他 {} 本手册占用 {}（最大的：{largest}）；",
                    others.len(),
                    size(all_others)
                )
            };
            format!(
                "浏览器存储空间已满。当前手册需要 {}；{others}备份占用 {}；最近删除的手册占用 {}。请把手册导出为文件，或在手册库中删除备份或手册；上次保存的内容完好无损。",
                size(current),
                size(backups),
                size(deleted)
            )
        }
    }
}
