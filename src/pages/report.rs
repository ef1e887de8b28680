//! The workshop report: every chosen worksheet in workshop order with its key figures,
//! tables (each downloadable as CSV) and charts (drawn as SVG so they print sharply at
//! any resolution, each downloadable as PNG or SVG), under an executive summary
//! computed by `workbook::report`. The page only formats; printing is the browser's.
//!
//! Each worksheet is described as a list of [`Block`]s and one renderer draws them
//! all: one generic table and one figure component rather than a hand-written view
//! per worksheet, which keeps the wasm small.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use workbook::csv_table::to_csv;
use workbook::customers::{CustomerScore, CustomerTable};
use workbook::external::{Comparison, PestleScore, StakeholderScore};
use workbook::internal::{BackScore, GapScore, InternalCustomersScore, SevenSScore};
use workbook::obl::score::RatingGrid;
use workbook::obl::OblScore;
use workbook::report::ExecutiveSummary;
use workbook::segmentation::{Summary, Totals};
use workbook::swot::Quadrant;
use workbook::{completion, Lang, Workbook, Worksheet};

use crate::components::chart::Draw;
use crate::components::chart_export::{svg_of, ChartExports, SharedDraw};
use crate::download::{download_text, file_stem};
use crate::i18n::report::{self as t, ReportMsg as M};
use crate::i18n::{
    back, competitors, customers, gaps, internal_customers, obl, pestle, segmentation, seven_s,
    stakeholders, swot_chart_text, Label, Msg, Text,
};
use crate::state::{tr, use_app};

