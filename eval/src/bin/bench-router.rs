//! Native microbenchmark of the routing decision for `model: "auto"` with
//! the demo policy: prompt facts, PII scan, classifier and rules
//! (`prompt_stats` + `Policy::prompt_facts` + `Policy::choose`), on requests
//! of 1.5 KB up to 1 MB, plus the classifier alone. JSON parsing is reported
//! apart (the router parses the body once for everything). Median of
//! several rounds of CPU time per call; the machine may be shared, so treat
//! the figures as upper bounds.
//!
//! `--prose KIND` chooses the pasted text (none of them holds PII, so the
//! scan never stops early):
//! - `english` (default): prose;
//! - `multilingual`: the mixed English/Spanish/German/Japanese line of
//!   `bench/pii_envoy.py` (digits, capitals, accents and CJK);
//! - `cjk`: Japanese and Chinese; `hindi`: Devanagari; `polish`: Latin with
//!   Polish diacritics;
//! - `digits`: adversarial, log lines full of digit groups, capitals,
//!   `+` and `(` where every detector starts and fails;
//! - `all`: each of them in turn, then a summary line per kind.
//!
//! `--sizes 1536,16384` chooses the request sizes. `--profile STAGE
//! --size N --iters K` runs one stage (`decide`, `pii`, `stats`,
//! `classifier`) K times on one request and prints nothing else: for
//! `perf record` or `valgrind --tool=callgrind
//! --toggle-collect='*bench_router*profiled*'` (instruction counts).
//!
//! usage: bench-router [--config envoy/demo.yaml] [--prose KIND] [--sizes A,B,..]
//!        bench-router --profile STAGE [--prose KIND] [--size N] [--iters K]

use std::path::PathBuf;
use std::time::Instant;

use llm_router::classify::{classify, Input};
use llm_router::config::Config;
use llm_router::policy::choose::Ask;
use llm_router::tokens::prompt_stats;
use router_eval::{demo_config, requested_max_tokens};
use serde_json::{json, Map, Value};

const ENGLISH: &str = "The nightly job loads orders from the warehouse, joins them with customer records and writes a summary table; last week two runs failed with duplicate keys and one ran out of memory. ";
/// The line `bench/pii_envoy.py` repeats.
const MULTILINGUAL: &str = "Please summarise the quarterly report. Revenue grew 12% to 1,234,567 EUR in Q3 2024 (see v1.2.3, ticket 0612345678, 2024-01-15). La reunión es el 15.01.2024 en la calle; Die Hauptstraße ist gesperrt; 東京都の天気は晴れ。 Wall Street rose 3%.\n";
const CJK: &str = "夜間バッチは倉庫から注文を読み込み、顧客レコードと結合して集計表を書き出します。先週は二回の実行が重複キーで失敗し、一回はメモリ不足で止まりました。数据平台团队每天晚上运行这个任务，把订单和客户记录合并成汇总表；上周有两次因为重复键失败，一次内存不足。\n";
const HINDI: &str = "रात का काम गोदाम से ऑर्डर लोड करता है, उन्हें ग्राहक रिकॉर्ड के साथ जोड़ता है और एक सारांश तालिका लिखता है; पिछले सप्ताह दो रन डुप्लिकेट कुंजियों के कारण विफल हुए और एक में मेमोरी खत्म हो गई। ";
const POLISH: &str = "Nocne zadanie wczytuje zamówienia z magazynu, łączy je z rekordami klientów i zapisuje tabelę podsumowań; w zeszłym tygodniu dwa przebiegi zakończyły się błędem zduplikowanych kluczy, a jednemu zabrakło pamięci. Źródło błędu leży gdzieś w ETL-u. ";
/// Adversarial for the detectors: digit groups, capitals, `+` and `(` at
/// every few bytes, each a place where a detector starts and fails.
const DIGITS: &str = "2024-11-30T10:15:42.123Z ERROR [OrderSvc] TXN 88213 FAILED: HTTP 502 from GW-EU-3 after 30002 ms (retry 2/5) id A7F3-9921-BC01 QTY 1200 SKU XK-4471-B PRICE +19.99 EUR REF 4471 2210 998 BATCH 20241130 NODE 10.2.0.14:8080 LAT 0.0123 (p99 842 ms) CODE E1234 MAP 55 12 98 07\n";

