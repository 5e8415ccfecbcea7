//! Test fixtures shared by the policy and fleet tests.

use std::collections::BTreeMap;

use super::{Policy, RawPolicy};

/// Two tiers, economy (route `cheap`, model `small` at $1/M tokens) and
/// premium (route `dear`, model `large` at $10/M), users named by `x-user`,
/// and the given `budgets` (a JSON array).
pub fn two_tier_policy(budgets: &str) -> Policy {
    let routes: BTreeMap<String, BTreeMap<String, String>> = [
        (
            "cheap".to_string(),
            [("p".to_string(), "small".to_string())].into(),
        ),
        (
            "dear".to_string(),
            [("p".to_string(), "large".to_string())].into(),
        ),
    ]
    .into();
    let raw: RawPolicy = serde_json::from_str(&format!(
        r#"{{"identity": {{"trusted": {{"user_header": "x-user"}}}},
            "tiers": [{{"name": "economy", "route": "cheap", "default_max_tokens": 100}},
                      {{"name": "premium", "route": "dear", "default_max_tokens": 100}}],
            "upstream_models": {{"small": {{"input_per_million_tokens_usd": 1, "output_per_million_tokens_usd": 1}},
                                 "large": {{"input_per_million_tokens_usd": 10, "output_per_million_tokens_usd": 10}}}},
            "budgets": {budgets}}}"#
    ))
    .unwrap();
    Policy::compile(raw, &routes).unwrap()
}
