//! Hands what the translator learns (which provider served, the usage) to
//! the router role of the same request.
//!
//! Both roles run in the same VM (same `vm_id` and `vm_config`), and Envoy
//! runs a request and all its upstream attempts on one worker thread, so a
//! VM-local map is enough. The key is a ticket the router writes into the
//! request body (each attempt gets the body afresh, unlike headers).

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::api::openai::Usage;
use crate::route::Stamp;

/// What the attempt that produced the response reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    pub provider: String,
    pub upstream_model: String,
    pub usage: Option<Usage>,
    /// Streams: time to the first token of this attempt, ms.
    pub ttft_ms: Option<u64>,
}

/// Entries the router never collected (a client that went away) are dropped
/// oldest first past this many.
const MAX_ENTRIES: usize = 16 * 1024;

thread_local! {
    static NEXT: RefCell<u64> = const { RefCell::new(1) };
    static OUTCOMES: RefCell<BTreeMap<u64, Outcome>> = const { RefCell::new(BTreeMap::new()) };
    /// Stamps the router wrote and whose request has not ended: the translator
    /// trusts a body stamp only if it is one of these, so a client that reaches
    /// the translator without the router (left out of the chain, `FAIL_OPEN`)
    /// cannot pick a route, a `max_tokens` or another request's ticket.
    static ISSUED: RefCell<BTreeMap<u64, Stamp>> = const { RefCell::new(BTreeMap::new()) };
    /// The provider of each request's latest attempt, to name fallbacks.
    static LAST_ATTEMPT: RefCell<BTreeMap<u64, String>> = const { RefCell::new(BTreeMap::new()) };
}

/// Records a stamp the router wrote into a request body.
pub fn issue(stamp: &Stamp) {
    ISSUED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.insert(stamp.ticket, stamp.clone());
            while m.len() > MAX_ENTRIES {
                m.pop_first();
            }
        }
    });
}

/// True if the router of this VM wrote exactly this stamp for a live request.
pub fn was_issued(stamp: &Stamp) -> bool {
    ISSUED.with(|m| {
        m.try_borrow()
            .is_ok_and(|m| m.get(&stamp.ticket) == Some(stamp))
    })
}

/// The request ended: its stamp is no longer valid.
pub fn retire(ticket: u64) {
    ISSUED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.remove(&ticket);
        }
    });
}

/// Notes that an attempt of `ticket` goes to `provider`; returns the
/// provider of the request's previous attempt, if there was one.
pub fn note_attempt(ticket: u64, provider: &str) -> Option<String> {
    LAST_ATTEMPT.with(|m| {
        let mut m = m.try_borrow_mut().ok()?;
        let previous = m.insert(ticket, provider.to_string());
        while m.len() > MAX_ENTRIES {
            m.pop_first();
        }
        previous
    })
}

/// Forgets a request's attempts (it has ended).
pub fn forget_attempts(ticket: u64) {
    LAST_ATTEMPT.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.remove(&ticket);
        }
    });
}

/// A fresh ticket for a request.
pub fn new_ticket() -> u64 {
    NEXT.with(|n| {
        n.try_borrow_mut()
            .map(|mut n| {
                let t = *n;
                *n = n.wrapping_add(1);
                t
            })
            .unwrap_or(0)
    })
}

pub fn put(ticket: u64, outcome: Outcome) {
    OUTCOMES.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.insert(ticket, outcome);
            while m.len() > MAX_ENTRIES {
                m.pop_first();
            }
        }
    });
}

pub fn take(ticket: u64) -> Option<Outcome> {
    OUTCOMES.with(|m| m.try_borrow_mut().ok().and_then(|mut m| m.remove(&ticket)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_issued_stamps_are_trusted() {
        let stamp = Stamp {
            route: "fast".into(),
            ticket: new_ticket(),
            max_tokens: None,
            ingress: Default::default(),
            headers: vec![("openai-beta".into(), "assistants=v2".into())],
        };
        assert!(!was_issued(&stamp), "a client's stamp");
        issue(&stamp);
        assert!(was_issued(&stamp));
        let mut other = stamp.clone();
        other.route = "smart".into();
        assert!(!was_issued(&other), "same ticket, another route");
        other = stamp.clone();
        other.max_tokens = Some(100_000);
        assert!(!was_issued(&other), "same ticket, another max_tokens");
        other = stamp.clone();
        other.headers = vec![("openai-organization".into(), "org-victim".into())];
        assert!(!was_issued(&other), "same ticket, other headers");
        retire(stamp.ticket);
        assert!(!was_issued(&stamp), "after the request ended");
    }

    #[test]
    fn round_trip_and_bound() {
        let a = new_ticket();
        let b = new_ticket();
        assert_ne!(a, b);
        put(
            a,
            Outcome {
                provider: "p".into(),
                ..Default::default()
            },
        );
        assert_eq!(take(a).unwrap().provider, "p");
        assert_eq!(take(a), None);
        for i in 0..(MAX_ENTRIES as u64 + 10) {
            put(1_000_000 + i, Outcome::default());
        }
        assert_eq!(take(1_000_000), None, "oldest dropped");
        assert!(take(1_000_000 + MAX_ENTRIES as u64).is_some());
    }

    #[test]
    fn attempts_name_the_previous_provider() {
        let t = new_ticket();
        assert_eq!(note_attempt(t, "anthropic"), None);
        assert_eq!(note_attempt(t, "openai").as_deref(), Some("anthropic"));
        forget_attempts(t);
        assert_eq!(note_attempt(t, "openai"), None);
        forget_attempts(t);
    }
}
