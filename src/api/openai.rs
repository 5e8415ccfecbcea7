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
    let summary = summarize(&map)?;
    Ok((map, summary))
}

fn summarize(map: &Map<String, Value>) -> Result<ChatRequestSummary, ApiError> {
    let model = match map.get("model") {
        Some(Value::String(m)) if !m.is_empty() => m.clone(),
        Some(Value::String(_)) | None => {
            return Err(
                ApiError::invalid_request("You must provide a model parameter.")
                    .with_param("model"),
            )
        }
        Some(_) => {
            return Err(ApiError::invalid_request("`model` must be a string.").with_param("model"))
        }
    };
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
    Ok(ChatRequestSummary {
        model,
        stream,
        include_usage,
        message_count: messages.len(),
    })
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

/// The output cap the client asked for: `max_completion_tokens`, else `max_tokens`.
pub fn requested_max_tokens(request: &Map<String, Value>) -> Option<u64> {
    ["max_completion_tokens", "max_tokens"]
        .iter()
        .find_map(|k| request.get(*k).and_then(Value::as_u64))
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

    #[test]
    fn requested_max_tokens_prefers_the_new_name() {
        let r = |j: &str| requested_max_tokens(&serde_json::from_str(j).unwrap());
        assert_eq!(
            r(r#"{"max_tokens": 5, "max_completion_tokens": 7}"#),
            Some(7)
        );
        assert_eq!(r(r#"{"max_tokens": 5}"#), Some(5));
        assert_eq!(r(r#"{"max_tokens": -1}"#), None);
        assert_eq!(r(r#"{}"#), None);
    }

    #[test]
    fn content_text_joins_parts() {
        let v: Value = serde_json::json!([{"type":"text","text":"a"},{"type":"image_url"},{"type":"text","text":"b"}]);
        assert_eq!(content_text(Some(&v)), "a\nb");
        assert_eq!(content_text(Some(&Value::String("s".into()))), "s");
        assert_eq!(content_text(None), "");
    }
}
