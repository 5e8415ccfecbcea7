//! One counter over fixed windows in one store key. The key holds only the
//! current window (the store has no delete, so keys are reused): a counter
//! whose stored window is older than the current one counts as 0.
//!
//! A counter holds what was settled (`committed`) and what requests in flight
//! hold, as leases (see [`super::lease`]): a reservation counts until it is
//! settled or its lease runs out, whichever comes first.
//!
//! Every operation is a bounded read-modify-write loop on the key's cas.

use super::lease::{self, Lease, LeaseTerms, MAX_LEASES};
use super::store::{Store, StoreError, CREATE_CAS};
use super::window::Window;

/// CAS attempts before giving up with `Unavailable`: enough for many workers
/// hitting one key, small enough to bound the time spent in a request path.
pub const MAX_ATTEMPTS: u32 = 32;

const HEADER_LEN: usize = 16;
const LEASE_LEN: usize = 16;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counter {
    pub window_start: u64,
    /// Settled amounts (actual costs, tokens, requests).
    pub committed: u64,
    /// Amounts held by requests in flight, by expiry (sorted).
    pub leases: Vec<Lease>,
}

impl Counter {
    /// `window_start`, `committed`, then `(expiry, amount)` per lease; all
    /// u64 little-endian.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + LEASE_LEN * self.leases.len());
        out.extend_from_slice(&self.window_start.to_le_bytes());
        out.extend_from_slice(&self.committed.to_le_bytes());
        for l in &self.leases {
            out.extend_from_slice(&l.expiry.to_le_bytes());
            out.extend_from_slice(&l.amount.to_le_bytes());
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<Counter> {
        let tail = bytes.len().checked_sub(HEADER_LEN)?;
        if !tail.is_multiple_of(LEASE_LEN) {
            return None;
        }
        let mut words = bytes
            .chunks_exact(8)
            .map(|c| c.try_into().ok().map(u64::from_le_bytes));
        let window_start = words.next()??;
        let committed = words.next()??;
        let mut leases = Vec::new();
        while let Some(expiry) = words.next() {
            let amount = words.next()??;
            leases.push(Lease {
                expiry: expiry?,
                amount,
            });
            if leases.len() > MAX_LEASES {
                return None;
            }
        }
        Some(Counter {
            window_start,
            committed,
            leases,
        })
    }

    /// Held by leases still running at `now`.
    pub fn reserved(&self, now: u64) -> u64 {
        lease::live(&self.leases, now)
    }

    /// Committed plus held at `now`: what limits are checked against.
    pub fn used(&self, now: u64) -> u64 {
        self.committed.saturating_add(self.reserved(now))
    }
}

/// A successful reservation on one counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reserved {
    /// The window the amount was counted in: pass it back to [`settle`].
    pub window_start: u64,
    /// The lease bucket holding the amount (0 for a zero amount, not written).
    pub expiry: u64,
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

/// The window a write at `now` counts in, and what it holds. A stored
/// window newer than ours (our `now` was taken before another worker rolled
/// the counter over) is kept: never reset a newer window to an older one.
fn effective(stored: Counter, window_start: u64) -> Counter {
    if stored.window_start >= window_start {
        stored
    } else {
        Counter {
            window_start,
            ..Counter::default()
        }
    }
}

/// Holds `amount` under a lease if `used + amount <= limit` in the current
/// window, where `used` counts only leases still running at `now` (expired
/// ones are dropped on the way: that is where a dead owner's reservation is
/// reclaimed). An amount of 0 is checked (refused when already over the
/// limit) but not written.
pub fn try_reserve(
    store: &(impl Store + ?Sized),
    key: &str,
    window: Window,
    now: u64,
    amount: u64,
    limit: u64,
    terms: LeaseTerms,
) -> Result<Reserved, CounterError> {
    for _ in 0..MAX_ATTEMPTS {
        let (stored, cas) = load(store, key)?;
        let mut current = effective(stored, window.start(now));
        lease::reclaim(&mut current.leases, now);
        let before = current.used(now);
        let used = match before.checked_add(amount) {
            Some(used) if used <= limit => used,
            _ => {
                return Err(CounterError::Refused {
                    window_start: current.window_start,
                    used: before,
                    remaining: limit.saturating_sub(before),
                })
            }
        };
        let mut reserved = Reserved {
            window_start: current.window_start,
            expiry: 0,
            used,
            remaining: limit.saturating_sub(used),
        };
        if amount == 0 {
            return Ok(reserved);
        }
        reserved.expiry = lease::hold(&mut current.leases, terms.expiry(now), amount);
        match store.set(key, &current.encode(), Some(cas)) {
            Ok(()) => return Ok(reserved),
            Err(StoreError::CasMismatch) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(gave_up(key).into())
}

/// Ends a reservation of `reserved` held in bucket `expiry` of window
/// `window_start`: takes it out of its lease (unless the lease already ran
/// out and was reclaimed: never given back twice) and commits `actual`
/// (charged even when the lease ran out: it was spent). Only in the window
/// the amount was reserved in: once the window has rolled over, the old
/// window's count is gone and there is nothing to fix. A positive `actual`
/// on a counter still in an older window (a zero reservation is not
/// written) starts `window_start` from 0.
pub fn settle(
    store: &(impl Store + ?Sized),
    key: &str,
    window_start: u64,
    expiry: u64,
    reserved: u64,
    actual: u64,
) -> Result<(), StoreError> {
    for _ in 0..MAX_ATTEMPTS {
        let (stored, cas) = load(store, key)?;
        let stored_window = stored.window_start;
        let mut next = if stored.window_start == window_start {
            stored
        } else if stored.window_start < window_start && actual > 0 {
            Counter {
                window_start,
                ..Counter::default()
            }
        } else {
            return Ok(());
        };
        let released = reserved > 0 && lease::unhold(&mut next.leases, expiry, reserved);
        if !released && actual == 0 && next.window_start == stored_window {
            return Ok(());
        }
        next.committed = next.committed.saturating_add(actual);
        match store.set(key, &next.encode(), Some(cas)) {
            Ok(()) => return Ok(()),
            Err(StoreError::CasMismatch) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(gave_up(key))
}

/// Renews the lease of `amount` held in bucket `expiry`: moves it to the
/// bucket of a lease taken at `now`, and returns that bucket's expiry. If
/// the lease had already run out (the owner was too slow, not dead), the
/// amount is held again, so the counter stays right from now on. Nothing to
/// do once the window has rolled over.
pub fn renew(
    store: &(impl Store + ?Sized),
    key: &str,
    window_start: u64,
    expiry: u64,
    amount: u64,
    now: u64,
    terms: LeaseTerms,
) -> Result<u64, StoreError> {
    let wanted = terms.expiry(now);
    if amount == 0 || wanted <= expiry {
        return Ok(expiry);
    }
    for _ in 0..MAX_ATTEMPTS {
        let (mut next, cas) = load(store, key)?;
        if next.window_start != window_start {
            return Ok(expiry);
        }
        lease::unhold(&mut next.leases, expiry, amount);
        lease::reclaim(&mut next.leases, now);
        let held = lease::hold(&mut next.leases, wanted, amount);
        match store.set(key, &next.encode(), Some(cas)) {
            Ok(()) => return Ok(held),
            Err(StoreError::CasMismatch) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(gave_up(key))
}

/// The counter as seen at `now` (an older window reads as empty).
pub fn read_counter(
    store: &(impl Store + ?Sized),
    key: &str,
    window: Window,
    now: u64,
) -> Result<Counter, StoreError> {
    let (stored, _) = load(store, key)?;
    Ok(effective(stored, window.start(now)))
}

/// Used amount (committed plus live leases) in the window containing `now`.
pub fn read(
    store: &(impl Store + ?Sized),
    key: &str,
    window: Window,
    now: u64,
) -> Result<u64, StoreError> {
    Ok(read_counter(store, key, window, now)?.used(now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::store::MemoryStore;

    const T: u64 = 1_700_000_040; // 2023-11-14T22:14:00Z, a minute boundary
    const L: LeaseTerms = LeaseTerms { secs: 600 };

    fn stored(s: &MemoryStore, key: &str) -> Counter {
        Counter::decode(&s.get(key).unwrap().0.unwrap()).unwrap()
    }

    fn reserve(
        s: &MemoryStore,
        window: Window,
        now: u64,
        amount: u64,
        limit: u64,
    ) -> Result<Reserved, CounterError> {
        try_reserve(s, "k", window, now, amount, limit, L)
    }

    #[test]
    fn encode_decode() {
        let c = Counter {
            window_start: 0x0102_0304_0506_0708,
            committed: u64::MAX,
            leases: vec![Lease {
                expiry: 9,
                amount: 10,
            }],
        };
        let bytes = c.encode();
        assert_eq!(bytes.len(), 32);
        assert_eq!(&bytes[..8], &[8, 7, 6, 5, 4, 3, 2, 1]);
        assert_eq!(Counter::decode(&bytes), Some(c));
        assert_eq!(Counter::decode(&bytes[..15]), None);
        assert_eq!(Counter::decode(&bytes[..24]), None);
        assert_eq!(Counter::decode(&[0; 17]), None);
        assert_eq!(Counter::decode(&[]), None);
        assert_eq!(Counter::decode(&[0; 16]), Some(Counter::default()));
        assert_eq!(Counter::decode(&vec![0; 16 + 16 * (MAX_LEASES + 1)]), None);
    }

    #[test]
    fn reserve_settle_read_and_rollover() {
        let s = MemoryStore::new();
        let w = Window::Minute;
        assert_eq!(read(&s, "k", w, T).unwrap(), 0);
        let r = reserve(&s, w, T + 5, 60, 100).unwrap();
        assert_eq!(
            r,
            Reserved {
                window_start: T,
                expiry: L.expiry(T + 5),
                used: 60,
                remaining: 40
            }
        );
        assert_eq!(
            reserve(&s, w, T + 6, 41, 100),
            Err(CounterError::Refused {
                window_start: T,
                used: 60,
                remaining: 40
            })
        );
        let r2 = reserve(&s, w, T + 6, 40, 100).unwrap();
        assert_eq!(r2.remaining, 0);
        // Settle the first one at 10: releases 50.
        settle(&s, "k", T, r.expiry, 60, 10).unwrap();
        assert_eq!(read(&s, "k", w, T + 7).unwrap(), 50);
        let c = read_counter(&s, "k", w, T + 7).unwrap();
        assert_eq!((c.committed, c.reserved(T + 7)), (10, 40));
        // Settling the same reservation again gives nothing back twice.
        settle(&s, "k", T, r.expiry, 60, 0).unwrap();
        settle(&s, "k", T, r2.expiry, 40, 0).unwrap();
        assert_eq!(read(&s, "k", w, T + 7).unwrap(), 10);
        // Next minute: fresh window, the old count is not visible.
        assert_eq!(read(&s, "k", w, T + 60).unwrap(), 0);
        let r3 = reserve(&s, w, T + 61, 100, 100).unwrap();
        assert_eq!(r3.window_start, T + 60);
        assert_eq!(stored(&s, "k").used(T + 61), 100);
        // A late settlement for the old window does nothing to the new one.
        settle(&s, "k", T, r.expiry, 60, 30).unwrap();
        assert_eq!(read(&s, "k", w, T + 61).unwrap(), 100);
    }

    #[test]
    fn newer_stored_window_is_kept() {
        let s = MemoryStore::new();
        reserve(&s, Window::Minute, T + 60, 10, 100).unwrap();
        // A request that took `now` just before the rollover counts in the new window.
        let r = reserve(&s, Window::Minute, T + 59, 10, 100).unwrap();
        assert_eq!(r.window_start, T + 60);
        assert_eq!(stored(&s, "k").used(T + 60), 20);
        assert_eq!(read(&s, "k", Window::Minute, T + 59).unwrap(), 20);
    }

    #[test]
    fn zero_amount_and_overflow() {
        let s = MemoryStore::new();
        let r = reserve(&s, Window::Day, T, 0, 0).unwrap();
        assert_eq!((r.remaining, r.expiry), (0, 0));
        assert_eq!(s.writes(), 0);
        // Settling with an actual on a key never written starts the window.
        settle(&s, "k", Window::Day.start(T), 0, 0, 5).unwrap();
        assert_eq!(read(&s, "k", Window::Day, T).unwrap(), 5);
        // Over the limit (settled above the cap): even 0 is refused.
        assert!(matches!(
            reserve(&s, Window::Day, T, 0, 4),
            Err(CounterError::Refused { remaining: 0, .. })
        ));
        settle(&s, "k", Window::Day.start(T), 0, 0, u64::MAX).unwrap();
        assert_eq!(read(&s, "k", Window::Day, T).unwrap(), u64::MAX);
        assert!(matches!(
            reserve(&s, Window::Day, T, 1, u64::MAX),
            Err(CounterError::Refused { .. })
        ));
    }

    /// A reservation whose owner never settles (its VM died) stops counting
    /// when its lease runs out, at most `reclaim_bound` after it was taken,
    /// and is dropped by the next write; the owner, had it lived on and
    /// settled late, is still charged its actual amount, and gives nothing
    /// back twice.
    #[test]
    fn an_abandoned_reservation_is_reclaimed_when_its_lease_ends() {
        let s = MemoryStore::new();
        let terms = LeaseTerms { secs: 30 };
        let w = Window::Day;
        let now = T + 1;
        let dead = try_reserve(&s, "k", w, now, 70, 100, terms).unwrap();
        assert!(dead.expiry > now + 30 && dead.expiry <= now + terms.reclaim_bound());
        // While the lease runs, it holds: nothing else fits.
        assert!(try_reserve(&s, "k", w, dead.expiry - 1, 31, 100, terms).is_err());
        assert_eq!(read(&s, "k", w, dead.expiry - 1).unwrap(), 70);
        // At expiry the amount stops counting, and the next write drops it.
        assert_eq!(read(&s, "k", w, dead.expiry).unwrap(), 0);
        let next = try_reserve(&s, "k", w, dead.expiry, 100, 100, terms).unwrap();
        assert_eq!(next.remaining, 0);
        assert_eq!(
            stored(&s, "k").leases.len(),
            1,
            "the dead lease was dropped"
        );
        // The late owner settles: its actual is charged, nothing is released
        // from the new reservation's bucket.
        settle(&s, "k", dead.window_start, dead.expiry, 70, 25).unwrap();
        let c = read_counter(&s, "k", w, dead.expiry).unwrap();
        assert_eq!((c.committed, c.reserved(dead.expiry)), (25, 100));
        settle(&s, "k", next.window_start, next.expiry, 100, 100).unwrap();
        assert_eq!(read(&s, "k", w, dead.expiry).unwrap(), 125);
    }

    #[test]
    fn expired_but_not_yet_dropped_lease_is_not_released_twice() {
        // Nobody wrote the counter since the lease ran out: the bucket is
        // still stored. Settling takes it out (harmless: it no longer
        // counted) and charges the actual.
        let s = MemoryStore::new();
        let terms = LeaseTerms { secs: 10 };
        let r = try_reserve(&s, "k", Window::Day, T, 50, 100, terms).unwrap();
        assert_eq!(read(&s, "k", Window::Day, r.expiry + 5).unwrap(), 0);
        settle(&s, "k", r.window_start, r.expiry, 50, 20).unwrap();
        assert_eq!(read(&s, "k", Window::Day, r.expiry + 5).unwrap(), 20);
        assert!(stored(&s, "k").leases.is_empty());
    }

    #[test]
    fn renewal_keeps_a_live_reservation_held() {
        let s = MemoryStore::new();
        let terms = LeaseTerms { secs: 10 };
        let w = Window::Day;
        let r = try_reserve(&s, "k", w, T, 50, 100, terms).unwrap();
        // Not due yet: nothing written.
        let writes = s.writes();
        assert_eq!(
            renew(&s, "k", r.window_start, r.expiry, 50, T, terms).unwrap(),
            r.expiry
        );
        assert_eq!(s.writes(), writes);
        let mut expiry = r.expiry;
        let mut now = T;
        for _ in 0..10 {
            now = expiry - 2;
            expiry = renew(&s, "k", r.window_start, expiry, 50, now, terms).unwrap();
            assert_eq!(read(&s, "k", w, now).unwrap(), 50);
        }
        assert!(expiry > r.expiry + 50);
        assert_eq!(stored(&s, "k").leases.len(), 1);
        // Renewed after its lease ran out (a slow owner): held again.
        let late = expiry + 3;
        let again = renew(&s, "k", r.window_start, expiry, 50, late, terms).unwrap();
        assert_eq!(read(&s, "k", w, late).unwrap(), 50);
        settle(&s, "k", r.window_start, again, 50, 45).unwrap();
        assert_eq!(read(&s, "k", w, late).unwrap(), 45);
        // After the window rolled over there is nothing to renew.
        assert_eq!(
            renew(&s, "k", r.window_start - 86_400, 5, 50, late, terms).unwrap(),
            5
        );
        let _ = now;
    }

    #[test]
    fn cas_conflicts_are_retried() {
        let s = MemoryStore::new();
        s.fail_next_sets(MAX_ATTEMPTS - 1);
        let r = reserve(&s, Window::Minute, T, 7, 10).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 7);
        s.fail_next_sets(MAX_ATTEMPTS - 1);
        settle(&s, "k", T, r.expiry, 7, 0).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 0);
    }

    #[test]
    fn a_writer_in_between_is_seen_on_retry() {
        let s = MemoryStore::new();
        reserve(&s, Window::Minute, T, 5, 10).unwrap();
        // Another worker reserves 4 between our get and our set.
        let mut once = true;
        s.before_set(move |st| {
            if std::mem::take(&mut once) {
                try_reserve(st, "k", Window::Minute, T, 4, 10, L).unwrap();
            }
        });
        // We read 5, want 5+3=8 <= 10; conflict; re-read 9: 9+3 > 10.
        assert_eq!(
            reserve(&s, Window::Minute, T, 3, 10),
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
            reserve(&s, Window::Minute, T, 1, 10),
            Err(CounterError::Store(StoreError::Unavailable(_)))
        ));
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 0);
        let r = reserve(&s, Window::Minute, T, 1, 10).unwrap();
        s.fail_next_sets(MAX_ATTEMPTS);
        assert!(matches!(
            settle(&s, "k", T, r.expiry, 1, 0),
            Err(StoreError::Unavailable(_))
        ));
        s.fail_next_sets(MAX_ATTEMPTS);
        assert!(matches!(
            renew(&s, "k", T, r.expiry, 1, r.expiry, L),
            Err(StoreError::Unavailable(_))
        ));
        s.set_unavailable(true);
        assert!(matches!(
            reserve(&s, Window::Minute, T, 1, 10),
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
                try_reserve(st, "k", Window::Minute, T, 4, 10, L).unwrap();
            }
        });
        reserve(&s, Window::Minute, T, 5, 10).unwrap();
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
                try_reserve(st, "k", Window::Minute, T, 4, 10, L).unwrap();
            }
        });
        reserve(&s, Window::Minute, T, 5, 10).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 5);
    }

    #[test]
    fn garbage_value_counts_as_empty() {
        let s = MemoryStore::new();
        s.set("k", b"not a counter", None).unwrap();
        assert_eq!(read(&s, "k", Window::Minute, T).unwrap(), 0);
        reserve(&s, Window::Minute, T, 3, 10).unwrap();
        let c = stored(&s, "k");
        assert_eq!((c.window_start, c.used(T)), (T, 3));
    }
}
