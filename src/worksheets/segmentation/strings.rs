//! Strings of the segmentation and loyalty screens: the thresholds, the analyses'
//! tables and rules, the customer lists and the charts' words. The loyalty types'
//! and quadrants' names and rules are in `loyalty.rs`, the thresholds' names and
//! refusals in `thresholds.rs`.

use workbook::segmentation::thresholds::format_threshold;
use workbook::segmentation::{AbcClass, Group, LoyaltyType, SegmentationSettings, Tier};
use workbook::Lang;

use crate::i18n::customers::{amount, MISSING};
use crate::i18n::{pick, Label};

messages! {
    pub enum SegMsg {
        SegIntro => (
            "Segment the company's customers on its own sales data. Customers are ranked by profit and cut into ten equal tenths (deciles): how much of the profit each tenth makes shows which customers to keep, grow, prune or serve at lowest cost (the relationship groups), then ABC classes and tiers, and how concentrated profit is. Import a CSV or TSV export of customer sales; the rows stay in this browser.",
            "根据公司自己的销售数据进行客户细分（又称“客户划分”）：按利润给客户排序，再平均分成十份（十分位）；每一份贡献多少利润，决定哪些客户要保持、发展、精简或以最低成本服务（关系客户群），进而得出 ABC 分类、客户等级和利润的集中程度。导入客户销售数据的 CSV 或 TSV 文件；数据只保存在本浏览器中。",
        ),
        LoyaltyIntro => (
            "Place each customer in the satisfaction × loyalty matrix (Jones & Sasser) and the value × loyalty quadrant. It uses the satisfaction and loyalty columns of the imported customer data; the cut-offs are in the data's own units.",
            "将每位客户归入满意度 × 忠诚度矩阵（Jones & Sasser）和价值 × 忠诚度象限。分析使用所导入客户数据中的满意度列和忠诚度列；分界值采用数据本身的单位。",
        ),
        Data => ("Customer data", "客户数据"),
        NoData => (
            "No customer data yet. Import the company's sales by customer to run the analyses.",
            "尚无客户数据。导入公司按客户统计的销售数据，即可进行分析。",
        ),
        Loading => ("Reading the customer rows…", "正在读取客户数据…"),
        Missing => (
            "The summary below was kept with the workbook, but its customer rows are not in this browser (the file was exported without them, or the browser's data was cleared). Import the sales file again to see customer lists and change thresholds.",
            "下面的汇总随手册一起保存，但对应的客户明细不在本浏览器中（导出时未包含明细，或浏览器数据已被清除）。重新导入销售文件，即可查看客户名单并修改分界值。",
        ),
        Import => ("Import customer data", "导入客户数据"),
        ImportHint => (
            "A table with a header row: customer, sales and profit are required; previous-period sales, satisfaction, loyalty and a price-only flag are optional. Comma, semicolon or tab separated; UTF-8, UTF-16 or GBK (Chinese Excel).",
            "带表头的表格：客户、销售额和利润为必填列；上期销售额、满意度、忠诚度和“只看价格”标记为可选列。以逗号、分号或制表符分隔；UTF-8、UTF-16 或 GBK（中文 Excel）编码。",
        ),
        ChooseFile => ("Choose a CSV or TSV file", "选择 CSV 或 TSV 文件"),
        DropHere => ("…or drop the file here.", "……或把文件拖放到这里。"),
        PasteLabel => (
            "…or paste the table (for example, copied from Excel)",
            "……或粘贴表格（例如从 Excel 复制）",
        ),
        ReadPasted => ("Read the pasted table", "读取粘贴的表格"),
        NothingPasted => ("Paste a table first.", "请先粘贴表格。"),
        MatchColumns => ("Match the columns", "匹配数据列"),
        NotInFile => ("— not in the file —", "— 文件中没有 —"),
        Required => ("required", "必填"),
        FirstRows => ("The first rows of the file", "文件的前几行"),
        StartImport => ("Import", "导入"),
        Cancel => ("Cancel", "取消"),
        Reading => ("Reading rows…", "正在读取数据行…"),
        Progress => ("Import progress", "导入进度"),
        ProblemsFound => ("Rows with problems", "有问题的数据行"),
        Line => ("Line", "行号"),
        Column => ("Column", "列"),
        Value => ("Value", "内容"),
        Problem => ("Problem", "问题"),
        SkipAndImport => ("Skip these rows and import the rest", "跳过这些行，导入其余数据"),
        CancelImport => ("Cancel the import", "取消导入"),
        RemoveData => ("Remove the customer data", "删除客户数据"),
        ConfirmRemove => (
            "Remove the customer rows and the analyses from this workbook? Export the workbook with its customer rows first if you may need them.",
            "要从本手册中删除客户数据和分析结果吗？如果以后可能用到，请先连同客户数据一起导出手册。",
        ),
        Remove => ("Remove", "删除"),
        Thresholds => ("Thresholds", "分界值"),
        ThresholdsLocked => (
            "Thresholds can be changed when the customer rows are in this browser.",
            "只有当客户数据保存在本浏览器中时，才能修改分界值。",
        ),
        Deciles => ("Purchase decile analysis", "购买十分位分析"),
        DecilesIntro => (
            "Customers ranked by profit and cut into ten equal parts; decile 1 is the most profitable tenth.",
            "客户按利润排序后分成十等份；第 1 个十分位是利润最高的十分之一客户。",
        ),
        Decile => ("Decile", "十分位"),
        Customers => ("Customers", "客户数"),
        Sales => ("Sales", "销售额"),
        Profit => ("Profit", "利润"),
        SalesShare => ("Share of sales", "销售额占比"),
        ProfitShare => ("Share of profit", "利润占比"),
        CumulativeProfit => ("Cumulative share of profit", "累计利润占比"),
        CustomerShare => ("Share of customers", "客户数占比"),
        ProfitBands => (
            "How many customers make each 10% of profit and of sales",
            "每 10% 的利润和销售额分别由多少客户创造",
        ),
        ProfitTenth => ("Tenth of the total", "占总额的区间"),
        BandProfit => ("Customers making it: profit", "创造该部分利润的客户数"),
        BandSales => ("Customers making it: sales", "创造该部分销售额的客户数"),
        LossTag => ("loss", "亏损"),
        Groups => ("Relationship groups", "关系客户群"),
        Rule => ("Rule", "规则"),
        Aim => ("Aim", "目标"),
        AbcTiers => ("ABC classes and tiers", "ABC 分类与客户等级"),
        Class => ("Class", "类别"),
        Tier => ("Tier", "等级"),
        Concentration => ("Concentration of profit", "利润集中度"),
        Lists => ("Customer lists", "客户名单"),
        ListChoice => ("List", "名单"),
        AllCustomers => ("All customers", "全部客户"),
        GroupColumn => ("Group", "客户群"),
        LoyaltyTypeColumn => ("Loyalty type", "忠诚度类型"),
        Search => ("Search by customer or name", "按客户编号或名称搜索"),
        Rank => ("Profit rank", "利润排名"),
        CustomerId => ("Customer", "客户"),
        Name => ("Name", "名称"),
        ExportList => ("Export this list as CSV", "将此名单导出为 CSV"),
        ShowMore => ("Show more", "显示更多"),
        NeedsRows => (
            "Customer lists need the customer rows in this browser.",
            "只有当客户数据保存在本浏览器中时，才能查看客户名单。",
        ),
        DecileChart => ("Profit and sales by decile", "各十分位的利润与销售额"),
        GroupChart => ("Customers, sales and profit by group", "各客户群的客户数、销售额与利润"),
        LorenzChart => ("Lorenz curve of profit", "利润洛伦兹曲线"),
        AbcChart => ("ABC classes", "ABC 分类"),
        TierChart => ("Customer tiers", "客户等级"),
        Matrix => ("Satisfaction × loyalty", "满意度 × 忠诚度"),
        MatrixChart => ("Loyalty matrix", "忠诚矩阵"),
        LoyaltyTypes => ("Loyalty types", "忠诚度类型"),
        Type => ("Type", "类型"),
        Quadrants => ("Value × loyalty", "价值 × 忠诚度"),
        NoLoyaltyColumns => (
            "No customer has both a satisfaction and a loyalty value. Map those columns when importing the sales data to see this analysis.",
            "没有客户同时具有满意度和忠诚度数值。导入销售数据时匹配这两列，即可看到此分析。",
        ),
        Satisfaction => ("Satisfaction", "满意度"),
        Loyalty => ("Loyalty", "忠诚度"),
        Gini => ("Gini coefficient", "基尼系数"),
        ListsIntro => (
            "All customers, or those of any group, class, tier or type, most profitable first. The list of all customers shows each one's group, class, tier and loyalty type.",
            "全部客户，或任一客户群、类别、等级或类型中的客户，按利润从高到低排列。全部客户名单还列出每位客户所属的客户群、类别、等级和忠诚度类型。",
        ),
    }
}

