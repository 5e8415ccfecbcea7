//! Who may use what, and what it costs: identity, tier rules, budgets and
//! rate limits. Plain logic; the router role applies it.

pub mod admit;
pub mod choose;
pub mod classifier;
pub mod identity;
pub mod key_throttle;
pub mod output;
pub mod rules;
pub mod spend;
pub mod status;
#[cfg(test)]
pub mod testing;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::ledger::{usd_to_nano, LeaseTerms, Price, Window};
use crate::pii::{PiiDetector, PromptPii};
pub use crate::pii::{RawPii, RawPiiPattern};
use classifier::{Classifier, RawClassifier};
use identity::{IdentityConfig, RawIdentity};
use rules::{RawRule, Rule, PROMPT_TEXT_CAP};

pub const DEFAULT_TIER_HEADER: &str = "x-llm-tier";
pub const DEFAULT_TIER_MAX_TOKENS: u32 = 4096;
/// Choices (`n`) a request may ask for unless `max_n` says otherwise: each
/// choice is billed as a completion of its own.
pub const DEFAULT_MAX_N: u64 = 1;
/// `max_n` may not go past this: a reservation is `n` times the output cap.
pub const MAX_MAX_N: u64 = 128;

/// The policy sections of the configuration, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    #[serde(default)]
    pub identity: Option<RawIdentity>,
    #[serde(default)]
    pub tier_header: Option<String>,
    #[serde(default)]
    pub tiers: Vec<RawTier>,
    #[serde(default)]
    pub upstream_models: BTreeMap<String, RawUpstreamModel>,
    #[serde(default)]
    pub rules: Vec<RawRule>,
    #[serde(default)]
    pub shadow_rules: Vec<RawRule>,
    #[serde(default)]
    pub pii: Option<RawPii>,
    #[serde(default)]
    pub budgets: Vec<RawBudget>,
    #[serde(default)]
    pub rate_limits: Vec<RawRateLimit>,
    #[serde(default)]
    pub classifier: Option<RawClassifier>,
    #[serde(default)]
    pub max_n: Option<u64>,
    #[serde(default)]
    pub reservation_lease_secs: Option<u64>,
}

/// A tier: a route with a place in the cost order (tiers are listed cheapest first).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTier {
    pub name: String,
    pub route: String,
    /// For sensitive data (typically self-hosted): PII rules send requests
    /// here, and requests here are never downgraded to a tier that is not.
    #[serde(default)]
    pub sensitive: bool,
    /// `max_tokens` assumed (and sent) when the client gives none and a budget applies.
    #[serde(default)]
    pub default_max_tokens: Option<u32>,
}

/// Price, context window and output limit of a provider's model, by the
/// provider's name for it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUpstreamModel {
    /// Input and output prices go together (both or neither); a model that
    /// may serve under a budget needs them.
    #[serde(default, deserialize_with = "optional_usd")]
    pub input_per_million_tokens_usd: Option<f64>,
    #[serde(default, deserialize_with = "optional_usd")]
    pub cached_input_per_million_tokens_usd: Option<f64>,
    #[serde(default, deserialize_with = "optional_usd")]
    pub output_per_million_tokens_usd: Option<f64>,
    #[serde(default)]
    pub context_window_tokens: Option<u64>,
    /// The most the model generates per choice: a larger `max_tokens` is a 400.
    #[serde(default)]
    pub max_output_tokens: Option<u64>,
    /// The name under which the model takes its output cap (OpenAI dialect):
    /// `max_tokens` (default) or `max_completion_tokens` (OpenAI's reasoning
    /// models refuse `max_tokens`).
    #[serde(default)]
    pub max_tokens_param: Option<MaxTokensParam>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MaxTokensParam {
    #[default]
    MaxTokens,
    MaxCompletionTokens,
}

