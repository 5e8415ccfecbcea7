//! PII recall and precision on the labelled set `eval/data/pii.jsonl`
//! (written by `eval/data/make_pii_set.py`), through the same detector the
//! filter builds for the default policy. `make eval-pii` prints the table;
//! `cargo test` holds the held-out split to recall >= 95% at precision >= 90%.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};

use llm_router::api::openai::content_text;
use llm_router::pii::PiiDetector;
use serde_json::Value;

struct Row {
    test: bool,
    expected: BTreeSet<String>,
    texts: Vec<String>,
    last_user: Option<usize>,
}

fn family(label: &str) -> String {
    label.split(':').next().unwrap_or(label).to_string()
}

fn load() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/eval/data/pii.jsonl");
    let text = std::fs::read_to_string(path).expect("eval/data/pii.jsonl");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let messages = v["request"]["messages"].as_array().unwrap();
            Row {
                test: v["split"] == "test",
                expected: v["pii"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k.as_str().unwrap().to_string())
                    .collect(),
                texts: messages
                    .iter()
                    .map(|m| content_text(m.get("content")))
                    .collect(),
                last_user: messages.iter().rposition(|m| m["role"] == "user"),
            }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn recall(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1))
    }
    fn precision(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fp).max(1))
    }
}

/// (any-PII counts, per-family counts, exact national id labels right/total).
fn evaluate(
    d: &PiiDetector,
    rows: &[&Row],
    misses: &mut Vec<String>,
) -> (Counts, BTreeMap<String, Counts>, (u32, u32)) {
    let mut any = Counts::default();
    let mut by: BTreeMap<String, Counts> = BTreeMap::new();
    let mut ids = (0, 0);
    for r in rows {
        let refs: Vec<&str> = r.texts.iter().map(String::as_str).collect();
        let found = d.scan_prompt(&refs, r.last_user, true);
        let labels: BTreeSet<String> = found
            .kinds
            .iter()
            .map(|k| d.label(*k).to_string())
            .collect();
        let got: BTreeSet<String> = labels.iter().map(|l| family(l)).collect();
        let want: BTreeSet<String> = r.expected.iter().map(|l| family(l)).collect();
        match (!want.is_empty(), !got.is_empty()) {
            (true, true) => any.tp += 1,
            (true, false) => any.fn_ += 1,
            (false, true) => any.fp += 1,
            (false, false) => {}
        }
        for f in want.union(&got) {
            let c = by.entry(f.clone()).or_default();
            match (want.contains(f), got.contains(f)) {
                (true, true) => c.tp += 1,
                (true, false) => c.fn_ += 1,
                (false, true) => c.fp += 1,
                _ => {}
            }
        }
        for l in r.expected.iter().filter(|l| l.starts_with("national_id:")) {
            ids.1 += 1;
            if labels.contains(l) {
                ids.0 += 1;
            }
        }
        if want != got {
            misses.push(format!(
                "  want {want:?} got {labels:?}: {}",
                r.texts.last().map_or("", String::as_str)
            ));
        }
    }
    (any, by, ids)
}

fn report(name: &str, d: &PiiDetector, rows: &[&Row]) -> Counts {
    let mut misses = Vec::new();
    let (any, by, ids) = evaluate(d, rows, &mut misses);
    println!(
        "{name}: {} requests, {} with PII: any-PII recall {:.1}% precision {:.1}%",
        rows.len(),
        rows.iter().filter(|r| !r.expected.is_empty()).count(),
        100.0 * any.recall(),
        100.0 * any.precision()
    );
    println!(
        "  {:<14} {:>5} {:>5} {:>5} {:>8} {:>10}",
        "kind", "tp", "fp", "fn", "recall", "precision"
    );
    for (k, c) in &by {
        println!(
            "  {:<14} {:>5} {:>5} {:>5} {:>7.1}% {:>9.1}%",
            k,
            c.tp,
            c.fp,
            c.fn_,
            100.0 * c.recall(),
            100.0 * c.precision()
        );
    }
    println!("  national ids named exactly: {}/{}", ids.0, ids.1);
    if !misses.is_empty() {
        println!("  disagreements:");
        for m in &misses {
            println!("{m}");
        }
    }
    any
}

#[test]
fn pii_recall_and_precision_on_the_labelled_set() {
    let rows = load();
    let d = PiiDetector::builtin();
    let train: Vec<&Row> = rows.iter().filter(|r| !r.test).collect();
    let test: Vec<&Row> = rows.iter().filter(|r| r.test).collect();
    assert!(test.len() > 100 && train.len() > 200, "the set is there");
    report(
        "train (templates seen while writing the detectors)",
        &d,
        &train,
    );
    let held_out = report("test (held-out templates)", &d, &test);
    assert!(held_out.recall() >= 0.95, "recall {:.3}", held_out.recall());
    assert!(
        held_out.precision() >= 0.90,
        "precision {:.3}",
        held_out.precision()
    );
}
