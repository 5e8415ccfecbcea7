//! The metric catalogue and how labels travel in Envoy stat names.
//!
//! proxy-wasm metrics have no labels. Each labelled series is its own Envoy
//! stat whose name carries the labels: `<metric>;<label>=<value>;...`, e.g.
//! `llm_router_fallbacks_total;route=fast;from_provider=anthropic;to_provider=openai`.
//! The bootstrap's `stats_config.stats_tags` has one regex per label name,
//! `(;<label>=([^;]*))` (see [`stats_tag_regex`]): Envoy removes the match
//! from the name and keeps the value as a tag, so `/stats/prometheus` prints
//! `llm_router_fallbacks_total{route="fast",from_provider="anthropic",...}`.
//! Envoy prefixes wasm stats with the `wasmcustom.` namespace, which its
//! Prometheus output leaves out (no `envoy_` prefix either).
//!
//! Every label value comes from the configuration (route, tier, provider,
//! model, budget, rule and PII pattern names) or from a fixed set (status
//! classes, error codes), so the number of series is bounded by the config;
//! no user or key labels exist, and `team` only when `metrics.team_label` is on.

/// How Envoy aggregates a metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Counter,
    Gauge,
    Histogram,
}

/// One metric family: its Prometheus name, labels (in stat-name order) and unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metric {
    pub name: &'static str,
    pub kind: Kind,
    pub labels: &'static [&'static str],
    pub unit: &'static str,
    pub help: &'static str,
    /// Histograms: bucket upper bounds in `unit`, shipped in every Envoy
    /// config as `stats_config.histogram_bucket_settings`.
    pub buckets: &'static [u64],
}

