//! Failed gateway-key attempts, throttled per source address: past
//! `identity.failed_keys_per_minute` unknown keys from one source in a UTC
//! minute, every request from it that presents a key is refused with 429
//! until the minute ends, without looking at the key (so guessing learns
//! nothing, even with a right key). Requests without a key are not affected.
//!
//! Counts live in the store (Envoy's shared data: all workers count
//! together) in a fixed number of buckets, so a flood of addresses cannot
//! grow memory. A source's bucket is a keyed hash of its address under a
//! random per-Envoy seed, so nobody can aim their failures at someone else's
//! bucket. IPv6 sources are counted per /64, the block one host usually has.

use std::hash::{BuildHasher, Hasher};
use std::net::{IpAddr, SocketAddr};

use sha2::{Digest, Sha256};

use crate::ledger::store::CREATE_CAS;
use crate::ledger::{Store, StoreError};

/// Default for `identity.failed_keys_per_minute` when keys are configured.
pub const DEFAULT_FAILED_KEYS_PER_MINUTE: u32 = 20;
/// Buckets the counts are spread over (shared-data keys, 16 bytes each).
pub const BUCKETS: u16 = 4096;
const SEED_KEY: &str = "llm_router.keyfail.seed";
const MAX_CAS_RETRIES: usize = 16;

/// The source a failure is charged to: an IPv4 address, or an IPv6 /64.
/// `address` is Envoy's `source.address` (`1.2.3.4:5678`, `[::1]:5678`).
pub fn source_of(address: &str) -> Option<String> {
    let ip = match address.parse::<SocketAddr>() {
        Ok(sa) => sa.ip(),
        Err(_) => address.parse::<IpAddr>().ok()?,
    };
    Some(match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let [a, b, c, d, ..] = v6.segments();
                format!("{a:x}:{b:x}:{c:x}:{d:x}::/64")
            }
        },
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyThrottle {
    pub per_minute: u32,
}

fn minute(now_unix_secs: u64) -> u64 {
    now_unix_secs / 60
}

fn decode(bytes: &[u8]) -> Option<(u64, u64)> {
    let window = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?);
    let count = u64::from_le_bytes(bytes.get(8..16)?.try_into().ok()?);
    Some((window, count))
}

fn encode(window: u64, count: u64) -> [u8; 16] {
    let mut out = [0u8; 16];
    let (w, c) = out.split_at_mut(8);
    w.copy_from_slice(&window.to_le_bytes());
    c.copy_from_slice(&count.to_le_bytes());
    out
}