impl MaxTokensParam {
    pub fn as_str(self) -> &'static str {
        match self {
            MaxTokensParam::MaxTokens => "max_tokens",
            MaxTokensParam::MaxCompletionTokens => "max_completion_tokens",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    User,
    Team,
    Global,
    /// Rate limits only: per route (to stay under a provider's quota).
    Route,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::User => "user",
            Scope::Team => "team",
            Scope::Global => "global",
            Scope::Route => "route",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OnExceed {
    /// Move to the next cheaper tier that fits.
    Downgrade,
    /// 429 `insufficient_quota`.
    #[default]
    Refuse,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBudget {
    pub name: String,
    pub scope: Scope,
    pub window: Window,
    #[serde(deserialize_with = "usd")]
    pub limit_usd: f64,
    #[serde(default)]
    pub on_exceed: OnExceed,
    /// Only these users or teams (default: every one, each with its own cap).
    #[serde(default)]
    pub ids: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRateLimit {
    pub name: String,
    pub scope: Scope,
    #[serde(default)]
    pub requests_per_minute: Option<u64>,
    #[serde(default)]
    pub tokens_per_minute: Option<u64>,
    /// Only these users, teams or routes (default: every one, each its own limit).
    #[serde(default)]
    pub ids: Option<Vec<String>>,
}

/// A dollar amount: a number, or a string holding one. Envoy's YAML loader
/// turns some decimals (`0.25`) into strings inside a `google.protobuf.Struct`.
fn usd<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum NumberOrString {
        Number(f64),
        String(String),
    }
    match NumberOrString::deserialize(d)? {
        NumberOrString::Number(n) => Ok(n),
        NumberOrString::String(s) => s
            .trim()
            .parse::<f64>()
            .map_err(|_| serde::de::Error::custom(format!("`{s}` is not a number of dollars"))),
    }
}

fn optional_usd<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    usd(d).map(Some)
}

/// An optional number that may arrive as a string (see `usd`): probabilities
/// such as `0.7` become strings in a `google.protobuf.Struct`.
pub(crate) fn optional_number<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<f64>, D::Error> {
    usd(d).map(Some)
}

#[derive(Debug, Clone)]
pub struct Tier {
    pub name: String,
    pub route: String,
    pub sensitive: bool,
    pub default_max_tokens: u32,
}

#[derive(Debug, Clone)]
pub struct Budget {
    pub name: String,
    pub scope: Scope,
    pub window: Window,
    pub limit_nano_usd: u64,
    pub on_exceed: OnExceed,
    pub ids: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct RateLimit {
    pub name: String,
    pub scope: Scope,
    pub requests_per_minute: Option<u64>,
    pub tokens_per_minute: Option<u64>,
    pub ids: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub identity: Option<IdentityConfig>,
    pub tier_header: String,
    /// Cheapest first.
    pub tiers: Vec<Tier>,
    /// By the provider's model name.
    pub prices: BTreeMap<String, Price>,
    /// By route: the smallest context window of its models (any may serve).
    pub route_windows: BTreeMap<String, u64>,
    /// By route: the highest price of its models, per component (what a
    /// reservation assumes, since any model of the chain may serve).
    pub route_prices: BTreeMap<String, Price>,
    /// By route: the smallest output limit of its models (any may serve).
    pub route_output_limits: BTreeMap<String, u64>,
    /// By the provider's model name: how it takes its output cap, when set.
    pub max_tokens_params: BTreeMap<String, MaxTokensParam>,
    pub rules: Vec<Rule>,
    pub shadow_rules: Vec<Rule>,
    pub pii: Option<PiiDetector>,
    pub budgets: Vec<Budget>,
    pub rate_limits: Vec<RateLimit>,
    /// The most choices (`n`) a request may ask for.
    pub max_n: u64,
    /// How long a reservation is held without its owner renewing it.
    pub lease: LeaseTerms,
    /// The built-in tier classifier, when configured.
    pub classifier: Option<Classifier>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            identity: None,
            tier_header: DEFAULT_TIER_HEADER.to_string(),
            tiers: Vec::new(),
            prices: BTreeMap::new(),
            route_windows: BTreeMap::new(),
            route_prices: BTreeMap::new(),
            route_output_limits: BTreeMap::new(),
            max_tokens_params: BTreeMap::new(),
            rules: Vec::new(),
            shadow_rules: Vec::new(),
            pii: None,
            budgets: Vec::new(),
            rate_limits: Vec::new(),
            max_n: DEFAULT_MAX_N,
            lease: LeaseTerms::DEFAULT,
            classifier: None,
        }
    }
}

/// What the policy reads from the message texts, beyond `PromptStats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PromptFacts {
    /// Name of the first PII kind found (none without detectors).
    pub pii: Option<String>,
    /// Every message's text, capped at `PROMPT_TEXT_CAP` bytes; empty unless
    /// a rule searches it.
    pub prompt_text: String,
}

/// A policy error: (field path, message).
pub type PolicyError = (String, String);

fn err(path: impl Into<String>, message: impl Into<String>) -> PolicyError {
    (path.into(), message.into())
}

