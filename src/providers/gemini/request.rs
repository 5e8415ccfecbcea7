//! OpenAI chat request → Gemini `GenerateContentRequest`.

use serde_json::{json, Map, Value};

use crate::api::openai::content_text;
use crate::error::ApiError;
use crate::providers::common::{
    invalid_message, max_tokens, number, output_format, present, stop_sequences, Image,
    OutputFormat,
};
use crate::providers::messages::{self, function_tools, push_merged, tool_calls, UserPart};
use crate::providers::RequestTarget;

/// Files API URIs are the http(s) URLs Gemini reads itself; any other URL
/// would have to be fetched by the gateway, which it does not do.
const FILES_API_PREFIX: &str = "https://generativelanguage.googleapis.com/";

/// Fields with no Gemini equivalent that change what the client gets: refused
/// rather than dropped.
const REFUSED: [(&str, &str); 4] = [
    ("logprobs", "log probabilities"),
    ("logit_bias", "logit bias"),
    ("audio", "audio output"),
    ("prediction", "predicted outputs"),
];

/// The request fields this translation reads (besides
/// [`GEMINI_PARAMS`](crate::providers::params::GEMINI_PARAMS)): any other is
/// refused, never silently left out. `user` names the end user for abuse
/// monitoring; Gemini has no field for it and the answer does not depend on it.
pub static GEMINI_FIELDS: [&str; 17] = [
    "model",
    "messages",
    "max_tokens",
    "max_completion_tokens",
    "temperature",
    "top_p",
    "presence_penalty",
    "frequency_penalty",
    "seed",
    "stop",
    "n",
    "response_format",
    "tools",
    "tool_choice",
    "stream",
    "stream_options",
    "user",
];

/// Translates a validated OpenAI chat request. The model travels in the path,
/// not the body, so the target is not needed here.
pub fn translate_request(
    request: &Map<String, Value>,
    _target: &RequestTarget,
) -> Result<Vec<u8>, ApiError> {
    for (key, what) in REFUSED {
        let asked = match present(request, key) {
            None | Some(Value::Bool(false)) => false,
            Some(Value::Object(o)) => !o.is_empty(),
            Some(_) => true,
        };
        if asked {
            return Err(ApiError::invalid_request(format!(
                "Gemini models do not support {what} (`{key}`) through this gateway."
            ))
            .with_param(key));
        }
    }
    let (system, contents) = translate_messages(request)?;
    let mut body = Map::new();
    body.insert("contents".into(), Value::Array(contents));
    if !system.is_empty() {
        let parts: Vec<Value> = system.into_iter().map(|t| json!({ "text": t })).collect();
        body.insert("systemInstruction".into(), json!({ "parts": parts }));
    }
    if let Some(tools) = translate_tools(request)? {
        body.insert("tools".into(), tools);
        if let Some(tc) = translate_tool_choice(request)? {
            body.insert("toolConfig".into(), tc);
        }
    }
    let config = generation_config(request)?;
    if !config.is_empty() {
        body.insert("generationConfig".into(), Value::Object(config));
    }
    serde_json::to_vec(&body)
        .map_err(|e| ApiError::internal(format!("Could not encode the Gemini request: {e}")))
}

fn generation_config(request: &Map<String, Value>) -> Result<Map<String, Value>, ApiError> {
    let mut c = Map::new();
    for (from, to) in [
        ("temperature", "temperature"),
        ("top_p", "topP"),
        ("presence_penalty", "presencePenalty"),
        ("frequency_penalty", "frequencyPenalty"),
    ] {
        if let Some(n) = number(request, from)? {
            c.insert(to.into(), json!(n));
        }
    }
    if let Some(seed) = present(request, "seed") {
        let seed = seed.as_i64().ok_or_else(|| {
            ApiError::invalid_request("`seed` must be an integer.").with_param("seed")
        })?;
        c.insert("seed".into(), json!(seed));
    }
    if let Some(n) = max_tokens(request)? {
        c.insert("maxOutputTokens".into(), json!(n));
    }
    if let Some(stops) = stop_sequences(request)? {
        c.insert("stopSequences".into(), json!(stops));
    }
    if let Some(n) = present(request, "n") {
        let n = n.as_u64().filter(|n| (1..=8).contains(n)).ok_or_else(|| {
            ApiError::invalid_request("`n` must be an integer from 1 to 8 for Gemini models.")
                .with_param("n")
        })?;
        if n > 1 {
            c.insert("candidateCount".into(), json!(n));
        }
    }
    match output_format(request)? {
        OutputFormat::Text => {}
        OutputFormat::JsonObject => {
            c.insert("responseMimeType".into(), json!("application/json"));
        }
        OutputFormat::JsonSchema { schema, .. } => {
            // JSON Schema as is: `responseJsonSchema` takes it, where the older
            // `responseSchema` takes only an OpenAPI subset.
            c.insert("responseMimeType".into(), json!("application/json"));
            c.insert("responseJsonSchema".into(), schema.clone());
        }
    }
    Ok(c)
}

