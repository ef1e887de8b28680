//! Renders the BACK charts to SVG and checks them: the four letters' bars against their
//! scores, "not scored" for missing letters, and knowledge current and target bars per
//! topic.

mod common;

use charts::back::{current_colour, letter_colour, target_colour};
use charts::{back_knowledge, back_letters, BackChartText};
use common::*;
use workbook::internal::{
    Aspiration, Back, BackLetter, BackScore, BaggageDecision, BaggageItem, CultureAssessment,
    CultureChoice, CultureType, KnowledgeTopic,
};
use workbook::{RowId, Score};

fn english() -> BackChartText {
    BackChartText {
        letter_names: ["B Baggage", "A Aspiration", "C Culture", "K Knowledge"].map(String::from),
        score_axis: "Score (1-10)".into(),
        current: "Current level".into(),
        target: "Target level".into(),
        level_axis: "Level (1-10)".into(),
        not_scored: "not scored".into(),
        no_data: "Nothing filled in yet".into(),
    }
}

fn s(value: u8) -> Option<Score> {
    Score::new(value).ok()
}

/// A BACK from baggage hindrances (all kept), aspiration shares, the dominant culture's
/// strength and knowledge (current, target) pairs; 0 stands for "unscored".
fn back(baggage: &[u8], shared: &[u8], culture: Option<u8>, knowledge: &[(u8, u8)]) -> Back {
    let mut id = 0;
    let mut next = || {
        id += 1;
        RowId(id)
    };
    Back {
        baggage: baggage
            .iter()
            .map(|&h| BaggageItem {
                id: next(),
                text: "rule".into(),
                hindrance: s(h),
                decision: Some(BaggageDecision::Keep),
            })
            .collect(),
        aspirations: shared
            .iter()
            .map(|&v| Aspiration {
                id: next(),
                text: "aim".into(),
                shared: s(v),
                voiced_by: String::new(),
            })
            .collect(),
        culture: CultureAssessment {
            dominant: culture.map(|c| CultureChoice {
                kind: CultureType::Task,
                strength: s(c),
                evidence: String::new(),
            }),
            secondary: None,
        },
        knowledge: knowledge
            .iter()
            .enumerate()
            .map(|(i, &(current, target))| KnowledgeTopic {
                id: next(),
                topic: format!("Topic {}", i + 1),
                current: s(current),
                target: s(target),
            })
            .collect(),
    }
}

fn letters_svg(score: &BackScore) -> String {
    render(|area| back_letters(area, score, &english()))
}

fn knowledge_svg(score: &BackScore) -> String {
    render(|area| back_knowledge(area, score, &english()))
}

#[test]
fn letter_bars_match_their_scores() {
    // (name, back, value written on each letter or None for "not scored")
    let cases: [(&str, Back, [Option<&str>; 4]); 4] = [
        (
            "all four",
            back(
                &[7, 8, 3],
                &[8, 6, 7],
                Some(7),
                &[(5, 8), (3, 7), (4, 7), (3, 7)],
            ),
            [Some("6"), Some("7"), Some("7"), Some("3.8")],
        ),
        (
            "missing letters are not zero",
            back(&[0], &[9, 4], None, &[(0, 8)]),
            [None, Some("6.5"), None, None],
        ),
        (
            "a full 10",
            back(&[10], &[1], Some(10), &[(2, 2)]),
            [Some("10"), Some("1"), Some("10"), Some("2")],
        ),
        (
            "only a dropped item: listed, but no letter",
            Back {
                baggage: vec![BaggageItem {
                    id: RowId(1),
                    text: "old rule".into(),
                    hindrance: s(9),
                    decision: Some(BaggageDecision::Drop),
                }],
                ..Back::default()
            },
            [None, None, None, None],
        ),
    ];
    for (name, back, want) in &cases {
        let score = back.score();
        let text = english();
        let els = elements(&letters_svg(&score));
        assert!(!has_text(&els, &text.no_data), "{name}: no_data drawn");
        for label in text.letter_names.iter().chain([&text.score_axis]) {
            assert!(has_text(&els, label), "{name}: {label} missing");
        }
        let missing = want.iter().filter(|w| w.is_none()).count();
        let not_scored = texts(&els)
            .iter()
            .filter(|t| t.content == text.not_scored)
            .count();
        assert_eq!(not_scored, missing, "{name}: not-scored labels");

        let mut scale = None;
        let mut baseline = None;
        let mut xs = Vec::new();
        for letter in BackLetter::ALL {
            let bars = filled(&els, "rect", letter_colour(letter, &P));
            let Some(written) = want[letter.index()] else {
                assert!(bars.is_empty(), "{name}: {letter:?} has a bar");
                continue;
            };
            let value = score.letter(letter).unwrap();
            assert_eq!(bars.len(), 1, "{name}: {letter:?}");
            let bar = bars[0];
            let (y, h) = (bar.num("y"), bar.num("height"));
            let b = *baseline.get_or_insert(y + h);
            assert!((y + h - b).abs() <= 1.0, "{name}: {letter:?} baseline");
            let px = *scale.get_or_insert(h / value);
            assert!(
                (h - px * value).abs() <= 1.5,
                "{name}: {letter:?} height {h}, want {}",
                px * value
            );
            // The value is written in bold, centred above its own bar.
            let centre = bar.num("x") + bar.num("width") / 2.0;
            let label = texts(&els)
                .into_iter()
                .find(|t| t.is_bold() && t.content == written && (t.num("x") - centre).abs() <= 1.5)
                .unwrap_or_else(|| panic!("{name}: no value {written} on {letter:?}"));
            assert!(label.num("y") < y, "{name}: {letter:?} value above the bar");
            xs.push(bar.num("x"));
        }
        assert!(
            xs.windows(2).all(|w| w[0] < w[1]),
            "{name}: B, A, C, K order"
        );
    }
}

