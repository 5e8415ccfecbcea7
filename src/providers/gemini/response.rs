//! Gemini `GenerateContentResponse` and Google error bodies → OpenAI shapes.

use super::{arguments, call_id, finish_reason, WireError, WireResponse};
use crate::api::openai::{AssistantMessage, ChatCompletion, Choice, FunctionCall, ToolCall, Usage};
use crate::error::{kind_for_status, ApiError};
use crate::providers::{excerpt, ResponseContext};

/// Translates a 2xx `generateContent` body into a `chat.completion`, one
/// choice per candidate. A prompt blocked by Gemini's filters (no
/// candidates) is one empty choice with `finish_reason: content_filter`.
pub fn translate_response(
    body: &[u8],
    ctx: &ResponseContext,
) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
    let resp: WireResponse = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_upstream(format!(
            "Gemini returned a response that could not be read ({e}): {}",
            excerpt(body)
        ))
    })?;
    if let Some(err) = &resp.error {
        // An error object with a 2xx status: still an error, and a retriable one.
        return Err(err.to_api_error(200));
    }
    let mut choices = Vec::with_capacity(resp.candidates.len().max(1));
    let mut next_call: u32 = 0;
    for (i, cand) in resp.candidates.iter().enumerate() {
        let mut text: Option<String> = None;
        let mut tool_calls = Vec::new();
        for part in cand.content.iter().flat_map(|c| c.parts.iter()) {
            if part.thought == Some(true) {
                continue;
            }
            if let Some(t) = &part.text {
                text.get_or_insert_with(String::new).push_str(t);
            }
            if let Some(fc) = &part.function_call {
                tool_calls.push(ToolCall {
                    id: call_id(fc.id.as_deref(), next_call),
                    kind: "function",
                    function: FunctionCall {
                        name: fc.name.clone(),
                        arguments: arguments(fc.args.as_ref()),
                    },
                });
                next_call = next_call.saturating_add(1);
            }
        }
        let reason = finish_reason(cand.finish_reason.as_deref(), !tool_calls.is_empty());
        choices.push(Choice {
            index: cand.index.unwrap_or(u32::try_from(i).unwrap_or(u32::MAX)),
            message: AssistantMessage {
                role: "assistant",
                content: text,
                tool_calls,
                refusal: None,
            },
            finish_reason: Some(reason.to_string()),
            logprobs: None,
        });
    }
    if choices.is_empty() {
        let blocked = resp
            .prompt_feedback
            .as_ref()
            .and_then(|f| f.block_reason.as_deref())
            .is_some();
        choices.push(Choice {
            index: 0,
            message: AssistantMessage {
                role: "assistant",
                content: Some(String::new()),
                tool_calls: Vec::new(),
                refusal: None,
            },
            finish_reason: Some(if blocked { "content_filter" } else { "stop" }.to_string()),
            logprobs: None,
        });
    }
    let usage = resp.usage_metadata.map(|u| u.to_openai());
    let completion = ChatCompletion {
        id: resp
            .response_id
            .clone()
            .unwrap_or_else(|| format!("gemini-{}", ctx.created)),
        object: "chat.completion",
        created: ctx.created,
        model: resp.model_version.clone().unwrap_or_default(),
        choices,
        usage: usage.unwrap_or_default(),
    };
    let out = serde_json::to_vec(&completion)
        .map_err(|e| ApiError::internal(format!("Could not encode the response: {e}")))?;
    Ok((out, usage))
}

