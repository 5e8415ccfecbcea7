//! Who is calling: a gateway API key (matched by its SHA-256 digest; keys are
//! never in the configuration in clear) or an identity an earlier Envoy filter
//! established (jwt_authn, ext_authz) in headers or dynamic metadata.

use std::collections::HashMap;

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// The caller, as far as routing and budgets are concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub user: String,
    pub team: Option<String>,
    /// Tiers this caller may use; `None` means all.
    pub tiers: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIdentity {
    #[serde(default)]
    pub api_keys: Vec<RawApiKey>,
    #[serde(default)]
    pub trusted: Option<TrustedSource>,
    /// Refuse requests without an identity (default: true).
    #[serde(default)]
    pub required: Option<bool>,
    /// Unknown keys one source may present per minute before every request
    /// from it that presents a key gets 429 (default 20; 0 turns it off).
    #[serde(default)]
    pub failed_keys_per_minute: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApiKey {
    /// Lower-case hex SHA-256 of the key: `printf %s "$KEY" | sha256sum`.
    pub sha256: String,
    pub user: String,
    #[serde(default)]
    pub team: Option<String>,
    #[serde(default)]
    pub tiers: Option<Vec<String>>,
}

/// Where an earlier filter put the identity. Headers are only as trustworthy
/// as the filter that sets them; dynamic metadata cannot come from a client.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TrustedSource {
    #[serde(default)]
    pub user_header: Option<String>,
    #[serde(default)]
    pub team_header: Option<String>,
    /// Comma-separated tier names.
    #[serde(default)]
    pub tiers_header: Option<String>,
    /// Dynamic metadata namespace, e.g. `envoy.filters.http.jwt_authn`.
    #[serde(default)]
    pub metadata_namespace: Option<String>,
    /// Path under the namespace, e.g. `["jwt_payload", "sub"]`.
    #[serde(default)]
    pub user_metadata: Option<Vec<String>>,
    #[serde(default)]
    pub team_metadata: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IdentityConfig {
    keys: HashMap<[u8; 32], Identity>,
    pub trusted: Option<TrustedSource>,
    pub required: bool,
    /// Per source and minute; 0: no throttle (see `key_throttle`).
    pub failed_keys_per_minute: u32,
}

/// Where a value of the trusted source is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    Header(&'a str),
    Metadata(&'a str, &'a [String]),
}

fn decode_hex32(s: &str) -> Option<[u8; 32]> {
    let bytes = s.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (o, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        let hi = (*pair.first()? as char).to_digit(16)?;
        let lo = (*pair.get(1)? as char).to_digit(16)?;
        *o = u8::try_from(hi * 16 + lo).ok()?;
    }
    Some(out)
}

impl IdentityConfig {
    /// Compiles the raw section; `path` prefixes error paths. `tier_exists`
    /// checks tier names.
    pub fn compile(
        raw: RawIdentity,
        tier_exists: &dyn Fn(&str) -> bool,
    ) -> Result<Self, (String, String)> {
        let mut keys = HashMap::new();
        for (i, k) in raw.api_keys.into_iter().enumerate() {
            let path = format!("identity.api_keys[{i}]");
            let digest = decode_hex32(&k.sha256.to_ascii_lowercase()).ok_or_else(|| {
                (
                    format!("{path}.sha256"),
                    "must be 64 hex characters (SHA-256 of the key)".to_string(),
                )
            })?;
            if k.user.is_empty() {
                return Err((format!("{path}.user"), "must not be empty".into()));
            }
            if let Some(tiers) = &k.tiers {
                for t in tiers {
                    if !tier_exists(t) {
                        return Err((
                            format!("{path}.tiers"),
                            format!("no tier named `{t}` in `tiers`"),
                        ));
                    }
                }
            }
            let identity = Identity {
                user: k.user,
                team: k.team.filter(|t| !t.is_empty()),
                tiers: k.tiers,
            };
            if keys.insert(digest, identity).is_some() {
                return Err((
                    format!("{path}.sha256"),
                    "the same key is listed twice".into(),
                ));
            }
        }
        if let Some(t) = &raw.trusted {
            let has_user = t.user_header.is_some() || t.user_metadata.is_some();
            if !has_user {
                return Err((
                    "identity.trusted".into(),
                    "name `user_header` or `user_metadata`".into(),
                ));
            }
            let uses_metadata = t.user_metadata.is_some() || t.team_metadata.is_some();
            if uses_metadata && t.metadata_namespace.as_deref().is_none_or(str::is_empty) {
                return Err((
                    "identity.trusted.metadata_namespace".into(),
                    "required with `*_metadata` paths".into(),
                ));
            }
        }
        if keys.is_empty() && raw.trusted.is_none() {
            return Err((
                "identity".into(),
                "list `api_keys` or a `trusted` source".into(),
            ));
        }
        Ok(IdentityConfig {
            keys,
            trusted: raw.trusted,
            required: raw.required.unwrap_or(true),
            failed_keys_per_minute: raw
                .failed_keys_per_minute
                .unwrap_or(super::key_throttle::DEFAULT_FAILED_KEYS_PER_MINUTE),
        })
    }

