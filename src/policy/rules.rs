//! Tier rules: evaluated in order, first match wins; each rule is a
//! conjunction of conditions over the request, the caller, the prompt and
//! the classifier's verdict, with `any` (disjunction) and `not` to combine.

use serde::Deserialize;

use super::identity::Identity;
use crate::tokens::PromptStats;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub name: String,
    #[serde(default)]
    pub when: RawConditions,
    pub tier: String,
}

/// Every condition present must hold; an empty `when` always matches.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConditions {
    /// The `model` the client asked for (a name or an alias).
    #[serde(default)]
    pub models: Option<Vec<String>>,
    /// The tier the client asked for in the tier header.
    #[serde(default)]
    pub requested_tiers: Option<Vec<String>>,
    #[serde(default)]
    pub users: Option<Vec<String>>,
    #[serde(default)]
    pub teams: Option<Vec<String>>,
    #[serde(default)]
    pub prompt_tokens_above: Option<u64>,
    #[serde(default)]
    pub prompt_tokens_below: Option<u64>,
    /// Conversation depth: the number of user turns.
    #[serde(default)]
    pub depth_above: Option<u64>,
    #[serde(default)]
    pub depth_below: Option<u64>,
    #[serde(default)]
    pub tools: Option<bool>,
    #[serde(default)]
    pub images: Option<bool>,
    #[serde(default)]
    pub response_format: Option<bool>,
    #[serde(default)]
    pub last_user_message_matches: Option<String>,
    #[serde(default)]
    pub system_prompt_matches: Option<String>,
    /// PII found in the prompt (detectors: the `pii` section).
    #[serde(default)]
    pub pii: Option<bool>,
    /// The output cap the client asked for (`max_completion_tokens` or
    /// `max_tokens`); a request without one matches neither.
    #[serde(default)]
    pub max_tokens_above: Option<u64>,
    #[serde(default)]
    pub max_tokens_below: Option<u64>,
    /// Regex over the instruction part of the last user turn only (its first
    /// and last paragraphs; pasted material in between is not searched).
    #[serde(default)]
    pub instruction_matches: Option<String>,
    /// Regex over the text of every message (system, user, assistant, tool),
    /// up to `PROMPT_TEXT_CAP` bytes.
    #[serde(default)]
    pub prompt_matches: Option<String>,
    /// The classifier's tier (0-3, after the confidence threshold) is listed.
    #[serde(default)]
    pub predicted_tiers: Option<Vec<usize>>,
    #[serde(default)]
    pub predicted_tier_above: Option<usize>,
    #[serde(default)]
    pub predicted_tier_below: Option<usize>,
    /// The classifier's confidence that its tier is enough (0-1).
    #[serde(default, deserialize_with = "super::optional_number")]
    pub predicted_confidence_above: Option<f64>,
    #[serde(default, deserialize_with = "super::optional_number")]
    pub predicted_confidence_below: Option<f64>,
    /// Holds when any of these condition sets holds.
    #[serde(default)]
    pub any: Option<Vec<RawConditions>>,
    /// Holds when this condition set does not.
    #[serde(default)]
    pub not: Option<Box<RawConditions>>,
}

/// Bytes of the whole prompt `prompt_matches` searches.
pub const PROMPT_TEXT_CAP: usize = 64 * 1024;
/// Deepest nesting of `any` / `not`.
const MAX_DEPTH: usize = 4;

#[derive(Debug, Clone)]
struct Conditions {
    models: Option<Vec<String>>,
    requested_tiers: Option<Vec<String>>,
    users: Option<Vec<String>>,
    teams: Option<Vec<String>>,
    prompt_tokens_above: Option<u64>,
    prompt_tokens_below: Option<u64>,
    depth_above: Option<u64>,
    depth_below: Option<u64>,
    tools: Option<bool>,
    images: Option<bool>,
    response_format: Option<bool>,
    last_user_message: Option<regex_lite::Regex>,
    system_prompt: Option<regex_lite::Regex>,
    pii: Option<bool>,
    max_tokens_above: Option<u64>,
    max_tokens_below: Option<u64>,
    instruction: Option<regex_lite::Regex>,
    prompt: Option<regex_lite::Regex>,
    predicted_tiers: Option<Vec<usize>>,
    predicted_tier_above: Option<usize>,
    predicted_tier_below: Option<usize>,
    confidence_above: Option<f32>,
    confidence_below: Option<f32>,
    any: Vec<Conditions>,
    not: Option<Box<Conditions>>,
}

