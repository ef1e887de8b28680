//! How to fill each worksheet in (#15), described once per worksheet as data: a few
//! steps in METHOD.md's words and one worked example row, in the worksheet's own
//! folder (`<name>/guide.rs`), read by one component (`components::guidance`). The
//! example's values are also the placeholders of the text fields they belong to, so
//! the example row and the empty fields say the same thing.

use workbook::{Lang, Worksheet};

use crate::i18n::{pick, Text};

/// A text in English and Chinese, side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bi(pub &'static str, pub &'static str);

impl Text for Bi {
    fn text(self, lang: Lang) -> &'static str {
        pick(lang, self.0, self.1)
    }
}

/// One field of an example row, or a placeholder for a field outside it.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The field's DOM id without the row's id: `"{list prefix}-{field name}"`, as
    /// `RowCtx::field_id` builds it ("gap-product-needed" for `prefix-7-needed`… see
    /// each guide). A text field whose key this is shows `value` as its placeholder.
    pub key: &'static str,
    /// The field's visible label (the page's own message, so the two never differ).
    pub label: fn(Lang) -> &'static str,
    pub value: Bi,
}

/// How to fill one worksheet in.
#[derive(Clone, Copy, Debug)]
pub struct Guide {
    /// Short steps, in order.
    pub steps: &'static [Bi],
    /// What the example row is ("A weakness", "A baggage item").
    pub example_of: Bi,
    /// One worked example row: shown, never entered into the workbook.
    pub example: &'static [Field],
    /// Example entries for text fields of the page's other lists (placeholders only).
    pub hints: &'static [Field],
}

impl Guide {
    /// The example entry a text field with `key` shows while it is empty.
    pub fn placeholder(&self, key: &str) -> Option<Bi> {
        self.example
            .iter()
            .chain(self.hints)
            .find(|f| f.key == key)
            .map(|f| f.value)
    }
}

/// A field of a guide, for the worksheets' `guide.rs` tables.
pub const fn field(key: &'static str, label: fn(Lang) -> &'static str, value: Bi) -> Field {
    Field { key, label, value }
}

/// How to fill `sheet` in.
pub fn of(sheet: Worksheet) -> &'static Guide {
    use super::*;
    match sheet {
        Worksheet::CompanyProfile => &profile::guide::GUIDE,
        Worksheet::ProductGaps => &gaps::guide::PRODUCT,
        Worksheet::ServiceGaps => &gaps::guide::SERVICE,
        Worksheet::Back => &back::guide::GUIDE,
        Worksheet::Swot => &swot::guide::GUIDE,
        Worksheet::SevenS => &seven_s::guide::GUIDE,
        Worksheet::InternalCustomers => &internal_customers::guide::GUIDE,
        Worksheet::Pestle => &pestle::guide::GUIDE,
        Worksheet::Stakeholders => &stakeholders::guide::GUIDE,
        Worksheet::Competitors => &competitors::guide::GUIDE,
        Worksheet::Customers => &customers::guide::GUIDE,
        Worksheet::OblAudit => &obl::guide::GUIDE,
        Worksheet::Segmentation => &segmentation::guide::GUIDE,
        Worksheet::KeyValue => &key_value::guide::GUIDE,
        Worksheet::Loyalty => &loyalty::guide::GUIDE,
        Worksheet::LoyaltyClasses => &loyalty_classes::guide::GUIDE,
        Worksheet::IssueLog => &issue_log::guide::GUIDE,
        Worksheet::ValueScoring => &value_scoring::guide::GUIDE,
        Worksheet::Scorecard => &scorecard::guide::GUIDE,
        Worksheet::Readiness => &readiness::guide::GUIDE,
        Worksheet::ActionPlan => &action_plan::guide::GUIDE,
    }
}

/// The example entry of the text field `key` on the page open in `route`.
pub fn placeholder(route: workbook::Route, key: &str) -> Option<Bi> {
    match route {
        workbook::Route::Sheet(sheet) => of(sheet).placeholder(key),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every worksheet has steps and a worked example whose every field has a label
    /// and a value in both languages (#15).
    #[test]
    fn every_worksheet_has_a_guide_with_an_example() {
        for sheet in Worksheet::ALL {
            let guide = of(sheet);
            assert!(!guide.steps.is_empty(), "{sheet:?} has no steps");
            assert!(
                guide.example.len() >= 2,
                "{sheet:?}: an example row needs its fields"
            );
            let texts = guide
                .steps
                .iter()
                .chain([&guide.example_of])
                .chain(guide.example.iter().chain(guide.hints).map(|f| &f.value));
            for bi in texts {
                assert!(
                    !bi.0.trim().is_empty() && !bi.1.trim().is_empty(),
                    "{sheet:?}: {bi:?}"
                );
            }
            for f in guide.example {
                for lang in [Lang::En, Lang::Zh] {
                    assert!(
                        !(f.label)(lang).is_empty(),
                        "{sheet:?}: {} unlabelled",
                        f.key
                    );
                }
            }
            let mut keys: Vec<_> = guide
                .example
                .iter()
                .chain(guide.hints)
                .map(|f| f.key)
                .collect();
            keys.sort_unstable();
            let before = keys.len();
            keys.dedup();
            assert_eq!(before, keys.len(), "{sheet:?}: a key named twice");
        }
    }

    /// A field finds its entry by its id without the row ids, and every key is written
    /// in that form (a key with a row id in it would match no field).
    #[test]
    fn fields_find_their_entries_by_id() {
        use crate::components::fields::guide_key;
        assert_eq!(guide_key("bag-r12-text"), "bag-text");
        assert_eq!(guide_key("ready-3-evidence"), "ready-evidence");
        assert_eq!(guide_key("obl-dr3-cr17-comment"), "obl-d-c-comment");
        assert_eq!(guide_key("obl-dr3-name"), "obl-d-name");
        assert_eq!(
            guide_key("seven-s-staff-evidence"),
            "seven-s-staff-evidence"
        );
        assert_eq!(guide_key("lc-action-2"), "lc-action");
        for sheet in Worksheet::ALL {
            for f in of(sheet).example.iter().chain(of(sheet).hints) {
                assert_eq!(guide_key(f.key), f.key, "{sheet:?}");
            }
        }
        let swot = of(Worksheet::Swot);
        assert_eq!(
            swot.placeholder("swot-weaknesses").map(|b| b.0),
            Some("Product range not updated for two years")
        );
    }

    /// Each kind of score says what both ends of its scale mean, in both languages.
    #[test]
    fn every_scale_names_both_ends() {
        use crate::i18n::guidance::Scale;
        for &scale in Scale::ALL {
            for lang in [Lang::En, Lang::Zh] {
                let text = scale.text(lang);
                let ends = match scale {
                    Scale::Margin | Scale::Payment => ["0 =", "20 ="],
                    Scale::Obl => ["E =", "N ="],
                    Scale::Continuum => ["1–3 =", "7–10 ="],
                    _ => ["1 =", "10 ="],
                };
                for end in ends {
                    assert!(
                        text.contains(end),
                        "{scale:?} in {lang:?} lacks {end:?}: {text}"
                    );
                }
            }
        }
    }
}
