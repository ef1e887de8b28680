//! Strings of the new-workbook form beyond the library's own: the industry whose
//! OBL departments and criteria a blank workbook starts with.

use workbook::seed::{self, Industry};
use workbook::Lang;

use super::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewMsg {
    Industry,
    Note,
}

impl Text for NewMsg {
    fn text(self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            NewMsg::Industry => ("Industry", "行业"),
            NewMsg::Note => (
                "A blank workbook has none of the demo's content: fill in the client's name, and choose the industry whose departments and criteria the OBL audit starts with (every one can be renamed, added or removed).",
                "空白手册不含示例手册的任何内容：请填写客户名称，并选择行业，组织躯体语言审计将以该行业的部门和标准开始（均可改名、增加或删除）。",
            ),
        };
        match lang {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// An industry template's name in the form's list.
pub fn industry_name(lang: Lang, industry: Industry) -> &'static str {
    seed::pick(industry.name(), lang)
}
