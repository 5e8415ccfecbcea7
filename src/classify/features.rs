//! Features of a chat request for the tier classifier, hashed into a fixed
//! space of `DIM` buckets (the "hashing trick": no vocabulary to ship).
//!
//! The last user turn is split into its **instruction** and **pasted
//! material**, because the tier follows what is asked, not how much text
//! comes with it: a short turn is all instruction (except fenced code, and
//! since feature version 12 text pasted after its first paragraph, see
//! `split_short_quote`: trivial work over a pasted snippet was read as the
//! snippet's code or CI words); in a
//! long one the instruction is the first paragraph (up to `HEAD_BYTES`) and
//! the last one (up to `TAIL_BYTES`), and what lies between is material. The
//! instruction gives word unigrams, word bigrams and character trigrams; the
//! material only a sample of its words (`PASTE_SAMPLE_BYTES`) and its shape
//! (size, lines, code, digits). The system prompt gives its words (first
//! `SYSTEM_BYTES`). Each of those groups is scaled by 1/sqrt(its count) so a
//! long text does not outvote a short one. Domain lexicons (see `lexicon`)
//! fire per place (instruction, system, material), and structure adds turns,
//! tools, images, `response_format` and `max_tokens`.
//!
//! Work is bounded whatever the prompt size: the text read is at most
//! HEAD + TAIL + PASTE_SAMPLE + SYSTEM bytes plus `SHAPE_BYTES` of material
//! scanned for its shape.

use super::lexicon::{self, Domain, DOMAINS, LEX_SEED};

/// log2 of the number of hashed buckets.
pub const DIM_BITS: u32 = 14;
pub const DIM: usize = 1 << DIM_BITS;
/// Changes whenever the features change, so a model trained on other
/// features is refused (the model file carries it).
pub const FEATURE_VERSION: u32 = 12;

/// Cues that a turn asks for something beyond small talk (a greeting or a
/// thank-you has none of them).
const ASKS: [Domain; 7] = [
    Domain::Diagnose,
    Domain::Reasoning,
    Domain::Decision,
    Domain::Draft,
    Domain::Code,
    Domain::Agentic,
    Domain::Education,
];

/// A turn up to this size is all instruction (except fenced code).
pub const SHORT_TURN_BYTES: usize = 640;
pub const HEAD_BYTES: usize = 320;
pub const TAIL_BYTES: usize = 320;
pub const PASTE_SAMPLE_BYTES: usize = 512;
pub const SHAPE_BYTES: usize = 4096;
pub const SYSTEM_BYTES: usize = 1024;
/// In a short turn, pasted text after the first paragraph is material from
/// this size on; a last paragraph after it up to `QUOTE_TAIL_BYTES` is
/// instruction.
pub const QUOTE_MIN_BYTES: usize = 120;
pub const QUOTE_TAIL_BYTES: usize = 160;
/// A last turn up to this size with nothing asked is small talk.
pub const SOCIAL_BYTES: usize = 100;

/// What the classifier looks at (all of it computed by `tokens::prompt_stats`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Input<'a> {
    /// Text of the last user message.
    pub last_user: &'a str,
    /// System and developer texts.
    pub system: &'a str,
    pub user_turns: usize,
    pub message_count: usize,
    pub has_tools: bool,
    pub has_images: bool,
    pub has_response_format: bool,
    /// The output cap the client asked for.
    pub max_tokens: Option<u64>,
}

impl<'a> Input<'a> {
    pub fn from_stats(stats: &'a crate::tokens::PromptStats, max_tokens: Option<u64>) -> Self {
        Input {
            last_user: &stats.last_user_text,
            system: &stats.system_text,
            user_turns: stats.user_turns,
            message_count: stats.message_count,
            has_tools: stats.has_tools,
            has_images: stats.has_images,
            has_response_format: stats.has_response_format,
            max_tokens,
        }
    }
}

/// The last user turn split into instruction and material (borrowed slices).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Split<'a> {
    pub head: &'a str,
    pub tail: &'a str,
    /// Material: everything else of the turn (may be long; read capped).
    pub pasted: &'a str,
    /// Fenced code (``` ... ```) inside a short turn, which is material too.
    pub fenced: bool,
}

impl Split<'_> {
    pub fn instruction_len(&self) -> usize {
        self.head.len().saturating_add(self.tail.len())
    }
}

