//! OpenAI and OpenAI-compatible servers (vLLM, Ollama, Groq, DeepSeek, ...).
//!
//! The body stays in OpenAI's shape: only `model` changes, and streams always
//! ask for usage so every request can be accounted for. The usage chunk is
//! passed to the client only if the client asked for it.

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::{
    excerpt, join_path, Dialect, Header, RequestTarget, ResponseContext, StreamTranslator,
};
use crate::api::openai::Usage;
use crate::config::Provider;
use crate::error::{kind_for_status, ApiError};
use crate::sse::{write_data, SseEvent, SseParser};

/// The `openai` dialect.
pub struct OpenAi;

impl Dialect for OpenAi {
    fn name(&self) -> &'static str {
        "openai"
    }

    fn request_path(&self, provider: &Provider, _target: &RequestTarget) -> String {
        join_path(&provider.base_path, "chat/completions")
    }

    fn auth_headers(&self, provider: &Provider) -> Vec<Header> {
        match &provider.api_key {
            Some(k) => vec![("authorization", format!("Bearer {k}"))],
            None => Vec::new(),
        }
    }

    fn translate_request(
        &self,
        request: Map<String, Value>,
        target: &RequestTarget,
    ) -> Result<Vec<u8>, ApiError> {
        translate_request(request, target)
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
        Box::new(OpenAiStream::new(ctx))
    }
}

pub fn translate_request(
    mut body: Map<String, Value>,
    target: &RequestTarget,
) -> Result<Vec<u8>, ApiError> {
    body.insert("model".into(), Value::String(target.model.to_string()));
    if body.get("stream").and_then(Value::as_bool) == Some(true) {
        let options = body
            .entry("stream_options")
            .or_insert_with(|| Value::Object(Map::new()));
        if !options.is_object() {
            *options = Value::Object(Map::new());
        }
        if let Value::Object(o) = options {
            o.insert("include_usage".into(), Value::Bool(true));
        }
    }
    serde_json::to_vec(&body).map_err(|e| ApiError::internal(format!("serializing request: {e}")))
}

#[derive(Deserialize)]
struct UsageOnly {
    #[serde(default)]
    usage: Option<Usage>,
}

/// The body goes to the client as the provider sent it; it is parsed only to
/// check that it is JSON and to read the usage.
pub fn translate_response(
    body: &[u8],
    _ctx: &ResponseContext,
) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
    let parsed: UsageOnly = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_upstream(format!(
            "The provider's response is not valid JSON ({e}): {}",
            excerpt(body)
        ))
    })?;
    Ok((body.to_vec(), parsed.usage))
}

/// Reads the error shapes OpenAI-compatible servers use: OpenAI's
/// `{"error":{...}}`, vLLM's `{"object":"error","message":...}` and Ollama's
/// `{"error":"..."}`.
pub fn translate_error(status: u32, body: &[u8]) -> ApiError {
    let kind = kind_for_status(status);
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(_) => return ApiError::new(status, kind, format!("Provider error: {}", excerpt(body))),
    };
    let inner = match value.get("error") {
        Some(Value::String(s)) => return ApiError::new(status, kind, s.clone()),
        Some(e @ Value::Object(_)) => e,
        _ => &value,
    };
    let message = inner
        .get("message")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| format!("Provider error: {}", excerpt(body)));
    let mut err = ApiError::new(status, kind, message);
    match inner.get("code") {
        Some(Value::String(c)) => err.code = Some(c.clone()),
        Some(Value::Number(n)) => err.code = Some(n.to_string()),
        _ => {}
    }
    err
}

/// Passes OpenAI chunks through, reading usage on the way.
pub struct OpenAiStream {
    ctx: ResponseContext,
    parser: SseParser,
    events: Vec<SseEvent>,
    usage: Option<Usage>,
    done: bool,
    failed: bool,
}

impl OpenAiStream {
    pub fn new(ctx: ResponseContext) -> Self {
        OpenAiStream {
            ctx,
            parser: SseParser::default(),
            events: Vec::new(),
            usage: None,
            done: false,
            failed: false,
        }
    }

    fn fail(&mut self, err: ApiError, out: &mut Vec<u8>) {
        if !self.failed {
            out.extend_from_slice(&err.sse_event());
        }
        self.failed = true;
    }

    fn handle(&mut self, data: &str, out: &mut Vec<u8>) {
        if data.trim() == "[DONE]" {
            self.done = true;
            write_data(out, b"[DONE]");
            return;
        }
        // Most events are content deltas that pass through as they are: check
        // them without building a tree, and look closer only at the few that
        // carry a usage object or an error.
        let notable = member_value_start(data, "usage") == Some(b'{')
            || member_value_start(data, "error").is_some();
        if !notable {
            if serde_json::from_str::<IgnoredAny>(data).is_ok() {
                write_data(out, data.as_bytes());
            } else {
                self.not_json(data, out);
            }
            return;
        }
        let chunk: Peek = match serde_json::from_str(data) {
            Ok(c) => c,
            Err(_) => return self.not_json(data, out),
        };
        if chunk.error.is_some() {
            // Already an OpenAI-shaped error event: the client gets it as is.
            write_data(out, data.as_bytes());
            self.failed = true;
            return;
        }
        if chunk.usage.is_some() {
            self.usage = chunk.usage;
        }
        // The usage-only chunk goes to the client only if it asked for it.
        // (Other chunks keep the `"usage": null` that asking for it added:
        // clients read it as no usage.)
        let usage_only = chunk.choices.is_some_and(|c| c.is_empty());
        if self.ctx.include_usage || !usage_only {
            write_data(out, data.as_bytes());
        }
    }

