//! Which headers cross the gateway: an allowlist in both directions.
//!
//! The provider account belongs to the gateway, so a client must not steer it
//! with headers (`OpenAI-Organization`, `OpenAI-Project`, `OpenAI-Beta`,
//! `anthropic-beta`, cookies, ...), and a provider's answer must not tell the
//! client about the account (`openai-organization`, rate-limit headers of the
//! account, ...). Requests to a provider carry only [`FORWARDED_REQUEST_HEADERS`],
//! Envoy's pseudo-headers, the provider's own credentials, and what the
//! provider's configuration allows (`forward_request_headers`, by name and
//! value); answers carry only [`EXPOSED_RESPONSE_HEADERS`] and the provider's
//! `expose_response_headers`.
//!
//! All of it works on a header list read once from the host (one `get_map`
//! call) and returns what to remove: removing a header that is absent costs a
//! host call too.

use std::collections::BTreeMap;

use serde::Deserialize;

/// Client request headers every provider gets: the body's type, what the
/// client accepts, the request id and distributed tracing (W3C, B3, Envoy's
/// OpenTracing and client trace id). Envoy's pseudo-headers (`:path`, ...) are
/// kept too.
pub const FORWARDED_REQUEST_HEADERS: &[&str] = &[
    "content-type",
    "accept",
    "x-request-id",
    "x-client-trace-id",
    "traceparent",
    "tracestate",
    "b3",
    "x-b3-traceid",
    "x-b3-spanid",
    "x-b3-parentspanid",
    "x-b3-sampled",
    "x-b3-flags",
    "x-ot-span-context",
];

/// Provider response headers every client gets: framing and caching, the
/// date, `retry-after` (says when, not whose quota), the request id. The
/// gateway's own `x-llm-*` headers are set after the strip.
pub const EXPOSED_RESPONSE_HEADERS: &[&str] = &[
    "content-type",
    "content-length",
    "content-encoding",
    "transfer-encoding",
    "cache-control",
    "vary",
    "date",
    "retry-after",
    "x-request-id",
];

/// Headers that carry a credential, a session or the connection's framing:
/// the configuration may not forward them from clients.
const NEVER_FORWARDED: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "x-api-key",
    "api-key",
    "x-goog-api-key",
    "cookie",
    "host",
    "content-length",
    "transfer-encoding",
    "connection",
];

/// Per provider, as written in the configuration.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHeaderPolicy {
    /// Header name (`prefix*` matches a prefix) -> the values a client may
    /// send (`"*"`: any value).
    #[serde(default)]
    pub forward_request_headers: BTreeMap<String, Vec<String>>,
    /// Response header names passed to clients; `prefix*` matches a prefix.
    #[serde(default)]
    pub expose_response_headers: Vec<String>,
}