impl Policy {
    /// Compiles the policy sections. `routes` maps route names to their
    /// provider -> model maps.
    pub fn compile(
        raw: RawPolicy,
        routes: &BTreeMap<String, BTreeMap<String, String>>,
    ) -> Result<Policy, PolicyError> {
        let mut prices = BTreeMap::new();
        let mut context_windows = BTreeMap::new();
        let mut output_limits = BTreeMap::new();
        let mut max_tokens_params = BTreeMap::new();
        for (name, m) in &raw.upstream_models {
            let path = format!("upstream_models.{name}");
            match (m.input_per_million_tokens_usd, m.output_per_million_tokens_usd) {
                (Some(input), Some(output)) => {
                    let cached = m.cached_input_per_million_tokens_usd.unwrap_or(input);
                    let price = Price::from_usd_per_million(input, cached, output)
                        .map_err(|e| err(&path, e))?;
                    prices.insert(name.clone(), price);
                }
                (None, None) if m.cached_input_per_million_tokens_usd.is_none() => {}
                _ => {
                    return Err(err(
                        &path,
                        "give both `input_per_million_tokens_usd` and `output_per_million_tokens_usd`, or neither",
                    ))
                }
            }
            if let Some(limit) = m.max_output_tokens {
                if limit == 0 {
                    return Err(err(
                        format!("{path}.max_output_tokens"),
                        "must be greater than 0",
                    ));
                }
                output_limits.insert(name.clone(), limit);
            }
            if let Some(param) = m.max_tokens_param {
                max_tokens_params.insert(name.clone(), param);
            }
            if let Some(w) = m.context_window_tokens {
                if w == 0 {
                    return Err(err(
                        format!("{path}.context_window_tokens"),
                        "must be greater than 0",
                    ));
                }
                context_windows.insert(name.clone(), w);
            }
        }

        let mut tiers: Vec<Tier> = Vec::with_capacity(raw.tiers.len());
        for (i, t) in raw.tiers.into_iter().enumerate() {
            let path = format!("tiers[{i}]");
            if t.name.is_empty() || tiers.iter().any(|x| x.name == t.name) {
                return Err(err(format!("{path}.name"), "must be non-empty and unique"));
            }
            if !routes.contains_key(&t.route) {
                return Err(err(
                    format!("{path}.route"),
                    format!("no route named `{}` in `routes`", t.route),
                ));
            }
            let default_max_tokens = t.default_max_tokens.unwrap_or(DEFAULT_TIER_MAX_TOKENS);
            if default_max_tokens == 0 {
                return Err(err(
                    format!("{path}.default_max_tokens"),
                    "must be greater than 0",
                ));
            }
            tiers.push(Tier {
                name: t.name,
                route: t.route,
                sensitive: t.sensitive,
                default_max_tokens,
            });
        }
        let tier_index = |name: &str| tiers.iter().position(|t| t.name == name);

        let identity = match raw.identity {
            None => None,
            Some(r) => Some(IdentityConfig::compile(r, &|t| tier_index(t).is_some())?),
        };
        let compile_rules = |section: &str, raw: Vec<RawRule>| -> Result<Vec<Rule>, PolicyError> {
            raw.into_iter()
                .enumerate()
                .map(|(i, r)| Rule::compile(&format!("{section}[{i}]"), r, &tier_index))
                .collect()
        };
        let rules = compile_rules("rules", raw.rules)?;
        let shadow_rules = compile_rules("shadow_rules", raw.shadow_rules)?;
        let classifier = match raw.classifier {
            Some(c) => Some(Classifier::compile(c, &tiers)?),
            None => None,
        };
        if classifier.is_none() {
            for (section, list) in [("rules", &rules), ("shadow_rules", &shadow_rules)] {
                if let Some(i) = list.iter().position(Rule::uses_classifier) {
                    return Err(err(
                        format!("{section}[{i}].when"),
                        "conditions on the predicted tier need a `classifier` section",
                    ));
                }
            }
        }

        let needs_pii = rules.iter().chain(&shadow_rules).any(Rule::uses_pii);
        let pii = match (raw.pii, needs_pii) {
            (Some(p), _) => Some(PiiDetector::compile(p)?),
            (None, true) => Some(PiiDetector::builtin()),
            (None, false) => None,
        };

        let mut budgets = Vec::with_capacity(raw.budgets.len());
        for (i, b) in raw.budgets.into_iter().enumerate() {
            let path = format!("budgets[{i}]");
            if b.name.is_empty() || budgets.iter().any(|x: &Budget| x.name == b.name) {
                return Err(err(format!("{path}.name"), "must be non-empty and unique"));
            }
            if b.scope == Scope::Route {
                return Err(err(
                    format!("{path}.scope"),
                    "budgets apply to `user`, `team` or `global`",
                ));
            }
            if b.scope != Scope::Global && identity.is_none() {
                return Err(err(
                    format!("{path}.scope"),
                    "per-user and per-team budgets need an `identity` section",
                ));
            }
            let limit_nano_usd =
                usd_to_nano(b.limit_usd).map_err(|e| err(format!("{path}.limit_usd"), e))?;
            budgets.push(Budget {
                name: b.name,
                scope: b.scope,
                window: b.window,
                limit_nano_usd,
                on_exceed: b.on_exceed,
                ids: b.ids,
            });
        }
        if !budgets.is_empty() {
            // A budget needs the price of every model that may serve.
            for (route, models) in routes {
                for (provider, model) in models {
                    if !prices.contains_key(model) {
                        return Err(err(
                            format!("routes.{route}.models.{provider}"),
                            format!("budgets are configured, so `{model}` needs a price in `upstream_models`"),
                        ));
                    }
                }
            }
        }

        let mut rate_limits = Vec::with_capacity(raw.rate_limits.len());
        for (i, r) in raw.rate_limits.into_iter().enumerate() {
            let path = format!("rate_limits[{i}]");
            if r.name.is_empty() || rate_limits.iter().any(|x: &RateLimit| x.name == r.name) {
                return Err(err(format!("{path}.name"), "must be non-empty and unique"));
            }
            if r.requests_per_minute.is_none() && r.tokens_per_minute.is_none() {
                return Err(err(
                    &path,
                    "set `requests_per_minute`, `tokens_per_minute` or both",
                ));
            }
            if r.requests_per_minute == Some(0) || r.tokens_per_minute == Some(0) {
                return Err(err(&path, "limits must be greater than 0"));
            }
            if matches!(r.scope, Scope::User | Scope::Team) && identity.is_none() {
                return Err(err(
                    format!("{path}.scope"),
                    "per-user and per-team limits need an `identity` section",
                ));
            }
            if let (Scope::Route, Some(ids)) = (r.scope, &r.ids) {
                if let Some(bad) = ids.iter().find(|id| !routes.contains_key(*id)) {
                    return Err(err(
                        format!("{path}.ids"),
                        format!("no route named `{bad}`"),
                    ));
                }
            }
            rate_limits.push(RateLimit {
                name: r.name,
                scope: r.scope,
                requests_per_minute: r.requests_per_minute,
                tokens_per_minute: r.tokens_per_minute,
                ids: r.ids,
            });
        }

        let mut route_windows = BTreeMap::new();
        let mut route_prices = BTreeMap::new();
        let mut route_output_limits = BTreeMap::new();
        for (route, models) in routes {
            if let Some(l) = models
                .values()
                .filter_map(|m| output_limits.get(m).copied())
                .min()
            {
                route_output_limits.insert(route.clone(), l);
            }
            if let Some(w) = models
                .values()
                .filter_map(|m| context_windows.get(m).copied())
                .min()
            {
                route_windows.insert(route.clone(), w);
            }
            if let Some(p) = worst_price(models.values().map(|m| prices.get(m))) {
                route_prices.insert(route.clone(), p);
            }
        }
        let max_n = raw.max_n.unwrap_or(DEFAULT_MAX_N);
        if !(1..=MAX_MAX_N).contains(&max_n) {
            return Err(err("max_n", format!("must be between 1 and {MAX_MAX_N}")));
        }
        let lease = LeaseTerms {
            secs: raw
                .reservation_lease_secs
                .unwrap_or(LeaseTerms::DEFAULT.secs),
        };
        if !(LeaseTerms::MIN_SECS..=86_400).contains(&lease.secs) {
            return Err(err(
                "reservation_lease_secs",
                format!("must be between {} and 86400", LeaseTerms::MIN_SECS),
            ));
        }
        for (i, t) in tiers.iter().enumerate() {
            if let Some(limit) = route_output_limits.get(&t.route) {
                if u64::from(t.default_max_tokens) > *limit {
                    return Err(err(
                        format!("tiers[{i}].default_max_tokens"),
                        format!(
                            "{} is more than route `{}` can generate ({limit}, see `max_output_tokens`)",
                            t.default_max_tokens, t.route
                        ),
                    ));
                }
            }
        }
        let tier_header = raw
            .tier_header
            .unwrap_or_else(|| DEFAULT_TIER_HEADER.to_string())
            .to_ascii_lowercase();
        Ok(Policy {
            identity,
            tier_header,
            tiers,
            prices,
            route_windows,
            route_prices,
            route_output_limits,
            max_tokens_params,
            rules,
            shadow_rules,
            pii,
            budgets,
            rate_limits,
            max_n,
            lease,
            classifier,
        })
    }

