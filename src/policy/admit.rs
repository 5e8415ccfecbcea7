//! The last step of a decision: budgets and rate limits on the chosen tier,
//! downgrading where a budget says so; then, when the request ends, settling.

use super::choose::Choice;
use super::identity::Identity;
use super::spend::{self, Admission, Refusal};
use super::{OnExceed, Policy, DEFAULT_TIER_MAX_TOKENS};
use crate::api::openai::Usage;
use crate::error::ApiError;
use crate::ledger::{format_usd, Store};

/// Where a request goes, why, and what it holds on the counters.
#[derive(Debug, Default)]
pub struct Decision {
    pub route: String,
    pub tier: Option<usize>,
    pub reason: String,
    pub admission: Option<Admission>,
    /// What it holds on the rate limit service instead (fleet store).
    pub remote: Option<crate::fleet::plan::RemoteAdmission>,
    /// `max_tokens` to enforce upstream: a reservation assumed it and the
    /// client gave none.
    pub enforce_max_tokens: Option<u64>,
}

/// How a request ended, for its counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// A provider answered and reported this usage, at this cost.
    Used {
        cost_nano_usd: u64,
        total_tokens: u64,
    },
    /// A provider answered without reporting usage: charge the reservation.
    UsageUnknown,
    /// No answer: give everything back.
    Failed,
}

/// A tier (and route) a request may be admitted on, in the order to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub tier: Option<usize>,
    pub route: String,
    /// What the reservation assumes per choice (and is sent upstream when the client gave none).
    pub max_tokens: u64,
    /// The request's `n`: each choice is a completion of its own.
    pub choices: u64,
}

impl Candidate {
    pub fn ask<'a>(
        &'a self,
        policy: &Policy,
        identity: Option<&'a Identity>,
        prompt_tokens: u64,
    ) -> spend::Ask<'a> {
        spend::Ask {
            identity,
            route: &self.route,
            price: policy.route_prices.get(&self.route).copied(),
            prompt_tokens,
            max_tokens: self.max_tokens.saturating_mul(self.choices.max(1)),
        }
    }
}

impl Policy {
    /// The chosen tier, then (for `downgrade` budgets) the cheaper tiers that may replace it.
    pub fn candidates(
        &self,
        choice: &Choice,
        identity: Option<&Identity>,
        prompt_tokens: u64,
        client_max: Option<u64>,
        choices: u64,
    ) -> Vec<Candidate> {
        let need = prompt_tokens.saturating_add(client_max.unwrap_or(0));
        let mut tiers = vec![choice.tier];
        if let Some(t) = choice.tier {
            tiers.extend(
                self.downgrades(t, identity, need)
                    .into_iter()
                    .filter(|&d| {
                        self.tiers
                            .get(d)
                            .is_some_and(|c| self.fits_output(&c.route, client_max))
                    })
                    .map(Some),
            );
        }
        tiers
            .into_iter()
            .map(|candidate| {
                let tier = candidate.and_then(|t| self.tiers.get(t));
                let route = tier.map_or(choice.route.as_str(), |t| t.route.as_str());
                let tier_max =
                    u64::from(tier.map_or(DEFAULT_TIER_MAX_TOKENS, |t| t.default_max_tokens));
                Candidate {
                    tier: candidate,
                    route: route.to_string(),
                    max_tokens: client_max.unwrap_or(tier_max),
                    choices,
                }
            })
            .collect()
    }

    /// Reserves the chosen tier's worst case on every budget and limit; when a
    /// `downgrade` budget is short, tries the cheaper tiers that may replace it.
    /// The worst case is the prompt plus `choices` (the request's `n`) times
    /// the output cap: each choice is a completion of its own.
    #[allow(clippy::too_many_arguments)]
    pub fn admit_choice(
        &self,
        store: &dyn Store,
        choice: &Choice,
        identity: Option<&Identity>,
        prompt_tokens: u64,
        client_max: Option<u64>,
        choices: u64,
        now: u64,
    ) -> Result<Decision, Refusal> {
        let mut decision = Decision {
            route: choice.route.clone(),
            tier: choice.tier,
            reason: choice.reason.clone(),
            ..Decision::default()
        };
        if !self.has_spend_rules() {
            return Ok(decision);
        }
        let mut downgraded_by: Option<&str> = None;
        let mut last_refusal = None;
        for candidate in self.candidates(choice, identity, prompt_tokens, client_max, choices) {
            let ask = candidate.ask(self, identity, prompt_tokens);
            let (candidate, route, max_tokens) = (
                candidate.tier,
                candidate.route.as_str(),
                candidate.max_tokens,
            );
            match self.admit(store, &ask, now) {
                Ok(admission) => {
                    decision.route = route.to_string();
                    decision.tier = candidate;
                    decision.admission = Some(admission);
                    decision.enforce_max_tokens = client_max.is_none().then_some(max_tokens);
                    if let Some(budget) = downgraded_by {
                        decision.reason = format!("budget:{budget}");
                    }
                    return Ok(decision);
                }
                Err(
                    r @ Refusal::Budget {
                        index,
                        on_exceed: OnExceed::Downgrade,
                        ..
                    },
                ) => {
                    downgraded_by =
                        downgraded_by.or(self.budgets.get(index).map(|b| b.name.as_str()));
                    last_refusal = Some(r);
                }
                Err(r) => return Err(r),
            }
        }
        Err(last_refusal.unwrap_or_else(|| Refusal::Unavailable("no tier to try".into())))
    }

