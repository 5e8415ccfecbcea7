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
//! ledger's). A calendar month is sent as unit MONTH, which a service with
//! `USE_CALENDAR_MONTH_RATE_LIMIT=true` (envoyproxy/ratelimit PR #1206)
//! buckets by UTC calendar month; its period entry keeps even a service
//! without that setting from carrying a count into the next month. With
//! `month_window: year_window` (services older than #1206) it is sent as
//! unit YEAR under the period entry, which restarts once a year at the
//! service's 365-day boundary (see the README).

use super::{MonthWindow, Service};
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
    /// The start of the service's window when reserved, as the service
    /// computes it for its key (see [`Service::window_start`]).
    pub window: u64,
}

/// What an admitted request holds on the service.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoteAdmission {
    pub held: Vec<Held>,
    /// Left in the tightest budget after this reservation, as the service said.
    pub remaining_nano_usd: Option<u64>,
    /// Left in each budget held, `(budget index, nano-USD)`, as the service said.
    pub budgets_left: Vec<(usize, u64)>,
    /// In `calendar` mode, the `duration_until_reset` a MONTH counter got when
    /// it is not the time to the end of the UTC month: the service buckets
    /// MONTH by 30-day epoch windows (`USE_CALENDAR_MONTH_RATE_LIMIT` unset),
    /// or its clock is far from ours.
    pub month_reset_mismatch: Option<MonthResetMismatch>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthResetMismatch {
    pub reported_secs: u64,
    pub expected_secs: u64,
}

/// How far the service's reset of a calendar month may be from ours before
/// it counts as a mismatch (clock skew between Envoy and the service).
pub const MONTH_RESET_TOLERANCE_SECS: u64 = 900;

/// Year and month of a Unix time, as `YYYY-MM`.
pub fn period(now: u64) -> String {
    let start = Window::Month.start(now);
    let days = start / 86_400;
    let (y, m, _) = crate::ledger::window::civil_from_days(days);
    format!("{y:04}-{m:02}")
}

fn window_unit(w: Window, month: MonthWindow) -> Unit {
    match (w, month) {
        (Window::Minute, _) => Unit::Minute,
        (Window::Hour, _) => Unit::Hour,
        (Window::Day, _) => Unit::Day,
        (Window::Month, MonthWindow::Calendar) => Unit::Month,
        (Window::Month, MonthWindow::YearWindow) => Unit::Year,
    }
}

fn ceil_div(a: u64, b: u64) -> u64 {
    if b == 0 {
        return a;
    }
    a / b + u64::from(!a.is_multiple_of(b))
}

impl Service {
    /// The start of the window the service keys a `unit` counter on at
    /// `now`: `now / divider * divider` from the epoch, except MONTH in
    /// `calendar` mode, which is the UTC calendar month (PR #1206). Two
    /// calls name the same counter when their entries and this are equal.
    pub fn window_start(&self, unit: Unit, now: u64) -> u64 {
        if unit == Unit::Month && self.month_window == MonthWindow::Calendar {
            return Window::Month.start(now);
        }
        let divider = unit.seconds();
        now / divider * divider
    }

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
        let unit = window_unit(c.limit.window, self.month_window);
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
            window: self.window_start(unit, now),
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

    /// What a request admitted on the local ledger while the service was
    /// unavailable (`on_unavailable: local`) owes the service: its counters
    /// with nothing reserved there, so [`Service::settle`] sends the actual
    /// amounts as positive hits through the settlement queue, which keeps
    /// them until the service is back. A request whose usage stays unknown
    /// sends nothing (its reservation was only on the local ledger).
    pub fn replay(&self, policy: &Policy, counters: &[Counter], now: u64) -> RemoteAdmission {
        let held = counters
            .iter()
            .map(|c| Held {
                reserved: 0,
                ..self.held_for(policy, c, now)
            })
            .collect();
        RemoteAdmission {
            held,
            ..RemoteAdmission::default()
        }
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
        let budgets_left: Vec<(usize, u64)> = held
            .iter()
            .zip(&response.statuses)
            .filter_map(|(h, s)| match h.counted {
                Counted::Budget(i) => Some((
                    i,
                    u64::from(s.limit_remaining).saturating_mul(self.unit_nano_usd),
                )),
                _ => None,
            })
            .collect();
        let remaining_nano_usd = budgets_left.iter().map(|&(_, left)| left).min();
        let month_reset_mismatch = self.month_reset_mismatch(&held, response, now);
        Ok(RemoteAdmission {
            held,
            remaining_nano_usd,
            budgets_left,
            month_reset_mismatch,
        })
    }

