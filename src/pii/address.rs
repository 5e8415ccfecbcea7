//! Postal addresses: a street, a house number, and something that makes it
//! a place (a postcode, a city after a comma, or a cue such as "I live at").
//!
//! Finds, by language:
//! - en: number, name, street type: `221B Baker Street, London`,
//!   `1600 Pennsylvania Avenue NW, Washington, DC 20500`, `12 MG Road,
//!   Bengaluru 560001`;
//! - es, pt, it, pl: street type, name, number: `Calle Mayor 12, 28013
//!   Madrid`, `Rua Augusta, 123, 1100-048 Lisboa`, `Via Roma 10, 00184 Roma`,
//!   `ul. Marszałkowska 10/12, 00-590 Warszawa`;
//! - fr: number, street type, name: `12 rue de la Paix, 75002 Paris`;
//! - de: a street word ending in -straße, -weg, -allee, -platz, -gasse, ...
//!   then the number: `Hauptstraße 5, 10115 Berlin`;
//! - hi: an address word (मार्ग, रोड, गली, नगर, सेक्टर, फ्लैट, ...) with a house
//!   number and a six-digit PIN code: `मकान नं. 12, गांधी मार्ग, जयपुर 302001`;
//! - ja: `〒100-0005`, or a city or ward (市, 区, 県) followed by block numbers:
//!   `千代田区丸の内1-1-1`, `北区梅田3丁目1番1号`;
//! - zh: a street (路, 街, 巷) with a number and 号 after a city or district:
//!   `北京市朝阳区建国路88号`.
//!
//! Not a person's (see [`super::business`]): an address whose nearest
//! telling word before it is a business's (an imprint, a contact page, a
//! head or registered office, opening hours, "our office", a legal form
//! such as `GmbH`, `S.L.`, `Ltd`, `株式会社`), or with a business word just
//! after it and no telling word before; a personal word nearer (my, home,
//! ship to, delivery address, `wohnhaft`, `j'habite`) keeps it.
//!
//! - after an address cue (`my new address is`, `Adresse:`, `wohne`,
//!   `deliver to`), any street the lists lack, with its number on either
//!   side, when a postcode follows on the same line: `17 Prinsengracht,
//!   1015 DV Amsterdam`, `Am Rosenhang 14a, 12345 Berlin`, `Flat 302,
//!   Sunshine Apartments, Andheri West, Mumbai 400053` (Dutch, German
//!   streets with no suffix, Indian flats).
//!
//! Deliberately ignores: street names without a number (`Wall Street`,
//! `Abbey Road`), a number and street with nothing to place it (`3 Main
//! Street` alone: no city, postcode or cue), landmarks and cities alone,
//! and postcodes alone.

use super::business::{business_context_named, person_names};
use super::lexicon::{Cat, Cue, Hit};
use super::scan::Ctx;
use super::text::{
    any_digit, any_digit_run, at, before, capitalized_word, char_at, char_before, digit_run,
    floor_boundary, is_alnum, is_digit, upper_at, word_end, word_start,
};

/// How far after the house number a postcode may sit, in bytes.
const POSTCODE_WINDOW: usize = 48;
/// How far before the address a cue may end, in bytes.
const CUE_WINDOW: usize = 60;

/// Every address found, as (start, end).
pub fn find(ctx: &Ctx) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    // The end of the last address found, a business's ones included.
    let mut last_end = 0usize;
    for h in &ctx.hits {
        if h.start < last_end {
            continue;
        }
        let found = match h.cat {
            Cat::StreetAfterName => number_name_type(ctx, h),
            Cat::StreetBeforeName => type_name_number(ctx, h),
            Cat::StreetAfterNumber => number_type_name(ctx, h),
            Cat::StreetSuffix => german(ctx, h),
            Cat::StreetIndia => india(ctx, h),
            Cat::CjkAdmin => cjk_blocks(ctx, h),
            Cat::CjkStreet if ctx.text.get(h.start..h.end) == Some("丁目") => chome(ctx, h),
            Cat::CjkStreet => chinese_street(ctx, h),
            Cat::PostMark => japanese_postcode(ctx, h),
            Cat::Cue(Cue::Address) => after_cue(ctx, h),
            Cat::HouseName => house_name(ctx, h),
            _ => None,
        };
        if let Some((s, e)) = found {
            last_end = e;
            // A business's address (an imprint, a head office, a shop's
            // contact page) is not a person's: see [`super::business`].
            // Nor is a placeholder of test data (`Musterstraße 1`,
            // `123 Main Street, Anytown`, `Calle Falsa 123`).
            if !business_context_named(ctx.b, s, e, false, &person_names(ctx, s))
                && !super::health_context::placeholder(ctx.text, s, e)
                && !fictional_resident(ctx.b, s)
            {
                out.push((s, e));
            }
        }
    }
    out
}

