//! The BACK worksheet: baggage, aspirations, culture and knowledge, each in its own
//! section, then its results (scores, largest knowledge gaps and the two charts;
//! `results.rs`), all derived from the workbook.

pub mod guide;
mod results;
pub mod strings;

pub use results::results;

use leptos::prelude::*;
use workbook::internal::{
    Aspiration, BackScore, BaggageDecision, BaggageItem, CultureAssessment, CultureChoice,
    CultureType, KnowledgeTopic,
};
use workbook::swot::Quadrant;
use workbook::workbook::SwotSource;
use workbook::{Workbook, Worksheet};

use crate::components::fields::{msg, ChoiceField, TextField};
use crate::components::guidance::Guidance;
use crate::components::row_list::{ListLens, RowCtx, RowList};
use crate::components::score_input::ScoreInput;
use crate::components::send_to_swot::SendToSwot;
use crate::i18n::back::{self as t, BackMsg};
use crate::i18n::guidance::Scale;
use crate::i18n::Label;
use crate::state::{tr, use_app};
use crate::worksheets::blocks::Results;

const DECISIONS: &[BaggageDecision] = &[
    BaggageDecision::Keep,
    BaggageDecision::Review,
    BaggageDecision::Drop,
];

const CULTURES: &[CultureType] = &CultureType::ALL;

const BAGGAGE: ListLens<BaggageItem> = ListLens {
    get: |wb: &Workbook| &wb.back.baggage,
    get_mut: |wb: &mut Workbook| &mut wb.back.baggage,
};

const ASPIRATIONS: ListLens<Aspiration> = ListLens {
    get: |wb: &Workbook| &wb.back.aspirations,
    get_mut: |wb: &mut Workbook| &mut wb.back.aspirations,
};

const KNOWLEDGE: ListLens<KnowledgeTopic> = ListLens {
    get: |wb: &Workbook| &wb.back.knowledge,
    get_mut: |wb: &mut Workbook| &mut wb.back.knowledge,
};

/// The page's scores, shared through context with the knowledge rows: a row's
/// function is a plain `fn` and cannot capture them, and each row computing the whole
/// score itself would repeat the work once per row.
#[derive(Clone, Copy)]
struct Scores(Memo<BackScore>);

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let score = Memo::new(move |_| app.workbook.with(|wb| wb.back.score()));
    provide_context(Scores(score));
    let section = |id: &'static str, title: BackMsg, intro: BackMsg, body: AnyView| {
        view! {
            <section class="back-part" aria-labelledby=id>
                <h2 id=id>{tr(title)}</h2>
                <p class="intro">{tr(intro)}</p>
                {body}
            </section>
        }
    };
    view! {
        <h1>{move || Worksheet::Back.label(app.lang.get())}</h1>
        <p class="intro">{tr(BackMsg::Intro)}</p>
        <Guidance sheet=Worksheet::Back/>
        {section(
            "back-baggage",
            BackMsg::BaggageTitle,
            BackMsg::BaggageIntro,
            view! {
                <RowList lens=BAGGAGE prefix="bag" row_name=t::baggage_name
                    add_label=BackMsg::AddBaggage fields=baggage_fields/>
            }
            .into_any(),
        )}
        {section(
            "back-aspiration",
            BackMsg::AspirationTitle,
            BackMsg::AspirationIntro,
            view! {
                <RowList lens=ASPIRATIONS prefix="asp" row_name=t::aspiration_name
                    add_label=BackMsg::AddAspiration fields=aspiration_fields/>
            }
            .into_any(),
        )}
        {section(
            "back-culture",
            BackMsg::CultureTitle,
            BackMsg::CultureIntro,
            view! {
                <div class="culture">
                    <CultureSlot which=Slot::Dominant/>
                    <CultureSlot which=Slot::Secondary/>
                </div>
            }
            .into_any(),
        )}
        {section(
            "back-knowledge",
            BackMsg::KnowledgeTitle,
            BackMsg::KnowledgeIntro,
            view! {
                <RowList lens=KNOWLEDGE prefix="know" row_name=t::topic_name
                    add_label=BackMsg::AddTopic fields=knowledge_fields/>
            }
            .into_any(),
        )}
        <Results sheet=Worksheet::Back/>
    }
}

fn baggage_fields(row: RowCtx<BaggageItem>) -> AnyView {
    let app = use_app();
    let name = Signal::derive(move || t::baggage_name(app.lang.get(), row.number.get()));
    view! {
        {row.text("text", BackMsg::BaggageText, |r| &r.text, |r, v| r.text = v)}
        {row.score("hindrance", BackMsg::Hindrance, Scale::Hindrance, |r| r.hindrance, |r, v| r.hindrance = v)}
        {row.choice("decision", BackMsg::Decision, DECISIONS, |r| r.decision, |r, v| r.decision = v)}
        <SendToSwot
            source=SwotSource::Baggage(row.id)
            quadrant=Signal::stored(Some(Quadrant::Weaknesses))
            name
        />
    }
    .into_any()
}

fn aspiration_fields(row: RowCtx<Aspiration>) -> AnyView {
    view! {
        {row.text("text", BackMsg::AspirationText, |r| &r.text, |r, v| r.text = v)}
        {row.score("shared", BackMsg::Shared, Scale::Shared, |r| r.shared, |r, v| r.shared = v)}
        {row.text("voiced", BackMsg::VoicedBy, |r| &r.voiced_by, |r, v| r.voiced_by = v)}
    }
    .into_any()
}

