//! Notices the router plugin configured without
//! `allow_on_headers_stop_iteration: true`. Envoy then turns the router's
//! pause of the request headers into StopAllIterationAndWatermark: the body
//! callbacks never come and the request would hang until a timeout. The
//! router registers each chat request it pauses; the root context's tick
//! answers those whose body never arrived within [`WAIT_MS`] with a 500 that
//! names the field. Once any body has reached the router on this worker, the
//! field is evidently set (it is per plugin) and the watch stops.

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

thread_local! {
    static PAUSED: RefCell<BTreeMap<u32, u64>> = const { RefCell::new(BTreeMap::new()) };
    static BODY_SEEN: Cell<bool> = const { Cell::new(false) };
}

/// The router paused a chat request's headers and waits for its body.
pub fn paused(context_id: u32, now_ms: u64) {
    if BODY_SEEN.with(Cell::get) {
        return;
    }
    PAUSED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if m.len() < MAX_ENTRIES {
                m.insert(context_id, now_ms);
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

/// Requests paused longer than [`WAIT_MS`] with no body ever seen on this
/// worker; they are forgotten here, the caller answers them.
pub fn overdue(now_ms: u64) -> Vec<u32> {
    if BODY_SEEN.with(Cell::get) {
        return Vec::new();
    }
    PAUSED.with(|m| {
        let Ok(mut m) = m.try_borrow_mut() else {
            return Vec::new();
        };
        let late: Vec<u32> = m
            .iter()
            .filter(|(_, since)| now_ms.saturating_sub(**since) >= WAIT_MS)
            .map(|(id, _)| *id)
            .collect();
        for id in &late {
            m.remove(id);
        }
        late
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_requests_whose_body_never_came_until_one_does() {
        paused(1, 1000);
        paused(2, 2500);
        assert!(overdue(3999).is_empty());
        assert_eq!(overdue(4000), vec![1]);
        assert_eq!(overdue(4000), Vec::<u32>::new(), "answered once");
        done(2);
        assert!(overdue(10_000).is_empty(), "ended requests are forgotten");
        paused(3, 20_000);
        body_arrived();
        assert!(overdue(60_000).is_empty(), "a body came: the field is set");
        paused(4, 60_000);
        assert!(overdue(90_000).is_empty(), "no more watching");
    }
}
