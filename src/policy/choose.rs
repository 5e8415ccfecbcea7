//! Picking the tier: the requested model or tier, then the rules, then what
//! the caller may use, then what fits the context window. Budgets come after
//! (`spend`), and may move the request further down.

use super::identity::Identity;
use super::rules::{first_match, Facts};
use super::{Policy, Tier};
use crate::error::ApiError;
use crate::tokens::PromptStats;

/// What the choice is made from.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub model: &'a str,
    /// The route the model resolves to.
    pub model_route: &'a str,
    pub requested_tier: Option<&'a str>,
    pub identity: Option<&'a Identity>,
    pub stats: &'a PromptStats,
    /// The kind of PII found (its label, e.g. `iban`), if any.
    pub pii: Option<&'a str>,
    /// `max_completion_tokens` / `max_tokens` the client asked for.
    pub max_tokens: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub route: String,
    pub tier: Option<usize>,
    /// Why: `model`, `requested`, `rule:<name>`, `allowed:<tier>`, `context:<tier>`.
    pub reason: String,
    /// A shadow rule that matched: (rule, tier name). Logged and counted only.
    pub shadow: Option<(String, String)>,
}

impl Policy {
    /// May this caller use the tier? (No identity or no tier list: yes.)
    pub fn allows(&self, identity: Option<&Identity>, tier: &Tier) -> bool {
        identity
            .and_then(|i| i.tiers.as_ref())
            .is_none_or(|list| list.contains(&tier.name))
    }

    /// Does a request of `need` tokens fit the route's context window?
    pub fn fits(&self, route: &str, need: u64) -> bool {
        self.route_windows.get(route).is_none_or(|w| need <= *w)
    }

    /// A tier may replace `from`: allowed, and on the same side of the
    /// sensitive line. Sensitive and other tiers are two separate ladders:
    /// sensitive data never leaves for a public tier, and ordinary traffic
    /// is not pushed onto the (usually small, self-hosted) sensitive ones.
    pub fn may_replace(&self, identity: Option<&Identity>, from: &Tier, to: &Tier) -> bool {
        self.allows(identity, to) && from.sensitive == to.sensitive
    }

    pub fn choose(&self, ask: &Ask) -> Result<Choice, ApiError> {
        let mut tier = self.tier_of_route(ask.model_route);
        let mut reason = "model".to_string();
        if let Some(name) = ask.requested_tier {
            let t = self.tier_index(name).ok_or_else(|| {
                ApiError::invalid_request(format!(
                    "Unknown tier `{name}` in the `{}` header.",
                    self.tier_header
                ))
                .with_code("invalid_tier")
            })?;
            tier = Some(t);
            reason = "requested".into();
        }
        let facts = Facts {
            model: ask.model,
            requested_tier: ask.requested_tier,
            identity: ask.identity,
            stats: ask.stats,
            pii: ask.pii.is_some(),
        };
        if let Some(rule) = first_match(&self.rules, &facts) {
            tier = Some(rule.tier);
            reason = match ask.pii.filter(|_| rule.uses_pii()) {
                // `rule:pii-stays-private(iban)`: which kind sent it there.
                Some(kind) => format!("rule:{}({kind})", rule.name),
                None => format!("rule:{}", rule.name),
            };
        }
        let shadow = first_match(&self.shadow_rules, &facts).and_then(|r| {
            self.tiers
                .get(r.tier)
                .map(|t| (r.name.clone(), t.name.clone()))
        });

        let Some(mut t) = tier else {
            // A route outside the tiers: only for callers without a tier list.
            if ask.identity.is_some_and(|i| i.tiers.is_some()) {
                return Err(not_allowed(ask.model));
            }
            let need = ask
                .stats
                .estimated_tokens
                .saturating_add(ask.max_tokens.unwrap_or(0));
            if !self.fits(ask.model_route, need) {
                return Err(context_exceeded(need));
            }
            return Ok(Choice {
                route: ask.model_route.to_string(),
                tier: None,
                reason,
                shadow,
            });
        };

        if let Some(chosen) = self.tiers.get(t).filter(|c| !self.allows(ask.identity, c)) {
            // The most capable allowed tier below.
            let below = (0..t).rev().find(|&j| {
                self.tiers
                    .get(j)
                    .is_some_and(|c| self.may_replace(ask.identity, chosen, c))
            });
            t = below.ok_or_else(|| not_allowed(&chosen.name))?;
            reason = format!(
                "allowed:{}",
                self.tiers.get(t).map_or("", |c| c.name.as_str())
            );
        }

        let need = ask
            .stats
            .estimated_tokens
            .saturating_add(ask.max_tokens.unwrap_or(0));
        let fits = |route: &str| self.fits(route, need) && self.fits_output(route, ask.max_tokens);
        if let Some(current) = self.tiers.get(t).filter(|c| !fits(&c.route)) {
            // Prefer the next larger tier up, then anything below that fits.
            let order = (t.saturating_add(1)..self.tiers.len()).chain((0..t).rev());
            let fit = order.into_iter().find(|&j| {
                self.tiers
                    .get(j)
                    .is_some_and(|c| self.may_replace(ask.identity, current, c) && fits(&c.route))
            });
            t = fit.ok_or_else(|| context_exceeded(need))?;
            reason = format!(
                "context:{}",
                self.tiers.get(t).map_or("", |c| c.name.as_str())
            );
        }
        let route = self
            .tiers
            .get(t)
            .map(|c| c.route.clone())
            .unwrap_or_default();
        Ok(Choice {
            route,
            tier: Some(t),
            reason,
            shadow,
        })
    }

    /// Cheaper tiers that may take over from `from` when a budget is short,
    /// most capable first.
    pub fn downgrades(&self, from: usize, identity: Option<&Identity>, need: u64) -> Vec<usize> {
        let Some(current) = self.tiers.get(from) else {
            return Vec::new();
        };
        (0..from)
            .rev()
            .filter(|&j| {
                self.tiers.get(j).is_some_and(|c| {
                    self.may_replace(identity, current, c) && self.fits(&c.route, need)
                })
            })
            .collect()
    }
}

fn not_allowed(what: &str) -> ApiError {
    ApiError::new(
        403,
        "permission_error",
        format!("Your key may not use `{what}`."),
    )
    .with_code("tier_not_allowed")
}

fn context_exceeded(need: u64) -> ApiError {
    ApiError::invalid_request(format!(
        "This request needs about {need} tokens, more than the context window of any model it may use."
    ))
    .with_code("context_length_exceeded")
    .with_param("messages")
}