/// System texts and the `contents` turns (`user` / `model`), consecutive
/// turns of one role merged.
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
    // Tool call id → function name: a functionResponse names its function.
    let mut call_names: Vec<(String, String)> = Vec::new();
    for (i, m) in messages.iter().enumerate() {
        let role = m.get("role").and_then(Value::as_str).unwrap_or_default();
        match role {
            "system" | "developer" => {
                let text = content_text(m.get("content"));
                if !text.is_empty() {
                    system.push(text);
                }
            }
            "user" => push_merged(&mut turns, "user", user_parts(m.get("content"), i)?),
            "assistant" => {
                let parts = assistant_parts(m, i, &mut call_names)?;
                if !parts.is_empty() {
                    push_merged(&mut turns, "model", parts);
                }
            }
            "tool" => {
                let id = m
                    .get("tool_call_id")
                    .and_then(Value::as_str)
                    .ok_or_else(|| invalid_message(i, "a tool message needs `tool_call_id`"))?;
                let name = call_names
                    .iter()
                    .find(|(c, _)| c == id)
                    .map(|(_, n)| n.clone())
                    .ok_or_else(|| {
                        invalid_message(
                            i,
                            &format!("no earlier assistant tool call has the id `{id}`"),
                        )
                    })?;
                let text = content_text(m.get("content"));
                // A JSON result stays structured; anything else is text.
                let output = serde_json::from_str::<Value>(&text).unwrap_or(Value::String(text));
                let part =
                    json!({"functionResponse": {"name": name, "response": {"output": output}}});
                push_merged(&mut turns, "user", vec![part]);
            }
            other => {
                return Err(invalid_message(
                    i,
                    &format!("role `{other}` is not supported"),
                ))
            }
        }
    }
    if turns.is_empty() {
        return Err(ApiError::invalid_request(
            "Gemini needs at least one user message besides system messages.",
        )
        .with_param("messages"));
    }
    let contents = turns
        .into_iter()
        .map(|(role, parts)| json!({"role": role, "parts": parts}))
        .collect();
    Ok((system, contents))
}

fn user_parts(content: Option<&Value>, i: usize) -> Result<Vec<Value>, ApiError> {
    messages::user_parts(content, i, "Gemini")?
        .into_iter()
        .map(|part| match part {
            UserPart::Text(text) => Ok(json!({ "text": text })),
            UserPart::Image(Image::Inline { mime, data }) => {
                Ok(json!({"inlineData": {"mimeType": mime, "data": data}}))
            }
            UserPart::Image(Image::Url(url)) if url.starts_with(FILES_API_PREFIX) => {
                Ok(json!({"fileData": {"fileUri": url}}))
            }
            UserPart::Image(Image::Url(_)) => Err(invalid_message(
                i,
                "Gemini cannot fetch image URLs; send the image as a `data:` URL \
                 (or a Gemini Files API URI)",
            )),
        })
        .collect()
}

fn assistant_parts(
    m: &Value,
    i: usize,
    call_names: &mut Vec<(String, String)>,
) -> Result<Vec<Value>, ApiError> {
    let mut parts = Vec::new();
    let text = content_text(m.get("content"));
    if !text.is_empty() {
        parts.push(json!({ "text": text }));
    }
    for call in tool_calls(m, i)? {
        call_names.push((call.id.to_string(), call.name.to_string()));
        parts.push(json!({"functionCall": {"name": call.name, "args": call.arguments}}));
    }
    Ok(parts)
}

