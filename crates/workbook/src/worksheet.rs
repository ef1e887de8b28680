//! The worksheets of the workbook in workshop order, and their URL slugs.

use serde::{Deserialize, Serialize};

/// One screen of the workbook. The declaration order is the workshop order of
/// METHOD.md: internal analysis, external analysis, customers, OBL, segmentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Worksheet {
    CompanyProfile,
    ProductGaps,
    ServiceGaps,
    Back,
    Swot,
    SevenS,
    InternalCustomers,
    Pestle,
    Stakeholders,
    Competitors,
    Customers,
    OblAudit,
    Segmentation,
    /// Key-customer value analysis (METHOD.md §5): value targets by customer class.
    KeyValue,
    Loyalty,
    /// The six loyalty classes and the relationship continuum (METHOD.md §6).
    LoyaltyClasses,
    /// Customer problems walked through the problem-solving model (§7).
    IssueLog,
    /// Customer groups scored on gross margin and payment record (§8).
    ValueScoring,
    /// Lagging and leading indicators against their targets (§8).
    Scorecard,
    /// The twelve steps of building a customer-strategic company (§9).
    Readiness,
    /// The strategies the workshop agrees (TOWS), at the end.
    ActionPlan,
}

/// The part of the workshop a worksheet belongs to, for grouping the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Internal,
    External,
    CustomerAnalysis,
    /// How the change is measured and built: the scorecard and the twelve steps.
    Management,
    /// What the workshop decides: the action plan.
    Strategy,
}

impl Worksheet {
    pub const ALL: [Worksheet; 21] = [
        Worksheet::CompanyProfile,
        Worksheet::ProductGaps,
        Worksheet::ServiceGaps,
        Worksheet::Back,
        Worksheet::Swot,
        Worksheet::SevenS,
        Worksheet::InternalCustomers,
        Worksheet::Pestle,
        Worksheet::Stakeholders,
        Worksheet::Competitors,
        Worksheet::Customers,
        Worksheet::OblAudit,
        Worksheet::Segmentation,
        Worksheet::KeyValue,
        Worksheet::Loyalty,
        Worksheet::LoyaltyClasses,
        Worksheet::IssueLog,
        Worksheet::ValueScoring,
        Worksheet::Scorecard,
        Worksheet::Readiness,
        Worksheet::ActionPlan,
    ];

    /// The stable URL fragment of the worksheet (`#/swot`).
    pub fn slug(self) -> &'static str {
        match self {
            Worksheet::CompanyProfile => "profile",
            Worksheet::ProductGaps => "product-gaps",
            Worksheet::ServiceGaps => "service-gaps",
            Worksheet::Back => "back",
            Worksheet::Swot => "swot",
            Worksheet::SevenS => "7s",
            Worksheet::InternalCustomers => "internal-customers",
            Worksheet::Pestle => "pestle",
            Worksheet::Stakeholders => "stakeholders",
            Worksheet::Competitors => "competitors",
            Worksheet::Customers => "customers",
            Worksheet::OblAudit => "obl",
            Worksheet::Segmentation => "segmentation",
            Worksheet::KeyValue => "key-value",
            Worksheet::Loyalty => "loyalty",
            Worksheet::LoyaltyClasses => "loyalty-classes",
            Worksheet::IssueLog => "issue-log",
            Worksheet::ValueScoring => "value-scoring",
            Worksheet::Scorecard => "scorecard",
            Worksheet::Readiness => "readiness",
            Worksheet::ActionPlan => "action-plan",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Worksheet> {
        Worksheet::ALL.into_iter().find(|w| w.slug() == slug)
    }

    pub fn part(self) -> Part {
        match self {
            Worksheet::CompanyProfile
            | Worksheet::ProductGaps
            | Worksheet::ServiceGaps
            | Worksheet::Back
            | Worksheet::Swot
            | Worksheet::SevenS
            | Worksheet::InternalCustomers => Part::Internal,
            Worksheet::Pestle | Worksheet::Stakeholders | Worksheet::Competitors => Part::External,
            Worksheet::Customers
            | Worksheet::OblAudit
            | Worksheet::Segmentation
            | Worksheet::KeyValue
            | Worksheet::Loyalty
            | Worksheet::LoyaltyClasses
            | Worksheet::IssueLog
            | Worksheet::ValueScoring => Part::CustomerAnalysis,
            Worksheet::Scorecard | Worksheet::Readiness => Part::Management,
            Worksheet::ActionPlan => Part::Strategy,
        }
    }
}

/// The report's URL fragment; no worksheet slug may take it.
const REPORT_SLUG: &str = "report";

/// The team merge's URL fragment; no worksheet slug may take it.
const MERGE_SLUG: &str = "merge";

/// The workbook library's URL fragment; no worksheet slug may take it.
const LIBRARY_SLUG: &str = "library";

/// Where the app is: the library, or the overview, one worksheet, the report or the
/// merge of the open workbook. Parsed from the URL hash (see `library::Address` for
/// the workbook id in front of it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// Every workbook this browser keeps (`#/library`).
    Library,
    Overview,
    Sheet(Worksheet),
    /// The printable workshop report of every chosen worksheet (`#/report`).
    Report,
    /// The team merge: several teams' copies side by side (`#/merge`).
    Merge,
}

