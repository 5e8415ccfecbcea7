//! The router's decisions, free of the host: which route serves a request,
//! the headers that carry the decision, and the local `/v1/models` answer.

use serde_json::json;

use crate::api::anthropic;
use crate::api::openai::ChatRequestSummary;
use crate::config::{Config, Route};
use crate::error::ApiError;
use crate::ingress::Ingress;

/// Every header with this prefix is the gateway's own: the router removes any
/// a client sends, so a client cannot pick a cluster or provider itself.
pub const INTERNAL_PREFIX: &str = "x-llm-";
/// Read by the Envoy route's `cluster_header`.
pub const CLUSTER_HEADER: &str = "x-llm-cluster";
/// Filter state the router sets (Envoy's key: `wasm.llm_routed_cluster`) to
/// the cluster it chose. The shipped routes honour `x-llm-cluster` only when
/// it is present, and clients cannot set filter state: if the router is
/// skipped (`FAIL_OPEN`, or left out of the chain) no request reaches a provider.
pub const ROUTED_PROPERTY: &str = "llm_routed_cluster";
/// The route that served the request, on the response.
pub const ROUTE_HEADER: &str = "x-llm-route";
/// The provider that served the request, set on the response by the translator.
pub const PROVIDER_HEADER: &str = "x-llm-provider";

/// Client credential headers: never forwarded to a provider.
pub const CLIENT_CREDENTIAL_HEADERS: [&str; 4] =
    ["authorization", "x-api-key", "api-key", "x-goog-api-key"];

/// Response headers that explain the decision.
pub const TIER_HEADER: &str = "x-llm-tier";
pub const REASON_HEADER: &str = "x-llm-route-reason";
pub const BUDGET_REMAINING_HEADER: &str = "x-llm-budget-remaining-usd";

/// The router's decision travels to the translator inside the request body,
/// under this key: Envoy gives every retry attempt the original body but a
/// header map earlier attempts may have rewritten. The translator removes it.
pub const STAMP_KEY: &str = "__llm_router";

/// The router's decision, as the translator reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    pub route: String,
    /// Key under which the translator reports the outcome (`filter::handoff`).
    pub ticket: u64,
    /// `max_tokens` to enforce when the client gave none (a budget assumed it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u64>,
    /// The API the client speaks (the body is in its shape).
    #[serde(default, skip_serializing_if = "Ingress::is_openai")]
    pub ingress: Ingress,
    /// The client's headers that some provider may receive
    /// (`forward_request_headers`), as sent: the header map is shared by
    /// every attempt and the translator strips it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<(String, String)>,
}

/// Appends the stamp as the body's last member, without re-serializing the
/// body. A duplicate key a client may have sent loses: JSON parsers keep the
/// last member, and the translator removes the key altogether.
pub fn stamp_body(body: &[u8], stamp: &Stamp) -> Option<Vec<u8>> {
    let end = body.iter().rposition(|b| !b.is_ascii_whitespace())?;
    if body.get(end) != Some(&b'}') {
        return None;
    }
    let head = body.get(..end)?;
    let empty = head
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .and_then(|i| head.get(i))
        == Some(&b'{');
    let value = serde_json::to_vec(stamp).ok()?;
    let mut out = Vec::with_capacity(body.len() + value.len() + 32);
    out.extend_from_slice(head);
    if !empty {
        out.push(b',');
    }
    out.extend_from_slice(b"\"");
    out.extend_from_slice(STAMP_KEY.as_bytes());
    out.extend_from_slice(b"\":");
    out.extend_from_slice(&value);
    out.push(b'}');
    Some(out)
}

/// How the router changes the request body Envoy holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyEdit {
    /// The whole body replaced.
    Replace(Vec<u8>),
    /// The first `drain` bytes replaced by `with`; the rest stays where it
    /// is, in Envoy's buffer (its `set_buffer` from offset 0 drains and
    /// prepends), never copied into the VM's answer or back.
    Prefix { drain: usize, with: Vec<u8> },
}