/// What a provider lets through beyond the fixed lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderPolicy {
    forward: Vec<(NamePattern, Allowed)>,
    expose: Vec<NamePattern>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Allowed {
    Any,
    /// Values compared one comma-separated item at a time (`anthropic-beta: a,b`).
    Values(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum NamePattern {
    Exact(String),
    Prefix(String),
}

impl NamePattern {
    fn matches(&self, name: &str) -> bool {
        match self {
            NamePattern::Exact(n) => n == name,
            NamePattern::Prefix(p) => name.starts_with(p.as_str()),
        }
    }
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

impl HeaderPolicy {
    /// Validates; an error is `(field relative to the provider, message)`.
    pub fn compile(raw: RawHeaderPolicy) -> Result<HeaderPolicy, (String, String)> {
        let mut forward = Vec::with_capacity(raw.forward_request_headers.len());
        for (name, values) in raw.forward_request_headers {
            let field = format!("forward_request_headers.{name}");
            let stem = name.strip_suffix('*').unwrap_or(&name);
            if !valid_name(stem) {
                return Err((
                    field,
                    "header names are lower-case letters, digits, `-` and `_`, optionally ending in `*`"
                        .into(),
                ));
            }
            let reserved = |n: &str| n.starts_with(stem) || stem.starts_with(n);
            let internal = crate::route::INTERNAL_PREFIX;
            let clash = if name.ends_with('*') {
                NEVER_FORWARDED.iter().any(|n| reserved(n)) || reserved(internal)
            } else {
                NEVER_FORWARDED.contains(&stem) || stem.starts_with(internal)
            };
            if clash {
                return Err((
                    field,
                    format!("`{name}` would take a credential, the gateway's routing or the framing from clients"),
                ));
            }
            if values.is_empty()
                || values
                    .iter()
                    .any(|v| v.trim().is_empty() || v.contains(','))
            {
                return Err((
                    field,
                    "list the values a client may send (non-empty, one per item, no commas), or [\"*\"] for any".into(),
                ));
            }
            let allowed = if values.iter().any(|v| v == "*") {
                Allowed::Any
            } else {
                Allowed::Values(values.iter().map(|v| v.trim().to_string()).collect())
            };
            let pattern = match name.strip_suffix('*') {
                Some(p) => NamePattern::Prefix(p.to_string()),
                None => NamePattern::Exact(name),
            };
            forward.push((pattern, allowed));
        }
        let mut expose = Vec::with_capacity(raw.expose_response_headers.len());
        for (i, name) in raw.expose_response_headers.into_iter().enumerate() {
            let (stem, pattern) = match name.strip_suffix('*') {
                Some(p) => (p.to_string(), NamePattern::Prefix(p.to_string())),
                None => (name.clone(), NamePattern::Exact(name.clone())),
            };
            if !valid_name(&stem) {
                return Err((
                    format!("expose_response_headers[{i}]"),
                    format!("`{name}`: header names are lower-case letters, digits, `-` and `_`, optionally ending in `*`"),
                ));
            }
            expose.push(pattern);
        }
        Ok(HeaderPolicy { forward, expose })
    }

    fn forward_rule(&self, name: &str) -> Option<&Allowed> {
        self.forward
            .iter()
            .find(|(p, _)| p.matches(name))
            .map(|(_, a)| a)
    }

    /// The value to send for a client header, or `None` when this provider
    /// takes none of it. For a value list, only the listed items of a
    /// comma-separated value are kept.
    pub fn forwarded_value(&self, name: &str, value: &str) -> Option<String> {
        match self.forward_rule(name)? {
            Allowed::Any => Some(value.to_string()),
            Allowed::Values(allowed) => {
                let kept: Vec<&str> = value
                    .split(',')
                    .map(str::trim)
                    .filter(|v| allowed.iter().any(|a| a == v))
                    .collect();
                (!kept.is_empty()).then(|| kept.join(","))
            }
        }
    }

    fn exposes(&self, name: &str) -> bool {
        self.expose.iter().any(|p| p.matches(name))
    }
}

/// Request headers to remove before this attempt goes to the provider:
/// everything but pseudo-headers and [`FORWARDED_REQUEST_HEADERS`]. Headers
/// a provider may receive from clients are removed too: the translator sets
/// them again from the client's original values (an earlier attempt to
/// another provider may have left its own in the shared header map).
pub fn request_headers_to_remove(headers: &[(String, String)]) -> Vec<&str> {
    headers
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| !k.starts_with(':') && !FORWARDED_REQUEST_HEADERS.contains(k))
        .collect()
}

/// Response headers to remove before the answer goes back to the client.
pub fn response_headers_to_remove<'a>(
    headers: &'a [(String, String)],
    policy: &HeaderPolicy,
) -> Vec<&'a str> {
    headers
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| {
            !k.starts_with(':')
                && !k.starts_with(crate::route::INTERNAL_PREFIX)
                && !EXPOSED_RESPONSE_HEADERS.contains(k)
                && !policy.exposes(k)
        })
        .collect()
}

/// The client headers that some provider may receive, with their values as
/// the client sent them: kept by the router in the body stamp, since every
/// retry attempt shares (and the translator edits) one header map.
pub fn forwardable<'a, I>(headers: &[(String, String)], policies: I) -> Vec<(String, String)>
where
    I: IntoIterator<Item = &'a HeaderPolicy> + Clone,
{
    headers
        .iter()
        .filter(|(k, _)| {
            policies
                .clone()
                .into_iter()
                .any(|p| p.forward_rule(k).is_some())
        })
        .cloned()
        .collect()
}

