//! Spend caps and rate limits as one mechanism: counters over fixed UTC
//! windows in the shared store, used as reserve-then-settle.
//!
//! Before a request goes upstream, [`reserve`] its worst-case amount on every
//! counter that applies, all or nothing; when it ends, [`settle`] with the
//! actual amounts; if it fails before any usage is known, [`release`]. Each
//! counter update is a cas loop, so workers in different VMs sharing the store
//! never admit together more than a limit allows.
//!
//! Every reservation is held under a lease ([`lease`]) that its owner renews
//! while the request runs ([`renew`]); when the owner is gone (its VM died),
//! the lease runs out and the amount is reclaimed, within
//! [`LeaseTerms::reclaim_bound`]. Settling after that still charges the
//! actual amount and gives nothing back twice.
//!
//! Units are the caller's: nano-USD ([`price`]), tokens or requests.

pub mod counter;
pub mod inflight;
pub mod lease;
pub mod price;
pub mod store;
pub mod window;

pub use counter::CounterError;
pub use inflight::InFlight;
pub use lease::LeaseTerms;
pub use price::{format_signed_usd, format_usd, usd_to_nano, Price};
pub use store::{MemoryStore, Store, StoreError};
pub use window::Window;

/// One counter and its cap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limit {
    /// Store key, one per counter (its window included, see [`key`]).
    pub key: String,
    pub window: Window,
    pub limit: u64,
}

/// Store key for a counter: `scope` names what is counted and for whom
/// (e.g. `user:alice:usd`). The window is part of the key because a key holds
/// one window at a time; the version lets a future encoding use new keys, as
/// shared data outlives plugin reloads (v2: counters with leases).
pub fn key(scope: &str, window: Window) -> String {
    format!("llm_router.ledger.v2/{}/{scope}", window.as_str())
}

/// What one counter holds for a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    pub key: String,
    pub window_start: u64,
    /// The lease bucket holding the amount; [`renew`] moves it on.
    pub expiry: u64,
    pub amount: u64,
    /// Left under the limit right after this reservation (for headers such
    /// as `x-llm-budget-remaining-usd`).
    pub remaining: u64,
}

/// Every counter reserved by one [`reserve`] call, in the order of its limits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use = "a reservation must be settled or released"]
pub struct Reservation {
    pub held: Vec<Held>,
}

/// The first limit the request did not fit in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exceeded {
    /// Index into `limits`.
    pub index: usize,
    pub limit: u64,
    pub amount: u64,
    pub used: u64,
    pub remaining: u64,
    /// Until the window resets. If `amount > limit` no wait helps: the
    /// request can never fit (e.g. its `max_tokens` alone is over a
    /// tokens-per-minute limit), and the caller may want a 400, not a 429.
    pub retry_after_secs: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReserveError {
    Exceeded(Exceeded),
    /// The store failed on limit `index`; whether to fail open or closed is
    /// the caller's policy. Counters reserved before it were released.
    Unavailable {
        index: usize,
        error: StoreError,
    },
    /// `amounts` must have one entry per limit.
    LengthMismatch {
        limits: usize,
        amounts: usize,
    },
}

/// Reserves `amounts[i]` on `limits[i]` for every `i`, or nothing: when one
/// does not fit (or the store fails), those already reserved are released.
///
/// Reservations are taken one counter at a time, so a concurrent request may
/// be refused because of a reservation that is about to be released; that
/// errs on the side of the limit, which is the point.
///
/// Each amount is held under a lease of `terms`: renew it while the request
/// runs, or it is reclaimed when the lease ends.
pub fn reserve(
    store: &(impl Store + ?Sized),
    limits: &[Limit],
    amounts: &[u64],
    now: u64,
    terms: LeaseTerms,
) -> Result<Reservation, ReserveError> {
    if limits.len() != amounts.len() {
        return Err(ReserveError::LengthMismatch {
            limits: limits.len(),
            amounts: amounts.len(),
        });
    }
    let mut reservation = Reservation {
        held: Vec::with_capacity(limits.len()),
    };
    for (index, (limit, &amount)) in limits.iter().zip(amounts).enumerate() {
        match counter::try_reserve(
            store,
            &limit.key,
            limit.window,
            now,
            amount,
            limit.limit,
            terms,
        ) {
            Ok(r) => reservation.held.push(Held {
                key: limit.key.clone(),
                window_start: r.window_start,
                expiry: r.expiry,
                amount,
                remaining: r.remaining,
            }),
            Err(e) => {
                // Best effort: if a release fails too, that counter stays
                // over-reserved until its window ends; nothing better to do.
                let _ = release(store, reservation);
                return Err(match e {
                    CounterError::Refused {
                        window_start,
                        used,
                        remaining,
                    } => ReserveError::Exceeded(Exceeded {
                        index,
                        limit: limit.limit,
                        amount,
                        used,
                        remaining,
                        retry_after_secs: limit.window.end(window_start).saturating_sub(now),
                    }),
                    CounterError::Store(error) => ReserveError::Unavailable { index, error },
                });
            }
        }
    }
    Ok(reservation)
}