/// One piece of a worksheet's part of the report.
enum Block {
    /// Label and value pairs.
    Figures(Vec<(String, String)>),
    Table {
        title: String,
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Chart {
        title: String,
        /// The chart's content in words, for screen readers.
        label: String,
        size: (u32, u32),
        draw: Draw,
    },
}

fn table(
    lang: Lang,
    title: M,
    headers: &[&dyn Fn(Lang) -> &'static str],
    rows: Vec<Vec<String>>,
) -> Block {
    Block::Table {
        title: title.text(lang).to_string(),
        headers: headers.iter().map(|h| h(lang).to_string()).collect(),
        rows,
    }
}

/// A column header from any message enum.
fn h<T: Text>(msg: T) -> impl Fn(Lang) -> &'static str {
    move |lang| msg.text(lang)
}

fn chart<T: Text>(lang: Lang, title: T, label: String, size: (u32, u32), draw: Draw) -> Block {
    let title = title.text(lang).to_string();
    let label = if label.is_empty() {
        title.clone()
    } else {
        label
    };
    Block::Chart {
        title,
        label,
        size,
        draw,
    }
}

fn err<E: std::error::Error + Send + Sync>(
    e: plotters::prelude::DrawingAreaErrorKind<E>,
) -> String {
    charts::error_text(&e)
}

fn score_text(s: Option<workbook::Score>) -> String {
    t::maybe(s.map(|s| s.get()))
}

fn money_share(totals: &Totals) -> [String; 4] {
    [
        totals.customers.to_string(),
        segmentation::money(totals.sales),
        segmentation::money(totals.profit),
        segmentation::share(totals.profit_share),
    ]
}

/// What the report shows of `sheet`.
fn blocks(sheet: Worksheet, wb: &Workbook, summary: Option<&Summary>, lang: Lang) -> Vec<Block> {
    match sheet {
        Worksheet::CompanyProfile => {
            let p = &wb.profile;
            vec![
                Block::Figures(vec![(
                    M::CompanyType.text(lang).into(),
                    p.company_type.clone(),
                )]),
                table(
                    lang,
                    M::Offerings,
                    &[&h(M::Text)],
                    p.offerings
                        .iter()
                        .filter(|o| !o.text.trim().is_empty())
                        .map(|o| vec![o.text.clone()])
                        .collect(),
                ),
                table(
                    lang,
                    M::Competencies,
                    &[&h(M::Text), &h(M::Evidence)],
                    p.competencies
                        .iter()
                        .filter(|c| !c.text.trim().is_empty())
                        .map(|c| vec![c.text.clone(), c.evidence.clone()])
                        .collect(),
                ),
                table(
                    lang,
                    M::Goals,
                    &[&h(M::Text), &h(M::TargetDate), &h(M::Owner)],
                    p.goals
                        .iter()
                        .filter(|g| !g.text.trim().is_empty())
                        .map(|g| vec![g.text.clone(), g.target_date.clone(), g.owner.clone()])
                        .collect(),
                ),
            ]
        }
        Worksheet::ProductGaps | Worksheet::ServiceGaps => {
            let rows = if sheet == Worksheet::ProductGaps {
                &wb.product_gaps
            } else {
                &wb.service_gaps
            };
            let score = GapScore::of(rows);
            let figures = vec![
                (Msg::Total.text(lang).into(), t::maybe(score.total)),
                (Msg::Mean.text(lang).into(), t::one_decimal(score.mean)),
                (
                    Msg::Priority.text(lang).into(),
                    format!(
                        "{} × {}",
                        score.high_priority,
                        workbook::internal::Priority::High.label(lang)
                    ),
                ),
            ];
            let table_rows = score
                .ranked
                .iter()
                .map(|g| {
                    vec![
                        g.label.clone(),
                        g.gap.get().to_string(),
                        g.priority.map_or(String::new(), |p| p.label(lang).into()),
                    ]
                })
                .collect();
            let chart_text = gaps::chart_text(lang);
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::Gaps,
                    &[&h(M::Item), &h(M::Gap), &h(Msg::Priority)],
                    table_rows,
                ),
                chart(
                    lang,
                    gaps::GapMsg::Chart,
                    String::new(),
                    (620, 340),
                    Box::new(move |a| charts::gap_bars(a, &score, &chart_text).map_err(err)),
                ),
            ]
        }
        Worksheet::Back => {
            let score = BackScore::of(&wb.back);
            let figures = vec![
                (
                    back::BackMsg::BaggageLoad.text(lang).into(),
                    t::maybe(score.baggage.load),
                ),
                (
                    back::BackMsg::Consensus.text(lang).into(),
                    t::one_decimal(score.aspiration.consensus),
                ),
                (
                    back::BackMsg::CultureTitle.text(lang).into(),
                    back::culture_text(lang, score.culture.dominant),
                ),
                (
                    back::BackMsg::KnowledgeMean.text(lang).into(),
                    t::one_decimal(score.knowledge.mean),
                ),
            ];
            let rows = score
                .knowledge
                .topics
                .iter()
                .map(|k| {
                    vec![
                        k.topic.clone(),
                        score_text(k.current),
                        score_text(k.target),
                        back::signed(k.gap),
                    ]
                })
                .collect();
            let (letters, knowledge) = (
                back::letters_description(lang, &score),
                back::knowledge_description(lang, &score),
            );
            let (s1, s2) = (Rc::new(score), Rc::new(back::chart_text(lang)));
            let (s3, t2) = (s1.clone(), s2.clone());
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::Knowledge,
                    &[&h(M::Topic), &h(M::Current), &h(M::Target), &h(M::Gap)],
                    rows,
                ),
                chart(
                    lang,
                    back::BackMsg::ChartLetters,
                    letters,
                    (520, 320),
                    Box::new(move |a| charts::back_letters(a, &s1, &s2).map_err(err)),
                ),
                chart(
                    lang,
                    back::BackMsg::ChartKnowledge,
                    knowledge,
                    (620, 320),
                    Box::new(move |a| charts::back_knowledge(a, &s3, &t2).map_err(err)),
                ),
            ]
        }
        Worksheet::Swot => {
            let score = wb.swot.score();
            let figures = vec![
                (
                    Msg::InternalBalance.text(lang).into(),
                    t::signed(score.internal_balance()),
                ),
                (
                    Msg::ExternalBalance.text(lang).into(),
                    t::signed(score.external_balance()),
                ),
                (
                    Msg::Posture.text(lang).into(),
                    score.posture().map_or_else(
                        || Msg::PostureUnknown.text(lang).into(),
                        |p| p.label(lang).into(),
                    ),
                ),
            ];
            let totals = Quadrant::ALL
                .iter()
                .map(|&q| {
                    let s = score.get(q);
                    vec![
                        q.label(lang).into(),
                        t::maybe(s.known_total()),
                        t::one_decimal(s.mean()),
                        s.scored.to_string(),
                        s.unscored.to_string(),
                    ]
                })
                .collect();
            let items = wb
                .swot
                .items()
                .filter(|(_, i)| !i.is_blank())
                .map(|(q, i)| vec![q.label(lang).into(), i.text.clone(), score_text(i.score)])
                .collect();
            let (s1, t1) = (Rc::new(score), Rc::new(swot_chart_text(lang)));
            let (s2, t2) = (s1.clone(), t1.clone());
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::SwotLine,
                    &[
                        &h(Msg::Quadrant),
                        &h(Msg::Total),
                        &h(Msg::Mean),
                        &h(Msg::Scored),
                        &h(Msg::Unscored),
                    ],
                    totals,
                ),
                table(
                    lang,
                    M::SwotItems,
                    &[&h(Msg::Quadrant), &h(M::Item), &h(Msg::Score)],
                    items,
                ),
                chart(
                    lang,
                    Msg::ChartTotals,
                    String::new(),
                    (520, 320),
                    Box::new(move |a| charts::swot_totals(a, &s1, &t1).map_err(err)),
                ),
                chart(
                    lang,
                    Msg::ChartPosture,
                    String::new(),
                    (520, 320),
                    Box::new(move |a| charts::swot_posture(a, &s2, &t2).map_err(err)),
                ),
            ]
        }
        Worksheet::SevenS => {
            let score = SevenSScore::of(&wb.seven_s);
            let figures = vec![(
                M::SevenSLine.text(lang).into(),
                t::signed(score.balance.map(i64::from)),
            )];
            let rows = score
                .factors
                .iter()
                .map(|f| {
                    vec![
                        f.factor.label(lang).into(),
                        f.verdict.map_or(String::new(), |v| v.label(lang).into()),
                        score_text(f.rating),
                    ]
                })
                .collect();
            let diagram =
                seven_s::chart_description(lang, seven_s::SevenSMsg::ChartDiagram, &score);
            let radar = seven_s::chart_description(lang, seven_s::SevenSMsg::ChartRadar, &score);
            let (s1, t1) = (Rc::new(score), Rc::new(seven_s::chart_text(lang)));
            let (s2, t2) = (s1.clone(), t1.clone());
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::Factor,
                    &[&h(M::Factor), &h(M::Verdict), &h(M::Rating)],
                    rows,
                ),
                chart(
                    lang,
                    seven_s::SevenSMsg::ChartDiagram,
                    diagram,
                    (420, 400),
                    Box::new(move |a| charts::seven_s_diagram(a, &s1, &t1).map_err(err)),
                ),
                chart(
                    lang,
                    seven_s::SevenSMsg::ChartRadar,
                    radar,
                    (420, 400),
                    Box::new(move |a| charts::seven_s_radar(a, &s2, &t2).map_err(err)),
                ),
            ]
        }
        Worksheet::InternalCustomers => {
            let score = InternalCustomersScore::of(&wb.internal_customers);
            let figures = vec![(Msg::Mean.text(lang).into(), t::one_decimal(score.mean))];
            let rows = wb
                .internal_customers
                .iter()
                .filter(|l| !l.is_blank())
                .map(|l| {
                    vec![
                        l.server.clone(),
                        l.customer.clone(),
                        l.need.clone(),
                        score_text(l.service),
                    ]
                })
                .collect();
            let label = internal_customers::chart_description(lang, &score);
            let text = internal_customers::chart_text(lang);
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::Links,
                    &[
                        &h(M::Server),
                        &h(M::InternalCustomer),
                        &h(M::Need),
                        &h(M::ServiceLevel),
                    ],
                    rows,
                ),
                chart(
                    lang,
                    internal_customers::InternalMsg::Chart,
                    label,
                    (620, 420),
                    Box::new(move |a| charts::internal_heat_map(a, &score, &text).map_err(err)),
                ),
            ]
        }
        Worksheet::Pestle => {
            let score = PestleScore::of(&wb.pestle);
            let factors = score
                .factors
                .iter()
                .map(|f| {
                    vec![
                        f.factor.label(lang).into(),
                        pestle::weight(f.opportunity),
                        pestle::weight(f.threat),
                        pestle::net(f.net()),
                    ]
                })
                .collect();
            let items = score
                .heaviest()
                .iter()
                .map(|i| {
                    vec![
                        i.text.clone(),
                        i.factor.label(lang).into(),
                        i.direction.label(lang).into(),
                        t::one_decimal(Some(i.weight)),
                    ]
                })
                .collect();
            let label = pestle::chart_description(lang, &score);
            let text = pestle::chart_text(lang);
            vec![
                table(
                    lang,
                    M::PestleFactors,
                    &[&h(M::Factor), &h(M::Opportunity), &h(M::Threat), &h(M::Net)],
                    factors,
                ),
                table(
                    lang,
                    M::PestleItems,
                    &[&h(M::Item), &h(M::Factor), &h(M::Direction), &h(M::Weight)],
                    items,
                ),
                chart(
                    lang,
                    pestle::PestleMsg::Chart,
                    label,
                    (640, 360),
                    Box::new(move |a| charts::pestle_bars(a, &score, &text).map_err(err)),
                ),
            ]
        }
        Worksheet::Stakeholders => {
            let score = StakeholderScore::of(&wb.stakeholders);
            let figures = vec![(
                M::Fulfilment.text(lang).into(),
                stakeholders::mean(score.mean_fulfilment),
            )];
            let rows = score
                .ranked
                .iter()
                .map(|s| {
                    vec![
                        s.name.clone(),
                        s.importance.get().to_string(),
                        s.fulfilment.get().to_string(),
                        s.priority.to_string(),
                        stakeholders::yes_no(s.act_now).text(lang).into(),
                    ]
                })
                .collect();
            let label = stakeholders::chart_description(lang, &score);
            let text = stakeholders::chart_text(lang);
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::Stakeholder,
                    &[
                        &h(M::Stakeholder),
                        &h(M::Importance),
                        &h(M::Fulfilment),
                        &h(Msg::Priority),
                        &h(M::ActNow),
                    ],
                    rows,
                ),
                chart(
                    lang,
                    stakeholders::StakeholderMsg::Chart,
                    label,
                    (560, 420),
                    Box::new(move |a| charts::stakeholder_matrix(a, &score, &text).map_err(err)),
                ),
            ]
        }
        Worksheet::Competitors => {
            let comparison = Comparison::of(wb, competitors::CompMsg::OurCompany.text(lang));
            let rows = comparison
                .rows
                .iter()
                .map(|r| {
                    let mut row = vec![competitors::company_name(lang, r)];
                    row.extend(r.totals.iter().map(|v| t::maybe(*v)));
                    row.extend([t::signed(r.overall), t::maybe(r.rank)]);
                    row
                })
                .collect();
            let totals = competitors::chart_description(
                lang,
                competitors::CompMsg::ChartTotals,
                &comparison,
            );
            let radar =
                competitors::chart_description(lang, competitors::CompMsg::ChartRadar, &comparison);
            let (c1, t1) = (Rc::new(comparison), Rc::new(competitors::chart_text(lang)));
            let (c2, t2) = (c1.clone(), t1.clone());
            let q = |q: Quadrant| move |lang: Lang| q.label(lang);
            vec![
                table(
                    lang,
                    M::Comparison,
                    &[
                        &h(M::Company),
                        &q(Quadrant::Strengths),
                        &q(Quadrant::Weaknesses),
                        &q(Quadrant::Opportunities),
                        &q(Quadrant::Threats),
                        &h(M::Overall),
                        &h(M::Rank),
                    ],
                    rows,
                ),
                chart(
                    lang,
                    competitors::CompMsg::ChartTotals,
                    totals,
                    (760, 360),
                    Box::new(move |a| charts::competitor_totals(a, &c1, &t1).map_err(err)),
                ),
                chart(
                    lang,
                    competitors::CompMsg::ChartRadar,
                    radar,
                    (760, 360),
                    Box::new(move |a| charts::competitor_radar(a, &c2, &t2).map_err(err)),
                ),
            ]
        }
        Worksheet::Customers => {
            let score = CustomerScore::of(&wb.customers);
            let figures = vec![(
                M::RiskLine.text(lang).into(),
                format!(
                    "{} ({})",
                    customers::maybe_amount(score.at_risk_revenue),
                    customers::percent(score.at_risk_percent)
                ),
            )];
            let tables = CustomerTable::ALL
                .iter()
                .map(|&tb| {
                    let s = score.table(tb);
                    vec![
                        tb.label(lang).into(),
                        s.groups.to_string(),
                        customers::maybe_amount(s.customers),
                        customers::maybe_amount(s.revenue),
                    ]
                })
                .collect();
            let reasons = score
                .loss_reasons
                .iter()
                .map(|l| {
                    vec![
                        l.name.clone(),
                        l.groups.to_string(),
                        customers::amount(l.revenue_lost),
                        customers::percent(l.cumulative_percent),
                    ]
                })
                .collect();
            let (pareto, risk) = (
                customers::pareto_description(lang, &score),
                customers::risk_description(lang, &score),
            );
            let (s1, t1) = (Rc::new(score), Rc::new(customers::chart_text(lang)));
            let (s2, t2) = (s1.clone(), t1.clone());
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::CustomerTables,
                    &[
                        &h(M::Table),
                        &h(M::Groups),
                        &h(M::Customers),
                        &h(M::Revenue),
                    ],
                    tables,
                ),
                table(
                    lang,
                    M::LossReasons,
                    &[
                        &h(M::LossReason),
                        &h(M::Groups),
                        &h(M::Revenue),
                        &h(M::CumulativeProfit),
                    ],
                    reasons,
                ),
                chart(
                    lang,
                    customers::CustMsg::ParetoChart,
                    pareto,
                    (620, 360),
                    Box::new(move |a| charts::loss_pareto(a, &s1, &t1).map_err(err)),
                ),
                chart(
                    lang,
                    customers::CustMsg::RiskChart,
                    risk,
                    (420, 360),
                    Box::new(move |a| charts::revenue_at_risk(a, &s2, &t2).map_err(err)),
                ),
            ]
        }
        Worksheet::OblAudit => {
            let score = OblScore::of(wb, obl::OblMsg::OwnCompany.text(lang));
            let grid = RatingGrid::internal(&wb.obl);
            let index_rows = |rows: Vec<(
                String,
                &workbook::obl::RatingCounts,
                Option<f64>,
                Option<usize>,
            )>| {
                rows.into_iter()
                    .map(|(name, c, index, rank)| {
                        vec![
                            name,
                            c.e.to_string(),
                            c.s.to_string(),
                            c.n.to_string(),
                            obl::index(index),
                            obl::rank(rank),
                        ]
                    })
                    .collect::<Vec<_>>()
            };
            let departments = index_rows(
                score
                    .internal
                    .rows
                    .iter()
                    .map(|r| (r.name.clone(), &r.counts, r.index, r.rank))
                    .collect(),
            );
            let companies = index_rows(
                score
                    .industry
                    .rows
                    .iter()
                    .map(|r| (r.name.clone(), &r.counts, r.index, r.rank))
                    .collect(),
            );
            let heat = obl::heat_map_description(lang, &grid);
            let dept_label =
                obl::bars_description(lang, obl::OblMsg::ChartDepartments, &score.internal);
            let comp_label =
                obl::bars_description(lang, obl::OblMsg::ChartCompanies, &score.industry);
            let text = Rc::new(obl::chart_text(lang));
            let (t1, t2, t3) = (text.clone(), text.clone(), text);
            let s1 = Rc::new(score);
            let s3 = s1.clone();
            let cols: [&dyn Fn(Lang) -> &'static str; 6] = [
                &h(M::Department),
                &h(M::Excellent),
                &h(M::Satisfactory),
                &h(M::NeedsWork),
                &h(M::Index),
                &h(M::Rank),
            ];
            let mut company_cols = cols;
            let company = h(M::Company);
            company_cols[0] = &company;
            vec![
                table(lang, M::Departments, &cols, departments),
                table(lang, M::Companies, &company_cols, companies),
                chart(
                    lang,
                    obl::OblMsg::ChartHeatMap,
                    heat,
                    (620, 360),
                    Box::new(move |a| charts::obl_heat_map(a, &grid, &t1).map_err(err)),
                ),
                chart(
                    lang,
                    obl::OblMsg::ChartDepartments,
                    dept_label,
                    (460, 320),
                    Box::new(move |a| {
                        charts::obl_department_bars(a, &s1.internal, &t2).map_err(err)
                    }),
                ),
                chart(
                    lang,
                    obl::OblMsg::ChartCompanies,
                    comp_label,
                    (460, 320),
                    Box::new(move |a| charts::obl_company_bars(a, &s3.industry, &t3).map_err(err)),
                ),
            ]
        }
        Worksheet::Segmentation | Worksheet::Loyalty => {
            let Some(summary) = summary else {
                return vec![Block::Figures(vec![(
                    M::KeyFigures.text(lang).into(),
                    M::NoCustomerData.text(lang).into(),
                )])];
            };
            let s = Rc::new(summary.clone());
            let text = Rc::new(segmentation::chart_text(lang));
            let money_cols: [&dyn Fn(Lang) -> &'static str; 5] = [
                &h(M::Group),
                &h(M::Customers),
                &h(M::Sales),
                &h(M::Profit),
                &h(M::ProfitShare),
            ];
            if sheet == Worksheet::Loyalty {
                let settings = wb.loyalty.clone();
                let rows = summary
                    .loyalty
                    .iter()
                    .map(|(kind, totals)| {
                        let mut row = vec![kind.label(lang).to_string()];
                        row.extend(money_share(totals));
                        row
                    })
                    .collect();
                let mut cols = money_cols;
                let first = h(M::LoyaltyType);
                cols[0] = &first;
                let label = segmentation::loyalty_description(lang, summary);
                return vec![
                    table(lang, M::LoyaltyTypes, &cols, rows),
                    chart(
                        lang,
                        segmentation::SegMsg::MatrixChart,
                        label,
                        (560, 460),
                        Box::new(move |a| {
                            charts::loyalty_matrix(a, &s, &settings, &text).map_err(err)
                        }),
                    ),
                ];
            }
            let figures = vec![
                (
                    M::SegmentationLine.text(lang).into(),
                    segmentation::concentration_line(
                        lang,
                        summary.gini,
                        summary.top20_profit_share,
                    ),
                ),
                (
                    M::Customers.text(lang).into(),
                    summary.all.customers.to_string(),
                ),
            ];
            let deciles = summary
                .deciles
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    vec![
                        (i + 1).to_string(),
                        d.totals.customers.to_string(),
                        segmentation::money(d.totals.profit),
                        segmentation::share(d.totals.sales_share),
                        segmentation::share(d.totals.profit_share),
                        segmentation::share(d.cumulative_profit_share),
                    ]
                })
                .collect();
            let groups = summary
                .groups
                .iter()
                .map(|(g, totals)| {
                    let mut row = vec![g.label(lang).to_string()];
                    row.extend(money_share(totals));
                    row
                })
                .collect();
            let descriptions = [
                segmentation::decile_description(lang, &summary.deciles),
                String::new(),
                segmentation::group_description(lang, summary),
                segmentation::abc_description(lang, summary),
                segmentation::tier_description(lang, summary),
            ];
            let [decile_label, lorenz_label, group_label, abc_label, tier_label] = descriptions;
            let (s1, s2, s3, s4, s5) = (s.clone(), s.clone(), s.clone(), s.clone(), s);
            let (t1, t2, t3, t4, t5) =
                (text.clone(), text.clone(), text.clone(), text.clone(), text);
            use segmentation::SegMsg as S;
            vec![
                Block::Figures(figures),
                table(
                    lang,
                    M::Deciles,
                    &[
                        &h(M::Decile),
                        &h(M::Customers),
                        &h(M::Profit),
                        &h(M::SalesShare),
                        &h(M::ProfitShare),
                        &h(M::CumulativeProfit),
                    ],
                    deciles,
                ),
                table(lang, M::GroupsTable, &money_cols, groups),
                chart(
                    lang,
                    S::DecileChart,
                    decile_label,
                    (620, 360),
                    Box::new(move |a| charts::decile_bars(a, &s1, &t1).map_err(err)),
                ),
                chart(
                    lang,
                    S::LorenzChart,
                    lorenz_label,
                    (460, 400),
                    Box::new(move |a| charts::lorenz_curve(a, &s2, &t2).map_err(err)),
                ),
                chart(
                    lang,
                    S::GroupChart,
                    group_label,
                    (560, 320),
                    Box::new(move |a| charts::group_bars(a, &s3, &t3).map_err(err)),
                ),
                chart(
                    lang,
                    S::AbcChart,
                    abc_label,
                    (460, 300),
                    Box::new(move |a| charts::abc_bars(a, &s4, &t4).map_err(err)),
                ),
                chart(
                    lang,
                    S::TierChart,
                    tier_label,
                    (460, 300),
                    Box::new(move |a| charts::tier_bars(a, &s5, &t5).map_err(err)),
                ),
            ]
        }
    }
}

