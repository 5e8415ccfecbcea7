//! One request's counters as rate limit service descriptors: what to send to
//! reserve, how to read the answer, and what to send to settle.
//!
//! Each counter becomes one descriptor, keyed by what it counts and for whom:
//! `[llm_router=budget|requests|tokens, name=<rule>, <scope>=<id>]`, plus
//! `period=YYYY-MM` for calendar months. Its `limit` override carries the cap
//! from our configuration (the service needs no per-rule config) and its
//! `hits_addend` the amount. The service keys its counter on the descriptor and
//! the window it computes from its own clock for the override's unit (aligned
//! to the epoch: minute, hour and day windows are UTC ones, like the local
//! ledger's). A calendar month uses the YEAR unit under its period entry, so
//! the period, not the service's 30-day MONTH, decides when it resets.

use super::Service;
use crate::ledger::{format_usd, Window};
use crate::policy::admit::Ending;
use crate::policy::spend::{Counted, Counter, Refusal};
use crate::policy::status::BudgetStatus;
use crate::policy::Policy;
use crate::rls::{Code, Descriptor, Request, Response, Unit};

/// A counter held on the service by an admitted request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub entries: Vec<(String, String)>,
    pub limit: u32,
    pub unit: Unit,
    /// In service units (budgets: `usd_unit`s).
    pub reserved: u64,
    pub counted: Counted,
    /// The service's window index (`now / unit seconds`) when reserved.
    pub window: u64,
}

/// What an admitted request holds on the service.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoteAdmission {
    pub held: Vec<Held>,
    /// Left in the tightest budget after this reservation, as the service said.
    pub remaining_nano_usd: Option<u64>,
}

/// Year and month of a Unix time, as `YYYY-MM`.
pub fn period(now: u64) -> String {
    let start = Window::Month.start(now);
    let days = start / 86_400;
    let (y, m, _) = crate::ledger::window::civil_from_days(days);
    format!("{y:04}-{m:02}")
}

fn window_unit(w: Window) -> Unit {
    match w {
        Window::Minute => Unit::Minute,
        Window::Hour => Unit::Hour,
        Window::Day => Unit::Day,
        Window::Month => Unit::Year,
    }
}

fn ceil_div(a: u64, b: u64) -> u64 {
    if b == 0 {
        return a;
    }
    a / b + u64::from(!a.is_multiple_of(b))
}

impl Service {
    /// A native amount (nano-USD, requests, tokens) in service units.
    pub fn units(&self, counted: Counted, native: u64) -> u64 {
        match counted {
            Counted::Budget(_) => ceil_div(native, self.unit_nano_usd),
            _ => native,
        }
    }

    fn held_for(&self, policy: &Policy, c: &Counter, now: u64) -> Held {
        let (kind, name, scope) = match c.counted {
            Counted::Budget(i) => {
                let b = policy.budgets.get(i);
                ("budget", b.map(|b| b.name.as_str()), b.map(|b| b.scope))
            }
            Counted::Requests(i) | Counted::Tokens(i) => {
                let r = policy.rate_limits.get(i);
                let kind = if matches!(c.counted, Counted::Requests(_)) {
                    "requests"
                } else {
                    "tokens"
                };
                (kind, r.map(|r| r.name.as_str()), r.map(|r| r.scope))
            }
        };
        let mut entries = vec![
            ("llm_router".to_string(), kind.to_string()),
            ("name".to_string(), name.unwrap_or("-").to_string()),
            (
                scope.map_or("global", |s| s.as_str()).to_string(),
                if c.id.is_empty() {
                    "-".to_string()
                } else {
                    c.id.clone()
                },
            ),
        ];
        if c.limit.window == Window::Month {
            entries.push(("period".to_string(), period(now)));
        }
        let unit = window_unit(c.limit.window);
        let limit = match c.counted {
            Counted::Budget(_) => c.limit.limit / self.unit_nano_usd.max(1),
            _ => c.limit.limit,
        };
        Held {
            entries,
            limit: u32::try_from(limit).unwrap_or(u32::MAX),
            unit,
            reserved: self.units(c.counted, c.amount),
            counted: c.counted,
            window: now / unit.seconds(),
        }
    }

