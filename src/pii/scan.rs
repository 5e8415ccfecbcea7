//! The scan itself: the byte limits per prompt, and the one pass that runs
//! every enabled built-in detector.

use super::lexicon::{Cat, Cue, Hit};
use super::text::{at, before, ceil_boundary, floor_boundary, is_alnum, is_digit};
use super::{address, card, email, health, iban, ids, phone, Finding, PiiDetector, PiiKind};

/// How much of a prompt the detectors read (`pii.scan`). A prompt larger
/// than this is read in pieces: the last user turn first, then the other
/// messages newest first; a text longer than `head_bytes + tail_bytes` is
/// read only at its start (`head_bytes`) and its end (`tail_bytes`), where
/// people put the question and the details; and no more than `max_bytes`
/// in all. Whatever is beyond is not read, so a 1 MB paste costs what
/// `max_bytes` costs. PII in the middle of a huge paste is not seen; raise
/// the limits if that matters more than the worker's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScanLimits {
    pub head_bytes: usize,
    pub tail_bytes: usize,
    pub max_bytes: usize,
}

impl Default for ScanLimits {
    fn default() -> Self {
        ScanLimits {
            head_bytes: 64 * 1024,
            tail_bytes: 32 * 1024,
            max_bytes: 256 * 1024,
        }
    }
}

/// The pieces of text to read, in order.
#[derive(Debug, Default)]
pub struct Windows<'t> {
    pub pieces: Vec<&'t str>,
    pub truncated: bool,
}

impl ScanLimits {
    /// Cuts `texts` (a prompt's messages in order) into the pieces to read.
    pub fn windows<'t>(&self, texts: &[&'t str], last_user: Option<usize>) -> Windows<'t> {
        let mut out = Windows::default();
        let mut budget = self.max_bytes;
        let order = last_user
            .into_iter()
            .chain((0..texts.len()).rev().filter(|i| Some(*i) != last_user));
        for i in order {
            let Some(&t) = texts.get(i) else { continue };
            if t.is_empty() {
                continue;
            }
            if budget == 0 {
                out.truncated = true;
                break;
            }
            let allowed = self.head_bytes.saturating_add(self.tail_bytes).min(budget);
            if t.len() <= allowed {
                out.pieces.push(t);
                budget = budget.saturating_sub(t.len());
                continue;
            }
            out.truncated = true;
            let both = self.head_bytes.saturating_add(self.tail_bytes).max(1);
            // Share what is left between head and tail in their ratio.
            let head = allowed.saturating_mul(self.head_bytes) / both;
            let tail = allowed.saturating_sub(head);
            let h_end = floor_boundary(t, head);
            let t_start = ceil_boundary(t, t.len().saturating_sub(tail).max(h_end));
            if let Some(p) = t.get(..h_end) {
                out.pieces.push(p);
            }
            if let Some(p) = t.get(t_start..) {
                out.pieces.push(p);
            }
            budget = budget.saturating_sub(allowed);
        }
        out
    }
}

/// What the detectors share for one text: its bytes and the lexicon hits.
pub struct Ctx<'t> {
    pub text: &'t str,
    pub b: &'t [u8],
    pub hits: Vec<Hit>,
    /// End offsets of cue words, by cue, ascending.
    cues: [Vec<usize>; Cue::COUNT],
}

impl<'t> Ctx<'t> {
    fn new(d: &PiiDetector, text: &'t str) -> Ctx<'t> {
        let hits = d.lexicon.as_ref().map(|l| l.hits(text)).unwrap_or_default();
        let mut cues: [Vec<usize>; Cue::COUNT] = Default::default();
        for h in &hits {
            if let Cat::Cue(c) = h.cat {
                if let Some(v) = cues.get_mut(c as usize) {
                    v.push(h.end);
                }
            }
        }
        for v in &mut cues {
            v.sort_unstable();
        }
        Ctx {
            text,
            b: text.as_bytes(),
            hits,
            cues,
        }
    }

    /// A cue word of this kind ends within `window` bytes before `i`.
    pub fn cue_before(&self, cue: Cue, i: usize, window: usize) -> bool {
        let Some(ends) = self.cues.get(cue as usize) else {
            return false;
        };
        let lo = i.saturating_sub(window);
        let first = ends.partition_point(|&e| e < lo);
        ends.get(first).is_some_and(|&e| e <= i)
    }
}

/// Bytes the dispatch below can find something at: `@`, `+`, `(`, digits,
/// and uppercase ASCII letters (ids and IBANs start with one:
/// `ids::letters_at` and the IBAN check refuse a lowercase first letter).
/// Every other byte ends in `None`, so skipping it changes nothing.
static STARTS: [bool; 256] = starts();

// Evaluated at compile time (it initialises a static): an index out of
// range would fail the build, it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const fn starts() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0usize;
    while i < 256 {
        t[i] = matches!(i as u8, b'@' | b'+' | b'(' | b'0'..=b'9' | b'A'..=b'Z');
        i += 1;
    }
    t
}