    /// What the rules need from the message texts: the first PII kind (the
    /// detector's own bounded scan, last user turn first) and, only when a
    /// rule searches it, the whole prompt's text up to `PROMPT_TEXT_CAP`.
    pub fn prompt_facts(
        &self,
        request: &serde_json::Map<String, serde_json::Value>,
    ) -> PromptFacts {
        let mut facts = PromptFacts {
            pii: self.pii_label(&self.prompt_pii(request, false)),
            prompt_text: String::new(),
        };
        let want_text = self
            .rules
            .iter()
            .chain(&self.shadow_rules)
            .any(Rule::uses_prompt_text);
        let Some(serde_json::Value::Array(messages)) = request.get("messages") else {
            return facts;
        };
        if !want_text {
            return facts;
        }
        for m in messages {
            if facts.prompt_text.len() >= PROMPT_TEXT_CAP {
                break;
            }
            // Plain string content is borrowed, not copied.
            let text: std::borrow::Cow<str> = match m.get("content") {
                Some(serde_json::Value::String(s)) => std::borrow::Cow::Borrowed(s.as_str()),
                other => std::borrow::Cow::Owned(crate::api::openai::content_text(other)),
            };
            let room = PROMPT_TEXT_CAP.saturating_sub(facts.prompt_text.len());
            let mut cut = text.len().min(room);
            while cut > 0 && !text.is_char_boundary(cut) {
                cut -= 1;
            }
            facts.prompt_text.push_str(text.get(..cut).unwrap_or(""));
            facts.prompt_text.push('\n');
        }
        facts
    }