/// Google's error body (`{"error": {"code", "message", "status"}}`, sometimes
/// wrapped in an array) → OpenAI's shape, same status, Google's `status` as `code`.
pub fn translate_error(status: u32, body: &[u8]) -> ApiError {
    #[derive(serde::Deserialize)]
    struct Body {
        error: WireError,
    }
    // Tried as an array first: serde would also read a struct from an array.
    let parsed = serde_json::from_slice::<Vec<Body>>(body)
        .ok()
        .and_then(|v| v.into_iter().next())
        .or_else(|| serde_json::from_slice::<Body>(body).ok());
    match parsed {
        Some(b) => b.error.to_api_error(status),
        None => ApiError::new(
            status,
            kind_for_status(status),
            format!("Gemini error: {}", excerpt(body)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const CTX: ResponseContext = ResponseContext {
        created: 1700000000,
        stream: false,
        include_usage: false,
    };

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/fixtures/gemini/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    fn translate(body: &[u8]) -> (Value, Option<Usage>) {
        let (out, usage) = translate_response(body, &CTX).unwrap();
        (serde_json::from_slice(&out).unwrap(), usage)
    }

    #[test]
    fn text_answer_with_thinking_and_cached_usage() {
        let (v, usage) = translate(&fixture("response_text.json"));
        assert_eq!(v["object"], "chat.completion");
        assert_eq!(v["model"], "gemini-2.5-flash");
        assert_eq!(
            v["choices"][0]["message"]["content"],
            "The capital of France is Paris."
        );
        assert_eq!(v["choices"][0]["finish_reason"], "stop");
        let u = usage.unwrap();
        assert_eq!(
            (u.prompt_tokens, u.completion_tokens, u.total_tokens),
            (12, 8 + 20, 40)
        );
        assert_eq!(u.prompt_tokens_details.unwrap().cached_tokens, 4);
        assert_eq!(u.completion_tokens_details.unwrap().reasoning_tokens, 20);
        assert_eq!(
            v["usage"]["completion_tokens_details"]["reasoning_tokens"],
            20
        );
    }

    #[test]
    fn function_calls_become_tool_calls() {
        let (v, _) = translate(&fixture("response_function_call.json"));
        let m = &v["choices"][0]["message"];
        assert!(m["content"].is_null());
        assert_eq!(m["tool_calls"][0]["id"], "call_0");
        assert_eq!(m["tool_calls"][0]["function"]["name"], "get_weather");
        let args: Value = serde_json::from_str(
            m["tool_calls"][0]["function"]["arguments"]
                .as_str()
                .unwrap(),
        )
        .unwrap();
        assert_eq!(args, serde_json::json!({"city": "Paris"}));
        assert_eq!(m["tool_calls"][1]["id"], "call_1");
        assert_eq!(v["choices"][0]["finish_reason"], "tool_calls");
    }

    #[test]
    fn finish_reasons_map() {
        for (gemini, openai) in [
            ("MAX_TOKENS", "length"),
            ("SAFETY", "content_filter"),
            ("RECITATION", "content_filter"),
            ("STOP", "stop"),
            ("OTHER", "stop"),
        ] {
            let body = format!(
                r#"{{"candidates":[{{"content":{{"parts":[{{"text":"x"}}],"role":"model"}},"finishReason":"{gemini}"}}]}}"#
            );
            let (v, usage) = translate(body.as_bytes());
            assert_eq!(v["choices"][0]["finish_reason"], openai, "{gemini}");
            assert_eq!(usage, None, "no usageMetadata: unknown usage");
        }
    }

    #[test]
    fn blocked_prompt_is_a_content_filter_answer() {
        let (v, _) = translate(br#"{"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":5,"totalTokenCount":5}}"#);
        assert_eq!(v["choices"][0]["finish_reason"], "content_filter");
        assert_eq!(v["choices"][0]["message"]["content"], "");
    }

    #[test]
    fn several_candidates_are_several_choices() {
        let (v, _) = translate(br#"{"candidates":[{"content":{"parts":[{"text":"a"}]},"finishReason":"STOP","index":0},{"content":{"parts":[{"text":"b"}]},"finishReason":"STOP","index":1}]}"#);
        assert_eq!(v["choices"][1]["index"], 1);
        assert_eq!(v["choices"][1]["message"]["content"], "b");
    }

    #[test]
    fn errors_keep_status_and_google_status() {
        let e = translate_error(429, &fixture("error_resource_exhausted.json"));
        assert_eq!(
            (e.status, e.kind, e.code.as_deref()),
            (429, "rate_limit_error", Some("resource_exhausted"))
        );
        assert!(e.message.contains("quota"), "{}", e.message);
        let e = translate_error(400, br#"[{"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT"}}]"#);
        assert_eq!((e.status, e.message.as_str()), (400, "API key not valid."));
        let e = translate_error(503, b"<html>unavailable</html>");
        assert!(e.message.contains("unavailable"));
        let e = translate_response(
            br#"{"error":{"code":503,"message":"overloaded","status":"UNAVAILABLE"}}"#,
            &CTX,
        )
        .unwrap_err();
        assert_eq!(e.status, 503);
        assert_eq!(translate_response(b"nope", &CTX).unwrap_err().status, 502);
    }
}
