//! Google Gemini API (AI Studio): `generateContent` and
//! `streamGenerateContent?alt=sse`, key in `x-goog-api-key`.
//!
//! `request` turns an OpenAI chat request into a `GenerateContentRequest`,
//! `response` reads `GenerateContentResponse` bodies and Google's error shape,
//! `stream` translates the SSE stream (one whole response object per event,
//! no end marker: the stream is complete when a candidate carried a
//! `finishReason`). Wire types are lenient: unknown fields and part kinds
//! are skipped.

mod request;
mod response;
mod stream;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::{
    join_path, path_segment, Dialect, Header, RequestTarget, ResponseContext, StreamTranslator,
};
use crate::api::openai::Usage;
use crate::config::Provider;
use crate::error::{kind_for_status, ApiError};

pub use request::translate_request;
pub use response::{translate_error, translate_response};
pub use stream::GeminiStream;

/// The `gemini` dialect.
pub struct Gemini;

impl Dialect for Gemini {
    fn name(&self) -> &'static str {
        "gemini"
    }

    fn default_base_path(&self) -> &'static str {
        "/v1beta"
    }

    fn params(&self) -> &'static [super::params::Param] {
        &super::params::GEMINI_PARAMS
    }

    fn translated_fields(&self) -> Option<&'static [&'static str]> {
        Some(&request::GEMINI_FIELDS)
    }

    fn request_path(&self, provider: &Provider, target: &RequestTarget) -> String {
        // Google's own examples name models `models/gemini-...`; both work here.
        let model = target.model.strip_prefix("models/").unwrap_or(target.model);
        let model = path_segment(model);
        let endpoint = if target.stream {
            format!("models/{model}:streamGenerateContent?alt=sse")
        } else {
            format!("models/{model}:generateContent")
        };
        join_path(&provider.base_path, &endpoint)
    }

    fn auth_headers(&self, provider: &Provider) -> Vec<Header> {
        match &provider.api_key {
            Some(k) => vec![("x-goog-api-key", k.clone())],
            None => Vec::new(),
        }
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
        translate_response(body, ctx)
    }

    fn translate_error(&self, status: u32, body: &[u8]) -> ApiError {
        translate_error(status, body)
    }

    fn stream_translator(&self, ctx: ResponseContext) -> Box<dyn StreamTranslator> {
        Box::new(GeminiStream::new(ctx))
    }
}

/// `usageMetadata`. Thinking tokens are billed as output: OpenAI counts
/// reasoning inside `completion_tokens`, so they are added there.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireUsage {
    #[serde(default)]
    prompt_token_count: u64,
    #[serde(default)]
    candidates_token_count: u64,
    #[serde(default)]
    cached_content_token_count: u64,
    #[serde(default)]
    thoughts_token_count: u64,
    #[serde(default)]
    tool_use_prompt_token_count: u64,
}

impl WireUsage {
    fn to_openai(self) -> Usage {
        Usage::new(
            self.prompt_token_count
                .saturating_add(self.tool_use_prompt_token_count),
            self.candidates_token_count
                .saturating_add(self.thoughts_token_count),
            self.cached_content_token_count,
        )
        .with_reasoning(self.thoughts_token_count)
    }
}

/// One candidate of a response (or of a stream event).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireCandidate {
    #[serde(default)]
    content: Option<WireContent>,
    #[serde(default)]
    finish_reason: Option<String>,
    #[serde(default)]
    index: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
struct WireContent {
    #[serde(default)]
    parts: Vec<WirePart>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WirePart {
    #[serde(default)]
    text: Option<String>,
    /// A thought summary (only sent when asked for): not part of the answer.
    #[serde(default)]
    thought: Option<bool>,
    #[serde(default)]
    function_call: Option<WireFunctionCall>,
}

#[derive(Debug, Default, Deserialize)]
struct WireFunctionCall {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    args: Option<Value>,
}

/// A `GenerateContentResponse`: the whole answer, or one stream event.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireResponse {
    #[serde(default)]
    candidates: Vec<WireCandidate>,
    #[serde(default)]
    usage_metadata: Option<WireUsage>,
    #[serde(default)]
    model_version: Option<String>,
    #[serde(default)]
    response_id: Option<String>,
    #[serde(default)]
    prompt_feedback: Option<WirePromptFeedback>,
    #[serde(default)]
    error: Option<WireError>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WirePromptFeedback {
    #[serde(default)]
    block_reason: Option<String>,
}

/// Google's error object: `{"error": {"code", "message", "status"}}`.
#[derive(Debug, Default, Deserialize)]
struct WireError {
    #[serde(default)]
    code: Option<u32>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    status: Option<String>,
}

impl WireError {
    /// The OpenAI error for it. `status` is the HTTP status it came with; an
    /// error inside a 2xx body (or a stream) gets its own code when that is
    /// retriable (429, 5xx), else 502, so Envoy's retry policy moves on.
    fn to_api_error(&self, status: u32) -> ApiError {
        let status = match self.code {
            _ if status >= 400 => status,
            Some(c) if c == 429 || (500..=599).contains(&c) => c,
            _ => 502,
        };
        let message = self
            .message
            .clone()
            .unwrap_or_else(|| "Gemini returned an error without a message.".to_string());
        let err = ApiError::new(status, kind_for_status(status), message);
        match &self.status {
            Some(s) => err.with_code(s.to_ascii_lowercase()),
            None => err,
        }
    }
}

/// OpenAI `finish_reason` for a Gemini `finishReason`.
fn finish_reason(reason: Option<&str>, has_tool_calls: bool) -> &'static str {
    match reason {
        _ if has_tool_calls => "tool_calls",
        Some("MAX_TOKENS") => "length",
        Some(
            "SAFETY" | "RECITATION" | "BLOCKLIST" | "PROHIBITED_CONTENT" | "SPII" | "IMAGE_SAFETY"
            | "LANGUAGE",
        ) => "content_filter",
        _ => "stop",
    }
}

/// A tool call's id: Gemini's own when it sends one, else one made from its position.
fn call_id(id: Option<&str>, n: u32) -> String {
    match id {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => format!("call_{n}"),
    }
}

/// Arguments as OpenAI's JSON string.
fn arguments(args: Option<&Value>) -> String {
    match args {
        Some(v) => v.to_string(),
        None => "{}".to_string(),
    }
}