/// The largest char boundary <= i.
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary >= i.
fn ceil(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
fn find_in(s: &str, from: usize, to: usize, pat: &str) -> Option<usize> {
    s.get(from..to)?.find(pat).map(|p| p + from)
}

/// Where the head of `b` (a long turn's first bytes) ends: at its first
/// blank line or fence, or after the `:` of its first line ending in one;
/// its length if none. One pass: the first place any of them starts is
/// the earliest end, as a later start cannot end sooner.
fn head_end(b: &[u8]) -> usize {
    for (p, &c) in b.iter().enumerate() {
        let rest = b.get(p..).unwrap_or_default();
        let end = match c {
            b'\n' if rest.starts_with(b"\n\n") => p,
            b'`' if rest.starts_with(b"```") => p,
            b':' if rest.starts_with(b":\n") || rest.starts_with(b":\r\n") => p + 1,
            _ => continue,
        };
        return end;
    }
    b.len()
}

/// The end of the last blank line or fence in `b`, if any. One pass from
/// the end: the match that starts last also ends last (a fence can't start
/// one byte before a blank line's `\n`).
fn last_break_end(b: &[u8]) -> Option<usize> {
    for p in (0..b.len()).rev() {
        let rest = b.get(p..).unwrap_or_default();
        match rest.first() {
            Some(b'\n') if rest.starts_with(b"\n\n") => return Some(p + 2),
            Some(b'`') if rest.starts_with(b"```") => return Some(p + 3),
            _ => {}
        }
    }
    None
}

/// Splits the last user turn. Only the first `HEAD_BYTES` and the last
/// `TAIL_BYTES` (plus a bounded search for fences in short turns) are read.
pub fn split(text: &str) -> Split<'_> {
    let t = text.trim();
    if t.len() <= SHORT_TURN_BYTES {
        // Short: all instruction, except a fenced block ...
        let Some(open) = t.find("```") else {
            return split_short_quote(t);
        };
        let close = t
            .rfind("```")
            .filter(|c| *c > open)
            .map_or(t.len(), |c| c + 3);
        return Split {
            head: t.get(..open).unwrap_or(""),
            tail: t.get(close..).unwrap_or(""),
            pasted: t.get(open..close).unwrap_or(""),
            fenced: true,
        };
    }
    // Long: the first paragraph (or line ending in ':') up to HEAD_BYTES ...
    let head_limit = floor(t, HEAD_BYTES);
    let head_end = head_end(t.as_bytes().get(..head_limit).unwrap_or_default());
    // ... and the last paragraph, if it is short and not inside a fence.
    let tail_from = floor(t, t.len().saturating_sub(TAIL_BYTES)).max(head_end);
    let tail_start = t
        .get(tail_from..)
        .and_then(|s| last_break_end(s.as_bytes()))
        .map(|p| ceil(t, tail_from + p))
        .unwrap_or(t.len());
    Split {
        head: t.get(..head_end).unwrap_or(""),
        tail: t.get(tail_start..).unwrap_or("").trim(),
        pasted: t.get(head_end..tail_start).unwrap_or(""),
        fenced: false,
    }
}

/// A short unfenced turn: all instruction, unless its first paragraph (up
/// to a blank line or a line ending in `:`) is followed by at least
/// `QUOTE_MIN_BYTES` of pasted text (code, CI output, an email): then that
/// text is material, as in a long turn, and a last paragraph of at most
/// `QUOTE_TAIL_BYTES` after it is instruction again.
fn split_short_quote(t: &str) -> Split<'_> {
    let all = Split {
        head: t,
        ..Split::default()
    };
    let b = t.as_bytes();
    let he = head_end(b.get(..floor(t, HEAD_BYTES)).unwrap_or_default());
    if he == 0 || he >= b.len() || b.len() - he < QUOTE_MIN_BYTES {
        return all;
    }
    let rest = t.get(he..).unwrap_or("");
    let tail_start = last_break_end(rest.as_bytes())
        .map(|p| ceil(t, he + p))
        .filter(|&p| t.len() - p <= QUOTE_TAIL_BYTES && p - he >= QUOTE_MIN_BYTES)
        .unwrap_or(t.len());
    Split {
        head: t.get(..he).unwrap_or(""),
        tail: t.get(tail_start..).unwrap_or("").trim(),
        pasted: t.get(he..tail_start).unwrap_or(""),
        fenced: false,
    }
}

// Namespaces: each seeds its own hashes, so the same word in two places
// is two features.
const NS_WORD: u32 = 0x1000_0001;
const NS_BIGRAM: u32 = 0x2000_0003;
const NS_CHAR3: u32 = 0x3000_0005;
const NS_SYSTEM: u32 = 0x4000_0007;
const NS_PASTE: u32 = 0x5000_000b;
const NS_SHAPE: u32 = 0x7000_0011;

#[inline]
fn fmix(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h
}

#[inline]
fn bucket(ns: u32, h: u32) -> u32 {
    fmix(h ^ ns) & (DIM as u32 - 1)
}

/// Chinese, Japanese and Korean scripts: no spaces between words, so each
/// character is a token and lexicon entries match inside runs.
#[inline]
fn is_ideographic(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // hiragana, katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified
        | 0xAC00..=0xD7AF   // Hangul
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F   // half-width katakana
        | 0x20000..=0x2FA1F)
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x097F)
    // combining marks, Devanagari
}

#[inline]
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// How [`Scan::run`] treats a char (after lowercasing): the branches it
/// takes are exclusive, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// [`is_ideographic`]: a token of its own.
    Ideo,
    /// [`is_word_char`]: part of a word.
    Word,
    /// `char::is_whitespace`.
    Space,
    /// Punctuation and everything else.
    Other,
}

/// The lowercased char and its class, by the definitions above (the
/// reference; [`char_info`] is the fast path, equal for every char).
fn char_info_reference(raw: char) -> (char, Class) {
    let c = lower(raw);
    let class = if is_ideographic(c) {
        Class::Ideo
    } else if is_word_char(c) {
        Class::Word
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Other
    };
    (c, class)
}

