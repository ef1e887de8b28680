//! Tests of the report: which worksheets count as covered, and the executive summary's figures.

mod covered {
    use super::super::*;
    use crate::{demo, Lang, Score};

    #[test]
    fn a_blank_workbook_covers_nothing_and_the_demo_everything() {
        for lang in [Lang::En, Lang::Zh] {
            let blank = Workbook::blank("b", lang);
            let demo = demo::workbook(lang);
            for sheet in Worksheet::ALL {
                assert!(!covered(&blank, sheet), "{sheet:?} of a blank workbook");
                assert!(covered(&demo, sheet), "{sheet:?} of the demo");
            }
        }
    }

    #[test]
    fn one_judgement_covers_its_sheet() {
        // (what the team did, the sheet it covers)
        type Edit = fn(&mut Workbook);
        let cases: [(Edit, Worksheet); 6] = [
            (
                |wb| wb.swot.strengths[0].text = "Brand".into(),
                Worksheet::Swot,
            ),
            (
                |wb| wb.stakeholders[0].importance = Score::new(7).ok(),
                Worksheet::Stakeholders,
            ),
            (
                |wb| wb.stakeholders[0].needs = "On time".into(),
                Worksheet::Stakeholders,
            ),
            (
                |wb| wb.seven_s.factors[2].rating = Score::new(4).ok(),
                Worksheet::SevenS,
            ),
            (
                |wb| wb.competitors.market.substitutes = "Online".into(),
                Worksheet::Competitors,
            ),
            (
                |wb| wb.profile.company_type = "Training".into(),
                Worksheet::CompanyProfile,
            ),
        ];
        for (edit, sheet) in cases {
            let mut wb = Workbook::blank("b", Lang::En);
            edit(&mut wb);
            for other in Worksheet::ALL {
                assert_eq!(
                    covered(&wb, other),
                    other == sheet,
                    "{sheet:?} edited, {other:?}"
                );
            }
        }
        // A renamed seeded stakeholder is still the seed's structure, not a judgement.
        let mut wb = Workbook::blank("b", Lang::En);
        wb.stakeholders[0].name = "Clients".into();
        assert!(!covered(&wb, Worksheet::Stakeholders));
    }
}

mod summary {
    use super::super::*;
    use crate::demo;
    use crate::Lang;

    fn demo_summary(wb: &Workbook) -> Option<&Summary> {
        wb.customer_data.as_ref().map(|d| &d.summary)
    }

    #[test]
    fn settings_keep_exclusions_sorted_unique_and_in_workshop_order() {
        let mut s = ReportSettings::default();
        assert_eq!(s.included().count(), Worksheet::ALL.len());
        s.set_included(Worksheet::Loyalty, false);
        s.set_included(Worksheet::Swot, false);
        s.set_included(Worksheet::Swot, false);
        assert_eq!(s.excluded, vec![Worksheet::Swot, Worksheet::Loyalty]);
        assert!(!s.includes(Worksheet::Swot));
        s.set_included(Worksheet::Swot, true);
        assert_eq!(s.excluded, vec![Worksheet::Loyalty]);
        let shown: Vec<Worksheet> = s.included().collect();
        let mut want = Worksheet::ALL.to_vec();
        want.retain(|&w| w != Worksheet::Loyalty);
        assert_eq!(shown, want);
    }