/// Today's date as YYYY-MM-DD (UTC), for the printed header.
fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Escapes text as a CSS string literal, so a title can reach the printed page header
/// (an `@page` margin box, which can only show CSS content) without ever being parsed
/// as anything but text.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Sets (or with `None` removes) the CSS variable the print stylesheet's page header
/// reads, on the root element where `@page` inherits from.
fn set_print_header(value: Option<&str>) {
    let Some(root) = document().document_element() else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let style = root.style();
    let _ = match value {
        Some(v) => style.set_property("--report-header", &css_string(v)),
        None => style.remove_property("--report-header").map(|_| ()),
    };
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let date = today();
    let header = {
        let date = date.clone();
        Memo::new(move |_| {
            app.workbook
                .with(|wb| t::print_header(&wb.title, &wb.client, &date))
        })
    };
    Effect::new(move |_| set_print_header(Some(&header.get())));
    on_cleanup(|| set_print_header(None));
    let included = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.report.included().collect::<Vec<_>>())
    });
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <article class="report">
            <header class="report-head">
                <h1>{tr(M::Report)}</h1>
                <p class="report-meta">{move || header.get()}</p>
            </header>
            <div class="report-controls">
                <p class="intro">{tr(M::Intro)}</p>
                <button type="button" class="print" on:click=print>{tr(M::Print)}</button>
                <fieldset class="report-choice">
                    <legend>{tr(M::Contents)}</legend>
                    {Worksheet::ALL.map(|sheet| view! { <Choice sheet/> }).into_iter().collect_view()}
                </fieldset>
            </div>
            <Executive/>
            <For each=move || included.get() key=|w| *w let:sheet>
                <Section sheet/>
            </For>
        </article>
    }
}

