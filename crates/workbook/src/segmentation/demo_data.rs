//! Generated demo customers for the segmentation and loyalty worksheets: a
//! deterministic, realistic-looking customer base (long-tailed sales, mostly
//! healthy margins with some loss-makers, growth and decline, survey scores) with
//! English or Chinese company names. Also the load generator of the benchmarks.

use std::fmt::Write as _;

use super::{Dataset, TextColumn};
use crate::Lang;

/// Customers in the demo workbook's dataset.
pub const DEMO_CUSTOMERS: usize = 3000;

/// The demo's seed; fixed so that every visitor sees the same figures.
const DEMO_SEED: u64 = 0x5EED_C0DE_2024_0001;

/// Mixed into the seed for the names' stream, so that the amounts do not depend on
/// the language (the demo shows the same figures in English and Chinese).
const NAME_STREAM: u64 = 0xA5A5_5A5A_0F0F_F0F0;
/// The payment records' own stream: adding them changed no other demo figure.
const PAYMENT_STREAM: u64 = 0x3C3C_C3C3_9696_6969;

/// The demo dataset in `lang`: [`DEMO_CUSTOMERS`] customers from a fixed seed.
pub fn demo(lang: Lang) -> Dataset {
    generate(DEMO_CUSTOMERS, DEMO_SEED, lang)
}

/// `customers` generated customers; the same `seed` gives the same dataset, and
/// the same amounts in either language. Every optional column is present:
///
/// - ids `C00001`, `C00002`, … (wider past 99,999 customers) and company names;
/// - sales lognormal around a median of 60,000 (σ = 1.5: the top 20% of customers
///   make about three quarters of sales), whole amounts of at least 100;
/// - about 8% buy on price alone (margins around 4%), about 7% make a loss (0 to
///   −22%), the rest margins around 19% (lower for larger customers), 1–45%;
/// - previous-period sales for about 90%, growth lognormal around +3% (σ = 0.2,
///   so about a quarter fell by 10% or more);
/// - satisfaction and loyalty (whole numbers 1–10) for about 85%, correlated,
///   loyalty lower for price-only buyers and a little higher for larger
///   customers, so every loyalty type appears; a few have only one of the two.
pub fn generate(customers: usize, seed: u64, lang: Lang) -> Dataset {
    let mut amounts = Rng::new(seed);
    let mut words = Rng::new(seed ^ NAME_STREAM);
    let mut payments = Rng::new(seed ^ PAYMENT_STREAM);
    let width = id_width(customers);
    let name_bytes = match lang {
        Lang::En => 30,
        Lang::Zh => 36,
    };
    let mut data = Dataset {
        customer: TextColumn::with_capacity(customers, customers * (width + 1)),
        name: Some(TextColumn::with_capacity(customers, customers * name_bytes)),
        sales: Vec::with_capacity(customers),
        profit: Vec::with_capacity(customers),
        previous_sales: Some(Vec::with_capacity(customers)),
        satisfaction: Some(Vec::with_capacity(customers)),
        loyalty: Some(Vec::with_capacity(customers)),
        price_only: Some(Vec::with_capacity(customers)),
        days_overdue: Some(Vec::with_capacity(customers)),
    };
    // One buffer reused for every customer's id and name.
    let mut text = String::new();
    for number in 1..=customers {
        text.clear();
        let _ = write!(text, "C{number:0width$}");
        data.customer.push(&text);

        text.clear();
        match lang {
            Lang::En => english_name(&mut words, &mut text),
            Lang::Zh => chinese_name(&mut words, &mut text),
        }
        if let Some(names) = &mut data.name {
            names.push(&text);
        }

        let c = Customer::draw(&mut amounts);
        data.sales.push(c.sales);
        data.profit.push(c.profit);
        for (column, value) in [
            (&mut data.previous_sales, c.previous_sales),
            (&mut data.satisfaction, c.satisfaction),
            (&mut data.loyalty, c.loyalty),
        ] {
            if let Some(column) = column {
                column.push(value);
            }
        }
        if let Some(flags) = &mut data.price_only {
            flags.push(c.price_only);
        }
        if let Some(days) = &mut data.days_overdue {
            days.push(days_overdue(&mut payments));
        }
    }
    data
}

/// A customer's average days overdue: one in twenty blank, half on time, the rest
/// late by a few days to months (exponential, mean about 20).
fn days_overdue(rng: &mut Rng) -> f64 {
    let (draw, late) = (rng.unit(), rng.unit());
    match draw {
        d if d < 0.05 => f64::NAN,
        d if d < 0.55 => 0.0,
        _ => (-20.0 * (1.0 - late).ln()).round().min(365.0),
    }
}

/// Digits of the ids: at least five, more when the count needs them.
fn id_width(customers: usize) -> usize {
    customers.max(1).to_string().len().max(5)
}