/// A compiled rule; `tier` indexes the configured tiers.
#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    pub tier: usize,
    when: Conditions,
}

/// What rules look at.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub model: &'a str,
    pub requested_tier: Option<&'a str>,
    pub identity: Option<&'a Identity>,
    pub stats: &'a PromptStats,
    /// PII found; only computed when some rule asks (`Rule::uses_pii`).
    pub pii: bool,
    /// The output cap the client asked for.
    pub max_tokens: Option<u64>,
    /// Every message's text (capped); empty unless a rule asks (`uses_prompt_text`).
    pub prompt_text: &'a str,
    /// The classifier's (tier, confidence); computed when a rule or the
    /// requested model needs it.
    pub predicted: Option<(usize, f32)>,
}

/// Longest regex source accepted: rules run on every request.
const MAX_PATTERN_LEN: usize = 1024;

fn compile_regex(
    path: &str,
    src: &Option<String>,
) -> Result<Option<regex_lite::Regex>, (String, String)> {
    let Some(src) = src else { return Ok(None) };
    if src.len() > MAX_PATTERN_LEN {
        return Err((
            path.into(),
            format!("pattern longer than {MAX_PATTERN_LEN} characters"),
        ));
    }
    regex_lite::RegexBuilder::new(src)
        .size_limit(1 << 20)
        .build()
        .map(Some)
        .map_err(|e| (path.into(), format!("invalid regex: {e}")))
}

impl Rule {
    /// Compiles a raw rule; `tier_index` resolves tier names.
    pub fn compile(
        path: &str,
        raw: RawRule,
        tier_index: &dyn Fn(&str) -> Option<usize>,
    ) -> Result<Rule, (String, String)> {
        // The name appears in headers and stat names.
        let name_ok = !raw.name.is_empty()
            && raw.name.len() <= 64
            && raw
                .name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_:".contains(&b));
        if !name_ok {
            return Err((
                format!("{path}.name"),
                "1-64 characters of letters, digits and - _ :".into(),
            ));
        }
        let tier = tier_index(&raw.tier).ok_or_else(|| {
            (
                format!("{path}.tier"),
                format!("no tier named `{}`", raw.tier),
            )
        })?;
        Ok(Rule {
            name: raw.name,
            tier,
            when: compile_conditions(&format!("{path}.when"), raw.when, tier_index, 0)?,
        })
    }

    /// Does the rule look at PII (so the prompt must be scanned)?
    pub fn uses_pii(&self) -> bool {
        self.when.any_of(&|c| c.pii.is_some())
    }

    /// Does the rule look at the classifier's verdict?
    pub fn uses_classifier(&self) -> bool {
        self.when.any_of(&|c| {
            c.predicted_tiers.is_some()
                || c.predicted_tier_above.is_some()
                || c.predicted_tier_below.is_some()
                || c.confidence_above.is_some()
                || c.confidence_below.is_some()
        })
    }

    /// Does the rule search the whole prompt's text?
    pub fn uses_prompt_text(&self) -> bool {
        self.when.any_of(&|c| c.prompt.is_some())
    }

    pub fn matches(&self, f: &Facts) -> bool {
        self.when.holds(f)
    }
}

