//! Shared pieces of the offline tools: the labelled set, the features the
//! filter computes (through the same functions), the demo configuration.

use std::path::Path;

use llm_router::api::openai::requested_output;
use llm_router::classify::{featurize, Input, TIERS};
use llm_router::config::Config;
use llm_router::tokens::prompt_stats;
use serde_json::{Map, Value};

/// One labelled request.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    /// Template or hand-written case it came from (the split is by group).
    pub group: String,
    pub test: bool,
    pub lang: String,
    pub tier: usize,
    pub pii: Vec<String>,
    pub request: Map<String, Value>,
}

pub fn load_set(path: &Path) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let tier = v
            .get("tier")
            .and_then(Value::as_u64)
            .ok_or(format!("line {}: tier", n + 1))?;
        let request = match v.get("request") {
            Some(Value::Object(m)) => m.clone(),
            _ => return Err(format!("line {}: request", n + 1)),
        };
        let pii = v
            .get("pii")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        rows.push(Row {
            id: s("id"),
            group: s("group"),
            test: s("split") == "test",
            lang: s("lang"),
            tier: usize::try_from(tier).unwrap_or(0).min(3),
            pii,
            request,
        });
    }
    Ok(rows)
}

/// The side of the split a group falls on, by the rule of `make_set.py`
/// (test when the SHA-256 of the group name, read as a number, is 0 mod 4):
/// says where a blind set's requests will land once it is folded in, so
/// a development figure on it can leave out the future test part.
pub fn is_test_group(group: &str) -> bool {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(group.as_bytes());
    d.as_slice().last().is_some_and(|b| b % 4 == 0)
}

/// The output cap the client asked for, as the router reads it.
pub fn requested_max_tokens(request: &Map<String, Value>) -> Option<u64> {
    requested_output(request, u64::MAX)
        .ok()
        .and_then(|o| o.max_tokens)
}

/// The classifier's features of a request, computed as the filter does.
pub fn features(request: &Map<String, Value>) -> Vec<(u32, f32)> {
    let stats = prompt_stats(request);
    featurize(&Input::from_stats(&stats, requested_max_tokens(request)))
}

/// The plugin configuration of `envoy/demo.yaml`: the JSON block scalar
/// under `value: &llm_config |`.
pub fn demo_config_json(yaml_path: &Path) -> Result<String, String> {
    let text =
        std::fs::read_to_string(yaml_path).map_err(|e| format!("{}: {e}", yaml_path.display()))?;
    let mut lines = text.lines();
    let mut out = String::new();
    let mut indent: Option<usize> = None;
    for line in lines.by_ref() {
        if line.trim_end().ends_with("&llm_config |") {
            break;
        }
    }
    for line in lines {
        let lead = line.len() - line.trim_start().len();
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        match indent {
            None => indent = Some(lead),
            Some(i) if lead < i => break,
            _ => {}
        }
        out.push_str(line.trim_start());
        out.push('\n');
    }
    if out.trim().is_empty() {
        return Err(format!(
            "no `&llm_config |` block in {}",
            yaml_path.display()
        ));
    }
    Ok(out)
}

pub fn demo_config(yaml_path: &Path) -> Result<Config, String> {
    let json = demo_config_json(yaml_path)?;
    Config::parse(json.as_bytes(), &|_| Some("eval-key".into())).map_err(|e| e.to_string())
}

/// Price model, USD per million tokens (input, output), by capability tier:
/// the list prices of the demo's model for that tier. The trainer's
/// cross-validation and `eval-router` both cost requests with it.
pub const PRICES: [(&str, f64, f64); TIERS] = [
    ("tier 0: gpt-4.1-nano", 0.10, 0.40),
    ("tier 1: claude-haiku-4-5", 1.00, 5.00),
    ("tier 2: claude-sonnet-4-5", 3.00, 15.00),
    ("tier 3: claude-opus-4-5", 5.00, 25.00),
];
/// Output tokens assumed per request (or the client's cap when lower).
pub const OUTPUT_TOKENS: u64 = 400;

/// USD of serving `prompt` input and `output` output tokens at `tier`.
pub fn cost(tier: usize, prompt: u64, output: u64) -> f64 {
    let (_, i, o) = PRICES.get(tier).copied().unwrap_or(PRICES[2]);
    (prompt as f64 * i + output as f64 * o) / 1e6
}