impl Label for Group {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Group::Keep => ("1 · Most profitable", "1 · 利润最高"),
            Group::Grow => ("2 · Sizeable", "2 · 规模较大"),
            Group::Prune => ("3 · Declining", "3 · 价值下降"),
            Group::Transaction => ("Transaction customers", "交易客户"),
            Group::Other => ("Other customers", "其他客户"),
        };
        pick(lang, en, zh)
    }
}

/// What the method advises for each group.
pub fn group_aim(lang: Lang, group: Group) -> &'static str {
    let (en, zh) = match group {
        Group::Keep => ("Keep them: the first target", "首要目标：保留这些客户"),
        Group::Grow => (
            "Raise our share of their purchases",
            "提高我们在其采购中的份额",
        ),
        Group::Prune => ("Take out of relationship marketing", "移出关系营销"),
        Group::Transaction => (
            "Set aside: not a relationship target",
            "搁置：不作为关系管理对象",
        ),
        Group::Other => ("No special programme", "无专门计划"),
    };
    pick(lang, en, zh)
}

pub(crate) fn pct(value: f64) -> String {
    format!("{}%", format_threshold(value))
}

/// The rule that puts a customer in a group, with the thresholds in force.
pub fn group_rule(lang: Lang, group: Group, s: &SegmentationSettings) -> String {
    match (group, lang) {
        (Group::Keep, Lang::En) => format!(
            "The most profitable customers who together make about {} of sales",
            pct(s.keep_sales_pct)
        ),
        (Group::Keep, Lang::Zh) => {
            format!("利润最高、合计约占销售额 {} 的客户", pct(s.keep_sales_pct))
        }
        (Group::Grow, Lang::En) => format!(
            "The next profitable customers, together {}–{} of sales",
            pct(s.grow_band_from_pct),
            pct(s.grow_band_to_pct)
        ),
        (Group::Grow, Lang::Zh) => format!(
            "其后的盈利客户，合计占销售额 {}–{}",
            pct(s.grow_band_from_pct),
            pct(s.grow_band_to_pct)
        ),
        (Group::Prune, Lang::En) => format!(
            "Still profitable, but sales fell by {} or more against the previous period",
            pct(s.decline_pct)
        ),
        (Group::Prune, Lang::Zh) => {
            format!("仍然盈利，但销售额比上期下降 {} 或更多", pct(s.decline_pct))
        }
        (Group::Transaction, Lang::En) => format!(
            "Flagged as buying on price only, or a margin below {}",
            pct(s.low_margin_pct)
        ),
        (Group::Transaction, Lang::Zh) => {
            format!("标记为只看价格，或利润率低于 {}", pct(s.low_margin_pct))
        }
        (Group::Other, Lang::En) => "Everyone else".to_string(),
        (Group::Other, Lang::Zh) => "其余客户".to_string(),
    }
}

