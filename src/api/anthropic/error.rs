//! Errors in Anthropic's shape: `{"type": "error", "error": {"type", "message"}}`.

use serde_json::json;

use crate::error::ApiError;

/// Anthropic error types, as its API uses them; an error that came from an
/// Anthropic provider keeps its own type (carried as the OpenAI `code`).
const TYPES: [&str; 10] = [
    "invalid_request_error",
    "authentication_error",
    "billing_error",
    "permission_error",
    "not_found_error",
    "request_too_large",
    "rate_limit_error",
    "api_error",
    "timeout_error",
    "overloaded_error",
];

/// The Anthropic error `type` for an error.
pub fn error_type(err: &ApiError) -> &'static str {
    if let Some(t) = err
        .code
        .as_deref()
        .and_then(|c| TYPES.iter().find(|t| **t == c))
    {
        return t;
    }
    match err.status {
        400 | 409 | 422 => "invalid_request_error",
        401 => "authentication_error",
        402 => "billing_error",
        403 => "permission_error",
        404 => "not_found_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        504 => "timeout_error",
        529 => "overloaded_error",
        _ => "api_error",
    }
}

fn value(err: &ApiError) -> serde_json::Value {
    json!({"type": "error", "error": {"type": error_type(err), "message": err.message}})
}

/// The error as an Anthropic error body.
pub fn error_body(err: &ApiError) -> Vec<u8> {
    serde_json::to_vec(&value(err)).unwrap_or_default()
}

/// The error as an Anthropic stream `error` event.
pub fn error_event(err: &ApiError, out: &mut Vec<u8>) {
    crate::sse::write_event(out, "error", &error_body(err));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_follow_status_or_the_providers_type() {
        assert_eq!(
            error_type(&ApiError::model_not_found("x")),
            "not_found_error"
        );
        assert_eq!(
            error_type(&ApiError::new(429, "rate_limit_error", "slow")),
            "rate_limit_error"
        );
        assert_eq!(
            error_type(&ApiError::new(529, "server_error", "busy").with_code("overloaded_error")),
            "overloaded_error"
        );
        assert_eq!(error_type(&ApiError::bad_upstream("x")), "api_error");
        let v: serde_json::Value =
            serde_json::from_slice(&error_body(&ApiError::invalid_request("bad"))).unwrap();
        assert_eq!(
            v,
            json!({"type": "error", "error": {"type": "invalid_request_error", "message": "bad"}})
        );
    }
}
