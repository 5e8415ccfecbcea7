//! One error type for everything a client can be told, rendered in OpenAI's
//! error shape: `{"error": {"message", "type", "param", "code"}}`.

use serde_json::json;

/// An error the gateway answers with, in OpenAI's error shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: u32,
    /// OpenAI's `type`: `invalid_request_error`, `authentication_error`, `server_error`, ...
    pub kind: &'static str,
    /// OpenAI's `code`: `model_not_found`, `context_length_exceeded`, ... (may be absent).
    pub code: Option<String>,
    pub message: String,
    pub param: Option<&'static str>,
}

impl ApiError {
    pub fn new(status: u32, kind: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            kind,
            code: None,
            message: message.into(),
            param: None,
        }
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    pub fn with_param(mut self, param: &'static str) -> Self {
        self.param = Some(param);
        self
    }

    /// 400 `invalid_request_error`.
    pub fn invalid_request(message: impl Into<String>) -> Self {
        Self::new(400, "invalid_request_error", message)
    }

    /// 404 `model_not_found`, as OpenAI answers an unknown model.
    pub fn model_not_found(model: &str) -> Self {
        Self::new(
            404,
            "invalid_request_error",
            format!("The model `{model}` does not exist or you do not have access to it."),
        )
        .with_code("model_not_found")
        .with_param("model")
    }

    /// 413: the request body is over the configured limit.
    pub fn body_too_large(limit: usize) -> Self {
        Self::new(
            413,
            "invalid_request_error",
            format!("Request body is larger than the limit of {limit} bytes."),
        )
        .with_code("request_too_large")
    }

    /// 405: one of the gateway's paths with a method it does not serve.
    pub fn method_not_allowed(method: &str, path: &str, allow: &str) -> Self {
        let path = path.split(['?', '#']).next().unwrap_or(path);
        Self::new(
            405,
            "invalid_request_error",
            format!("Method {method} is not allowed on {path}; use {allow}."),
        )
        .with_code("method_not_allowed")
    }

    /// 429: too many unknown keys from this source; no key is checked until it ends.
    pub fn too_many_failed_keys(retry_after_secs: u64) -> Self {
        Self::new(
            429,
            "rate_limit_error",
            format!(
                "Too many requests with an unknown API key from your address. \
                 Try again in {retry_after_secs}s."
            ),
        )
        .with_code("too_many_failed_keys")
    }

    /// 502: the provider answered something we cannot read.
    pub fn bad_upstream(message: impl Into<String>) -> Self {
        Self::new(502, "upstream_error", message).with_code("bad_upstream_response")
    }

    /// 502 `upstream_auth_error`: the provider rejected the gateway's own
    /// credential (its 401 or 403). Not the provider's status: a 401 would
    /// tell the client that its key is wrong. Nor its message, which may
    /// quote part of the gateway's key; operators find it in the log.
    pub fn upstream_auth(provider: &str, status: u32) -> Self {
        Self::new(
            502,
            "upstream_error",
            format!(
                "The gateway's credential for provider `{provider}` was rejected (HTTP {status}). \
                 This is a problem of the gateway's configuration, not of your API key."
            ),
        )
        .with_code("upstream_auth_error")
    }

    /// 500: our own fault (configuration or a host call that failed).
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(500, "server_error", message)
    }

    /// The `{"error": {...}}` value.
    pub fn to_value(&self) -> serde_json::Value {
        json!({
            "error": {
                "message": self.message,
                "type": self.kind,
                "param": self.param,
                "code": self.code,
            }
        })
    }

    /// The `{"error": {...}}` body as bytes.
    pub fn body(&self) -> Vec<u8> {
        serde_json::to_vec(&self.to_value()).unwrap_or_default()
    }

    /// The same error as one SSE event (`data: {"error": ...}\n\n`), the way
    /// OpenAI reports an error in the middle of a stream.
    pub fn sse_event(&self) -> Vec<u8> {
        let mut out = b"data: ".to_vec();
        out.extend_from_slice(&self.body());
        out.extend_from_slice(b"\n\n");
        out
    }
}

/// A provider status that means it refused the gateway's credential (every
/// request to a provider carries the gateway's key, never the client's).
pub fn rejects_gateway_credential(status: u32) -> bool {
    matches!(status, 401 | 403)
}

/// The OpenAI error `type` that goes with an HTTP status from a provider.
pub fn kind_for_status(status: u32) -> &'static str {
    match status {
        400 | 404 | 409 | 413 | 422 => "invalid_request_error",
        401 => "authentication_error",
        403 => "permission_error",
        429 => "rate_limit_error",
        _ if status >= 500 => "server_error",
        _ => "api_error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_has_openai_shape() {
        let e = ApiError::model_not_found("gpt-9");
        let v: serde_json::Value = serde_json::from_slice(&e.body()).unwrap();
        assert_eq!(e.status, 404);
        assert_eq!(v["error"]["code"], "model_not_found");
        assert_eq!(v["error"]["type"], "invalid_request_error");
        assert_eq!(v["error"]["param"], "model");
        assert!(v["error"]["message"].as_str().unwrap().contains("gpt-9"));
    }

    #[test]
    fn rejected_gateway_credential_is_a_502_that_blames_the_gateway() {
        assert!(rejects_gateway_credential(401) && rejects_gateway_credential(403));
        assert!(!rejects_gateway_credential(400) && !rejects_gateway_credential(429));
        let e = ApiError::upstream_auth("openai", 401);
        assert_eq!(e.status, 502);
        let v: serde_json::Value = serde_json::from_slice(&e.body()).unwrap();
        assert_eq!(v["error"]["code"], "upstream_auth_error");
        let m = v["error"]["message"].as_str().unwrap();
        assert!(
            m.contains("gateway's credential for provider `openai`"),
            "{m}"
        );
        assert!(m.contains("not of your API key"), "{m}");
    }

    #[test]
    fn sse_event_is_one_data_event() {
        let e = ApiError::bad_upstream("boom");
        let s = String::from_utf8(e.sse_event()).unwrap();
        assert!(s.starts_with("data: {"));
        assert!(s.ends_with("}\n\n"));
    }
}
