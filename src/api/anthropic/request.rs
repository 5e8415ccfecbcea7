//! Anthropic Messages request → OpenAI chat request (the canonical form), and
//! the pass-through edit for Anthropic providers.

use serde_json::{json, Map, Value};

use crate::api::openai::{summarize, ChatRequestSummary};
use crate::error::ApiError;

fn bad(message: impl Into<String>) -> ApiError {
    ApiError::invalid_request(message)
}

/// Converts a Messages request. Validates what Anthropic would refuse and
/// what cannot be carried to another provider, with errors naming the field.
///
/// Mapped: `system` → system message; text, image (base64 and URL),
/// `tool_use`, `tool_result` blocks; `max_tokens`, `stop_sequences`,
/// `temperature`, `top_p`, `stream` (usage always asked for), `tools`,
/// `tool_choice` (auto, any, tool, none; `disable_parallel_tool_use`),
/// `metadata.user_id` → `user`, `output_config.format` (and the beta
/// `output_format`) json_schema → `response_format`. Not carried to other
/// providers (no equivalent): `thinking` and thinking blocks, `top_k`,
/// `cache_control`. Refused: server tools, `document` blocks.
pub fn to_openai(
    mut req: Map<String, Value>,
) -> Result<(Map<String, Value>, ChatRequestSummary), ApiError> {
    let mut out = Map::new();
    let model = req.remove("model").unwrap_or(Value::Null);
    out.insert("model".into(), model);
    match req.get("max_tokens") {
        Some(v) if v.as_u64().is_some_and(|n| n > 0) => {
            out.insert("max_tokens".into(), v.clone());
        }
        _ => {
            return Err(
                bad("max_tokens: Field required (a positive integer).").with_param("max_tokens")
            )
        }
    }
    let mut messages = Vec::new();
    match req.get("system") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => messages.push(json!({"role": "system", "content": s})),
        Some(Value::Array(blocks)) => {
            let text = text_of_blocks(blocks, "system")?;
            messages.push(json!({"role": "system", "content": text}));
        }
        Some(_) => {
            return Err(
                bad("system: Input should be a string or a list of text blocks.")
                    .with_param("system"),
            )
        }
    }
    let Some(Value::Array(turns)) = req.get("messages") else {
        return Err(bad("messages: Field required (a list of messages).").with_param("messages"));
    };
    if turns.is_empty() {
        return Err(bad("messages: at least one message is required.").with_param("messages"));
    }
    for (i, turn) in turns.iter().enumerate() {
        convert_turn(turn, i, &mut messages)?;
    }
    out.insert("messages".into(), Value::Array(messages));
    for key in ["temperature", "top_p"] {
        if let Some(v) = req.get(key).filter(|v| !v.is_null()) {
            if !v.is_number() {
                return Err(
                    bad(format!("{key}: Input should be a number.")).with_param(key_param(key))
                );
            }
            out.insert(key.into(), v.clone());
        }
    }
    if let Some(v) = req.get("stop_sequences").filter(|v| !v.is_null()) {
        if !v.as_array().is_some_and(|a| a.iter().all(Value::is_string)) {
            return Err(
                bad("stop_sequences: Input should be a list of strings.").with_param("stop")
            );
        }
        out.insert("stop".into(), v.clone());
    }
    match req.get("stream") {
        None | Some(Value::Null) | Some(Value::Bool(false)) => {}
        Some(Value::Bool(true)) => {
            out.insert("stream".into(), Value::Bool(true));
            // Anthropic streams always end with usage; ask every provider for it.
            out.insert("stream_options".into(), json!({"include_usage": true}));
        }
        Some(_) => return Err(bad("stream: Input should be a valid boolean.").with_param("stream")),
    }
    if let Some(user) = req
        .get("metadata")
        .and_then(|m| m.get("user_id"))
        .and_then(Value::as_str)
    {
        out.insert("user".into(), json!(user));
    }
    if let Some(tools) = req.get("tools").filter(|v| !v.is_null()) {
        out.insert("tools".into(), convert_tools(tools)?);
        if let Some(choice) = req.get("tool_choice").filter(|v| !v.is_null()) {
            convert_tool_choice(choice, &mut out)?;
        }
    }
    let format = req
        .get("output_config")
        .and_then(|c| c.get("format"))
        .or_else(|| req.get("output_format"))
        .filter(|v| !v.is_null());
    if let Some(f) = format {
        let schema = match (f.get("type").and_then(Value::as_str), f.get("schema")) {
            (Some("json_schema"), Some(s)) if s.is_object() => s.clone(),
            _ => return Err(bad(
                "output_config.format: expected {\"type\": \"json_schema\", \"schema\": {...}}.",
            )
            .with_param("response_format")),
        };
        out.insert(
            "response_format".into(),
            json!({"type": "json_schema", "json_schema": {"name": "output", "schema": schema, "strict": true}}),
        );
    }
    let summary = summarize(&out)?;
    Ok((out, summary))
}

