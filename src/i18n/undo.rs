//! Strings of undo and redo: the header's buttons and what they say of the history
//! (kept in memory for the tab), and the notice of a removal with its Undo.

use workbook::Lang;

use super::pick;

messages! {
    pub enum UndoMsg {
        Undo => ("Undo", "撤销"),
        Redo => ("Redo", "重做"),
        UndoTitle => (
            "Undo the last edit (Ctrl+Z, ⌘Z). The history is kept in memory for this tab only: reloading the page or opening another workbook starts it afresh.",
            "撤销上一步编辑（Ctrl+Z、⌘Z）。编辑历史只保存在本标签页的内存中：重新加载页面或打开其他手册后会重新开始。",
        ),
        RedoTitle => (
            "Redo the edit just undone (Ctrl+Shift+Z or Ctrl+Y). The history is kept in memory for this tab only.",
            "重做刚撤销的编辑（Ctrl+Shift+Z 或 Ctrl+Y）。编辑历史只保存在本标签页的内存中。",
        ),
    }
}

/// How much of a removed item's text the notice quotes.
const QUOTED_CHARS: usize = 40;

/// What a removal notice names: the row's name, and its text when it has some
/// ("Strength 2 “Strong brand”"), cut short when long.
pub fn removed_name(lang: Lang, name: &str, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return name.to_string();
    }
    let mut quoted: String = text.chars().take(QUOTED_CHARS).collect();
    if text.chars().count() > QUOTED_CHARS {
        quoted.push('…');
    }
    let space = pick(lang, " ", "");
    format!("{name}{space}“{quoted}”")
}

/// The notice after a removal: "Removed Strength 2 “Strong brand”."
pub fn removed(lang: Lang, what: &str) -> String {
    match lang {
        Lang::En => format!("Removed {what}."),
        Lang::Zh => format!("已删除{what}。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removed_names_table() {
        let long = "x".repeat(QUOTED_CHARS + 5);
        let cut = format!("Removed Gap 1 “{}…”.", "x".repeat(QUOTED_CHARS));
        // (lang, name, text, notice)
        let cases = [
            (
                Lang::En,
                "Strength 2",
                "Strong brand",
                "Removed Strength 2 “Strong brand”.",
            ),
            (Lang::En, "Gap 3", "  ", "Removed Gap 3."),
            (Lang::Zh, "优势 2", "品牌强", "已删除优势 2“品牌强”。"),
            (Lang::En, "Gap 1", long.as_str(), cut.as_str()),
        ];
        for (lang, name, text, want) in cases {
            assert_eq!(removed(lang, &removed_name(lang, name, text)), want);
        }
    }
}
