//! The typed translation layer: every UI string in English and Simplified Chinese.
//!
//! Fixed strings are `Msg` variants (shell and shared words) or variants of a
//! worksheet's own message enum in a submodule; all implement [`Text`]. Strings built
//! from domain values are functions and [`Label`] impls here too, so no other module
//! spells out UI text.

pub mod back;
pub mod competitors;
pub mod customer_import;
pub mod customers;
pub mod gaps;
pub mod internal_customers;
pub mod library;
pub mod loyalty;
pub mod merge;
pub mod new_workbook;
pub mod obl;
pub mod pestle;
pub mod profile;
pub mod report;
pub mod segmentation;
pub mod seven_s;
pub mod sharing;
pub mod stakeholders;
pub mod thresholds;
pub mod undo;

use workbook::codec::DecodeError;
use workbook::swot::{Posture, Quadrant};
use workbook::worksheet::Part;
use workbook::{Lang, ScoreError, Worksheet};

/// A fixed UI string in both languages. Each message enum holds its two languages
/// side by side, so a missing translation is a compile error, not a blank on screen.
pub trait Text: Copy + Send + Sync + 'static {
    fn text(self, lang: Lang) -> &'static str;
}

/// A fixed UI string. `text` holds both languages side by side so that a missing
/// translation is a compile error, not a blank on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppName,
    SkipToContent,
    Worksheets,
    Overview,
    Language,
    Saved,
    Saving,
    NotSaved,
    ExportJson,
    ExportWithRows,
    Cancel,
    Dismiss,
    WorkbookTitle,
    Client,
    Completion,
    Worksheet,
    SwotIntro,
    Score,
    MoveUp,
    MoveDown,
    MoveLeft,
    MoveRight,
    Remove,
    RemoveScore,
    Total,
    Mean,
    Scored,
    Unscored,
    Scores,
    Quadrant,
    InternalBalance,
    ExternalBalance,
    Posture,
    PostureUnknown,
    ChartTotals,
    ChartPosture,
    NoData,
    NotEnoughScores,
    NotScored,
    SentFrom,
    StorageUnavailable,
    StorageFull,
    StorageError,
    UnreadableStored,
    DownloadUnreadable,
    UnreadableKeptAs,
    Missing,
    NotChosen,
    SendToSwot,
    SendToStrengths,
    SendToWeaknesses,
    SendToOpportunities,
    SendToThreats,
    InSwot,
    NothingToSend,
    SourceRemoved,
    Priority,
}

