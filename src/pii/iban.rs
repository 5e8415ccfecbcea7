//! International bank account numbers (ISO 13616).
//!
//! Finds two capital letters, two check digits, then 11–30 letters and
//! digits, run together or in space-separated groups of four, whose
//! rearranged number is 1 mod 97, with the registry length for the
//! country when it is a common one (other countries: 15–34 characters on
//! the checksum alone).
//!
//! Deliberately ignores: a wrong checksum or length (one typo in a real
//! IBAN is also ignored, since it no longer identifies an account),
//! lowercase (`de89...`), double spaces between groups, and codes like
//! `ISO8601` or `RFC 3339`.

use super::text::{at, is_alnum, is_digit};

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
pub fn iban_at(b: &[u8], start: usize) -> Option<usize> {
    let country = [at(b, start), at(b, start.saturating_add(1))];
    let check = [
        at(b, start.saturating_add(2)),
        at(b, start.saturating_add(3)),
    ];
    if !country[1].is_ascii_uppercase() || !check.iter().all(|c| is_digit(*c)) {
        return None;
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
                return None;
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
                return None;
            }
            if valid(rem, len) {
                return Some(i);
            }
            if group < 4 {
                return None;
            }
        }
    }
    while is_alnum(at(b, i)) {
        rem = mod97(rem, at(b, i));
        len = len.saturating_add(1);
        if len > 34 {
            return None;
        }
        i = i.saturating_add(1);
    }
    valid(rem, len).then_some(i)
}
