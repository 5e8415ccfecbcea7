//! A named person together with a health condition (special-category data
//! under GDPR art. 9, PHI under HIPAA).
//!
//! Finds a health condition (diabetes, cancer, HIV, depression, epilepsy,
//! pregnancy, COPD, kidney disease, surgeries such as a hip replacement or
//! a `-ectomy`, "diagnosed with" / "leidet an" / "choruje na" / "确诊", ...
//! in the ten languages of the lexicon and of [`super::health_words`]) within
//! [`WINDOW`] bytes of a person's name, where a name is:
//! - an honorific or patient word before a capitalised word (`Mr Smith`,
//!   `Frau Müller`, `paciente Gómez`, `Mme Dubois`, `pacjent Nowak`;
//!   Devanagari `श्री`, `मरीज़` before any word);
//! - a common given name, capitalised (`John`, `María`, `Łukasz`, `Priya`,
//!   `राहुल`);
//! - a Chinese or Japanese name cue next to a name (`患者`, `先生`, `さん`);
//! - clinical notes' shapes: patient abbreviations (`pt`, `pte.`, `pz.`,
//!   `pac.`, `Pat.`), an age with sex (`Rosa Delgado 58F`, `Osei, 64M`),
//!   a Hindi name before `जी`, a Chinese or Japanese name before sex and
//!   age (`李建国，男，58岁`) starting with a common surname, a Chinese
//!   relative before a surnamed name (`我爸爸陈志强`).
//!
//! Conditions include clinical abbreviations counted only in their own
//! case (`HTN`, `T2DM`, `AF`, `SEP`, `EPOC`, `KHK`, `POChP`), history
//! markers (`hx`, `PMH`, `s/p`) and international drug-name endings
//! (`-xaban`, `-olol`, `-sartan`, `-vastatin`, `-gliflozin`, `-mycin`).
//!
//! Names also come after a first-person possessive and one word (`my
//! niece Sofia`, `mein Enkel Tim`, `ma filleule Inès`), read only around a
//! condition no other name is near.
//!
//! Fiction and public life ([`super::health_context`]): a pair whose name
//! is only a common given name or a name's shape (no honorific, patient
//! word, relative or possessive before it) does not count near a word of
//! storytelling, media or public life (a scene, a story, a novel, a plot,
//! a film, a series, a biography, famous, an actor; ten languages) or a
//! listed public figure or character (`Hawking`, `Michael J. Fox`,
//! `Walter White`). A name before the condition with an unnamed person
//! between them (`Thanks Oliver! ... my mother is 80 and takes warfarin`)
//! is not that condition's person.
//!
//! Deliberately ignores: conditions with no one named (`what are the
//! symptoms of diabetes?`, `my patients with asthma`, `a 58-year-old woman
//! with T2DM`, `患者，男，58岁`), people named with no
//! condition, doctors (`Dr.` is not a patient cue), and a name and a
//! condition in different paragraphs.

use super::health_context;
use super::health_names;
use super::health_terms;
use super::health_work;
use super::lexicon::LONGEST;
use super::lexicon::{Cat, Hit};
use super::scan::Ctx;
use super::text::{
    capitalized_word, ceil_boundary, char_at, char_before, floor_boundary, upper_at, word_end,
};

/// Most bytes between a name and a condition.
pub const WINDOW: usize = 120;

/// Most bytes between a name found by its shape alone and a condition: a
/// weaker sign of a name than a cue, so it must sit closer (and fewer
/// bytes are read for it).
pub const SHAPE_WINDOW: usize = 64;

fn devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

fn cjk(c: char) -> bool {
    c.is_alphabetic() && !c.is_ascii() && u32::from(c) >= 0x3040
}

/// CJK cues a name follows (patients, form labels); the other cues
/// follow a name.
const NAME_FOLLOWS: &[&str] = &["患者", "病人", "病患", "患儿", "氏名", "姓名", "名前"];

/// Chinese and Japanese particles and function characters: next to a cue
/// they are grammar, not a name.
const CJK_PARTICLES: &str = "的们是在有和与及应需可要了都也会能该如若不没每中对从因为说等一这那其之のはがにをもとでへやかなど";

