//! Telephone numbers, international and national.
//!
//! Finds:
//! - international: `+` and 8–15 digits (E.164) grouped by spaces, dashes,
//!   dots or parentheses (`+44 20 7946 0958`, `+1 (415) 555-2671`,
//!   `+44 (0)20 7946 0958`, `+8613800138000`); `00` instead of `+` too;
//! - North American: `(415) 555-2671`, `415-555-2671`, `415.555.2671`,
//!   `1-800-555-1234` (area code and exchange start 2–9);
//! - national numbers with a trunk `0`, grouped, 9–12 digits: `020 7946
//!   0958` (UK), `030 12345678` (DE), `06 12 34 56 78` (FR), `03-1234-5678`
//!   and `090-1234-5678` (JP), `010-12345678` (CN), `02 1234 5678` (IT),
//!   `(030) 1234567`;
//! - a parenthesised area code: `(11) 91234-5678` (BR);
//! - mobile shapes: Chinese `138 0013 8000`, Indian `98765 43210`, spaced
//!   3-3-4 `347 123 4567`; Spanish nine digits in pairs `612 48 93 07`,
//!   `91 234 56 78`; Italian `347 1234567` (space, dash or dot); nine
//!   digits in dashed threes from 4-9 `601-245-877` (PL, PT, ES);
//!   Brazilian `11 98765-4321`;
//! - landlines: Polish `22 123 45 67`, Portuguese `21 234 5678`, Chinese
//!   `010-6552 9988`; these landlines and the Italian, dashed and
//!   Brazilian shapes are an amount when a currency follows (`22 123 45 67
//!   zł`, `612-345-678 EUR`);
//! - after a comma, colon or semicolon that follows a word (a CSV or table
//!   row, `tel:`), as after a space; after a digit they split a number;
//! - anything of 7–13 digits right after a phone cue word (`tel`, `móvil`,
//!   `Handy`, `portable`, `telefone`, `cellulare`, `komórka`, `फ़ोन`, `電話`,
//!   `手机`, ...): `Tel.: 612 345 678`, `Handy 01512345678`; but not twelve
//!   digits in fours (`3966 5786 7218`: an Aadhaar number's shape) and not
//!   after a word that only means "number" (`नंबर`, `número`).
//!
//! Not a person's (see [`super::business`]): toll-free, shared-cost and
//! premium service numbers (`1-800-...`, `0800`, `0180x`, `900 123 456`,
//! `0120`, `400-...`, `1800 ...`), a number whose nearest telling word
//! before it is a business's (hotline, customer service, an imprint, a
//! legal form) or names a reference (tracking, order, invoice) within 32
//! bytes with no digit between, unless a personal word (my, direct line,
//! mobile, `Durchwahl`, call back) or a person's name is nearer; digits
//! right after a letters-and-digits code (`1Z 8V7 46E 03 1234 5678`).
//!
//! Placeholders of documentation and test data are nobody's number: a
//! number whose last seven or more digits are one digit repeated
//! (`03-0000-0000`, `+49 30 1111111`), and North America's fictional
//! `555-0100`..`555-0199` written without an area code (`+1 555 0100`).
//!
//! Deliberately ignores: dates (`2024-01-15`, `15.01.2024`, also right
//! after a phone cue word: a CSV row's `teléfono;...;2026-10-02`), times,
//! versions and IP addresses (dots with short groups), ISBNs, amounts with
//! space thousands separators (`612 345 678` without a cue), bare digit runs
//! without a cue (`0612345678`, order numbers), arithmetic (`3+4`), signed
//! decimals (`+12345678.90`), and numbers glued to letters.

use super::business::{
    after_code, business_context, business_context_named, person_names, service_number,
};
use super::lexicon::Cue;
use super::scan::Ctx;
use super::text::{at, before, digit_run, digits_at, is_alnum, is_digit};

fn is_phone_sep(c: u8) -> bool {
    matches!(c, b' ' | b'-' | b'.' | b'(' | b')')
}

/// After the last digit: not a letter or digit, and not a decimal part.
fn clean_end(b: &[u8], end: usize) -> bool {
    let next = at(b, end);
    let decimal =
        matches!(next, b'.' | b',' | b'-' | b'/') && is_digit(at(b, end.saturating_add(1)));
    !(is_alnum(next) || decimal)
}

