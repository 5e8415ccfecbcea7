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
use crate::rls::{Descriptor, Request, Response};

pub struct RemoteAdmit {
    candidates: Vec<Candidate>,
    next: usize,
    /// The candidate whose call is in flight, and what it reserves.
    current: Option<(Candidate, Vec<Held>)>,
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
    ) -> Self {
        RemoteAdmit {
            candidates: policy.candidates(choice, identity, prompt_tokens, client_max),
            next: 0,
            current: None,
            reason: choice.reason.clone(),
            client_max,
            prompt_tokens,
            downgraded_by: None,
            last_refusal: None,
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
                Ok((request, held)) => {
                    self.current = Some((candidate, held));
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
    /// refunds for the settlement queue (a refused call that the service counted).
    pub fn answer(
        &mut self,
        svc: &Service,
        policy: &Policy,
        identity: Option<&Identity>,
        response: &Response,
        now: u64,
    ) -> (Step, Vec<Descriptor>) {
        let Some((candidate, held)) = self.current.take() else {
            return (
                Step::Refused(Refusal::Unavailable("no call in flight".into())),
                Vec::new(),
            );
        };
        match svc.answer(policy, held, response, now) {
            Ok(remote) => (
                Step::Admitted(Box::new(self.decision(candidate, remote))),
                Vec::new(),
            ),
            Err((refusal, refund)) => match self.note_refusal(policy, refusal) {
                Some(r) => (Step::Refused(r), refund),
                None => (self.step(svc, policy, identity, now), refund),
            },
        }
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