/// Is this lexicon hit a person's name (or what introduces one)? The span
/// of the name.
fn name(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let text = ctx.text;
    match h.cat {
        Cat::Honorific => {
            let mut i = h.end;
            if text.get(i..)?.starts_with(':') {
                i += 1;
            }
            i += usize::from(text.get(i..)?.starts_with(' '));
            if char_at(text, h.start).is_some_and(devanagari) {
                // Any word but a postposition or pronoun (`पिता को`).
                let e = word_end(text, i);
                let word = text.get(i..e)?;
                return (health_names::devanagari_name_word(word)
                    && !health_names::devanagari_verb_stem(text, e))
                .then_some((h.start, e));
            }
            // A capitalised word, or an initial and one (`patient: J. Smith`).
            let e = capitalized_word(text, i).or_else(|| {
                let initial = upper_at(text, i) && text.get(i..)?.get(1..3) == Some(". ");
                initial
                    .then(|| capitalized_word(text, i.saturating_add(3)))
                    .flatten()
            })?;
            Some((h.start, e))
        }
        Cat::WorkCue => {
            // `employee Bryn Evans`, `Mitarbeiterin: Lena Roth`, `员工王强`,
            // `कर्मचारी सुनील वर्मा`.
            if char_at(text, h.start).is_some_and(devanagari) {
                let i = h.end + usize::from(text.get(h.end..)?.starts_with(' '));
                let e = word_end(text, i);
                let word = text.get(i..e)?;
                return (health_names::devanagari_name_word(word)
                    && !health_names::devanagari_verb_stem(text, e))
                .then_some((h.start, e));
            }
            if char_at(text, h.start).is_some_and(cjk) {
                let namish = |c: char| cjk(c) && !CJK_PARTICLES.contains(c);
                return char_at(text, h.end)
                    .is_some_and(namish)
                    .then_some((h.start, h.end));
            }
            let mut i = h.end;
            if text.get(i..)?.starts_with(':') {
                i += 1;
            }
            if !text.get(i..)?.starts_with(' ') {
                return None;
            }
            // A given name and a surname: one capitalised word after a
            // word of work is a title more often (`Employee Relations`).
            let e1 = capitalized_word(text, i + 1)?;
            if !text.get(e1..)?.starts_with(' ') {
                return None;
            }
            let e = capitalized_word(text, e1 + 1)?;
            Some((h.start, e))
        }
        Cat::FirstName => {
            let first = char_at(text, h.start)?;
            (devanagari(first) || cjk(first) || upper_at(text, h.start)).then_some((h.start, h.end))
        }
        Cat::CjkNameCue => {
            let cue = text.get(h.start..h.end)?;
            match cue {
                "岁" | "歳" => return health_names::cjk_name_before_age(text, h.start, h.end),
                "जी" => return health_names::devanagari_name_before_ji(text, h.start, h.end),
                _ => {}
            }
            if health_names::ZH_RELATIVES.contains(&cue) {
                return health_names::zh_name_after(text, h.end).map(|e| (h.start, e));
            }
            // The name next to the cue, maybe after a space or a colon
            // (`患者 佐藤`, `氏名：王伟`).
            // Patient words and labels come before the name (`患者王伟`),
            // honorifics after it (`王先生`, `田中さん`); a particle there
            // (`患者的`, `の先生`) is no name.
            let gap = |c: char| matches!(c, ' ' | '\u{3000}' | ':' | '：');
            let namish = |c: char| cjk(c) && !CJK_PARTICLES.contains(c);
            if NAME_FOLLOWS.contains(&cue) {
                let next = char_at(text, h.end).is_some_and(|c| {
                    namish(c)
                        || (gap(c)
                            && char_at(text, h.end.saturating_add(c.len_utf8()))
                                .is_some_and(namish))
                });
                // A condition right after the cue is no name (`高血压患者
                // 住院一般需要几天`: patients in general) (pii8).
                (next && !condition_at(ctx, h.end)).then_some((h.start, h.end))
            } else {
                let prev = char_before(text, h.start).is_some_and(|(_, c)| namish(c));
                prev.then_some((h.start, h.end))
            }
        }
        _ => None,
    }
}

/// Does a condition the lexicon found start at `pos`? Hits are in order
/// of their end and none is longer than [`LONGEST`]: only those ending in
/// `pos..pos + LONGEST` are looked at.
fn condition_at(ctx: &Ctx, pos: usize) -> bool {
    let first = ctx.hits.partition_point(|x| x.end <= pos);
    ctx.hits
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|x| x.end <= pos.saturating_add(LONGEST))
        .any(|x| x.cat == Cat::Condition && x.start == pos)
}