    fn not_json(&mut self, data: &str, out: &mut Vec<u8>) {
        let msg = format!(
            "The provider sent a stream event that is not JSON: {}",
            excerpt(data.as_bytes())
        );
        self.fail(ApiError::bad_upstream(msg), out);
    }
}

/// The members of a chunk that matter here.
#[derive(Deserialize)]
struct Peek {
    #[serde(default)]
    error: Option<IgnoredAny>,
    #[serde(default)]
    usage: Option<Usage>,
    #[serde(default)]
    choices: Option<Vec<IgnoredAny>>,
}

/// The first byte of the value of a `"name":` member anywhere in `json`.
/// A quote inside a JSON string is escaped, so `"name"` followed by a colon
/// only appears as a member name.
fn member_value_start(json: &str, name: &str) -> Option<u8> {
    let bytes = json.as_bytes();
    let mut from = 0;
    while let Some(i) = json.get(from..).and_then(|rest| rest.find(name)) {
        let at = from.saturating_add(i);
        let end = at.saturating_add(name.len());
        from = end;
        let quoted = at > 0
            && bytes.get(at.saturating_sub(1)) == Some(&b'"')
            && bytes.get(end) == Some(&b'"');
        if !quoted {
            continue;
        }
        let mut rest = bytes
            .get(end.saturating_add(1)..)?
            .iter()
            .skip_while(|b| b.is_ascii_whitespace());
        if rest.next() != Some(&b':') {
            continue;
        }
        return rest.find(|b| !b.is_ascii_whitespace()).copied();
    }
    None
}

