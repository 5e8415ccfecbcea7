//! Runs the labelled set through the router's own code, natively: the demo
//! configuration (`envoy/demo.yaml`), `prompt_stats`, the PII detectors, the
//! classifier and `Policy::choose` for `model: "auto"`, exactly as the filter
//! calls them. Prints tier accuracy, the confusion matrix, under- and
//! over-routing, PII recall and precision by kind, the cost against sending
//! everything to tier 2, and the confidence-threshold curve.
//!
//! usage: eval-router [--set FILE] [--config envoy/demo.yaml] [--split test|train|all] [--show-errors]

use std::collections::BTreeMap;
use std::path::PathBuf;

use llm_router::api::openai::content_text;
use llm_router::classify::TIERS;
use llm_router::policy::choose::Ask;
use llm_router::tokens::prompt_stats;
use router_eval::{demo_config, load_set, requested_max_tokens, Routing};
use serde_json::Value;

/// Price model, USD per million tokens (input, output), by capability tier:
/// the list prices of the demo's model for that tier.
const PRICES: [(&str, f64, f64); TIERS] = [
    ("tier 0: gpt-4.1-nano", 0.10, 0.40),
    ("tier 1: claude-haiku-4-5", 1.00, 5.00),
    ("tier 2: claude-sonnet-4-5", 3.00, 15.00),
    ("tier 3: claude-opus-4-5", 5.00, 25.00),
];
/// Output tokens assumed per request (or the client's cap when lower).
const OUTPUT_TOKENS: u64 = 400;

fn cost(tier: usize, prompt: u64, output: u64) -> f64 {
    let (_, i, o) = PRICES.get(tier).copied().unwrap_or(PRICES[2]);
    (prompt as f64 * i + output as f64 * o) / 1e6
}

/// Detector names (today's and the rebuilt detectors') to the set's kinds.
fn label_kind(name: &str) -> &str {
    match name {
        "email" => "email",
        "phone" => "phone",
        "credit_card" | "card" => "credit_card",
        "iban" => "iban",
        "address" | "street_address" | "postal_address" => "address",
        "patient" | "named_patient" | "health" | "person_condition" | "medical" => "health",
        "national_id" | "us_ssn" | "ssn" | "es_dni" | "es_nie" | "dni" | "nie" | "uk_nino"
        | "nino" | "fr_insee" | "insee" | "it_codice_fiscale" | "codice_fiscale" | "pl_pesel"
        | "pesel" | "in_aadhaar" | "aadhaar" | "br_cpf" | "cpf" | "cn_resident_id" | "cn_id"
        | "de_tax_id" | "de_steuer_id" => "national_id",
        other => other,
    }
}

struct Args {
    set: PathBuf,
    config: PathBuf,
    split: String,
    show_errors: bool,
}

fn args() -> Args {
    let mut a = Args {
        set: PathBuf::from("eval/data/labelled.jsonl"),
        config: PathBuf::from("envoy/demo.yaml"),
        split: "test".into(),
        show_errors: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        match k.as_str() {
            "--set" => a.set = it.next().map(PathBuf::from).unwrap_or(a.set),
            "--config" => a.config = it.next().map(PathBuf::from).unwrap_or(a.config),
            "--split" => a.split = it.next().unwrap_or(a.split),
            "--show-errors" => a.show_errors = true,
            other => {
                eprintln!("eval-router: unknown argument `{other}`");
                std::process::exit(2);
            }
        }
    }
    a
}

fn fail(msg: String) -> ! {
    eprintln!("eval-router: {msg}");
    std::process::exit(2);
}

