//! Strings of the team merge: its fixed words, the names of scored items and their
//! fields, the lines built from counts and files, and the chart's labels and
//! description in words.

use workbook::merge::{CultureRank, Field, Item, ItemName, MergedItem, Section, TeamError};
use workbook::Lang;

use super::{decode_error, pick, Label, Text};

messages! {
    pub enum MergeMsg {
        Nav => ("Team merge", "小组合并"),
        Title => ("Team merge: workshop consensus", "小组合并：研讨会共识"),
        Intro => (
            "Load the files several teams exported from this workbook. Every scored item shows each team's score, the mean, the median and the spread (highest − lowest); a spread of 4 or more is flagged for discussion. Adopt a value per item, or all means at once: the scores of this workbook change and are saved.",
            "载入各小组从本手册导出的文件。每个已打分条目显示各小组的分数、平均分、中位数和分差（最高 − 最低）；分差达到 4 或以上的条目会被标记，供讨论。可逐项采用某个数值，或一次采用全部平均分：本手册中的分数随之改变并保存。",
        ),
        Files => ("Teams' files", "小组文件"),
        ChooseFiles => ("Team files (JSON exports of this workbook)", "小组文件（本手册导出的 JSON）"),
        DropHere => ("…or drop the files here.", "……或将文件拖放到这里。"),
        Teams => ("Teams", "小组"),
        NoTeams => ("No team file loaded yet.", "尚未载入小组文件。"),
        TeamName => ("Team name", "小组名称"),
        RemoveTeam => ("Remove", "移除"),
        Item => ("Item", "条目"),
        Mean => ("Mean", "平均分"),
        Median => ("Median", "中位数"),
        Spread => ("Spread", "分差"),
        Flag => ("Flag", "标记"),
        Discuss => ("Discuss", "需讨论"),
        Current => ("In this workbook", "本手册中"),
        Adopt => ("Adopt", "采用"),
        AdoptValue => ("Value to adopt", "要采用的数值"),
        AdoptAllMeans => ("Adopt all means", "采用全部平均分"),
        Undo => ("Undo last adoption", "撤销上一次采用"),
        FlaggedOnly => ("Show flagged items only", "只显示已标记的条目"),
        ByText => ("* matched by its text: the team's row has another id.", "* 按文字匹配：该小组的这一行编号不同。"),
        Unmatched => ("Items not found in this workbook", "本手册中找不到的条目"),
        NoUnmatched => ("Every item matched.", "所有条目均已匹配。"),
        NothingToAdopt => (
            "Nothing changed: the workbook already has these scores.",
            "没有变化：本手册中已经是这些分数。",
        ),
        Undone => ("The last adoption is undone.", "已撤销上一次采用。"),
        Chart => ("Where the teams disagree most", "各小组分歧最大的条目"),
        ChartEmpty => ("Load at least two teams' files", "请至少载入两个小组的文件"),
        Items => ("Scored items", "已打分条目"),
        FileErrors => ("Files not loaded", "未载入的文件"),
    }
}

impl Label for Field {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Field::Score => ("score", "分数"),
            Field::Gap => ("gap", "差距"),
            Field::Hindrance => ("hindrance", "阻碍程度"),
            Field::Shared => ("shared", "认同程度"),
            Field::Strength => ("strength", "明显程度"),
            Field::Current => ("current level", "当前水平"),
            Field::Target => ("target level", "目标水平"),
            Field::Rating => ("rating", "评分"),
            Field::Service => ("service", "服务水平"),
            Field::Impact => ("impact", "影响"),
            Field::Likelihood => ("likelihood", "可能性"),
            Field::Importance => ("importance", "重要性"),
            Field::Fulfilment => ("fulfilment", "满足程度"),
            Field::Chance => ("chance", "成功可能性"),
            Field::Cost => ("cost to deliver", "交付成本"),
            Field::Value => ("value it earns", "带来的价值"),
            Field::Today => ("relationship today", "目前的关系"),
            Field::Targeted => ("target relationship", "目标关系"),
        };
        pick(lang, en, zh)
    }
}

