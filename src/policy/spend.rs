//! Budgets and rate limits for one request: which counters apply, what to
//! reserve on each, and settling them with what the request really used.

use super::identity::Identity;
use super::{Budget, OnExceed, Policy, RateLimit, Scope};
use crate::ledger::{self, Limit, Price, Reservation, ReserveError, Store, Window};

/// What a request asks of the counters.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub identity: Option<&'a Identity>,
    pub route: &'a str,
    pub price: Option<Price>,
    pub prompt_tokens: u64,
    /// The most the request may generate, all choices together (`n` times
    /// the `max_tokens` sent upstream).
    pub max_tokens: u64,
}

/// What each reserved counter counts, to settle it in the right unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Nano-USD, for `policy.budgets[i]`.
    Budget(usize),
    /// Requests, for `policy.rate_limits[i]`.
    Requests(usize),
    /// Tokens, for `policy.rate_limits[i]`.
    Tokens(usize),
}

#[derive(Debug, Default)]
pub struct Admission {
    pub reservation: Reservation,
    pub counted: Vec<Counted>,
    /// Left in the tightest budget after this reservation.
    pub remaining_nano_usd: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Budget {
        index: usize,
        on_exceed: OnExceed,
        remaining_nano_usd: u64,
    },
    RateLimit {
        index: usize,
        retry_after_secs: u64,
        /// The request is larger than the limit itself: waiting will not help.
        never_fits: bool,
    },
    /// The shared store failed; refused rather than spending blind.
    Unavailable(String),
}

/// The id a counter is kept for, or `None` if the rule does not apply.
pub(super) fn scope_id<'a>(
    scope: Scope,
    ids: &Option<Vec<String>>,
    identity: Option<&'a Identity>,
    route: &'a str,
) -> Option<&'a str> {
    let id = match scope {
        Scope::Global => return Some("*"),
        Scope::User => identity.map(|i| i.user.as_str())?,
        Scope::Team => identity.and_then(|i| i.team.as_deref())?,
        Scope::Route => route,
    };
    ids.as_ref()
        .is_none_or(|l| l.iter().any(|x| x == id))
        .then_some(id)
}

pub(super) fn budget_limit(b: &Budget, id: &str) -> Limit {
    Limit {
        key: ledger::key(
            &format!("budget:{}:{}:{id}", b.name, b.scope.as_str()),
            b.window,
        ),
        window: b.window,
        limit: b.limit_nano_usd,
    }
}

fn rate_limits(r: &RateLimit, id: &str) -> [Option<(Limit, bool)>; 2] {
    let scope = format!("rate:{}:{}:{id}", r.name, r.scope.as_str());
    let make = |unit: &str, limit: u64| Limit {
        key: ledger::key(&format!("{scope}:{unit}"), Window::Minute),
        window: Window::Minute,
        limit,
    };
    [
        r.requests_per_minute.map(|n| (make("requests", n), false)),
        r.tokens_per_minute.map(|n| (make("tokens", n), true)),
    ]
}

impl Policy {
    pub fn has_spend_rules(&self) -> bool {
        !self.budgets.is_empty() || !self.rate_limits.is_empty()
    }

    /// Reserves the request's worst case on every counter that applies.
    pub fn admit(&self, store: &dyn Store, ask: &Ask, now: u64) -> Result<Admission, Refusal> {
        let mut limits = Vec::new();
        let mut amounts = Vec::new();
        let mut counted = Vec::new();
        let cost = ask
            .price
            .map_or(0, |p| p.cost(ask.prompt_tokens, 0, ask.max_tokens));
        for (i, b) in self.budgets.iter().enumerate() {
            if let Some(id) = scope_id(b.scope, &b.ids, ask.identity, ask.route) {
                limits.push(budget_limit(b, id));
                amounts.push(cost);
                counted.push(Counted::Budget(i));
            }
        }
        let tokens = ask.prompt_tokens.saturating_add(ask.max_tokens);
        for (i, r) in self.rate_limits.iter().enumerate() {
            if let Some(id) = scope_id(r.scope, &r.ids, ask.identity, ask.route) {
                for (limit, is_tokens) in rate_limits(r, id).into_iter().flatten() {
                    limits.push(limit);
                    amounts.push(if is_tokens { tokens } else { 1 });
                    counted.push(if is_tokens {
                        Counted::Tokens(i)
                    } else {
                        Counted::Requests(i)
                    });
                }
            }
        }
        match ledger::reserve(store, &limits, &amounts, now, self.lease) {
            Ok(reservation) => {
                let remaining_nano_usd = reservation
                    .held
                    .iter()
                    .zip(&counted)
                    .filter(|(_, c)| matches!(c, Counted::Budget(_)))
                    .map(|(h, _)| h.remaining)
                    .min();
                Ok(Admission {
                    reservation,
                    counted,
                    remaining_nano_usd,
                })
            }
            Err(ReserveError::Exceeded(e)) => Err(match counted.get(e.index) {
                Some(Counted::Budget(i)) => Refusal::Budget {
                    index: *i,
                    on_exceed: self
                        .budgets
                        .get(*i)
                        .map(|b| b.on_exceed)
                        .unwrap_or_default(),
                    remaining_nano_usd: e.remaining,
                },
                Some(Counted::Requests(i) | Counted::Tokens(i)) => Refusal::RateLimit {
                    index: *i,
                    retry_after_secs: e.retry_after_secs.max(1),
                    never_fits: e.amount > e.limit,
                },
                None => Refusal::Unavailable("counter index out of range".into()),
            }),
            Err(ReserveError::Unavailable { error, .. }) => {
                Err(Refusal::Unavailable(format!("{error:?}")))
            }
            Err(ReserveError::LengthMismatch { .. }) => {
                Err(Refusal::Unavailable("length mismatch".into()))
            }
        }
    }

    /// Settles with what the request used: its cost in nano-USD and its tokens.
    pub fn settle(
        &self,
        store: &dyn Store,
        admission: Admission,
        cost_nano_usd: u64,
        total_tokens: u64,
    ) {
        let actual: Vec<u64> = admission
            .counted
            .iter()
            .map(|c| match c {
                Counted::Budget(_) => cost_nano_usd,
                Counted::Requests(_) => 1,
                Counted::Tokens(_) => total_tokens,
            })
            .collect();
        if let Err(e) = ledger::settle(store, admission.reservation, &actual) {
            log::warn!("settling a reservation failed: {e:?}");
        }
    }

    /// Keeps the reservation as the charge: the request succeeded but its
    /// usage is unknown (a provider that reports none), so the worst case it
    /// was admitted with is what it may have cost.
    pub fn keep(&self, store: &dyn Store, admission: Admission) {
        if let Err(e) = ledger::settle(store, admission.reservation, &[]) {
            log::warn!("keeping a reservation failed: {e:?}");
        }
    }

    /// Gives everything back: the request failed before using anything.
    /// Request counts stay: a failed request still counts against its rate.
    pub fn release(&self, store: &dyn Store, admission: Admission) {
        let actual: Vec<u64> = admission
            .counted
            .iter()
            .map(|c| u64::from(matches!(c, Counted::Requests(_))))
            .collect();
        if let Err(e) = ledger::settle(store, admission.reservation, &actual) {
            log::warn!("releasing a reservation failed: {e:?}");
        }
    }
}
