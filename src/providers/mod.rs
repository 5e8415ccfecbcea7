//! Provider dialects: one module per upstream API, each translating an OpenAI
//! chat request to its wire format and its responses (JSON, SSE, errors) back.

pub mod anthropic;
pub mod openai;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::api::openai::Usage;
use crate::error::ApiError;

/// The wire format a provider speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dialect {
    /// OpenAI and every OpenAI-compatible server (vLLM, Ollama, Groq, DeepSeek, ...).
    Openai,
    /// Anthropic's Messages API.
    Anthropic,
}

/// What a request translation needs to know about this attempt's target.
#[derive(Debug, Clone, Copy)]
pub struct RequestTarget<'a> {
    /// The provider's own name for the model.
    pub model: &'a str,
    /// `max_tokens` to send when the client gave none and the provider requires one.
    pub default_max_tokens: u32,
}

/// What a response translation needs to know about the client's request.
#[derive(Debug, Clone, Copy)]
pub struct ResponseContext {
    /// Unix seconds, for `created` where the provider gives none.
    pub created: u64,
    /// The client asked for a stream.
    pub stream: bool,
    /// The client asked for the final usage chunk (`stream_options.include_usage`).
    pub include_usage: bool,
}

/// A stream translation in progress: provider SSE in, OpenAI SSE out.
pub trait StreamTranslator {
    /// Translates one chunk of the upstream body, appending what the client gets.
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>);
    /// The upstream body ended. When it ended before the provider's own
    /// end-of-stream event, appends an OpenAI error event so the client knows.
    fn finish(&mut self, out: &mut Vec<u8>);
    /// Usage reported by the stream so far.
    fn usage(&self) -> Option<Usage>;
}

/// An auth header to set for a provider: (name, value).
pub type Header = (&'static str, String);

impl Dialect {
    /// Default base path when the provider config gives none.
    pub fn default_base_path(self) -> &'static str {
        "/v1"
    }

    /// The chat endpoint under the base path.
    pub fn chat_path(self, base_path: &str) -> String {
        let base = base_path.trim_end_matches('/');
        match self {
            Dialect::Openai => format!("{base}/chat/completions"),
            Dialect::Anthropic => format!("{base}/messages"),
        }
    }

    /// Request headers that carry the provider's credentials and version.
    pub fn auth_headers(self, api_key: Option<&str>, anthropic_version: &str) -> Vec<Header> {
        let mut out = Vec::with_capacity(2);
        match self {
            Dialect::Openai => {
                if let Some(k) = api_key {
                    out.push(("authorization", format!("Bearer {k}")));
                }
            }
            Dialect::Anthropic => {
                if let Some(k) = api_key {
                    out.push(("x-api-key", k.to_string()));
                }
                out.push(("anthropic-version", anthropic_version.to_string()));
            }
        }
        out
    }

    /// Translates a validated OpenAI chat request (taken by value: the
    /// OpenAI dialect edits it in place rather than copying it).
    pub fn translate_request(
        self,
        request: Map<String, Value>,
        target: &RequestTarget,
    ) -> Result<Vec<u8>, ApiError> {
        match self {
            Dialect::Openai => openai::translate_request(request, target),
            Dialect::Anthropic => anthropic::translate_request(&request, target),
        }
    }

    /// Translates a complete 2xx, non-streaming response body. The usage is
    /// `None` when the provider reported none.
    pub fn translate_response(
        self,
        body: &[u8],
        ctx: &ResponseContext,
    ) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
        match self {
            Dialect::Openai => openai::translate_response(body, ctx),
            Dialect::Anthropic => {
                anthropic::translate_response(body, ctx).map(|(b, u)| (b, Some(u)))
            }
        }
    }

    /// Translates a provider error (any status >= 400) to OpenAI's shape, same status.
    pub fn translate_error(self, status: u32, body: &[u8]) -> ApiError {
        match self {
            Dialect::Openai => openai::translate_error(status, body),
            Dialect::Anthropic => anthropic::translate_error(status, body),
        }
    }

    pub fn stream_translator(self, ctx: ResponseContext) -> Box<dyn StreamTranslator> {
        match self {
            Dialect::Openai => Box::new(openai::OpenAiStream::new(ctx)),
            Dialect::Anthropic => Box::new(anthropic::AnthropicStream::new(ctx)),
        }
    }
}

/// A short, safe excerpt of a body for error messages and logs.
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut s: String = text.chars().take(200).collect();
    if text.chars().count() > 200 {
        s.push('…');
    }
    s
}