/// [`char_info_reference`] without the Unicode table searches where it can:
/// ASCII by its bytes, ideographs and kana by their ranges (no case, never
/// whitespace), U+0080..U+2FFF (accents, Cyrillic, Devanagari, ...) from a
/// table of the reference's answers filled on first use.
#[inline]
fn char_info(raw: char) -> (char, Class) {
    if raw.is_ascii() {
        let c = raw.to_ascii_lowercase();
        let class = if c.is_ascii_alphanumeric() {
            Class::Word
        } else if matches!(c, '\t' | '\n' | '\x0B' | '\x0C' | '\r' | ' ') {
            Class::Space
        } else {
            Class::Other
        };
        return (c, class);
    }
    if is_ideographic(raw) {
        return (raw, Class::Ideo);
    }
    match table_info(raw) {
        Some(info) => info,
        None => char_info_reference(raw),
    }
}

const INFO_FIRST: u32 = 0x80;
/// Filled by blocks of 128 chars, each on its first use (all of it at
/// once would cost about 10 million instructions on the first request).
const INFO_BLOCK: usize = 128;
const INFO_BLOCKS: usize = (0x3000 - 0x80) / INFO_BLOCK;
/// Per char: the class in the low two bits, and `KEEPS_CASE` when the
/// char is its own lowercase (otherwise the reference is asked).
static INFO: [std::sync::OnceLock<[u8; INFO_BLOCK]>; INFO_BLOCKS] =
    [const { std::sync::OnceLock::new() }; INFO_BLOCKS];
const KEEPS_CASE: u8 = 4;

#[inline]
fn table_info(raw: char) -> Option<(char, Class)> {
    let i = usize::try_from((raw as u32).checked_sub(INFO_FIRST)?).ok()?;
    let (block, offset) = (i / INFO_BLOCK, i % INFO_BLOCK);
    let table = INFO.get(block)?.get_or_init(|| {
        let mut t = [0u8; INFO_BLOCK];
        let first = INFO_FIRST.saturating_add(u32::try_from(block * INFO_BLOCK).unwrap_or(0));
        for (k, slot) in (first..).zip(t.iter_mut()) {
            if let Some(c) = char::from_u32(k) {
                let (low, class) = char_info_reference(c);
                let code = match class {
                    Class::Ideo => 0,
                    Class::Word => 1,
                    Class::Space => 2,
                    Class::Other => 3,
                };
                *slot = code | if low == c { KEEPS_CASE } else { 0 };
            }
        }
        t
    });
    let v = table.get(offset).copied()?;
    if v & KEEPS_CASE == 0 {
        return None;
    }
    let class = match v & 3 {
        0 => Class::Ideo,
        1 => Class::Word,
        2 => Class::Space,
        _ => Class::Other,
    };
    Some((raw, class))
}

/// Longest run of ideographs a lexicon entry spans.
const MAX_IDEO_ENTRY: usize = 6;

/// Scans one text: tokens, lexicon hits, and (for the instruction) bigrams
/// and character trigrams.
struct Scan {
    /// Word tokens (hashes) and bigrams, into `out` under the namespaces given.
    word_ns: u32,
    bigram_ns: Option<u32>,
    char3_ns: Option<u32>,
    /// Lexicon hits per domain.
    lex: [u8; DOMAINS.len()],
    words: u32,
}

impl Scan {
    fn new(word_ns: u32, bigram_ns: Option<u32>, char3_ns: Option<u32>) -> Self {
        Scan {
            word_ns,
            bigram_ns,
            char3_ns,
            lex: [0; DOMAINS.len()],
            words: 0,
        }
    }

    fn hit(&mut self, bits: u32) {
        if bits == 0 {
            return;
        }
        for (i, n) in self.lex.iter_mut().enumerate() {
            if bits & (1 << i) != 0 {
                *n = n.saturating_add(1);
            }
        }
    }

    fn run(&mut self, text: &str, out: &mut Vec<(u32, u8)>, group: u8, bigram_group: u8) {
        let mut w = WordState::default();
        // Hashes of the lexicon entries ending here that start at each of
        // the last `ideo_len` ideographs (oldest first): each new
        // ideograph extends them all and starts one.
        let mut ideo: [u32; MAX_IDEO_ENTRY] = [0; MAX_IDEO_ENTRY];
        let mut ideo_len = 0usize;
        let mut c3: [u32; 3] = [0x20; 3];
        for raw in text.chars() {
            let (c, class) = char_info(raw);
            // Character trigrams over the instruction (whitespace collapsed).
            if let Some(ns) = self.char3_ns {
                let code = if class == Class::Space {
                    0x20
                } else {
                    c as u32
                };
                if !(code == 0x20 && c3[2] == 0x20) {
                    c3 = [c3[1], c3[2], code];
                    let h = c3[0].wrapping_mul(0x0100_0193)
                        ^ c3[1].wrapping_mul(0x27d4_eb2d).rotate_left(7)
                        ^ c3[2].wrapping_mul(0x1656_67b1).rotate_left(19);
                    out.push((bucket(ns, h), group + 2));
                }
            }
            if class == Class::Ideo {
                self.end_word(&mut w, out, group, bigram_group);
                // Each ideograph is a token (so bigrams of them are character
                // bigrams); lexicon entries may end at any position of a run.
                let h = lexicon::step(LEX_SEED, c);
                self.token(h, w.prev, out, group, bigram_group);
                w.prev = Some(h);
                w.prev_span2 = None;
                if ideo_len == MAX_IDEO_ENTRY {
                    ideo.rotate_left(1);
                    ideo_len -= 1;
                }
                for e in ideo.iter_mut().take(ideo_len) {
                    *e = lexicon::step(*e, c);
                }
                if let Some(slot) = ideo.get_mut(ideo_len) {
                    *slot = h;
                }
                ideo_len += 1;
                let mut bits = 0u32;
                for (start, &e) in ideo.iter().enumerate().take(ideo_len) {
                    bits |= lexicon::lookup(e, ideo_len - start, true);
                }
                self.hit(bits);
                continue;
            }
            ideo_len = 0;
            if class == Class::Word {
                if w.len == 0 {
                    // A new word: continue the spans of the previous words.
                    w.span2 = w.prev.map(|p| lexicon::step(p, ' '));
                    w.span3 = w.prev_span2.map(|p| lexicon::step(p, ' '));
                }
                w.cur = lexicon::step(w.cur, c);
                w.len += 1;
                w.span2 = w.span2.map(|h| lexicon::step(h, c));
                w.span3 = w.span3.map(|h| lexicon::step(h, c));
                if w.len >= 4 {
                    w.bits |= lexicon::lookup(w.cur, w.len, false);
                }
            } else {
                self.end_word(&mut w, out, group, bigram_group);
                if class != Class::Space {
                    // Punctuation breaks bigrams and multi-word entries.
                    w.prev = None;
                    w.prev_span2 = None;
                }
            }
        }
        self.end_word(&mut w, out, group, bigram_group);
    }

