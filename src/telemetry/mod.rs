//! What the filter tells operators: labelled metrics (the catalogue and how
//! labels travel in Envoy stat names), per-attempt timing, and the
//! per-request record for Envoy's access log. Plain logic; `filter::metrics`
//! and the two roles apply it.

pub mod metrics;
pub mod record;
pub mod timing;

use serde::Deserialize;

/// `metrics` in the plugin configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// Adds a `team` label to requests, cost and tokens (off by default: one
    /// series per team; never per user).
    pub team_label: bool,
    /// Records the latency, TTFT, token and tokens/s histograms.
    pub histograms: bool,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        MetricsConfig {
            team_label: false,
            histograms: true,
        }
    }
}
