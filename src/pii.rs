//! PII detection over prompt text.
//!
//! The built-in kinds are hand-written byte scanners run together in one
//! pass: each candidate starts at a word boundary and is checked over a
//! bounded window (at most ~64 bytes before and ~255 after), so the scan is
//! linear in the text. Checksums (Luhn, ISO 13616 mod-97) and shape rules keep
//! plain numbers, dates, versions and times from matching. Configured
//! patterns run afterwards with `regex-lite`, whose matching is linear in the
//! text too; their compiled size is capped so a config cannot make it slow.

use regex_lite::{Regex, RegexBuilder};
use serde::Deserialize;

/// Built-in detectors a config can enable by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuiltinPii {
    Email,
    Phone,
    CreditCard,
    Iban,
}

/// What was found. `Custom` is the index of a configured pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PiiKind {
    Email,
    Phone,
    CreditCard,
    Iban,
    Custom(usize),
}

impl PiiKind {
    /// Name of a built-in kind; "custom" for a configured pattern (its own
    /// name comes from [`PiiDetector::name`]).
    pub fn name(&self) -> &'static str {
        match self {
            PiiKind::Email => "email",
            PiiKind::Phone => "phone",
            PiiKind::CreditCard => "credit_card",
            PiiKind::Iban => "iban",
            PiiKind::Custom(_) => "custom",
        }
    }
}

/// Longest custom pattern accepted, in bytes of source.
pub const MAX_PATTERN_LEN: usize = 1024;
/// Most custom patterns accepted: each one is a pass over the text.
pub const MAX_CUSTOM_PATTERNS: usize = 32;
/// Compiled size cap per pattern; regex-lite's search is O(size × text).
const REGEX_SIZE_LIMIT: usize = 64 * 1024;
const REGEX_NEST_LIMIT: u32 = 32;

/// Detectors built once at configure time, used on every request.
#[derive(Debug, Clone, Default)]
pub struct PiiDetector {
    email: bool,
    phone: bool,
    card: bool,
    iban: bool,
    custom: Vec<(String, Regex)>,
}

impl PiiDetector {
    /// Enables `kinds` and compiles the `(name, regex)` pairs of `custom`.
    /// The error names the offending pattern.
    pub fn new(kinds: &[BuiltinPii], custom: &[(String, String)]) -> Result<PiiDetector, String> {
        if custom.len() > MAX_CUSTOM_PATTERNS {
            return Err(format!(
                "too many custom PII patterns: {} (at most {MAX_CUSTOM_PATTERNS})",
                custom.len()
            ));
        }
        let mut detector = PiiDetector::default();
        for kind in kinds {
            match kind {
                BuiltinPii::Email => detector.email = true,
                BuiltinPii::Phone => detector.phone = true,
                BuiltinPii::CreditCard => detector.card = true,
                BuiltinPii::Iban => detector.iban = true,
            }
        }
        for (name, pattern) in custom {
            if name.is_empty() {
                return Err(format!("custom PII pattern `{pattern}` has an empty name"));
            }
            if detector.custom.iter().any(|(n, _)| n == name) {
                return Err(format!("custom PII pattern `{name}` is defined twice"));
            }
            if pattern.len() > MAX_PATTERN_LEN {
                return Err(format!(
                    "custom PII pattern `{name}` is {} bytes long (at most {MAX_PATTERN_LEN})",
                    pattern.len()
                ));
            }
            let regex = RegexBuilder::new(pattern)
                .size_limit(REGEX_SIZE_LIMIT)
                .nest_limit(REGEX_NEST_LIMIT)
                .build()
                .map_err(|e| format!("custom PII pattern `{name}` is invalid: {e}"))?;
            // It would flag every prompt.
            if regex.is_match("") {
                return Err(format!(
                    "custom PII pattern `{name}` matches the empty string"
                ));
            }
            detector.custom.push((name.clone(), regex));
        }
        Ok(detector)
    }

    /// Name of a kind: the built-in name, or the configured pattern's name.
    pub fn name(&self, kind: PiiKind) -> &str {
        match kind {
            PiiKind::Custom(i) => self.custom.get(i).map_or("custom", |(n, _)| n.as_str()),
            other => other.name(),
        }
    }

