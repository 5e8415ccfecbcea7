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
//! - a Chinese or Japanese name cue next to a name (`患者`, `先生`, `さん`).
//!
//! Deliberately ignores: conditions with no one named (`what are the
//! symptoms of diabetes?`, `my patients with asthma`), people named with no
//! condition, doctors (`Dr.` is not a patient cue), and a name and a
//! condition in different paragraphs.

use super::lexicon::{Cat, Hit};
use super::scan::Ctx;
use super::text::{capitalized_word, char_at, char_before, upper_at, word_end};

/// Most bytes between a name and a condition.
pub const WINDOW: usize = 120;

fn devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

fn cjk(c: char) -> bool {
    c.is_alphabetic() && !c.is_ascii() && u32::from(c) >= 0x3040
}

/// Is this lexicon hit a person's name (or what introduces one)? The span
/// of the name.
fn name(ctx: &Ctx, h: &Hit) -> Option<(usize, usize)> {
    let text = ctx.text;
    match h.cat {
        Cat::Honorific => {
            if char_at(text, h.start).is_some_and(devanagari) {
                let i = h.end + usize::from(text.get(h.end..)?.starts_with(' '));
                let e = word_end(text, i);
                return (e > i).then_some((h.start, e));
            }
            let mut i = h.end;
            if text.get(i..)?.starts_with(':') {
                i += 1;
            }
            i += usize::from(text.get(i..)?.starts_with(' '));
            let e = capitalized_word(text, i)?;
            Some((h.start, e))
        }
        Cat::FirstName => {
            let first = char_at(text, h.start)?;
            (devanagari(first) || upper_at(text, h.start)).then_some((h.start, h.end))
        }
        Cat::CjkNameCue => {
            let prev = char_before(text, h.start).is_some_and(|(_, c)| cjk(c));
            let next = char_at(text, h.end).is_some_and(cjk);
            (prev || next).then_some((h.start, h.end))
        }
        _ => None,
    }
}

/// Every (name, condition) pair, as the span covering both.
pub fn find(ctx: &Ctx) -> Vec<(usize, usize)> {
    let mut names: Vec<(usize, usize)> = ctx.hits.iter().filter_map(|h| name(ctx, h)).collect();
    let conditions: Vec<Hit> = ctx
        .hits
        .iter()
        .filter(|h| h.cat == Cat::Condition)
        .copied()
        .collect();
    if names.is_empty() || conditions.is_empty() {
        return Vec::new();
    }
    names.sort_unstable();
    if names.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in &conditions {
        let lo = c.start.saturating_sub(WINDOW);
        let hi = c.end.saturating_add(WINDOW);
        // Names are in order of their start and at most ~80 bytes long.
        let first = names.partition_point(|&(s, _)| s.saturating_add(80) < lo);
        let near = names
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
                !overlap && !ctx.text.get(a..z).unwrap_or("\n\n").contains("\n\n")
            });
        if let Some(&(s, e)) = near {
            out.push((s.min(c.start), e.max(c.end)));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