/// The stamp as the body's first member: the object's opening brace (and
/// any space before it) becomes `{"__llm_router":{...},`. Only for a body
/// with no member of that name: a parser keeps the last of two, so a
/// client's copy would then win; `stamp_body` puts it last instead.
pub fn stamp_prefix(body: &[u8], stamp: &Stamp) -> Option<BodyEdit> {
    let open = body.iter().position(|b| !b.is_ascii_whitespace())?;
    if body.get(open) != Some(&b'{') {
        return None;
    }
    let drain = open.checked_add(1)?;
    let empty = body.get(drain..)?.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'}');
    let value = serde_json::to_vec(stamp).ok()?;
    let mut with = Vec::with_capacity(value.len().saturating_add(24));
    with.extend_from_slice(b"{\"");
    with.extend_from_slice(STAMP_KEY.as_bytes());
    with.extend_from_slice(b"\":");
    with.extend_from_slice(&value);
    if !empty {
        with.push(b',');
    }
    Some(BodyEdit::Prefix { drain, with })
}

/// The stamped body, as an edit of `body`: the stamp goes first (no copy of
/// the body) unless the client sent a member of the stamp's name
/// (`client_copy`), which the stamp must then follow to win.
pub fn stamp(body: &[u8], stamp: &Stamp, client_copy: bool) -> Option<BodyEdit> {
    if client_copy {
        stamp_body(body, stamp).map(BodyEdit::Replace)
    } else {
        stamp_prefix(body, stamp)
    }
}

/// Removes and returns the stamp from a parsed request.
pub fn take_stamp(request: &mut serde_json::Map<String, serde_json::Value>) -> Option<Stamp> {
    serde_json::from_value(request.remove(STAMP_KEY)?).ok()
}

pub const CHAT_PATH: &str = "/v1/chat/completions";
pub const MODELS_PATH: &str = "/v1/models";
/// The caller's budgets: what it has used and has left.
pub const BUDGETS_PATH: &str = "/v1/budgets";

/// What the router does with a request, judged from its method and path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Chat,
    /// Anthropic's `POST /v1/messages`.
    Messages,
    /// Anthropic's `POST /v1/messages/count_tokens`, answered by the estimator.
    CountTokens,
    ListModels,
    Budgets,
    /// One of our paths with a method it does not serve: 405, with `allow`.
    WrongMethod {
        allow: &'static str,
    },
    /// Not ours: passes through untouched.
    Other,
}

pub fn classify(method: &str, path: &str) -> Endpoint {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let (allow, endpoint) = match path {
        CHAT_PATH => ("POST", Endpoint::Chat),
        anthropic::MESSAGES_PATH => ("POST", Endpoint::Messages),
        anthropic::COUNT_TOKENS_PATH => ("POST", Endpoint::CountTokens),
        MODELS_PATH => ("GET", Endpoint::ListModels),
        BUDGETS_PATH => ("GET", Endpoint::Budgets),
        _ => return Endpoint::Other,
    };
    if method == allow {
        endpoint
    } else {
        Endpoint::WrongMethod { allow }
    }
}

/// The route chosen for a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision<'a> {
    pub route_name: &'a str,
    pub route: &'a Route,
}

pub fn decide<'a>(
    config: &'a Config,
    request: &ChatRequestSummary,
) -> Result<Decision<'a>, ApiError> {
    let (route_name, route) = config
        .resolve(&request.model)
        .ok_or_else(|| ApiError::model_not_found(&request.model))?;
    Ok(Decision { route_name, route })
}

/// Checks the request's parameters against every provider of `route` (see
/// `providers::params`): any of them may serve it (fallback), and whether a
/// request is refused must not depend on which provider is up.
pub fn check_params(
    config: &Config,
    route: &Route,
    request: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), ApiError> {
    for name in route.models.keys() {
        if let Some(p) = config.providers.get(name) {
            if let Some(known) = p.dialect.translated_fields() {
                crate::providers::params::refuse_unknown(
                    p.dialect.name(),
                    known,
                    p.dialect.params(),
                    request,
                )?;
            }
            crate::providers::params::review(
                p.dialect.name(),
                p.dialect.params(),
                request,
                &p.drop_params,
            )?;
        }
    }
    Ok(())
}

