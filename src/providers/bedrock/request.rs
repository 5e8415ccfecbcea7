//! OpenAI chat request → Bedrock `Converse` request.

use serde_json::{json, Map, Value};

use crate::api::openai::content_text;
use crate::error::ApiError;
use crate::providers::common::{
    invalid_message, max_tokens, number, output_format, present, stop_sequences, Image,
    OutputFormat,
};
use crate::providers::messages::{self, function_tools, push_merged, tool_calls, UserPart};
use crate::providers::RequestTarget;

/// Fields with no Converse equivalent that change the answer: refused.
const REFUSED: [(&str, &str); 6] = [
    ("logprobs", "log probabilities"),
    ("logit_bias", "logit bias"),
    ("audio", "audio output"),
    ("prediction", "predicted outputs"),
    ("presence_penalty", "presence penalty"),
    ("frequency_penalty", "frequency penalty"),
];

/// The request fields this translation reads (besides
/// [`BEDROCK_PARAMS`](crate::providers::params::BEDROCK_PARAMS) and the
/// refused ones above): any other is refused, never silently left out. `user`
/// names the end user for abuse monitoring; Converse has no field for it and
/// the answer does not depend on it.
pub static BEDROCK_FIELDS: [&str; 18] = [
    "model",
    "messages",
    "max_tokens",
    "max_completion_tokens",
    "stop",
    "n",
    "response_format",
    "tools",
    "tool_choice",
    "stream",
    "stream_options",
    "user",
    "logprobs",
    "logit_bias",
    "audio",
    "prediction",
    "presence_penalty",
    "frequency_penalty",
];

pub fn translate_request(
    request: &Map<String, Value>,
    _target: &RequestTarget,
) -> Result<Vec<u8>, ApiError> {
    for (key, what) in REFUSED {
        let asked = match present(request, key) {
            None | Some(Value::Bool(false)) => false,
            Some(Value::Number(n)) => n.as_f64() != Some(0.0),
            Some(Value::Object(o)) => !o.is_empty(),
            Some(_) => true,
        };
        if asked {
            return Err(ApiError::invalid_request(format!(
                "Bedrock's Converse API has no {what} (`{key}`)."
            ))
            .with_param(key));
        }
    }
    if let Some(n) = present(request, "n") {
        if n.as_u64() != Some(1) {
            return Err(ApiError::invalid_request(
                "Bedrock returns a single choice; `n` must be 1.",
            )
            .with_param("n"));
        }
    }
    let (system, messages) = translate_messages(request)?;
    let mut body = Map::new();
    body.insert("messages".into(), Value::Array(messages));
    if !system.is_empty() {
        body.insert(
            "system".into(),
            Value::Array(system.into_iter().map(|t| json!({"text": t})).collect()),
        );
    }
    let mut inference = Map::new();
    if let Some(n) = max_tokens(request)? {
        inference.insert("maxTokens".into(), json!(n));
    }
    for (from, to) in [("temperature", "temperature"), ("top_p", "topP")] {
        if let Some(v) = number(request, from)? {
            inference.insert(to.into(), json!(v));
        }
    }
    if let Some(stops) = stop_sequences(request)? {
        inference.insert("stopSequences".into(), json!(stops));
    }
    if !inference.is_empty() {
        body.insert("inferenceConfig".into(), Value::Object(inference));
    }
    if let Some(tc) = tool_config(request)? {
        body.insert("toolConfig".into(), tc);
    }
    match output_format(request)? {
        OutputFormat::Text => {}
        OutputFormat::JsonObject => {
            return Err(ApiError::invalid_request(
                "Bedrock's structured output needs a JSON schema: use `response_format` \
                 {\"type\": \"json_schema\", ...} (there is no schema-less JSON mode).",
            )
            .with_param("response_format"))
        }
        OutputFormat::JsonSchema { name, schema, .. } => {
            // Bedrock takes the schema as a JSON string.
            body.insert(
                "outputConfig".into(),
                json!({"textFormat": {"type": "json_schema",
                    "structure": {"jsonSchema": {"name": name, "schema": schema.to_string()}}}}),
            );
        }
    }
    serde_json::to_vec(&body)
        .map_err(|e| ApiError::internal(format!("Could not encode the Bedrock request: {e}")))
}

