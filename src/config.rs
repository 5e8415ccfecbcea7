//! The plugin configuration: one JSON document shared by both roles, parsed
//! and validated once in `on_configure`. Every error names the field path.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::headers::{HeaderPolicy, RawHeaderPolicy};
use crate::policy::{
    identity::RawIdentity, rules::RawRule, Policy, RawBudget, RawPii, RawPolicy, RawRateLimit,
    RawTier, RawUpstreamModel,
};
use crate::providers::bedrock::sigv4::Credentials;
use crate::providers::{self, Dialect};
use crate::telemetry::MetricsConfig;

/// Default cap on a chat request body: large enough for a few inline images.
pub const DEFAULT_MAX_REQUEST_BODY_BYTES: usize = 4 * 1024 * 1024;
/// Anthropic requires `max_tokens`; this is sent when the client gives none.
pub const DEFAULT_MAX_TOKENS: u32 = 4096;
pub const DEFAULT_ANTHROPIC_VERSION: &str = "2023-06-01";

/// The configuration as written in Envoy YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    max_request_body_bytes: Option<u64>,
    #[serde(default)]
    stream_start_hold_bytes: Option<u64>,
    providers: BTreeMap<String, RawProvider>,
    routes: BTreeMap<String, RawRoute>,
    models: BTreeMap<String, RawModel>,
    // Policy sections (see `policy`): flattening would lose deny_unknown_fields.
    #[serde(default)]
    identity: Option<RawIdentity>,
    #[serde(default)]
    tier_header: Option<String>,
    #[serde(default)]
    tiers: Vec<RawTier>,
    #[serde(default)]
    upstream_models: BTreeMap<String, RawUpstreamModel>,
    #[serde(default)]
    rules: Vec<RawRule>,
    #[serde(default)]
    shadow_rules: Vec<RawRule>,
    #[serde(default)]
    pii: Option<RawPii>,
    #[serde(default)]
    budgets: Vec<RawBudget>,
    #[serde(default)]
    rate_limits: Vec<RawRateLimit>,
    /// Where budgets and rate limits are counted (see `fleet`).
    #[serde(default)]
    budget_store: Option<crate::fleet::RawStore>,
    #[serde(default)]
    classifier: Option<crate::policy::classifier::RawClassifier>,
    #[serde(default)]
    max_n: Option<u64>,
    #[serde(default)]
    reservation_lease_secs: Option<u64>,
    #[serde(default)]
    metrics: MetricsConfig,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvider {
    dialect: String,
    #[serde(default)]
    base_path: Option<String>,
    #[serde(default)]
    host: Option<String>,
    #[serde(default)]
    api_key_env: Option<String>,
    #[serde(default)]
    anthropic_version: Option<String>,
    #[serde(default)]
    default_max_tokens: Option<u32>,
    #[serde(default)]
    drop_params: Vec<String>,
    #[serde(default)]
    forward_request_headers: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    expose_response_headers: Vec<String>,
    api_version: Option<String>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    aws_access_key_id_env: Option<String>,
    #[serde(default)]
    aws_secret_access_key_env: Option<String>,
    #[serde(default)]
    aws_session_token_env: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    cluster: String,
    models: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModel {
    route: String,
    #[serde(default)]
    owned_by: Option<String>,
}

/// A validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub max_request_body_bytes: usize,
    /// How much of a stream the translator holds, with the response headers,
    /// while waiting for content (`stream_start`); 0: none.
    pub stream_start_hold_bytes: usize,
    pub providers: BTreeMap<String, Provider>,
    pub routes: BTreeMap<String, Route>,
    pub models: BTreeMap<String, Model>,
    pub policy: Policy,
    pub store: crate::fleet::Store,
    pub metrics: MetricsConfig,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    /// The wire format, from `providers::REGISTRY`.
    pub dialect: &'static dyn Dialect,
    /// Prefix of the provider's endpoints, e.g. `/v1`; the dialect adds the rest.
    pub base_path: String,
    /// `:authority` to send, when the upstream needs its own host name.
    pub host: Option<String>,
    /// The API key, read from the VM's environment at configure time.
    pub api_key: Option<String>,
    pub anthropic_version: String,
    pub default_max_tokens: u32,
    /// Parameters this provider cannot honour that are removed instead of
    /// refused (the operator asked for it; see `providers::params`).
    pub drop_params: Vec<String>,
    /// Client headers it may receive and provider headers clients may see.
    pub headers: HeaderPolicy,
    /// Azure OpenAI `api-version` (the deployments path); `None`: Azure's v1 path.
    pub api_version: Option<String>,
    /// AWS region (bedrock).
    pub region: Option<String>,
    /// SigV4 credentials read from the VM's environment (bedrock).
    pub aws_credentials: Option<Credentials>,
}

