//! Fault injection: CLI defaults, overridden per request by `x-sim-*` headers
//! when the request targets this simulator.

use crate::http::Request;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Faults {
    /// Reply with this status and the dialect's error body.
    pub status: Option<u16>,
    /// Sleep before the response headers.
    pub delay_ms: u64,
    /// Sleep between stream events.
    pub chunk_delay_ms: u64,
    /// Close the connection after this many stream events (non-stream: after
    /// half the body).
    pub drop_after_chunks: Option<usize>,
    /// 200 with an unparseable body.
    pub garbage: bool,
    /// Anthropic streams: an `error` event after the first delta.
    pub stream_error: bool,
    /// Streams: an error event before any content (after the role chunk or
    /// Anthropic's `message_start`), as an overloaded provider sends.
    pub stream_error_start: bool,
    /// OpenAI-compatible server quirks (`x-sim-quirks`, comma-separated):
    /// `no-done`, `done-no-space`, `no-usage`, `usage-in-last-chunk`,
    /// `reasoning`, `error-in-200`.
    pub quirks: Vec<String>,
}

/// Whether `x-sim-*` headers are meant for the simulator called `name`:
/// no `x-sim-target`, or a comma-separated list naming it.
pub fn targets(target: Option<&str>, name: &str) -> bool {
    match target {
        None => true,
        Some(list) => list.split(',').any(|t| t.trim() == name),
    }
}

fn flag(v: &str) -> bool {
    matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes")
}

impl Faults {
    /// The faults for one request: `defaults` with any targeted header applied.
    /// Unparseable header values are ignored.
    pub fn for_request(defaults: &Faults, req: &Request, name: &str) -> Faults {
        let mut f = defaults.clone();
        if !targets(req.header("x-sim-target"), name) {
            return f;
        }
        let num = |h: &str| req.header(h).and_then(|v| v.trim().parse::<u64>().ok());
        if let Some(s) = req
            .header("x-sim-status")
            .and_then(|v| v.trim().parse::<u16>().ok())
        {
            f.status = Some(s);
        }
        if let Some(n) = num("x-sim-delay-ms") {
            f.delay_ms = n;
        }
        if let Some(n) = num("x-sim-chunk-delay-ms") {
            f.chunk_delay_ms = n;
        }
        if let Some(n) = num("x-sim-drop-after-chunks") {
            f.drop_after_chunks = usize::try_from(n).ok();
        }
        if let Some(v) = req.header("x-sim-garbage") {
            f.garbage = flag(v);
        }
        if let Some(v) = req.header("x-sim-stream-error") {
            f.stream_error = flag(v);
        }
        if let Some(v) = req.header("x-sim-stream-error-start") {
            f.stream_error_start = flag(v);
        }
        if let Some(v) = req.header("x-sim-quirks") {
            f.quirks = v.split(',').map(|q| q.trim().to_string()).collect();
        }
        f
    }

    pub fn quirk(&self, name: &str) -> bool {
        self.quirks.iter().any(|q| q == name)
    }

    /// The injected error status, if it is an error status at all.
    pub fn error_status(&self) -> Option<u16> {
        self.status.filter(|s| (400..=599).contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(headers: &[(&str, &str)]) -> Request {
        Request {
            method: "POST".into(),
            path: "/v1/messages".into(),
            query: String::new(),
            http10: false,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            body: Vec::new(),
        }
    }

    #[test]
    fn target_matching() {
        assert!(targets(None, "a"));
        assert!(targets(Some("a"), "a"));
        assert!(targets(Some("b, a"), "a"));
        assert!(!targets(Some("b,ab"), "a"));
    }

    #[test]
    fn headers_override_defaults_only_when_targeted() {
        let defaults = Faults {
            delay_ms: 5,
            ..Faults::default()
        };
        let r = req(&[
            ("X-Sim-Status", "503"),
            ("x-sim-drop-after-chunks", "2"),
            ("x-sim-garbage", "1"),
            ("x-sim-target", "primary"),
        ]);
        let f = Faults::for_request(&defaults, &r, "primary");
        assert_eq!(f.error_status(), Some(503));
        assert_eq!(f.drop_after_chunks, Some(2));
        assert!(f.garbage);
        assert_eq!(f.delay_ms, 5);
        assert_eq!(Faults::for_request(&defaults, &r, "backup"), defaults);
    }
}
