//! OpenAI Chat Completions: request validation and the response, chunk and
//! usage types every translator produces.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::ApiError;

/// Roles a chat message may have.
pub const ROLES: [&str; 5] = ["system", "developer", "user", "assistant", "tool"];

/// What the router needs to know about a validated chat request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatRequestSummary {
    pub model: String,
    pub stream: bool,
    /// The client asked for the usage chunk (`stream_options.include_usage`).
    pub include_usage: bool,
    pub message_count: usize,
}

/// Parses and validates a chat completions body. The parsed document is
/// returned too, so callers parse each body once.
pub fn parse_chat_request(
    body: &[u8],
) -> Result<(Map<String, Value>, ChatRequestSummary), ApiError> {
    let map = parse_object(body)?;
    let summary = summarize(&map)?;
    Ok((map, summary))
}

/// Parses a request body that must be a JSON object (of any API).
pub fn parse_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    let text = std::str::from_utf8(body)
        .map_err(|_| ApiError::invalid_request("The request body is not valid UTF-8."))?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        ApiError::invalid_request(format!("The request body is not valid JSON: {e}."))
    })?;
    let Value::Object(map) = value else {
        return Err(ApiError::invalid_request(
            "The request body must be a JSON object.",
        ));
    };
    Ok(map)
}

/// Validates an already parsed chat request.
pub fn summarize(map: &Map<String, Value>) -> Result<ChatRequestSummary, ApiError> {
    let model = model_of(map)?;
    let message_count = validate_messages(map)?;
    let (stream, include_usage) = stream_of(map)?;
    Ok(ChatRequestSummary {
        model,
        stream,
        include_usage,
        message_count,
    })
}

/// The summary of a request whose `messages` [`summarize`] already checked
/// (the router did, for a body it stamped) and that are not in `map`:
/// `message_count` is 0.
pub fn summarize_checked(map: &Map<String, Value>) -> Result<ChatRequestSummary, ApiError> {
    let model = model_of(map)?;
    let (stream, include_usage) = stream_of(map)?;
    Ok(ChatRequestSummary {
        model,
        stream,
        include_usage,
        message_count: 0,
    })
}

fn model_of(map: &Map<String, Value>) -> Result<String, ApiError> {
    match map.get("model") {
        Some(Value::String(m)) if !m.is_empty() => Ok(m.clone()),
        Some(Value::String(_)) | None => Err(ApiError::invalid_request(
            "You must provide a model parameter.",
        )
        .with_param("model")),
        Some(_) => Err(ApiError::invalid_request("`model` must be a string.").with_param("model")),
    }
}

/// Checks `messages` and returns how many there are.
fn validate_messages(map: &Map<String, Value>) -> Result<usize, ApiError> {
    let messages =
        match map.get("messages") {
            Some(Value::Array(m)) if !m.is_empty() => m,
            Some(Value::Array(_)) => {
                return Err(ApiError::invalid_request("`messages` must not be empty.")
                    .with_param("messages"))
            }
            None => {
                return Err(
                    ApiError::invalid_request("Missing required parameter: `messages`.")
                        .with_param("messages"),
                )
            }
            Some(_) => {
                return Err(ApiError::invalid_request("`messages` must be an array.")
                    .with_param("messages"))
            }
        };
    for (i, m) in messages.iter().enumerate() {
        let role = m.get("role").and_then(Value::as_str).ok_or_else(|| {
            ApiError::invalid_request(format!("`messages[{i}].role` is missing or not a string."))
                .with_param("messages")
        })?;
        if !ROLES.contains(&role) {
            return Err(ApiError::invalid_request(format!(
                "`messages[{i}].role` is `{role}`; expected one of {}.",
                ROLES.join(", ")
            ))
            .with_param("messages"));
        }
        match m.get("content") {
            None | Some(Value::Null | Value::String(_) | Value::Array(_)) => {}
            Some(_) => {
                return Err(ApiError::invalid_request(format!(
                    "`messages[{i}].content` must be a string or an array of content parts."
                ))
                .with_param("messages"))
            }
        }
    }
    Ok(messages.len())
}

/// `stream` and `stream_options.include_usage`.
fn stream_of(map: &Map<String, Value>) -> Result<(bool, bool), ApiError> {
    let stream = match map.get("stream") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            return Err(
                ApiError::invalid_request("`stream` must be a boolean.").with_param("stream")
            )
        }
    };
    let include_usage = map
        .get("stream_options")
        .and_then(|o| o.get("include_usage"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Ok((stream, include_usage))
}

/// Token usage, as OpenAI reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub total_tokens: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_tokens_details: Option<PromptTokensDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_tokens_details: Option<CompletionTokensDetails>,
}

/// Reasoning ("thinking") tokens, counted inside `completion_tokens` as OpenAI does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionTokensDetails {
    #[serde(default)]
    pub reasoning_tokens: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptTokensDetails {
    #[serde(default)]
    pub cached_tokens: u64,
}

