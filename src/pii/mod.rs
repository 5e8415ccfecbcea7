//! PII detection over prompt text.
//!
//! Every built-in detector looks for one kind of personal data and checks
//! what it finds (checksums, issuer ranges, shapes, a nearby cue word) so
//! that ordinary numbers, dates, versions, fixtures and public mailboxes do
//! not count. What each one finds and deliberately ignores is documented on
//! its module: [`email`], [`phone`], [`card`], [`iban`], [`ids`] (national
//! ids), [`address`], [`health`] (a named person with a health condition).
//!
//! Cost is linear and bounded:
//! - one pass of an Aho-Corasick automaton ([`lexicon`]) finds every literal
//!   of every lexicon (street words, cue words, conditions, honorifics, first
//!   names) in all supported languages at once;
//! - one pass over the bytes dispatches on the byte at each position, and
//!   every candidate is checked over a bounded window (at most ~256 bytes),
//!   so the scan is O(text) whatever the input;
//! - user patterns run on `regex-lite`, whose matching is linear in the text
//!   (a Pike VM: O(pattern × text), with the compiled size capped);
//! - [`ScanLimits`] caps how many bytes of a prompt are read at all: the head
//!   and tail of the last user turn first, then of earlier messages, newest
//!   first, up to a total.

pub mod address;
mod business;
pub mod card;
pub mod config;
pub mod email;
pub mod health;
mod health_context;
mod health_names;
mod health_terms;
pub mod health_words;
mod health_work;
pub mod iban;
pub mod ids;
pub mod lexicon;
pub mod phone;
mod scan;
#[cfg(test)]
mod tests;
pub mod text;

use std::collections::HashSet;

use regex_lite::Regex;
use serde::Deserialize;

pub use config::{RawPii, RawPiiEmail, RawPiiPattern, RawScanLimits};
pub use ids::IdKind;
pub use scan::ScanLimits;

/// Built-in detectors a config can enable by name (`pii.detect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuiltinPii {
    Email,
    Phone,
    CreditCard,
    Iban,
    NationalId,
    Address,
    Health,
}

impl BuiltinPii {
    pub const ALL: [BuiltinPii; 7] = [
        BuiltinPii::Email,
        BuiltinPii::Phone,
        BuiltinPii::CreditCard,
        BuiltinPii::Iban,
        BuiltinPii::NationalId,
        BuiltinPii::Address,
        BuiltinPii::Health,
    ];
}

/// What was found. `Custom` is the index of a configured pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PiiKind {
    Email,
    Phone,
    CreditCard,
    Iban,
    NationalId(IdKind),
    Address,
    /// A person named together with a health condition.
    Health,
    Custom(usize),
}

impl PiiKind {
    /// The label of a built-in kind, as rules, reasons and metrics show it:
    /// `email`, `phone`, `credit_card`, `iban`, `national_id:<id>` (e.g.
    /// `national_id:es_dni`), `address`, `health`; "custom" for a configured
    /// pattern (its own name comes from [`PiiDetector::label`]).
    pub fn label(&self) -> &'static str {
        match self {
            PiiKind::Email => "email",
            PiiKind::Phone => "phone",
            PiiKind::CreditCard => "credit_card",
            PiiKind::Iban => "iban",
            PiiKind::NationalId(id) => id.label(),
            PiiKind::Address => "address",
            PiiKind::Health => "health",
            PiiKind::Custom(_) => "custom",
        }
    }

    /// The detector family: the label without the national id's country
    /// part (`national_id`), for counting by kind.
    pub fn family(&self) -> &'static str {
        match self {
            PiiKind::NationalId(_) => "national_id",
            other => other.label(),
        }
    }
}

/// One finding: its kind and where it is (byte offsets in the text given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub kind: PiiKind,
    pub start: usize,
    pub end: usize,
}

/// What a prompt scan found: distinct kinds in the order found (the last
/// user turn is read first), and how much was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PromptPii {
    pub kinds: Vec<PiiKind>,
    pub bytes_scanned: usize,
    /// Some message text was not read in full (see [`ScanLimits`]).
    pub truncated: bool,
}

/// Which built-ins run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Enabled {
    pub email: bool,
    pub phone: bool,
    pub card: bool,
    pub iban: bool,
    pub address: bool,
    pub health: bool,
    /// National ids, by [`IdKind::index`].
    pub ids: [bool; IdKind::COUNT],
}

impl Enabled {
    fn any(&self) -> bool {
        self.email
            || self.phone
            || self.card
            || self.iban
            || self.address
            || self.health
            || self.ids.iter().any(|x| *x)
    }
    fn any_id(&self) -> bool {
        self.ids.iter().any(|x| *x)
    }
}

