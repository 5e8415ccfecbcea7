//! The only code that touches proxy-wasm: a root context that parses the
//! configuration and picks the role by `root_id`, and the two HTTP contexts.

mod fleet;
mod handoff;
mod host;
mod leases;
mod metrics;
mod misconfig;
mod router;
mod shared_store;
mod telemetry;
mod translator;
mod watchdog;

use std::rc::Rc;
use std::time::Duration;

use proxy_wasm::hostcalls;
use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{BufferType, ContextType};

use crate::config::Config;
use crate::telemetry::metrics::MISCONFIGURATIONS;

/// `root_id` of the downstream plugin that picks the route.
pub const ROUTER_ROOT_ID: &str = "llm_router";
/// `root_id` of the upstream plugin that translates for the provider.
pub const TRANSLATOR_ROOT_ID: &str = "llm_translator";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Router,
    Translator,
}

#[derive(Default)]
pub struct Root {
    role: Option<Role>,
    config: Option<Rc<Config>>,
    /// Digest of the configuration document (`config_hash`), shared with the other role.
    digest: Rc<str>,
}

impl Context for Root {
    fn on_grpc_call_response(&mut self, token_id: u32, status_code: u32, _response_size: usize) {
        fleet::settled(token_id, status_code);
    }
}

impl RootContext for Root {
    fn on_configure(&mut self, _size: usize) -> bool {
        follow_host_log_level();
        let root_id = host::property_string(&["plugin_root_id"]).unwrap_or_default();
        let role = match root_id.as_str() {
            ROUTER_ROOT_ID => Role::Router,
            TRANSLATOR_ROOT_ID => Role::Translator,
            other => {
                log::error!(
                    "unknown root_id `{other}`: use `{ROUTER_ROOT_ID}` (downstream) or `{TRANSLATOR_ROOT_ID}` (upstream)"
                );
                return false;
            }
        };
        let raw = hostcalls::get_buffer(BufferType::PluginConfiguration, 0, usize::MAX)
            .ok()
            .flatten()
            .unwrap_or_default();
        match Config::parse(&raw, &|name| std::env::var(name).ok()) {
            Ok(config) => {
                log::info!(
                    "{root_id}: configured {} providers, {} routes, {} models",
                    config.providers.len(),
                    config.routes.len(),
                    config.models.len()
                );
                if role == Role::Router {
                    telemetry::budget_limits(&config.policy);
                }
                if role == Role::Router {
                    // One timer for the watchdog (`watchdog`), the renewal of
                    // this VM's reservation leases (with spend rules) and the
                    // queued settlements (with the rate limit service).
                    let mut period = watchdog::TICK_MS;
                    if config.policy.has_spend_rules() {
                        period = period.min(config.policy.lease.renew_period_ms());
                    }
                    if let crate::fleet::Store::Service(svc) = &config.store {
                        log::info!(
                            "{root_id}: budgets and rate limits on the rate limit service at cluster `{}`, domain `{}`",
                            svc.cluster,
                            svc.domain
                        );
                        if let Some(w) =
                            svc.year_window_warning(&config.policy, host::now_unix_secs())
                        {
                            log::warn!("{root_id}: {w}");
                        }
                        period = period.min(u64::try_from(fleet::TICK.as_millis()).unwrap_or(50));
                    }
                    if let Err(e) = hostcalls::set_tick_period(Duration::from_millis(period)) {
                        log::error!(
                            "{root_id}: cannot start the lease and settlement timer: {e:?}"
                        );
                        return false;
                    }
                }
                self.role = Some(role);
                self.config = Some(Rc::new(config));
                let digest = crate::config_hash::digest(&raw).unwrap_or_default();
                misconfig::publish_digest(&root_id, &digest);
                self.digest = digest.into();
                true
            }
            Err(e) => {
                log::error!("{root_id}: {e}");
                false
            }
        }
    }

    fn on_tick(&mut self) {
        // Root work first: the watchdog below switches the effective context
        // to HTTP contexts, and a gRPC call dispatched after that would belong
        // to one of them.
        if let (Some(Role::Router), Some(c)) = (self.role, &self.config) {
            leases::renew_due(
                &shared_store::SharedData,
                host::now_unix_secs(),
                c.policy.lease,
            );
            if let crate::fleet::Store::Service(svc) = &c.store {
                fleet::flush(svc);
            }
        }
        let received = |context_id: u32| {
            hostcalls::set_effective_context(context_id).ok()?;
            host::property_u64(&["request", "total_size"])
        };
        for context_id in watchdog::overdue(host::now_ms(), received) {
            log::error!(
                "llm_router: a paused request's body never arrived within {} ms: set \
                 `allow_on_headers_stop_iteration: true` in the llm_router plugin's config",
                watchdog::WAIT_MS
            );
            metrics::inc(&MISCONFIGURATIONS, &["body_never_arrived"]);
            let err = crate::error::ApiError::internal(watchdog::MISSING_FIELD_MESSAGE)
                .with_code("gateway_misconfigured");
            if hostcalls::set_effective_context(context_id).is_ok() {
                host::send_error(&err);
            }
        }
    }

    fn create_http_context(&self, context_id: u32) -> Option<Box<dyn HttpContext>> {
        follow_host_log_level();
        let config = self.config.clone();
        let digest = self.digest.clone();
        Some(match (self.role, config) {
            (Some(Role::Router), Some(c)) => {
                Box::new(router::Router::new(c).with_context(context_id, digest))
            }
            (Some(Role::Translator), Some(c)) => {
                Box::new(translator::Translator::new(c).with_digest(digest))
            }
            _ => Box::new(Unconfigured),
        })
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

/// Filters log records in the module at Envoy's current level for the wasm
/// component, so records Envoy would drop are never formatted or sent.
fn follow_host_log_level() {
    if let Ok(level) = hostcalls::get_log_level() {
        proxy_wasm::set_log_level(level);
    }
}

/// Serves nothing: Envoy refuses a plugin whose configuration failed, so this
/// only guards against a host that asks anyway.
struct Unconfigured;
impl Context for Unconfigured {}
impl HttpContext for Unconfigured {}
