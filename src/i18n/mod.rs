//! The typed translation layer: every UI string in English and Simplified Chinese.
//!
//! Fixed strings are `Msg` variants (shell and shared words) or variants of a
//! worksheet's own message enum in a submodule, every one declared with [`messages!`]
//! (the enum, its `ALL` list and its [`Text`] impl from one two-language table).
//! Strings built from domain values are functions and [`Label`] impls here too, so no
//! other module spells out UI text.

/// Declares a message enum with its texts as one table, each variant with its English
/// and Chinese text side by side:
///
/// ```ignore
/// messages! {
///     /// What the enum is for.
///     pub enum GapMsg {
///         AddRow => ("Add a gap", "添加差距"),
///     }
/// }
/// ```
///
/// It generates the enum (`Clone, Copy, Debug, PartialEq, Eq`), `ALL` (every variant in
/// the table's order, so tests can read every text without a list that could fall
/// behind) and its [`Text`] impl. Each variant must be followed by exactly two string
/// literals: a variant with one text matches no rule of the macro, so a missing
/// language does not compile.
macro_rules! messages {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => ($en:literal, $zh:literal $(,)?) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in the order the table declares them.
            pub const ALL: &'static [$name] = &[$( $name::$variant ),+];
        }

        impl $crate::i18n::Text for $name {
            fn text(self, lang: ::workbook::Lang) -> &'static str {
                let (en, zh) = match self {
                    $( $name::$variant => ($en, $zh) ),+
                };
                $crate::i18n::pick(lang, en, zh)
            }
        }
    };
}

pub use crate::worksheets::action_plan::strings as action_plan;
pub use crate::worksheets::back::strings as back;
pub use crate::worksheets::competitors::strings as competitors;
pub mod customer_import;
pub use crate::worksheets::customers::strings as customers;
pub use crate::worksheets::gaps::strings as gaps;
pub mod guidance;
pub use crate::worksheets::internal_customers::strings as internal_customers;
pub use crate::worksheets::issue_log::strings as issue_log;
pub use crate::worksheets::key_value::strings as key_value;
pub mod library;
pub use crate::worksheets::loyalty::strings as loyalty;
pub use crate::worksheets::loyalty_classes::strings as loyalty_classes;
pub mod merge;
pub use crate::worksheets::obl::strings as obl;
pub mod offline;
pub use crate::worksheets::pestle::strings as pestle;
pub use crate::worksheets::profile::strings as profile;
pub use crate::worksheets::readiness::strings as readiness;
pub use crate::worksheets::scorecard::strings as scorecard;
pub mod report;
pub use crate::worksheets::segmentation::strings as segmentation;
pub use crate::worksheets::seven_s::strings as seven_s;
pub mod sharing;
pub use crate::worksheets::stakeholders::strings as stakeholders;
pub mod thresholds;
pub mod undo;
pub use crate::worksheets::value_scoring::strings as value_scoring;

use workbook::codec::DecodeError;
use workbook::swot::{Posture, Quadrant};
use workbook::worksheet::Part;
use workbook::{Lang, ScoreError, Worksheet};

/// A fixed UI string in both languages. Each message enum holds its two languages
/// side by side, so a missing translation is a compile error, not a blank on screen.
pub trait Text: Copy + Send + Sync + 'static {
    fn text(self, lang: Lang) -> &'static str;
}