/// Where a request goes: an Envoy cluster (often an aggregate cluster whose
/// priorities are the fallback chain) and each provider's name for the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub cluster: String,
    pub models: BTreeMap<String, String>,
}

/// A model name clients may ask for (a concrete name or an alias).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub route: String,
    pub owned_by: String,
}

/// A refused configuration: the field path and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid configuration at `{}`: {}",
            self.path, self.message
        )
    }
}

fn err(path: impl Into<String>, message: impl Into<String>) -> ConfigError {
    ConfigError {
        path: path.into(),
        message: message.into(),
    }
}

/// Names of providers, routes and models: what is safe in headers, stats and logs.
fn check_name(path: &str, name: &str) -> Result<(), ConfigError> {
    let ok = !name.is_empty()
        && name.len() <= 128
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:/@".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(err(
            path,
            "names must be 1-128 characters of letters, digits and - _ . : / @",
        ))
    }
}

impl Config {
    /// Parses and validates. `raw` is JSON (a `StringValue` configuration)
    /// or a `google.protobuf.Struct`'s binary encoding (a `Struct` one).
    /// `env` looks up environment variables (the VM's environment in Envoy;
    /// a map in tests).
    pub fn parse(raw: &[u8], env: &dyn Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let path_err = |e: serde_path_to_error::Error<serde_json::Error>| {
            let path = e.path().to_string();
            err(
                if path == "." { "(root)".into() } else { path },
                e.inner().to_string(),
            )
        };
        // A non-empty Struct starts with the key of its field 1 (0x0a, which is
        // also `\n`): it is a Struct when it starts so and is not JSON.
        let is_struct = raw.is_empty()
            || (raw.first() == Some(&0x0a)
                && serde_json::from_slice::<serde::de::IgnoredAny>(raw).is_err());
        // Both encodings become one `Value` first, so the config types are
        // deserialised through one deserializer: a second one (straight from
        // the JSON bytes) doubled their monomorphised code in the .wasm
        // (213 KB); messages name the field by its path either way.
        let value = if is_struct {
            crate::pb_struct::decode_struct(raw)
                .map_err(|e| err("(root)", format!("not a valid google.protobuf.Struct: {e}")))?
        } else {
            crate::config_json::parse(raw)
                .map_err(|e| err("(root)", format!("not valid JSON: {e}")))?
        };
        let raw: RawConfig = serde_path_to_error::deserialize(value).map_err(path_err)?;
        let max_request_body_bytes = match raw.max_request_body_bytes {
            None => DEFAULT_MAX_REQUEST_BODY_BYTES,
            Some(0) => return Err(err("max_request_body_bytes", "must be greater than 0")),
            Some(n) => {
                usize::try_from(n).map_err(|_| err("max_request_body_bytes", "too large"))?
            }
        };
        let stream_start_hold_bytes = match raw.stream_start_hold_bytes {
            None => crate::stream_start::DEFAULT_HOLD_BYTES,
            Some(n) if n <= 16 * 1024 * 1024 => usize::try_from(n).unwrap_or(usize::MAX),
            Some(_) => {
                return Err(err(
                    "stream_start_hold_bytes",
                    "at most 16777216 (it is held in memory per stream)",
                ))
            }
        };
        if raw.providers.is_empty() {
            return Err(err("providers", "at least one provider is required"));
        }
        let mut providers = BTreeMap::new();
        for (name, p) in raw.providers {
            let path = format!("providers.{name}");
            check_name(&path, &name)?;
            providers.insert(name, compile_provider(&path, p, env)?);
        }
        let mut routes = BTreeMap::new();
        for (name, r) in raw.routes {
            let path = format!("routes.{name}");
            check_name(&path, &name)?;
            if r.cluster.is_empty() {
                return Err(err(format!("{path}.cluster"), "must not be empty"));
            }
            if r.models.is_empty() {
                return Err(err(
                    format!("{path}.models"),
                    "name the model for at least one provider",
                ));
            }
            for (provider, model) in &r.models {
                if !providers.contains_key(provider) {
                    return Err(err(
                        format!("{path}.models.{provider}"),
                        format!("no provider named `{provider}` in `providers`"),
                    ));
                }
                if model.is_empty() {
                    return Err(err(
                        format!("{path}.models.{provider}"),
                        "must not be empty",
                    ));
                }
            }
            routes.insert(
                name,
                Route {
                    cluster: r.cluster,
                    models: r.models,
                },
            );
        }
        if raw.models.is_empty() {
            return Err(err("models", "at least one model is required"));
        }
        let mut models = BTreeMap::new();
        for (name, m) in raw.models {
            let path = format!("models.{name}");
            check_name(&path, &name)?;
            if !routes.contains_key(&m.route) {
                return Err(err(
                    format!("{path}.route"),
                    format!("no route named `{}` in `routes`", m.route),
                ));
            }
            let owned_by = m.owned_by.unwrap_or_else(|| "llm-router".to_string());
            models.insert(
                name,
                Model {
                    route: m.route,
                    owned_by,
                },
            );
        }
        let route_models: BTreeMap<String, BTreeMap<String, String>> = routes
            .iter()
            .map(|(k, r)| (k.clone(), r.models.clone()))
            .collect();
        let policy = Policy::compile(
            RawPolicy {
                identity: raw.identity,
                tier_header: raw.tier_header,
                tiers: raw.tiers,
                upstream_models: raw.upstream_models,
                rules: raw.rules,
                shadow_rules: raw.shadow_rules,
                pii: raw.pii,
                budgets: raw.budgets,
                rate_limits: raw.rate_limits,
                classifier: raw.classifier,
                max_n: raw.max_n,
                reservation_lease_secs: raw.reservation_lease_secs,
            },
            &route_models,
        )
        .map_err(|(path, message)| err(path, message))?;
        if let Some(c) = &policy.classifier {
            if let Some(m) = c.models.iter().find(|m| !models.contains_key(*m)) {
                return Err(err(
                    "classifier.models",
                    format!("no model named `{m}` in `models` (add it as an alias of any route)"),
                ));
            }
        }
        let store = crate::fleet::Store::compile(raw.budget_store, &policy)
            .map_err(|(path, message)| err(path, message))?;
        Ok(Config {
            max_request_body_bytes,
            stream_start_hold_bytes,
            providers,
            routes,
            models,
            policy,
            store,
            metrics: raw.metrics,
        })
    }

