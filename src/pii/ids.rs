//! National identity and tax numbers, checked by their own rules.
//!
//! | id | finds | check |
//! |---|---|---|
//! | `us_ssn` | `123-45-6789`, `123 45 6789`; 9 digits run together only after a cue (`SSN`, `social security`) earlier on the same line (within 96 bytes, no other nine-digit run between) | area not 000, 666 or 9xx; group not 00; serial not 0000; not the published samples 078-05-1120, 219-09-9999, 123-45-6789 |
//! | `es_dni` | `12345678Z`, `12345678-Z` | the letter is `TRWAGMYFPDXBNJZSQVHLCKE`[n mod 23] |
//! | `es_nie` | `X1234567L`, `Y-1234567-X` | same letter rule with X/Y/Z as 0/1/2 |
//! | `gb_nino` | `AB123456C`, `AB 12 34 56 C` | valid prefix letters (not D F I Q U V; second not O; not BG GB KN NK NT TN ZZ), suffix A–D |
//! | `fr_insee` | `1 84 12 76 451 089 46`, 15 digits (Corsica `2A`/`2B`) | sex 1–4/7/8, month, key = 97 − (n mod 97) |
//! | `it_codice_fiscale` | `RSSMRA85T10A562S` (omocodia letters too) | month letter, day, control letter |
//! | `pl_pesel` | 11 digits | weights 1-3-7-9, a valid birth date (century in the month) |
//! | `in_aadhaar` | `2345 6789 0124`; 12 digits run together only after a cue (`Aadhaar`, `आधार`) | first digit 2–9, Verhoeff |
//! | `br_cpf` | `123.456.789-09` or 11 digits | two mod-11 check digits, not all one digit |
//! | `cn_resident_id` | 18 characters (last may be `X`), or `6 8 4` spaced | region, birth date, ISO 7064 mod 11-2 |
//! | `de_tax_id` | 11 digits or `12 345 678 901` | first digit not 0, one digit twice or thrice in the first ten, ISO 7064 mod 11,10 |
//!
//! Deliberately ignores: numbers failing their check (typos, made-up
//! examples, order numbers), digit runs that are part of a longer run or a
//! decimal, and lowercase letter ids. Several countries share a shape (11
//! digits: CPF, PESEL, German tax id): the first whose check passes names
//! the kind.

use serde::Deserialize;

use super::business::company_number_before;
use super::lexicon::Cue;
use super::scan::Ctx;
use super::text::{at, digit, digit_run, digits_at, is_alnum, is_digit, number};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    UsSsn,
    EsDni,
    EsNie,
    GbNino,
    FrInsee,
    ItCodiceFiscale,
    PlPesel,
    InAadhaar,
    BrCpf,
    CnResidentId,
    DeTaxId,
}

impl IdKind {
    pub const COUNT: usize = 11;
    pub const ALL: [IdKind; IdKind::COUNT] = [
        IdKind::UsSsn,
        IdKind::EsDni,
        IdKind::EsNie,
        IdKind::GbNino,
        IdKind::FrInsee,
        IdKind::ItCodiceFiscale,
        IdKind::PlPesel,
        IdKind::InAadhaar,
        IdKind::BrCpf,
        IdKind::CnResidentId,
        IdKind::DeTaxId,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn label(self) -> &'static str {
        match self {
            IdKind::UsSsn => "national_id:us_ssn",
            IdKind::EsDni => "national_id:es_dni",
            IdKind::EsNie => "national_id:es_nie",
            IdKind::GbNino => "national_id:gb_nino",
            IdKind::FrInsee => "national_id:fr_insee",
            IdKind::ItCodiceFiscale => "national_id:it_codice_fiscale",
            IdKind::PlPesel => "national_id:pl_pesel",
            IdKind::InAadhaar => "national_id:in_aadhaar",
            IdKind::BrCpf => "national_id:br_cpf",
            IdKind::CnResidentId => "national_id:cn_resident_id",
            IdKind::DeTaxId => "national_id:de_tax_id",
        }
    }
}

