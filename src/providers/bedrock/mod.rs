//! AWS Bedrock Runtime, Converse API: `POST /model/{modelId}/converse` and
//! `/converse-stream` (AWS's binary event stream), signed with SigV4 (keys
//! from the environment; the signature covers the body this attempt sends)
//! or, with `api_key_env`, a Bedrock API key as `authorization: Bearer`.
//!
//! `sigv4` and `eventstream` are self-contained (the simulator includes them).

pub mod eventstream;
mod request;
mod response;
pub mod sigv4;
mod stream;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::{
    join_path, path_segment, Dialect, Header, RequestTarget, ResponseContext, StreamTranslator,
};
use crate::api::openai::Usage;
use crate::config::Provider;
use crate::error::ApiError;

pub use request::translate_request;
pub use response::{translate_error, translate_response};
pub use stream::BedrockStream;

/// SigV4's name for Bedrock Runtime.
pub const SIGNING_SERVICE: &str = "bedrock";

/// The `bedrock` dialect.
pub struct Bedrock;

impl Dialect for Bedrock {
    fn name(&self) -> &'static str {
        "bedrock"
    }

    fn settings(&self) -> &'static [&'static str] {
        &[
            "region",
            "aws_access_key_id_env",
            "aws_secret_access_key_env",
            "aws_session_token_env",
        ]
    }

    fn default_base_path(&self) -> &'static str {
        "/"
    }

    fn params(&self) -> &'static [super::params::Param] {
        &super::params::BEDROCK_PARAMS
    }

    fn translated_fields(&self) -> Option<&'static [&'static str]> {
        Some(&request::BEDROCK_FIELDS)
    }

    fn request_path(&self, provider: &Provider, target: &RequestTarget) -> String {
        let op = if target.stream {
            "converse-stream"
        } else {
            "converse"
        };
        join_path(
            &provider.base_path,
            &format!("model/{}/{op}", path_segment(target.model)),
        )
    }

    fn auth_headers(&self, provider: &Provider) -> Vec<Header> {
        match (&provider.api_key, &provider.aws_credentials) {
            // A Bedrock API key; SigV4 credentials win when both are set.
            (Some(k), None) => vec![("authorization", format!("Bearer {k}"))],
            _ => Vec::new(),
        }
    }

    fn signed_headers(
        &self,
        provider: &Provider,
        path: &str,
        body: &[u8],
        now_unix_secs: u64,
    ) -> Vec<Header> {
        let (Some(creds), Some(region), Some(host)) =
            (&provider.aws_credentials, &provider.region, &provider.host)
        else {
            return Vec::new();
        };
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let req = sigv4::Request {
            method: "POST",
            path,
            query,
            headers: &[("host", host.as_str())],
            payload: body,
        };
        sigv4::sign(
            &req,
            creds,
            region,
            SIGNING_SERVICE,
            &sigv4::amz_date(now_unix_secs),
        )
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

    fn stream_content_type(&self) -> &'static str {
        "application/vnd.amazon.eventstream"
    }

    fn stream_translator(&self, ctx: ResponseContext) -> Box<dyn StreamTranslator> {
        Box::new(BedrockStream::new(ctx))
    }
}

/// Converse `usage`. OpenAI counts cached prompt tokens inside `prompt_tokens`.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireUsage {
    #[serde(default)]
    input_tokens: u64,
    #[serde(default)]
    output_tokens: u64,
    #[serde(default)]
    cache_read_input_tokens: u64,
    #[serde(default)]
    cache_write_input_tokens: u64,
}

impl WireUsage {
    fn to_openai(self) -> Usage {
        Usage::new(
            self.input_tokens
                .saturating_add(self.cache_read_input_tokens)
                .saturating_add(self.cache_write_input_tokens),
            self.output_tokens,
            self.cache_read_input_tokens,
        )
    }
}

/// OpenAI `finish_reason` for a Converse `stopReason`.
fn finish_reason(stop: Option<&str>) -> &'static str {
    match stop {
        Some("tool_use") => "tool_calls",
        Some("max_tokens" | "model_context_window_exceeded") => "length",
        Some("guardrail_intervened" | "content_filtered") => "content_filter",
        _ => "stop",
    }
}
