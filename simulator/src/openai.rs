//! OpenAI Chat Completions dialect: validation, responses, SSE chunks, errors.

use std::sync::atomic::AtomicU64;

use serde_json::{json, Map, Value};

use crate::content::{self, derive_reply, pieces, Finish, Prompt, Reply};
use crate::faults::Faults;
use crate::http::Request;
use crate::server::{ApiError, Output};

static CHATCMPL_IDS: AtomicU64 = AtomicU64::new(1);

const ROLES: [&str; 5] = ["system", "developer", "user", "assistant", "tool"];
const PART_TYPES: [&str; 5] = ["text", "image_url", "input_audio", "file", "refusal"];
/// Anthropic-only fields that OpenAI rejects as unrecognized arguments, so an
/// untranslated Anthropic request fails loudly.
const FOREIGN_FIELDS: [&str; 4] = ["system", "stop_sequences", "top_k", "thinking"];

pub fn error_body(status: u16, message: &str) -> Value {
    let (kind, code) = match status {
        401 => ("invalid_request_error", json!("invalid_api_key")),
        429 => ("requests", json!("rate_limit_exceeded")),
        s if s >= 500 => ("server_error", Value::Null),
        _ => ("invalid_request_error", Value::Null),
    };
    json!({"error": {"message": message, "type": kind, "param": null, "code": code}})
}

/// `authorization: Bearer KEY`; any non-empty key unless `required` is set.
pub fn check_auth(req: &Request, required: Option<&str>) -> Result<(), ApiError> {
    let key = req.header("authorization").and_then(|v| {
        let (scheme, key) = v.split_once(' ')?;
        scheme.eq_ignore_ascii_case("bearer").then(|| key.trim())
    });
    match key {
        None | Some("") => Err(ApiError::new(
            401,
            "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        )),
        Some(k) if required.is_some_and(|r| r != k) => Err(ApiError::new(
            401,
            "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.",
        )),
        Some(_) => Ok(()),
    }
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError::new(400, msg)
}

/// Validates the request body like the real API does for the parts a
/// translator can get wrong, and extracts the neutral [`Prompt`].
pub fn parse(body: &Value) -> Result<(Prompt, bool), ApiError> {
    let obj = body
        .as_object()
        .ok_or_else(|| bad("The request body must be a JSON object."))?;
    for f in FOREIGN_FIELDS {
        if obj.contains_key(f) {
            return Err(bad(format!("Unrecognized request argument supplied: {f}")));
        }
    }
    let model = match obj.get("model") {
        Some(Value::String(m)) => m.clone(),
        Some(_) => return Err(bad("Invalid type for 'model': expected a string.")),
        None => return Err(bad("you must provide a model parameter")),
    };
    let messages = match obj.get("messages") {
        Some(Value::Array(m)) if !m.is_empty() => m,
        Some(Value::Array(_)) => {
            return Err(bad(
                "Invalid 'messages': empty array. Expected an array with minimum length 1.",
            ))
        }
        Some(_) => return Err(bad("Invalid type for 'messages': expected an array.")),
        None => return Err(bad("Missing required parameter: 'messages'.")),
    };
    for (i, m) in messages.iter().enumerate() {
        validate_message(i, m)?;
    }
    let stream = match obj.get("stream") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(bad("Invalid type for 'stream': expected a boolean.")),
    };
    let include_usage = match obj.get("stream_options") {
        None | Some(Value::Null) => false,
        Some(_) if !stream => {
            return Err(bad(
                "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
            ))
        }
        Some(o) => o.get("include_usage").and_then(Value::as_bool) == Some(true),
    };
    if let Some(t) = obj.get("temperature").filter(|t| !t.is_null()) {
        if !t.as_f64().is_some_and(|t| (0.0..=2.0).contains(&t)) {
            return Err(bad(
                "Invalid 'temperature': must be a number between 0 and 2.",
            ));
        }
    }
    let max_tokens = max_tokens(obj)?;
    let stops = match obj.get("stop") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) if a.iter().all(Value::is_string) => a
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        Some(_) => {
            return Err(bad(
                "Invalid type for 'stop': expected a string or array of strings.",
            ))
        }
    };
    let first_tool = first_tool(obj)?;

    // The last user turn: the last `user` message, or the trailing run of
    // `tool` results if a tool result came later.
    let last = messages
        .iter()
        .rposition(|m| matches!(role(m), "user" | "tool"));
    let (last_user_text, last_is_tool_result) = match last {
        Some(i) if messages.get(i).map(role) == Some("tool") => {
            let upto = messages.get(..=i).unwrap_or(&[]);
            let run = upto.iter().rev().take_while(|m| role(m) == "tool").count();
            let text: String = upto
                .iter()
                .skip(upto.len() - run)
                .map(|m| content::text_of(m.get("content")))
                .collect();
            (text, true)
        }
        Some(i) => (
            content::text_of(messages.get(i).and_then(|m| m.get("content"))),
            false,
        ),
        None => (String::new(), false),
    };
    let texts: Vec<String> = messages
        .iter()
        .map(|m| content::text_of(m.get("content")))
        .collect();
    let json_output = matches!(
        obj.get("response_format")
            .and_then(|r| r.get("type"))
            .and_then(Value::as_str),
        Some("json_object" | "json_schema")
    );
    let prompt = Prompt {
        model,
        last_user_text,
        last_is_tool_result,
        prompt_tokens: content::prompt_tokens(texts.iter().map(String::as_str), ""),
        first_tool,
        max_tokens,
        stops,
        stream,
        json_output,
    };
    Ok((prompt, include_usage))
}

