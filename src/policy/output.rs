//! Output caps: what a request may generate, checked against what the
//! models of its route can (`upstream_models.<m>.max_output_tokens`).

use super::Policy;
use crate::api::openai::OutputAsk;
use crate::error::ApiError;

impl Policy {
    /// Can every model of `route` generate `max_tokens` per choice? (No cap
    /// asked, or no limit known: yes.)
    pub fn fits_output(&self, route: &str, max_tokens: Option<u64>) -> bool {
        max_tokens.is_none_or(|m| self.route_output_limits.get(route).is_none_or(|l| m <= *l))
    }

    /// A 400 naming the parameter when the cap the client asked for is above
    /// what the requested model's route can generate. Any model of the route
    /// may serve (fallback), so the smallest limit applies: refusing up front
    /// beats a provider's 400 on the fallback attempt.
    pub fn check_output(&self, model: &str, route: &str, ask: &OutputAsk) -> Result<(), ApiError> {
        match (ask.max_tokens, self.route_output_limits.get(route)) {
            (Some(m), Some(&limit)) if m > limit => Err(ApiError::invalid_request(format!(
                "`{}` is {m}; model `{model}` generates at most {limit} tokens. Use a value from 1 to {limit}.",
                ask.max_tokens_param
            ))
            .with_param(ask.max_tokens_param)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::api::openai::OutputAsk;
    use crate::policy::{Policy, RawPolicy};
    use std::collections::BTreeMap;

    fn policy(extra: &str) -> Result<Policy, (String, String)> {
        let routes: BTreeMap<String, BTreeMap<String, String>> = [(
            "r".to_string(),
            [
                ("a".to_string(), "small".to_string()),
                ("b".to_string(), "large".to_string()),
            ]
            .into(),
        )]
        .into();
        let raw: RawPolicy = serde_json::from_str(&format!(
            r#"{{"upstream_models": {{"small": {{"max_output_tokens": 8192}},
                                     "large": {{"max_output_tokens": 32768, "max_tokens_param": "max_completion_tokens"}}}}{extra}}}"#
        ))
        .map_err(|e| ("json".to_string(), e.to_string()))?;
        Policy::compile(raw, &routes)
    }

    fn ask(max: Option<u64>, param: &'static str) -> OutputAsk {
        OutputAsk {
            max_tokens: max,
            max_tokens_param: param,
            n: 1,
        }
    }

    #[test]
    fn the_smallest_limit_of_the_route_applies() {
        let p = policy("").unwrap();
        assert_eq!(p.route_output_limits["r"], 8192);
        assert!(p
            .check_output("m", "r", &ask(Some(8192), "max_tokens"))
            .is_ok());
        assert!(p.check_output("m", "r", &ask(None, "max_tokens")).is_ok());
        assert!(p
            .check_output("m", "other", &ask(Some(1 << 40), "max_tokens"))
            .is_ok());
        let e = p
            .check_output("m", "r", &ask(Some(8193), "max_completion_tokens"))
            .unwrap_err();
        assert_eq!((e.status, e.param), (400, Some("max_completion_tokens")));
        assert!(e.message.contains("at most 8192"), "{}", e.message);
        assert!(p.fits_output("r", Some(8192)) && !p.fits_output("r", Some(8193)));
        assert_eq!(
            p.max_tokens_params.get("large").map(|m| m.as_str()),
            Some("max_completion_tokens")
        );
    }

    #[test]
    fn bad_model_settings_are_refused() {
        let e = policy(r#", "budgets": []"#).map(|_| ());
        assert!(e.is_ok());
        let routes = BTreeMap::new();
        for (json, path) in [
            (
                r#"{"upstream_models": {"m": {"max_output_tokens": 0}}}"#,
                "upstream_models.m.max_output_tokens",
            ),
            (
                r#"{"upstream_models": {"m": {"input_per_million_tokens_usd": 1}}}"#,
                "upstream_models.m",
            ),
        ] {
            let raw: RawPolicy = serde_json::from_str(json).unwrap();
            assert_eq!(Policy::compile(raw, &routes).unwrap_err().0, path);
        }
        let raw: Result<RawPolicy, _> = serde_json::from_str(
            r#"{"upstream_models": {"m": {"max_tokens_param": "max_output"}}}"#,
        );
        assert!(raw.is_err());
    }
}