/// The checkbox that puts a worksheet in the report or takes it out.
#[component]
fn Choice(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    let id = format!("report-include-{}", sheet.slug());
    let checked = Memo::new(move |_| app.workbook.with(|wb| wb.report.includes(sheet)));
    let on_change = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        app.edit(|wb| wb.report.set_included(sheet, on));
    };
    view! {
        <span class="report-choice-item">
            <input type="checkbox" id=id.clone() prop:checked=move || checked.get() on:change=on_change/>
            <label for=id>{move || sheet.label(app.lang.get())}</label>
        </span>
    }
}

#[component]
fn Executive() -> impl IntoView {
    let app = use_app();
    let summary = Memo::new(move |_| {
        app.workbook
            .with(|wb| app.summary.with(|s| ExecutiveSummary::of(wb, s.as_ref())))
    });
    let body = move || {
        let lang = app.lang.get();
        summary.with(|s| {
            let posture = s.posture.map_or_else(|| Msg::PostureUnknown.text(lang).to_string(), |p| p.label(lang).to_string());
            let risks = if s.top_risks.is_empty() {
                view! { <p>{M::NoRisks.text(lang)}</p> }.into_any()
            } else {
                view! { <ol>{s.top_risks.iter().map(|r| view! { <li>{t::risk_line(lang, r)}</li> }).collect_view()}</ol> }.into_any()
            };
            let incomplete = if s.incomplete.is_empty() {
                view! { <p>{M::AllComplete.text(lang)}</p> }.into_any()
            } else {
                view! { <ul class="report-incomplete">{s.incomplete.iter().map(|(w, c)| view! { <li>{t::incomplete_item(lang, *w, *c)}</li> }).collect_view()}</ul> }.into_any()
            };
            view! {
                <dl class="report-figures">
                    <dt>{M::SwotLine.text(lang)}</dt>
                    <dd>{t::swot_totals_line(lang, s)}" — "{posture}</dd>
                    <dt>{M::SevenSLine.text(lang)}</dt>
                    <dd>{t::seven_s_line(lang, s)}</dd>
                    <dt>{M::TopRisks.text(lang)}</dt>
                    <dd>{risks}</dd>
                    <dt>{M::CompetitorLine.text(lang)}</dt>
                    <dd>{t::competitor_line(lang, s)}</dd>
                    <dt>{M::OblLine.text(lang)}</dt>
                    <dd>{t::obl_line(lang, s)}</dd>
                    <dt>{M::RiskLine.text(lang)}</dt>
                    <dd>{t::risk_revenue_line(lang, s)}</dd>
                    <dt>{M::SegmentationLine.text(lang)}</dt>
                    <dd>{t::segmentation_line(lang, s)}</dd>
                    <dt>{M::Incomplete.text(lang)}</dt>
                    <dd>{incomplete}</dd>
                </dl>
            }
        })
    };
    view! {
        <section class="report-section report-executive" aria-labelledby="report-executive">
            <h2 id="report-executive">{tr(M::Executive)}</h2>
            {body}
        </section>
    }
}