fn compile_conditions(
    path: &str,
    w: RawConditions,
    tier_index: &dyn Fn(&str) -> Option<usize>,
    depth: usize,
) -> Result<Conditions, (String, String)> {
    if depth > MAX_DEPTH {
        return Err((
            path.into(),
            format!("`any`/`not` nested deeper than {MAX_DEPTH}"),
        ));
    }
    if let Some(ts) = &w.requested_tiers {
        if let Some(t) = ts.iter().find(|t| tier_index(t).is_none()) {
            return Err((
                format!("{path}.requested_tiers"),
                format!("no tier named `{t}`"),
            ));
        }
    }
    let tier_ok = |field: &str, t: Option<usize>| match t {
        Some(t) if t >= crate::classify::TIERS => Err((
            format!("{path}.{field}"),
            format!("classifier tiers are 0 to {}", crate::classify::TIERS - 1),
        )),
        _ => Ok(()),
    };
    tier_ok("predicted_tier_above", w.predicted_tier_above)?;
    tier_ok("predicted_tier_below", w.predicted_tier_below)?;
    for t in w.predicted_tiers.iter().flatten() {
        tier_ok("predicted_tiers", Some(*t))?;
    }
    let probability = |field: &str, v: Option<f64>| match v {
        Some(x) if !(0.0..=1.0).contains(&x) => Err((
            format!("{path}.{field}"),
            "a probability between 0 and 1".to_string(),
        )),
        _ => Ok(v.map(|x| x as f32)),
    };
    let confidence_above = probability("predicted_confidence_above", w.predicted_confidence_above)?;
    let confidence_below = probability("predicted_confidence_below", w.predicted_confidence_below)?;
    let any = match w.any {
        None => Vec::new(),
        Some(list) if list.is_empty() => {
            return Err((
                format!("{path}.any"),
                "list at least one condition set".into(),
            ))
        }
        Some(list) => list
            .into_iter()
            .enumerate()
            .map(|(i, c)| compile_conditions(&format!("{path}.any[{i}]"), c, tier_index, depth + 1))
            .collect::<Result<_, _>>()?,
    };
    let not = match w.not {
        None => None,
        Some(c) => Some(Box::new(compile_conditions(
            &format!("{path}.not"),
            *c,
            tier_index,
            depth + 1,
        )?)),
    };
    Ok(Conditions {
        last_user_message: compile_regex(
            &format!("{path}.last_user_message_matches"),
            &w.last_user_message_matches,
        )?,
        system_prompt: compile_regex(
            &format!("{path}.system_prompt_matches"),
            &w.system_prompt_matches,
        )?,
        instruction: compile_regex(
            &format!("{path}.instruction_matches"),
            &w.instruction_matches,
        )?,
        prompt: compile_regex(&format!("{path}.prompt_matches"), &w.prompt_matches)?,
        models: w.models,
        requested_tiers: w.requested_tiers,
        users: w.users,
        teams: w.teams,
        prompt_tokens_above: w.prompt_tokens_above,
        prompt_tokens_below: w.prompt_tokens_below,
        depth_above: w.depth_above,
        depth_below: w.depth_below,
        tools: w.tools,
        images: w.images,
        response_format: w.response_format,
        pii: w.pii,
        max_tokens_above: w.max_tokens_above,
        max_tokens_below: w.max_tokens_below,
        predicted_tiers: w.predicted_tiers,
        predicted_tier_above: w.predicted_tier_above,
        predicted_tier_below: w.predicted_tier_below,
        confidence_above,
        confidence_below,
        any,
        not,
    })
}

impl Conditions {
    /// Does this set or any nested one satisfy `test`?
    fn any_of(&self, test: &dyn Fn(&Conditions) -> bool) -> bool {
        test(self)
            || self.any.iter().any(|c| c.any_of(test))
            || self.not.as_ref().is_some_and(|c| c.any_of(test))
    }

