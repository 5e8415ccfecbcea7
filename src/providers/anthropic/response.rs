//! Anthropic Messages response and error bodies → OpenAI shapes.

use serde::Deserialize;
use serde_json::Value;

use super::{finish_reason, WireError, WireUsage};
use crate::api::openai::{AssistantMessage, ChatCompletion, Choice, FunctionCall, ToolCall, Usage};
use crate::error::{kind_for_status, ApiError};
use crate::providers::{excerpt, ResponseContext};

#[derive(Debug, Deserialize)]
struct WireMessage {
    id: String,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    content: Vec<WireBlock>,
    #[serde(default)]
    stop_reason: Option<String>,
    #[serde(default)]
    usage: WireUsage,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum WireBlock {
    Text {
        text: String,
    },
    ToolUse {
        id: String,
        name: String,
        #[serde(default)]
        input: Option<Value>,
    },
    /// `thinking`, `redacted_thinking`, server tool blocks and whatever comes next.
    #[serde(other)]
    Other,
}

#[derive(Debug, Deserialize)]
struct WireErrorBody {
    error: WireError,
}

/// Translates a 2xx Messages body into a `chat.completion`.
pub fn translate_response(
    body: &[u8],
    ctx: &ResponseContext,
) -> Result<(Vec<u8>, Usage), ApiError> {
    let msg: WireMessage = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_upstream(format!(
            "Anthropic returned a response that could not be read ({e}): {}",
            excerpt(body)
        ))
    })?;
    let mut text: Option<String> = None;
    let mut tool_calls = Vec::new();
    for block in msg.content {
        match block {
            WireBlock::Text { text: t } => text.get_or_insert_with(String::new).push_str(&t),
            WireBlock::ToolUse { id, name, input } => tool_calls.push(ToolCall {
                id,
                kind: "function",
                function: FunctionCall {
                    name,
                    arguments: input
                        .filter(|v| !v.is_null())
                        .map_or_else(|| "{}".to_string(), |v| v.to_string()),
                },
            }),
            WireBlock::Other => {}
        }
    }
    let usage = msg.usage.to_openai();
    let completion = ChatCompletion {
        id: msg.id,
        object: "chat.completion",
        created: ctx.created,
        model: msg.model.unwrap_or_default(),
        choices: vec![Choice {
            index: 0,
            message: AssistantMessage {
                role: "assistant",
                content: text,
                tool_calls,
                refusal: None,
            },
            finish_reason: Some(finish_reason(msg.stop_reason.as_deref()).to_string()),
            logprobs: None,
        }],
        usage,
    };
    let out = serde_json::to_vec(&completion)
        .map_err(|e| ApiError::internal(format!("Could not encode the completion: {e}")))?;
    Ok((out, usage))
}

