//! The ledger's store on Envoy's shared data: one key-value space per
//! `vm_id`, shared by every worker's VM, with compare-and-swap.

use proxy_wasm::hostcalls;
use proxy_wasm::types::Status;

use crate::ledger::{Store, StoreError};

pub struct SharedData;

impl Store for SharedData {
    fn get(&self, key: &str) -> Result<(Option<Vec<u8>>, Option<u32>), StoreError> {
        match hostcalls::get_shared_data(key) {
            Ok(v) => Ok(v),
            Err(s) => Err(StoreError::Unavailable(format!("get_shared_data: {s:?}"))),
        }
    }

    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> Result<(), StoreError> {
        match hostcalls::set_shared_data(key, Some(value), cas) {
            Ok(()) => Ok(()),
            Err(Status::CasMismatch) => Err(StoreError::CasMismatch),
            Err(s) => Err(StoreError::Unavailable(format!("set_shared_data: {s:?}"))),
        }
    }
}