impl Route {
    /// Parses a location hash such as `#/swot`; anything unknown is the overview.
    pub fn from_hash(hash: &str) -> Route {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        if slug == REPORT_SLUG {
            return Route::Report;
        }
        if slug == MERGE_SLUG {
            return Route::Merge;
        }
        if slug == LIBRARY_SLUG {
            return Route::Library;
        }
        Worksheet::from_slug(slug).map_or(Route::Overview, Route::Sheet)
    }

    pub fn to_hash(self) -> String {
        match self {
            Route::Library => format!("#/{LIBRARY_SLUG}"),
            Route::Overview => "#/".to_string(),
            Route::Sheet(w) => format!("#/{}", w.slug()),
            Route::Report => format!("#/{REPORT_SLUG}"),
            Route::Merge => format!("#/{MERGE_SLUG}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_round_trip() {
        for w in Worksheet::ALL {
            assert_eq!(Worksheet::from_slug(w.slug()), Some(w));
            assert_eq!(
                Route::from_hash(&Route::Sheet(w).to_hash()),
                Route::Sheet(w)
            );
        }
        let mut sorted = Worksheet::ALL;
        sorted.sort();
        assert_eq!(
            sorted,
            Worksheet::ALL,
            "ALL must be in declaration (workshop) order"
        );
    }

    #[test]
    fn the_report_has_its_own_route() {
        assert_eq!(Route::from_hash("#/report"), Route::Report);
        assert_eq!(Route::from_hash(&Route::Report.to_hash()), Route::Report);
        assert!(Worksheet::ALL.iter().all(|w| w.slug() != REPORT_SLUG));
    }

    #[test]
    fn the_merge_has_its_own_route() {
        assert_eq!(Route::from_hash("#/library"), Route::Library);
        assert_eq!(Route::Library.to_hash(), "#/library");
        assert!(Worksheet::ALL.iter().all(|w| w.slug() != LIBRARY_SLUG));
        assert_eq!(Route::from_hash("#/merge"), Route::Merge);
        assert_eq!(Route::from_hash(&Route::Merge.to_hash()), Route::Merge);
        assert_eq!(Route::Merge.to_hash(), "#/merge");
        assert!(Worksheet::ALL.iter().all(|w| w.slug() != MERGE_SLUG));
    }

    #[test]
    fn unknown_hashes_are_the_overview() {
        for hash in ["", "#", "#/", "#/nope", "swot/extra"] {
            assert_eq!(Route::from_hash(hash), Route::Overview, "{hash:?}");
        }
        assert_eq!(Route::from_hash("swot"), Route::Sheet(Worksheet::Swot));
    }
}