impl Label for AbcClass {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            AbcClass::A => ("Class A", "A 类"),
            AbcClass::B => ("Class B", "B 类"),
            AbcClass::C => ("Class C", "C 类"),
        };
        pick(lang, en, zh)
    }
}

/// "The first 75% of cumulative sales".
pub fn abc_rule(lang: Lang, class: AbcClass, s: &SegmentationSettings) -> String {
    let [a, b, c] = s.abc_pct;
    match (class, lang) {
        (AbcClass::A, Lang::En) => {
            format!("The largest customers making the first {} of sales", pct(a))
        }
        (AbcClass::A, Lang::Zh) => format!("销售额最大、累计占前 {} 销售额的客户", pct(a)),
        (AbcClass::B, Lang::En) => format!("The next {} of sales", pct(b)),
        (AbcClass::B, Lang::Zh) => format!("其后累计占 {} 销售额的客户", pct(b)),
        (AbcClass::C, Lang::En) => format!("The last {} of sales", pct(c)),
        (AbcClass::C, Lang::Zh) => format!("最后累计占 {} 销售额的客户", pct(c)),
    }
}

impl Label for Tier {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Tier::Vip => ("VIP", "VIP 客户"),
            Tier::Major => ("Major", "主要客户"),
            Tier::Ordinary => ("Ordinary", "普通客户"),
            Tier::Small => ("Small", "小客户"),
        };
        pick(lang, en, zh)
    }
}

