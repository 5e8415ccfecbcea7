//! Runs the labelled set through the router's own code, natively: the demo
//! configuration (`envoy/demo.yaml`), `prompt_stats`, the PII detectors, the
//! classifier and `Policy::choose` for `model: "auto"`, exactly as the filter
//! calls them. Prints tier accuracy, the confusion matrix, under- and
//! over-routing, PII recall and precision by kind, the cost against sending
//! everything to tier 2, and the confidence-threshold curve: on the held-out
//! split of the labelled set, then on each external set given with
//! `--blind FILE` (or `--fresh FILE`), all of which is held out.
//!
//! The old fresh and blind sets (`eval/data/fresh.jsonl`, `blind.jsonl`)
//! and the second to eighth blind sets (`blind2.jsonl` .. `blind8.jsonl`;
//! each run once as unseen on the model and detectors it was written
//! against) have been seen and are now part of the labelled set (make_set.py
//! folds them in, each request its own group, split by the same rule), so
//! none is reported apart by default: their test-side requests are in the
//! test split's figures (`--groups b4: --groups b5:` shows those alone). The
//! ninth blind set (`eval/data/blind9.jsonl`), when the file exists, is the
//! unseen one and is printed by default after the test split; when it does
//! not, only the test split is. `--blind FILE` (repeatable) replaces it;
//! `--blind none` drops it.
//!
//! Subsets of the split, to compare models on the same requests: `--before
//! ID` keeps the requests whose id sorts before ID (the set as it was when
//! it had that many: `--before r3659` is the test part of the set before
//! the fourth and fifth blind sets were folded in); `--groups PREFIX`
//! (repeatable) keeps the requests whose group starts with one of them.
//!
//! usage: eval-router [--set FILE] [--blind FILE|none]... [--fresh FILE|none] [--config envoy/demo.yaml]
//!                    [--split test|train|all] [--before ID] [--groups PREFIX]... [--show-errors]

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use llm_router::api::openai::content_text;
use llm_router::classify::TIERS;
use llm_router::config::Config;
use llm_router::pii::PiiDetector;
use llm_router::policy::choose::Ask;
use llm_router::tokens::prompt_stats;
use router_eval::{
    cost, demo_config, load_set, requested_max_tokens, Routing, Row, OUTPUT_TOKENS, PRICES,
};
use serde_json::Value;

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
    fresh: Option<PathBuf>,
    blind: Vec<PathBuf>,
    config: PathBuf,
    split: String,
    before: Option<String>,
    groups: Vec<String>,
    show_errors: bool,
}

/// The unseen blind set, printed by default when it exists.
const UNSEEN_BLIND: &str = "eval/data/blind9.jsonl";

fn args() -> Args {
    let mut a = Args {
        set: PathBuf::from("eval/data/labelled.jsonl"),
        fresh: None,
        blind: Vec::new(),
        config: PathBuf::from("envoy/demo.yaml"),
        split: "test".into(),
        before: None,
        groups: Vec::new(),
        show_errors: false,
    };
    let mut it = std::env::args().skip(1);
    let mut blind_given = false;
    while let Some(k) = it.next() {
        match k.as_str() {
            "--set" => a.set = it.next().map(PathBuf::from).unwrap_or(a.set),
            "--fresh" => {
                a.fresh = match it.next().as_deref() {
                    None | Some("none") => None,
                    Some(f) => Some(PathBuf::from(f)),
                }
            }
            "--blind" => {
                // the first --blind replaces the default sets, later ones add
                if !blind_given {
                    a.blind.clear();
                    blind_given = true;
                }
                match it.next().as_deref() {
                    None | Some("none") => a.blind.clear(),
                    Some(f) => a.blind.push(PathBuf::from(f)),
                }
            }
            "--config" => a.config = it.next().map(PathBuf::from).unwrap_or(a.config),
            "--split" => a.split = it.next().unwrap_or(a.split),
            "--before" => a.before = it.next(),
            "--groups" => a.groups.extend(it.next()),
            "--show-errors" => a.show_errors = true,
            other => {
                eprintln!("eval-router: unknown argument `{other}`");
                std::process::exit(2);
            }
        }
    }
    if !blind_given && Path::new(UNSEEN_BLIND).exists() {
        a.blind.push(PathBuf::from(UNSEEN_BLIND));
    }
    a
}