fn role(m: &Value) -> &str {
    m.get("role").and_then(Value::as_str).unwrap_or("")
}

fn validate_message(i: usize, m: &Value) -> Result<(), ApiError> {
    let Some(obj) = m.as_object() else {
        return Err(bad(format!(
            "Invalid type for 'messages[{i}]': expected an object."
        )));
    };
    let role = match obj.get("role") {
        Some(Value::String(r)) => r.as_str(),
        _ => {
            return Err(bad(format!(
                "Missing required parameter: 'messages[{i}].role'."
            )))
        }
    };
    if !ROLES.contains(&role) {
        return Err(bad(format!(
            "Invalid value: '{role}'. Supported values are: 'system', 'assistant', 'user', 'tool', and 'developer'."
        )));
    }
    match obj.get("content") {
        None | Some(Value::Null) if role == "assistant" => {}
        Some(Value::String(_)) => {}
        Some(Value::Array(parts)) => {
            for (j, p) in parts.iter().enumerate() {
                let t = p.get("type").and_then(Value::as_str).unwrap_or("");
                if !PART_TYPES.contains(&t) {
                    return Err(bad(format!(
                        "Invalid value: '{t}'. Supported values are: 'text', 'image_url', 'input_audio', 'refusal', and 'file'. (messages[{i}].content[{j}].type)"
                    )));
                }
                if t == "text" && !p.get("text").is_some_and(Value::is_string) {
                    return Err(bad(format!(
                        "Missing required parameter: 'messages[{i}].content[{j}].text'."
                    )));
                }
            }
        }
        _ => {
            return Err(bad(format!(
                "Invalid type for 'messages[{i}].content': expected a string or array."
            )))
        }
    }
    if role == "tool" && !obj.get("tool_call_id").is_some_and(Value::is_string) {
        return Err(bad(format!(
            "Missing parameter 'tool_call_id': messages[{i}] with role 'tool' must have a 'tool_call_id'."
        )));
    }
    if let Some(calls) = obj.get("tool_calls").filter(|c| !c.is_null()) {
        let ok = role == "assistant"
            && calls.as_array().is_some_and(|a| {
                a.iter().all(|c| {
                    c.get("id").is_some_and(Value::is_string)
                        && c.get("type").and_then(Value::as_str) == Some("function")
                        && c.pointer("/function/name").is_some_and(Value::is_string)
                        // A translator must re-serialize the arguments object.
                        && c.pointer("/function/arguments").is_some_and(Value::is_string)
                })
            });
        if !ok {
            return Err(bad(format!(
                "Invalid 'messages[{i}].tool_calls': expected an array of {{id, type: 'function', function: {{name, arguments: string}}}}."
            )));
        }
    }
    Ok(())
}

fn max_tokens(obj: &Map<String, Value>) -> Result<Option<u64>, ApiError> {
    let v = obj
        .get("max_completion_tokens")
        .filter(|v| !v.is_null())
        .or_else(|| obj.get("max_tokens").filter(|v| !v.is_null()));
    match v {
        None => Ok(None),
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 => Ok(Some(n)),
            _ => Err(bad(
                "Invalid 'max_tokens': must be an integer of at least 1.",
            )),
        },
    }
}

fn first_tool(obj: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    let Some(tools) = obj.get("tools").filter(|t| !t.is_null()) else {
        return Ok(None);
    };
    let Some(tools) = tools.as_array() else {
        return Err(bad("Invalid type for 'tools': expected an array."));
    };
    for (i, t) in tools.iter().enumerate() {
        if t.get("type").and_then(Value::as_str) != Some("function")
            || !t.pointer("/function/name").is_some_and(Value::is_string)
        {
            return Err(bad(format!(
                "Missing required parameter: 'tools[{i}].function.name' (tools must be {{type: 'function', function: {{name, ...}}}})."
            )));
        }
    }
    Ok(tools
        .first()
        .and_then(|t| t.pointer("/function/name"))
        .and_then(Value::as_str)
        .map(String::from))
}

