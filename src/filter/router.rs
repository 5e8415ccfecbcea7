//! Router role: a downstream HTTP filter. Buffers a chat request, validates
//! it, picks the route and stamps the decision on internal headers.

use std::rc::Rc;

use proxy_wasm::traits::{Context, HttpContext};
use proxy_wasm::types::{Action, BufferType, MapType};

use super::host;
use crate::api::openai::parse_chat_request;
use crate::config::Config;
use crate::error::ApiError;
use crate::route::{self, Endpoint};

const REQ: MapType = MapType::HttpRequestHeaders;

pub struct Router {
    config: Rc<Config>,
    endpoint: Endpoint,
    /// The route that took the request, echoed on the response.
    route_name: Option<String>,
    /// A local reply was sent: ignore the rest of the request.
    replied: bool,
}

impl Router {
    pub fn new(config: Rc<Config>) -> Self {
        Router {
            config,
            endpoint: Endpoint::Other,
            route_name: None,
            replied: false,
        }
    }

    fn reply_error(&mut self, err: &ApiError) -> Action {
        self.replied = true;
        host::send_error(err);
        Action::Pause
    }

    fn route_chat(&mut self, body: &[u8]) -> Result<(), ApiError> {
        let (_, summary) = parse_chat_request(body)?;
        let decision = route::decide(&self.config, &summary)?;
        host::set_header(REQ, route::CLUSTER_HEADER, &decision.route.cluster);
        log::debug!(
            "model `{}` -> route `{}` (cluster `{}`)",
            summary.model,
            decision.route_name,
            decision.route.cluster
        );
        self.route_name = Some(decision.route_name.to_string());
        Ok(())
    }
}

impl Context for Router {}

impl HttpContext for Router {
    fn on_http_request_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        for name in host::header_names(REQ) {
            if name.starts_with(route::INTERNAL_PREFIX) {
                host::remove_header(REQ, &name);
            }
        }
        let method = host::header(REQ, ":method").unwrap_or_default();
        let path = host::header(REQ, ":path").unwrap_or_default();
        self.endpoint = route::classify(&method, &path);
        match self.endpoint {
            Endpoint::Other => Action::Continue,
            Endpoint::ListModels => {
                self.replied = true;
                let body = route::models_list(&self.config, host::now_unix_secs());
                host::send_json(200, &body, &[]);
                Action::Pause
            }
            Endpoint::Chat => {
                for name in route::CLIENT_CREDENTIAL_HEADERS {
                    host::remove_header(REQ, name);
                }
                let limit = self.config.max_request_body_bytes;
                let declared =
                    host::header(REQ, "content-length").and_then(|v| v.parse::<usize>().ok());
                if declared.is_some_and(|n| n > limit) {
                    return self.reply_error(&ApiError::body_too_large(limit));
                }
                if end_of_stream {
                    return self
                        .reply_error(&ApiError::invalid_request("The request has no body."));
                }
                Action::Pause
            }
        }
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        if self.endpoint != Endpoint::Chat || self.replied {
            return Action::Continue;
        }
        let limit = self.config.max_request_body_bytes;
        if body_size > limit {
            return self.reply_error(&ApiError::body_too_large(limit));
        }
        if !end_of_stream {
            return Action::Pause;
        }
        let body = host::body(BufferType::HttpRequestBody, body_size);
        match self.route_chat(&body) {
            Ok(()) => Action::Continue,
            Err(e) => self.reply_error(&e),
        }
    }

    fn on_http_response_headers(&mut self, _num_headers: usize, _end_of_stream: bool) -> Action {
        if let Some(name) = &self.route_name {
            host::set_header(MapType::HttpResponseHeaders, route::ROUTE_HEADER, name);
        }
        Action::Continue
    }
}
