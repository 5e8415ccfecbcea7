//! Anthropic Messages as a second way in (`POST /v1/messages`).
//!
//! The gateway's canonical request is OpenAI's chat request: `request`
//! converts a Messages request to it (for the policy, and for every provider
//! that is not Anthropic), `response` and `stream` convert OpenAI-shaped
//! answers back to a Message and to Anthropic's event grammar, and `error`
//! renders any gateway or provider error in Anthropic's error shape. To an
//! Anthropic provider the original body passes through with only the model
//! (and an enforced `max_tokens`) changed: `passthrough_request`.

mod error;
mod request;
mod response;
mod stream;

pub use error::{error_body, error_event, error_type};
pub use request::{passthrough_request, to_openai};
pub use response::from_openai;
pub use stream::MessagesStream;

/// The Messages endpoint.
pub const MESSAGES_PATH: &str = "/v1/messages";
/// Token counting, answered by the gateway's estimator.
pub const COUNT_TOKENS_PATH: &str = "/v1/messages/count_tokens";

/// Anthropic `stop_reason` for an OpenAI `finish_reason`.
fn stop_reason(finish: Option<&str>) -> &'static str {
    match finish {
        Some("length") => "max_tokens",
        Some("tool_calls" | "function_call") => "tool_use",
        Some("content_filter") => "refusal",
        _ => "end_turn",
    }
}