    /// True when nothing is enabled (callers can skip the scan).
    pub fn is_empty(&self) -> bool {
        !(self.email || self.phone || self.card || self.iban) && self.custom.is_empty()
    }

    /// The first PII found: built-ins (earliest in the text) before custom
    /// patterns (in configured order).
    pub fn detect(&self, text: &str) -> Option<PiiKind> {
        let mut found = None;
        self.scan_builtins(text.as_bytes(), |kind| {
            found = Some(kind);
            false
        });
        found.or_else(|| {
            self.custom
                .iter()
                .position(|(_, re)| re.is_match(text))
                .map(PiiKind::Custom)
        })
    }

    /// Every distinct kind found, for logging.
    pub fn detect_all(&self, text: &str) -> Vec<PiiKind> {
        let enabled = [self.email, self.phone, self.card, self.iban]
            .iter()
            .filter(|on| **on)
            .count();
        let mut found: Vec<PiiKind> = Vec::new();
        self.scan_builtins(text.as_bytes(), |kind| {
            if !found.contains(&kind) {
                found.push(kind);
            }
            found.len() < enabled
        });
        for (i, (_, re)) in self.custom.iter().enumerate() {
            if re.is_match(text) {
                found.push(PiiKind::Custom(i));
            }
        }
        found
    }

    /// One pass over the bytes; `report` returns whether to keep scanning.
    fn scan_builtins(&self, b: &[u8], mut report: impl FnMut(PiiKind) -> bool) {
        if !(self.email || self.phone || self.card || self.iban) {
            return;
        }
        for (i, &c) in b.iter().enumerate() {
            let kind = match c {
                b'@' if self.email && email_at(b, i) => Some(PiiKind::Email),
                b'+' if self.phone && intl_phone_at(b, i) => Some(PiiKind::Phone),
                b'(' if self.phone && nanp_phone_at(b, i) => Some(PiiKind::Phone),
                b'0'..=b'9' if !is_alnum(before(b, i)) => {
                    if self.phone && nanp_phone_at(b, i) {
                        Some(PiiKind::Phone)
                    } else if self.card && card_at(b, i) {
                        Some(PiiKind::CreditCard)
                    } else {
                        None
                    }
                }
                b'A'..=b'Z' if self.iban && !is_alnum(before(b, i)) && iban_at(b, i) => {
                    Some(PiiKind::Iban)
                }
                _ => None,
            };
            if let Some(kind) = kind {
                if !report(kind) {
                    return;
                }
            }
        }
    }
}

/// The byte at `i`, or 0 (matches no class) outside the text.
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// The byte before `i`, or 0 at the start.
fn before(b: &[u8], i: usize) -> u8 {
    i.checked_sub(1).map_or(0, |j| at(b, j))
}

fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_digit(c: u8) -> bool {
    c.is_ascii_digit()
}

// ---------------------------------------------------------------- email