/// "The most profitable 1% of customers".
pub fn tier_rule(lang: Lang, tier: Tier, s: &SegmentationSettings) -> String {
    let share = s.tiers_pct[Tier::ALL.iter().position(|t| *t == tier).unwrap_or(0)];
    match (tier, lang) {
        (Tier::Vip, Lang::En) => format!("The most profitable {} of customers", pct(share)),
        (Tier::Vip, Lang::Zh) => format!("利润最高的前 {} 客户", pct(share)),
        (_, Lang::En) => format!("The next {} of customers by profit", pct(share)),
        (_, Lang::Zh) => format!("按利润排序，其后 {} 的客户", pct(share)),
    }
}

/// A share given as a fraction (0.375) shown as a percentage: "37.5%".
pub fn share(fraction: Option<f64>) -> String {
    fraction.map_or_else(
        || MISSING.to_string(),
        |f| {
            let text = format!("{:.1}", f * 100.0);
            format!("{}%", text.strip_suffix(".0").unwrap_or(&text))
        },
    )
}

/// An amount of money rounded to whole units, with separators and sign: "-12,300".
pub fn money(value: f64) -> String {
    let rounded = value.round();
    let digits = amount(rounded.abs() as u64);
    if rounded < 0.0 {
        format!("-{digits}")
    } else {
        digits
    }
}

/// "Gini coefficient 0.62 · the top 20% of customers make 81% of profit".
pub fn concentration_line(lang: Lang, gini: Option<f64>, top20: Option<f64>) -> String {
    let gini = gini.map_or_else(|| MISSING.to_string(), |g| format!("{g:.2}"));
    match lang {
        Lang::En => format!(
            "Gini coefficient of profit: {gini}. The most profitable 20% of customers make {} of profit.",
            share(top20)
        ),
        Lang::Zh => format!(
            "利润基尼系数：{gini}。利润最高的 20% 客户创造了 {} 的利润。",
            share(top20)
        ),
    }
}

pub fn concentration_warning(lang: Lang) -> &'static str {
    pick(
        lang,
        "Concentration warning: 20% of the customers make 80% or more of the profit. Losing a few of them would hurt badly.",
        "集中度警告：20% 的客户创造了 80% 或更多的利润。只要失去其中少数几位，就会造成严重损失。",
    )
}

pub fn unprofitable_line(lang: Lang, customers: usize, profit: f64) -> String {
    let n = amount(customers as u64);
    match lang {
        Lang::En => format!(
            "{n} customers make no profit or a loss (together {}).",
            money(profit)
        ),
        Lang::Zh => format!("{n} 位客户没有利润或亏损（合计 {}）。", money(profit)),
    }
}

