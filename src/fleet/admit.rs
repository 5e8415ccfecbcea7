//! Admission through the rate limit service, as a state machine the filter
//! drives with one call at a time: reserve on the chosen tier; when a
//! `downgrade` budget refuses, one more call for the next cheaper tier; until
//! one is admitted or none is left. The same decisions as the local ledger's
//! `Policy::admit_choice`, over an asynchronous store.

use super::plan::Held;
use super::Service;
use crate::policy::admit::{Candidate, Decision};
use crate::policy::choose::Choice;
use crate::policy::identity::Identity;
use crate::policy::spend::Refusal;
use crate::policy::{OnExceed, Policy};
use crate::rls::{Descriptor, Request, Response, Status};

pub struct RemoteAdmit {
    candidates: Vec<Candidate>,
    next: usize,
    /// The candidate whose call is in flight, what it reserves, and how many
    /// refund descriptors precede its own in that call.
    current: Option<(Candidate, Vec<Held>, usize)>,
    /// Refunds for a refused call, sent at the head of the next call (so the
    /// next candidate's reservation does not collide with them) or queued.
    carry: Vec<Descriptor>,
    reason: String,
    client_max: Option<u64>,
    prompt_tokens: u64,
    downgraded_by: Option<String>,
    last_refusal: Option<Refusal>,
}

/// What to do next.
#[derive(Debug)]
pub enum Step {
    /// Send this call and come back with its answer.
    Call(Request),
    Admitted(Box<Decision>),
    Refused(Refusal),
}

impl RemoteAdmit {
    pub fn new(
        policy: &Policy,
        choice: &Choice,
        identity: Option<&Identity>,
        prompt_tokens: u64,
        client_max: Option<u64>,
        choices: u64,
    ) -> Self {
        RemoteAdmit {
            candidates: policy.candidates(choice, identity, prompt_tokens, client_max, choices),
            next: 0,
            current: None,
            reason: choice.reason.clone(),
            client_max,
            prompt_tokens,
            downgraded_by: None,
            last_refusal: None,
            carry: Vec::new(),
        }
    }

    /// The next call, or the final refusal when no candidate is left.
    pub fn step(
        &mut self,
        svc: &Service,
        policy: &Policy,
        identity: Option<&Identity>,
        now: u64,
    ) -> Step {
        loop {
            let Some(candidate) = self.candidates.get(self.next).cloned() else {
                return Step::Refused(
                    self.last_refusal
                        .take()
                        .unwrap_or_else(|| Refusal::Unavailable("no tier to try".into())),
                );
            };
            self.next = self.next.saturating_add(1);
            let counters = policy.counters(&candidate.ask(policy, identity, self.prompt_tokens));
            if counters.is_empty() {
                // Nothing applies to this caller: admitted without a call.
                return Step::Admitted(Box::new(self.decision(candidate, Default::default())));
            }
            match svc.reserve(policy, &counters, now) {
                Ok((mut request, held)) => {
                    let prefix = self.carry.len();
                    if prefix > 0 {
                        let own = std::mem::take(&mut request.descriptors);
                        request.descriptors = std::mem::take(&mut self.carry);
                        request.descriptors.extend(own);
                    }
                    self.current = Some((candidate, held, prefix));
                    return Step::Call(request);
                }
                Err(index) => {
                    // Check-then-charge: larger than a cap, so never fits there.
                    let refusal = counters.get(index).map_or_else(
                        || Refusal::Unavailable("counter index out of range".into()),
                        |c| refusal_never_fits(policy, c.counted),
                    );
                    if let Some(r) = self.note_refusal(policy, refusal) {
                        return Step::Refused(r);
                    }
                }
            }
        }
    }

    /// Reads the answer to the call in flight. The descriptors returned are
    /// refunds for the settlement queue: what refused calls counted and no
    /// further call carries.
    pub fn answer(
        &mut self,
        svc: &Service,
        policy: &Policy,
        identity: Option<&Identity>,
        response: &Response,
        now: u64,
    ) -> (Step, Vec<Descriptor>) {
        let Some((candidate, held, prefix)) = self.current.take() else {
            return (
                Step::Refused(Refusal::Unavailable("no call in flight".into())),
                self.take_carry(),
            );
        };
        // The carried refunds' statuses come first; the candidate's follow.
        let statuses: Vec<Status> = response.statuses.iter().skip(prefix).cloned().collect();
        let own = Response {
            overall: response.overall,
            statuses,
        };
        let step = match svc.answer(policy, held, &own, now) {
            Ok(remote) => Step::Admitted(Box::new(self.decision(candidate, remote))),
            Err((refusal, refund)) => {
                self.carry = refund;
                match self.note_refusal(policy, refusal) {
                    Some(r) => Step::Refused(r),
                    None => self.step(svc, policy, identity, now),
                }
            }
        };
        let queue = match step {
            Step::Call(_) => Vec::new(),
            _ => self.take_carry(),
        };
        (step, queue)
    }

    /// Refunds not yet sent (the filter queues them when no call follows).
    pub fn take_carry(&mut self) -> Vec<Descriptor> {
        std::mem::take(&mut self.carry)
    }

    /// Keeps a downgrade refusal and moves on (`None`), or returns a final one.
    fn note_refusal(&mut self, policy: &Policy, refusal: Refusal) -> Option<Refusal> {
        match refusal {
            Refusal::Budget {
                index,
                on_exceed: OnExceed::Downgrade,
                ..
            } => {
                if self.downgraded_by.is_none() {
                    self.downgraded_by = policy.budgets.get(index).map(|b| b.name.clone());
                }
                self.last_refusal = Some(refusal);
                None
            }
            r => Some(r),
        }
    }

