//! The SWOT's table tests: quadrant scores, balances, findings and posture, and the
//! item edits.

use super::*;

/// Builds a quadrant from (text, score) pairs; score 0 stands for "unscored".
fn items(rows: &[(&str, u8)]) -> Vec<SwotItem> {
    rows.iter()
        .enumerate()
        .map(|(i, (text, s))| SwotItem::new(RowId(i as u64 + 1), *text, Some(*s)))
        .collect()
}

fn swot(s: &[(&str, u8)], w: &[(&str, u8)], o: &[(&str, u8)], t: &[(&str, u8)]) -> Swot {
    Swot {
        strengths: items(s),
        weaknesses: items(w),
        opportunities: items(o),
        threats: items(t),
    }
}

type Rows<'a> = &'a [(&'a str, u8)];

#[test]
fn quadrant_scores() {
    // (rows, total, scored, unscored, mean, known_total)
    type Case<'a> = (Rows<'a>, u32, usize, usize, Option<f64>, Option<u32>);
    let cases: &[Case] = &[
        (&[], 0, 0, 0, None, Some(0)),
        (&[("", 0), ("  ", 0)], 0, 0, 0, None, Some(0)),
        (&[("a", 0)], 0, 0, 1, None, None),
        (&[("a", 7)], 7, 1, 0, Some(7.0), Some(7)),
        (
            &[("a", 7), ("b", 0), ("c", 4)],
            11,
            2,
            1,
            Some(5.5),
            Some(11),
        ),
        (&[("", 9)], 9, 1, 0, Some(9.0), Some(9)),
        (
            &[("a", 10), ("b", 10), ("c", 10)],
            30,
            3,
            0,
            Some(10.0),
            Some(30),
        ),
    ];
    for (rows, total, scored, unscored, mean, known) in cases {
        let q = QuadrantScore::of(&items(rows));
        assert_eq!(q.total, *total, "{rows:?}");
        assert_eq!(q.scored, *scored, "{rows:?}");
        assert_eq!(q.unscored, *unscored, "{rows:?}");
        assert_eq!(q.mean(), *mean, "{rows:?}");
        assert_eq!(q.known_total(), *known, "{rows:?}");
    }
}

#[test]
fn balances_and_posture() {
    // (S, W, O, T, internal, external, posture)
    type Case<'a> = (
        Rows<'a>,
        Rows<'a>,
        Rows<'a>,
        Rows<'a>,
        Option<i64>,
        Option<i64>,
        Option<Posture>,
    );
    let cases: &[Case] = &[
        // Nothing scored: the balances are 0 − 0, but no posture follows.
        (&[], &[], &[], &[], Some(0), Some(0), None),
        // Only the internal side scored: no posture until the external side is.
        (&[("s", 9)], &[], &[], &[], Some(9), Some(0), None),
        (&[], &[], &[], &[("t", 3)], Some(0), Some(-3), None),
        (
            &[("s", 8)],
            &[("w", 3)],
            &[("o", 6)],
            &[("t", 2)],
            Some(5),
            Some(4),
            Some(Posture::SO),
        ),
        (
            &[("s", 8)],
            &[("w", 3)],
            &[("o", 2)],
            &[("t", 6)],
            Some(5),
            Some(-4),
            Some(Posture::ST),
        ),
        (
            &[("s", 2)],
            &[("w", 9)],
            &[("o", 6)],
            &[("t", 2)],
            Some(-7),
            Some(4),
            Some(Posture::WO),
        ),
        (
            &[("s", 2)],
            &[("w", 9)],
            &[("o", 1)],
            &[("t", 2)],
            Some(-7),
            Some(-1),
            Some(Posture::WT),
        ),
        // Ties count as the favourable side.
        (
            &[("s", 5)],
            &[("w", 5)],
            &[("o", 4)],
            &[("t", 4)],
            Some(0),
            Some(0),
            Some(Posture::SO),
        ),
        // Weaknesses listed but none scored: the internal balance is unknown.
        (
            &[("s", 8)],
            &[("w", 0)],
            &[("o", 6)],
            &[("t", 2)],
            None,
            Some(4),
            None,
        ),
        // Nothing listed under threats is a genuine zero.
        (
            &[("s", 8)],
            &[("w", 3)],
            &[("o", 6)],
            &[],
            Some(5),
            Some(6),
            Some(Posture::SO),
        ),
        // Partly scored: only the scored items count, the rest are reported as missing.
        (
            &[("s", 8), ("s2", 0)],
            &[("w", 3)],
            &[("o", 1)],
            &[("t", 2), ("t2", 0)],
            Some(5),
            Some(-1),
            Some(Posture::ST),
        ),
    ];
    for (s, w, o, t, internal, external, posture) in cases {
        let score = swot(s, w, o, t).score();
        assert_eq!(score.internal_balance(), *internal, "{s:?} {w:?}");
        assert_eq!(score.external_balance(), *external, "{o:?} {t:?}");
        assert_eq!(score.posture(), *posture, "{s:?} {w:?} {o:?} {t:?}");
    }
}

