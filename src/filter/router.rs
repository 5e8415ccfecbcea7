//! Router role: a downstream HTTP filter. Identifies the caller, buffers and
//! validates the chat request, applies tier rules, budgets and rate limits,
//! picks the route and stamps the decision; on the way back it settles the
//! budgets with the actual usage and writes the per-request record.

use std::rc::Rc;

use proxy_wasm::hostcalls;
use proxy_wasm::traits::{Context, HttpContext};
use proxy_wasm::types::{Action, BufferType, MapType};

use super::fleet as rls_client;
use super::handoff;
use super::host;
use super::leases;
use super::metrics;
use super::shared_store::SharedData;
use super::telemetry;
use super::{misconfig, watchdog};
use crate::api::openai::{parse_object, requested_output};
use crate::config::Config;
use crate::error::ApiError;
use crate::fleet::admit::{RemoteAdmit, Step};
use crate::fleet::plan::Held;
use crate::fleet::{OnUnavailable, Service, Store};
use crate::headers;
use crate::ingress::Ingress;
use crate::ledger::format_usd;
use crate::policy::admit::{Decision, Ending};
use crate::policy::choose::{self, Choice};
use crate::policy::identity::{bearer_token, Identity, Lookup};
use crate::policy::key_throttle;
use crate::policy::spend::Refusal;
use crate::route::{self, Endpoint, Stamp};
use crate::telemetry::metrics::RATE_LIMIT_SERVICE;
use crate::telemetry::record::Record;
use crate::tokens::prompt_stats;