/// Characters of fiction and folklore whose homes people write down
/// (pii7): a guest booked as Sherlock Holmes, a child's letter to Santa;
/// and writers and artists whose homes are museums now (`Victor Hugo ...
/// 6 place des Vosges`). Case as written.
const FICTIONAL_RESIDENTS: &[&str] = &[
    "Victor Hugo",
    "Charles Dickens",
    "Jane Austen",
    "Shakespeare",
    "Goethe",
    "Mozart",
    "Beethoven",
    "Sigmund Freud",
    "Einstein",
    "Chopin",
    "Frida Kahlo",
    "Anne Frank",
    "Picasso",
    "Rembrandt",
    "Cervantes",
    "Fernando Pessoa",
    "Lorca",
    "Van Gogh",
    "Hemingway",
    "Tolstoy",
    "Sherlock",
    "Dr Watson",
    "Dr. Watson",
    "Harry Potter",
    "the Dursleys",
    "Homer Simpson",
    "Marge Simpson",
    "Bart Simpson",
    "the Simpsons",
    "SpongeBob",
    "Peter Griffin",
    "Walter White",
    "Paddington Bear",
    "Mary Poppins",
    "Bilbo",
    "Frodo",
    "Hercule Poirot",
    "Miss Marple",
    "Maigret",
    "Tintin",
    "Don Quijote",
    "Don Quixote",
    "Santa Claus",
    "Father Christmas",
    "Père Noël",
    "Weihnachtsmann",
    "Christkind",
    "Babbo Natale",
    "Papá Noel",
    "Papai Noel",
    "Święty Mikołaj",
    "Świętego Mikołaja",
    "Bruce Wayne",
    "Clark Kent",
    "Peter Parker",
    "Tony Stark",
    "James Bond",
    "Mickey Mouse",
    "Donald Duck",
];

/// Is a character of fiction or a figure of history named in the paragraph, within the
/// [`super::business::BEFORE`] bytes before an address at `start`? Then
/// the address is theirs, not a person's (`booked under the name Sherlock
/// Holmes, giving his address as 221B Baker Street`). Reads at most that
/// many bytes, once per list entry.
fn fictional_resident(b: &[u8], start: usize) -> bool {
    let lo = start.saturating_sub(super::business::BEFORE);
    let head = b.get(lo..start).unwrap_or_default();
    let para = head
        .windows(2)
        .rposition(|w| w == b"\n\n")
        .map_or(head, |k| head.get(k + 2..).unwrap_or_default());
    FICTIONAL_RESIDENTS.iter().any(|n| {
        let n = n.as_bytes();
        para.windows(n.len()).any(|w| w == n)
    })
}

/// A house number at `i`: 1–5 digits, then optionally one letter (`221B`,
/// `12a`) or `/digits` or `-digits` (`10/12`, `12-14`). Its end.
fn house_number(b: &[u8], i: usize) -> Option<usize> {
    if is_alnum(before(b, i)) {
        return None;
    }
    let n = digit_run(b, i, 6);
    if !(1..=5).contains(&n) {
        return None;
    }
    let mut e = i + n;
    let c = at(b, e);
    if c.is_ascii_alphabetic() && !is_alnum(at(b, e + 1)) {
        e += 1;
    } else if matches!(c, b'/' | b'-') && is_digit(at(b, e + 1)) {
        e = e + 1 + digit_run(b, e + 1, 5);
        if at(b, e).is_ascii_alphabetic() && !is_alnum(at(b, e + 1)) {
            e += 1;
        }
    }
    (!is_alnum(at(b, e))).then_some(e)
}

/// A postcode starting at `i`: 5 digits, `dd-ddd` (PL), `dddd-ddd` (PT),
/// `ddddd-ddd` (BR), 6 digits (IN, CN), a UK postcode, or 4 digits before
/// a capitalised word (AT, CH, BE, NL). Its end.
fn postcode_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let b = ctx.b;
    if is_alnum(before(b, i)) {
        return None;
    }
    let n = digit_run(b, i, 7);
    let e = i + n;
    let dash_tail = |k: usize| at(b, e) == b'-' && digit_run(b, e + 1, 4) == k;
    let end = match n {
        2 if dash_tail(3) => e + 4,
        4 if dash_tail(3) => e + 4,
        5 if dash_tail(3) => e + 4,
        5 | 6 => e,
        4 if at(b, e) == b' ' && capitalized_word(ctx.text, e + 1).is_some() => e,
        0 => return uk_postcode(b, i),
        _ => return None,
    };
    (!is_alnum(at(b, end))).then_some(end)
}