impl Text for Msg {
    fn text(self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Msg::AppName => ("CRM strategy workbook", "CRM 战略工作手册"),
            Msg::SkipToContent => ("Skip to content", "跳到正文"),
            Msg::Worksheets => ("Worksheets", "工作表"),
            Msg::Overview => ("Overview", "总览"),
            Msg::Language => ("Language", "语言"),
            Msg::Saved => ("Saved in this browser", "已保存在本浏览器"),
            Msg::Saving => ("Saving…", "正在保存…"),
            Msg::NotSaved => ("Not saved", "未保存"),
            Msg::ExportJson => ("Export JSON", "导出 JSON"),
            Msg::ExportWithRows => ("with the customer rows", "包含客户明细数据"),
            Msg::Cancel => ("Cancel", "取消"),
            Msg::Dismiss => ("Dismiss", "关闭"),
            Msg::WorkbookTitle => ("Workbook title", "手册标题"),
            Msg::Client => ("Client", "客户"),
            Msg::Completion => ("Completion", "完成度"),
            Msg::Worksheet => ("Worksheet", "工作表"),
            Msg::SwotIntro => (
                "List at least three items in each quadrant and score every item on the 10-point scale (1 = weak, 10 = strong). The totals per quadrant give the balances and the strategic posture.",
                "每个象限至少列出三项,并按10分制为每一项打分(1 = 弱,10 = 强)。各象限的总分给出内外部差额和战略姿态。",
            ),
            Msg::Score => ("Score", "分数"),
            Msg::MoveUp => ("Move up", "上移"),
            Msg::MoveDown => ("Move down", "下移"),
            Msg::MoveLeft => ("Move left", "左移"),
            Msg::MoveRight => ("Move right", "右移"),
            Msg::Remove => ("Remove", "删除"),
            Msg::RemoveScore => ("Remove the score", "清除分数"),
            Msg::Total => ("Total", "总分"),
            Msg::Mean => ("Mean", "平均分"),
            Msg::Scored => ("Scored", "已打分"),
            Msg::Unscored => ("Not scored", "未打分"),
            Msg::Scores => ("Scores", "得分"),
            Msg::Quadrant => ("Quadrant", "象限"),
            Msg::InternalBalance => ("Internal balance (S − W)", "内部差额(S − W)"),
            Msg::ExternalBalance => ("External balance (O − T)", "外部差额(O − T)"),
            Msg::Posture => ("Strategic posture", "战略姿态"),
            Msg::PostureUnknown => (
                "Score at least one item in every quadrant to see the posture.",
                "请在每个象限中至少为一项打分，以显示战略姿态。",
            ),
            Msg::ChartTotals => ("Quadrant totals", "各象限总分"),
            Msg::ChartPosture => ("Posture on the balance plane", "差额平面上的战略姿态"),
            Msg::NoData => ("No scores yet", "尚无分数"),
            Msg::NotEnoughScores => ("Not enough scores yet", "分数不足"),
            Msg::NotScored => ("not scored", "未打分"),
            Msg::SentFrom => ("From", "来自"),
            Msg::StorageUnavailable => (
                "this browser does not allow local storage here (private mode or a setting). Your work stays in this tab only: export it before closing.",
                "此浏览器在这里不允许本地存储(隐私模式或设置所致)。您的内容只保留在此标签页中:关闭前请导出。",
            ),
            Msg::StorageFull => (
                "the browser's storage is full. Your work stays in this tab and the last good save is intact: export it, or free space.",
                "浏览器存储空间已满。您的内容仍保留在此标签页中,上一次成功的保存完好无损:请导出,或释放空间。",
            ),
            Msg::StorageError => (
                "the browser refused to save. Your work stays in this tab and the last good save is intact:",
                "浏览器拒绝保存。您的内容仍保留在此标签页中,上一次成功的保存完好无损:",
            ),
            Msg::UnreadableStored => (
                "This workbook could not be read, so another one is open. The library lists it as unreadable until you delete it.",
                "此手册无法读取,因此打开了另一本手册。在您删除它之前,手册库会将其列为无法读取。",
            ),
            Msg::UnreadableKeptAs => (
                "The unreadable data has not been changed; it is kept in this browser under the key",
                "无法读取的数据未被修改,它保存在本浏览器中,键名为",
            ),
            Msg::DownloadUnreadable => ("Download the unreadable data", "下载无法读取的数据"),
            Msg::Missing => ("missing", "缺失"),
            Msg::NotChosen => ("— not chosen —", "— 未选择 —"),
            Msg::SendToSwot => ("Send to SWOT", "发送到 SWOT"),
            Msg::SendToStrengths => ("Send to SWOT strengths", "发送到 SWOT 优势"),
            Msg::SendToWeaknesses => ("Send to SWOT weaknesses", "发送到 SWOT 劣势"),
            Msg::SendToOpportunities => ("Send to SWOT opportunities", "发送到 SWOT 机会"),
            Msg::SendToThreats => ("Send to SWOT threats", "发送到 SWOT 威胁"),
            Msg::InSwot => ("In SWOT", "已在 SWOT 中"),
            Msg::NothingToSend => (
                "Fill in this row first: there is nothing to send yet.",
                "请先填写此行:目前没有可发送的内容。",
            ),
            Msg::SourceRemoved => (
                "the source has since been removed",
                "来源已被删除",
            ),
            Msg::Priority => ("Priority", "优先级"),
        };
        match lang {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// A domain value's name in the UI.
pub trait Label {
    fn label(&self, lang: Lang) -> &'static str;
}

pub(crate) fn pick(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

impl Label for Lang {
    /// Each language is named in itself, so a user can find their own.
    fn label(&self, _: Lang) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }
}

impl Label for Worksheet {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Worksheet::CompanyProfile => ("Company profile", "公司概况"),
            Worksheet::ProductGaps => ("Product gaps", "产品与客户需求差异"),
            Worksheet::ServiceGaps => ("Service gaps", "服务与客户需求差异"),
            Worksheet::Back => ("BACK", "BACK 分析"),
            Worksheet::Swot => ("SWOT", "SWOT"),
            Worksheet::SevenS => ("7S", "7S"),
            Worksheet::InternalCustomers => ("Internal customers", "内部顾客"),
            Worksheet::Pestle => ("PESTLE", "PESTLE"),
            Worksheet::Stakeholders => ("Stakeholders", "资金持有者/公众"),
            Worksheet::Competitors => ("Competitors", "对手分析"),
            Worksheet::Customers => ("Customer tables", "顾客分析"),
            Worksheet::OblAudit => ("OBL audit", "机构躯体语言审计"),
            Worksheet::Segmentation => ("Segmentation", "客户划分"),
            Worksheet::Loyalty => ("Loyalty", "客户忠诚度"),
        };
        pick(lang, en, zh)
    }
}

