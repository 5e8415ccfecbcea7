//! What a caller has left: the budgets that apply to it, for `GET /v1/budgets`.
//!
//! Spend is reported as it is, even past the limit (a request may settle
//! above its reservation, or a lease may have run out while its request
//! lived on): `used` is never capped, and `remaining` is signed.

use serde::Serialize;

use super::identity::Identity;
use super::spend::{budget_limit, scope_id};
use super::Policy;
use crate::ledger::{self, format_signed_usd, format_usd, Store};

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
    /// Settled spend plus what requests in flight hold.
    pub used_usd: String,
    /// `limit - used`: negative when the budget was overspent.
    pub remaining_usd: String,
    /// Exact amounts, in nano-USD.
    pub used_nano_usd: u64,
    pub limit_nano_usd: u64,
    pub remaining_nano_usd: i128,
    /// Settled spend (actual costs of finished requests). `None` on the
    /// rate limit service, which holds one count per budget (settled and in
    /// flight together, fleet-wide): `used` is that count.
    pub spent_nano_usd: Option<u64>,
    /// Held by requests in flight (reservations not yet settled); `None` on
    /// the rate limit service (see `spent_nano_usd`).
    pub reserved_nano_usd: Option<u64>,
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
                let spent = ledger::spent(store, &limit, now).ok()?;
                let used = spent.used();
                let remaining = i128::from(b.limit_nano_usd) - i128::from(used);
                Some(BudgetStatus {
                    name: b.name.clone(),
                    scope: b.scope.as_str(),
                    id: id.to_string(),
                    window: b.window.as_str(),
                    window_start: b.window.start(now),
                    resets_at: b.window.end(now),
                    limit_usd: format_usd(b.limit_nano_usd),
                    used_usd: format_usd(used),
                    remaining_usd: format_signed_usd(remaining),
                    used_nano_usd: used,
                    limit_nano_usd: b.limit_nano_usd,
                    remaining_nano_usd: remaining,
                    spent_nano_usd: Some(spent.committed),
                    reserved_nano_usd: Some(spent.reserved),
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

    /// A policy with one global daily budget of `limit_usd` on route `r`
    /// (model `m`: $1/M input, $2/M output tokens), and an empty store.
    fn global_daily_budget(limit_usd: &str) -> (Policy, MemoryStore) {
        let routes: BTreeMap<String, BTreeMap<String, String>> =
            [("r".to_string(), [("p".to_string(), "m".to_string())].into())].into();
        let raw: RawPolicy = serde_json::from_str(&format!(
            r#"{{"upstream_models": {{"m": {{"input_per_million_tokens_usd": 1, "output_per_million_tokens_usd": 2}}}},
                "budgets": [{{"name": "g", "scope": "global", "window": "day", "limit_usd": {limit_usd}}}]}}"#
        ))
        .unwrap();
        (Policy::compile(raw, &routes).unwrap(), MemoryStore::new())
    }

    /// An anonymous request on route `r`: 10 prompt tokens, at most 5 out.
    fn ask(policy: &Policy) -> Ask<'_> {
        Ask {
            identity: None,
            route: "r",
            price: policy.route_prices.get("r").copied(),
            prompt_tokens: 10,
            max_tokens: 5,
        }
    }

    #[test]
    fn shows_used_and_remaining() {
        let (policy, store) = global_daily_budget("1");
        let ask = ask(&policy);
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
        assert_eq!(
            (s[0].spent_nano_usd, s[0].reserved_nano_usd),
            (Some(12_345), Some(0))
        );
    }

    /// A request that settles above what is left (its provider went past
    /// the reserved `max_tokens`, or its lease ran out while it lived on)
    /// overspends the budget: the status shows the real spend and a
    /// negative remainder, never a used amount capped at the limit.
    #[test]
    fn shows_overspend_and_a_negative_remainder() {
        let (policy, store) = global_daily_budget("0.25");
        let ask = ask(&policy);
        let admission = policy.admit(&store, &ask, 1000).unwrap();
        policy.settle(&store, admission, 1_260_000_000, 15);
        let held = policy.admit(&store, &ask, 1000);
        assert!(held.is_err(), "nothing is admitted past the cap");
        let s = policy.budget_status(&store, None, 1000);
        assert_eq!(s[0].used_nano_usd, 1_260_000_000);
        assert_eq!(s[0].used_usd, "1.260000");
        assert_eq!(s[0].remaining_nano_usd, -1_010_000_000);
        assert_eq!(s[0].remaining_usd, "-1.010000");
        let json = serde_json::to_value(&s[0]).unwrap();
        assert_eq!(json["remaining_nano_usd"], -1_010_000_000i64);
    }
}