/// `SW1A 1AA`, `NW1 6XE`, `M1 1AE`, `EC1A 1BB`.
fn uk_postcode(b: &[u8], i: usize) -> Option<usize> {
    let up = |k: usize| at(b, i + k).is_ascii_uppercase();
    let dg = |k: usize| is_digit(at(b, i + k));
    let letters = if up(0) && up(1) {
        2
    } else if up(0) {
        1
    } else {
        return None;
    };
    let mut j = letters;
    if !dg(j) {
        return None;
    }
    j += 1;
    if dg(j) || up(j) {
        j += 1;
    }
    if at(b, i + j) != b' ' {
        return None;
    }
    j += 1;
    let ok = dg(j) && up(j + 1) && up(j + 2) && !is_alnum(at(b, i + j + 3));
    ok.then_some(i + j + 3)
}

/// A postcode within the window after `from`: its end.
fn postcode_after(ctx: &Ctx, from: usize) -> Option<usize> {
    let limit = (from + POSTCODE_WINDOW).min(ctx.b.len());
    let mut i = from;
    while i < limit {
        let c = at(ctx.b, i);
        if (is_digit(c) || c.is_ascii_uppercase()) && !is_alnum(before(ctx.b, i)) {
            if let Some(e) = postcode_at(ctx, i) {
                return Some(e);
            }
        }
        // Another line is another thing.
        if c == b'\n' && at(ctx.b, i + 1) == b'\n' {
            return None;
        }
        i += 1;
    }
    None
}

/// `, City` or a line break and a capitalised word right after `from`:
/// the end of the city.
fn city_after(ctx: &Ctx, from: usize) -> Option<usize> {
    let b = ctx.b;
    let mut i = from;
    if at(b, i) == b'.' {
        i += 1;
    }
    match (at(b, i), at(b, i + 1)) {
        (b',', b' ') | (b' ', b'-') => i += 2,
        (b',', _) | (b'\n', _) => i += 1,
        _ => return None,
    }
    while at(b, i) == b' ' {
        i += 1;
    }
    capitalized_word(ctx.text, i)
}

/// What makes a street and number an address. Returns the span's end.
fn confirm(ctx: &Ctx, start: usize, after: usize, city_ok: bool) -> Option<usize> {
    if let Some(e) = postcode_after(ctx, after) {
        return Some(e);
    }
    if city_ok {
        if let Some(e) = city_after(ctx, after) {
            return Some(e);
        }
    }
    ctx.cue_before(Cue::Address, start, CUE_WINDOW)
        .then_some(after)
}

/// A capitalised or all-caps word ending at `end` (going back): its start.
fn name_word_before(text: &str, end: usize) -> Option<usize> {
    let s = word_start(text, end);
    if s == end
        || s.checked_sub(1)
            .is_some_and(|k| text.as_bytes().get(k).is_some_and(u8::is_ascii_digit))
    {
        // An ordinal: 5th, 42nd.
        let b = text.as_bytes();
        let mut k = end;
        while k > 0 && is_alnum(before(b, k)) {
            k -= 1;
        }
        let tok = text.get(k..end)?;
        let digits = tok.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = tok.get(digits..)?.to_ascii_lowercase();
        return (digits > 0 && ["st", "nd", "rd", "th"].contains(&suffix.as_str())).then_some(k);
    }
    upper_at(text, s).then_some(s)
}

/// Bytes after an address cue where the street may start.
const AFTER_CUE: usize = 24;
/// Bytes after the house number where the postcode may sit, on one line.
const CUE_POSTCODE_WINDOW: usize = 80;

/// After an address cue, a street the lists lack: a house number then
/// capitalised words (`17 Prinsengracht`, `Flat 302`) or capitalised
/// words then a number (`Am Rosenhang 14a`), confirmed by a postcode next
/// to a capitalised city on the same line. Reads at most about 190
/// bytes per cue.
fn after_cue(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    after_cue_street(ctx, h).or_else(|| after_cue_house(ctx, h))
}

/// After an address cue, within [`AFTER_CUE_HOUSE`] bytes on its line, a
/// house with a name and no number (`Ty Newydd, Cwmann, Lampeter SA48
/// 8DR`): see [`named_house`], here with at least two commas (a town
/// and its postcode alone are no home).
fn after_cue_house(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    let limit = h.end.saturating_add(AFTER_CUE_HOUSE).min(b.len());
    let mut s = h.end;
    while s < limit {
        let c = at(b, s);
        if c == b'\n' || is_digit(c) {
            return None;
        }
        if upper_at(text, s) && !is_alnum(before(b, s)) {
            return named_house(ctx, s, 2).map(|e| (s, e));
        }
        s += 1;
    }
    None
}