/// A number found at `start..end` is a person's: not a service number,
/// not a placeholder, and not a business's by the words around it (see
/// [`super::business`]).
fn personal(b: &[u8], start: usize, end: usize) -> Option<usize> {
    (!service_number(b, start, end)
        && !placeholder_number(b, start, end)
        && !switchboard_before(b, start)
        && !business_context(b, start, end, true))
    .then_some(end)
}

/// Switchboard words written right before a number (pii8): French
/// `standard` (which elsewhere is the English adjective, so only right
/// before the number), `PBX`, Portuguese `central telefónica`.
const SWITCHBOARD: &[&[u8]] = &[
    b"standard",
    b"pbx",
    b"central telef\xc3\xb3nica",
    b"central telef\xc3\xb4nica",
    b"central telefonica",
];

/// Is the number at `start` right after a switchboard word (a colon,
/// a dot and spaces between allowed)? Reads at most 24 bytes back.
fn switchboard_before(b: &[u8], start: usize) -> bool {
    let head = b.get(start.saturating_sub(24)..start).unwrap_or_default();
    let mut n = head.len();
    while n > 0 && matches!(head.get(n - 1), Some(b' ' | b':' | b'.')) {
        n -= 1;
    }
    let head = head.get(..n).unwrap_or_default();
    SWITCHBOARD.iter().any(|w| {
        let Some(k) = head.len().checked_sub(w.len()) else {
            return false;
        };
        // The whole word: no letter or digit before it.
        head.get(k..).is_some_and(|t| t.eq_ignore_ascii_case(w))
            && !k
                .checked_sub(1)
                .and_then(|j| head.get(j))
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
    })
}

/// A placeholder of documentation or test data: the last seven or more
/// digits are one digit repeated (`03-0000-0000`, `+81 3 0000 0000`) or
/// the last six are zeros (`+351 222 000 000`, a switchboard's), or
/// North America's fictional `555-01xx` with no area code (`+1 555
/// 0100`, `555-0123`). Read once, only for a number already found.
pub fn placeholder_number(b: &[u8], start: usize, end: usize) -> bool {
    let mut digits = [0u8; 16];
    let mut n = 0usize;
    for &c in b.get(start..end).unwrap_or_default() {
        if c.is_ascii_digit() {
            if let Some(slot) = digits.get_mut(n) {
                *slot = c;
            }
            n = n.saturating_add(1);
        }
    }
    let ds = digits.get(..n.min(16)).unwrap_or_default();
    let last = ds.last().copied().unwrap_or(0);
    let same = ds.iter().rev().take_while(|&&d| d == last).count();
    // Seven digits: the subscriber number, with `+1` or a trunk `1`.
    let seven = match ds {
        [b'1', rest @ ..] if rest.len() == 7 => rest,
        _ if ds.len() == 7 => ds,
        _ => &[],
    };
    let fictional = seven.starts_with(b"5550") && seven.get(4) == Some(&b'1');
    // Six trailing zeros: a switchboard's round number or a placeholder
    // (`+351 222 000 000`), never a person's line (pii7).
    same >= 7 || (last == b'0' && same >= 6) || fictional
}

/// A date written as digits (`2026-10-02`, `02.10.2026`, `10/02/2026`):
/// a year of 19xx or 20xx with a month and a day.
fn date_shape(b: &[u8], i: usize, g: &Groups) -> bool {
    let num = |from: usize, n: usize| super::text::number(b, from, n);
    match g.lens() {
        [4, 2, 2] => {
            let (y, m, d) = (num(i, 4), num(i + 5, 2), num(i + 8, 2));
            (1900..=2099).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
        }
        [2, 2, 4] => {
            let (a, m, y) = (num(i, 2), num(i + 3, 2), num(i + 6, 4));
            (1900..=2099).contains(&y)
                && (1..=31).contains(&a)
                && (1..=31).contains(&m)
                && (a <= 12 || m <= 12)
        }
        _ => false,
    }
}

