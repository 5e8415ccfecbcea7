//! Policy logic: compiling the sections, choosing the tier, and budgets and
//! rate limits on an in-memory store. Policies are built from JSON, as the
//! configuration gives them.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::choose::{Ask, Choice};
use super::identity::Identity;
use super::spend::{self, Admission, Counted, Refusal};
use super::{OnExceed, Policy, PolicyError, RawPolicy, Scope, DEFAULT_TIER_MAX_TOKENS};
use crate::error::ApiError;
use crate::ledger::{self, MemoryStore, Price, Window};
use crate::tokens::PromptStats;

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

/// A minute boundary (2023-11-14T22:14:00Z) plus 10 s: 50 s left in the minute.
const NOW: u64 = 1_700_000_050;

/// Route -> provider -> model, as `config.rs` hands them to `compile`.
fn routes() -> BTreeMap<String, BTreeMap<String, String>> {
    let table: [(&str, &[(&str, &str)]); 7] = [
        ("cheap", &[("openai", "gpt-mini")]),
        ("longctx", &[("openai", "gpt-long")]),
        ("local", &[("vllm", "llama-small")]),
        ("mid", &[("openai", "gpt-mid"), ("anthropic", "claude-mid")]),
        ("local_big", &[("vllm", "llama-big")]),
        ("big", &[("openai", "gpt-big")]),
        ("other", &[("openai", "gpt-other")]),
    ];
    table
        .iter()
        .map(|(route, models)| {
            let models = models
                .iter()
                .map(|(p, m)| (p.to_string(), m.to_string()))
                .collect();
            (route.to_string(), models)
        })
        .collect()
}

/// Tiers, cheapest first, with the sensitive ones interleaved:
///
/// | # | tier          | route     | window    | sensitive |
/// |---|---------------|-----------|-----------|-----------|
/// | 0 | economy       | cheap     | 8000      |           |
/// | 1 | longdoc       | longctx   | 1_000_000 |           |
/// | 2 | private       | local     | 4000      | yes       |
/// | 3 | standard      | mid       | 16000 (min of 32000, 16000) | |
/// | 4 | private_large | local_big | 64000     | yes       |
/// | 5 | premium       | big       | 200000    |           |
///
/// `other` is a route outside the tiers, with no known context window.
fn tiers() -> Value {
    json!([
        {"name": "economy", "route": "cheap"},
        {"name": "longdoc", "route": "longctx"},
        {"name": "private", "route": "local", "sensitive": true},
        {"name": "standard", "route": "mid", "default_max_tokens": 1000},
        {"name": "private_large", "route": "local_big", "sensitive": true},
        {"name": "premium", "route": "big"}
    ])
}

fn upstream_models() -> Value {
    json!({
        "gpt-mini": {"input_per_million_tokens_usd": 0.15, "cached_input_per_million_tokens_usd": 0.075,
                     "output_per_million_tokens_usd": 0.6, "context_window_tokens": 8000},
        "gpt-long": {"input_per_million_tokens_usd": 0.3, "output_per_million_tokens_usd": 1.2,
                     "context_window_tokens": 1_000_000},
        "llama-small": {"input_per_million_tokens_usd": 0.05, "output_per_million_tokens_usd": 0.05,
                        "context_window_tokens": 4000},
        "gpt-mid": {"input_per_million_tokens_usd": 2.5, "cached_input_per_million_tokens_usd": 1.25,
                    "output_per_million_tokens_usd": 20.0, "context_window_tokens": 32000},
        "claude-mid": {"input_per_million_tokens_usd": 3.0, "cached_input_per_million_tokens_usd": 0.3,
                       "output_per_million_tokens_usd": 15.0, "context_window_tokens": 16000},
        "llama-big": {"input_per_million_tokens_usd": 0.2, "output_per_million_tokens_usd": 0.2,
                      "context_window_tokens": 64000},
        "gpt-big": {"input_per_million_tokens_usd": 10.0, "cached_input_per_million_tokens_usd": 5.0,
                    "output_per_million_tokens_usd": 40.0, "context_window_tokens": 200000},
        "gpt-other": {"input_per_million_tokens_usd": 1.0, "output_per_million_tokens_usd": 2.0}
    })
}

/// Everything, for `compile` tests.
fn full() -> Value {
    json!({
        "identity": {"trusted": {"user_header": "x-user", "team_header": "x-team"}},
        "tier_header": "X-Tier",
        "tiers": tiers(),
        "upstream_models": upstream_models(),
        "rules": [
            {"name": "pii-private", "when": {"pii": true}, "tier": "private"},
            {"name": "legal", "when": {"system_prompt_matches": "(?i)legal"}, "tier": "premium"}
        ],
        "shadow_rules": [
            {"name": "smart-on-standard", "when": {"models": ["smart"]}, "tier": "standard"}
        ],
        "budgets": [
            {"name": "user-daily", "scope": "user", "window": "day", "limit_usd": 0.05, "on_exceed": "downgrade"},
            {"name": "search-team", "scope": "team", "window": "month", "limit_usd": 0.02, "ids": ["search"]},
            {"name": "all", "scope": "global", "window": "month", "limit_usd": 100}
        ],
        "rate_limits": [
            {"name": "per-user", "scope": "user", "requests_per_minute": 3, "tokens_per_minute": 20000},
            {"name": "mid-quota", "scope": "route", "tokens_per_minute": 50000, "ids": ["mid"]}
        ]
    })
}

fn compile(v: &Value) -> Result<Policy, PolicyError> {
    let raw = serde_json::from_str::<RawPolicy>(&v.to_string()).unwrap();
    Policy::compile(raw, &routes())
}

fn policy(v: &Value) -> Policy {
    compile(v).unwrap()
}

/// The error of compiling `full()` after `patch`.
fn compile_err(patch: impl FnOnce(&mut Value)) -> PolicyError {
    let mut v = full();
    patch(&mut v);
    compile(&v).unwrap_err()
}

/// Policy for the tier choice: tiers, windows, rules, a shadow rule.
fn choosing() -> Policy {
    policy(&json!({
        "tier_header": "X-Tier",
        "tiers": tiers(),
        "upstream_models": upstream_models(),
        "rules": [
            {"name": "pii-private", "when": {"pii": true}, "tier": "private"},
            {"name": "legal", "when": {"system_prompt_matches": "(?i)legal"}, "tier": "premium"}
        ],
        "shadow_rules": [
            {"name": "smart-on-standard", "when": {"models": ["smart"]}, "tier": "standard"}
        ]
    }))
}

fn caller(user: &str, team: Option<&str>, tiers: Option<&[&str]>) -> Identity {
    Identity {
        user: user.into(),
        team: team.map(Into::into),
        tiers: tiers.map(|l| l.iter().map(|t| t.to_string()).collect()),
    }
}

