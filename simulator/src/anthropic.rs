//! Anthropic Messages dialect: validation, responses, SSE events, errors.

use std::sync::atomic::AtomicU64;

use serde_json::{json, Map, Value};

use crate::content::{self, derive_reply, pieces, Finish, Prompt, Reply};
use crate::http::Request;
use crate::server::{ApiError, Output};

static MSG_IDS: AtomicU64 = AtomicU64::new(1);

/// OpenAI request fields that Anthropic rejects ("Extra inputs are not permitted").
const OPENAI_ONLY_FIELDS: [&str; 7] = [
    "stop",
    "n",
    "stream_options",
    "max_completion_tokens",
    "response_format",
    "frequency_penalty",
    "presence_penalty",
];
const BLOCK_TYPES: [&str; 11] = [
    "text",
    "image",
    "document",
    "search_result",
    "tool_use",
    "tool_result",
    "thinking",
    "redacted_thinking",
    "server_tool_use",
    "web_search_tool_result",
    "container_upload",
];

pub fn error_type(status: u16) -> &'static str {
    match status {
        400 => "invalid_request_error",
        401 => "authentication_error",
        402 => "billing_error",
        403 => "permission_error",
        404 => "not_found_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        503 | 529 => "overloaded_error",
        s if s >= 500 => "api_error",
        _ => "invalid_request_error",
    }
}

pub fn error_body(status: u16, message: &str) -> Value {
    json!({"type": "error", "error": {"type": error_type(status), "message": message}})
}

/// `x-api-key: KEY`; any non-empty key unless `required` is set.
pub fn check_auth(req: &Request, required: Option<&str>) -> Result<(), ApiError> {
    match req.header("x-api-key").map(str::trim) {
        None | Some("") => Err(ApiError::new(401, "x-api-key header is required")),
        Some(k) if required.is_some_and(|r| r != k) => Err(ApiError::new(401, "invalid x-api-key")),
        Some(_) => Ok(()),
    }
}

pub fn check_version(req: &Request) -> Result<(), ApiError> {
    match req.header("anthropic-version") {
        Some(v) if !v.trim().is_empty() => Ok(()),
        _ => Err(ApiError::new(400, "anthropic-version: header is required")),
    }
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError::new(400, msg)
}

/// Validates like the real API for the rules a translator can break; returns
/// the neutral [`Prompt`].
pub fn parse(body: &Value) -> Result<Prompt, ApiError> {
    let obj = body
        .as_object()
        .ok_or_else(|| bad("Input should be a valid dictionary"))?;
    for f in OPENAI_ONLY_FIELDS {
        if obj.contains_key(f) {
            return Err(bad(format!("{f}: Extra inputs are not permitted")));
        }
    }
    let model = match obj.get("model") {
        Some(Value::String(m)) => m.clone(),
        Some(_) => return Err(bad("model: Input should be a valid string")),
        None => return Err(bad("model: Field required")),
    };
    let max_tokens = match obj.get("max_tokens") {
        None => return Err(bad("max_tokens: Field required")),
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 => n,
            _ => {
                return Err(bad(
                    "max_tokens: Input should be a valid integer greater than or equal to 1",
                ))
            }
        },
    };
    let messages = match obj.get("messages") {
        Some(Value::Array(m)) if !m.is_empty() => m,
        Some(Value::Array(_)) => return Err(bad("messages: at least one message is required")),
        Some(_) => return Err(bad("messages: Input should be a valid list")),
        None => return Err(bad("messages: Field required")),
    };
    let mut prev_role = "";
    for (i, m) in messages.iter().enumerate() {
        let role = validate_message(i, m)?;
        if i == 0 && role != "user" {
            return Err(bad("messages: first message must use the \"user\" role"));
        }
        if role == prev_role {
            return Err(bad(format!(
                "messages: roles must alternate between \"user\" and \"assistant\", but found multiple \"{role}\" roles in a row"
            )));
        }
        prev_role = role;
    }
    let system = system_text(obj.get("system"))?;
    if let Some(t) = obj.get("temperature") {
        if !t.as_f64().is_some_and(|t| (0.0..=1.0).contains(&t)) {
            return Err(bad("temperature: range: 0..1"));
        }
    }
    let stream = match obj.get("stream") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(bad("stream: Input should be a valid boolean")),
    };
    let stops = match obj.get("stop_sequences") {
        None => Vec::new(),
        Some(Value::Array(a)) if a.iter().all(Value::is_string) => a
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        Some(_) => {
            return Err(bad(
                "stop_sequences: Input should be a valid list of strings",
            ))
        }
    };
    let first_tool = validate_tools(obj)?;

    // Every message is user/assistant here; the last user message is the turn.
    let last = messages.iter().rev().find(|m| role(m) == "user");
    let (last_user_text, last_is_tool_result) = last.map(message_text).unwrap_or_default();
    let texts: Vec<String> = messages.iter().map(|m| message_text(m).0).collect();
    Ok(Prompt {
        model,
        last_user_text,
        last_is_tool_result,
        prompt_tokens: content::prompt_tokens(texts.iter().map(String::as_str), &system),
        first_tool,
        max_tokens: Some(max_tokens),
        stops,
        stream,
        // Structured outputs: `output_config.format` of type `json_schema`.
        json_output: obj
            .get("output_config")
            .and_then(|c| c.pointer("/format/type"))
            .and_then(Value::as_str)
            == Some("json_schema"),
    })
}

