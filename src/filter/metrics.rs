//! Envoy stats from the filter. Envoy shows them prefixed with `wasmcustom.`
//! (e.g. `wasmcustom.llm_router.tier.economy.requests`).

use std::cell::RefCell;
use std::collections::HashMap;

use proxy_wasm::hostcalls;
use proxy_wasm::types::MetricType;

thread_local! {
    static IDS: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::new());
}

fn id(name: &str) -> Option<u32> {
    IDS.with(|ids| {
        let mut ids = ids.try_borrow_mut().ok()?;
        if let Some(id) = ids.get(name) {
            return Some(*id);
        }
        let id = hostcalls::define_metric(MetricType::Counter, name).ok()?;
        ids.insert(name.to_string(), id);
        Some(id)
    })
}

/// Adds to the counter `llm_router.<name>`.
pub fn add(name: &str, delta: u64) {
    if delta == 0 {
        return;
    }
    let full = format!("llm_router.{name}");
    if let Some(id) = id(&full) {
        let delta = i64::try_from(delta).unwrap_or(i64::MAX);
        if let Err(e) = hostcalls::increment_metric(id, delta) {
            log::debug!("metric {full}: {e:?}");
        }
    }
}

pub fn inc(name: &str) {
    add(name, 1);
}
