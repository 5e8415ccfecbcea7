//! Wire types of the APIs clients speak to the gateway.
pub mod openai;