/// The note under the decile table when some deciles lose money: which, how
/// much, and why the cumulative share passes 100% before them. `None` without
/// a loss-making decile.
pub fn loss_note(lang: Lang, s: &workbook::segmentation::Summary) -> Option<String> {
    let losing: Vec<usize> = s.loss_deciles().collect();
    if losing.is_empty() {
        return None;
    }
    let loss: f64 = losing.iter().map(|&i| s.deciles[i].totals.profit).sum();
    let numbers: Vec<String> = losing.iter().map(|i| (i + 1).to_string()).collect();
    let numbers = numbers.join(pick(lang, ", ", "、"));
    let peak = s.cumulative_peak();
    match lang {
        Lang::En => {
            let which = if losing.len() == 1 {
                "decile"
            } else {
                "deciles"
            };
            let climb = peak.map_or_else(String::new, |(at, share_of)| {
                format!(
                    " The cumulative share of profit climbs to {} at decile {} and comes back down to 100% with them.",
                    share(Some(share_of)),
                    at + 1
                )
            });
            Some(format!(
                "The customers of {which} {numbers} lose money (together {}), shown as a band of their own in the table and the chart: every share here is of total profit after those losses.{climb}",
                money(loss)
            ))
        }
        Lang::Zh => {
            let climb = peak.map_or_else(String::new, |(at, share_of)| {
                format!(
                    "累计利润占比在第 {} 十分位升至 {}，计入这些亏损后回到 100%。",
                    at + 1,
                    share(Some(share_of))
                )
            });
            Some(format!(
                "第 {numbers} 十分位的客户合计亏损（{}），在表格和图表中以单独的色带标出：这里的各项占比都是扣除这些亏损后的利润总额的占比。{climb}",
                money(loss)
            ))
        }
    }
}

pub fn no_bands_line(lang: Lang) -> &'static str {
    pick(
        lang,
        "Total profit is zero or negative, so it cannot be cut into tenths.",
        "利润总额为零或负数，无法分成十等份。",
    )
}

/// The k-th tenth of profit: "10–20%".
pub fn tenth(k: usize) -> String {
    format!("{}–{}%", k * 10, (k + 1) * 10)
}

pub fn unrated_line(lang: Lang, customers: usize) -> String {
    let n = amount(customers as u64);
    match lang {
        Lang::En => {
            format!("{n} customers lack a satisfaction or loyalty value and are not placed.")
        }
        Lang::Zh => format!("{n} 位客户缺少满意度或忠诚度数值，未归类。"),
    }
}

/// "Showing 50 of 1,234 customers".
pub fn showing_line(lang: Lang, shown: usize, total: usize) -> String {
    let (shown, total) = (amount(shown as u64), amount(total as u64));
    match lang {
        Lang::En => format!("Showing {shown} of {total} customers."),
        Lang::Zh => format!("共 {total} 位客户，当前显示 {shown} 位。"),
    }
}

/// A text description of a chart for screen readers: "Decile 1: 45% of profit, …".
pub fn decile_description(lang: Lang, deciles: &[workbook::segmentation::Decile]) -> String {
    let parts: Vec<String> = deciles
        .iter()
        .enumerate()
        .map(|(i, d)| match lang {
            Lang::En => format!(
                "decile {}: {} of profit",
                i + 1,
                share(d.totals.profit_share)
            ),
            Lang::Zh => format!(
                "第 {} 十分位：利润占比 {}",
                i + 1,
                share(d.totals.profit_share)
            ),
        })
        .collect();
    parts.join(crate::i18n::semicolon(lang))
}