fn on(enabled: &[bool; IdKind::COUNT], id: IdKind) -> bool {
    enabled.get(id.index()).copied().unwrap_or(false)
}

/// Nothing word-like right after `end`, and not a decimal continuing.
fn ends_clean(b: &[u8], end: usize) -> bool {
    let next = at(b, end);
    let decimal =
        matches!(next, b'.' | b',' | b'-' | b'/') && is_digit(at(b, end.saturating_add(1)));
    !(is_alnum(next) || decimal)
}

/// Reads digits at `i`, skipping single separators from `seps` that sit
/// between digits, up to `max` digits: (digits, end).
fn read_spaced(b: &[u8], i: usize, max: usize, seps: &[u8]) -> (Vec<u32>, usize) {
    let mut out = Vec::with_capacity(max);
    let mut j = i;
    let mut end = i;
    while out.len() < max {
        if let Some(d) = digit(b, j) {
            out.push(d);
            j += 1;
            end = j;
        } else if seps.contains(&at(b, j)) && is_digit(at(b, j.saturating_add(1))) && j > i {
            j += 1;
        } else {
            break;
        }
    }
    (out, end)
}

/// An id made of digits starting at `i` (the caller checked the boundary
/// before it): its kind and end.
pub fn numeric_at(ctx: &Ctx, enabled: &[bool; IdKind::COUNT], i: usize) -> Option<(IdKind, usize)> {
    // A company's VAT or register number is the company's, whatever
    // checksum it passes by chance.
    numeric_shape(ctx, enabled, i).filter(|_| !company_number_before(ctx.b, i))
}

