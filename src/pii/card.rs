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
//! or decimals, and mixed separators (`4111-1111 1111-1111`); and the test
//! numbers of the networks' and processors' documentation, which are
//! nobody's card: numbers made of at most three distinct digits or with
//! one digit in at least five eighths of the places (`4111 1111 1111
//! 1111`, `4242 4242 4242 4242`, `5555 5555 5555 4444`, `6011 1111 1111
//! 1117`, `4012 8888 8888 1881`), and a short list of the published ones
//! without such a pattern ([`TEST_PANS`]: `3782 822463 10005`, ...). A real
//! card has such a pattern about once in a quarter of a million numbers.
//! Read only for a number that passed Luhn and the issuer ranges.

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

/// Published test card numbers (Stripe, Adyen, Braintree, PayPal and the
/// networks' own documentation) that have no repeated-digit pattern.
pub const TEST_PANS: &[u64] = &[
    378_282_246_310_005,
    371_449_635_398_431,
    378_734_493_671_000,
    4_000_056_655_665_556,
    2_223_003_122_003_222,
    3_530_111_333_300_000,
    3_566_002_020_360_505,
    6_011_000_990_139_424,
    30_569_309_025_904,
    38_520_000_023_237,
    5_200_828_282_828_210,
    6_759_649_826_438_453,
];

/// Is the card number in `b[start..end]` (digits and separators) a test
/// number of documentation ([`TEST_PANS`] or a repeated-digit pattern)?
/// Read once, only for numbers that passed every other check.
pub fn test_number(b: &[u8], start: usize, end: usize) -> bool {
    let mut counts = [0u32; 10];
    let mut n = 0u32;
    let mut value = 0u64;
    for &c in b.get(start..end).unwrap_or_default() {
        if c.is_ascii_digit() {
            let d = c - b'0';
            if let Some(k) = counts.get_mut(usize::from(d)) {
                *k += 1;
            }
            n += 1;
            value = value.saturating_mul(10).saturating_add(u64::from(d));
        }
    }
    let distinct = counts.iter().filter(|&&k| k > 0).count();
    let most = counts.iter().copied().max().unwrap_or(0);
    distinct <= 3 || most * 8 >= n * 5 || TEST_PANS.contains(&value)
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
    ((12..=19).contains(&digits)
        && sum % 10 == 0
        && issuer_ok(prefix, digits)
        && !test_number(b, start, i))
    .then_some(i)
}