/// A chat request as `choose` sees it.
struct Req {
    model: &'static str,
    route: &'static str,
    tier: Option<&'static str>,
    identity: Option<Identity>,
    stats: PromptStats,
    pii: Option<&'static str>,
    max_tokens: Option<u64>,
}

fn req(model: &'static str, route: &'static str) -> Req {
    Req {
        model,
        route,
        tier: None,
        identity: None,
        stats: PromptStats {
            estimated_tokens: 100,
            message_count: 1,
            user_turns: 1,
            last_user_text: "Hello".into(),
            ..PromptStats::default()
        },
        pii: None,
        max_tokens: None,
    }
}

impl Req {
    fn tier(mut self, t: &'static str) -> Self {
        self.tier = Some(t);
        self
    }
    fn by(mut self, identity: Identity) -> Self {
        self.identity = Some(identity);
        self
    }
    fn allowed(self, tiers: &[&str]) -> Self {
        self.by(caller("alice", None, Some(tiers)))
    }
    fn tokens(mut self, prompt: u64, max_tokens: Option<u64>) -> Self {
        self.stats.estimated_tokens = prompt;
        self.max_tokens = max_tokens;
        self
    }
    fn system(mut self, text: &str) -> Self {
        self.stats.system_text = text.into();
        self
    }
    fn pii(mut self) -> Self {
        self.pii = Some("email");
        self
    }
    fn choose(&self, p: &Policy) -> Result<Choice, ApiError> {
        p.choose(&Ask {
            model: self.model,
            model_route: self.route,
            requested_tier: self.tier,
            identity: self.identity.as_ref(),
            stats: &self.stats,
            pii: self.pii,
            max_tokens: self.max_tokens,
        })
    }
    /// (route, tier name, reason) of a successful choice.
    fn pick(&self, p: &Policy) -> (String, Option<String>, String) {
        let c = self.choose(p).unwrap();
        let tier = c.tier.map(|t| p.tiers[t].name.clone());
        (c.route, tier, c.reason)
    }
}

fn picked(route: &str, tier: &str, reason: &str) -> (String, Option<String>, String) {
    (route.into(), Some(tier.into()), reason.into())
}

fn code(e: &ApiError) -> (u32, Option<&str>) {
    (e.status, e.code.as_deref())
}

// ---------------------------------------------------------------------------
// compile
// ---------------------------------------------------------------------------

#[test]
fn compile_full_policy() {
    let p = policy(&full());
    let names: Vec<&str> = p.tiers.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "economy",
            "longdoc",
            "private",
            "standard",
            "private_large",
            "premium"
        ]
    );
    assert!(p.tiers[2].sensitive && p.tiers[4].sensitive);
    assert!(!p.tiers[0].sensitive && !p.tiers[5].sensitive);
    assert_eq!(p.tiers[0].default_max_tokens, DEFAULT_TIER_MAX_TOKENS);
    assert_eq!(p.tiers[3].default_max_tokens, 1000);
    assert_eq!(p.tier_header, "x-tier", "lower-cased");
    assert_eq!(p.tier_index("standard"), Some(3));
    assert_eq!(p.tier_index("gold"), None);
    assert_eq!(p.tier_of_route("local_big"), Some(4));
    assert_eq!(p.tier_of_route("other"), None);

    // Prices in nano-USD per token; cached input defaults to input.
    assert_eq!(
        p.prices["gpt-mini"],
        Price {
            input: 150,
            cached_input: 75,
            output: 600
        }
    );
    assert_eq!(
        p.prices["gpt-other"],
        Price {
            input: 1000,
            cached_input: 1000,
            output: 2000
        }
    );
    // A route's price is the worst of its models, component by component.
    assert_eq!(
        p.route_prices["mid"],
        Price {
            input: 3000,
            cached_input: 1250,
            output: 20000
        }
    );
    assert_eq!(p.route_prices.len(), routes().len());
    // A route's window is the smallest of its models'; unknown: absent.
    assert_eq!(p.route_windows["mid"], 16000);
    assert_eq!(p.route_windows["longctx"], 1_000_000);
    assert!(!p.route_windows.contains_key("other"));

    assert_eq!(p.rules.len(), 2);
    assert_eq!(p.shadow_rules.len(), 1);
    assert!(
        p.pii.is_some(),
        "a rule asks for PII: the default detectors"
    );
    assert!(p.identity.is_some());

    assert_eq!(p.budgets.len(), 3);
    assert_eq!(p.budgets[0].limit_nano_usd, 50_000_000);
    assert_eq!(p.budgets[0].on_exceed, OnExceed::Downgrade);
    assert_eq!(p.budgets[1].on_exceed, OnExceed::Refuse, "the default");
    assert_eq!(p.budgets[1].ids, Some(vec!["search".to_string()]));
    assert_eq!(p.budgets[2].limit_nano_usd, 100_000_000_000);
    assert_eq!(p.budgets[2].window, Window::Month);
    assert_eq!(p.rate_limits[0].scope, Scope::User);
    assert_eq!(p.rate_limits[0].requests_per_minute, Some(3));
    assert_eq!(p.rate_limits[1].requests_per_minute, None);
    assert!(p.has_spend_rules());
}

#[test]
fn compile_defaults_and_empty_policy() {
    let p = policy(&json!({}));
    assert_eq!(p.tier_header, "x-llm-tier");
    assert!(p.tiers.is_empty() && p.prices.is_empty() && p.route_prices.is_empty());
    assert!(p.identity.is_none() && p.pii.is_none());
    assert!(!p.has_spend_rules());

    // No rule asks for PII and no `pii` section: no detector.
    let mut v = full();
    v["rules"] = json!([]);
    assert!(policy(&v).pii.is_none());
    // A `pii` section is compiled even when no rule uses it.
    v["pii"] =
        json!({"detect": ["email"], "custom": [{"name": "ticket", "pattern": "TCK-[0-9]+"}]});
    assert!(policy(&v).pii.is_some());
}

#[test]
fn compile_errors_in_tiers() {
    let (path, msg) = compile_err(|v| v["tiers"][1]["name"] = json!("economy"));
    assert_eq!(path, "tiers[1].name");
    assert!(msg.contains("unique"), "{msg}");
    assert_eq!(
        compile_err(|v| v["tiers"][0]["name"] = json!("")).0,
        "tiers[0].name"
    );
    let (path, msg) = compile_err(|v| v["tiers"][2]["route"] = json!("nowhere"));
    assert_eq!(path, "tiers[2].route");
    assert!(msg.contains("`nowhere`"), "{msg}");
    assert_eq!(
        compile_err(|v| v["tiers"][3]["default_max_tokens"] = json!(0)).0,
        "tiers[3].default_max_tokens"
    );
    // Unknown fields are refused by the parser.
    let mut v = full();
    v["tiers"][0]["sensitve"] = json!(true);
    assert!(serde_json::from_str::<RawPolicy>(&v.to_string()).is_err());
}

