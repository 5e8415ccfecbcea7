//! What a caller has left: the budgets that apply to it, for `GET /v1/budgets`.

use serde::Serialize;

use super::identity::Identity;
use super::spend::{budget_limit, scope_id};
use super::Policy;
use crate::ledger::{self, format_usd, Store};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BudgetStatus {
    pub name: String,
    pub scope: &'static str,
    pub id: String,
    pub window: &'static str,
    /// Start of the current window (Unix seconds) and when it resets.
    pub window_start: u64,
    pub resets_at: u64,
    pub limit_usd: String,
    pub used_usd: String,
    pub remaining_usd: String,
    /// Exact amounts, in nano-USD (in-flight reservations included in `used`).
    pub used_nano_usd: u64,
    pub limit_nano_usd: u64,
}

impl Policy {
    pub fn budget_status(
        &self,
        store: &dyn Store,
        identity: Option<&Identity>,
        now: u64,
    ) -> Vec<BudgetStatus> {
        self.budgets
            .iter()
            .filter_map(|b| {
                let id = scope_id(b.scope, &b.ids, identity, "")?;
                let limit = budget_limit(b, id);
                let remaining = ledger::remaining(store, &limit, now).ok()?;
                let used = b.limit_nano_usd.saturating_sub(remaining);
                Some(BudgetStatus {
                    name: b.name.clone(),
                    scope: b.scope.as_str(),
                    id: id.to_string(),
                    window: b.window.as_str(),
                    window_start: b.window.start(now),
                    resets_at: b.window.end(now),
                    limit_usd: format_usd(b.limit_nano_usd),
                    used_usd: format_usd(used),
                    remaining_usd: format_usd(remaining),
                    used_nano_usd: used,
                    limit_nano_usd: b.limit_nano_usd,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::MemoryStore;
    use crate::policy::spend::Ask;
    use crate::policy::RawPolicy;
    use std::collections::BTreeMap;

    #[test]
    fn shows_used_and_remaining() {
        let routes: BTreeMap<String, BTreeMap<String, String>> =
            [("r".to_string(), [("p".to_string(), "m".to_string())].into())].into();
        let raw: RawPolicy = serde_json::from_str(
            r#"{"upstream_models": {"m": {"input_per_million_tokens_usd": 1, "output_per_million_tokens_usd": 2}},
                "budgets": [{"name": "g", "scope": "global", "window": "day", "limit_usd": 1}]}"#,
        )
        .unwrap();
        let policy = Policy::compile(raw, &routes).unwrap();
        let store = MemoryStore::new();
        let ask = Ask {
            identity: None,
            route: "r",
            price: policy.route_prices.get("r").copied(),
            prompt_tokens: 10,
            max_tokens: 5,
        };
        let admission = policy.admit(&store, &ask, 1000).unwrap();
        policy.settle(&store, admission, 12_345, 15);
        let s = policy.budget_status(&store, None, 1000);
        assert_eq!(s.len(), 1);
        assert_eq!(
            (s[0].used_nano_usd, s[0].limit_nano_usd),
            (12_345, 1_000_000_000)
        );
        assert_eq!(s[0].remaining_usd, "0.999987");
        assert_eq!((s[0].window_start, s[0].resets_at), (0, 86_400));
    }
}
