//! PII recall and precision by kind on any labelled JSONL file (the
//! labelled set, a blind set, `pii.jsonl`), through the built-in detectors
//! the default policy uses, with every disagreement and the text each
//! finding covers: the tool for working on the detectors.
//!
//! usage: eval-pii FILE... [--show-errors]
//!        eval-pii --text TEXT   (the lexicon's words in TEXT and the findings)
//!
//! A row counts per kind family (`national_id:es_dni` counts as
//! `national_id`), as `make eval-router` counts it.

use std::collections::{BTreeMap, BTreeSet};

use llm_router::api::openai::content_text;
use llm_router::pii::PiiDetector;
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

fn pct(a: u32, b: u32) -> f64 {
    100.0 * f64::from(a) / f64::from(b.max(1))
}

impl Counts {
    /// `recall% precision% (tp fp fn)`, as `make eval-router` prints it.
    fn line(&self) -> String {
        format!(
            "{:>6.1}%    {:>6.1}%      ({} {} {})",
            pct(self.tp, self.tp + self.fn_),
            pct(self.tp, self.tp + self.fp),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

fn family(label: &str) -> String {
    label.split(':').next().unwrap_or(label).to_string()
}

fn snippet(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let inner = text.get(start..end).unwrap_or("");
    format!(
        "{}[[{}]]{}",
        text.get(a..start).unwrap_or(""),
        inner,
        text.get(end..b).unwrap_or("")
    )
    .replace('\n', " ")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--show-errors");
    let d = PiiDetector::builtin();
    if let Some(i) = args.iter().position(|a| a == "--text") {
        let text = args.get(i + 1).map_or("", String::as_str);
        let lex = llm_router::pii::lexicon::Lexicon::new();
        for h in lex.hits(text) {
            println!("  {:?} {:?}", text.get(h.start..h.end).unwrap_or(""), h.cat);
        }
        for f in d.find_all(text) {
            println!(
                "found {}: {}",
                f.kind.label(),
                snippet(text, f.start, f.end)
            );
        }
        return;
    }
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("cannot read {path}");
            std::process::exit(2);
        };
        let mut by: BTreeMap<String, Counts> = BTreeMap::new();
        let mut any = Counts::default();
        let mut rows = 0;
        let mut errors = Vec::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            rows += 1;
            let empty = Vec::new();
            let messages = v["request"]["messages"].as_array().unwrap_or(&empty);
            let texts: Vec<String> = messages
                .iter()
                .map(|m| content_text(m.get("content")))
                .collect();
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let last_user = messages.iter().rposition(|m| m["role"] == "user");
            let found = d.scan_prompt(&refs, last_user, true);
            let got: BTreeSet<String> =
                found.kinds.iter().map(|k| k.family().to_string()).collect();
            let want: BTreeSet<String> = v["pii"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                .filter_map(|k| k.as_str().map(family))
                .collect();
            match (!want.is_empty(), !got.is_empty()) {
                (true, true) => any.tp += 1,
                (true, false) => any.fn_ += 1,
                (false, true) => any.fp += 1,
                _ => {}
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
            if want != got && show {
                let mut e = format!(
                    "{} ({}): want {want:?} got {got:?}\n",
                    v["id"].as_str().unwrap_or("?"),
                    v["lang"].as_str().unwrap_or("?")
                );
                for t in &texts {
                    for f in d.find_all(t) {
                        e.push_str(&format!(
                            "    found {}: {}\n",
                            f.kind.label(),
                            snippet(t, f.start, f.end)
                        ));
                    }
                }
                let last = last_user
                    .and_then(|i| texts.get(i))
                    .map_or("", String::as_str);
                let mut cut = last.len().min(700);
                while !last.is_char_boundary(cut) {
                    cut -= 1;
                }
                e.push_str(&format!(
                    "    last user turn: {}\n",
                    last.get(..cut).unwrap_or("").replace('\n', " ")
                ));
                errors.push(e);
            }
        }
        let mut all = Counts::default();
        println!("== {path}: {rows} requests");
        println!("  kind          recall     precision   (tp fp fn)");
        for (k, c) in &by {
            all.tp += c.tp;
            all.fp += c.fp;
            all.fn_ += c.fn_;
            println!("  {:<12} {}", k, c.line());
        }
        println!("  {:<12} {}", "all kinds", all.line());
        println!(
            "  requests with PII: recall {:.1}% precision {:.1}% (tp {} fp {} fn {})",
            pct(any.tp, any.tp + any.fn_),
            pct(any.tp, any.tp + any.fp),
            any.tp,
            any.fp,
            any.fn_
        );
        for e in &errors {
            print!("{e}");
        }
    }
}
