//! Table tests of the column mapping: header normalisation, the guesses in
//! English and Chinese, and the saved form.

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
    // (headers, the guess)
    type Case<'a> = (&'a [&'a str], &'a [(Field, usize)]);
    let table: &[Case] = &[
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
