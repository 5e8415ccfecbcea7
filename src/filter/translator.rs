//! Translator role: an upstream HTTP filter, run once per attempt. Learns the
//! provider of this attempt from the endpoint metadata and translates the
//! request to its dialect and the response back to OpenAI's shape.

use std::rc::Rc;

use proxy_wasm::traits::{Context, HttpContext};
use proxy_wasm::types::{Action, BufferType, MapType};

use super::handoff::{self, Outcome};
use super::host;
use super::metrics;
use super::misconfig;
use super::telemetry::Attempt;
use serde_json::{Map, Value};

use crate::api::members::Members;
use crate::api::openai::{parse_object, summarize_checked, Usage};
use crate::config::{Config, Provider};
use crate::error::{rejects_gateway_credential, ApiError};
use crate::headers::{self, HeaderPolicy};
use crate::ingress::Ingress;
use crate::providers::{openai, params, Dialect, RequestTarget, ResponseContext, StreamTranslator};
use crate::route;
use crate::stream_start::{StartWatch, Verdict};
use crate::telemetry::metrics::{STREAM_START_FAILURES, UPSTREAM_AUTH_ERRORS};

const REQ: MapType = MapType::HttpRequestHeaders;
/// The other role's `root_id`, under which it publishes its configuration digest.
const ROUTER_ROLE: &str = super::ROUTER_ROOT_ID;
const RESP: MapType = MapType::HttpResponseHeaders;

/// Endpoint metadata that names the provider: `filter_metadata.llm_router.provider`.
pub const METADATA_NAMESPACE: &str = "llm_router";
pub const METADATA_PROVIDER_KEY: &str = "provider";

enum ResponseMode {
    /// Not a request of ours (no provider metadata), or already answered: untouched.
    PassThrough,
    /// Waiting for the response headers.
    Pending,
    /// A whole JSON body to translate: a 2xx answer or a provider error.
    Buffer {
        status: u32,
    },
    /// A stream whose headers are held until it shows content (`stream_start`).
    StreamStart(Box<HeldStream>),
    Stream(Box<dyn StreamTranslator>),
    /// The answer was replaced by an error: the rest of the provider's body is dropped.
    Discard,
}

/// The start of a stream, held with its response headers.
struct HeldStream {
    translator: Box<dyn StreamTranslator>,
    watch: StartWatch,
    /// Bytes of the (buffered) upstream body already translated.
    fed: usize,
    /// What the client gets once released.
    out: Vec<u8>,
}

pub struct Translator {
    config: Rc<Config>,
    provider_name: String,
    provider: Option<Provider>,
    ctx: ResponseContext,
    mode: ResponseMode,
    usage: Option<Usage>,
    replied: bool,
    /// The router's ticket and the model sent, for the outcome report.
    ticket: Option<u64>,
    upstream_model: String,
    /// The API the client speaks (from the router's stamp).
    ingress: Ingress,
    /// This role's configuration digest (`config_hash`).
    digest: Rc<str>,
    /// The client's forwardable headers as this attempt found them.
    client_headers: Vec<(String, String)>,
    /// This attempt's timing and outcome, for the per-provider metrics.
    attempt: Attempt,
}

impl Translator {
    pub fn new(config: Rc<Config>) -> Self {
        Translator {
            config,
            provider_name: String::new(),
            provider: None,
            ctx: ResponseContext {
                created: 0,
                stream: false,
                include_usage: false,
            },
            mode: ResponseMode::PassThrough,
            usage: None,
            replied: false,
            ticket: None,
            upstream_model: String::new(),
            ingress: Ingress::Openai,
            digest: Rc::from(""),
            client_headers: Vec::new(),
            attempt: Attempt::default(),
        }
    }

    pub fn with_digest(mut self, digest: Rc<str>) -> Self {
        self.digest = digest;
        self
    }

    fn reply_error(&mut self, err: &ApiError) -> Action {
        self.replied = true;
        self.mode = ResponseMode::PassThrough;
        self.attempt.response_status(err.status);
        self.attempt.finish(None);
        log::info!("local reply {}: {}", err.status, err.message);
        host::send_json(err.status, &self.ingress.error_body(err), &[]);
        Action::Pause
    }