fn finish_reason(reply: &Reply) -> &'static str {
    match reply {
        Reply::ToolCall { .. } => "tool_calls",
        Reply::Text {
            finish: Finish::Length,
            ..
        } => "length",
        Reply::Text { .. } => "stop",
    }
}

fn usage(p: &Prompt, reply: &Reply) -> Value {
    let c = reply.completion_tokens();
    json!({
        "prompt_tokens": p.prompt_tokens,
        "completion_tokens": c,
        "total_tokens": p.prompt_tokens + c,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
            "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}
    })
}

/// Builds the success response for a parsed request, with the quirks of
/// OpenAI-compatible servers the faults ask for.
pub fn respond(p: &Prompt, include_usage: bool, faults: &Faults) -> Output {
    if faults.quirk("error-in-200") {
        // vLLM's error shape, sent with HTTP 200 (as some servers do).
        return Output::Json(json!({"object": "error", "type": "ServiceUnavailableError",
            "message": "The server is overloaded (simulated error in a 200 body)", "param": null, "code": 503}));
    }
    let reply = derive_reply(p);
    let id = format!("chatcmpl-sim-{}", content::next_id(&CHATCMPL_IDS));
    let created = content::unix_now();
    if p.stream {
        let mut events = stream_events(p, &reply, &id, created, include_usage, faults);
        if faults.quirk("no-done") {
            events.retain(|e| !e.contains("[DONE]"));
        }
        if faults.quirk("done-no-space") {
            events = events
                .into_iter()
                .map(|e| e.replacen("data: ", "data:", 1))
                .collect();
        }
        return Output::Events(events);
    }
    let message = match &reply {
        Reply::Text { text, .. } => json!({
            "role": "assistant", "content": text, "refusal": null, "annotations": []
        }),
        Reply::ToolCall { name, arguments } => json!({
            "role": "assistant", "content": null, "refusal": null, "annotations": [],
            "tool_calls": [{"id": "call_sim_1", "type": "function",
                "function": {"name": name, "arguments": arguments}}]
        }),
    };
    Output::Json(json!({
        "id": id,
        "object": "chat.completion",
        "created": created,
        "model": p.model,
        "choices": [{"index": 0, "message": message, "logprobs": null,
            "finish_reason": finish_reason(&reply)}],
        "usage": if faults.quirk("no-usage") { Value::Null } else { usage(p, &reply) },
        "service_tier": "default",
        "system_fingerprint": "fp_sim"
    }))
}