#[test]
fn an_empty_back_draws_no_data() {
    let text = english();
    let els = elements(&letters_svg(&Back::default().score()));
    assert!(has_text(&els, &text.no_data));
    assert!(!has_text(&els, &text.not_scored));
    for letter in BackLetter::ALL {
        assert!(filled(&els, "rect", letter_colour(letter, &P)).is_empty());
    }
    let els = elements(&knowledge_svg(&Back::default().score()));
    assert!(has_text(&els, &text.no_data));
    assert!(!has_text(&els, &text.current), "legend drawn");
}

#[test]
fn knowledge_bars_pair_current_and_target_per_topic() {
    let knowledge = [(5, 8), (3, 7), (0, 6), (9, 4), (2, 0)];
    let score = back(&[], &[], None, &knowledge).score();
    let text = english();
    let els = elements(&knowledge_svg(&score));
    assert!(has_text(&els, &text.current) && has_text(&els, &text.target));
    assert!(has_text(&els, &text.level_axis));

    let current = filled(&els, "rect", current_colour(&P));
    let target = filled(&els, "rect", target_colour(&P));
    // One swatch each in the legend, then one bar per set level.
    let bars = |rects: Vec<&El>| -> Vec<(f64, f64, f64)> {
        rects
            .into_iter()
            .filter(|r| r.num("y") > 30.0)
            .map(|r| (r.num("x"), r.num("y"), r.num("width")))
            .collect()
    };
    let (current, target) = (bars(current), bars(target));
    assert_eq!(current.len(), 4, "current levels set");
    assert_eq!(target.len(), 4, "target levels set");
    let not_scored = texts(&els)
        .iter()
        .filter(|t| t.content == text.not_scored)
        .count();
    assert_eq!(not_scored, 2);

    // Widths share one scale; topics go down the chart in table order, current above
    // target within each topic.
    let scale = current[0].2 / 5.0;
    let mut c = current.iter();
    let mut t = target.iter();
    let mut last_y = f64::MIN;
    for (i, &(cur, tar)) in knowledge.iter().enumerate() {
        let label = text_el(&els, &format!("Topic {}", i + 1));
        assert!(label.num("y") > last_y, "topic {i} out of order");
        last_y = label.num("y");
        let cur_bar = (cur > 0).then(|| c.next().unwrap());
        let tar_bar = (tar > 0).then(|| t.next().unwrap());
        if let Some(&(_, y, w)) = cur_bar {
            assert!(
                (w - scale * f64::from(cur)).abs() <= 1.5,
                "topic {i} current"
            );
            assert!(y < label.num("y"), "topic {i}: current above the middle");
        }
        if let Some(&(_, y, w)) = tar_bar {
            assert!(
                (w - scale * f64::from(tar)).abs() <= 1.5,
                "topic {i} target"
            );
            assert!(
                y >= label.num("y") - 1.0,
                "topic {i}: target below the middle"
            );
        }
    }
    // A negative gap (current above target) is drawn as it is: the current bar is longer.
    let (cur9, tar4) = (current[2].2, target[3].2);
    assert!(cur9 > tar4);
}

#[test]
fn the_real_demo_renders_its_letters_and_topics() {
    for lang in [workbook::Lang::En, workbook::Lang::Zh] {
        let score = workbook::demo::workbook(lang).back.score();
        let els = elements(&letters_svg(&score));
        for letter in BackLetter::ALL {
            let value = score.letter(letter).expect("the demo scores every letter");
            let written = charts::style::format_mean(value);
            assert!(
                texts(&els)
                    .iter()
                    .any(|t| t.is_bold() && t.content == written),
                "{lang:?}: {letter:?} {written}"
            );
        }
        let els = elements(&knowledge_svg(&score));
        let bars = filled(&els, "rect", current_colour(&P))
            .into_iter()
            .filter(|r| r.num("y") > 30.0)
            .count();
        assert_eq!(bars, score.knowledge.topics.len(), "{lang:?}");
    }
}