/// The per-Envoy seed: created once by whichever VM gets there first.
fn seed(store: &dyn Store) -> Result<Vec<u8>, StoreError> {
    for _ in 0..MAX_CAS_RETRIES {
        if let (Some(v), _) = store.get(SEED_KEY)? {
            if !v.is_empty() {
                return Ok(v);
            }
        }
        // std's RandomState draws from the host's random source (WASI random_get).
        let mut fresh = Vec::with_capacity(16);
        for i in 0..2u64 {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u64(i);
            fresh.extend_from_slice(&h.finish().to_le_bytes());
        }
        match store.set(SEED_KEY, &fresh, Some(CREATE_CAS)) {
            Ok(()) => return Ok(fresh),
            Err(StoreError::CasMismatch) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(StoreError::CasMismatch)
}

fn bucket_key(store: &dyn Store, source: &str) -> Result<String, StoreError> {
    let mut h = Sha256::new();
    h.update(seed(store)?);
    h.update(source.as_bytes());
    let d = h.finalize();
    let first: [u8; 2] = d
        .get(..2)
        .and_then(|s| s.try_into().ok())
        .unwrap_or_default();
    let n = u16::from_le_bytes(first) % BUCKETS;
    Ok(format!("llm_router.keyfail.{n}"))
}

impl KeyThrottle {
    /// Seconds until `source` may present a key again, if it is over its limit.
    pub fn blocked(
        &self,
        store: &dyn Store,
        source: &str,
        now_unix_secs: u64,
    ) -> Result<Option<u64>, StoreError> {
        let key = bucket_key(store, source)?;
        let count = match store.get(&key)? {
            (Some(v), _) => match decode(&v) {
                Some((w, c)) if w == minute(now_unix_secs) => c,
                _ => 0,
            },
            _ => 0,
        };
        Ok((count >= u64::from(self.per_minute)).then(|| 60 - now_unix_secs % 60))
    }

    /// Counts a failed attempt from `source`; returns its count this minute.
    pub fn record_failure(
        &self,
        store: &dyn Store,
        source: &str,
        now_unix_secs: u64,
    ) -> Result<u64, StoreError> {
        let key = bucket_key(store, source)?;
        let now = minute(now_unix_secs);
        for _ in 0..MAX_CAS_RETRIES {
            let (value, cas) = store.get(&key)?;
            let count = match value.as_deref().and_then(decode) {
                Some((w, c)) if w == now => c,
                _ => 0,
            };
            let next = count.saturating_add(1);
            let cas = if value.is_some() {
                cas
            } else {
                Some(CREATE_CAS)
            };
            match store.set(&key, &encode(now, next), cas) {
                Ok(()) => return Ok(next),
                Err(StoreError::CasMismatch) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(StoreError::CasMismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::MemoryStore;

    #[test]
    fn sources_are_addresses_and_ipv6_blocks() {
        assert_eq!(source_of("10.1.2.3:5555").as_deref(), Some("10.1.2.3"));
        assert_eq!(
            source_of("[2001:db8:1:2:3:4:5:6]:443").as_deref(),
            Some("2001:db8:1:2::/64")
        );
        assert_eq!(
            source_of("[2001:db8:1:2:ffff::1]:443"),
            source_of("[2001:db8:1:2::9]:1"),
            "one /64, one source"
        );
        assert_eq!(
            source_of("[::ffff:10.0.0.1]:80").as_deref(),
            Some("10.0.0.1")
        );
        assert_eq!(source_of("10.1.2.3").as_deref(), Some("10.1.2.3"));
        assert_eq!(source_of("envoy_internal"), None);
    }

    #[test]
    fn a_source_is_blocked_after_its_limit_until_the_minute_ends() {
        let store = MemoryStore::new();
        let t = KeyThrottle { per_minute: 3 };
        let now = 1_700_000_000 - 1_700_000_000 % 60 + 15;
        for i in 1..=3 {
            assert_eq!(t.blocked(&store, "10.0.0.1", now).unwrap(), None);
            assert_eq!(t.record_failure(&store, "10.0.0.1", now).unwrap(), i);
        }
        assert_eq!(t.blocked(&store, "10.0.0.1", now).unwrap(), Some(45));
        assert_eq!(
            t.blocked(&store, "10.0.0.2", now).unwrap(),
            None,
            "other sources are not affected"
        );
        assert_eq!(
            t.blocked(&store, "10.0.0.1", now + 45).unwrap(),
            None,
            "next minute"
        );
        assert_eq!(t.record_failure(&store, "10.0.0.1", now + 45).unwrap(), 1);
    }

    #[test]
    fn counts_survive_contention_and_memory_is_bounded() {
        let store = MemoryStore::new();
        let t = KeyThrottle { per_minute: 1000 };
        store.fail_next_sets(3);
        assert_eq!(t.record_failure(&store, "10.0.0.1", 60).unwrap(), 1);
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..20_000u32 {
            let ip = format!("10.{}.{}.{}", i >> 16, (i >> 8) & 255, i & 255);
            let key = bucket_key(&store, &ip).unwrap();
            let n: u16 = key.rsplit('.').next().unwrap().parse().unwrap();
            assert!(n < BUCKETS);
            seen.insert(n);
        }
        assert!(
            seen.len() > usize::from(BUCKETS) * 9 / 10,
            "spread over the buckets"
        );
    }

    #[test]
    fn the_seed_is_made_once_and_shared() {
        let store = MemoryStore::new();
        let a = bucket_key(&store, "10.0.0.1").unwrap();
        let b = bucket_key(&store, "10.0.0.1").unwrap();
        assert_eq!(a, b);
        let seeds: std::collections::BTreeSet<_> = (0..8)
            .map(|_| {
                let s = MemoryStore::new();
                seed(&s).unwrap()
            })
            .collect();
        assert_eq!(seeds.len(), 8, "random per Envoy");
    }
}
