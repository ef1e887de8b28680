//! Strings of the OBL audit: its fixed messages, the names of the three ratings, the
//! words of its charts and the charts described in words.

use workbook::obl::score::RatingGrid;
use workbook::obl::{GridScore, IndexRow, Rating, RatingCounts};
use workbook::Lang;

use crate::i18n::{pick, Label, Msg, Text};

messages! {
    pub enum OblMsg {
        Intro => (
            "The organisational body language (OBL) audit checks what each part of the organisation shows through how it actually works: the signals customers and staff read from it, whatever it says about itself. Rate each part Excellent (E), Satisfactory (S) or Not good (N) and note why. Compare the departments of the company, then the company with its competitors.",
            "机构躯体语言（OBL）审计：逐一检查机构各个部分通过实际运作所传递的信号——不论机构如何自我标榜，顾客和员工都会从中读出这些信号。将每个部分评为优秀（E）、一般（S）或较差（N，又称“不行”），并写下评价。先比较公司内部各部门，再把公司与竞争对手比较。",
        ),
        Internal => ("Internal assessment", "公司内部评定"),
        InternalIntro => (
            "Each department with the criteria it is judged on. Arrow keys move between the ratings of a criterion.",
            "列出各部门及其评定标准。用方向键可在同一标准的各个评级之间切换。",
        ),
        Industry => ("Industry comparison", "行业对比评定"),
        IndustryIntro => (
            "The company and the competitors of the competitor worksheet, each rated on the industry criteria.",
            "本公司及竞争对手工作表中列出的竞争对手，按行业标准逐项评定。",
        ),
        DepartmentName => ("Department name", "部门名称"),
        AddDepartment => ("Add a department", "添加部门"),
        Criterion => ("Criterion", "评定标准"),
        RatingGroup => ("Rating", "评级"),
        NotRated => ("Not rated", "未评定"),
        Comment => ("Comment", "评价"),
        AddCriterion => ("Add a criterion", "添加标准"),
        IndustryCriterion => ("Industry criterion", "行业标准"),
        AddIndustryCriterion => ("Add an industry criterion", "添加行业标准"),
        Company => ("Company", "公司"),
        OwnCompany => ("Our company", "本公司"),
        NoCompetitors => (
            "No competitors yet: add them on the competitor worksheet to compare.",
            "尚无竞争对手：请在竞争对手工作表中添加后再比较。",
        ),
        DepartmentScores => ("Scores by department", "各部门得分"),
        CompanyScores => ("Scores by company", "各公司得分"),
        Department => ("Department", "部门"),
        Excellent => ("E", "优秀"),
        Satisfactory => ("S", "一般"),
        NotGood => ("N", "较差"),
        Unrated => ("Not rated", "未评定"),
        Index => ("Index", "指数"),
        Rank => ("Rank", "排名"),
        OverallIndex => ("Overall index", "总指数"),
        ChartHeatMap => ("Ratings by department", "各部门评级"),
        ChartDepartments => ("Index by department", "各部门指数"),
        ChartCompanies => ("Index by company", "各公司指数"),
        CompaniesInFull => ("Companies in full", "公司全称"),
        IndexAxis => ("Index (%)", "指数（%）"),
        NotRatedYet => ("nothing rated yet", "尚未评定"),
        NoDepartments => ("No departments yet.", "尚无部门。"),
    }
}

impl Label for Rating {
    /// The three ratings of METHOD.md §4 with their letters.
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Rating::E => ("Excellent (E)", "优秀（E）"),
            Rating::S => ("Satisfactory (S)", "一般（S）"),
            Rating::N => ("Not good (N)", "较差（N）"),
        };
        pick(lang, en, zh)
    }
}

/// What a heat-map cell writes: the rating's letter in English, its name in Chinese
/// (the same three words as the page, the report and the legend: 优秀, 一般, 较差).
pub fn letter(lang: Lang, rating: Rating) -> &'static str {
    match rating {
        Rating::E => pick(lang, "E", "优秀"),
        Rating::S => pick(lang, "S", "一般"),
        Rating::N => pick(lang, "N", "较差"),
    }
}

/// An index as read on screen: "75%", "62.5%", or "—" while nothing is rated.
pub fn index(value: Option<f64>) -> String {
    match value {
        None => "—".to_string(),
        Some(v) if (v - v.round()).abs() < 0.05 => format!("{v:.0}%"),
        Some(v) => format!("{v:.1}%"),
    }
}

/// A rank, or "—" for a row with nothing rated.
pub fn rank(value: Option<usize>) -> String {
    value.map_or_else(|| "—".to_string(), |r| r.to_string())
}

