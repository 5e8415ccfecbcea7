//! AWS Bedrock Runtime, Converse API: `/model/{modelId}/converse` and
//! `/converse-stream` (binary event stream), SigV4-signed requests (the
//! secret is `--require-key`; any access key id) or a Bedrock API key as
//! `authorization: Bearer`. Signature and framing code is the filter's own
//! (`src/providers/bedrock/`), checked there against AWS's test vectors.

use std::sync::atomic::AtomicU64;

use serde_json::{json, Map, Value};

use crate::content::{self, derive_reply, pieces, Finish, Prompt, Reply};
use crate::http::Request;
use crate::server::{ApiError, Output};

#[allow(dead_code)]
#[path = "../../src/providers/bedrock/eventstream.rs"]
pub mod eventstream;
#[allow(dead_code)]
#[path = "../../src/providers/bedrock/sigv4.rs"]
mod sigv4;

static TOOL_IDS: AtomicU64 = AtomicU64::new(1);

const TOP_LEVEL: [&str; 9] = [
    "messages",
    "system",
    "inferenceConfig",
    "toolConfig",
    "outputConfig",
    "guardrailConfig",
    "additionalModelRequestFields",
    "additionalModelResponseFieldPaths",
    "performanceConfig",
];

/// `(model id as sent, stream)` of a Converse path.
pub fn route(path: &str) -> Option<(&str, bool)> {
    let rest = path.strip_prefix("/model/")?;
    if let Some(m) = rest.strip_suffix("/converse-stream") {
        return Some((m, true));
    }
    rest.strip_suffix("/converse").map(|m| (m, false))
}