#[test]
fn findings_need_a_score_on_their_axis() {
    // (S, W, O, T, internal finding, external finding)
    type Case<'a> = (
        Rows<'a>,
        Rows<'a>,
        Rows<'a>,
        Rows<'a>,
        Option<i64>,
        Option<i64>,
    );
    let cases: &[Case] = &[
        (&[], &[], &[], &[], None, None),
        // Listed but unscored: still nothing to conclude.
        (&[("s", 0)], &[], &[("o", 0)], &[], None, None),
        (&[("s", 9)], &[], &[], &[], Some(9), None),
        (&[], &[("w", 4)], &[], &[], Some(-4), None),
        (&[], &[], &[("o", 2)], &[], None, Some(2)),
        (&[], &[], &[], &[("t", 5)], None, Some(-5)),
        (
            &[("s", 8)],
            &[("w", 3)],
            &[("o", 6)],
            &[("t", 2)],
            Some(5),
            Some(4),
        ),
        // A listed, unscored weakness makes the internal side unknown.
        (&[("s", 8)], &[("w", 0)], &[("o", 6)], &[], None, Some(6)),
    ];
    for (s, w, o, t, internal, external) in cases {
        let score = swot(s, w, o, t).score();
        assert_eq!(score.internal_finding(), *internal, "{s:?} {w:?}");
        assert_eq!(score.external_finding(), *external, "{o:?} {t:?}");
    }
}

#[test]
fn unscored_items_are_counted_as_missing() {
    let s = swot(&[("a", 0), ("b", 5)], &[("c", 0)], &[], &[("", 0)]).score();
    assert_eq!(s.unscored(), 2);
    assert!(!s.is_empty());
    assert!(Swot::default().score().is_empty());
}

#[test]
fn remove_and_shift() {
    let mut sw = swot(&[("a", 1), ("b", 2), ("c", 3)], &[], &[], &[]);
    sw.shift(RowId(1), 1);
    let texts: Vec<_> = sw.strengths.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["b", "a", "c"]);
    sw.shift(RowId(2), -1); // already first: unchanged
    sw.shift(RowId(3), 1); // already last: unchanged
    let texts: Vec<_> = sw.strengths.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["b", "a", "c"]);
    assert!(sw.remove(RowId(1)));
    assert!(!sw.remove(RowId(1)));
    assert_eq!(sw.strengths.len(), 2);
    sw.find_mut(RowId(3)).unwrap().text = "changed".into();
    assert_eq!(sw.strengths[1].text, "changed");
}

#[test]
fn origin_json_keeps_the_row_form_and_adds_the_factor_form() {
    let row = Origin {
        worksheet: Worksheet::Back,
        source: OriginRef::Row(RowId(12)),
        label: "Quotes need a signature".into(),
    };
    let factor = Origin {
        worksheet: Worksheet::SevenS,
        source: OriginRef::SevenS(SevenSFactor::Staff),
        label: "Experienced trainers".into(),
    };
    // (origin, its JSON)
    let cases = [
        (
            &row,
            r#"{"worksheet":"back","row":12,"label":"Quotes need a signature"}"#,
        ),
        (
            &factor,
            r#"{"worksheet":"seven_s","factor":"staff","label":"Experienced trainers"}"#,
        ),
    ];
    for (origin, json) in cases {
        assert_eq!(serde_json::to_string(origin).unwrap(), json);
        assert_eq!(&serde_json::from_str::<Origin>(json).unwrap(), origin);
    }
    // Older files wrote the row form with keys in any order, inside an item.
    let item: SwotItem = serde_json::from_str(
        r#"{"id":3,"text":"t","origin":{"label":"old","row":5,"worksheet":"product_gaps"}}"#,
    )
    .unwrap();
    assert_eq!(
        item.origin,
        Some(Origin {
            worksheet: Worksheet::ProductGaps,
            source: OriginRef::Row(RowId(5)),
            label: "old".into(),
        })
    );
    // An origin naming no source, or an unknown factor, is refused.
    for bad in [
        r#"{"worksheet":"back","label":"x"}"#,
        r#"{"worksheet":"seven_s","factor":"luck","label":"x"}"#,
        r#"{"worksheet":"back","row":-1,"label":"x"}"#,
    ] {
        assert!(serde_json::from_str::<Origin>(bad).is_err(), "{bad}");
    }
}