fn translate_messages(request: &Map<String, Value>) -> Result<(Vec<String>, Vec<Value>), ApiError> {
    let messages = request
        .get("messages")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            ApiError::invalid_request("Missing required parameter: `messages`.")
                .with_param("messages")
        })?;
    let mut system = Vec::new();
    let mut turns: Vec<(&'static str, Vec<Value>)> = Vec::new();
    for (i, m) in messages.iter().enumerate() {
        match m.get("role").and_then(Value::as_str).unwrap_or_default() {
            "system" | "developer" => {
                let text = content_text(m.get("content"));
                if !text.is_empty() {
                    system.push(text);
                }
            }
            "user" => push_merged(&mut turns, "user", user_blocks(m.get("content"), i)?),
            "assistant" => push_merged(&mut turns, "assistant", assistant_blocks(m, i)?),
            "tool" => {
                let id = m
                    .get("tool_call_id")
                    .and_then(Value::as_str)
                    .ok_or_else(|| invalid_message(i, "a tool message needs `tool_call_id`"))?;
                let text = content_text(m.get("content"));
                let content = match serde_json::from_str::<Value>(&text) {
                    Ok(v @ Value::Object(_)) => json!([{ "json": v }]),
                    _ => json!([{ "text": text }]),
                };
                push_merged(
                    &mut turns,
                    "user",
                    vec![json!({"toolResult": {"toolUseId": id, "content": content}})],
                );
            }
            other => {
                return Err(invalid_message(
                    i,
                    &format!("role `{other}` is not supported"),
                ))
            }
        }
    }
    match turns.first().map(|(r, _)| *r) {
        None => Err(ApiError::invalid_request(
            "Bedrock needs at least one user message besides system messages.",
        )
        .with_param("messages")),
        Some("assistant") => Err(ApiError::invalid_request(
            "Bedrock needs the conversation to start with a user message.",
        )
        .with_param("messages")),
        Some(_) => Ok((
            system,
            turns
                .into_iter()
                .map(|(role, content)| json!({"role": role, "content": content}))
                .collect(),
        )),
    }
}

fn user_blocks(content: Option<&Value>, i: usize) -> Result<Vec<Value>, ApiError> {
    messages::user_parts(content, i, "Bedrock")?
        .into_iter()
        .map(|part| match part {
            UserPart::Text(text) => Ok(json!({"text": text})),
            UserPart::Image(Image::Inline { mime, data }) => {
                let format = match mime {
                    "image/png" => "png",
                    "image/jpeg" | "image/jpg" => "jpeg",
                    "image/gif" => "gif",
                    "image/webp" => "webp",
                    _ => {
                        return Err(invalid_message(
                            i,
                            &format!("Bedrock takes png, jpeg, gif or webp images, not `{mime}`"),
                        ))
                    }
                };
                Ok(json!({"image": {"format": format, "source": {"bytes": data}}}))
            }
            UserPart::Image(Image::Url(_)) => Err(invalid_message(
                i,
                "Bedrock takes images as bytes only; send the image as a `data:` URL",
            )),
        })
        .collect()
}

fn assistant_blocks(m: &Value, i: usize) -> Result<Vec<Value>, ApiError> {
    let mut out = Vec::new();
    let text = content_text(m.get("content"));
    if !text.is_empty() {
        out.push(json!({"text": text}));
    }
    for call in tool_calls(m, i)? {
        out.push(
            json!({"toolUse": {"toolUseId": call.id, "name": call.name, "input": call.arguments}}),
        );
    }
    Ok(out)
}

