//! Router role: a downstream HTTP filter. Identifies the caller, buffers and
//! validates the chat request, applies tier rules, budgets and rate limits,
//! picks the route and stamps the decision; on the way back it settles the
//! budgets with the actual usage and writes the per-request record.

use std::rc::Rc;

use proxy_wasm::traits::{Context, HttpContext};
use proxy_wasm::types::{Action, BufferType, MapType};
use serde_json::{Map, Value};

use super::handoff;
use super::host;
use super::metrics;
use super::shared_store::SharedData;
use crate::api::openai::{content_text, parse_chat_request};
use crate::config::Config;
use crate::error::ApiError;
use crate::ledger::format_usd;
use crate::policy::choose::{self, Choice};
use crate::policy::identity::{bearer_token, Identity, Lookup};
use crate::policy::spend::{self, Admission, Refusal};
use crate::policy::{OnExceed, DEFAULT_TIER_MAX_TOKENS};
use crate::route::{self, Endpoint, Stamp};
use crate::tokens::prompt_stats;

/// A refusal: the error and the extra response headers that explain it.
type Refused = (ApiError, Vec<(&'static str, String)>);

const REQ: MapType = MapType::HttpRequestHeaders;
const RESP: MapType = MapType::HttpResponseHeaders;

/// What the router decided, kept for the response and the record.
#[derive(Default)]
struct Decision {
    route: String,
    tier: Option<String>,
    reason: String,
    model: String,
    admission: Option<Admission>,
    remaining_nano_usd: Option<u64>,
}

pub struct Router {
    config: Rc<Config>,
    endpoint: Endpoint,
    identity: Option<Identity>,
    requested_tier: Option<String>,
    ticket: u64,
    started_ms: u64,
    decision: Option<Decision>,
    /// A local reply was sent: ignore the rest of the request.
    replied: bool,
}

impl Router {
    pub fn new(config: Rc<Config>) -> Self {
        Router {
            config,
            endpoint: Endpoint::Other,
            identity: None,
            requested_tier: None,
            ticket: 0,
            started_ms: 0,
            decision: None,
            replied: false,
        }
    }

    fn reply_error(&mut self, err: &ApiError, extra: &[(&str, &str)]) -> Action {
        self.replied = true;
        metrics::inc(&format!(
            "refused.{}",
            err.code.as_deref().unwrap_or("invalid_request")
        ));
        log::info!("local reply {}: {}", err.status, err.message);
        host::send_json(err.status, &err.body(), extra);
        Action::Pause
    }

    fn identify(&mut self) -> Result<(), ApiError> {
        let Some(cfg) = &self.config.policy.identity else {
            return Ok(());
        };
        let auth = host::header(REQ, "authorization");
        let lookup = |l: Lookup| match l {
            Lookup::Header(h) => host::header(REQ, h),
            Lookup::Metadata(ns, path) => {
                let mut p = vec!["metadata", "filter_metadata", ns];
                p.extend(path.iter().map(String::as_str));
                host::property_string(&p)
            }
        };
        self.identity = cfg.identify(auth.as_deref().and_then(bearer_token), &lookup)?;
        Ok(())
    }

    /// Decides where the request goes; returns the stamped body to send on.
    fn route_chat(&mut self, body: &[u8]) -> Result<Vec<u8>, Refused> {
        let plain = |e: ApiError| (e, Vec::new());
        let (request, summary) = parse_chat_request(body).map_err(plain)?;
        let (model_route, _) = self
            .config
            .resolve(&summary.model)
            .ok_or_else(|| plain(ApiError::model_not_found(&summary.model)))?;
        let policy = &self.config.policy;
        let stats = prompt_stats(&request);
        let pii = policy
            .pii
            .as_ref()
            .is_some_and(|d| contains_pii(d, &request));
        let client_max = max_tokens(&request);
        let choice = policy
            .choose(&choose::Ask {
                model: &summary.model,
                model_route,
                requested_tier: self.requested_tier.as_deref(),
                identity: self.identity.as_ref(),
                stats: &stats,
                pii,
                max_tokens: client_max,
            })
            .map_err(plain)?;
        if let Some((rule, tier)) = &choice.shadow {
            let current = choice
                .tier
                .and_then(|t| policy.tiers.get(t))
                .map(|t| t.name.as_str());
            let differs = current != Some(tier.as_str());
            log::info!(
                "shadow rule `{rule}` would pick tier `{tier}` (actual `{}`)",
                current.unwrap_or("-")
            );
            metrics::inc(&format!("shadow.{rule}.matched"));
            if differs {
                metrics::inc(&format!("shadow.{rule}.would_change"));
            }
        }
        let mut decision = self.admit(choice, stats.estimated_tokens, client_max)?;
        decision.model = summary.model;
        let route = self
            .config
            .routes
            .get(&decision.route)
            .ok_or_else(|| plain(ApiError::internal("the chosen route is not configured")))?;
        host::set_header(REQ, route::CLUSTER_HEADER, &route.cluster);
        let stamp = Stamp {
            route: decision.route.clone(),
            ticket: self.ticket,
            max_tokens: match (client_max, &decision.admission) {
                (None, Some(_)) => Some(self.tier_max_tokens(&decision)),
                _ => None,
            },
        };
        let out = route::stamp_body(body, &stamp)
            .ok_or_else(|| plain(ApiError::internal("could not stamp the request body")))?;
        log::debug!(
            "model `{}` -> route `{}` tier `{}` ({})",
            decision.model,
            decision.route,
            decision.tier.as_deref().unwrap_or("-"),
            decision.reason
        );
        self.decision = Some(decision);
        Ok(out)
    }

    fn tier_max_tokens(&self, d: &Decision) -> u64 {
        let policy = &self.config.policy;
        let t = d
            .tier
            .as_deref()
            .and_then(|n| policy.tier_index(n))
            .and_then(|i| policy.tiers.get(i));
        u64::from(t.map_or(DEFAULT_TIER_MAX_TOKENS, |t| t.default_max_tokens))
    }

    /// Budgets and rate limits: reserve on the chosen tier, or downgrade.
    fn admit(
        &self,
        choice: Choice,
        prompt_tokens: u64,
        client_max: Option<u64>,
    ) -> Result<Decision, Refused> {
        let policy = &self.config.policy;
        let tier_name =
            |t: Option<usize>| t.and_then(|t| policy.tiers.get(t)).map(|t| t.name.clone());
        let mut decision = Decision {
            route: choice.route.clone(),
            tier: tier_name(choice.tier),
            reason: choice.reason.clone(),
            ..Decision::default()
        };
        if !policy.has_spend_rules() {
            return Ok(decision);
        }
        let need = prompt_tokens.saturating_add(client_max.unwrap_or(0));
        let mut candidates = vec![choice.tier];
        if let Some(t) = choice.tier {
            candidates.extend(
                policy
                    .downgrades(t, self.identity.as_ref(), need)
                    .into_iter()
                    .map(Some),
            );
        }
        let now = host::now_unix_secs();
        let mut downgraded_by: Option<String> = None;
        let mut last_refusal = None;
        for candidate in candidates {
            let route = match candidate.and_then(|t| policy.tiers.get(t)) {
                Some(t) => t.route.clone(),
                None => choice.route.clone(),
            };
            let tier_max = candidate
                .and_then(|t| policy.tiers.get(t))
                .map_or(DEFAULT_TIER_MAX_TOKENS, |t| t.default_max_tokens);
            let ask = spend::Ask {
                identity: self.identity.as_ref(),
                route: &route,
                price: policy.route_prices.get(&route).copied(),
                prompt_tokens,
                max_tokens: client_max.unwrap_or(u64::from(tier_max)),
            };
            match policy.admit(&SharedData, &ask, now) {
                Ok(admission) => {
                    decision.remaining_nano_usd = admission.remaining_nano_usd;
                    decision.admission = Some(admission);
                    decision.route = route;
                    decision.tier = tier_name(candidate);
                    if let Some(budget) = downgraded_by {
                        decision.reason = format!("budget:{budget}");
                        metrics::inc("downgrades");
                    }
                    return Ok(decision);
                }
                Err(Refusal::Budget {
                    index,
                    on_exceed: OnExceed::Downgrade,
                    remaining_nano_usd,
                }) => {
                    let name = policy
                        .budgets
                        .get(index)
                        .map(|b| b.name.clone())
                        .unwrap_or_default();
                    downgraded_by.get_or_insert(name);
                    last_refusal = Some(Refusal::Budget {
                        index,
                        on_exceed: OnExceed::Downgrade,
                        remaining_nano_usd,
                    });
                }
                Err(r) => return Err(self.refusal(r)),
            }
        }
        Err(self.refusal(last_refusal.unwrap_or(Refusal::Unavailable("no tier to try".into()))))
    }

    fn refusal(&self, r: Refusal) -> Refused {
        let policy = &self.config.policy;
        match r {
            Refusal::Budget {
                index,
                remaining_nano_usd,
                ..
            } => {
                let name = policy.budgets.get(index).map_or("", |b| b.name.as_str());
                let e = ApiError::new(
                    429,
                    "insufficient_quota",
                    format!(
                        "Budget `{name}` does not cover this request. Remaining: ${}.",
                        format_usd(remaining_nano_usd)
                    ),
                )
                .with_code("insufficient_quota");
                (
                    e,
                    vec![(
                        route::BUDGET_REMAINING_HEADER,
                        format_usd(remaining_nano_usd),
                    )],
                )
            }
            Refusal::RateLimit {
                index,
                retry_after_secs,
                never_fits,
            } => {
                let name = policy
                    .rate_limits
                    .get(index)
                    .map_or("", |l| l.name.as_str());
                let e = if never_fits {
                    ApiError::invalid_request(format!(
                        "This request is larger than rate limit `{name}` allows in a minute; lower max_tokens."
                    ))
                    .with_code("rate_limit_exceeded")
                } else {
                    ApiError::new(
                        429,
                        "rate_limit_error",
                        format!("Rate limit `{name}` reached. Try again in {retry_after_secs}s."),
                    )
                    .with_code("rate_limit_exceeded")
                };
                (e, vec![("retry-after", retry_after_secs.to_string())])
            }
            Refusal::Unavailable(why) => {
                log::error!("budget store unavailable: {why}");
                (
                    ApiError::new(503, "server_error", "Budgets cannot be checked right now."),
                    Vec::new(),
                )
            }
        }
    }

    fn settle(&mut self) {
        let Some(mut d) = self.decision.take() else {
            return;
        };
        let outcome = handoff::take(self.ticket);
        let policy = &self.config.policy;
        let usage = outcome.as_ref().and_then(|o| o.usage);
        let cost = match (&outcome, usage) {
            (Some(o), Some(u)) => policy.prices.get(&o.upstream_model).map_or(0, |p| {
                let cached = u.prompt_tokens_details.map_or(0, |d| d.cached_tokens);
                p.cost(u.prompt_tokens, cached, u.completion_tokens)
            }),
            _ => 0,
        };
        if let Some(admission) = d.admission.take() {
            match (&outcome, usage) {
                (_, Some(u)) => policy.settle(&SharedData, admission, cost, u.total_tokens),
                (Some(o), None) => {
                    log::warn!(
                        "provider `{}` reported no usage: charging the reservation",
                        o.provider
                    );
                    policy.keep(&SharedData, admission);
                }
                (None, None) => policy.release(&SharedData, admission),
            }
        }
        let u = usage.unwrap_or_default();
        let provider = outcome.as_ref().map_or("-", |o| o.provider.as_str());
        let attempts: u64 = host::header(RESP, "x-envoy-attempt-count")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        let status = host::header(RESP, ":status").unwrap_or_default();
        let tier = d.tier.as_deref().unwrap_or("-");
        metrics::inc("requests");
        metrics::inc(&format!("tier.{tier}.requests"));
        metrics::add(&format!("tier.{tier}.cost_nano_usd"), cost);
        metrics::add("cost_nano_usd", cost);
        metrics::add("fallbacks", attempts.saturating_sub(1));
        metrics::add(
            &format!("provider.{provider}.prompt_tokens"),
            u.prompt_tokens,
        );
        metrics::add(
            &format!("provider.{provider}.completion_tokens"),
            u.completion_tokens,
        );
        let record = serde_json::json!({
            "request_id": host::header(REQ, "x-request-id"),
            "user": self.identity.as_ref().map(|i| &i.user),
            "team": self.identity.as_ref().and_then(|i| i.team.as_ref()),
            "model": d.model,
            "tier": d.tier,
            "route": d.route,
            "reason": d.reason,
            "provider": outcome.as_ref().map(|o| &o.provider),
            "upstream_model": outcome.as_ref().map(|o| &o.upstream_model),
            "status": status,
            "attempts": attempts,
            "prompt_tokens": u.prompt_tokens,
            "completion_tokens": u.completion_tokens,
            "cost_usd": format_usd(cost),
            "latency_ms": host::now_unix_ms().saturating_sub(self.started_ms),
        });
        log::info!("llm_request {record}");
    }
}

/// `max_completion_tokens`, else `max_tokens`.
fn max_tokens(request: &Map<String, Value>) -> Option<u64> {
    ["max_completion_tokens", "max_tokens"]
        .iter()
        .find_map(|k| request.get(*k).and_then(Value::as_u64))
}

fn contains_pii(detector: &crate::pii::PiiDetector, request: &Map<String, Value>) -> bool {
    let Some(Value::Array(messages)) = request.get("messages") else {
        return false;
    };
    messages
        .iter()
        .any(|m| detector.detect(&content_text(m.get("content"))).is_some())
}

impl Context for Router {}

impl HttpContext for Router {
    fn on_http_request_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        let tier_header = &self.config.policy.tier_header;
        self.requested_tier = host::header(REQ, tier_header).filter(|t| !t.is_empty());
        for name in host::header_names(REQ) {
            if name.starts_with(route::INTERNAL_PREFIX) {
                host::remove_header(REQ, &name);
            }
        }
        let method = host::header(REQ, ":method").unwrap_or_default();
        let path = host::header(REQ, ":path").unwrap_or_default();
        self.endpoint = route::classify(&method, &path);
        match self.endpoint {
            Endpoint::Other => Action::Continue,
            Endpoint::ListModels => {
                self.replied = true;
                let body = route::models_list(&self.config, host::now_unix_secs());
                host::send_json(200, &body, &[]);
                Action::Pause
            }
            Endpoint::Budgets => {
                self.replied = true;
                if let Err(e) = self.identify() {
                    host::send_error(&e);
                    return Action::Pause;
                }
                let now = host::now_unix_secs();
                let data =
                    self.config
                        .policy
                        .budget_status(&SharedData, self.identity.as_ref(), now);
                let body = serde_json::to_vec(&serde_json::json!({"object": "list", "data": data}))
                    .unwrap_or_default();
                host::send_json(200, &body, &[]);
                Action::Pause
            }
            Endpoint::Chat => {
                self.started_ms = host::now_unix_ms();
                self.ticket = handoff::new_ticket();
                if let Err(e) = self.identify() {
                    return self.reply_error(&e, &[]);
                }
                for name in route::CLIENT_CREDENTIAL_HEADERS {
                    host::remove_header(REQ, name);
                }
                let limit = self.config.max_request_body_bytes;
                let declared =
                    host::header(REQ, "content-length").and_then(|v| v.parse::<usize>().ok());
                if declared.is_some_and(|n| n > limit) {
                    return self.reply_error(&ApiError::body_too_large(limit), &[]);
                }
                if end_of_stream {
                    return self
                        .reply_error(&ApiError::invalid_request("The request has no body."), &[]);
                }
                Action::Pause
            }
        }
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        if self.endpoint != Endpoint::Chat || self.replied {
            return Action::Continue;
        }
        let limit = self.config.max_request_body_bytes;
        if body_size > limit {
            return self.reply_error(&ApiError::body_too_large(limit), &[]);
        }
        if !end_of_stream {
            return Action::Pause;
        }
        let body = host::body(BufferType::HttpRequestBody, body_size);
        match self.route_chat(&body) {
            Ok(out) => {
                host::replace_body(BufferType::HttpRequestBody, body_size, &out);
                host::remove_header(REQ, "content-length");
                Action::Continue
            }
            Err((e, headers)) => {
                let extra: Vec<(&str, &str)> =
                    headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                self.reply_error(&e, &extra)
            }
        }
    }

    fn on_http_response_headers(&mut self, _num_headers: usize, _end_of_stream: bool) -> Action {
        if let Some(d) = &self.decision {
            host::set_header(RESP, route::ROUTE_HEADER, &d.route);
            host::set_header(RESP, route::REASON_HEADER, &d.reason);
            if let Some(t) = &d.tier {
                host::set_header(RESP, route::TIER_HEADER, t);
            }
            if let Some(r) = d.remaining_nano_usd {
                host::set_header(RESP, route::BUDGET_REMAINING_HEADER, &format_usd(r));
            }
        }
        Action::Continue
    }

    fn on_log(&mut self) {
        self.settle();
    }
}