/// Replaces each reserved amount by the actual one (`actual[i]` for
/// `reservation.held[i]`; a missing entry keeps the reserved amount): releases
/// the difference, or charges the extra when the actual is larger.
///
/// A reservation whose lease ran out (and was reclaimed) gives nothing back
/// again; its actual amount is charged all the same.
///
/// Charging the extra may push a counter past its cap. That is accepted: the
/// reservation already assumed the worst case (the request's `max_tokens`),
/// so only an upstream that ignores `max_tokens` (or an estimate of prompt
/// tokens that was low) overshoots, by at most that one request, and the
/// next requests are refused until the window resets. Refusing to record it
/// would hide spend that really happened.
///
/// Every counter is attempted; the last store error, if any, is returned.
pub fn settle(
    store: &(impl Store + ?Sized),
    reservation: Reservation,
    actual: &[u64],
) -> Result<(), StoreError> {
    let mut result = Ok(());
    for (i, held) in reservation.held.iter().enumerate() {
        let actual = actual.get(i).copied().unwrap_or(held.amount);
        if let Err(e) = counter::settle(
            store,
            &held.key,
            held.window_start,
            held.expiry,
            held.amount,
            actual,
        ) {
            result = Err(e);
        }
    }
    result
}

/// Renews the leases of a reservation still in flight that are due at `now`
/// (half their term gone), updating their expiries in place. Returns the
/// last store error; the counters it could not renew keep their expiry and
/// are tried again next time.
pub fn renew(
    store: &(impl Store + ?Sized),
    reservation: &mut Reservation,
    now: u64,
    terms: LeaseTerms,
) -> Result<(), StoreError> {
    let mut result = Ok(());
    for held in &mut reservation.held {
        if held.amount == 0 || !terms.renew_due(held.expiry, now) {
            continue;
        }
        match counter::renew(
            store,
            &held.key,
            held.window_start,
            held.expiry,
            held.amount,
            now,
            terms,
        ) {
            Ok(expiry) => held.expiry = expiry,
            Err(e) => result = Err(e),
        }
    }
    result
}

/// Gives back everything reserved (the request never reached a provider or
/// used nothing).
pub fn release(store: &(impl Store + ?Sized), reservation: Reservation) -> Result<(), StoreError> {
    let zeros = vec![0; reservation.held.len()];
    settle(store, reservation, &zeros)
}

/// Left under `limit` in the window containing `now` (0 when over).
pub fn remaining(
    store: &(impl Store + ?Sized),
    limit: &Limit,
    now: u64,
) -> Result<u64, StoreError> {
    let used = counter::read(store, &limit.key, limit.window, now)?;
    Ok(limit.limit.saturating_sub(used))
}

/// What a counter holds in the window containing `now`: settled, and held
/// by requests in flight (live leases only).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spent {
    pub committed: u64,
    pub reserved: u64,
}

impl Spent {
    pub fn used(self) -> u64 {
        self.committed.saturating_add(self.reserved)
    }
}