/// Is a name word a person's name kind of hit (not something else the
/// lexicon knows)?
fn names_a_person(cat: Cat) -> bool {
    matches!(cat, Cat::Honorific | Cat::FirstName | Cat::CjkNameCue)
}

/// The first name in `names` (sorted by start) within `window` of the
/// condition `c`, in its paragraph, not overlapping it, and not with an
/// unnamed person between them (see [`find`]).
fn near(
    text: &str,
    names: &[(usize, usize)],
    c: &Hit,
    window: usize,
    unnamed: &[usize],
) -> Option<(usize, usize)> {
    let lo = c.start.saturating_sub(window);
    let hi = c.end.saturating_add(window);
    // Names are in order of their start and at most ~80 bytes long.
    let first = names.partition_point(|&(s, _)| s.saturating_add(80) < lo);
    names
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&(s, _)| s <= hi)
        .filter(|&&(_, e)| e >= lo)
        .find(|&&(s, e)| {
            // The name is not the condition itself (Parkinson, Crohn),
            // and both sit in one paragraph.
            let overlap = s < c.end && c.start < e;
            let (a, z) = (s.min(c.start), e.max(c.end));
            // A person named before the condition, but someone unnamed in
            // between (`Clint ... my dad is 78 and on warfarin`): the
            // condition is that person's.
            let k = unnamed.partition_point(|&u| u < e);
            let taken = e <= c.start && unnamed.get(k).is_some_and(|&u| u < c.start);
            // A person named after the condition, but someone unnamed
            // before it in the same paragraph (`Mon fils de 4 ans a de la
            // fièvre. Combien de Doliprane ...`, `my son has asthma; can
            // Tom's inhaler ...`): the condition is the unnamed one's
            // (pii6).
            let u0 = unnamed.partition_point(|&u| u < c.start.saturating_sub(WINDOW));
            let taken_after = s >= c.end
                && unnamed.get(u0).is_some_and(|&u| {
                    u < c.start && !text.get(u..c.start).unwrap_or("\n\n").contains("\n\n")
                });
            let taken = taken || taken_after;
            !overlap && !taken && !text.get(a..z).unwrap_or("\n\n").contains("\n\n")
        })
        .copied()
}

/// A clinical abbreviation (`AF`, `SEP`, `OA`) counts only in its own
/// case: the lexicon matches ASCII in any case, and `af`, `sep` or `oa`
/// are ordinary words or units somewhere.
fn case_ok(text: &str, h: &Hit) -> bool {
    let Some(word) = text.get(h.start..h.end) else {
        return false;
    };
    if trade(text, h.start) {
        return false;
    }
    if word.len() > 6 || !word.is_ascii() {
        return true;
    }
    // A few dozen short entries, read only for condition hits.
    health_terms::EXACT_CASE
        .iter()
        .find(|w| w.eq_ignore_ascii_case(word))
        .is_none_or(|w| *w == word)
}

/// Is the condition at `start` a trade's name (pii8): `tree surgery`, a
/// `tree surgeon` (an arborist), `chirurgie des arbres`? Reads the 5
/// bytes before it and the 11 after.
fn trade(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let head = b.get(start.saturating_sub(5)..start).unwrap_or_default();
    let tail = b
        .get(start..start.saturating_add(24).min(b.len()))
        .unwrap_or_default();
    let tree_before = head.len() == 5
        && head
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"tree"))
        && matches!(head.get(4), Some(b' ' | b'-'));
    let word_before = start < 6 || !b.get(start - 6).is_some_and(u8::is_ascii_alphanumeric);
    let surg = tail.len() >= 7
        && tail.get(..7).is_some_and(|w| {
            w.eq_ignore_ascii_case(b"surgery") || w.eq_ignore_ascii_case(b"surgeon")
        });
    let arbres = tail
        .windows(13)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"chirurgie des"))
        && b.get(start + 14..start + 20)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"arbres"));
    (tree_before && word_before && surg) || arbres
}

