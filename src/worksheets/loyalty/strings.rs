//! Names and rules of the loyalty analysis: the six loyalty types of the
//! satisfaction × loyalty matrix and the four value × loyalty quadrants, each with
//! the rule that puts a customer there under the cut-offs in force.

use workbook::segmentation::thresholds::format_threshold;
use workbook::segmentation::{LoyaltySettings, LoyaltyType, Quadrant};
use workbook::Lang;

use crate::i18n::segmentation::pct;
use crate::i18n::{pick, Label};

impl Label for LoyaltyType {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            LoyaltyType::Apostle => ("Apostle", "传道者"),
            LoyaltyType::Loyalist => ("Loyalist", "忠诚者"),
            LoyaltyType::Hostage => ("Hostage", "人质"),
            LoyaltyType::Mercenary => ("Mercenary", "唯利是图者"),
            LoyaltyType::Defector => ("Defector", "背叛者"),
            LoyaltyType::Terrorist => ("Terrorist", "恐怖分子"),
        };
        pick(lang, en, zh)
    }
}

/// Where a type sits in the matrix, with the cut-offs in force.
pub fn loyalty_rule(lang: Lang, t: LoyaltyType, s: &LoyaltySettings) -> String {
    let l = format_threshold(s.loyalty_high);
    let vl = format_threshold(s.satisfaction_very_low);
    let h = format_threshold(s.satisfaction_high);
    let vh = format_threshold(s.satisfaction_very_high);
    match (t, lang) {
        (LoyaltyType::Apostle, Lang::En) => {
            format!("Loyalty ≥ {l}, satisfaction ≥ {vh}: delighted, super-loyal")
        }
        (LoyaltyType::Apostle, Lang::Zh) => {
            format!("忠诚度 ≥ {l}，满意度 ≥ {vh}：非常满意，极其忠诚（又称“热心追随者”）")
        }
        (LoyaltyType::Loyalist, Lang::En) => {
            format!("Loyalty ≥ {l}, satisfaction ≥ {h} and < {vh}: steady, forgives mistakes")
        }
        (LoyaltyType::Loyalist, Lang::Zh) => {
            format!("忠诚度 ≥ {l}，满意度 ≥ {h} 且 < {vh}：忠诚稳定，能包容失误")
        }
        (LoyaltyType::Hostage, Lang::En) => {
            format!("Loyalty ≥ {l}, satisfaction < {h}: loyal only for lack of choice")
        }
        (LoyaltyType::Hostage, Lang::Zh) => {
            format!("忠诚度 ≥ {l}，满意度 < {h}：因别无选择而忠诚（又称“不自主者”）")
        }
        (LoyaltyType::Mercenary, Lang::En) => {
            format!("Loyalty < {l}, satisfaction ≥ {h}: buys the cheapest or most convenient")
        }
        (LoyaltyType::Mercenary, Lang::Zh) => {
            format!("忠诚度 < {l}，满意度 ≥ {h}：哪家便宜或方便就买哪家")
        }
        (LoyaltyType::Defector, Lang::En) => {
            format!("Loyalty < {l}, satisfaction ≥ {vl} and < {h}: let down repeatedly")
        }
        (LoyaltyType::Defector, Lang::Zh) => {
            format!("忠诚度 < {l}，满意度 ≥ {vl} 且 < {h}：屡遭失望")
        }
        (LoyaltyType::Terrorist, Lang::En) => {
            format!("Loyalty < {l}, satisfaction < {vl}: disappointed beyond repair")
        }
        (LoyaltyType::Terrorist, Lang::Zh) => {
            format!("忠诚度 < {l}，满意度 < {vl}：失望至极，难以挽回")
        }
    }
}

impl Label for Quadrant {
    fn label(&self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Quadrant::TrueFriend => ("True friends", "知己"),
            Quadrant::Butterfly => ("Butterflies", "蝴蝶"),
            Quadrant::Barnacle => ("Barnacles", "藤壶"),
            Quadrant::Stranger => ("Strangers", "过客"),
        };
        pick(lang, en, zh)
    }
}

pub fn quadrant_rule(lang: Lang, q: Quadrant, s: &LoyaltySettings) -> String {
    let v = pct(s.value_top_pct);
    let l = format_threshold(s.loyalty_high);
    match (q, lang) {
        (Quadrant::TrueFriend, Lang::En) => format!("Among the most profitable {v}, loyalty ≥ {l}"),
        (Quadrant::TrueFriend, Lang::Zh) => format!("属于利润最高的 {v}，忠诚度 ≥ {l}"),
        (Quadrant::Butterfly, Lang::En) => format!("Among the most profitable {v}, loyalty < {l}"),
        (Quadrant::Butterfly, Lang::Zh) => format!("属于利润最高的 {v}，忠诚度 < {l}"),
        (Quadrant::Barnacle, Lang::En) => format!("Outside the most profitable {v}, loyalty ≥ {l}"),
        (Quadrant::Barnacle, Lang::Zh) => format!("不属于利润最高的 {v}，忠诚度 ≥ {l}"),
        (Quadrant::Stranger, Lang::En) => format!("Outside the most profitable {v}, loyalty < {l}"),
        (Quadrant::Stranger, Lang::Zh) => format!("不属于利润最高的 {v}，忠诚度 < {l}"),
    }
}

pub fn loyalty_description(lang: Lang, s: &workbook::segmentation::Summary) -> String {
    s.loyalty
        .iter()
        .map(|(kind, totals)| format!("{} {}", kind.label(lang), totals.customers))
        .collect::<Vec<_>>()
        .join(pick(lang, ", ", "、"))
}
