//! The reservations one VM holds for its requests in flight, so that the
//! VM can renew their leases on a timer while they run. The registry lives
//! in the VM: when the VM dies, it and its renewals die with it, and the
//! leases run out (that is the point).

use std::collections::BTreeMap;

use super::{renew, LeaseTerms, Reservation, Store};

/// Entries are dropped, oldest first, past this many (a VM never has this
/// many requests in flight; it bounds a leak if a request's end were missed).
pub const MAX_IN_FLIGHT: usize = 16 * 1024;

#[derive(Debug, Default)]
pub struct InFlight {
    by_ticket: BTreeMap<u64, Reservation>,
}

impl InFlight {
    pub fn track(&mut self, ticket: u64, reservation: &Reservation) {
        if reservation.held.iter().all(|h| h.amount == 0) {
            return;
        }
        self.by_ticket.insert(ticket, reservation.clone());
        while self.by_ticket.len() > MAX_IN_FLIGHT {
            self.by_ticket.pop_first();
        }
    }

    /// The reservation as last renewed (its expiries moved on), to settle.
    pub fn untrack(&mut self, ticket: u64) -> Option<Reservation> {
        self.by_ticket.remove(&ticket)
    }

    pub fn len(&self) -> usize {
        self.by_ticket.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_ticket.is_empty()
    }

    /// Renews every lease due at `now`. Returns how many counters could not
    /// be renewed (they are tried again on the next call).
    pub fn renew_due(
        &mut self,
        store: &(impl Store + ?Sized),
        now: u64,
        terms: LeaseTerms,
    ) -> usize {
        let mut failed = 0;
        for reservation in self.by_ticket.values_mut() {
            if renew(store, reservation, now, terms).is_err() {
                failed += 1;
            }
        }
        failed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{counter, key, release, reserve, settle, Limit, MemoryStore, Window};

    const T: u64 = 1_700_000_040;

    fn limit() -> Limit {
        Limit {
            key: key("global:usd", Window::Day),
            window: Window::Day,
            limit: 100,
        }
    }

    fn used(s: &MemoryStore, now: u64) -> u64 {
        counter::read(s, &limit().key, Window::Day, now).unwrap()
    }

    /// Two VMs share the store. VM A holds a long request and keeps
    /// renewing it; VM B's request is abandoned when B dies (nobody renews
    /// it). With a fake clock: A's amount stays held for as long as A lives,
    /// B's is reclaimed within the documented bound; then A settles with its
    /// actual cost.
    #[test]
    fn a_dead_vms_reservation_is_reclaimed_while_a_live_one_is_kept() {
        let s = MemoryStore::new();
        let terms = LeaseTerms { secs: 20 };
        let mut vm_a = InFlight::default();
        let mut vm_b = InFlight::default();
        let a = reserve(&s, &[limit()], &[40], T, terms).unwrap();
        let b = reserve(&s, &[limit()], &[50], T, terms).unwrap();
        vm_a.track(1, &a);
        vm_b.track(1, &b);
        assert_eq!(used(&s, T), 90);
        drop(vm_b); // B dies: its registry and its renewals are gone.
        let tick = terms.renew_period_ms() / 1000;
        let mut now = T;
        let mut reclaimed_at = None;
        while now < T + 300 {
            now += tick;
            assert_eq!(vm_a.renew_due(&s, now, terms), 0);
            let u = used(&s, now);
            assert!(u == 90 || u == 40, "{u} at +{}", now - T);
            if u == 40 && reclaimed_at.is_none() {
                reclaimed_at = Some(now);
            }
        }
        let reclaimed_at = reclaimed_at.expect("B's reservation was never reclaimed");
        assert!(
            reclaimed_at - T <= terms.reclaim_bound() + tick,
            "{}",
            reclaimed_at - T
        );
        // A new request fits in what B held.
        let c = reserve(&s, &[limit()], &[60], now, terms).unwrap();
        release(&s, c).unwrap();
        // A ends after 300 s: settled with its actual cost, once.
        let a = vm_a.untrack(1).unwrap();
        assert_ne!(a.held[0].expiry, b.held[0].expiry, "A's lease moved on");
        settle(&s, a, &[33]).unwrap();
        assert_eq!(used(&s, now), 33);
        assert!(vm_a.is_empty());
        // B's owner, had it come back, is charged its actual and gives
        // nothing back twice.
        settle(&s, b, &[7]).unwrap();
        assert_eq!(used(&s, now), 40);
    }

    #[test]
    fn zero_reservations_are_not_tracked_and_size_is_bounded() {
        let s = MemoryStore::new();
        let mut f = InFlight::default();
        let zero = reserve(&s, &[limit()], &[0], T, LeaseTerms::DEFAULT).unwrap();
        f.track(1, &zero);
        assert!(f.is_empty());
        let r = reserve(&s, &[limit()], &[1], T, LeaseTerms::DEFAULT).unwrap();
        for t in 0..(MAX_IN_FLIGHT as u64 + 5) {
            f.track(t, &r);
        }
        assert_eq!(f.len(), MAX_IN_FLIGHT);
        assert!(f.untrack(0).is_none(), "oldest dropped first");
    }
}