fn role(m: &Value) -> &str {
    m.get("role").and_then(Value::as_str).unwrap_or("")
}

/// Validates one message; returns its role.
fn validate_message(i: usize, m: &Value) -> Result<&str, ApiError> {
    let role = role(m);
    match role {
        "user" | "assistant" => {}
        "system" => {
            return Err(bad(
                "messages: Unexpected role \"system\". The Messages API accepts a top-level `system` parameter, not \"system\" as an input message role.",
            ))
        }
        _ => {
            return Err(bad(format!(
                "messages.{i}.role: Input should be 'user' or 'assistant'"
            )))
        }
    }
    let blocks = match m.get("content") {
        Some(Value::String(_)) => return Ok(role),
        Some(Value::Array(b)) => b,
        _ => {
            return Err(bad(format!(
                "messages.{i}.content: Input should be a valid string or list of content blocks"
            )))
        }
    };
    for (j, b) in blocks.iter().enumerate() {
        let at = format!("messages.{i}.content.{j}");
        let t = b.get("type").and_then(Value::as_str).unwrap_or("");
        if !BLOCK_TYPES.contains(&t) {
            return Err(bad(format!(
                "{at}: Input tag '{t}' found using 'type' does not match any of the expected tags"
            )));
        }
        let has_str = |k: &str| b.get(k).is_some_and(Value::is_string);
        let err = match t {
            "text" if !has_str("text") => "text: Field required",
            "tool_use" if role != "assistant" => {
                "tool_use blocks are only allowed in assistant messages"
            }
            // A translator must parse OpenAI's arguments string into an object.
            "tool_use"
                if !(has_str("id")
                    && has_str("name")
                    && b.get("input").is_some_and(Value::is_object)) =>
            {
                "tool_use: id, name and input (an object) are required"
            }
            "tool_result" if role != "user" => {
                "tool_result blocks are only allowed in user messages"
            }
            "tool_result" if !has_str("tool_use_id") => "tool_result.tool_use_id: Field required",
            _ => continue,
        };
        return Err(bad(format!("{at}.{err}")));
    }
    Ok(role)
}

/// Concatenated text of a message plus whether it carries tool results
/// (whose text counts as the turn's text).
fn message_text(m: &Value) -> (String, bool) {
    match m.get("content") {
        Some(Value::Array(blocks)) => {
            let mut text = String::new();
            let mut tool_result = false;
            for b in blocks {
                match b.get("type").and_then(Value::as_str) {
                    Some("text") => {
                        text.push_str(b.get("text").and_then(Value::as_str).unwrap_or(""))
                    }
                    Some("tool_result") => {
                        tool_result = true;
                        text.push_str(&content::text_of(b.get("content")));
                    }
                    _ => {}
                }
            }
            (text, tool_result)
        }
        other => (content::text_of(other), false),
    }
}

