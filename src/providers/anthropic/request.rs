//! OpenAI chat request → Anthropic Messages request.

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::api::openai::content_text;
use crate::error::ApiError;
use crate::providers::common::{self, invalid_message, number, present, stop_sequences, Image};
use crate::providers::messages::{self, function_tools, tool_calls, UserPart};
use crate::providers::params::{self, Param, Rule};
use crate::providers::RequestTarget;

const fn unsupported(
    name: &'static str,
    is_default: fn(&Value) -> bool,
    why: &'static str,
) -> Param {
    Param::new(name, Rule::Unsupported { is_default, why })
}

/// The request fields this translation reads (besides [`ANTHROPIC_PARAMS`]):
/// any other is refused, never silently left out.
pub static ANTHROPIC_FIELDS: [&str; 14] = [
    "model",
    "messages",
    "max_tokens",
    "max_completion_tokens",
    "temperature",
    "top_p",
    "top_k",
    "stop",
    "stream",
    "stream_options",
    "user",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
];

/// What Anthropic's Messages API accepts of OpenAI's parameters. Ranges are
/// Anthropic's (temperature 0 to 1, where OpenAI allows 2): out of range is a
/// 400, never clamped. Parameters it has no equivalent for are refused
/// unless at their default, or dropped by the provider's `drop_params`.
pub static ANTHROPIC_PARAMS: [Param; 18] = [
    Param::new("temperature", Rule::Number { min: 0.0, max: 1.0 }),
    Param::new("top_p", Rule::Number { min: 0.0, max: 1.0 }),
    unsupported("n", params::is_one, "it returns a single choice"),
    unsupported(
        "presence_penalty",
        params::is_zero,
        "it has no repetition penalties",
    ),
    unsupported(
        "frequency_penalty",
        params::is_zero,
        "it has no repetition penalties",
    ),
    unsupported(
        "logprobs",
        params::is_false,
        "it returns no log probabilities",
    ),
    unsupported(
        "top_logprobs",
        params::is_zero,
        "it returns no log probabilities",
    ),
    unsupported("seed", params::never_default, "it has no seeded sampling"),
    unsupported(
        "logit_bias",
        params::is_empty_object,
        "it has no token biases",
    ),
    unsupported(
        "response_format",
        params::is_text_format,
        "JSON output modes are not translated",
    ),
    unsupported(
        "reasoning_effort",
        params::never_default,
        "extended thinking is not translated",
    ),
    unsupported(
        "service_tier",
        params::is_default_tier,
        "its service tiers differ",
    ),
    unsupported("store", params::is_false, "it has no stored completions"),
    unsupported(
        "metadata",
        params::is_empty_object,
        "it has no stored completions",
    ),
    unsupported(
        "modalities",
        params::is_text_only,
        "this translation outputs text only",
    ),
    unsupported(
        "audio",
        params::never_default,
        "this translation outputs text only",
    ),
    unsupported(
        "prediction",
        params::never_default,
        "it has no predicted outputs",
    ),
    unsupported(
        "web_search_options",
        params::never_default,
        "web search is not translated",
    ),
];

/// The Messages body. Only fields Anthropic accepts are declared, so OpenAI
/// extras (`seed`, `logprobs`, `response_format`, ...) cannot leak through.
#[derive(Debug, Serialize)]
struct MessagesRequest<'a> {
    model: &'a str,
    max_tokens: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<String>,
    messages: Vec<Turn>,
    #[serde(skip_serializing_if = "Option::is_none")]
    temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    top_p: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    top_k: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stop_sequences: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tools: Option<Vec<Tool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tool_choice: Option<ToolChoice>,
}

#[derive(Debug, Serialize)]
struct Metadata {
    user_id: String,
}