/// `+` and 8–15 digits: the end of the number.
pub fn intl_at(b: &[u8], plus: usize) -> Option<usize> {
    let prev = before(b, plus);
    if is_alnum(prev) || prev == b')' {
        return None;
    }
    intl_body(b, plus.saturating_add(1)).and_then(|e| personal(b, plus, e))
}

/// The digits of an international number after `+` or `00`.
fn intl_body(b: &[u8], first: usize) -> Option<usize> {
    let mut i = first;
    if at(b, i) == b'(' {
        i = i.saturating_add(1);
    }
    // Country codes never start with 0.
    if !matches!(at(b, i), b'1'..=b'9') {
        return None;
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
                return None;
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
    let end = last_digit.saturating_add(1);
    ((8..=15).contains(&digits) && dots != 1 && !is_alnum(at(b, end))).then_some(end)
}

/// North-American numbers: `(415) 555-2671`, `415-555-2671`,
/// `415.555.2671`, optionally after `1-`/`1.`/`1 `.
fn nanp_at(b: &[u8], start: usize) -> Option<usize> {
    let trunk =
        at(b, start) == b'1' && matches!(at(b, start.saturating_add(1)), b'-' | b'.' | b' ');
    nanp_body(b, start).or_else(|| {
        trunk
            .then(|| nanp_body(b, start.saturating_add(2)))
            .flatten()
    })
}

fn first_digit_2_9(b: &[u8], i: usize) -> bool {
    matches!(at(b, i), b'2'..=b'9')
}

/// The 3-3-4 shape at `start`, with no boundary check before it.
fn nanp_body(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    let sep = if at(b, i) == b'(' {
        let a = i.saturating_add(1);
        if !(digits_at(b, a, 3) && first_digit_2_9(b, a)) || at(b, i.saturating_add(4)) != b')' {
            return None;
        }
        i = i.saturating_add(5);
        if at(b, i) == b' ' {
            i = i.saturating_add(1);
        }
        None
    } else {
        if !(digits_at(b, i, 3) && first_digit_2_9(b, i)) {
            return None;
        }
        let s = at(b, i.saturating_add(3));
        if !matches!(s, b'-' | b'.') {
            return None;
        }
        i = i.saturating_add(4);
        Some(s)
    };
    if !(digits_at(b, i, 3) && first_digit_2_9(b, i)) {
        return None;
    }
    let s2 = at(b, i.saturating_add(3));
    match sep {
        Some(s) if s2 != s => return None,
        None if !matches!(s2, b'-' | b'.') => return None,
        _ => {}
    }
    i = i.saturating_add(4);
    if !digits_at(b, i, 4) {
        return None;
    }
    let end = i.saturating_add(4);
    clean_end(b, end).then_some(end)
}

/// Digit groups separated by single separators.
#[derive(Debug, Default)]
struct Groups {
    digits: usize,
    lens: [usize; 8],
    count: usize,
    /// Separator kinds used (space, dash, dot, slash).
    seps: [bool; 4],
    end: usize,
}

impl Groups {
    fn read(b: &[u8], start: usize) -> Groups {
        let mut g = Groups::default();
        let mut i = start;
        loop {
            let n = digit_run(b, i, 16);
            if n == 0 {
                break;
            }
            if let Some(slot) = g.lens.get_mut(g.count) {
                *slot = n;
            }
            g.count += 1;
            g.digits += n;
            i += n;
            g.end = i;
            if g.count >= 8 || g.digits > 15 {
                break;
            }
            let s = at(b, i);
            let kind = match s {
                b' ' => 0,
                b'-' => 1,
                b'.' => 2,
                b'/' => 3,
                _ => break,
            };
            if !is_digit(at(b, i.saturating_add(1))) {
                break;
            }
            if let Some(k) = g.seps.get_mut(kind) {
                *k = true;
            }
            i += 1;
        }
        g
    }
    fn lens(&self) -> &[usize] {
        self.lens.get(..self.count.min(8)).unwrap_or_default()
    }
    fn sep_kinds(&self) -> usize {
        self.seps.iter().filter(|s| **s).count()
    }
    fn has(&self, kind: usize) -> bool {
        self.seps.get(kind).copied().unwrap_or(false)
    }
    fn only(&self, kind: usize) -> bool {
        self.sep_kinds() == 1 && self.has(kind)
    }
}

/// A phone number starting with a digit at `i` (the caller checked that no
/// letter or digit comes before): its end.
pub fn national_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let e = national_shape(ctx, i)?;
    let b = ctx.b;
    (!service_number(b, i, e)
        && !placeholder_number(b, i, e)
        && !switchboard_before(b, i)
        && !business_context_named(b, i, e, true, &person_names(ctx, i)))
    .then_some(e)
}