fn knowledge_fields(row: RowCtx<KnowledgeTopic>) -> AnyView {
    let app = use_app();
    let Scores(score) = expect_context::<Scores>();
    let id = row.id;
    // The gap is the domain's (target − current); a blank topic is not scored and
    // has none.
    let gap = move || {
        score.with(|s| {
            s.knowledge
                .topics
                .iter()
                .find(|t| t.id == id)
                .and_then(|t| t.gap)
        })
    };
    view! {
        {row.text("topic", BackMsg::Topic, |r| &r.topic, |r, v| r.topic = v)}
        {row.score("current", BackMsg::Current, Scale::Knowledge, |r| r.current, |r, v| r.current = v)}
        {row.score("target", BackMsg::Target, Scale::Knowledge, |r| r.target, |r, v| r.target = v)}
        <span class="derived" id=row.field_id("gap")>
            {move || t::gap_text(app.lang.get(), gap())}
        </span>
    }
    .into_any()
}

/// Which of the two culture choices a [`CultureSlot`] edits. (The prop is `which`:
/// `slot` is a reserved attribute of the `view!` macro.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Dominant,
    Secondary,
}

impl Slot {
    fn get(self, c: &CultureAssessment) -> &Option<CultureChoice> {
        match self {
            Slot::Dominant => &c.dominant,
            Slot::Secondary => &c.secondary,
        }
    }

    fn get_mut(self, c: &mut CultureAssessment) -> &mut Option<CultureChoice> {
        match self {
            Slot::Dominant => &mut c.dominant,
            Slot::Secondary => &mut c.secondary,
        }
    }

    /// The select's DOM id; the strength and evidence fields add a suffix.
    fn id(self) -> &'static str {
        match self {
            Slot::Dominant => "culture-dominant",
            Slot::Secondary => "culture-secondary",
        }
    }

    /// Labels of the type, strength and evidence fields.
    fn labels(self) -> [BackMsg; 3] {
        match self {
            Slot::Dominant => [
                BackMsg::Dominant,
                BackMsg::DominantStrength,
                BackMsg::DominantEvidence,
            ],
            Slot::Secondary => [
                BackMsg::Secondary,
                BackMsg::SecondaryStrength,
                BackMsg::SecondaryEvidence,
            ],
        }
    }
}

/// One culture choice: its type, and once a type is chosen, what the type means, how
/// strongly it shows and the evidence.
#[component]
fn CultureSlot(which: Slot) -> impl IntoView {
    let app = use_app();
    let [kind_label, strength_label, evidence_label] = which.labels();
    let choice = Memo::new(move |_| app.workbook.with(|wb| which.get(&wb.back.culture).clone()));
    let kind = Signal::derive(move || choice.with(|c| c.as_ref().map(|c| c.kind)));
    // The strength and evidence belong to a chosen type, so "not chosen" removes them
    // from the workbook. Kept here, a slip in the list costs nothing: they come back
    // with the next type chosen during this visit.
    let withdrawn = StoredValue::new(None::<CultureChoice>);
    let on_kind = Callback::new(move |picked: Option<CultureType>| {
        app.edit(|wb| {
            let at = which.get_mut(&mut wb.back.culture);
            match picked {
                None => {
                    if let Some(old) = at.take() {
                        withdrawn.set_value(Some(old));
                    }
                }
                Some(kind) => {
                    if let Some(current) = at.as_mut() {
                        current.kind = kind;
                    } else {
                        let restored = withdrawn
                            .try_update_value(Option::take)
                            .flatten()
                            .unwrap_or(CultureChoice {
                                kind,
                                strength: None,
                                evidence: String::new(),
                            });
                        *at = Some(CultureChoice { kind, ..restored });
                    }
                }
            }
        });
    });
    let edit = move |f: &dyn Fn(&mut CultureChoice)| {
        app.edit(|wb| {
            if let Some(c) = which.get_mut(&mut wb.back.culture) {
                f(c);
            }
        });
    };
    let strength = Signal::derive(move || choice.with(|c| c.as_ref().and_then(|c| c.strength)));
    let evidence = Signal::derive(move || {
        choice.with(|c| c.as_ref().map(|c| c.evidence.clone()).unwrap_or_default())
    });
    view! {
        <div class="culture-choice">
            <ChoiceField id=which.id().to_string() label=msg(kind_label) value=kind options=CULTURES
                on_change=on_kind/>
            <Show when=move || kind.with(Option::is_some)>
                <p class="culture-description" id=format!("{}-meaning", which.id())>
                    {move || kind.get().map(|k| t::culture_description(app.lang.get(), k))}
                </p>
                <ScoreInput
                    value=strength
                    on_change=Callback::new(move |s| edit(&|c| c.strength = s))
                    id=format!("{}-strength", which.id())
                    label=msg(strength_label)
                    scale=Scale::CultureStrength
                />
                <TextField
                    id=format!("{}-evidence", which.id())
                    label=msg(evidence_label)
                    value=evidence
                    on_input=Callback::new(move |text: String| edit(&|c| c.evidence = text.clone()))
                    multiline=true
                />
            </Show>
        </div>
    }
}
