//! Provider dialects: one module per upstream wire format, each implementing
//! [`Dialect`], all listed in [`REGISTRY`] under the name the configuration's
//! `providers.<p>.dialect` uses.
//!
//! A dialect is stateless: everything it needs about one attempt comes in as
//! arguments ([`Provider`] for the configured settings, [`RequestTarget`] for
//! the model and request, [`ResponseContext`] for what the client asked), and
//! the state of a stream lives in the [`StreamTranslator`] it creates. The
//! host adapter (`filter::translator`) calls these in this order per attempt:
//! `translate_request`, then `request_path` and `auth_headers` (set on the
//! request together with the body), then, on the answer, `translate_error`
//! (status >= 400), `translate_response` (a whole 2xx body) or
//! `stream_translator` (a 2xx stream).
//!
//! Adding a provider: one module implementing `Dialect`, one line in `REGISTRY`.

pub mod anthropic;
pub mod azure;
pub mod bedrock;
pub mod chunks;
pub mod common;
pub mod gemini;
pub mod messages;
pub mod openai;
pub mod params;

use serde_json::{Map, Value};

use crate::api::openai::Usage;
use crate::config::Provider;
use crate::error::ApiError;

/// One provider wire format: how an OpenAI chat request is sent to it and how
/// its answers (JSON, stream, errors) come back in OpenAI's shape.
pub trait Dialect: Sync {
    /// The name in the configuration (`"dialect": "openai"`), also used in logs.
    fn name(&self) -> &'static str;

    /// Dialect-specific provider settings this dialect accepts (besides the
    /// common `base_path`, `host`, `api_key_env`); any other is refused at
    /// configure time.
    fn settings(&self) -> &'static [&'static str] {
        &[]
    }

    /// The OpenAI request parameters this dialect checks (see [`params`]):
    /// ranges it accepts, and those it cannot honour (refused unless at their
    /// default, or dropped by the provider's `drop_params`).
    fn params(&self) -> &'static [params::Param] {
        &[]
    }

    /// When the dialect translates a closed set of top-level request fields:
    /// those (besides its `params`). Any other field is then refused with a
    /// 400 rather than silently not sent. `None`: fields pass through.
    fn translated_fields(&self) -> Option<&'static [&'static str]> {
        None
    }

    /// Base path when the provider config gives none.
    fn default_base_path(&self) -> &'static str {
        "/v1"
    }

    /// The `:path` of this attempt's request.
    fn request_path(&self, provider: &Provider, target: &RequestTarget) -> String;

    /// Request headers that carry the provider's credentials and version.
    /// Every name must be listed in [`PROVIDER_HEADERS`]: the configuration
    /// may then never forward a client's value for it.
    fn auth_headers(&self, provider: &Provider) -> Vec<Header>;

    /// Headers that sign this exact request (AWS SigV4 covers the path and the
    /// body this attempt sends, and the time). Most dialects sign nothing.
    /// Names must be in [`PROVIDER_HEADERS`] too.
    fn signed_headers(
        &self,
        _provider: &Provider,
        _path: &str,
        _body: &[u8],
        _now_unix_secs: u64,
    ) -> Vec<Header> {
        Vec::new()
    }

    /// Translates a validated OpenAI chat request (taken by value: a dialect
    /// close to OpenAI's edits it in place rather than copying it).
    fn translate_request(
        &self,
        request: Map<String, Value>,
        target: &RequestTarget,
    ) -> Result<Vec<u8>, ApiError>;

    /// True when `translate_request` is OpenAI's body with
    /// [`openai::edit_request`] applied and nothing else: the translator may
    /// then edit the client's bytes (`api::members`) instead of parsing and
    /// writing out the whole body. Its `translated_fields` must be `None`.
    fn edits_openai_body(&self) -> bool {
        false
    }

    /// Translates a complete 2xx, non-streaming response body. The usage is
    /// `None` when the provider reported none (unknown, not zero).
    fn translate_response(
        &self,
        body: &[u8],
        ctx: &ResponseContext,
    ) -> Result<(Vec<u8>, Option<Usage>), ApiError>;

    /// Translates a provider error (any status >= 400) to OpenAI's shape.
    fn translate_error(&self, status: u32, body: &[u8]) -> ApiError;

    /// The `content-type` of a streamed answer in this dialect.
    fn stream_content_type(&self) -> &'static str {
        "text/event-stream"
    }

    /// A translator for one streamed answer.
    fn stream_translator(&self, ctx: ResponseContext) -> Box<dyn StreamTranslator>;
}

