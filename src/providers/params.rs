//! Request parameters per dialect: what each provider can honour, checked
//! before a request is sent. Never clamped, never silently dropped: a value
//! out of the provider's range is a 400 naming the parameter and the range;
//! a parameter the provider has no way to honour is a 400 too, unless its
//! value is the default (a no-op, removed) or the provider's configuration
//! lists it in `drop_params` (then it is removed: the operator chose that).
//!
//! The router checks every provider of a request's route before admitting it
//! (the answer does not depend on which provider happens to be up), and the
//! translator checks and removes again per attempt.

use serde_json::{Map, Value};

use crate::api::openai::{requested_output, MAX_TOKENS_PARAMS};
use crate::config::Provider;
use crate::error::ApiError;
use crate::policy::MaxTokensParam;

/// What a dialect does with one OpenAI parameter.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// A number from `min` to `max`, sent as given.
    Number { min: f64, max: f64 },
    /// An integer from `min` to `max`, sent as given.
    Integer { min: u64, max: u64 },
    /// A string, or an array of at most `max` strings.
    Strings { max: usize },
    /// The provider cannot honour it. A value for which `is_default` holds
    /// changes nothing and is removed; any other is refused (or, when the
    /// provider's `drop_params` lists it, removed). `why` completes the
    /// error message.
    Unsupported {
        is_default: fn(&Value) -> bool,
        why: &'static str,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Param {
    pub name: &'static str,
    pub rule: Rule,
}

impl Param {
    pub const fn new(name: &'static str, rule: Rule) -> Self {
        Param { name, rule }
    }

    pub fn droppable(&self) -> bool {
        matches!(self.rule, Rule::Unsupported { .. })
    }
}

pub fn never_default(_: &Value) -> bool {
    false
}

pub fn is_zero(v: &Value) -> bool {
    v.as_f64() == Some(0.0)
}

pub fn is_one(v: &Value) -> bool {
    v.as_u64() == Some(1)
}

pub fn is_false(v: &Value) -> bool {
    v == &Value::Bool(false)
}

pub fn is_true(v: &Value) -> bool {
    v == &Value::Bool(true)
}

pub fn is_empty_object(v: &Value) -> bool {
    v.as_object().is_some_and(Map::is_empty)
}

pub fn is_text_format(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("text")
}

pub fn is_text_only(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| a.iter().all(|m| m.as_str() == Some("text")))
}

pub fn is_default_tier(v: &Value) -> bool {
    matches!(v.as_str(), Some("auto" | "default"))
}

const fn unsupported(
    name: &'static str,
    is_default: fn(&Value) -> bool,
    why: &'static str,
) -> Param {
    Param::new(name, Rule::Unsupported { is_default, why })
}

/// Parameters a translation that rebuilds the request (Gemini, Bedrock)
/// cannot honour, each taken unless at its default.
const NO_TOP_LOGPROBS: Param = unsupported(
    "top_logprobs",
    is_zero,
    "log probabilities are not translated",
);
const NO_REASONING_EFFORT: Param = unsupported(
    "reasoning_effort",
    never_default,
    "reasoning budgets are not translated",
);
const NO_SERVICE_TIER: Param =
    unsupported("service_tier", is_default_tier, "its service tiers differ");
const NO_STORE: Param = unsupported("store", is_false, "it has no stored completions");
const NO_METADATA: Param = unsupported("metadata", is_empty_object, "it has no stored completions");
const TEXT_ONLY: Param = unsupported(
    "modalities",
    is_text_only,
    "this translation outputs text only",
);
const NO_WEB_SEARCH: Param = unsupported(
    "web_search_options",
    never_default,
    "web search is not translated",
);
const PARALLEL_TOOL_CALLS: Param = unsupported(
    "parallel_tool_calls",
    is_true,
    "it cannot be told to make one tool call at a time",
);

/// What the Gemini translation takes of OpenAI's parameters (`n` up to 8,
/// penalties, `seed`, JSON output are translated and checked there).
pub static GEMINI_PARAMS: [Param; 14] = [
    Param::new("temperature", Rule::Number { min: 0.0, max: 2.0 }),
    Param::new("top_p", Rule::Number { min: 0.0, max: 1.0 }),
    unsupported("logprobs", is_false, "log probabilities are not translated"),
    NO_TOP_LOGPROBS,
    unsupported("logit_bias", is_empty_object, "it has no token biases"),
    NO_REASONING_EFFORT,
    NO_SERVICE_TIER,
    NO_STORE,
    NO_METADATA,
    TEXT_ONLY,
    unsupported("audio", never_default, "this translation outputs text only"),
    unsupported("prediction", never_default, "it has no predicted outputs"),
    NO_WEB_SEARCH,
    PARALLEL_TOOL_CALLS,
];

