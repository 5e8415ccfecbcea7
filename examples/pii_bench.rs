//! Native cost of PII detection (`make bench-native`).
//!
//! Runs the built-in detectors (what the default policy runs: all of them,
//! default scan limits) over prompts of several sizes and shapes, and prints
//! the CPU time of the measuring thread (`CLOCK_THREAD_CPUTIME_ID`, so time
//! spent waiting for a core on a loaded machine is not counted, but a loaded
//! machine still slows each instruction: treat the numbers as upper bounds)
//! per request and per KB. "no limits" rows read every byte, to show the
//! scan is linear. Code compiled to wasm runs about 5x slower than native
//! (DESIGN.md, fact 13).

#![allow(clippy::indexing_slicing, clippy::unwrap_used)]

use llm_router::pii::{PiiDetector, ScanLimits};

/// CPU nanoseconds used by this thread so far.
fn cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // WASI has no per-thread CPU clock (the example still builds there, so
    // `clippy --all-targets --target wasm32-wasip1` covers it): wall time.
    #[cfg(not(target_os = "wasi"))]
    let clock = libc::CLOCK_THREAD_CPUTIME_ID;
    #[cfg(target_os = "wasi")]
    let clock = libc::CLOCK_MONOTONIC;
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    (ts.tv_sec as u64) * 1_000_000_000 + ts.tv_nsec as u64
}

/// Multilingual prose with numbers, dates, streets and names that are not PII.
fn prose(n: usize) -> String {
    let line = "Please summarise the quarterly report. Revenue grew 12% to 1,234,567 EUR \
                in Q3 2024 (see v1.2.3 release notes, ticket 0612345678, 2024-01-15). \
                La reunión es el 15.01.2024 en la calle; Die Hauptstraße ist gesperrt; \
                東京都の天気は晴れ。北京市是首都。 The patient cohort (n=120) showed no \
                adverse events; Wall Street rose 3%. मधुमेह के लक्षण क्या हैं?\n";
    cut(line, n)
}

/// Every few bytes a candidate for some detector.
fn adversarial(n: usize) -> String {
    let unit = "1 2 3 4 (0 a@b. +1 X12 Calle Mr John 市1 diabetes 12 rue Baker Street ";
    cut(unit, n)
}

fn cut(unit: &str, n: usize) -> String {
    let s = unit.repeat(n / unit.len() + 1);
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

fn median_us(d: &PiiDetector, text: &str, reps: usize) -> f64 {
    let mut times: Vec<f64> = (0..reps)
        .map(|_| {
            let t = cpu_ns();
            let found = d.scan_prompt(&[text], Some(0), false);
            std::hint::black_box(found);
            (cpu_ns() - t) as f64 / 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let default = PiiDetector::builtin();
    let mut unlimited = PiiDetector::builtin();
    unlimited.limits = ScanLimits {
        head_bytes: 1 << 30,
        tail_bytes: 1 << 30,
        max_bytes: 1 << 31,
    };
    let limits = default.limits;
    println!(
        "PII detection, native, one thread, CPU time (median). Default limits: head {} KiB, tail {} KiB, max {} KiB.",
        limits.head_bytes / 1024,
        limits.tail_bytes / 1024,
        limits.max_bytes / 1024
    );
    println!("The machine may be shared and loaded: these are upper bounds.");
    println!(
        "{:<30} {:>10} {:>12} {:>9}",
        "prompt", "bytes", "µs/request", "µs/KB"
    );
    type Gen = fn(usize) -> String;
    let rows: [(&str, &PiiDetector, Gen); 4] = [
        ("prose, default limits", &default, prose),
        ("adversarial, default limits", &default, adversarial),
        ("prose, no limits", &unlimited, prose),
        ("adversarial, no limits", &unlimited, adversarial),
    ];
    for (name, det, make) in rows {
        for size in [1_500usize, 16 << 10, 64 << 10, 256 << 10, 1 << 20] {
            let text = make(size);
            let reps = if size > 100_000 { 7 } else { 51 };
            let us = median_us(det, &text, reps);
            println!(
                "{:<30} {:>10} {:>12.1} {:>9.2}",
                name,
                text.len(),
                us,
                us / (text.len() as f64 / 1024.0)
            );
        }
    }
}
