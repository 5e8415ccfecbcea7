//! The host side of the fleet store: gRPC calls to the rate limit service,
//! and the settlement queue.
//!
//! Reservations are dispatched by the request's own HTTP context (it is paused
//! waiting for the answer). Settlements are not: the HTTP context ends right
//! after `on_log`, and Envoy cancels the calls a context leaves behind, so a
//! client that disconnects mid-stream would never settle. Instead `on_log`
//! queues the settlement descriptors in this worker's VM, and the router's
//! root context (which lives as long as the plugin) sends them on its next
//! tick, batched into one call, and keeps them queued while the service
//! cannot be reached, so nothing reserved is lost once it is back.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::time::Duration;

use proxy_wasm::hostcalls;
use proxy_wasm::types::BufferType;

use super::metrics;
use crate::fleet::plan::MonthResetMismatch;
use crate::fleet::Service;
use crate::rls::{self, Descriptor, Request, Response};
use crate::telemetry::metrics::RATE_LIMIT_SERVICE;

/// Root tick while the service store is on: the most a settlement waits.
pub const TICK: Duration = Duration::from_millis(50);
/// Descriptors per settlement call.
const BATCH: usize = 128;
/// Queued descriptors kept while the service is down; the oldest go first
/// past this (logged and counted: `rls.settle_dropped`).
const MAX_QUEUED: usize = 100_000;
/// gRPC UNAVAILABLE: the call never reached the service (connection refused,
/// no healthy host): safe to send again.
const GRPC_UNAVAILABLE: u32 = 14;

thread_local! {
    /// Whether this VM has logged a calendar-month mismatch (once is enough).
    static MONTH_MISMATCH_LOGGED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static QUEUE: RefCell<VecDeque<Descriptor>> = const { RefCell::new(VecDeque::new()) };
    static IN_FLIGHT: RefCell<BTreeMap<u32, Vec<Descriptor>>> = const { RefCell::new(BTreeMap::new()) };
}

/// Sends a `ShouldRateLimit` call from the current context.
pub fn dispatch(svc: &Service, request: &Request) -> Result<u32, String> {
    metrics::inc(&RATE_LIMIT_SERVICE, &["call"]);
    hostcalls::dispatch_grpc_call(
        &svc.cluster,
        rls::SERVICE,
        rls::METHOD,
        Vec::new(),
        Some(&request.encode()),
        Duration::from_millis(svc.timeout_ms),
    )
    .map_err(|s| format!("dispatch_grpc_call: {s:?}"))
}

/// The answer to a call, in a gRPC callback: decoded, or why there is none.
pub fn response(status_code: u32, size: usize) -> Result<Response, String> {
    if status_code != 0 {
        let message = hostcalls::get_grpc_status()
            .ok()
            .and_then(|(_, m)| m)
            .unwrap_or_default();
        return Err(format!("grpc status {status_code} {message}"));
    }
    let body = hostcalls::get_buffer(BufferType::GrpcReceiveBuffer, 0, size)
        .ok()
        .flatten()
        .unwrap_or_default();
    Response::decode(&body).map_err(|e| format!("bad response: {e}"))
}

/// Queues settlement descriptors for the root context to send.
pub fn enqueue(descriptors: Vec<Descriptor>) {
    if descriptors.is_empty() {
        return;
    }
    QUEUE.with(|q| {
        let Ok(mut q) = q.try_borrow_mut() else {
            return;
        };
        q.extend(descriptors);
        let excess = q.len().saturating_sub(MAX_QUEUED);
        if excess > 0 {
            q.drain(..excess);
            metrics::add(&RATE_LIMIT_SERVICE, &["settle_dropped"], &[], excess as u64);
            log::error!("settlement queue full: dropped {excess} oldest descriptors");
        }
    });
}

/// Root tick: sends one batch if nothing is in flight.
pub fn flush(svc: &Service) {
    let busy = IN_FLIGHT.with(|f| f.try_borrow().map_or(true, |f| !f.is_empty()));
    if busy {
        return;
    }
    let batch: Vec<Descriptor> = QUEUE.with(|q| {
        q.try_borrow_mut()
            .map(|mut q| {
                let n = q.len().min(BATCH);
                q.drain(..n).collect()
            })
            .unwrap_or_default()
    });
    if batch.is_empty() {
        return;
    }
    let request = Request {
        domain: svc.domain.clone(),
        descriptors: batch,
    };
    match dispatch(svc, &request) {
        Ok(token) => IN_FLIGHT.with(|f| {
            if let Ok(mut f) = f.try_borrow_mut() {
                f.insert(token, request.descriptors);
            }
        }),
        Err(e) => {
            log::warn!("settlement call not sent ({e}); will retry");
            requeue(request.descriptors);
        }
    }
}

fn requeue(batch: Vec<Descriptor>) {
    metrics::add(
        &RATE_LIMIT_SERVICE,
        &["settle_retried"],
        &[],
        batch.len() as u64,
    );
    QUEUE.with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            for d in batch.into_iter().rev() {
                q.push_front(d);
            }
        }
    });
}

/// Root gRPC callback: a settlement call ended.
pub fn settled(token: u32, status_code: u32) {
    let Some(batch) =
        IN_FLIGHT.with(|f| f.try_borrow_mut().ok().and_then(|mut f| f.remove(&token)))
    else {
        return;
    };
    match status_code {
        0 => metrics::add(&RATE_LIMIT_SERVICE, &["settled"], &[], batch.len() as u64),
        GRPC_UNAVAILABLE => {
            log::warn!(
                "rate limit service unavailable: {} settlements kept for retry",
                batch.len()
            );
            requeue(batch);
        }
        other => {
            // It may have been applied (a timeout after the service counted):
            // sending it again could count it twice. Logged and counted.
            metrics::add(
                &RATE_LIMIT_SERVICE,
                &["settle_unknown"],
                &[],
                batch.len() as u64,
            );
            log::error!(
                "settlement call ended with grpc status {other}: {} descriptors may not be applied",
                batch.len()
            );
        }
    }
}

/// The service answered a calendar-month counter with a reset that is not the
/// end of the UTC month: counted every time (`code="month_window_mismatch"`),
/// logged once per VM.
pub fn month_reset_mismatch(m: MonthResetMismatch) {
    metrics::inc(&RATE_LIMIT_SERVICE, &["month_window_mismatch"]);
    if MONTH_MISMATCH_LOGGED.with(|l| l.replace(true)) {
        return;
    }
    log::warn!(
        "the rate limit service reset a calendar-month budget in {} s, not at the end of \
         the UTC month ({} s): run envoyproxy/ratelimit with \
         USE_CALENDAR_MONTH_RATE_LIMIT=true (PR #1206), check its clock, or set \
         budget_store.month_window to `year_window`; until then the cap can be spent \
         twice in a month",
        m.reported_secs,
        m.expected_secs
    );
}
