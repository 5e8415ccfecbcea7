//! The shared key-value store the counters live in, with Envoy's proxy-wasm
//! shared-data semantics, and an in-memory implementation for tests.
//!
//! Semantics (proxy-wasm-cpp-host `SharedData`, used by Envoy):
//! - `get` of a missing key returns `(None, None)` (the SDK maps `NotFound`).
//! - Every write gives the key a fresh cas from one global counter that starts
//!   at 1 and skips 0, so an existing key always has a non-zero cas.
//! - `set` on an EXISTING key: cas `None`/`Some(0)` writes unconditionally;
//!   `Some(c)` writes only if `c` is the key's current cas, else `CasMismatch`.
//! - `set` on a MISSING key always succeeds, whatever the cas.
//! - There is no delete.
//!
//! So there is no atomic "create if absent". The counters work around it by
//! writing a new key with cas [`CREATE_CAS`]: if another VM created the key in
//! between, the key now exists with some other cas and the write fails with
//! `CasMismatch` instead of overwriting it. The only hole is an existing key
//! whose current cas happens to be exactly `u32::MAX` (the 4,294,967,295th
//! write, modulo wrap, of the whole process) at the moment of a creation race
//! on that same key, which happens once per key ever.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// The cas sent when writing a key that `get` reported missing. Non-zero so
/// that Envoy checks it if the key appeared meanwhile; `u32::MAX` because the
/// global cas counter starts at 1 and reaches it last.
pub const CREATE_CAS: u32 = u32::MAX;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Someone wrote the key between our `get` and `set`.
    CasMismatch,
    /// The host refused or failed; the text is for logs.
    Unavailable(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::CasMismatch => f.write_str("cas mismatch"),
            StoreError::Unavailable(why) => write!(f, "store unavailable: {why}"),
        }
    }
}

pub trait Store {
    /// `(value, cas)`; `(None, None)` when the key does not exist.
    fn get(&self, key: &str) -> Result<(Option<Vec<u8>>, Option<u32>), StoreError>;
    /// See the module docs for the cas rules (they are Envoy's).
    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> Result<(), StoreError>;
}

type Hook = Box<dyn FnMut(&MemoryStore) + Send>;

/// In-memory [`Store`] with Envoy's cas rules, plus test hooks to force
/// conflicts and interleave other writers between a `get` and its `set`.
/// A `Mutex` rather than a `RefCell` so tests can also share it across threads.
#[derive(Default)]
pub struct MemoryStore {
    state: Mutex<State>,
    before_set: Mutex<Option<Hook>>,
}

struct State {
    map: HashMap<String, (Vec<u8>, u32)>,
    next_cas: u32,
    fail_sets: u32,
    unavailable: bool,
    sets: u64,
    conflicts: u64,
}

impl Default for State {
    fn default() -> Self {
        State {
            map: HashMap::new(),
            next_cas: 1,
            fail_sets: 0,
            unavailable: false,
            sets: 0,
            conflicts: 0,
        }
    }
}

