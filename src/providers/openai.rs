//! OpenAI and OpenAI-compatible servers (vLLM, Ollama, Groq, DeepSeek, ...).
//!
//! The body stays in OpenAI's shape: only `model` changes, and streams always
//! ask for usage so every request can be accounted for. The usage chunk is
//! passed to the client only if the client asked for it.

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::params::{Param, Rule};
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

    fn params(&self) -> &'static [Param] {
        &OPENAI_PARAMS
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

    fn edits_openai_body(&self) -> bool {
        true
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

/// OpenAI's documented ranges, checked before sending so that a request is
/// refused the same way whichever provider of its route would serve it.
pub static OPENAI_PARAMS: [Param; 6] = [
    Param::new("temperature", Rule::Number { min: 0.0, max: 2.0 }),
    Param::new("top_p", Rule::Number { min: 0.0, max: 1.0 }),
    Param::new(
        "presence_penalty",
        Rule::Number {
            min: -2.0,
            max: 2.0,
        },
    ),
    Param::new(
        "frequency_penalty",
        Rule::Number {
            min: -2.0,
            max: 2.0,
        },
    ),
    Param::new("top_logprobs", Rule::Integer { min: 0, max: 20 }),
    Param::new("stop", Rule::Strings { max: 4 }),
];

pub fn translate_request(
    mut body: Map<String, Value>,
    target: &RequestTarget,
) -> Result<Vec<u8>, ApiError> {
    edit_request(&mut body, target);
    serde_json::to_vec(&body).map_err(|e| ApiError::internal(format!("serializing request: {e}")))
}

/// What the provider's body changes from the client's (OpenAI's shape on
/// both sides): the provider's model name, and a stream asks for usage.
/// `translate_request` is this written out; the translator applies it to the
/// top-level members alone when it edits the client's bytes
/// (`Dialect::edits_openai_body`).
pub fn edit_request(body: &mut Map<String, Value>, target: &RequestTarget) {
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
}

#[derive(Deserialize)]
struct ResponsePeek {
    #[serde(default)]
    usage: Option<Usage>,
    #[serde(default)]
    error: Option<IgnoredAny>,
    #[serde(default)]
    object: Option<String>,
}

/// The body goes to the client as the provider sent it; it is parsed only to
/// check that it is JSON and an answer, and to read the usage.
///
/// Some OpenAI-compatible servers answer errors with HTTP 200 and an error
/// body (`{"error": ...}`, vLLM's `{"object": "error", ...}`): those become
/// an error with a status Envoy's retry policy retries (the provider's own
/// 429 or 5xx code when it gives one, else 502), so a fallback chain moves on.
pub fn translate_response(
    body: &[u8],
    _ctx: &ResponseContext,
) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
    // Checked as text first: skipping over a string, serde_json does not
    // validate its UTF-8, and the body goes to the client as it is.
    let text = std::str::from_utf8(body).map_err(|_| {
        ApiError::bad_upstream(format!(
            "The provider's response is not valid UTF-8: {}",
            excerpt(body)
        ))
    })?;
    let parsed: ResponsePeek = serde_json::from_str(text).map_err(|e| {
        ApiError::bad_upstream(format!(
            "The provider's response is not valid JSON ({e}): {}",
            excerpt(body)
        ))
    })?;
    if parsed.error.is_some() || parsed.object.as_deref() == Some("error") {
        return Err(error_in_success(body));
    }
    Ok((body.to_vec(), parsed.usage))
}