#[test]
fn compile_errors_in_prices() {
    let (path, msg) = compile_err(|v| {
        v["upstream_models"]["gpt-mini"]["input_per_million_tokens_usd"] = json!(0.0005);
    });
    assert_eq!(path, "upstream_models.gpt-mini");
    assert!(msg.contains("too many decimals"), "{msg}");
    let (path, msg) = compile_err(|v| {
        v["upstream_models"]["gpt-big"]["output_per_million_tokens_usd"] = json!(-1.0);
    });
    assert_eq!(path, "upstream_models.gpt-big");
    assert!(msg.contains("output") && msg.contains("negative"), "{msg}");
    let (path, msg) = compile_err(|v| {
        v["upstream_models"]["claude-mid"]["cached_input_per_million_tokens_usd"] = json!(0.0001);
    });
    assert_eq!(path, "upstream_models.claude-mid");
    assert!(msg.contains("cached input"), "{msg}");
    assert_eq!(
        compile_err(|v| v["upstream_models"]["gpt-mid"]["context_window_tokens"] = json!(0)).0,
        "upstream_models.gpt-mid.context_window_tokens"
    );
    // Half a price is refused (both prices or neither).
    let (path, msg) = compile_err(|v| {
        v["upstream_models"]["gpt-mid"]
            .as_object_mut()
            .unwrap()
            .remove("output_per_million_tokens_usd");
    });
    assert_eq!(path, "upstream_models.gpt-mid");
    assert!(msg.contains("or neither"), "{msg}");
}

#[test]
fn compile_errors_in_budgets() {
    assert_eq!(
        compile_err(|v| v["budgets"][0]["name"] = json!("")).0,
        "budgets[0].name"
    );
    let (path, msg) = compile_err(|v| v["budgets"][2]["name"] = json!("user-daily"));
    assert_eq!(path, "budgets[2].name");
    assert!(msg.contains("unique"), "{msg}");
    let (path, msg) = compile_err(|v| v["budgets"][1]["scope"] = json!("route"));
    assert_eq!(path, "budgets[1].scope");
    assert!(msg.contains("`user`, `team` or `global`"), "{msg}");
    let (path, msg) = compile_err(|v| v["budgets"][0]["limit_usd"] = json!(-1));
    assert_eq!(path, "budgets[0].limit_usd");
    assert!(msg.contains("negative"), "{msg}");
    let (path, msg) = compile_err(|v| v["budgets"][2]["limit_usd"] = json!(1e-10));
    assert_eq!(path, "budgets[2].limit_usd");
    assert!(msg.contains("too many decimals"), "{msg}");
    let mut v = full();
    v["budgets"][0]["on_exceed"] = json!("explode");
    assert!(serde_json::from_str::<RawPolicy>(&v.to_string()).is_err());
}

#[test]
fn compile_errors_scopes_that_need_an_identity() {
    let no_identity = |v: &mut Value| {
        v.as_object_mut().unwrap().remove("identity");
    };
    // Per-user budget.
    let (path, msg) = compile_err(no_identity);
    assert_eq!(path, "budgets[0].scope");
    assert!(msg.contains("`identity`"), "{msg}");
    // Per-team budget.
    let (path, msg) = compile_err(|v| {
        no_identity(v);
        v["budgets"] = json!([v["budgets"][2].clone(), v["budgets"][1].clone()]);
    });
    assert_eq!(path, "budgets[1].scope");
    assert!(msg.contains("`identity`"), "{msg}");
    // Global budgets are fine; then the per-user rate limit is refused.
    let (path, msg) = compile_err(|v| {
        no_identity(v);
        v["budgets"] = json!([v["budgets"][2].clone()]);
    });
    assert_eq!(path, "rate_limits[0].scope");
    assert!(msg.contains("`identity`"), "{msg}");
    // Per-team rate limit.
    let (path, _) = compile_err(|v| {
        no_identity(v);
        v["budgets"] = json!([v["budgets"][2].clone()]);
        v["rate_limits"][0]["scope"] = json!("team");
        v["rate_limits"] = json!([v["rate_limits"][1].clone(), v["rate_limits"][0].clone()]);
    });
    assert_eq!(path, "rate_limits[1].scope");
    // Global and per-route limits and budgets need no identity.
    let mut v = full();
    no_identity(&mut v);
    v["budgets"] = json!([v["budgets"][2].clone()]);
    v["rate_limits"][0]["scope"] = json!("global");
    let p = policy(&v);
    assert!(p.identity.is_none());
    assert_eq!(p.budgets.len(), 1);
    assert_eq!(p.rate_limits.len(), 2);
}

#[test]
fn compile_budgets_need_every_route_model_priced() {
    let (path, msg) = compile_err(|v| {
        v["upstream_models"]
            .as_object_mut()
            .unwrap()
            .remove("claude-mid");
    });
    assert_eq!(path, "routes.mid.models.anthropic");
    assert!(msg.contains("`claude-mid`"), "{msg}");
    assert!(msg.contains("upstream_models"), "{msg}");
    let (path, _) = compile_err(|v| {
        v["upstream_models"]
            .as_object_mut()
            .unwrap()
            .remove("gpt-other");
    });
    assert_eq!(path, "routes.other.models.openai");

    // Without budgets, prices are optional (rate limits do not need them);
    // a route's price is then the worst of the models that have one.
    let mut v = full();
    v["budgets"] = json!([]);
    let models = v["upstream_models"].as_object_mut().unwrap();
    models.remove("claude-mid");
    models.remove("gpt-other");
    let p = policy(&v);
    assert_eq!(
        p.route_prices["mid"],
        Price {
            input: 2500,
            cached_input: 1250,
            output: 20000
        }
    );
    assert_eq!(p.route_windows["mid"], 32000);
    assert!(!p.route_prices.contains_key("other"));
    assert!(p.has_spend_rules(), "rate limits only");
}

#[test]
fn compile_errors_in_rate_limits() {
    assert_eq!(
        compile_err(|v| v["rate_limits"][0]["name"] = json!("")).0,
        "rate_limits[0].name"
    );
    assert_eq!(
        compile_err(|v| v["rate_limits"][1]["name"] = json!("per-user")).0,
        "rate_limits[1].name"
    );
    let (path, msg) = compile_err(|v| {
        v["rate_limits"][1] = json!({"name": "empty", "scope": "global"});
    });
    assert_eq!(path, "rate_limits[1]");
    assert!(msg.contains("requests_per_minute"), "{msg}");
    let (path, msg) = compile_err(|v| v["rate_limits"][0]["requests_per_minute"] = json!(0));
    assert_eq!(path, "rate_limits[0]");
    assert!(msg.contains("greater than 0"), "{msg}");
    assert_eq!(
        compile_err(|v| v["rate_limits"][1]["tokens_per_minute"] = json!(0)).0,
        "rate_limits[1]"
    );
    let (path, msg) = compile_err(|v| v["rate_limits"][1]["ids"] = json!(["mid", "nowhere"]));
    assert_eq!(path, "rate_limits[1].ids");
    assert!(msg.contains("`nowhere`"), "{msg}");
}