    /// The reservation call for `counters`, or the index of a counter the
    /// request can never fit in (check-then-charge cannot express that).
    pub fn reserve(
        &self,
        policy: &Policy,
        counters: &[Counter],
        now: u64,
    ) -> Result<(Request, Vec<Held>), usize> {
        let held: Vec<Held> = counters
            .iter()
            .map(|c| self.held_for(policy, c, now))
            .collect();
        let mut descriptors = Vec::with_capacity(held.len());
        for (i, h) in held.iter().enumerate() {
            descriptors.push(if self.refunds {
                Descriptor {
                    entries: h.entries.clone(),
                    limit: Some((h.limit, h.unit)),
                    hits: h.reserved,
                    negative: false,
                }
            } else {
                // Check only: over the limit when used > limit - amount, i.e.
                // when used + amount > limit. Charged when the request ends.
                let reserved = u32::try_from(h.reserved).map_err(|_| i)?;
                let room = h.limit.checked_sub(reserved).ok_or(i)?;
                Descriptor {
                    entries: h.entries.clone(),
                    limit: Some((room, h.unit)),
                    hits: 0,
                    negative: false,
                }
            });
        }
        Ok((
            Request {
                domain: self.domain.clone(),
                descriptors,
            },
            held,
        ))
    }

    /// Reads the service's answer to [`Service::reserve`]. On a refusal, also
    /// the descriptors that give back what the refused call counted.
    pub fn answer(
        &self,
        policy: &Policy,
        held: Vec<Held>,
        response: &Response,
        now: u64,
    ) -> Result<RemoteAdmission, (Refusal, Vec<Descriptor>)> {
        let over = response
            .statuses
            .iter()
            .position(|s| s.code == Code::OverLimit);
        let over = match (response.overall, over) {
            (Code::Ok, None) => None,
            (Code::OverLimit, Some(i)) => Some(i),
            // OVER_LIMIT without saying which: blame the first counter.
            (Code::OverLimit, None) => Some(0),
            (_, _) => {
                return Err((
                    Refusal::Unavailable("the rate limit service gave no clear answer".into()),
                    self.refund_all(&held, now),
                ))
            }
        };
        if let Some(i) = over {
            let refund = if self.refunds && self.over_limit_increments {
                self.refund_all(&held, now)
            } else {
                Vec::new()
            };
            let refusal = match held.get(i) {
                Some(h) => {
                    let reset = response.statuses.get(i).map_or(0, |s| s.reset_secs);
                    refusal_for(policy, h, now, reset)
                }
                None => Refusal::Unavailable("counter index out of range".into()),
            };
            return Err((refusal, refund));
        }
        let remaining_nano_usd = held
            .iter()
            .zip(&response.statuses)
            .filter(|(h, _)| matches!(h.counted, Counted::Budget(_)))
            .map(|(_, s)| u64::from(s.limit_remaining).saturating_mul(self.unit_nano_usd))
            .min();
        Ok(RemoteAdmission {
            held,
            remaining_nano_usd,
        })
    }

    fn descriptor(h: &Held, hits: u64, negative: bool) -> Descriptor {
        Descriptor {
            entries: h.entries.clone(),
            limit: Some((h.limit, h.unit)),
            hits,
            negative,
        }
    }

    /// Gives back every reservation (refund mode), in the window it was made.
    fn refund_all(&self, held: &[Held], now: u64) -> Vec<Descriptor> {
        if !self.refunds {
            return Vec::new();
        }
        held.iter()
            .filter(|h| h.reserved > 0 && h.window == now / h.unit.seconds())
            .map(|h| Self::descriptor(h, h.reserved, true))
            .collect()
    }