fn tool_config(request: &Map<String, Value>) -> Result<Option<Value>, ApiError> {
    let Some(functions) = function_tools(request, "Bedrock")? else {
        return Ok(None);
    };
    let tools: Vec<Value> = functions
        .into_iter()
        .map(|f| {
            let mut spec = Map::new();
            spec.insert("name".into(), json!(f.name));
            if let Some(d) = f.description {
                spec.insert("description".into(), json!(d));
            }
            let schema = f
                .parameters
                .cloned()
                .unwrap_or_else(|| json!({"type": "object", "properties": {}}));
            spec.insert("inputSchema".into(), json!({"json": schema}));
            json!({"toolSpec": spec})
        })
        .collect();
    let mut config = Map::new();
    config.insert("tools".into(), Value::Array(tools));
    let choice_err = || {
        ApiError::invalid_request(
            "`tool_choice` must be `auto`, `required` or a named function for Bedrock.",
        )
        .with_param("tool_choice")
    };
    match present(request, "tool_choice") {
        None => {}
        Some(Value::String(s)) => match s.as_str() {
            "auto" => {
                config.insert("toolChoice".into(), json!({"auto": {}}));
            }
            "required" => {
                config.insert("toolChoice".into(), json!({"any": {}}));
            }
            "none" => return Err(ApiError::invalid_request(
                "Bedrock's Converse API has no `tool_choice: none`; leave the tools out instead.",
            )
            .with_param("tool_choice")),
            _ => return Err(choice_err()),
        },
        Some(Value::Object(o)) => {
            let name = o
                .get("function")
                .and_then(|f| f.get("name"))
                .and_then(Value::as_str)
                .ok_or_else(choice_err)?;
            config.insert("toolChoice".into(), json!({"tool": {"name": name}}));
        }
        Some(_) => return Err(choice_err()),
    }
    Ok(Some(Value::Object(config)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TARGET: RequestTarget<'static> = RequestTarget {
        model: "m",
        default_max_tokens: 0,
        stream: false,
    };

    fn translate(v: Value) -> Result<Value, ApiError> {
        translate_request(v.as_object().unwrap(), &TARGET)
            .map(|b| serde_json::from_slice(&b).unwrap())
    }

    #[test]
    fn converse_request_with_tools_images_and_results() {
        let out = translate(json!({"model": "x", "max_tokens": 64, "temperature": 0.1, "top_p": 0.5, "stop": "END",
            "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}],
            "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": [{"type": "text", "text": "Weather?"},
                    {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/"}}]},
                {"role": "assistant", "content": null, "tool_calls": [{"id": "t1", "type": "function",
                    "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}]},
                {"role": "tool", "tool_call_id": "t1", "content": "{\"temp\":21}"},
                {"role": "user", "content": "And tomorrow?"}]}))
        .unwrap();
        assert_eq!(out["system"], json!([{"text": "Be brief."}]));
        assert_eq!(
            out["inferenceConfig"],
            json!({"maxTokens": 64, "temperature": 0.1, "topP": 0.5, "stopSequences": ["END"]})
        );
        assert_eq!(
            out["messages"][0]["content"][1],
            json!({"image": {"format": "jpeg", "source": {"bytes": "/9j/"}}})
        );
        assert_eq!(
            out["messages"][1],
            json!({"role": "assistant", "content": [
            {"toolUse": {"toolUseId": "t1", "name": "get_weather", "input": {"city": "Paris"}}}]})
        );
        assert_eq!(
            out["messages"][2],
            json!({"role": "user", "content": [
            {"toolResult": {"toolUseId": "t1", "content": [{"json": {"temp": 21}}]}}, {"text": "And tomorrow?"}]})
        );
        assert_eq!(
            out["toolConfig"]["tools"][0]["toolSpec"]["inputSchema"],
            json!({"json": {"type": "object"}})
        );
        assert_eq!(
            out["toolConfig"]["toolChoice"],
            json!({"tool": {"name": "get_weather"}})
        );
    }

    #[test]
    fn structured_output_and_refusals() {
        let out = translate(json!({"model": "x", "messages": [{"role": "user", "content": "x"}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}}}}))
        .unwrap();
        assert_eq!(
            out["outputConfig"]["textFormat"]["structure"]["jsonSchema"]["schema"],
            "{\"type\":\"object\"}"
        );
        let base = |extra: Value| {
            let mut v = json!({"model": "x", "messages": [{"role": "user", "content": "x"}]});
            v.as_object_mut()
                .unwrap()
                .extend(extra.as_object().cloned().unwrap());
            translate(v)
        };
        assert_eq!(
            base(json!({"response_format": {"type": "json_object"}}))
                .unwrap_err()
                .param,
            Some("response_format")
        );
        assert_eq!(base(json!({"n": 2})).unwrap_err().param, Some("n"));
        assert_eq!(
            base(json!({"presence_penalty": 0.5})).unwrap_err().param,
            Some("presence_penalty")
        );
        assert!(base(json!({"presence_penalty": 0})).is_ok());
        assert_eq!(base(json!({"tools": [{"type": "function", "function": {"name": "f"}}], "tool_choice": "none"}))
            .unwrap_err().param, Some("tool_choice"));
        let e = translate(
            json!({"model": "x", "messages": [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}]}),
        )
        .unwrap_err();
        assert!(e.message.contains("bytes only"));
    }
}
