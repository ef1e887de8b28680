//! The product and the service gap tables: one page for both, each with its rows,
//! then its results (scores, largest gaps and the ranked-gap chart; `results.rs`),
//! all derived from the workbook.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::internal::{GapRow, Priority};
use workbook::swot::Quadrant;
use workbook::workbook::SwotSource;
use workbook::{Workbook, Worksheet};

use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::components::send_to_swot::SendToSwot;
use crate::i18n::gaps::{self as t, GapMsg};
use crate::i18n::guidance::Scale;
use crate::i18n::{Label, Msg};
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

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
        <Guidance sheet=kind.sheet()/>
        <RowList lens prefix=kind.prefix() row_name=t::row_name add_label=GapMsg::AddRow fields/>
        <Results sheet=kind.sheet()/>
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
        {row.score("gap", GapMsg::GapSize, Scale::GapSize, |r| r.gap, |r, v| r.gap = v)}
        {row.choice("priority", Msg::Priority, PRIORITIES, |r| r.priority, |r, v| r.priority = v)}
        <SendToSwot source quadrant=Signal::stored(Some(Quadrant::Weaknesses)) name/>
    }
    .into_any()
}