    /// The settlement descriptors for a request that ended so. With refunds:
    /// the difference between actual and reserved (a refund, or a top-up when
    /// the provider reported more); check-then-charge: the actual amount.
    /// Counters whose window has ended since are left alone: the service has
    /// moved to a new counter, which this request never touched.
    pub fn settle(&self, admission: &RemoteAdmission, ending: Ending, now: u64) -> Vec<Descriptor> {
        let mut out = Vec::new();
        for h in &admission.held {
            if h.window != now / h.unit.seconds() {
                continue;
            }
            let actual = match (ending, h.counted) {
                (Ending::UsageUnknown, _) => h.reserved,
                (_, Counted::Requests(_)) => 1,
                (Ending::Failed, _) => 0,
                (Ending::Used { cost_nano_usd, .. }, Counted::Budget(_)) => {
                    self.units(h.counted, cost_nano_usd)
                }
                (Ending::Used { total_tokens, .. }, Counted::Tokens(_)) => total_tokens,
            };
            if self.refunds {
                if actual > h.reserved {
                    out.push(Self::descriptor(h, actual - h.reserved, false));
                } else if actual < h.reserved {
                    out.push(Self::descriptor(h, h.reserved - actual, true));
                }
            } else if actual > 0 {
                out.push(Self::descriptor(h, actual, false));
            }
        }
        out
    }

    /// A read of the caller's budgets (hits 0: nothing counted), for
    /// `GET /v1/budgets`; the indexes of the budgets read, in order.
    pub fn read_budgets(
        &self,
        policy: &Policy,
        counters: &[Counter],
        now: u64,
    ) -> (Request, Vec<Held>) {
        let held: Vec<Held> = counters
            .iter()
            .filter(|c| matches!(c.counted, Counted::Budget(_)))
            .map(|c| self.held_for(policy, c, now))
            .collect();
        let descriptors = held.iter().map(|h| Self::descriptor(h, 0, false)).collect();
        (
            Request {
                domain: self.domain.clone(),
                descriptors,
            },
            held,
        )
    }
}

impl Service {
    /// `GET /v1/budgets` from the answer to [`Service::read_budgets`]:
    /// `held` and `ids` in the order read. Budgets the answer does not
    /// cover are left out.
    pub fn budget_status(
        &self,
        policy: &Policy,
        held: &[Held],
        ids: &[String],
        response: &Response,
        now: u64,
    ) -> Vec<BudgetStatus> {
        held.iter()
            .zip(ids)
            .zip(&response.statuses)
            .filter_map(|((h, id), st)| {
                let Counted::Budget(i) = h.counted else {
                    return None;
                };
                let b = policy.budgets.get(i)?;
                let remaining = if st.code == Code::OverLimit {
                    0
                } else {
                    u64::from(st.limit_remaining)
                        .saturating_mul(self.unit_nano_usd)
                        .min(b.limit_nano_usd)
                };
                let used = b.limit_nano_usd.saturating_sub(remaining);
                Some(BudgetStatus {
                    name: b.name.clone(),
                    scope: b.scope.as_str(),
                    id: id.clone(),
                    window: b.window.as_str(),
                    window_start: b.window.start(now),
                    resets_at: b.window.end(now),
                    limit_usd: format_usd(b.limit_nano_usd),
                    used_usd: format_usd(used),
                    remaining_usd: format_usd(remaining),
                    used_nano_usd: used,
                    limit_nano_usd: b.limit_nano_usd,
                    remaining_nano_usd: i128::from(remaining),
                    // The service holds one count: spent and in flight together.
                    spent_nano_usd: used,
                    reserved_nano_usd: 0,
                })
            })
            .collect()
    }
}