#[test]
fn compile_errors_in_identity_rules_and_pii() {
    assert_eq!(compile_err(|v| v["identity"] = json!({})).0, "identity");
    // Identity key tiers are checked against the configured tiers.
    let key = "a".repeat(64);
    let (path, msg) = compile_err(|v| {
        v["identity"] =
            json!({"api_keys": [{"sha256": key, "user": "alice", "tiers": ["economy", "gold"]}]});
    });
    assert_eq!(path, "identity.api_keys[0].tiers");
    assert!(msg.contains("`gold`"), "{msg}");
    let mut v = full();
    v["identity"] =
        json!({"api_keys": [{"sha256": key, "user": "alice", "tiers": ["economy", "premium"]}]});
    assert!(compile(&v).is_ok());

    assert_eq!(
        compile_err(|v| v["rules"][1]["tier"] = json!("gold")).0,
        "rules[1].tier"
    );
    assert_eq!(
        compile_err(|v| v["shadow_rules"][0]["tier"] = json!("gold")).0,
        "shadow_rules[0].tier"
    );
    assert_eq!(
        compile_err(|v| v["rules"][1]["when"]["system_prompt_matches"] = json!("(")).0,
        "rules[1].when.system_prompt_matches"
    );
    assert_eq!(
        compile_err(|v| {
            v["pii"] = json!({"custom": [{"name": "bad", "pattern": "("}]});
        })
        .0,
        "pii.custom[0].pattern"
    );
}

// ---------------------------------------------------------------------------
// choose
// ---------------------------------------------------------------------------

#[test]
fn allows_fits_may_replace() {
    let p = choosing();
    let [economy, _, private, standard, private_large, premium] =
        [0, 1, 2, 3, 4, 5].map(|i| &p.tiers[i]);
    // No identity, or an identity without a tier list: everything.
    assert!(p.allows(None, premium));
    let anyone = caller("bob", None, None);
    assert!(p.allows(Some(&anyone), premium));
    let limited = caller("alice", None, Some(&["economy", "private"]));
    assert!(p.allows(Some(&limited), economy));
    assert!(p.allows(Some(&limited), private));
    assert!(!p.allows(Some(&limited), standard));
    let nothing = caller("carol", None, Some(&[]));
    assert!(!p.allows(Some(&nothing), economy));

    // Fits up to the smallest window of the route, inclusive.
    assert!(p.fits("mid", 16000));
    assert!(!p.fits("mid", 16001));
    assert!(p.fits("other", u64::MAX), "no known window");
    assert!(p.fits("no-such-route", u64::MAX));

    // Same side of the sensitive line, and allowed.
    assert!(p.may_replace(None, premium, standard));
    assert!(p.may_replace(None, premium, economy));
    assert!(!p.may_replace(None, premium, private_large));
    assert!(!p.may_replace(None, private_large, standard));
    assert!(p.may_replace(None, private_large, private));
    assert!(p.may_replace(Some(&limited), premium, economy));
    assert!(
        !p.may_replace(Some(&limited), premium, standard),
        "not allowed"
    );
    assert!(
        !p.may_replace(Some(&limited), standard, private),
        "sensitive"
    );
}

#[test]
fn model_route_gives_the_tier() {
    let p = choosing();
    assert_eq!(
        req("fast", "cheap").pick(&p),
        picked("cheap", "economy", "model")
    );
    assert_eq!(
        req("smart", "big").pick(&p),
        picked("big", "premium", "model")
    );
    assert_eq!(
        req("llama", "local").pick(&p),
        picked("local", "private", "model")
    );
    // A route outside the tiers is served as is.
    let c = req("odd", "other").choose(&p).unwrap();
    assert_eq!(
        c,
        Choice {
            route: "other".into(),
            tier: None,
            reason: "model".into(),
            shadow: None
        }
    );
    // Nor does an identity without a tier list change anything.
    let c = req("odd", "other")
        .by(caller("bob", Some("infra"), None))
        .choose(&p)
        .unwrap();
    assert_eq!((c.route.as_str(), c.tier), ("other", None));
}

#[test]
fn requested_tier_header() {
    let p = choosing();
    assert_eq!(
        req("fast", "cheap").tier("premium").pick(&p),
        picked("big", "premium", "requested")
    );
    assert_eq!(
        req("smart", "big").tier("economy").pick(&p),
        picked("cheap", "economy", "requested")
    );
    // Even from a route outside the tiers.
    assert_eq!(
        req("odd", "other").tier("standard").pick(&p),
        picked("mid", "standard", "requested")
    );
    let e = req("fast", "cheap").tier("gold").choose(&p).unwrap_err();
    assert_eq!(code(&e), (400, Some("invalid_tier")));
    assert_eq!(e.kind, "invalid_request_error");
    assert!(e.message.contains("`gold`"), "{}", e.message);
    assert!(e.message.contains("`x-tier`"), "{}", e.message);
}

#[test]
fn rules_override_model_and_requested_tier() {
    let p = choosing();
    assert_eq!(
        req("fast", "cheap")
            .system("You are a LEGAL assistant")
            .pick(&p),
        picked("big", "premium", "rule:legal")
    );
    assert_eq!(
        req("fast", "cheap")
            .tier("standard")
            .system("legal")
            .pick(&p),
        picked("big", "premium", "rule:legal")
    );
    // First match wins: PII before legal.
    assert_eq!(
        req("smart", "big").system("legal").pii().pick(&p),
        picked("local", "private", "rule:pii-private(email)")
    );
    // A rule also applies to a route outside the tiers.
    assert_eq!(
        req("odd", "other").pii().pick(&p),
        picked("local", "private", "rule:pii-private(email)")
    );
}