    /// The route for a model name a client asked for.
    pub fn resolve(&self, model: &str) -> Option<(&str, &Route)> {
        let m = self.models.get(model)?;
        let (name, route) = self.routes.get_key_value(&m.route)?;
        Some((name.as_str(), route))
    }
}

fn compile_provider(
    path: &str,
    p: RawProvider,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Provider, ConfigError> {
    let dialect = providers::dialect(&p.dialect).ok_or_else(|| {
        err(
            format!("{path}.dialect"),
            format!(
                "unknown dialect `{}`; expected one of: {}",
                p.dialect,
                providers::dialect_names().join(", ")
            ),
        )
    })?;
    let base_path = p
        .base_path
        .clone()
        .unwrap_or_else(|| dialect.default_base_path().to_string());
    if !base_path.starts_with('/') || base_path.contains(['?', '#', ' ']) {
        return Err(err(
            format!("{path}.base_path"),
            "must be a path starting with `/`",
        ));
    }
    if let Some(h) = &p.host {
        if h.is_empty() || h.contains(['/', ' ']) {
            return Err(err(
                format!("{path}.host"),
                "must be a host name, optionally with `:port`",
            ));
        }
    }
    let api_key = match &p.api_key_env {
        None => None,
        Some(var) => match env(var) {
            Some(k) if !k.is_empty() => Some(k),
            _ => {
                return Err(err(
                    format!("{path}.api_key_env"),
                    format!(
                        "environment variable `{var}` is not set in the wasm VM \
                         (list it in vm_config.environment_variables.host_env_keys)"
                    ),
                ))
            }
        },
    };
    let dialect_settings = [
        ("anthropic_version", p.anthropic_version.is_some()),
        ("default_max_tokens", p.default_max_tokens.is_some()),
        ("api_version", p.api_version.is_some()),
        ("region", p.region.is_some()),
        ("aws_access_key_id_env", p.aws_access_key_id_env.is_some()),
        (
            "aws_secret_access_key_env",
            p.aws_secret_access_key_env.is_some(),
        ),
        ("aws_session_token_env", p.aws_session_token_env.is_some()),
    ];
    for (field, given) in dialect_settings {
        if given && !dialect.settings().contains(&field) {
            return Err(err(
                format!("{path}.{field}"),
                format!("does not apply to dialect `{}`", dialect.name()),
            ));
        }
    }
    for (i, name) in p.drop_params.iter().enumerate() {
        if !dialect
            .params()
            .iter()
            .any(|q| q.name == name && q.droppable())
        {
            let droppable: Vec<&str> = dialect
                .params()
                .iter()
                .filter(|q| q.droppable())
                .map(|q| q.name)
                .collect();
            return Err(err(
                format!("{path}.drop_params[{i}]"),
                format!(
                    "`{name}` is not a parameter dialect `{}` refuses; it can drop: {}",
                    dialect.name(),
                    if droppable.is_empty() {
                        "nothing".to_string()
                    } else {
                        droppable.join(", ")
                    }
                ),
            ));
        }
    }
    let default_max_tokens = p.default_max_tokens.unwrap_or(DEFAULT_MAX_TOKENS);
    if default_max_tokens == 0 {
        return Err(err(
            format!("{path}.default_max_tokens"),
            "must be greater than 0",
        ));
    }
    let (region, aws_credentials, host) = aws_settings(path, &p, dialect, api_key.is_some(), env)?;
    let headers = HeaderPolicy::compile(RawHeaderPolicy {
        forward_request_headers: p.forward_request_headers,
        expose_response_headers: p.expose_response_headers,
    })
    .map_err(|(field, message)| err(format!("{path}.{field}"), message))?;
    Ok(Provider {
        headers,
        dialect,
        base_path,
        host,
        api_key,
        anthropic_version: p
            .anthropic_version
            .unwrap_or_else(|| DEFAULT_ANTHROPIC_VERSION.to_string()),
        default_max_tokens,
        drop_params: p.drop_params,
        api_version: match p.api_version {
            Some(v)
                if v.is_empty()
                    || !v
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') =>
            {
                return Err(err(
                    format!("{path}.api_version"),
                    "must be an Azure api-version such as `2024-10-21`",
                ))
            }
            v => v,
        },
        region,
        aws_credentials,
    })
}

/// Region, SigV4 credentials and host of a provider (all `None` but the host
/// for dialects other than bedrock).
type AwsSettings = (Option<String>, Option<Credentials>, Option<String>);

/// Bedrock's region, SigV4 credentials (from the environment) and host
/// (`bedrock-runtime.<region>.amazonaws.com` unless given).
fn aws_settings(
    path: &str,
    p: &RawProvider,
    dialect: &dyn Dialect,
    has_api_key: bool,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<AwsSettings, ConfigError> {
    if dialect.name() != "bedrock" {
        return Ok((None, None, p.host.clone()));
    }
    let region = match &p.region {
        Some(r)
            if !r.is_empty()
                && r.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
        {
            r.clone()
        }
        Some(_) => {
            return Err(err(
                format!("{path}.region"),
                "must be an AWS region such as `us-east-1`",
            ))
        }
        None => {
            return Err(err(
                format!("{path}.region"),
                "is required for dialect `bedrock`",
            ))
        }
    };
    let read = |field: &str, var: &Option<String>| -> Result<Option<String>, ConfigError> {
        match var {
            None => Ok(None),
            Some(v) => match env(v) {
                Some(k) if !k.is_empty() => Ok(Some(k)),
                _ => Err(err(
                    format!("{path}.{field}"),
                    format!(
                        "environment variable `{v}` is not set in the wasm VM \
                         (list it in vm_config.environment_variables.host_env_keys)"
                    ),
                )),
            },
        }
    };
    let id = read("aws_access_key_id_env", &p.aws_access_key_id_env)?;
    let secret = read("aws_secret_access_key_env", &p.aws_secret_access_key_env)?;
    let token = read("aws_session_token_env", &p.aws_session_token_env)?;
    let credentials = match (id, secret) {
        (Some(access_key_id), Some(secret_access_key)) => Some(Credentials {
            access_key_id,
            secret_access_key,
            session_token: token,
        }),
        (None, None) if token.is_none() && has_api_key => None,
        (None, None) if token.is_none() => {
            return Err(err(
                path,
                "dialect `bedrock` needs `aws_access_key_id_env` and `aws_secret_access_key_env` (SigV4), or `api_key_env` (a Bedrock API key)",
            ))
        }
        _ => {
            return Err(err(
                path,
                "`aws_access_key_id_env` and `aws_secret_access_key_env` go together",
            ))
        }
    };
    let host = p
        .host
        .clone()
        .unwrap_or_else(|| format!("bedrock-runtime.{region}.amazonaws.com"));
    Ok((Some(region), credentials, Some(host)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
      "max_request_body_bytes": 65536,
      "providers": {
        "anthropic": {"dialect": "anthropic", "api_key_env": "ANTHROPIC_API_KEY", "default_max_tokens": 512},
        "vllm": {"dialect": "openai", "base_path": "/openai/v1/", "host": "vllm.internal:8000"}
      },
      "routes": {
        "fast": {"cluster": "fast_chain", "models": {"anthropic": "claude-haiku-4-5", "vllm": "llama-3.1-8b"}}
      },
      "models": {"fast": {"route": "fast"}, "llama-3.1-8b": {"route": "fast", "owned_by": "meta"}}
    }"#;

    fn env(name: &str) -> Option<String> {
        (name == "ANTHROPIC_API_KEY").then(|| "sk-ant-test".to_string())
    }

    fn parse(json: &str) -> Result<Config, ConfigError> {
        Config::parse(json.as_bytes(), &env)
    }

    fn refused(json: &str) -> ConfigError {
        parse(json).unwrap_err()
    }

    #[test]
    fn parses_a_good_config() {
        let c = parse(GOOD).unwrap();
        assert_eq!(c.max_request_body_bytes, 65536);
        let a = &c.providers["anthropic"];
        assert_eq!(a.dialect.name(), "anthropic");
        assert_eq!(a.base_path, "/v1");
        assert_eq!(a.api_key.as_deref(), Some("sk-ant-test"));
        assert_eq!(a.default_max_tokens, 512);
        assert_eq!(a.anthropic_version, DEFAULT_ANTHROPIC_VERSION);
        let v = &c.providers["vllm"];
        assert_eq!(v.base_path, "/openai/v1/");
        assert_eq!(v.api_key, None);
        let (name, route) = c.resolve("fast").unwrap();
        assert_eq!((name, route.cluster.as_str()), ("fast", "fast_chain"));
        assert!(c.resolve("gpt-9").is_none());
        assert_eq!(c.models["llama-3.1-8b"].owned_by, "meta");
    }

    #[test]
    fn drop_params_only_for_what_the_dialect_refuses() {
        let with = |list: &str| {
            GOOD.replace(
                "\"default_max_tokens\": 512}",
                &format!("\"default_max_tokens\": 512, \"drop_params\": {list}}}"),
            )
        };
        let c = parse(&with(r#"["seed", "logprobs"]"#)).unwrap();
        assert_eq!(c.providers["anthropic"].drop_params, ["seed", "logprobs"]);
        assert!(c.providers["vllm"].drop_params.is_empty());
        // A range is never dropped, nor a name the dialect does not know.
        for (list, bad) in [(r#"["seed", "temperature"]"#, 1), (r#"["sed"]"#, 0)] {
            let e = refused(&with(list));
            assert_eq!(e.path, format!("providers.anthropic.drop_params[{bad}]"));
            assert!(e.message.contains("it can drop: n,"), "{e}");
        }
    }

    #[test]
    fn errors_name_the_field() {
        let e = refused(&GOOD.replace(
            "\"default_max_tokens\": 512",
            "\"default_max_tokens\": 512, \"forward_request_headers\": {\"authorization\": [\"*\"]}",
        ));
        assert_eq!(
            e.path,
            "providers.anthropic.forward_request_headers.authorization"
        );
        let e = refused(&GOOD.replace("\"dialect\": \"anthropic\"", "\"dialect\": \"antropic\""));
        assert_eq!(e.path, "providers.anthropic.dialect");
        assert!(e.message.contains("openai, anthropic"), "{e}");
        let e = refused(&GOOD.replace("\"host\":", "\"hots\":"));
        assert_eq!(e.path, "providers.vllm.hots");
        assert!(e.message.contains("unknown field"), "{e}");
        let e = refused(&GOOD.replace(
            "\"route\": \"fast\", \"owned_by\"",
            "\"route\": \"slow\", \"owned_by\"",
        ));
        assert_eq!(e.path, "models.llama-3.1-8b.route");
        let e =
            refused(&GOOD.replace("\"vllm\": \"llama-3.1-8b\"", "\"ollama\": \"llama-3.1-8b\""));
        assert_eq!(e.path, "routes.fast.models.ollama");
        let e = refused(&GOOD.replace("ANTHROPIC_API_KEY", "MISSING_KEY"));
        assert_eq!(e.path, "providers.anthropic.api_key_env");
        assert!(e.message.contains("host_env_keys"));
        let e = refused(&GOOD.replace("65536", "0"));
        assert_eq!(e.path, "max_request_body_bytes");
        let e = refused(&GOOD.replace("\"/openai/v1/\"", "\"openai\""));
        assert_eq!(e.path, "providers.vllm.base_path");
        let e = refused(&GOOD.replace("65536", "\"big\""));
        assert_eq!(e.path, "max_request_body_bytes");
        let e = refused(&GOOD.replace("\"fast_chain\"", "\"\""));
        assert_eq!(e.path, "routes.fast.cluster");
        let e = refused(r#"{"providers": {}, "routes": {}, "models": {}}"#);
        assert_eq!(e.path, "providers");
        let e = refused("not json");
        assert_eq!(e.path, "(root)");
        assert!(
            e.message.contains("not valid JSON") && e.message.contains("line 1"),
            "{e}"
        );
        let e = refused(&GOOD.replace("65536", "65536, \"max_request_body_bytes\": 1"));
        assert_eq!(e.path, "(root)");
        assert!(
            e.message.contains("duplicate key `max_request_body_bytes`"),
            "{e}"
        );
        let e = refused(&GOOD.replace(
            "\"dialect\": \"openai\"",
            "\"dialect\": \"openai\", \"default_max_tokens\": 5",
        ));
        assert_eq!(e.path, "providers.vllm.default_max_tokens");
        assert!(e.message.contains("dialect `openai`"), "{e}");
    }

    #[test]
    fn budget_store_month_window_is_named_when_wrong() {
        let with = |store: &str| {
            GOOD.replace(
                "\"max_request_body_bytes\"",
                &format!("\"budget_store\": {store}, \"max_request_body_bytes\""),
            )
        };
        let good = parse(&with(
            r#"{"type": "rate_limit_service", "cluster": "rls", "month_window": "year_window"}"#,
        ))
        .unwrap();
        assert!(matches!(&good.store, crate::fleet::Store::Service(s)
                if s.month_window == crate::fleet::MonthWindow::YearWindow));
        let e = refused(&with(
            r#"{"type": "rate_limit_service", "cluster": "rls", "month_window": "30d"}"#,
        ));
        assert_eq!(e.path, "budget_store.month_window");
        assert!(e.message.contains("calendar"), "{e}");
    }
}