    /// Learns this attempt's provider and clears what an earlier attempt or
    /// the client left in the headers; `translate_body` sets the path, the
    /// credentials and the body, which depend on the route in the body.
    ///
    /// Envoy hands every attempt the same request header map, so what one
    /// attempt changes the next one sees: everything here is set outright,
    /// nothing is derived from a header an earlier attempt may have rewritten,
    /// and the route is read from the body, which each attempt gets afresh.
    fn prepare(&mut self) -> Result<bool, ApiError> {
        let request_headers = host::headers(REQ);
        let Some(name) = host::property_string(&[
            "xds",
            "upstream_host_metadata",
            "filter_metadata",
            METADATA_NAMESPACE,
            METADATA_PROVIDER_KEY,
        ]) else {
            if request_headers
                .iter()
                .any(|(k, _)| k == route::CLUSTER_HEADER)
            {
                return Err(ApiError::internal(format!(
                    "The upstream endpoint has no `{METADATA_NAMESPACE}.{METADATA_PROVIDER_KEY}` metadata."
                )));
            }
            return Ok(false);
        };
        misconfig::check_digest(&self.digest, ROUTER_ROLE)?;
        let provider = self
            .config
            .providers
            .get(&name)
            .cloned()
            .ok_or_else(|| misconfig::unknown_provider(&name))?;
        // Only the allowlist goes on (`headers`): this also drops what an
        // earlier attempt set for another provider (its key, its version),
        // `content-length` (the body changes size), `accept-encoding`
        // (compressed answers could not be translated) and the cluster header.
        for name in headers::request_headers_to_remove(&request_headers) {
            host::remove_header(REQ, name);
        }
        // The client's values, for when no router stamped them in the body.
        self.client_headers = headers::forwardable(&request_headers, [&provider.headers]);
        if let Some(h) = &provider.host {
            host::set_header(REQ, ":authority", h);
        }
        host::set_header(REQ, "content-type", "application/json");
        self.attempt = Attempt::start(&name, self.config.metrics.histograms);
        self.provider_name = name;
        self.provider = Some(provider);
        Ok(true)
    }

    fn translate_body(&mut self, body: &[u8]) -> Result<Vec<u8>, ApiError> {
        let provider = self
            .provider
            .as_ref()
            .ok_or_else(|| ApiError::internal("no provider for this attempt"))?;
        let (mut raw, members) = parse_request(body, provider.dialect)?;
        let stamp = route::take_stamp(&mut raw);
        if stamp.as_ref().is_some_and(|s| !handoff::was_issued(s)) {
            // Only the router of this VM writes stamps; a client's copy never
            // survives the router, so this one came around it.
            log::warn!(
                "a request carried a `{}` stamp this VM's router did not write: a client sent it \
                 around the router, or the two plugins do not share a VM (same vm_id and vm_config)",
                route::STAMP_KEY
            );
            return Err(ApiError::invalid_request(format!(
                "`{}` is reserved for the gateway.",
                route::STAMP_KEY
            ))
            .with_param(route::STAMP_KEY));
        }
        // Without a router in front the body is OpenAI's.
        self.ingress = stamp.as_ref().map(|s| s.ingress).unwrap_or_default();
        // The client's bytes are edited only when this VM's router validated
        // the body (it stamped it) and it is OpenAI's shape on both sides.
        let edit = match members {
            Some(m) if stamp.is_some() && self.ingress.is_openai() => Some((m, raw.clone())),
            Some(m) if stamp.is_some() => {
                raw = complete(raw, &m, body)?;
                None
            }
            // No router checked this body: the whole parse does (and, as
            // `take_stamp` did, drops a member of the stamp's name).
            Some(_) => {
                raw = parse_object(body)?;
                raw.remove(route::STAMP_KEY);
                None
            }
            None => None,
        };
        let (mut request, summary, original) = match &edit {
            Some(_) => {
                let summary = summarize_checked(&raw)?;
                (raw, summary, None)
            }
            None => self.ingress.canonical(raw)?,
        };
        let (route_name, route) = match &stamp {
            Some(s) => self
                .config
                .routes
                .get_key_value(&s.route)
                .map(|(k, v)| (k.as_str(), v))
                .ok_or_else(|| {
                    ApiError::internal(format!("unknown route `{}` in the stamp", s.route))
                })?,
            // No router role in front: route by the model alone.
            None => self
                .config
                .resolve(&summary.model)
                .ok_or_else(|| ApiError::model_not_found(&summary.model))?,
        };
        let model = match route.models.get(&self.provider_name) {
            Some(m) => m.as_str(),
            None => {
                log::warn!(
                    "route `{route_name}` names no model for provider `{}`; sending `{}` as is",
                    self.provider_name,
                    summary.model
                );
                summary.model.as_str()
            }
        };
        let max_tokens_param = self.config.policy.max_tokens_params.get(model);
        params::prepare(
            &mut request,
            provider,
            stamp.as_ref().and_then(|s| s.max_tokens),
            max_tokens_param.copied().unwrap_or_default(),
        )?;
        let dialect = provider.dialect;
        let target = RequestTarget {
            model,
            default_max_tokens: provider.default_max_tokens,
            stream: summary.stream,
        };
        let enforce = stamp.as_ref().and_then(|s| s.max_tokens);
        let out = match edit {
            Some((members, before)) => {
                openai::edit_request(&mut request, &target);
                members
                    .splice(MESSAGES, &before, &request)
                    .map_err(|e| ApiError::internal(format!("writing the request: {e}")))?
            }
            None => self
                .ingress
                .translate_request(dialect, request, original, &target, enforce)?,
        };
        // The request headers are still held (paused in `on_http_request_headers`),
        // so what is set here goes out with them.
        let path = dialect.request_path(provider, &target);
        host::set_header(REQ, ":path", &path);
        // Client headers this provider may receive: from the stamp (the
        // router saw them before any attempt edited the shared header map).
        let client_headers = match &stamp {
            Some(s) => &s.headers,
            None => &self.client_headers,
        };
        for (k, v) in headers::forwarded_for(client_headers, &provider.headers) {
            host::set_header(REQ, &k, &v);
        }
        // Set last: the gateway's credentials and signature win over anything else.
        for (k, v) in dialect.auth_headers(provider) {
            host::set_header(REQ, k, &v);
        }
        for (k, v) in dialect.signed_headers(provider, &path, &out, host::now_unix_secs()) {
            host::set_header(REQ, k, &v);
        }
        self.ticket = stamp.map(|s| s.ticket);
        self.upstream_model = model.to_string();
        self.attempt.translated(
            self.ticket,
            route_name,
            &summary.model,
            model,
            summary.stream,
        );
        self.ctx = self.ingress.response_context(ResponseContext {
            created: host::now_unix_secs(),
            stream: summary.stream,
            include_usage: summary.include_usage,
        });
        self.mode = ResponseMode::Pending;
        Ok(out)
    }