/// The model id with its percent-encoding undone (`%3A` → `:`).
pub fn decode_model(m: &str) -> String {
    let b = m.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let byte = b.get(i).copied().unwrap_or(0);
        if byte == b'%' {
            if let Some(v) = m
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(byte);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Bedrock's error type for a status (sent as `x-amzn-ErrorType`).
pub fn error_type(status: u16) -> &'static str {
    match status {
        400 => "ValidationException",
        401 | 403 => "AccessDeniedException",
        404 => "ResourceNotFoundException",
        429 => "ThrottlingException",
        503 => "ServiceUnavailableException",
        _ => "InternalServerException",
    }
}

pub fn error_body(_status: u16, message: &str) -> Value {
    json!({ "message": message })
}

/// A Bedrock API key, or a SigV4 signature over exactly what was received.
pub fn check_auth(req: &Request, secret: Option<&str>) -> Result<(), ApiError> {
    let auth = req.header("authorization").unwrap_or("").trim();
    if let Some(key) = auth.strip_prefix("Bearer ") {
        return match secret {
            Some(s) if s != key.trim() => Err(ApiError::new(
                403,
                "Invalid API Key format: Must start with pre-defined prefix",
            )),
            _ => Ok(()),
        };
    }
    let Some(fields) = auth.strip_prefix("AWS4-HMAC-SHA256 ") else {
        return Err(ApiError::new(403, "Missing Authentication Token"));
    };
    let field = |name: &str| {
        fields
            .split(',')
            .map(str::trim)
            .find_map(|f| f.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
    };
    let (Some(credential), Some(signed), Some(_)) = (
        field("Credential"),
        field("SignedHeaders"),
        field("Signature"),
    ) else {
        return Err(ApiError::new(
            403,
            "Authorization header requires Credential, SignedHeaders and Signature.",
        ));
    };
    let parts: Vec<&str> = credential.split('/').collect();
    let [akid, date, region, service, "aws4_request"] = parts.as_slice() else {
        return Err(ApiError::new(
            403,
            "Credential should be scoped to a valid region.",
        ));
    };
    if *service != "bedrock" {
        return Err(ApiError::new(
            403,
            format!("Credential should be scoped to correct service: 'bedrock' (got '{service}')."),
        ));
    }
    let amz_date = req.header("x-amz-date").unwrap_or("");
    if amz_date.get(..8) != Some(*date) {
        return Err(ApiError::new(
            403,
            "Date in Credential scope does not match YYYYMMDD from X-Amz-Date.",
        ));
    }
    let payload_hash = sigv4::sha256_hex(&req.body);
    if req
        .header("x-amz-content-sha256")
        .is_some_and(|h| h != payload_hash)
    {
        return Err(ApiError::new(
            400,
            "The provided 'x-amz-content-sha256' header does not match what was computed.",
        ));
    }
    let names: Vec<&str> = signed.split(';').collect();
    if !names.contains(&"host") || !names.contains(&"x-amz-date") {
        return Err(ApiError::new(403, "host and x-amz-date must be signed."));
    }
    let mut headers: Vec<(&str, &str)> = Vec::new();
    for n in &names {
        match req.header(n) {
            Some(v) => headers.push((n, v)),
            None => {
                return Err(ApiError::new(
                    403,
                    format!("Signed header '{n}' is missing."),
                ))
            }
        }
    }
    let creds = sigv4::Credentials {
        access_key_id: (*akid).to_string(),
        secret_access_key: secret.unwrap_or("").to_string(),
        session_token: None,
    };
    let request = sigv4::Request {
        method: &req.method,
        path: &req.path,
        query: &req.query,
        headers: &headers,
        payload: &req.body,
    };
    let expected = sigv4::authorization(
        &request,
        &creds,
        region,
        service,
        amz_date,
        &[],
        &payload_hash,
    );
    if expected != auth {
        return Err(ApiError::new(
            403,
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
        ));
    }
    Ok(())
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError::new(400, msg)
}

fn block_text(b: &Value) -> String {
    if let Some(t) = b.get("text").and_then(Value::as_str) {
        return t.to_string();
    }
    if let Some(r) = b.get("toolResult") {
        return r
            .get("content")
            .and_then(Value::as_array)
            .map(|c| {
                c.iter()
                    .map(|x| match (x.get("text"), x.get("json")) {
                        (Some(Value::String(t)), _) => t.clone(),
                        (_, Some(j)) => j.to_string(),
                        _ => String::new(),
                    })
                    .collect()
            })
            .unwrap_or_default();
    }
    String::new()
}

/// Validates like Converse for what a translator can get wrong.
pub fn parse(body: &Value, model: &str, stream: bool) -> Result<Prompt, ApiError> {
    let obj: &Map<String, Value> = body
        .as_object()
        .ok_or_else(|| bad("Malformed input request, please reformat your input and try again."))?;
    if let Some(k) = obj.keys().find(|k| !TOP_LEVEL.contains(&k.as_str())) {
        return Err(bad(format!("Malformed input request: extraneous key [{k}] is not permitted, please reformat your input and try again.")));
    }
    let messages = match obj.get("messages") {
        Some(Value::Array(m)) if !m.is_empty() => m,
        _ => return Err(bad("A conversation must start with a user message. Try again with a conversation that starts with a user message.")),
    };
    let mut texts = Vec::new();
    let mut last: Option<(String, bool)> = None;
    let mut prev = "";
    for (i, m) in messages.iter().enumerate() {
        let role = m.get("role").and_then(Value::as_str).unwrap_or("");
        if !matches!(role, "user" | "assistant") || (i == 0 && role != "user") || role == prev {
            return Err(bad("A conversation must alternate between user and assistant roles and start with a user message."));
        }
        prev = role;
        let content = match m.get("content") {
            Some(Value::Array(c)) if !c.is_empty() => c,
            _ => {
                return Err(bad(format!(
                    "The content field in the Message object at messages.{i} is empty."
                )))
            }
        };
        for b in content {
            let ok = [
                "text",
                "image",
                "toolUse",
                "toolResult",
                "document",
                "reasoningContent",
            ]
            .iter()
            .filter(|k| b.get(**k).is_some())
            .count()
                == 1;
            if !ok {
                return Err(bad(format!(
                    "messages.{i}: each content block must have exactly one member."
                )));
            }
            if let Some(img) = b.get("image") {
                let fmt_ok = matches!(
                    img.get("format").and_then(Value::as_str),
                    Some("png" | "jpeg" | "gif" | "webp")
                );
                if !fmt_ok || !img.pointer("/source/bytes").is_some_and(Value::is_string) {
                    return Err(bad(format!(
                        "messages.{i}: image needs format and source.bytes"
                    )));
                }
            }
        }
        let text: String = content.iter().map(block_text).collect();
        let is_result = content.iter().any(|b| b.get("toolResult").is_some());
        texts.push(text.clone());
        if role == "user" {
            last = Some((text, is_result));
        }
    }
    let system: String = obj
        .get("system")
        .and_then(Value::as_array)
        .map(|s| {
            s.iter()
                .filter_map(|b| b.get("text").and_then(Value::as_str))
                .collect()
        })
        .unwrap_or_default();
    let inference = obj.get("inferenceConfig");
    let first_tool = body
        .pointer("/toolConfig/tools/0/toolSpec/name")
        .and_then(Value::as_str)
        .map(String::from);
    let (last_user_text, last_is_tool_result) = last.unwrap_or_default();
    Ok(Prompt {
        model: model.to_string(),
        last_user_text,
        last_is_tool_result,
        prompt_tokens: content::prompt_tokens(texts.iter().map(String::as_str), &system),
        first_tool,
        max_tokens: inference
            .and_then(|c| c.get("maxTokens"))
            .and_then(Value::as_u64),
        stops: inference
            .and_then(|c| c.get("stopSequences"))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default(),
        stream,
        json_output: body
            .pointer("/outputConfig/textFormat/type")
            .and_then(Value::as_str)
            == Some("json_schema"),
    })
}

fn stop_reason(reply: &Reply) -> &'static str {
    match reply {
        Reply::ToolCall { .. } => "tool_use",
        Reply::Text {
            finish: Finish::Length,
            ..
        } => "max_tokens",
        Reply::Text {
            finish: Finish::Stop(_),
            ..
        } => "stop_sequence",
        Reply::Text { .. } => "end_turn",
    }
}

fn frame(event: &str, payload: &Value) -> Vec<u8> {
    eventstream::encode(
        &[
            (":event-type", event),
            (":content-type", "application/json"),
            (":message-type", "event"),
        ],
        payload.to_string().as_bytes(),
    )
}

pub fn respond(p: &Prompt, stream_error: bool) -> Output {
    let reply = derive_reply(p);
    let completion = reply.completion_tokens();
    let usage = json!({"inputTokens": p.prompt_tokens, "outputTokens": completion, "totalTokens": p.prompt_tokens + completion});
    let tool_id = format!("tooluse_sim_{}", content::next_id(&TOOL_IDS));
    if !p.stream {
        let block = match &reply {
            Reply::Text { text, .. } => json!({"text": text}),
            Reply::ToolCall { name, arguments } => {
                let input: Value = serde_json::from_str(arguments).unwrap_or(json!({}));
                json!({"toolUse": {"toolUseId": tool_id, "name": name, "input": input}})
            }
        };
        return Output::Json(
            json!({"output": {"message": {"role": "assistant", "content": [block]}},
            "stopReason": stop_reason(&reply), "usage": usage, "metrics": {"latencyMs": 1}}),
        );
    }
    let mut frames = vec![frame("messageStart", &json!({"role": "assistant"}))];
    match &reply {
        Reply::Text { text, .. } => {
            for (i, piece) in pieces(text).iter().enumerate() {
                frames.push(frame(
                    "contentBlockDelta",
                    &json!({"contentBlockIndex": 0, "delta": {"text": piece}}),
                ));
                if stream_error && i == 0 {
                    frames.push(eventstream::encode(
                        &[
                            (":message-type", "exception"),
                            (":exception-type", "throttlingException"),
                            (":content-type", "application/json"),
                        ],
                        br#"{"message":"Too many tokens, please wait before trying again."}"#,
                    ));
                    return Output::Binary(frames);
                }
            }
            frames.push(frame("contentBlockStop", &json!({"contentBlockIndex": 0})));
        }
        Reply::ToolCall { name, arguments } => {
            frames.push(frame("contentBlockStart", &json!({"contentBlockIndex": 0, "start": {"toolUse": {"toolUseId": tool_id, "name": name}}})));
            for piece in pieces(arguments) {
                frames.push(frame(
                    "contentBlockDelta",
                    &json!({"contentBlockIndex": 0, "delta": {"toolUse": {"input": piece}}}),
                ));
            }
            frames.push(frame("contentBlockStop", &json!({"contentBlockIndex": 0})));
        }
    }
    frames.push(frame(
        "messageStop",
        &json!({"stopReason": stop_reason(&reply)}),
    ));
    frames.push(frame(
        "metadata",
        &json!({"usage": usage, "metrics": {"latencyMs": 1}}),
    ));
    Output::Binary(frames)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_and_model_ids() {
        assert_eq!(
            route("/model/anthropic.claude-3%3A0/converse"),
            Some(("anthropic.claude-3%3A0", false))
        );
        assert_eq!(route("/model/m/converse-stream"), Some(("m", true)));
        assert_eq!(route("/model/m/invoke"), None);
        assert_eq!(
            decode_model("anthropic.claude-3%3A0"),
            "anthropic.claude-3:0"
        );
    }

    #[test]
    fn verifies_what_the_filter_signs() {
        let creds = sigv4::Credentials {
            access_key_id: "AKID".into(),
            secret_access_key: "s3cret".into(),
            session_token: Some("tok".into()),
        };
        let body = br#"{"messages":[]}"#.to_vec();
        let path = "/model/m%3A0/converse";
        let signed = sigv4::sign(
            &sigv4::Request {
                method: "POST",
                path,
                query: "",
                headers: &[("host", "bedrock-runtime.us-east-1.amazonaws.com")],
                payload: &body,
            },
            &creds,
            "us-east-1",
            "bedrock",
            "20250101T000000Z",
        );
        let mut headers: Vec<(String, String)> = vec![(
            "host".into(),
            "bedrock-runtime.us-east-1.amazonaws.com".into(),
        )];
        headers.extend(signed.iter().map(|(k, v)| (k.to_string(), v.clone())));
        let mut req = Request {
            method: "POST".into(),
            path: path.into(),
            query: String::new(),
            http10: false,
            headers,
            body,
        };
        assert!(check_auth(&req, Some("s3cret")).is_ok());
        assert_eq!(check_auth(&req, Some("other")).unwrap_err().status, 403);
        req.body = b"{}".to_vec();
        assert!(check_auth(&req, Some("s3cret")).is_err());
    }
}