/// [`numeric_at`] before the company-number check.
fn numeric_shape(ctx: &Ctx, enabled: &[bool; IdKind::COUNT], i: usize) -> Option<(IdKind, usize)> {
    let b = ctx.b;
    let run = digit_run(b, i, 19);
    let id_cue = |cue: Cue| ctx.cue_before(cue, i, 40) || ctx.cue_before(Cue::NationalId, i, 40);

    // Formatted shapes first.
    if on(enabled, IdKind::UsSsn) && run == 3 {
        if let Some(e) = ssn_formatted(b, i) {
            return Some((IdKind::UsSsn, e));
        }
    }
    if on(enabled, IdKind::BrCpf) && run == 3 && at(b, i + 3) == b'.' {
        if let Some(e) = cpf_formatted(b, i) {
            return Some((IdKind::BrCpf, e));
        }
    }
    if on(enabled, IdKind::InAadhaar) && run == 4 {
        for sep in [b' ', b'-'] {
            let shape = at(b, i + 4) == sep
                && digits_at(b, i + 5, 4)
                && at(b, i + 9) == sep
                && digits_at(b, i + 10, 4);
            // Not the first three groups of a 16-digit card.
            let more = at(b, i + 14) == sep && is_digit(at(b, i + 15));
            if shape && !more && ends_clean(b, i + 14) {
                let (d, _) = read_spaced(b, i, 12, &[sep]);
                if aadhaar_ok(&d) {
                    return Some((IdKind::InAadhaar, i + 14));
                }
            }
        }
    }
    if on(enabled, IdKind::CnResidentId) && run == 6 {
        // 6 8 4 spaced.
        let shape = at(b, i + 6) == b' '
            && digits_at(b, i + 7, 8)
            && at(b, i + 15) == b' '
            && digits_at(b, i + 16, 3)
            && (is_digit(at(b, i + 19)) || at(b, i + 19) == b'X');
        if shape && ends_clean(b, i + 20) {
            let mut chars: Vec<u8> = Vec::with_capacity(18);
            chars.extend(b.get(i..i + 6).unwrap_or_default());
            chars.extend(b.get(i + 7..i + 15).unwrap_or_default());
            chars.extend(b.get(i + 16..i + 20).unwrap_or_default());
            if cn_ok(&chars) {
                return Some((IdKind::CnResidentId, i + 20));
            }
        }
    }
    // The spaces checked before the digits are read (no allocation per
    // two-digit number).
    if on(enabled, IdKind::DeTaxId) && run == 2 && [2, 6, 10].iter().all(|k| at(b, i + k) == b' ') {
        let (d, e) = read_spaced(b, i, 11, b" ");
        let shape = d.len() == 11 && e == i + 14 && [2, 6, 10].iter().all(|k| at(b, i + k) == b' ');
        if shape && ends_clean(b, e) && de_tax_ok(&d) {
            return Some((IdKind::DeTaxId, e));
        }
    }
    if on(enabled, IdKind::FrInsee) && matches!(at(b, i), b'1'..=b'4' | b'7' | b'8') {
        if let Some(e) = insee_at(b, i) {
            return Some((IdKind::FrInsee, e));
        }
    }
    if on(enabled, IdKind::EsDni) && run == 8 {
        let mut j = i + 8;
        if matches!(at(b, j), b'-' | b' ') && at(b, j + 1).is_ascii_uppercase() {
            j += 1;
        }
        let letter = at(b, j);
        if letter.is_ascii_uppercase() && !is_alnum(at(b, j + 1)) {
            let n = number(b, i, 8);
            if dni_letter(n) == Some(letter) {
                return Some((IdKind::EsDni, j + 1));
            }
        }
    }

    // Digits run together: the run must end cleanly.
    let x_last = run == 17 && at(b, i + 17) == b'X';
    if !(ends_clean(b, i + run) || x_last) {
        return None;
    }
    // The run's digits, on the stack (this runs for most numbers).
    let mut buf = [0u32; 19];
    for (slot, k) in buf.iter_mut().zip(0..run) {
        *slot = digit(b, i + k).unwrap_or(0);
    }
    let d = buf.get(..run).unwrap_or_default();
    match run {
        9 if on(enabled, IdKind::UsSsn) && ssn_cue_on_line(ctx, i) => {
            let area = number(b, i, 3);
            let group = number(b, i + 3, 2);
            let serial = number(b, i + 5, 4);
            ssn_ok(area, group, serial).then_some((IdKind::UsSsn, i + 9))
        }
        11 => {
            if on(enabled, IdKind::BrCpf) && cpf_ok(d) {
                Some((IdKind::BrCpf, i + 11))
            } else if on(enabled, IdKind::PlPesel) && pesel_ok(d) {
                Some((IdKind::PlPesel, i + 11))
            } else if on(enabled, IdKind::DeTaxId) && de_tax_ok(d) {
                Some((IdKind::DeTaxId, i + 11))
            } else {
                None
            }
        }
        12 if on(enabled, IdKind::InAadhaar) && id_cue(Cue::Aadhaar) && aadhaar_ok(d) => {
            Some((IdKind::InAadhaar, i + 12))
        }
        17 | 18 if on(enabled, IdKind::CnResidentId) => {
            let end = i + 18;
            let chars = b.get(i..end)?;
            (ends_clean(b, end) && cn_ok(chars)).then_some((IdKind::CnResidentId, end))
        }
        _ => None,
    }
}

/// An id starting with a letter at `i` (the caller checked the boundary).
pub fn letters_at(enabled: &[bool; IdKind::COUNT], b: &[u8], i: usize) -> Option<(IdKind, usize)> {
    let c = at(b, i);
    if !c.is_ascii_uppercase() {
        return None;
    }
    if on(enabled, IdKind::EsNie) && matches!(c, b'X' | b'Y' | b'Z') {
        if let Some(e) = nie_at(b, i) {
            return Some((IdKind::EsNie, e));
        }
    }
    if on(enabled, IdKind::GbNino) {
        if let Some(e) = nino_at(b, i) {
            return Some((IdKind::GbNino, e));
        }
    }
    if on(enabled, IdKind::ItCodiceFiscale) {
        if let Some(e) = codice_fiscale_at(b, i) {
            return Some((IdKind::ItCodiceFiscale, e));
        }
    }
    None
}

// ------------------------------------------------------------- US SSN