/// Verbs of saying and thinking (pii5), whole words, lowercase.
const SPEECH: &str = "says|said|thinks|believes|dice|dijo|cree|opina|sagt|meint|glaubt|\
                      dit|pense|croit|diz|disse|acha|crede|pensa|mówi|uważa|twierdzi|\
                      कहते|कहती|कहता|मानते";

/// Articles that make a condition the topic in general (`la diabetes es
/// hereditaria`), right before it.
const ARTICLES: &str = "the|la|el|le|il|lo|die|der|das|a|o|l'";

/// Is the condition at `cond` what a weakly named person before it (ending
/// at `name_end`) says or thinks about in general (`Mi jefe Andrés dice
/// que la diabetes es hereditaria`)? A verb of saying between them and an
/// article right before the condition; `says he has diabetes` stays.
/// Reads only the bytes between them (at most [`WINDOW`]).
fn topic_of_speech(text: &str, name_end: usize, cond: usize) -> bool {
    let Some(between) = text.as_bytes().get(name_end..cond) else {
        return false;
    };
    // Words on bytes: ASCII letters and digits, and every non-ASCII byte.
    let word_byte = |c: &u8| c.is_ascii_alphanumeric() || *c >= 0x80 || *c == b'\'';
    let mut said = false;
    let mut last: &[u8] = &[];
    for w in between.split(|c| !word_byte(c)).filter(|w| !w.is_empty()) {
        said |= SPEECH
            .split('|')
            .any(|v| v.as_bytes().eq_ignore_ascii_case(w));
        last = w;
    }
    said && (ARTICLES
        .split('|')
        .any(|a| a.as_bytes().eq_ignore_ascii_case(last))
        || last.ends_with(b"l'"))
}