/// The first position from `from` whose byte is in [`STARTS`] (the text's
/// length if none): eight bytes at a time, then byte by byte.
fn next_start(b: &[u8], from: usize) -> usize {
    // Starts come in runs (digits, capitals): check the first byte alone.
    let first = b
        .get(from)
        .map(|&c| STARTS.get(usize::from(c)).copied().unwrap_or(false));
    if first == Some(true) {
        return from;
    }
    let mut i = from;
    while let Some(chunk) = b.get(i..i.saturating_add(8)) {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let m = starts_mask(u64::from_le_bytes(word));
        if m != 0 {
            return i.saturating_add((m.trailing_zeros() / 8) as usize);
        }
        i = i.saturating_add(8);
    }
    let rest = b.get(i..).unwrap_or_default();
    i.saturating_add(
        rest.iter()
            .position(|&c| STARTS.get(usize::from(c)).copied().unwrap_or(false))
            .unwrap_or(rest.len()),
    )
}

/// The high bit of each byte of `x` that is in [`STARTS`], exactly: for
/// each range, `m < byte < n` is computed per byte on the low seven bits
/// without a carry or borrow between bytes, and bytes >= 0x80 are cleared.
fn starts_mask(x: u64) -> u64 {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let t = x & (0x7F * L);
    let between = |m: u64, n: u64| ((127 + n) * L - t) & !x & (t + (127 - m) * L) & H;
    // Digits, `@` and A-Z, `(`, `+`.
    between(0x2F, 0x3A) | between(0x3F, 0x5B) | between(0x27, 0x29) | between(0x2A, 0x2C)
}

/// Runs every enabled built-in over `text`; false when `report` said stop.
pub fn builtins(d: &PiiDetector, text: &str, report: &mut dyn FnMut(Finding) -> bool) -> bool {
    let ctx = Ctx::new(d, text);
    let on = &d.on;
    let mut emit = |kind: PiiKind, start: usize, end: usize| report(Finding { kind, start, end });

    if on.address {
        for (s, e) in address::find(&ctx) {
            if !emit(PiiKind::Address, s, e) {
                return false;
            }
        }
    }
    if on.health {
        for (s, e) in health::find(&ctx) {
            if !emit(PiiKind::Health, s, e) {
                return false;
            }
        }
    }

    let b = ctx.b;
    let mut i = 0usize;
    while i < b.len() {
        // Skip to the next byte a detector can start at: most of a prompt
        // (lowercase letters, spaces, punctuation, non-ASCII) starts none.
        i = next_start(b, i);
        if i >= b.len() {
            break;
        }
        let c = at(b, i);
        let found = start_at(d, &ctx, i);
        match found {
            Some((kind, s, e)) => {
                if !emit(kind, s, e) {
                    return false;
                }
                // Nothing starts inside a finding.
                i = e.max(i.saturating_add(1));
            }
            None => {
                i = i.saturating_add(1);
                // A digit or letter that started nothing: the letters and
                // digits right after it have a letter or digit before
                // them, where neither arm above starts (and `@`, `+`, `(`
                // are not among them), so the scan goes on after the run.
                if is_alnum(c) {
                    i = alnum_run_end(b, i);
                }
            }
        }
    }
    true
}

/// What a detector finds starting at `i` (kind, start, end), if anything:
/// the dispatch by the byte there. Only bytes in [`STARTS`] can start
/// something.
#[inline(always)]
fn start_at(d: &PiiDetector, ctx: &Ctx, i: usize) -> Option<(PiiKind, usize, usize)> {
    start_at_gated(d, ctx, i, true)
}

