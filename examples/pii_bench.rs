//! Native cost of PII detection per KB (`make bench-native`).
//!
//! Runs the built-in detectors (default policy: all of them, default scan
//! limits) over prompts of several sizes and shapes, and prints CPU time
//! per KB of prompt and per request. Single-threaded; the numbers are
//! wall-clock medians of repeated runs, so on a loaded machine they lean
//! high. Code compiled to wasm runs about 5x slower (DESIGN.md fact 13).

use std::time::Instant;

use llm_router::pii::{PiiDetector, ScanLimits};

fn prose(n: usize) -> String {
    let line = "Please summarise the quarterly report. Revenue grew 12% to 1,234,567 EUR \
                in Q3 2024 (see v1.2.3 release notes, ticket 0612345678, 2024-01-15). \
                La reunión es el 15.01.2024; Die Hauptstraße ist gesperrt; 東京都の天気. \
                The patient cohort (n=120) showed no adverse events.\n";
    line.repeat(n / line.len() + 1).chars().take(n).collect()
}

fn adversarial(n: usize) -> String {
    let unit = "1 2 3 4 (0 a@b. +1 X12 Calle Mr John 市1 diabetes ";
    unit.repeat(n / unit.len() + 1).chars().take(n).collect()
}

fn median_us(d: &PiiDetector, texts: &[&str], reps: usize) -> f64 {
    let mut times: Vec<f64> = (0..reps)
        .map(|_| {
            let t = Instant::now();
            let found = d.scan_prompt(texts, Some(texts.len() - 1), false);
            std::hint::black_box(found);
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let d = PiiDetector::builtin();
    let mut unlimited = PiiDetector::builtin();
    unlimited.limits = ScanLimits {
        head_bytes: usize::MAX / 4,
        tail_bytes: usize::MAX / 4,
        max_bytes: usize::MAX / 2,
    };
    println!(
        "PII detection, native, one thread (medians; machine shared and loaded: numbers lean high)"
    );
    println!(
        "{:<34} {:>10} {:>12} {:>10}",
        "prompt", "bytes", "µs/request", "µs/KB"
    );
    for (name, det, f) in [
        ("prose, default limits", &d, prose as fn(usize) -> String),
        ("adversarial, default limits", &d, adversarial),
        ("prose, no limits", &unlimited, prose),
        ("adversarial, no limits", &unlimited, adversarial),
    ] {
        for size in [1_500usize, 16 * 1024, 256 * 1024, 1 << 20] {
            let text = f(size);
            let reps = if size > 100_000 { 9 } else { 101 };
            let us = median_us(det, &[&text], reps);
            println!(
                "{:<34} {:>10} {:>12.1} {:>10.2}",
                name,
                text.len(),
                us,
                us / (text.len() as f64 / 1024.0)
            );
        }
    }
}

#[allow(dead_code)]
fn components() {}
