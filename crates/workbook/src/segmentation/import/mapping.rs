//! Which column of an imported file feeds which [`Field`]: the [`Mapping`], its
//! guess from header names in English and Chinese, and its saved form (header
//! names, as [`crate::segmentation::DatasetInfo::mapping`] keeps them).

use crate::segmentation::Field;

/// For each field, the index of the column feeding it, if any. A column feeds at
/// most one field: [`Mapping::set`] takes it away from any other.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    columns: [Option<usize>; Field::ALL.len()],
}

/// The position of `field` in [`Field::ALL`].
fn slot(field: Field) -> usize {
    match field {
        Field::Customer => 0,
        Field::Name => 1,
        Field::Sales => 2,
        Field::Profit => 3,
        Field::PreviousSales => 4,
        Field::Satisfaction => 5,
        Field::Loyalty => 6,
        Field::PriceOnly => 7,
    }
}

impl Mapping {
    pub fn new() -> Mapping {
        Mapping::default()
    }

    /// The column feeding `field`.
    pub fn column(&self, field: Field) -> Option<usize> {
        self.columns[slot(field)]
    }

    /// Feeds `field` from `column` (or from nothing). The column stops feeding any
    /// other field.
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        if column.is_some() {
            for other in &mut self.columns {
                if *other == column {
                    *other = None;
                }
            }
        }
        self.columns[slot(field)] = column;
    }

    /// The field `column` feeds, if any.
    pub fn field_of(&self, column: usize) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|&field| self.column(field) == Some(column))
    }

    /// The mapped fields with their columns, in [`Field::ALL`] order.
    pub fn fields(&self) -> impl Iterator<Item = (Field, usize)> + '_ {
        Field::ALL
            .into_iter()
            .filter_map(|field| self.column(field).map(|column| (field, column)))
    }

    /// Required fields no column feeds yet, in [`Field::ALL`] order.
    pub fn missing_required(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|&field| field.is_required() && self.column(field).is_none())
            .collect()
    }

    /// Rebuilds a mapping saved as header names (see [`Mapping::to_saved`]) for a
    /// file with `headers`: each name finds the first free column whose header is
    /// the same, exactly or once normalised (case, spaces, punctuation). Names no
    /// header matches are left unmapped.
    pub fn from_saved(saved: &[(Field, String)], headers: &[String]) -> Mapping {
        let normalised: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
        let mut mapping = Mapping::new();
        for (field, name) in saved {
            let free = |column: &usize| mapping.field_of(*column).is_none();
            let exact = (0..headers.len())
                .filter(free)
                .find(|&c| headers[c] == *name);
            let wanted = normalise_header(name);
            let column = exact.or_else(|| {
                (0..headers.len())
                    .filter(free)
                    .find(|&c| !wanted.is_empty() && normalised[c] == wanted)
            });
            if column.is_some() {
                mapping.set(*field, column);
            }
        }
        mapping
    }

    /// [`Mapping::from_saved`], then [`guess_mapping`] for the fields still
    /// unmapped, from the columns still free: what a re-import offers.
    pub fn from_saved_or_guess(saved: &[(Field, String)], headers: &[String]) -> Mapping {
        let mut mapping = Mapping::from_saved(saved, headers);
        let guess = guess_mapping(headers);
        for (field, column) in guess.fields() {
            if mapping.column(field).is_none() && mapping.field_of(column).is_none() {
                mapping.set(field, Some(column));
            }
        }
        mapping
    }

    /// The mapping as header names, in [`Field::ALL`] order, for
    /// [`crate::segmentation::DatasetInfo::mapping`].
    pub fn to_saved(&self, headers: &[String]) -> Vec<(Field, String)> {
        self.fields()
            .filter_map(|(field, column)| headers.get(column).map(|h| (field, h.clone())))
            .collect()
    }
}

