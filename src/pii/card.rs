//! Payment card numbers.
//!
//! Finds 12–19 digits, run together or grouped by single spaces or single
//! dashes (one kind of separator per number), that pass the Luhn check AND
//! fall in a card network's issuer range with that network's length:
//! Visa (4; 13, 16, 19), Mastercard (51–55, 2221–2720; 16), American Express
//! (34, 37; 15), Discover (6011, 644–649, 65; 16–19), JCB (3528–3589;
//! 16–19), Diners Club (300–305, 36, 38, 39; 14–19), UnionPay (62; 16–19),
//! Maestro (50, 56–58, 6304, 6759, 676x; 12–19), Mir (2200–2204; 16–19).
//!
//! Deliberately ignores: Luhn-valid numbers outside those ranges (IMEIs,
//! which are 15 digits starting 35 or 86 among others; order numbers,
//! millisecond timestamps, zero padding), numbers inside longer digit runs
//! or decimals, and mixed separators (`4111-1111 1111-1111`).

use super::text::{at, before, is_alnum, is_digit};

/// Does a number of `len` digits starting with `p` (its first 6 digits as
/// a number, padded) belong to a card network?
pub fn issuer_ok(prefix6: u32, len: u32) -> bool {
    let p1 = prefix6 / 100_000;
    let p2 = prefix6 / 10_000;
    let p3 = prefix6 / 1_000;
    let p4 = prefix6 / 100;
    let visa = p1 == 4 && matches!(len, 13 | 16 | 19);
    let mastercard = ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16;
    let amex = (p2 == 34 || p2 == 37) && len == 15;
    let discover =
        (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65) && (16..=19).contains(&len);
    let jcb = (3528..=3589).contains(&p4) && (16..=19).contains(&len);
    let diners =
        ((300..=305).contains(&p3) || matches!(p2, 36 | 38 | 39)) && (14..=19).contains(&len);
    let unionpay = p2 == 62 && (16..=19).contains(&len);
    let maestro = (p2 == 50 || (56..=58).contains(&p2) || matches!(p4, 6304 | 6759) || p3 == 676)
        && (12..=19).contains(&len);
    let mir = (2200..=2204).contains(&p4) && (16..=19).contains(&len);
    visa || mastercard || amex || discover || jcb || diners || unionpay || maestro || mir
}

/// A card number starting at `start`: its end.
pub fn card_at(b: &[u8], start: usize) -> Option<usize> {
    let prev = before(b, start);
    if matches!(prev, b' ' | b'-' | b'.' | b',') && is_digit(before(b, start.saturating_sub(1))) {
        return None;
    }
    if !matches!(at(b, start), b'2'..=b'6') {
        return None;
    }
    let mut i = start;
    let mut sep: Option<u8> = None;
    let mut digits = 0u32;
    let mut prefix = 0u32;
    // Luhn sums for both parities: which one doubles depends on the count.
    let mut sum_even_doubled = 0u32;
    let mut sum_odd_doubled = 0u32;
    loop {
        let c = at(b, i);
        if is_digit(c) {
            let d = u32::from(c - b'0');
            let doubled = if d >= 5 { d * 2 - 9 } else { d * 2 };
            if digits.is_multiple_of(2) {
                sum_even_doubled += doubled;
                sum_odd_doubled += d;
            } else {
                sum_even_doubled += d;
                sum_odd_doubled += doubled;
            }
            if digits < 6 {
                prefix = prefix * 10 + d;
            }
            digits += 1;
            if digits > 19 {
                return None;
            }
            i += 1;
        } else if matches!(c, b' ' | b'-')
            && sep.is_none_or(|s| s == c)
            && is_digit(at(b, i.saturating_add(1)))
        {
            sep = Some(c);
            i += 1;
        } else {
            break;
        }
    }
    let next = at(b, i);
    if is_alnum(next) || (matches!(next, b'.' | b',') && is_digit(at(b, i.saturating_add(1)))) {
        return None;
    }
    // Doubled from the right: positions n-2, n-4, ... from the left, i.e.
    // the even positions when n is even.
    let sum = if digits.is_multiple_of(2) {
        sum_even_doubled
    } else {
        sum_odd_doubled
    };
    ((12..=19).contains(&digits) && sum % 10 == 0 && issuer_ok(prefix, digits)).then_some(i)
}
