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
        Field::DaysOverdue => 8,
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
const EXACT: [(Field, &[&str]); 9] = [
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
    (
        Field::DaysOverdue,
        &[
            "daysoverdue",
            "overduedays",
            "dayslate",
            "averagedaysoverdue",
            "avgdaysoverdue",
            "averagedayslate",
            "逾期天数",
            "平均逾期天数",
            "拖欠天数",
            "逾期",
        ],
    ),
];

/// Stems that suggest a field when they occur inside a longer header
/// (`2024 sales`, `毛利（万元）合计`). Tried only after exact names, field by field
/// in this order, so the more specific field takes a header first (`上期销售额`
/// holds `销售额`; `customer name` holds `customer`). Short Latin words (`id`,
/// `name`) are absent: inside other words they mean nothing.
const PARTIAL: [(Field, &[&str]); 9] = [
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
    (Field::DaysOverdue, &["逾期", "拖欠", "overdue", "dayslate"]),
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
mod tests;