fn refusal_for(policy: &Policy, h: &Held, now: u64, reset_secs: u64) -> Refusal {
    match h.counted {
        Counted::Budget(i) => Refusal::Budget {
            index: i,
            on_exceed: policy
                .budgets
                .get(i)
                .map(|b| b.on_exceed)
                .unwrap_or_default(),
            remaining_nano_usd: 0,
        },
        Counted::Requests(i) | Counted::Tokens(i) => Refusal::RateLimit {
            index: i,
            retry_after_secs: if reset_secs > 0 {
                reset_secs
            } else {
                Window::Minute.seconds_left(now)
            }
            .max(1),
            never_fits: h.reserved > u64::from(h.limit),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::{OnUnavailable, Service};
    use crate::policy::identity::Identity;
    use crate::policy::spend::Ask;
    use crate::policy::{OnExceed, RawPolicy};
    use crate::rls::Status;
    use std::collections::BTreeMap;

    // 2026-11-30 12:00:30 UTC
    const NOW: u64 = 1_796_040_030;

    fn policy() -> Policy {
        let routes: BTreeMap<String, BTreeMap<String, String>> =
            [("r".to_string(), [("p".to_string(), "m".to_string())].into())].into();
        let raw: RawPolicy = serde_json::from_str(
            r#"{"identity": {"trusted": {"user_header": "x-user", "team_header": "x-team"}},
                "upstream_models": {"m": {"input_per_million_tokens_usd": 1, "output_per_million_tokens_usd": 2}},
                "budgets": [{"name": "team-monthly", "scope": "team", "window": "month", "limit_usd": 2, "on_exceed": "downgrade"},
                            {"name": "user-daily", "scope": "user", "window": "day", "limit_usd": 1}],
                "rate_limits": [{"name": "per-user", "scope": "user", "requests_per_minute": 60, "tokens_per_minute": 1000}]}"#,
        )
        .unwrap();
        Policy::compile(raw, &routes).unwrap()
    }

    fn service(refunds: bool) -> Service {
        Service {
            cluster: "rls".into(),
            domain: "llm_router".into(),
            timeout_ms: 250,
            on_unavailable: OnUnavailable::Refuse,
            unit_nano_usd: 1000,
            refunds,
            over_limit_increments: true,
        }
    }

    fn counters(p: &Policy) -> Vec<Counter> {
        let who = Identity {
            user: "alice".into(),
            team: Some("search".into()),
            tiers: None,
        };
        p.counters(&Ask {
            identity: Some(&who),
            route: "r",
            price: p.route_prices.get("r").copied(),
            prompt_tokens: 100,
            max_tokens: 400,
        })
    }

    fn ok(remaining: &[u32]) -> Response {
        Response {
            overall: Code::Ok,
            statuses: remaining
                .iter()
                .map(|&r| Status {
                    code: Code::Ok,
                    limit_remaining: r,
                    reset_secs: 0,
                })
                .collect(),
        }
    }

    #[test]
    fn periods_are_calendar_months() {
        assert_eq!(period(NOW), "2026-11");
        assert_eq!(period(1_798_761_599), "2026-12"); // 2026-12-31 23:59:59
        assert_eq!(period(1_798_761_600), "2027-01");
        assert_eq!(period(951_782_400), "2000-02"); // 2000-02-29
    }

    #[test]
    fn reserve_sends_one_descriptor_per_counter_with_limit_and_hits() {
        let p = policy();
        let s = service(true);
        let (req, held) = s.reserve(&p, &counters(&p), NOW).unwrap();
        assert_eq!(req.domain, "llm_router");
        // Cost: 100 in at $1/M + 400 out at $2/M = 900 micro-USD.
        let got: Vec<_> = req
            .descriptors
            .iter()
            .map(|d| (d.entries.clone(), d.limit, d.hits, d.negative))
            .collect();
        let e = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            got,
            vec![
                (
                    e(&[
                        ("llm_router", "budget"),
                        ("name", "team-monthly"),
                        ("team", "search"),
                        ("period", "2026-11")
                    ]),
                    Some((2_000_000, Unit::Year)),
                    900,
                    false
                ),
                (
                    e(&[
                        ("llm_router", "budget"),
                        ("name", "user-daily"),
                        ("user", "alice")
                    ]),
                    Some((1_000_000, Unit::Day)),
                    900,
                    false
                ),
                (
                    e(&[
                        ("llm_router", "requests"),
                        ("name", "per-user"),
                        ("user", "alice")
                    ]),
                    Some((60, Unit::Minute)),
                    1,
                    false
                ),
                (
                    e(&[
                        ("llm_router", "tokens"),
                        ("name", "per-user"),
                        ("user", "alice")
                    ]),
                    Some((1000, Unit::Minute)),
                    500,
                    false
                ),
            ]
        );
        assert_eq!(held[2].window, NOW / 60);

        let a = s.answer(&p, held, &ok(&[5, 3, 50, 400]), NOW).unwrap();
        assert_eq!(a.remaining_nano_usd, Some(3_000));

        // Used less than reserved: refunds; requests stay counted.
        let d = s.settle(
            &a,
            Ending::Used {
                cost_nano_usd: 300_001,
                total_tokens: 120,
            },
            NOW + 10,
        );
        let hits: Vec<_> = d.iter().map(|d| (d.hits, d.negative)).collect();
        assert_eq!(hits, vec![(599, true), (599, true), (380, true)]);
        assert!(d.iter().all(|d| d.limit.is_some()));
        // More than reserved: a top-up. Unknown usage: nothing to do.
        let d = s.settle(
            &a,
            Ending::Used {
                cost_nano_usd: 1_000_000,
                total_tokens: 500,
            },
            NOW + 10,
        );
        let hits: Vec<_> = d.iter().map(|d| (d.hits, d.negative)).collect();
        assert_eq!(hits, vec![(100, false), (100, false)]);
        assert!(s.settle(&a, Ending::UsageUnknown, NOW).is_empty());
        // Failed: everything back but the request count.
        let d = s.settle(&a, Ending::Failed, NOW);
        let hits: Vec<_> = d.iter().map(|d| (d.hits, d.negative)).collect();
        assert_eq!(hits, vec![(900, true), (900, true), (500, true)]);
        // Settled in the next minute: the minute counters are left alone.
        let d = s.settle(&a, Ending::Failed, NOW + 30);
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn over_limit_refunds_what_the_call_counted_and_names_the_rule() {
        let p = policy();
        let s = service(true);
        let (_, held) = s.reserve(&p, &counters(&p), NOW).unwrap();
        let mut resp = ok(&[5, 3, 50, 400]);
        resp.overall = Code::OverLimit;
        if let Some(st) = resp.statuses.get_mut(0) {
            st.code = Code::OverLimit;
            st.limit_remaining = 0;
        }
        let (refusal, refund) = s.answer(&p, held.clone(), &resp, NOW).unwrap_err();
        assert_eq!(
            refusal,
            Refusal::Budget {
                index: 0,
                on_exceed: OnExceed::Downgrade,
                remaining_nano_usd: 0
            }
        );
        assert_eq!(refund.len(), 4);
        assert!(refund.iter().all(|d| d.negative));
        // A service that does not count refused calls: nothing to give back.
        let s2 = Service {
            over_limit_increments: false,
            ..service(true)
        };
        assert!(s2
            .answer(&p, held.clone(), &resp, NOW)
            .unwrap_err()
            .1
            .is_empty());
        // Rate limit refusals carry retry-after.
        if let Some(st) = resp.statuses.get_mut(0) {
            st.code = Code::Ok;
        }
        if let Some(st) = resp.statuses.get_mut(2) {
            st.code = Code::OverLimit;
            st.reset_secs = 17;
        }
        let (refusal, _) = s.answer(&p, held.clone(), &resp, NOW).unwrap_err();
        assert_eq!(
            refusal,
            Refusal::RateLimit {
                index: 0,
                retry_after_secs: 17,
                never_fits: false
            }
        );
        // A broken answer is not an admission.
        let unknown = Response {
            overall: Code::Unknown,
            statuses: vec![],
        };
        assert!(matches!(
            s.answer(&p, held, &unknown, NOW),
            Err((Refusal::Unavailable(_), _))
        ));
    }

    #[test]
    fn check_then_charge_without_refunds() {
        let p = policy();
        let s = service(false);
        let (req, held) = s.reserve(&p, &counters(&p), NOW).unwrap();
        let d = req.descriptors.first().unwrap();
        assert_eq!((d.hits, d.limit), (0, Some((2_000_000 - 900, Unit::Year))));
        let a = s.answer(&p, held, &ok(&[5, 3, 50, 400]), NOW).unwrap();
        let d = s.settle(
            &a,
            Ending::Used {
                cost_nano_usd: 300_001,
                total_tokens: 120,
            },
            NOW,
        );
        let hits: Vec<_> = d.iter().map(|d| (d.hits, d.negative)).collect();
        assert_eq!(
            hits,
            vec![(301, false), (301, false), (1, false), (120, false)]
        );
        // A request larger than a cap cannot be checked this way.
        let mut big = counters(&p);
        if let Some(c) = big.get_mut(3) {
            c.amount = 5000;
        }
        assert_eq!(s.reserve(&p, &big, NOW).unwrap_err(), 3);
    }

    #[test]
    fn read_budgets_counts_nothing() {
        let p = policy();
        let s = service(true);
        let (req, held) = s.read_budgets(&p, &counters(&p), NOW);
        assert_eq!(held.len(), 2);
        assert!(req.descriptors.iter().all(|d| d.hits == 0 && !d.negative));
    }
}