/// Fields that share their row with another score, so the item must name which.
fn names_field(field: Field) -> bool {
    matches!(
        field,
        Field::Current
            | Field::Target
            | Field::Impact
            | Field::Likelihood
            | Field::Importance
            | Field::Fulfilment
            | Field::Cost
            | Field::Value
            | Field::Today
            | Field::Targeted
    )
}

/// An item in one line: where it sits within its worksheet, its name, and for rows
/// with two scores which one, e.g. "Strengths · Good trainers",
/// "Economic · Slower growth (impact)", "Dominant culture: Role".
pub fn item_label(lang: Lang, item: &Item) -> String {
    let name = match &item.name {
        ItemName::Text(t) if t.trim().is_empty() => {
            pick(lang, "(no text)", "（无内容）").to_string()
        }
        ItemName::Text(t) => t.trim().to_string(),
        ItemName::Factor(f) => f.label(lang).to_string(),
        ItemName::Culture(rank, kind) => {
            let rank = match rank {
                CultureRank::Dominant => pick(lang, "Dominant culture", "主导文化"),
                CultureRank::Secondary => pick(lang, "Secondary culture", "次要文化"),
            };
            format!("{rank}{}{}", super::colon(lang), kind.label(lang))
        }
    };
    let section = match &item.section {
        Section::None => None,
        Section::Quadrant(q) => Some(q.label(lang).to_string()),
        Section::Competitor { name, quadrant } => {
            Some(format!("{} · {}", name.trim(), quadrant.label(lang)))
        }
        Section::Pestle(f) => Some(f.label(lang).to_string()),
    };
    let mut line = match section {
        Some(s) => format!("{s} · {name}"),
        None => name,
    };
    if names_field(item.key.field) {
        line = super::with_note(lang, &line, item.key.field.label(lang));
    }
    line
}

/// An item's name on the chart: as in the table, with the worksheet in front where
/// nothing else tells where the item is ("7S · Staff"), since the chart has no
/// worksheet column.
pub fn chart_label(lang: Lang, item: &Item) -> String {
    let label = item_label(lang, item);
    match item.section {
        Section::None => format!("{} · {label}", item.key.worksheet.label(lang)),
        _ => label,
    }
}

/// A team's default name: its file name without the `.json` ending.
pub fn team_name_of_file(file: &str) -> String {
    let stem = file
        .strip_suffix(".json")
        .or_else(|| file.strip_suffix(".JSON"));
    stem.unwrap_or(file).to_string()
}

/// The visible label of a team's name field: "Team 2 (file team-b.json)".
pub fn team_name_label(lang: Lang, number: usize, file: &str) -> String {
    match lang {
        Lang::En => format!("Name of team {number} (file {file})"),
        Lang::Zh => format!("第 {number} 组名称（文件 {file}）"),
    }
}

/// The accessible name of a team's remove button.
pub fn remove_team_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Remove team {name}"),
        Lang::Zh => format!("移除小组 {name}"),
    }
}

/// Why a file did not join the merge, naming the file.
pub fn file_error(lang: Lang, file: &str, error: &TeamError) -> String {
    match (error, lang) {
        (TeamError::Unreadable(e), _) => {
            format!("{file}{}{}", super::colon(lang), decode_error(lang, e))
        }
        (TeamError::OtherWorkbook { found, expected }, Lang::En) => format!(
            "{file}: it is a copy of another workbook (id “{found}”); team files must be exports or duplicates of this workbook (id “{expected}”), or of the workbook it was duplicated from."
        ),
        (TeamError::OtherWorkbook { found, expected }, Lang::Zh) => format!(
            "{file}：该文件属于另一本手册（编号“{found}”）；小组文件必须是本手册（编号“{expected}”）或其来源手册的导出文件或副本。"
        ),
        (TeamError::TooLarge { size, limit }, _) => {
            let as_import = super::sharing::import_error(
                lang,
                &workbook::import_preview::ImportError::TooLarge {
                    size: *size,
                    limit: *limit,
                },
            );
            format!("{file}{}{as_import}", super::colon(lang))
        }
    }
}