    /// The client's answer to a refusal: the error and the headers that explain it.
    pub fn refusal_error(&self, r: &Refusal) -> (ApiError, Vec<(&'static str, String)>) {
        match r {
            Refusal::Budget {
                index,
                remaining_nano_usd,
                ..
            } => {
                let name = self.budgets.get(*index).map_or("", |b| b.name.as_str());
                let left = format_usd(*remaining_nano_usd);
                let e = ApiError::new(
                    429,
                    "insufficient_quota",
                    format!("Budget `{name}` does not cover this request. Remaining: ${left}."),
                )
                .with_code("insufficient_quota");
                (e, vec![(crate::route::BUDGET_REMAINING_HEADER, left)])
            }
            Refusal::RateLimit {
                index,
                retry_after_secs,
                never_fits,
            } => {
                let name = self.rate_limits.get(*index).map_or("", |l| l.name.as_str());
                let e = if *never_fits {
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
            Refusal::Unavailable(why) => (
                ApiError::new(
                    503,
                    "server_error",
                    format!("Budgets cannot be checked right now ({why})."),
                ),
                Vec::new(),
            ),
        }
    }

    /// What a usage cost at the price of the model that served it (0 for a
    /// model without a price: only possible when no budget is configured).
    pub fn cost(&self, upstream_model: &str, usage: &Usage) -> u64 {
        self.prices.get(upstream_model).map_or(0, |p| {
            let cached = usage.prompt_tokens_details.map_or(0, |d| d.cached_tokens);
            p.cost(usage.prompt_tokens, cached, usage.completion_tokens)
        })
    }

    /// Settles, charges or releases a request's reservation.
    pub fn finish(&self, store: &dyn Store, admission: Admission, ending: Ending) {
        match ending {
            Ending::Used {
                cost_nano_usd,
                total_tokens,
            } => self.settle(store, admission, cost_nano_usd, total_tokens),
            Ending::UsageUnknown => self.keep(store, admission),
            Ending::Failed => self.release(store, admission),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::MemoryStore;
    use crate::policy::testing::two_tier_policy as policy;

    fn premium() -> Choice {
        Choice {
            route: "dear".into(),
            tier: Some(1),
            reason: "model".into(),
            shadow: None,
        }
    }

    fn alice() -> Identity {
        Identity {
            user: "alice".into(),
            team: None,
            tiers: None,
        }
    }

    // 10 prompt + 100 output tokens: premium reserves 110 * 10_000 nano, economy 110 * 1000.
    const PREMIUM: u64 = 1_100_000;
    const ECONOMY: u64 = 110_000;

    #[test]
    fn fits_on_the_chosen_tier() {
        let p = policy(
            r#"[{"name": "b", "scope": "user", "window": "day", "limit_usd": 1, "on_exceed": "downgrade"}]"#,
        );
        let store = MemoryStore::new();
        let d = p
            .admit_choice(&store, &premium(), Some(&alice()), 10, None, 1, 0)
            .unwrap();
        assert_eq!(
            (d.route.as_str(), d.tier, d.reason.as_str()),
            ("dear", Some(1), "model")
        );
        assert_eq!(d.enforce_max_tokens, Some(100));
        assert_eq!(
            d.admission.unwrap().remaining_nano_usd,
            Some(1_000_000_000 - PREMIUM)
        );
    }

    #[test]
    fn downgrades_when_the_budget_says_so_then_refuses() {
        let limit = (PREMIUM - 1) as f64 / 1e9;
        let p = policy(&format!(
            r#"[{{"name": "b", "scope": "user", "window": "day", "limit_usd": {limit}, "on_exceed": "downgrade"}}]"#
        ));
        let store = MemoryStore::new();
        let d = p
            .admit_choice(&store, &premium(), Some(&alice()), 10, Some(100), 1, 0)
            .unwrap();
        assert_eq!(
            (d.route.as_str(), d.tier, d.reason.as_str()),
            ("cheap", Some(0), "budget:b")
        );
        assert_eq!(d.enforce_max_tokens, None, "the client gave max_tokens");
        assert_eq!(
            d.admission.unwrap().remaining_nano_usd,
            Some(PREMIUM - 1 - ECONOMY)
        );
        // Too large for economy as well: refused, nothing held.
        let r = p
            .admit_choice(
                &store,
                &premium(),
                Some(&alice()),
                10,
                Some(1_000_000),
                1,
                0,
            )
            .unwrap_err();
        assert!(matches!(
            r,
            Refusal::Budget {
                on_exceed: OnExceed::Downgrade,
                ..
            }
        ));
        let (e, headers) = p.refusal_error(&r);
        assert_eq!(
            (e.status, e.code.as_deref()),
            (429, Some("insufficient_quota"))
        );
        assert_eq!(headers[0].0, "x-llm-budget-remaining-usd");
    }

    /// `n` choices are `n` completions: the reservation (budget and
    /// tokens per minute) is the prompt plus `n` times the output cap.
    #[test]
    fn n_choices_are_reserved_n_times() {
        // Fits 10 prompt + 100 output tokens at premium prices, not 10 + 300.
        let p = policy(
            r#"[{"name": "b", "scope": "user", "window": "day", "limit_usd": 0.002}],
               "rate_limits": [{"name": "tpm", "scope": "global", "tokens_per_minute": 200}]"#,
        );
        let store = MemoryStore::new();
        let d = p
            .admit_choice(&store, &premium(), Some(&alice()), 10, Some(100), 1, 0)
            .unwrap();
        let a = d.admission.unwrap();
        assert_eq!(a.remaining_nano_usd, Some(2_000_000 - PREMIUM));
        assert_eq!(a.reservation.held[1].amount, 110, "tokens: prompt + output");
        p.finish(&store, a, Ending::Failed);
        let d = p
            .admit_choice(&store, &premium(), Some(&alice()), 10, Some(60), 3, 0)
            .unwrap();
        let a = d.admission.unwrap();
        assert_eq!(a.reservation.held[0].amount, (10 + 180) * 10_000);
        assert_eq!(a.reservation.held[1].amount, 190);
        assert_eq!(d.enforce_max_tokens, None);
        p.finish(&store, a, Ending::Failed);
        // 3 x 100 does not fit the budget (nor, being over the whole
        // minute's tokens, the rate limit).
        let r = p
            .admit_choice(&store, &premium(), Some(&alice()), 10, Some(100), 3, 0)
            .unwrap_err();
        assert!(matches!(r, Refusal::Budget { .. }), "{r:?}");
        // The tier default (100) is multiplied too: 2 x 100 fits exactly, 3 x 100 does not.
        let d = p
            .admit_choice(&store, &premium(), Some(&alice()), 0, None, 2, 0)
            .unwrap();
        assert_eq!(d.enforce_max_tokens, Some(100));
        p.finish(&store, d.admission.unwrap(), Ending::Failed);
        let r = p
            .admit_choice(&store, &premium(), Some(&alice()), 0, None, 3, 0)
            .unwrap_err();
        assert!(matches!(r, Refusal::Budget { .. }), "{r:?}");
    }

    #[test]
    fn refuse_budgets_do_not_downgrade() {
        let p = policy(
            r#"[{"name": "b", "scope": "global", "window": "day", "limit_usd": 0.001, "on_exceed": "refuse"}]"#,
        );
        let r = p
            .admit_choice(&MemoryStore::new(), &premium(), None, 10, None, 1, 0)
            .unwrap_err();
        assert!(matches!(
            r,
            Refusal::Budget {
                on_exceed: OnExceed::Refuse,
                ..
            }
        ));
    }

    #[test]
    fn finish_settles_keeps_or_releases() {
        let p = policy(r#"[{"name": "b", "scope": "global", "window": "day", "limit_usd": 1}]"#);
        let status = |store: &MemoryStore| p.budget_status(store, None, 0)[0].used_nano_usd;
        for (ending, expect) in [
            (
                Ending::Used {
                    cost_nano_usd: 1234,
                    total_tokens: 20,
                },
                1234,
            ),
            (Ending::UsageUnknown, PREMIUM),
            (Ending::Failed, 0),
        ] {
            let store = MemoryStore::new();
            let d = p
                .admit_choice(&store, &premium(), None, 10, None, 1, 0)
                .unwrap();
            p.finish(&store, d.admission.unwrap(), ending);
            assert_eq!(status(&store), expect, "{ending:?}");
        }
    }

    #[test]
    fn cost_uses_the_serving_model_and_cached_tokens() {
        let p = policy("[]");
        let u = Usage::new(100, 10, 40);
        assert_eq!(p.cost("large", &u), 110 * 10_000);
        assert_eq!(p.cost("unpriced", &u), 0);
    }
}
