//! Reading an OpenAI chat request, for dialects that rebuild it in their own
//! shape: optional fields, stop sequences, tool arguments, data URLs, and
//! `response_format`. Every error names the offending parameter.

use serde_json::{json, Map, Value};

use crate::error::ApiError;

/// The field, unless absent or `null` (which OpenAI treats as absent).
pub fn present<'a>(request: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    request.get(key).filter(|v| !v.is_null())
}

/// An optional number.
pub fn number(request: &Map<String, Value>, key: &'static str) -> Result<Option<f64>, ApiError> {
    match present(request, key) {
        None => Ok(None),
        Some(v) => v.as_f64().map(Some).ok_or_else(|| {
            ApiError::invalid_request(format!("`{key}` must be a number.")).with_param(key)
        }),
    }
}

/// The larger of `max_completion_tokens` and `max_tokens` (what the router
/// reserved for), each a positive integer. (The translator role leaves only
/// one of them; this holds for any caller.)
pub fn max_tokens(request: &Map<String, Value>) -> Result<Option<u64>, ApiError> {
    let mut found = None;
    for key in ["max_completion_tokens", "max_tokens"] {
        if let Some(v) = present(request, key) {
            let n = v.as_u64().filter(|n| *n > 0).ok_or_else(|| {
                ApiError::invalid_request(format!("`{key}` must be a positive integer."))
                    .with_param(key)
            })?;
            found = found.max(Some(n));
        }
    }
    Ok(found)
}

/// `stop`: a string or an array of strings.
pub fn stop_sequences(request: &Map<String, Value>) -> Result<Option<Vec<String>>, ApiError> {
    let bad = || {
        ApiError::invalid_request("`stop` must be a string or an array of strings.")
            .with_param("stop")
    };
    match present(request, "stop") {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(vec![s.clone()])),
        Some(Value::Array(items)) => {
            let seqs = items
                .iter()
                .map(|s| s.as_str().map(str::to_string).ok_or_else(bad))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((!seqs.is_empty()).then_some(seqs))
        }
        Some(_) => Err(bad()),
    }
}

/// `messages[i]` is wrong in this way.
pub fn invalid_message(i: usize, what: &str) -> ApiError {
    ApiError::invalid_request(format!("`messages[{i}]`: {what}.")).with_param("messages")
}

/// Parses `function.arguments` into an object. Clients send `""` for
/// argument-less calls.
pub fn tool_arguments(arguments: Option<&Value>) -> Result<Value, String> {
    let parsed = match arguments {
        None | Some(Value::Null) => return Ok(json!({})),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(json!({})),
        Some(Value::String(s)) => serde_json::from_str(s).map_err(|e| e.to_string())?,
        Some(other) => other.clone(),
    };
    if parsed.is_object() {
        Ok(parsed)
    } else {
        Err("expected an object".to_string())
    }
}

/// An image given to the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Image<'a> {
    /// `data:<mime>;base64,<data>`.
    Inline { mime: &'a str, data: &'a str },
    /// An http(s) URL.
    Url(&'a str),
}

/// The URL of an `image_url` part: `{"url": ...}` per the spec, or a bare string.
pub fn image_of_part<'a>(part: &'a Value, i: usize) -> Result<Image<'a>, ApiError> {
    let image = part.get("image_url");
    let url = image
        .and_then(|v| v.get("url"))
        .or(image)
        .and_then(Value::as_str)
        .ok_or_else(|| invalid_message(i, "an `image_url` part needs a `url`"))?;
    if let Some(rest) = url.strip_prefix("data:") {
        return rest
            .split_once(',')
            .and_then(|(meta, data)| Some((meta.strip_suffix(";base64")?, data)))
            .filter(|(mime, data)| !mime.is_empty() && !data.is_empty())
            .map(|(mime, data)| Image::Inline { mime, data })
            .ok_or_else(|| {
                invalid_message(
                    i,
                    "image data URLs must look like `data:<mime>;base64,<data>`",
                )
            });
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Ok(Image::Url(url));
    }
    Err(invalid_message(
        i,
        "image URLs must be http(s) or base64 data URLs",
    ))
}

