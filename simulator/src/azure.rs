//! Azure OpenAI: OpenAI's bodies behind Azure's paths and `api-key` header.

use serde_json::Value;

use crate::content::Prompt;
use crate::http::Request;
use crate::openai;
use crate::server::ApiError;

/// The deployment of a `/openai/deployments/{deployment}/chat/completions` path.
pub fn deployment(path: &str) -> Option<&str> {
    path.strip_prefix("/openai/deployments/")?
        .strip_suffix("/chat/completions")
        .filter(|d| !d.is_empty() && !d.contains('/'))
}

/// Azure's auth and path rules: `api-key` (Bearer tokens are Entra ID, not
/// keys), `api-version` on the deployments path and not on the v1 path.
pub fn check(req: &Request, required: Option<&str>) -> Result<(), ApiError> {
    let key = req.header("api-key").map(str::trim).unwrap_or("");
    if key.is_empty() {
        return Err(ApiError::new(
            401,
            "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.",
        ));
    }
    if required.is_some_and(|r| r != key) {
        return Err(ApiError::new(
            401,
            "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.",
        ));
    }
    let version = req
        .query
        .split('&')
        .find_map(|kv| kv.strip_prefix("api-version="));
    if req.path == "/openai/v1/chat/completions" {
        return Ok(());
    }
    if deployment(&req.path).is_none() {
        return Err(ApiError::new(404, "Resource not found"));
    }
    match version {
        Some(v) if !v.is_empty() => Ok(()),
        _ => Err(ApiError::new(
            404,
            "Resource not found (the deployments path needs ?api-version=)",
        )),
    }
}

/// OpenAI's validation, except that the deployments path needs no `model`.
pub fn parse(req: &Request, body: &Value) -> Result<(Prompt, bool), ApiError> {
    if deployment(&req.path).is_some() && body.get("model").is_none() {
        let mut with_model = body.clone();
        if let Some(o) = with_model.as_object_mut() {
            o.insert("model".into(), Value::String(String::new()));
        }
        return openai::parse(&with_model);
    }
    openai::parse(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deployment_from_path() {
        assert_eq!(
            deployment("/openai/deployments/gpt-4o/chat/completions"),
            Some("gpt-4o")
        );
        assert_eq!(deployment("/openai/v1/chat/completions"), None);
        assert_eq!(deployment("/openai/deployments//chat/completions"), None);
    }
}
