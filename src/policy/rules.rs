//! Tier rules: evaluated in order, first match wins; each rule is a
//! conjunction of conditions over the request, the caller and the prompt.

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
}

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
        let w = raw.when;
        if let Some(ts) = &w.requested_tiers {
            if let Some(t) = ts.iter().find(|t| tier_index(t).is_none()) {
                return Err((
                    format!("{path}.when.requested_tiers"),
                    format!("no tier named `{t}`"),
                ));
            }
        }
        Ok(Rule {
            name: raw.name,
            tier,
            when: Conditions {
                last_user_message: compile_regex(
                    &format!("{path}.when.last_user_message_matches"),
                    &w.last_user_message_matches,
                )?,
                system_prompt: compile_regex(
                    &format!("{path}.when.system_prompt_matches"),
                    &w.system_prompt_matches,
                )?,
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
            },
        })
    }

    pub fn uses_pii(&self) -> bool {
        self.when.pii.is_some()
    }

    pub fn matches(&self, f: &Facts) -> bool {
        let c = &self.when;
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