/// [`start_at`]; `gate` false runs every detector a digit or a letter can
/// start (the reference the gates' tests hold it equal to).
#[inline(always)]
fn start_at_gated(
    d: &PiiDetector,
    ctx: &Ctx,
    i: usize,
    gate: bool,
) -> Option<(PiiKind, usize, usize)> {
    let on = &d.on;
    let b = ctx.b;
    let c = at(b, i);
    let prev = before(b, i);
    match c {
        b'@' if on.email => email::find_at(&d.email, b, i).map(|(s, e)| (PiiKind::Email, s, e)),
        b'+' if on.phone => phone::intl_at(b, i).map(|e| (PiiKind::Phone, i, e)),
        b'(' if on.phone => phone::paren_at(b, i).map(|e| (PiiKind::Phone, i, e)),
        b'0'..=b'9'
            if !(is_alnum(prev) || (prev == b'.' && is_digit(before(b, i.saturating_sub(1))))) =>
        {
            // How many digits the number here can have at most (up to
            // 12): the card, id and phone detectors each need more than
            // a few (see `run_digits`), and most digits in logs and prose
            // start short numbers, so this one cheap read spares the three.
            let n = if gate {
                run_digits(b, i)
            } else {
                RUN_DIGITS_CAP
            };
            // Cards first: their issuer ranges are narrow, and a
            // 15-digit Amex can pass a 15-digit id's 1-in-97 key.
            let card = (on.card && n >= 12)
                .then(|| card::card_at(b, i))
                .flatten()
                .map(|e| (PiiKind::CreditCard, i, e));
            // Not inside a run of spaced digit groups whose start
            // already failed (`2 06 03 44 ...`).
            let inside_run = prev == b' ' && is_digit(before(b, i.saturating_sub(1)));
            card.or_else(|| {
                (on.any_id() && !inside_run && n >= 8)
                    .then(|| ids::numeric_at(ctx, &on.ids, i))
                    .flatten()
                    .map(|(k, e)| (PiiKind::NationalId(k), i, e))
            })
            .or_else(|| {
                (on.phone && !inside_run && n >= 7)
                    .then(|| phone::national_at(ctx, i))
                    .flatten()
                    .map(|e| (PiiKind::Phone, i, e))
            })
        }
        b'A'..=b'Z' | b'a'..=b'z' if !is_alnum(prev) => {
            if gate && !letters_may_start(b, i) {
                return None;
            }
            let id = if on.any_id() {
                ids::letters_at(&on.ids, b, i).map(|(k, e)| (PiiKind::NationalId(k), i, e))
            } else {
                None
            };
            id.or_else(|| {
                (on.iban && c.is_ascii_uppercase())
                    .then(|| iban::iban_at(b, i))
                    .flatten()
                    .map(|e| (PiiKind::Iban, i, e))
            })
        }
        _ => None,
    }
}

/// Whether a letter-started detector (an id of `ids::letters_at`, an
/// IBAN) can find something at `i`: what each needs in its first bytes.
/// A NIE is `X`, `Y` or `Z` then a digit or `-`; the others start with
/// two capitals, then a NINO has a digit or a space (`QQ 12 34 56 C`),
/// an IBAN a digit (its check digits), a codice fiscale four more
/// capitals (six letters, then digits). So prose words (`The`) and most
/// capitalised words of logs (`ERROR`, `HTTP`) start nothing.
fn letters_may_start(b: &[u8], i: usize) -> bool {
    let up = |k: usize| at(b, i.saturating_add(k)).is_ascii_uppercase();
    let c1 = at(b, i.saturating_add(1));
    let c2 = at(b, i.saturating_add(2));
    let nie = matches!(at(b, i), b'X' | b'Y' | b'Z') && (is_digit(c1) || c1 == b'-');
    nie || (c1.is_ascii_uppercase()
        && (is_digit(c2) || c2 == b' ' || (up(2) && up(3) && up(4) && up(5))))
}

const RUN_DIGITS_CAP: u32 = 12;

/// The digits (counted up to [`RUN_DIGITS_CAP`]) from `i` on, across gaps
/// of at most three bytes of ` -./()AB`: an upper bound of the digits of
/// any number a digit-started detector can find at `i`. Each needs at
/// least a few: a card 12, an id 8 (a DNI; the others 9 or more), a
/// national phone 7 (after a cue word; `00` and 8 more for international,
/// 10 for North American). And none crosses a longer gap or other bytes:
/// cards, ids and national groups take single spaces, dashes, dots or
/// slashes between digits; international digits at most two of ` -.()`
/// (`00 (44) 20`); a French INSEE number `2 A 05` (Corsica) three. Letters
/// after the digits (a DNI's, a Chinese id's `X`) come after the count.
fn run_digits(b: &[u8], i: usize) -> u32 {
    let mut n = 0u32;
    let mut gap = 0u32;
    let mut j = i;
    while n < RUN_DIGITS_CAP {
        let c = at(b, j);
        if is_digit(c) {
            n += 1;
            gap = 0;
        } else if gap < 3 && matches!(c, b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'A' | b'B') {
            gap += 1;
        } else {
            break;
        }
        j = j.saturating_add(1);
    }
    n
}