fn system_text(system: Option<&Value>) -> Result<String, ApiError> {
    match system {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Array(blocks))
            if blocks.iter().all(|b| {
                b.get("type").and_then(Value::as_str) == Some("text")
                    && b.get("text").is_some_and(Value::is_string)
            }) =>
        {
            Ok(content::text_of(system))
        }
        Some(_) => Err(bad(
            "system: Input should be a valid string or a list of text blocks",
        )),
    }
}

fn validate_tools(obj: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    let tools = match obj.get("tools") {
        None => &[][..],
        Some(Value::Array(t)) => t.as_slice(),
        Some(_) => return Err(bad("tools: Input should be a valid list")),
    };
    for (i, t) in tools.iter().enumerate() {
        let kind = t.get("type").and_then(Value::as_str).unwrap_or("custom");
        let name = t.get("name").and_then(Value::as_str).unwrap_or("");
        if name.is_empty() {
            return Err(bad(format!("tools.{i}.custom.name: Field required")));
        }
        // OpenAI-shaped tools ({type:"function", function:{..}}) are the usual
        // mistake; custom tools need an input_schema object.
        let schema_ok = t.get("input_schema").is_some_and(Value::is_object);
        if kind == "function" || (kind == "custom" && !schema_ok) {
            return Err(bad(format!(
                "tools.{i}.custom.input_schema: Field required"
            )));
        }
    }
    if let Some(tc) = obj.get("tool_choice") {
        let kind = tc.get("type").and_then(Value::as_str);
        let ok = match kind {
            Some("auto" | "any" | "none") => true,
            Some("tool") => tc.get("name").is_some_and(Value::is_string),
            _ => false,
        };
        if !ok {
            return Err(bad(
                "tool_choice: Input should be an object with type 'auto', 'any', 'tool' (with name) or 'none'",
            ));
        }
    }
    Ok(tools
        .first()
        .and_then(|t| t.get("name"))
        .and_then(Value::as_str)
        .map(String::from))
}

fn stop_fields(reply: &Reply) -> (&'static str, Value) {
    match reply {
        Reply::ToolCall { .. } => ("tool_use", Value::Null),
        Reply::Text { finish, .. } => match finish {
            Finish::End => ("end_turn", Value::Null),
            Finish::Length => ("max_tokens", Value::Null),
            Finish::Stop(s) => ("stop_sequence", json!(s)),
        },
    }
}

/// Builds the success response; `stream_error` injects an `error` event.
/// `stream_error_start` sends it before any content instead.
pub fn respond(p: &Prompt, stream_error: bool, stream_error_start: bool) -> Output {
    let reply = derive_reply(p);
    let id = format!("msg_sim_{}", content::next_id(&MSG_IDS));
    if p.stream {
        return Output::Events(stream_events(
            p,
            &reply,
            &id,
            stream_error,
            stream_error_start,
        ));
    }
    let block = match &reply {
        Reply::Text { text, .. } => json!({"type": "text", "text": text}),
        Reply::ToolCall { name, arguments } => json!({
            "type": "tool_use", "id": "toolu_sim_1", "name": name,
            "input": serde_json::from_str::<Value>(arguments).unwrap_or_else(|_| json!({}))
        }),
    };
    let (stop_reason, stop_sequence) = stop_fields(&reply);
    Output::Json(json!({
        "id": id,
        "type": "message",
        "role": "assistant",
        "model": p.model,
        "content": [block],
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {
            "input_tokens": p.prompt_tokens,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "output_tokens": reply.completion_tokens()
        }
    }))
}

fn event(name: &str, data: &Value) -> String {
    format!("event: {name}\ndata: {data}\n\n")
}