#[test]
fn identity_tier_list_caps_to_an_allowed_cheaper_tier() {
    let p = choosing();
    // Allowed: unchanged.
    assert_eq!(
        req("smart", "big")
            .allowed(&["economy", "premium"])
            .pick(&p),
        picked("big", "premium", "model")
    );
    // The most capable allowed tier below, skipping the sensitive ones.
    assert_eq!(
        req("smart", "big")
            .allowed(&["economy", "longdoc", "standard", "private_large"])
            .pick(&p),
        picked("mid", "standard", "allowed:standard")
    );
    assert_eq!(
        req("smart", "big")
            .allowed(&["economy", "private_large"])
            .pick(&p),
        picked("cheap", "economy", "allowed:economy")
    );
    // A requested tier is capped the same way.
    assert_eq!(
        req("fast", "cheap")
            .tier("premium")
            .allowed(&["economy", "longdoc"])
            .pick(&p),
        picked("longctx", "longdoc", "allowed:longdoc")
    );
    // And so is a rule's.
    assert_eq!(
        req("fast", "cheap")
            .system("legal")
            .allowed(&["economy"])
            .pick(&p),
        picked("cheap", "economy", "allowed:economy")
    );
    // A sensitive tier is capped to a sensitive one only.
    assert_eq!(
        req("big-local", "local_big")
            .allowed(&["economy", "standard", "private"])
            .pick(&p),
        picked("local", "private", "allowed:private")
    );
    // Never up: nothing allowed below is a 403 naming the tier.
    let e = req("fast", "cheap")
        .allowed(&["premium"])
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (403, Some("tier_not_allowed")));
    assert_eq!(e.kind, "permission_error");
    assert!(e.message.contains("`economy`"), "{}", e.message);
    // Only sensitive tiers below an ordinary one: 403.
    let e = req("smart", "big")
        .allowed(&["private", "private_large"])
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (403, Some("tier_not_allowed")));
    assert!(e.message.contains("`premium`"), "{}", e.message);
    // An empty list allows nothing.
    let e = req("fast", "cheap").allowed(&[]).choose(&p).unwrap_err();
    assert_eq!(code(&e), (403, Some("tier_not_allowed")));
}

#[test]
fn route_outside_tiers_refused_to_callers_with_a_tier_list() {
    let p = choosing();
    let e = req("odd", "other")
        .allowed(&[
            "economy",
            "longdoc",
            "private",
            "standard",
            "private_large",
            "premium",
        ])
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (403, Some("tier_not_allowed")));
    assert!(
        e.message.contains("`odd`"),
        "names the model: {}",
        e.message
    );
}

#[test]
fn context_window_moves_up_to_the_nearest_larger_tier() {
    let p = choosing();
    // Fits: unchanged (8000 is the window of `cheap`, inclusive).
    assert_eq!(
        req("fast", "cheap").tokens(7000, Some(1000)).pick(&p),
        picked("cheap", "economy", "model")
    );
    // The next tier up that fits, not the largest.
    assert_eq!(
        req("fast", "cheap").tokens(7000, Some(1001)).pick(&p),
        picked("longctx", "longdoc", "context:longdoc")
    );
    // Without max_tokens only the prompt counts.
    assert_eq!(
        req("fast", "cheap").tokens(8000, None).pick(&p),
        picked("cheap", "economy", "model")
    );
    // From standard (16000), past the sensitive private_large (64000).
    assert_eq!(
        req("mid", "mid").tokens(20000, None).pick(&p),
        picked("big", "premium", "context:premium")
    );
    // After a requested tier: the reason says context.
    assert_eq!(
        req("fast", "cheap")
            .tier("standard")
            .tokens(15000, Some(2000))
            .pick(&p),
        picked("big", "premium", "context:premium")
    );
}

#[test]
fn context_window_falls_back_to_a_smaller_index_tier() {
    let p = choosing();
    // Nothing above premium: down to the cheap long-context tier.
    assert_eq!(
        req("smart", "big").tokens(300_000, Some(4000)).pick(&p),
        picked("longctx", "longdoc", "context:longdoc")
    );
    // Above not allowed: below.
    assert_eq!(
        req("mid", "mid")
            .tokens(20000, None)
            .allowed(&["economy", "longdoc", "standard"])
            .pick(&p),
        picked("longctx", "longdoc", "context:longdoc")
    );
    // After capping to the allowed tier, the capped tier is the starting point.
    assert_eq!(
        req("smart", "big")
            .tokens(20000, None)
            .allowed(&["longdoc", "standard"])
            .pick(&p),
        picked("longctx", "longdoc", "context:longdoc")
    );
}

#[test]
fn context_length_exceeded_when_nothing_fits() {
    let p = choosing();
    let e = req("fast", "cheap")
        .tokens(999_000, Some(1001))
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (400, Some("context_length_exceeded")));
    assert_eq!(e.param, Some("messages"));
    assert!(e.message.contains("1000001"), "{}", e.message);
    // Ordinary traffic is not pushed onto a sensitive tier that would fit.
    let e = req("mid", "mid")
        .tokens(20000, None)
        .allowed(&["economy", "standard", "private_large"])
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (400, Some("context_length_exceeded")));
    // A route outside the tiers with a known window: checked too.
    let mut v = json!({"tiers": tiers(), "upstream_models": upstream_models()});
    v["upstream_models"]["gpt-other"]["context_window_tokens"] = json!(1000);
    let p2 = policy(&v);
    let e = req("odd", "other")
        .tokens(900, Some(101))
        .choose(&p2)
        .unwrap_err();
    assert_eq!(code(&e), (400, Some("context_length_exceeded")));
    assert_eq!(
        req("odd", "other").tokens(900, Some(100)).pick(&p2),
        ("other".into(), None, "model".into())
    );
    // Saturates rather than overflowing.
    let e = req("fast", "cheap")
        .tokens(u64::MAX, Some(u64::MAX))
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (400, Some("context_length_exceeded")));
}

#[test]
fn sensitive_and_ordinary_tiers_never_replace_each_other() {
    let p = choosing();
    // PII goes to the private tier and moves up within the sensitive ladder
    // only, never to the public long-context tiers.
    assert_eq!(
        req("fast", "cheap").pii().tokens(5000, None).pick(&p),
        picked("local_big", "private_large", "context:private_large")
    );
    let e = req("fast", "cheap")
        .pii()
        .tokens(100_000, None)
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (400, Some("context_length_exceeded")));
    // A caller not allowed any sensitive tier: refused, never downgraded to
    // a public one.
    let e = req("fast", "cheap")
        .pii()
        .allowed(&["economy", "longdoc", "standard", "premium"])
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (403, Some("tier_not_allowed")));
    assert!(e.message.contains("`private`"), "{}", e.message);
    // On private_large, with only public tiers allowed below.
    let e = req("big-local", "local_big")
        .allowed(&["economy", "standard"])
        .choose(&p)
        .unwrap_err();
    assert_eq!(code(&e), (403, Some("tier_not_allowed")));
    // Downgrades stay on their side as well.
    assert_eq!(p.downgrades(4, None, 100), vec![2]);
    assert_eq!(p.downgrades(5, None, 100), vec![3, 1, 0]);
    assert_eq!(p.downgrades(3, None, 100), vec![1, 0]);
}

#[test]
fn shadow_rule_is_reported_without_changing_the_route() {
    let p = choosing();
    let c = req("smart", "big").choose(&p).unwrap();
    assert_eq!(
        c,
        Choice {
            route: "big".into(),
            tier: Some(5),
            reason: "model".into(),
            shadow: Some(("smart-on-standard".into(), "standard".into())),
        }
    );
    // Alongside a real rule, which still decides.
    let c = req("smart", "big").pii().choose(&p).unwrap();
    assert_eq!(
        (c.route.as_str(), c.reason.as_str()),
        ("local", "rule:pii-private(email)")
    );
    assert_eq!(
        c.shadow,
        Some(("smart-on-standard".into(), "standard".into()))
    );
    // Alongside a capping.
    let c = req("smart", "big")
        .allowed(&["economy"])
        .choose(&p)
        .unwrap();
    assert_eq!(c.route, "cheap");
    assert_eq!(c.shadow.unwrap().1, "standard");
    // Not matching: none.
    assert_eq!(req("fast", "cheap").choose(&p).unwrap().shadow, None);
}