/// One worksheet's part of the report.
#[component]
fn Section(sheet: Worksheet) -> impl IntoView {
    let app = use_app();
    let id = format!("report-{}", sheet.slug());
    let labelled_by = id.clone();
    let body = move || {
        let lang = app.lang.get();
        let (blocks, done) = app.workbook.with(|wb| {
            app.summary.with(|s| {
                (
                    blocks(sheet, wb, s.as_ref(), lang),
                    completion::of(wb, sheet),
                )
            })
        });
        let completion = format!(
            "{}: {}",
            Msg::Completion.text(lang),
            crate::i18n::completion_text(lang, done)
        );
        view! {
            <p class="report-completion">{completion}</p>
            {blocks.into_iter().map(|b| render(sheet, lang, b)).collect_view()}
        }
    };
    view! {
        <section class="report-section" aria-labelledby=labelled_by>
            <h2 id=id>{move || sheet.label(app.lang.get())}</h2>
            {body}
        </section>
    }
}

fn render(sheet: Worksheet, lang: Lang, block: Block) -> AnyView {
    match block {
        Block::Figures(pairs) => view! {
            <dl class="report-figures">
                {pairs.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::Table {
            title,
            headers,
            rows,
        } => view! { <ReportTable title headers rows/> }.into_any(),
        Block::Chart {
            title,
            label,
            size,
            draw,
        } => view! {
            <ReportFigure sheet lang title label size draw/>
        }
        .into_any(),
    }
}

/// A table with its CSV download.
#[component]
fn ReportTable(title: String, headers: Vec<String>, rows: Vec<Vec<String>>) -> impl IntoView {
    let app = use_app();
    let csv = {
        let (title, headers, rows) = (title.clone(), headers.clone(), rows.clone());
        move |_| {
            let head: Vec<&str> = headers.iter().map(String::as_str).collect();
            let _ = download_text(
                &format!("{}.csv", file_stem(&title)),
                "text/csv;charset=utf-8",
                &to_csv(&head, rows.clone()),
            );
        }
    };
    let name = t::download_label(app.lang.get_untracked(), &title, "CSV");
    let empty = rows.is_empty();
    view! {
        <div class="report-table">
            <table class="data">
                <caption>{title}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| view! { <tr>{row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
                        .collect_view()}
                </tbody>
            </table>
            {(!empty).then(|| view! { <button type="button" class="csv" aria-label=name on:click=csv>{tr(M::DownloadCsv)}</button> })}
        </div>
    }
}

/// A chart as an SVG image: vector, so it prints sharply at any resolution, and the
/// same drawing the canvas shows. The page re-renders a section when its data changes,
/// so the drawing here holds its data rather than reading signals.
#[component]
fn ReportFigure(
    sheet: Worksheet,
    lang: Lang,
    title: String,
    label: String,
    size: (u32, u32),
    draw: Draw,
) -> impl IntoView {
    let draw: SharedDraw = Rc::from(draw);
    let (width, height) = size;
    let (src, failed) = match svg_of(&draw, width, height) {
        Ok(doc) => (
            format!(
                "data:image/svg+xml;charset=utf-8,{}",
                String::from(js_sys::encode_uri_component(&doc))
            ),
            None,
        ),
        Err(e) => (String::new(), Some(e)),
    };
    view! {
        <figure class="report-figure">
            <figcaption>{title.clone()}</figcaption>
            <img src=src alt=label width=width height=height/>
            <p class="figure-source">{t::source_note(lang, sheet)}</p>
            {failed.map(|e| view! { <p class="field-error">{e}</p> })}
            <ChartExports draw title width height/>
        </figure>
    }
}
