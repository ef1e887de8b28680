//! The SWOT worksheet: the board of four quadrants, then its results (totals,
//! balances, posture and the two charts; `results.rs`), all derived from the
//! workbook.

pub mod guide;
mod results;

use leptos::prelude::*;
use workbook::workbook::SwotOwner;
use workbook::Worksheet;

pub use results::{results, score_blocks};

use crate::components::guidance::Guidance;
use crate::components::swot_board::SwotBoard;
use crate::i18n::Msg;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let score = Memo::new(move |_| app.workbook.with(|wb| wb.swot.score()));
    view! {
        <h1>"SWOT"</h1>
        <p class="intro">{tr(Msg::SwotIntro)}</p>
        <Guidance sheet=Worksheet::Swot/>
        <SwotBoard owner=SwotOwner::Company score id_prefix="swot"/>
        <Results sheet=Worksheet::Swot/>
    }
}
