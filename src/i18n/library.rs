//! Strings of the workbook library: the list and its actions, new workbooks,
//! recently deleted workbooks, "export all" and adding a file of several workbooks.

use workbook::library::TitleError;
use workbook::library_file::Fate;
use workbook::Lang;

use super::{decode_error, Text};
use crate::library::OpenError;
use crate::storage::StorageError;

messages! {
    pub enum LibMsg {
        Library => ("Workbooks", "手册库"),
        Intro => (
            "Every workbook kept in this browser. Each has its own address: bookmark it or open several in tabs.",
            "本浏览器中保存的所有手册。每本手册都有自己的网址，可加入书签或在多个标签页中打开。",
        ),
        Caption => ("Workbooks in this browser", "本浏览器中的手册"),
        Find => ("Find a workbook (title or client)", "查找手册（标题或客户）"),
        Title => ("Title", "标题"),
        Client => ("Client", "客户"),
        LastChange => ("Last change", "最近修改"),
        Completion => ("Completion", "完成度"),
        Size => ("Size", "大小"),
        Actions => ("Actions", "操作"),
        IsOpen => ("open now", "当前打开"),
        Open => ("Open", "打开"),
        Duplicate => ("Duplicate", "复制"),
        Rename => ("Rename", "重命名"),
        NewTitle => ("New title", "新标题"),
        Save => ("Save", "保存"),
        Cancel => ("Cancel", "取消"),
        Delete => ("Delete", "删除"),
        Untitled => ("Untitled workbook", "未命名手册"),
        Unreadable => ("Unreadable data", "无法读取的数据"),
        Download => ("Download", "下载"),
        NewWorkbook => ("New workbook", "新建手册"),
        CreateBlank => ("Create blank workbook", "创建空白手册"),
        Industry => ("Industry", "行业"),
        IndustryNote => (
            "A blank workbook starts empty; its OBL audit lists departments and criteria that fit this industry, to edit as you go.",
            "空白手册不含任何示例内容；其 OBL 审计按所选行业列出部门和评定标准，可随时修改。",
        ),
        CreateDemo => ("New demo workbook (智讯)", "新建示例手册（智讯）"),
        ExportAll => ("Export all workbooks", "导出全部手册"),
        ExportAllNote => (
            "One JSON file with every workbook above, without customer rows (export a workbook on its own to include them).",
            "一个 JSON 文件，包含以上全部手册，但不含客户明细数据（如需包含，请单独导出相应手册）。",
        ),
        Deleted => ("Recently deleted", "最近删除"),
        DeletedIntro => (
            "Deleted workbooks stay here for 30 days, with their customer rows, and can be restored.",
            "已删除的手册（连同客户明细数据）会在这里保留 30 天，可随时恢复。",
        ),
        DeletedAt => ("Deleted", "删除时间"),
        NoneDeleted => ("Nothing deleted.", "没有已删除的手册。"),
        PutBack => ("Restore", "恢复"),
        DeleteForever => ("Delete permanently", "永久删除"),
        DownloadAndDelete => ("Download, then delete permanently", "下载后永久删除"),
        Undo => ("Undo", "撤销"),
        FileTitle => ("Before anything changes: the workbooks in this file", "更改前预览：此文件中的手册"),
        FileNoRows => (
            "Files with several workbooks carry no customer rows. Nothing in the library is replaced: a workbook that differs from one already here is added as a copy.",
            "包含多本手册的文件不含客户明细数据。手册库中的现有内容不会被替换：与已有手册不同的，会作为副本添加。",
        ),
        Fate => ("What happens", "处理方式"),
        AddAll => ("Add to the library", "添加到手册库"),
    }
}

/// A workbook's name in lists and notices: its title, "Untitled workbook" for a
/// blank one, or "Unreadable data <id>" when its stored text does not decode.
pub fn display_name(lang: Lang, title: Option<&str>, id: &str) -> String {
    match title {
        Some(title) if !title.trim().is_empty() => title.to_string(),
        Some(_) => LibMsg::Untitled.text(lang).to_string(),
        None => format!("{} {id}", LibMsg::Unreadable.text(lang)),
    }
}

/// What adding a library file does with one of its workbooks.
pub fn fate(lang: Lang, fate: &Fate) -> &'static str {
    match (fate, lang) {
        (Fate::New, Lang::En) => "added",
        (Fate::New, Lang::Zh) => "将添加",
        (Fate::Identical, Lang::En) => "already here, identical: skipped",
        (Fate::Identical, Lang::Zh) => "已存在且完全相同：跳过",
        (Fate::AsCopy { .. }, Lang::En) => "differs from the one here: added as a copy",
        (Fate::AsCopy { .. }, Lang::Zh) => "与已有手册不同：作为副本添加",
    }
}

