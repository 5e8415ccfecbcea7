//! The `classifier` section: which configured tiers the built-in classifier's
//! four capability tiers map to, which requested models it routes (`auto`),
//! and the confidence it needs before moving a request down a tier.

use serde::Deserialize;

use super::{err, PolicyError, Tier};
use crate::classify::{self, Input, Model, Prediction, TIERS};
use crate::tokens::PromptStats;

/// Default confidence threshold, chosen with the model by `train-router` on
/// the training part (out-of-fold plus held-out-author accuracy, with
/// under-routing capped on both, on the worst recent held-out source and on
/// held-out tier 3; see README, "The knob"). It follows the shipped model:
/// 0.5 since the seventh batch.
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.5;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClassifier {
    /// Requested models the classifier routes (default `["auto"]`).
    #[serde(default)]
    pub models: Option<Vec<String>>,
    /// The configured tiers for capability tiers 0, 1, 2, 3 (cheapest first).
    pub tiers: Vec<String>,
    /// Move down to tier t only if P(needed tier <= t) >= this (0 < x <= 1).
    #[serde(default, deserialize_with = "super::optional_number")]
    pub min_confidence: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct Classifier {
    pub model: Model<'static>,
    /// Configured tier index for each capability tier.
    pub tiers: [usize; TIERS],
    pub min_confidence: f32,
    pub models: Vec<String>,
}

/// The classifier's answer for one request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    /// Capability tier (0-3) after the confidence threshold.
    pub tier: usize,
    /// P(needed tier <= `tier`).
    pub confidence: f32,
    pub prediction: Prediction,
}

impl Classifier {
    pub fn compile(raw: RawClassifier, tiers: &[Tier]) -> Result<Classifier, PolicyError> {
        let model = Model::builtin().map_err(|e| err("classifier", e))?;
        if raw.tiers.len() != TIERS {
            return Err(err(
                "classifier.tiers",
                format!("list exactly {TIERS} tiers, for capability tiers 0 to 3"),
            ));
        }
        let mut mapped = [0usize; TIERS];
        for (i, name) in raw.tiers.iter().enumerate() {
            let path = format!("classifier.tiers[{i}]");
            let t = tiers
                .iter()
                .position(|t| &t.name == name)
                .ok_or_else(|| err(&path, format!("no tier named `{name}`")))?;
            if tiers.get(t).is_some_and(|t| t.sensitive) {
                return Err(err(
                    &path,
                    format!("`{name}` is sensitive; the classifier routes public tiers (PII rules pick the sensitive one)"),
                ));
            }
            if i > 0 && mapped.get(i - 1).is_some_and(|prev| *prev >= t) {
                return Err(err(
                    &path,
                    "list the tiers cheapest first, each dearer than the one before (as in `tiers`)",
                ));
            }
            if let Some(m) = mapped.get_mut(i) {
                *m = t;
            }
        }
        let min_confidence = raw.min_confidence.unwrap_or(DEFAULT_MIN_CONFIDENCE);
        if !(min_confidence > 0.0 && min_confidence <= 1.0) {
            return Err(err(
                "classifier.min_confidence",
                "must be greater than 0 and at most 1",
            ));
        }
        let models = raw.models.unwrap_or_else(|| vec!["auto".to_string()]);
        if models.is_empty() || models.iter().any(String::is_empty) {
            return Err(err("classifier.models", "list at least one model name"));
        }
        Ok(Classifier {
            model,
            tiers: mapped,
            min_confidence: min_confidence as f32,
            models,
        })
    }

    pub fn routes_model(&self, model: &str) -> bool {
        self.models.iter().any(|m| m == model)
    }

    pub fn judge(&self, stats: &PromptStats, max_tokens: Option<u64>) -> Verdict {
        let prediction = classify::classify(&self.model, &Input::from_stats(stats, max_tokens));
        let (tier, confidence) = prediction.route(self.min_confidence);
        Verdict {
            tier,
            confidence,
            prediction,
        }
    }