fn translate_tools(request: &Map<String, Value>) -> Result<Option<Value>, ApiError> {
    let Some(tools) = function_tools(request, "Gemini")? else {
        return Ok(None);
    };
    let decls: Vec<Value> = tools
        .into_iter()
        .map(|tool| {
            let mut decl = Map::new();
            decl.insert("name".into(), json!(tool.name));
            if let Some(d) = tool.description {
                decl.insert("description".into(), json!(d));
            }
            if let Some(p) = tool.parameters {
                // JSON Schema as the client wrote it (`parameters` takes only an OpenAPI subset).
                decl.insert("parametersJsonSchema".into(), p.clone());
            }
            Value::Object(decl)
        })
        .collect();
    Ok(Some(json!([{ "functionDeclarations": decls }])))
}

fn translate_tool_choice(request: &Map<String, Value>) -> Result<Option<Value>, ApiError> {
    let bad = || {
        ApiError::invalid_request(
            "`tool_choice` must be `auto`, `none`, `required` or {\"type\": \"function\", \"function\": {\"name\": ...}}.",
        )
        .with_param("tool_choice")
    };
    let config = match present(request, "tool_choice") {
        None => return Ok(None),
        Some(Value::String(s)) => match s.as_str() {
            "auto" => json!({"mode": "AUTO"}),
            "none" => json!({"mode": "NONE"}),
            "required" => json!({"mode": "ANY"}),
            _ => return Err(bad()),
        },
        Some(Value::Object(o)) => {
            let name = o
                .get("function")
                .and_then(|f| f.get("name"))
                .and_then(Value::as_str)
                .ok_or_else(bad)?;
            json!({"mode": "ANY", "allowedFunctionNames": [name]})
        }
        Some(_) => return Err(bad()),
    };
    Ok(Some(json!({ "functionCallingConfig": config })))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TARGET: RequestTarget<'static> = RequestTarget {
        model: "gemini-2.5-flash",
        default_max_tokens: 0,
        stream: false,
    };

    fn translate(v: Value) -> Result<Value, ApiError> {
        let map = v.as_object().cloned().unwrap();
        translate_request(&map, &TARGET).map(|b| serde_json::from_slice(&b).unwrap())
    }

    #[test]
    fn roles_system_and_generation_config() {
        let out = translate(json!({
            "model": "x", "temperature": 0.3, "top_p": 0.9, "max_completion_tokens": 100,
            "stop": ["END"], "n": 2, "seed": 7, "presence_penalty": 0.5,
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "developer", "content": "Use English."},
                {"role": "user", "content": "Hi"},
                {"role": "assistant", "content": "Hello"},
                {"role": "user", "content": [{"type": "text", "text": "And?"}]},
                {"role": "user", "content": "More"}
            ]
        }))
        .unwrap();
        assert_eq!(
            out["systemInstruction"],
            json!({"parts": [{"text": "Be brief."}, {"text": "Use English."}]})
        );
        assert_eq!(
            out["contents"],
            json!([
                {"role": "user", "parts": [{"text": "Hi"}]},
                {"role": "model", "parts": [{"text": "Hello"}]},
                {"role": "user", "parts": [{"text": "And?"}, {"text": "More"}]}
            ])
        );
        assert_eq!(
            out["generationConfig"],
            json!({"temperature": 0.3, "topP": 0.9, "maxOutputTokens": 100, "stopSequences": ["END"],
                   "candidateCount": 2, "seed": 7, "presencePenalty": 0.5})
        );
    }

    #[test]
    fn tools_calls_and_results() {
        let out = translate(json!({
            "model": "x",
            "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather",
                       "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "additionalProperties": false}}}],
            "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
            "messages": [
                {"role": "user", "content": "Weather in Paris and Rome?"},
                {"role": "assistant", "content": null, "tool_calls": [
                    {"id": "call_0", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
                    {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Rome\"}"}}]},
                {"role": "tool", "tool_call_id": "call_0", "content": "{\"temp\":21}"},
                {"role": "tool", "tool_call_id": "call_1", "content": "sunny"}
            ]
        }))
        .unwrap();
        assert_eq!(
            out["tools"][0]["functionDeclarations"][0]["name"],
            "get_weather"
        );
        assert_eq!(
            out["tools"][0]["functionDeclarations"][0]["parametersJsonSchema"]
                ["additionalProperties"],
            false
        );
        assert_eq!(
            out["toolConfig"],
            json!({"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}})
        );
        assert_eq!(
            out["contents"][1],
            json!({"role": "model", "parts": [
                {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}},
                {"functionCall": {"name": "get_weather", "args": {"city": "Rome"}}}]})
        );
        assert_eq!(
            out["contents"][2],
            json!({"role": "user", "parts": [
                {"functionResponse": {"name": "get_weather", "response": {"output": {"temp": 21}}}},
                {"functionResponse": {"name": "get_weather", "response": {"output": "sunny"}}}]})
        );
    }

    #[test]
    fn tool_choice_variants() {
        for (choice, mode) in [("auto", "AUTO"), ("none", "NONE"), ("required", "ANY")] {
            let out = translate(json!({"model": "x", "tool_choice": choice,
                "tools": [{"type": "function", "function": {"name": "f"}}],
                "messages": [{"role": "user", "content": "x"}]}))
            .unwrap();
            assert_eq!(out["toolConfig"]["functionCallingConfig"]["mode"], mode);
        }
        let e = translate(json!({"model": "x", "tool_choice": "sometimes",
            "tools": [{"type": "function", "function": {"name": "f"}}],
            "messages": [{"role": "user", "content": "x"}]}))
        .unwrap_err();
        assert_eq!(e.param, Some("tool_choice"));
    }

    #[test]
    fn images_inline_files_api_or_refused() {
        let out = translate(json!({"model": "x", "messages": [{"role": "user", "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
            {"type": "image_url", "image_url": {"url": "https://generativelanguage.googleapis.com/v1beta/files/abc"}}]}]}))
        .unwrap();
        assert_eq!(
            out["contents"][0]["parts"][1],
            json!({"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}})
        );
        assert_eq!(
            out["contents"][0]["parts"][2]["fileData"]["fileUri"],
            "https://generativelanguage.googleapis.com/v1beta/files/abc"
        );
        let e = translate(
            json!({"model": "x", "messages": [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}]}),
        )
        .unwrap_err();
        assert_eq!(e.status, 400);
        assert!(e.message.contains("cannot fetch"), "{}", e.message);
    }

    #[test]
    fn structured_output_maps_to_response_schema() {
        let schema =
            json!({"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]});
        let out = translate(json!({"model": "x", "messages": [{"role": "user", "content": "x"}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "r", "schema": schema, "strict": true}}}))
        .unwrap();
        assert_eq!(
            out["generationConfig"]["responseMimeType"],
            "application/json"
        );
        assert_eq!(out["generationConfig"]["responseJsonSchema"], schema);
        let out = translate(
            json!({"model": "x", "messages": [{"role": "user", "content": "x"}],
            "response_format": {"type": "json_object"}}),
        )
        .unwrap();
        assert_eq!(
            out["generationConfig"],
            json!({"responseMimeType": "application/json"})
        );
    }

    #[test]
    fn refusals_name_the_parameter() {
        let base = |extra: Value| {
            let mut v = json!({"model": "x", "messages": [{"role": "user", "content": "x"}]});
            v.as_object_mut()
                .unwrap()
                .extend(extra.as_object().cloned().unwrap());
            translate(v)
        };
        assert_eq!(
            base(json!({"logprobs": true})).unwrap_err().param,
            Some("logprobs")
        );
        assert!(base(json!({"logprobs": false})).is_ok());
        assert_eq!(base(json!({"n": 9})).unwrap_err().param, Some("n"));
        let e = translate(json!({"model": "x", "messages": [
            {"role": "user", "content": "x"}, {"role": "tool", "tool_call_id": "nope", "content": "r"}]}))
        .unwrap_err();
        assert!(e.message.contains("nope"));
        let e = translate(json!({"model": "x", "messages": [{"role": "system", "content": "x"}]}))
            .unwrap_err();
        assert_eq!(e.status, 400);
    }
}
