//! The per-request record: what Envoy's access log can print about each chat
//! request. The router sets each field as a wasm property (`set_property`),
//! which Envoy keeps as filter state `wasm.<name>`; an access log format
//! prints it with `%FILTER_STATE(wasm.<name>:PLAIN)%` (a string; fields
//! without a value are not set and print as `null` in a `json_format`).

use crate::api::openai::Usage;

/// Every field: (property name, meaning). `docs/` and the demo's access log use these names.
pub const FIELDS: [(&str, &str); 14] = [
    (
        "llm_user",
        "the caller's user (gateway key or trusted identity)",
    ),
    ("llm_team", "the caller's team"),
    ("llm_model", "the model or alias the client asked for"),
    ("llm_tier", "the tier that served"),
    ("llm_route", "the route that served"),
    (
        "llm_reason",
        "why: model, requested, rule:<r>, allowed:<t>, context:<t>, budget:<b>",
    ),
    (
        "llm_provider",
        "the provider that answered (the last attempt's)",
    ),
    ("llm_upstream_model", "the provider's model name"),
    ("llm_prompt_tokens", "input tokens the provider reported"),
    (
        "llm_completion_tokens",
        "output tokens the provider reported",
    ),
    (
        "llm_cached_tokens",
        "cached input tokens the provider reported",
    ),
    (
        "llm_cost_nano_usd",
        "cost at the serving model's price, in nano-USD (1e-9 USD, exact)",
    ),
    (
        "llm_ttft_ms",
        "streams: time to the first token of the attempt that answered, ms",
    ),
    (
        "llm_error",
        "the error code of a request the router refused (e.g. insufficient_quota)",
    ),
];

/// What is known about a request when it ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub user: Option<String>,
    pub team: Option<String>,
    pub model: Option<String>,
    pub tier: Option<String>,
    pub route: Option<String>,
    pub reason: Option<String>,
    pub provider: Option<String>,
    pub upstream_model: Option<String>,
    pub usage: Option<Usage>,
    pub cost_nano_usd: Option<u64>,
    pub ttft_ms: Option<u64>,
    pub error: Option<String>,
}

impl Record {
    /// The fields that have a value, as (property name, text).
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::with_capacity(FIELDS.len());
        let mut text = |name: &'static str, v: &Option<String>| {
            if let Some(v) = v {
                out.push((name, v.clone()));
            }
        };
        text("llm_user", &self.user);
        text("llm_team", &self.team);
        text("llm_model", &self.model);
        text("llm_tier", &self.tier);
        text("llm_route", &self.route);
        text("llm_reason", &self.reason);
        text("llm_provider", &self.provider);
        text("llm_upstream_model", &self.upstream_model);
        if let Some(u) = &self.usage {
            out.push(("llm_prompt_tokens", u.prompt_tokens.to_string()));
            out.push(("llm_completion_tokens", u.completion_tokens.to_string()));
            let cached = u.prompt_tokens_details.map_or(0, |d| d.cached_tokens);
            out.push(("llm_cached_tokens", cached.to_string()));
        }
        if let Some(c) = self.cost_nano_usd {
            out.push(("llm_cost_nano_usd", c.to_string()));
        }
        if let Some(t) = self.ttft_ms {
            out.push(("llm_ttft_ms", t.to_string()));
        }
        if let Some(e) = &self.error {
            out.push(("llm_error", e.clone()));
        }
        out
    }

    /// The record as one JSON object (the optional debug log line).
    pub fn to_json(&self, request_id: Option<&str>, status: &str, attempts: u64) -> String {
        let mut map = serde_json::Map::new();
        map.insert("request_id".into(), request_id.into());
        map.insert("status".into(), status.into());
        map.insert("attempts".into(), attempts.into());
        for (name, value) in self.fields() {
            let key = name.trim_start_matches("llm_").to_string();
            map.insert(key, value.into());
        }
        serde_json::Value::Object(map).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_fields_are_set() {
        let r = Record {
            error: Some("model_not_found".into()),
            model: Some("nope".into()),
            ..Default::default()
        };
        assert_eq!(
            r.fields(),
            vec![
                ("llm_model", "nope".to_string()),
                ("llm_error", "model_not_found".to_string())
            ]
        );
    }

    /// The demo's JSON access log prints every field of the record.
    #[test]
    fn the_shipped_access_logs_print_every_field() {
        for file in ["demo.yaml", "jwt-identity.yaml"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("envoy")
                .join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            for (name, _) in FIELDS {
                let line = format!(
                    "{}: \"%FILTER_STATE(wasm.{name}:PLAIN)%\"",
                    name.trim_start_matches("llm_")
                );
                assert!(text.contains(&line), "{file}: missing `{line}`");
            }
        }
    }

    #[test]
    fn a_served_request_has_every_field_but_error() {
        let r = Record {
            user: Some("alice".into()),
            team: Some("search".into()),
            model: Some("fast".into()),
            tier: Some("economy".into()),
            route: Some("fast".into()),
            reason: Some("model".into()),
            provider: Some("openai".into()),
            upstream_model: Some("gpt-4o-mini".into()),
            usage: Some(Usage::new(12, 7, 3)),
            cost_nano_usd: Some(1_234),
            ttft_ms: Some(42),
            error: None,
        };
        let f = r.fields();
        let names: Vec<&str> = f.iter().map(|(n, _)| *n).collect();
        let documented: Vec<&str> = FIELDS
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| *n != "llm_error")
            .collect();
        assert_eq!(names, documented);
        assert!(f.contains(&("llm_cost_nano_usd", "1234".to_string())));
        assert!(f.contains(&("llm_cached_tokens", "3".to_string())));
        let json: serde_json::Value =
            serde_json::from_str(&r.to_json(Some("id-1"), "200", 2)).unwrap();
        assert_eq!(json["request_id"], "id-1");
        assert_eq!(json["attempts"], 2);
        assert_eq!(json["upstream_model"], "gpt-4o-mini");
        assert_eq!(json["prompt_tokens"], "12");
    }
}
