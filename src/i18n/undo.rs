//! Strings of undo and redo: the header's buttons and their help, and the notice
//! after something filled in was removed.

use workbook::Lang;

use super::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoMsg {
    Undo,
    Redo,
    UndoHint,
    RedoHint,
    Group,
    Help,
}

impl Text for UndoMsg {
    fn text(self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            UndoMsg::Undo => ("Undo", "撤销"),
            UndoMsg::Redo => ("Redo", "重做"),
            UndoMsg::UndoHint => ("Undo the last change (Ctrl+Z)", "撤销上一次修改（Ctrl+Z）"),
            UndoMsg::RedoHint => (
                "Redo the change just undone (Ctrl+Shift+Z or Ctrl+Y)",
                "重做刚撤销的修改（Ctrl+Shift+Z 或 Ctrl+Y）",
            ),
            UndoMsg::Group => ("Undo and redo", "撤销与重做"),
            UndoMsg::Help => (
                "Undo (Ctrl+Z or ⌘Z) and Redo (Ctrl+Shift+Z or Ctrl+Y) step through the last 100 changes to this workbook, on every worksheet: typing in a field counts as one change until you leave the field. The history lives in this tab only: reloading the page or opening another workbook starts it afresh. While you are typing in a field, Ctrl+Z first undoes the typing there, as in any text box. Importing or removing customer data is not undone.",
                "撤销（Ctrl+Z 或 ⌘Z）和重做（Ctrl+Shift+Z 或 Ctrl+Y）可在各工作表中逐步回退或恢复对本手册最近 100 次修改：在一个字段中连续输入，离开该字段前算作一次修改。修改记录只保存在本标签页中：重新加载页面或打开其他手册后将重新开始。正在字段中输入时，Ctrl+Z 先撤销该字段中的输入，与普通文本框相同。导入或删除客户数据无法撤销。",
            ),
        };
        match lang {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// The notice after a removal: "Removed: Strength 2."
pub fn removed(lang: Lang, what: &str) -> String {
    match lang {
        Lang::En => format!("Removed: {what}."),
        Lang::Zh => format!("已删除：{what}。"),
    }
}
