//! One counter over fixed windows in one store key. The key holds only the
//! current window (the store has no delete, so keys are reused): a counter
//! whose stored window is older than the current one counts as 0.
//!
//! Every operation is a bounded read-modify-write loop on the key's cas.

use super::store::{Store, StoreError, CREATE_CAS};
use super::window::Window;

/// CAS attempts before giving up with `Unavailable`: enough for many workers
/// hitting one key, small enough to bound the time spent in a request path.
pub const MAX_ATTEMPTS: u32 = 32;

const ENCODED_LEN: usize = 16;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counter {
    pub window_start: u64,
    pub used: u64,
}

impl Counter {
    /// `window_start` then `used`, both u64 little-endian.
    pub fn encode(&self) -> [u8; ENCODED_LEN] {
        let mut out = [0u8; ENCODED_LEN];
        let (a, b) = out.split_at_mut(8);
        a.copy_from_slice(&self.window_start.to_le_bytes());
        b.copy_from_slice(&self.used.to_le_bytes());
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<Counter> {
        let bytes: &[u8; ENCODED_LEN] = bytes.try_into().ok()?;
        let (a, b) = bytes.split_at(8);
        Some(Counter {
            window_start: u64::from_le_bytes(a.try_into().ok()?),
            used: u64::from_le_bytes(b.try_into().ok()?),
        })
    }
}

/// A successful reservation on one counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reserved {
    /// The window the amount was counted in: pass it back to [`adjust`].
    pub window_start: u64,
    /// Used in that window, this reservation included.
    pub used: u64,
    /// `limit - used` (0 when over).
    pub remaining: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CounterError {
    /// The amount does not fit: nothing was written.
    Refused {
        window_start: u64,
        used: u64,
        remaining: u64,
    },
    Store(StoreError),
}

impl From<StoreError> for CounterError {
    fn from(e: StoreError) -> Self {
        CounterError::Store(e)
    }
}

/// Reads the key: the decoded counter and the cas to write it back with.
/// A missing key (or one `get` returns without cas) is written with
/// [`CREATE_CAS`], never unconditionally. A value that does not decode (only
/// possible if something else wrote the key or the encoding changed; keys
/// from [`super::key`] carry a format version) counts as an empty counter and
/// is overwritten, rather than blocking that key forever.
fn load(store: &(impl Store + ?Sized), key: &str) -> Result<(Counter, u32), StoreError> {
    let (value, cas) = store.get(key)?;
    let counter = value
        .as_deref()
        .and_then(Counter::decode)
        .unwrap_or_default();
    let cas = cas.filter(|c| *c != 0).unwrap_or(CREATE_CAS);
    Ok((counter, cas))
}

fn gave_up(key: &str) -> StoreError {
    StoreError::Unavailable(format!(
        "gave up on `{key}` after {MAX_ATTEMPTS} cas conflicts"
    ))
}

/// The window a write at `now` counts in, and what is used in it. A stored
/// window newer than ours (our `now` was taken before another worker rolled
/// the counter over) is kept: never reset a newer window to an older one.
fn effective(stored: Counter, window_start: u64) -> Counter {
    if stored.window_start >= window_start {
        stored
    } else {
        Counter {
            window_start,
            used: 0,
        }
    }
}

/// Adds `amount` to the counter if `used + amount <= limit` in the current
/// window. An amount of 0 is checked (refused when already over the limit)
/// but not written.
pub fn try_reserve(
    store: &(impl Store + ?Sized),
    key: &str,
    window: Window,
    now: u64,
    amount: u64,
    limit: u64,
) -> Result<Reserved, CounterError> {
    for _ in 0..MAX_ATTEMPTS {
        let (stored, cas) = load(store, key)?;
        let current = effective(stored, window.start(now));
        let used = match current.used.checked_add(amount) {
            Some(used) if used <= limit => used,
            _ => {
                return Err(CounterError::Refused {
                    window_start: current.window_start,
                    used: current.used,
                    remaining: limit.saturating_sub(current.used),
                })
            }
        };
        let reserved = Reserved {
            window_start: current.window_start,
            used,
            remaining: limit.saturating_sub(used),
        };
        if amount == 0 {
            return Ok(reserved);
        }
        let next = Counter {
            window_start: current.window_start,
            used,
        };
        match store.set(key, &next.encode(), Some(cas)) {
            Ok(()) => return Ok(reserved),
            Err(StoreError::CasMismatch) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(gave_up(key).into())
}

/// Adds `delta` (negative: releases) to the counter, only in the window
/// `window_start` that the amount was reserved in: once the window has rolled
/// over, the old window's count is gone and there is nothing to fix. Never
/// goes below 0. A positive delta on a counter still in an older window (a
/// zero reservation is not written) starts `window_start` from 0.
pub fn adjust(
    store: &(impl Store + ?Sized),
    key: &str,
    window_start: u64,
    delta: i64,
) -> Result<(), StoreError> {
    if delta == 0 {
        return Ok(());
    }
    for _ in 0..MAX_ATTEMPTS {
        let (stored, cas) = load(store, key)?;
        let base = if stored.window_start == window_start {
            stored.used
        } else if stored.window_start < window_start && delta > 0 {
            0
        } else {
            return Ok(());
        };
        let used = if delta >= 0 {
            base.saturating_add(delta.unsigned_abs())
        } else {
            base.saturating_sub(delta.unsigned_abs())
        };
        if used == base && stored.window_start == window_start {
            return Ok(());
        }
        let next = Counter { window_start, used };
        match store.set(key, &next.encode(), Some(cas)) {
            Ok(()) => return Ok(()),
            Err(StoreError::CasMismatch) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(gave_up(key))
}

/// Used amount in the window containing `now`.
pub fn read(
    store: &(impl Store + ?Sized),
    key: &str,
    window: Window,
    now: u64,
) -> Result<u64, StoreError> {
    let (stored, _) = load(store, key)?;
    Ok(effective(stored, window.start(now)).used)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::store::MemoryStore;

    const T: u64 = 1_700_000_040; // 2023-11-14T22:14:00Z, a minute boundary

    fn stored(s: &MemoryStore, key: &str) -> Counter {
        Counter::decode(&s.get(key).unwrap().0.unwrap()).unwrap()
    }

    #[test]
    fn encode_decode() {
        let c = Counter {
            window_start: 0x0102_0304_0506_0708,
            used: u64::MAX,
        };
        let bytes = c.encode();
        assert_eq!(&bytes[..8], &[8, 7, 6, 5, 4, 3, 2, 1]);
        assert_eq!(Counter::decode(&bytes), Some(c));
        assert_eq!(Counter::decode(&bytes[..15]), None);
        assert_eq!(Counter::decode(&[0; 17]), None);
        assert_eq!(Counter::decode(&[]), None);
    }

    #[test]
    fn reserve_adjust_read_and_rollover() {
        let s = MemoryStore::new();
        let w = Window::Minute;
        assert_eq!(read(&s, "k", w, T).unwrap(), 0);
        let r = try_reserve(&s, "k", w, T + 5, 60, 100).unwrap();
        assert_eq!(
            r,
            Reserved {
                window_start: T,
                used: 60,
                remaining: 40
            }
        );
        assert_eq!(
            try_reserve(&s, "k", w, T + 6, 41, 100),
            Err(CounterError::Refused {
                window_start: T,
                used: 60,
                remaining: 40
            })
        );
        let r2 = try_reserve(&s, "k", w, T + 6, 40, 100).unwrap();
        assert_eq!(r2.remaining, 0);
        // Settle the first one at 10: releases 50.
        adjust(&s, "k", r.window_start, -50).unwrap();
        assert_eq!(read(&s, "k", w, T + 7).unwrap(), 50);
        // Never below 0.
        adjust(&s, "k", T, -1_000).unwrap();
        assert_eq!(read(&s, "k", w, T + 7).unwrap(), 0);
        adjust(&s, "k", T, 30).unwrap();
        // Next minute: fresh window, the old count is not visible.
        assert_eq!(read(&s, "k", w, T + 60).unwrap(), 0);
        let r3 = try_reserve(&s, "k", w, T + 61, 100, 100).unwrap();
        assert_eq!(r3.window_start, T + 60);
        assert_eq!(
            stored(&s, "k"),
            Counter {
                window_start: T + 60,
                used: 100
            }
        );
        // A late release for the old window does nothing to the new one.
        adjust(&s, "k", T, -30).unwrap();
        adjust(&s, "k", T, 30).unwrap();
        assert_eq!(read(&s, "k", w, T + 61).unwrap(), 100);
    }

    #[test]
    fn newer_stored_window_is_kept() {
        let s = MemoryStore::new();
        try_reserve(&s, "k", Window::Minute, T + 60, 10, 100).unwrap();
        // A request that took `now` just before the rollover counts in the new window.
        let r = try_reserve(&s, "k", Window::Minute, T + 59, 10, 100).unwrap();
        assert_eq!(r.window_start, T + 60);
        assert_eq!(stored(&s, "k").used, 20);
        assert_eq!(read(&s, "k", Window::Minute, T + 59).unwrap(), 20);
    }

    #[test]
    fn zero_amount_and_overflow() {
        let s = MemoryStore::new();
        let r = try_reserve(&s, "k", Window::Day, T, 0, 0).unwrap();
        assert_eq!(r.remaining, 0);
        assert_eq!(s.writes(), 0);
        // Positive adjust on a key never written starts the window.
        adjust(&s, "k", Window::Day.start(T), 5).unwrap();
        assert_eq!(read(&s, "k", Window::Day, T).unwrap(), 5);
        // Over the limit (settled above the cap): even 0 is refused.
        assert!(matches!(
            try_reserve(&s, "k", Window::Day, T, 0, 4),
            Err(CounterError::Refused { remaining: 0, .. })
        ));
        adjust(&s, "k", Window::Day.start(T), i64::MAX).unwrap();
        adjust(&s, "k", Window::Day.start(T), i64::MAX).unwrap();
        assert_eq!(read(&s, "k", Window::Day, T).unwrap(), u64::MAX);
        assert!(matches!(
            try_reserve(&s, "k", Window::Day, T, 1, u64::MAX),
            Err(CounterError::Refused { .. })
        ));
        adjust(&s, "k", Window::Day.start(T), i64::MIN).unwrap();
        assert_eq!(read(&s, "k", Window::Day, T).unwrap(), u64::MAX - (1 << 63));
    }

    #[test]
    fn cas_conflicts_are_retried() {
        let s = MemoryStore::new();
        s.fail_next_sets(MAX_ATTEMPTS - 1);
        try_reserve(&s, "k", Window::Minute, T, 7, 10).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 7);
        s.fail_next_sets(MAX_ATTEMPTS - 1);
        adjust(&s, "k", T, -7).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 0);
    }

    #[test]
    fn a_writer_in_between_is_seen_on_retry() {
        let s = MemoryStore::new();
        try_reserve(&s, "k", Window::Minute, T, 5, 10).unwrap();
        // Another worker reserves 4 between our get and our set.
        let mut once = true;
        s.before_set(move |st| {
            if std::mem::take(&mut once) {
                try_reserve(st, "k", Window::Minute, T, 4, 10).unwrap();
            }
        });
        // We read 5, want 5+3=8 <= 10; conflict; re-read 9: 9+3 > 10.
        assert_eq!(
            try_reserve(&s, "k", Window::Minute, T, 3, 10),
            Err(CounterError::Refused {
                window_start: T,
                used: 9,
                remaining: 1
            })
        );
    }

    #[test]
    fn exhausted_retries_are_unavailable() {
        let s = MemoryStore::new();
        s.fail_next_sets(MAX_ATTEMPTS);
        assert!(matches!(
            try_reserve(&s, "k", Window::Minute, T, 1, 10),
            Err(CounterError::Store(StoreError::Unavailable(_)))
        ));
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 0);
        try_reserve(&s, "k", Window::Minute, T, 1, 10).unwrap();
        s.fail_next_sets(MAX_ATTEMPTS);
        assert!(matches!(
            adjust(&s, "k", T, -1),
            Err(StoreError::Unavailable(_))
        ));
        s.set_unavailable(true);
        assert!(matches!(
            try_reserve(&s, "k", Window::Minute, T, 1, 10),
            Err(CounterError::Store(StoreError::Unavailable(_)))
        ));
        assert!(read(&s, "k", Window::Minute, T).is_err());
    }

    #[test]
    fn creation_race_does_not_lose_a_reservation() {
        // Both workers see the key missing; the second one's create must fail
        // (cas CREATE_CAS on an existing key) and retry, not overwrite.
        let s = MemoryStore::new();
        let mut once = true;
        s.before_set(move |st| {
            if std::mem::take(&mut once) {
                assert_eq!(st.get("k").unwrap(), (None, None));
                try_reserve(st, "k", Window::Minute, T, 4, 10).unwrap();
            }
        });
        try_reserve(&s, "k", Window::Minute, T, 5, 10).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 9);
    }

    #[test]
    fn create_cas_collision_is_the_documented_hole() {
        // The racing creator's cas can only match an existing key whose cas
        // is exactly CREATE_CAS: then, and only then, its write wins.
        let s = MemoryStore::new();
        s.set_next_cas(CREATE_CAS);
        let mut once = true;
        s.before_set(move |st| {
            if std::mem::take(&mut once) {
                try_reserve(st, "k", Window::Minute, T, 4, 10).unwrap();
            }
        });
        try_reserve(&s, "k", Window::Minute, T, 5, 10).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 5);
    }

    #[test]
    fn garbage_value_counts_as_empty() {
        let s = MemoryStore::new();
        s.set("k", b"not a counter", None).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 0);
        try_reserve(&s, "k", Window::Minute, T, 3, 10).unwrap();
        assert_eq!(
            stored(&s, "k"),
            Counter {
                window_start: T,
                used: 3
            }
        );
    }
}