#[derive(Debug, Serialize)]
struct Turn {
    role: &'static str,
    content: Content,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Content {
    Text(String),
    Blocks(Vec<Block>),
}

impl Content {
    fn into_blocks(self) -> Vec<Block> {
        match self {
            // Anthropic rejects empty text blocks.
            Content::Text(t) if t.is_empty() => Vec::new(),
            Content::Text(text) => vec![Block::Text { text }],
            Content::Blocks(b) => b,
        }
    }
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Block {
    Text {
        text: String,
    },
    Image {
        source: ImageSource,
    },
    ToolUse {
        id: String,
        name: String,
        input: Value,
    },
    ToolResult {
        tool_use_id: String,
        content: String,
    },
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ImageSource {
    Base64 { media_type: String, data: String },
    Url { url: String },
}

#[derive(Debug, Serialize)]
struct Tool {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    input_schema: Value,
}

#[derive(Debug, Serialize)]
struct ToolChoice {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    disable_parallel_tool_use: Option<bool>,
}

impl ToolChoice {
    fn of(kind: &'static str) -> Self {
        ToolChoice {
            kind,
            name: None,
            disable_parallel_tool_use: None,
        }
    }
}

/// Translates a validated OpenAI chat request into an Anthropic Messages body.
pub fn translate_request(
    request: &Map<String, Value>,
    target: &RequestTarget,
) -> Result<Vec<u8>, ApiError> {
    // Normally already done (and `drop_params` applied) by the translator
    // role: here it guards every caller against sending a value Anthropic
    // would take differently, such as a clamped temperature.
    params::refuse_unknown("anthropic", &ANTHROPIC_FIELDS, &ANTHROPIC_PARAMS, request)?;
    params::review("anthropic", &ANTHROPIC_PARAMS, request, &[])?;
    let (system, messages) = translate_messages(request)?;
    let tools = translate_tools(request)?;
    let tool_choice = translate_tool_choice(request)?;
    let body = MessagesRequest {
        model: target.model,
        max_tokens: max_tokens(request, target)?,
        system,
        messages,
        // Checked against Anthropic's 0..1 above: sent as given, never clamped.
        temperature: number(request, "temperature")?,
        top_p: number(request, "top_p")?,
        top_k: match present(request, "top_k") {
            None => None,
            Some(v) => Some(v.as_u64().ok_or_else(|| {
                ApiError::invalid_request("`top_k` must be a non-negative integer.")
                    .with_param("top_k")
            })?),
        },
        stop_sequences: stop_sequences(request)?,
        stream: present(request, "stream").and_then(Value::as_bool),
        metadata: present(request, "user")
            .and_then(Value::as_str)
            .map(|u| Metadata {
                user_id: u.to_string(),
            }),
        // A tool_choice without tools is meaningless to Anthropic (and refused).
        tool_choice: tools.as_ref().and(tool_choice),
        tools,
    };
    serde_json::to_vec(&body)
        .map_err(|e| ApiError::internal(format!("Could not encode the Anthropic request: {e}")))
}

/// Anthropic requires `max_tokens`: the larger of OpenAI's two names (the
/// one a reservation assumed), else the provider's default.
fn max_tokens(request: &Map<String, Value>, target: &RequestTarget) -> Result<u64, ApiError> {
    if let Some(n) = common::max_tokens(request)? {
        return Ok(n);
    }
    if target.default_max_tokens == 0 {
        return Err(ApiError::invalid_request(
            "This model needs `max_completion_tokens` (a positive integer).",
        )
        .with_param("max_completion_tokens"));
    }
    Ok(u64::from(target.default_max_tokens))
}

/// System prompt and alternating user/assistant turns.
fn translate_messages(
    request: &Map<String, Value>,
) -> Result<(Option<String>, Vec<Turn>), ApiError> {
    let messages = request
        .get("messages")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            ApiError::invalid_request("Missing required parameter: `messages`.")
                .with_param("messages")
        })?;
    let mut system: Vec<String> = Vec::new();
    let mut turns: Vec<Turn> = Vec::new();
    for (i, m) in messages.iter().enumerate() {
        let role = m.get("role").and_then(Value::as_str).unwrap_or_default();
        match role {
            // Anthropic has one top-level system prompt; gather them all.
            "system" | "developer" => {
                let text = content_text(m.get("content"));
                if !text.is_empty() {
                    system.push(text);
                }
            }
            "user" => push_turn(&mut turns, "user", user_content(m.get("content"), i)?),
            "assistant" => {
                let blocks = assistant_blocks(m, i)?;
                // An assistant turn with nothing in it would be refused; dropping
                // it lets the turns around it merge instead.
                if !blocks.is_empty() {
                    push_turn(&mut turns, "assistant", Content::Blocks(blocks));
                }
            }
            // Tool results travel in a user turn.
            "tool" => {
                let id = m
                    .get("tool_call_id")
                    .and_then(Value::as_str)
                    .ok_or_else(|| invalid_message(i, "a tool message needs `tool_call_id`"))?;
                let block = Block::ToolResult {
                    tool_use_id: id.to_string(),
                    content: content_text(m.get("content")),
                };
                push_turn(&mut turns, "user", Content::Blocks(vec![block]));
            }
            other => {
                return Err(invalid_message(
                    i,
                    &format!("role `{other}` is not supported"),
                ))
            }
        }
    }
    match turns.first().map(|t| t.role) {
        None => Err(ApiError::invalid_request(
            "Anthropic needs at least one user message besides system messages.",
        )
        .with_param("messages")),
        Some("assistant") => Err(ApiError::invalid_request(
            "Anthropic needs the conversation to start with a user message, not an assistant one.",
        )
        .with_param("messages")),
        Some(_) => Ok(((!system.is_empty()).then(|| system.join("\n\n")), turns)),
    }
}

/// Appends a turn, merging it into the previous one when the role repeats:
/// Anthropic requires strict user/assistant alternation.
fn push_turn(turns: &mut Vec<Turn>, role: &'static str, content: Content) {
    if let Some(last) = turns.last_mut() {
        if last.role == role {
            let prev = std::mem::replace(&mut last.content, Content::Blocks(Vec::new()));
            let mut blocks = prev.into_blocks();
            blocks.extend(content.into_blocks());
            last.content = Content::Blocks(blocks);
            return;
        }
    }
    turns.push(Turn { role, content });
}

fn user_content(content: Option<&Value>, i: usize) -> Result<Content, ApiError> {
    if let Some(Value::String(s)) = content {
        return Ok(Content::Text(s.clone()));
    }
    let blocks = messages::user_parts(content, i, "Anthropic")?
        .into_iter()
        .map(|part| match part {
            UserPart::Text(text) => Block::Text {
                text: text.to_string(),
            },
            UserPart::Image(Image::Inline { mime, data }) => Block::Image {
                source: ImageSource::Base64 {
                    media_type: mime.to_string(),
                    data: data.to_string(),
                },
            },
            UserPart::Image(Image::Url(url)) => Block::Image {
                source: ImageSource::Url {
                    url: url.to_string(),
                },
            },
        })
        .collect();
    Ok(Content::Blocks(blocks))
}

fn assistant_blocks(m: &Value, i: usize) -> Result<Vec<Block>, ApiError> {
    let mut blocks = Content::Text(content_text(m.get("content"))).into_blocks();
    blocks.extend(tool_calls(m, i)?.into_iter().map(|call| Block::ToolUse {
        id: call.id.to_string(),
        name: call.name.to_string(),
        input: call.arguments,
    }));
    Ok(blocks)
}

fn translate_tools(request: &Map<String, Value>) -> Result<Option<Vec<Tool>>, ApiError> {
    Ok(function_tools(request, "Anthropic")?.map(|tools| {
        tools
            .into_iter()
            .map(|tool| Tool {
                name: tool.name.to_string(),
                description: tool.description.map(str::to_string),
                input_schema: tool
                    .parameters
                    .cloned()
                    .unwrap_or_else(|| json!({"type": "object", "properties": {}})),
            })
            .collect()
    }))
}

fn translate_tool_choice(request: &Map<String, Value>) -> Result<Option<ToolChoice>, ApiError> {
    let serial = present(request, "parallel_tool_calls").and_then(Value::as_bool) == Some(false);
    let mut choice = match present(request, "tool_choice") {
        None if serial => ToolChoice::of("auto"),
        None => return Ok(None),
        Some(Value::String(s)) => match s.as_str() {
            "auto" => ToolChoice::of("auto"),
            "required" => ToolChoice::of("any"),
            "none" => ToolChoice::of("none"),
            other => {
                return Err(ApiError::invalid_request(format!(
                    "`tool_choice` `{other}` is not one of auto, required, none."
                ))
                .with_param("tool_choice"))
            }
        },
        Some(v) => {
            let name = v
                .get("function")
                .and_then(|f| f.get("name"))
                .and_then(Value::as_str)
                .filter(|_| v.get("type").and_then(Value::as_str) == Some("function"))
                .ok_or_else(|| {
                    ApiError::invalid_request(
                        "`tool_choice` must be auto, required, none or {\"type\":\"function\",\"function\":{\"name\":...}}.",
                    )
                    .with_param("tool_choice")
                })?;
            ToolChoice {
                name: Some(name.to_string()),
                ..ToolChoice::of("tool")
            }
        }
    };
    // Anthropic has no parallel flag on `none`: no tools run at all.
    if serial && choice.kind != "none" {
        choice.disable_parallel_tool_use = Some(true);
    }
    Ok(Some(choice))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TARGET: RequestTarget<'static> = RequestTarget {
        model: "claude-sonnet-4-5",
        default_max_tokens: 4096,
        stream: false,
    };

