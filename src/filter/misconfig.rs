//! Configuration mistakes Envoy cannot catch, noticed at run time: the two
//! roles given different configuration documents, and endpoints naming a
//! provider the configuration does not know. Each is answered with a clear
//! 500, counted, and logged loudly the first time a worker sees it.

use std::cell::RefCell;
use std::collections::BTreeSet;

use proxy_wasm::hostcalls;

use super::metrics;
use crate::config_hash;
use crate::error::ApiError;
use crate::telemetry::metrics::MISCONFIGURATIONS;

thread_local! {
    /// What this worker has already logged at error level.
    static LOGGED: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Logs `message` at error level the first time this worker sees `key`
/// (debug afterwards, so a misconfiguration cannot flood the log).
fn log_once(key: &str, message: &str) {
    let first = LOGGED.with(|l| {
        l.try_borrow_mut()
            .map(|mut l| l.len() < 1024 && l.insert(key.to_string()))
            .unwrap_or(false)
    });
    if first {
        log::error!("{message}");
    } else {
        log::debug!("{message}");
    }
}

/// Publishes this role's configuration digest in the VM's shared data.
pub fn publish_digest(role: &str, digest: &str) {
    if let Err(e) = hostcalls::set_shared_data(
        &config_hash::shared_key(role),
        Some(digest.as_bytes()),
        None,
    ) {
        log::warn!("publishing the configuration digest failed: {e:?}");
    }
}

/// Refuses when the other role published a digest different from ours.
pub fn check_digest(own_digest: &str, other_role: &str) -> Result<(), ApiError> {
    let theirs = match hostcalls::get_shared_data(&config_hash::shared_key(other_role)) {
        Ok((Some(v), _)) => v,
        // The other role is not deployed (or not configured yet): nothing to compare.
        _ => return Ok(()),
    };
    if theirs == own_digest.as_bytes() {
        return Ok(());
    }
    let theirs = String::from_utf8_lossy(&theirs);
    let message = config_hash::mismatch_message(own_digest, other_role, &theirs);
    metrics::inc(&MISCONFIGURATIONS, &["config_mismatch"]);
    log_once(&format!("digest:{own_digest}:{theirs}"), &message);
    Err(ApiError::internal(message).with_code("config_mismatch"))
}

/// An endpoint named a provider that is not configured.
pub fn unknown_provider(name: &str) -> ApiError {
    metrics::inc(&MISCONFIGURATIONS, &["unknown_provider"]);
    let message = format!(
        "The upstream endpoint names provider `{name}` (metadata `llm_router.provider`), which is \
         not in the configuration's `providers`."
    );
    log_once(&format!("provider:{name}"), &message);
    ApiError::internal(message).with_code("unknown_provider")
}