    fn token(&mut self, h: u32, prev: Option<u32>, out: &mut Vec<(u32, u8)>, g: u8, bg: u8) {
        self.words = self.words.saturating_add(1);
        out.push((bucket(self.word_ns, h), g));
        if let (Some(ns), Some(p)) = (self.bigram_ns, prev) {
            out.push((bucket(ns, p.rotate_left(11) ^ h), bg));
        }
    }

    fn end_word(&mut self, w: &mut WordState, out: &mut Vec<(u32, u8)>, g: u8, bg: u8) {
        if w.len == 0 {
            return;
        }
        self.token(w.cur, w.prev, out, g, bg);
        // A word counts once per domain, whichever of its prefixes matched;
        // short entries and multi-word entries match whole words only.
        let mut bits = w.bits;
        if w.len < 4 {
            bits |= lexicon::lookup(w.cur, w.len, true);
        }
        for h in [w.span2, w.span3].into_iter().flatten() {
            bits |= lexicon::lookup(h, 0, true);
        }
        self.hit(bits);
        *w = WordState {
            prev: Some(w.cur),
            prev_span2: w.span2,
            ..WordState::default()
        };
    }
}

/// The word being scanned, and the spans continuing the previous words.
#[derive(Debug, Clone, Copy)]
struct WordState {
    cur: u32,
    len: usize,
    bits: u32,
    /// Hash of "previous current" and "previous-but-one previous current".
    span2: Option<u32>,
    span3: Option<u32>,
    prev: Option<u32>,
    prev_span2: Option<u32>,
}

impl Default for WordState {
    fn default() -> Self {
        WordState {
            cur: LEX_SEED,
            len: 0,
            bits: 0,
            span2: None,
            span3: None,
            prev: None,
            prev_span2: None,
        }
    }
}

/// What the material's shape counts, by byte: 1 line break, 2 code
/// punctuation, 3 digit, 4 field separator, 0 anything else.
static SHAPE_CLASS: [u8; 256] = shape_classes();

// Evaluated at compile time (it initialises a static): an index out of
// range would fail the build, it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const fn shape_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0usize;
    while i < 256 {
        t[i] = match i as u8 {
            b'\n' => 1,
            b'{' | b'}' | b';' | b'=' | b'(' | b')' | b'<' | b'>' | b'[' | b']' => 2,
            b'0'..=b'9' => 3,
            b',' | b'\t' | b'|' => 4,
            _ => 0,
        };
        i += 1;
    }
    t
}

/// Scale groups: features of one group share a 1/sqrt(count) factor.
const GROUPS: usize = 12;
const G_STRUCT: u8 = 11;

fn bucket_log2(n: usize) -> u32 {
    usize::BITS - n.leading_zeros()
}

/// The bucket of a structural feature: a name and a small value, hashed
/// without allocating.
fn struct_bucket(name: &str, value: u32) -> u32 {
    let h = name
        .bytes()
        .fold(LEX_SEED, |h, b| lexicon::step(h, b as char));
    bucket(NS_SHAPE, fmix(h ^ value.wrapping_mul(0x9E37_79B9)))
}

