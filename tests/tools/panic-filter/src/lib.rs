//! Test tooling, never shipped: stands in for the router's code in the
//! shipped plugin configuration (same `vm_config`, same `failure_policy`) to
//! show what Envoy does after a panic in the VM. The router itself has no way
//! to panic on request (panics are denied in its code), so this is how the
//! recovery path gets exercised.
//!
//! A request with `x-test-panic: 1` panics in `on_http_request_headers`; any
//! other is answered 200 with `x-vm-requests`, the number of requests this VM
//! instance has answered (1 again after a reload).

#![allow(clippy::panic)]

use std::cell::Cell;

use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{Action, ContextType};

proxy_wasm::main! {{
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> { Box::new(PanicRoot) });
}}

thread_local! {
    static ANSWERED: Cell<u64> = const { Cell::new(0) };
}

struct PanicRoot;

impl Context for PanicRoot {}

impl RootContext for PanicRoot {
    fn on_configure(&mut self, _size: usize) -> bool {
        true
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        Some(Box::new(PanicOnRequest))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

struct PanicOnRequest;

impl Context for PanicOnRequest {}

impl HttpContext for PanicOnRequest {
    fn on_http_request_headers(&mut self, _headers: usize, _end_of_stream: bool) -> Action {
        if self.get_http_request_header("x-test-panic").as_deref() == Some("1") {
            panic!("panic asked for by x-test-panic");
        }
        let n = ANSWERED.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        self.send_http_response(200, vec![("x-vm-requests", &n.to_string())], Some(b"alive"));
        Action::Pause
    }
}
