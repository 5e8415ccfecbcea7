//! Reading an OpenAI chat request's messages and tools, for dialects that
//! rebuild them in their own shape (Anthropic, Gemini, Bedrock). What is read
//! and refused is decided here once; each dialect only says how a checked
//! piece looks on its wire.

use serde_json::{Map, Value};

use super::common::{image_of_part, invalid_message, present, tool_arguments, Image};
use crate::error::ApiError;

/// Appends a turn's items, merging them into the previous turn when the role
/// repeats: every rebuilt dialect wants user and assistant turns alternating.
pub fn push_merged<T>(turns: &mut Vec<(&'static str, Vec<T>)>, role: &'static str, items: Vec<T>) {
    if items.is_empty() {
        return;
    }
    match turns.last_mut() {
        Some((r, existing)) if *r == role => existing.extend(items),
        _ => turns.push((role, items)),
    }
}

/// One part of a user message's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserPart<'a> {
    Text(&'a str),
    Image(Image<'a>),
}

/// A user message's `content`: a string or an array of `text` and
/// `image_url` parts. Empty texts are skipped; any other part type is refused
/// naming `provider`.
pub fn user_parts<'a>(
    content: Option<&'a Value>,
    i: usize,
    provider: &str,
) -> Result<Vec<UserPart<'a>>, ApiError> {
    let parts = match content {
        Some(Value::Array(parts)) => parts,
        Some(Value::String(s)) if !s.is_empty() => return Ok(vec![UserPart::Text(s)]),
        _ => return Ok(Vec::new()),
    };
    let mut out = Vec::with_capacity(parts.len());
    for part in parts {
        match part.get("type").and_then(Value::as_str) {
            Some("text") => {
                let text = part.get("text").and_then(Value::as_str).unwrap_or_default();
                if !text.is_empty() {
                    out.push(UserPart::Text(text));
                }
            }
            Some("image_url") => out.push(UserPart::Image(image_of_part(part, i)?)),
            Some(other) => {
                return Err(invalid_message(
                    i,
                    &format!("content parts of type `{other}` are not supported for {provider}"),
                ))
            }
            None => return Err(invalid_message(i, "every content part needs a `type`")),
        }
    }
    Ok(out)
}

/// One checked entry of an assistant message's `tool_calls`.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolCall<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// `function.arguments` parsed into an object (`{}` when empty).
    pub arguments: Value,
}

/// An assistant message's `tool_calls`: each needs an id, a function name and
/// arguments that are a JSON object.
pub fn tool_calls(m: &Value, i: usize) -> Result<Vec<ToolCall<'_>>, ApiError> {
    let calls = match m.get("tool_calls") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(calls)) => calls,
        Some(_) => return Err(invalid_message(i, "`tool_calls` must be an array")),
    };
    let mut out = Vec::with_capacity(calls.len());
    for (j, call) in calls.iter().enumerate() {
        let id = call.get("id").and_then(Value::as_str);
        let function = call.get("function");
        let name = function.and_then(|f| f.get("name")).and_then(Value::as_str);
        let (Some(id), Some(name)) = (id, name) else {
            return Err(invalid_message(
                i,
                &format!("`tool_calls[{j}]` needs an `id` and a `function.name`"),
            ));
        };
        let arguments =
            tool_arguments(function.and_then(|f| f.get("arguments"))).map_err(|why| {
                invalid_message(
                    i,
                    &format!(
                        "the arguments of tool call `{id}` (`{name}`) are not a JSON object: {why}"
                    ),
                )
            })?;
        out.push(ToolCall {
            id,
            name,
            arguments,
        });
    }
    Ok(out)
}

/// One checked entry of `tools`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionTool<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    /// The JSON Schema of the arguments, unless absent or `null`.
    pub parameters: Option<&'a Value>,
}

