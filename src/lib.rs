//! LLM router for Envoy: a proxy-wasm filter with two roles in one module.
//!
//! Everything but `filter/` is plain Rust with no proxy-wasm dependency and is
//! tested natively; `filter/` adapts it to the host.

pub mod api;
pub mod classify;
pub mod config;
pub mod config_hash;
pub mod config_json;
pub mod error;
pub mod fleet;
#[cfg(any(test, fuzzing))]
pub mod fuzzing;
pub mod headers;
pub mod ingress;
pub mod ledger;
pub mod pb_struct;
pub mod pii;
pub mod policy;
pub mod providers;
pub mod rls;
pub mod route;
pub mod sse;
pub mod stream_start;
pub mod telemetry;
pub mod tokens;

mod filter;

proxy_wasm::main! {{
    proxy_wasm::set_log_level(proxy_wasm::types::LogLevel::Trace);
    proxy_wasm::set_root_context(|_| -> Box<dyn proxy_wasm::traits::RootContext> {
        Box::new(filter::Root::default())
    });
}}