/// [`national_at`] before the business checks.
fn national_shape(ctx: &Ctx, i: usize) -> Option<usize> {
    let b = ctx.b;
    let prev = before(b, i);
    // A comma, colon or semicolon after a word is a field separator (a
    // CSV row `鈴木一郎,ichiro@...,080-3392-1176`, `tel:0612...`); after a
    // digit it splits a number (`1,234`, `12:30`).
    let field = matches!(prev, b',' | b':' | b';') && !is_digit(at(b, i.saturating_sub(2)));
    if (matches!(prev, b'-' | b'.' | b'/' | b'_' | b',' | b':') && !field) || after_code(b, i) {
        return None;
    }
    if let Some(e) = nanp_at(b, i) {
        return Some(e);
    }
    // `00` international prefix.
    if at(b, i) == b'0' && at(b, i.saturating_add(1)) == b'0' {
        let mut j = i.saturating_add(2);
        if at(b, j) == b' ' {
            j = j.saturating_add(1);
        }
        return intl_body(b, j);
    }
    let g = Groups::read(b, i);
    if g.digits == 0 || g.count > 7 || !clean_end(b, g.end) || date_shape(b, i, &g) {
        return None;
    }
    let lens = g.lens();
    let first = at(b, i);
    // Dots only with the 2-digit French style, never IP-like short groups.
    let dots_ok = !g.has(2) || (g.only(2) && lens.iter().all(|l| *l == 2));
    let one_kind = g.sep_kinds() == 1 || (g.sep_kinds() == 2 && g.has(3));
    let trunk = first == b'0'
        && at(b, i.saturating_add(1)) != b'0'
        && (9..=12).contains(&g.digits)
        && g.count >= 2
        && one_kind
        && dots_ok
        && lens.iter().all(|l| *l >= 2);
    let cn_mobile = first == b'1'
        && matches!(at(b, i.saturating_add(1)), b'3'..=b'9')
        && lens == [3, 4, 4]
        && (g.only(0) || g.only(1));
    let in_mobile = matches!(first, b'6'..=b'9') && lens == [5, 5] && g.only(0);
    let spaced_334 = matches!(first, b'2'..=b'9') && lens == [3, 3, 4] && g.only(0);
    // Spanish numbers as people write them: `612 48 93 07`, `91 234 56 78`
    // (nine digits, mobiles 6/7, landlines 8/9; never an amount's shape).
    let es_pairs = matches!(first, b'6'..=b'9')
        && (lens == [3, 2, 2, 2] || lens == [2, 3, 2, 2])
        && (g.only(0) || g.only(2));
    // Polish landlines, area code then 3-2-2 (`22 123 45 67`, `12 345 67
    // 89`); Portuguese landlines, 2 then 3-4 (`21 234 5678`).
    let pl_landline = matches!(first, b'1'..=b'9') && lens == [2, 3, 2, 2] && g.only(0);
    let pt_landline = first == b'2' && lens == [2, 3, 4] && g.only(0);
    // Italian mobiles, `3xx 1234567` (3 then 6-7 digits; `347.1234567`).
    let it_mobile = first == b'3'
        && lens.len() == 2
        && lens.first() == Some(&3)
        && matches!(lens.get(1), Some(6 | 7))
        && (g.only(0) || g.only(1) || g.only(2));
    // Chinese landlines, area code and dash then the local number in
    // fours, starting 2-9: `010-6552 9988`, `0755-8888 1234`.
    let area = lens.first().copied().unwrap_or(0);
    let cn_landline = first == b'0'
        && matches!(lens, [3 | 4, 4, 4])
        && g.sep_kinds() == 2
        && g.has(0)
        && at(b, i.saturating_add(area)) == b'-'
        && matches!(at(b, i.saturating_add(area).saturating_add(1)), b'2'..=b'9');
    // Nine digits in threes with dashes, as Polish, Portuguese and Spanish
    // mobiles are written (`512-345-678`, `912-345-678`); amounts never use
    // dashes.
    let dashed_333 = matches!(first, b'4'..=b'9') && lens == [3, 3, 3] && g.only(1);
    // Brazilian mobiles with the area code unbracketed: `11 98765-4321`.
    let br_mobile = matches!(first, b'1'..=b'9')
        && lens == [2, 5, 4]
        && at(b, i.saturating_add(2)) == b' '
        && at(b, i.saturating_add(3)) == b'9'
        && at(b, i.saturating_add(8)) == b'-';
    // Twelve digits in fours not after a trunk 0 is how Aadhaar numbers
    // (and card fragments) are written, in no national phone plan.
    let id_shape = first != b'0' && lens.len() >= 3 && lens.iter().all(|l| *l == 4);
    let cued = ctx.cue_before(Cue::Phone, i, 24)
        && (7..=13).contains(&g.digits)
        && (g.count == 1 || one_kind)
        && dots_ok
        && !id_shape;
    let national =
        (pl_landline || pt_landline || it_mobile || dashed_333 || br_mobile || cn_landline)
            && !currency_after(b, g.end);
    (trunk || cn_mobile || in_mobile || spaced_334 || es_pairs || national || cued).then_some(g.end)
}

