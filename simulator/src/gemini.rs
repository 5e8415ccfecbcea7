//! Google Gemini API: `models/{model}:generateContent` and
//! `:streamGenerateContent?alt=sse`, `x-goog-api-key`, Google's error shape.

use std::sync::atomic::AtomicU64;

use serde_json::{json, Map, Value};

use crate::content::{self, derive_reply, pieces, Finish, Prompt, Reply};
use crate::http::Request;
use crate::server::{ApiError, Output};

static RESPONSE_IDS: AtomicU64 = AtomicU64::new(1);

const TOP_LEVEL: [&str; 7] = [
    "contents",
    "systemInstruction",
    "tools",
    "toolConfig",
    "generationConfig",
    "safetySettings",
    "cachedContent",
];
const GENERATION_CONFIG: [&str; 14] = [
    "temperature",
    "topP",
    "topK",
    "maxOutputTokens",
    "stopSequences",
    "candidateCount",
    "responseMimeType",
    "responseSchema",
    "responseJsonSchema",
    "seed",
    "presencePenalty",
    "frequencyPenalty",
    "thinkingConfig",
    "responseModalities",
];
const PART_KINDS: [&str; 5] = [
    "text",
    "inlineData",
    "fileData",
    "functionCall",
    "functionResponse",
];

/// `(model, stream)` of a Gemini path, e.g. `/v1beta/models/gemini-2.5-flash:generateContent`.
pub fn route(path: &str) -> Option<(&str, bool)> {
    let (prefix, method) = path.rsplit_once(':')?;
    let model = prefix.rsplit_once("/models/")?.1;
    match method {
        "generateContent" => Some((model, false)),
        "streamGenerateContent" => Some((model, true)),
        _ => None,
    }
}

fn status_name(status: u16) -> &'static str {
    match status {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        429 => "RESOURCE_EXHAUSTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "INTERNAL",
    }
}

pub fn error_body(status: u16, message: &str) -> Value {
    json!({"error": {"code": status, "message": message, "status": status_name(status)}})
}

/// `x-goog-api-key` (Google answers a wrong key with 400 INVALID_ARGUMENT);
/// streams need `alt=sse` here (without it Gemini streams a JSON array).
pub fn check(req: &Request, required: Option<&str>, stream: bool) -> Result<(), ApiError> {
    match req.header("x-goog-api-key").map(str::trim) {
        None | Some("") => {
            return Err(ApiError::new(
                403,
                "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
            ))
        }
        Some(k) if required.is_some_and(|r| r != k) => {
            return Err(ApiError::new(
                400,
                "API key not valid. Please pass a valid API key.",
            ))
        }
        Some(_) => {}
    }
    if stream && !req.query.split('&').any(|kv| kv == "alt=sse") {
        return Err(ApiError::new(
            400,
            "this simulator streams only with ?alt=sse",
        ));
    }
    Ok(())
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError::new(400, msg)
}

fn unknown_names(obj: &Map<String, Value>, allowed: &[&str], at: &str) -> Result<(), ApiError> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(bad(format!(
            "Invalid JSON payload received. Unknown name \"{k}\" at '{at}': Cannot find field."
        ))),
        None => Ok(()),
    }
}