    fn decision(&self, candidate: Candidate, remote: super::plan::RemoteAdmission) -> Decision {
        let reason = match &self.downgraded_by {
            Some(b) => format!("budget:{b}"),
            None => self.reason.clone(),
        };
        Decision {
            route: candidate.route,
            tier: candidate.tier,
            reason,
            admission: None,
            remote: Some(remote),
            enforce_max_tokens: self.client_max.is_none().then_some(candidate.max_tokens),
        }
    }
}

fn refusal_never_fits(policy: &Policy, counted: crate::policy::spend::Counted) -> Refusal {
    use crate::policy::spend::Counted;
    match counted {
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
            retry_after_secs: 60,
            never_fits: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::OnUnavailable;
    use crate::policy::admit::Ending;
    use crate::policy::testing::two_tier_policy;
    use crate::rls::Code;
    use std::collections::HashMap;

    const NOW: u64 = 1_796_040_030;

    /// The service as envoyproxy/ratelimit behaves by default: every
    /// descriptor of a call counted in order, OVER_LIMIT where the count
    /// passes the limit; negative hits floored at zero.
    #[derive(Default)]
    struct FakeService {
        counters: HashMap<String, u64>,
        calls: Vec<Request>,
    }

    impl FakeService {
        fn call(&mut self, req: &Request) -> Response {
            self.calls.push(req.clone());
            let mut overall = Code::Ok;
            let mut statuses = Vec::new();
            for d in &req.descriptors {
                let (limit, unit) = d.limit.unwrap();
                let key = format!("{:?}_{}", d.entries, NOW / unit.seconds());
                let c = self.counters.entry(key).or_default();
                if d.negative {
                    *c = c.saturating_sub(d.hits);
                } else {
                    *c += d.hits;
                }
                let over = !d.negative && *c > u64::from(limit);
                if over {
                    overall = Code::OverLimit;
                }
                statuses.push(Status {
                    code: if over { Code::OverLimit } else { Code::Ok },
                    limit_remaining: u32::try_from(u64::from(limit).saturating_sub(*c)).unwrap(),
                    reset_secs: 0,
                });
            }
            Response { overall, statuses }
        }

        fn total(&self) -> u64 {
            self.counters.values().sum()
        }
    }

    fn policy(limit_usd: &str) -> Policy {
        two_tier_policy(&format!(
            r#"[{{"name": "b", "scope": "user", "window": "day", "limit_usd": {limit_usd}, "on_exceed": "downgrade"}}]"#
        ))
    }

    fn service() -> Service {
        Service {
            cluster: "rls".into(),
            domain: "d".into(),
            timeout_ms: 100,
            on_unavailable: OnUnavailable::Refuse,
            unit_nano_usd: 1000,
            refunds: true,
            over_limit_increments: true,
            month_window: crate::fleet::MonthWindow::Calendar,
        }
    }

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

    /// Drives an admission against the fake; returns the last step and the queued refunds.
    fn run(p: &Policy, fake: &mut FakeService) -> (Step, Vec<Descriptor>) {
        let svc = service();
        let who = alice();
        let mut a = RemoteAdmit::new(p, &premium(), Some(&who), 10, None, 1);
        let mut step = a.step(&svc, p, Some(&who), NOW);
        let mut queued = Vec::new();
        while let Step::Call(req) = &step {
            let resp = fake.call(req);
            let (next, q) = a.answer(&svc, p, Some(&who), &resp, NOW);
            queued.extend(q);
            step = next;
        }
        (step, queued)
    }

    // 10 prompt + 100 output tokens: premium reserves 1100 micro-USD, economy 110.
    #[test]
    fn downgrade_carries_the_refund_in_the_next_call() {
        let p = policy("0.001"); // 1000 units: premium does not fit, economy does
        let mut fake = FakeService::default();
        let (step, queued) = run(&p, &mut fake);
        let Step::Admitted(d) = step else {
            panic!("{step:?}")
        };
        assert_eq!((d.route.as_str(), d.reason.as_str()), ("cheap", "budget:b"));
        assert_eq!(d.enforce_max_tokens, Some(100));
        assert!(queued.is_empty());
        assert_eq!(fake.calls.len(), 2, "one more call for the downgrade");
        let second = &fake.calls[1].descriptors;
        assert_eq!((second[0].hits, second[0].negative), (1100, true));
        assert_eq!((second[1].hits, second[1].negative), (110, false));
        assert_eq!(fake.total(), 110, "only the economy reservation is held");
        let remote = d.remote.unwrap();
        assert_eq!(remote.remaining_nano_usd, Some(890 * 1000));
        // Settled with what it used.
        let settle = service().settle(
            &remote,
            Ending::Used {
                cost_nano_usd: 20_500,
                total_tokens: 30,
            },
            NOW,
        );
        fake.call(&Request {
            domain: "d".into(),
            descriptors: settle,
        });
        assert_eq!(fake.total(), 21);
    }

    #[test]
    fn refused_everywhere_queues_the_last_refund() {
        let p = policy("0.0001"); // 100 units: nothing fits
        let mut fake = FakeService::default();
        let (step, queued) = run(&p, &mut fake);
        assert!(
            matches!(step, Step::Refused(Refusal::Budget { .. })),
            "{step:?}"
        );
        assert_eq!(fake.calls.len(), 2);
        assert_eq!(queued.len(), 1);
        fake.call(&Request {
            domain: "d".into(),
            descriptors: queued,
        });
        assert_eq!(fake.total(), 0, "nothing stays reserved");
    }
}
