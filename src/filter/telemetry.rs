//! Applies `crate::telemetry` for both roles: which series each event
//! counts, and the per-request record in Envoy's filter state. The roles call
//! one function per event, so their own code stays about routing.

use super::host;
use super::metrics::{add, inc, record};
use crate::api::openai::Usage;
use crate::config::Config;
use crate::fleet::plan::RemoteAdmission;
use crate::policy::spend::{Admission, Counted, Refusal};
use crate::policy::Policy;
use crate::telemetry::metrics::{self as m, error_type_of_status, status_class, TEAM_LABEL};
use crate::telemetry::record::Record;
use crate::telemetry::timing::AttemptClock;

/// `gen_ai_operation_name`: every request served is a chat completion.
const OPERATION: &str = "chat";

pub fn refused(code: &str) {
    inc(&m::REFUSALS, &[code]);
}

pub fn shadow_match(rule: &str, would_change: bool) {
    inc(
        &m::SHADOW_MATCHES,
        &[rule, if would_change { "true" } else { "false" }],
    );
}

pub fn pii_found(kind: &str) {
    inc(&m::PII_DETECTIONS, &[kind]);
}

pub fn downgraded(budget: &str, from_tier: &str, to_tier: &str) {
    inc(&m::DOWNGRADES, &[budget, from_tier, to_tier]);
}

/// Each budget's cap, once at configure time.
pub fn budget_limits(policy: &Policy) {
    for b in &policy.budgets {
        record(&m::BUDGET_LIMIT, &[&b.name], b.limit_nano_usd);
    }
}

/// What is left in each budget a request was admitted under.
pub fn budgets_admitted(policy: &Policy, admission: &Admission) {
    for (held, counted) in admission.reservation.held.iter().zip(&admission.counted) {
        if let Counted::Budget(i) = counted {
            if let Some(b) = policy.budgets.get(*i) {
                record(&m::BUDGET_REMAINING, &[&b.name], held.remaining);
            }
        }
    }
}

/// What is left in each budget a request was admitted under on the rate
/// limit service (fleet-wide, as the service answered).
pub fn budgets_admitted_remote(policy: &Policy, remote: &RemoteAdmission) {
    for (i, left) in &remote.budgets_left {
        if let Some(b) = policy.budgets.get(*i) {
            record(&m::BUDGET_REMAINING, &[&b.name], *left);
        }
    }
}

/// What is left in the budget that refused (or downgraded) a request.
pub fn budget_refused(policy: &Policy, refusal: &Refusal) {
    if let Refusal::Budget {
        index,
        remaining_nano_usd,
        ..
    } = refusal
    {
        if let Some(b) = policy.budgets.get(*index) {
            record(&m::BUDGET_REMAINING, &[&b.name], *remaining_nano_usd);
        }
    }
}

/// The router, when a chat request ends (answered or refused): the request
/// series and the record in filter state for the access log.
pub fn request_done(config: &Config, rec: &Record, status: u32) {
    let s = |v: &Option<String>| v.as_deref().unwrap_or("").to_string();
    let (route, tier, provider, model) = (
        s(&rec.route),
        s(&rec.tier),
        s(&rec.provider),
        s(&rec.upstream_model),
    );
    let error = rec
        .error
        .clone()
        .unwrap_or_else(|| error_type_of_status(status));
    let team_value = s(&rec.team);
    let team: &[(&str, &str)] = if config.metrics.team_label {
        &[(TEAM_LABEL, team_value.as_str())]
    } else {
        &[]
    };
    add(
        &m::REQUESTS,
        &[
            &route,
            &tier,
            &provider,
            &model,
            status_class(status),
            &error,
        ],
        team,
        1,
    );
    if let Some(cost) = rec.cost_nano_usd {
        add(&m::COST, &[&route, &tier, &provider, &model], team, cost);
    }
    if let Some(u) = &rec.usage {
        let cached = u.prompt_tokens_details.map_or(0, |d| d.cached_tokens);
        add(
            &m::TOKENS,
            &[&provider, &model, "input"],
            team,
            u.prompt_tokens,
        );
        add(
            &m::TOKENS,
            &[&provider, &model, "output"],
            team,
            u.completion_tokens,
        );
        add(
            &m::TOKENS,
            &[&provider, &model, "cached_input"],
            team,
            cached,
        );
        if config.metrics.histograms {
            let requested = s(&rec.model);
            let labels = |t| {
                [
                    OPERATION,
                    provider.as_str(),
                    requested.as_str(),
                    model.as_str(),
                    t,
                ]
            };
            record(&m::TOKEN_USAGE, &labels("input"), u.prompt_tokens);
            record(&m::TOKEN_USAGE, &labels("output"), u.completion_tokens);
        }
    }
    for (name, value) in rec.fields() {
        host::set_property(name, &value);
    }
}