fn is_local_char(c: u8) -> bool {
    is_alnum(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_label_char(c: u8) -> bool {
    is_alnum(c) || c == b'-'
}

/// `local@domain.tld` around the `@` at `at_sign`: a local part of up to 64
/// sane characters not ending in a dot, then two or more DNS labels, the
/// last all letters and at least two long.
fn email_at(b: &[u8], at_sign: usize) -> bool {
    let mut start = at_sign;
    while at_sign.saturating_sub(start) < 64 && is_local_char(before(b, start)) {
        start = start.saturating_sub(1);
    }
    while at(b, start) == b'.' && start < at_sign {
        start = start.saturating_add(1);
    }
    if start >= at_sign || before(b, at_sign) == b'.' {
        return false;
    }
    let mut i = at_sign.saturating_add(1);
    let end = i.saturating_add(255);
    let mut labels = 0u32;
    let mut tld_ok = false;
    while i < end {
        let label_start = i;
        let mut all_alpha = true;
        while is_label_char(at(b, i)) && i.saturating_sub(label_start) < 63 {
            all_alpha &= at(b, i).is_ascii_alphabetic();
            i = i.saturating_add(1);
        }
        let len = i.saturating_sub(label_start);
        if len == 0 || at(b, label_start) == b'-' || before(b, i) == b'-' {
            break;
        }
        labels = labels.saturating_add(1);
        tld_ok = all_alpha && len >= 2;
        // A dot followed by a label continues the domain; a final dot ends
        // the sentence.
        if at(b, i) == b'.' && is_label_char(at(b, i.saturating_add(1))) {
            i = i.saturating_add(1);
        } else {
            break;
        }
    }
    labels >= 2 && tld_ok
}

// ---------------------------------------------------------------- phone

fn is_phone_sep(c: u8) -> bool {
    matches!(c, b' ' | b'-' | b'.' | b'(' | b')')
}

/// `+` and 8–15 digits (E.164), separated by spaces, dashes, dots or
/// parentheses, at most two separators in a row. Not after a letter, digit
/// or `)` (arithmetic), not followed by a letter or digit, and not a signed
/// decimal (a single dot).
fn intl_phone_at(b: &[u8], plus: usize) -> bool {
    let prev = before(b, plus);
    if is_alnum(prev) || prev == b')' {
        return false;
    }
    let mut i = plus.saturating_add(1);
    if at(b, i) == b'(' {
        i = i.saturating_add(1);
    }
    // Country codes never start with 0.
    if !matches!(at(b, i), b'1'..=b'9') {
        return false;
    }
    let mut digits = 0u32;
    let mut dots = 0u32;
    let mut seps = 0u32;
    let mut last_digit = i;
    loop {
        let c = at(b, i);
        if is_digit(c) {
            digits = digits.saturating_add(1);
            if digits > 15 {
                return false;
            }
            seps = 0;
            last_digit = i;
        } else if is_phone_sep(c) && seps < 2 {
            seps = seps.saturating_add(1);
            if c == b'.' {
                dots = dots.saturating_add(1);
            }
        } else {
            break;
        }
        i = i.saturating_add(1);
    }
    // Dots in the trailing separators belong to the sentence.
    let mut j = i;
    while j > last_digit.saturating_add(1) {
        j = j.saturating_sub(1);
        if at(b, j) == b'.' {
            dots = dots.saturating_sub(1);
        }
    }
    let next = at(b, last_digit.saturating_add(1));
    (8..=15).contains(&digits) && dots != 1 && !is_alnum(next)
}

/// Reads `n` digits at `i`; the value of the first one, if all are digits.
fn digits_at(b: &[u8], i: usize, n: usize) -> Option<u8> {
    let ok = (0..n).all(|k| is_digit(at(b, i.saturating_add(k))));
    ok.then(|| at(b, i).saturating_sub(b'0'))
}

/// North-American numbers: `(415) 555-2671`, `(415)555-2671`,
/// `415-555-2671`, `415.555.2671`, optionally after `1-`/`1.`/`1 `. Area
/// code and exchange start with 2–9 (NANP), which with the exact 3-3-4 shape
/// rules out dates, versions and times.
fn nanp_phone_at(b: &[u8], start: usize) -> bool {
    let prev = before(b, start);
    if is_alnum(prev) || matches!(prev, b'-' | b'.' | b'/' | b'+' | b'_' | b',') {
        return false;
    }
    // Trunk prefix "1-", "1." or "1 " before a 3-3-4 number.
    let trunk =
        at(b, start) == b'1' && matches!(at(b, start.saturating_add(1)), b'-' | b'.' | b' ');
    nanp_body(b, start) || (trunk && nanp_body(b, start.saturating_add(2)))
}

/// The 3-3-4 shape at `start`, with no boundary check before it.
fn nanp_body(b: &[u8], start: usize) -> bool {
    let mut i = start;
    let sep = if at(b, i) == b'(' {
        if !matches!(digits_at(b, i.saturating_add(1), 3), Some(2..=9))
            || at(b, i.saturating_add(4)) != b')'
        {
            return false;
        }
        i = i.saturating_add(5);
        if at(b, i) == b' ' {
            i = i.saturating_add(1);
        }
        None
    } else {
        if !matches!(digits_at(b, i, 3), Some(2..=9)) {
            return false;
        }
        let s = at(b, i.saturating_add(3));
        if !matches!(s, b'-' | b'.') {
            return false;
        }
        i = i.saturating_add(4);
        Some(s)
    };
    if !matches!(digits_at(b, i, 3), Some(2..=9)) {
        return false;
    }
    let s2 = at(b, i.saturating_add(3));
    match sep {
        Some(s) if s2 != s => return false,
        None if !matches!(s2, b'-' | b'.') => return false,
        _ => {}
    }
    i = i.saturating_add(4);
    if digits_at(b, i, 4).is_none() {
        return false;
    }
    let end = i.saturating_add(4);
    let next = at(b, end);
    let continues = matches!(next, b'-' | b'.') && is_digit(at(b, end.saturating_add(1)));
    !is_alnum(next) && !continues
}

// ---------------------------------------------------------------- cards

/// 13–19 digits, optionally grouped by single spaces or single dashes (one
/// kind per number), passing Luhn. Not part of a longer run of digits or of
/// a decimal number. The first digit must be 2–6 (the card networks'
/// industry identifiers), which keeps millisecond timestamps and zero
/// padding out.
fn card_at(b: &[u8], start: usize) -> bool {
    let prev = before(b, start);
    if matches!(prev, b' ' | b'-' | b'.' | b',') && is_digit(before(b, start.saturating_sub(1))) {
        return false;
    }
    if !matches!(at(b, start), b'2'..=b'6') {
        return false;
    }
    let mut i = start;
    let mut sep: Option<u8> = None;
    let mut digits = 0u32;
    // Luhn sums for both parities: which one doubles depends on the count.
    let mut sum_even_doubled = 0u32;
    let mut sum_odd_doubled = 0u32;
    loop {
        let c = at(b, i);
        if is_digit(c) {
            let d = u32::from(c.saturating_sub(b'0'));
            let doubled = if d >= 5 { d * 2 - 9 } else { d * 2 };
            if digits.is_multiple_of(2) {
                sum_even_doubled = sum_even_doubled.saturating_add(doubled);
                sum_odd_doubled = sum_odd_doubled.saturating_add(d);
            } else {
                sum_even_doubled = sum_even_doubled.saturating_add(d);
                sum_odd_doubled = sum_odd_doubled.saturating_add(doubled);
            }
            digits = digits.saturating_add(1);
            if digits > 19 {
                return false;
            }
            i = i.saturating_add(1);
        } else if matches!(c, b' ' | b'-')
            && sep.is_none_or(|s| s == c)
            && is_digit(at(b, i.saturating_add(1)))
        {
            sep = Some(c);
            i = i.saturating_add(1);
        } else {
            break;
        }
    }
    let next = at(b, i);
    if is_alnum(next) || (matches!(next, b'.' | b',') && is_digit(at(b, i.saturating_add(1)))) {
        return false;
    }
    // Doubled from the right: positions n-2, n-4, ... from the left, i.e.
    // the even positions when n is even.
    let sum = if digits.is_multiple_of(2) {
        sum_even_doubled
    } else {
        sum_odd_doubled
    };
    (13..=19).contains(&digits) && sum % 10 == 0
}

// ---------------------------------------------------------------- IBAN

/// IBAN lengths of common countries (ISO 13616 registry); other countries
/// are accepted at 15–34 characters on the checksum alone.
fn iban_length(country: [u8; 2]) -> Option<u32> {
    Some(match &country {
        b"AD" => 24,
        b"AT" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"CH" => 21,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"EE" => 20,
        b"ES" => 24,
        b"FI" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GR" => 27,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IS" => 26,
        b"IT" => 27,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MT" => 31,
        b"NL" => 18,
        b"NO" => 15,
        b"PL" => 28,
        b"PT" => 25,
        b"RO" => 24,
        b"SA" => 24,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"TR" => 26,
        b"AE" => 23,
        _ => return None,
    })
}

/// Folds one IBAN character into a running mod-97 remainder (letters are
/// two digits: A = 10 … Z = 35).
fn mod97(rem: u32, c: u8) -> u32 {
    if is_digit(c) {
        (rem * 10 + u32::from(c.saturating_sub(b'0'))) % 97
    } else {
        let v = u32::from(c.to_ascii_uppercase().saturating_sub(b'A')) + 10;
        (rem * 100 + v) % 97
    }
}

/// Two capital letters, two check digits, then 11–30 alphanumerics, either
/// run together or in space-separated groups of four. Valid when the
/// rearranged number is 1 mod 97 (ISO 13616) and, for a known country, the
/// length is right. With groups, every group end is a candidate end, since
/// a following word of four letters looks like one more group.
fn iban_at(b: &[u8], start: usize) -> bool {
    let country = [at(b, start), at(b, start.saturating_add(1))];
    let check = [
        at(b, start.saturating_add(2)),
        at(b, start.saturating_add(3)),
    ];
    if !country[1].is_ascii_uppercase() || !check.iter().all(|c| is_digit(*c)) {
        return false;
    }
    // The first four characters go last: their remainder contribution is
    // the BBAN remainder × 10^6 (two letters as four digits, two digits).
    let mut tail = 0u32;
    for c in [country[0], country[1], check[0], check[1]] {
        tail = mod97(tail, c);
    }
    let expected_len = iban_length(country);
    let valid = |rem: u32, len: u32| {
        (15..=34).contains(&len)
            && expected_len.is_none_or(|l| l == len)
            && (rem * 1_000_000 % 97 + tail) % 97 == 1
    };
    let mut i = start.saturating_add(4);
    let mut rem = 0u32;
    let mut len = 4u32;
    if at(b, i) == b' ' {
        // Grouped: " XXXX XXXX ... X{1,4}".
        loop {
            if at(b, i) != b' ' || !is_alnum(at(b, i.saturating_add(1))) {
                return false;
            }
            i = i.saturating_add(1);
            let mut group = 0u32;
            while group < 4 && is_alnum(at(b, i)) {
                rem = mod97(rem, at(b, i));
                group = group.saturating_add(1);
                i = i.saturating_add(1);
            }
            len = len.saturating_add(group);
            if is_alnum(at(b, i)) || len > 34 {
                return false;
            }
            if valid(rem, len) {
                return true;
            }
            if group < 4 {
                return false;
            }
        }
    }
    while is_alnum(at(b, i)) {
        rem = mod97(rem, at(b, i));
        len = len.saturating_add(1);
        if len > 34 {
            return false;
        }
        i = i.saturating_add(1);
    }
    valid(rem, len)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [BuiltinPii; 4] = [
        BuiltinPii::Email,
        BuiltinPii::Phone,
        BuiltinPii::CreditCard,
        BuiltinPii::Iban,
    ];

    fn only(kind: BuiltinPii) -> PiiDetector {
        PiiDetector::new(&[kind], &[]).unwrap()
    }

    fn check(kind: BuiltinPii, expected: PiiKind, positives: &[&str], negatives: &[&str]) {
        let one = only(kind);
        let all = PiiDetector::new(&ALL, &[]).unwrap();
        for text in positives {
            assert_eq!(
                one.detect(text),
                Some(expected),
                "should find {expected:?} in {text:?}"
            );
            assert!(all.detect_all(text).contains(&expected), "{text:?}");
        }
        for text in negatives {
            assert_eq!(one.detect(text), None, "false {expected:?} in {text:?}");
        }
    }

    #[test]
    fn email() {
        check(
            BuiltinPii::Email,
            PiiKind::Email,
            &[
                "contact john.doe+tag@example.co.uk please",
                "Email: a_b@sub.domain.org.",
                "<jane@example.com>",
                "mail me (x@y.io)",
                "git@github.com:org/repo.git",
            ],
            &[
                "@mention and @app.route('/')",
                "user@localhost",
                "foo@bar.c",
                "pkg@1.2.3",
                "a@b",
                "test@.com",
                "name@-bad.com",
                "x @ y.com",
                ".@example.com",
                "john.@example.com",
                "a@b..com",
            ],
        );
    }

    #[test]
    fn phone() {
        check(
            BuiltinPii::Phone,
            PiiKind::Phone,
            &[
                "+44 20 7946 0958",
                "call (415) 555-2671 now",
                "(415)555-2671",
                "415-555-2671",
                "415.555.2671.",
                "+1 (415) 555-2671",
                "1-800-555-1234",
                "+33 1 23 45 67 89",
                "+14155552671",
                "tel:+49-30-1234567",
                "+44 (0)20 7946 0958",
            ],
            &[
                "version 10.2.33",
                "release 1.2.3 and 10.20.30.40",
                "2024-01-15",
                "2024-01-15T10:32:07+05:30",
                "at 10:32:07 UTC",
                "1234567890",
                "order 1234567890123",
                "3+4=7 and 12+345678901",
                "balance +12345678.90",
                "x+1234567890",
                "+0123456789",
                "415-555-26710",
                "192.168.100.1",
                "555-1234",
                "+1234567",
                "+1234567890123456",
                "(123) 456-7890",
                "415-555.2671",
                "ISBN 978-3-16-148410-0",
                "a415-555-2671",
            ],
        );
    }

    #[test]
    fn credit_card() {
        check(
            BuiltinPii::CreditCard,
            PiiKind::CreditCard,
            &[
                "card 4111 1111 1111 1111 exp 12/27",
                "5500-0000-0000-0004",
                "4111111111111111",
                "amex 378282246310005.",
                "6011 1111 1111 1117",
                "(4012888888881881)",
            ],
            &[
                "4111111111111112",
                "4111 1111 1111 1112",
                "order 1234567890123",
                "ts 1705312327123",
                "pi 0.4111111111111111",
                "41111111111111111111",
                "4111-1111 1111-1111",
                "a4111111111111111",
                "4111111111111111x",
                "0000 0000 0000 0000",
                "4111 1111  1111 1111",
                "4111111111111111.5",
            ],
        );
    }

    #[test]
    fn iban() {
        check(
            BuiltinPii::Iban,
            PiiKind::Iban,
            &[
                "GB82 WEST 1234 5698 7654 32",
                "pay DE89370400440532013000 today",
                "iban: FR14 2004 1010 0505 0001 3M02 606.",
                "BE68 5390 0754 7034 THEN more",
                "NL91ABNA0417164300",
                "GB82 WEST 1234 5698 7654 32 okay",
            ],
            &[
                "GB82 WEST 1234 5698 7654 33",
                "DE89370400440532013001",
                "GB82WEST1234569876543",
                "DE8937040044053201300",
                "ISO8601 and AB12 and RFC 3339",
                "XDE89370400440532013000",
                "DE89370400440532013000X",
                "GB82  WEST 1234 5698 7654 32",
            ],
        );
    }

    #[test]
    fn custom_patterns() {
        let custom = vec![
            ("us_ssn".to_string(), r"\b\d{3}-\d{2}-\d{4}\b".to_string()),
            (
                "uk_nino".to_string(),
                r"\b[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]\b".to_string(),
            ),
        ];
        let d = PiiDetector::new(&[BuiltinPii::Email], &custom).unwrap();
        assert_eq!(d.detect("my ssn is 123-45-6789"), Some(PiiKind::Custom(0)));
        assert_eq!(d.detect("NINO: AB123456C"), Some(PiiKind::Custom(1)));
        assert_eq!(d.name(PiiKind::Custom(0)), "us_ssn");
        assert_eq!(d.name(PiiKind::Custom(1)), "uk_nino");
        assert_eq!(d.name(PiiKind::Custom(9)), "custom");
        assert_eq!(d.name(PiiKind::Email), "email");
        assert_eq!(d.detect("1234-56-7890 and QQ1234567C"), None);
        // Built-ins win over custom patterns, wherever they are.
        assert_eq!(
            d.detect("123-45-6789 then a@example.com"),
            Some(PiiKind::Email)
        );
        assert!(!d.is_empty());
        assert!(PiiDetector::new(&[], &[]).unwrap().is_empty());
    }

    #[test]
    fn bad_custom_patterns_are_named() {
        let bad = |name: &str, pattern: &str| {
            PiiDetector::new(&[], &[(name.to_string(), pattern.to_string())]).unwrap_err()
        };
        let e = bad("employee_id", "(EMP-[0-9]+");
        assert!(e.contains("employee_id") && e.contains("invalid"), "{e}");
        assert!(bad("anything", "a*").contains("empty string"));
        assert!(bad("", "abc").contains("empty name"));
        assert!(bad("long", &"a".repeat(MAX_PATTERN_LEN + 1)).contains("long"));
        // Small source, huge compiled program.
        let e = bad("big", r"\w{1000}\w{1000}");
        assert!(e.contains("big"), "{e}");
        let dup = vec![
            ("x".to_string(), "a".to_string()),
            ("x".to_string(), "b".to_string()),
        ];
        assert!(PiiDetector::new(&[], &dup).unwrap_err().contains("twice"));
        let many: Vec<(String, String)> = (0..=MAX_CUSTOM_PATTERNS)
            .map(|i| (format!("p{i}"), "x".to_string()))
            .collect();
        assert!(PiiDetector::new(&[], &many)
            .unwrap_err()
            .contains("too many"));
    }

    #[test]
    fn detect_all_lists_distinct_kinds() {
        let custom = vec![("us_ssn".to_string(), r"\b\d{3}-\d{2}-\d{4}\b".to_string())];
        let d = PiiDetector::new(&ALL, &custom).unwrap();
        let text = "IBAN DE89370400440532013000, card 4111 1111 1111 1111, a@example.com, \
                    b@example.org, +44 20 7946 0958, ssn 123-45-6789, card 5500-0000-0000-0004";
        assert_eq!(
            d.detect_all(text),
            vec![
                PiiKind::Iban,
                PiiKind::CreditCard,
                PiiKind::Email,
                PiiKind::Phone,
                PiiKind::Custom(0)
            ]
        );
        assert_eq!(d.detect(text), Some(PiiKind::Iban));
        assert!(d.detect_all("nothing to see").is_empty());
        // Disabled kinds are not reported.
        assert_eq!(only(BuiltinPii::Email).detect("4111 1111 1111 1111"), None);
    }

    #[test]
    fn names_and_config_names() {
        let kinds: Vec<BuiltinPii> =
            serde_json::from_str(r#"["email", "phone", "credit_card", "iban"]"#).unwrap();
        assert_eq!(kinds, ALL);
        assert!(serde_json::from_str::<BuiltinPii>(r#""ssn""#).is_err());
        let names: Vec<&str> = [
            PiiKind::Email,
            PiiKind::Phone,
            PiiKind::CreditCard,
            PiiKind::Iban,
        ]
        .iter()
        .map(PiiKind::name)
        .collect();
        assert_eq!(names, ["email", "phone", "credit_card", "iban"]);
    }

    #[test]
    fn large_texts_without_pii_scan_in_linear_time() {
        let d = PiiDetector::new(
            &ALL,
            &[("us_ssn".to_string(), r"\b\d{3}-\d{2}-\d{4}\b".to_string())],
        )
        .unwrap();
        let line = "Release 10.2.33 shipped 2024-01-15T10:32:07Z to 1200 users @team \
                    (+3 builds, 12+34=46); order 1234567890123 costs 19.99 EUR. \
                    ISO8601 DE12 résumé 東京 x@y 555-1234 v1.2.3\n";
        let mut text = String::new();
        while text.len() < 1 << 20 {
            text.push_str(line);
        }
        assert_eq!(d.detect(&text), None);
        assert!(d.detect_all(&text).is_empty());
        // Adversarial runs for the scanners: every byte a candidate start,
        // or one long run. Each candidate is checked over a bounded window.
        let builtins = PiiDetector::new(&ALL, &[]).unwrap();
        for unit in [
            "1", "1 ", "a@", "@a.", "+1 ", "(2", "AB12 ", "DE89", "a.", "-",
        ] {
            let text = unit.repeat((1 << 20) / unit.len());
            let _ = builtins.detect_all(&text);
        }
    }
}