/// A header name reduced for comparison: bracketed notes such as units dropped
/// (`Sales (RMB)`, `销售额（元）`), full-width letters and digits folded to ASCII,
/// lower case, and only letters and digits kept (so `Customer_ID`, `customer id`
/// and `CUSTOMER-ID` are all `customerid`; CJK characters are letters).
pub fn normalise_header(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        // Full-width ASCII forms (U+FF01–FF5E) to ASCII.
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        match c {
            '(' | '[' | '【' | '〔' => depth += 1,
            ')' | ']' | '】' | '〕' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    if out.is_empty() && depth == 0 {
        // All of it in brackets: keep what is inside rather than nothing.
        return name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
    }
    out
}

/// Normalised header names that mean each field exactly ([`normalise_header`]
/// form). The lists are disjoint (a test checks), so the first pass of
/// [`guess_mapping`] does not depend on field order.
const EXACT: [(Field, &[&str]); 8] = [
    (
        Field::Customer,
        &[
            "customerid",
            "customerno",
            "customernumber",
            "customercode",
            "clientid",
            "accountid",
            "id",
            "customer",
            "client",
            "客户编号",
            "客户id",
            "客户代码",
            "客户编码",
            "客户号",
            "客户",
        ],
    ),
    (
        Field::Name,
        &[
            "name",
            "customername",
            "clientname",
            "companyname",
            "company",
            "accountname",
            "客户名称",
            "客户名",
            "名称",
            "公司名称",
            "公司",
            "企业名称",
        ],
    ),
    (
        Field::Sales,
        &[
            "sales",
            "revenue",
            "turnover",
            "amount",
            "salesamount",
            "totalsales",
            "销售额",
            "销售收入",
            "营业额",
            "收入",
            "销售金额",
            "营业收入",
            "本期销售额",
        ],
    ),
    (
        Field::Profit,
        &[
            "profit",
            "grossprofit",
            "margin",
            "grossmargin",
            "利润",
            "毛利",
            "毛利润",
            "毛利额",
            "利润额",
        ],
    ),
    (
        Field::PreviousSales,
        &[
            "previoussales",
            "lastyearsales",
            "priorsales",
            "prioryearsales",
            "previousyearsales",
            "上期销售额",
            "去年销售额",
            "上年销售额",
            "上期销售",
            "去年销售",
            "上年销售",
        ],
    ),
    (
        Field::Satisfaction,
        &[
            "satisfaction",
            "csat",
            "customersatisfaction",
            "满意度",
            "客户满意度",
        ],
    ),
    (
        Field::Loyalty,
        &[
            "loyalty",
            "repeatpurchase",
            "repeatrate",
            "repeatpurchaserate",
            "customerloyalty",
            "忠诚度",
            "复购率",
            "重复购买",
            "重复购买率",
            "客户忠诚度",
        ],
    ),
    (
        Field::PriceOnly,
        &[
            "priceonly",
            "pricesensitive",
            "transactioncustomer",
            "只看价格",
            "价格敏感",
            "交易客户",
            "价格敏感型",
        ],
    ),
];

/// Stems that suggest a field when they occur inside a longer header
/// (`2024 sales`, `毛利（万元）合计`). Tried only after exact names, field by field
/// in this order, so the more specific field takes a header first (`上期销售额`
/// holds `销售额`; `customer name` holds `customer`). Short Latin words (`id`,
/// `name`) are absent: inside other words they mean nothing.
const PARTIAL: [(Field, &[&str]); 8] = [
    (
        Field::PreviousSales,
        &[
            "上期销售",
            "去年销售",
            "上年销售",
            "previoussales",
            "lastyearsales",
            "priorsales",
            "prioryearsales",
        ],
    ),
    (
        Field::Name,
        &[
            "客户名称",
            "公司名称",
            "customername",
            "companyname",
            "名称",
        ],
    ),
    (
        Field::PriceOnly,
        &["价格敏感", "只看价格", "priceonly", "pricesensitiv"],
    ),
    (Field::Satisfaction, &["满意", "satisfaction", "csat"]),
    (
        Field::Loyalty,
        &["忠诚", "复购", "repeatpurchase", "repeatrate", "loyalty"],
    ),
    (Field::Profit, &["毛利", "利润", "profit"]),
    (
        Field::Sales,
        &[
            "销售额",
            "销售收入",
            "营业额",
            "sales",
            "revenue",
            "turnover",
        ],
    ),
    (
        Field::Customer,
        &[
            "客户编号",
            "客户代码",
            "客户编码",
            "客户id",
            "customerid",
            "clientid",
        ],
    ),
];

/// Whether `header` names customers by name (`客户名称`, `Customer name`), as
/// [`guess_mapping`] would read it: exactly or by a stem.
pub fn is_name_header(header: &str) -> bool {
    let normalised = normalise_header(header);
    let known = |list: &[(Field, &[&str])]| {
        list.iter()
            .filter(|(field, _)| *field == Field::Name)
            .any(|(_, names)| names.iter().any(|name| normalised == *name))
    };
    let stem = PARTIAL
        .iter()
        .filter(|(field, _)| *field == Field::Name)
        .any(|(_, stems)| stems.iter().any(|stem| normalised.contains(stem)));
    known(&EXACT) || stem
}

/// Guesses the mapping from header names: first every header that is exactly a
/// known name of a field (after [`normalise_header`]), the leftmost winning; then,
/// for fields still unmapped, headers that contain a known stem. Last, a file with
/// a name column but no id column (`客户名称, 销售额, 利润`) is keyed by the name:
/// the required customer field takes that column (names must then be unique, as
/// ids are). The user checks the guess on the mapping screen.
pub fn guess_mapping(headers: &[String]) -> Mapping {
    let normalised: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
    let mut mapping = Mapping::new();
    let free = |mapping: &Mapping, column: usize| mapping.field_of(column).is_none();
    for (field, names) in EXACT {
        let found = (0..headers.len())
            .find(|&c| free(&mapping, c) && names.contains(&normalised[c].as_str()));
        if found.is_some() {
            mapping.set(field, found);
        }
    }
    for (field, stems) in PARTIAL {
        if mapping.column(field).is_some() {
            continue;
        }
        let found = (0..headers.len())
            .find(|&c| free(&mapping, c) && stems.iter().any(|stem| normalised[c].contains(stem)));
        if found.is_some() {
            mapping.set(field, found);
        }
    }
    if mapping.column(Field::Customer).is_none() {
        // `set` takes the column away from the name field.
        let names = mapping.column(Field::Name);
        mapping.set(Field::Customer, names);
    }
    mapping
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn guessed(names: &[&str]) -> Vec<(Field, usize)> {
        guess_mapping(&headers(names)).fields().collect()
    }

    #[test]
    fn normalise_header_table() {
        let cases = [
            ("Customer ID", "customerid"),
            ("customer_id", "customerid"),
            ("CUSTOMER-ID", "customerid"),
            (" Sales (RMB) ", "sales"),
            ("销售额（元）", "销售额"),
            ("销售额【万元】", "销售额"),
            ("客户ID", "客户id"),
            ("Ｓａｌｅｓ", "sales"),
            ("(Profit)", "profit"),
            ("上期 销售额", "上期销售额"),
            ("", ""),
        ];
        for (name, want) in cases {
            assert_eq!(normalise_header(name), want, "{name:?}");
        }
    }

    #[test]
    fn exact_names_are_disjoint_and_normalised() {
        let mut all: Vec<&str> = EXACT.iter().flat_map(|(_, n)| n.iter().copied()).collect();
        for name in &all {
            assert_eq!(normalise_header(name), *name);
        }
        let count = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), count, "a name means one field");
        assert_eq!(
            EXACT.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            Field::ALL.to_vec()
        );
    }

    #[test]
    fn guesses_english_headers() {
        use Field::*;
        assert_eq!(
            guessed(&[
                "Customer ID",
                "Customer Name",
                "Sales",
                "Gross Profit",
                "Last Year Sales",
                "CSAT",
                "Repeat Rate",
                "Price Sensitive"
            ]),
            vec![
                (Customer, 0),
                (Name, 1),
                (Sales, 2),
                (Profit, 3),
                (PreviousSales, 4),
                (Satisfaction, 5),
                (Loyalty, 6),
                (PriceOnly, 7)
            ]
        );
        assert_eq!(
            guessed(&["id", "name", "revenue", "margin", "prior sales"]),
            vec![
                (Customer, 0),
                (Name, 1),
                (Sales, 2),
                (Profit, 3),
                (PreviousSales, 4)
            ]
        );
        assert_eq!(
            guessed(&["Region", "Customer", "Turnover (EUR)", "Profit", "Loyalty"]),
            vec![(Customer, 1), (Sales, 2), (Profit, 3), (Loyalty, 4)]
        );
        assert_eq!(
            guessed(&["customer", "amount", "profit"]),
            vec![(Customer, 0), (Sales, 1), (Profit, 2)]
        );
    }

    #[test]
    fn guesses_chinese_headers() {
        use Field::*;
        assert_eq!(
            guessed(&["客户编号", "客户名称", "销售额", "利润"]),
            vec![(Customer, 0), (Name, 1), (Sales, 2), (Profit, 3)]
        );
        assert_eq!(
            guessed(&[
                "客户ID",
                "公司名称",
                "营业额（元）",
                "毛利润",
                "去年销售额",
                "满意度",
                "复购率",
                "只看价格"
            ]),
            vec![
                (Customer, 0),
                (Name, 1),
                (Sales, 2),
                (Profit, 3),
                (PreviousSales, 4),
                (Satisfaction, 5),
                (Loyalty, 6),
                (PriceOnly, 7)
            ]
        );
        assert_eq!(
            guessed(&[
                "客户代码",
                "名称",
                "销售收入",
                "毛利",
                "上期销售额",
                "忠诚度",
                "交易客户"
            ]),
            vec![
                (Customer, 0),
                (Name, 1),
                (Sales, 2),
                (Profit, 3),
                (PreviousSales, 4),
                (Loyalty, 5),
                (PriceOnly, 6)
            ]
        );
        assert_eq!(
            guessed(&["客户", "收入", "毛利", "上年销售额", "重复购买", "价格敏感"]),
            vec![
                (Customer, 0),
                (Sales, 1),
                (Profit, 2),
                (PreviousSales, 3),
                (Loyalty, 4),
                (PriceOnly, 5)
            ]
        );
    }

    #[test]
    fn a_name_column_without_an_id_column_is_the_customer_key() {
        use Field::*;
        let table: &[(&[&str], &[(Field, usize)])] = &[
            (
                &["客户名称", "销售额", "利润"],
                &[(Customer, 0), (Sales, 1), (Profit, 2)],
            ),
            (
                &["Region", "Customer name", "Sales", "Profit"],
                &[(Customer, 1), (Sales, 2), (Profit, 3)],
            ),
            (
                &["销售额", "利润", "公司名称（全称）"],
                &[(Customer, 2), (Sales, 0), (Profit, 1)],
            ),
            // With an id column the name stays the name.
            (
                &["客户编号", "客户名称", "销售额", "利润"],
                &[(Customer, 0), (Name, 1), (Sales, 2), (Profit, 3)],
            ),
            // Neither: nothing to key by, the user must choose.
            (&["Sales", "Profit"], &[(Sales, 0), (Profit, 1)]),
        ];
        for &(names, want) in table {
            assert_eq!(guessed(names), want, "{names:?}");
        }
    }

    #[test]
    fn name_headers_are_told_from_id_headers() {
        for (header, is_name) in [
            ("客户名称", true),
            ("Customer name", true),
            ("公司名称（全称）", true),
            ("name", true),
            ("客户编号", false),
            ("Customer ID", false),
            ("Customer", false),
            ("销售额", false),
        ] {
            assert_eq!(is_name_header(header), is_name, "{header}");
        }
    }

    #[test]
    fn partial_names_prefer_the_specific_field() {
        use Field::*;
        assert_eq!(
            guessed(&[
                "2023年上期销售额合计",
                "2024年销售额合计",
                "毛利合计",
                "客户编号(系统)"
            ]),
            vec![(Customer, 3), (Sales, 1), (Profit, 2), (PreviousSales, 0)]
        );
        // An exact name wins over a partial one wherever it stands.
        assert_eq!(guessed(&["sales growth", "sales"]), vec![(Sales, 1)]);
        assert_eq!(guessed(&["paid", "valid", "region"]), vec![]);
    }

    #[test]
    fn a_column_feeds_one_field() {
        let mut mapping = Mapping::new();
        mapping.set(Field::Sales, Some(2));
        mapping.set(Field::Profit, Some(2));
        assert_eq!(mapping.column(Field::Sales), None);
        assert_eq!(mapping.column(Field::Profit), Some(2));
        assert_eq!(mapping.field_of(2), Some(Field::Profit));
        assert_eq!(
            mapping.missing_required(),
            vec![Field::Customer, Field::Sales]
        );
        mapping.set(Field::Profit, None);
        assert_eq!(mapping.field_of(2), None);
        assert_eq!(mapping, Mapping::new());
    }

    #[test]
    fn saved_form_round_trips_and_survives_reordered_columns() {
        let first = headers(&["客户编号", "客户名称", "销售额", "利润", "备注"]);
        let mapping = guess_mapping(&first);
        let saved = mapping.to_saved(&first);
        assert_eq!(
            saved,
            vec![
                (Field::Customer, "客户编号".to_string()),
                (Field::Name, "客户名称".to_string()),
                (Field::Sales, "销售额".to_string()),
                (Field::Profit, "利润".to_string()),
            ]
        );
        assert_eq!(Mapping::from_saved(&saved, &first), mapping);
        // Next year's file: columns moved, one header spaced differently.
        let second = headers(&["销售额", "利润", "客户 编号", "满意度"]);
        let again = Mapping::from_saved(&saved, &second);
        assert_eq!(
            again.fields().collect::<Vec<_>>(),
            vec![(Field::Customer, 2), (Field::Sales, 0), (Field::Profit, 1)]
        );
        let filled = Mapping::from_saved_or_guess(&saved, &second);
        assert_eq!(filled.column(Field::Satisfaction), Some(3));
        // A saved choice the guess would not make is kept.
        let custom = vec![(Field::Customer, "备注".to_string())];
        let kept = Mapping::from_saved_or_guess(&custom, &first);
        assert_eq!(kept.column(Field::Customer), Some(4));
        assert_eq!(kept.column(Field::Name), Some(1));
    }
}
