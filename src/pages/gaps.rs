//! The product and the service gap tables: one page for both, each with its rows,
//! its scores and its ranked-gap chart, all derived from the workbook.

use leptos::prelude::*;
use workbook::internal::{GapRow, GapScore, Priority};
use workbook::swot::Quadrant;
use workbook::workbook::SwotSource;
use workbook::{RowId, Workbook, Worksheet};

use crate::components::chart::Chart;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::components::send_to_swot::SendToSwot;
use crate::i18n::gaps::{self as t, GapMsg};
use crate::i18n::{Label, Msg};
use crate::state::{tr, use_app};

/// Which of the two gap tables a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GapKind {
    Product,
    Service,
}

impl GapKind {
    fn lens(self) -> ListLens<GapRow> {
        match self {
            GapKind::Product => ListLens {
                get: |wb: &Workbook| &wb.product_gaps,
                get_mut: |wb: &mut Workbook| &mut wb.product_gaps,
            },
            GapKind::Service => ListLens {
                get: |wb: &Workbook| &wb.service_gaps,
                get_mut: |wb: &mut Workbook| &mut wb.service_gaps,
            },
        }
    }

    fn sheet(self) -> Worksheet {
        match self {
            GapKind::Product => Worksheet::ProductGaps,
            GapKind::Service => Worksheet::ServiceGaps,
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            GapKind::Product => "pgap",
            GapKind::Service => "sgap",
        }
    }
}

const PRIORITIES: &[Priority] = &[Priority::High, Priority::Medium, Priority::Low];

#[component]
pub fn GapPage(kind: GapKind) -> impl IntoView {
    let app = use_app();
    let lens = kind.lens();
    let score = Memo::new(move |_| app.workbook.with(|wb| GapScore::of((lens.get)(wb))));
    let intro = match kind {
        GapKind::Product => GapMsg::ProductIntro,
        GapKind::Service => GapMsg::ServiceIntro,
    };
    let fields: fn(RowCtx<GapRow>) -> AnyView = match kind {
        GapKind::Product => |row| gap_fields(row, GapKind::Product),
        GapKind::Service => |row| gap_fields(row, GapKind::Service),
    };
    view! {
        <h1>{move || kind.sheet().label(app.lang.get())}</h1>
        <p class="intro">{tr(intro)}</p>
        <RowList lens prefix=kind.prefix() row_name=t::row_name add_label=GapMsg::AddRow fields/>
        <GapSummary score/>
        <div class="charts">
            <Chart
                draw=Box::new(move |area| {
                    let text = t::chart_text(app.lang.get());
                    score.with(|s| charts::gap_bars(area, s, &text)).map_err(|e| charts::error_text(&e))
                })
                title=Signal::derive(move || app.tr(GapMsg::Chart).to_string())
                label=Signal::derive(move || t::chart_description(app.lang.get(), &score.get()))
                width=620
                height=340
            />
        </div>
    }
}

fn gap_fields(row: RowCtx<GapRow>, kind: GapKind) -> AnyView {
    let app = use_app();
    let offered = match kind {
        GapKind::Product => GapMsg::OfferedProduct,
        GapKind::Service => GapMsg::OfferedService,
    };
    let source = match kind {
        GapKind::Product => SwotSource::ProductGap(row.id),
        GapKind::Service => SwotSource::ServiceGap(row.id),
    };
    let name = Signal::derive(move || t::row_name(app.lang.get(), row.number.get()));
    view! {
        {row.text("offered", offered, |r| &r.offered, |r, v| r.offered = v)}
        {row.text("needed", GapMsg::Needed, |r| &r.needed, |r, v| r.needed = v)}
        {row.score("gap", GapMsg::GapSize, |r| r.gap, |r, v| r.gap = v)}
        {row.choice("priority", Msg::Priority, PRIORITIES, |r| r.priority, |r, v| r.priority = v)}
        <SendToSwot source quadrant=Signal::stored(Some(Quadrant::Weaknesses)) name/>
    }
    .into_any()
}

#[component]
fn GapSummary(score: Memo<GapScore>) -> impl IntoView {
    let app = use_app();
    let number = |v: Option<f64>| v.map_or("—".to_string(), |m| format!("{m:.1}"));
    let label_of = move |id: RowId, fallback: String| {
        if fallback.is_empty() {
            id.to_string()
        } else {
            fallback
        }
    };
    view! {
        <section class="summary" aria-labelledby="gap-scores">
            <h2 id="gap-scores">{tr(Msg::Scores)}</h2>
            <dl class="balances">
                <dt>{tr(GapMsg::TotalGap)}</dt>
                <dd data-testid="gap-total">
                    {move || score.with(|s| s.total.map_or_else(|| "—".to_string(), |t| t.to_string()))}
                </dd>
                <dt>{tr(GapMsg::MeanGap)}</dt>
                <dd>{move || number(score.with(|s| s.mean))}</dd>
                <dt>{tr(Msg::Scored)}</dt>
                <dd>{move || {
                    let (scored, unscored) = score.with(|s| (s.scored, s.unscored));
                    crate::i18n::scored_counts(app.lang.get(), scored, unscored)
                }}</dd>
                <dt>{tr(GapMsg::HighPriority)}</dt>
                <dd data-testid="gap-high">{move || score.with(|s| s.high_priority)}</dd>
            </dl>
            <h3>{tr(GapMsg::Largest)}</h3>
            <ol class="ranked">
                {move || score.with(|s| {
                    s.largest()
                        .iter()
                        .map(|g| {
                            let text = format!("{} — {}", g.gap, label_of(g.id, g.label.clone()));
                            view! { <li>{text}</li> }
                        })
                        .collect_view()
                })}
            </ol>
        </section>
    }
}
