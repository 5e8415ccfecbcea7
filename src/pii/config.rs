//! The `pii` section of the configuration, validated once at configure time.
//! Errors name the field (`pii.custom[1].pattern`, `pii.email.allow_domains[0]`).

use std::collections::HashSet;

use regex_lite::{Regex, RegexBuilder};
use serde::Deserialize;

use super::email::EmailRules;
use super::ids::IdKind;
use super::scan::ScanLimits;
use super::{lexicon, text, BuiltinPii, PiiDetector};

/// Longest user pattern accepted, in bytes of source.
pub const MAX_PATTERN_LEN: usize = 1024;
/// Most custom patterns accepted: each one is a pass over the scanned text.
pub const MAX_CUSTOM_PATTERNS: usize = 32;
/// Most literal allow-list entries.
pub const MAX_ALLOW: usize = 10_000;
/// Compiled size cap per pattern; regex-lite's search is O(size × text).
const REGEX_SIZE_LIMIT: usize = 64 * 1024;
const REGEX_NEST_LIMIT: u32 = 32;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPii {
    /// Built-in detectors to run (default: all).
    #[serde(default)]
    pub detect: Option<Vec<BuiltinPii>>,
    /// National ids to look for when `national_id` runs (default: all).
    #[serde(default)]
    pub national_ids: Option<Vec<IdKind>>,
    /// Extra detectors: `{name, pattern}` regexes; the name is the kind.
    #[serde(default)]
    pub custom: Vec<RawPiiPattern>,
    /// Values never reported, compared on letters and digits only, ignoring
    /// case (`+1 800 555 0199` also allows `18005550199`).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Regexes: a finding whose text matches one is not reported.
    #[serde(default)]
    pub allow_patterns: Vec<String>,
    #[serde(default)]
    pub email: Option<RawPiiEmail>,
    #[serde(default)]
    pub scan: Option<RawScanLimits>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPiiPattern {
    pub name: String,
    pub pattern: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPiiEmail {
    /// Domains (and their subdomains) whose addresses are not personal,
    /// beside the reserved ones (example.com, .test, ...).
    #[serde(default)]
    pub allow_domains: Vec<String>,
    /// Local parts of role mailboxes (`support@`, `noreply@`), replacing the
    /// default list; `[]` turns the exception off.
    #[serde(default)]
    pub role_mailboxes: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScanLimits {
    #[serde(default)]
    pub head_bytes: Option<usize>,
    #[serde(default)]
    pub tail_bytes: Option<usize>,
    #[serde(default)]
    pub max_bytes: Option<usize>,
}

type FieldError = (String, String);

fn err(path: impl Into<String>, msg: impl Into<String>) -> FieldError {
    (path.into(), msg.into())
}

fn compile_pattern(path: &str, pattern: &str) -> Result<Regex, FieldError> {
    if pattern.len() > MAX_PATTERN_LEN {
        return Err(err(
            path,
            format!(
                "pattern is {} bytes long (at most {MAX_PATTERN_LEN})",
                pattern.len()
            ),
        ));
    }
    let regex = RegexBuilder::new(pattern)
        .size_limit(REGEX_SIZE_LIMIT)
        .nest_limit(REGEX_NEST_LIMIT)
        .build()
        .map_err(|e| err(path, format!("invalid pattern: {e}")))?;
    // It would match every prompt (or every finding).
    if regex.is_match("") {
        return Err(err(path, "pattern matches the empty string"));
    }
    Ok(regex)
}

/// A kind name goes into headers, logs and stat names.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-:.".contains(&b))
}

/// A DNS name: labels of letters, digits and hyphens.
fn valid_domain(d: &str) -> bool {
    !d.is_empty()
        && d.len() <= 253
        && d.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

impl PiiDetector {
    /// Compiles the `pii` section; errors are (field path, message), the
    /// path under `pii.`.
    pub fn compile(raw: RawPii) -> Result<PiiDetector, FieldError> {
        let mut d = PiiDetector::default();
        let kinds = raw.detect.unwrap_or_else(|| BuiltinPii::ALL.to_vec());
        if let Some(ids) = &raw.national_ids {
            if ids.is_empty() {
                return Err(err(
                    "pii.national_ids",
                    "empty list: leave `national_id` out of `detect` instead",
                ));
            }
            if !kinds.contains(&BuiltinPii::NationalId) {
                return Err(err(
                    "pii.national_ids",
                    "`national_id` is not in `detect`, so these would never run",
                ));
            }
        }
        d.enable(&kinds, raw.national_ids.as_deref());

        if raw.custom.len() > MAX_CUSTOM_PATTERNS {
            return Err(err(
                "pii.custom",
                format!(
                    "{} patterns (at most {MAX_CUSTOM_PATTERNS})",
                    raw.custom.len()
                ),
            ));
        }
        let builtin_labels: Vec<&str> = IdKind::ALL
            .iter()
            .map(|i| i.label())
            .chain([
                "email",
                "phone",
                "credit_card",
                "iban",
                "national_id",
                "address",
                "health",
            ])
            .collect();
        for (i, c) in raw.custom.iter().enumerate() {
            let path = format!("pii.custom[{i}]");
            if !valid_name(&c.name) {
                return Err(err(
                    format!("{path}.name"),
                    "1-64 characters of letters, digits and _ - : .",
                ));
            }
            if builtin_labels.contains(&c.name.as_str())
                || d.custom.iter().any(|(n, _)| *n == c.name)
            {
                return Err(err(
                    format!("{path}.name"),
                    format!("`{}` is already a detector's name", c.name),
                ));
            }
            let re = compile_pattern(&format!("{path}.pattern"), &c.pattern)?;
            d.custom.push((c.name.clone(), re));
        }

        if raw.allow.len() > MAX_ALLOW {
            return Err(err(
                "pii.allow",
                format!("{} entries (at most {MAX_ALLOW})", raw.allow.len()),
            ));
        }
        let mut allow = HashSet::new();
        for (i, v) in raw.allow.iter().enumerate() {
            let n = text::normalize(v);
            if n.is_empty() {
                return Err(err(
                    format!("pii.allow[{i}]"),
                    "has no letters or digits, so it would match nothing",
                ));
            }
            allow.insert(n);
        }
        d.allow = allow;
        if raw.allow_patterns.len() > MAX_CUSTOM_PATTERNS {
            return Err(err(
                "pii.allow_patterns",
                format!("at most {MAX_CUSTOM_PATTERNS} patterns"),
            ));
        }
        for (i, p) in raw.allow_patterns.iter().enumerate() {
            let re = compile_pattern(&format!("pii.allow_patterns[{i}]"), p)?;
            d.allow_patterns.push(re);
        }

        let mut email = EmailRules::default();
        if let Some(e) = raw.email {
            for (i, dom) in e.allow_domains.iter().enumerate() {
                let dom = dom.trim_start_matches('@').to_ascii_lowercase();
                if !valid_domain(&dom) {
                    return Err(err(
                        format!("pii.email.allow_domains[{i}]"),
                        format!("`{dom}` is not a domain name"),
                    ));
                }
                email.allow_domains.push(dom);
            }
            if let Some(roles) = e.role_mailboxes {
                let mut list = Vec::with_capacity(roles.len());
                for (i, r) in roles.iter().enumerate() {
                    let ok = !r.is_empty()
                        && r.len() <= 64
                        && r.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
                    if !ok {
                        return Err(err(
                            format!("pii.email.role_mailboxes[{i}]"),
                            "a mailbox's local part: 1-64 letters, digits, . _ -",
                        ));
                    }
                    list.push(r.to_ascii_lowercase());
                }
                email.set_roles(list);
            }
        }
        d.email = email;

        let mut limits = ScanLimits::default();
        if let Some(s) = raw.scan {
            let check = |name: &str, v: Option<usize>, default: usize| {
                let v = v.unwrap_or(default);
                if v < 1024 {
                    return Err(err(
                        format!("pii.scan.{name}"),
                        "at least 1024 bytes (a smaller window misses what it cuts)",
                    ));
                }
                Ok(v)
            };
            limits.head_bytes = check("head_bytes", s.head_bytes, limits.head_bytes)?;
            limits.tail_bytes = check("tail_bytes", s.tail_bytes, limits.tail_bytes)?;
            limits.max_bytes = check("max_bytes", s.max_bytes, limits.max_bytes)?;
            if limits.max_bytes < limits.head_bytes.saturating_add(limits.tail_bytes) {
                return Err(err(
                    "pii.scan.max_bytes",
                    "must be at least head_bytes + tail_bytes",
                ));
            }
        }
        d.limits = limits;
        let needs_lexicon = d.on.phone || d.on.address || d.on.health || d.on.any_id();
        d.lexicon = needs_lexicon.then(lexicon::Lexicon::new);
        Ok(d)
    }
}