    /// The failed-key throttle, when gateway keys are in use and it is on.
    pub fn key_throttle(&self) -> Option<super::key_throttle::KeyThrottle> {
        (!self.keys.is_empty() && self.failed_keys_per_minute > 0).then_some(
            super::key_throttle::KeyThrottle {
                per_minute: self.failed_keys_per_minute,
            },
        )
    }

    /// Identifies the caller. `bearer` is the token of `Authorization: Bearer`;
    /// `lookup` reads trusted headers and metadata.
    pub fn identify(
        &self,
        bearer: Option<&str>,
        lookup: &dyn Fn(Lookup) -> Option<String>,
    ) -> Result<Option<Identity>, ApiError> {
        if let Some(token) = bearer.filter(|_| !self.keys.is_empty()) {
            let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
            return match self.keys.get(&digest) {
                Some(id) => Ok(Some(id.clone())),
                None => Err(unauthorized(
                    "Incorrect API key provided.",
                    "invalid_api_key",
                )),
            };
        }
        if let Some(t) = &self.trusted {
            let read = |header: &Option<String>, meta: &Option<Vec<String>>| -> Option<String> {
                let from_meta = match (&t.metadata_namespace, meta) {
                    (Some(ns), Some(path)) => lookup(Lookup::Metadata(ns, path)),
                    _ => None,
                };
                from_meta
                    .or_else(|| header.as_deref().and_then(|h| lookup(Lookup::Header(h))))
                    .filter(|v| !v.is_empty())
            };
            if let Some(user) = read(&t.user_header, &t.user_metadata) {
                let team = read(&t.team_header, &t.team_metadata);
                let tiers = t
                    .tiers_header
                    .as_deref()
                    .and_then(|h| lookup(Lookup::Header(h)))
                    .map(|v| {
                        v.split(',')
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty())
                            .collect()
                    });
                return Ok(Some(Identity { user, team, tiers }));
            }
        }
        if self.required {
            let msg = if self.keys.is_empty() {
                "This gateway needs an authenticated caller; none was established."
            } else {
                "You didn't provide an API key. Send `Authorization: Bearer <key>`."
            };
            return Err(unauthorized(msg, "missing_api_key"));
        }
        Ok(None)
    }
}

fn unauthorized(message: &str, code: &str) -> ApiError {
    ApiError::new(401, "invalid_request_error", message).with_code(code)
}