/// OpenTelemetry's advised boundaries for token counts.
pub const TOKEN_BUCKETS: [u64; 14] = [
    1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
];
/// OpenTelemetry's advice for `gen_ai.server.request.duration` (0.01 s to
/// 81.92 s, doubling) in ms, extended to the demo route's 300 s timeout.
pub const DURATION_BUCKETS_MS: [u64; 16] = [
    10, 20, 40, 80, 160, 320, 640, 1280, 2560, 5120, 10240, 20480, 40960, 81920, 163840, 327680,
];
/// OpenTelemetry's advice for time to first token (1 ms to 10 s), plus 30 s.
pub const TTFT_BUCKETS_MS: [u64; 17] = [
    1, 5, 10, 20, 40, 60, 80, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000, 30000,
];
/// Time per output token, ms (OpenTelemetry advises 10 ms to 2.5 s; faster
/// models and local ones go below 10 ms).
pub const TPOT_BUCKETS_MS: [u64; 16] = [
    1, 2, 5, 10, 25, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 2500,
];
pub const TOKENS_PER_SECOND_BUCKETS: [u64; 12] =
    [1, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/// The bucket (upper bound, Prometheus `le`) a value is counted in; `None`
/// past the last bound (only `+Inf`).
pub fn bucket_le(buckets: &[u64], value: u64) -> Option<u64> {
    buckets.iter().copied().find(|b| value <= *b)
}

const GEN_AI: [&str; 4] = [
    "gen_ai_operation_name",
    "gen_ai_provider_name",
    "gen_ai_request_model",
    "gen_ai_response_model",
];

/// OpenTelemetry GenAI: tokens per request by `gen_ai_token_type` (`input`, `output`).
pub const TOKEN_USAGE: Metric = Metric {
    name: "gen_ai_client_token_usage",
    kind: Kind::Histogram,
    labels: &[
        GEN_AI[0],
        GEN_AI[1],
        GEN_AI[2],
        GEN_AI[3],
        "gen_ai_token_type",
    ],
    unit: "tokens",
    help: "tokens per answered request (input and output), by the provider that served",
    buckets: &TOKEN_BUCKETS,
};

/// OpenTelemetry GenAI: duration of each attempt at a provider.
pub const REQUEST_DURATION: Metric = Metric {
    name: "gen_ai_server_request_duration",
    kind: Kind::Histogram,
    labels: &[GEN_AI[0], GEN_AI[1], GEN_AI[2], GEN_AI[3], "error_type"],
    unit: "ms",
    help: "time from sending an attempt to the end of its answer, per provider attempt",
    buckets: &DURATION_BUCKETS_MS,
};

pub const TIME_TO_FIRST_TOKEN: Metric = Metric {
    name: "gen_ai_server_time_to_first_token",
    kind: Kind::Histogram,
    labels: &GEN_AI,
    unit: "ms",
    help: "streams: time from sending the attempt to the first body bytes of a 2xx answer",
    buckets: &TTFT_BUCKETS_MS,
};

pub const TIME_PER_OUTPUT_TOKEN: Metric = Metric {
    name: "gen_ai_server_time_per_output_token",
    kind: Kind::Histogram,
    labels: &GEN_AI,
    unit: "ms",
    help: "streams: (end - first token) / (output tokens - 1), rounded to the nearest ms",
    buckets: &TPOT_BUCKETS_MS,
};

pub const STREAM_TOKENS_PER_SECOND: Metric = Metric {
    name: "llm_router_stream_output_tokens_per_second",
    kind: Kind::Histogram,
    labels: &["gen_ai_provider_name", "gen_ai_response_model"],
    unit: "tokens/s",
    help: "streams: output tokens / time from the first token to the end",
    buckets: &TOKENS_PER_SECOND_BUCKETS,
};

/// Requests as the client saw them (one per chat request, refusals included).
pub const REQUESTS: Metric = Metric {
    name: "llm_router_requests_total",
    kind: Kind::Counter,
    labels: &[
        "route",
        "tier",
        "gen_ai_provider_name",
        "gen_ai_response_model",
        "status_class",
        "error_type",
    ],
    unit: "requests",
    help: "chat requests by route, tier, serving provider and model, and outcome",
    buckets: &[],
};

/// Attempts at providers (a fallback makes two), measured in the translator.
pub const ATTEMPTS: Metric = Metric {
    name: "llm_router_provider_attempts_total",
    kind: Kind::Counter,
    labels: &[
        "gen_ai_provider_name",
        "gen_ai_response_model",
        "status_class",
        "error_type",
    ],
    unit: "attempts",
    help: "attempts at each provider by outcome (the provider that served or failed)",
    buckets: &[],
};

pub const COST: Metric = Metric {
    name: "llm_router_cost_nano_usd_total",
    kind: Kind::Counter,
    labels: &[
        "route",
        "tier",
        "gen_ai_provider_name",
        "gen_ai_response_model",
    ],
    unit: "nano-USD (1e-9 USD)",
    help: "cost of answered requests at the serving model's price",
    buckets: &[],
};

/// Exact token sums (Envoy's histogram sums are approximations).
pub const TOKENS: Metric = Metric {
    name: "llm_router_tokens_total",
    kind: Kind::Counter,
    labels: &[
        "gen_ai_provider_name",
        "gen_ai_response_model",
        "gen_ai_token_type",
    ],
    unit: "tokens",
    help: "tokens reported by providers: input, output, cached_input",
    buckets: &[],
};

pub const FALLBACKS: Metric = Metric {
    name: "llm_router_fallbacks_total",
    kind: Kind::Counter,
    labels: &["route", "from_provider", "to_provider"],
    unit: "attempts",
    help: "retries to the next provider of a chain, by the provider that failed and the next one",
    buckets: &[],
};

pub const DOWNGRADES: Metric = Metric {
    name: "llm_router_downgrades_total",
    kind: Kind::Counter,
    labels: &["budget", "from_tier", "to_tier"],
    unit: "requests",
    help: "requests moved to a cheaper tier by a `downgrade` budget",
    buckets: &[],
};

pub const REFUSALS: Metric = Metric {
    name: "llm_router_refusals_total",
    kind: Kind::Counter,
    labels: &["code"],
    unit: "requests",
    help: "requests the router answered itself with an error, by error code",
    buckets: &[],
};

/// The fleet store's calls to the rate limit service, by what happened
/// (`code`: `call`, `unavailable`, `local_fallback`, `settled`,
/// `settle_retried`, `settle_unknown`, `settle_dropped`, `month_window_mismatch`; settle ones count
/// descriptors). The `code` label is reused so the shipped `stats_tags` hold.
pub const RATE_LIMIT_SERVICE: Metric = Metric {
    name: "llm_router_rate_limit_service_total",
    kind: Kind::Counter,
    labels: &["code"],
    unit: "events",
    help: "budget store calls to the rate limit service and settlement outcomes",
    buckets: &[],
};

pub const BUDGET_REMAINING: Metric = Metric {
    name: "llm_router_budget_remaining_nano_usd",
    kind: Kind::Gauge,
    labels: &["budget"],
    unit: "nano-USD",
    help: "left in the budget's current window at the last request it applied to (for user and team budgets: that caller's)",    buckets: &[],
};

pub const BUDGET_LIMIT: Metric = Metric {
    name: "llm_router_budget_limit_nano_usd",
    kind: Kind::Gauge,
    labels: &["budget"],
    unit: "nano-USD",
    help: "the budget's cap per window",
    buckets: &[],
};

pub const SHADOW_MATCHES: Metric = Metric {
    name: "llm_router_shadow_rule_matches_total",
    kind: Kind::Counter,
    labels: &["rule", "would_change"],
    unit: "requests",
    help: "shadow rule matches; would_change=\"true\" when the rule would pick another tier",
    buckets: &[],
};

pub const PII_DETECTIONS: Metric = Metric {
    name: "llm_router_pii_detections_total",
    kind: Kind::Counter,
    labels: &["kind"],
    unit: "requests",
    help: "prompts in which PII was found, by the first kind found",
    buckets: &[],
};

pub const MISCONFIGURATIONS: Metric = Metric {
    name: "llm_router_misconfigurations_total",
    kind: Kind::Counter,
    labels: &["kind"],
    unit: "requests",
    help: "requests answered 500 because of a configuration mistake Envoy cannot catch: \
           body_never_arrived (allow_on_headers_stop_iteration missing), config_mismatch, unknown_provider",
    buckets: &[],
};

pub const UPSTREAM_AUTH_ERRORS: Metric = Metric {
    name: "llm_router_upstream_auth_errors_total",
    kind: Kind::Counter,
    labels: &["gen_ai_provider_name"],
    unit: "attempts",
    help: "attempts whose provider rejected the gateway's own credential (401/403)",
    buckets: &[],
};

pub const STREAM_START_FAILURES: Metric = Metric {
    name: "llm_router_stream_start_failures_total",
    kind: Kind::Counter,
    labels: &["gen_ai_provider_name"],
    unit: "attempts",
    help: "streams broken before any content, answered 503 so Envoy retries the next provider",
    buckets: &[],
};

/// Every metric, for documentation and the shipped `stats_tags`.
pub const ALL: [&Metric; 20] = [
    &TOKEN_USAGE,
    &REQUEST_DURATION,
    &TIME_TO_FIRST_TOKEN,
    &TIME_PER_OUTPUT_TOKEN,
    &STREAM_TOKENS_PER_SECOND,
    &REQUESTS,
    &ATTEMPTS,
    &COST,
    &TOKENS,
    &FALLBACKS,
    &DOWNGRADES,
    &REFUSALS,
    &RATE_LIMIT_SERVICE,
    &BUDGET_REMAINING,
    &BUDGET_LIMIT,
    &SHADOW_MATCHES,
    &PII_DETECTIONS,
    &MISCONFIGURATIONS,
    &UPSTREAM_AUTH_ERRORS,
    &STREAM_START_FAILURES,
];

/// The label a `metrics.team_label: true` configuration appends to
/// [`REQUESTS`], [`COST`] and [`TOKENS`].
pub const TEAM_LABEL: &str = "team";

/// Every label name used, in first-use order, `team` last: one `stats_tags`
/// entry each.
pub fn label_names() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for m in ALL {
        for l in m.labels {
            if !out.contains(l) {
                out.push(l);
            }
        }
    }
    out.push(TEAM_LABEL);
    out
}

