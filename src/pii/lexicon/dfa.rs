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
    /// more states than 16 bits number, or a pattern is longer than 255
    /// bytes (the lexicon's test holds both far off).
    pub fn new(ac: &DFA, patterns: &[String]) -> Option<Table> {
        // The classes: one per byte of the patterns (from 1), 0 for others.
        let mut used = [false; 256];
        for p in patterns {
            for &b in p.as_bytes() {
                *used.get_mut(usize::from(b))? = true;
            }
        }
        let mut classes = [0u8; 256];
        // One byte that stands for each class, by class.
        let mut reps: Vec<u8> = vec![0];
        for b in 0..=255u8 {
            if *used.get(usize::from(b))? {
                *classes.get_mut(usize::from(b))? = u8::try_from(reps.len()).ok()?;
                reps.push(b);
            }
        }
        for b in b'A'..=b'Z' {
            *classes.get_mut(usize::from(b))? =
                *classes.get(usize::from(b.to_ascii_lowercase()))?;
        }
        let classes_len = reps.len();
        let shift = usize::BITS - classes_len.saturating_sub(1).leading_zeros();

        // Every state reachable from the start, breadth first (`seen`: a
        // bit per `aho-corasick` state id).
        let start = ac.start_state(Anchored::No).ok()?;
        let mut seen: Vec<u64> = Vec::new();
        let mut order: Vec<StateID> = Vec::new();
        let mut visit = |sid: StateID, order: &mut Vec<StateID>| -> Option<()> {
            let (word, bit) = (sid.as_usize() / 64, sid.as_usize() % 64);
            if seen.len() <= word {
                seen.resize(word.checked_add(1)?, 0);
            }
            let w = seen.get_mut(word)?;
            if *w & (1 << bit) == 0 {
                *w |= 1 << bit;
                order.push(sid);
            }
            Some(())
        };
        visit(start, &mut order)?;
        let mut k = 0;
        while let Some(&sid) = order.get(k) {
            for &b in &reps {
                visit(ac.next_state(Anchored::No, sid, b), &mut order)?;
            }
            k += 1;
        }
        // The new ids, by old id: match states first (in that order), then
        // the others. Old ids are spread out by a power of two (the DFA's
        // stride); shifting it out keeps the map small.
        let shift_out = order
            .iter()
            .fold(0u32, |acc, s| acc | s.as_u32())
            .trailing_zeros()
            .min(31);
        let slot = |sid: StateID| (sid.as_u32() >> shift_out) as usize;
        let most = order.iter().map(|&s| slot(s)).max()?;
        let mut new_id = vec![0u16; most.checked_add(1)?];
        let mut next_id = 0u16;
        for pass_matches in [true, false] {
            for &sid in &order {
                if ac.is_match(sid) == pass_matches {
                    *new_id.get_mut(slot(sid))? = next_id;
                    next_id = next_id.checked_add(1)?;
                }
            }
        }
        let id_of = |sid: StateID| new_id.get(slot(sid)).copied();

        let stride = 1usize << shift;
        let mut trans = vec![0u16; order.len().checked_mul(stride)?];
        let mut match_states = 0u16;
        let mut by_new: Vec<StateID> = vec![start; order.len()];
        for &sid in &order {
            let id = id_of(sid)?;
            *by_new.get_mut(usize::from(id))? = sid;
            if ac.is_match(sid) {
                match_states = match_states.max(id.checked_add(1)?);
            }
            let row = usize::from(id).checked_mul(stride)?;
            for (c, &b) in reps.iter().enumerate() {
                *trans.get_mut(row.checked_add(c)?)? = id_of(ac.next_state(Anchored::No, sid, b))?;
            }
        }
        let mut ends = Vec::with_capacity(usize::from(match_states));
        let mut pids = Vec::new();
        for &sid in by_new.get(..usize::from(match_states))? {
            for k in 0..ac.match_len(sid) {
                pids.push(u16::try_from(ac.match_pattern(sid, k).as_usize()).ok()?);
            }
            ends.push(u32::try_from(pids.len()).ok()?);
        }
        let lens = patterns
            .iter()
            .map(|p| u8::try_from(p.len()).ok())
            .collect::<Option<Vec<u8>>>()?;
        Some(Table {
            classes,
            trans,
            shift,
            start: id_of(start)?,
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
