//! Equivalence dump for speed work on the routing decision (not built by
//! the workspace: copy it into `eval/src/bin/` of each tree to compare).
//!
//! Prints, per request of the seen evaluation sets (never `blind6*`) and of
//! 4000 synthetic texts (PII pieces, digit groups, capitals, Devanagari,
//! CJK, Polish, emoji; some repeated past the PII scan's cap), the token
//! estimate, the hashed classifier features (bit patterns), the PII kinds,
//! bytes scanned and truncation of the prompt scan, and per message the
//! estimate and every finding of `find_all` with its span. A change that
//! is meant to be speed only must leave the md5 of the output unchanged:
//!
//!   cp bench/route-dump.rs eval/src/bin/route-dump.rs
//!   cargo run --release -q -p router-eval --bin route-dump | md5sum
//!   rm eval/src/bin/route-dump.rs   # in each tree (main's and yours)
//!
//! perf5 (2026-11-30): 26,675 lines, md5 84dfb1e96dd9fa776d3679c68223ba0c
//! on main 7ae3869 and on branch perf5.
use llm_router::api::openai::content_text;
use llm_router::classify::{featurize, Input};
use llm_router::tokens::{estimate_text_tokens, prompt_stats};
use router_eval::{demo_config, requested_max_tokens};
use serde_json::{json, Value};
use std::path::Path;

fn rng(s: &mut u64) -> u64 {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    *s
}

fn main() {
    let cfg = demo_config(Path::new("envoy/demo.yaml")).unwrap();
    let det = cfg.policy.pii.as_ref().unwrap();
    let mut reqs = Vec::new();
    // The seen sets only (never blind6*).
    for f in [
        "labelled", "pii", "blind", "blind2", "blind3", "blind4", "blind5", "fresh",
    ] {
        let text = std::fs::read_to_string(format!("eval/data/{f}.jsonl")).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line).unwrap();
            if let Some(Value::Object(m)) = v.get("request") {
                reqs.push((format!("{f}:{n}"), m.clone()));
            }
        }
    }
    let pieces = [
        "The ",
        "nightly ",
        "job ",
        "Mr John Smith ",
        "lives at 221B Baker Street, London ",
        "+44 20 7946 0958 ",
        "0612345678 ",
        "(555) 123-4567 ",
        "4111 1111 1111 1111 ",
        "DE89 3704 0044 0532 0130 00 ",
        "12345678Z ",
        "AB123456C ",
        "RSSMRA85T10A562S ",
        "123-45-6789 ",
        "2345 6789 0124 ",
        "Calle Mayor 12, 28013 Madrid. ",
        "Paciente María Gómez con diabetes. ",
        "Hauptstraße 5, 10115 Berlin; ",
        "Frau Müller hat Epilepsie. ",
        "Łukasz z ul. Długa 5. ",
        "北京市朝阳区建国路88号 ",
        "患者王先生 糖尿病 ",
        "〒100-0005 千代田区丸の内1-1-1 ",
        "मकान नं. 12, गांधी मार्ग, जयपुर 302001 ",
        "श्री राहुल को मधुमेह है। ",
        "आधार ",
        "ssn: ",
        "SSN ",
        "tel. ",
        "email me at jane.doe@gmail.com ",
        "x@example.com ",
        "2024-11-30T10:15:42Z ",
        "v1.2.3 ",
        "1,234,567 EUR ",
        "15.01.2024 ",
        "\n",
        "\n\n",
        "```",
        "? ",
        "¿Cuál es la dosis? ",
        "この薬の用量 ",
        "ऑर्डर लोड ",
        "zażółć gęślą jaźń ",
        "Ünïcödé ",
        "😀 ",
        "\t",
        "  ",
        "E1234 ",
        "XK-4471-B ",
        "A7F3-9921-BC01 ",
        // perf5: Devanagari edge cases, digit groups and capitals.
        "१२३४ ५६७८ ९०१२ ",
        "क़ ख़ ग़ ज़ ",
        "क्‍ष ",
        "नमस्ते‌जी ",
        "॥ ॐ ",
        "ऀ ॿ ",
        "हिंदी123abc ",
        "ABC१२ ",
        "देवनागरीDEV ",
        "ৎ ਅ ગ ଅ ",
        "ก ข ",
        "REF 4471 2210 998 ",
        "BATCH 20241130 ",
        "NODE 10.2.0.14:8080 ",
        "+19.99 ",
        "(p99 842 ms) ",
        "MAP 55 12 98 07 ",
        "4111-1111-1111-1111 ",
        "+91 98765 43210 ",
        "234 567 890 ",
        "GB82 WEST 1234 5698 7654 32 ",
        "030 12345678 ",
        "+48 600 700 800 ",
        "(0)30 1234 567 ",
        "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 ",
        "0",
        "9",
        "(",
        "+",
        "A",
        "Z",
    ];
    let mut s = 0x9E37_79B9_7F4A_7C15u64;
    for n in 0..4000 {
        let len = (rng(&mut s) % 60) as usize;
        let mut t = String::new();
        for _ in 0..len {
            t.push_str(pieces[(rng(&mut s) % pieces.len() as u64) as usize]);
        }
        if n % 10 == 0 {
            t = t.repeat(1 + (rng(&mut s) % 40) as usize);
        }
        if n % 500 == 7 {
            t = t.repeat(300);
        }
        let sys = pieces[(rng(&mut s) % pieces.len() as u64) as usize];
        let v = json!({"model":"auto","messages":[{"role":"system","content":sys},{"role":"user","content":t}]});
        if let Value::Object(m) = v {
            reqs.push((format!("synth:{n}"), m));
        }
    }
    for (id, req) in &reqs {
        let stats = prompt_stats(req);
        let feats = featurize(&Input::from_stats(&stats, requested_max_tokens(req)));
        let fs: Vec<String> = feats
            .iter()
            .map(|(b, v)| format!("{b}:{:08x}", v.to_bits()))
            .collect();
        let pp = cfg.policy.prompt_pii(req, true);
        let facts = cfg.policy.prompt_facts(req);
        println!(
            "{id} tokens={} feats={} pii={:?} scanned={} trunc={} facts={:?}",
            stats.estimated_tokens,
            fs.join(","),
            pp.kinds,
            pp.bytes_scanned,
            pp.truncated,
            facts.pii
        );
        if let Some(Value::Array(msgs)) = req.get("messages") {
            for m in msgs {
                let text = content_text(m.get("content"));
                let f: Vec<String> = det
                    .find_all(&text)
                    .iter()
                    .map(|f| format!("{:?}@{}-{}", f.kind, f.start, f.end))
                    .collect();
                println!(
                    "  est={} find_all={}",
                    estimate_text_tokens(&text),
                    f.join(",")
                );
            }
        }
    }
}