messages! {
    /// The shell's strings and the words several worksheets share.
    pub enum Msg {
        AppName => ("CRM strategy workbook", "CRM 战略工作手册"),
        SkipToContent => ("Skip to content", "跳到正文"),
        Worksheets => ("Worksheets", "工作表"),
        Overview => ("Overview", "总览"),
        Language => ("Language", "语言"),
        Saved => ("Saved in this browser", "已保存在本浏览器"),
        Saving => ("Saving…", "正在保存…"),
        NotSaved => ("Not saved", "未保存"),
        ExportJson => ("Export JSON", "导出 JSON"),
        ExportWithRows => ("with the customer rows", "包含客户明细数据"),
        Cancel => ("Cancel", "取消"),
        Dismiss => ("Dismiss", "关闭"),
        WorkbookTitle => ("Workbook title", "手册标题"),
        Client => ("Client", "客户"),
        Completion => ("Completion", "完成度"),
        Worksheet => ("Worksheet", "工作表"),
        SwotIntro => (
            "List at least three items in each quadrant and score every item on the 10-point scale (what 1 and 10 mean is under each quadrant's heading). The totals per quadrant give the balances and the strategic posture.",
            "每个象限至少列出三项，并按 10 分制为每一项打分（1 分和 10 分的含义见各象限标题下方）。由各象限的总分可得出内部、外部差额和战略态势。",
        ),
        Score => ("Score", "分数"),
        MoveUp => ("Move up", "上移"),
        MoveDown => ("Move down", "下移"),
        MoveLeft => ("Move left", "左移"),
        MoveRight => ("Move right", "右移"),
        Remove => ("Remove", "删除"),
        RemoveScore => ("Remove the score", "清除分数"),
        Total => ("Total", "总分"),
        Mean => ("Mean", "平均分"),
        Scored => ("Scored", "已打分"),
        Unscored => ("Not scored", "未打分"),
        Scores => ("Scores", "得分"),
        Quadrant => ("Quadrant", "象限"),
        InternalBalance => ("Internal balance (S − W)", "内部差额（S − W）"),
        ExternalBalance => ("External balance (O − T)", "外部差额（O − T）"),
        Posture => ("Strategic posture", "战略态势"),
        PostureUnknown => (
            "Not enough data yet: score a strength or a weakness, and an opportunity or a threat, with every listed item of those quadrants scored.",
            "尚无足够数据：请为优势或劣势、机会或威胁各至少打一项分，且这些象限中已列出的条目都要打分。",
        ),
        NotEnoughData => ("Not enough data yet", "尚无足够数据"),
        ChartTotals => ("Quadrant totals", "各象限总分"),
        ChartPosture => ("Posture on the balance plane", "差额平面上的战略态势"),
        // Across a chart: nothing listed yet (data missing) is not the same as
        // rows listed but not scored (scores missing).
        NoData => ("No scores yet", "尚无分数"),
        NothingListed => ("No data yet", "尚无数据"),
        NotEnoughScores => ("Not enough scores yet", "分数尚不足"),
        NotScored => ("not scored", "未打分"),
        SentFrom => ("From", "来自"),
        StorageUnavailable => (
            "this browser does not allow local storage here (private mode or a setting). Your work stays in this tab only: export it before closing.",
            "此浏览器不允许本站使用本地存储（可能处于隐私模式，或受设置限制）。您的内容只保留在此标签页中，关闭前请先导出。",
        ),
        StorageFull => (
            "the browser's storage is full. Your work stays in this tab and the last good save is intact: export it, or free space.",
            "浏览器存储空间已满。您的内容仍保留在此标签页中，上次成功保存的内容完好无损。请导出，或释放空间。",
        ),
        StorageError => (
            "the browser refused to save. Your work stays in this tab and the last good save is intact:",
            "浏览器拒绝保存。您的内容仍保留在此标签页中，上次成功保存的内容完好无损：",
        ),
        UnreadableStored => (
            "This workbook could not be read, so another one is open. The library lists it as unreadable until you delete it.",
            "此手册无法读取，因此打开了另一本手册。在您删除之前，手册库会一直将它列为无法读取。",
        ),
        DownloadUnreadable => ("Download the unreadable data", "下载无法读取的数据"),
        UnreadableKeptAs => (
            "The unreadable data has not been changed; it is kept in this browser under the key",
            "无法读取的数据未作任何修改，仍保存在本浏览器中，键名为",
        ),
        Missing => ("missing", "缺失"),
        NotChosen => ("— not chosen —", "— 未选择 —"),
        SendToSwot => ("Send to SWOT", "加入 SWOT"),
        SendToStrengths => ("Send to SWOT strengths", "加入 SWOT 优势"),
        SendToWeaknesses => ("Send to SWOT weaknesses", "加入 SWOT 劣势"),
        SendToOpportunities => ("Send to SWOT opportunities", "加入 SWOT 机会"),
        SendToThreats => ("Send to SWOT threats", "加入 SWOT 威胁"),
        InSwot => ("In SWOT", "已加入 SWOT"),
        NothingToSend => (
            "Fill in this row first: there is nothing to send yet.",
            "请先填写此行：目前还没有可加入的内容。",
        ),
        SourceRemoved => ("the source has since been removed", "来源已被删除"),
        Priority => ("Priority", "优先级"),
        /// After a label, before its value: "Total: 24", "总分：24".
        Colon => (": ", "："),
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
            Worksheet::Stakeholders => ("Stakeholders", "利益相关者"),
            Worksheet::Competitors => ("Competitors", "竞争对手分析"),
            Worksheet::Customers => ("Customer tables", "顾客分析"),
            Worksheet::OblAudit => ("OBL audit", "机构躯体语言审计"),
            Worksheet::Segmentation => ("Segmentation", "客户细分"),
            Worksheet::KeyValue => ("Key-customer value", "关键客户价值分析"),
            Worksheet::Loyalty => ("Loyalty", "客户忠诚度"),
            Worksheet::LoyaltyClasses => (
                "Six customer classes and relationships",
                "六类客户与关系连续流",
            ),
            Worksheet::IssueLog => ("Customer issue log", "客户问题记录"),
            Worksheet::ValueScoring => ("Customer value scoring", "客户价值评分"),
            Worksheet::Scorecard => ("CRM scorecard", "CRM 计分卡"),
            Worksheet::Readiness => ("Twelve-step readiness", "十二步建设进展"),
            Worksheet::ActionPlan => ("Action plan", "行动计划"),
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
            Part::Management => pick(lang, "Measure and implement", "衡量与实施"),
            Part::Strategy => pick(lang, "Strategy", "战略"),
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
                "SO — 发挥优势，抓住机会（增长型）",
            ),
            Posture::ST => pick(
                lang,
                "ST — use strengths to counter threats (diversify)",
                "ST — 利用优势，应对威胁（多元化型）",
            ),
            Posture::WO => pick(
                lang,
                "WO — fix weaknesses to take up opportunities (turn around)",
                "WO — 克服劣势，利用机会（扭转型）",
            ),
            Posture::WT => pick(
                lang,
                "WT — reduce weaknesses and avoid threats (defend)",
                "WT — 减少劣势，回避威胁（防御型）",
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
    // Chinese sentences follow each other without a space.
    match lang {
        Lang::En => format!("{problem} {}", kept_score(lang, kept)),
        Lang::Zh => format!("{problem}{}", kept_score(lang, kept)),
    }
}

/// The message for a score field emptied while the item has a score.
pub fn score_blank(lang: Lang, kept: u8) -> String {
    match lang {
        Lang::En => format!("Blank: the score stays {kept}. Type 1–10, or remove the score."),
        Lang::Zh => format!("已清空：分数仍为 {kept}。请输入 1–10，或清除分数。"),
    }
}

fn kept_score(lang: Lang, kept: Option<u8>) -> String {
    match (kept, lang) {
        (Some(k), Lang::En) => format!("Enter a whole number from 1 to 10; the score stays {k}."),
        (Some(k), Lang::Zh) => format!("请输入 1 到 10 的整数；分数仍为 {k}。"),
        (None, Lang::En) => "Enter a whole number from 1 to 10; the item stays unscored.".into(),
        (None, Lang::Zh) => "请输入 1 到 10 的整数；该项仍未打分。".into(),
    }
}

/// Why a stored or imported file could not be opened.
pub fn decode_error(lang: Lang, error: &DecodeError) -> String {
    match (error, lang) {
        (DecodeError::Syntax { line, column, .. }, Lang::En) => {
            format!("It is not valid JSON (line {line}, column {column}).")
        }
        (DecodeError::Syntax { line, column, .. }, Lang::Zh) => {
            format!("不是有效的 JSON（第 {line} 行第 {column} 列）。")
        }
        (DecodeError::TooDeep { line, column }, Lang::En) => format!(
            "It is nested too deeply: more than {} levels (line {line}, column {column}).",
            workbook::codec::MAX_DEPTH
        ),
        (DecodeError::TooDeep { line, column }, Lang::Zh) => format!(
            "嵌套层级过深，超过 {} 层（第 {line} 行第 {column} 列）。",
            workbook::codec::MAX_DEPTH
        ),
        (DecodeError::NumberOutOfRange { line, column }, Lang::En) => {
            format!("It has a number too large to hold (line {line}, column {column}).")
        }
        (DecodeError::NumberOutOfRange { line, column }, Lang::Zh) => {
            format!("含有一个大到无法表示的数字（第 {line} 行第 {column} 列）。")
        }
        (DecodeError::NotAWorkbook { .. }, Lang::En) => "It is not a CRM workbook file.".into(),
        (DecodeError::NotAWorkbook { .. }, Lang::Zh) => "不是 CRM 战略工作手册文件。".into(),
        (DecodeError::BadVersion, Lang::En) => "Its schema version is missing.".into(),
        (DecodeError::BadVersion, Lang::Zh) => "缺少格式版本号。".into(),
        (DecodeError::VersionNotWhole { found }, Lang::En) => {
            format!("Its schema version is {found}, not a whole number.")
        }
        (DecodeError::VersionNotWhole { found }, Lang::Zh) => {
            format!("格式版本号为 {found}，不是整数。")
        }
        (DecodeError::TooNew { found, .. }, Lang::En) => {
            format!("It was made by a newer version of this app (schema {found}).")
        }
        (DecodeError::TooNew { found, .. }, Lang::Zh) => {
            format!("由本应用的较新版本创建（格式版本 {found}）。")
        }
        (DecodeError::Content { path, message }, Lang::En) => {
            format!("The field {path} is wrong: {message}.")
        }
        (DecodeError::Content { path, message }, Lang::Zh) => {
            format!("字段 {path} 有误：{message}。")
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
        no_data: Msg::NothingListed.text(lang).to_string(),
        not_enough_scores: Msg::NotEnoughScores.text(lang).to_string(),
        point_label: pick(lang, "Company", "本公司").to_string(),
    }
}

/// A worksheet's completion as shown in the navigation and the overview: a
/// percentage, or "no data" for a worksheet with nothing to fill in yet.
pub fn completion_text(lang: Lang, completion: workbook::completion::Completion) -> String {
    if completion.total == 0 {
        pick(lang, "no data", "尚无数据").to_string()
    } else {
        format!("{}%", completion.percent())
    }
}

/// The colon between a label and its value: ": " in English, a full-width "：" with no
/// space in Chinese.
pub fn colon(lang: Lang) -> &'static str {
    Msg::Colon.text(lang)
}

/// Between the items of a list in a sentence: ", " or "，".
pub fn comma(lang: Lang) -> &'static str {
    pick(lang, ", ", "，")
}