/// The first position from `i` whose byte is not an ASCII letter or digit
/// (the text's length if none).
fn alnum_run_end(b: &[u8], i: usize) -> usize {
    let rest = b.get(i..).unwrap_or_default();
    i.saturating_add(
        rest.iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dispatch as it was before the skips: every byte of the text
    /// tried, nothing started inside a finding.
    fn every_byte(d: &PiiDetector, text: &str) -> Vec<(PiiKind, usize, usize)> {
        let ctx = Ctx::new(d, text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            match start_at(d, &ctx, i) {
                Some((k, s, e)) => {
                    out.push((k, s, e));
                    i = e.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    /// `builtins` (skipping to the next start byte, and past the rest of a
    /// run of letters and digits that started nothing) finds what trying
    /// every byte finds, on texts built from digit groups, capitals, ids,
    /// cards, phones, IBANs and emails glued by every kind of separator.
    #[test]
    fn skips_find_what_every_byte_finds() {
        let d = PiiDetector::builtin();
        let pieces = [
            "4111 1111 1111 1111",
            "4111111111111111",
            "5500-0000-0000-0004",
            "378282246310005",
            "DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432",
            "12345678Z",
            "X1234567L",
            "AB123456C",
            "QQ 12 34 56 C",
            "RSSMRA85T10A562S",
            "123-45-6789",
            "2345 6789 0124",
            "+44 20 7946 0958",
            "(555) 123-4567",
            "0612345678",
            "06 12 34 56 78",
            "612 48 93 07",
            "jane.doe@gmail.com",
            "x@example.com",
            "SSN",
            "ssn:",
            "tel.",
            "PESEL",
            "44051401359",
            "1 85 05 78 006 084 36",
            "11 98765-4321",
            "2024-11-30T10:15:42.123Z",
            "A7F3-9921-BC01",
            "XK-4471-B",
            "E1234",
            "v1.2.3",
            "1,234,567",
            "0.0123",
            "10.2.0.14:8080",
            "ERROR",
            "OrderSvc",
            "QTY",
            "9",
            "00",
            "A",
            "Zz",
            "aB3",
            "é",
            "東京",
            "मकान",
        ];
        let glue = [
            " ", "", "-", ".", ",", ":", "/", "(", ")", "+", "\n", "@", "x", "Q",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut found = 0;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..1 + next(12) {
                text.push_str(pieces[next(pieces.len())]);
                text.push_str(glue[next(glue.len())]);
            }
            let mut got = Vec::new();
            builtins(&d, &text, &mut |f| {
                got.push((f.kind, f.start, f.end));
                true
            });
            // Address and health findings come first, from their own passes.
            let got: Vec<_> = got
                .into_iter()
                .filter(|f| !matches!(f.0, PiiKind::Address | PiiKind::Health))
                .collect();
            let reference = every_byte(&d, &text);
            assert_eq!(got, reference, "{text:?}");
            found += reference.len();
        }
        // The texts hold findings (the test compares something).
        assert!(found > 1000, "{found}");
    }

    /// At every byte of 6000 random texts (`pieces` glued with `glue`, and
    /// every third one random bytes of `alphabet`), the gated dispatch finds
    /// what the ungated one finds; the texts must hold findings.
    fn gated_equals_ungated(pieces: &[&str], glue: &[&str], alphabet: &[u8], mut seed: u64) {
        let d = PiiDetector::builtin();
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut found = 0;
        for round in 0..6000 {
            let mut text = String::new();
            if round % 3 == 0 {
                for _ in 0..1 + next(40) {
                    text.push(char::from(alphabet[next(alphabet.len())]));
                }
            } else {
                for _ in 0..1 + next(8) {
                    text.push_str(pieces[next(pieces.len())]);
                    text.push_str(glue[next(glue.len())]);
                }
            }
            let ctx = Ctx::new(&d, &text);
            for i in 0..text.len() {
                let reference = start_at_gated(&d, &ctx, i, false);
                assert_eq!(start_at_gated(&d, &ctx, i, true), reference, "{text:?} {i}");
                found += usize::from(reference.is_some());
            }
        }
        // The texts hold findings (the test compares something).
        assert!(found > 3000, "{found}");
    }

    /// The digit-count gate in [`start_at`] changes nothing: at every
    /// byte of random texts (PII pieces, digit groups and separators glued
    /// at random, and random strings of digits, separators and the letters
    /// the detectors read) the gated dispatch finds what the ungated one
    /// finds.
    #[test]
    fn digit_gate_finds_what_every_detector_finds() {
        let pieces = [
            "4111 1111 1111 1111",
            "4539 1488 0343 6467",
            "5500-0000-0000-0004",
            "378282246310005",
            "12345678Z",
            "12345678-Z",
            "123-45-6789",
            "123 45 6789",
            "111.444.777-35",
            "11144477735",
            "2345 6789 0124",
            "234567890124",
            "110101 19900307 123X",
            "11010119900307123X",
            "12 345 678 903",
            "1 85 05 78 006 084 91",
            "2 69 05 2A 123 456 88",
            "2 69 05 2 A 123 456 88",
            "044051401359",
            "44051401359",
            "0612345678",
            "06 12 34 56 78",
            "06.12.34.56.78",
            "612 48 93 07",
            "91 234 56 78",
            "22 123 45 67",
            "347 1234567",
            "601-245-877",
            "11 98765-4321",
            "010-6552 9988",
            "138 0013 8000",
            "98765 43210",
            "415-555-2671",
            "1-415-555-2671",
            "1 (415) 555-2671",
            "0044 20 7946 0958",
            "00 (44) 20 7946 0958",
            "00 44 (0)20 7946 0958",
            "030/1234567",
            "2024-11-30",
            "4471 2210 998",
            "55 12 98 07",
            "Tel.: ",
            "tel ",
            "SSN ",
            "Aadhaar ",
            "10.2.0.14",
            "0.0123",
            "88213",
        ];
        let glue = [
            " ", "", "-", ".", "/", "(", ")", ",", ":", "A", "B", "\n", "  ",
        ];
        let alphabet = b"0123456789 -./()ABXZ+:,";
        let seed = 0x9E37_79B9_7F4A_7C15u64;
        gated_equals_ungated(&pieces, &glue, alphabet, seed);
    }

    /// The letter gate in [`start_at`] ([`letters_may_start`]) changes
    /// nothing: at every byte of random texts (ids, NIEs, NINOs, codici
    /// fiscali, IBANs, capitalised words and separators glued at random,
    /// and random strings of capitals, digits and separators) the gated
    /// dispatch finds what the ungated one finds.
    #[test]
    fn letter_gate_finds_what_every_detector_finds() {
        let pieces = [
            "X1234567L",
            "X-1234567-L",
            "Y1234567X",
            "Z-7654321",
            "AB123456C",
            "AB 12 34 56 C",
            "QQ 12 34 56 C",
            "JG 10 37 51 D",
            "RSSMRA85T10A562S",
            "RSSMRA85T1LA562S",
            "MRTMTT91D08F205J",
            "DE89 3704 0044 0532 0130 00",
            "DE89370400440532013000",
            "GB82WEST12345698765432",
            "GB82 WEST 1234 5698 7654 32",
            "FR14 2004 1010 0505 0001 3M02 606",
            "ERROR",
            "FAILED",
            "HTTP",
            "The",
            "ABCDEF",
            "ABCDE",
            "XK-4471-B",
            "E1234",
            "QQ",
            "X",
            "Zz",
            "ab12",
        ];
        let glue = [" ", "", "-", ".", ",", ":", "/", "(", "\n", "A", "x", "7"];
        let alphabet = b"ABCDLMXYZQ0123456789 -";
        let seed = 0x6A09_E667_F3BC_C908u64;
        gated_equals_ungated(&pieces, &glue, alphabet, seed);
    }

    /// The eight-byte skip finds the same position as the byte table, for
    /// every byte value at every offset of a block, among fillers that are
    /// and are not starts, and on texts of every length near a block.
    #[test]
    fn next_start_equals_the_byte_table() {
        let reference = |b: &[u8], from: usize| {
            (from..b.len())
                .find(|&k| STARTS[usize::from(b[k])])
                .unwrap_or(b.len())
        };
        for fill in [b'a', b' ', 0xC3, 0x80, b'z', b'[', b'?', b')', b'*', b','] {
            for len in 0..20 {
                for pos in 0..len {
                    for c in 0..=255u8 {
                        let mut b = vec![fill; len];
                        b[pos] = c;
                        for from in 0..=len.min(3) {
                            assert_eq!(next_start(&b, from), reference(&b, from), "{b:?} {from}");
                        }
                    }
                }
            }
        }
        for x in 0..=255u8 {
            let m = starts_mask(u64::from(x));
            assert_eq!(m & 0x80 != 0, STARTS[usize::from(x)], "{x}");
            assert_eq!(m & !0x80, 0, "{x}");
        }
    }
}
