//! Which API the client speaks (OpenAI chat completions or Anthropic
//! messages), and the translations that depend on it, composed with the
//! provider's dialect: the request goes client API → OpenAI (canonical) →
//! provider; the answer provider → OpenAI → client API. Anthropic to an
//! Anthropic provider skips both hops: the body passes through with only the
//! model changed, and the answer passes through untouched (read for usage).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::anthropic;
use crate::api::openai::{summarize, ChatRequestSummary, Usage};
use crate::error::ApiError;
use crate::providers::{Dialect, RequestTarget, ResponseContext, StreamTranslator};

/// The canonical request, its summary, and the client's original body when
/// it was in another shape (kept for a pass-through).
pub type Canonical = (
    Map<String, Value>,
    ChatRequestSummary,
    Option<Map<String, Value>>,
);

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ingress {
    #[default]
    Openai,
    Anthropic,
}

impl Ingress {
    pub fn is_openai(&self) -> bool {
        *self == Ingress::Openai
    }

    /// The canonical (OpenAI) request and its summary, from the client's body.
    /// The original is kept for a pass-through.
    pub fn canonical(self, raw: Map<String, Value>) -> Result<Canonical, ApiError> {
        match self {
            Ingress::Openai => {
                let summary = summarize(&raw)?;
                Ok((raw, summary, None))
            }
            Ingress::Anthropic => {
                let original = raw.clone();
                let (request, summary) = anthropic::to_openai(raw)?;
                Ok((request, summary, Some(original)))
            }
        }
    }

    /// Whether the provider's own answers go to the client untranslated.
    fn passes_through(self, dialect: &dyn Dialect) -> bool {
        self == Ingress::Anthropic && dialect.name() == "anthropic"
    }

    /// The body for the provider.
    pub fn translate_request(
        self,
        dialect: &dyn Dialect,
        request: Map<String, Value>,
        original: Option<Map<String, Value>>,
        target: &RequestTarget,
        enforce_max_tokens: Option<u64>,
    ) -> Result<Vec<u8>, ApiError> {
        match original {
            Some(o) if self.passes_through(dialect) => {
                anthropic::passthrough_request(o, target.model, enforce_max_tokens)
            }
            _ => dialect.translate_request(request, target),
        }
    }

    /// What the response translation needs: an Anthropic client always gets
    /// usage, so the OpenAI-shaped stream in between must carry it.
    pub fn response_context(self, ctx: ResponseContext) -> ResponseContext {
        match self {
            Ingress::Openai => ctx,
            Ingress::Anthropic => ResponseContext {
                include_usage: true,
                ..ctx
            },
        }
    }

    /// A whole 2xx answer for the client, and its usage.
    pub fn translate_response(
        self,
        dialect: &dyn Dialect,
        body: &[u8],
        ctx: &ResponseContext,
    ) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
        let (openai, usage) = dialect.translate_response(body, ctx)?;
        match self {
            Ingress::Openai => Ok((openai, usage)),
            _ if self.passes_through(dialect) => Ok((body.to_vec(), usage)),
            Ingress::Anthropic => Ok((anthropic::from_openai(&openai)?, usage)),
        }
    }

    /// An error in the client's API shape.
    pub fn error_body(self, err: &ApiError) -> Vec<u8> {
        match self {
            Ingress::Openai => err.body(),
            Ingress::Anthropic => anthropic::error_body(err),
        }
    }

    /// A stream translator: provider stream in, the client's stream out.
    pub fn stream_translator(
        self,
        dialect: &dyn Dialect,
        ctx: ResponseContext,
    ) -> Box<dyn StreamTranslator> {
        let inner = dialect.stream_translator(ctx);
        match self {
            Ingress::Openai => inner,
            _ if self.passes_through(dialect) => Box::new(Observed {
                inner,
                scratch: Vec::new(),
            }),
            Ingress::Anthropic => Box::new(anthropic::MessagesStream::new(inner)),
        }
    }
}

/// Passes the provider's stream on untouched while its dialect's translator
/// reads the usage (and notices a stream that ends early).
struct Observed {
    inner: Box<dyn StreamTranslator>,
    scratch: Vec<u8>,
}