/// The name of department `n` (1-based) while it has none of its own.
pub fn department_name(lang: Lang, name: &str, n: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("{} {n}", OblMsg::Department.text(lang))
    } else {
        name.to_string()
    }
}

/// The name of criterion `n` (1-based) while it has none of its own.
pub fn criterion_name(lang: Lang, name: &str, n: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("{} {n}", OblMsg::Criterion.text(lang))
    } else {
        name.to_string()
    }
}

/// "E 2 · S 1 · N 0 · not rated 1" in the current language.
/// The ratings are named as in the heat map: "E 2" in English, "优秀 2" in Chinese.
pub fn counts(lang: Lang, c: &RatingCounts) -> String {
    format!(
        "{} {} · {} {} · {} {} · {} {}",
        letter(lang, Rating::E),
        c.e,
        letter(lang, Rating::S),
        c.s,
        letter(lang, Rating::N),
        c.n,
        OblMsg::Unrated.text(lang),
        c.unrated
    )
}

/// One department's figures beside its name: "Index 75% · rank 1 · E 2 · S 2 · N 0 · Not rated 0".
pub fn department_line<K>(lang: Lang, row: &IndexRow<K>) -> String {
    format!(
        "{} {} · {} {} · {}",
        OblMsg::Index.text(lang),
        index(row.index),
        OblMsg::Rank.text(lang),
        rank(row.rank),
        counts(lang, &row.counts)
    )
}

/// The heat map in words: its title, then each row with its cells' letters ("–" where
/// unrated).
pub fn heat_map_description(lang: Lang, grid: &RatingGrid) -> String {
    let colon = crate::i18n::colon(lang);
    let rows: Vec<String> = grid
        .rows
        .iter()
        .map(|r| {
            // Each cell with its criterion where the row names them (the internal
            // grid): "Input capacity E".
            let cells: Vec<String> = r
                .cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let letter = c.map_or("–", |r| letter(lang, r));
                    match r.criteria.get(i).filter(|n| !n.is_empty()) {
                        Some(name) => format!("{name} {letter}"),
                        None => letter.to_string(),
                    }
                })
                .collect();
            format!("{}{colon}{}", r.name, cells.join(pick(lang, " ", "、")))
        })
        .collect();
    let body = if rows.is_empty() {
        Msg::NothingListed.text(lang).to_string()
    } else {
        rows.join(crate::i18n::semicolon(lang))
    };
    format!("{}{colon}{body}", OblMsg::ChartHeatMap.text(lang))
}

/// Index bars in words, best first: "Index by department: Training 75% (rank 1); …".
pub fn bars_description<K>(lang: Lang, title: OblMsg, score: &GridScore<K>) -> String {
    let colon = crate::i18n::colon(lang);
    let rows: Vec<String> = score
        .ranked()
        .map(|r| match r.rank {
            Some(rank) => crate::i18n::with_note(
                lang,
                &format!("{} {}", r.name, index(r.index)),
                &format!("{} {rank}", OblMsg::Rank.text(lang)),
            ),
            None => format!("{} {}", r.name, OblMsg::NotRatedYet.text(lang)),
        })
        .collect();
    let body = if rows.is_empty() {
        Msg::NothingListed.text(lang).to_string()
    } else {
        rows.join(crate::i18n::semicolon(lang))
    };
    format!("{}{colon}{body}", title.text(lang))
}

/// The labels drawn inside the OBL charts.
pub fn chart_text(lang: Lang) -> charts::OblChartText {
    charts::OblChartText {
        letters: Rating::ALL.map(|r| letter(lang, r).to_string()),
        rating_names: Rating::ALL.map(|r| r.label(lang).to_string()),
        unrated_cell: "–".to_string(),
        unrated: OblMsg::Unrated.text(lang).to_string(),
        index_axis: OblMsg::IndexAxis.text(lang).to_string(),
        missing: "?".to_string(),
        not_rated: OblMsg::NotRatedYet.text(lang).to_string(),
        no_data: Msg::NothingListed.text(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_read_as_percentages_or_a_dash() {
        assert_eq!(index(Some(75.0)), "75%");
        assert_eq!(index(Some(62.5)), "62.5%");
        assert_eq!(index(None), "—");
        assert_eq!(rank(None), "—");
    }

    #[test]
    fn ratings_are_named_in_both_languages() {
        assert_eq!(Rating::E.label(Lang::Zh), "优秀（E）");
        assert_eq!(Rating::N.label(Lang::En), "Not good (N)");
        assert_eq!(department_name(Lang::En, " ", 2), "Department 2");
    }
}
