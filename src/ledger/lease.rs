//! Reservation leases: every reserved amount is held until an expiry, so the
//! amount of a request whose owner is gone (its VM died, or was reloaded
//! after a panic, before it settled) stops counting by itself.
//!
//! A live owner renews its leases while the request runs (the router's root
//! context does it on a timer, see `filter::leases`), so a lease only runs
//! out when nobody is left to renew it. Expiries are rounded up to a bucket
//! of `granularity()` seconds, so a counter holds a few buckets (one per
//! granularity step), not one entry per request in flight, and its stored
//! value stays small whatever the concurrency.
//!
//! Bound: a reservation whose owner died is reclaimed at most
//! [`LeaseTerms::reclaim_bound`] (`secs` + `secs / 8`, rounded up) seconds
//! after the owner's last renewal, hence after its death.

/// How long a reservation is held without renewal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeaseTerms {
    pub secs: u64,
}

/// One bucket of leased amounts: everything reserved (or last renewed) with
/// the same rounded expiry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lease {
    /// Unix seconds; the amount counts while `now < expiry`.
    pub expiry: u64,
    pub amount: u64,
}

impl LeaseTerms {
    /// 60 s, renewed every 15 s: reclaimed at most 68 s after the owner died.
    pub const DEFAULT: LeaseTerms = LeaseTerms { secs: 60 };
    /// Shorter leases would need renewals more often than Envoy's timers are
    /// worth; tests use this one.
    pub const MIN_SECS: u64 = 2;

    /// Bucket width: an eighth of the lease, at least 1 s.
    pub fn granularity(self) -> u64 {
        self.secs.div_ceil(8).max(1)
    }

    /// Expiry of a lease taken or renewed at `now`: `now + secs`, rounded up
    /// to the bucket.
    pub fn expiry(self, now: u64) -> u64 {
        let g = self.granularity();
        let end = now.saturating_add(self.secs.max(1));
        end.div_ceil(g).saturating_mul(g)
    }

    /// Should a lease expiring at `expiry` be renewed at `now`? Once half of
    /// it is gone, so that a renewal timer of a quarter lease always gets
    /// there before the end.
    pub fn renew_due(self, expiry: u64, now: u64) -> bool {
        expiry.saturating_sub(now) <= self.secs / 2
    }

    /// How often the owner should look for leases to renew, in milliseconds.
    pub fn renew_period_ms(self) -> u64 {
        self.secs.saturating_mul(1000) / 4
    }

    /// The longest a dead owner's reservation is held after its last renewal.
    pub fn reclaim_bound(self) -> u64 {
        self.secs.saturating_add(self.granularity())
    }
}

/// Most buckets one counter keeps. With sane clocks at most about 10 are
/// live at once (`secs` / granularity + renewals' next bucket); past this
/// (a lease setting changed under live traffic) buckets are merged into
/// the latest one, which only holds amounts longer, never shorter.
pub const MAX_LEASES: usize = 16;

/// Adds `amount` to the bucket expiring at `expiry`; returns the expiry of
/// the bucket that holds it (the same, unless buckets had to be merged).
pub fn hold(leases: &mut Vec<Lease>, expiry: u64, amount: u64) -> u64 {
    if let Some(l) = leases.iter_mut().find(|l| l.expiry == expiry) {
        l.amount = l.amount.saturating_add(amount);
        return expiry;
    }
    if leases.len() >= MAX_LEASES {
        // Fold everything into the latest bucket (or a later expiry): their
        // holders no longer find their bucket when they settle, so their
        // amounts stay held until it expires; too much, never too little.
        let total = leases
            .iter()
            .fold(amount, |acc, l| acc.saturating_add(l.amount));
        let latest = leases.iter().map(|l| l.expiry).fold(expiry, u64::max);
        leases.clear();
        leases.push(Lease {
            expiry: latest,
            amount: total,
        });
        return latest;
    }
    let at = leases.partition_point(|l| l.expiry < expiry);
    leases.insert(at, Lease { expiry, amount });
    expiry
}

/// Takes `amount` out of the bucket expiring at `expiry`. False when there is
/// no such bucket (it expired and was dropped, or was merged): the amount was
/// already given back, and must not be given back twice.
pub fn unhold(leases: &mut Vec<Lease>, expiry: u64, amount: u64) -> bool {
    let Some(i) = leases.iter().position(|l| l.expiry == expiry) else {
        return false;
    };
    if let Some(l) = leases.get_mut(i) {
        l.amount = l.amount.saturating_sub(amount);
        if l.amount == 0 {
            leases.remove(i);
        }
    }
    true
}

/// Drops the buckets that have expired at `now`: their owners are gone.
pub fn reclaim(leases: &mut Vec<Lease>, now: u64) {
    leases.retain(|l| l.expiry > now);
}

/// What the live buckets hold at `now`.
pub fn live(leases: &[Lease], now: u64) -> u64 {
    leases
        .iter()
        .filter(|l| l.expiry > now)
        .fold(0, |acc, l| acc.saturating_add(l.amount))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_rounds_up_to_the_bucket() {
        let t = LeaseTerms { secs: 60 };
        assert_eq!(t.granularity(), 8);
        assert_eq!(t.expiry(1000), 1064); // 1060 rounded up to 8
        assert_eq!(t.expiry(1004), 1064);
        assert_eq!(t.expiry(1005), 1072);
        assert_eq!(t.reclaim_bound(), 68);
        assert_eq!(t.renew_period_ms(), 15_000);
        assert!(!t.renew_due(1064, 1000));
        assert!(t.renew_due(1064, 1034));
        let short = LeaseTerms { secs: 2 };
        assert_eq!((short.granularity(), short.expiry(7)), (1, 9));
        assert_eq!(LeaseTerms { secs: 0 }.expiry(7), 8);
        assert_eq!(LeaseTerms { secs: 9 }.expiry(u64::MAX), u64::MAX);
    }

    #[test]
    fn hold_unhold_reclaim() {
        let mut l = Vec::new();
        assert_eq!(hold(&mut l, 20, 5), 20);
        assert_eq!(hold(&mut l, 10, 3), 10);
        assert_eq!(hold(&mut l, 20, 1), 20);
        assert_eq!(
            l,
            [
                Lease {
                    expiry: 10,
                    amount: 3
                },
                Lease {
                    expiry: 20,
                    amount: 6
                }
            ]
        );
        assert_eq!(live(&l, 9), 9);
        assert_eq!(live(&l, 10), 6);
        assert!(unhold(&mut l, 10, 3));
        assert_eq!(l.len(), 1, "an emptied bucket goes");
        assert!(!unhold(&mut l, 10, 3), "a bucket is given back once");
        reclaim(&mut l, 20);
        assert!(l.is_empty());
    }

    #[test]
    fn too_many_buckets_merge_into_the_latest() {
        let mut l = Vec::new();
        for e in 0..MAX_LEASES as u64 {
            hold(&mut l, 100 + e, 1);
        }
        assert_eq!(hold(&mut l, 50, 10), 100 + MAX_LEASES as u64 - 1);
        assert_eq!(l.len(), 1);
        assert_eq!(live(&l, 0), MAX_LEASES as u64 + 10);
    }
}
