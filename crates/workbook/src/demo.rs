//! The demo workbook: 智讯 (Zhixun), the source's corporate-training example.

use crate::lang::Lang;
use crate::workbook::Workbook;

/// The demo workbook in `lang`. (Being filled in by the demo task.)
pub fn workbook(lang: Lang) -> Workbook {
    Workbook::blank("demo-zhixun", lang)
}