/// One customer's figures; a blank is `NaN`, as in an imported dataset.
struct Customer {
    sales: f64,
    profit: f64,
    previous_sales: f64,
    satisfaction: f64,
    loyalty: f64,
    price_only: bool,
}

impl Customer {
    fn draw(rng: &mut Rng) -> Customer {
        // Size on a standard normal scale drives sales, margin and loyalty.
        let size = rng.normal();
        let sales = (60_000.0 * (1.5 * size).exp()).round().max(100.0);

        let price_only = rng.unit() < 0.08;
        let loss_maker = rng.unit() < 0.07;
        let margin = if price_only {
            0.04 + 0.03 * rng.normal()
        } else if loss_maker {
            -0.02 - 0.2 * rng.unit()
        } else {
            // Large customers negotiate their margins down.
            (0.19 - 0.015 * size + 0.07 * rng.normal()).clamp(0.01, 0.45)
        };
        let profit = (sales * margin).round();

        let previous_sales = if rng.unit() < 0.9 {
            let growth = (0.03 + 0.2 * rng.normal()).exp();
            (sales / growth).round().max(1.0)
        } else {
            f64::NAN
        };

        let mood = rng.normal();
        let satisfaction = score(6.3 + 2.0 * mood);
        let price_pull = if price_only { 1.5 } else { 0.0 };
        let loyalty = score(5.8 + 1.3 * mood + 0.3 * size - price_pull + 1.6 * rng.normal());
        let rated = rng.unit();
        let (satisfaction, loyalty) = if rated < 0.85 {
            (satisfaction, loyalty)
        } else if rated < 0.88 {
            (satisfaction, f64::NAN)
        } else if rated < 0.90 {
            (f64::NAN, loyalty)
        } else {
            (f64::NAN, f64::NAN)
        };

        Customer {
            sales,
            profit,
            previous_sales,
            satisfaction,
            loyalty,
            price_only,
        }
    }
}

/// A survey score: a whole number from 1 to 10.
fn score(value: f64) -> f64 {
    value.round().clamp(1.0, 10.0)
}