/// Bytes after an address cue where a named house may start (`address on
/// the share register to Ty Newydd`).
const AFTER_CUE_HOUSE: usize = 40;

/// Words that name a house or a farm rather than number it, capitalised
/// (the lexicon's `HouseName`): the address starts at the capitalised
/// words before it (`Rosemary Cottage`, `Glebe Farm`) or at the word
/// (`Ty Newydd`, `Finca Los Olivos`, `Quinta do Vale`, `Cascina Rossa`,
/// `Lieu-dit Les Granges`), and is confirmed by [`named_house`].
fn house_name(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let text = ctx.text;
    let word = text.get(h.start..h.end).unwrap_or("");
    if !upper_at(text, h.start) && !lowercase_marker(word) {
        return None;
    }
    // Up to three capitalised words before it on its line.
    let mut s = h.start;
    for _ in 0..3 {
        if before(ctx.b, s) != b' ' {
            break;
        }
        match name_word_before(text, s - 1) {
            Some(w)
                if upper_at(text, w) && !ctx.b.get(w..s).unwrap_or_default().contains(&b',') =>
            {
                s = w
            }
            _ => break,
        }
    }
    named_house(ctx, h.start, 1).map(|e| (s, e))
}

/// Words that mark a rural place in lowercase too (`lieu-dit La Borie`,
/// `loc. Monterongriffoli`, `fraz. Pieve`, `lugar de Sobreiro`).
fn lowercase_marker(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.').to_lowercase().as_str(),
        "lieu-dit" | "lieudit" | "località" | "loc" | "frazione" | "fraz" | "lugar" | "upon"
    )
}

/// Most bytes of a named house's address, on one line.
const NAMED_HOUSE_WINDOW: usize = 120;