impl Label for Part {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Part::Internal => pick(lang, "Internal analysis", "内部分析"),
            Part::External => pick(lang, "External analysis", "外部分析"),
            Part::CustomerAnalysis => pick(lang, "Customer analysis", "顾客分析"),
        }
    }
}

impl Label for Quadrant {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Quadrant::Strengths => pick(lang, "Strengths", "优势"),
            Quadrant::Weaknesses => pick(lang, "Weaknesses", "劣势"),
            Quadrant::Opportunities => pick(lang, "Opportunities", "机会"),
            Quadrant::Threats => pick(lang, "Threats", "威胁"),
        }
    }
}

impl Label for workbook::internal::Priority {
    fn label(&self, lang: Lang) -> &'static str {
        use workbook::internal::Priority;
        match self {
            Priority::High => pick(lang, "High", "高"),
            Priority::Medium => pick(lang, "Medium", "中"),
            Priority::Low => pick(lang, "Low", "低"),
        }
    }
}

impl Label for Posture {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Posture::SO => pick(
                lang,
                "SO — use strengths to seize opportunities (grow)",
                "SO — 发挥优势,抓住机会(增长型)",
            ),
            Posture::ST => pick(
                lang,
                "ST — use strengths to counter threats (diversify)",
                "ST — 利用优势,应对威胁(多元化)",
            ),
            Posture::WO => pick(
                lang,
                "WO — fix weaknesses to take up opportunities (turn around)",
                "WO — 克服劣势,利用机会(扭转型)",
            ),
            Posture::WT => pick(
                lang,
                "WT — reduce weaknesses and avoid threats (defend)",
                "WT — 减少劣势,回避威胁(防御型)",
            ),
        }
    }
}

/// The singular of a quadrant's items, numbered: "Strength 2", "优势 2".
pub fn item_label(lang: Lang, q: Quadrant, number: usize) -> String {
    let noun = match q {
        Quadrant::Strengths => pick(lang, "Strength", "优势"),
        Quadrant::Weaknesses => pick(lang, "Weakness", "劣势"),
        Quadrant::Opportunities => pick(lang, "Opportunity", "机会"),
        Quadrant::Threats => pick(lang, "Threat", "威胁"),
    };
    format!("{noun} {number}")
}

/// The button that adds an item to a quadrant.
pub fn add_item_label(lang: Lang, q: Quadrant) -> &'static str {
    match q {
        Quadrant::Strengths => pick(lang, "Add a strength", "添加优势"),
        Quadrant::Weaknesses => pick(lang, "Add a weakness", "添加劣势"),
        Quadrant::Opportunities => pick(lang, "Add an opportunity", "添加机会"),
        Quadrant::Threats => pick(lang, "Add a threat", "添加威胁"),
    }
}

/// The message next to a score field whose text was refused; `kept` is the score
/// the item keeps meanwhile.
pub fn score_error(lang: Lang, error: ScoreError, typed: &str, kept: Option<u8>) -> String {
    let typed = typed.trim();
    let problem = match (error, lang) {
        (ScoreError::NotANumber, Lang::En) => format!("“{typed}” is not a number."),
        (ScoreError::NotANumber, Lang::Zh) => format!("“{typed}”不是数字。"),
        (ScoreError::NotWhole, Lang::En) => format!("{typed} is not a whole number."),
        (ScoreError::NotWhole, Lang::Zh) => format!("{typed} 不是整数。"),
        (ScoreError::OutOfRange, Lang::En) => format!("{typed} is outside 1–10."),
        (ScoreError::OutOfRange, Lang::Zh) => format!("{typed} 超出 1–10 的范围。"),
    };
    format!("{problem} {}", kept_score(lang, kept))
}

/// The message for a score field emptied while the item has a score.
pub fn score_blank(lang: Lang, kept: u8) -> String {
    match lang {
        Lang::En => format!("Blank: the score stays {kept}. Type 1–10, or remove the score."),
        Lang::Zh => format!("为空:分数仍为 {kept}。请输入 1–10,或清除分数。"),
    }
}

fn kept_score(lang: Lang, kept: Option<u8>) -> String {
    match (kept, lang) {
        (Some(k), Lang::En) => format!("Enter a whole number from 1 to 10; the score stays {k}."),
        (Some(k), Lang::Zh) => format!("请输入 1 到 10 的整数;分数仍为 {k}。"),
        (None, Lang::En) => "Enter a whole number from 1 to 10; the item stays unscored.".into(),
        (None, Lang::Zh) => "请输入 1 到 10 的整数;该项仍未打分。".into(),
    }
}