/// Translates an Anthropic error answer, keeping its status.
pub fn translate_error(status: u32, body: &[u8]) -> ApiError {
    match serde_json::from_slice::<WireErrorBody>(body) {
        Ok(b) if b.error.message.is_some() => b.error.to_api_error(status),
        _ => ApiError::new(
            status,
            kind_for_status(status),
            format!("Anthropic returned HTTP {status}: {}", excerpt(body)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const CTX: ResponseContext = ResponseContext {
        created: 1_700_000_000,
        stream: false,
        include_usage: false,
    };

    fn translate(body: &[u8]) -> (Value, Usage) {
        let (out, usage) = translate_response(body, &CTX).unwrap();
        (serde_json::from_slice(&out).unwrap(), usage)
    }

    #[test]
    fn text_response_with_cache_usage() {
        let (out, usage) = translate(include_bytes!(
            "../../../tests/fixtures/anthropic/message_text.json"
        ));
        assert_eq!(
            out,
            json!({
                "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
                "object": "chat.completion",
                "created": 1_700_000_000,
                "model": "claude-sonnet-4-5-20250929",
                "choices": [{
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": "Hello! My name is Claude. How can I help you today?",
                        "refusal": null
                    },
                    "finish_reason": "stop",
                    "logprobs": null
                }],
                "usage": {
                    "prompt_tokens": 2160,
                    "completion_tokens": 16,
                    "total_tokens": 2176,
                    "prompt_tokens_details": {"cached_tokens": 2048}
                }
            })
        );
        assert_eq!(usage, Usage::new(2160, 16, 2048));
    }

    #[test]
    fn tool_use_response() {
        let (out, usage) = translate(include_bytes!(
            "../../../tests/fixtures/anthropic/message_tool_use.json"
        ));
        let choice = &out["choices"][0];
        assert_eq!(choice["finish_reason"], "tool_calls");
        assert_eq!(
            choice["message"]["content"],
            "I'll check the current weather in San Francisco for you."
        );
        assert_eq!(
            choice["message"]["tool_calls"],
            json!([{
                "id": "toolu_01A09q90qw90lq917835lq9",
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "arguments": "{\"location\":\"San Francisco, CA\",\"unit\":\"celsius\"}"
                }
            }])
        );
        assert_eq!(usage, Usage::new(384, 88, 0));
        assert!(out["usage"].get("prompt_tokens_details").is_none());
    }

    #[test]
    fn stop_reasons_and_empty_content() {
        for (reason, expected) in [
            (json!("end_turn"), "stop"),
            (json!("stop_sequence"), "stop"),
            (json!("max_tokens"), "length"),
            (json!("tool_use"), "tool_calls"),
            (json!("refusal"), "content_filter"),
            (json!("pause_turn"), "stop"),
            (json!("brand_new_reason"), "stop"),
            (Value::Null, "stop"),
        ] {
            let body = json!({"id": "msg_1", "type": "message", "role": "assistant", "model": "c",
                "content": [{"type": "future_block", "x": 1}], "stop_reason": reason,
                "usage": {"input_tokens": 1, "output_tokens": 0, "cache_read_input_tokens": null}});
            let (out, _) = translate(&serde_json::to_vec(&body).unwrap());
            assert_eq!(out["choices"][0]["finish_reason"], expected, "{reason}");
            assert_eq!(out["choices"][0]["message"]["content"], Value::Null);
        }
    }

    #[test]
    fn unreadable_response_is_bad_upstream() {
        for body in [&b"<html>502</html>"[..], b"{\"content\": []}", b""] {
            let e = translate_response(body, &CTX).unwrap_err();
            assert_eq!(
                (e.status, e.code.as_deref()),
                (502, Some("bad_upstream_response"))
            );
        }
    }

    #[test]
    fn error_bodies_keep_status_and_type() {
        let e = translate_error(
            529,
            include_bytes!("../../../tests/fixtures/anthropic/error_overloaded.json"),
        );
        assert_eq!(e.status, 529);
        assert_eq!(e.kind, "server_error");
        assert_eq!(e.code.as_deref(), Some("overloaded_error"));
        assert_eq!(e.message, "Overloaded");
        let e = translate_error(
            400,
            br#"{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: too large"}}"#,
        );
        assert_eq!((e.status, e.kind), (400, "invalid_request_error"));
        assert_eq!(e.code.as_deref(), Some("invalid_request_error"));
        let e = translate_error(401, br#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#);
        assert_eq!(
            (e.kind, e.message.as_str()),
            ("authentication_error", "invalid x-api-key")
        );
    }

    #[test]
    fn non_json_error_body_keeps_status_and_excerpt() {
        let e = translate_error(
            503,
            b"upstream connect error or disconnect/reset before headers",
        );
        assert_eq!((e.status, e.kind), (503, "server_error"));
        assert!(e.message.contains("503"));
        assert!(e.message.contains("upstream connect error"));
        let long = vec![b'x'; 5000];
        assert!(translate_error(500, &long).message.len() < 400);
    }
}
