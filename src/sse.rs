//! Byte-level Server-Sent Events parser and writer.
//!
//! Upstream bodies arrive in arbitrary chunks: an event, a line, even a UTF-8
//! character can be split across two of them, and lines may end in `\n`,
//! `\r\n` or `\r`. The parser keeps the unfinished line as bytes and decodes
//! only whole lines, so none of those splits matter.

/// One dispatched SSE event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SseEvent {
    /// The `event:` field, if the event had one.
    pub event: Option<String>,
    /// The `data:` lines joined with `\n`.
    pub data: String,
}

/// The stream had a line longer than the parser accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineTooLong;

/// Incremental SSE parser. Feed it chunks; it returns whole events.
#[derive(Debug)]
pub struct SseParser {
    line: Vec<u8>,
    event: Option<String>,
    data: String,
    has_data: bool,
    /// The last byte fed was `\r`: a `\n` that follows belongs to the same line end.
    after_cr: bool,
    max_line: usize,
}

/// Longest line accepted (a single `data:` line with a large tool-call argument fits easily).
pub const DEFAULT_MAX_LINE: usize = 4 * 1024 * 1024;

impl Default for SseParser {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_LINE)
    }
}

impl SseParser {
    pub fn new(max_line: usize) -> Self {
        SseParser {
            line: Vec::new(),
            event: None,
            data: String::new(),
            has_data: false,
            after_cr: false,
            max_line,
        }
    }

    /// Feeds one chunk and appends every event it completes to `out`.
    pub fn feed(&mut self, chunk: &[u8], out: &mut Vec<SseEvent>) -> Result<(), LineTooLong> {
        let mut rest = chunk;
        while let Some((&b, tail)) = rest.split_first() {
            rest = tail;
            if self.after_cr {
                self.after_cr = false;
                if b == b'\n' {
                    continue;
                }
            }
            match b {
                b'\n' => self.end_line(out),
                b'\r' => {
                    self.after_cr = true;
                    self.end_line(out);
                }
                _ => {
                    // Copy the run of ordinary bytes in one go.
                    let run = rest
                        .iter()
                        .position(|&c| c == b'\n' || c == b'\r')
                        .unwrap_or(rest.len());
                    let (head, tail) = rest.split_at(run);
                    self.line.push(b);
                    self.line.extend_from_slice(head);
                    rest = tail;
                    if self.line.len() > self.max_line {
                        self.line.clear();
                        return Err(LineTooLong);
                    }
                }
            }
        }
        Ok(())
    }

    /// The stream ended: dispatches an event that was not followed by a blank
    /// line, if any. (The SSE spec drops it; providers that close right after
    /// their last `data:` line are common enough that keeping it is kinder.)
    pub fn finish(&mut self, out: &mut Vec<SseEvent>) {
        if !self.line.is_empty() {
            self.end_line(out);
        }
        self.dispatch(out);
    }

    /// True when no partial line or event is pending.
    pub fn is_idle(&self) -> bool {
        self.line.is_empty() && !self.has_data && self.event.is_none()
    }

    fn end_line(&mut self, out: &mut Vec<SseEvent>) {
        if self.line.is_empty() {
            self.dispatch(out);
            return;
        }
        let line = std::mem::take(&mut self.line);
        let text = String::from_utf8_lossy(&line);
        let (field, value) = match text.find(':') {
            Some(0) => return, // comment
            Some(i) => {
                let (f, v) = text.split_at(i);
                let v = v.get(1..).unwrap_or("");
                (f, v.strip_prefix(' ').unwrap_or(v))
            }
            None => (&*text, ""),
        };
        match field {
            "data" => {
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "event" => self.event = Some(value.to_string()),
            _ => {} // id, retry and unknown fields do not matter here
        }
        self.line = line;
        self.line.clear();
    }

    fn dispatch(&mut self, out: &mut Vec<SseEvent>) {
        if self.has_data || self.event.is_some() {
            out.push(SseEvent {
                event: self.event.take(),
                data: std::mem::take(&mut self.data),
            });
        }
        self.has_data = false;
        self.event = None;
    }
}

/// Appends `data: <payload>\n\n`.
pub fn write_data(out: &mut Vec<u8>, payload: &[u8]) {
    out.extend_from_slice(b"data: ");
    out.extend_from_slice(payload);
    out.extend_from_slice(b"\n\n");
}

/// Appends `event: <name>\ndata: <payload>\n\n`.
pub fn write_event(out: &mut Vec<u8>, name: &str, payload: &[u8]) {
    out.extend_from_slice(b"event: ");
    out.extend_from_slice(name.as_bytes());
    out.push(b'\n');
    write_data(out, payload);
}

/// Appends OpenAI's stream terminator, `data: [DONE]`.
pub fn write_done(out: &mut Vec<u8>) {
    write_data(out, b"[DONE]");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(chunks: &[&[u8]]) -> Vec<SseEvent> {
        let mut p = SseParser::default();
        let mut out = Vec::new();
        for c in chunks {
            p.feed(c, &mut out).unwrap();
        }
        p.finish(&mut out);
        out
    }

    const STREAM: &str = "event: message_start\ndata: {\"a\":1}\n\n: comment\r\nevent: delta\r\ndata: h\u{e9}llo \u{1F600}\r\ndata: line2\r\n\r\ndata: last\r\r";

    fn expected() -> Vec<SseEvent> {
        vec![
            SseEvent {
                event: Some("message_start".into()),
                data: "{\"a\":1}".into(),
            },
            SseEvent {
                event: Some("delta".into()),
                data: "h\u{e9}llo \u{1F600}\nline2".into(),
            },
            SseEvent {
                event: None,
                data: "last".into(),
            },
        ]
    }

    #[test]
    fn parses_mixed_line_endings() {
        assert_eq!(parse_all(&[STREAM.as_bytes()]), expected());
    }

    #[test]
    fn split_at_every_byte_offset_gives_same_events() {
        let bytes = STREAM.as_bytes();
        for i in 0..=bytes.len() {
            let (a, b) = bytes.split_at(i);
            assert_eq!(parse_all(&[a, b]), expected(), "split at {i}");
        }
    }

    #[test]
    fn one_byte_at_a_time() {
        let chunks: Vec<&[u8]> = STREAM.as_bytes().chunks(1).collect();
        assert_eq!(parse_all(&chunks), expected());
    }

    #[test]
    fn unterminated_event_is_kept_at_finish() {
        assert_eq!(
            parse_all(&[b"data: tail"]),
            vec![SseEvent {
                event: None,
                data: "tail".into()
            }]
        );
    }

    #[test]
    fn field_without_space_and_empty_data() {
        assert_eq!(
            parse_all(&[b"data:x\n\ndata\n\n"]),
            vec![
                SseEvent {
                    event: None,
                    data: "x".into()
                },
                SseEvent {
                    event: None,
                    data: "".into()
                }
            ]
        );
    }

    #[test]
    fn overlong_line_is_refused() {
        let mut p = SseParser::new(8);
        let mut out = Vec::new();
        assert_eq!(p.feed(b"data: 0123456789", &mut out), Err(LineTooLong));
    }

    #[test]
    fn writer_round_trips() {
        let mut buf = Vec::new();
        write_event(&mut buf, "x", b"{}");
        write_data(&mut buf, b"1");
        write_done(&mut buf);
        let events = parse_all(&[&buf]);
        assert_eq!(events.len(), 3);
        assert_eq!(events[0].event.as_deref(), Some("x"));
        assert_eq!(events[2].data, "[DONE]");
    }
}
