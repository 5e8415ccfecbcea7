//! The "empty wasm filter" of `make bench`: accepts any configuration and
//! lets every request and response through untouched. Loaded in the same two
//! places as the router (downstream) and the translator (upstream), it
//! measures what having wasm filters costs before any of our logic runs.

use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::ContextType;

proxy_wasm::main! {{
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> { Box::new(EmptyRoot) });
}}

struct EmptyRoot;

impl Context for EmptyRoot {}

impl RootContext for EmptyRoot {
    fn on_configure(&mut self, _size: usize) -> bool {
        true
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        Some(Box::new(Empty))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

/// Every callback keeps the SDK's default: `Action::Continue`.
struct Empty;

impl Context for Empty {}

impl HttpContext for Empty {}