/// The OpenAI parameter name errors carry (the error type takes static names).
fn key_param(key: &str) -> &'static str {
    match key {
        "temperature" => "temperature",
        _ => "top_p",
    }
}

fn text_of_blocks(blocks: &[Value], at: &str) -> Result<String, ApiError> {
    let mut text = String::new();
    for b in blocks {
        match (
            b.get("type").and_then(Value::as_str),
            b.get("text").and_then(Value::as_str),
        ) {
            (Some("text"), Some(t)) => text.push_str(t),
            _ => {
                return Err(bad(format!("{at}: only text blocks are supported here."))
                    .with_param("messages"))
            }
        }
    }
    Ok(text)
}

fn invalid(i: usize, what: &str) -> ApiError {
    bad(format!("messages.{i}: {what}")).with_param("messages")
}

/// One Messages turn → one or more OpenAI messages (tool results become
/// `tool` messages, before the turn's other content, as OpenAI orders them).
fn convert_turn(turn: &Value, i: usize, out: &mut Vec<Value>) -> Result<(), ApiError> {
    let role = match turn.get("role").and_then(Value::as_str) {
        Some(r @ ("user" | "assistant")) => r,
        _ => return Err(invalid(i, "role must be \"user\" or \"assistant\".")),
    };
    let blocks = match turn.get("content") {
        Some(Value::String(s)) => {
            out.push(json!({"role": role, "content": s}));
            return Ok(());
        }
        Some(Value::Array(b)) => b,
        _ => {
            return Err(invalid(
                i,
                "content must be a string or a list of content blocks.",
            ))
        }
    };
    let mut parts = Vec::new();
    let mut tool_calls = Vec::new();
    for (j, block) in blocks.iter().enumerate() {
        let kind = block
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match (role, kind) {
            (_, "text") => {
                let text = block
                    .get("text")
                    .and_then(Value::as_str)
                    .ok_or_else(|| invalid(i, &format!("content.{j}.text: Field required.")))?;
                parts.push(json!({"type": "text", "text": text}));
            }
            ("user", "image") => parts.push(image_part(block, i, j)?),
            ("user", "tool_result") => {
                let id = block
                    .get("tool_use_id")
                    .and_then(Value::as_str)
                    .ok_or_else(|| invalid(i, &format!("content.{j}.tool_use_id: Field required.")))?;
                let content = match block.get("content") {
                    None | Some(Value::Null) => String::new(),
                    Some(Value::String(s)) => s.clone(),
                    Some(Value::Array(b)) => text_of_blocks(b, &format!("messages.{i}.content.{j}.content"))?,
                    Some(_) => return Err(invalid(i, &format!("content.{j}.content must be a string or text blocks."))),
                };
                let content = if block.get("is_error").and_then(Value::as_bool) == Some(true) {
                    format!("Error: {content}")
                } else {
                    content
                };
                out.push(json!({"role": "tool", "tool_call_id": id, "content": content}));
            }
            ("assistant", "tool_use") => {
                let (Some(id), Some(name)) = (
                    block.get("id").and_then(Value::as_str),
                    block.get("name").and_then(Value::as_str),
                ) else {
                    return Err(invalid(i, &format!("content.{j}: a tool_use block needs an id and a name.")));
                };
                let input = block.get("input").cloned().unwrap_or_else(|| json!({}));
                tool_calls.push(json!({"id": id, "type": "function",
                    "function": {"name": name, "arguments": input.to_string()}}));
            }
            // Thinking is the model's own; it cannot be replayed to another provider.
            ("assistant", "thinking" | "redacted_thinking") => {}
            (_, other) => {
                return Err(invalid(
                    i,
                    &format!("content.{j}: `{other}` blocks in a {role} turn are not supported by this gateway."),
                ))
            }
        }
    }
    if role == "assistant" {
        let text: String = parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect();
        let mut m = json!({"role": "assistant", "content": if text.is_empty() { Value::Null } else { json!(text) }});
        if !tool_calls.is_empty() {
            if let Some(o) = m.as_object_mut() {
                o.insert("tool_calls".into(), Value::Array(tool_calls));
            }
        }
        out.push(m);
    } else if !parts.is_empty() {
        out.push(json!({"role": "user", "content": parts}));
    }
    Ok(())
}

