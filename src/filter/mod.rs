//! The only code that touches proxy-wasm: a root context that parses the
//! configuration and picks the role by `root_id`, and the two HTTP contexts.

mod fleet;
mod handoff;
mod host;
mod metrics;
mod router;
mod shared_store;
mod telemetry;
mod translator;

use std::rc::Rc;

use proxy_wasm::hostcalls;
use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{BufferType, ContextType};

use crate::config::Config;

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
                if let (Role::Router, crate::fleet::Store::Service(svc)) = (role, &config.store) {
                    log::info!(
                        "{root_id}: budgets and rate limits on the rate limit service at cluster `{}`, domain `{}`",
                        svc.cluster,
                        svc.domain
                    );
                    if let Err(e) = hostcalls::set_tick_period(fleet::TICK) {
                        log::error!("{root_id}: cannot start the settlement timer: {e:?}");
                        return false;
                    }
                }
                self.role = Some(role);
                self.config = Some(Rc::new(config));
                true
            }
            Err(e) => {
                log::error!("{root_id}: {e}");
                false
            }
        }
    }

    fn on_tick(&mut self) {
        if let (Some(Role::Router), Some(config)) = (self.role, &self.config) {
            if let crate::fleet::Store::Service(svc) = &config.store {
                fleet::flush(svc);
            }
        }
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        follow_host_log_level();
        let config = self.config.clone();
        Some(match (self.role, config) {
            (Some(Role::Router), Some(c)) => Box::new(router::Router::new(c)),
            (Some(Role::Translator), Some(c)) => Box::new(translator::Translator::new(c)),
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