pub fn no_match(lang: Lang, query: &str) -> String {
    match lang {
        Lang::En => format!("No workbook matches “{}”.", query.trim()),
        Lang::Zh => format!("没有与“{}”匹配的手册。", query.trim()),
    }
}

pub fn title_error(lang: Lang, error: TitleError) -> String {
    match (error, lang) {
        (TitleError::Empty, Lang::En) => "A workbook needs a title.".into(),
        (TitleError::Empty, Lang::Zh) => "手册需要标题。".into(),
        (TitleError::TooLong { max }, Lang::En) => format!("At most {max} characters."),
        (TitleError::TooLong { max }, Lang::Zh) => format!("最多 {max} 个字符。"),
    }
}

pub fn deleted_notice(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("“{title}” was deleted. It stays under Recently deleted for 30 days."),
        Lang::Zh => format!("已删除“{title}”，它会在“最近删除”中保留 30 天。"),
    }
}

pub fn deleted_for_good_notice(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!(
            "“{title}” was downloaded, then deleted from this browser. Import the downloaded file to bring it back."
        ),
        Lang::Zh => format!("已下载“{title}”，然后将其从本浏览器中删除。导入下载的文件即可恢复。"),
    }
}

/// Storage is too full to keep workbook `name` in Recently deleted: what that
/// means, and the way out the buttons beside it offer.
pub fn no_room_to_keep(lang: Lang, name: &str, size: &str) -> String {
    match lang {
        Lang::En => format!(
            "Storage is full, so “{name}” ({size}) cannot be kept under Recently deleted: that would need as much free space again. Download it (the complete workbook, which you can import again), then delete it from this browser to free the space?"
        ),
        Lang::Zh => format!(
            "存储空间已满，无法将“{name}”（{size}）移入“最近删除”：那需要同样大小的剩余空间。是否先下载（完整的手册文件，可再次导入），再从本浏览器中删除，以腾出空间？"
        ),
    }
}

pub fn download_failed(lang: Lang) -> String {
    match lang {
        Lang::En => "The download could not be started, so nothing was deleted.".into(),
        Lang::Zh => "无法开始下载，因此没有删除任何内容。".into(),
    }
}

pub fn added_notice(lang: Lang, titles: &[String]) -> String {
    let list = titles
        .iter()
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(super::pick(lang, ", ", "、"));
    match (lang, titles.len()) {
        (Lang::En, 0) => "Nothing was added: every workbook in the file is already here.".into(),
        (Lang::Zh, 0) => "没有添加任何手册：文件中的手册都已存在。".into(),
        (Lang::En, _) => format!("Added to the library: {list}."),
        (Lang::Zh, _) => format!("已添加到手册库：{list}。"),
    }
}

pub fn no_such_workbook(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!(
            "This browser has no workbook “{id}” (the address may come from another computer, or the workbook was deleted). Here are the workbooks it has."
        ),
        Lang::Zh => format!(
            "本浏览器中没有手册“{id}”（该网址可能来自另一台电脑，或该手册已被删除）。以下是本浏览器中的手册。"
        ),
    }
}

pub fn storage_error(lang: Lang, error: &StorageError) -> String {
    let why = super::sharing::storage_words(lang, error);
    match lang {
        Lang::En => format!("Nothing was changed: {why}."),
        Lang::Zh => format!("未作任何更改：{why}。"),
    }
}

pub fn open_error(lang: Lang, error: &OpenError) -> String {
    match (error, lang) {
        (OpenError::Unsaved, Lang::En) => "The open workbook has changes that are not saved (see the message above); deal with them first so they are not lost.".into(),
        (OpenError::Unsaved, Lang::Zh) => "当前打开的手册有尚未保存的修改（见上方提示）；请先处理，以免丢失。".into(),
        (OpenError::Missing, Lang::En) => "That workbook is no longer in this browser.".into(),
        (OpenError::Missing, Lang::Zh) => "该手册已不在本浏览器中。".into(),
        (OpenError::Unreadable { error, .. }, _) => decode_error(lang, error),
        (OpenError::NoStorage(e), _) => storage_error(lang, e),
    }
}

/// "12 workbooks" above a library file's preview.
pub fn file_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En if n == 1 => "1 workbook".into(),
        Lang::En => format!("{n} workbooks"),
        Lang::Zh => format!("{n} 本手册"),
    }
}