/// Every (name, condition) pair, as the span covering both.
///
/// A name is strong evidence when a cue introduces it (an honorific, a
/// patient word, a relative, a CJK cue) and weak when it is only a common
/// given name or a name's shape: a weak name's pair does not count in
/// fiction or public life ([`super::health_context`]). A name before the
/// condition with an unnamed person between them (a relative or patient
/// word with no name after it) is not that condition's person.
pub fn find(ctx: &Ctx) -> Vec<(usize, usize)> {
    let mut conditions: Vec<Hit> = ctx
        .hits
        .iter()
        .filter(|h| h.cat == Cat::Condition && case_ok(ctx.text, h))
        .copied()
        .collect();
    let mut strong: Vec<(usize, usize)> = Vec::new();
    let mut weak: Vec<(usize, usize)> = Vec::new();
    let mut unnamed: Vec<usize> = Vec::new();
    // Where a person or a word of work is: the everyday words of health
    // at work are read only around them (pii7).
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for h in &ctx.hits {
        let found = name(ctx, h);
        match (found, h.cat) {
            (Some(span), Cat::FirstName | Cat::WorkCue) => weak.push(span),
            (Some(span), _) => strong.push(span),
            (None, Cat::Honorific) if health_work::unnamed_person(ctx.text, h) => {
                unnamed.push(h.start);
            }
            _ => {}
        }
        if let Some(span) = found {
            anchors.push(span);
        } else if h.cat == Cat::WorkCue {
            anchors.push((h.start, h.end));
        }
    }
    // Everyday words are weaker signs than diagnoses: with a weak name
    // (a given name, a word of work) they pair only within
    // [`SHAPE_WINDOW`], as names by their shape do.
    let everyday_from = conditions.len();
    conditions.extend(health_work::conditions(ctx.text, &anchors, WINDOW));
    if conditions.is_empty() {
        return Vec::new();
    }
    // Placeholder identities of test data (`John Doe`, `Max Mustermann`):
    // the name and the 16 bytes after it (a given name's surname).
    let real =
        |&(s, e): &(usize, usize)| !health_context::placeholder(ctx.text, s, e.saturating_add(16));
    strong.retain(real);
    weak.retain(real);
    strong.sort_unstable();
    weak.sort_unstable();
    unnamed.sort_unstable();
    let mut out = Vec::new();
    let mut weak_pairs = Vec::new();
    let mut alone = Vec::new();
    for (k, c) in conditions.iter().enumerate() {
        let cover = |(s, e): (usize, usize)| (s.min(c.start), e.max(c.end));
        let weak_window = if k < everyday_from {
            WINDOW
        } else {
            SHAPE_WINDOW
        };
        if let Some(n) = near(ctx.text, &strong, c, WINDOW, &unnamed) {
            if !topic_of_speech(ctx.text, n.1, c.start) {
                out.push(cover(n));
            }
        } else if let Some(n) = near(ctx.text, &weak, c, weak_window, &unnamed) {
            if !topic_of_speech(ctx.text, n.1, c.start) {
                weak_pairs.push((cover(n), n.0));
            }
        } else {
            alone.push((*c, k >= everyday_from));
        }
    }
    if !alone.is_empty() {
        alone.sort_unstable_by_key(|(h, _)| h.start);
        // Names by their shape, read only around the conditions with no
        // lexicon name near: the windows merged, so each byte once.
        // Does a lexicon word of another kind (a condition, a street, a
        // cue) cover `s..e`? Hits are in order of their end, and none is
        // longer than `LONGEST`: only those ending in `s..e + LONGEST` can.
        // A German street suffix inside a word (`-berg`, `-feld`) blocks
        // it only as a street: with a house number after the word
        // (`Lindberg 4`), not in a surname (`Sofia Lindberg, who ...`).
        let hits = &ctx.hits;
        let street_suffix_only = |h: &Hit| {
            h.cat == Cat::StreetSuffix && {
                // The rest of the word (at most 32 bytes), then a space.
                let rest = ctx.b.get(h.end..).unwrap_or_default();
                let len = rest
                    .iter()
                    .take(32)
                    .take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80)
                    .count();
                let after = rest.get(len..len.saturating_add(2)).unwrap_or_default();
                !after.iter().any(u8::is_ascii_digit)
            }
        };
        let blocked = |s: usize, e: usize| {
            let first = hits.partition_point(|h| h.end <= s);
            hits.get(first..)
                .unwrap_or_default()
                .iter()
                .take_while(|h| h.end < e.saturating_add(LONGEST))
                .any(|h| {
                    h.start < e && s < h.end && !names_a_person(h.cat) && !street_suffix_only(h)
                })
        };
        let mut shaped = Vec::new();
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for (c, _) in &alone {
            let lo = c.start.saturating_sub(SHAPE_WINDOW);
            let hi = c.end.saturating_add(SHAPE_WINDOW);
            match windows.last_mut() {
                Some(w) if lo <= w.1 => w.1 = w.1.max(hi),
                _ => windows.push((lo, hi)),
            }
        }
        for (lo, hi) in windows {
            let (lo, hi) = (floor_boundary(ctx.text, lo), ceil_boundary(ctx.text, hi));
            health_names::shaped_names(ctx.text, lo, hi, &blocked, &mut shaped);
            health_names::possessive_names(ctx.text, lo, hi, &blocked, &mut shaped);
        }
        shaped.retain(real);
        shaped.sort_unstable();
        for (c, everyday) in &alone {
            if let Some((s, e)) = near(ctx.text, &shaped, c, SHAPE_WINDOW, &unnamed) {
                // Everyday words are a weaker sign: a name by its shape
                // pairs with one only before it in its sentence (`driver
                // Jodie Marsh hurt her back`, not `Krankmeldung fehlen?
                // Kurze Antwort`).
                let sentence = || {
                    e <= c.start
                        && !ctx
                            .b
                            .get(e..c.start)
                            .unwrap_or(b".")
                            .iter()
                            .any(|x| matches!(x, b'.' | b'?' | b'!' | b'\n'))
                };
                if !topic_of_speech(ctx.text, e, c.start) && (!everyday || sentence()) {
                    weak_pairs.push(((s.min(c.start), e.max(c.end)), s));
                }
            }
        }
    }
    if !weak_pairs.is_empty() {
        // A weak name after a possessive (`ma nièce Léa`, `mein Enkel
        // Tim`) is someone the writer knows: never a character.
        let (owned, open): (Vec<_>, Vec<_>) = weak_pairs
            .into_iter()
            .partition(|&(_, name_start)| health_context::owned(ctx.text, name_start));
        out.extend(owned.iter().map(|(p, _)| *p));
        let mut open: Vec<(usize, usize)> = open.into_iter().map(|(p, _)| p).collect();
        open.sort_unstable();
        let fiction = health_context::in_fiction(ctx.text, &open);
        out.extend(
            open.iter()
                .zip(fiction)
                .filter(|(_, f)| !f)
                .map(|(p, _)| *p),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}