    fn translate(req: Value) -> Result<Value, ApiError> {
        let Value::Object(map) = req else {
            panic!("request must be an object")
        };
        translate_request(&map, &TARGET).map(|b| serde_json::from_slice(&b).unwrap())
    }

    fn ok(req: Value) -> Value {
        translate(req).unwrap()
    }

    fn err(req: Value) -> ApiError {
        translate(req).unwrap_err()
    }

    fn user(content: Value) -> Value {
        json!({"model": "fast", "messages": [{"role": "user", "content": content}]})
    }

    #[test]
    fn minimal_request() {
        let out = ok(user(json!("hi")));
        assert_eq!(
            out,
            json!({
                "model": "claude-sonnet-4-5",
                "max_tokens": 4096,
                "messages": [{"role": "user", "content": "hi"}]
            })
        );
    }

    #[test]
    fn system_and_developer_messages_are_joined() {
        let out = ok(json!({"model": "m", "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "hi"},
            {"role": "developer", "content": [{"type": "text", "text": "Answer in French."}]},
            {"role": "assistant", "content": "Salut"},
            {"role": "user", "content": "encore"}
        ]}));
        assert_eq!(out["system"], "Be brief.\n\nAnswer in French.");
        assert_eq!(
            out["messages"],
            json!([
                {"role": "user", "content": "hi"},
                {"role": "assistant", "content": [{"type": "text", "text": "Salut"}]},
                {"role": "user", "content": "encore"}
            ])
        );
    }

    #[test]
    fn tool_calls_and_results_alternate() {
        let out = ok(json!({"model": "m", "messages": [
            {"role": "user", "content": "Weather in Paris and Rome?"},
            {"role": "assistant", "content": null, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
                {"id": "call_2", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Rome\"}"}}
            ]},
            {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
            {"role": "tool", "tool_call_id": "call_2", "content": [{"type": "text", "text": "24C"}]},
            {"role": "user", "content": "Thanks, which is warmer?"}
        ]}));
        assert_eq!(
            out["messages"],
            json!([
                {"role": "user", "content": "Weather in Paris and Rome?"},
                {"role": "assistant", "content": [
                    {"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Paris"}},
                    {"type": "tool_use", "id": "call_2", "name": "get_weather", "input": {"city": "Rome"}}
                ]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "call_1", "content": "18C"},
                    {"type": "tool_result", "tool_use_id": "call_2", "content": "24C"},
                    {"type": "text", "text": "Thanks, which is warmer?"}
                ]}
            ])
        );
    }

    #[test]
    fn assistant_text_with_tool_call_and_empty_arguments() {
        let out = ok(json!({"model": "m", "messages": [
            {"role": "user", "content": "time?"},
            {"role": "assistant", "content": "Let me look.", "tool_calls": [
                {"id": "c", "type": "function", "function": {"name": "now", "arguments": ""}}
            ]}
        ]}));
        assert_eq!(
            out["messages"][1]["content"],
            json!([
                {"type": "text", "text": "Let me look."},
                {"type": "tool_use", "id": "c", "name": "now", "input": {}}
            ])
        );
    }

    #[test]
    fn bad_tool_arguments_are_refused() {
        let e = err(json!({"model": "m", "messages": [
            {"role": "user", "content": "x"},
            {"role": "assistant", "tool_calls": [
                {"id": "call_9", "type": "function", "function": {"name": "f", "arguments": "{oops"}}
            ]}
        ]}));
        assert_eq!((e.status, e.kind), (400, "invalid_request_error"));
        assert!(e.message.contains("call_9"), "{}", e.message);
        let e = err(json!({"model": "m", "messages": [
            {"role": "user", "content": "x"},
            {"role": "assistant", "tool_calls": [
                {"id": "call_8", "type": "function", "function": {"name": "f", "arguments": "[1]"}}
            ]}
        ]}));
        assert!(e.message.contains("call_8"));
    }

    #[test]
    fn images_become_image_blocks() {
        let out = ok(user(json!([
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo=", "detail": "high"}},
            {"type": "image_url", "image_url": {"url": "https://example.com/cat.jpg"}}
        ])));
        assert_eq!(
            out["messages"][0]["content"],
            json!([
                {"type": "text", "text": "What is this?"},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
                {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.jpg"}}
            ])
        );
    }

    #[test]
    fn unusable_images_and_parts_are_refused() {
        for url in [
            "data:image/png,rawbytes",
            "ftp://x/y.png",
            "data:;base64,AAAA",
        ] {
            let e = err(user(
                json!([{"type": "image_url", "image_url": {"url": url}}]),
            ));
            assert_eq!(e.status, 400, "{url}");
        }
        let e = err(user(json!([{"type": "input_audio", "input_audio": {}}])));
        assert!(e.message.contains("input_audio"));
    }

    #[test]
    fn conversation_must_start_with_user() {
        let e = err(json!({"model": "m", "messages": [
            {"role": "system", "content": "s"},
            {"role": "assistant", "content": "hello"},
            {"role": "user", "content": "hi"}
        ]}));
        assert_eq!(e.status, 400);
        assert!(e.message.contains("start with a user"));
        let e = err(json!({"model": "m", "messages": [{"role": "system", "content": "s"}]}));
        assert_eq!(e.status, 400);
        assert!(e.message.contains("at least one user"));
    }

    #[test]
    fn tools_and_tool_choice() {
        let tools = json!([
            {"type": "function", "function": {"name": "get_weather", "description": "Weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}, "strict": true}},
            {"type": "function", "function": {"name": "now"}}
        ]);
        let with = |extra: Value| {
            let mut req = user(json!("hi"));
            req["tools"] = tools.clone();
            for (k, v) in extra.as_object().unwrap() {
                req[k] = v.clone();
            }
            ok(req)
        };
        let out = with(json!({}));
        assert_eq!(
            out["tools"],
            json!([
                {"name": "get_weather", "description": "Weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}},
                {"name": "now", "input_schema": {"type": "object", "properties": {}}}
            ])
        );
        assert!(out.get("tool_choice").is_none());
        let cases = [
            (json!({"tool_choice": "auto"}), json!({"type": "auto"})),
            (json!({"tool_choice": "required"}), json!({"type": "any"})),
            (json!({"tool_choice": "none"}), json!({"type": "none"})),
            (
                json!({"tool_choice": {"type": "function", "function": {"name": "now"}}}),
                json!({"type": "tool", "name": "now"}),
            ),
            (
                json!({"parallel_tool_calls": false}),
                json!({"type": "auto", "disable_parallel_tool_use": true}),
            ),
            (
                json!({"parallel_tool_calls": false, "tool_choice": "required"}),
                json!({"type": "any", "disable_parallel_tool_use": true}),
            ),
            (
                json!({"parallel_tool_calls": false, "tool_choice": "none"}),
                json!({"type": "none"}),
            ),
        ];
        for (extra, expected) in cases {
            assert_eq!(with(extra.clone())["tool_choice"], expected, "{extra}");
        }
        assert!(with(json!({"parallel_tool_calls": true}))
            .get("tool_choice")
            .is_none());
        let mut req = user(json!("hi"));
        req["tool_choice"] = json!("sometimes");
        req["tools"] = tools;
        assert_eq!(err(req).param, Some("tool_choice"));
        // Without tools, tool_choice would be refused by Anthropic: dropped.
        let mut req = user(json!("hi"));
        req["tool_choice"] = json!("auto");
        assert!(ok(req).get("tool_choice").is_none());
    }

    #[test]
    fn sampling_stop_stream_and_user() {
        let mut req = user(json!("hi"));
        req["temperature"] = json!(1.0);
        req["top_p"] = json!(0.9);
        req["top_k"] = json!(40);
        req["stop"] = json!("END");
        req["stream"] = json!(true);
        req["user"] = json!("user-42");
        let out = ok(req.clone());
        assert_eq!(out["temperature"], 1.0);
        assert_eq!(out["top_p"], 0.9);
        assert_eq!(out["top_k"], 40);
        assert_eq!(out["stop_sequences"], json!(["END"]));
        assert_eq!(out["stream"], true);
        assert_eq!(out["metadata"], json!({"user_id": "user-42"}));
        req["temperature"] = json!(0.3);
        req["stop"] = json!(["a", "b"]);
        let out = ok(req.clone());
        assert_eq!(out["temperature"], 0.3);
        assert_eq!(out["stop_sequences"], json!(["a", "b"]));
        req["stop"] = json!([1]);
        assert_eq!(err(req.clone()).param, Some("stop"));
        req["stop"] = Value::Null;
        req["temperature"] = json!("hot");
        assert_eq!(err(req).param, Some("temperature"));
    }

    #[test]
    fn max_tokens_sources() {
        let mut req = user(json!("hi"));
        req["max_tokens"] = json!(100);
        assert_eq!(ok(req.clone())["max_tokens"], 100);
        // Both names: the larger (what the router reserved for).
        req["max_completion_tokens"] = json!(50);
        assert_eq!(ok(req.clone())["max_tokens"], 100);
        req["max_completion_tokens"] = json!(150);
        assert_eq!(ok(req.clone())["max_tokens"], 150);
        for bad in [json!(0), json!(-5), json!(1.5), json!("10")] {
            req["max_completion_tokens"] = bad.clone();
            let e = err(req.clone());
            assert_eq!(
                (e.status, e.param),
                (400, Some("max_completion_tokens")),
                "{bad}"
            );
        }
        let map = user(json!("hi")).as_object().unwrap().clone();
        let zero = RequestTarget {
            model: "m",
            default_max_tokens: 0,
            stream: false,
        };
        assert_eq!(translate_request(&map, &zero).unwrap_err().status, 400);
    }

    /// OpenAI's temperature goes to 2, Anthropic's to 1: 1.7 used to be
    /// clamped to 1 silently. Now it is a 400 naming the parameter and range.
    #[test]
    fn out_of_range_sampling_is_refused_not_clamped() {
        for (k, v) in [
            ("temperature", json!(1.7)),
            ("temperature", json!(-0.5)),
            ("top_p", json!(1.5)),
        ] {
            let mut req = user(json!("hi"));
            req[k] = v.clone();
            let e = err(req);
            assert_eq!(
                (e.status, e.kind, e.param),
                (400, "invalid_request_error", Some(k)),
                "{k}={v}"
            );
            assert!(e.message.contains("0 to 1"), "{}", e.message);
        }
    }

    /// Parameters Anthropic cannot honour used to be dropped silently: now
    /// each is a 400 naming it, unless its value is the default (a no-op).
    #[test]
    fn unsupported_fields_are_refused_unless_default() {
        for (k, v) in [
            ("n", json!(2)),
            ("response_format", json!({"type": "json_object"})),
            ("frequency_penalty", json!(0.5)),
            ("presence_penalty", json!(0.5)),
            ("logprobs", json!(true)),
            ("top_logprobs", json!(2)),
            ("seed", json!(7)),
            ("logit_bias", json!({"42": 1})),
            ("reasoning_effort", json!("low")),
            ("store", json!(true)),
            ("service_tier", json!("flex")),
            ("modalities", json!(["text", "audio"])),
            ("prediction", json!({"type": "content", "content": "x"})),
        ] {
            let mut req = user(json!("hi"));
            req[k] = v.clone();
            let e = err(req);
            assert_eq!((e.status, e.param), (400, Some(k)), "{k}={v}");
            assert!(e.message.contains("not supported"), "{}", e.message);
        }
    }

    /// A field the translation does not read (a deprecated `functions`, a
    /// typo) used to vanish: now it is a 400 that names it.
    #[test]
    fn unknown_fields_are_refused() {
        for k in ["functions", "function_call", "temprature", "thinking"] {
            let mut req = user(json!("hi"));
            req[k] = json!({"x": 1});
            let e = err(req);
            assert_eq!(e.status, 400);
            assert!(e.message.contains(&format!("`{k}`")), "{}", e.message);
        }
        let mut req = user(json!("hi"));
        req["functions"] = Value::Null;
        ok(req);
    }

    #[test]
    fn openai_only_fields_at_their_defaults_are_not_sent() {
        let mut req = user(json!("hi"));
        for (k, v) in [
            ("n", json!(1)),
            ("stream_options", json!({"include_usage": true})),
            ("response_format", json!({"type": "text"})),
            ("frequency_penalty", json!(0)),
            ("presence_penalty", json!(0.0)),
            ("logprobs", json!(false)),
            ("top_logprobs", json!(0)),
            ("seed", Value::Null),
            ("logit_bias", json!({})),
            ("store", json!(false)),
            ("service_tier", json!("auto")),
            ("modalities", json!(["text"])),
        ] {
            req[k] = v;
        }
        let out = ok(req.clone());
        let mut keys: Vec<&str> = out
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["max_tokens", "messages", "model"]);
    }

    #[test]
    fn tool_message_needs_call_id() {
        let e = err(json!({"model": "m", "messages": [
            {"role": "user", "content": "x"},
            {"role": "tool", "content": "r"}
        ]}));
        assert!(e.message.contains("tool_call_id"));
    }
}