impl StreamTranslator for OpenAiStream {
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        if self.failed || self.done {
            return;
        }
        if self.parser.feed(chunk, &mut self.events).is_err() {
            return self.fail(
                ApiError::bad_upstream("The provider sent an oversized stream event."),
                out,
            );
        }
        let events = std::mem::take(&mut self.events);
        for e in &events {
            if self.failed || self.done {
                break;
            }
            self.handle(&e.data, out);
        }
        self.events = events;
        self.events.clear();
    }

    fn finish(&mut self, out: &mut Vec<u8>) {
        if !self.failed && !self.done {
            let mut events = Vec::new();
            self.parser.finish(&mut events);
            for e in &events {
                self.handle(&e.data, out);
            }
        }
        if !self.failed && !self.done {
            self.fail(
                ApiError::bad_upstream("The provider's stream ended before it was complete."),
                out,
            );
        }
    }

    fn usage(&self) -> Option<Usage> {
        self.usage
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sse::SseParser;

    const STREAM: &str = include_str!("../../tests/fixtures/openai/stream_with_usage.sse");
    const RESPONSE: &str = include_str!("../../tests/fixtures/openai/response.json");

    fn ctx(include_usage: bool) -> ResponseContext {
        ResponseContext {
            created: 1,
            stream: true,
            include_usage,
        }
    }

    fn request(body: &str) -> Map<String, Value> {
        serde_json::from_str(body).unwrap()
    }

    fn run(chunks: &[&[u8]], include_usage: bool) -> (String, Option<Usage>) {
        let mut t = OpenAiStream::new(ctx(include_usage));
        let mut out = Vec::new();
        for c in chunks {
            t.push(c, &mut out);
        }
        t.finish(&mut out);
        (String::from_utf8(out).unwrap(), t.usage())
    }

    fn data_events(s: &str) -> Vec<String> {
        let mut p = SseParser::default();
        let mut ev = Vec::new();
        p.feed(s.as_bytes(), &mut ev).unwrap();
        p.finish(&mut ev);
        ev.into_iter().map(|e| e.data).collect()
    }

    #[test]
    fn request_gets_provider_model_and_usage_option() {
        let t = RequestTarget {
            model: "gpt-4o-mini",
            default_max_tokens: 1,
            stream: true,
        };
        let out = translate_request(
            request(r#"{"model":"fast","stream":true,"messages":[],"temperature":0.2}"#),
            &t,
        )
        .unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["model"], "gpt-4o-mini");
        assert_eq!(v["stream_options"]["include_usage"], true);
        assert_eq!(v["temperature"], 0.2);
        let out = translate_request(request(r#"{"model":"fast","messages":[]}"#), &t).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert!(v.get("stream_options").is_none());
    }

    #[test]
    fn response_passes_through_with_usage() {
        let (body, usage) = translate_response(RESPONSE.as_bytes(), &ctx(false)).unwrap();
        let usage = usage.unwrap();
        assert_eq!(body, RESPONSE.as_bytes());
        assert_eq!(usage.prompt_tokens, 19);
        assert_eq!(usage.completion_tokens, 10);
        assert_eq!(usage.total_tokens, 29);
    }

    #[test]
    fn missing_usage_is_reported_as_unknown() {
        let (_, usage) = translate_response(br#"{"id":"x","choices":[]}"#, &ctx(false)).unwrap();
        assert_eq!(
            usage, None,
            "unknown, not zero: budgets then keep the reservation"
        );
    }

    #[test]
    fn garbage_response_is_bad_upstream() {
        let e = translate_response(b"<html>oops", &ctx(false)).unwrap_err();
        assert_eq!(e.status, 502);
    }

    #[test]
    fn errors_keep_status_and_message() {
        let e = translate_error(429, br#"{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#);
        assert_eq!(
            (e.status, e.kind, e.code.as_deref()),
            (429, "rate_limit_error", Some("rate_limit_exceeded"))
        );
        assert_eq!(e.message, "Rate limit reached");
        let e = translate_error(
            400,
            br#"{"object":"error","message":"bad","type":"BadRequestError","code":400}"#,
        );
        assert_eq!(
            (e.status, e.message.as_str(), e.code.as_deref()),
            (400, "bad", Some("400"))
        );
        let e = translate_error(404, br#"{"error":"model 'x' not found"}"#);
        assert_eq!(e.message, "model 'x' not found");
        let e = translate_error(502, b"Bad Gateway");
        assert!(e.message.contains("Bad Gateway"));
    }

    #[test]
    fn stream_with_usage_requested_passes_all() {
        let (out, usage) = run(&[STREAM.as_bytes()], true);
        let events = data_events(&out);
        assert_eq!(events.last().unwrap(), "[DONE]");
        assert!(events.iter().any(|e| e.contains("\"choices\":[]")));
        assert_eq!(usage.unwrap().total_tokens, 29);
    }

    #[test]
    fn stream_without_usage_requested_hides_it_but_records_it() {
        let (out, usage) = run(&[STREAM.as_bytes()], false);
        assert!(!out.contains("\"choices\":[]"), "no usage chunk: {out}");
        assert!(!out.contains("prompt_tokens"), "{out}");
        let text: String = data_events(&out)
            .iter()
            .filter(|d| *d != "[DONE]")
            .map(|d| serde_json::from_str::<Value>(d).unwrap())
            .filter_map(|v| {
                v["choices"][0]["delta"]["content"]
                    .as_str()
                    .map(str::to_string)
            })
            .collect();
        assert_eq!(text, "Hello! How can I help you today?");
        assert_eq!(usage.unwrap().completion_tokens, 10);
    }

    #[test]
    fn split_at_every_offset_is_identical() {
        let whole = run(&[STREAM.as_bytes()], false).0;
        let b = STREAM.as_bytes();
        for i in 0..=b.len() {
            let (x, y) = b.split_at(i);
            assert_eq!(run(&[x, y], false).0, whole, "split at {i}");
        }
    }

    #[test]
    fn finds_member_values_not_strings() {
        assert_eq!(
            member_value_start(r#"{"a":1,"usage" : {"x":1}}"#, "usage"),
            Some(b'{')
        );
        assert_eq!(member_value_start(r#"{"usage":null}"#, "usage"), Some(b'n'));
        assert_eq!(
            member_value_start(r#"{"c":"the \"usage\": {"}"#, "usage"),
            None
        );
        assert_eq!(member_value_start(r#"{"usages":{}}"#, "usage"), None);
        assert_eq!(member_value_start(r#"{"x":"usage"}"#, "usage"), None);
        assert_eq!(
            member_value_start(r#"{"error":{"message":"m"}}"#, "error"),
            Some(b'{')
        );
    }

    #[test]
    fn error_event_passes_through_and_ends_the_stream() {
        let (out, _) = run(&[b"data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}\n\ndata: {\"x\":1}\n\n"], false);
        let events = data_events(&out);
        assert_eq!(events.len(), 1);
        assert!(events[0].contains("overloaded"));
    }

    #[test]
    fn truncated_stream_ends_with_error_event() {
        let cut = STREAM.find("[DONE]").unwrap();
        let (out, _) = run(&[&STREAM.as_bytes()[..cut - 6]], true);
        let last = data_events(&out).pop().unwrap();
        let v: Value = serde_json::from_str(&last).unwrap();
        assert_eq!(v["error"]["code"], "bad_upstream_response");
    }

    #[test]
    fn garbage_stream_gives_one_error_event() {
        let (out, _) = run(&[b"data: {not json\n\n", b"data: {also not\n\n"], false);
        let events = data_events(&out);
        assert_eq!(events.len(), 1);
        assert!(events[0].contains("bad_upstream_response"));
    }
}