/// A house with a name from `s`: capitalised words and connectors, parts
/// separated by commas, until a full postcode after at least `commas`
/// commas on the same line within [`NAMED_HOUSE_WINDOW`] bytes: a UK
/// postcode (`SA48 8DR`), an Irish Eircode (`R56 XY12`) or county (`Co.
/// Cork`), or a numeric postcode beside a capitalised town (`29100 Coín`,
/// `5000-123 Vila Real`). A lowercase word that is no connector ends it
/// (prose, not an address). Its end.
fn named_house(ctx: &Ctx, s: usize, commas: usize) -> Option<usize> {
    let (text, b) = (ctx.text, ctx.b);
    let limit = s.saturating_add(NAMED_HOUSE_WINDOW).min(b.len());
    let mut seen = 0usize;
    let mut i = s;
    while i < limit {
        let c = at(b, i);
        match c {
            b'\n' => return None,
            b',' => seen += 1,
            _ => {}
        }
        if is_alnum(c) && !is_alnum(before(b, i)) {
            if seen >= commas {
                if let Some(e) = full_postcode(ctx, i) {
                    return Some(e);
                }
                if text.get(i..)?.starts_with("Co. ") {
                    return capitalized_word(text, i + 4);
                }
            }
            let e = word_end(text, i);
            let w = text.get(i..e).unwrap_or("");
            // Short lowercase words join names (`Pen-y-Bryn`, `yr`, `of`).
            let joins = connector(w) || w.len() <= 3 || lowercase_marker(w);
            if !upper_at(text, i) && !is_digit(c) && !joins {
                return None;
            }
            i = e.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}

/// A postcode that places a house by itself at `i`: a full UK postcode,
/// an Eircode, or a numeric one beside a capitalised town. Its end.
fn full_postcode(ctx: &Ctx, i: usize) -> Option<usize> {
    let (text, b) = (ctx.text, ctx.b);
    if at(b, i).is_ascii_uppercase() {
        return uk_postcode(b, i).or_else(|| eircode(b, i));
    }
    let e = postcode_at(ctx, i)?;
    if at(b, e) == b' ' && upper_at(text, e + 1) {
        return Some(word_end(text, e + 1));
    }
    let before_ok = before(b, i) == b' '
        && name_word_before(text, i.saturating_sub(1)).is_some_and(|w| upper_at(text, w));
    before_ok.then_some(e)
}

/// An Irish Eircode at `i`: a routing key (a letter, two digits, or
/// `D6W`), a space, and four letters and digits with at least one of
/// each (`R56 XY12`, `D02 AF30`). Its end.
fn eircode(b: &[u8], i: usize) -> Option<usize> {
    let up = |k: usize| at(b, i + k).is_ascii_uppercase();
    let dg = |k: usize| is_digit(at(b, i + k));
    let key = up(0) && dg(1) && (dg(2) || at(b, i + 2) == b'W') && at(b, i + 3) == b' ';
    if !key {
        return None;
    }
    let id = b.get(i + 4..i + 8)?;
    let ok = id
        .iter()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && id.iter().any(u8::is_ascii_digit)
        && id.iter().any(u8::is_ascii_uppercase)
        && !is_alnum(at(b, i + 8));
    ok.then_some(i + 8)
}

/// After an address cue, a street and number (see [`after_cue`]).
fn after_cue_street(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    let limit = h.end.saturating_add(AFTER_CUE).min(b.len());
    let mut s = h.end;
    while s < limit {
        let c = at(b, s);
        if c == b'\n' {
            return None;
        }
        if (is_digit(c) || upper_at(text, s)) && !is_alnum(before(b, s)) {
            break;
        }
        s += 1;
    }
    if s >= limit {
        return None;
    }
    let number_end = if is_digit(at(b, s)) {
        let n = house_number(b, s)?;
        if at(b, n) != b' ' {
            return None;
        }
        name_after(text, n + 1)?;
        n
    } else {
        let name_end = name_after(text, s)?;
        number_after_name(text, name_end)?.1
    };
    postcode_on_line(ctx, number_end).map(|e| (s, e))
}

/// A postcode with a capitalised city beside it (`1015 DV Amsterdam`,
/// `12345 Berlin`, `Mumbai 400053`) after `from`, on the same line
/// within [`CUE_POSTCODE_WINDOW`] bytes, after a comma: its end.
fn postcode_on_line(ctx: &Ctx, from: usize) -> Option<usize> {
    let (text, b) = (ctx.text, ctx.b);
    let limit = from.saturating_add(CUE_POSTCODE_WINDOW).min(b.len());
    let mut comma = false;
    let mut i = from;
    while i < limit {
        let c = at(b, i);
        match c {
            b'\n' => return None,
            b',' => comma = true,
            _ => {}
        }
        if comma && is_digit(c) && !is_alnum(before(b, i)) {
            let n = digit_run(b, i, 7);
            // Dutch `1015 DV`, or a postcode of the other shapes.
            let nl = n == 4
                && at(b, i + 4) == b' '
                && at(b, i + 5).is_ascii_uppercase()
                && at(b, i + 6).is_ascii_uppercase()
                && !is_alnum(at(b, i + 7));
            let end = if nl { Some(i + 7) } else { postcode_at(ctx, i) };
            if let Some(e) = end {
                let city_after = at(b, e) == b' ' && upper_at(text, e + 1);
                let city_before = before(b, i) == b' '
                    && name_word_before(text, i.saturating_sub(1))
                        .is_some_and(|w| upper_at(text, w));
                if city_after {
                    return Some(word_end(text, e + 1));
                }
                if city_before {
                    return Some(e);
                }
            }
            i += n.max(1);
            continue;
        }
        i += 1;
    }
    None
}

/// en: `221B Baker Street`.
fn number_name_type(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    if !upper_at(text, h.start) || before(b, h.start) != b' ' {
        return None;
    }
    let mut pos = h.start - 1;
    let mut words = 0;
    while words < 4 {
        if let Some(s) = name_word_before(text, pos) {
            words += 1;
            if before(b, s) != b' ' {
                return None;
            }
            pos = s - 1;
            // The token before: another name word, or the number.
            let mut k = pos;
            while k > 0 && is_alnum(before(b, k)) {
                k -= 1;
            }
            if is_digit(at(b, k)) && house_number(b, k) == Some(pos) {
                let end = if at(b, h.end) == b'.' {
                    h.end + 1
                } else {
                    h.end
                };
                return confirm(ctx, k, end, true).map(|e| (k, e));
            }
        } else {
            return None;
        }
    }
    None
}

/// Small words inside street names.
fn connector(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "de" | "del"
            | "la"
            | "las"
            | "los"
            | "el"
            | "da"
            | "do"
            | "das"
            | "dos"
            | "di"
            | "della"
            | "delle"
            | "dei"
            | "degli"
            | "dello"
            | "le"
            | "les"
            | "des"
            | "du"
            | "y"
            | "e"
            | "i"
            | "von"
            | "van"
            | "der"
            | "san"
            | "santa"
            | "são"
            | "sant'"
    )
}

/// Name words (capitalised, or connectors) starting at `i`, up to 60 bytes:
/// the end of the last word (at least one capitalised word).
fn name_after(text: &str, mut i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let limit = i + 60;
    let mut end = None;
    let mut caps = 0;
    while i < limit {
        let e = word_end(text, i);
        if e == i {
            // Numbers in names: "Via 20 Settembre" is left out; stop.
            break;
        }
        let w = text.get(i..e)?;
        let cap = upper_at(text, i);
        if cap {
            caps += 1;
        } else if !(connector(w) || w.ends_with('\'') || w.ends_with('’')) {
            break;
        }
        end = Some(e);
        // l'Église, d'Italia: the apostrophe joins the next word.
        if matches!(before(b, e), b'\'') {
            i = e;
            continue;
        }
        if at(b, e) != b' ' {
            break;
        }
        i = e + 1;
    }
    if caps == 0 {
        return None;
    }
    end
}

/// A house number right after a street name, after a space, a comma or a
/// number sign (`nº`, `n.º`, `no.`, `Nr.`, `n.`): its (start, end).
fn number_after_name(text: &str, e: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = e;
    if at(b, i) == b',' {
        i += 1;
    }
    if at(b, i) != b' ' {
        return None;
    }
    i += 1;
    let rest = text.get(i..floor_boundary(text, i + 6))?.to_lowercase();
    for sign in ["n.º ", "nº ", "n° ", "no. ", "nr. ", "nr ", "n. ", "núm. "] {
        if rest.starts_with(sign) {
            i += text.get(i..)?.char_indices().nth(sign.chars().count())?.0;
            break;
        }
    }
    house_number(b, i).map(|end| (i, end))
}

/// es, pt, it, pl: `Calle Mayor 12`, `Rua Augusta, 123`, `ul. Długa 5`.
fn type_name_number(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    let mut i = h.end;
    if at(b, i) == b'.' {
        i += 1;
    }
    if at(b, i) != b' ' && before(b, i) != b'/' {
        return None;
    }
    while at(b, i) == b' ' {
        i += 1;
    }
    let name_end = name_after(text, i)?;
    let (_, num_end) = number_after_name(text, name_end)?;
    confirm(ctx, h.start, num_end, true).map(|e| (h.start, e))
}

/// fr: `12 rue de la Paix`, `5 bis, avenue Victor Hugo`.
fn number_type_name(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    let mut k = h.start;
    if before(b, k) != b' ' {
        return None;
    }
    k -= 1;
    if before(b, k) == b',' {
        k -= 1;
    }
    // bis, ter, quater.
    let ws = word_start(text, k);
    if ws < k && matches!(text.get(ws..k), Some("bis" | "ter" | "quater")) {
        if before(b, ws) != b' ' {
            return None;
        }
        k = ws - 1;
    }
    let mut s = k;
    while s > 0 && is_alnum(before(b, s)) {
        s -= 1;
    }
    if house_number(b, s) != Some(k) {
        return None;
    }
    if at(b, h.end) != b' ' {
        return None;
    }
    let name_end = name_after(text, h.end + 1)?;
    confirm(ctx, s, name_end, true).map(|e| (s, e))
}

/// de: `Hauptstraße 5`, `Berliner Str. 12a`, `Lindenweg 7`.
fn german(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    let ws = word_start(text, h.start);
    if !upper_at(text, ws) && !upper_at(text, h.start) {
        return None;
    }
    let mut e = h.end;
    if before(b, e) != b'.' {
        // The suffix ends the word.
        if char_at(text, e).is_some_and(char::is_alphabetic) {
            return None;
        }
        if at(b, e) == b'.' {
            e += 1;
        }
    }
    if at(b, e) != b' ' {
        return None;
    }
    let num_end = house_number(b, e + 1)?;
    let suffix = text.get(h.start..h.end)?.to_lowercase();
    let strong = matches!(
        suffix.as_str(),
        "straße" | "strasse" | "str." | "weg" | "allee" | "platz" | "gasse"
    );
    // A street word with the name before it: "Berliner Straße".
    let start = if ws == h.start {
        char_before(text, ws)
            .filter(|(_, c)| *c == ' ')
            .map(|(s, _)| word_start(text, s))
            .filter(|s| upper_at(text, *s))
            .unwrap_or(ws)
    } else {
        ws
    };
    confirm(ctx, start, num_end, strong).map(|e| (start, e))
}

/// hi: an address word, a house number near it and a PIN code after it.
fn india(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let b = ctx.b;
    let lo = h.start.saturating_sub(60);
    let hi = (h.end + 100).min(b.len());
    // A PIN: six digits, first 1-9, alone.
    let mut pin = None;
    let mut i = h.end;
    while i + 6 <= hi {
        if matches!(at(b, i), b'1'..=b'9')
            && !is_alnum(before(b, i))
            && digit_run(b, i, 7) == 6
            && !is_alnum(at(b, i + 6))
        {
            pin = Some(i + 6);
            break;
        }
        i += 1;
    }
    // A house or sector number: 1-4 digits (with / or -) near the word.
    let mut number = None;
    let mut j = lo;
    while j < hi {
        if is_digit(at(b, j))
            && !is_alnum(before(b, j))
            && digit_run(b, j, 5) <= 4
            && house_number(b, j).is_some()
        {
            number = Some(j);
            break;
        }
        j += 1;
    }
    let number = number?;
    let start = number.min(h.start);
    match pin {
        Some(e) => Some((start, e)),
        None => ctx
            .cue_before(Cue::Address, start, CUE_WINDOW)
            .then_some((start, h.end.max(number + 1))),
    }
}

/// ja (and zh): a city, ward or prefecture followed by block numbers:
/// `千代田区丸の内1-1-1`, `北区梅田3丁目1番1号`, `朝阳区建国路88号`.
fn cjk_blocks(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    // A place name before the unit.
    if !char_before(text, h.start).is_some_and(|(_, c)| c.is_alphabetic() && !c.is_ascii()) {
        return None;
    }
    let limit = (h.end + 45).min(b.len());
    let mut i = h.end;
    while i < limit {
        if let Some((_, len)) = any_digit(b, i) {
            // `告示第214号`: an ordinal (a notice's, a law's number), not
            // a block (pii7).
            if char_before(text, i).is_some_and(|(_, c)| c == '第') {
                return None;
            }
            let (run, _) = any_digit_run(b, i, 5);
            let after = i + run;
            let rest = text
                .get(after..floor_boundary(text, after + 9))
                .unwrap_or("");
            let block = ["丁目", "番地", "番", "号", "號"]
                .iter()
                .any(|u| rest.starts_with(u))
                || ((rest.starts_with('-') || rest.starts_with('－'))
                    && any_digit(b, after + rest.chars().next().map_or(1, char::len_utf8))
                        .is_some());
            if block {
                // Through the rest of the block numbers.
                let mut e = after;
                while e < (after + 30).min(b.len()) {
                    // A space between block numbers (`2丁目 14番 3号`).
                    let g = cjk_gap(b, e);
                    if g > e && any_digit(b, g).is_some() {
                        e = g;
                    }
                    let c = char_at(text, e);
                    match c {
                        Some(ch)
                            if ch.is_ascii_digit()
                                || ('０'..='９').contains(&ch)
                                || matches!(
                                    ch,
                                    '-' | '－' | '丁' | '目' | '番' | '地' | '号' | '號'
                                ) =>
                        {
                            e += ch.len_utf8();
                        }
                        _ => break,
                    }
                }
                // A residential compound's (`小区`), a campus's or a
                // park's building numbers (`阳光小区3号、7号楼停水`) are a
                // notice's, no address, unless a flat follows: a room
                // or an entrance (`小区3号楼2单元501室`) (pii8).
                if compound(text, h) {
                    let tail = text.get(e..floor_boundary(text, e + 30)).unwrap_or("");
                    if !["室", "单元", "單元", "户", "戸"]
                        .iter()
                        .any(|u| tail.contains(u))
                    {
                        return None;
                    }
                }
                let start = word_start(text, h.start).min(h.start);
                return Some((start, e));
            }
            i += len.max(run);
            continue;
        }
        match char_at(text, i) {
            // Names of districts and streets: letters (kanji, kana), and
            // a space before the numbers (`太子堂 2丁目 14番 3号`).
            Some(c) if c.is_alphabetic() || c == 'ノ' || c == 'の' => i += c.len_utf8(),
            Some(' ' | '\u{3000}')
                if cjk_gap(b, i) > i && any_digit(b, cjk_gap(b, i)).is_some() =>
            {
                i = cjk_gap(b, i);
            }
            _ => return None,
        }
    }
    None
}

/// Is the hit the `区` of a compound, a campus, a park or a scenic area
/// (`小区`, `社区`, `园区`, `校区`, `厂区`, `景区`) rather than a district's?
fn compound(text: &str, h: &Hit) -> bool {
    text.get(h.start..h.end) == Some("区")
        && char_before(text, h.start)
            .is_some_and(|(_, c)| matches!(c, '小' | '社' | '园' | '校' | '厂' | '景'))
}

/// Spaces a Chinese or Japanese address may put between its parts
/// (`漕溪北路 88 弄 12 号`): ASCII or ideographic, at most two.
fn cjk_gap(b: &[u8], mut i: usize) -> usize {
    for _ in 0..2 {
        if at(b, i) == b' ' {
            i += 1;
        } else if b.get(i..i + 3) == Some("\u{3000}".as_bytes()) {
            i += 3;
        } else {
            break;
        }
    }
    i
}

/// ja: a block address with no city before it, `太子堂2丁目14番3号`,
/// `梅田3丁目1-1`: a place name (kanji or kana), a number and `丁目`,
/// then at least one more number (`番`, `番地`, `-`): a chōme alone
/// (`2丁目の交差点`) is a neighbourhood, not an address. Reads about 40
/// bytes.
fn chome(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    // The number before 丁目 (one or two digits, maybe full-width or
    // kanji numerals aside), then the place name.
    let mut s = h.start;
    let mut digits = 0;
    while digits < 2 {
        match char_before(text, s) {
            Some((i, c)) if c.is_ascii_digit() || ('０'..='９').contains(&c) => {
                s = i;
                digits += 1;
            }
            _ => break,
        }
    }
    let place = char_before(text, cjk_gap_back(b, s))
        .is_some_and(|(_, c)| c.is_alphabetic() && !c.is_ascii());
    if digits == 0 || !place {
        return None;
    }
    let d = cjk_gap(b, h.end);
    let (run, n) = any_digit_run(b, d, 4);
    if n == 0 {
        return None;
    }
    let mut e = d + run;
    let rest = text.get(e..).unwrap_or("");
    if let Some(u) = ["番地", "番", "-", "－"]
        .iter()
        .find(|u| rest.starts_with(*u))
    {
        e += u.len();
    } else {
        return None;
    }
    // The rest of the block numbers.
    for _ in 0..4 {
        let g = cjk_gap(b, e);
        let (run, n) = any_digit_run(b, g, 4);
        let rest = text.get(e..).unwrap_or("");
        if n > 0 {
            e = g + run;
        } else if let Some(u) = ["号", "號", "-", "－"]
            .iter()
            .find(|u| rest.starts_with(*u))
        {
            e += u.len();
        } else {
            break;
        }
    }
    Some((word_start(text, s).min(s), e))
}

/// Back over the spaces before `i` (at most two).
fn cjk_gap_back(b: &[u8], mut i: usize) -> usize {
    for _ in 0..2 {
        if before(b, i) == b' ' {
            i -= 1;
        } else if i >= 3 && b.get(i - 3..i) == Some("\u{3000}".as_bytes()) {
            i -= 3;
        } else {
            break;
        }
    }
    i
}

/// Units that follow a number in a Chinese address: a house or lane
/// number (`号`, `弄`, `巷`), then a building, entrance, floor or room
/// (`栋`, `单元`, `楼`, `室`).
const ZH_UNITS: &[&str] = &[
    "号", "號", "弄", "巷", "栋", "棟", "幢", "座", "单元", "單元", "楼", "樓", "层", "層", "室",
];

/// zh: `建国路88号` after a city or district, or a cue; spaces allowed
/// between the parts, and the lane, building and room after it
/// (`漕溪北路 88 弄 12 号 1203 室`).
fn chinese_street(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let (text, b) = (ctx.text, ctx.b);
    let d = cjk_gap(b, h.end);
    let (run, n) = any_digit_run(b, d, 5);
    if n == 0 {
        return None;
    }
    let u = cjk_gap(b, d + run);
    let rest = text.get(u..).unwrap_or("");
    let unit = ["号", "號", "弄", "巷"]
        .iter()
        .find(|x| rest.starts_with(*x))?;
    let mut end = u + unit.len();
    // Further numbered units: at most four, each a few bytes.
    for _ in 0..4 {
        let d = cjk_gap(b, end);
        let (run, n) = any_digit_run(b, d, 5);
        if n == 0 {
            break;
        }
        let u = cjk_gap(b, d + run);
        let rest = text.get(u..).unwrap_or("");
        match ZH_UNITS.iter().find(|x| rest.starts_with(*x)) {
            Some(x) => end = u + x.len(),
            None => break,
        }
    }
    let lo = floor_boundary(text, h.start.saturating_sub(60));
    let window = text.get(lo..h.start).unwrap_or("");
    let placed = ["市", "区", "省", "县", "區", "縣", "镇"]
        .iter()
        .any(|u| window.contains(u));
    (placed || ctx.cue_before(Cue::Address, h.start, CUE_WINDOW)).then_some((lo.max(h.start), end))
}

/// ja: `〒100-0005`.
fn japanese_postcode(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let b = ctx.b;
    let mut i = h.end;
    if at(b, i) == b' ' {
        i += 1;
    }
    let ok = digit_run(b, i, 4) == 3 && at(b, i + 3) == b'-' && digit_run(b, i + 4, 5) == 4;
    ok.then_some((h.start, i + 8))
}