pub fn spent(store: &(impl Store + ?Sized), limit: &Limit, now: u64) -> Result<Spent, StoreError> {
    let c = counter::read_counter(store, &limit.key, limit.window, now)?;
    Ok(Spent {
        committed: c.committed,
        reserved: c.reserved(now),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    const T: u64 = 1_700_000_040; // a minute boundary

    /// The tests here are about limits and contention, not leases: one
    /// longer than any of them.
    fn reserve(
        store: &(impl Store + ?Sized),
        limits: &[Limit],
        amounts: &[u64],
        now: u64,
    ) -> Result<Reservation, ReserveError> {
        super::reserve(store, limits, amounts, now, LeaseTerms { secs: 3600 })
    }

    fn lim(scope: &str, window: Window, limit: u64) -> Limit {
        Limit {
            key: key(scope, window),
            window,
            limit,
        }
    }

    fn used(s: &MemoryStore, l: &Limit, now: u64) -> u64 {
        counter::read(s, &l.key, l.window, now).unwrap()
    }

    #[test]
    fn keys() {
        assert_eq!(
            key("user:alice:usd", Window::Month),
            "llm_router.ledger.v2/month/user:alice:usd"
        );
    }

    #[test]
    fn all_or_nothing_with_compensation() {
        let s = MemoryStore::new();
        let limits = [
            lim("user:a:tokens", Window::Minute, 1_000),
            lim("team:x:usd", Window::Day, 500),
            lim("global:requests", Window::Hour, 10),
        ];
        let r = reserve(&s, &limits, &[600, 300, 1], T + 10).unwrap();
        assert_eq!(r.held.len(), 3);
        assert_eq!(r.held[0].remaining, 400);
        assert_eq!(r.held[1].window_start, Window::Day.start(T));
        // Second limit refuses: the first must be given back.
        let e = reserve(&s, &limits, &[100, 201, 1], T + 20).unwrap_err();
        assert_eq!(
            e,
            ReserveError::Exceeded(Exceeded {
                index: 1,
                limit: 500,
                amount: 201,
                used: 300,
                remaining: 200,
                retry_after_secs: Window::Day.end(T) - (T + 20),
            })
        );
        assert_eq!(used(&s, &limits[0], T + 20), 600);
        assert_eq!(used(&s, &limits[2], T + 20), 1);
        // Third refuses: first two given back.
        let limits2 = [
            limits[0].clone(),
            limits[1].clone(),
            lim("g2", Window::Minute, 0),
        ];
        let e = reserve(&s, &limits2, &[1, 1, 1], T + 30).unwrap_err();
        assert!(
            matches!(
                e,
                ReserveError::Exceeded(Exceeded {
                    index: 2,
                    retry_after_secs: 30,
                    ..
                })
            ),
            "{e:?}"
        );
        assert_eq!(used(&s, &limits[0], T), 600);
        assert_eq!(used(&s, &limits[1], T), 300);
        // Settle: under, over, and a missing actual (kept as reserved).
        settle(&s, r, &[250, 320]).unwrap();
        assert_eq!(used(&s, &limits[0], T), 250);
        assert_eq!(used(&s, &limits[1], T), 320);
        assert_eq!(used(&s, &limits[2], T), 1);
        assert_eq!(remaining(&s, &limits[1], T).unwrap(), 180);
    }

    #[test]
    fn release_gives_everything_back() {
        let s = MemoryStore::new();
        let limits = [lim("a", Window::Minute, 10), lim("b", Window::Month, 10)];
        let r = reserve(&s, &limits, &[4, 9], T).unwrap();
        assert_eq!(remaining(&s, &limits[1], T).unwrap(), 1);
        release(&s, r).unwrap();
        assert_eq!(remaining(&s, &limits[0], T).unwrap(), 10);
        assert_eq!(remaining(&s, &limits[1], T).unwrap(), 10);
    }

    #[test]
    fn settle_after_rollover_leaves_new_window_alone() {
        let s = MemoryStore::new();
        let limits = [lim("a", Window::Minute, 100)];
        let r = reserve(&s, &limits, &[80], T + 50).unwrap();
        // The request ends in the next minute, which has its own traffic.
        let r2 = reserve(&s, &limits, &[30], T + 65).unwrap();
        settle(&s, r, &[10]).unwrap();
        assert_eq!(used(&s, &limits[0], T + 65), 30);
        settle(&s, r2, &[30]).unwrap();
        assert_eq!(used(&s, &limits[0], T + 65), 30);
    }

    #[test]
    fn never_fits_and_length_mismatch() {
        let s = MemoryStore::new();
        let limits = [lim("a", Window::Minute, 100)];
        let e = reserve(&s, &limits, &[101], T).unwrap_err();
        assert!(matches!(
            e,
            ReserveError::Exceeded(Exceeded {
                amount: 101,
                limit: 100,
                ..
            })
        ));
        assert_eq!(
            reserve(&s, &limits, &[1, 2], T),
            Err(ReserveError::LengthMismatch {
                limits: 1,
                amounts: 2
            })
        );
        assert_eq!(reserve(&s, &[], &[], T), Ok(Reservation::default()));
    }

    #[test]
    fn store_failure_compensates_and_reports_index() {
        let s = MemoryStore::new();
        let limits = [lim("a", Window::Minute, 100), lim("b", Window::Minute, 100)];
        // The first counter's write succeeds, then every write to the second
        // conflicts until the loop gives up.
        let mut n = 0;
        s.before_set(move |st| {
            n += 1;
            if n == 2 {
                st.fail_next_sets(counter::MAX_ATTEMPTS);
            }
        });
        let e = reserve(&s, &limits, &[5, 5], T).unwrap_err();
        assert!(
            matches!(
                e,
                ReserveError::Unavailable {
                    index: 1,
                    error: StoreError::Unavailable(_)
                }
            ),
            "{e:?}"
        );
        s.clear_hook();
        assert_eq!(used(&s, &limits[0], T), 0);
        assert_eq!(used(&s, &limits[1], T), 0);
        s.set_unavailable(true);
        assert!(matches!(
            reserve(&s, &limits, &[5, 5], T),
            Err(ReserveError::Unavailable { index: 0, .. })
        ));
        assert!(remaining(&s, &limits[0], T).is_err());
    }

    /// Deterministic xorshift, so failures reproduce.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    const USER_TOKENS: u64 = 95; // 9 requests of 10 tokens per user
    const GLOBAL_REQUESTS: u64 = 12;

    fn limits_for(user: u64) -> Vec<Limit> {
        vec![
            lim(&format!("user:{user}:tokens"), Window::Minute, USER_TOKENS),
            lim("global:requests", Window::Minute, GLOBAL_REQUESTS),
        ]
    }

    fn actual_tokens(i: u64) -> u64 {
        (i * 7) % 13 // 0..=12: some below, some above the 10 reserved
    }

    /// Many reservers on one store, interleaved by hand: whenever one is
    /// between its `get` and `set`, the hook may run other reservers (and
    /// settlements) to completion, forcing cas conflicts and retries at
    /// random points of the all-or-nothing sequence.
    #[test]
    fn simulated_concurrency_never_over_admits() {
        let mut total_conflicts = 0;
        for seed in 1..=50u64 {
            let s = MemoryStore::new();
            let pending: Arc<Mutex<Vec<u64>>> = Arc::new(Mutex::new((0..60).rev().collect()));
            let admitted: Arc<Mutex<Vec<(u64, Reservation)>>> = Arc::default();
            let refused = Arc::new(Mutex::new(0u64));

            let run_one = {
                let (admitted, refused) = (admitted.clone(), refused.clone());
                move |st: &MemoryStore, i: u64| match reserve(
                    st,
                    &limits_for(i % 2),
                    &[10, 1],
                    T + i % 60,
                ) {
                    Ok(r) => admitted.lock().unwrap().push((i, r)),
                    Err(ReserveError::Exceeded(_)) => *refused.lock().unwrap() += 1,
                    Err(e) => panic!("unexpected {e:?}"),
                }
            };
            {
                let (pending, run_one) = (pending.clone(), run_one.clone());
                let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
                s.before_set(move |st| {
                    if rng.next() & 1 == 0 {
                        let next = pending.lock().unwrap().pop();
                        if let Some(i) = next {
                            run_one(st, i);
                        }
                    }
                });
            }
            loop {
                let next = pending.lock().unwrap().pop();
                match next {
                    Some(i) => run_one(&s, i),
                    None => break,
                }
            }

            assert!(s.conflicts() > 0, "seed {seed}: no conflicts");
            total_conflicts += s.conflicts();
            let admitted = std::mem::take(&mut *admitted.lock().unwrap());
            let refused = *refused.lock().unwrap();
            assert_eq!(admitted.len() as u64 + refused, 60);
            // Capacity 2 users * 9 > 12 global: exactly the global cap admitted.
            assert_eq!(admitted.len() as u64, GLOBAL_REQUESTS, "seed {seed}");
            for user in 0..2 {
                let n = admitted.iter().filter(|(i, _)| i % 2 == user).count() as u64;
                assert!(n * 10 <= USER_TOKENS, "seed {seed} user {user}: {n}");
                assert_eq!(used(&s, &limits_for(user)[0], T), n * 10, "seed {seed}");
            }
            assert_eq!(used(&s, &limits_for(0)[1], T), GLOBAL_REQUESTS);

            // Settle everything, still interleaved with other settlements.
            let queue: Arc<Mutex<Vec<(u64, Reservation)>>> = Arc::new(Mutex::new(admitted.clone()));
            {
                let queue = queue.clone();
                let mut rng = Rng(seed + 17);
                s.before_set(move |st| {
                    if rng.next() & 1 == 0 {
                        let next = queue.lock().unwrap().pop();
                        if let Some((i, r)) = next {
                            settle(st, r, &[actual_tokens(i), 1]).unwrap();
                        }
                    }
                });
            }
            loop {
                let next = queue.lock().unwrap().pop();
                match next {
                    Some((i, r)) => settle(&s, r, &[actual_tokens(i), 1]).unwrap(),
                    None => break,
                }
            }
            s.clear_hook();
            for user in 0..2 {
                let expected: u64 = admitted
                    .iter()
                    .filter(|(i, _)| i % 2 == user)
                    .map(|(i, _)| actual_tokens(*i))
                    .sum();
                assert_eq!(used(&s, &limits_for(user)[0], T), expected, "seed {seed}");
            }
            assert_eq!(used(&s, &limits_for(0)[1], T), GLOBAL_REQUESTS);
        }
        assert!(total_conflicts > 200, "only {total_conflicts} conflicts");
    }

    /// The same with real threads on a shared store: whatever interleaving
    /// the OS produces, no limit is passed and settled totals are exact.
    #[test]
    fn threads_never_over_admit() {
        let s = Arc::new(MemoryStore::new());
        let handles: Vec<_> = (0..8u64)
            .map(|t| {
                let s = s.clone();
                std::thread::spawn(move || {
                    let mut mine = Vec::new();
                    let mut unavailable = 0u64;
                    for k in 0..50u64 {
                        let i = t * 50 + k;
                        match reserve(&*s, &limits_for(i % 2), &[10, 1], T) {
                            Ok(r) => mine.push((i, r)),
                            Err(ReserveError::Exceeded(_)) => {}
                            Err(ReserveError::Unavailable { .. }) => unavailable += 1,
                            Err(e) => panic!("{e:?}"),
                        }
                        std::thread::yield_now();
                    }
                    (mine, unavailable)
                })
            })
            .collect();
        let mut admitted = Vec::new();
        for h in handles {
            admitted.extend(h.join().unwrap().0);
        }
        assert!(admitted.len() as u64 <= GLOBAL_REQUESTS);
        assert_eq!(used(&s, &limits_for(0)[1], T), admitted.len() as u64);
        for user in 0..2 {
            let n = admitted.iter().filter(|(i, _)| i % 2 == user).count() as u64;
            assert!(n * 10 <= USER_TOKENS);
            assert_eq!(used(&s, &limits_for(user)[0], T), n * 10);
        }
        let expected: Vec<u64> = (0..2)
            .map(|u| {
                admitted
                    .iter()
                    .filter(|(i, _)| i % 2 == u)
                    .map(|(i, _)| actual_tokens(*i))
                    .sum()
            })
            .collect();
        let chunks: Vec<Vec<(u64, Reservation)>> = admitted.chunks(3).map(|c| c.to_vec()).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for (i, r) in chunk {
                        settle(&*s, r, &[actual_tokens(i), 1]).unwrap();
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        for user in 0..2 {
            assert_eq!(used(&s, &limits_for(user)[0], T), expected[user as usize]);
        }
    }
}
