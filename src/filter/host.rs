//! Result-returning access to the host. The SDK's trait methods unwrap host
//! errors (and a panic kills the VM), so the filter calls these instead.

use proxy_wasm::hostcalls;
use proxy_wasm::types::{BufferType, Bytes, MapType};

use crate::error::ApiError;

/// A header's value; `None` when absent or not UTF-8. (The SDK's string
/// variants unwrap `String::from_utf8`, and HTTP/1 allows bytes 0x80-0xFF in
/// values: a client could kill the VM with one header. Read bytes instead.)
pub fn header(map: MapType, name: &str) -> Option<String> {
    let bytes = hostcalls::get_map_value_bytes(map, name).ok().flatten()?;
    String::from_utf8(bytes).ok()
}

pub fn set_header(map: MapType, name: &str, value: &str) {
    if let Err(e) = hostcalls::set_map_value(map, name, Some(value)) {
        log::warn!("setting header {name} failed: {e:?}");
    }
}

pub fn remove_header(map: MapType, name: &str) {
    if let Err(e) = hostcalls::remove_map_value(map, name) {
        log::warn!("removing header {name} failed: {e:?}");
    }
}

/// All headers in one host call (cheaper than two single lookups).
/// Values that are not UTF-8 come lossily converted (see [`header`]).
pub fn headers(map: MapType) -> Vec<(String, String)> {
    hostcalls::get_map_bytes(map)
        .map(|pairs| {
            pairs
                .into_iter()
                .map(|(k, v)| (k, String::from_utf8_lossy(&v).into_owned()))
                .collect()
        })
        .unwrap_or_default()
}

pub fn body(buffer: BufferType, size: usize) -> Bytes {
    hostcalls::get_buffer(buffer, 0, size)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Replaces the whole current body chunk (or the buffered body) with `data`.
pub fn replace_body(buffer: BufferType, current_size: usize, data: &[u8]) {
    if let Err(e) = hostcalls::set_buffer(buffer, 0, current_size, data) {
        log::warn!("replacing body failed: {e:?}");
    }
}

/// A property as a UTF-8 string (metadata values, names).
pub fn property_string(path: &[&str]) -> Option<String> {
    let bytes = hostcalls::get_property(path.to_vec()).ok().flatten()?;
    String::from_utf8(bytes).ok()
}

/// An integer property (Envoy encodes them as 8 bytes, little-endian).
pub fn property_u64(path: &[&str]) -> Option<u64> {
    let bytes = hostcalls::get_property(path.to_vec()).ok().flatten()?;
    let raw: [u8; 8] = bytes.as_slice().try_into().ok()?;
    Some(u64::from_le_bytes(raw))
}

/// Sets a wasm property: Envoy keeps it as filter state `wasm.<name>`,
/// printable in access logs with `%FILTER_STATE(wasm.<name>:PLAIN)%` and
/// matchable by a route's `filter_state`. False if the host refused.
pub fn set_property(name: &str, value: &str) -> bool {
    match hostcalls::set_property(vec![name], Some(value.as_bytes())) {
        Ok(()) => true,
        Err(e) => {
            log::debug!("setting property {name} failed: {e:?}");
            false
        }
    }
}

/// Host time in milliseconds since the epoch.
pub fn now_ms() -> u64 {
    now_ns() / 1_000_000
}

fn since_epoch() -> std::time::Duration {
    hostcalls::get_current_time()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .unwrap_or_default()
}

/// Unix time in seconds, from the host's clock.
pub fn now_unix_secs() -> u64 {
    since_epoch().as_secs()
}

/// Sends a local JSON reply and ends the request.
pub fn send_json(status: u32, body: &[u8], extra: &[(&str, &str)]) {
    let mut headers = vec![("content-type", "application/json")];
    headers.extend_from_slice(extra);
    if let Err(e) = hostcalls::send_http_response(status, headers, Some(body)) {
        log::error!("sending local reply failed: {e:?}");
    }
}

/// Sends an OpenAI-shaped error as a local reply.
pub fn send_error(err: &ApiError) {
    log::info!("local reply {}: {}", err.status, err.message);
    send_json(err.status, &err.body(), &[]);
}

/// Host time in nanoseconds since the epoch, for measuring durations.
pub fn now_ns() -> u64 {
    u64::try_from(since_epoch().as_nanos()).unwrap_or(u64::MAX)
}