/// What this provider gets of the client's forwardable headers.
pub fn forwarded_for(client: &[(String, String)], policy: &HeaderPolicy) -> Vec<(String, String)> {
    client
        .iter()
        .filter_map(|(k, v)| policy.forwarded_value(k, v).map(|v| (k.clone(), v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn policy(json: &str) -> Result<HeaderPolicy, (String, String)> {
        HeaderPolicy::compile(serde_json::from_str(json).unwrap())
    }

    #[test]
    fn only_the_allowlist_reaches_a_provider() {
        let headers = h(&[
            (":method", "POST"),
            (":path", "/v1/chat/completions"),
            (":authority", "gw"),
            ("content-type", "application/json"),
            ("accept", "text/event-stream"),
            ("x-request-id", "r1"),
            ("traceparent", "00-abc-def-01"),
            ("x-b3-traceid", "abc"),
            ("openai-organization", "org-victim"),
            ("openai-project", "proj_x"),
            ("openai-beta", "assistants=v2"),
            ("anthropic-beta", "prompt-caching-2024-07-31"),
            ("anthropic-dangerous-direct-browser-access", "true"),
            ("cookie", "session=1"),
            ("user-agent", "OpenAI/Python 1.0"),
            ("x-stainless-os", "Linux"),
            ("x-forwarded-for", "10.0.0.1"),
            ("content-length", "42"),
            ("accept-encoding", "gzip"),
            ("x-api-key", "attempt-1-key"),
            ("anthropic-version", "2023-06-01"),
        ]);
        assert_eq!(
            request_headers_to_remove(&headers),
            vec![
                "openai-organization",
                "openai-project",
                "openai-beta",
                "anthropic-beta",
                "anthropic-dangerous-direct-browser-access",
                "cookie",
                "user-agent",
                "x-stainless-os",
                "x-forwarded-for",
                "content-length",
                "accept-encoding",
                "x-api-key",
                "anthropic-version",
            ]
        );
    }

    #[test]
    fn configured_values_are_forwarded_item_by_item() {
        let p = policy(
            r#"{"forward_request_headers": {"anthropic-beta": ["prompt-caching-2024-07-31", "output-128k-2025-02-19"],
                                            "x-tenant": ["*"]}}"#,
        )
        .unwrap();
        let client = h(&[
            (
                "anthropic-beta",
                "prompt-caching-2024-07-31, computer-use-2024-10-22",
            ),
            ("x-tenant", "blue"),
            ("openai-organization", "org-x"),
        ]);
        assert_eq!(
            forwarded_for(&client, &p),
            h(&[
                ("anthropic-beta", "prompt-caching-2024-07-31"),
                ("x-tenant", "blue")
            ])
        );
        assert_eq!(
            p.forwarded_value("anthropic-beta", "computer-use-2024-10-22"),
            None
        );
        assert_eq!(forwarded_for(&client, &HeaderPolicy::default()), vec![]);
        let sim = policy(r#"{"forward_request_headers": {"x-sim-*": ["*"]}}"#).unwrap();
        let client = h(&[("x-sim-status", "503"), ("x-simple", "no")]);
        assert_eq!(forwarded_for(&client, &sim), h(&[("x-sim-status", "503")]));
    }

    #[test]
    fn the_router_keeps_what_any_provider_may_take() {
        let a = policy(r#"{"forward_request_headers": {"anthropic-beta": ["x"]}}"#).unwrap();
        let b = HeaderPolicy::default();
        let client = h(&[
            ("anthropic-beta", "y"),
            ("openai-beta", "z"),
            ("accept", "*/*"),
        ]);
        assert_eq!(
            forwardable(&client, [&a, &b]),
            h(&[("anthropic-beta", "y")])
        );
        assert_eq!(forwardable(&client, [&b]), vec![]);
    }

    #[test]
    fn account_headers_do_not_reach_clients() {
        let headers = h(&[
            (":status", "200"),
            ("content-type", "application/json"),
            ("date", "Mon"),
            ("openai-organization", "org-gateway"),
            ("openai-project", "proj_gateway"),
            ("openai-processing-ms", "12"),
            ("x-ratelimit-remaining-requests", "99"),
            ("anthropic-ratelimit-tokens-remaining", "1000"),
            ("anthropic-organization-id", "org-uuid"),
            ("request-id", "req_1"),
            ("set-cookie", "__cf_bm=1"),
            ("server", "cloudflare"),
            ("retry-after", "3"),
            ("x-llm-provider", "openai"),
        ]);
        assert_eq!(
            response_headers_to_remove(&headers, &HeaderPolicy::default()),
            vec![
                "openai-organization",
                "openai-project",
                "openai-processing-ms",
                "x-ratelimit-remaining-requests",
                "anthropic-ratelimit-tokens-remaining",
                "anthropic-organization-id",
                "request-id",
                "set-cookie",
                "server",
            ]
        );
        let p = policy(r#"{"expose_response_headers": ["x-ratelimit-*", "request-id"]}"#).unwrap();
        assert_eq!(
            response_headers_to_remove(&headers, &p),
            vec![
                "openai-organization",
                "openai-project",
                "openai-processing-ms",
                "anthropic-ratelimit-tokens-remaining",
                "anthropic-organization-id",
                "set-cookie",
                "server",
            ]
        );
    }

    #[test]
    fn credentials_and_bad_names_are_refused() {
        for (json, field) in [
            (
                r#"{"forward_request_headers": {"authorization": ["*"]}}"#,
                "forward_request_headers.authorization",
            ),
            (
                r#"{"forward_request_headers": {"cookie": ["*"]}}"#,
                "forward_request_headers.cookie",
            ),
            (
                r#"{"forward_request_headers": {"x-llm-cluster": ["*"]}}"#,
                "forward_request_headers.x-llm-cluster",
            ),
            (
                r#"{"forward_request_headers": {"Anthropic-Beta": ["x"]}}"#,
                "forward_request_headers.Anthropic-Beta",
            ),
            (
                r#"{"forward_request_headers": {"anthropic-beta": []}}"#,
                "forward_request_headers.anthropic-beta",
            ),
            (
                r#"{"forward_request_headers": {"anthropic-beta": ["a,b"]}}"#,
                "forward_request_headers.anthropic-beta",
            ),
            (
                r#"{"expose_response_headers": ["ok", "Bad Name"]}"#,
                "expose_response_headers[1]",
            ),
        ] {
            let (path, message) = policy(json).unwrap_err();
            assert_eq!(path, field, "{message}");
        }
    }
}