impl Usage {
    /// Usage with `total_tokens` computed and cached tokens reported when known.
    pub fn new(prompt: u64, completion: u64, cached: u64) -> Self {
        Usage {
            prompt_tokens: prompt,
            completion_tokens: completion,
            total_tokens: prompt.saturating_add(completion),
            prompt_tokens_details: (cached > 0).then_some(PromptTokensDetails {
                cached_tokens: cached,
            }),
            completion_tokens_details: None,
        }
    }

    /// The same usage with this many of the completion tokens marked as reasoning.
    pub fn with_reasoning(mut self, reasoning: u64) -> Self {
        self.completion_tokens_details = (reasoning > 0).then_some(CompletionTokensDetails {
            reasoning_tokens: reasoning,
        });
        self
    }
}

/// A non-streaming `chat.completion`.
#[derive(Debug, Clone, Serialize)]
pub struct ChatCompletion {
    pub id: String,
    pub object: &'static str,
    pub created: u64,
    pub model: String,
    pub choices: Vec<Choice>,
    pub usage: Usage,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub index: u32,
    pub message: AssistantMessage,
    pub finish_reason: Option<String>,
    pub logprobs: Option<Value>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssistantMessage {
    pub role: &'static str,
    pub content: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tool_calls: Vec<ToolCall>,
    pub refusal: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ToolCall {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub function: FunctionCall,
}

#[derive(Debug, Clone, Serialize)]
pub struct FunctionCall {
    pub name: String,
    pub arguments: String,
}

/// One `chat.completion.chunk` of a stream.
#[derive(Debug, Clone, Serialize)]
pub struct ChatChunk<'a> {
    pub id: &'a str,
    pub object: &'static str,
    pub created: u64,
    pub model: &'a str,
    pub choices: Vec<ChunkChoice>,
    /// Present (as `null` or a value) only when the client asked for usage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<Option<Usage>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChunkChoice {
    pub index: u32,
    pub delta: Delta,
    pub finish_reason: Option<&'static str>,
    pub logprobs: Option<Value>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Delta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<ToolCallDelta>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ToolCallDelta {
    pub index: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    pub function: FunctionDelta,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct FunctionDelta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
}

/// The two names OpenAI accepts for the output cap (the second is the newer).
pub const MAX_TOKENS_PARAMS: [&str; 2] = ["max_tokens", "max_completion_tokens"];

/// What a request may generate, as validated from its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputAsk {
    /// The output cap per choice: the larger of `max_tokens` and
    /// `max_completion_tokens` when both are given (what is reserved, and
    /// what the provider is sent, under the one name it wants).
    pub max_tokens: Option<u64>,
    /// Which of the two names gave `max_tokens` (for error messages).
    pub max_tokens_param: &'static str,
    /// Choices asked for (`n`, default 1).
    pub n: u64,
}

/// Validates `max_tokens`, `max_completion_tokens` and `n`: each, when
/// present and not `null`, must be an integer of at least 1 (not a float,
/// not a string: those would slip past a reservation). `n` must also be at
/// most `max_n`.
pub fn requested_output(request: &Map<String, Value>, max_n: u64) -> Result<OutputAsk, ApiError> {
    let mut out = OutputAsk {
        max_tokens: None,
        max_tokens_param: "max_tokens",
        n: 1,
    };
    for param in MAX_TOKENS_PARAMS {
        if let Some(v) = positive_integer(request, param)? {
            if out.max_tokens.is_none_or(|m| v >= m) {
                out.max_tokens = Some(v);
                out.max_tokens_param = param;
            }
        }
    }
    if let Some(n) = positive_integer(request, "n")? {
        if n > max_n {
            return Err(ApiError::invalid_request(format!(
                "`n` is {n}; this gateway allows at most {max_n} choice{} per request.",
                if max_n == 1 { "" } else { "s" }
            ))
            .with_param("n"));
        }
        out.n = n;
    }
    Ok(out)
}

fn positive_integer(
    request: &Map<String, Value>,
    param: &'static str,
) -> Result<Option<u64>, ApiError> {
    match request.get(param) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 => Ok(Some(n)),
            _ => Err(ApiError::invalid_request(format!(
                "`{param}` must be an integer of at least 1; got {}.",
                crate::providers::excerpt(v.to_string().as_bytes())
            ))
            .with_param(param)),
        },
    }
}