#[test]
fn downgrades_most_capable_first() {
    let p = choosing();
    assert_eq!(p.downgrades(5, None, 0), vec![3, 1, 0]);
    // Only those that fit the need.
    assert_eq!(p.downgrades(5, None, 8000), vec![3, 1, 0]);
    assert_eq!(p.downgrades(5, None, 8001), vec![3, 1]);
    assert_eq!(p.downgrades(5, None, 16001), vec![1]);
    assert_eq!(p.downgrades(5, None, 1_000_001), Vec::<usize>::new());
    // Only those allowed.
    let limited = caller("alice", None, Some(&["economy", "standard", "premium"]));
    assert_eq!(p.downgrades(5, Some(&limited), 0), vec![3, 0]);
    let unlimited = caller("bob", None, None);
    assert_eq!(p.downgrades(3, Some(&unlimited), 0), vec![1, 0]);
    // Nothing below the cheapest, nor for a tier that does not exist.
    assert!(p.downgrades(0, None, 0).is_empty());
    assert!(
        p.downgrades(2, None, 0).is_empty(),
        "no sensitive tier below"
    );
    assert!(p.downgrades(6, None, 0).is_empty());
    assert!(p.downgrades(usize::MAX, None, 0).is_empty());
}

// ---------------------------------------------------------------------------
// spend
// ---------------------------------------------------------------------------

fn spending() -> Policy {
    policy(&full())
}

/// Used amount of a counter now, by its scope (see `spend.rs` for the keys).
fn used(s: &MemoryStore, scope: &str, window: Window) -> u64 {
    ledger::counter::read(s, &ledger::key(scope, window), window, NOW).unwrap()
}

/// Every counter the `full()` policy may touch for alice (team search).
fn alice_counters(s: &MemoryStore) -> [u64; 6] {
    [
        used(s, "budget:user-daily:user:alice", Window::Day),
        used(s, "budget:search-team:team:search", Window::Month),
        used(s, "budget:all:global:*", Window::Month),
        used(s, "rate:per-user:user:alice:requests", Window::Minute),
        used(s, "rate:per-user:user:alice:tokens", Window::Minute),
        used(s, "rate:mid-quota:route:mid:tokens", Window::Minute),
    ]
}

fn spend_ask<'a>(
    p: &Policy,
    identity: Option<&'a Identity>,
    route: &'a str,
    prompt_tokens: u64,
    max_tokens: u64,
) -> spend::Ask<'a> {
    spend::Ask {
        identity,
        route,
        price: p.route_prices.get(route).copied(),
        prompt_tokens,
        max_tokens,
    }
}

fn admit(
    p: &Policy,
    s: &MemoryStore,
    identity: Option<&Identity>,
    route: &str,
    prompt_tokens: u64,
    max_tokens: u64,
) -> Result<Admission, Refusal> {
    p.admit(
        s,
        &spend_ask(p, identity, route, prompt_tokens, max_tokens),
        NOW,
    )
}

#[test]
fn counters_apply_by_identity_team_and_ids() {
    let p = spending();
    let s = MemoryStore::new();
    let counted = |identity: Option<&Identity>, route: &str| {
        let a = admit(&p, &s, identity, route, 10, 10).unwrap();
        let c = a.counted.clone();
        p.release(&s, a);
        c
    };
    use Counted::{Budget, Requests, Tokens};
    // Anonymous: the global budget, and the route limit where it applies.
    assert_eq!(counted(None, "cheap"), vec![Budget(2)]);
    assert_eq!(counted(None, "mid"), vec![Budget(2), Tokens(1)]);
    // A user without a team: no team budget.
    let alice = caller("alice", None, None);
    assert_eq!(
        counted(Some(&alice), "mid"),
        vec![Budget(0), Budget(2), Requests(0), Tokens(0), Tokens(1)]
    );
    // The team listed in `ids`.
    let alice_search = caller("alice", Some("search"), None);
    assert_eq!(
        counted(Some(&alice_search), "mid"),
        vec![
            Budget(0),
            Budget(1),
            Budget(2),
            Requests(0),
            Tokens(0),
            Tokens(1)
        ]
    );
    // A team not listed.
    let bob_infra = caller("bob", Some("infra"), None);
    assert_eq!(
        counted(Some(&bob_infra), "cheap"),
        vec![Budget(0), Budget(2), Requests(0), Tokens(0)]
    );

    // `ids` on user budgets and limits; and budgets do not depend on the route.
    let mut v = full();
    v["budgets"] = json!([
        {"name": "vip", "scope": "user", "window": "month", "limit_usd": 1, "ids": ["carol"]},
        {"name": "each", "scope": "user", "window": "month", "limit_usd": 1}
    ]);
    v["rate_limits"] = json!([
        {"name": "slow-dave", "scope": "user", "requests_per_minute": 1, "ids": ["dave"]},
        {"name": "team-rpm", "scope": "team", "requests_per_minute": 5}
    ]);
    let p = policy(&v);
    let counted = |identity: Option<&Identity>, route: &str| {
        let a = admit(&p, &s, identity, route, 10, 10).unwrap();
        let c = a.counted.clone();
        p.release(&s, a);
        c
    };
    let carol = caller("carol", None, None);
    let dave = caller("dave", Some("ops"), None);
    assert_eq!(counted(Some(&carol), "big"), vec![Budget(0), Budget(1)]);
    assert_eq!(
        counted(Some(&dave), "cheap"),
        vec![Budget(1), Requests(0), Requests(1)]
    );
    assert!(counted(None, "cheap").is_empty());
}