/// Between the items of a list of names: ", " or the enumeration comma "、".
pub fn list_separator(lang: Lang) -> &'static str {
    pick(lang, ", ", "、")
}

/// Between the parts of a description: "; " or "；".
pub fn semicolon(lang: Lang) -> &'static str {
    pick(lang, "; ", "；")
}

/// A text with a note in parentheses: "Total (missing)", "总分（缺失）".
pub fn with_note(lang: Lang, text: &str, note: &str) -> String {
    match lang {
        Lang::En => format!("{text} ({note})"),
        Lang::Zh => format!("{text}（{note}）"),
    }
}

/// A quadrant's total as its footer shows it, or "— (missing)" while unknown.
pub fn quadrant_total(lang: Lang, total: Option<u32>) -> String {
    total.map_or_else(
        || with_note(lang, "—", Msg::Missing.text(lang)),
        |t| t.to_string(),
    )
}

/// The SWOT totals chart in words, for screen readers and tests.
pub fn swot_totals_description(lang: Lang, score: &workbook::swot::SwotScore) -> String {
    let parts: Vec<String> = Quadrant::ALL
        .into_iter()
        .map(|q| {
            let total = score
                .get(q)
                .known_total()
                .map_or_else(|| Msg::NotScored.text(lang).to_string(), |t| t.to_string());
            format!("{} {total}", q.label(lang))
        })
        .collect();
    format!(
        "{}{}{}",
        Msg::ChartTotals.text(lang),
        colon(lang),
        parts.join(comma(lang))
    )
}

/// The posture chart in words: both balances and the posture they give.
pub fn swot_posture_description(lang: Lang, score: &workbook::swot::SwotScore) -> String {
    let detail = match (
        score.internal_finding(),
        score.external_finding(),
        score.posture(),
    ) {
        (Some(i), Some(e), Some(p)) => {
            format!(
                "S−W {i:+}{}O−T {e:+}{}{}",
                comma(lang),
                colon(lang),
                p.label(lang)
            )
        }
        _ => Msg::NotEnoughScores.text(lang).to_string(),
    };
    format!("{}{}{detail}", Msg::ChartPosture.text(lang), colon(lang))
}

/// "3 scored, 1 not scored" in a quadrant's footer.
pub fn scored_counts(lang: Lang, scored: usize, unscored: usize) -> String {
    match lang {
        Lang::En => format!("{scored} scored, {unscored} not scored"),
        Lang::Zh => format!("已打分 {scored} 项，未打分 {unscored} 项"),
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

#[cfg(test)]
mod zh_style;