/// Why a stored or imported file could not be opened.
pub fn decode_error(lang: Lang, error: &DecodeError) -> String {
    match (error, lang) {
        (DecodeError::Syntax { line, column, .. }, Lang::En) => {
            format!("It is not valid JSON (line {line}, column {column}).")
        }
        (DecodeError::Syntax { line, column, .. }, Lang::Zh) => {
            format!("它不是有效的 JSON(第 {line} 行,第 {column} 列)。")
        }
        (DecodeError::TooDeep { line, column }, Lang::En) => format!(
            "It is nested too deeply: more than {} levels (line {line}, column {column}).",
            workbook::codec::MAX_DEPTH
        ),
        (DecodeError::TooDeep { line, column }, Lang::Zh) => format!(
            "它的嵌套层级太深,超过 {} 层(第 {line} 行,第 {column} 列)。",
            workbook::codec::MAX_DEPTH
        ),
        (DecodeError::NumberOutOfRange { line, column }, Lang::En) => {
            format!("It has a number too large to hold (line {line}, column {column}).")
        }
        (DecodeError::NumberOutOfRange { line, column }, Lang::Zh) => {
            format!("它含有一个大到无法表示的数字(第 {line} 行,第 {column} 列)。")
        }
        (DecodeError::NotAWorkbook { .. }, Lang::En) => "It is not a CRM workbook file.".into(),
        (DecodeError::NotAWorkbook { .. }, Lang::Zh) => "它不是 CRM 工作手册文件。".into(),
        (DecodeError::BadVersion, Lang::En) => "Its schema version is missing.".into(),
        (DecodeError::BadVersion, Lang::Zh) => "它缺少格式版本号。".into(),
        (DecodeError::VersionNotWhole { found }, Lang::En) => {
            format!("Its schema version is {found}, not a whole number.")
        }
        (DecodeError::VersionNotWhole { found }, Lang::Zh) => {
            format!("它的格式版本号是 {found},不是整数。")
        }
        (DecodeError::TooNew { found, .. }, Lang::En) => {
            format!("It was made by a newer version of this app (schema {found}).")
        }
        (DecodeError::TooNew { found, .. }, Lang::Zh) => {
            format!("它由本应用的较新版本创建(格式版本 {found})。")
        }
        (DecodeError::Content { path, message }, Lang::En) => {
            format!("The field {path} is wrong: {message}.")
        }
        (DecodeError::Content { path, message }, Lang::Zh) => {
            format!("字段 {path} 有误:{message}。")
        }
    }
}

/// The labels drawn inside both SWOT charts.
pub fn swot_chart_text(lang: Lang) -> charts::SwotChartText {
    charts::SwotChartText {
        quadrant_names: Quadrant::ALL.map(|q| q.label(lang).to_string()),
        total_axis: pick(lang, "Total score", "总分").to_string(),
        internal_axis: pick(lang, "Internal balance S − W", "内部差额 S − W").to_string(),
        external_axis: pick(lang, "External balance O − T", "外部差额 O − T").to_string(),
        posture_names: charts::POSTURE_ORDER.map(|p| p.code().to_string()),
        not_scored: Msg::NotScored.text(lang).to_string(),
        no_data: Msg::NoData.text(lang).to_string(),
        not_enough_scores: Msg::NotEnoughScores.text(lang).to_string(),
        point_label: pick(lang, "Company", "本公司").to_string(),
    }
}

/// A worksheet's completion as shown in the navigation and the overview: a
/// percentage, or "no data" for a worksheet with nothing to fill in yet.
pub fn completion_text(lang: Lang, completion: workbook::completion::Completion) -> String {
    if completion.total == 0 {
        pick(lang, "no data", "无数据").to_string()
    } else {
        format!("{}%", completion.percent())
    }
}

/// "3 scored, 1 not scored" in a quadrant's footer.
pub fn scored_counts(lang: Lang, scored: usize, unscored: usize) -> String {
    match lang {
        Lang::En => format!("{scored} scored, {unscored} not scored"),
        Lang::Zh => format!("已打分 {scored} 项,未打分 {unscored} 项"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_worksheet_is_named_in_both_languages() {
        for w in Worksheet::ALL {
            for lang in Lang::ALL {
                assert!(!w.label(lang).is_empty());
            }
            assert!(!w.label(Lang::Zh).is_ascii() || w.label(Lang::Zh) == w.label(Lang::En));
        }
    }
}