/// What the Bedrock Converse translation takes of OpenAI's parameters
/// (penalties, log probabilities, `n` above 1 and schema-less JSON are refused
/// there with Converse's own wording). Converse's models take temperature
/// and top_p from 0 to 1.
pub static BEDROCK_PARAMS: [Param; 11] = [
    Param::new("temperature", Rule::Number { min: 0.0, max: 1.0 }),
    Param::new("top_p", Rule::Number { min: 0.0, max: 1.0 }),
    NO_TOP_LOGPROBS,
    unsupported("seed", never_default, "Converse takes no seed"),
    NO_REASONING_EFFORT,
    NO_SERVICE_TIER,
    NO_STORE,
    NO_METADATA,
    TEXT_ONLY,
    NO_WEB_SEARCH,
    PARALLEL_TOOL_CALLS,
];

/// Checks `request` against a dialect's `params`, for a provider whose
/// configuration drops `drop`. Returns the parameters to remove before
/// sending (defaults and dropped ones), or a 400 for the first parameter
/// the provider cannot take.
pub fn review(
    dialect: &str,
    params: &[Param],
    request: &Map<String, Value>,
    drop: &[String],
) -> Result<Vec<&'static str>, ApiError> {
    let mut remove = Vec::new();
    for p in params {
        let Some(v) = request.get(p.name).filter(|v| !v.is_null()) else {
            continue;
        };
        let bad = |msg: String| Err(ApiError::invalid_request(msg).with_param(p.name));
        match p.rule {
            Rule::Number { min, max } => match v.as_f64() {
                Some(x) if (min..=max).contains(&x) => {}
                Some(x) => {
                    return bad(format!(
                        "`{}` is {x}; the {dialect} provider of this model accepts {min} to {max}.",
                        p.name
                    ))
                }
                None => return bad(format!("`{}` must be a number.", p.name)),
            },
            Rule::Integer { min, max } => match v.as_u64() {
                Some(x) if (min..=max).contains(&x) => {}
                _ => {
                    return bad(format!(
                        "`{}` must be an integer from {min} to {max} for the {dialect} provider of this model; got {v}.",
                        p.name
                    ))
                }
            },
            Rule::Strings { max } => {
                let count = match v {
                    Value::String(_) => 1,
                    Value::Array(a) if a.iter().all(Value::is_string) => a.len(),
                    _ => {
                        return bad(format!(
                            "`{}` must be a string or an array of strings.",
                            p.name
                        ))
                    }
                };
                if count > max {
                    return bad(format!(
                        "`{}` has {count} entries; the {dialect} provider of this model accepts at most {max}.",
                        p.name
                    ));
                }
            }
            Rule::Unsupported { is_default, why } => {
                if is_default(v) || drop.iter().any(|d| d == p.name) {
                    remove.push(p.name);
                } else {
                    return bad(format!(
                        "`{}` is not supported by the {dialect} provider of this model ({why}); remove it.",
                        p.name
                    ));
                }
            }
        }
    }
    Ok(remove)
}

/// For a dialect that translates a closed set of top-level fields (`known`,
/// plus its `params`): a 400 for any other field, which it would otherwise
/// not send. OpenAI answers unknown arguments with a 400 as well.
pub fn refuse_unknown(
    dialect: &str,
    known: &[&str],
    params: &[Param],
    request: &Map<String, Value>,
) -> Result<(), ApiError> {
    let unknown = request.iter().find(|(k, v)| {
        !v.is_null()
            && k.as_str() != crate::route::STAMP_KEY
            && !known.contains(&k.as_str())
            && !params.iter().any(|p| p.name == k.as_str())
    });
    match unknown {
        Some((k, _)) => Err(ApiError::invalid_request(format!(
            "`{}` is not supported by the {dialect} provider of this model; remove it.",
            crate::providers::excerpt(k.as_bytes())
        ))),
        None => Ok(()),
    }
}

