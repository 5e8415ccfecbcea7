//! The lexicon's automaton in the form the scan walks: `aho-corasick`'s
//! DFA, copied at build time into a table of 16-bit states. Half the
//! memory of the 32-bit original (one copy per worker VM, and half the
//! cache lines the walk touches), and the ASCII case fold is folded into
//! the byte-class table, so a byte costs one class load and one
//! transition load.
//!
//! Byte classes: the patterns are lowercased, and in an Aho-Corasick DFA
//! two different bytes that occur in patterns never behave alike (after a
//! pattern's prefix one continues it, the other does not), while every
//! byte that occurs in none leads every state back to the start. So the
//! classes are exactly: one per byte of the patterns, one for all others;
//! an uppercase ASCII letter reads as its lowercase one.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;

/// States are numbered match states first: `s < match_states` is a match.
#[derive(Clone)]
pub struct Table {
    /// Byte -> class, ASCII uppercase read as lowercase.
    classes: [u8; 256],
    /// `state << shift | class` -> next state.
    trans: Vec<u16>,
    shift: u32,
    start: u16,
    /// Match states are `0..match_states`.
    match_states: u16,
    /// Match state `s`'s patterns are `pids[ends[s - 1]..ends[s]]` (from 0
    /// for state 0), in the DFA's order.
    ends: Vec<u32>,
    pids: Vec<u16>,
    /// Each pattern's length in bytes.
    lens: Vec<u8>,
    classes_len: usize,
}

impl Table {
    /// Copies `ac` (built from `patterns`, all lowercase). None if it has
    /// more states than 16 bits number, more patterns, or a pattern longer
    /// than 255 bytes (the lexicon's tests hold all three far off).
    pub fn new(ac: &DFA, patterns: &[String]) -> Option<Table> {
        if patterns.len() > usize::from(u16::MAX) || patterns.iter().any(|p| p.len() > 255) {
            return None;
        }
        // The classes: one per byte of the patterns (from 1), 0 for others;
        // `reps` holds one byte of each class, by class.
        let mut classes = [0u8; 256];
        for p in patterns {
            for &b in p.as_bytes() {
                *classes.get_mut(usize::from(b))? = 1;
            }
        }
        let mut reps: Vec<u8> = vec![0];
        for b in 0..=255u8 {
            let c = classes.get_mut(usize::from(b))?;
            if *c != 0 {
                *c = reps.len() as u8;
                reps.push(b);
            }
        }
        for b in b'A'..=b'Z' {
            *classes.get_mut(usize::from(b))? = *classes.get(usize::from(b | 0x20))?;
        }
        let classes_len = reps.len();
        if classes_len > 256 {
            return None;
        }
        let shift = usize::BITS - (classes_len - 1).leading_zeros();

        // Every state reachable from the start, breadth first (`seen`: a
        // bit per `aho-corasick` state id).
        let start = ac.start_state(Anchored::No).ok()?;
        let mut seen: Vec<u64> = Vec::new();
        let mut order: Vec<StateID> = vec![start];
        let mut k = 0;
        while let Some(&sid) = order.get(k) {
            for &b in &reps {
                let next = ac.next_state(Anchored::No, sid, b);
                let (word, bit) = (next.as_usize() / 64, next.as_usize() % 64);
                if seen.len() <= word {
                    seen.resize(word + 1, 0);
                }
                let w = seen.get_mut(word)?;
                if *w & (1 << bit) == 0 && next != start {
                    *w |= 1 << bit;
                    order.push(next);
                }
            }
            k += 1;
        }
        // Renumbered in that order (shallow states, the ones most text
        // walks through, close together), match states first. Old ids are
        // spread out by a power of two (the DFA's stride): shifted out,
        // they index a small map.
        if order.len() > usize::from(u16::MAX) {
            return None;
        }
        let mut states = Vec::with_capacity(order.len());
        let mut match_states = 0;
        let (mut bits, mut most) = (0u32, 0u32);
        for want in [true, false] {
            for &s in &order {
                if ac.is_match(s) == want {
                    states.push(s);
                    bits |= s.as_u32();
                    most = most.max(s.as_u32());
                }
            }
            if want {
                match_states = states.len() as u16;
            }
        }
        let spread = bits.trailing_zeros().min(31);
        let slot = |sid: StateID| (sid.as_u32() >> spread) as usize;
        let mut new_id = vec![0u16; (most >> spread) as usize + 1];
        for (id, &sid) in states.iter().enumerate() {
            *new_id.get_mut(slot(sid))? = id as u16;
        }

        let stride = 1usize << shift;
        let mut trans = Vec::with_capacity(states.len() * stride);
        let mut ends = Vec::new();
        let mut pids = Vec::new();
        for (id, &sid) in states.iter().enumerate() {
            for c in 0..stride {
                trans.push(match reps.get(c) {
                    Some(&b) => *new_id.get(slot(ac.next_state(Anchored::No, sid, b)))?,
                    None => 0,
                });
            }
            if id < usize::from(match_states) {
                for k in 0..ac.match_len(sid) {
                    pids.push(ac.match_pattern(sid, k).as_usize() as u16);
                }
                ends.push(pids.len() as u32);
            }
        }
        let mut lens = Vec::with_capacity(patterns.len());
        for p in patterns {
            lens.push(p.len() as u8);
        }
        Some(Table {
            classes,
            trans,
            shift,
            start: *new_id.get(slot(start))?,
            match_states,
            ends,
            pids,
            lens,
            classes_len,
        })
    }

    pub fn start(&self) -> u16 {
        self.start
    }

    /// The state after reading `byte` in state `s`.
    #[inline(always)]
    pub fn next(&self, s: u16, byte: u8) -> u16 {
        let c = self.classes.get(usize::from(byte)).copied().unwrap_or(0);
        let i = (usize::from(s) << self.shift) | usize::from(c);
        self.trans.get(i).copied().unwrap_or(self.start)
    }

    #[inline(always)]
    pub fn is_match(&self, s: u16) -> bool {
        s < self.match_states
    }

    /// The patterns of match state `s`, with their lengths.
    #[inline]
    pub fn matches(&self, s: u16) -> impl Iterator<Item = (usize, usize)> + '_ {
        let s = usize::from(s);
        let from = s
            .checked_sub(1)
            .and_then(|p| self.ends.get(p))
            .map_or(0, |&e| e as usize);
        let to = self.ends.get(s).map_or(from, |&e| e as usize);
        self.pids
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|&p| {
                let p = usize::from(p);
                (p, self.lens.get(p).map_or(0, |&l| usize::from(l)))
            })
    }

    /// Bytes the table takes in memory.
    pub fn memory_usage(&self) -> usize {
        std::mem::size_of::<Table>()
            + self.trans.len() * 2
            + self.ends.len() * 4
            + self.pids.len() * 2
            + self.lens.len()
    }

    pub fn patterns_len(&self) -> usize {
        self.lens.len()
    }
}

/// A summary, not the table (the lexicon's size test prints these lines).
impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let stride = 1usize << self.shift;
        writeln!(f, "lexicon::dfa::Table(")?;
        writeln!(f, "match states: {}", self.match_states)?;
        writeln!(f, "alphabet length: {}", self.classes_len)?;
        writeln!(f, "stride: {stride}")?;
        writeln!(f, "state length: {}", self.trans.len() / stride.max(1))?;
        write!(f, ")")
    }
}