    /// In `calendar` mode, a MONTH counter's reset that is not the end of the
    /// UTC month (within [`MONTH_RESET_TOLERANCE_SECS`]): the service is not
    /// bucketing by calendar month. Upstream reports `duration_until_reset`
    /// with every limited descriptor; an answer without one proves nothing.
    fn month_reset_mismatch(
        &self,
        held: &[Held],
        response: &Response,
        now: u64,
    ) -> Option<MonthResetMismatch> {
        if self.month_window != MonthWindow::Calendar {
            return None;
        }
        let expected_secs = Window::Month.end(now).saturating_sub(now);
        held.iter()
            .zip(&response.statuses)
            .filter(|(h, s)| h.unit == Unit::Month && s.reset_secs > 0)
            .find(|(_, s)| s.reset_secs.abs_diff(expected_secs) > MONTH_RESET_TOLERANCE_SECS)
            .map(|(_, s)| MonthResetMismatch {
                reported_secs: s.reset_secs,
                expected_secs,
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
            .filter(|h| h.reserved > 0 && h.window == self.window_start(h.unit, now))
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
            if h.window != self.window_start(h.unit, now) {
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
                    // The service holds one count: settled and in flight
                    // together, fleet-wide; it cannot tell them apart.
                    spent_nano_usd: None,
                    reserved_nano_usd: None,
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
    use crate::fleet::{next_year_boundary, MonthWindow, OnUnavailable, Service};
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
            month_window: MonthWindow::Calendar,
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
                    Some((2_000_000, Unit::Month)),
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
        assert_eq!(held[2].window, NOW / 60 * 60);
        assert_eq!(held[0].window, 1_793_491_200, "2026-11-01 00:00 UTC");

        let a = s.answer(&p, held, &ok(&[5, 3, 50, 400]), NOW).unwrap();
        assert_eq!(a.remaining_nano_usd, Some(3_000));
        assert_eq!(a.budgets_left, vec![(0, 5_000), (1, 3_000)]);

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
        assert_eq!((d.hits, d.limit), (0, Some((2_000_000 - 900, Unit::Month))));
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

    // 2026-12-17 23:59:00 UTC, a minute before the service's YEAR window
    // restarts (57 * 365 days after the epoch), and a minute after.
    const BEFORE_YEAR: u64 = 1_797_551_940;
    const AFTER_YEAR: u64 = 1_797_552_060;

    #[test]
    fn calendar_month_is_unit_month_keyed_by_the_utc_month() {
        let p = policy();
        let s = service(true);
        assert_eq!(next_year_boundary(BEFORE_YEAR), 1_797_552_000);
        let (req, before) = s.reserve(&p, &counters(&p), BEFORE_YEAR).unwrap();
        let (_, after) = s.reserve(&p, &counters(&p), AFTER_YEAR).unwrap();
        let d = req.descriptors.first().unwrap();
        assert_eq!(d.limit, Some((2_000_000, Unit::Month)));
        assert_eq!(
            d.entries.last().unwrap(),
            &("period".into(), "2026-12".into())
        );
        // The same counter on both sides of the 365-day boundary: the month.
        assert_eq!(before[0].window, 1_796_083_200, "2026-12-01 00:00 UTC");
        assert_eq!(before[0].window, after[0].window);
        // Not the service's legacy 30-day window (2026-12-03 to 2027-01-02).
        assert_ne!(
            before[0].window,
            BEFORE_YEAR / (30 * 86_400) * (30 * 86_400)
        );
        assert_eq!(s.window_start(Unit::Month, 1_798_761_599), 1_796_083_200);
        assert_eq!(s.window_start(Unit::Month, 1_798_761_600), 1_798_761_600);
        assert_eq!(s.window_start(Unit::Month, 951_782_400), 949_363_200); // 2000-02
                                                                           // Settled across the boundary: the same counter, so it is settled.
        let a = s
            .answer(&p, before, &ok(&[5, 3, 50, 400]), BEFORE_YEAR)
            .unwrap();
        let used = Ending::Used {
            cost_nano_usd: 300_000,
            total_tokens: 120,
        };
        let d = s.settle(&a, used, AFTER_YEAR);
        assert_eq!(d[0].entries, a.held[0].entries);
        assert_eq!((d[0].hits, d[0].negative), (600, true));
        // Settled in the next calendar month: that counter is left alone.
        let d = s.settle(&a, used, 1_798_761_600);
        assert!(d.iter().all(|d| d.limit.map(|l| l.1) != Some(Unit::Month)));
    }

    #[test]
    fn year_window_keeps_year_under_the_period_and_restarts_at_the_boundary() {
        let p = policy();
        let s = Service {
            month_window: MonthWindow::YearWindow,
            ..service(true)
        };
        let (req, before) = s.reserve(&p, &counters(&p), BEFORE_YEAR).unwrap();
        let (_, after) = s.reserve(&p, &counters(&p), AFTER_YEAR).unwrap();
        assert_eq!(req.descriptors[0].limit, Some((2_000_000, Unit::Year)));
        assert_eq!(before[0].entries, after[0].entries, "same period entry");
        // The flaw it is documented with: a new counter mid-month.
        assert_eq!(before[0].window, 1_797_552_000 - 365 * 86_400);
        assert_eq!(after[0].window, 1_797_552_000);
        let a = s
            .answer(&p, before, &ok(&[5, 3, 50, 400]), BEFORE_YEAR)
            .unwrap();
        assert!(
            a.month_reset_mismatch.is_none(),
            "only checked in calendar mode"
        );
        let d = s.settle(&a, Ending::Failed, AFTER_YEAR);
        assert!(d.iter().all(|d| d.limit.map(|l| l.1) != Some(Unit::Year)));
    }

    #[test]
    fn a_service_without_calendar_months_is_noticed_by_its_reset() {
        let p = policy();
        let s = service(true);
        let (_, held) = s.reserve(&p, &counters(&p), NOW).unwrap();
        let to_month_end = 1_796_083_200 - NOW;
        let with_reset = |month_reset: u64| {
            let mut r = ok(&[5, 3, 50, 400]);
            for (st, h) in r.statuses.iter_mut().zip(&held) {
                st.reset_secs = if h.unit == Unit::Month {
                    month_reset
                } else {
                    60 - NOW % 60
                };
            }
            r
        };
        let calendar = s.answer(&p, held.clone(), &with_reset(to_month_end), NOW);
        assert_eq!(calendar.unwrap().month_reset_mismatch, None);
        let skewed = s.answer(&p, held.clone(), &with_reset(to_month_end - 60), NOW);
        assert_eq!(skewed.unwrap().month_reset_mismatch, None);
        // Legacy MONTH: 30-day windows from the epoch.
        let legacy = 30 * 86_400 - NOW % (30 * 86_400);
        let a = s
            .answer(&p, held.clone(), &with_reset(legacy), NOW)
            .unwrap();
        assert_eq!(
            a.month_reset_mismatch,
            Some(MonthResetMismatch {
                reported_secs: legacy,
                expected_secs: to_month_end
            })
        );
        // No reset reported: nothing to compare.
        assert_eq!(
            s.answer(&p, held, &ok(&[5, 3, 50, 400]), NOW)
                .unwrap()
                .month_reset_mismatch,
            None
        );
    }

    #[test]
    fn a_local_fallback_is_replayed_as_its_actual_amounts() {
        let p = policy();
        for refunds in [true, false] {
            let s = service(refunds);
            let r = s.replay(&p, &counters(&p), NOW);
            assert!(r.held.iter().all(|h| h.reserved == 0));
            let used = Ending::Used {
                cost_nano_usd: 300_001,
                total_tokens: 120,
            };
            let d = s.settle(&r, used, NOW + 5);
            let hits: Vec<_> = d.iter().map(|d| (d.hits, d.negative)).collect();
            assert_eq!(
                hits,
                vec![(301, false), (301, false), (1, false), (120, false)]
            );
            assert_eq!(d[0].limit, Some((2_000_000, Unit::Month)));
            // Failed upstream: only the request is counted.
            let d = s.settle(&r, Ending::Failed, NOW + 5);
            assert_eq!(d.iter().map(|d| d.hits).collect::<Vec<_>>(), vec![1]);
            assert!(s.settle(&r, Ending::UsageUnknown, NOW + 5).is_empty());
        }
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