/// A currency right after the digits (`22 123 45 67 zł`, `349 1234567
/// lire`, `612-345-678 EUR`): the digits are an amount, not a phone.
fn currency_after(b: &[u8], end: usize) -> bool {
    let i = if at(b, end) == b' ' {
        end.saturating_add(1)
    } else {
        end
    };
    let rest = b
        .get(i..i.saturating_add(8).min(b.len()))
        .unwrap_or_default();
    const CURRENCIES: &[&[u8]] = &[
        "zł".as_bytes(),
        b"zl",
        b"pln",
        b"eur",
        b"euro",
        "€".as_bytes(),
        b"lire",
        b"lir",
        b"usd",
        b"$",
        b"brl",
        b"r$",
        b"reais",
        "₹".as_bytes(),
        b"rs",
        b"inr",
        b"chf",
        b"gbp",
        "£".as_bytes(),
        b"kr",
    ];
    CURRENCIES.iter().any(|c| {
        let next = rest.get(c.len()).copied().unwrap_or(b' ');
        rest.len() >= c.len()
            && rest
                .iter()
                .zip(c.iter())
                .all(|(x, y)| x.to_ascii_lowercase() == *y)
            // A whole word, or its plural (`euros`, `reais` is listed).
            && (!next.is_ascii_alphabetic() || next == b's')
    })
}

/// A number starting with `(`: North American, or a 2-digit (Brazil) or
/// trunk-0 area code in parentheses then groups of 3+ digits, 9–12 digits
/// in all.
pub fn paren_at(b: &[u8], i: usize) -> Option<usize> {
    paren_shape(b, i).and_then(|e| personal(b, i, e))
}

/// [`paren_at`] before the business checks.
fn paren_shape(b: &[u8], i: usize) -> Option<usize> {
    if is_alnum(before(b, i)) {
        return None;
    }
    if let Some(e) = nanp_body(b, i) {
        return Some(e);
    }
    let inner = digit_run(b, i.saturating_add(1), 6);
    let close = i.saturating_add(1).saturating_add(inner);
    // A Brazilian two-digit area code, or a trunk-0 one: `(11)`, `(030)`.
    let trunk = at(b, i.saturating_add(1)) == b'0';
    if !(inner == 2 || (trunk && (3..=5).contains(&inner))) || at(b, close) != b')' {
        return None;
    }
    let mut j = close.saturating_add(1);
    if at(b, j) == b' ' {
        j = j.saturating_add(1);
    }
    let g = Groups::read(b, j);
    let total = g.digits.saturating_add(inner);
    let ok = g.count >= 1
        && g.lens().iter().all(|l| *l >= 3)
        && (9..=12).contains(&total)
        && g.sep_kinds() <= 1
        && !g.has(2)
        && clean_end(b, g.end);
    ok.then_some(g.end)
}