/// OpenAI's `GET /v1/models` list, from the configured model names.
pub fn models_list(config: &Config, created: u64) -> Vec<u8> {
    let data: Vec<_> = config
        .models
        .iter()
        .map(|(id, m)| json!({"id": id, "object": "model", "created": created, "owned_by": m.owned_by}))
        .collect();
    serde_json::to_vec(&json!({"object": "list", "data": data})).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            br#"{"providers":{"p":{"dialect":"openai"}},
                "routes":{"fast":{"cluster":"c","models":{"p":"m"}}},
                "models":{"fast":{"route":"fast"},"gpt-4o-mini":{"route":"fast","owned_by":"openai"}}}"#,
            &|_| None,
        )
        .unwrap()
    }

    fn summary(model: &str) -> ChatRequestSummary {
        ChatRequestSummary {
            model: model.into(),
            stream: false,
            include_usage: false,
            message_count: 1,
        }
    }

    #[test]
    fn classifies_endpoints() {
        assert_eq!(classify("POST", "/v1/chat/completions"), Endpoint::Chat);
        assert_eq!(classify("POST", "/v1/chat/completions?x=1"), Endpoint::Chat);
        assert_eq!(classify("GET", "/v1/models"), Endpoint::ListModels);
        assert_eq!(classify("POST", "/v1/embeddings"), Endpoint::Other);
    }

    #[test]
    fn other_methods_on_our_paths_are_405_with_allow() {
        for m in ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] {
            assert_eq!(
                classify(m, "/v1/chat/completions"),
                Endpoint::WrongMethod { allow: "POST" },
                "{m}"
            );
        }
        for p in ["/v1/models", "/v1/budgets?x=1"] {
            assert_eq!(classify("POST", p), Endpoint::WrongMethod { allow: "GET" });
            assert_eq!(
                classify("DELETE", p),
                Endpoint::WrongMethod { allow: "GET" }
            );
        }
        let e = ApiError::method_not_allowed("GET", "/v1/chat/completions", "POST");
        assert_eq!(
            (e.status, e.code.as_deref()),
            (405, Some("method_not_allowed"))
        );
        assert!(e.message.contains("POST"), "{}", e.message);
    }

    #[test]
    fn decides_by_model_or_alias() {
        let c = config();
        let d = decide(&c, &summary("gpt-4o-mini")).unwrap();
        assert_eq!((d.route_name, d.route.cluster.as_str()), ("fast", "c"));
        let e = decide(&c, &summary("gpt-9")).unwrap_err();
        assert_eq!(
            (e.status, e.code.as_deref()),
            (404, Some("model_not_found"))
        );
    }

    #[test]
    fn stamp_round_trips_and_wins_over_a_client_copy() {
        let stamp = Stamp {
            route: "fast".into(),
            ticket: 7,
            max_tokens: Some(256),
            ingress: Ingress::Anthropic,
            headers: vec![("anthropic-beta".into(), "x".into())],
        };
        let body = br#"{"model":"m","__llm_router":{"route":"evil","ticket":1},"messages":[]}  "#;
        let out = stamp_body(body, &stamp).unwrap();
        let mut map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&out).unwrap();
        assert_eq!(take_stamp(&mut map), Some(stamp.clone()));
        assert!(!map.contains_key(STAMP_KEY));
        assert_eq!(map["model"], "m");
        let out = stamp_body(b"{ }", &stamp).unwrap();
        assert!(serde_json::from_slice::<serde_json::Value>(&out).is_ok());
        assert_eq!(stamp_body(b"[1]", &stamp), None);
    }

    fn apply(body: &[u8], edit: &BodyEdit) -> Vec<u8> {
        match edit {
            BodyEdit::Replace(b) => b.clone(),
            BodyEdit::Prefix { drain, with } => [with.as_slice(), &body[*drain..]].concat(),
        }
    }

    #[test]
    fn stamp_goes_first_without_copying_the_body() {
        let st = Stamp {
            route: "fast".into(),
            ticket: 9,
            max_tokens: None,
            ingress: Ingress::Openai,
            headers: vec![("x-a".into(), "b\"c".into())],
        };
        for body in [
            &br#"{"model":"m","messages":[{"role":"user","content":"{\"__llm_router\":1}"}]}"#[..],
            b" \n\t{ \"model\" : \"m\" } \n",
            b"{}",
            b"  {  }  ",
        ] {
            let edit = stamp(body, &st, false).unwrap();
            let BodyEdit::Prefix { drain, with } = edit.clone() else {
                panic!("a prefix edit")
            };
            assert!(drain <= body.len() && with.len() < 128, "{with:?}");
            let out = apply(body, &edit);
            let mut map: serde_json::Map<String, serde_json::Value> =
                serde_json::from_slice(&out).unwrap();
            assert_eq!(take_stamp(&mut map), Some(st.clone()));
            let want: serde_json::Value = serde_json::from_slice(body).unwrap();
            assert_eq!(serde_json::Value::Object(map), want);
        }
        assert_eq!(stamp_prefix(b"[1]", &st), None);
        assert_eq!(stamp_prefix(b"  ", &st), None);
        // A client's copy: the stamp goes last, where it wins.
        let body = br#"{"__llm_router":{"route":"evil","ticket":9},"model":"m"}"#;
        let edit = stamp(body, &st, true).unwrap();
        assert!(matches!(edit, BodyEdit::Replace(_)));
        let mut map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&apply(body, &edit)).unwrap();
        assert_eq!(take_stamp(&mut map), Some(st));
    }

    /// A chain of Anthropic then OpenAI: a temperature of 1.5 is fine for
    /// OpenAI but not Anthropic, so it is refused for the route, whichever
    /// provider would serve; a seed is refused unless Anthropic's
    /// configuration drops it.
    #[test]
    fn params_are_checked_against_every_provider_of_the_route() {
        let parse = |drop: &str| {
            Config::parse(
                format!(
                    r#"{{"providers":{{"a":{{"dialect":"anthropic"{drop}}},"o":{{"dialect":"openai"}}}},
                        "routes":{{"chain":{{"cluster":"c","models":{{"a":"claude","o":"gpt"}}}},
                                   "solo":{{"cluster":"c","models":{{"o":"gpt"}}}}}},
                        "models":{{"chain":{{"route":"chain"}}}}}}"#
                )
                .as_bytes(),
                &|_| None,
            )
            .unwrap()
        };
        let c = parse("");
        let req = |j: serde_json::Value| j.as_object().unwrap().clone();
        let check = |c: &Config, route: &str, r| check_params(c, &c.routes[route], &r);
        assert!(check(&c, "chain", req(serde_json::json!({"temperature": 0.7}))).is_ok());
        let e = check(&c, "chain", req(serde_json::json!({"temperature": 1.5}))).unwrap_err();
        assert_eq!((e.status, e.param), (400, Some("temperature")));
        assert!(check(&c, "solo", req(serde_json::json!({"temperature": 1.5}))).is_ok());
        assert!(check(&c, "solo", req(serde_json::json!({"temperature": 2.5}))).is_err());
        assert!(check(
            &c,
            "solo",
            req(serde_json::json!({"stop": ["a", "b", "c", "d", "e"]}))
        )
        .is_err());
        let seed = serde_json::json!({"seed": 7});
        assert_eq!(
            check(&c, "chain", req(seed.clone())).unwrap_err().param,
            Some("seed")
        );
        let dropping = parse(r#","drop_params":["seed"]"#);
        assert!(check(&dropping, "chain", req(seed)).is_ok());
    }

    #[test]
    fn lists_models_like_openai() {
        let v: serde_json::Value = serde_json::from_slice(&models_list(&config(), 7)).unwrap();
        assert_eq!(v["object"], "list");
        assert_eq!(v["data"][0]["id"], "fast");
        assert_eq!(v["data"][1]["owned_by"], "openai");
        assert_eq!(v["data"][1]["created"], 7);
    }
}