    /// Does any message of the request contain PII? (False without detectors.)
    pub fn prompt_has_pii(&self, request: &serde_json::Map<String, serde_json::Value>) -> bool {
        !self.prompt_pii(request, false).kinds.is_empty()
    }

    /// PII in the request's messages (user, system, assistant and tool
    /// texts), read within the detector's scan limits, last user turn first.
    /// `all_kinds`: keep scanning to list every kind, not just the first.
    pub fn prompt_pii(
        &self,
        request: &serde_json::Map<String, serde_json::Value>,
        all_kinds: bool,
    ) -> PromptPii {
        let (Some(detector), Some(serde_json::Value::Array(messages))) =
            (&self.pii, request.get("messages"))
        else {
            return PromptPii::default();
        };
        // Plain string content is borrowed, not copied (a 1 MB paste would
        // otherwise be copied to be read 96 KiB of it).
        let texts: Vec<std::borrow::Cow<str>> = messages
            .iter()
            .map(|m| match m.get("content") {
                Some(serde_json::Value::String(s)) => std::borrow::Cow::Borrowed(s.as_str()),
                other => std::borrow::Cow::Owned(crate::api::openai::content_text(other)),
            })
            .collect();
        let last_user = messages
            .iter()
            .rposition(|m| m.get("role").and_then(serde_json::Value::as_str) == Some("user"));
        let refs: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
        detector.scan_prompt(&refs, last_user, all_kinds)
    }

    /// The label of the first PII kind found (`iban`, `national_id:es_dni`,
    /// a custom pattern's name), for reasons and logs.
    pub fn pii_label(&self, found: &PromptPii) -> Option<String> {
        let (d, k) = (self.pii.as_ref()?, found.kinds.first()?);
        Some(d.label(*k).to_string())
    }

    /// The label of the first kind of PII found in the request's messages
    /// (a built-in kind or a custom pattern's name), if any.
    pub fn prompt_pii_kind(
        &self,
        request: &serde_json::Map<String, serde_json::Value>,
    ) -> Option<String> {
        self.pii_label(&self.prompt_pii(request, false))
    }

    pub fn tier_index(&self, name: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.name == name)
    }

    /// The tier whose route this is, if any.
    pub fn tier_of_route(&self, route: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.route == route)
    }
}

/// The component-wise maximum of the prices that are known.
fn worst_price<'a>(prices: impl Iterator<Item = Option<&'a Price>>) -> Option<Price> {
    prices.flatten().fold(None, |acc: Option<Price>, p| {
        Some(match acc {
            None => *p,
            Some(a) => Price {
                input: a.input.max(p.input),
                cached_input: a.cached_input.max(p.cached_input),
                output: a.output.max(p.output),
            },
        })
    })
}
