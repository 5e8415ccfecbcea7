//! Wire types of the APIs clients speak to the gateway.
pub mod anthropic;
pub mod members;
pub mod openai;