/// Readies a request for one provider: refuses what it cannot take, removes
/// defaults and what its `drop_params` drops, and leaves exactly one output
/// cap under the name the model takes (`param`): the larger of the client's
/// `max_tokens` and `max_completion_tokens` (what was reserved), else
/// `enforced` (the router's, when a budget assumed a cap the client did not
/// give).
pub fn prepare(
    request: &mut Map<String, Value>,
    provider: &Provider,
    enforced: Option<u64>,
    param: MaxTokensParam,
) -> Result<(), ApiError> {
    let dialect = provider.dialect;
    if let Some(known) = dialect.translated_fields() {
        refuse_unknown(dialect.name(), known, dialect.params(), request)?;
    }
    for name in review(
        dialect.name(),
        dialect.params(),
        request,
        &provider.drop_params,
    )? {
        request.remove(name);
    }
    let cap = requested_output(request, u64::MAX)?.max_tokens.or(enforced);
    for name in MAX_TOKENS_PARAMS {
        request.remove(name);
    }
    if let Some(cap) = cap {
        request.insert(param.as_str().into(), Value::from(cap));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PARAMS: [Param; 4] = [
        Param::new("temperature", Rule::Number { min: 0.0, max: 1.0 }),
        Param::new("top_logprobs", Rule::Integer { min: 0, max: 20 }),
        Param::new("stop", Rule::Strings { max: 2 }),
        Param::new(
            "seed",
            Rule::Unsupported {
                is_default: never_default,
                why: "no seeded sampling",
            },
        ),
    ];

    fn run(body: Value, drop: &[&str]) -> Result<Vec<&'static str>, ApiError> {
        let drop: Vec<String> = drop.iter().map(|s| s.to_string()).collect();
        review("test", &PARAMS, body.as_object().unwrap(), &drop)
    }

    #[test]
    fn in_range_passes_and_out_of_range_names_the_range() {
        assert_eq!(
            run(
                json!({"temperature": 1, "stop": ["a", "b"], "top_logprobs": 20}),
                &[]
            )
            .unwrap(),
            Vec::<&str>::new()
        );
        assert_eq!(
            run(json!({"temperature": null, "seed": null}), &[]).unwrap(),
            Vec::<&str>::new()
        );
        let e = run(json!({"temperature": 1.5}), &[]).unwrap_err();
        assert_eq!(
            (e.status, e.kind, e.param),
            (400, "invalid_request_error", Some("temperature"))
        );
        assert!(
            e.message.contains("0 to 1") && e.message.contains("1.5"),
            "{}",
            e.message
        );
        assert_eq!(
            run(json!({"temperature": "hot"}), &[]).unwrap_err().param,
            Some("temperature")
        );
        assert_eq!(
            run(json!({"temperature": -0.1}), &[]).unwrap_err().param,
            Some("temperature")
        );
        assert_eq!(
            run(json!({"top_logprobs": 21}), &[]).unwrap_err().param,
            Some("top_logprobs")
        );
        assert_eq!(
            run(json!({"top_logprobs": 2.5}), &[]).unwrap_err().param,
            Some("top_logprobs")
        );
        let e = run(json!({"stop": ["a", "b", "c"]}), &[]).unwrap_err();
        assert!(e.message.contains("at most 2"), "{}", e.message);
        assert_eq!(
            run(json!({"stop": [1]}), &[]).unwrap_err().param,
            Some("stop")
        );
    }

    #[test]
    fn unsupported_is_refused_unless_dropped_by_config() {
        let e = run(json!({"seed": 7}), &[]).unwrap_err();
        assert_eq!(e.param, Some("seed"));
        assert!(e.message.contains("not supported"), "{}", e.message);
        assert_eq!(run(json!({"seed": 7}), &["seed"]).unwrap(), vec!["seed"]);
        // Dropping one parameter does not drop range checks on others.
        assert!(run(json!({"seed": 7, "temperature": 3}), &["seed"]).is_err());
    }

    fn provider(dialect: &str, drop: &str) -> crate::config::Provider {
        let region = if dialect == "bedrock" {
            r#","region":"us-east-1","api_key_env":"K""#
        } else {
            ""
        };
        let c = crate::config::Config::parse(
            format!(
                r#"{{"providers":{{"p":{{"dialect":"{dialect}","drop_params":{drop}{region}}}}},
                    "routes":{{"r":{{"cluster":"c","models":{{"p":"m"}}}}}},
                    "models":{{"r":{{"route":"r"}}}}}}"#
            )
            .as_bytes(),
            &|_| Some("k".to_string()),
        )
        .unwrap();
        c.providers["p"].clone()
    }

    fn prepared(
        dialect: &str,
        drop: &str,
        body: Value,
        enforced: Option<u64>,
        param: MaxTokensParam,
    ) -> Result<Value, ApiError> {
        let mut m = body.as_object().unwrap().clone();
        prepare(&mut m, &provider(dialect, drop), enforced, param)?;
        Ok(Value::Object(m))
    }

    /// Gemini and Bedrock rebuild the request: a field they do not read is
    /// refused, never silently left out; defaults of what they cannot do
    /// are removed.
    #[test]
    fn rebuilding_dialects_refuse_fields_they_do_not_send() {
        use MaxTokensParam::*;
        for dialect in ["gemini", "bedrock"] {
            let base = json!({"model": "m", "messages": [], "user": "u", "stream": false});
            assert!(prepared(dialect, "[]", base, None, MaxTokens).is_ok());
            for unread in [
                json!({"functions": [{"name": "f"}]}),
                json!({"web_search_options": {}}),
                json!({"parallel_tool_calls": false}),
            ] {
                let e = prepared(dialect, "[]", unread.clone(), None, MaxTokens).unwrap_err();
                assert_eq!(e.status, 400, "{dialect} {unread}");
                assert!(e.message.contains("not supported"), "{}", e.message);
            }
            let out = prepared(
                dialect,
                "[]",
                json!({"parallel_tool_calls": true, "store": false}),
                None,
                MaxTokens,
            )
            .unwrap();
            assert_eq!(out, json!({}), "{dialect}");
        }
        let e = prepared("bedrock", "[]", json!({"seed": 1}), None, MaxTokens).unwrap_err();
        assert_eq!(e.param, Some("seed"));
        let e = prepared(
            "bedrock",
            "[]",
            json!({"temperature": 1.5}),
            None,
            MaxTokens,
        );
        assert_eq!(e.unwrap_err().param, Some("temperature"));
        assert!(prepared("gemini", "[]", json!({"seed": 1}), None, MaxTokens).is_ok());
    }

    /// The provider gets exactly one output cap, under the name its model
    /// takes, holding the larger of the two the client sent.
    #[test]
    fn exactly_one_output_cap_goes_out() {
        use MaxTokensParam::*;
        let both = json!({"max_tokens": 10, "max_completion_tokens": 100});
        let out = prepared("openai", "[]", both.clone(), None, MaxTokens).unwrap();
        assert_eq!(out, json!({"max_tokens": 100}));
        let out = prepared("openai", "[]", both, Some(5), MaxCompletionTokens).unwrap();
        assert_eq!(out, json!({"max_completion_tokens": 100}));
        // None from the client: the router's enforced cap, under the model's name.
        let out = prepared("openai", "[]", json!({}), Some(64), MaxCompletionTokens).unwrap();
        assert_eq!(out, json!({"max_completion_tokens": 64}));
        assert_eq!(
            prepared("openai", "[]", json!({}), None, MaxTokens).unwrap(),
            json!({})
        );
        let e = prepared("openai", "[]", json!({"max_tokens": 1.5}), None, MaxTokens).unwrap_err();
        assert_eq!(e.param, Some("max_tokens"));
    }

    #[test]
    fn defaults_and_dropped_params_are_removed_others_refused() {
        use MaxTokensParam::*;
        let body = json!({"seed": 7, "logprobs": false, "temperature": 0.5});
        let e = prepared("anthropic", "[]", body.clone(), None, MaxTokens).unwrap_err();
        assert_eq!(e.param, Some("seed"));
        let out = prepared("anthropic", r#"["seed"]"#, body, None, MaxTokens).unwrap();
        assert_eq!(out, json!({"temperature": 0.5}));
        // OpenAI honours a seed: nothing to drop.
        let out = prepared("openai", "[]", json!({"seed": 7}), None, MaxTokens).unwrap();
        assert_eq!(out, json!({"seed": 7}));
    }

    #[test]
    fn default_predicates() {
        assert!(is_zero(&json!(0)) && is_zero(&json!(0.0)) && !is_zero(&json!(0.5)));
        assert!(is_one(&json!(1)) && !is_one(&json!(2)));
        assert!(is_false(&json!(false)) && !is_false(&json!(true)));
        assert!(is_empty_object(&json!({})) && !is_empty_object(&json!({"1": 2})));
        assert!(
            is_text_format(&json!({"type": "text"}))
                && !is_text_format(&json!({"type": "json_object"}))
        );
        assert!(is_text_only(&json!(["text"])) && !is_text_only(&json!(["text", "audio"])));
        assert!(is_default_tier(&json!("auto")) && !is_default_tier(&json!("flex")));
        assert!(!never_default(&json!(0)));
    }
}
