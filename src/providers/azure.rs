//! Azure OpenAI: OpenAI's wire format behind Azure's paths and `api-key` header.
//!
//! Two path shapes, as Azure documents them:
//! - without `api_version`: the v1 API, `<base_path>/v1/chat/completions`
//!   (base path `/openai`), the deployment name in the body's `model`;
//! - with `api_version`: `<base_path>/deployments/<deployment>/chat/completions?api-version=<v>`.
//!
//! Either way the route's model for this provider is the deployment name.
//! Bodies, streams and errors are OpenAI's, so everything else is the
//! `openai` dialect's.

use serde_json::{Map, Value};

use super::openai::{self, OpenAiStream};
use super::{
    join_path, path_segment, Dialect, Header, RequestTarget, ResponseContext, StreamTranslator,
};
use crate::api::openai::Usage;
use crate::config::Provider;
use crate::error::ApiError;

/// The `azure_openai` dialect.
pub struct AzureOpenAi;

impl Dialect for AzureOpenAi {
    fn name(&self) -> &'static str {
        "azure_openai"
    }

    fn settings(&self) -> &'static [&'static str] {
        &["api_version"]
    }

    fn default_base_path(&self) -> &'static str {
        "/openai"
    }

    /// OpenAI's API, OpenAI's ranges.
    fn params(&self) -> &'static [super::params::Param] {
        &openai::OPENAI_PARAMS
    }

    fn request_path(&self, provider: &Provider, target: &RequestTarget) -> String {
        match &provider.api_version {
            None => join_path(&provider.base_path, "v1/chat/completions"),
            Some(v) => {
                let deployment = path_segment(target.model);
                let endpoint = format!("deployments/{deployment}/chat/completions?api-version={v}");
                join_path(&provider.base_path, &endpoint)
            }
        }
    }

    fn auth_headers(&self, provider: &Provider) -> Vec<Header> {
        match &provider.api_key {
            Some(k) => vec![("api-key", k.clone())],
            None => Vec::new(),
        }
    }

    fn translate_request(
        &self,
        request: Map<String, Value>,
        target: &RequestTarget,
    ) -> Result<Vec<u8>, ApiError> {
        openai::translate_request(request, target)
    }

    fn edits_openai_body(&self) -> bool {
        true
    }

    fn translate_response(
        &self,
        body: &[u8],
        ctx: &ResponseContext,
    ) -> Result<(Vec<u8>, Option<Usage>), ApiError> {
        openai::translate_response(body, ctx)
    }

    fn translate_error(&self, status: u32, body: &[u8]) -> ApiError {
        openai::translate_error(status, body)
    }

    fn stream_translator(&self, ctx: ResponseContext) -> Box<dyn StreamTranslator> {
        Box::new(OpenAiStream::new(ctx))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn provider(extra: &str) -> Provider {
        let json = format!(
            r#"{{"providers":{{"az":{{"dialect":"azure_openai","api_key_env":"AZ"{extra}}}}},
               "routes":{{"r":{{"cluster":"c","models":{{"az":"gpt-4o-prod"}}}}}},
               "models":{{"m":{{"route":"r"}}}}}}"#
        );
        let env = |n: &str| (n == "AZ").then(|| "azkey".to_string());
        let mut c = Config::parse(json.as_bytes(), &env).unwrap();
        c.providers.remove("az").unwrap()
    }

    const TARGET: RequestTarget<'static> = RequestTarget {
        model: "gpt-4o-prod",
        default_max_tokens: 0,
        stream: false,
    };

    #[test]
    fn v1_path_by_default() {
        let p = provider("");
        assert_eq!(
            AzureOpenAi.request_path(&p, &TARGET),
            "/openai/v1/chat/completions"
        );
        assert_eq!(
            AzureOpenAi.auth_headers(&p),
            vec![("api-key", "azkey".to_string())]
        );
    }

    #[test]
    fn deployment_path_with_api_version() {
        let p = provider(r#","api_version":"2024-10-21""#);
        assert_eq!(
            AzureOpenAi.request_path(&p, &TARGET),
            "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21"
        );
    }

    #[test]
    fn api_version_is_refused_elsewhere() {
        let json = r#"{"providers":{"o":{"dialect":"openai","api_version":"x"}},
            "routes":{"r":{"cluster":"c","models":{"o":"m"}}},"models":{"m":{"route":"r"}}}"#;
        let e = Config::parse(json.as_bytes(), &|_| None).unwrap_err();
        assert_eq!(e.path, "providers.o.api_version");
    }
}