    /// A held stream's body so far (Envoy buffers it while we pause): feed
    /// what is new to the translator, then hold on, release, or turn the
    /// answer into a 503 that Envoy's retry policy sends to the next provider.
    fn stream_start_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        let ResponseMode::StreamStart(mut held) =
            std::mem::replace(&mut self.mode, ResponseMode::PassThrough)
        else {
            return Action::Continue;
        };
        self.attempt.body_chunk();
        let body = host::body(BufferType::HttpResponseBody, body_size);
        let mark = held.out.len();
        held.translator
            .push(body.get(held.fed..).unwrap_or_default(), &mut held.out);
        held.fed = body.len();
        if end_of_stream {
            held.translator.finish(&mut held.out);
        }
        let mut verdict = held.watch.observe(held.out.get(mark..).unwrap_or_default());
        if verdict == Verdict::Hold {
            if end_of_stream {
                verdict = held.watch.ended();
            } else if held.fed > self.config.stream_start_hold_bytes {
                // Out of budget without content: stream it as it is.
                verdict = Verdict::Release;
            } else {
                self.mode = ResponseMode::StreamStart(held);
                return Action::Pause;
            }
        }
        match verdict {
            Verdict::Broken(err) => {
                log::warn!(
                    "provider `{}`: stream broken before any content ({}); answering 503 so Envoy can retry",
                    self.provider_name,
                    err.message
                );
                metrics::inc(&STREAM_START_FAILURES, &[&self.provider_name]);
                self.attempt.response_status(503);
                self.attempt.finish(None);
                host::set_header(RESP, ":status", "503");
                host::set_header(RESP, "content-type", "application/json");
                host::replace_body(BufferType::HttpResponseBody, body_size, &err.body());
                if !end_of_stream {
                    self.mode = ResponseMode::Discard;
                }
            }
            _ => {
                host::replace_body(BufferType::HttpResponseBody, body_size, &held.out);
                if end_of_stream {
                    self.usage = held.translator.usage();
                    self.report();
                    self.attempt.finish(self.usage.as_ref());
                } else {
                    self.mode = ResponseMode::Stream(held.translator);
                }
            }
        }
        Action::Continue
    }

    /// Tells the router which provider answered and what it used.
    fn report(&self) {
        if let Some(ticket) = self.ticket {
            handoff::put(
                ticket,
                Outcome {
                    provider: self.provider_name.clone(),
                    upstream_model: self.upstream_model.clone(),
                    usage: self.usage,
                    ttft_ms: self.attempt.ttft_ms(),
                },
            );
        }
    }

    fn finish_buffered(&mut self, status: u32, body: &[u8]) {
        let Some(dialect) = self.provider.as_ref().map(|p| p.dialect) else {
            return;
        };
        let (status, out) = if rejects_gateway_credential(status) {
            let err = dialect.translate_error(status, body);
            log::error!(
                "provider `{}` REJECTED THE GATEWAY'S CREDENTIAL ({status}): {}; check the key in providers.{}.api_key_env",
                self.provider_name,
                err.message,
                self.provider_name
            );
            metrics::inc(&UPSTREAM_AUTH_ERRORS, &[&self.provider_name]);
            let err = ApiError::upstream_auth(&self.provider_name, status);
            (err.status, err.body())
        } else if status >= 400 {
            let err = dialect.translate_error(status, body);
            log::info!(
                "provider `{}` answered {status}: {}",
                self.provider_name,
                err.message
            );
            (status, self.ingress.error_body(&err))
        } else {
            match self.ingress.translate_response(dialect, body, &self.ctx) {
                Ok((out, usage)) => {
                    self.usage = usage;
                    self.report();
                    (status, out)
                }
                Err(err) => {
                    log::warn!("provider `{}`: {}", self.provider_name, err.message);
                    (err.status, self.ingress.error_body(&err))
                }
            }
        };
        self.attempt.response_status(status);
        host::set_header(RESP, ":status", &status.to_string());
        host::set_header(RESP, "content-type", "application/json");
        host::replace_body(BufferType::HttpResponseBody, body.len(), &out);
    }
}