/// What `response_format` asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum OutputFormat<'a> {
    Text,
    /// `json_object`: any JSON object.
    JsonObject,
    /// `json_schema`: JSON matching `schema`.
    JsonSchema {
        name: &'a str,
        schema: &'a Value,
        strict: bool,
    },
}

/// Reads `response_format`.
pub fn output_format(request: &Map<String, Value>) -> Result<OutputFormat<'_>, ApiError> {
    let bad =
        |what: &str| ApiError::invalid_request(what.to_string()).with_param("response_format");
    let Some(rf) = present(request, "response_format") else {
        return Ok(OutputFormat::Text);
    };
    match rf.get("type").and_then(Value::as_str) {
        Some("text") => Ok(OutputFormat::Text),
        Some("json_object") => Ok(OutputFormat::JsonObject),
        Some("json_schema") => {
            let js = rf
                .get("json_schema")
                .ok_or_else(|| bad("`response_format.json_schema` is missing."))?;
            let schema = js
                .get("schema")
                .filter(|s| s.is_object())
                .ok_or_else(|| bad("`response_format.json_schema.schema` must be an object."))?;
            Ok(OutputFormat::JsonSchema {
                name: js.get("name").and_then(Value::as_str).unwrap_or("response"),
                schema,
                strict: js.get("strict").and_then(Value::as_bool) == Some(true),
            })
        }
        _ => Err(bad(
            "`response_format.type` must be `text`, `json_object` or `json_schema`.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    #[test]
    fn reads_response_format() {
        let r = map(
            json!({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}, "strict": true}}}),
        );
        assert_eq!(
            output_format(&r).unwrap(),
            OutputFormat::JsonSchema {
                name: "x",
                schema: &json!({"type": "object"}),
                strict: true
            }
        );
        let r = map(json!({"response_format": {"type": "json_object"}}));
        assert_eq!(output_format(&r).unwrap(), OutputFormat::JsonObject);
        let r = map(json!({"response_format": {"type": "yaml"}}));
        assert_eq!(
            output_format(&r).unwrap_err().param,
            Some("response_format")
        );
        let r =
            map(json!({"response_format": {"type": "json_schema", "json_schema": {"name": "x"}}}));
        assert_eq!(output_format(&r).unwrap_err().status, 400);
        assert_eq!(output_format(&map(json!({}))).unwrap(), OutputFormat::Text);
    }

    #[test]
    fn reads_images() {
        let p = json!({"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}});
        assert_eq!(
            image_of_part(&p, 0).unwrap(),
            Image::Inline {
                mime: "image/png",
                data: "AAAA"
            }
        );
        let p = json!({"type": "image_url", "image_url": "https://x/y.png"});
        assert_eq!(image_of_part(&p, 0).unwrap(), Image::Url("https://x/y.png"));
        let p = json!({"type": "image_url", "image_url": {"url": "data:image/png,AAAA"}});
        assert!(image_of_part(&p, 0).is_err());
        let p = json!({"type": "image_url", "image_url": {"url": "file:///etc/passwd"}});
        assert!(image_of_part(&p, 0).is_err());
    }

    #[test]
    fn reads_stops_and_max_tokens() {
        assert_eq!(
            stop_sequences(&map(json!({"stop": "x"}))).unwrap(),
            Some(vec!["x".into()])
        );
        assert!(stop_sequences(&map(json!({"stop": [1]}))).is_err());
        assert_eq!(
            max_tokens(&map(json!({"max_tokens": 5, "max_completion_tokens": 7}))).unwrap(),
            Some(7)
        );
        assert_eq!(
            max_tokens(&map(json!({"max_tokens": 70, "max_completion_tokens": 7}))).unwrap(),
            Some(70)
        );
        assert!(max_tokens(&map(json!({"max_tokens": 0}))).is_err());
        assert_eq!(tool_arguments(Some(&json!(""))).unwrap(), json!({}));
        assert!(tool_arguments(Some(&json!("[1]"))).is_err());
    }
}