/// The hashed feature vector of a request: (bucket, value) pairs (a bucket
/// may repeat; values add up).
pub fn featurize(input: &Input) -> Vec<(u32, f32)> {
    let mut raw: Vec<(u32, u8)> = Vec::with_capacity(1024);
    let parts = split(input.last_user);

    // Instruction: head and tail.
    let mut instr = Scan::new(NS_WORD, Some(NS_BIGRAM), Some(NS_CHAR3));
    instr.run(parts.head, &mut raw, 0, 1);
    instr.run(parts.tail, &mut raw, 0, 1);

    // System prompt, capped.
    let system = input.system.trim();
    let system_cut = system.get(..floor(system, SYSTEM_BYTES)).unwrap_or("");
    let mut sys = Scan::new(NS_SYSTEM, None, None);
    sys.run(system_cut, &mut raw, 3, 3);

    // Material: a sample of words, and its shape.
    let pasted = parts.pasted;
    let sample = pasted
        .get(..floor(pasted, PASTE_SAMPLE_BYTES))
        .unwrap_or("");
    let mut paste = Scan::new(NS_PASTE, None, None);
    paste.run(sample, &mut raw, 4, 4);

    // Structural features: a name and a small value, hashed without allocating.
    let mut push = |name: &str, value: u32| raw.push((struct_bucket(name, value), G_STRUCT));
    for (place, scan) in [(0u32, &instr), (1, &sys), (2, &paste)] {
        for d in DOMAINS {
            let n = scan.lex.get(d as usize).copied().unwrap_or(0);
            let code = (d as u32) * 4 + place;
            if n > 0 {
                push("lex", code);
                if n > 1 {
                    push("lex2", code);
                }
            }
        }
    }
    let lex = |d: Domain| instr.lex.get(d as usize).copied().unwrap_or(0) > 0;
    let high_domain =
        lex(Domain::Medical) || lex(Domain::Legal) || lex(Domain::Finance) || lex(Domain::Safety);
    // Combinations a linear model cannot form on its own.
    if high_domain && lex(Domain::Decision) {
        push("domain+decision", 0);
    }
    if high_domain && lex(Domain::Education) {
        push("domain+education", 0);
    }
    if input.has_tools && lex(Domain::Agentic) {
        push("agentic+tools", 0);
    }
    if lex(Domain::Trivial) && parts.pasted.len() > SHORT_TURN_BYTES {
        push("trivial+long", 0);
    }
    // The tier-0 rule: a trivial operation or an answer restricted to a
    // small piece, with no high-stakes domain and no multi-step cue.
    let trivial_cue = lex(Domain::Trivial) || lex(Domain::Only);
    if trivial_cue && !high_domain && !lex(Domain::Reasoning) && !lex(Domain::Diagnose) {
        push("plain-trivial", u32::from(!pasted.is_empty()));
    }
    // Analysis asked in a few words: "why?", "bug?", "speed this up" over
    // pasted logs, tables or code.
    if lex(Domain::Diagnose) && (!pasted.is_empty() || parts.instruction_len() > 240) {
        push("diagnose+material", 0);
    }
    if lex(Domain::Only) && !pasted.is_empty() {
        push("only+material", 0);
    }
    if lex(Domain::Ack) && parts.instruction_len() <= 80 {
        push("ack+short", 0);
        // Nothing asked but small talk: a greeting or a thank-you.
        if !high_domain && pasted.is_empty() && !ASKS.iter().any(|d| lex(*d)) {
            push("ack-only", 0);
        }
    }
    let sys_lex = |d: Domain| sys.lex.get(d as usize).copied().unwrap_or(0) > 0;
    // A short social last turn: a greeting, a thanks, a yes/no, nothing
    // asked and no high-stakes word. Paired with a customer-facing system
    // prompt, whose tier-3 rule it does not meet (tier 0).
    let asks_any = ASKS.iter().any(|d| lex(*d)) || lex(Domain::Instrument);
    if parts.instruction_len() <= SOCIAL_BYTES && pasted.is_empty() && !high_domain && !asks_any {
        let social = u32::from(lex(Domain::Ack) || lex(Domain::Trivial) || lex(Domain::Only));
        push("short-social", social);
        if sys_lex(Domain::Customer) {
            push("short-social+customer", social);
        }
    }
    if sys_lex(Domain::Customer) {
        push("customer:system", 0);
    }
    // The tier-3 rule of the system prompt: to a customer, as is.
    if sys_lex(Domain::Customer) && sys_lex(Domain::Direct) {
        push("customer+direct:system", 0);
    }
    if lex(Domain::Legal) && lex(Domain::Draft) {
        push("legal+draft", 0);
    }
    // A binding text asked for: a clause, terms, an act of a public body
    // (tier 3), apart from a letter about one's own case (tier 1).
    if lex(Domain::Instrument) {
        let writes = lex(Domain::Draft) || lex(Domain::Edit);
        push(
            "instrument",
            u32::from(writes) + 2 * u32::from(lex(Domain::Legal)),
        );
    }
    // Editing or translating prose: tier 1 on a paragraph, 0 on a word or
    // a field; the model weighs it by the size of the text.
    if lex(Domain::Edit) {
        let size = bucket_log2(input.last_user.len()).min(12);
        push("edit+size", size);
    }
    if lex(Domain::Safety) && lex(Domain::Diy) {
        push("safety+diy", 0);
    }

    // Structure.
    let turns = match input.user_turns {
        0 | 1 => 1,
        2 => 2,
        3..=4 => 3,
        _ => 5,
    };
    push("turns", turns);
    push("tools", u32::from(input.has_tools));
    if input.has_images {
        push("images", 1);
    }
    if input.has_response_format {
        push("response_format", 1);
    }
    let max = match input.max_tokens {
        None => 0,
        Some(0..=64) => 1,
        Some(65..=256) => 2,
        Some(257..=1024) => 3,
        Some(_) => 4,
    };
    push("max_tokens", max);
    push("turn_len", bucket_log2(input.last_user.len()).min(20));
    push("instr_len", bucket_log2(parts.instruction_len()).min(12));
    push("pasted_len", bucket_log2(pasted.len()).min(20));
    if parts.fenced || sample.contains("```") {
        push("fenced", 1);
    }
    if system.is_empty() {
        push("system", 0);
    } else {
        push("system_len", bucket_log2(system.len()).min(12));
    }
    let questions =
        parts.head.matches(['?', '？']).count() + parts.tail.matches(['?', '？']).count();
    push("questions", questions.min(3) as u32);
    if !pasted.is_empty() {
        let shape = pasted.get(..floor(pasted, SHAPE_BYTES)).unwrap_or("");
        // Counted through a byte table: one add per byte, no branch.
        let mut counts = [0usize; 5];
        for b in shape.bytes() {
            let k = usize::from(SHAPE_CLASS.get(usize::from(b)).copied().unwrap_or(0));
            if let Some(n) = counts.get_mut(k) {
                *n += 1;
            }
        }
        let [_, newlines, code, digits, commas] = counts;
        let (lines, total) = (1 + newlines, shape.len());
        let total = total.max(1);
        push("pasted_lines", bucket_log2(lines).min(10));
        push("pasted_code", (code * 40 / total).min(4) as u32);
        push("pasted_digits", (digits * 10 / total).min(4) as u32);
        push("pasted_commas_per_line", (commas / lines).min(6) as u32);
    }

    // Scale each text group by 1/sqrt(count); structure stays at 1.
    let mut counts = [0u32; GROUPS];
    for (_, g) in &raw {
        if let Some(c) = counts.get_mut(*g as usize) {
            *c = c.saturating_add(1);
        }
    }
    let scale: Vec<f32> = counts
        .iter()
        .enumerate()
        .map(|(g, &n)| {
            if g == G_STRUCT as usize || n == 0 {
                1.0
            } else {
                1.0 / (n as f32).sqrt()
            }
        })
        .collect();
    raw.iter()
        .map(|&(b, g)| (b, scale.get(g as usize).copied().unwrap_or(1.0)))
        .collect()
}