/// The member an edited body keeps as the client's bytes, unparsed: the
/// conversation, nearly all of a big request.
const MESSAGES: &str = "messages";

/// The request as a tree; for a dialect that edits OpenAI's body, the tree
/// lacks `messages` and comes with the body's members, unless the body is
/// ambiguous to edit (`Members::scan`), which is then parsed whole.
fn parse_request<'a>(
    body: &'a [u8],
    dialect: &dyn Dialect,
) -> Result<(Map<String, Value>, Option<Members<'a>>), ApiError> {
    if dialect.edits_openai_body() {
        if let Some(m) = Members::scan(body) {
            if let Some(light) = m.parse_except(MESSAGES) {
                return Ok((light, Some(m)));
            }
        }
    }
    Ok((parse_object(body)?, None))
}

/// The whole tree after all, for a body the router parsed whole: `light`
/// with its `messages` parsed. Should they not parse (they did for the
/// router), the whole parse says why.
fn complete(
    mut light: Map<String, Value>,
    members: &Members,
    body: &[u8],
) -> Result<Map<String, Value>, ApiError> {
    if let Some(raw) = members.raw(MESSAGES) {
        let parsed = std::str::from_utf8(raw)
            .ok()
            .and_then(|text| serde_json::from_str(text).ok());
        match parsed {
            Some(v) => {
                light.insert(MESSAGES.into(), v);
            }
            None => {
                let mut whole = parse_object(body)?;
                whole.remove(route::STAMP_KEY);
                return Ok(whole);
            }
        }
    }
    Ok(light)
}

impl Context for Translator {
    /// The attempt's context goes away. Envoy 1.40 does not call `on_log` on
    /// upstream filters for an attempt that was reset, but it does call this.
    fn on_done(&mut self) -> bool {
        self.attempt.abandon(self.usage.as_ref());
        true
    }
}