#[test]
fn reservation_is_the_worst_case_at_the_worst_price() {
    let p = spending();
    let s = MemoryStore::new();
    let alice = caller("alice", Some("search"), None);
    let price = p.route_prices["mid"];
    // 1000 prompt tokens at 3000 (claude-mid's input) + 500 at 20000 (gpt-mid's output).
    let cost = 1000 * 3000 + 500 * 20000;
    assert_eq!(price.cost(1000, 0, 500), cost);
    let a = admit(&p, &s, Some(&alice), "mid", 1000, 500).unwrap();
    let held: Vec<(&str, u64)> = a
        .reservation
        .held
        .iter()
        .map(|h| (h.key.as_str(), h.amount))
        .collect();
    assert_eq!(
        held,
        vec![
            (
                "llm_router.ledger.v2/day/budget:user-daily:user:alice",
                cost
            ),
            (
                "llm_router.ledger.v2/month/budget:search-team:team:search",
                cost
            ),
            ("llm_router.ledger.v2/month/budget:all:global:*", cost),
            (
                "llm_router.ledger.v2/minute/rate:per-user:user:alice:requests",
                1
            ),
            (
                "llm_router.ledger.v2/minute/rate:per-user:user:alice:tokens",
                1500
            ),
            (
                "llm_router.ledger.v2/minute/rate:mid-quota:route:mid:tokens",
                1500
            ),
        ]
    );
    assert_eq!(alice_counters(&s), [cost, cost, cost, 1, 1500, 1500]);
    // The tightest budget is the team's ($0.02).
    assert_eq!(a.remaining_nano_usd, Some(20_000_000 - cost));
    assert_eq!(
        a.reservation.held[0].remaining,
        50_000_000 - cost,
        "user's own remaining"
    );
    p.release(&s, a);

    // No price known: nothing reserved on budgets, but they still count.
    let mut ask = spend_ask(&p, Some(&alice), "mid", 1000, 500);
    ask.price = None;
    let a = p.admit(&s, &ask, NOW).unwrap();
    assert!(a.reservation.held[..3].iter().all(|h| h.amount == 0));
    assert_eq!(a.remaining_nano_usd, Some(20_000_000));
    p.release(&s, a);
}

#[test]
fn remaining_is_the_tightest_budget() {
    let p = spending();
    let s = MemoryStore::new();
    // Without a team, the user's daily budget is the tightest.
    let bob = caller("bob", None, None);
    let a = admit(&p, &s, Some(&bob), "cheap", 1000, 1000).unwrap();
    let cost = 1000 * 150 + 1000 * 600;
    assert_eq!(a.remaining_nano_usd, Some(50_000_000 - cost));
    p.settle(&s, a, cost, 2000);
    // Anonymous: the global budget, with bob's spend in it.
    let a = admit(&p, &s, None, "cheap", 1000, 1000).unwrap();
    assert_eq!(a.remaining_nano_usd, Some(100_000_000_000 - 2 * cost));
    p.release(&s, a);
    // No budget applies: none.
    let mut v = full();
    v["budgets"] = json!([]);
    let p = policy(&v);
    let a = admit(&p, &s, Some(&bob), "cheap", 1000, 1000).unwrap();
    assert_eq!(a.remaining_nano_usd, None);
    assert!(!a.counted.is_empty());
    p.release(&s, a);
}

#[test]
fn budget_refusal_leaves_no_counter_changed() {
    let p = spending();
    let s = MemoryStore::new();
    let alice = caller("alice", Some("search"), None);
    let cost = 13_000_000;
    let first = admit(&p, &s, Some(&alice), "mid", 1000, 500).unwrap();
    let before = alice_counters(&s);
    assert_eq!(before, [cost, cost, cost, 1, 1500, 1500]);
    // The user budget fits (26M of 50M), the team's does not (26M of 20M).
    let e = admit(&p, &s, Some(&alice), "mid", 1000, 500).unwrap_err();
    assert_eq!(
        e,
        Refusal::Budget {
            index: 1,
            on_exceed: OnExceed::Refuse,
            remaining_nano_usd: 20_000_000 - cost,
        }
    );
    assert_eq!(alice_counters(&s), before, "the user budget was given back");
    // A cheaper route fits in what is left.
    let cheap = admit(&p, &s, Some(&alice), "cheap", 1000, 500).unwrap();
    p.release(&s, cheap);
    p.release(&s, first);
    assert_eq!(alice_counters(&s), [0, 0, 0, 2, 0, 0]);

    // The user's own budget, with on_exceed: downgrade.
    let bob = caller("bob", None, None);
    let big = 1000 * 3000 + 2000 * 20000; // 43M of 50M
    let a = admit(&p, &s, Some(&bob), "mid", 1000, 2000).unwrap();
    assert_eq!(a.remaining_nano_usd, Some(50_000_000 - big));
    let e = admit(&p, &s, Some(&bob), "mid", 1000, 2000).unwrap_err();
    assert_eq!(
        e,
        Refusal::Budget {
            index: 0,
            on_exceed: OnExceed::Downgrade,
            remaining_nano_usd: 50_000_000 - big,
        }
    );
    assert_eq!(
        used(&s, "rate:per-user:user:bob:requests", Window::Minute),
        1,
        "rate limits after the budgets were not touched"
    );
    p.release(&s, a);

    // A global budget (the last one) refusing gives back the user's.
    let mut v = full();
    v["budgets"] = json!([
        {"name": "user-daily", "scope": "user", "window": "day", "limit_usd": 1},
        {"name": "all", "scope": "global", "window": "month", "limit_usd": 0.01}
    ]);
    let p = policy(&v);
    let s = MemoryStore::new();
    let e = admit(&p, &s, Some(&alice), "mid", 1000, 500).unwrap_err();
    assert_eq!(
        e,
        Refusal::Budget {
            index: 1,
            on_exceed: OnExceed::Refuse,
            remaining_nano_usd: 10_000_000,
        }
    );
    assert_eq!(alice_counters(&s), [0; 6]);
    assert_eq!(used(&s, "budget:all:global:*", Window::Month), 0);
}