    #[test]
    fn settings_are_saved_with_the_workbook_and_default_when_absent() {
        let mut wb = Workbook::blank("w", Lang::En);
        wb.report.set_included(Worksheet::Pestle, false);
        let json = serde_json::to_string(&wb).unwrap();
        let back: Workbook = serde_json::from_str(&json).unwrap();
        assert_eq!(back.report.excluded, vec![Worksheet::Pestle]);
        // A workbook saved before the report existed shows every worksheet.
        let old: Workbook = serde_json::from_str(r#"{"id":"old"}"#).unwrap();
        assert_eq!(old.report, ReportSettings::default());
    }

    /// One row per workbook: what its summary must say.
    struct Case {
        name: &'static str,
        wb: Workbook,
        posture: Option<Posture>,
        seven_s_balance: Option<i32>,
        risks: usize,
        has_competitor_rank: bool,
        has_obl_index: bool,
        revenue_at_risk: bool,
        top_tenth: Option<(f64, f64)>,
        incomplete: usize,
    }

    #[test]
    fn executive_summary_of_the_demo_and_of_a_blank_workbook() {
        let cases = [
            Case {
                name: "demo (en)",
                wb: demo::workbook(Lang::En),
                posture: demo::workbook(Lang::En).swot.score().posture(),
                seven_s_balance: demo::workbook(Lang::En).seven_s.score().balance,
                risks: TOP_RISKS,
                has_competitor_rank: true,
                has_obl_index: true,
                revenue_at_risk: true,
                top_tenth: Some((0.2, 0.9)),
                incomplete: 0,
            },
            Case {
                name: "demo (zh)",
                wb: demo::workbook(Lang::Zh),
                posture: demo::workbook(Lang::Zh).swot.score().posture(),
                seven_s_balance: demo::workbook(Lang::Zh).seven_s.score().balance,
                risks: TOP_RISKS,
                has_competitor_rank: true,
                has_obl_index: true,
                revenue_at_risk: true,
                top_tenth: Some((0.2, 0.9)),
                incomplete: 0,
            },
            Case {
                name: "blank",
                wb: Workbook::blank("b", Lang::En),
                posture: None,
                seven_s_balance: None,
                risks: 0,
                has_competitor_rank: false,
                has_obl_index: false,
                revenue_at_risk: false,
                top_tenth: None,
                incomplete: Worksheet::ALL.len(),
            },
        ];
        for case in cases {
            let s = ExecutiveSummary::of(&case.wb, demo_summary(&case.wb));
            let name = case.name;
            assert_eq!(s.posture, case.posture, "{name}: posture");
            assert_eq!(s.seven_s.balance, case.seven_s_balance, "{name}: 7S");
            assert_eq!(s.top_risks.len(), case.risks, "{name}: risks");
            assert!(
                s.top_risks.iter().all(|r| r.direction == Direction::Threat),
                "{name}: only threats are risks"
            );
            assert!(
                s.top_risks.windows(2).all(|p| p[0].weight >= p[1].weight),
                "{name}: heaviest first"
            );
            assert_eq!(
                s.competitor_rank.is_some(),
                case.has_competitor_rank,
                "{name}: rank"
            );
            if let Some(r) = s.competitor_rank {
                assert!(r.rank >= 1 && r.rank <= r.of, "{name}: {r:?}");
            }
            assert_eq!(s.obl.internal_index.is_some(), case.has_obl_index, "{name}");
            assert_eq!(s.obl.industry_rank.is_some(), case.has_obl_index, "{name}");
            assert_eq!(
                s.revenue_at_risk.revenue.is_some_and(|r| r > 0),
                case.revenue_at_risk,
                "{name}: revenue at risk"
            );
            let tenth = s.segmentation.and_then(|h| h.top_tenth_profit_share);
            match (tenth, case.top_tenth) {
                (Some(share), Some((low, high))) => {
                    assert!(share > low && share < high, "{name}: top tenth {share}")
                }
                (None, None) => {}
                other => panic!("{name}: top tenth {other:?}"),
            }
            assert_eq!(s.incomplete.len(), case.incomplete, "{name}: incomplete");
        }
    }

    #[test]
    fn the_demo_summary_agrees_with_each_worksheet_score() {
        let wb = demo::workbook(Lang::En);
        let s = ExecutiveSummary::of(&wb, demo_summary(&wb));
        let pestle = PestleScore::of(&wb.pestle);
        let heaviest_threat = pestle
            .ranked
            .iter()
            .find(|i| i.direction == Direction::Threat)
            .unwrap();
        assert_eq!(s.top_risks[0], *heaviest_threat);
        let comparison = Comparison::of(&wb, "");
        assert_eq!(
            s.competitor_rank.unwrap().rank,
            comparison.company().rank.unwrap()
        );
        assert_eq!(
            s.revenue_at_risk.percent,
            CustomerScore::of(&wb.customers).at_risk_percent
        );
        let summary = demo_summary(&wb).unwrap();
        let headline = s.segmentation.unwrap();
        assert_eq!(headline.customers, summary.all.customers);
        assert_eq!(
            headline.top_tenth_profit_share,
            summary.deciles[0].totals.profit_share
        );
    }

    /// The top 20% figure of the summary is the decile table's and the tiers':
    /// one definition, a share of total profit (the demo has a loss-making tail,
    /// where a share of the profitable customers' profit only would differ).
    #[test]
    fn the_top_20_percent_agrees_with_the_deciles_and_the_tiers_on_the_demo() {
        let wb = demo::workbook(Lang::En);
        let summary = demo_summary(&wb).unwrap();
        let headline = ExecutiveSummary::of(&wb, Some(summary))
            .segmentation
            .unwrap();
        let top20 = headline.top20_profit_share.unwrap();
        let deciles: f64 = summary.deciles[..2]
            .iter()
            .map(|d| d.totals.profit_share.unwrap())
            .sum();
        assert!(
            (top20 - deciles).abs() < 1e-12,
            "{top20} vs deciles {deciles}"
        );
        assert_eq!(Some(top20), summary.deciles[1].cumulative_profit_share);
        // VIP 1% + major 4% + ordinary 15% of the 3,000 customers: the same 600.
        let tiers = &summary.tiers[..3];
        assert_eq!(tiers.iter().map(|t| t.1.customers).sum::<usize>(), 600);
        let tier_share: f64 = tiers.iter().map(|t| t.1.profit_share.unwrap()).sum();
        assert!(
            (top20 - tier_share).abs() < 1e-12,
            "{top20} vs tiers {tier_share}"
        );
        // The demo's losses matter: the profitable customers' profit alone would
        // give a smaller share.
        assert!(summary.unprofitable.profit < 0.0);
        assert_eq!(headline.concentrated, top20 >= 0.8);
        assert_eq!(summary.top20_profit_share, Some(top20));
    }

    #[test]
    fn a_company_alone_has_no_competitor_rank() {
        let mut wb = demo::workbook(Lang::En);
        wb.competitors.list.clear();
        assert_eq!(ExecutiveSummary::of(&wb, None).competitor_rank, None);
        assert_eq!(ExecutiveSummary::of(&wb, None).segmentation, None);
    }

    #[test]
    fn the_weakest_department_needs_two_rated() {
        use crate::obl::Rating;
        let mut wb = Workbook::blank("w", Lang::En);
        let weakest = |wb: &Workbook| ExecutiveSummary::of(wb, None).obl.weakest_department;
        assert_eq!(weakest(&wb), None, "nothing rated");
        wb.obl.departments[0].criteria[0].cell.rating = Some(Rating::N);
        assert_eq!(weakest(&wb), None, "one department rated");
        wb.obl.departments[1].criteria[0].cell.rating = Some(Rating::E);
        assert_eq!(
            weakest(&wb),
            Some(wb.obl.departments[0].name.clone()),
            "two rated: the lower index"
        );
    }
}