impl HttpContext for Translator {
    fn on_http_request_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        match self.prepare() {
            Ok(false) => Action::Continue,
            Ok(true) if end_of_stream => {
                self.reply_error(&ApiError::invalid_request("The request has no body."))
            }
            Ok(true) => Action::Pause,
            Err(e) => {
                // `misconfig` logs its own errors once per worker.
                if !matches!(
                    e.code.as_deref(),
                    Some("unknown_provider" | "config_mismatch")
                ) {
                    log::error!("{}", e.message);
                }
                self.reply_error(&e)
            }
        }
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        if self.provider.is_none() || self.replied {
            return Action::Continue;
        }
        if !end_of_stream {
            return Action::Pause;
        }
        let body = host::body(BufferType::HttpRequestBody, body_size);
        match self.translate_body(&body) {
            Ok(out) => {
                host::replace_body(BufferType::HttpRequestBody, body_size, &out);
                Action::Continue
            }
            Err(e) => self.reply_error(&e),
        }
    }

    fn on_http_response_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        if !matches!(self.mode, ResponseMode::Pending) {
            return Action::Continue;
        }
        let Some(dialect) = self.provider.as_ref().map(|p| p.dialect) else {
            return Action::Continue;
        };
        let response_headers = host::headers(RESP);
        let value = |name: &str| {
            response_headers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        let status = value(":status")
            .and_then(|s| s.parse::<u32>().ok())
            .unwrap_or(502);
        self.attempt.response_status(status);
        let stream_type = dialect.stream_content_type();
        let is_stream = value("content-type").is_some_and(|c| c.contains(stream_type));
        let exposed = self.provider.as_ref().map(|p| &p.headers);
        for name in headers::response_headers_to_remove(
            &response_headers,
            exposed.unwrap_or(&HeaderPolicy::default()),
        ) {
            host::remove_header(RESP, name);
        }
        host::remove_header(RESP, "content-length");
        host::set_header(RESP, route::PROVIDER_HEADER, &self.provider_name);
        if end_of_stream {
            // Nothing to translate; an empty error still becomes OpenAI-shaped below.
            self.mode = ResponseMode::PassThrough;
            if status >= 400 {
                self.finish_buffered(status, b"");
            }
            self.attempt.finish(None);
            return Action::Continue;
        }
        if status < 400 && self.ctx.stream && is_stream {
            let translator = self.ingress.stream_translator(dialect, self.ctx);
            host::set_header(RESP, "content-type", "text/event-stream");
            if self.config.stream_start_hold_bytes == 0 {
                self.mode = ResponseMode::Stream(translator);
                return Action::Continue;
            }
            // Held until the stream shows content, so a broken start can
            // still become a status Envoy retries on the next provider.
            self.mode = ResponseMode::StreamStart(Box::new(HeldStream {
                translator,
                watch: StartWatch::default(),
                fed: 0,
                out: Vec::new(),
            }));
            Action::Pause
        } else {
            // Held until the whole body is in, so the status can still change.
            self.mode = ResponseMode::Buffer { status };
            Action::Pause
        }
    }

    fn on_http_response_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        match &mut self.mode {
            ResponseMode::PassThrough | ResponseMode::Pending => Action::Continue,
            ResponseMode::StreamStart(_) => self.stream_start_body(body_size, end_of_stream),
            ResponseMode::Discard => {
                host::replace_body(BufferType::HttpResponseBody, body_size, b"");
                Action::Continue
            }
            ResponseMode::Buffer { status } => {
                if !end_of_stream {
                    return Action::Pause;
                }
                let status = *status;
                let body = host::body(BufferType::HttpResponseBody, body_size);
                self.finish_buffered(status, &body);
                self.attempt.finish(self.usage.as_ref());
                self.mode = ResponseMode::PassThrough;
                Action::Continue
            }
            ResponseMode::Stream(t) => {
                self.attempt.body_chunk();
                let chunk = host::body(BufferType::HttpResponseBody, body_size);
                let mut out = Vec::with_capacity(chunk.len() + 64);
                t.push(&chunk, &mut out);
                if end_of_stream {
                    t.finish(&mut out);
                    self.usage = t.usage();
                    self.report();
                    self.attempt.finish(self.usage.as_ref());
                }
                host::replace_body(BufferType::HttpResponseBody, body_size, &out);
                Action::Continue
            }
        }
    }

    fn on_log(&mut self) {
        if self.provider.is_none() {
            return;
        }
        // An attempt whose answer never completed ends here.
        self.attempt.abandon(self.usage.as_ref());
        let u = self.usage.unwrap_or_default();
        log::debug!(
            "attempt provider={} prompt_tokens={} completion_tokens={} total_tokens={}",
            self.provider_name,
            u.prompt_tokens,
            u.completion_tokens,
            u.total_tokens
        );
    }
}