/// A refusal: the error and the extra response headers that explain it.
type Refused = (ApiError, Vec<(&'static str, String)>);

const REQ: MapType = MapType::HttpRequestHeaders;
/// The other role's `root_id`, under which it publishes its configuration digest.
const TRANSLATOR_ROLE: &str = super::TRANSLATOR_ROOT_ID;
const RESP: MapType = MapType::HttpResponseHeaders;

/// What the router decided, kept for the response and the record.
struct Routed {
    model: String,
    tier: Option<String>,
    decision: Decision,
}

/// A call to the rate limit service the request is paused for.
enum Waiting {
    Admit {
        token: u32,
        pending: Box<Pending>,
    },
    Budgets {
        token: u32,
        held: Vec<Held>,
        ids: Vec<String>,
    },
}

/// What `route_chat` leads to.
enum Next {
    /// Send the request on with this edit of its body.
    Send(route::BodyEdit),
    /// Paused for the rate limit service.
    Wait,
}

pub struct Router {
    config: Rc<Config>,
    waiting: Option<Waiting>,
    /// The request body as received, kept while waiting for the service.
    body: Vec<u8>,
    body_size: usize,
    endpoint: Endpoint,
    identity: Option<Identity>,
    requested_tier: Option<String>,
    ticket: u64,
    routed: Option<Routed>,
    /// A local reply was sent: ignore the rest of the request.
    replied: bool,
    /// A provider's 2xx answer started: if the request then ends without a
    /// usage report (a client gone mid-stream), it may have used anything up
    /// to its reservation, so that is charged rather than released.
    answered: bool,
    /// Envoy's id of this HTTP context (for the root's `watchdog`).
    context_id: u32,
    /// This role's configuration digest (`config_hash`).
    digest: Rc<str>,
    /// Client headers some provider may receive, for the body stamp.
    forward_headers: Vec<(String, String)>,
    /// A chat request the router refused: (status, error code), for the record.
    refused: Option<(u32, String)>,
    /// The client's body has a member named like the stamp (`route::stamp`).
    client_stamp: bool,
}

impl Router {
    pub fn new(config: Rc<Config>) -> Self {
        Router {
            config,
            waiting: None,
            body: Vec::new(),
            body_size: 0,
            endpoint: Endpoint::Other,
            identity: None,
            requested_tier: None,
            ticket: 0,
            routed: None,
            replied: false,
            answered: false,
            context_id: 0,
            digest: Rc::from(""),
            forward_headers: Vec::new(),
            refused: None,
            client_stamp: false,
        }
    }

    pub fn with_context(mut self, context_id: u32, digest: Rc<str>) -> Self {
        self.context_id = context_id;
        self.digest = digest;
        self
    }

    /// `identify` with the failed-key throttle around it (`policy::key_throttle`).
    fn identify_throttled(&mut self) -> Result<(), Refused> {
        let throttle = self
            .config
            .policy
            .identity
            .as_ref()
            .and_then(|c| c.key_throttle());
        let source = throttle
            .filter(|_| {
                host::header(REQ, "authorization")
                    .as_deref()
                    .and_then(bearer_token)
                    .is_some()
            })
            .and_then(|_| host::property_string(&["source", "address"]))
            .and_then(|a| key_throttle::source_of(&a));
        let now = host::now_unix_secs();
        if let (Some(t), Some(src)) = (throttle, &source) {
            match t.blocked(&SharedData, src, now) {
                Ok(Some(wait)) => {
                    return Err((
                        ApiError::too_many_failed_keys(wait),
                        vec![("retry-after", wait.to_string())],
                    ))
                }
                Ok(None) => {}
                Err(e) => log::warn!("failed-key throttle: {e}"),
            }
        }
        match self.identify() {
            Ok(()) => Ok(()),
            Err(e) => {
                if let (Some(t), Some(src), Some("invalid_api_key")) =
                    (throttle, &source, e.code.as_deref())
                {
                    match t.record_failure(&SharedData, src, now) {
                        Ok(n) if n == u64::from(t.per_minute) => log::warn!(
                            "{src}: {n} unknown API keys this minute; refusing its keys until the minute ends"
                        ),
                        Ok(_) => {}
                        Err(e) => log::warn!("failed-key throttle: {e}"),
                    }
                }
                Err((e, Vec::new()))
            }
        }
    }

    fn reply_error(&mut self, err: &ApiError, extra: &[(&str, &str)]) -> Action {
        self.replied = true;
        let code = err.code.as_deref().unwrap_or("invalid_request");
        telemetry::refused(code);
        self.refused = Some((err.status, code.to_string()));
        log::info!("local reply {}: {}", err.status, err.message);
        host::send_json(err.status, &self.ingress().error_body(err), extra);
        Action::Pause
    }

    /// The API the client speaks, by endpoint.
    fn ingress(&self) -> Ingress {
        match self.endpoint {
            Endpoint::Messages | Endpoint::CountTokens => Ingress::Anthropic,
            _ => Ingress::Openai,
        }
    }

    fn identify(&mut self) -> Result<(), ApiError> {
        let Some(cfg) = &self.config.policy.identity else {
            return Ok(());
        };
        let mut auth = host::header(REQ, "authorization");
        if auth.is_none() && self.ingress() == Ingress::Anthropic {
            // Anthropic clients send their key as `x-api-key`.
            auth = host::header(REQ, "x-api-key").map(|k| format!("Bearer {k}"));
        }
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

    /// Decides where the request goes: the stamped body to send on, or a
    /// pause for the rate limit service.
    fn route_chat(&mut self, body: &[u8]) -> Result<Next, Refused> {
        let plain = |e: ApiError| (e, Vec::new());
        let raw = parse_object(body).map_err(plain)?;
        self.client_stamp = raw.contains_key(route::STAMP_KEY);
        let (request, summary, _) = self.ingress().canonical(raw).map_err(plain)?;
        let (model_route, _) = self
            .config
            .resolve(&summary.model)
            .ok_or_else(|| plain(ApiError::model_not_found(&summary.model)))?;
        let policy = &self.config.policy;
        let stats = prompt_stats(&request);
        let prompt = policy.prompt_facts(&request);
        if let Some(kind) = &prompt.pii {
            telemetry::pii_found(kind);
        }
        let output = requested_output(&request, policy.max_n).map_err(plain)?;
        policy
            .check_output(&summary.model, model_route, &output)
            .map_err(plain)?;
        let client_max = output.max_tokens;
        let choice = policy
            .choose(&choose::Ask {
                model: &summary.model,
                model_route,
                requested_tier: self.requested_tier.as_deref(),
                identity: self.identity.as_ref(),
                stats: &stats,
                pii: prompt.pii.as_deref(),
                prompt_text: &prompt.prompt_text,
                max_tokens: client_max,
            })
            .map_err(plain)?;
        if let Some(r) = self.config.routes.get(&choice.route) {
            route::check_params(&self.config, r, &request).map_err(plain)?;
        }
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
            telemetry::shadow_match(rule, differs);
        }
        let prompt_tokens = stats.estimated_tokens;
        let model = summary.model;
        if let (Store::Service(svc), true) = (&self.config.store, policy.has_spend_rules()) {
            let mut admit = RemoteAdmit::new(
                policy,
                &choice,
                self.identity.as_ref(),
                prompt_tokens,
                client_max,
                output.n,
            );
            let step = admit.step(svc, policy, self.identity.as_ref(), host::now_unix_secs());
            let pending = Pending {
                admit,
                choice,
                model,
                prompt_tokens,
                client_max,
                choices: output.n,
            };
            return self.remote_step(step, pending, body);
        }
        let decision = policy
            .admit_choice(
                &SharedData,
                &choice,
                self.identity.as_ref(),
                prompt_tokens,
                client_max,
                output.n,
                host::now_unix_secs(),
            )
            .map_err(|r| {
                telemetry::budget_refused(policy, &r);
                policy.refusal_error(&r)
            })?;
        self.finish_route(decision, choice.tier, model, body)
            .map(Next::Send)
    }

    /// Applies a decision: the cluster header, the stamped body, the record.
    /// `from_tier` is the tier chosen before budgets (for the downgrade series).
    fn finish_route(
        &mut self,
        decision: Decision,
        from_tier: Option<usize>,
        model: String,
        body: &[u8],
    ) -> Result<route::BodyEdit, Refused> {
        let plain = |e: ApiError| (e, Vec::new());
        let policy = &self.config.policy;
        if let Some(admission) = &decision.admission {
            telemetry::budgets_admitted(policy, admission);
        }
        if let Some(remote) = &decision.remote {
            telemetry::budgets_admitted_remote(policy, remote);
            if let Some(m) = remote.month_reset_mismatch {
                rls_client::month_reset_mismatch(m);
            }
        }
        if let Some(budget) = decision.reason.strip_prefix("budget:") {
            let name = |t: Option<usize>| {
                t.and_then(|t| policy.tiers.get(t))
                    .map_or("", |t| t.name.as_str())
            };
            telemetry::downgraded(budget, name(from_tier), name(decision.tier));
        }
        if let Some(a) = &decision.admission {
            leases::track(self.ticket, &a.reservation);
        }
        let route = self
            .config
            .routes
            .get(&decision.route)
            .ok_or_else(|| plain(ApiError::internal("the chosen route is not configured")))?;
        // The property first: setting the header makes Envoy pick the route
        // again, and the shipped routes match only when the property is set.
        if !host::set_property(route::ROUTED_PROPERTY, &route.cluster) {
            return Err(plain(ApiError::internal(
                "could not record the routing decision",
            )));
        }
        host::set_header(REQ, route::CLUSTER_HEADER, &route.cluster);
        let stamp = Stamp {
            route: decision.route.clone(),
            ticket: self.ticket,
            max_tokens: decision.enforce_max_tokens,
            ingress: self.ingress(),
            headers: std::mem::take(&mut self.forward_headers),
        };
        let out = route::stamp(body, &stamp, self.client_stamp)
            .ok_or_else(|| plain(ApiError::internal("could not stamp the request body")))?;
        handoff::issue(&stamp);
        let tier = decision
            .tier
            .and_then(|t| policy.tiers.get(t))
            .map(|t| t.name.clone());
        log::debug!(
            "model `{}` -> route `{}` tier `{}` ({})",
            model,
            decision.route,
            tier.as_deref().unwrap_or("-"),
            decision.reason
        );
        self.routed = Some(Routed {
            model,
            tier,
            decision,
        });
        Ok(out)
    }

    /// `count_tokens`, answered from the estimator (the same one budgets reserve by).
    fn count_tokens(&mut self, body: &[u8]) -> Action {
        let counted = parse_object(body)
            .and_then(|mut raw| {
                // Counting takes no `max_tokens`; the conversion wants one.
                raw.entry("max_tokens")
                    .or_insert(serde_json::Value::from(1));
                self.ingress().canonical(raw)
            })
            .and_then(|(request, summary, _)| {
                self.config
                    .resolve(&summary.model)
                    .ok_or_else(|| ApiError::model_not_found(&summary.model))?;
                Ok(prompt_stats(&request).estimated_tokens)
            });
        match counted {
            Ok(n) => {
                self.replied = true;
                let body = serde_json::json!({ "input_tokens": n }).to_string();
                host::send_json(200, body.as_bytes(), &[]);
                Action::Pause
            }
            Err(e) => self.reply_error(&e, &[]),
        }
    }

    /// Acts on a step of a remote admission: dispatch its call and wait, or finish.
    fn remote_step(&mut self, step: Step, pending: Pending, body: &[u8]) -> Result<Next, Refused> {
        let Store::Service(svc) = &self.config.store else {
            return Err((
                ApiError::internal("no rate limit service configured"),
                Vec::new(),
            ));
        };
        match step {
            Step::Call(request) => match rls_client::dispatch(svc, &request) {
                Ok(token) => {
                    if self.body.is_empty() {
                        self.body = body.to_vec();
                    }
                    self.waiting = Some(Waiting::Admit {
                        token,
                        pending: Box::new(pending),
                    });
                    Ok(Next::Wait)
                }
                Err(e) => self.service_unavailable(svc.clone(), &e, pending, body),
            },
            Step::Admitted(decision) => {
                let from = pending.choice.tier;
                self.finish_route(*decision, from, pending.model, body)
                    .map(Next::Send)
            }
            Step::Refused(Refusal::Unavailable(why)) => {
                self.service_unavailable(svc.clone(), &why, pending, body)
            }
            Step::Refused(r) => {
                telemetry::budget_refused(&self.config.policy, &r);
                Err(self.config.policy.refusal_error(&r))
            }
        }
    }

    /// The service could not answer: the configured failure mode.
    fn service_unavailable(
        &mut self,
        svc: Service,
        why: &str,
        mut pending: Pending,
        body: &[u8],
    ) -> Result<Next, Refused> {
        log::warn!("rate limit service `{}` unavailable: {why}", svc.cluster);
        // Refunds of an earlier refused call that this one carried: kept for the queue.
        rls_client::enqueue(pending.admit.take_carry());
        metrics::inc(&RATE_LIMIT_SERVICE, &["unavailable"]);
        match svc.on_unavailable {
            OnUnavailable::Refuse => Err((
                ApiError::new(
                    503,
                    "server_error",
                    "The budget service is unavailable; the request was not sent.",
                )
                .with_code("budget_service_unavailable"),
                Vec::new(),
            )),
            OnUnavailable::Local => {
                metrics::inc(&RATE_LIMIT_SERVICE, &["local_fallback"]);
                let policy = &self.config.policy;
                let now = host::now_unix_secs();
                let mut decision = policy
                    .admit_choice(
                        &SharedData,
                        &pending.choice,
                        self.identity.as_ref(),
                        pending.prompt_tokens,
                        pending.client_max,
                        pending.choices,
                        now,
                    )
                    .map_err(|r| {
                        telemetry::budget_refused(policy, &r);
                        policy.refusal_error(&r)
                    })?;
                // What it spends is also owed to the service: sent as positive
                // hits through the settlement queue once it is back.
                let candidates = policy.candidates(
                    &pending.choice,
                    self.identity.as_ref(),
                    pending.prompt_tokens,
                    pending.client_max,
                    pending.choices,
                );
                if let Some(c) = candidates
                    .iter()
                    .find(|c| c.route == decision.route && c.tier == decision.tier)
                {
                    let ask = c.ask(policy, self.identity.as_ref(), pending.prompt_tokens);
                    decision.remote = Some(svc.replay(policy, &policy.counters(&ask), now));
                }
                let from = pending.choice.tier;
                self.finish_route(decision, from, pending.model, body)
                    .map(Next::Send)
            }
        }
    }

    /// The answer to the admission call the request is paused for.
    fn on_admit_answer(&mut self, waiting: Waiting, status_code: u32, size: usize) {
        let Waiting::Admit { pending, .. } = waiting else {
            return;
        };
        let mut pending = *pending;
        let body = std::mem::take(&mut self.body);
        let result = match (&self.config.store, rls_client::response(status_code, size)) {
            (Store::Service(svc), Ok(response)) => {
                let svc = svc.clone();
                let (step, refunds) = pending.admit.answer(
                    &svc,
                    &self.config.policy,
                    self.identity.as_ref(),
                    &response,
                    host::now_unix_secs(),
                );
                rls_client::enqueue(refunds);
                self.remote_step(step, pending, &body)
            }
            (Store::Service(svc), Err(e)) => {
                self.service_unavailable(svc.clone(), &e, pending, &body)
            }
            (Store::Local, _) => Err((ApiError::internal("no rate limit service"), Vec::new())),
        };
        match result {
            Ok(Next::Wait) => self.body = body,
            Ok(Next::Send(edit)) => {
                edit_body(self.body_size, &edit);
                host::remove_header(REQ, "content-length");
                if let Err(e) = hostcalls::resume_http_request() {
                    log::error!("resuming the request failed: {e:?}");
                }
            }
            Err((e, headers)) => {
                let extra: Vec<(&str, &str)> =
                    headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                self.reply_error(&e, &extra);
            }
        }
    }

    /// `GET /v1/budgets` through the service: what the caller has left.
    fn budgets_remote(&mut self, svc: &Service) -> Action {
        let policy = &self.config.policy;
        let counters = policy.counters(&crate::policy::spend::Ask {
            identity: self.identity.as_ref(),
            route: "",
            price: None,
            prompt_tokens: 0,
            max_tokens: 0,
        });
        let now = host::now_unix_secs();
        let (request, held) = svc.read_budgets(policy, &counters, now);
        let ids = counters
            .iter()
            .filter(|c| matches!(c.counted, crate::policy::spend::Counted::Budget(_)))
            .map(|c| c.id.clone())
            .collect();
        if held.is_empty() {
            return self.send_budgets(Vec::new());
        }
        match rls_client::dispatch(svc, &request) {
            Ok(token) => {
                self.waiting = Some(Waiting::Budgets { token, held, ids });
                Action::Pause
            }
            Err(e) => {
                host::send_error(&budget_service_unavailable(&e));
                Action::Pause
            }
        }
    }

    fn send_budgets(&mut self, data: Vec<crate::policy::status::BudgetStatus>) -> Action {
        let body = serde_json::to_vec(&serde_json::json!({"object": "list", "data": data}))
            .unwrap_or_default();
        host::send_json(200, &body, &[]);
        Action::Pause
    }

    fn settle(&mut self) {
        let Some(Routed {
            model,
            tier,
            mut decision,
        }) = self.routed.take()
        else {
            return;
        };
        let outcome = handoff::take(self.ticket);
        let policy = &self.config.policy;
        let usage = outcome.as_ref().and_then(|o| o.usage);
        let cost = match (&outcome, &usage) {
            (Some(o), Some(u)) => policy.cost(&o.upstream_model, u),
            _ => 0,
        };
        let ending = match (&outcome, usage) {
            (_, Some(u)) => Ending::Used {
                cost_nano_usd: cost,
                total_tokens: u.total_tokens,
            },
            (Some(o), None) => {
                if decision.admission.is_some() || decision.remote.is_some() {
                    log::warn!(
                        "provider `{}` reported no usage: charging the reservation",
                        o.provider
                    );
                }
                Ending::UsageUnknown
            }
            (None, None) if self.answered => {
                log::warn!("the response ended without a usage report: charging the reservation");
                Ending::UsageUnknown
            }
            (None, None) => Ending::Failed,
        };
        if let Some(mut admission) = decision.admission.take() {
            if let Some(renewed) = leases::untrack(self.ticket) {
                admission.reservation = renewed;
            }
            policy.finish(&SharedData, admission, ending);
        }
        if let (Some(remote), Store::Service(svc)) = (&decision.remote, &self.config.store) {
            rls_client::enqueue(svc.settle(remote, ending, host::now_unix_secs()));
        }
        let status: u32 = host::header(RESP, ":status")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let rec = Record {
            user: self.identity.as_ref().map(|i| i.user.clone()),
            team: self.identity.as_ref().and_then(|i| i.team.clone()),
            model: Some(model),
            tier,
            route: Some(decision.route),
            reason: Some(decision.reason),
            provider: outcome.as_ref().map(|o| o.provider.clone()),
            upstream_model: outcome.as_ref().map(|o| o.upstream_model.clone()),
            usage,
            cost_nano_usd: usage.map(|_| cost),
            ttft_ms: outcome.as_ref().and_then(|o| o.ttft_ms),
            error: None,
        };
        handoff::forget_attempts(self.ticket);
        self.finish_record(&rec, status);
    }

    /// Counts the request, hands the record to the access log and, at debug
    /// level, logs it.
    fn finish_record(&self, rec: &Record, status: u32) {
        telemetry::request_done(&self.config, rec, status);
        if log::log_enabled!(log::Level::Debug) {
            let attempts: u64 = host::header(RESP, "x-envoy-attempt-count")
                .and_then(|v| v.parse().ok())
                .unwrap_or(1);
            let id = host::header(REQ, "x-request-id");
            log::debug!(
                "llm_request {}",
                rec.to_json(id.as_deref(), &status.to_string(), attempts)
            );
        }
    }

    /// The record of a request the router refused.
    fn record_refusal(&self) {
        if let Some((status, code)) = &self.refused {
            let rec = Record {
                user: self.identity.as_ref().map(|i| i.user.clone()),
                team: self.identity.as_ref().and_then(|i| i.team.clone()),
                error: Some(code.clone()),
                ..Record::default()
            };
            self.finish_record(&rec, *status);
        }
    }
}

impl Context for Router {
    fn on_grpc_call_response(&mut self, token_id: u32, status_code: u32, response_size: usize) {
        let ours = match &self.waiting {
            Some(Waiting::Admit { token, .. } | Waiting::Budgets { token, .. }) => {
                *token == token_id
            }
            None => false,
        };
        if !ours {
            return;
        }
        match self.waiting.take() {
            Some(w @ Waiting::Admit { .. }) => self.on_admit_answer(w, status_code, response_size),
            Some(Waiting::Budgets { held, ids, .. }) => {
                let Store::Service(svc) = &self.config.store else {
                    return;
                };
                match rls_client::response(status_code, response_size) {
                    Ok(response) => {
                        let data = svc.budget_status(
                            &self.config.policy,
                            &held,
                            &ids,
                            &response,
                            host::now_unix_secs(),
                        );
                        self.send_budgets(data);
                    }
                    Err(e) => host::send_error(&budget_service_unavailable(&e)),
                }
            }
            None => {}
        }
    }
}

struct Pending {
    admit: RemoteAdmit,
    choice: Choice,
    model: String,
    prompt_tokens: u64,
    client_max: Option<u64>,
    choices: u64,
}

/// Applies the router's edit to the request body Envoy holds (`body_size` bytes).
fn edit_body(body_size: usize, edit: &route::BodyEdit) {
    match edit {
        route::BodyEdit::Replace(out) => {
            host::replace_body(BufferType::HttpRequestBody, body_size, out)
        }
        // Drains the first `drain` bytes and puts `with` in their place.
        route::BodyEdit::Prefix { drain, with } => {
            host::replace_body(BufferType::HttpRequestBody, *drain, with)
        }
    }
}

fn budget_service_unavailable(why: &str) -> ApiError {
    log::warn!("rate limit service unavailable: {why}");
    metrics::inc(&RATE_LIMIT_SERVICE, &["unavailable"]);
    ApiError::new(503, "server_error", "The budget service is unavailable.")
        .with_code("budget_service_unavailable")
}

impl Drop for Router {
    /// A request that ends without `on_log` must not stay renewed forever.
    fn drop(&mut self) {
        if self.endpoint == Endpoint::Chat {
            let _ = leases::untrack(self.ticket);
        }
    }
}

impl HttpContext for Router {
    fn on_http_request_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        let tier_header = &self.config.policy.tier_header;
        self.requested_tier = host::header(REQ, tier_header).filter(|t| !t.is_empty());
        let request_headers = host::headers(REQ);
        for (name, _) in &request_headers {
            if name.starts_with(route::INTERNAL_PREFIX) {
                host::remove_header(REQ, name);
            }
        }
        self.forward_headers = headers::forwardable(
            &request_headers,
            self.config.providers.values().map(|p| &p.headers),
        );
        let method = host::header(REQ, ":method").unwrap_or_default();
        let path = host::header(REQ, ":path").unwrap_or_default();
        self.endpoint = route::classify(&method, &path);
        match self.endpoint {
            Endpoint::Other => Action::Continue,
            Endpoint::WrongMethod { allow } => {
                let err = ApiError::method_not_allowed(&method, &path, allow);
                self.reply_error(&err, &[("allow", allow)])
            }
            Endpoint::ListModels => {
                self.replied = true;
                let body = route::models_list(&self.config, host::now_unix_secs());
                host::send_json(200, &body, &[]);
                Action::Pause
            }
            Endpoint::Budgets => {
                self.replied = true;
                if let Err((e, headers)) = self.identify_throttled() {
                    let extra: Vec<(&str, &str)> =
                        headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    host::send_json(e.status, &e.body(), &extra);
                    return Action::Pause;
                }
                if let Store::Service(svc) = &self.config.store {
                    let svc = svc.clone();
                    return self.budgets_remote(&svc);
                }
                let now = host::now_unix_secs();
                let data =
                    self.config
                        .policy
                        .budget_status(&SharedData, self.identity.as_ref(), now);
                self.send_budgets(data)
            }
            Endpoint::Chat | Endpoint::Messages | Endpoint::CountTokens => {
                self.ticket = handoff::new_ticket();
                if let Err(e) = misconfig::check_digest(&self.digest, TRANSLATOR_ROLE) {
                    return self.reply_error(&e, &[]);
                }
                if let Err((e, headers)) = self.identify_throttled() {
                    let extra: Vec<(&str, &str)> =
                        headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    return self.reply_error(&e, &extra);
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
                watchdog::paused(
                    self.context_id,
                    host::now_ms(),
                    host::property_u64(&["request", "total_size"]),
                );
                Action::Pause
            }
        }
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        watchdog::body_arrived();
        let chat = matches!(
            self.endpoint,
            Endpoint::Chat | Endpoint::Messages | Endpoint::CountTokens
        );
        if !chat || self.replied {
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
        if self.endpoint == Endpoint::CountTokens {
            return self.count_tokens(&body);
        }
        self.body_size = body_size;
        match self.route_chat(&body) {
            Ok(Next::Wait) => Action::Pause,
            Ok(Next::Send(edit)) => {
                edit_body(body_size, &edit);
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
        if let Some(r) = &self.routed {
            self.answered = host::header(RESP, ":status").is_some_and(|s| s.starts_with('2'));
            host::set_header(RESP, route::ROUTE_HEADER, &r.decision.route);
            host::set_header(RESP, route::REASON_HEADER, &r.decision.reason);
            if let Some(t) = &r.tier {
                host::set_header(RESP, route::TIER_HEADER, t);
            }
            let remaining = r
                .decision
                .admission
                .as_ref()
                .and_then(|a| a.remaining_nano_usd)
                .or_else(|| {
                    r.decision
                        .remote
                        .as_ref()
                        .and_then(|a| a.remaining_nano_usd)
                });
            if let Some(left) = remaining {
                host::set_header(RESP, route::BUDGET_REMAINING_HEADER, &format_usd(left));
            }
        }
        Action::Continue
    }

    fn on_log(&mut self) {
        watchdog::done(self.context_id);
        handoff::retire(self.ticket);
        self.settle();
        self.record_refusal();
    }
}
