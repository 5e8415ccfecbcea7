//! Envoy stats from the filter: labelled series of the catalogue in
//! `telemetry::metrics`, each defined once per VM and its id cached.
//! Envoy shows them under the `wasmcustom.` namespace, which its Prometheus
//! output omits.

use std::cell::RefCell;
use std::collections::HashMap;

use proxy_wasm::hostcalls;
use proxy_wasm::types::MetricType;

use crate::telemetry::metrics::{encode_into, Kind, Metric};

struct Cache {
    ids: HashMap<String, u32>,
    /// Reused for every name, so a series already defined costs no allocation.
    name: String,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache { ids: HashMap::new(), name: String::new() });
}

/// Most series one VM defines; past it new series are dropped (and logged),
/// a guard in case a label value ever escaped the configuration's bounds.
const MAX_SERIES: usize = 10_000;

fn id(metric: &Metric, values: &[&str], extra: &[(&str, &str)]) -> Option<u32> {
    CACHE.with(|c| {
        let mut c = c.try_borrow_mut().ok()?;
        let Cache { ids, name } = &mut *c;
        encode_into(name, metric, values, extra);
        if let Some(id) = ids.get(name.as_str()) {
            return Some(*id);
        }
        if ids.len() >= MAX_SERIES {
            log::warn!("metric series limit reached; not recording {name}");
            return None;
        }
        let kind = match metric.kind {
            Kind::Counter => MetricType::Counter,
            Kind::Gauge => MetricType::Gauge,
            Kind::Histogram => MetricType::Histogram,
        };
        match hostcalls::define_metric(kind, name) {
            Ok(id) => {
                ids.insert(name.clone(), id);
                Some(id)
            }
            Err(e) => {
                log::warn!("defining metric {name}: {e:?}");
                None
            }
        }
    })
}

/// Adds `delta` to a counter series. A zero still defines the series, so
/// ratios over it (cached tokens, cost of a free model) have data.
pub fn add(metric: &Metric, values: &[&str], extra: &[(&str, &str)], delta: u64) {
    let id = id(metric, values, extra);
    if delta == 0 {
        return;
    }
    if let Some(id) = id {
        let delta = i64::try_from(delta).unwrap_or(i64::MAX);
        if let Err(e) = hostcalls::increment_metric(id, delta) {
            log::debug!("metric {}: {e:?}", metric.name);
        }
    }
}

pub fn inc(metric: &Metric, values: &[&str]) {
    add(metric, values, &[], 1);
}

/// Sets a gauge series, or records a histogram value.
pub fn record(metric: &Metric, values: &[&str], value: u64) {
    if let Some(id) = id(metric, values, &[]) {
        if let Err(e) = hostcalls::record_metric(id, value) {
            log::debug!("metric {}: {e:?}", metric.name);
        }
    }
}