    fn holds(&self, f: &Facts) -> bool {
        let c = self;
        let in_list = |list: &Option<Vec<String>>, v: Option<&str>| {
            list.as_ref()
                .is_none_or(|l| v.is_some_and(|v| l.iter().any(|x| x == v)))
        };
        let flag = |want: Option<bool>, have: bool| want.is_none_or(|w| w == have);
        let tokens = f.stats.estimated_tokens;
        let depth = u64::try_from(f.stats.user_turns).unwrap_or(u64::MAX);
        in_list(&c.models, Some(f.model))
            && in_list(&c.requested_tiers, f.requested_tier)
            && in_list(&c.users, f.identity.map(|i| i.user.as_str()))
            && in_list(&c.teams, f.identity.and_then(|i| i.team.as_deref()))
            && c.prompt_tokens_above.is_none_or(|n| tokens > n)
            && c.prompt_tokens_below.is_none_or(|n| tokens < n)
            && c.depth_above.is_none_or(|n| depth > n)
            && c.depth_below.is_none_or(|n| depth < n)
            && flag(c.tools, f.stats.has_tools)
            && flag(c.images, f.stats.has_images)
            && flag(c.response_format, f.stats.has_response_format)
            && flag(c.pii, f.pii)
            && c.last_user_message
                .as_ref()
                .is_none_or(|r| r.is_match(&f.stats.last_user_text))
            && c.system_prompt
                .as_ref()
                .is_none_or(|r| r.is_match(&f.stats.system_text))
            && c.max_tokens_above
                .is_none_or(|n| f.max_tokens.is_some_and(|m| m > n))
            && c.max_tokens_below
                .is_none_or(|n| f.max_tokens.is_some_and(|m| m < n))
            && c.instruction.as_ref().is_none_or(|r| {
                let parts = crate::classify::features::split(&f.stats.last_user_text);
                r.is_match(parts.head) || r.is_match(parts.tail)
            })
            && c.prompt.as_ref().is_none_or(|r| r.is_match(f.prompt_text))
            && c.predicted_tiers
                .as_ref()
                .is_none_or(|l| f.predicted.is_some_and(|(t, _)| l.contains(&t)))
            && c.predicted_tier_above
                .is_none_or(|n| f.predicted.is_some_and(|(t, _)| t > n))
            && c.predicted_tier_below
                .is_none_or(|n| f.predicted.is_some_and(|(t, _)| t < n))
            && c.confidence_above
                .is_none_or(|x| f.predicted.is_some_and(|(_, p)| p > x))
            && c.confidence_below
                .is_none_or(|x| f.predicted.is_some_and(|(_, p)| p < x))
            && (c.any.is_empty() || c.any.iter().any(|a| a.holds(f)))
            && c.not.as_ref().is_none_or(|n| !n.holds(f))
    }
}