/// `tools`: an array of `function` tools, each with a name. `None` when the
/// field is absent, `null` or an empty array.
pub fn function_tools<'a>(
    request: &'a Map<String, Value>,
    provider: &str,
) -> Result<Option<Vec<FunctionTool<'a>>>, ApiError> {
    let bad = |what: String| ApiError::invalid_request(what).with_param("tools");
    let items = match present(request, "tools") {
        None => return Ok(None),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(bad("`tools` must be an array.".to_string())),
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, tool) in items.iter().enumerate() {
        let kind = tool
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("function");
        if kind != "function" {
            return Err(bad(format!(
                "`tools[{i}]` has type `{kind}`; only `function` tools work with {provider}."
            )));
        }
        let function = tool.get("function");
        let field = |key: &str| function.and_then(|f| f.get(key)).filter(|v| !v.is_null());
        let name = field("name")
            .and_then(Value::as_str)
            .ok_or_else(|| bad(format!("`tools[{i}].function.name` is missing.")))?;
        out.push(FunctionTool {
            name,
            description: field("description").and_then(Value::as_str),
            parameters: field("parameters"),
        });
    }
    Ok((!out.is_empty()).then_some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn turns_of_one_role_merge() {
        let mut turns: Vec<(&'static str, Vec<u8>)> = Vec::new();
        push_merged(&mut turns, "user", vec![1]);
        push_merged(&mut turns, "user", vec![2]);
        push_merged(&mut turns, "assistant", Vec::new());
        push_merged(&mut turns, "assistant", vec![3]);
        assert_eq!(turns, vec![("user", vec![1, 2]), ("assistant", vec![3])]);
    }

    #[test]
    fn user_parts_read_text_and_images_and_refuse_the_rest() {
        let c = json!([{"type": "text", "text": "hi"}, {"type": "text", "text": ""},
                       {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]);
        assert_eq!(
            user_parts(Some(&c), 0, "X").unwrap(),
            vec![
                UserPart::Text("hi"),
                UserPart::Image(Image::Url("https://x/y.png"))
            ]
        );
        assert_eq!(user_parts(Some(&json!("")), 0, "X").unwrap(), vec![]);
        let e = user_parts(Some(&json!([{"type": "input_audio"}])), 2, "Gemini").unwrap_err();
        assert!(e.message.contains("`messages[2]`") && e.message.contains("Gemini"));
        assert!(user_parts(Some(&json!([{"text": "x"}])), 0, "X").is_err());
    }

    #[test]
    fn tool_calls_need_id_name_and_object_arguments() {
        let m = json!({"tool_calls": [{"id": "c1", "function": {"name": "f", "arguments": ""}}]});
        let calls = tool_calls(&m, 0).unwrap();
        assert_eq!((calls[0].id, calls[0].name), ("c1", "f"));
        assert_eq!(calls[0].arguments, json!({}));
        let m =
            json!({"tool_calls": [{"id": "c1", "function": {"name": "f", "arguments": "[1]"}}]});
        assert!(tool_calls(&m, 0)
            .unwrap_err()
            .message
            .contains("`c1` (`f`)"));
        assert!(tool_calls(&json!({"tool_calls": [{"id": "c1"}]}), 0).is_err());
        assert!(tool_calls(&json!({"tool_calls": {}}), 0).is_err());
        assert!(tool_calls(&json!({"tool_calls": null}), 0)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn function_tools_are_checked() {
        let r = json!({"tools": [{"type": "function", "function": {"name": "f", "description": "d",
                                                                    "parameters": {"type": "object"}}}]});
        let tools = function_tools(r.as_object().unwrap(), "X")
            .unwrap()
            .unwrap();
        assert_eq!(tools[0].name, "f");
        assert_eq!(tools[0].description, Some("d"));
        assert_eq!(tools[0].parameters, Some(&json!({"type": "object"})));
        let none = json!({"tools": []});
        assert_eq!(
            function_tools(none.as_object().unwrap(), "X").unwrap(),
            None
        );
        let web = json!({"tools": [{"type": "web_search"}]});
        let e = function_tools(web.as_object().unwrap(), "Bedrock").unwrap_err();
        assert!(e.message.contains("Bedrock") && e.param == Some("tools"));
        let nameless = json!({"tools": [{"function": {}}]});
        assert!(function_tools(nameless.as_object().unwrap(), "X").is_err());
    }
}