fn describe<T: Label + Copy>(
    lang: Lang,
    parts: &[(T, workbook::segmentation::Totals)],
    all: usize,
) -> String {
    parts
        .iter()
        .map(|(part, totals)| {
            let customers = (all > 0).then(|| totals.customers as f64 / all as f64);
            match lang {
                Lang::En => format!(
                    "{}: {} of customers, {} of sales",
                    part.label(lang),
                    share(customers),
                    share(totals.sales_share)
                ),
                Lang::Zh => format!(
                    "{}：客户数占 {}，销售额占 {}",
                    part.label(lang),
                    share(customers),
                    share(totals.sales_share)
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(crate::i18n::semicolon(lang))
}

pub fn group_description(lang: Lang, s: &workbook::segmentation::Summary) -> String {
    describe(lang, &s.groups, s.all.customers)
}

pub fn abc_description(lang: Lang, s: &workbook::segmentation::Summary) -> String {
    describe(lang, &s.abc, s.all.customers)
}

pub fn tier_description(lang: Lang, s: &workbook::segmentation::Summary) -> String {
    describe(lang, &s.tiers, s.all.customers)
}

/// Every label of the segmentation and loyalty charts in `lang`.
pub fn chart_text(lang: Lang) -> charts::SegmentationChartText {
    let s = |en: &'static str, zh: &'static str| pick(lang, en, zh).to_string();
    charts::SegmentationChartText {
        share_axis: s("Share of total (%)", "占总数的比例（%）"),
        decile_axis: s("Decile (1 = most profitable)", "十分位（1 = 利润最高）"),
        cumulative_profit: s("Cumulative profit (%)", "累计利润（%）"),
        customers: s("Customers", "客户数"),
        sales: s("Sales", "销售额"),
        profit: s("Profit", "利润"),
        abc_names: AbcClass::ALL.map(|c| c.label(lang).to_string()),
        tier_names: Tier::ALL.map(|t| t.label(lang).to_string()),
        group_names: Group::ALL.map(|g| g.label(lang).to_string()),
        lorenz_customers_axis: s(
            "Customers, least profitable first (%)",
            "客户（利润从低到高，%）",
        ),
        lorenz_profit_axis: s("Cumulative profit (%)", "累计利润（%）"),
        lorenz: s("Lorenz curve", "洛伦兹曲线"),
        equality: s("Perfect equality", "完全平均线"),
        gini: s("Gini", "基尼系数"),
        top20: s("Top 20%", "前 20%"),
        losses: s("Loss-making deciles", "亏损的十分位"),
        satisfaction_axis: s("Satisfaction", "满意度"),
        loyalty_axis: s("Loyalty", "忠诚度"),
        loyalty_names: LoyaltyType::ALL.map(|t| t.label(lang).to_string()),
        missing: MISSING.to_string(),
        no_profit: s("Total profit is not positive", "利润总额不为正"),
        no_ratings: s(
            "No customer has satisfaction and loyalty values",
            "没有客户同时具有满意度和忠诚度数值",
        ),
        no_data: s("No customer data", "尚无客户数据"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::report::segmentation_line;
    use workbook::report::ExecutiveSummary;

    /// The executive summary, the concentration sentence, the decile table and the
    /// tier table all say the same "top 20%" figure of the demo data: one
    /// definition, a share of total profit.
    #[test]
    fn the_top_20_percent_reads_the_same_everywhere_on_the_demo() {
        for lang in [Lang::En, Lang::Zh] {
            let wb = workbook::demo::workbook(lang);
            let summary = &wb.customer_data.as_ref().unwrap().summary;
            // The decile table's cumulative share at decile 2, as the page writes it.
            let table = share(summary.deciles[1].cumulative_profit_share);
            // The tiers VIP, major and ordinary: the top 1 + 4 + 15 = 20%.
            let tiers = share(Some(
                summary.tiers[..3]
                    .iter()
                    .filter_map(|t| t.1.profit_share)
                    .sum(),
            ));
            assert_eq!(table, tiers, "{lang:?}");
            let sentence = concentration_line(lang, summary.gini, summary.top_profit_share(2));
            let report = segmentation_line(lang, &ExecutiveSummary::of(&wb, Some(summary)));
            assert!(sentence.contains(&table), "{lang:?}: {sentence} vs {table}");
            let top20 = match lang {
                Lang::En => format!("top 20%: {table}"),
                Lang::Zh => format!("前 20%：{table}"),
            };
            assert!(report.contains(&top20), "{lang:?}: {report} vs {table}");
            // And the top 10% is decile 1's share of profit.
            assert!(report.contains(&share(summary.deciles[0].totals.profit_share)));
        }
    }
}

#[cfg(test)]
mod loss_note_tests {
    use super::*;

    #[test]
    fn the_loss_note_names_the_losing_deciles_and_the_peak() {
        let wb = workbook::demo::workbook(Lang::En);
        let summary = &wb.customer_data.as_ref().unwrap().summary;
        let note = loss_note(Lang::En, summary).expect("the demo loses money in decile 10");
        assert!(
            note.starts_with("The customers of decile 10 lose money"),
            "{note}"
        );
        let (at, peak) = summary.cumulative_peak().unwrap();
        assert!(peak > 1.0);
        assert!(
            note.contains(&format!(
                "climbs to {} at decile {}",
                share(Some(peak)),
                at + 1
            )),
            "{note}"
        );
        let mut profitable = summary.clone();
        for d in &mut profitable.deciles {
            d.totals.profit = d.totals.profit.abs();
        }
        assert_eq!(loss_note(Lang::Zh, &profitable), None);
    }
}