fn fail(msg: String) -> ! {
    eprintln!("eval-router: {msg}");
    std::process::exit(2);
}

/// What the tier report needs from the configuration.
struct Router<'a> {
    cfg: &'a Config,
    auto_route: &'a str,
    config_path: &'a Path,
    show_errors: bool,
}

fn ratio(a: usize, b: usize) -> String {
    if a + b == 0 {
        "    -".to_string()
    } else {
        format!("{:5.1}%", 100.0 * a as f64 / (a + b) as f64)
    }
}

/// Tier figures of `selected` (and the private tier's recall and precision).
fn tier_report(title: &str, selected: &[&Row], whole: usize, split_note: &str, r: &Router) {
    let policy = &r.cfg.policy;
    let Some(classifier) = policy.classifier.as_ref() else {
        fail(format!(
            "{} has no `classifier` section",
            r.config_path.display()
        ))
    };
    let non_en = selected.iter().filter(|r| r.lang != "en").count();
    println!("== Tier classifier on {title}");
    println!(
        "{} requests ({} not in English), {} in the whole set; {split_note}",
        selected.len(),
        non_en,
        whole
    );
    println!(
        "policy: {} (model `auto`, min_confidence {:.2})\n",
        r.config_path.display(),
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
    let mut curve: Vec<(f32, Routing, f64)> = [
        0.3f32, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
    ]
    .iter()
    .map(|t| (*t, Routing::default(), 0.0))
    .collect();
    let mut errors = Vec::new();

    for row in selected {
        let stats = prompt_stats(&row.request);
        let max = requested_max_tokens(&row.request);
        let facts = policy.prompt_facts(&row.request);
        let verdict = classifier.judge(&stats, max);
        let choice = policy.choose(&Ask {
            model: "auto",
            model_route: r.auto_route,
            requested_tier: None,
            identity: None,
            stats: &stats,
            pii: facts.pii.as_deref(),
            prompt_text: &facts.prompt_text,
            max_tokens: max,
        });
        let to_private = match &choice {
            Ok(c) => {
                // Classifier reasons without their confidence; rule reasons
                // whole (`rule:pii-stays-private(national_id:us_ssn)`).
                let key = if c.reason.starts_with("classifier:") {
                    format!("classifier:tier{}", verdict.tier)
                } else {
                    c.reason.clone()
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
        match (to_private, !row.pii.is_empty()) {
            (true, true) => private_tp += 1,
            (true, false) => private_fp += 1,
            (false, true) => private_fn += 1,
            _ => {}
        }

        // Tier metrics: the classifier's capability tier (what `auto` gets
        // when no rule fires), for every request, PII or not.
        routing.add(row.tier, verdict.tier);
        by_lang
            .entry(row.lang.as_str())
            .or_default()
            .add(row.tier, verdict.tier);
        if let Some(row) = confusion.get_mut(row.tier) {
            if let Some(c) = row.get_mut(verdict.tier) {
                *c += 1;
            }
        }
        let output = max.unwrap_or(OUTPUT_TOKENS).min(OUTPUT_TOKENS);
        routed_cost += cost(verdict.tier, stats.estimated_tokens, output);
        tier2_cost += cost(2, stats.estimated_tokens, output);
        oracle_cost += cost(row.tier, stats.estimated_tokens, output);
        for (t, rt, c) in curve.iter_mut() {
            let (tier, _) = verdict.prediction.route(*t);
            rt.add(row.tier, tier);
            *c += cost(tier, stats.estimated_tokens, output);
        }
        if verdict.tier != row.tier {
            let text: String = stats.last_user_text.chars().take(80).collect();
            errors.push(format!(
                "  {} [{}] true {} got {} ({:.2}): {}",
                row.id,
                row.lang,
                row.tier,
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

    println!(
        "  requests sent to the private tier: recall {} precision {} (tp {private_tp} fp {private_fp} fn {private_fn})",
        ratio(private_tp, private_fn),
        ratio(private_tp, private_fp)
    );
    if r.show_errors {
        println!("\nmisrouted requests:");
        for e in &errors {
            println!("{e}");
        }
    }
    println!();
}

/// PII recall and precision by kind over `rows` (the detectors are not
/// trained on any set, so a whole set counts).
fn pii_report(title: &str, rows: &[Row], detector: Option<&PiiDetector>, show_errors: bool) {
    println!("== PII detectors on {title} ({} requests)", rows.len());
    let mut errors = Vec::new();
    let mut kinds: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for r in rows {
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
        if show_errors
            && (found.iter().any(|k| !r.pii.contains(k))
                || r.pii.iter().any(|k| !found.contains(k)))
        {
            let text = r
                .request
                .get("messages")
                .and_then(Value::as_array)
                .and_then(|m| m.last())
                .map(|m| content_text(m.get("content")))
                .unwrap_or_default();
            let short: String = text.chars().take(100).collect();
            errors.push(format!(
                "  {} labelled {:?} found {:?}: {}",
                r.id,
                r.pii,
                found,
                short.replace('\n', " ")
            ));
        }
    }
    println!("  kind          recall     precision   (tp fp fn)");
    let (mut tp, mut fp, mut fnn) = (0, 0, 0);
    for (k, (a, b, c)) in &kinds {
        println!(
            "  {k:12}  {}     {}      ({a} {b} {c})",
            ratio(*a, *c),
            ratio(*a, *b)
        );
        tp += a;
        fp += b;
        fnn += c;
    }
    println!(
        "  all kinds     {}     {}      ({tp} {fp} {fnn})\n",
        ratio(tp, fnn),
        ratio(tp, fp)
    );
    if !errors.is_empty() {
        println!("requests where the detectors and the labels disagree:");
        for e in &errors {
            println!("{e}");
        }
        println!();
    }
}

fn main() {
    let a = args();
    let rows = load_set(&a.set).unwrap_or_else(|e| fail(e));
    let cfg = demo_config(&a.config).unwrap_or_else(|e| fail(e));
    let Some((auto_route, _)) = cfg.resolve("auto") else {
        fail("the configuration has no model `auto`".into())
    };
    let router = Router {
        cfg: &cfg,
        auto_route,
        config_path: &a.config,
        show_errors: a.show_errors,
    };
    let selected: Vec<&Row> = rows
        .iter()
        .filter(|r| match a.split.as_str() {
            "test" => r.test,
            "train" => !r.test,
            _ => true,
        })
        .filter(|r| a.before.as_ref().is_none_or(|b| r.id < *b))
        .filter(|r| a.groups.is_empty() || a.groups.iter().any(|g| r.group.starts_with(g)))
        .collect();
    let mut subset = String::new();
    if let Some(b) = &a.before {
        subset.push_str(&format!(", ids before {b}"));
    }
    if !a.groups.is_empty() {
        subset.push_str(&format!(", groups {}", a.groups.join(" ")));
    }
    tier_report(
        &format!("the {} split of {}{subset}", a.split, a.set.display()),
        &selected,
        rows.len(),
        "split by template (see eval/data/make_set.py)",
        &router,
    );
    pii_report(
        &format!("the whole of {}", a.set.display()),
        &rows,
        cfg.policy.pii.as_ref(),
        a.show_errors,
    );
    // The model is trained on the labelled set's training split: an external
    // set is held out only if none of its requests is there.
    let trained: HashSet<String> = rows
        .iter()
        .filter(|r| !r.test)
        .map(|r| Value::Object(r.request.clone()).to_string())
        .collect();
    let extra = a
        .fresh
        .iter()
        .map(|p| (p, "the fresh set"))
        .chain(a.blind.iter().map(|p| (p, "the blind set")));
    for (path, name) in extra {
        let extra_rows = load_set(path).unwrap_or_else(|e| fail(e));
        let seen = extra_rows
            .iter()
            .filter(|r| trained.contains(&Value::Object(r.request.clone()).to_string()))
            .count();
        let note = if seen == 0 {
            "all of it; none of its requests is in the labelled set's training split".to_string()
        } else {
            format!(
                "all of it; NOT held out: {seen} of its requests are in the labelled set's \
                 training split"
            )
        };
        let all: Vec<&Row> = extra_rows.iter().collect();
        let title = format!("{name} {}", path.display());
        tier_report(&title, &all, extra_rows.len(), &note, &router);
        pii_report(&title, &extra_rows, cfg.policy.pii.as_ref(), a.show_errors);
    }
}
