//! Byte-level helpers shared by the detectors. Every read is bounds-checked:
//! outside the text a byte reads as 0, which matches no class.

/// The byte at `i`, or 0 outside the text.
pub fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// The byte before `i`, or 0 at the start.
pub fn before(b: &[u8], i: usize) -> u8 {
    i.checked_sub(1).map_or(0, |j| at(b, j))
}

pub fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

pub fn is_digit(c: u8) -> bool {
    c.is_ascii_digit()
}

/// A letter or digit in any script: ASCII alphanumerics and every byte of a
/// multi-byte UTF-8 character (accented letters, CJK, Devanagari). Used for
/// word boundaries, where "part of a word" is what matters.
pub fn is_wordish(c: u8) -> bool {
    is_alnum(c) || c >= 0x80
}

/// The value of the digit at `i` (0–9), if it is one.
pub fn digit(b: &[u8], i: usize) -> Option<u32> {
    let c = at(b, i);
    is_digit(c).then(|| u32::from(c - b'0'))
}

/// True when `n` ASCII digits start at `i`.
pub fn digits_at(b: &[u8], i: usize, n: usize) -> bool {
    (0..n).all(|k| is_digit(at(b, i.saturating_add(k))))
}

/// The number of ASCII digits starting at `i`, up to `max`.
pub fn digit_run(b: &[u8], i: usize, max: usize) -> usize {
    let mut n = 0;
    while n < max && is_digit(at(b, i.saturating_add(n))) {
        n += 1;
    }
    n
}

/// The decimal value of `n` digits at `i` (callers check they are digits).
pub fn number(b: &[u8], i: usize, n: usize) -> u32 {
    (0..n).fold(0u32, |acc, k| {
        acc.saturating_mul(10)
            .saturating_add(digit(b, i.saturating_add(k)).unwrap_or(0))
    })
}

/// The character starting at byte `i` of `text`, if `i` is a char boundary.
pub fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character ending at byte `i` (the one before it), with its start.
pub fn char_before(text: &str, i: usize) -> Option<(usize, char)> {
    let head = text.get(..i)?;
    let c = head.chars().next_back()?;
    Some((i.saturating_sub(c.len_utf8()), c))
}

/// An uppercase letter (any script with case) starts at `i`.
pub fn upper_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(char::is_uppercase)
}

/// End of the word (letters, including non-ASCII, apostrophes inside) at `i`.
pub fn word_end(text: &str, i: usize) -> usize {
    let mut end = i;
    if let Some(rest) = text.get(i..) {
        for c in rest.chars() {
            if c.is_alphabetic() || ((c == '\'' || c == '’' || c == '-') && end > i) {
                end = end.saturating_add(c.len_utf8());
            } else {
                break;
            }
        }
    }
    // A trailing apostrophe or hyphen is punctuation, not the word.
    while end > i && matches!(before(text.as_bytes(), end), b'\'' | b'-') {
        end -= 1;
    }
    end
}

/// A capitalised word at `i` (an uppercase letter, then at least one
/// lowercase letter): its end.
pub fn capitalized_word(text: &str, i: usize) -> Option<usize> {
    if !upper_at(text, i) {
        return None;
    }
    let end = word_end(text, i);
    let word = text.get(i..end)?;
    let lower = word.chars().skip(1).filter(|c| c.is_lowercase()).count();
    (lower >= 1).then_some(end)
}

/// The start of the word that ends at `end` (letters only).
pub fn word_start(text: &str, end: usize) -> usize {
    let mut start = end;
    while let Some((s, c)) = char_before(text, start) {
        if c.is_alphabetic() || ((c == '\'' || c == '’' || c == '-') && start < end) {
            start = s;
        } else {
            break;
        }
    }
    start
}

/// ASCII or full-width digit at `i`: (value, byte length).
pub fn any_digit(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let c = at(b, i);
    if is_digit(c) {
        return Some((u32::from(c - b'0'), 1));
    }
    // U+FF10..U+FF19 FULLWIDTH DIGIT ZERO..NINE: EF BC 90..99.
    let d = at(b, i.saturating_add(2));
    (c == 0xEF && at(b, i.saturating_add(1)) == 0xBC && (0x90..=0x99).contains(&d))
        .then(|| (u32::from(d - 0x90), 3))
}

/// Length in bytes of a run of ASCII or full-width digits at `i` (and how
/// many digits), up to `max` digits.
pub fn any_digit_run(b: &[u8], i: usize, max: usize) -> (usize, usize) {
    let (mut len, mut n) = (0usize, 0usize);
    while n < max {
        match any_digit(b, i.saturating_add(len)) {
            Some((_, l)) => {
                len = len.saturating_add(l);
                n += 1;
            }
            None => break,
        }
    }
    (len, n)
}

/// Rounds `i` down to a char boundary of `text`.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Rounds `i` up to a char boundary of `text`.
pub fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Letters and digits of `s`, lowercased: how allow-list entries and
/// findings are compared (`+1 (800) 555-0199` equals `18005550199`).
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