/// The first rule that matches.
pub fn first_match<'r>(rules: &'r [Rule], facts: &Facts) -> Option<&'r Rule> {
    rules.iter().find(|r| r.matches(facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIERS: [&str; 4] = ["economy", "standard", "premium", "private"];

    fn tier_index(name: &str) -> Option<usize> {
        TIERS.iter().position(|t| *t == name)
    }

    fn rule(json: &str) -> Rule {
        Rule::compile("rules[0]", serde_json::from_str(json).unwrap(), &tier_index).unwrap()
    }

    fn stats() -> PromptStats {
        PromptStats {
            estimated_tokens: 500,
            message_count: 3,
            user_turns: 2,
            has_tools: false,
            has_images: false,
            has_response_format: false,
            last_user_text: "Please summarise the quarterly report".into(),
            system_text: "You are a legal assistant".into(),
        }
    }

    fn facts<'a>(stats: &'a PromptStats, identity: Option<&'a Identity>) -> Facts<'a> {
        Facts {
            model: "fast",
            requested_tier: None,
            identity,
            stats,
            pii: false,
            max_tokens: None,
            prompt_text: "",
            predicted: None,
        }
    }

    #[test]
    fn empty_when_matches_everything() {
        let s = stats();
        assert!(rule(r#"{"name": "all", "tier": "economy"}"#).matches(&facts(&s, None)));
    }

    #[test]
    fn each_condition() {
        let s = stats();
        let alice = Identity {
            user: "alice".into(),
            team: Some("search".into()),
            tiers: None,
        };
        let f = facts(&s, Some(&alice));
        let yes = |w: &str| {
            rule(&format!(
                r#"{{"name": "r", "tier": "premium", "when": {w}}}"#
            ))
            .matches(&f)
        };
        assert!(yes(r#"{"models": ["fast", "smart"]}"#));
        assert!(!yes(r#"{"models": ["smart"]}"#));
        assert!(!yes(r#"{"requested_tiers": ["premium"]}"#));
        assert!(yes(r#"{"users": ["alice"]}"#));
        assert!(!yes(r#"{"teams": ["infra"]}"#));
        assert!(yes(r#"{"prompt_tokens_above": 499}"#));
        assert!(!yes(r#"{"prompt_tokens_above": 500}"#));
        assert!(yes(r#"{"prompt_tokens_below": 501}"#));
        assert!(yes(r#"{"depth_above": 1, "depth_below": 3}"#));
        assert!(!yes(r#"{"depth_above": 2}"#));
        assert!(yes(
            r#"{"tools": false, "images": false, "response_format": false}"#
        ));
        assert!(!yes(r#"{"tools": true}"#));
        assert!(yes(r#"{"last_user_message_matches": "(?i)SUMMARI[SZ]E"}"#));
        assert!(!yes(r#"{"last_user_message_matches": "^translate"}"#));
        assert!(yes(r#"{"system_prompt_matches": "legal"}"#));
        assert!(yes(r#"{"pii": false}"#));
        assert!(!yes(r#"{"pii": true}"#));
        assert!(
            !yes(r#"{"users": ["alice"], "pii": true}"#),
            "a conjunction"
        );
        // No identity: identity conditions do not match.
        assert!(
            !rule(r#"{"name": "r", "tier": "premium", "when": {"users": ["alice"]}}"#)
                .matches(&facts(&s, None))
        );
    }

    #[test]
    fn new_conditions_output_cap_instruction_prompt_classifier() {
        let mut s = stats();
        s.last_user_text = format!(
            "Please translate this memo:\n\n{}\n\nKeep it short.",
            "The board approved the budget for next year. ".repeat(30)
        );
        let mut f = facts(&s, None);
        let yes = |w: &str, f: &Facts| {
            rule(&format!(
                r#"{{"name": "r", "tier": "premium", "when": {w}}}"#
            ))
            .matches(f)
        };
        // The output cap: absent matches neither bound.
        assert!(!yes(r#"{"max_tokens_above": 10}"#, &f));
        assert!(!yes(r#"{"max_tokens_below": 10000}"#, &f));
        f.max_tokens = Some(500);
        assert!(yes(
            r#"{"max_tokens_above": 499, "max_tokens_below": 501}"#,
            &f
        ));
        assert!(!yes(r#"{"max_tokens_above": 500}"#, &f));
        // The instruction only: the pasted memo in between is not searched.
        assert!(yes(r#"{"instruction_matches": "(?i)translate"}"#, &f));
        assert!(yes(r#"{"instruction_matches": "Keep it short"}"#, &f));
        assert!(!yes(r#"{"instruction_matches": "board approved"}"#, &f));
        assert!(yes(
            r#"{"last_user_message_matches": "board approved"}"#,
            &f
        ));
        // The whole prompt.
        assert!(!yes(r#"{"prompt_matches": "legal"}"#, &f));
        f.prompt_text = "You are a legal assistant\nPlease translate";
        assert!(yes(r#"{"prompt_matches": "legal"}"#, &f));
        // The classifier's verdict; without one, such conditions do not hold.
        assert!(!yes(r#"{"predicted_tiers": [2]}"#, &f));
        f.predicted = Some((2, 0.81));
        assert!(yes(r#"{"predicted_tiers": [2, 3]}"#, &f));
        assert!(yes(
            r#"{"predicted_tier_above": 1, "predicted_tier_below": 3}"#,
            &f
        ));
        assert!(yes(r#"{"predicted_confidence_above": 0.8}"#, &f));
        assert!(!yes(r#"{"predicted_confidence_below": 0.8}"#, &f));
        assert!(rule(r#"{"name": "r", "tier": "premium", "when": {"any": [{"not": {"predicted_tiers": [0]}}]}}"#).uses_classifier());
    }

    #[test]
    fn any_and_not_combine() {
        let s = stats();
        let mut f = facts(&s, None);
        let yes = |w: &str, f: &Facts| {
            rule(&format!(
                r#"{{"name": "r", "tier": "premium", "when": {w}}}"#
            ))
            .matches(f)
        };
        assert!(yes(r#"{"any": [{"tools": true}, {"depth_above": 1}]}"#, &f));
        assert!(!yes(
            r#"{"any": [{"tools": true}, {"depth_above": 5}]}"#,
            &f
        ));
        assert!(yes(r#"{"not": {"tools": true}}"#, &f));
        assert!(!yes(
            r#"{"not": {"any": [{"tools": true}, {"depth_above": 1}]}}"#,
            &f
        ));
        // Conjunction with the other conditions of the set.
        assert!(!yes(
            r#"{"models": ["smart"], "any": [{"depth_above": 1}]}"#,
            &f
        ));
        f.pii = true;
        let r =
            rule(r#"{"name": "r", "tier": "private", "when": {"not": {"not": {"pii": true}}}}"#);
        assert!(r.matches(&f) && r.uses_pii());
    }

    #[test]
    fn bad_new_conditions_name_the_field() {
        let bad = |j: &str| {
            Rule::compile("rules[1]", serde_json::from_str(j).unwrap(), &tier_index)
                .unwrap_err()
                .0
        };
        assert_eq!(
            bad(r#"{"name": "r", "tier": "economy", "when": {"any": []}}"#),
            "rules[1].when.any"
        );
        assert_eq!(
            bad(
                r#"{"name": "r", "tier": "economy", "when": {"any": [{"tools": true}, {"not": {"instruction_matches": "("}}]}}"#
            ),
            "rules[1].when.any[1].not.instruction_matches"
        );
        assert_eq!(
            bad(r#"{"name": "r", "tier": "economy", "when": {"predicted_tiers": [4]}}"#),
            "rules[1].when.predicted_tiers"
        );
        assert_eq!(
            bad(r#"{"name": "r", "tier": "economy", "when": {"predicted_confidence_above": 1.5}}"#),
            "rules[1].when.predicted_confidence_above"
        );
        assert_eq!(
            bad(
                r#"{"name": "r", "tier": "economy", "when": {"not": {"not": {"not": {"not": {"not": {"tools": true}}}}}}}"#
            ),
            "rules[1].when.not.not.not.not.not"
        );
        assert!(serde_json::from_str::<RawRule>(
            r#"{"name": "r", "tier": "e", "when": {"any": [{"tols": true}]}}"#
        )
        .is_err());
    }

    #[test]
    fn first_match_wins() {
        let s = stats();
        let rules = vec![
            rule(r#"{"name": "pii", "tier": "private", "when": {"pii": true}}"#),
            rule(r#"{"name": "long", "tier": "premium", "when": {"prompt_tokens_above": 100}}"#),
            rule(r#"{"name": "all", "tier": "economy"}"#),
        ];
        assert_eq!(first_match(&rules, &facts(&s, None)).unwrap().name, "long");
        let mut f = facts(&s, None);
        f.pii = true;
        assert_eq!(first_match(&rules, &f).unwrap().tier, 3);
        assert!(rules[0].uses_pii() && !rules[1].uses_pii());
    }

    #[test]
    fn bad_rules_name_the_field() {
        let bad = |j: &str| {
            Rule::compile("rules[2]", serde_json::from_str(j).unwrap(), &tier_index)
                .unwrap_err()
                .0
        };
        assert_eq!(bad(r#"{"name": "r", "tier": "gold"}"#), "rules[2].tier");
        assert_eq!(
            bad(r#"{"name": "r", "tier": "economy", "when": {"last_user_message_matches": "("}}"#),
            "rules[2].when.last_user_message_matches"
        );
        assert_eq!(
            bad(r#"{"name": "r", "tier": "economy", "when": {"requested_tiers": ["gold"]}}"#),
            "rules[2].when.requested_tiers"
        );
        assert_eq!(bad(r#"{"name": "", "tier": "economy"}"#), "rules[2].name");
        assert_eq!(
            bad(r#"{"name": "has space", "tier": "economy"}"#),
            "rules[2].name"
        );
        assert!(serde_json::from_str::<RawRule>(
            r#"{"name": "r", "tier": "e", "when": {"modles": []}}"#
        )
        .is_err());
    }
}