/// Every dialect, by its configuration name.
pub static REGISTRY: &[&dyn Dialect] = &[
    &openai::OpenAi,
    &anthropic::Anthropic,
    &azure::AzureOpenAi,
    &gemini::Gemini,
    &bedrock::Bedrock,
];

/// The dialect configured as `name`.
pub fn dialect(name: &str) -> Option<&'static dyn Dialect> {
    REGISTRY.iter().copied().find(|d| d.name() == name)
}

/// The configuration names of all dialects, for error messages.
pub fn dialect_names() -> Vec<&'static str> {
    REGISTRY.iter().map(|d| d.name()).collect()
}

impl std::fmt::Debug for dyn Dialect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq for dyn Dialect {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name()
    }
}

/// Request headers that may carry a credential or setting of some provider.
/// None is on the request allowlist (`headers`), so the translator removes
/// them before setting this attempt's own (a retry reuses the header map of
/// an attempt to a different provider), and no `forward_request_headers` may
/// name them.
pub const PROVIDER_HEADERS: [&str; 8] = [
    "authorization",
    "x-api-key",
    "api-key",
    "x-goog-api-key",
    "anthropic-version",
    "x-amz-date",
    "x-amz-content-sha256",
    "x-amz-security-token",
];

/// What a request translation needs to know about this attempt's target.
#[derive(Debug, Clone, Copy)]
pub struct RequestTarget<'a> {
    /// The provider's own name for the model.
    pub model: &'a str,
    /// `max_tokens` to send when the client gave none and the provider requires one.
    pub default_max_tokens: u32,
    /// The client asked for a stream.
    pub stream: bool,
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

/// A stream translation in progress: provider stream in, OpenAI SSE out.
pub trait StreamTranslator {
    /// Translates one chunk of the upstream body, appending what the client gets.
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>);
    /// The upstream body ended. When it ended before the provider's own
    /// end-of-stream event, appends an OpenAI error event so the client knows.
    fn finish(&mut self, out: &mut Vec<u8>);
    /// Usage reported by the stream so far.
    fn usage(&self) -> Option<Usage>;
}

/// A request header to set for a provider: (name, value).
pub type Header = (&'static str, String);

/// `<base_path>/<endpoint>`, with one slash between them.
pub fn join_path(base_path: &str, endpoint: &str) -> String {
    format!("{}/{endpoint}", base_path.trim_end_matches('/'))
}

/// `s` made safe as one path segment: RFC 3986 unreserved characters are
/// kept, everything else is percent-encoded (model ids may hold `:` or `/`).
pub fn path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_names_are_unique_and_found() {
        let names = dialect_names();
        for (i, n) in names.iter().enumerate() {
            assert!(!names[..i].contains(n), "duplicate dialect {n}");
            assert_eq!(dialect(n).map(|d| d.name()), Some(*n));
        }
        assert!(dialect("antropic").is_none());
    }

    #[test]
    fn path_segment_encodes_reserved_bytes() {
        assert_eq!(path_segment("gpt-4o_mini.v1~x"), "gpt-4o_mini.v1~x");
        assert_eq!(
            path_segment("anthropic.claude-3:0/x y"),
            "anthropic.claude-3%3A0%2Fx%20y"
        );
    }

    #[test]
    fn join_path_has_one_slash() {
        assert_eq!(join_path("/v1", "messages"), "/v1/messages");
        assert_eq!(
            join_path("/openai/v1/", "chat/completions"),
            "/openai/v1/chat/completions"
        );
    }
}