fn image_part(block: &Value, i: usize, j: usize) -> Result<Value, ApiError> {
    let source = block.get("source");
    let url = match source.and_then(|s| s.get("type")).and_then(Value::as_str) {
        Some("base64") => {
            let media = source
                .and_then(|s| s.get("media_type"))
                .and_then(Value::as_str);
            let data = source.and_then(|s| s.get("data")).and_then(Value::as_str);
            match (media, data) {
                (Some(m), Some(d)) => format!("data:{m};base64,{d}"),
                _ => {
                    return Err(invalid(
                        i,
                        &format!("content.{j}.source: media_type and data are required."),
                    ))
                }
            }
        }
        Some("url") => source
            .and_then(|s| s.get("url"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| invalid(i, &format!("content.{j}.source.url: Field required.")))?,
        _ => {
            return Err(invalid(
                i,
                &format!("content.{j}.source: expected a base64 or url image source."),
            ))
        }
    };
    Ok(json!({"type": "image_url", "image_url": {"url": url}}))
}

fn convert_tools(tools: &Value) -> Result<Value, ApiError> {
    let Some(items) = tools.as_array() else {
        return Err(bad("tools: Input should be a valid list.").with_param("tools"));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, t) in items.iter().enumerate() {
        let custom = matches!(t.get("type").and_then(Value::as_str), None | Some("custom"));
        let name = t.get("name").and_then(Value::as_str);
        let (true, Some(name)) = (custom, name) else {
            return Err(bad(format!(
                "tools.{i}: only custom tools (name, description, input_schema) are supported by this gateway."
            ))
            .with_param("tools"));
        };
        let mut f = Map::new();
        f.insert("name".into(), json!(name));
        if let Some(d) = t.get("description").and_then(Value::as_str) {
            f.insert("description".into(), json!(d));
        }
        f.insert(
            "parameters".into(),
            t.get("input_schema")
                .cloned()
                .unwrap_or_else(|| json!({"type": "object"})),
        );
        out.push(json!({"type": "function", "function": f}));
    }
    Ok(Value::Array(out))
}

fn convert_tool_choice(choice: &Value, out: &mut Map<String, Value>) -> Result<(), ApiError> {
    let oa = match choice.get("type").and_then(Value::as_str) {
        Some("auto") => json!("auto"),
        Some("any") => json!("required"),
        Some("none") => json!("none"),
        Some("tool") => match choice.get("name").and_then(Value::as_str) {
            Some(name) => json!({"type": "function", "function": {"name": name}}),
            None => return Err(bad("tool_choice.name: Field required.").with_param("tool_choice")),
        },
        _ => {
            return Err(
                bad("tool_choice.type must be auto, any, tool or none.").with_param("tool_choice")
            )
        }
    };
    out.insert("tool_choice".into(), oa);
    if choice
        .get("disable_parallel_tool_use")
        .and_then(Value::as_bool)
        == Some(true)
    {
        out.insert("parallel_tool_calls".into(), Value::Bool(false));
    }
    Ok(())
}

/// The original Messages body for an Anthropic provider: only the model (and
/// a `max_tokens` a budget enforces, when lower) change.
pub fn passthrough_request(
    mut req: Map<String, Value>,
    model: &str,
    enforce_max_tokens: Option<u64>,
) -> Result<Vec<u8>, ApiError> {
    req.insert("model".into(), json!(model));
    if let Some(max) = enforce_max_tokens {
        let current = req.get("max_tokens").and_then(Value::as_u64);
        if current.is_none_or(|c| c > max) {
            req.insert("max_tokens".into(), json!(max));
        }
    }
    serde_json::to_vec(&req).map_err(|e| ApiError::internal(format!("serializing request: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(v: Value) -> Result<Map<String, Value>, ApiError> {
        to_openai(v.as_object().cloned().unwrap()).map(|(m, _)| m)
    }

    #[test]
    fn messages_with_tools_images_and_results() {
        let out = convert(json!({
            "model": "fast", "max_tokens": 100, "system": [{"type": "text", "text": "Be brief."}],
            "stop_sequences": ["END"], "temperature": 0.5, "stream": true, "metadata": {"user_id": "u1"},
            "tools": [{"name": "get_weather", "description": "Weather", "input_schema": {"type": "object"}}],
            "tool_choice": {"type": "any", "disable_parallel_tool_use": true},
            "messages": [
                {"role": "user", "content": [
                    {"type": "text", "text": "Weather here?"},
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}}]},
                {"role": "assistant", "content": [
                    {"type": "thinking", "thinking": "hmm", "signature": "s"},
                    {"type": "text", "text": "Checking."},
                    {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "21C"}]},
                    {"type": "text", "text": "Thanks"}]}
            ]
        }))
        .unwrap();
        assert_eq!(out["max_tokens"], 100);
        assert_eq!(out["stop"], json!(["END"]));
        assert_eq!(out["stream_options"], json!({"include_usage": true}));
        assert_eq!(out["user"], "u1");
        assert_eq!(out["tool_choice"], "required");
        assert_eq!(out["parallel_tool_calls"], false);
        assert_eq!(
            out["tools"][0]["function"]["parameters"],
            json!({"type": "object"})
        );
        let m = out["messages"].as_array().unwrap();
        assert_eq!(m[0], json!({"role": "system", "content": "Be brief."}));
        assert_eq!(
            m[1]["content"][1]["image_url"]["url"],
            "data:image/png;base64,AAAA"
        );
        assert_eq!(m[2]["content"], "Checking.");
        assert_eq!(
            m[2]["tool_calls"][0]["function"]["arguments"],
            "{\"city\":\"Paris\"}"
        );
        assert_eq!(
            m[3],
            json!({"role": "tool", "tool_call_id": "toolu_1", "content": "21C"})
        );
        assert_eq!(m[4]["content"][0]["text"], "Thanks");
    }

    #[test]
    fn structured_output_and_named_tool() {
        let out = convert(json!({"model": "m", "max_tokens": 5,
            "output_config": {"format": {"type": "json_schema", "schema": {"type": "object"}}},
            "tools": [{"name": "f", "input_schema": {"type": "object"}}],
            "tool_choice": {"type": "tool", "name": "f"},
            "messages": [{"role": "user", "content": "x"}]}))
        .unwrap();
        assert_eq!(
            out["response_format"]["json_schema"]["schema"],
            json!({"type": "object"})
        );
        assert_eq!(
            out["tool_choice"],
            json!({"type": "function", "function": {"name": "f"}})
        );
    }

    #[test]
    fn refusals() {
        for (v, param) in [
            (
                json!({"model": "m", "messages": [{"role": "user", "content": "x"}]}),
                "max_tokens",
            ),
            (
                json!({"model": "m", "max_tokens": 5, "messages": []}),
                "messages",
            ),
            (
                json!({"model": "m", "max_tokens": 5, "messages": [{"role": "system", "content": "x"}]}),
                "messages",
            ),
            (
                json!({"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "document"}]}]}),
                "messages",
            ),
            (
                json!({"model": "m", "max_tokens": 5, "tools": [{"type": "web_search_20250305", "name": "web_search"}],
                    "messages": [{"role": "user", "content": "x"}]}),
                "tools",
            ),
            (
                json!({"model": "m", "max_tokens": 5, "stream": "yes", "messages": [{"role": "user", "content": "x"}]}),
                "stream",
            ),
        ] {
            let e = convert(v.clone()).unwrap_err();
            assert_eq!((e.status, e.param), (400, Some(param)), "{v}");
        }
        assert_eq!(
            convert(json!({"max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}))
                .unwrap_err()
                .param,
            Some("model")
        );
    }

    #[test]
    fn passthrough_changes_only_model_and_caps_max_tokens() {
        let req = json!({"model": "fast", "max_tokens": 4000, "thinking": {"type": "enabled", "budget_tokens": 1024},
                         "messages": [{"role": "user", "content": "x"}]});
        let out = passthrough_request(
            req.as_object().cloned().unwrap(),
            "claude-haiku-4-5",
            Some(1000),
        )
        .unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["model"], "claude-haiku-4-5");
        assert_eq!(v["max_tokens"], 1000);
        assert_eq!(v["thinking"]["budget_tokens"], 1024);
    }
}