/// A panic in another test thread must not turn into one here.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// The next `n` calls to `set` fail with `CasMismatch` without writing.
    pub fn fail_next_sets(&self, n: u32) {
        lock(&self.state).fail_sets = n;
    }

    /// Every call fails with `Unavailable` while `on` is true.
    pub fn set_unavailable(&self, on: bool) {
        lock(&self.state).unavailable = on;
    }

    /// Runs `hook` at the start of every `set`, before the cas check: it can
    /// write through the store to simulate another VM getting in between.
    /// Calls made from inside the hook do not run it again.
    pub fn before_set(&self, hook: impl FnMut(&MemoryStore) + Send + 'static) {
        *lock(&self.before_set) = Some(Box::new(hook));
    }

    pub fn clear_hook(&self) {
        *lock(&self.before_set) = None;
    }

    /// Successful writes so far.
    pub fn writes(&self) -> u64 {
        lock(&self.state).sets
    }

    /// Writes refused with `CasMismatch` so far (forced ones included).
    pub fn conflicts(&self) -> u64 {
        lock(&self.state).conflicts
    }

    /// Sets the next cas the store hands out (to test wrap-around and
    /// [`CREATE_CAS`] collisions).
    pub fn set_next_cas(&self, cas: u32) {
        lock(&self.state).next_cas = cas.max(1);
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<(Option<Vec<u8>>, Option<u32>), StoreError> {
        let state = lock(&self.state);
        if state.unavailable {
            return Err(StoreError::Unavailable("memory store switched off".into()));
        }
        Ok(match state.map.get(key) {
            Some((value, cas)) => (Some(value.clone()), Some(*cas)),
            None => (None, None),
        })
    }

    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> Result<(), StoreError> {
        // Taken out while it runs, so writes from inside it do not recurse.
        let hook = lock(&self.before_set).take();
        if let Some(mut hook) = hook {
            hook(self);
            let mut slot = lock(&self.before_set);
            if slot.is_none() {
                *slot = Some(hook);
            }
        }
        let mut state = lock(&self.state);
        if state.unavailable {
            return Err(StoreError::Unavailable("memory store switched off".into()));
        }
        if state.fail_sets > 0 {
            state.fail_sets = state.fail_sets.saturating_sub(1);
            state.conflicts = state.conflicts.saturating_add(1);
            return Err(StoreError::CasMismatch);
        }
        let new_cas = state.next_cas;
        let wanted = cas.unwrap_or(0);
        let current = state.map.get(key).map(|(_, cas)| *cas);
        if matches!(current, Some(c) if wanted != 0 && wanted != c) {
            state.conflicts = state.conflicts.saturating_add(1);
            return Err(StoreError::CasMismatch);
        }
        match state.map.get_mut(key) {
            Some(entry) => {
                *entry = (value.to_vec(), new_cas);
            }
            None => {
                state.map.insert(key.to_owned(), (value.to_vec(), new_cas));
            }
        }
        // Like Envoy: one counter for all keys, 0 is never handed out.
        state.next_cas = match new_cas.wrapping_add(1) {
            0 => 1,
            n => n,
        };
        state.sets = state.sets.saturating_add(1);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cas_rules_match_envoy() {
        let s = MemoryStore::new();
        assert_eq!(s.get("k").unwrap(), (None, None));
        // Missing key: any cas succeeds.
        s.set("k", b"a", Some(12345)).unwrap();
        let (v, cas) = s.get("k").unwrap();
        assert_eq!(v.as_deref(), Some(&b"a"[..]));
        let cas = cas.unwrap();
        assert_ne!(cas, 0);
        // Stale cas fails, current cas succeeds and changes the cas.
        assert_eq!(
            s.set("k", b"b", Some(cas.wrapping_add(1))),
            Err(StoreError::CasMismatch)
        );
        s.set("k", b"b", Some(cas)).unwrap();
        assert_eq!(s.set("k", b"c", Some(cas)), Err(StoreError::CasMismatch));
        // None and Some(0) are unconditional.
        s.set("k", b"d", None).unwrap();
        s.set("k", b"e", Some(0)).unwrap();
        assert_eq!(s.get("k").unwrap().0.as_deref(), Some(&b"e"[..]));
        assert_eq!(s.writes(), 4);
    }

    #[test]
    fn cas_counter_skips_zero() {
        let s = MemoryStore::new();
        s.set_next_cas(u32::MAX);
        s.set("a", b"1", None).unwrap();
        assert_eq!(s.get("a").unwrap().1, Some(u32::MAX));
        s.set("b", b"1", None).unwrap();
        assert_eq!(s.get("b").unwrap().1, Some(1));
    }

    #[test]
    fn hooks() {
        let s = MemoryStore::new();
        s.fail_next_sets(2);
        assert_eq!(s.set("k", b"x", None), Err(StoreError::CasMismatch));
        assert_eq!(s.set("k", b"x", None), Err(StoreError::CasMismatch));
        s.set("k", b"x", None).unwrap();
        s.before_set(|st| st.set("other", b"y", None).unwrap());
        s.set("k", b"z", None).unwrap();
        assert_eq!(s.get("other").unwrap().0.as_deref(), Some(&b"y"[..]));
        s.clear_hook();
        s.set_unavailable(true);
        assert!(matches!(s.get("k"), Err(StoreError::Unavailable(_))));
        assert!(matches!(
            s.set("k", b"", None),
            Err(StoreError::Unavailable(_))
        ));
    }
}