    /// The configured tier for a capability tier.
    pub fn tier(&self, capability: usize) -> Option<usize> {
        self.tiers.get(capability).copied()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::config::Config;
    use crate::policy::choose::Ask;
    use crate::tokens::prompt_stats;

    fn config(patch: impl FnOnce(&mut Value)) -> Result<Config, (String, String)> {
        let mut v = json!({
            "providers": {"openai": {"dialect": "openai"}, "local": {"dialect": "openai"}},
            "routes": {
                "r0": {"cluster": "c0", "models": {"openai": "m0"}},
                "r1": {"cluster": "c1", "models": {"openai": "m1"}},
                "r2": {"cluster": "c2", "models": {"openai": "m2"}},
                "r3": {"cluster": "c3", "models": {"openai": "m3"}},
                "rp": {"cluster": "cp", "models": {"local": "mp"}}
            },
            "models": {"auto": {"route": "r1"}, "smart": {"route": "r2"}},
            "tiers": [
                {"name": "t0", "route": "r0"}, {"name": "t1", "route": "r1"},
                {"name": "t2", "route": "r2"}, {"name": "t3", "route": "r3"},
                {"name": "private", "route": "rp", "sensitive": true}
            ],
            "rules": [{"name": "pii-stays-private", "when": {"pii": true}, "tier": "private"}],
            "classifier": {"tiers": ["t0", "t1", "t2", "t3"]}
        });
        patch(&mut v);
        Config::parse(v.to_string().as_bytes(), &|_| None).map_err(|e| (e.path, e.message))
    }

    fn route(
        cfg: &Config,
        model: &str,
        tier_header: Option<&str>,
        body: Value,
    ) -> (String, String) {
        let request = body.as_object().unwrap().clone();
        let stats = prompt_stats(&request);
        let facts = cfg.policy.prompt_facts(&request);
        let (model_route, _) = cfg.resolve(model).unwrap();
        let c = cfg
            .policy
            .choose(&Ask {
                model,
                model_route,
                requested_tier: tier_header,
                identity: None,
                stats: &stats,
                pii: facts.pii.as_deref(),
                prompt_text: &facts.prompt_text,
                max_tokens: None,
            })
            .unwrap();
        (cfg.policy.tiers[c.tier.unwrap()].name.clone(), c.reason)
    }

    fn user(text: &str) -> Value {
        json!({"model": "auto", "messages": [{"role": "user", "content": text}]})
    }

    #[test]
    fn auto_is_routed_by_the_classifier_and_pii_rules_come_first() {
        let cfg = config(|_| {}).unwrap();
        let (tier, reason) = route(
            &cfg,
            "auto",
            None,
            user("Capitalise every word of this title: the history of the paperclip"),
        );
        assert_eq!(tier, "t0", "{reason}");
        assert!(reason.starts_with("classifier:tier0("), "{reason}");
        let (tier, reason) = route(
            &cfg,
            "auto",
            None,
            user("Can I take ibuprofen together with warfarin?"),
        );
        assert_eq!(tier, "t3", "{reason}");
        let (tier, reason) = route(
            &cfg,
            "auto",
            None,
            user("Please send the refund to IBAN GB82 WEST 1234 5698 7654 32"),
        );
        assert_eq!(
            (tier.as_str(), reason.as_str()),
            ("private", "rule:pii-stays-private(iban)")
        );
        // Other models are not classified; a tier header wins over the classifier.
        assert_eq!(
            route(&cfg, "smart", None, user("hi")),
            ("t2".into(), "model".into())
        );
        assert_eq!(
            route(&cfg, "auto", Some("t2"), user("hi")),
            ("t2".into(), "requested".into())
        );
    }

    #[test]
    fn the_threshold_moves_requests_up_not_down() {
        // A stricter threshold never picks a cheaper tier.
        let texts = [
            "hi",
            "Summarise this article in three bullet points: the city votes on bike lanes.",
            "Plan a migration of our database to another cloud, step by step.",
            "What is the maximum daily dose of paracetamol for a child of 18 kg?",
        ];
        let tier_at = |x: f64, t: &str| {
            let cfg = config(|v| v["classifier"]["min_confidence"] = json!(x)).unwrap();
            let (name, _) = route(&cfg, "auto", None, user(t));
            cfg.policy.tier_index(&name).unwrap()
        };
        for t in texts {
            assert!(
                tier_at(0.3, t) <= tier_at(0.7, t) && tier_at(0.7, t) <= tier_at(0.99, t),
                "{t}"
            );
        }
    }

    #[test]
    fn rules_on_the_verdict() {
        let cfg = config(|v| {
            v["rules"] = json!([
                {"name": "t1-to-t2", "when": {"models": ["auto"], "predicted_confidence_above": 0.5, "predicted_tiers": [1]}, "tier": "t2"}
            ])
        })
        .unwrap();
        let (tier, reason) = route(
            &cfg,
            "auto",
            None,
            user("Explain what a bond yield is in simple terms."),
        );
        assert_eq!((tier.as_str(), reason.as_str()), ("t2", "rule:t1-to-t2"));
    }

    #[test]
    fn bad_sections_name_the_field() {
        let bad = |patch: fn(&mut Value)| config(patch).unwrap_err().0;
        assert_eq!(
            bad(|v| v["classifier"]["tiers"] = json!(["t0", "t1", "t2"])),
            "classifier.tiers"
        );
        assert_eq!(
            bad(|v| v["classifier"]["tiers"] = json!(["t0", "t1", "t2", "gold"])),
            "classifier.tiers[3]"
        );
        assert_eq!(
            bad(|v| v["classifier"]["tiers"] = json!(["t0", "t1", "t2", "private"])),
            "classifier.tiers[3]"
        );
        assert_eq!(
            bad(|v| v["classifier"]["tiers"] = json!(["t1", "t0", "t2", "t3"])),
            "classifier.tiers[1]"
        );
        assert_eq!(
            bad(|v| v["classifier"]["min_confidence"] = json!(0)),
            "classifier.min_confidence"
        );
        assert_eq!(
            bad(|v| v["classifier"]["min_confidence"] = json!(1.5)),
            "classifier.min_confidence"
        );
        assert_eq!(
            bad(|v| v["classifier"]["models"] = json!(["nope"])),
            "classifier.models"
        );
        assert_eq!(
            bad(|v| v["classifier"]["modles"] = json!(["auto"])),
            "classifier.modles"
        );
        assert_eq!(
            bad(|v| {
                v.as_object_mut().unwrap().remove("classifier");
                v["rules"] = json!([{"name": "r", "when": {"predicted_tiers": [3]}, "tier": "t3"}]);
            }),
            "rules[0].when"
        );
    }
}