#[test]
fn rate_limit_refusal_retry_after_and_never_fits() {
    let p = spending();
    let s = MemoryStore::new();
    let alice = caller("alice", Some("search"), None);
    let small = 100 * 150 + 100 * 600;
    let admitted: Vec<Admission> = (0..3)
        .map(|_| admit(&p, &s, Some(&alice), "cheap", 100, 100).unwrap())
        .collect();
    let before = alice_counters(&s);
    assert_eq!(before, [3 * small, 3 * small, 3 * small, 3, 600, 0]);
    // The fourth request of the minute; the budgets had been reserved first.
    let e = admit(&p, &s, Some(&alice), "cheap", 100, 100).unwrap_err();
    assert_eq!(
        e,
        Refusal::RateLimit {
            index: 0,
            retry_after_secs: 50,
            never_fits: false,
        }
    );
    assert_eq!(alice_counters(&s), before);
    // Another user has their own limit.
    let bob = caller("bob", None, None);
    p.release(&s, admit(&p, &s, Some(&bob), "cheap", 100, 100).unwrap());
    // The next minute starts afresh.
    let later = p
        .admit(
            &s,
            &spend_ask(&p, Some(&alice), "cheap", 100, 100),
            NOW + 50,
        )
        .unwrap();
    p.release(&s, later);
    for a in admitted {
        p.release(&s, a);
    }

    // A request larger than tokens_per_minute by itself: never fits.
    let s = MemoryStore::new();
    let e = admit(&p, &s, Some(&alice), "cheap", 15_000, 5_001).unwrap_err();
    assert_eq!(
        e,
        Refusal::RateLimit {
            index: 0,
            retry_after_secs: 50,
            never_fits: true,
        }
    );
    assert_eq!(alice_counters(&s), [0; 6], "request count given back too");
    // Exactly the limit fits.
    let a = admit(&p, &s, Some(&alice), "cheap", 15_000, 5_000).unwrap();
    assert_eq!(alice_counters(&s)[3..5], [1, 20_000]);
    // Then a small one has to wait, but can.
    let e = admit(&p, &s, Some(&alice), "cheap", 1, 1).unwrap_err();
    assert_eq!(
        e,
        Refusal::RateLimit {
            index: 0,
            retry_after_secs: 50,
            never_fits: false,
        }
    );
    // As does one of exactly the limit: it fits in an empty minute.
    let e = admit(&p, &s, Some(&alice), "cheap", 15_000, 5_000).unwrap_err();
    assert_eq!(
        e,
        Refusal::RateLimit {
            index: 0,
            retry_after_secs: 50,
            never_fits: false,
        }
    );
    p.release(&s, a);

    // The per-route limit (the second), anonymous.
    let s = MemoryStore::new();
    let e = admit(&p, &s, None, "mid", 40_000, 10_001).unwrap_err();
    assert!(
        matches!(
            e,
            Refusal::RateLimit {
                index: 1,
                never_fits: true,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(used(&s, "budget:all:global:*", Window::Month), 0);
    // The last second of a minute: retry after 1.
    let a = p
        .admit(&s, &spend_ask(&p, None, "mid", 40_000, 10_000), NOW + 49)
        .unwrap();
    let e = p
        .admit(&s, &spend_ask(&p, None, "mid", 1, 0), NOW + 49)
        .unwrap_err();
    assert_eq!(
        e,
        Refusal::RateLimit {
            index: 1,
            retry_after_secs: 1,
            never_fits: false,
        }
    );
    p.release(&s, a);
}

#[test]
fn settle_records_the_actual_cost_and_tokens() {
    let p = spending();
    let s = MemoryStore::new();
    let alice = caller("alice", Some("search"), None);
    let a = admit(&p, &s, Some(&alice), "mid", 1000, 500).unwrap();
    p.settle(&s, a, 1_234_567, 321);
    assert_eq!(
        alice_counters(&s),
        [1_234_567, 1_234_567, 1_234_567, 1, 321, 321]
    );
    // Sums exactly, to the nano-USD; more than reserved is recorded too.
    let a = admit(&p, &s, Some(&alice), "mid", 10, 10).unwrap();
    assert_eq!(a.reservation.held[0].amount, 10 * 3000 + 10 * 20000);
    p.settle(&s, a, 1_000_001, 25);
    assert_eq!(
        alice_counters(&s),
        [2_234_568, 2_234_568, 2_234_568, 2, 346, 346]
    );
    // A zero-cost answer.
    let a = admit(&p, &s, Some(&alice), "cheap", 10, 10).unwrap();
    p.settle(&s, a, 0, 0);
    assert_eq!(
        alice_counters(&s),
        [2_234_568, 2_234_568, 2_234_568, 3, 346, 346]
    );
    // What is left reflects the settled amounts (next minute: the rate
    // limit of 3 requests is used up in this one).
    let a = p
        .admit(&s, &spend_ask(&p, Some(&alice), "cheap", 0, 0), NOW + 60)
        .unwrap();
    assert_eq!(a.remaining_nano_usd, Some(20_000_000 - 2_234_568));
    p.release(&s, a);
}

#[test]
fn release_gives_back_budgets_and_tokens_but_keeps_requests() {
    let p = spending();
    let s = MemoryStore::new();
    let alice = caller("alice", Some("search"), None);
    let a = admit(&p, &s, Some(&alice), "mid", 1000, 500).unwrap();
    assert_eq!(alice_counters(&s)[..3], [13_000_000; 3]);
    p.release(&s, a);
    assert_eq!(alice_counters(&s), [0, 0, 0, 1, 0, 0]);
    // Released requests still count against the rate: two more, then refused.
    for _ in 0..2 {
        let a = admit(&p, &s, Some(&alice), "mid", 1000, 500).unwrap();
        p.release(&s, a);
    }
    assert_eq!(alice_counters(&s), [0, 0, 0, 3, 0, 0]);
    assert!(matches!(
        admit(&p, &s, Some(&alice), "mid", 1, 1),
        Err(Refusal::RateLimit {
            index: 0,
            never_fits: false,
            ..
        })
    ));
}

#[test]
fn store_failure_is_unavailable_and_admits_nothing() {
    let p = spending();
    let s = MemoryStore::new();
    let alice = caller("alice", Some("search"), None);
    s.set_unavailable(true);
    assert!(matches!(
        admit(&p, &s, Some(&alice), "mid", 10, 10),
        Err(Refusal::Unavailable(_))
    ));
    s.set_unavailable(false);
    assert_eq!(alice_counters(&s), [0; 6]);
    // No counter applies: an empty admission, even with the store down.
    let mut v = full();
    v["budgets"] = json!([]);
    v["rate_limits"] = json!([]);
    let p = policy(&v);
    assert!(!p.has_spend_rules());
    s.set_unavailable(true);
    let a = admit(&p, &s, Some(&alice), "mid", 10, 10).unwrap();
    assert!(a.counted.is_empty() && a.reservation.held.is_empty());
    assert_eq!(a.remaining_nano_usd, None);
    p.release(&s, a);
}

#[test]
fn prompt_pii_is_looked_for_in_every_message() {
    let p = policy(&json!({"pii": {"detect": ["email"]}}));
    let req = |messages: Value| {
        json!({"model": "m", "messages": messages})
            .as_object()
            .unwrap()
            .clone()
    };
    let with = req(json!([
        {"role": "system", "content": "be nice"},
        {"role": "user", "content": [{"type": "text", "text": "write to ann@acme.org"}]},
        {"role": "user", "content": "thanks"}
    ]));
    assert!(p.prompt_has_pii(&with));
    assert_eq!(p.prompt_pii_kind(&with).as_deref(), Some("email"));
    assert!(!p.prompt_has_pii(&req(
        json!([{"role": "user", "content": "no contact details"}])
    )));
    let none = policy(&json!({}));
    assert!(!none.prompt_has_pii(&with), "no detectors configured");
    // The kind found first (the last user turn is read first) names it.
    let all = policy(&json!({"pii": {}}));
    let two = req(json!([
        {"role": "user", "content": "write to ann@acme.org"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": "mi DNI es 12345678Z"}
    ]));
    let found = all.prompt_pii(&two, true);
    assert_eq!(all.pii_label(&found).as_deref(), Some("national_id:es_dni"));
    assert_eq!(found.kinds.len(), 2);
    let empty = all.prompt_pii(&req(json!([])), false);
    assert_eq!(all.pii_label(&empty), None);
}
