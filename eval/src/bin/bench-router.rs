//! Native microbenchmark of the routing decision for `model: "auto"` with
//! the demo policy: prompt facts, PII scan, classifier and rules
//! (`prompt_stats` + `Policy::prompt_facts` + `Policy::choose`), on requests
//! of 1.5 KB up to 1 MB, plus the classifier alone. JSON parsing is reported
//! apart (the router parses the body once for everything). Median of
//! several rounds of CPU time per call; the machine may be shared, so treat
//! the figures as upper bounds.
//!
//! `--prose multilingual` pastes the mixed English/Spanish/German/Japanese
//! line of `bench/pii_envoy.py` instead of English prose (accents and CJK
//! take the estimator's slower paths).
//!
//! usage: bench-router [--config envoy/demo.yaml] [--prose english|multilingual]

use std::path::PathBuf;
use std::time::Instant;

use llm_router::classify::{classify, Input};
use llm_router::policy::choose::Ask;
use llm_router::tokens::prompt_stats;
use router_eval::{demo_config, requested_max_tokens};
use serde_json::{json, Map, Value};

const ENGLISH: &str = "The nightly job loads orders from the warehouse, joins them with customer records and writes a summary table; last week two runs failed with duplicate keys and one ran out of memory. ";
/// The line `bench/pii_envoy.py` repeats.
const MULTILINGUAL: &str = "Please summarise the quarterly report. Revenue grew 12% to 1,234,567 EUR in Q3 2024 (see v1.2.3, ticket 0612345678, 2024-01-15). La reunión es el 15.01.2024 en la calle; Die Hauptstraße ist gesperrt; 東京都の天気は晴れ。 Wall Street rose 3%.\n";

fn request(bytes: usize, para: &str) -> (String, Map<String, Value>) {
    let mut body = String::new();
    while body.len() + para.len() < bytes.saturating_sub(120) {
        body.push_str(para);
    }
    let text = format!("Here is what happened this week:\n\n{body}\n\nWhat is the most likely root cause, and what should we change first?");
    let v = json!({"model": "auto", "messages": [
        {"role": "system", "content": "You are an assistant for the data platform team."},
        {"role": "user", "content": text}]});
    let s = v.to_string();
    let Value::Object(m) = v else {
        return (s, Map::new());
    };
    (s, m)
}

/// CPU time of this thread in µs (CLOCK_THREAD_CPUTIME_ID), so time spent
/// waiting for a core on a loaded machine is not counted; wall time if the
/// clock is unavailable.
fn cpu_us(wall: &Instant) -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc == 0 {
        ts.tv_sec as f64 * 1e6 + ts.tv_nsec as f64 / 1e3
    } else {
        wall.elapsed().as_secs_f64() * 1e6
    }
}

fn median_us(rounds: usize, iters: usize, mut f: impl FnMut()) -> f64 {
    let wall = Instant::now();
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = cpu_us(&wall);
        for _ in 0..iters {
            f();
        }
        samples.push((cpu_us(&wall) - start) / iters as f64);
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    samples.get(rounds / 2).copied().unwrap_or(0.0)
}

fn main() {
    let mut config = PathBuf::from("envoy/demo.yaml");
    let mut para = ENGLISH;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        if a == "--config" {
            config = it.next().map(PathBuf::from).unwrap_or(config);
        } else if a == "--prose" {
            para = match it.next().as_deref() {
                Some("multilingual") => MULTILINGUAL,
                _ => ENGLISH,
            };
        }
    }
    let cfg = match demo_config(&config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("bench-router: {e}");
            std::process::exit(2);
        }
    };
    let policy = &cfg.policy;
    let Some(classifier) = policy.classifier.as_ref() else {
        eprintln!("bench-router: no classifier section");
        std::process::exit(2);
    };
    let Some((auto_route, _)) = cfg.resolve("auto") else {
        eprintln!("bench-router: no model auto");
        std::process::exit(2);
    };
    println!("native, one thread, CPU time per call (not wall time); median of 9 rounds. On a shared, loaded machine cache contention still inflates these.");
    println!(
        "prose: {}",
        if para == ENGLISH {
            "english"
        } else {
            "multilingual (--prose)"
        }
    );
    println!(
        "   size   decide(µs)  classifier(µs)  prompt_stats(µs)  pii scan(µs)  json parse(µs)"
    );
    let mut base: Option<(f64, f64)> = None;
    let mut rows = Vec::new();
    for size in [1_536usize, 4_096, 16_384, 65_536, 262_144, 1_048_576] {
        let (raw, req) = request(size, para);
        let iters = (2_000_000 / size).clamp(20, 2_000);
        let decide = median_us(9, iters, || {
            let stats = prompt_stats(&req);
            let facts = policy.prompt_facts(&req);
            let max = requested_max_tokens(&req);
            let c = policy.choose(&Ask {
                model: "auto",
                model_route: auto_route,
                requested_tier: None,
                identity: None,
                stats: &stats,
                pii: facts.pii.as_deref(),
                prompt_text: &facts.prompt_text,
                max_tokens: max,
            });
            std::hint::black_box(c.is_ok());
        });
        let stats_only = median_us(9, iters, || {
            std::hint::black_box(prompt_stats(&req).estimated_tokens);
        });
        let facts_only = median_us(9, iters, || {
            std::hint::black_box(policy.prompt_facts(&req).pii.is_some());
        });
        let stats = prompt_stats(&req);
        let input = Input::from_stats(&stats, None);
        let class_only = median_us(9, iters, || {
            std::hint::black_box(classify(&classifier.model, &input));
        });
        let parse = median_us(9, iters, || {
            let v: Result<Value, _> = serde_json::from_str(&raw);
            std::hint::black_box(v.is_ok());
        });
        println!(
            "{:>7}  {decide:10.1}  {class_only:14.1}  {stats_only:16.1}  {facts_only:12.1}  {parse:14.1}",
            raw.len()
        );
        if base.is_none() {
            base = Some((raw.len() as f64, decide));
        }
        rows.push((raw.len() as f64, decide));
    }
    if let (Some((b_len, b_us)), Some((l_len, l_us))) = (base, rows.last().copied()) {
        let per_kb = (l_us - b_us) / ((l_len - b_len) / 1024.0);
        println!(
            "\ndecision for a {:.1} KB request: {b_us:.1} µs (target <= 30); beyond it: {per_kb:.2} µs per KB (target <= 3)",
            b_len / 1024.0
        );
    }
}
