//! Where budgets and rate limits are counted: `local` (this Envoy's shared
//! data, the default) or a global rate limit service shared by a fleet
//! (`envoyproxy/ratelimit` on Redis, or any server of the protocol).
//!
//! This module is plain logic: the store's configuration, and the plan of
//! rate limit service calls for one request's counters (see [`plan`]). The
//! filter dispatches the calls.

pub mod admit;
pub mod plan;

use serde::Deserialize;

use crate::ledger::usd_to_nano;
use crate::policy::Policy;

pub const DEFAULT_DOMAIN: &str = "llm_router";
pub const DEFAULT_TIMEOUT_MS: u64 = 250;
/// One budget unit on the service: a micro-dollar. A descriptor's limit is a
/// uint32, so a budget can be at most 4294.967295 USD at this unit.
pub const DEFAULT_USD_UNIT: f64 = 0.000_001;

/// A UTC date, `YYYY-MM-DD`.
fn utc_date(secs: u64) -> String {
    let (y, m, d) = crate::ledger::window::civil_from_days(secs / 86_400);
    format!("{y:04}-{m:02}-{d:02}")
}

impl Service {
    /// The warning logged at configure time in `year_window` mode when a
    /// budget is monthly: what the mode costs, and when it next happens.
    pub fn year_window_warning(&self, policy: &Policy, now: u64) -> Option<String> {
        if self.month_window != MonthWindow::YearWindow
            || !policy
                .budgets
                .iter()
                .any(|b| b.window == crate::ledger::Window::Month)
        {
            return None;
        }
        let next = next_year_boundary(now);
        Some(format!(
            "budget_store.month_window `year_window`: monthly budgets are counted in the rate limit \
             service's 365-day YEAR window, which restarts at {} 00:00 UTC (then {}, {}); the \
             month containing that instant can spend its cap up to twice. Use `calendar` with \
             envoyproxy/ratelimit's USE_CALENDAR_MONTH_RATE_LIMIT=true (PR #1206).",
            utc_date(next),
            utc_date(next_year_boundary(next)),
            utc_date(next_year_boundary(next_year_boundary(next))),
        ))
    }
}

/// `budget_store` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStore {
    #[serde(rename = "type")]
    pub kind: StoreKind,
    #[serde(default)]
    pub cluster: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub timeout: Option<String>,
    #[serde(default)]
    pub on_unavailable: Option<OnUnavailable>,
    #[serde(default)]
    pub usd_unit: Option<f64>,
    #[serde(default)]
    pub refunds: Option<bool>,
    #[serde(default)]
    pub over_limit_increments: Option<bool>,
    /// `calendar` or `year_window`: read as a string and checked in
    /// [`Store::compile`] (a derived enum costs ~8 KB of wasm in two
    /// deserializers).
    #[serde(default)]
    pub month_window: Option<String>,
}

/// How a calendar-month budget is windowed on the service.
///
/// `envoyproxy/ratelimit` keys a fixed window as `now / divider * divider`
/// from the Unix epoch (MONTH 30 days, YEAR 365 days) unless it runs with
/// `USE_CALENDAR_MONTH_RATE_LIMIT=true` (envoyproxy/ratelimit PR #1206), which
/// buckets MONTH by UTC calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MonthWindow {
    /// Unit MONTH on a service with `USE_CALENDAR_MONTH_RATE_LIMIT=true`.
    #[default]
    Calendar,
    /// Unit YEAR under the month's period entry, for services older than
    /// #1206. Flawed: the month that contains a 365-day boundary restarts
    /// its counter there (see [`next_year_boundary`]).
    YearWindow,
}

