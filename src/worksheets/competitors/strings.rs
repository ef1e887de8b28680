//! Strings of the competitors worksheet: its fixed messages and market questions, the
//! comparison table's column names, and the words and labels of its two charts.

use workbook::external::{Column, Comparison, ComparisonRow};
use workbook::swot::Quadrant;
use workbook::Lang;

use crate::i18n::{pick, Label, Msg, Text};

messages! {
    pub enum CompMsg {
        Intro => (
            "List the main competitors you meet in the market. Do a SWOT for each, exactly as for the company, and score every item from 1 (weak) to 10 (strong). The comparison table then sets the company beside each competitor.",
            "列出在市场上遇到的主要竞争对手。按与本公司完全相同的方式为每个竞争对手做一份 SWOT，并为每一项打分，从 1（弱）到 10（强）。随后，对比表会把本公司与各竞争对手并列比较。",
        ),
        List => ("Competitors", "竞争对手"),
        Name => ("Name", "名称"),
        Notes => ("Notes", "备注"),
        Add => ("Add a competitor", "添加竞争对手"),
        SwotHeading => ("A competitor's SWOT", "竞争对手的 SWOT"),
        SwotIntro => (
            "Pick a competitor to edit its SWOT. It is scored exactly like the company's own: at least three items per quadrant, each from 1 to 10.",
            "选择一个竞争对手，编辑其 SWOT。打分方式与本公司完全相同：每个象限至少三项，每项 1 到 10 分。",
        ),
        Pick => ("Competitor", "竞争对手"),
        NoCompetitors => ("No competitor yet: add one above.", "尚无竞争对手：请先在上方添加。"),
        Comparison => ("Comparison", "对比表"),
        SortHint => (
            "The company itself is the first row, highlighted. Internal and external are the balances S − W and O − T; overall is their sum, S + O − W − T, and ranks the companies. Select a column heading to sort by it, and again to reverse; unknown values always come last.",
            "本公司列在第一行并突出显示。内部、外部分别为差额 S − W 和 O − T；总体地位为两者之和 S + O − W − T，并据此排名。点击列标题即按该列排序，再次点击则反向排序；未知数值始终排在最后。",
        ),
        Company => ("Company", "公司"),
        Us => ("(us)", "（本公司）"),
        OurCompany => ("Our company", "本公司"),
        Internal => ("Internal (S − W)", "内部（S − W）"),
        External => ("External (O − T)", "外部（O − T）"),
        Overall => ("Overall", "总体地位"),
        Rank => ("Rank", "排名"),
        Unnamed => ("(unnamed)", "（未命名）"),
        ChartTotals => ("SWOT totals per company", "各公司的 SWOT 总分"),
        ChartRadar => ("The companies on a radar", "各公司雷达图"),
        RadarNote => (
            "Further out: higher total (for weaknesses and threats, worse)",
            "越靠外总分越高（劣势和威胁则表示越差）",
        ),
        Market => ("Market questions", "市场问题"),
        Ahead => ("Where competitors beat us", "竞争对手胜过本公司之处"),
        AheadNote => (
            "Per quadrant, the competitors that do better than the company: a higher total for strengths and opportunities, a lower one for weaknesses and threats.",
            "按象限列出表现优于本公司的竞争对手：优势和机会的总分更高，劣势和威胁的总分更低。",
        ),
        NoneAhead => ("none", "无"),
        OursUnknown => (
            "our own total is not known yet: score the company's SWOT first",
            "本公司的总分尚未确定：请先为本公司的 SWOT 打分",
        ),
        CanImprove => ("Can we improve where competitors beat us?", "在竞争对手胜过我们的方面，我们能否改进？"),
        EntryBarriers => (
            "What are the barriers for other competitors to enter the market?",
            "其他竞争者进入本市场有哪些壁垒？",
        ),
        Restructuring => (
            "Could other organisations enter the market through restructuring?",
            "其他机构能否通过重组进入市场？",
        ),
        ReEntrants => ("Are any organisations re-entering the market?", "是否有机构正在重新进入市场？"),
        Substitutes => ("What products could become substitutes?", "哪些产品可能成为替代品？"),
    }
}

/// The visible name of competitor `n` in the list: "Competitor 2".
pub fn row_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", CompMsg::Pick.text(lang))
}

/// A column heading of the comparison table.
pub fn column_name(lang: Lang, column: Column) -> &'static str {
    match column {
        Column::Name => CompMsg::Company.text(lang),
        Column::Total(q) => q.label(lang),
        Column::Internal => CompMsg::Internal.text(lang),
        Column::External => CompMsg::External.text(lang),
        Column::Overall => CompMsg::Overall.text(lang),
        Column::Rank => CompMsg::Rank.text(lang),
        Column::Unscored => Msg::Unscored.text(lang),
    }
}

/// A row's company as the page writes it: its name (or "(unnamed)"), and "(us)"
/// after the company itself, so it is marked in words and not by colour alone.
pub fn company_name(lang: Lang, row: &ComparisonRow) -> String {
    let name = if row.name.is_empty() {
        CompMsg::Unnamed.text(lang)
    } else {
        &row.name
    };
    if row.is_company() {
        // "（本公司）" is full-width and takes no space before it.
        let space = if lang == Lang::En { " " } else { "" };
        format!("{name}{space}{}", CompMsg::Us.text(lang))
    } else {
        name.to_string()
    }
}

/// One competitor ahead of the company in a quadrant: "B: 21 against our 26, 5 better".
pub fn lead_text(lang: Lang, name: &str, theirs: u32, ours: u32, by: u32) -> String {
    match lang {
        Lang::En => format!("{name}: {theirs} against our {ours}, {by} better"),
        Lang::Zh => format!("{name}：{theirs} 分，本公司 {ours} 分，领先 {by} 分"),
    }
}

/// The labels drawn inside both competitor charts.
pub fn chart_text(lang: Lang) -> charts::CompetitorChartText {
    charts::CompetitorChartText {
        quadrant_names: Quadrant::ALL.map(|q| q.label(lang).to_string()),
        total_axis: pick(lang, "Total score", "总分").to_string(),
        unnamed: CompMsg::Unnamed.text(lang).to_string(),
        missing: "?".to_string(),
        not_scored: Msg::NotScored.text(lang).to_string(),
        radar_note: CompMsg::RadarNote.text(lang).to_string(),
        no_data: Msg::NoData.text(lang).to_string(),
    }
}

/// A chart in words, for screen readers and tests: its title, then every company's
/// four totals in table order. Both charts draw the same figures, so they share it.
pub fn chart_description(lang: Lang, title: CompMsg, comparison: &Comparison) -> String {
    let rows: Vec<String> = comparison
        .rows
        .iter()
        .map(|row| {
            let totals: Vec<String> = Quadrant::ALL
                .into_iter()
                .map(|q| {
                    let total = row
                        .total(q)
                        .map_or_else(|| Msg::NotScored.text(lang).to_string(), |t| t.to_string());
                    format!("{} {total}", q.label(lang))
                })
                .collect();
            format!(
                "{}{}{}",
                company_name(lang, row),
                crate::i18n::colon(lang),
                totals.join(crate::i18n::comma(lang))
            )
        })
        .collect();
    format!(
        "{}{}{}",
        title.text(lang),
        crate::i18n::colon(lang),
        rows.join(crate::i18n::semicolon(lang))
    )
}