/// How far back on the same line an `SSN` cue may end for nine bare
/// digits (`format this SSN with dashes for the W-9 form: 815218007`).
const SSN_LINE_WINDOW: usize = 96;

/// An SSN cue (or a national id's) earlier on the same line, within
/// [`SSN_LINE_WINDOW`] bytes,
/// with no other nine-digit run between (the number is the one the cue
/// speaks of). The SSN rules still apply to the digits.
fn ssn_cue_on_line(ctx: &Ctx, i: usize) -> bool {
    let cue = |w: usize| ctx.cue_before(Cue::Ssn, i, w) || ctx.cue_before(Cue::NationalId, i, w);
    if !cue(SSN_LINE_WINDOW) {
        return false;
    }
    let lo = i.saturating_sub(SSN_LINE_WINDOW);
    let window = ctx.b.get(lo..i).unwrap_or_default();
    let line_start = window
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(lo, |k| lo + k + 1);
    cue(i - line_start)
        && !window
            .get(line_start - lo..)
            .unwrap_or_default()
            .windows(9)
            .any(|w| w.iter().all(u8::is_ascii_digit))
}

fn ssn_ok(area: u32, group: u32, serial: u32) -> bool {
    let samples = [(78, 5, 1120), (219, 9, 9999), (123, 45, 6789)];
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !samples.contains(&(area, group, serial))
}

fn ssn_formatted(b: &[u8], i: usize) -> Option<usize> {
    let sep = at(b, i + 3);
    let shape = matches!(sep, b'-' | b' ')
        && digits_at(b, i + 4, 2)
        && at(b, i + 6) == sep
        && digits_at(b, i + 7, 4);
    let end = i + 11;
    (shape
        && ends_clean(b, end)
        && ssn_ok(number(b, i, 3), number(b, i + 4, 2), number(b, i + 7, 4)))
    .then_some(end)
}

// ------------------------------------------------------------- Spain

fn dni_letter(n: u32) -> Option<u8> {
    b"TRWAGMYFPDXBNJZSQVHLCKE".get((n % 23) as usize).copied()
}

fn nie_at(b: &[u8], i: usize) -> Option<usize> {
    let prefix = match at(b, i) {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return None,
    };
    let mut j = i + 1;
    if at(b, j) == b'-' {
        j += 1;
    }
    if digit_run(b, j, 8) != 7 {
        return None;
    }
    let n = prefix * 10_000_000 + number(b, j, 7);
    j += 7;
    if at(b, j) == b'-' {
        j += 1;
    }
    let letter = at(b, j);
    (dni_letter(n) == Some(letter) && !is_alnum(at(b, j + 1))).then_some(j + 1)
}

// ------------------------------------------------------------- UK NINO

