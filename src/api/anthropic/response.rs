//! OpenAI `chat.completion` → Anthropic `Message`.

use serde::Deserialize;
use serde_json::{json, Value};

use super::stop_reason;
use crate::api::openai::Usage;
use crate::error::ApiError;

#[derive(Deserialize)]
struct Completion {
    #[serde(default)]
    id: String,
    #[serde(default)]
    model: String,
    #[serde(default)]
    choices: Vec<Choice>,
    #[serde(default)]
    usage: Option<Usage>,
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    message: Message,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize, Default)]
struct Message {
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    reasoning_content: Option<String>,
    #[serde(default)]
    tool_calls: Vec<ToolCall>,
}

#[derive(Deserialize)]
struct ToolCall {
    #[serde(default)]
    id: String,
    function: Function,
}

#[derive(Deserialize)]
struct Function {
    #[serde(default)]
    name: String,
    #[serde(default)]
    arguments: String,
}

/// Anthropic's usage object: input excludes cached reads, which are separate.
pub(super) fn usage_value(u: &Usage) -> Value {
    let cached = u.prompt_tokens_details.map_or(0, |d| d.cached_tokens);
    json!({
        "input_tokens": u.prompt_tokens.saturating_sub(cached),
        "output_tokens": u.completion_tokens,
        "cache_read_input_tokens": cached,
        "cache_creation_input_tokens": 0,
    })
}

/// Converts a (translated) OpenAI answer to a Message: the first choice's
/// reasoning → a `thinking` block, text → a `text` block, each tool call → a
/// `tool_use` block (arguments parsed back into `input`).
pub fn from_openai(body: &[u8]) -> Result<Vec<u8>, ApiError> {
    let c: Completion = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_upstream(format!("The provider's answer could not be read: {e}"))
    })?;
    let choice = c.choices.into_iter().next();
    let mut content = Vec::new();
    let mut finish = None;
    if let Some(ch) = choice {
        finish = ch.finish_reason;
        if let Some(r) = ch.message.reasoning_content.filter(|r| !r.is_empty()) {
            content.push(json!({"type": "thinking", "thinking": r, "signature": ""}));
        }
        if let Some(t) = ch.message.content.filter(|t| !t.is_empty()) {
            content.push(json!({"type": "text", "text": t}));
        }
        for call in ch.message.tool_calls {
            let input: Value = if call.function.arguments.trim().is_empty() {
                json!({})
            } else {
                serde_json::from_str(&call.function.arguments).map_err(|e| {
                    ApiError::bad_upstream(format!(
                        "The provider's tool call `{}` has arguments that are not JSON: {e}",
                        call.function.name
                    ))
                })?
            };
            content.push(json!({"type": "tool_use", "id": call.id, "name": call.function.name, "input": input}));
        }
    }
    let usage = c.usage.unwrap_or_default();
    let id = if c.id.starts_with("msg_") {
        c.id
    } else {
        format!("msg_{}", c.id)
    };
    let message = json!({
        "id": id,
        "type": "message",
        "role": "assistant",
        "model": c.model,
        "content": content,
        "stop_reason": stop_reason(finish.as_deref()),
        "stop_sequence": null,
        "usage": usage_value(&usage),
    });
    serde_json::to_vec(&message)
        .map_err(|e| ApiError::internal(format!("encoding the message: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completion_with_tool_calls_and_reasoning() {
        let body = br#"{"id":"chatcmpl-1","object":"chat.completion","model":"gpt-4o","choices":[{"index":0,
            "message":{"role":"assistant","content":"Let me check.","reasoning_content":"User wants weather.",
              "tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},
            "finish_reason":"tool_calls"}],
            "usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29,"prompt_tokens_details":{"cached_tokens":5}}}"#;
        let v: Value = serde_json::from_slice(&from_openai(body).unwrap()).unwrap();
        assert_eq!(v["type"], "message");
        assert_eq!(v["id"], "msg_chatcmpl-1");
        assert_eq!(v["stop_reason"], "tool_use");
        assert_eq!(
            v["content"][0],
            json!({"type": "thinking", "thinking": "User wants weather.", "signature": ""})
        );
        assert_eq!(
            v["content"][1],
            json!({"type": "text", "text": "Let me check."})
        );
        assert_eq!(
            v["content"][2],
            json!({"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Paris"}})
        );
        assert_eq!(v["usage"]["input_tokens"], 15);
        assert_eq!(v["usage"]["cache_read_input_tokens"], 5);
        assert_eq!(v["usage"]["output_tokens"], 9);
    }

    #[test]
    fn finish_reasons_map() {
        for (f, s) in [
            ("stop", "end_turn"),
            ("length", "max_tokens"),
            ("content_filter", "refusal"),
        ] {
            let body = format!(
                r#"{{"id":"x","choices":[{{"message":{{"content":"a"}},"finish_reason":"{f}"}}]}}"#
            );
            let v: Value = serde_json::from_slice(&from_openai(body.as_bytes()).unwrap()).unwrap();
            assert_eq!(v["stop_reason"], s);
        }
        assert_eq!(from_openai(b"nope").unwrap_err().status, 502);
    }
}
