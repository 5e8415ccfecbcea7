//! Bedrock `Converse` answers and errors → OpenAI shapes.

use serde::Deserialize;
use serde_json::Value;

use super::{finish_reason, WireUsage};
use crate::api::openai::{AssistantMessage, ChatCompletion, Choice, FunctionCall, ToolCall, Usage};
use crate::error::{kind_for_status, ApiError};
use crate::providers::{excerpt, ResponseContext};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ConverseResponse {
    #[serde(default)]
    output: Option<Output>,
    #[serde(default)]
    stop_reason: Option<String>,
    #[serde(default)]
    usage: Option<WireUsage>,
}

#[derive(Deserialize)]
struct Output {
    #[serde(default)]
    message: Option<Message>,
}

#[derive(Deserialize)]
struct Message {
    #[serde(default)]
    content: Vec<Block>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Block {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    tool_use: Option<ToolUse>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ToolUse {
    #[serde(default)]
    tool_use_id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    input: Option<Value>,
}

pub fn translate_response(
    body: &[u8],
    ctx: &ResponseContext,
) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
    let r: ConverseResponse = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_upstream(format!(
            "Bedrock returned a response that could not be read ({e}): {}",
            excerpt(body)
        ))
    })?;
    let mut text: Option<String> = None;
    let mut tool_calls = Vec::new();
    let blocks = r
        .output
        .and_then(|o| o.message)
        .map(|m| m.content)
        .unwrap_or_default();
    for b in blocks {
        if let Some(t) = b.text {
            text.get_or_insert_with(String::new).push_str(&t);
        }
        if let Some(u) = b.tool_use {
            tool_calls.push(ToolCall {
                id: u.tool_use_id,
                kind: "function",
                function: FunctionCall {
                    name: u.name,
                    arguments: u.input.map_or_else(|| "{}".to_string(), |v| v.to_string()),
                },
            });
        }
    }
    let usage = r.usage.map(WireUsage::to_openai);
    let completion = ChatCompletion {
        id: format!("bedrock-{}", ctx.created),
        object: "chat.completion",
        created: ctx.created,
        model: String::new(),
        choices: vec![Choice {
            index: 0,
            message: AssistantMessage {
                role: "assistant",
                content: text,
                tool_calls,
                refusal: None,
            },
            finish_reason: Some(finish_reason(r.stop_reason.as_deref()).to_string()),
            logprobs: None,
        }],
        usage: usage.unwrap_or_default(),
    };
    let out = serde_json::to_vec(&completion)
        .map_err(|e| ApiError::internal(format!("Could not encode the response: {e}")))?;
    Ok((out, usage))
}

/// Bedrock errors: `{"message": "..."}` (the type travels in the
/// `x-amzn-ErrorType` header, which this does not see).
pub fn translate_error(status: u32, body: &[u8]) -> ApiError {
    let message = serde_json::from_slice::<Value>(body).ok().and_then(|v| {
        v.get("message")
            .or_else(|| v.get("Message"))
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    let message = message.unwrap_or_else(|| format!("Bedrock error: {}", excerpt(body)));
    ApiError::new(status, kind_for_status(status), message)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: ResponseContext = ResponseContext {
        created: 7,
        stream: false,
        include_usage: false,
    };

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/fixtures/bedrock/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn text_answer_with_cached_usage() {
        let (out, usage) = translate_response(&fixture("converse_text.json"), &CTX).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            v["choices"][0]["message"]["content"],
            "Hello! How can I help you today?"
        );
        assert_eq!(v["choices"][0]["finish_reason"], "stop");
        let u = usage.unwrap();
        assert_eq!(
            (u.prompt_tokens, u.completion_tokens, u.total_tokens),
            (12 + 4, 10, 26)
        );
        assert_eq!(u.prompt_tokens_details.unwrap().cached_tokens, 4);
    }

    #[test]
    fn tool_use_answer() {
        let (out, _) = translate_response(&fixture("converse_tool_use.json"), &CTX).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        let call = &v["choices"][0]["message"]["tool_calls"][0];
        assert_eq!(call["id"], "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q");
        assert_eq!(call["function"]["name"], "top_song");
        assert_eq!(call["function"]["arguments"], "{\"sign\":\"WZPZ\"}");
        assert_eq!(v["choices"][0]["finish_reason"], "tool_calls");
    }

    #[test]
    fn errors() {
        let e = translate_error(
            429,
            br#"{"message":"Too many requests, please wait before trying again."}"#,
        );
        assert_eq!((e.status, e.kind), (429, "rate_limit_error"));
        assert!(e.message.starts_with("Too many requests"));
        let e = translate_error(
            400,
            br#"{"Message":"The provided model identifier is invalid."}"#,
        );
        assert_eq!(e.message, "The provided model identifier is invalid.");
        assert_eq!(translate_response(b"<html>", &CTX).unwrap_err().status, 502);
    }
}