fn nino_at(b: &[u8], i: usize) -> Option<usize> {
    let (a, c) = (at(b, i), at(b, i + 1));
    // `matches!`, not `b"..".contains` (a memchr call per capital: perf5).
    let first_ok = a.is_ascii_uppercase() && !matches!(a, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V');
    let second_ok =
        c.is_ascii_uppercase() && !matches!(c, b'D' | b'F' | b'I' | b'O' | b'Q' | b'U' | b'V');
    let banned = [*b"BG", *b"GB", *b"KN", *b"NK", *b"NT", *b"TN", *b"ZZ"];
    if !first_ok || !second_ok || banned.contains(&[a, c]) {
        return None;
    }
    let mut j = i + 2;
    // Six digits, run together or as three spaced pairs.
    if at(b, j) == b' ' {
        j += 1;
        for k in 0..3 {
            if !digits_at(b, j, 2) {
                return None;
            }
            j += 2;
            if k < 2 {
                if at(b, j) != b' ' {
                    return None;
                }
                j += 1;
            }
        }
    } else {
        if digit_run(b, j, 7) != 6 {
            return None;
        }
        j += 6;
    }
    if at(b, j) == b' ' {
        j += 1;
    }
    (matches!(at(b, j), b'A'..=b'D') && !is_alnum(at(b, j + 1))).then_some(j + 1)
}

// ------------------------------------------------------------- France

/// NIR: 15 characters (13 + key), spaces allowed between any of them.
fn insee_at(b: &[u8], i: usize) -> Option<usize> {
    // On the stack: this runs for every number starting 1-4, 7 or 8.
    let mut buf = [0u8; 15];
    let mut len = 0usize;
    let mut j = i;
    let mut end = i;
    while len < 15 {
        let c = at(b, j);
        // The department (positions 5-6) may be 2A or 2B (Corsica).
        let corsica = len == 6 && buf.get(5) == Some(&b'2') && matches!(c, b'A' | b'B');
        if is_digit(c) || corsica {
            if let Some(slot) = buf.get_mut(len) {
                *slot = c;
            }
            len += 1;
            j += 1;
            end = j;
        } else if c == b' '
            && j > i
            && (is_digit(at(b, j + 1)) || matches!(at(b, j + 1), b'A' | b'B'))
        {
            j += 1;
        } else {
            break;
        }
    }
    if len != 15 || !ends_clean(b, end) {
        return None;
    }
    let chars = &buf;
    let month = u32::from(chars.get(3)?.wrapping_sub(b'0')) * 10
        + u32::from(chars.get(4)?.wrapping_sub(b'0'));
    if !(matches!(month, 1..=12 | 20 | 30..=42 | 50..=99)) {
        return None;
    }
    let mut n: u64 = 0;
    for (k, &c) in chars.iter().take(13).enumerate() {
        let v: u64 = match c {
            b'A' if k == 6 => 9, // 2A → 19
            b'B' if k == 6 => 8, // 2B → 18
            _ => u64::from(c.wrapping_sub(b'0')),
        };
        let v = if k == 5 && matches!(chars.get(6), Some(b'A' | b'B')) {
            1
        } else {
            v
        };
        n = n * 10 + v;
    }
    let key = u64::from(chars.get(13)?.wrapping_sub(b'0')) * 10
        + u64::from(chars.get(14)?.wrapping_sub(b'0'));
    (key == 97 - n % 97).then_some(end)
}

// ------------------------------------------------------------- Italy

const CF_ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const OMOCODIA: &[u8] = b"LMNPQRSTUV";

fn codice_fiscale_at(b: &[u8], i: usize) -> Option<usize> {
    let s = b.get(i..i + 16)?;
    if is_alnum(at(b, i + 16)) {
        return None;
    }
    // Positions that hold digits (or omocodia letters standing for them).
    let digit_pos = [6usize, 7, 9, 10, 12, 13, 14];
    for (k, &c) in s.iter().enumerate() {
        // `OMOCODIA.contains` as a range test (no memchr call per char: perf5).
        let ok = if digit_pos.contains(&k) {
            is_digit(c) || matches!(c, b'L'..=b'N' | b'P'..=b'V')
        } else {
            c.is_ascii_uppercase()
        };
        if !ok {
            return None;
        }
    }
    if !b"ABCDEHLMPRST".contains(s.get(8)?) {
        return None;
    }
    let as_digit = |c: u8| -> u32 {
        if is_digit(c) {
            u32::from(c - b'0')
        } else {
            OMOCODIA
                .iter()
                .position(|&o| o == c)
                .map_or(99, |p| p as u32)
        }
    };
    let day = as_digit(*s.get(9)?) * 10 + as_digit(*s.get(10)?);
    if !matches!(day, 1..=31 | 41..=71) {
        return None;
    }
    let mut sum = 0u32;
    for (k, &c) in s.iter().take(15).enumerate() {
        let v = if is_digit(c) {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A')
        };
        sum += if k % 2 == 0 {
            CF_ODD.get(v as usize).copied().unwrap_or(0)
        } else {
            v
        };
    }
    let check = b'A' + (sum % 26) as u8;
    (s.get(15) == Some(&check)).then_some(i + 16)
}

// ------------------------------------------------------------- Poland

fn pesel_ok(d: &[u32]) -> bool {
    if d.len() != 11 {
        return false;
    }
    let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = d.iter().zip(w).map(|(a, b)| a * b).sum();
    let check = (10 - sum % 10) % 10;
    let month = d.get(2).unwrap_or(&0) * 10 + d.get(3).unwrap_or(&0);
    let day = d.get(4).unwrap_or(&0) * 10 + d.get(5).unwrap_or(&0);
    let month_ok = matches!(month % 20, 1..=12);
    d.get(10) == Some(&check) && month_ok && (1..=31).contains(&day)
}

// ------------------------------------------------------------- India

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// Verhoeff check over all digits (check digit last).
pub fn verhoeff_ok(d: &[u32]) -> bool {
    let mut c = 0usize;
    for (k, &x) in d.iter().rev().enumerate() {
        let p = VERHOEFF_P
            .get(k % 8)
            .and_then(|row| row.get(x as usize))
            .copied()
            .unwrap_or(0);
        c = VERHOEFF_D
            .get(c)
            .and_then(|row| row.get(usize::from(p)))
            .copied()
            .map_or(0, usize::from);
    }
    c == 0
}

fn aadhaar_ok(d: &[u32]) -> bool {
    d.len() == 12 && d.first().is_some_and(|f| *f >= 2) && verhoeff_ok(d)
}

// ------------------------------------------------------------- Brazil

fn cpf_ok(d: &[u32]) -> bool {
    if d.len() != 11 || d.iter().all(|x| Some(x) == d.first()) {
        return false;
    }
    let check = |n: usize| -> u32 {
        let sum: u32 = d
            .iter()
            .take(n)
            .enumerate()
            .map(|(k, x)| x * (n as u32 + 1 - k as u32))
            .sum();
        (sum * 10 % 11) % 10
    };
    d.get(9) == Some(&check(9)) && d.get(10) == Some(&check(10))
}

fn cpf_formatted(b: &[u8], i: usize) -> Option<usize> {
    let shape = digits_at(b, i, 3)
        && at(b, i + 3) == b'.'
        && digits_at(b, i + 4, 3)
        && at(b, i + 7) == b'.'
        && digits_at(b, i + 8, 3)
        && at(b, i + 11) == b'-'
        && digits_at(b, i + 12, 2);
    if !shape || !ends_clean(b, i + 14) {
        return None;
    }
    let d: Vec<u32> = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13]
        .iter()
        .filter_map(|k| digit(b, i + k))
        .collect();
    cpf_ok(&d).then_some(i + 14)
}