/// One provider attempt, measured in the translator: the provider that
/// served or failed gets its latency, TTFT and outcome.
#[derive(Debug, Default)]
pub struct Attempt {
    clock: AttemptClock,
    provider: String,
    request_model: String,
    upstream_model: String,
    stream: bool,
    /// The provider's status; 0 until response headers arrive.
    status: u32,
    recorded: bool,
    histograms: bool,
}

impl Attempt {
    /// The attempt's request is about to be sent.
    pub fn start(provider: &str, histograms: bool) -> Self {
        Attempt {
            clock: AttemptClock::new(host::now_ns()),
            provider: provider.to_string(),
            histograms,
            ..Default::default()
        }
    }

    /// The request was translated: what was asked and sent. A later attempt
    /// of the same request is a fallback from the previous one's provider.
    pub fn translated(
        &mut self,
        ticket: Option<u64>,
        route: &str,
        request_model: &str,
        upstream_model: &str,
        stream: bool,
    ) {
        self.request_model = request_model.to_string();
        self.upstream_model = upstream_model.to_string();
        self.stream = stream;
        if let Some(t) = ticket {
            if let Some(previous) = super::handoff::note_attempt(t, &self.provider) {
                inc(&m::FALLBACKS, &[route, &previous, &self.provider]);
            }
        }
    }

    pub fn response_status(&mut self, status: u32) {
        self.status = status;
    }

    /// A response body chunk arrived: the first of a 2xx stream is its first token.
    pub fn body_chunk(&mut self) {
        if self.stream && (200..300).contains(&self.status) && self.clock.first_byte_ns.is_none() {
            self.clock.first_byte(host::now_ns());
        }
    }

    pub fn ttft_ms(&self) -> Option<u64> {
        self.clock.ttft_ms()
    }

    /// The attempt's answer is complete: records it once.
    pub fn finish(&mut self, usage: Option<&Usage>) {
        let class = status_class(self.status);
        let error = error_type_of_status(self.status);
        self.record(usage, class, &error);
    }

    /// The attempt ends without a complete answer (reset, timeout, the
    /// client gone): `no_response` if no headers came, else `incomplete`.
    /// Does nothing if the attempt was already recorded.
    pub fn abandon(&mut self, usage: Option<&Usage>) {
        let error = if self.status == 0 {
            "no_response"
        } else {
            "incomplete"
        };
        self.record(usage, "none", error);
    }

    fn record(&mut self, usage: Option<&Usage>, class: &str, error: &str) {
        if self.recorded || self.provider.is_empty() {
            return;
        }
        self.recorded = true;
        self.clock.end(host::now_ns());
        let (p, um) = (self.provider.as_str(), self.upstream_model.as_str());
        inc(&m::ATTEMPTS, &[p, um, class, error]);
        if !self.histograms {
            return;
        }
        let rm = self.request_model.as_str();
        if let Some(d) = self.clock.duration_ms() {
            record(&m::REQUEST_DURATION, &[OPERATION, p, rm, um, error], d);
        }
        let labels = [OPERATION, p, rm, um];
        // Stream timings describe answers: a stream that broke is an error above.
        let answered = class == "2xx";
        if let Some(t) = self.clock.ttft_ms().filter(|_| answered) {
            record(&m::TIME_TO_FIRST_TOKEN, &labels, t);
            let output = usage.map_or(0, |u| u.completion_tokens);
            if let Some(tpot) = self.clock.time_per_output_token_ms(output) {
                record(&m::TIME_PER_OUTPUT_TOKEN, &labels, tpot);
            }
            if let Some(tps) = self.clock.tokens_per_second(output) {
                record(&m::STREAM_TOKENS_PER_SECOND, &[p, um], tps);
            }
        }
    }
}