/// SplitMix64 (Steele, Lea & Flood): tiny, fast, statistically sound for a demo,
/// and the same on every platform, which `rand` does not promise across versions.
struct Rng {
    state: u64,
    /// Box–Muller makes normals in pairs; the second waits here.
    spare_normal: Option<f64>,
}

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng {
            state: seed,
            spare_normal: None,
        }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n` (n > 0); the bias of the multiply-shift is below 2⁻³².
    fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }

    /// Standard normal.
    fn normal(&mut self) -> f64 {
        if let Some(spare) = self.spare_normal.take() {
            return spare;
        }
        // 1 − unit() is in (0, 1], so the logarithm is finite.
        let radius = (-2.0 * (1.0 - self.unit()).ln()).sqrt();
        let angle = std::f64::consts::TAU * self.unit();
        self.spare_normal = Some(radius * angle.sin());
        radius * angle.cos()
    }
}

const ZH_CITIES: [&str; 30] = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "南京",
    "苏州",
    "成都",
    "武汉",
    "西安",
    "天津",
    "重庆",
    "青岛",
    "厦门",
    "长沙",
    "郑州",
    "合肥",
    "宁波",
    "无锡",
    "济南",
    "大连",
    "沈阳",
    "福州",
    "昆明",
    "东莞",
    "佛山",
    "常州",
    "温州",
    "南昌",
    "石家庄",
];
const ZH_BRAND_FIRST: [&str; 30] = [
    "华", "恒", "泰", "鑫", "瑞", "宏", "博", "嘉", "德", "智", "汇", "中", "金", "天", "凯", "正",
    "明", "永", "兴", "东", "信", "盛", "安", "新", "国", "锦", "海", "美", "腾", "卓",
];
const ZH_BRAND_SECOND: [&str; 30] = [
    "达", "通", "远", "源", "丰", "创", "诚", "联", "科", "邦", "辉", "昌", "佳", "利", "和", "力",
    "隆", "宇", "峰", "晟", "航", "成", "润", "翔", "弘", "悦", "捷", "业", "泽", "鼎",
];
const ZH_TRADES: [&str; 30] = [
    "科技",
    "贸易",
    "电子",
    "机械",
    "物流",
    "医药",
    "建材",
    "食品",
    "化工",
    "纺织",
    "信息技术",
    "管理咨询",
    "教育科技",
    "环保科技",
    "新能源",
    "软件",
    "汽车配件",
    "家居",
    "餐饮管理",
    "服装",
    "印刷",
    "包装",
    "网络科技",
    "实业",
    "工程",
    "电气",
    "五金",
    "商贸",
    "文化传媒",
    "农业发展",
];

/// City + two-character trade name + line of business + company form, as on a
/// Chinese business licence: 杭州恒达电子有限公司.
fn chinese_name(rng: &mut Rng, out: &mut String) {
    out.push_str(rng.pick(&ZH_CITIES));
    out.push_str(rng.pick(&ZH_BRAND_FIRST));
    out.push_str(rng.pick(&ZH_BRAND_SECOND));
    out.push_str(rng.pick(&ZH_TRADES));
    out.push_str(match rng.below(20) {
        0..=15 => "有限公司",
        16..=17 => "股份有限公司",
        18 => "集团有限公司",
        _ => "有限责任公司",
    });
}

const EN_SURNAMES: [&str; 30] = [
    "Ashford",
    "Barrett",
    "Carlisle",
    "Dalton",
    "Ellison",
    "Fairbanks",
    "Garrison",
    "Hartley",
    "Ingram",
    "Jarvis",
    "Kendall",
    "Langley",
    "Mercer",
    "Norwood",
    "Oakley",
    "Prescott",
    "Quinn",
    "Radcliffe",
    "Sterling",
    "Thornton",
    "Underwood",
    "Vance",
    "Whitfield",
    "Yardley",
    "Bishop",
    "Hadley",
    "Marlow",
    "Pemberton",
    "Sutton",
    "Walsh",
];
const EN_ADJECTIVES: [&str; 30] = [
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Pacific",
    "Atlantic",
    "Summit",
    "Pioneer",
    "Granite",
    "Silver",
    "Golden",
    "Blue",
    "Redwood",
    "Green",
    "Evergreen",
    "Crescent",
    "Liberty",
    "Heritage",
    "Prime",
    "Allied",
    "United",
    "Coastal",
    "Metro",
    "Premier",
    "Frontier",
    "Keystone",
    "Harbor",
    "Cedar",
    "Maple",
    "Central",
];
const EN_NOUNS: [&str; 20] = [
    "Ridge", "Valley", "River", "Bridge", "Peak", "Lake", "Point", "Field", "Stone", "Oak", "Pine",
    "Bay", "Crest", "Brook", "Gate", "Rock", "Star", "Arrow", "Anchor", "Mill",
];
const EN_TRADES: [&str; 30] = [
    "Logistics",
    "Foods",
    "Engineering",
    "Software",
    "Supplies",
    "Textiles",
    "Medical",
    "Electronics",
    "Consulting",
    "Packaging",
    "Plastics",
    "Machinery",
    "Printing",
    "Furniture",
    "Hardware",
    "Chemicals",
    "Systems",
    "Analytics",
    "Solutions",
    "Distribution",
    "Trading",
    "Building Products",
    "Components",
    "Instruments",
    "Media",
    "Paper",
    "Metals",
    "Tools",
    "Labs",
    "Outfitters",
];
const EN_FORMS: [&str; 8] = [
    "Ltd", "Inc.", "Co.", "LLC", "Group", "plc", "Corp.", "& Co.",
];

/// One of the usual shapes of an English company name: "Hartley Logistics Ltd",
/// "Blue Ridge Foods", "Mercer & Quinn LLC", "Pacific Tools Inc.".
fn english_name(rng: &mut Rng, out: &mut String) {
    let parts: [&str; 4] = match rng.below(20) {
        0..=6 => [
            rng.pick(&EN_SURNAMES),
            rng.pick(&EN_TRADES),
            rng.pick(&EN_FORMS),
            "",
        ],
        7..=11 => [
            rng.pick(&EN_ADJECTIVES),
            rng.pick(&EN_NOUNS),
            rng.pick(&EN_TRADES),
            "",
        ],
        12..=15 => {
            let first = rng.below(EN_SURNAMES.len());
            // A different second partner: shift by 1..len-1.
            let second = (first + 1 + rng.below(EN_SURNAMES.len() - 1)) % EN_SURNAMES.len();
            let form = rng.pick(&EN_FORMS[..4]);
            [EN_SURNAMES[first], "&", EN_SURNAMES[second], form]
        }
        _ => [
            rng.pick(&EN_ADJECTIVES),
            rng.pick(&EN_TRADES),
            rng.pick(&EN_FORMS),
            "",
        ],
    };
    for part in parts.iter().filter(|part| !part.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::analysis::analyse;
    use crate::segmentation::{Group, LoyaltySettings, LoyaltyType, SegmentationSettings};
    use std::collections::HashSet;

    /// The dataset's columns as comparable values (blank cells are `NaN`, which
    /// `==` would never match).
    fn columns(data: &Dataset) -> Vec<Vec<u64>> {
        let bits = |column: &[f64]| column.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        let optional = |column: &Option<Vec<f64>>| bits(column.as_deref().unwrap());
        vec![
            bits(&data.sales),
            bits(&data.profit),
            optional(&data.previous_sales),
            optional(&data.satisfaction),
            optional(&data.loyalty),
            data.price_only
                .as_ref()
                .unwrap()
                .iter()
                .map(|&p| u64::from(p))
                .collect(),
        ]
    }

    #[test]
    fn same_seed_same_dataset_and_the_amounts_do_not_depend_on_the_language() {
        let en = generate(400, 7, Lang::En);
        let again = generate(400, 7, Lang::En);
        assert!(columns(&en) == columns(&again) && en.name == again.name);
        assert!(en.sales != generate(400, 8, Lang::En).sales);
        let zh = generate(400, 7, Lang::Zh);
        assert!(en.customer == zh.customer);
        assert!(columns(&en) == columns(&zh));
        assert!(en.name != zh.name);
        let empty = generate(0, 7, Lang::Zh);
        assert!(empty.is_empty() && columns(&empty).iter().all(Vec::is_empty));
    }

    #[test]
    fn ids_are_unique_and_padded() {
        let data = generate(120, 1, Lang::En);
        assert_eq!(data.customer.get(0), "C00001");
        assert_eq!(data.customer.get(119), "C00120");
        assert_eq!(data.customer.iter().collect::<HashSet<_>>().len(), 120);
        for (n, width) in [(0, 5), (1, 5), (99_999, 5), (100_000, 6), (1_000_000, 7)] {
            assert_eq!(id_width(n), width, "{n}");
        }
    }

    #[test]
    fn names_look_like_company_names() {
        let zh = demo(Lang::Zh);
        let en = demo(Lang::En);
        for i in 0..zh.len() {
            let name = zh.label(i);
            assert!(name.ends_with("公司"), "{name}");
            assert!(
                ZH_CITIES.iter().any(|city| name.starts_with(city)),
                "{name}"
            );
            let name = en.label(i);
            assert!(
                name.is_ascii() && !name.contains("  ") && name.trim() == name,
                "{name:?}"
            );
            assert!(name.split(' ').count() >= 3, "{name}");
        }
        // Varied enough that a list of customers does not read as repeats.
        let distinct = (0..en.len())
            .map(|i| en.label(i))
            .collect::<HashSet<_>>()
            .len();
        assert!(
            distinct > en.len() * 9 / 10,
            "{distinct} distinct English names"
        );
    }

    #[test]
    fn the_demo_has_a_long_tail_and_fills_every_class() {
        let data = demo(Lang::En);
        assert_eq!(data.len(), DEMO_CUSTOMERS);
        let a = analyse(
            &data,
            &SegmentationSettings::default(),
            &LoyaltySettings::default(),
        );
        let s = &a.summary;
        let top_fifth_sales: f64 = s.deciles[..2].iter().map(|d| d.totals.sales).sum();
        let sales_share = top_fifth_sales / s.all.sales;
        assert!(
            (0.5..0.95).contains(&sales_share),
            "top 20% by profit: {sales_share} of sales"
        );
        let top20 = s.top20_profit_share.unwrap();
        assert!((0.6..0.95).contains(&top20), "top 20% profit share {top20}");
        assert!(s.gini.unwrap() > 0.5);
        for (group, totals) in &s.groups {
            assert!(totals.customers > 0, "{group:?} is empty");
        }
        for (kind, totals) in &s.loyalty {
            assert!(totals.customers >= 10, "{kind:?}: {}", totals.customers);
        }
        for (q, totals) in &s.quadrants {
            assert!(totals.customers > 0, "{q:?} is empty");
        }
        let count = |group: Group| s.groups.iter().find(|g| g.0 == group).unwrap().1.customers;
        let price_only = data
            .price_only
            .as_ref()
            .unwrap()
            .iter()
            .filter(|&&p| p)
            .count();
        assert!((150..350).contains(&price_only), "{price_only} price-only");
        assert!(count(Group::Transaction) > price_only);
        assert!(
            s.unprofitable.customers > 100,
            "{} loss-makers",
            s.unprofitable.customers
        );
        let rated = DEMO_CUSTOMERS - s.loyalty_unrated.customers;
        assert!((2400..2700).contains(&rated), "{rated} rated");
        assert!(s.loyalty[LoyaltyType::Apostle as usize].1.customers > 100);
        let previous = (0..data.len())
            .filter(|&i| data.previous_sales(i).is_some())
            .count();
        assert!(
            (2550..2850).contains(&previous),
            "{previous} with previous sales"
        );
        let amounts = data.sales.iter().chain(&data.profit);
        assert!(amounts.clone().all(|v| v.fract() == 0.0));
        assert!(data.sales.iter().all(|&v| v >= 100.0));
    }
}