// ------------------------------------------------------------- China

fn cn_ok(chars: &[u8]) -> bool {
    if chars.len() != 18 || !chars.iter().take(17).all(|c| is_digit(*c)) {
        return false;
    }
    let d: Vec<u32> = chars
        .iter()
        .map(|c| u32::from(c.wrapping_sub(b'0')))
        .collect();
    let num = |a: usize, n: usize| d.iter().skip(a).take(n).fold(0, |acc, x| acc * 10 + x);
    let (region, year, month, day) = (num(0, 1), num(6, 4), num(10, 2), num(12, 2));
    if !(1..=8).contains(&region)
        || !(1900..=2099).contains(&year)
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
    {
        return false;
    }
    let w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = d.iter().zip(w).map(|(a, b)| a * b).sum();
    let expected = b"10X98765432".get((sum % 11) as usize).copied();
    chars.get(17).copied() == expected
}

// ------------------------------------------------------------- Germany

fn de_tax_ok(d: &[u32]) -> bool {
    if d.len() != 11 || d.first() == Some(&0) {
        return false;
    }
    let mut counts = [0u8; 10];
    for x in d.iter().take(10) {
        if let Some(c) = counts.get_mut(*x as usize) {
            *c += 1;
        }
    }
    let repeated = counts.iter().filter(|c| **c >= 2).count();
    let max = counts.iter().copied().max().unwrap_or(0);
    if repeated != 1 || max > 3 {
        return false;
    }
    // ISO 7064 MOD 11,10.
    let mut product = 10u32;
    for x in d.iter().take(10) {
        let mut sum = (x + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    d.get(10) == Some(&check)
}
