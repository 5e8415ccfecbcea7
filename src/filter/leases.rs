//! This VM's reservations in flight, renewed on the router root's timer
//! (see `ledger::lease`): while the VM lives, its requests' reservations
//! hold however long they run; when it dies, the timer and this registry
//! die with it, and the leases run out.

use std::cell::RefCell;

use crate::ledger::{InFlight, LeaseTerms, Reservation, Store};

thread_local! {
    static IN_FLIGHT: RefCell<InFlight> = RefCell::new(InFlight::default());
}

pub fn track(ticket: u64, reservation: &Reservation) {
    IN_FLIGHT.with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            f.track(ticket, reservation);
        }
    });
}

/// The reservation with its renewed expiries, if it was tracked.
pub fn untrack(ticket: u64) -> Option<Reservation> {
    IN_FLIGHT.with(|f| f.try_borrow_mut().ok().and_then(|mut f| f.untrack(ticket)))
}

pub fn renew_due(store: &dyn Store, now: u64, terms: LeaseTerms) {
    let failed = IN_FLIGHT.with(|f| {
        f.try_borrow_mut()
            .map(|mut f| f.renew_due(store, now, terms))
            .unwrap_or(0)
    });
    if failed > 0 {
        log::warn!(
            "could not renew the leases of {failed} reservations; retrying on the next tick"
        );
    }
}