/// An error body that came with a 2xx status.
fn error_in_success(body: &[u8]) -> ApiError {
    let mut err = translate_error(502, body);
    let status = err
        .code
        .as_deref()
        .and_then(|c| c.parse::<u32>().ok())
        .filter(|s| *s == 429 || (500..=599).contains(s))
        .unwrap_or(502);
    err.status = status;
    err.kind = kind_for_status(status);
    if err.code.is_none() {
        err.code = Some("bad_upstream_response".into());
    }
    err.message = format!("The provider answered 200 with an error: {}", err.message);
    err
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
///
/// Tolerates what OpenAI-compatible servers do differently: `data:[DONE]`
/// without the space (the SSE parser takes both), `"[DONE]"` as a JSON
/// string, no `[DONE]` at all after a chunk with a `finish_reason` (the
/// client still gets one), usage in the last content chunk or nowhere, and
/// extra delta members such as DeepSeek's `reasoning_content` (passed on).
pub struct OpenAiStream {
    ctx: ResponseContext,
    parser: SseParser,
    events: Vec<SseEvent>,
    usage: Option<Usage>,
    /// A chunk carried a `finish_reason`: the answer is complete even if no
    /// `[DONE]` follows.
    finished: bool,
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
            finished: false,
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
        let trimmed = data.trim();
        if trimmed == "[DONE]" || trimmed == "\"[DONE]\"" {
            self.done = true;
            write_data(out, b"[DONE]");
            return;
        }
        // Most events are content deltas that pass through as they are: check
        // them without building a tree, and look closer only at the few that
        // carry a usage object or an error.
        if member_value_start(data, "finish_reason") == Some(b'"') {
            self.finished = true;
        }
        let notable = member_value_start(data, "usage") == Some(b'{')
            || member_value_start(data, "error").is_some_and(|b| b != b'n');
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
        if !self.failed && !self.done && self.finished {
            // The server does not send `[DONE]`; the answer was complete.
            self.done = true;
            write_data(out, b"[DONE]");
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

    /// The translator's edit path: the top-level members edited, `messages`
    /// kept as the client's bytes.
    fn edited(body: &[u8], t: &RequestTarget) -> Option<Vec<u8>> {
        let m = crate::api::members::Members::scan(body)?;
        let before = m.parse_except("messages")?;
        let mut after = before.clone();
        edit_request(&mut after, t);
        Some(m.splice("messages", &before, &after).unwrap())
    }

    #[test]
    fn edited_body_means_what_the_rewritten_one_does() {
        let bodies: [&str; 8] = [
            r#"{"model":"fast","messages":[{"role":"user","content":"hi"}]}"#,
            r#"{"messages":[{"role":"user","content":"x"}],"model":"fast","stream":true,"temperature":0.20}"#,
            r#"{"messages":[{"role":"user","content":"say \"model\": \"gpt-5\""}],"stream":true,"stream_options":{"include_usage":false,"x":1},"model":"fast"}"#,
            r#"{"messages":[],"stream":true,"stream_options":null,"model":"fast"}"#,
            r#"{"messages":[],"stream":false,"stream_options":{"include_usage":false},"model":"fast"}"#,
            r#" { "model" : "f\u0061st" , "messages" : [ { "role" : "user" , "content" : "\u00e9\ud83d\ude00\\\/" } ] } "#,
            r#"{"model":"fast","messages":[{"role":"user","content":"x","model":"inner"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"model":{"type":"string"}}}}}]}"#,
            r#"{"model":"fast","messages":[],"n":1,"seed":12345678901234567890,"logit_bias":{"50256":-100}}"#,
        ];
        for stream in [false, true] {
            let t = RequestTarget {
                model: "gpt-4o-mini \"2\"",
                default_max_tokens: 1,
                stream,
            };
            for body in bodies {
                let full = translate_request(request(body), &t).unwrap();
                let edit = edited(body.as_bytes(), &t).unwrap();
                assert_eq!(
                    serde_json::from_slice::<Value>(&edit).unwrap(),
                    serde_json::from_slice::<Value>(&full).unwrap(),
                    "{body}"
                );
            }
        }
    }

    #[test]
    fn edited_body_keeps_the_clients_digits() {
        // serde_json reads this as a float and writes it back one ULP off;
        // the edit sends the client's own digits (found by `make fuzz`).
        let body =
            r#"{"model":"fast","messages":[],"x_cap":1066666666666666666666666666666666666666660}"#;
        let t = RequestTarget {
            model: "gpt-4o-mini",
            default_max_tokens: 1,
            stream: false,
        };
        let edit = String::from_utf8(edited(body.as_bytes(), &t).unwrap()).unwrap();
        assert!(
            edit.contains(r#""x_cap":1066666666666666666666666666666666666666660"#),
            "{edit}"
        );
        let mut tree = request(body);
        edit_request(&mut tree, &t);
        assert_eq!(
            serde_json::from_str::<Value>(&edit).unwrap(),
            Value::Object(tree)
        );
    }

    #[test]
    fn duplicate_top_level_keys_are_not_edited() {
        let t = RequestTarget {
            model: "gpt-4o-mini",
            default_max_tokens: 1,
            stream: false,
        };
        for body in [
            r#"{"model":"a","messages":[],"model":"b"}"#,
            r#"{"model":"a","messages":[],"mod\u0065l":"b"}"#,
            r#"{"messages":[],"messages":[],"model":"b"}"#,
        ] {
            assert_eq!(edited(body.as_bytes(), &t), None, "{body}");
        }
    }

    #[test]
    fn edited_big_body_keeps_the_prompt_bytes() {
        let text = r#"Résumé \"quoted\" line with 東京 and \\ slashes\n"#.repeat(25_000);
        let body = format!(
            r#"{{"messages":[{{"role":"user","content":"{text}"}}],"model":"fast","stream":true}}"#
        );
        assert!(body.len() > 1_000_000);
        let t = RequestTarget {
            model: "gpt-4o-mini",
            default_max_tokens: 1,
            stream: true,
        };
        let edit = edited(body.as_bytes(), &t).unwrap();
        let needle = format!(r#""content":"{text}""#);
        assert!(edit.windows(needle.len()).any(|w| w == needle.as_bytes()));
        let v: Value = serde_json::from_slice(&edit).unwrap();
        assert_eq!(v["model"], "gpt-4o-mini");
        assert_eq!(v["stream_options"]["include_usage"], true);
        let full = translate_request(request(&body), &t).unwrap();
        assert_eq!(v, serde_json::from_slice::<Value>(&full).unwrap());
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
    fn invalid_utf8_inside_a_string_is_bad_upstream() {
        // Found by `make fuzz` (response target): serde_json skips a string
        // it does not keep without checking its UTF-8, so this passed through.
        let e =
            translate_response(b"{\"error\":{\"message\xf4\":\"x\"}}", &ctx(false)).unwrap_err();
        assert_eq!(e.status, 502);
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
        // Cut before the chunk with the finish reason: the answer is incomplete.
        let cut = STREAM.find("\"finish_reason\":\"stop\"").unwrap();
        let cut = STREAM[..cut].rfind("data: ").unwrap();
        let (out, _) = run(&[&STREAM.as_bytes()[..cut]], true);
        let last = data_events(&out).pop().unwrap();
        let v: Value = serde_json::from_str(&last).unwrap();
        assert_eq!(v["error"]["code"], "bad_upstream_response");
    }

    const DEEPSEEK: &str =
        include_str!("../../tests/fixtures/openai_compatible/deepseek_reasoning_no_space_done.sse");
    const NO_DONE: &str =
        include_str!("../../tests/fixtures/openai_compatible/no_done_usage_in_last_chunk.sse");

    #[test]
    fn done_without_space_and_reasoning_content_pass() {
        let (out, usage) = run(&[DEEPSEEK.as_bytes()], false);
        let events = data_events(&out);
        assert_eq!(events.last().unwrap(), "[DONE]");
        assert!(
            out.contains("\"reasoning_content\":\"The user greets.\""),
            "{out}"
        );
        let u = usage.unwrap();
        assert_eq!((u.prompt_tokens, u.completion_tokens), (9, 12));
        let b = DEEPSEEK.as_bytes();
        for i in 0..=b.len() {
            let (x, y) = b.split_at(i);
            assert_eq!(run(&[x, y], false).0, out, "split at {i}");
        }
    }

    #[test]
    fn missing_done_after_finish_reason_is_supplied() {
        let (out, usage) = run(&[NO_DONE.as_bytes()], false);
        let events = data_events(&out);
        assert_eq!(events.len(), 4, "{out}");
        assert_eq!(events.last().unwrap(), "[DONE]");
        assert!(!out.contains("bad_upstream_response"));
        assert_eq!(
            usage.unwrap().total_tokens,
            7,
            "usage only in the last content chunk"
        );
        let b = NO_DONE.as_bytes();
        for i in 0..=b.len() {
            let (x, y) = b.split_at(i);
            assert_eq!(run(&[x, y], false).0, out, "split at {i}");
        }
    }

    #[test]
    fn done_as_a_json_string_ends_the_stream() {
        let (out, _) = run(&[b"data: {\"choices\":[]}\n\ndata: \"[DONE]\"\n\n"], false);
        assert_eq!(data_events(&out).last().unwrap(), "[DONE]");
    }

    #[test]
    fn stream_without_any_usage_reports_none() {
        let s = NO_DONE.replace(
            r#","usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}"#,
            "",
        );
        let (_, usage) = run(&[s.as_bytes()], false);
        assert_eq!(usage, None);
    }

    #[test]
    fn error_inside_a_200_body_is_a_retriable_error() {
        let e = translate_response(
            include_bytes!("../../tests/fixtures/openai_compatible/error_in_200.json"),
            &ctx(false),
        )
        .unwrap_err();
        assert_eq!(e.status, 502);
        assert!(e.message.contains("llama-9"), "{}", e.message);
        let e = translate_response(
            include_bytes!("../../tests/fixtures/openai_compatible/error_in_200_overloaded.json"),
            &ctx(false),
        )
        .unwrap_err();
        assert_eq!((e.status, e.kind), (503, "server_error"));
        let (_, u) =
            translate_response(br#"{"id":"x","error":null,"choices":[]}"#, &ctx(false)).unwrap();
        assert_eq!(u, None);
    }

    #[test]
    fn garbage_stream_gives_one_error_event() {
        let (out, _) = run(&[b"data: {not json\n\n", b"data: {also not\n\n"], false);
        let events = data_events(&out);
        assert_eq!(events.len(), 1);
        assert!(events[0].contains("bad_upstream_response"));
    }
}
