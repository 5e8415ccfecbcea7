//! Fallback before the first byte: the translator holds a stream's response
//! headers until the translated stream shows content, so a stream that is
//! broken from its start (not the provider's format, or an error event before
//! any content) can still become a retriable status, and Envoy's retry policy
//! moves on to the next provider instead of the client getting a 200 whose
//! body is an error.
//!
//! The watch reads the translator's output (OpenAI SSE whatever the
//! dialect), so it works for every dialect without knowing any of them.

use crate::error::ApiError;
use crate::sse::{SseEvent, SseParser};

/// Default for `stream_start_hold_bytes`: how much of a provider's stream the
/// translator holds while waiting for content.
pub const DEFAULT_HOLD_BYTES: usize = 32 * 1024;

/// What to do with a held stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// No content yet: keep holding (within the budget).
    Hold,
    /// Content (or the normal end of the stream): send the headers and
    /// everything held, and stream the rest as usual.
    Release,
    /// Broken before any content: answer a retriable status with this error.
    Broken(ApiError),
}

/// Watches the start of a translated stream.
#[derive(Debug, Default)]
pub struct StartWatch {
    parser: SseParser,
    events: Vec<SseEvent>,
}

impl StartWatch {
    /// Looks at the next piece of translated output (OpenAI SSE).
    pub fn observe(&mut self, out: &[u8]) -> Verdict {
        self.events.clear();
        if self.parser.feed(out, &mut self.events).is_err() {
            // Our own output, so not expected: let the client see it.
            return Verdict::Release;
        }
        for ev in &self.events {
            match classify(&ev.data) {
                Event::Nothing => {}
                Event::Content => return Verdict::Release,
                Event::Error(e) => return Verdict::Broken(e),
            }
        }
        Verdict::Hold
    }

    /// The stream ended while held: whatever the translator emitted last
    /// (for a stream that ended early, its error) has been observed already;
    /// a stream that ended with nothing at all is broken too.
    pub fn ended(&mut self) -> Verdict {
        self.events.clear();
        self.parser.finish(&mut self.events);
        for ev in &self.events {
            match classify(&ev.data) {
                Event::Nothing => {}
                Event::Content => return Verdict::Release,
                Event::Error(e) => return Verdict::Broken(e),
            }
        }
        let mut e = ApiError::bad_upstream("The provider's stream ended before any content.");
        e.status = 503;
        Verdict::Broken(e)
    }
}

enum Event {
    Nothing,
    Content,
    Error(ApiError),
}

/// An OpenAI chunk is content when a choice carries text, a refusal, a tool
/// call or a finish reason, or when it is the usage chunk or `[DONE]`; the
/// role-only first chunk (empty content) is not.
fn classify(data: &str) -> Event {
    if data.trim() == "[DONE]" {
        return Event::Content;
    }
    let Ok(v) = serde_json::from_str::<serde_json::Value>(data) else {
        // The translators emit JSON only; be conservative.
        return Event::Content;
    };
    if let Some(err) = v.get("error") {
        let message = err
            .get("message")
            .and_then(|m| m.as_str())
            .unwrap_or("The provider reported an error before any content.");
        let mut e = ApiError::new(503, "server_error", message.to_string());
        if let Some(code) = err.get("code").and_then(|c| c.as_str()) {
            e = e.with_code(code.to_string());
        }
        return Event::Error(e);
    }
    if v.get("usage").is_some_and(|u| !u.is_null()) {
        return Event::Content;
    }
    let Some(choices) = v.get("choices").and_then(|c| c.as_array()) else {
        return Event::Nothing;
    };
    let has = |x: Option<&serde_json::Value>| match x {
        None | Some(serde_json::Value::Null) => false,
        Some(serde_json::Value::String(s)) => !s.is_empty(),
        Some(serde_json::Value::Array(a)) => !a.is_empty(),
        Some(_) => true,
    };
    let content = choices.iter().any(|c| {
        let d = c.get("delta");
        has(c.get("finish_reason"))
            || has(d.and_then(|d| d.get("content")))
            || has(d.and_then(|d| d.get("refusal")))
            || has(d.and_then(|d| d.get("tool_calls")))
            || has(d.and_then(|d| d.get("function_call")))
            || has(d.and_then(|d| d.get("reasoning_content")))
    });
    if content {
        Event::Content
    } else {
        Event::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLE: &str = "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n";
    const TEXT: &str = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n";
    const ERROR: &str = "data: {\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":\"overloaded_error\"}}\n\n";

    #[test]
    fn holds_through_the_role_chunk_and_releases_on_content() {
        let mut w = StartWatch::default();
        assert_eq!(w.observe(ROLE.as_bytes()), Verdict::Hold);
        assert_eq!(w.observe(b""), Verdict::Hold);
        // A chunk split across two pieces of output.
        let (a, b) = TEXT.split_at(20);
        assert_eq!(w.observe(a.as_bytes()), Verdict::Hold);
        assert_eq!(w.observe(b.as_bytes()), Verdict::Release);
    }

    #[test]
    fn an_error_before_content_is_broken_and_retriable() {
        let mut w = StartWatch::default();
        assert_eq!(w.observe(ROLE.as_bytes()), Verdict::Hold);
        let Verdict::Broken(e) = w.observe(ERROR.as_bytes()) else {
            panic!("not broken")
        };
        assert_eq!(e.status, 503);
        assert_eq!(e.code.as_deref(), Some("overloaded_error"));
        assert_eq!(e.message, "Overloaded");
    }

    #[test]
    fn content_then_error_is_released_first() {
        let mut w = StartWatch::default();
        let out = format!("{ROLE}{TEXT}{ERROR}");
        assert_eq!(w.observe(out.as_bytes()), Verdict::Release);
    }

    #[test]
    fn tool_calls_finish_usage_and_done_are_content() {
        for ev in [
            "data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0}]}}]}\n\n",
            "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n",
            "data: {\"choices\":[],\"usage\":{\"total_tokens\":1}}\n\n",
            "data: [DONE]\n\n",
        ] {
            assert_eq!(
                StartWatch::default().observe(ev.as_bytes()),
                Verdict::Release,
                "{ev}"
            );
        }
    }

    #[test]
    fn a_stream_that_ends_with_nothing_is_broken() {
        let mut w = StartWatch::default();
        assert_eq!(w.observe(ROLE.as_bytes()), Verdict::Hold);
        assert!(matches!(w.ended(), Verdict::Broken(e) if e.status == 503));
    }

    #[test]
    fn translated_garbage_is_broken() {
        // What a translator emits for a body that is not its stream format.
        let garbage = ApiError::bad_upstream("The provider's stream is not JSON").sse_event();
        assert!(matches!(
            StartWatch::default().observe(&garbage),
            Verdict::Broken(e) if e.code.as_deref() == Some("bad_upstream_response")
        ));
    }
}
