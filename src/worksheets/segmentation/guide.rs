//! How to fill in the customer segmentation (#15): the steps in METHOD.md's words and one worked
//! example row, read by `components::guidance`; the example's text values are
//! also the placeholders of the fields they name.

use crate::i18n::segmentation::SegMsg;
use crate::i18n::Text;
use crate::worksheets::guide::{field, Bi, Guide};

/// The customer segmentation.
pub const GUIDE: Guide = Guide {
    steps: &[
        Bi("Import the customers' sales data: a CSV or TSV file, or pasted text, with one row per customer and at least an ID or a name, sales and profit.", "导入客户销售数据：CSV 或 TSV 文件（或粘贴的文本），每行一个客户，至少包括编号或名称、销售额和利润。"),
        Bi("Check the column mapping guessed from the headers and review any bad rows, then import.", "核对根据表头识别的列对应关系，检查有问题的行，然后导入。"),
        Bi("Read the deciles: how many customers make each 10% of profit. Change a threshold on screen where the business needs another cut-off.", "查看十分位分析：每 10% 的利润由多少客户贡献。如业务需要其他分界，可在页面上修改阈值。"),
    ],
    example_of: Bi("A row of the customer file", "客户文件中的一行"),
    example: &[
        field("seg-id", |l| SegMsg::CustomerId.text(l), Bi("C-1024", "C-1024")),
        field("seg-name", |l| SegMsg::Name.text(l), Bi("Huaxin Bank, Shenzhen branch", "华信银行深圳分行")),
        field("seg-sales", |l| SegMsg::Sales.text(l), Bi("360,000", "360,000")),
        field("seg-profit", |l| SegMsg::Profit.text(l), Bi("84,000", "84,000")),
    ],
    hints: &[
    ],
};