fn stream_events(
    p: &Prompt,
    reply: &Reply,
    id: &str,
    created: u64,
    include_usage: bool,
    faults: &Faults,
) -> Vec<String> {
    let last_chunk_usage = faults.quirk("usage-in-last-chunk");
    let include_usage = include_usage && !faults.quirk("no-usage") && !last_chunk_usage;
    let chunk = |choices: Value| {
        let mut c = json!({
            "id": id, "object": "chat.completion.chunk", "created": created,
            "model": p.model, "system_fingerprint": "fp_sim", "choices": choices
        });
        if include_usage {
            if let Some(o) = c.as_object_mut() {
                o.insert("usage".into(), Value::Null);
            }
        }
        c
    };
    let choice = |delta: Value, finish: Value| {
        chunk(json!([{"index": 0, "delta": delta, "logprobs": null, "finish_reason": finish}]))
    };
    let mut chunks = Vec::new();
    match reply {
        Reply::Text { text, .. } => {
            chunks.push(choice(
                json!({"role": "assistant", "content": "", "refusal": null}),
                Value::Null,
            ));
            if faults.quirk("reasoning") {
                chunks.push(choice(
                    json!({"content": null, "reasoning_content": "Thinking about it."}),
                    Value::Null,
                ));
            }
            for piece in pieces(text) {
                chunks.push(choice(json!({"content": piece}), Value::Null));
            }
        }
        Reply::ToolCall { name, arguments } => {
            chunks.push(choice(
                json!({"role": "assistant", "content": null, "refusal": null, "tool_calls": [{
                    "index": 0, "id": "call_sim_1", "type": "function",
                    "function": {"name": name, "arguments": ""}}]}),
                Value::Null,
            ));
            for piece in pieces(arguments) {
                chunks.push(choice(
                    json!({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}),
                    Value::Null,
                ));
            }
        }
    }
    if faults.stream_error_start {
        let mut events: Vec<String> = chunks
            .iter()
            .take(1)
            .map(|c| format!("data: {c}\n\n"))
            .collect();
        events.push(format!(
            "data: {}\n\n",
            json!({"error": {"message": "The server is overloaded (simulated)", "type": "server_error",
                "param": null, "code": null}})
        ));
        return events;
    }
    let mut fin = choice(json!({}), json!(finish_reason(reply)));
    if last_chunk_usage {
        if let Some(o) = fin.as_object_mut() {
            o.insert("usage".into(), usage(p, reply));
        }
    }
    chunks.push(fin);
    if include_usage {
        let mut last = chunk(json!([]));
        if let Some(o) = last.as_object_mut() {
            o.insert("usage".into(), usage(p, reply));
        }
        chunks.push(last);
    }
    let mut events: Vec<String> = chunks.iter().map(|c| format!("data: {c}\n\n")).collect();
    events.push("data: [DONE]\n\n".to_string());
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(body: Value) -> Vec<Value> {
        let (p, inc) = parse(&body).unwrap();
        let Output::Events(ev) = respond(&p, inc, &Faults::default()) else {
            panic!("expected a stream")
        };
        assert_eq!(ev.last().unwrap(), "data: [DONE]\n\n");
        ev.iter()
            .filter_map(|e| e.strip_prefix("data: "))
            .filter_map(|d| serde_json::from_str(d.trim()).ok())
            .collect()
    }

    #[test]
    fn parse_extracts_prompt() {
        let body = json!({"model":"gpt","max_completion_tokens":9,"stop":"x","messages":[
            {"role":"system","content":"be brief"},
            {"role":"user","content":[{"type":"text","text":"hi "},{"type":"text","text":"there"}]}]});
        let (p, _) = parse(&body).unwrap();
        assert_eq!(p.last_user_text, "hi there");
        assert_eq!(p.prompt_tokens, 2 + 3 + 2 + 3);
        assert_eq!(p.max_tokens, Some(9));
        assert_eq!(p.stops, vec!["x".to_string()]);
    }

    #[test]
    fn parse_rejects_bad_requests() {
        for body in [
            json!({"messages":[{"role":"user","content":"a"}]}),
            json!({"model":"m","messages":[]}),
            json!({"model":"m","messages":[{"role":"human","content":"a"}]}),
            json!({"model":"m","system":"s","messages":[{"role":"user","content":"a"}]}),
            json!({"model":"m","messages":[{"role":"user","content":[{"type":"tool_result"}]}]}),
            json!({"model":"m","messages":[{"role":"tool","content":"a"}]}),
            json!({"model":"m","stream_options":{"include_usage":true},"messages":[{"role":"user","content":"a"}]}),
            json!({"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":{}}}]}]}),
        ] {
            assert_eq!(parse(&body).unwrap_err().status, 400, "{body}");
        }
    }

    #[test]
    fn tool_result_turn_is_echoed() {
        let body = json!({"model":"m","tools":[{"type":"function","function":{"name":"f"}}],"messages":[
            {"role":"user","content":"TOOL go"},
            {"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]},
            {"role":"tool","tool_call_id":"c","content":"res"}]});
        let (p, _) = parse(&body).unwrap();
        assert_eq!(p.last_user_text, "res");
        assert!(matches!(derive_reply(&p), Reply::Text { .. }));
    }

    #[test]
    fn stream_text_with_usage() {
        let ev = events(
            json!({"model":"m","stream":true,"stream_options":{"include_usage":true},
            "messages":[{"role":"user","content":"a b"}]}),
        );
        assert_eq!(ev[0]["choices"][0]["delta"]["role"], "assistant");
        let text: String = ev
            .iter()
            .filter_map(|c| c["choices"][0]["delta"]["content"].as_str())
            .collect();
        assert_eq!(text, "Echo from m: a b");
        let fin = &ev[ev.len() - 2];
        assert_eq!(fin["choices"][0]["finish_reason"], "stop");
        assert!(fin["usage"].is_null());
        let last = ev.last().unwrap();
        assert_eq!(last["choices"], json!([]));
        assert_eq!(last["usage"]["completion_tokens"], 5);
    }

    #[test]
    fn stream_tool_call() {
        let ev = events(json!({"model":"m","stream":true,
            "tools":[{"type":"function","function":{"name":"lookup"}}],
            "messages":[{"role":"user","content":"TOOL x y"}]}));
        assert_eq!(
            ev[0]["choices"][0]["delta"]["tool_calls"][0]["id"],
            "call_sim_1"
        );
        let args: String = ev
            .iter()
            .filter_map(|c| {
                c["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"].as_str()
            })
            .collect();
        assert_eq!(args, r#"{"query":"TOOL x y"}"#);
        assert_eq!(
            ev.last().unwrap()["choices"][0]["finish_reason"],
            "tool_calls"
        );
        assert!(ev[0].get("usage").is_none());
    }
}