/// Validates like the real API for the rules a translator can break.
pub fn parse(body: &Value, model: &str, stream: bool) -> Result<Prompt, ApiError> {
    let obj = body
        .as_object()
        .ok_or_else(|| bad("Invalid JSON payload received. Expected an object."))?;
    unknown_names(obj, &TOP_LEVEL, "")?;
    let contents = match obj.get("contents") {
        Some(Value::Array(c)) if !c.is_empty() => c,
        _ => {
            return Err(bad(
                "* GenerateContentRequest.contents: contents is not specified",
            ))
        }
    };
    let mut texts = Vec::with_capacity(contents.len());
    let mut last_user: Option<(String, bool)> = None;
    for (i, c) in contents.iter().enumerate() {
        let role = c.get("role").and_then(Value::as_str).unwrap_or("user");
        if role != "user" && role != "model" {
            return Err(bad(format!(
                "Please use a valid role: user, model. (contents[{i}].role = {role})"
            )));
        }
        let parts = match c.get("parts") {
            Some(Value::Array(p)) if !p.is_empty() => p,
            _ => {
                return Err(bad(format!(
                "* GenerateContentRequest.contents[{i}].parts: contents.parts must not be empty."
            )))
            }
        };
        let mut text = String::new();
        let mut results = String::new();
        for (j, p) in parts.iter().enumerate() {
            let Some(po) = p.as_object() else {
                return Err(bad(format!("contents[{i}].parts[{j}] must be an object")));
            };
            let kinds: Vec<&String> = po
                .keys()
                .filter(|k| PART_KINDS.contains(&k.as_str()))
                .collect();
            if kinds.len() != 1 {
                return Err(bad(format!(
                    "* GenerateContentRequest.contents[{i}].parts[{j}].data: required oneof field 'data' must have one initialized field"
                )));
            }
            unknown_names(
                po,
                &[PART_KINDS.as_slice(), &["thought", "thoughtSignature"]].concat(),
                &format!("contents[{i}].parts[{j}]"),
            )?;
            if let Some(t) = po.get("text") {
                text.push_str(
                    t.as_str()
                        .ok_or_else(|| bad("part text must be a string"))?,
                );
            }
            if let Some(d) = po.get("inlineData") {
                if !d.get("mimeType").is_some_and(Value::is_string)
                    || !d.get("data").is_some_and(Value::is_string)
                {
                    return Err(bad(format!(
                        "contents[{i}].parts[{j}].inlineData needs mimeType and data"
                    )));
                }
            }
            if let Some(fc) = po.get("functionCall") {
                if role != "model" || !fc.get("name").is_some_and(Value::is_string) {
                    return Err(bad(format!("contents[{i}].parts[{j}].functionCall must be in a model turn and have a name")));
                }
            }
            if let Some(fr) = po.get("functionResponse") {
                if !fr.get("name").is_some_and(Value::is_string)
                    || !fr.get("response").is_some_and(Value::is_object)
                {
                    return Err(bad(format!("contents[{i}].parts[{j}].functionResponse needs a name and a response object")));
                }
                let out = fr
                    .pointer("/response/output")
                    .cloned()
                    .unwrap_or(Value::Null);
                results.push_str(&match out {
                    Value::String(s) => s,
                    other => other.to_string(),
                });
            }
        }
        texts.push(if results.is_empty() {
            text.clone()
        } else {
            results.clone()
        });
        if role == "user" {
            last_user = Some(if results.is_empty() {
                (text, false)
            } else {
                (results, true)
            });
        }
    }
    let system = obj
        .get("systemInstruction")
        .and_then(|s| s.get("parts"))
        .and_then(Value::as_array)
        .map(|parts| {
            parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect::<Vec<_>>()
                .join("")
        })
        .unwrap_or_default();
    let config = obj.get("generationConfig").and_then(Value::as_object);
    if let Some(c) = config {
        unknown_names(c, &GENERATION_CONFIG, "generation_config")?;
    }
    let max_tokens = config
        .and_then(|c| c.get("maxOutputTokens"))
        .and_then(Value::as_u64);
    let stops = config
        .and_then(|c| c.get("stopSequences"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let json_output = config
        .and_then(|c| c.get("responseMimeType"))
        .and_then(Value::as_str)
        == Some("application/json");
    let first_tool = obj
        .get("tools")
        .and_then(Value::as_array)
        .and_then(|t| t.first())
        .and_then(|t| t.get("functionDeclarations"))
        .and_then(Value::as_array)
        .and_then(|d| d.first())
        .and_then(|d| d.get("name"))
        .and_then(Value::as_str)
        .map(String::from);
    let (last_user_text, last_is_tool_result) = last_user.unwrap_or_default();
    Ok(Prompt {
        model: model.to_string(),
        last_user_text,
        last_is_tool_result,
        prompt_tokens: content::prompt_tokens(texts.iter().map(String::as_str), &system),
        first_tool,
        max_tokens,
        stops,
        stream,
        json_output,
    })
}

fn finish_reason(reply: &Reply) -> &'static str {
    match reply {
        Reply::Text {
            finish: Finish::Length,
            ..
        } => "MAX_TOKENS",
        _ => "STOP",
    }
}

fn usage(p: &Prompt, completion: u64) -> Value {
    json!({"promptTokenCount": p.prompt_tokens, "candidatesTokenCount": completion,
           "totalTokenCount": p.prompt_tokens + completion,
           "promptTokensDetails": [{"modality": "TEXT", "tokenCount": p.prompt_tokens}]})
}

fn response(p: &Prompt, id: &str, parts: Value, finish: Option<&str>, completion: u64) -> Value {
    let mut cand = json!({"content": {"parts": parts, "role": "model"}, "index": 0});
    if let (Some(f), Some(o)) = (finish, cand.as_object_mut()) {
        o.insert("finishReason".into(), json!(f));
    }
    json!({"candidates": [cand], "usageMetadata": usage(p, completion),
           "modelVersion": p.model, "responseId": id})
}

/// The answer; with `stream_error`, a stream breaks off with an error event
/// after its first piece.
pub fn respond(p: &Prompt, stream_error: bool) -> Output {
    let reply = derive_reply(p);
    let id = format!("sim-gemini-{}", content::next_id(&RESPONSE_IDS));
    let total = reply.completion_tokens();
    let whole_parts = match &reply {
        Reply::Text { text, .. } => json!([{ "text": text }]),
        Reply::ToolCall { name, arguments } => {
            let args: Value = serde_json::from_str(arguments).unwrap_or(json!({}));
            json!([{ "functionCall": { "name": name, "args": args } }])
        }
    };
    if !p.stream {
        return Output::Json(response(
            p,
            &id,
            whole_parts,
            Some(finish_reason(&reply)),
            total,
        ));
    }
    let mut events = Vec::new();
    match &reply {
        Reply::Text { text, .. } => {
            let ps = pieces(text);
            let mut so_far = 0;
            for (i, piece) in ps.iter().enumerate() {
                so_far += content::words(piece);
                let last = i + 1 == ps.len();
                let finish = last.then(|| finish_reason(&reply));
                events.push(response(p, &id, json!([{ "text": piece }]), finish, so_far));
                if stream_error && i == 0 {
                    events.push(error_body(
                        503,
                        "The model is overloaded. Please try again later.",
                    ));
                    break;
                }
            }
            if ps.is_empty() {
                events.push(response(
                    p,
                    &id,
                    json!([{ "text": "" }]),
                    Some(finish_reason(&reply)),
                    0,
                ));
            }
        }
        Reply::ToolCall { .. } => events.push(response(p, &id, whole_parts, Some("STOP"), total)),
    }
    Output::Events(
        events
            .iter()
            .map(|e| format!("data: {e}\r\n\r\n"))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(
            route("/v1beta/models/gemini-2.5-flash:generateContent"),
            Some(("gemini-2.5-flash", false))
        );
        assert_eq!(
            route("/v1beta/models/g:streamGenerateContent"),
            Some(("g", true))
        );
        assert_eq!(route("/v1beta/models/g:countTokens"), None);
    }

    #[test]
    fn parses_and_rejects() {
        let body = json!({"contents": [{"role": "user", "parts": [{"text": "hi there"}]}],
            "systemInstruction": {"parts": [{"text": "be brief"}]},
            "generationConfig": {"maxOutputTokens": 10, "responseMimeType": "application/json"}});
        let p = parse(&body, "g", false).unwrap();
        assert_eq!(
            (p.last_user_text.as_str(), p.prompt_tokens, p.json_output),
            ("hi there", 2 + 3 + 2, true)
        );
        for bad in [
            json!({"contents": []}),
            json!({"contents": [{"role": "assistant", "parts": [{"text": "x"}]}]}),
            json!({"contents": [{"role": "user", "parts": [{"text": "x"}]}], "messages": []}),
            json!({"contents": [{"role": "user", "parts": [{"text": "x"}]}], "generationConfig": {"max_tokens": 1}}),
            json!({"contents": [{"role": "user", "parts": [{"text": "x", "inlineData": {}}]}]}),
        ] {
            assert_eq!(parse(&bad, "g", false).unwrap_err().status, 400, "{bad}");
        }
    }
}