impl StreamTranslator for Observed {
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        self.scratch.clear();
        self.inner.push(chunk, &mut self.scratch);
        out.extend_from_slice(chunk);
    }

    fn finish(&mut self, out: &mut Vec<u8>) {
        self.scratch.clear();
        self.inner.finish(&mut self.scratch);
        // The translator reports a stream that ended early with an error event.
        if self.scratch.windows(8).any(|w| w == b"\"error\":") {
            let err = ApiError::bad_upstream("The provider's stream ended before it was complete.");
            anthropic::error_event(&err, out);
        }
    }

    fn usage(&self) -> Option<Usage> {
        self.inner.usage()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers;
    use serde_json::json;

    const TARGET: RequestTarget<'static> = RequestTarget {
        model: "up-model",
        default_max_tokens: 1024,
        stream: false,
    };
    const CTX: ResponseContext = ResponseContext {
        created: 1,
        stream: false,
        include_usage: false,
    };

    fn messages_request() -> Map<String, Value> {
        json!({"model": "fast", "max_tokens": 50, "thinking": {"type": "enabled", "budget_tokens": 10},
               "messages": [{"role": "user", "content": "hi"}]})
        .as_object()
        .cloned()
        .unwrap()
    }

    #[test]
    fn anthropic_to_anthropic_passes_through() {
        let d = providers::dialect("anthropic").unwrap();
        let (req, summary, original) = Ingress::Anthropic.canonical(messages_request()).unwrap();
        assert_eq!(summary.model, "fast");
        let out = Ingress::Anthropic
            .translate_request(d, req, original, &TARGET, None)
            .unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["model"], "up-model");
        assert_eq!(v["thinking"]["budget_tokens"], 10, "untouched");
        let answer = br#"{"id":"msg_1","type":"message","role":"assistant","model":"up-model","content":[{"type":"text","text":"yo"}],"stop_reason":"end_turn","usage":{"input_tokens":3,"output_tokens":1}}"#;
        let (body, usage) = Ingress::Anthropic
            .translate_response(d, answer, &CTX)
            .unwrap();
        assert_eq!(body, answer.to_vec());
        assert_eq!(usage.unwrap().total_tokens, 4);
    }

    #[test]
    fn anthropic_to_openai_is_translated_both_ways() {
        let d = providers::dialect("openai").unwrap();
        let (req, _, original) = Ingress::Anthropic.canonical(messages_request()).unwrap();
        let out = Ingress::Anthropic
            .translate_request(d, req, original, &TARGET, None)
            .unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["messages"][0], json!({"role": "user", "content": "hi"}));
        assert!(v.get("thinking").is_none());
        let answer = br#"{"id":"chatcmpl-9","object":"chat.completion","model":"up-model","choices":[{"index":0,"message":{"role":"assistant","content":"yo"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}"#;
        let (body, usage) = Ingress::Anthropic
            .translate_response(d, answer, &CTX)
            .unwrap();
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["content"][0]["text"], "yo");
        assert_eq!(v["stop_reason"], "end_turn");
        assert_eq!(usage.unwrap().total_tokens, 4);
        assert!(Ingress::Anthropic.response_context(CTX).include_usage);
    }

    #[test]
    fn passthrough_stream_is_untouched_and_counted() {
        let d = providers::dialect("anthropic").unwrap();
        let mut t = Ingress::Anthropic.stream_translator(d, CTX);
        let s = include_bytes!("../tests/fixtures/anthropic/stream_text.sse");
        let mut out = Vec::new();
        t.push(s, &mut out);
        t.finish(&mut out);
        assert_eq!(out, s.to_vec());
        assert!(t.usage().is_some());
        let mut t = Ingress::Anthropic.stream_translator(d, CTX);
        let mut out = Vec::new();
        t.push(&s[..s.len() / 2], &mut out);
        t.finish(&mut out);
        assert!(
            String::from_utf8_lossy(&out).ends_with("}\n\n")
                && String::from_utf8_lossy(&out).contains("event: error")
        );
    }
}