/// The tag-extraction regex for a label, as written in `stats_config.stats_tags`.
pub fn stats_tag_regex(label: &str) -> String {
    format!("(;{label}=([^;]*))")
}

/// Appends the stat name of one series to `out` (cleared first). `values`
/// pair with `metric.labels`, then any extra `(label, value)` pairs.
pub fn encode_into(out: &mut String, metric: &Metric, values: &[&str], extra: &[(&str, &str)]) {
    out.clear();
    out.push_str(metric.name);
    let pairs = metric
        .labels
        .iter()
        .copied()
        .zip(values.iter().copied())
        .chain(extra.iter().copied());
    for (label, value) in pairs {
        out.push(';');
        out.push_str(label);
        out.push('=');
        push_value(out, value);
    }
}

pub fn encode(metric: &Metric, values: &[&str], extra: &[(&str, &str)]) -> String {
    let mut s = String::with_capacity(96);
    encode_into(&mut s, metric, values, extra);
    s
}

/// Longest label value kept; longer ones are cut (at a char boundary).
pub const MAX_VALUE_LEN: usize = 128;

/// A value as it may appear in a stat name: `;` would end it early and
/// control characters have no place in a label, so both become `_`.
fn push_value(out: &mut String, value: &str) {
    for (i, c) in value.char_indices() {
        if i >= MAX_VALUE_LEN {
            break;
        }
        out.push(if c == ';' || c.is_control() { '_' } else { c });
    }
}