const KINDS: [(&str, &str); 6] = [
    ("english", ENGLISH),
    ("multilingual", MULTILINGUAL),
    ("cjk", CJK),
    ("hindi", HINDI),
    ("polish", POLISH),
    ("digits", DIGITS),
];

const SIZES: [usize; 6] = [1_536, 4_096, 16_384, 65_536, 262_144, 1_048_576];

fn request(bytes: usize, para: &str) -> (String, Map<String, Value>) {
    // The paragraph repeated, the last copy cut (on a char boundary) so
    // that long paragraphs (CJK, Devanagari) reach the size too.
    let want = bytes.saturating_sub(120);
    let mut body = String::new();
    while body.len() < want {
        let room = want - body.len();
        let mut cut = para.len().min(room);
        while !para.is_char_boundary(cut) {
            cut -= 1;
        }
        body.push_str(para.get(..cut).unwrap_or(""));
        if cut < para.len() {
            break;
        }
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
#[cfg(not(target_os = "wasi"))]
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

/// Under WASI (`--target wasm32-wasip1`, run by a wasm engine) there is no
/// thread CPU clock: wall time.
#[cfg(target_os = "wasi")]
fn cpu_us(wall: &Instant) -> f64 {
    wall.elapsed().as_secs_f64() * 1e6
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

/// One stage of the decision on one request.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Decide,
    Pii,
    Stats,
    Classifier,
}

/// The whole decision, as the router makes it for an `auto` request.
fn decide(cfg: &Config, auto_route: &str, req: &Map<String, Value>) -> bool {
    let policy = &cfg.policy;
    let stats = prompt_stats(req);
    let facts = policy.prompt_facts(req);
    let max = requested_max_tokens(req);
    policy
        .choose(&Ask {
            model: "auto",
            model_route: auto_route,
            requested_tier: None,
            identity: None,
            stats: &stats,
            pii: facts.pii.as_deref(),
            prompt_text: &facts.prompt_text,
            max_tokens: max,
        })
        .is_ok()
}

/// Runs `stage` `iters` times (not inlined: `callgrind --toggle-collect`
/// counts the instructions of this function and what it calls only).
#[inline(never)]
fn profiled(cfg: &Config, auto_route: &str, req: &Map<String, Value>, stage: Stage, iters: usize) {
    let policy = &cfg.policy;
    let stats = prompt_stats(req);
    let input = Input::from_stats(&stats, None);
    for _ in 0..iters {
        match stage {
            Stage::Decide => {
                std::hint::black_box(decide(cfg, auto_route, req));
            }
            Stage::Pii => {
                std::hint::black_box(policy.prompt_facts(req).pii.is_some());
            }
            Stage::Stats => {
                std::hint::black_box(prompt_stats(req).estimated_tokens);
            }
            Stage::Classifier => {
                if let Some(c) = policy.classifier.as_ref() {
                    std::hint::black_box(classify(&c.model, &input));
                }
            }
        }
    }
}

/// Decision time for each size: (request bytes, µs).
fn run_kind(
    cfg: &Config,
    auto_route: &str,
    name: &str,
    para: &str,
    sizes: &[usize],
) -> Vec<(f64, f64)> {
    let policy = &cfg.policy;
    println!("\nprose: {name}");
    println!(
        "   size   decide(µs)  classifier(µs)  prompt_stats(µs)  pii scan(µs)  json parse(µs)  pii found"
    );
    let mut rows = Vec::new();
    for &size in sizes {
        let (raw, req) = request(size, para);
        let iters = (2_000_000 / size).clamp(20, 2_000);
        let decide_us = median_us(9, iters, || {
            std::hint::black_box(decide(cfg, auto_route, &req));
        });
        let stats_only = median_us(9, iters, || {
            std::hint::black_box(prompt_stats(&req).estimated_tokens);
        });
        let facts_only = median_us(9, iters, || {
            std::hint::black_box(policy.prompt_facts(&req).pii.is_some());
        });
        let stats = prompt_stats(&req);
        let input = Input::from_stats(&stats, None);
        let class_only = policy.classifier.as_ref().map_or(0.0, |c| {
            median_us(9, iters, || {
                std::hint::black_box(classify(&c.model, &input));
            })
        });
        let parse = median_us(9, iters, || {
            let v: Result<Value, _> = serde_json::from_str(&raw);
            std::hint::black_box(v.is_ok());
        });
        let found = policy.prompt_facts(&req).pii.unwrap_or_else(|| "-".into());
        println!(
            "{:>7}  {decide_us:10.1}  {class_only:14.1}  {stats_only:16.1}  {facts_only:12.1}  {parse:14.1}  {found}",
            raw.len()
        );
        rows.push((raw.len() as f64, decide_us));
    }
    rows
}

/// The first size and its µs, µs per KB beyond it to the largest size, and
/// the steepest µs per KB beyond it to any size (the PII scan reads up to
/// its cap, so the slope to a middle size can be the higher one).
fn summary(rows: &[(f64, f64)]) -> Option<(f64, f64, f64, f64)> {
    let (b_len, b_us) = rows.first().copied()?;
    let slope = |&(len, us): &(f64, f64)| {
        if len > b_len {
            (us - b_us) / ((len - b_len) / 1024.0)
        } else {
            0.0
        }
    };
    let last = rows.last().map_or(0.0, slope);
    let worst = rows.iter().map(slope).fold(0.0, f64::max);
    Some((b_len, b_us, last, worst))
}

fn main() {
    let mut config = PathBuf::from("envoy/demo.yaml");
    let mut prose = String::from("english");
    let mut sizes: Vec<usize> = SIZES.to_vec();
    let mut profile: Option<Stage> = None;
    let mut size = 1_536usize;
    let mut iters = 10_000usize;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().unwrap_or_default();
        match a.as_str() {
            "--config" => config = PathBuf::from(value()),
            "--prose" => prose = value(),
            "--sizes" => {
                sizes = value()
                    .split(',')
                    .filter_map(|s| s.trim().parse().ok())
                    .collect()
            }
            "--size" => size = value().parse().unwrap_or(size),
            "--iters" => iters = value().parse().unwrap_or(iters),
            "--profile" => {
                profile = match value().as_str() {
                    "decide" => Some(Stage::Decide),
                    "pii" => Some(Stage::Pii),
                    "stats" => Some(Stage::Stats),
                    "classifier" => Some(Stage::Classifier),
                    other => {
                        eprintln!("bench-router: unknown stage {other:?}");
                        std::process::exit(2);
                    }
                }
            }
            other => {
                eprintln!("bench-router: unknown argument {other:?}");
                std::process::exit(2);
            }
        }
    }
    let kinds: Vec<(&str, &str)> = KINDS
        .iter()
        .copied()
        .filter(|(n, _)| prose == "all" || *n == prose)
        .collect();
    if kinds.is_empty() {
        eprintln!("bench-router: unknown prose {prose:?}");
        std::process::exit(2);
    }
    let cfg = match demo_config(&config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("bench-router: {e}");
            std::process::exit(2);
        }
    };
    if cfg.policy.classifier.is_none() {
        eprintln!("bench-router: no classifier section");
        std::process::exit(2);
    }
    let Some((auto_route, _)) = cfg.resolve("auto") else {
        eprintln!("bench-router: no model auto");
        std::process::exit(2);
    };
    let auto_route = auto_route.to_string();
    if let Some(stage) = profile {
        for (_, para) in &kinds {
            let (_, req) = request(size, para);
            profiled(&cfg, &auto_route, &req, stage, iters);
        }
        return;
    }
    println!("native, one thread, CPU time per call (not wall time); median of 9 rounds. On a shared, loaded machine cache contention still inflates these.");
    let mut results = Vec::new();
    for (name, para) in &kinds {
        let rows = run_kind(&cfg, &auto_route, name, para, &sizes);
        if let Some(s) = summary(&rows) {
            results.push((*name, s));
        }
    }
    println!();
    for (name, (b_len, b_us, per_kb, worst)) in results {
        println!(
            "{name:>12}: decision for a {:.1} KB request: {b_us:.1} µs (target <= 30); beyond it: {per_kb:.2} µs per KB to the largest size, {worst:.2} at most to any size (target <= 3)",
            b_len / 1024.0
        );
    }
}