/// Lexicon domains found in a text (for tests and the README's examples).
pub fn domains_in(text: &str) -> Vec<&'static str> {
    let mut sink = Vec::new();
    let mut s = Scan::new(NS_WORD, None, None);
    s.run(text, &mut sink, 0, 0);
    DOMAINS
        .iter()
        .filter(|d| s.lex.get(**d as usize).copied().unwrap_or(0) > 0)
        .map(|d| d.name())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path gives the reference's lowercase and class for every
    /// char, and the class is `Space` exactly for whitespace.
    #[test]
    fn char_info_equals_the_reference_for_every_char() {
        for cp in 0..=0x10_FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let want = char_info_reference(c);
            assert_eq!(char_info(c), want, "U+{cp:04X}");
            assert_eq!(want.1 == Class::Space, want.0.is_whitespace(), "U+{cp:04X}");
        }
    }

    #[test]
    fn short_turn_is_all_instruction_except_fences() {
        let s = split("  Capitalise this title please  ");
        assert_eq!(s.head, "Capitalise this title please");
        assert!(s.pasted.is_empty() && s.tail.is_empty());
        let s = split("Fix this:\n```py\nprint(1/0)\n```\nIt crashes.");
        assert_eq!(s.head, "Fix this:\n");
        assert_eq!(s.pasted, "```py\nprint(1/0)\n```");
        assert_eq!(s.tail, "\nIt crashes.");
        assert!(s.fenced);
    }

    #[test]
    fn long_turn_splits_head_material_tail() {
        let body = "2026-11-30 10:00:01 ERROR db timeout\n".repeat(40);
        let text = format!("Here are the logs:\n{body}\n\nWhy does the db time out?");
        let s = split(&text);
        assert_eq!(s.head, "Here are the logs:");
        assert_eq!(s.tail, "Why does the db time out?");
        assert!(s.pasted.len() > body.len() - 5);
        // No paragraph: the head is cut at HEAD_BYTES on a char boundary.
        let text = "é".repeat(1000);
        let s = split(&text);
        assert!(s.head.len() <= HEAD_BYTES && s.head.len() >= HEAD_BYTES - 1);
        assert_eq!(s.head.len() + s.pasted.len() + s.tail.len(), text.len());
    }

    /// `split` as it was: a substring search per pattern.
    fn split_reference(text: &str) -> Split<'_> {
        let t = text.trim();
        if t.len() <= SHORT_TURN_BYTES {
            return split(text);
        }
        let head_limit = floor(t, HEAD_BYTES);
        let mut head_end = head_limit;
        for pat in ["\n\n", "```", ":\n", ":\r\n"] {
            if let Some(p) = find_in(t, 0, head_limit, pat) {
                let end = if pat.starts_with(':') { p + 1 } else { p };
                head_end = head_end.min(end);
            }
        }
        let tail_from = floor(t, t.len().saturating_sub(TAIL_BYTES)).max(head_end);
        let tail_start = ["\n\n", "```"]
            .iter()
            .filter_map(|pat| {
                t.get(tail_from..)
                    .and_then(|s| s.rfind(pat))
                    .map(|p| tail_from + p + pat.len())
            })
            .max()
            .map(|p| ceil(t, p))
            .unwrap_or(t.len());
        Split {
            head: t.get(..head_end).unwrap_or(""),
            tail: t.get(tail_start..).unwrap_or("").trim(),
            pasted: t.get(head_end..tail_start).unwrap_or(""),
            fenced: false,
        }
    }

    /// The one-pass head and tail search splits long turns where the
    /// substring searches did, on random texts dense in newlines,
    /// backquotes, colons and carriage returns (and multi-byte letters near
    /// the byte limits).
    #[test]
    fn one_pass_split_equals_the_substring_searches() {
        let pieces = [
            "\n", "\n\n", "`", "```", "``", ":", ":\n", ":\r\n", "\r", "\r\n", "a", "word ", " ",
            "é", "東", "😀", "x: y", "````",
        ];
        let mut seed = 0x1234_5678_9ABC_DEF1u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut both = 0;
        for round in 0..5000 {
            let mut text = String::new();
            // Sparse or dense in the patterns; long enough to be split.
            let filler = if round % 2 == 0 { 40 } else { 0 };
            while text.len() < 600 + next(900) {
                if next(1 + filler) == 0 {
                    text.push_str(pieces[next(pieces.len())]);
                } else {
                    text.push_str(["a", "b c", "é", "東"][next(4)]);
                }
            }
            let (a, b) = (split(&text), split_reference(&text));
            assert_eq!(
                (a.head, a.pasted, a.tail, a.fenced),
                (b.head, b.pasted, b.tail, b.fenced),
                "{text:?}"
            );
            both += usize::from(!a.pasted.is_empty() && !a.tail.is_empty());
        }
        // The texts exercise both the head and the tail search.
        assert!(both > 1000, "{both}");
    }

    #[test]
    fn split_never_panics_on_odd_text() {
        for t in ["", "```", "``````", "a```b", ":\n", "\n\n\n", "😀```😀"] {
            let _ = split(t);
            let long = t.repeat(500);
            let s = split(&long);
            assert!(s.head.len() <= HEAD_BYTES);
        }
    }

    #[test]
    fn lexicons_fire_in_ten_languages() {
        let cases = [
            ("What is the max daily dose of ibuprofen?", "medical"),
            ("¿Cuál es la dosis máxima de paracetamol?", "medical"),
            ("Welche Dosierung von Ibuprofen ist sicher?", "medical"),
            ("Quelle posologie pour ce médicament ?", "medical"),
            ("Posso tomar este remédio na gravidez?", "medical"),
            ("Posso prendere questo farmaco in gravidanza?", "medical"),
            ("Jaka dawka leku jest bezpieczna?", "medical"),
            ("क्या यह दवा बच्चों के लिए सुरक्षित है?", "medical"),
            ("この薬の用量を教えてください", "medical"),
            ("这个药的剂量是多少", "medical"),
            ("Review this indemnification clause", "legal"),
            ("Prüfe die Kündigung im Mietvertrag", "legal"),
            ("我应该如何理解合同条款", "legal"),
            ("Should I put my savings in an index fund?", "finance"),
            ("Czy powinienem spłacić kredyt hipoteczny?", "finance"),
            (
                "How do I replace a breaker safely, voltage is 240?",
                "safety",
            ),
            ("Is it safe to mix bleach and ammonia?", "decision"),
            // The same concepts in every language: interactions, breakers,
            // personal tax, customer-facing markers, "my" and "draft".
            (
                "Welche Wechselwirkungen hat das mit Blutverdünnern?",
                "medical",
            ),
            ("Quelle interaction entre ces deux médicaments ?", "medical"),
            ("この薬との飲み合わせは大丈夫ですか", "medical"),
            ("O disjuntor está esquentando e cheira a queimado", "safety"),
            ("家里燃气报警器响了", "safety"),
            ("Devo declarar o imposto de renda este ano?", "finance"),
            ("Czy opłaca się nadpłacić kredyt?", "finance"),
            ("Die Antwort wird ohne Prüfung versendet", "customer"),
            ("La réponse est envoyée telle quelle au client", "customer"),
            ("Wie viel darf mein Sohn davon nehmen?", "personal"),
            ("मेरे पिता को यह दवा लेनी चाहिए?", "personal"),
            ("我的合同这一条怎么理解", "personal"),
            ("Redacta una carta de reclamación a mi banco", "draft"),
            ("Zredaguj odpowiedź do klienta", "draft"),
            ("Interpreta esta cláusula de no competencia", "legal"),
            // An answer restricted to a small piece, in every language.
            ("Give me only the invoice date, nothing else", "only"),
            ("Devuélveme solo el importe total", "only"),
            ("Nenne nur die Bestellnummer", "only"),
            ("Donne uniquement la date de livraison", "only"),
            ("Responda apenas com o CEP", "only"),
            ("Scrivi solo il nome della città", "only"),
            ("Podaj tylko datę wysyłki", "only"),
            ("सिर्फ़ तारीख बताइए", "only"),
            ("日付だけ教えて", "only"),
            ("只写出发票号码", "only"),
            // Acknowledgements.
            ("Great, got it", "ack"),
            ("Vale, perfecto", "ack"),
            ("Alles klar, danke", "ack"),
            ("Parfait, merci", "ack"),
            ("Beleza, valeu", "ack"),
            ("Perfetto, grazie mille", "ack"),
            ("Świetnie, dzięki", "ack"),
            ("ठीक है, धन्यवाद", "ack"),
            ("了解しました", "ack"),
            ("好的，明白了", "ack"),
            // Trivial operations beyond recapitalising.
            ("Translate this word into French", "trivial"),
            ("Übersetze den Satz ins Englische", "trivial"),
            ("Zamień przecinki na kropki", "trivial"),
            ("把这句话翻译成英文", "trivial"),
        ];
        for (text, domain) in cases {
            assert!(
                domains_in(text).contains(&domain),
                "{text}: {:?}",
                domains_in(text)
            );
        }
        assert!(domains_in("Capitalise the words of this list").contains(&"trivial"));
        assert!(
            domains_in("the mgmt team").is_empty(),
            "{:?}",
            domains_in("the mgmt team")
        );
    }

    /// Analysis asked in a few words ("why?", "bug?", "speed this up") is
    /// recognised in ten languages, and over pasted material it gets its
    /// own feature, which the same cue without material does not.
    #[test]
    fn terse_diagnosis_fires_in_ten_languages_and_pairs_with_material() {
        for text in [
            "why are checkouts failing",
            "¿por qué fallan los pagos?",
            "warum schlagen die Zahlungen fehl?",
            "pourquoi les paiements échouent ?",
            "por que os pagamentos estão falhando?",
            "perché falliscono i pagamenti?",
            "czemu padają płatności?",
            "पेमेंट फेल क्यों हो रहे हैं?",
            "決済が失敗している原因は？",
            "为什么支付失败？",
            "speed this up",
            "przyspiesz to zapytanie",
            "mach das threadsicher",
        ] {
            assert!(
                domains_in(text).contains(&"diagnose"),
                "{text}: {:?}",
                domains_in(text)
            );
        }
        assert!(!domains_in("Summarise this article in three sentences").contains(&"diagnose"));
        let log = "10.2.0.14 POST /api/checkout 502 30.002\n".repeat(30);
        let with = |t: &str| {
            featurize(&Input {
                last_user: t,
                ..Input::default()
            })
        };
        let asked = with(&format!("why?\n\n{log}"));
        let bare = with("why?");
        let counted = with(&format!("how many lines?\n\n{log}"));
        // The pair feature is the one bucket the terse question over the
        // log has and neither the bare question nor a count over it has.
        let extra: Vec<_> = asked
            .iter()
            .filter(|(b, _)| {
                !bare.iter().any(|(c, _)| c == b) && !counted.iter().any(|(c, _)| c == b)
            })
            .collect();
        assert!(!extra.is_empty());
    }

    #[test]
    fn short_turn_with_pasted_text_splits_it_off_as_material() {
        let code = "export interface Page<T> { items: T[]; nextCursor?: string }\n".repeat(3);
        let text = format!("What programming language is this?\n\n{code}");
        let s = split(&text);
        assert_eq!(s.head, "What programming language is this?");
        assert_eq!(s.pasted.trim(), code.trim());
        assert!(s.tail.is_empty() && !s.fenced);
        // An instruction after the paste is instruction again.
        let text = format!("Here is the CI output:\n{code}\n\nWhich test failed? Name only.");
        let s = split(&text);
        assert_eq!(s.head, "Here is the CI output:");
        assert_eq!(s.tail, "Which test failed? Name only.");
        assert_eq!(s.pasted.trim(), code.trim());
        // Two short paragraphs stay all instruction, as does text with no break.
        for t in [
            "Draft the notice.\n\nKeep it formal.",
            "Capitalise this: the quick brown fox",
        ] {
            let s = split(t);
            assert_eq!((s.head, s.pasted, s.tail), (t, "", ""), "{t}");
        }
        // The split never loses or repeats a byte of the trimmed turn.
        let text = format!("Translate:\n{}", "é東 ab\n\n".repeat(40));
        let s = split(&text);
        assert!(s.head.len() + s.pasted.len() + s.tail.len() <= text.trim().len());
        assert!(!s.pasted.is_empty());
    }

    /// A greeting, a thanks or a yes/no with nothing asked is small talk,
    /// and paired with a customer-facing system prompt; a short question
    /// with a high-stakes word is not.
    #[test]
    fn short_social_last_turn_is_flagged_with_the_customer_prompt() {
        let system = "You answer customers. Your reply is sent to the customer as is.";
        let social = |t: &str| {
            let f = featurize(&Input {
                last_user: t,
                system,
                ..Input::default()
            });
            let has = |v| {
                f.iter()
                    .any(|(b, _)| *b == struct_bucket("short-social+customer", v))
            };
            has(1) || has(0)
        };
        for t in [
            "Hi!",
            "good morning!",
            "¡Mil gracias, ya está todo claro!",
            "Super, dzięki!",
            "こんにちは",
            "谢谢",
            "ok thanks",
        ] {
            assert!(social(t), "{t}");
        }
        for t in [
            "Can I take ibuprofen with warfarin?",
            "Draft the refund refusal letter",
            "why does the build fail?",
        ] {
            assert!(!social(t), "{t}");
        }
    }

    #[test]
    fn features_are_bounded_and_stable() {
        fn input(t: &str) -> Input<'_> {
            Input {
                last_user: t,
                ..Input::default()
            }
        }
        let small = featurize(&input("Summarise the attached report in three bullets."));
        assert!(small.iter().all(|(b, v)| (*b as usize) < DIM && *v > 0.0));
        assert_eq!(
            small,
            featurize(&input("Summarise the attached report in three bullets."))
        );
        // A 1 MB turn yields no more features than a few KB one.
        let big = format!(
            "Summarise:\n{}",
            "lorem ipsum dolor sit amet ".repeat(40_000)
        );
        let mid = format!("Summarise:\n{}", "lorem ipsum dolor sit amet ".repeat(200));
        assert!(featurize(&input(&big)).len() <= featurize(&input(&mid)).len() + 8);
    }
}