/// The token of an `Authorization: Bearer <token>` header.
pub fn bearer_token(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    // sha256("sk-alice") and sha256("sk-bob")
    fn digest(key: &str) -> String {
        Sha256::digest(key.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn config(json: &str) -> Result<IdentityConfig, (String, String)> {
        let raw: RawIdentity = serde_json::from_str(json).unwrap();
        IdentityConfig::compile(raw, &|t| ["economy", "premium"].contains(&t))
    }

    fn keys_config() -> IdentityConfig {
        config(&format!(
            r#"{{"api_keys": [
                {{"sha256": "{}", "user": "alice", "team": "search", "tiers": ["economy"]}},
                {{"sha256": "{}", "user": "bob"}}]}}"#,
            digest("sk-alice"),
            digest("sk-bob").to_uppercase()
        ))
        .unwrap()
    }

    fn no_lookup(_: Lookup) -> Option<String> {
        None
    }

    #[test]
    fn api_keys_by_digest() {
        let c = keys_config();
        let alice = c.identify(Some("sk-alice"), &no_lookup).unwrap().unwrap();
        assert_eq!(alice.user, "alice");
        assert_eq!(alice.team.as_deref(), Some("search"));
        assert_eq!(alice.tiers, Some(vec!["economy".to_string()]));
        assert_eq!(
            c.identify(Some("sk-bob"), &no_lookup)
                .unwrap()
                .unwrap()
                .user,
            "bob"
        );
        let e = c.identify(Some("sk-mallory"), &no_lookup).unwrap_err();
        assert_eq!(
            (e.status, e.code.as_deref()),
            (401, Some("invalid_api_key"))
        );
        let e = c.identify(None, &no_lookup).unwrap_err();
        assert_eq!(
            (e.status, e.code.as_deref()),
            (401, Some("missing_api_key"))
        );
    }

    #[test]
    fn trusted_metadata_wins_over_headers() {
        let c = config(
            r#"{"trusted": {"user_header": "x-user", "team_header": "x-team", "tiers_header": "x-tiers",
                "metadata_namespace": "envoy.filters.http.jwt_authn", "user_metadata": ["jwt_payload", "sub"]}}"#,
        )
        .unwrap();
        let lookup = |l: Lookup| match l {
            Lookup::Metadata(ns, path)
                if ns == "envoy.filters.http.jwt_authn" && path.join(".") == "jwt_payload.sub" =>
            {
                Some("carol".to_string())
            }
            Lookup::Header("x-user") => Some("spoofed".to_string()),
            Lookup::Header("x-team") => Some("infra".to_string()),
            Lookup::Header("x-tiers") => Some("economy, premium".to_string()),
            _ => None,
        };
        let id = c.identify(None, &lookup).unwrap().unwrap();
        assert_eq!(id.user, "carol");
        assert_eq!(id.team.as_deref(), Some("infra"));
        assert_eq!(
            id.tiers,
            Some(vec!["economy".to_string(), "premium".to_string()])
        );
        assert_eq!(c.identify(None, &no_lookup).unwrap_err().status, 401);
    }

    #[test]
    fn optional_identity_is_anonymous() {
        let c = config(r#"{"trusted": {"user_header": "x-user"}, "required": false}"#).unwrap();
        assert_eq!(c.identify(None, &no_lookup).unwrap(), None);
    }

    #[test]
    fn bad_config_names_field() {
        assert_eq!(
            config(r#"{"api_keys": [{"sha256": "abc", "user": "a"}]}"#)
                .unwrap_err()
                .0,
            "identity.api_keys[0].sha256"
        );
        let e = config(&format!(
            r#"{{"api_keys": [{{"sha256": "{}", "user": "a", "tiers": ["gold"]}}]}}"#,
            digest("k")
        ))
        .unwrap_err();
        assert_eq!(e.0, "identity.api_keys[0].tiers");
        assert_eq!(config(r#"{}"#).unwrap_err().0, "identity");
        assert_eq!(
            config(r#"{"trusted": {"user_metadata": ["sub"]}}"#)
                .unwrap_err()
                .0,
            "identity.trusted.metadata_namespace"
        );
    }

    #[test]
    fn parses_bearer() {
        assert_eq!(bearer_token("Bearer sk-1"), Some("sk-1"));
        assert_eq!(bearer_token("bearer   sk-1 "), Some("sk-1"));
        assert_eq!(bearer_token("Basic abc"), None);
        assert_eq!(bearer_token("Bearer "), None);
    }
}