impl MonthWindow {
    pub fn as_str(self) -> &'static str {
        match self {
            MonthWindow::Calendar => "calendar",
            MonthWindow::YearWindow => "year_window",
        }
    }

    fn parse(s: &str) -> Option<MonthWindow> {
        [MonthWindow::Calendar, MonthWindow::YearWindow]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// The next restart of the service's epoch-aligned 365-day YEAR window after
/// `now` (2026-12-18, 2027-12-18, 2028-12-17 ... 00:00 UTC).
pub fn next_year_boundary(now: u64) -> u64 {
    const YEAR: u64 = 365 * 86_400;
    (now / YEAR).saturating_add(1).saturating_mul(YEAR)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoreKind {
    Local,
    RateLimitService,
}

/// What a request gets when the service cannot answer in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OnUnavailable {
    /// 503 `budget_service_unavailable`; nothing goes upstream.
    #[default]
    Refuse,
    /// Count it on this Envoy's local ledger instead (and count that it happened).
    Local,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub cluster: String,
    pub domain: String,
    pub timeout_ms: u64,
    pub on_unavailable: OnUnavailable,
    /// Nano-USD per budget unit on the service.
    pub unit_nano_usd: u64,
    /// The service honours `is_negative_hits` (reserve, then refund the
    /// unused part). `false`: check-then-charge (see the README).
    pub refunds: bool,
    /// The service counts the hits of a call it answers OVER_LIMIT (as
    /// `envoyproxy/ratelimit` does), so they are refunded at once.
    pub over_limit_increments: bool,
    /// How calendar-month budgets are windowed (`month_window`).
    pub month_window: MonthWindow,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Store {
    #[default]
    Local,
    Service(Service),
}

/// Envoy-style duration: `250ms`, `0.25s`, `1s`.
fn parse_duration_ms(s: &str) -> Option<u64> {
    let s = s.trim();
    if let Some(ms) = s.strip_suffix("ms") {
        return ms.parse::<u64>().ok();
    }
    let secs = s.strip_suffix('s')?;
    let (whole, frac) = secs.split_once('.').unwrap_or((secs, ""));
    if whole.is_empty() && frac.is_empty() || frac.len() > 3 {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut frac_ms: u64 = 0;
    for (i, c) in frac.chars().enumerate() {
        let d = u64::from(c.to_digit(10)?);
        frac_ms =
            frac_ms.saturating_add(d.saturating_mul(10u64.pow(2u32.saturating_sub(i as u32))));
    }
    whole.checked_mul(1000)?.checked_add(frac_ms)
}

/// `(field path, message)`, like the policy's errors.
pub type StoreError = (String, String);

fn err(path: &str, message: impl Into<String>) -> StoreError {
    (format!("budget_store.{path}"), message.into())
}

impl Store {
    pub fn compile(raw: Option<RawStore>, policy: &Policy) -> Result<Store, StoreError> {
        let Some(raw) = raw else {
            return Ok(Store::Local);
        };
        if raw.kind == StoreKind::Local {
            let extra = raw.cluster.is_some()
                || raw.domain.is_some()
                || raw.timeout.is_some()
                || raw.on_unavailable.is_some()
                || raw.usd_unit.is_some()
                || raw.refunds.is_some()
                || raw.over_limit_increments.is_some()
                || raw.month_window.is_some();
            if extra {
                return Err(err(
                    "type",
                    "`local` takes no other fields (they configure `rate_limit_service`)",
                ));
            }
            return Ok(Store::Local);
        }
        let cluster = raw.cluster.unwrap_or_default();
        if cluster.is_empty() {
            return Err(err(
                "cluster",
                "name the Envoy cluster (gRPC, HTTP/2) that reaches the rate limit service",
            ));
        }
        let domain = raw.domain.unwrap_or_else(|| DEFAULT_DOMAIN.to_string());
        if domain.is_empty() {
            return Err(err("domain", "must not be empty"));
        }
        let timeout_ms = match raw.timeout {
            None => DEFAULT_TIMEOUT_MS,
            Some(t) => match parse_duration_ms(&t) {
                Some(ms) if (1..=60_000).contains(&ms) => ms,
                _ => {
                    return Err(err(
                        "timeout",
                        format!(
                            "`{t}` is not a duration between 1ms and 60s (e.g. `250ms`, `0.5s`)"
                        ),
                    ))
                }
            },
        };
        let month_window = match raw.month_window.as_deref() {
            None => MonthWindow::default(),
            Some(s) => MonthWindow::parse(s).ok_or_else(|| {
                err(
                    "month_window",
                    format!(
                        "`{s}` is not `calendar` (unit MONTH; envoyproxy/ratelimit with \
                         USE_CALENDAR_MONTH_RATE_LIMIT=true) or `year_window` (unit YEAR, \
                         for older services)"
                    ),
                )
            })?,
        };
        let unit_usd = raw.usd_unit.unwrap_or(DEFAULT_USD_UNIT);
        let unit_nano_usd = match usd_to_nano(unit_usd) {
            Ok(n) if n > 0 => n,
            Ok(_) => return Err(err("usd_unit", "must be greater than 0")),
            Err(e) => return Err(err("usd_unit", e)),
        };
        for (i, b) in policy.budgets.iter().enumerate() {
            let path = format!("budgets[{i}].limit_usd");
            if b.limit_nano_usd % unit_nano_usd != 0 {
                return Err((
                    path,
                    format!("must be a whole number of budget_store.usd_unit ({unit_usd} USD)"),
                ));
            }
            if b.limit_nano_usd / unit_nano_usd > u64::from(u32::MAX) {
                let max =
                    crate::ledger::format_usd(u64::from(u32::MAX).saturating_mul(unit_nano_usd));
                return Err((
                    path,
                    format!(
                        "the rate limit service counts at most 4294967295 units of {unit_usd} USD \
                         per descriptor ({max} USD); raise budget_store.usd_unit"
                    ),
                ));
            }
        }
        for (i, r) in policy.rate_limits.iter().enumerate() {
            for (field, v) in [
                ("requests_per_minute", r.requests_per_minute),
                ("tokens_per_minute", r.tokens_per_minute),
            ] {
                if v.is_some_and(|v| v > u64::from(u32::MAX)) {
                    return Err((
                        format!("rate_limits[{i}].{field}"),
                        "the rate limit service's limits are uint32 (at most 4294967295)".into(),
                    ));
                }
            }
        }
        Ok(Store::Service(Service {
            cluster,
            domain,
            timeout_ms,
            on_unavailable: raw.on_unavailable.unwrap_or_default(),
            unit_nano_usd,
            refunds: raw.refunds.unwrap_or(true),
            over_limit_increments: raw.over_limit_increments.unwrap_or(true),
            month_window,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::RawPolicy;
    use std::collections::BTreeMap;

    fn policy(budget_usd: &str) -> Policy {
        let routes: BTreeMap<String, BTreeMap<String, String>> =
            [("r".to_string(), [("p".to_string(), "m".to_string())].into())].into();
        let raw: RawPolicy = serde_json::from_str(&format!(
            r#"{{"upstream_models": {{"m": {{"input_per_million_tokens_usd": 1, "output_per_million_tokens_usd": 2}}}},
                "budgets": [{{"name": "g", "scope": "global", "window": "month", "limit_usd": {budget_usd}}}],
                "rate_limits": [{{"name": "r", "scope": "route", "requests_per_minute": 10}}]}}"#
        ))
        .unwrap();
        Policy::compile(raw, &routes).unwrap()
    }

    fn compile(json: &str, p: &Policy) -> Result<Store, StoreError> {
        Store::compile(Some(serde_json::from_str(json).unwrap()), p)
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ms("250ms"), Some(250));
        assert_eq!(parse_duration_ms("0.25s"), Some(250));
        assert_eq!(parse_duration_ms("1s"), Some(1000));
        assert_eq!(parse_duration_ms("1.5s"), Some(1500));
        assert_eq!(parse_duration_ms(".1s"), Some(100));
        assert_eq!(parse_duration_ms("1.0001s"), None);
        assert_eq!(parse_duration_ms("s"), None);
        assert_eq!(parse_duration_ms("10"), None);
        assert_eq!(parse_duration_ms("-1s"), None);
    }

    #[test]
    fn defaults_and_validation() {
        let p = policy("100");
        assert_eq!(Store::compile(None, &p), Ok(Store::Local));
        assert_eq!(compile(r#"{"type": "local"}"#, &p), Ok(Store::Local));
        let s = compile(r#"{"type": "rate_limit_service", "cluster": "rls"}"#, &p).unwrap();
        assert_eq!(
            s,
            Store::Service(Service {
                cluster: "rls".into(),
                domain: "llm_router".into(),
                timeout_ms: 250,
                on_unavailable: OnUnavailable::Refuse,
                unit_nano_usd: 1000,
                refunds: true,
                over_limit_increments: true,
                month_window: MonthWindow::Calendar,
            })
        );
        let legacy = compile(
            r#"{"type": "rate_limit_service", "cluster": "c", "month_window": "year_window"}"#,
            &p,
        );
        assert!(
            matches!(&legacy, Ok(Store::Service(s)) if s.month_window == MonthWindow::YearWindow),
            "{legacy:?}"
        );
        let bad = |json: &str, p: &Policy| compile(json, p).unwrap_err().0;
        assert_eq!(
            bad(r#"{"type": "rate_limit_service"}"#, &p),
            "budget_store.cluster"
        );
        assert_eq!(
            bad(
                r#"{"type": "rate_limit_service", "cluster": "c", "timeout": "forever"}"#,
                &p
            ),
            "budget_store.timeout"
        );
        assert_eq!(
            bad(
                r#"{"type": "rate_limit_service", "cluster": "c", "timeout": "0ms"}"#,
                &p
            ),
            "budget_store.timeout"
        );
        assert_eq!(
            bad(
                r#"{"type": "rate_limit_service", "cluster": "c", "usd_unit": 0}"#,
                &p
            ),
            "budget_store.usd_unit"
        );
        assert_eq!(
            bad(r#"{"type": "local", "cluster": "c"}"#, &p),
            "budget_store.type"
        );
        // $5000 does not fit in uint32 micro-dollars; it does in 10-micro-dollar units.
        let big = policy("5000");
        let e = compile(r#"{"type": "rate_limit_service", "cluster": "c"}"#, &big).unwrap_err();
        assert_eq!(e.0, "budgets[0].limit_usd");
        assert!(e.1.contains("4294.967295 USD"), "{}", e.1);
        assert!(compile(
            r#"{"type": "rate_limit_service", "cluster": "c", "usd_unit": 0.00001}"#,
            &big
        )
        .is_ok());
        // A cap that is not a whole number of units.
        let odd = policy("0.0000015");
        assert_eq!(
            bad(r#"{"type": "rate_limit_service", "cluster": "c"}"#, &odd),
            "budgets[0].limit_usd"
        );
        assert_eq!(
            bad(r#"{"type": "local", "month_window": "calendar"}"#, &p),
            "budget_store.type"
        );
        assert!(serde_json::from_str::<RawStore>(r#"{"type": "redis"}"#).is_err());
        assert_eq!(
            bad(
                r#"{"type": "rate_limit_service", "cluster": "c", "month_window": "30_days"}"#,
                &p
            ),
            "budget_store.month_window"
        );
        assert!(serde_json::from_str::<RawStore>(r#"{"type": "local", "x": 1}"#).is_err());
    }

    #[test]
    fn year_window_warns_with_the_next_boundaries() {
        let p = policy("100");
        let legacy =
            r#"{"type": "rate_limit_service", "cluster": "c", "month_window": "year_window"}"#;
        let Ok(Store::Service(s)) = compile(legacy, &p) else {
            panic!("year_window compiles")
        };
        let w = s.year_window_warning(&p, 1_796_040_030).unwrap();
        assert!(
            w.contains("2026-12-18 00:00 UTC (then 2027-12-18, 2028-12-17)"),
            "{w}"
        );
        let Ok(Store::Service(s)) =
            compile(r#"{"type": "rate_limit_service", "cluster": "c"}"#, &p)
        else {
            panic!("calendar compiles")
        };
        assert_eq!(s.year_window_warning(&p, 1_796_040_030), None);
    }

    #[test]
    fn year_boundaries_are_365_days_from_the_epoch() {
        // 2026-11-30 12:00:30 UTC -> 2026-12-18 00:00 UTC (57 * 365 days).
        assert_eq!(next_year_boundary(1_796_040_030), 1_797_552_000);
        assert_eq!(next_year_boundary(1_797_552_000), 1_829_088_000); // 2027-12-18
        assert_eq!(next_year_boundary(1_829_088_000), 1_860_624_000); // 2028-12-17
    }
}