/// `2xx`, `4xx`, `5xx` ...; `none` when no response came (reset, timeout);
/// attempts cut off after their headers are also `none` (see `filter::telemetry`).
pub fn status_class(status: u32) -> &'static str {
    match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        500..=599 => "5xx",
        _ => "none",
    }
}

/// `error_type` of an HTTP outcome: empty for success, else the status code
/// (bounded: provider error codes are free text, so they are not labels).
pub fn error_type_of_status(status: u32) -> String {
    if (200..400).contains(&status) {
        String::new()
    } else if status == 0 {
        "no_response".to_string()
    } else {
        status.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Envoy does with `stats_tags`: for each label's regex, remove the
    /// first group from the name and keep the second as the value.
    fn extract(name: &str) -> (String, Vec<(String, String)>) {
        let mut rest = name.to_string();
        let mut tags = Vec::new();
        for label in label_names() {
            let prefix = format!(";{label}=");
            if let Some(start) = rest.find(&prefix) {
                let vstart = start + prefix.len();
                let end = rest[vstart..].find(';').map_or(rest.len(), |i| vstart + i);
                tags.push((label.to_string(), rest[vstart..end].to_string()));
                rest.replace_range(start..end, "");
            }
        }
        (rest, tags)
    }

    #[test]
    fn encodes_labels_in_order() {
        let n = encode(&FALLBACKS, &["fast", "anthropic", "openai"], &[]);
        assert_eq!(
            n,
            "llm_router_fallbacks_total;route=fast;from_provider=anthropic;to_provider=openai"
        );
        let (rest, tags) = extract(&n);
        assert_eq!(rest, "llm_router_fallbacks_total");
        assert_eq!(
            tags,
            vec![
                ("route".to_string(), "fast".to_string()),
                ("from_provider".to_string(), "anthropic".to_string()),
                ("to_provider".to_string(), "openai".to_string()),
            ]
        );
    }

    #[test]
    fn values_with_dots_separators_and_controls_stay_one_value() {
        let n = encode(
            &TOKENS,
            &["vllm", "meta-llama/Llama-3.1-8B;x=y", "in\nput"],
            &[(TEAM_LABEL, "search")],
        );
        assert_eq!(
            n,
            "llm_router_tokens_total;gen_ai_provider_name=vllm;gen_ai_response_model=meta-llama/Llama-3.1-8B_x=y;gen_ai_token_type=in_put;team=search"
        );
        let (rest, tags) = extract(&n);
        assert_eq!(rest, "llm_router_tokens_total");
        assert_eq!(tags.len(), 4);
        assert_eq!(tags[1].1, "meta-llama/Llama-3.1-8B_x=y");
    }

    #[test]
    fn empty_values_and_long_values() {
        let long = "é".repeat(200);
        let n = encode(&REFUSALS, &[&long], &[]);
        let (_, tags) = extract(&n);
        assert!(tags[0].1.len() <= MAX_VALUE_LEN + 1);
        assert!(tags[0].1.chars().all(|c| c == 'é'));
        let n = encode(&REQUESTS, &["r", "", "p", "m", "2xx", ""], &[]);
        assert_eq!(
            n,
            "llm_router_requests_total;route=r;tier=;gen_ai_provider_name=p;gen_ai_response_model=m;status_class=2xx;error_type="
        );
        assert_eq!(extract(&n).0, "llm_router_requests_total");
    }

    #[test]
    fn encode_into_reuses_the_buffer() {
        let mut buf = String::from("old");
        encode_into(&mut buf, &REFUSALS, &["model_not_found"], &[]);
        assert_eq!(buf, "llm_router_refusals_total;code=model_not_found");
    }

    #[test]
    fn catalogue_is_consistent() {
        let labels = label_names();
        assert_eq!(labels.last(), Some(&TEAM_LABEL));
        for m in ALL {
            assert!(
                m.name.starts_with("gen_ai_") || m.name.starts_with("llm_router_"),
                "{}",
                m.name
            );
            assert!(m.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert_eq!(
                m.kind == Kind::Counter,
                m.name.ends_with("_total"),
                "counters and only counters end in _total: {}",
                m.name
            );
            for l in m.labels {
                assert!(l.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            }
        }
        assert_eq!(stats_tag_regex("route"), "(;route=([^;]*))");
        // No label name is a suffix of another (";route=" vs ";x_route=" is fine
        // because of the leading ';', but keep them distinct anyway).
        let mut sorted = labels.clone();
        sorted.dedup();
        assert_eq!(sorted.len(), labels.len());
    }

    #[test]
    fn histogram_buckets_are_increasing_and_bucket_values() {
        for m in ALL {
            assert_eq!(
                m.kind == Kind::Histogram,
                !m.buckets.is_empty(),
                "{}",
                m.name
            );
            assert!(m.buckets.windows(2).all(|w| w[0] < w[1]), "{}", m.name);
        }
        assert_eq!(bucket_le(&TTFT_BUCKETS_MS, 0), Some(1));
        assert_eq!(bucket_le(&TTFT_BUCKETS_MS, 1), Some(1));
        assert_eq!(bucket_le(&TTFT_BUCKETS_MS, 2), Some(5));
        assert_eq!(bucket_le(&TTFT_BUCKETS_MS, 450), Some(500));
        assert_eq!(bucket_le(&TTFT_BUCKETS_MS, 30001), None);
        assert_eq!(bucket_le(&DURATION_BUCKETS_MS, 1500), Some(2560));
        assert_eq!(bucket_le(&TOKEN_BUCKETS, 17), Some(64));
    }

    /// The shipped Envoy configs carry a tag regex for every label and the
    /// buckets of every histogram, exactly as the catalogue says.
    #[test]
    fn shipped_envoy_configs_extract_every_label_and_bucket_every_histogram() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("envoy");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for label in label_names() {
                let line = format!(
                    "{{tag_name: {label}, regex: \"{}\"}}",
                    stats_tag_regex(label)
                );
                assert!(text.contains(&line), "{}: missing `{line}`", path.display());
            }
            for m in ALL.iter().filter(|m| m.kind == Kind::Histogram) {
                let buckets: Vec<String> = m.buckets.iter().map(u64::to_string).collect();
                let line = format!(
                    "- match: {{prefix: wasmcustom.{}}}\n      buckets: [{}]",
                    m.name,
                    buckets.join(", ")
                );
                assert!(text.contains(&line), "{}: missing `{line}`", path.display());
            }
            checked += 1;
        }
        assert!(checked >= 3);
    }

    #[test]
    fn status_classes_and_error_types() {
        assert_eq!(status_class(200), "2xx");
        assert_eq!(status_class(429), "4xx");
        assert_eq!(status_class(503), "5xx");
        assert_eq!(status_class(0), "none");
        assert_eq!(error_type_of_status(200), "");
        assert_eq!(error_type_of_status(503), "503");
        assert_eq!(error_type_of_status(0), "no_response");
    }
}
