//! Notices the router plugin configured without
//! `allow_on_headers_stop_iteration: true`. Envoy then turns the router's
//! pause of the request headers into StopAllIterationAndWatermark: the body
//! callbacks never come and the request would hang until a timeout. The
//! router registers each chat request it pauses; the root context's tick
//! answers those whose body never arrived within [`WAIT_MS`] with a 500 that
//! names the field. Once any body has reached the router on this worker, the
//! field is evidently set (it is per plugin) and the watch stops.
//!
//! A slow client is not a misconfiguration: a request is answered only when
//! Envoy has received body bytes for it that never reached the filter (its
//! `request.total_size` grew since the pause). A client that has sent nothing
//! yet is left to Envoy's own timeouts. Where that attribute cannot be read,
//! the wait alone decides.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// How long a paused request may wait for its first body callback.
pub const WAIT_MS: u64 = 3000;
/// How often the root context looks.
pub const TICK_MS: u64 = 1000;
/// Entries kept at most (requests paused at once on one worker).
const MAX_ENTRIES: usize = 16 * 1024;

pub const MISSING_FIELD_MESSAGE: &str = "The gateway is misconfigured: the llm_router wasm \
filter needs `allow_on_headers_stop_iteration: true` in its plugin config, or Envoy never \
passes it the request body.";

/// A paused request: when, and how many bytes Envoy had received for it then.
#[derive(Debug, Clone, Copy)]
struct Paused {
    since_ms: u64,
    received: Option<u64>,
}

thread_local! {
    static PAUSED: RefCell<BTreeMap<u32, Paused>> = const { RefCell::new(BTreeMap::new()) };
    static BODY_SEEN: Cell<bool> = const { Cell::new(false) };
}

/// The router paused a chat request's headers and waits for its body;
/// `received`: Envoy's `request.total_size` for it at that moment.
pub fn paused(context_id: u32, now_ms: u64, received: Option<u64>) {
    if BODY_SEEN.with(Cell::get) {
        return;
    }
    PAUSED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if m.len() < MAX_ENTRIES {
                m.insert(
                    context_id,
                    Paused {
                        since_ms: now_ms,
                        received,
                    },
                );
            }
        }
    });
}

/// A body callback reached the router: the field is set.
pub fn body_arrived() {
    if BODY_SEEN.with(|s| s.replace(true)) {
        return;
    }
    PAUSED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.clear();
        }
    });
}

/// The request ended (answered or gone).
pub fn done(context_id: u32) {
    PAUSED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.remove(&context_id);
        }
    });
}

/// Requests paused longer than [`WAIT_MS`], with no body ever seen on this
/// worker, for which Envoy holds body bytes the filter never got
/// (`received_now` reads a request's `request.total_size`). They are
/// forgotten here; the caller answers them.
pub fn overdue(now_ms: u64, mut received_now: impl FnMut(u32) -> Option<u64>) -> Vec<u32> {
    if BODY_SEEN.with(Cell::get) {
        return Vec::new();
    }
    let waited: Vec<(u32, Paused)> = PAUSED.with(|m| {
        m.try_borrow().map_or_else(
            |_| Vec::new(),
            |m| {
                m.iter()
                    .filter(|(_, p)| now_ms.saturating_sub(p.since_ms) >= WAIT_MS)
                    .map(|(id, p)| (*id, *p))
                    .collect()
            },
        )
    });
    let late: Vec<u32> = waited
        .into_iter()
        .filter(|(id, p)| match (p.received, received_now(*id)) {
            (Some(then), Some(now)) => now > then,
            _ => true,
        })
        .map(|(id, _)| id)
        .collect();
    PAUSED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            for id in &late {
                m.remove(id);
            }
        }
    });
    late
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_requests_whose_body_never_came_until_one_does() {
        let unknown = |_| None;
        paused(1, 1000, None);
        paused(2, 2500, None);
        assert!(overdue(3999, unknown).is_empty());
        assert_eq!(overdue(4000, unknown), vec![1]);
        assert_eq!(overdue(4000, unknown), Vec::<u32>::new(), "answered once");
        done(2);
        assert!(
            overdue(10_000, unknown).is_empty(),
            "ended requests are forgotten"
        );
        // Envoy received body bytes the filter never saw: misconfigured.
        paused(5, 11_000, Some(300));
        assert_eq!(overdue(15_000, |_| Some(900)), vec![5]);
        // A client that has not sent its body yet is only slow: left alone,
        // and answered once its bytes arrive at Envoy but not here.
        paused(6, 20_000, Some(300));
        assert!(overdue(25_000, |_| Some(300)).is_empty());
        assert!(overdue(40_000, |_| Some(300)).is_empty());
        assert_eq!(overdue(41_000, |_| Some(301)), vec![6]);
        paused(3, 50_000, None);
        body_arrived();
        assert!(
            overdue(60_000, unknown).is_empty(),
            "a body came: the field is set"
        );
        paused(4, 60_000, None);
        assert!(overdue(90_000, unknown).is_empty(), "no more watching");
    }
}