fn main() {
    let a = args();
    let rows = load_set(&a.set).unwrap_or_else(|e| fail(e));
    let cfg = demo_config(&a.config).unwrap_or_else(|e| fail(e));
    let policy = &cfg.policy;
    let Some(classifier) = policy.classifier.as_ref() else {
        fail(format!(
            "{} has no `classifier` section",
            a.config.display()
        ))
    };
    let Some((auto_route, _)) = cfg.resolve("auto") else {
        fail("the configuration has no model `auto`".into())
    };
    let detector = policy.pii.as_ref();

    let selected: Vec<_> = rows
        .iter()
        .filter(|r| match a.split.as_str() {
            "test" => r.test,
            "train" => !r.test,
            _ => true,
        })
        .collect();
    let non_en = selected.iter().filter(|r| r.lang != "en").count();
    println!(
        "== Tier classifier on the {} split of {}",
        a.split,
        a.set.display()
    );
    println!(
        "{} requests ({} not in English), {} in the whole set; split by template (see eval/data/make_set.py)",
        selected.len(),
        non_en,
        rows.len()
    );
    println!(
        "policy: {} (model `auto`, min_confidence {:.2})\n",
        a.config.display(),
        classifier.min_confidence
    );

    let mut routing = Routing::default();
    let mut confusion = [[0usize; TIERS]; TIERS];
    let mut by_lang: BTreeMap<&str, Routing> = BTreeMap::new();
    let (mut routed_cost, mut tier2_cost, mut oracle_cost) = (0.0f64, 0.0f64, 0.0f64);
    let mut private_tp = 0usize;
    let mut private_fp = 0usize;
    let mut private_fn = 0usize;
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut curve: Vec<(f32, Routing, f64)> = [0.3f32, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
        .iter()
        .map(|t| (*t, Routing::default(), 0.0))
        .collect();
    let mut errors = Vec::new();

    for r in &selected {
        let stats = prompt_stats(&r.request);
        let max = requested_max_tokens(&r.request);
        let facts = policy.prompt_facts(&r.request);
        let verdict = classifier.judge(&stats, max);
        let choice = policy.choose(&Ask {
            model: "auto",
            model_route: auto_route,
            requested_tier: None,
            identity: None,
            stats: &stats,
            pii: facts.pii.as_deref(),
            prompt_text: &facts.prompt_text,
            max_tokens: max,
        });
        let to_private = match &choice {
            Ok(c) => {
                let family = c.reason.split(['(', ':']).next().unwrap_or("").to_string();
                let key = if c.reason.starts_with("classifier:") {
                    format!("classifier:tier{}", verdict.tier)
                } else {
                    format!("{family}:{}", c.reason.split(':').nth(1).unwrap_or(""))
                };
                *reasons.entry(key).or_default() += 1;
                c.tier
                    .and_then(|t| policy.tiers.get(t))
                    .is_some_and(|t| t.sensitive)
            }
            Err(e) => {
                *reasons.entry(format!("error:{}", e.status)).or_default() += 1;
                false
            }
        };
        match (to_private, !r.pii.is_empty()) {
            (true, true) => private_tp += 1,
            (true, false) => private_fp += 1,
            (false, true) => private_fn += 1,
            _ => {}
        }

        // Tier metrics: the classifier's capability tier (what `auto` gets
        // when no rule fires), for every request, PII or not.
        routing.add(r.tier, verdict.tier);
        by_lang
            .entry(r.lang.as_str())
            .or_default()
            .add(r.tier, verdict.tier);
        if let Some(row) = confusion.get_mut(r.tier) {
            if let Some(c) = row.get_mut(verdict.tier) {
                *c += 1;
            }
        }
        let output = max.unwrap_or(OUTPUT_TOKENS).min(OUTPUT_TOKENS);
        routed_cost += cost(verdict.tier, stats.estimated_tokens, output);
        tier2_cost += cost(2, stats.estimated_tokens, output);
        oracle_cost += cost(r.tier, stats.estimated_tokens, output);
        for (t, rt, c) in curve.iter_mut() {
            let (tier, _) = verdict.prediction.route(*t);
            rt.add(r.tier, tier);
            *c += cost(tier, stats.estimated_tokens, output);
        }
        if verdict.tier != r.tier {
            let text: String = stats.last_user_text.chars().take(80).collect();
            errors.push(format!(
                "  {} [{}] true {} got {} ({:.2}): {}",
                r.id,
                r.lang,
                r.tier,
                verdict.tier,
                verdict.confidence,
                text.replace('\n', " ")
            ));
        }
    }

    println!(
        "tier accuracy      {:5.1}%  ({} / {})",
        routing.pct(routing.correct),
        routing.correct,
        routing.n
    );
    println!(
        "under-routed       {:5.1}%  (a cheaper tier than needed)",
        routing.pct(routing.under)
    );
    println!(
        "over-routed        {:5.1}%  (a dearer tier than needed)",
        routing.pct(routing.over)
    );
    println!(
        "cost vs all-tier-2  {:.3}  (perfect routing: {:.3})",
        routed_cost / tier2_cost.max(f64::MIN_POSITIVE),
        oracle_cost / tier2_cost.max(f64::MIN_POSITIVE)
    );
    println!("\nconfusion matrix (rows: labelled tier, columns: predicted)");
    println!("          pred0  pred1  pred2  pred3");
    for (t, row) in confusion.iter().enumerate() {
        println!(
            "  tier{t}   {:5}  {:5}  {:5}  {:5}",
            row[0], row[1], row[2], row[3]
        );
    }
    println!("\naccuracy by language");
    for (lang, r) in &by_lang {
        println!(
            "  {lang}  {:5.1}%  of {:3}   under {:4.1}%",
            r.pct(r.correct),
            r.n,
            r.pct(r.under)
        );
    }
    println!("\nconfidence threshold (min_confidence) curve on this split:");
    println!("  threshold  accuracy  under  over   cost vs all-tier-2");
    for (t, r, c) in &curve {
        println!(
            "  {t:9.2}  {:7.1}%  {:4.1}%  {:4.1}%  {:.3}",
            r.pct(r.correct),
            r.pct(r.under),
            r.pct(r.over),
            c / tier2_cost.max(f64::MIN_POSITIVE)
        );
    }
    println!("\nprice model (USD per million tokens, input / output):");
    for (name, i, o) in PRICES {
        println!("  {name:28} {i:6.2} / {o:6.2}");
    }
    println!(
        "  prompt tokens: the router's estimate; output tokens: {OUTPUT_TOKENS} per request (or max_tokens if lower)"
    );
    println!("\nroute reasons (policy::choose, model `auto`): {reasons:?}");

    // PII: detectors are not trained on the set, so the whole set counts.
    println!(
        "\n== PII detectors on the whole set ({} requests)",
        rows.len()
    );
    let mut kinds: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for r in &rows {
        let mut found: Vec<String> = Vec::new();
        if let (Some(d), Some(Value::Array(msgs))) = (detector, r.request.get("messages")) {
            for m in msgs {
                for f in d.find_all(&content_text(m.get("content"))) {
                    let name = label_kind(f.kind.family()).to_string();
                    if !found.contains(&name) {
                        found.push(name);
                    }
                }
            }
        }
        for k in &found {
            let e = kinds.entry(k.clone()).or_default();
            if r.pii.contains(k) {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        for k in &r.pii {
            if !found.contains(k) {
                kinds.entry(k.clone()).or_default().2 += 1;
            }
        }
    }
    println!("  kind          recall     precision   (tp fp fn)");
    let ratio = |a: usize, b: usize| {
        if a + b == 0 {
            "    -".to_string()
        } else {
            format!("{:5.1}%", 100.0 * a as f64 / (a + b) as f64)
        }
    };
    for (k, (tp, fp, fnn)) in &kinds {
        println!(
            "  {k:12}  {}     {}      ({tp} {fp} {fnn})",
            ratio(*tp, *fnn),
            ratio(*tp, *fp)
        );
    }
    println!(
        "  requests sent to the private tier on this split: recall {} precision {} (tp {private_tp} fp {private_fp} fn {private_fn})",
        ratio(private_tp, private_fn),
        ratio(private_tp, private_fp)
    );
    if a.show_errors {
        println!("\nmisrouted requests:");
        for e in &errors {
            println!("{e}");
        }
    }
}