fn stream_events(
    p: &Prompt,
    reply: &Reply,
    id: &str,
    stream_error: bool,
    stream_error_start: bool,
) -> Vec<String> {
    let mut ev = vec![event(
        "message_start",
        &json!({"type": "message_start", "message": {
            "id": id, "type": "message", "role": "assistant", "model": p.model,
            "content": [], "stop_reason": null, "stop_sequence": null,
            "usage": {"input_tokens": p.prompt_tokens, "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0, "output_tokens": 1}}}),
    )];
    let (start_block, fragments, delta_type, delta_key) = match reply {
        Reply::Text { text, .. } => (
            json!({"type": "text", "text": ""}),
            pieces(text),
            "text_delta",
            "text",
        ),
        Reply::ToolCall { name, arguments } => (
            json!({"type": "tool_use", "id": "toolu_sim_1", "name": name, "input": {}}),
            pieces(arguments),
            "input_json_delta",
            "partial_json",
        ),
    };
    ev.push(event(
        "content_block_start",
        &json!({"type": "content_block_start", "index": 0, "content_block": start_block}),
    ));
    ev.push(event("ping", &json!({"type": "ping"})));
    let overloaded = || {
        event(
            "error",
            &json!({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}),
        )
    };
    if stream_error_start || (stream_error && fragments.is_empty()) {
        ev.push(overloaded());
        return ev;
    }
    for frag in fragments {
        ev.push(event(
            "content_block_delta",
            &json!({"type": "content_block_delta", "index": 0,
                "delta": {"type": delta_type, delta_key: frag}}),
        ));
        if stream_error {
            ev.push(overloaded());
            return ev;
        }
    }
    let (stop_reason, stop_sequence) = stop_fields(reply);
    ev.push(event(
        "content_block_stop",
        &json!({"type": "content_block_stop", "index": 0}),
    ));
    ev.push(event(
        "message_delta",
        &json!({"type": "message_delta",
            "delta": {"stop_reason": stop_reason, "stop_sequence": stop_sequence},
            "usage": {"output_tokens": reply.completion_tokens()}}),
    ));
    ev.push(event("message_stop", &json!({"type": "message_stop"})));
    ev
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Value {
        json!({"model":"claude","max_tokens":100,"messages":[{"role":"user","content":"hi there"}]})
    }

    fn with(key: &str, v: Value) -> Value {
        let mut b = base();
        b[key] = v;
        b
    }

    fn rejects(body: Value, needle: &str) {
        let e = parse(&body).unwrap_err();
        assert_eq!(e.status, 400);
        assert!(e.message.contains(needle), "{} !~ {needle}", e.message);
    }

    #[test]
    fn accepts_valid_request() {
        let b = with("system", json!([{"type":"text","text":"be nice"}]));
        let p = parse(&b).unwrap();
        assert_eq!(p.last_user_text, "hi there");
        assert_eq!(p.prompt_tokens, 2 + 2 + 3);
        assert_eq!(p.max_tokens, Some(100));
    }

    #[test]
    fn validation_rules() {
        let mut b = base();
        b.as_object_mut().unwrap().remove("max_tokens");
        rejects(b, "max_tokens: Field required");
        rejects(with("max_tokens", json!(0)), "max_tokens");
        rejects(with("max_tokens", json!("5")), "max_tokens");
        rejects(with("model", json!(1)), "model");
        rejects(with("messages", json!([])), "messages");
        rejects(
            with(
                "messages",
                json!([{"role":"system","content":"s"},{"role":"user","content":"u"}]),
            ),
            "Unexpected role \"system\"",
        );
        rejects(
            with("messages", json!([{"role":"assistant","content":"a"}])),
            "first message",
        );
        rejects(
            with(
                "messages",
                json!([{"role":"user","content":"a"},{"role":"user","content":"b"}]),
            ),
            "alternate",
        );
        rejects(
            with("messages", json!([{"role":"tool","content":"a"}])),
            "role",
        );
        rejects(with("temperature", json!(1.5)), "temperature");
        for f in OPENAI_ONLY_FIELDS {
            rejects(with(f, json!(1)), "Extra inputs are not permitted");
        }
        rejects(with("system", json!([{"type":"image"}])), "system");
        rejects(
            with(
                "tools",
                json!([{"type":"function","function":{"name":"f","parameters":{}}}]),
            ),
            "tools.0.custom",
        );
        rejects(with("tools", json!([{"name":"f"}])), "input_schema");
        rejects(with("tool_choice", json!("auto")), "tool_choice");
        rejects(with("tool_choice", json!({"type":"tool"})), "tool_choice");
        rejects(
            with(
                "messages",
                json!([{"role":"user","content":"a"},
                {"role":"assistant","content":[{"type":"tool_use","id":"t","name":"f","input":"{}"}]}]),
            ),
            "input",
        );
        rejects(
            with(
                "messages",
                json!([{"role":"user","content":[{"type":"image_url","image_url":{}}]}]),
            ),
            "image_url",
        );
    }

    #[test]
    fn tool_use_and_result_round() {
        let tools = json!([{"name":"search","input_schema":{"type":"object"}}]);
        let mut b = with("tools", tools);
        b["tool_choice"] = json!({"type":"auto"});
        let p = parse(&with_messages(
            &b,
            json!([{"role":"user","content":"TOOL now"}]),
        ))
        .unwrap();
        let Output::Json(r) = respond(&p, false, false) else {
            panic!()
        };
        assert_eq!(r["stop_reason"], "tool_use");
        assert_eq!(r["content"][0]["id"], "toolu_sim_1");
        assert_eq!(r["content"][0]["input"], json!({"query":"TOOL now"}));

        let msgs = json!([{"role":"user","content":"TOOL now"},
            {"role":"assistant","content":[{"type":"tool_use","id":"toolu_sim_1","name":"search","input":{}}]},
            {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_sim_1","content":"42"}]}]);
        let p = parse(&with_messages(&b, msgs)).unwrap();
        let Output::Json(r) = respond(&p, false, false) else {
            panic!()
        };
        assert_eq!(r["content"][0]["text"], "Echo from claude: 42");
        assert_eq!(r["stop_reason"], "end_turn");
    }

    fn with_messages(b: &Value, m: Value) -> Value {
        let mut b = b.clone();
        b["messages"] = m;
        b
    }

    #[test]
    fn stop_sequence_reported() {
        let p = parse(&with("stop_sequences", json!(["there"]))).unwrap();
        let Output::Json(r) = respond(&p, false, false) else {
            panic!()
        };
        assert_eq!(r["content"][0]["text"], "Echo from claude: hi ");
        assert_eq!(r["stop_reason"], "stop_sequence");
        assert_eq!(r["stop_sequence"], "there");
    }

    fn names(ev: &[String]) -> Vec<&str> {
        ev.iter()
            .filter_map(|e| e.strip_prefix("event: "))
            .filter_map(|e| e.split('\n').next())
            .collect()
    }

    #[test]
    fn stream_sequence() {
        let p = parse(&with("stream", json!(true))).unwrap();
        let Output::Events(ev) = respond(&p, false, false) else {
            panic!()
        };
        let n = names(&ev);
        assert_eq!(n[..3], ["message_start", "content_block_start", "ping"]);
        assert_eq!(
            n[n.len() - 3..],
            ["content_block_stop", "message_delta", "message_stop"]
        );
        let text: String = ev
            .iter()
            .filter_map(|e| e.split("data: ").nth(1))
            .filter_map(|d| serde_json::from_str::<Value>(d.trim()).ok())
            .filter_map(|v| v["delta"]["text"].as_str().map(String::from))
            .collect();
        assert_eq!(text, "Echo from claude: hi there");

        let Output::Events(ev) = respond(&p, true, false) else {
            panic!()
        };
        assert_eq!(names(&ev)[3..], ["content_block_delta", "error"]);

        let Output::Events(ev) = respond(&p, false, true) else {
            panic!()
        };
        assert_eq!(names(&ev)[3..], ["error"]);
    }
}