/// A mean or median for display, with one decimal.
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), |v| format!("{v:.1}"))
}

/// An option of the adopt select: "Mean (7)", "Team B (4)", "Team C (—)".
pub fn option_label(lang: Lang, name: &str, value: Option<workbook::Score>) -> String {
    let value = value.map_or_else(|| "—".to_string(), |v| v.to_string());
    super::with_note(lang, name, &value)
}

/// What an adoption did.
pub fn adopted_line(lang: Lang, changed: usize) -> String {
    match (lang, changed) {
        (Lang::En, 1) => "1 score adopted; the workbook is saved.".to_string(),
        (Lang::En, n) => format!("{n} scores adopted; the workbook is saved."),
        (Lang::Zh, n) => format!("已采用 {n} 个分数；手册已保存。"),
    }
}

/// The heading of a team's unmatched items.
pub fn unmatched_heading(lang: Lang, team: &str, count: usize) -> String {
    match lang {
        Lang::En => format!("{team}: {count} not found"),
        Lang::Zh => format!("{team}：{count} 项未找到"),
    }
}

/// An unmatched item in one line: "SWOT · Opportunities · Online courses — 9".
pub fn unmatched_line(lang: Lang, item: &Item) -> String {
    let score = item
        .score
        .map_or_else(|| "—".to_string(), |s| s.to_string());
    format!(
        "{} · {} — {score}",
        item.key.worksheet.label(lang),
        item_label(lang, item)
    )
}

/// The labels drawn inside the disagreement chart.
pub fn chart_text(lang: Lang, team_names: Vec<String>) -> charts::MergeChartText {
    charts::MergeChartText {
        team_names,
        mean: MergeMsg::Mean.text(lang).to_string(),
        spread: pick(lang, "spread", "分差").to_string(),
        score_axis: pick(lang, "Score (1–10)", "分数（1–10）").to_string(),
        no_data: MergeMsg::ChartEmpty.text(lang).to_string(),
    }
}

/// The chart in words, for screen readers and tests: each item with its spread and
/// the teams' scores.
pub fn chart_description(lang: Lang, rows: &[&MergedItem], team_names: &[String]) -> String {
    let title = MergeMsg::Chart.text(lang);
    if rows.is_empty() {
        return format!(
            "{title}{}{}",
            super::colon(lang),
            MergeMsg::ChartEmpty.text(lang)
        );
    }
    let parts: Vec<String> = rows
        .iter()
        .map(|r| {
            let scores: Vec<String> = team_names
                .iter()
                .zip(&r.scores)
                .map(|(n, s)| format!("{n} {}", s.map_or("—".to_string(), |s| s.to_string())))
                .collect();
            let spread = r.stats.spread().unwrap_or(0);
            match lang {
                Lang::En => format!(
                    "{} spread {spread} ({})",
                    chart_label(lang, &r.item),
                    scores.join(", ")
                ),
                Lang::Zh => format!(
                    "{} 分差 {spread}（{}）",
                    chart_label(lang, &r.item),
                    scores.join("，")
                ),
            }
        })
        .collect();
    format!(
        "{title}{}{}",
        super::colon(lang),
        parts.join(super::semicolon(lang))
    )
}

/// The summary line under the heading: teams, items, flagged.
pub fn summary_line(lang: Lang, teams: usize, items: usize, flagged: usize) -> String {
    match lang {
        Lang::En => {
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            format!(
                "{} · {} · {flagged} flagged",
                plural(teams, "team", "teams"),
                plural(items, "item", "items")
            )
        }
        Lang::Zh => format!("{teams} 个小组 · {items} 个条目 · {flagged} 个已标记"),
    }
}
