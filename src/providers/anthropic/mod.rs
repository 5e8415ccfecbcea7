//! Anthropic Messages API dialect.
//!
//! `request` turns an OpenAI chat request into a Messages body, `response`
//! reads Messages answers and errors back, `stream` translates the Messages
//! SSE stream into `chat.completion.chunk` events. The wire types shared by
//! the latter two live here; they are lenient on purpose (missing or `null`
//! fields default, unknown block and event types are skipped) so a new field
//! or event from Anthropic does not break clients.

mod request;
mod response;
mod stream;

pub use request::translate_request;
pub use response::{translate_error, translate_response};
pub use stream::AnthropicStream;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::params::Param;
use super::{join_path, Dialect, Header, RequestTarget, ResponseContext, StreamTranslator};
use crate::api::openai::Usage;
use crate::config::Provider;
use crate::error::{kind_for_status, ApiError};

/// The `anthropic` dialect.
pub struct Anthropic;

impl Dialect for Anthropic {
    fn name(&self) -> &'static str {
        "anthropic"
    }

    fn settings(&self) -> &'static [&'static str] {
        &["anthropic_version", "default_max_tokens"]
    }

    fn request_path(&self, provider: &Provider, _target: &RequestTarget) -> String {
        join_path(&provider.base_path, "messages")
    }

    fn params(&self) -> &'static [Param] {
        &request::ANTHROPIC_PARAMS
    }

    fn translated_fields(&self) -> Option<&'static [&'static str]> {
        Some(&request::ANTHROPIC_FIELDS)
    }

    fn auth_headers(&self, provider: &Provider) -> Vec<Header> {
        let mut out = Vec::with_capacity(2);
        if let Some(k) = &provider.api_key {
            out.push(("x-api-key", k.clone()));
        }
        out.push(("anthropic-version", provider.anthropic_version.clone()));
        out
    }

    fn translate_request(
        &self,
        request: Map<String, Value>,
        target: &RequestTarget,
    ) -> Result<Vec<u8>, ApiError> {
        translate_request(&request, target)
    }

    fn translate_response(
        &self,
        body: &[u8],
        ctx: &ResponseContext,
    ) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
        translate_response(body, ctx).map(|(b, u)| (b, Some(u)))
    }

    fn translate_error(&self, status: u32, body: &[u8]) -> ApiError {
        translate_error(status, body)
    }

    fn stream_translator(&self, ctx: ResponseContext) -> Box<dyn StreamTranslator> {
        Box::new(AnthropicStream::new(ctx))
    }
}

/// Anthropic's `usage` object. Every field is optional: `message_delta`
/// carries only `output_tokens`, and cache fields may be absent or `null`.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
struct WireUsage {
    #[serde(default)]
    input_tokens: Option<u64>,
    #[serde(default)]
    output_tokens: Option<u64>,
    #[serde(default)]
    cache_creation_input_tokens: Option<u64>,
    #[serde(default)]
    cache_read_input_tokens: Option<u64>,
}

impl WireUsage {
    /// OpenAI counts every prompt token, cached or not, in `prompt_tokens`;
    /// Anthropic reports the cached ones separately.
    fn prompt_tokens(&self) -> u64 {
        self.input_tokens
            .unwrap_or(0)
            .saturating_add(self.cache_read_input_tokens.unwrap_or(0))
            .saturating_add(self.cache_creation_input_tokens.unwrap_or(0))
    }

    fn cached_tokens(&self) -> u64 {
        self.cache_read_input_tokens.unwrap_or(0)
    }

    fn to_openai(self) -> Usage {
        Usage::new(
            self.prompt_tokens(),
            self.output_tokens.unwrap_or(0),
            self.cached_tokens(),
        )
    }
}

/// The `error` object of an error body or an in-stream `error` event.
#[derive(Debug, Clone, Default, Deserialize)]
struct WireError {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    message: Option<String>,
}

impl WireError {
    /// The OpenAI error for it, with Anthropic's type kept as `code`.
    fn to_api_error(&self, status: u32) -> ApiError {
        let message = self
            .message
            .clone()
            .unwrap_or_else(|| "Anthropic returned an error without a message.".to_string());
        let err = ApiError::new(status, kind_for_status(status), message);
        match &self.kind {
            Some(kind) => err.with_code(kind.clone()),
            None => err,
        }
    }
}

/// OpenAI `finish_reason` for an Anthropic `stop_reason`. Unknown or missing
/// reasons (including `pause_turn`) count as a normal stop.
fn finish_reason(stop_reason: Option<&str>) -> &'static str {
    match stop_reason {
        Some("max_tokens" | "model_context_window_exceeded") => "length",
        Some("tool_use") => "tool_calls",
        Some("refusal") => "content_filter",
        _ => "stop",
    }
}

/// The HTTP status Anthropic documents for an error type; an in-stream error
/// event has no status of its own.
fn status_for_error_type(kind: Option<&str>) -> u32 {
    match kind {
        Some("invalid_request_error") => 400,
        Some("authentication_error") => 401,
        Some("billing_error") => 402,
        Some("permission_error") => 403,
        Some("not_found_error") => 404,
        Some("request_too_large") => 413,
        Some("rate_limit_error") => 429,
        Some("timeout_error") => 504,
        Some("overloaded_error") => 529,
        _ => 500,
    }
}