/// USD of a request at each tier: the router's prompt-token estimate and
/// `OUTPUT_TOKENS` (or the client's cap when lower).
pub fn tier_costs(request: &Map<String, Value>) -> [f64; TIERS] {
    let prompt = prompt_stats(request).estimated_tokens;
    let output = requested_max_tokens(request)
        .unwrap_or(OUTPUT_TOKENS)
        .min(OUTPUT_TOKENS);
    std::array::from_fn(|t| cost(t, prompt, output))
}

/// Deterministic pseudo-random numbers (xorshift64*), for shuffles.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Under-routed: a cheaper tier than needed. Over-routed: a dearer one.
#[derive(Debug, Default, Clone, Copy)]
pub struct Routing {
    pub n: usize,
    pub correct: usize,
    pub under: usize,
    pub over: usize,
}

impl Routing {
    pub fn add(&mut self, truth: usize, predicted: usize) {
        self.n += 1;
        match predicted.cmp(&truth) {
            std::cmp::Ordering::Equal => self.correct += 1,
            std::cmp::Ordering::Less => self.under += 1,
            std::cmp::Ordering::Greater => self.over += 1,
        }
    }
    pub fn pct(&self, k: usize) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            100.0 * k as f64 / self.n as f64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(name: &str) -> Vec<Row> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join(name);
        load_set(&path).unwrap()
    }

    fn last_user(r: &Row) -> String {
        prompt_stats(&r.request).last_user_text
    }

    fn body(r: &Row) -> String {
        Value::Object(r.request.clone()).to_string()
    }

    /// `is_test_group` agrees with the split make_set.py wrote.
    #[test]
    fn the_split_rule_matches_make_set() {
        let labelled = set("labelled.jsonl");
        assert!(labelled.len() > 1000);
        for r in &labelled {
            assert_eq!(is_test_group(&r.group), r.test, "{} {}", r.id, r.group);
        }
    }

    /// The old fresh and blind sets and the second to fifth blind sets,
    /// seen since, are folded into the labelled set by make_set.py: every
    /// request once, with its own group, tier, language and PII labels, and
    /// on the side of the split its group falls on (some on each side).
    #[test]
    fn the_seen_sets_are_in_the_labelled_set() {
        let labelled = set("labelled.jsonl");
        let by_body: std::collections::HashMap<String, &Row> =
            labelled.iter().map(|r| (body(r), r)).collect();
        // Label corrections make_set.py applies to a folded-in set's own ids
        // (its RELABEL): the labelled set has the corrected tier.
        let relabelled = ["b6-0209"];
        for name in [
            "fresh.jsonl",
            "blind.jsonl",
            "blind2.jsonl",
            "blind3.jsonl",
            "blind4.jsonl",
            "blind5.jsonl",
            "blind6.jsonl",
            "blind7.jsonl",
            "blind8.jsonl",
        ] {
            let seen = set(name);
            assert!(seen.len() >= 150, "{name}: {} requests", seen.len());
            let mut groups = std::collections::HashSet::new();
            let (mut test, mut train) = (0, 0);
            for r in &seen {
                assert!(!r.test, "{}: the file keeps its own split name", r.id);
                assert!(groups.insert(r.group.as_str()), "{}: one group each", r.id);
                let Some(l) = by_body.get(&body(r)) else {
                    panic!("{name} {}: not in the labelled set", r.id)
                };
                let tier = if relabelled.contains(&r.id.as_str()) {
                    l.tier
                } else {
                    r.tier
                };
                assert_eq!(
                    (&l.group, l.tier, &l.lang, &l.pii),
                    (&r.group, tier, &r.lang, &r.pii),
                    "{name} {}",
                    r.id
                );
                if l.test {
                    test += 1;
                } else {
                    train += 1;
                }
            }
            // The group rule puts about a quarter on the test side.
            assert!(
                test * 8 >= seen.len() && train * 2 >= seen.len(),
                "{name}: {test} test, {train} train"
            );
        }
    }

    /// The split is by group: no template or case has requests on both
    /// sides, so the test part holds only phrasings the model never saw.
    #[test]
    fn no_group_straddles_the_split() {
        let labelled = set("labelled.jsonl");
        let mut side: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
        for r in &labelled {
            let s = *side.entry(r.group.as_str()).or_insert(r.test);
            assert_eq!(s, r.test, "{}: group {} on both sides", r.id, r.group);
        }
        let bodies: std::collections::HashSet<String> = labelled.iter().map(body).collect();
        assert_eq!(bodies.len(), labelled.len(), "a request twice");
    }

    /// Every language has every tier on both sides of the split, and at
    /// least a quarter of the set is not in English.
    #[test]
    fn the_labelled_set_covers_languages_and_tiers() {
        let labelled = set("labelled.jsonl");
        assert!(labelled.len() >= 600, "{} requests", labelled.len());
        let langs: std::collections::BTreeSet<&str> =
            labelled.iter().map(|r| r.lang.as_str()).collect();
        assert_eq!(langs.len(), 10, "{langs:?}");
        let non_en = labelled.iter().filter(|r| r.lang != "en").count();
        assert!(4 * non_en >= labelled.len());
        for lang in &langs {
            for t in 0..TIERS {
                for test in [false, true] {
                    let n = labelled
                        .iter()
                        .filter(|r| r.lang == *lang && r.tier == t && r.test == test)
                        .count();
                    assert!(n >= 1, "{lang} tier {t} test={test}: none");
                }
            }
        }
        for r in &labelled {
            assert!(
                !last_user(r).trim().is_empty(),
                "{}: no last user turn",
                r.id
            );
        }
    }

    /// The second blind set was written apart from everything else: none
    /// of its groups or last turns is in the fresh or first blind set, or
    /// in the part of the labelled set that did not come from it.
    #[test]
    fn the_blind2_set_is_apart_from_every_other_set() {
        let blind2 = set("blind2.jsonl");
        assert!(
            (280..=340).contains(&blind2.len()),
            "{} blind2 requests",
            blind2.len()
        );
        let own: std::collections::HashSet<&str> =
            blind2.iter().map(|r| r.group.as_str()).collect();
        assert_eq!(own.len(), blind2.len(), "every request is its own group");
        let mut texts = std::collections::HashSet::new();
        let mut groups = std::collections::HashSet::new();
        for name in ["labelled.jsonl", "fresh.jsonl", "blind.jsonl"] {
            for r in set(name) {
                if own.contains(r.group.as_str()) {
                    continue; // blind2 itself, folded into the labelled set
                }
                texts.insert(last_user(&r));
                groups.insert(r.group);
            }
        }
        for r in &blind2 {
            assert!(!r.test, "{}: the blind2 set has its own split", r.id);
            assert!(!groups.contains(&r.group), "{}: group", r.id);
            assert!(
                !texts.contains(&last_user(r)),
                "{}: also in another set",
                r.id
            );
            assert!(r.pii.iter().all(|k| [
                "email",
                "phone",
                "credit_card",
                "iban",
                "national_id",
                "address",
                "health"
            ]
            .contains(&k.as_str())));
        }
        let mut langs = std::collections::BTreeMap::new();
        for r in &blind2 {
            *langs.entry(r.lang.as_str()).or_insert(0usize) += 1;
        }
        assert_eq!(langs.len(), 10, "{langs:?}");
        assert!(langs.values().all(|&n| n >= 15), "{langs:?}");
        let en = langs.get("en").copied().unwrap_or(0);
        assert!(
            10 * en >= 3 * blind2.len() && 10 * en <= 4 * blind2.len(),
            "{langs:?}"
        );
        for t in 0..TIERS {
            assert!(
                blind2.iter().filter(|r| r.tier == t).count() >= 50,
                "tier {t}"
            );
        }
        let private = blind2.iter().filter(|r| !r.pii.is_empty()).count();
        assert!((60..=85).contains(&private), "{private} with personal data");
    }

    /// Why `unseen` is not apart from `others` (a group or a last user turn
    /// they share), or `None`.
    fn not_apart(unseen: &[Row], others: &[Row]) -> Option<String> {
        let groups: std::collections::HashSet<&str> =
            others.iter().map(|r| r.group.as_str()).collect();
        let texts: std::collections::HashSet<String> = others.iter().map(last_user).collect();
        unseen.iter().find_map(|r| {
            if groups.contains(r.group.as_str()) {
                Some(format!("{}: its group is in another set", r.id))
            } else if texts.contains(&last_user(r)) {
                Some(format!("{}: its last turn is in another set", r.id))
            } else {
                None
            }
        })
    }

    /// The fourth to eighth blind sets, run once as unseen and now
    /// folded into the labelled set (`the_seen_sets_are_in_the_labelled_set`),
    /// were written apart from every set before them and from each other
    /// (the Rust loader's view of what blind4/5/6/7/8_shape_test.py check in
    /// Python), and no later batch repeats them. The next, unseen one
    /// (`UNSEEN`), when its file is there: apart from every other set, the
    /// labelled set included. Without the file there is nothing of it to
    /// check.
    #[test]
    fn the_unseen_blind_sets_are_apart_from_every_other_set() {
        let labelled = set("labelled.jsonl");
        let earlier: Vec<Row> = ["fresh.jsonl", "blind.jsonl", "blind2.jsonl", "blind3.jsonl"]
            .into_iter()
            .flat_map(set)
            .collect();
        for (name, prefix) in [
            ("blind4.jsonl", "b4:"),
            ("blind5.jsonl", "b5:"),
            ("blind6.jsonl", "b6:"),
            ("blind7.jsonl", "b7:"),
            ("blind8.jsonl", "b8:"),
        ] {
            let seen = set(name);
            assert!((300..=400).contains(&seen.len()), "{name}");
            let mut own = std::collections::HashSet::new();
            for r in &seen {
                assert!(r.group.starts_with(prefix), "{}", r.id);
                assert!(own.insert(r.group.as_str()), "{}: one group each", r.id);
            }
            // Everything but itself: the earlier sets, the labelled set
            // (every batch, the sixth included), the other blind set.
            let others: Vec<Row> = labelled
                .iter()
                .filter(|r| !r.group.starts_with(prefix))
                .cloned()
                .chain(earlier.iter().cloned())
                .collect();
            assert_eq!(not_apart(&seen, &others), None, "{name}");
            for t in 0..TIERS {
                assert!(
                    seen.iter().filter(|r| r.tier == t).count() >= 40,
                    "{name} tier {t}"
                );
            }
        }
        const UNSEEN: &str = "blind9.jsonl";
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join(UNSEEN);
        if path.exists() {
            let unseen = set(UNSEEN);
            assert!(!unseen.is_empty(), "{UNSEEN} holds no request");
            let others: Vec<Row> = labelled.into_iter().chain(earlier).collect();
            assert_eq!(not_apart(&unseen, &others), None, "{UNSEEN}");
        }
    }

    /// `not_apart` finds a shared last turn or group, and passes a set that
    /// shares neither (what the test above relies on when the unseen set is
    /// there; checked here on requests made up for it).
    #[test]
    fn a_set_sharing_a_request_or_group_is_not_apart() {
        let labelled = set("labelled.jsonl");
        let made_up = |id: &str, group: &str, text: &str| Row {
            id: id.into(),
            group: group.into(),
            test: false,
            lang: "en".into(),
            tier: 1,
            pii: Vec::new(),
            request: match serde_json::json!({"model": "auto",
                "messages": [{"role": "user", "content": text}]})
            {
                Value::Object(m) => m,
                _ => unreachable!(),
            },
        };
        let fresh = [
            made_up("x-1", "x:1", "a request no set holds: 7f3a9c1e"),
            made_up("x-2", "x:2", "another one: 0b52d8e4"),
        ];
        assert_eq!(not_apart(&fresh, &labelled), None);
        let mut copied = fresh.to_vec();
        copied.push(labelled[10].clone());
        if let Some(r) = copied.last_mut() {
            r.group = "x:3".into();
        }
        assert!(
            not_apart(&copied, &labelled).is_some(),
            "a shared last turn"
        );
        let mut regrouped = fresh.to_vec();
        regrouped[0].group = labelled[10].group.clone();
        assert!(not_apart(&regrouped, &labelled).is_some(), "a shared group");
    }

    /// The third blind set was written apart from everything else, like the
    /// second: none of its groups or last turns is in any other set.
    #[test]
    fn the_blind3_set_is_apart_from_every_other_set() {
        let blind3 = set("blind3.jsonl");
        assert!(
            (320..=360).contains(&blind3.len()),
            "{} blind3 requests",
            blind3.len()
        );
        let own: std::collections::HashSet<&str> =
            blind3.iter().map(|r| r.group.as_str()).collect();
        assert_eq!(own.len(), blind3.len(), "every request is its own group");
        let mut texts = std::collections::HashSet::new();
        let mut groups = std::collections::HashSet::new();
        for name in [
            "labelled.jsonl",
            "fresh.jsonl",
            "blind.jsonl",
            "blind2.jsonl",
        ] {
            for r in set(name) {
                if own.contains(r.group.as_str()) {
                    continue; // blind3 itself, folded into the labelled set
                }
                texts.insert(last_user(&r));
                groups.insert(r.group);
            }
        }
        let kinds = [
            "email",
            "phone",
            "credit_card",
            "iban",
            "national_id",
            "address",
            "health",
        ];
        for r in &blind3 {
            assert!(!r.test, "{}: the blind3 set has its own split", r.id);
            assert!(!groups.contains(&r.group), "{}: group", r.id);
            assert!(
                !texts.contains(&last_user(r)),
                "{}: also in another set",
                r.id
            );
            assert!(
                r.pii.iter().all(|k| kinds.contains(&k.as_str())),
                "{}",
                r.id
            );
        }
        let mut langs = std::collections::BTreeMap::new();
        for r in &blind3 {
            *langs.entry(r.lang.as_str()).or_insert(0usize) += 1;
        }
        assert_eq!(langs.len(), 10, "{langs:?}");
        assert!(langs.values().all(|&n| n >= 20), "{langs:?}");
        let en = langs.get("en").copied().unwrap_or(0);
        assert!(4 * (blind3.len() - en) >= blind3.len(), "{langs:?}");
        for t in 0..TIERS {
            assert!(
                blind3.iter().filter(|r| r.tier == t).count() >= 40,
                "tier {t}"
            );
        }
        let private = blind3.iter().filter(|r| !r.pii.is_empty()).count();
        assert!((50..=75).contains(&private), "{private} with personal data");
    }

    /// The third batch (cases_3*.py, groups `c3:` and `c3m:`): aimed at the
    /// weaker languages, with every tier in each of them; requests that
    /// paste the same material share one group (so the material never sits
    /// on both sides of the split), and none repeats a last turn of the
    /// sets written before it.
    #[test]
    fn the_third_batch_covers_the_weak_languages_and_groups_by_material() {
        let labelled = set("labelled.jsonl");
        let third: Vec<&Row> = labelled
            .iter()
            .filter(|r| r.group.starts_with("c3"))
            .collect();
        assert!(third.len() >= 250, "{} third-batch requests", third.len());
        for lang in ["pl", "fr", "es", "de", "hi"] {
            for t in 0..TIERS {
                let n = third
                    .iter()
                    .filter(|r| r.lang == lang && r.tier == t)
                    .count();
                assert!(n >= 4, "{lang} tier {t}: {n}");
            }
        }
        // One group per pasted material: a material's requests are all on
        // one side, in several languages and tiers.
        let mut by_group: std::collections::HashMap<&str, Vec<&Row>> = Default::default();
        for r in &third {
            by_group.entry(r.group.as_str()).or_default().push(r);
        }
        let shared: Vec<_> = by_group
            .iter()
            .filter(|(g, rs)| g.starts_with("c3m:") && rs.len() >= 5)
            .collect();
        assert!(shared.len() >= 3, "{} shared materials", shared.len());
        for (g, rs) in &shared {
            // The same material asked at different tiers: the instruction decides.
            let tiers: std::collections::HashSet<usize> = rs.iter().map(|r| r.tier).collect();
            assert!(tiers.len() >= 2, "{g}: one tier only");
            assert!(rs.iter().all(|r| r.test == rs[0].test), "{g}");
        }
        let earlier: std::collections::HashSet<String> = labelled
            .iter()
            .filter(|r| !r.group.starts_with("c3"))
            .map(last_user)
            .collect();
        for r in &third {
            assert!(!earlier.contains(&last_user(r)), "{}: written before", r.id);
        }
    }

    /// The fourth batch (cases_4.py, groups `c4g:` and `c4:`): labelling
    /// and routing of customers' messages (tier 0) and general education
    /// (tier 1) beside the contrast cases that stay at tier 3, in all ten
    /// languages; the versions of one request share a group, and none
    /// repeats a last turn of the sets written before it.
    #[test]
    fn the_fourth_batch_covers_its_classes_in_every_language() {
        let labelled = set("labelled.jsonl");
        let fourth: Vec<&Row> = labelled
            .iter()
            .filter(|r| r.group.starts_with("c4"))
            .collect();
        assert!(
            fourth.len() >= 150,
            "{} fourth-batch requests",
            fourth.len()
        );
        let langs: std::collections::BTreeSet<&str> =
            labelled.iter().map(|r| r.lang.as_str()).collect();
        for lang in &langs {
            for t in [0, 1, 3] {
                let n = fourth
                    .iter()
                    .filter(|r| r.lang == *lang && r.tier == t)
                    .count();
                assert!(n >= 4, "{lang} tier {t}: {n}");
            }
        }
        let mut by_group: std::collections::HashMap<&str, Vec<&Row>> = Default::default();
        for r in &fourth {
            by_group.entry(r.group.as_str()).or_default().push(r);
        }
        let multilingual = by_group
            .values()
            .filter(|rs| {
                let l: std::collections::HashSet<&str> =
                    rs.iter().map(|r| r.lang.as_str()).collect();
                l.len() >= 5
            })
            .count();
        assert!(multilingual >= 15, "{multilingual} multilingual groups");
        let earlier: std::collections::HashSet<String> = labelled
            .iter()
            .filter(|r| !r.group.starts_with("c4"))
            .map(last_user)
            .collect();
        for r in &fourth {
            assert!(!earlier.contains(&last_user(r)), "{}: written before", r.id);
            assert!(
                r.pii.is_empty(),
                "{}: the batch holds no personal data",
                r.id
            );
        }
    }

    /// The fifth batch (cases_5.py, groups `c5g:` and `c5:`): tier-0 work
    /// over customers' long messages, generic system prompts, formatting of
    /// technical text, education beside personal decisions, and Polish and
    /// French at every tier; no personal data, no last turn written before.
    #[test]
    fn the_fifth_batch_covers_its_classes_and_polish_and_french_at_every_tier() {
        let labelled = set("labelled.jsonl");
        let fifth: Vec<&Row> = labelled
            .iter()
            .filter(|r| r.group.starts_with("c5"))
            .collect();
        assert!(fifth.len() >= 150, "{} fifth-batch requests", fifth.len());
        for lang in ["pl", "fr"] {
            for t in 0..TIERS {
                let n = fifth
                    .iter()
                    .filter(|r| r.lang == lang && r.tier == t)
                    .count();
                assert!(n >= 5, "{lang} tier {t}: {n}");
            }
        }
        // Requests over one pasted material share a group, across tiers.
        let mut tiers_of: std::collections::HashMap<&str, std::collections::BTreeSet<usize>> =
            Default::default();
        for r in &fifth {
            tiers_of.entry(r.group.as_str()).or_default().insert(r.tier);
        }
        assert!(
            tiers_of.values().filter(|t| t.len() >= 2).count() >= 8,
            "material groups with contrasting tiers"
        );
        let earlier: std::collections::HashSet<String> = labelled
            .iter()
            .filter(|r| !r.group.starts_with("c5"))
            .map(last_user)
            .collect();
        for r in &fifth {
            assert!(!earlier.contains(&last_user(r)), "{}: written before", r.id);
            assert!(
                r.pii.is_empty(),
                "{}: the batch holds no personal data",
                r.id
            );
        }
    }

    #[test]
    fn costs_follow_the_price_model() {
        let Value::Object(req) = serde_json::json!({"model": "auto", "max_tokens": 100,
            "messages": [{"role": "user", "content": "hello there"}]})
        else {
            unreachable!()
        };
        let c = tier_costs(&req);
        assert!(c[0] < c[1] && c[1] < c[2] && c[2] < c[3], "{c:?}");
        let prompt = prompt_stats(&req).estimated_tokens;
        assert!(
            (c[2] - cost(2, prompt, 100)).abs() < 1e-12,
            "the client's cap is the output"
        );
        assert!((cost(1, 1_000_000, 0) - 1.0).abs() < 1e-12);
    }
}