/// Detectors built once at configure time, used on every request.
#[derive(Debug, Clone, Default)]
pub struct PiiDetector {
    pub(crate) on: Enabled,
    pub(crate) custom: Vec<(String, Regex)>,
    /// Normalised values never reported (see [`text::normalize`]).
    pub(crate) allow: HashSet<String>,
    pub(crate) allow_patterns: Vec<Regex>,
    pub(crate) email: email::EmailRules,
    pub(crate) lexicon: Option<lexicon::Lexicon>,
    pub limits: ScanLimits,
}

impl PiiDetector {
    /// Every built-in detector with the default email rules and limits.
    pub fn builtin() -> PiiDetector {
        let mut d = PiiDetector::default();
        d.enable(&BuiltinPii::ALL, None);
        d.email = email::EmailRules::default();
        d.lexicon = Some(lexicon::Lexicon::new());
        d
    }

    pub(crate) fn enable(&mut self, kinds: &[BuiltinPii], ids: Option<&[IdKind]>) {
        for kind in kinds {
            match kind {
                BuiltinPii::Email => self.on.email = true,
                BuiltinPii::Phone => self.on.phone = true,
                BuiltinPii::CreditCard => self.on.card = true,
                BuiltinPii::Iban => self.on.iban = true,
                BuiltinPii::Address => self.on.address = true,
                BuiltinPii::Health => self.on.health = true,
                BuiltinPii::NationalId => {
                    for id in IdKind::ALL {
                        let wanted = ids.is_none_or(|list| list.contains(&id));
                        if let Some(slot) = self.on.ids.get_mut(id.index()) {
                            *slot = wanted;
                        }
                    }
                }
            }
        }
    }

    /// The label of a kind: the built-in label, or the configured pattern's
    /// name.
    pub fn label(&self, kind: PiiKind) -> &str {
        match kind {
            PiiKind::Custom(i) => self.custom.get(i).map_or("custom", |(n, _)| n.as_str()),
            other => other.label(),
        }
    }

    /// True when nothing is enabled (callers can skip the scan).
    pub fn is_empty(&self) -> bool {
        !self.on.any() && self.custom.is_empty()
    }

    /// The first finding in `text` (read in full: no limits apply).
    pub fn find(&self, text: &str) -> Option<Finding> {
        let mut first = None;
        self.scan(text, &mut |f| {
            first = Some(f);
            false
        });
        first
    }

    /// Every finding in `text`, in text order (read in full).
    pub fn find_all(&self, text: &str) -> Vec<Finding> {
        let mut all = Vec::new();
        self.scan(text, &mut |f| {
            all.push(f);
            true
        });
        all.sort_by_key(|f| (f.start, f.end));
        all
    }

    /// The kind of the first PII in `text`, if any.
    pub fn detect(&self, text: &str) -> Option<PiiKind> {
        self.find(text).map(|f| f.kind)
    }

    /// Scans a prompt's message texts within [`ScanLimits`]. `last_user` is
    /// the index of the last user turn (read first); `all_kinds` keeps
    /// scanning after the first finding, to list every kind.
    pub fn scan_prompt(
        &self,
        texts: &[&str],
        last_user: Option<usize>,
        all_kinds: bool,
    ) -> PromptPii {
        let mut out = PromptPii::default();
        if self.is_empty() {
            return out;
        }
        let windows = self.limits.windows(texts, last_user);
        out.truncated = windows.truncated;
        'outer: for piece in windows.pieces {
            out.bytes_scanned = out.bytes_scanned.saturating_add(piece.len());
            let mut stop = false;
            self.scan(piece, &mut |f| {
                if !out.kinds.contains(&f.kind) {
                    out.kinds.push(f.kind);
                }
                stop = !all_kinds;
                all_kinds
            });
            if stop {
                break 'outer;
            }
        }
        out
    }

    /// Is this finding on an allow-list?
    fn allowed(&self, text: &str, f: &Finding) -> bool {
        let Some(found) = text.get(f.start..f.end) else {
            return false;
        };
        (!self.allow.is_empty() && self.allow.contains(&text::normalize(found)))
            || self.allow_patterns.iter().any(|re| re.is_match(found))
    }

    /// Built-ins in one pass, then custom patterns; `report` returns whether
    /// to keep scanning.
    fn scan(&self, text: &str, report: &mut dyn FnMut(Finding) -> bool) {
        let mut filtered = |f: Finding| self.allowed(text, &f) || report(f);
        if self.on.any() && !scan::builtins(self, text, &mut filtered) {
            return;
        }
        for (i, (_, re)) in self.custom.iter().enumerate() {
            for m in re.find_iter(text) {
                let f = Finding {
                    kind: PiiKind::Custom(i),
                    start: m.start(),
                    end: m.end(),
                };
                if !filtered(f) {
                    return;
                }
            }
        }
    }
}