/// The text of a message's `content`: a string, or the `text` parts of an array.
pub fn content_text(content: Option<&Value>) -> String {
    match content {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => {
            let mut out = String::new();
            for p in parts {
                if let Some(t) = p.get("text").and_then(Value::as_str) {
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    out.push_str(t);
                }
            }
            out
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(body: &[u8]) -> ApiError {
        parse_chat_request(body).unwrap_err()
    }

    #[test]
    fn accepts_minimal_request() {
        let (_, s) =
            parse_chat_request(br#"{"model":"fast","messages":[{"role":"user","content":"hi"}]}"#)
                .unwrap();
        assert_eq!(s.model, "fast");
        assert!(!s.stream);
        assert!(!s.include_usage);
    }

    #[test]
    fn reads_stream_and_usage_flags() {
        let (_, s) = parse_chat_request(
            br#"{"model":"m","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":[{"type":"text","text":"a"}]}]}"#,
        )
        .unwrap();
        assert!(s.stream && s.include_usage);
    }

    #[test]
    fn refuses_bad_bodies() {
        assert!(err(b"\xff\xfe").message.contains("UTF-8"));
        assert!(err(b"{not json").message.contains("not valid JSON"));
        assert!(err(b"[1,2]").message.contains("JSON object"));
        assert_eq!(
            err(br#"{"messages":[{"role":"user","content":"x"}]}"#).param,
            Some("model")
        );
        assert_eq!(err(br#"{"model":7,"messages":[]}"#).param, Some("model"));
        assert!(err(br#"{"model":"m"}"#).message.contains("messages"));
        assert!(err(br#"{"model":"m","messages":[]}"#)
            .message
            .contains("empty"));
        assert!(err(br#"{"model":"m","messages":"hi"}"#)
            .message
            .contains("array"));
        assert!(
            err(br#"{"model":"m","messages":[{"role":"wizard","content":"x"}]}"#)
                .message
                .contains("wizard")
        );
        assert!(err(br#"{"model":"m","messages":[{"content":"x"}]}"#)
            .message
            .contains("role"));
        assert!(
            err(br#"{"model":"m","messages":[{"role":"user","content":5}]}"#)
                .message
                .contains("content")
        );
        assert!(
            err(br#"{"model":"m","stream":"yes","messages":[{"role":"user","content":"x"}]}"#)
                .message
                .contains("stream")
        );
        for e in [err(b"{"), err(b"[]")] {
            assert_eq!(e.status, 400);
            assert_eq!(e.kind, "invalid_request_error");
        }
    }

    #[test]
    fn usage_serializes_like_openai() {
        let v = serde_json::to_value(Usage::new(10, 5, 0)).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"prompt_tokens":10,"completion_tokens":5,"total_tokens":15})
        );
        let v = serde_json::to_value(Usage::new(10, 5, 4)).unwrap();
        assert_eq!(v["prompt_tokens_details"]["cached_tokens"], 4);
    }

    fn output(j: &str, max_n: u64) -> Result<OutputAsk, ApiError> {
        requested_output(&serde_json::from_str(j).unwrap(), max_n)
    }

    #[test]
    fn output_cap_is_the_larger_of_both_names() {
        let max = |j: &str| output(j, 1).unwrap().max_tokens;
        assert_eq!(
            max(r#"{"max_tokens": 5, "max_completion_tokens": 7}"#),
            Some(7)
        );
        assert_eq!(
            max(r#"{"max_tokens": 70, "max_completion_tokens": 7}"#),
            Some(70)
        );
        let o = output(r#"{"max_tokens": 5}"#, 1).unwrap();
        assert_eq!(
            (o.max_tokens, o.max_tokens_param, o.n),
            (Some(5), "max_tokens", 1)
        );
        assert_eq!(max(r#"{"max_tokens": null}"#), None);
        assert_eq!(max(r#"{}"#), None);
    }

    /// A float, a string, 0 or a negative cap used to be ignored by the
    /// reservation (which then assumed a small cap or the tier default)
    /// while the provider got the field: now each is a 400 naming it.
    #[test]
    fn output_cap_must_be_a_positive_integer() {
        for (body, param) in [
            (
                r#"{"max_tokens": 10, "max_completion_tokens": 100000.0}"#,
                "max_completion_tokens",
            ),
            (
                r#"{"max_completion_tokens": "100000"}"#,
                "max_completion_tokens",
            ),
            (r#"{"max_tokens": 0}"#, "max_tokens"),
            (r#"{"max_tokens": -1}"#, "max_tokens"),
            (r#"{"max_tokens": 1.5}"#, "max_tokens"),
            (r#"{"max_tokens": true}"#, "max_tokens"),
            (r#"{"n": 0}"#, "n"),
            (r#"{"n": 2.0}"#, "n"),
            (r#"{"n": "2"}"#, "n"),
        ] {
            let e = output(body, 4).unwrap_err();
            assert_eq!(
                (e.status, e.kind, e.param),
                (400, "invalid_request_error", Some(param)),
                "{body}"
            );
            assert!(e.message.contains(param), "{}", e.message);
        }
    }

    #[test]
    fn n_is_capped_by_max_n() {
        assert_eq!(output(r#"{"n": 1}"#, 1).unwrap().n, 1);
        assert_eq!(output(r#"{"n": 4}"#, 4).unwrap().n, 4);
        let e = output(r#"{"n": 128}"#, 1).unwrap_err();
        assert_eq!(e.param, Some("n"));
        assert!(e.message.contains("at most 1 choice "), "{}", e.message);
    }

    #[test]
    fn content_text_joins_parts() {
        let v: Value = serde_json::json!([{"type":"text","text":"a"},{"type":"image_url"},{"type":"text","text":"b"}]);
        assert_eq!(content_text(Some(&v)), "a\nb");
        assert_eq!(content_text(Some(&Value::String("s".into()))), "s");
        assert_eq!(content_text(None), "");
    }
}
