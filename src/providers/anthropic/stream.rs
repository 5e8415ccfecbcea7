//! Anthropic Messages SSE → OpenAI `chat.completion.chunk` SSE, one event at a time.

use serde::Deserialize;

use super::{finish_reason, status_for_error_type, WireError, WireUsage};
use crate::api::openai::{Delta, FunctionDelta, ToolCallDelta, Usage};
use crate::error::ApiError;
use crate::providers::chunks::ChunkWriter;
use crate::providers::{excerpt, ResponseContext, StreamTranslator};
use crate::sse::{SseEvent, SseParser};

/// The events of a Messages stream. The `type` inside `data` decides, not the
/// SSE `event:` name (they match, and `data` is what Anthropic documents).
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum WireEvent {
    MessageStart {
        message: StartMessage,
    },
    ContentBlockStart {
        index: u32,
        content_block: BlockStart,
    },
    ContentBlockDelta {
        index: u32,
        delta: BlockDelta,
    },
    MessageDelta {
        #[serde(default)]
        delta: MessageDeltaBody,
        #[serde(default)]
        usage: Option<WireUsage>,
    },
    MessageStop,
    Error {
        error: WireError,
    },
    /// `ping`, `content_block_stop` and event types added later.
    #[serde(other)]
    Other,
}

#[derive(Debug, Deserialize)]
struct StartMessage {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    usage: WireUsage,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BlockStart {
    ToolUse {
        id: String,
        name: String,
    },
    /// `text` starts empty; thinking and server-tool blocks are not forwarded.
    #[serde(other)]
    Other,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BlockDelta {
    TextDelta {
        text: String,
    },
    InputJsonDelta {
        partial_json: String,
    },
    /// `thinking_delta`, `signature_delta`, `citations_delta`, ...
    #[serde(other)]
    Other,
}

#[derive(Debug, Default, Deserialize)]
struct MessageDeltaBody {
    #[serde(default)]
    stop_reason: Option<String>,
}

/// Translates one Anthropic stream. Holds only the parser's unfinished line
/// and a few counters, never the body.
pub struct AnthropicStream {
    chunks: ChunkWriter,
    parser: SseParser,
    /// Reused between pushes to avoid an allocation per chunk.
    events: Vec<SseEvent>,
    usage: Option<WireUsage>,
    /// Content block index → OpenAI tool call index, for open tool_use blocks.
    tool_blocks: Vec<(u32, u32)>,
    next_tool: u32,
    stop_reason: Option<String>,
    finish_sent: bool,
    /// `message_stop`, an error event or unreadable data was seen: nothing more is sent.
    ended: bool,
}

impl AnthropicStream {
    pub fn new(ctx: ResponseContext) -> Self {
        AnthropicStream {
            chunks: ChunkWriter::new(ctx, String::new()),
            parser: SseParser::default(),
            events: Vec::new(),
            usage: None,
            tool_blocks: Vec::new(),
            next_tool: 0,
            stop_reason: None,
            finish_sent: false,
            ended: false,
        }
    }

    fn handle_all(&mut self, out: &mut Vec<u8>) {
        let mut events = std::mem::take(&mut self.events);
        for ev in events.drain(..) {
            self.handle(&ev, out);
        }
        self.events = events;
    }

    fn handle(&mut self, ev: &SseEvent, out: &mut Vec<u8>) {
        let data = ev.data.trim();
        if self.ended || data.is_empty() {
            return;
        }
        let event: WireEvent = match serde_json::from_str(data) {
            Ok(e) => e,
            Err(e) => {
                let msg = format!(
                    "Anthropic sent a stream event that could not be read ({e}): {}",
                    excerpt(data.as_bytes())
                );
                return self.fail(ApiError::bad_upstream(msg), out);
            }
        };
        match event {
            WireEvent::MessageStart { message } => {
                self.chunks.id = message.id.unwrap_or_default();
                self.chunks.model = message.model.unwrap_or_default();
                self.usage = Some(message.usage);
                let delta = Delta {
                    role: Some("assistant"),
                    content: Some(String::new()),
                    tool_calls: None,
                };
                self.chunks.delta(0, delta, None, out);
            }
            WireEvent::ContentBlockStart {
                index,
                content_block: BlockStart::ToolUse { id, name },
            } => {
                let k = self.next_tool;
                self.next_tool = k.saturating_add(1);
                self.tool_blocks.push((index, k));
                let call = ToolCallDelta {
                    index: k,
                    id: Some(id),
                    kind: Some("function"),
                    function: FunctionDelta {
                        name: Some(name),
                        arguments: Some(String::new()),
                    },
                };
                self.emit_tool_call(call, out);
            }
            WireEvent::ContentBlockStart { .. } => {}
            WireEvent::ContentBlockDelta { delta, index } => match delta {
                BlockDelta::TextDelta { text } if !text.is_empty() => {
                    let delta = Delta {
                        content: Some(text),
                        ..Delta::default()
                    };
                    self.chunks.delta(0, delta, None, out);
                }
                BlockDelta::InputJsonDelta { partial_json } if !partial_json.is_empty() => {
                    let tool = self.tool_blocks.iter().find(|(b, _)| *b == index);
                    if let Some(&(_, k)) = tool {
                        let call = ToolCallDelta {
                            index: k,
                            id: None,
                            kind: None,
                            function: FunctionDelta {
                                name: None,
                                arguments: Some(partial_json),
                            },
                        };
                        self.emit_tool_call(call, out);
                    }
                }
                _ => {}
            },
            WireEvent::MessageDelta { delta, usage } => {
                if let Some(u) = usage {
                    self.merge_usage(u);
                }
                self.stop_reason = delta.stop_reason;
                self.send_finish(out);
            }
            WireEvent::MessageStop => {
                // A stream without message_delta still gets its finish_reason.
                self.send_finish(out);
                self.chunks.finish(self.usage(), out);
                self.ended = true;
            }
            WireEvent::Error { error } => {
                let status = status_for_error_type(error.kind.as_deref());
                self.fail(error.to_api_error(status), out);
            }
            WireEvent::Other => {}
        }
    }

    /// `message_delta` usage is cumulative; fields it carries replace ours.
    fn merge_usage(&mut self, u: WireUsage) {
        let cur = self.usage.get_or_insert_with(WireUsage::default);
        cur.input_tokens = u.input_tokens.or(cur.input_tokens);
        cur.output_tokens = u.output_tokens.or(cur.output_tokens);
        cur.cache_creation_input_tokens = u
            .cache_creation_input_tokens
            .or(cur.cache_creation_input_tokens);
        cur.cache_read_input_tokens = u.cache_read_input_tokens.or(cur.cache_read_input_tokens);
    }

    fn send_finish(&mut self, out: &mut Vec<u8>) {
        if !self.finish_sent {
            self.finish_sent = true;
            let reason = finish_reason(self.stop_reason.as_deref());
            self.chunks.delta(0, Delta::default(), Some(reason), out);
        }
    }

    fn fail(&mut self, err: ApiError, out: &mut Vec<u8>) {
        out.extend_from_slice(&err.sse_event());
        self.ended = true;
    }

    fn emit_tool_call(&self, call: ToolCallDelta, out: &mut Vec<u8>) {
        let delta = Delta {
            tool_calls: Some(vec![call]),
            ..Delta::default()
        };
        self.chunks.delta(0, delta, None, out);
    }
}

impl StreamTranslator for AnthropicStream {
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        let fed = self.parser.feed(chunk, &mut self.events);
        self.handle_all(out);
        if fed.is_err() {
            self.fail(
                ApiError::bad_upstream("Anthropic sent a stream line longer than the limit."),
                out,
            );
        }
    }

    fn finish(&mut self, out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        // A last event not followed by a blank line still counts.
        self.parser.finish(&mut self.events);
        self.handle_all(out);
        if !self.ended {
            self.fail(
                ApiError::bad_upstream("Anthropic's stream ended before `message_stop`."),
                out,
            );
        }
    }

    fn usage(&self) -> Option<Usage> {
        self.usage.map(WireUsage::to_openai)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const TEXT: &str = include_str!("../../../tests/fixtures/anthropic/stream_text.sse");
    const TOOLS: &str = include_str!("../../../tests/fixtures/anthropic/stream_tool_use.sse");
    const ERROR: &str = include_str!("../../../tests/fixtures/anthropic/stream_error.sse");

    fn ctx(include_usage: bool) -> ResponseContext {
        ResponseContext {
            created: 1_700_000_000,
            stream: true,
            include_usage,
        }
    }

    fn run(chunks: &[&[u8]], include_usage: bool) -> (Vec<u8>, Option<Usage>) {
        let mut t = AnthropicStream::new(ctx(include_usage));
        let mut out = Vec::new();
        for c in chunks {
            t.push(c, &mut out);
        }
        t.finish(&mut out);
        (out, t.usage())
    }

    /// The `data:` payloads of the output, in order.
    fn payloads(out: &[u8]) -> Vec<String> {
        let text = std::str::from_utf8(out).unwrap();
        assert!(text.ends_with("\n\n"), "{text}");
        text.split_terminator("\n\n")
            .map(|e| e.strip_prefix("data: ").unwrap().to_string())
            .collect()
    }

    fn chunks(out: &[u8]) -> Vec<Value> {
        payloads(out)
            .iter()
            .filter(|p| *p != "[DONE]")
            .map(|p| serde_json::from_str(p).unwrap())
            .collect()
    }

    fn content(chunks: &[Value]) -> String {
        chunks
            .iter()
            .filter_map(|c| c["choices"][0]["delta"]["content"].as_str())
            .collect()
    }

    #[test]
    fn text_stream() {
        let (out, usage) = run(&[TEXT.as_bytes()], false);
        let p = payloads(&out);
        assert_eq!(p.last().unwrap(), "[DONE]");
        let c = chunks(&out);
        assert_eq!(content(&c), "Hello! Héllo wörld 😀, how can I help?");
        for chunk in &c {
            assert_eq!(chunk["id"], "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY");
            assert_eq!(chunk["model"], "claude-sonnet-4-5-20250929");
            assert_eq!(chunk["created"], 1_700_000_000);
            assert_eq!(chunk["object"], "chat.completion.chunk");
            assert!(chunk.get("usage").is_none());
        }
        assert_eq!(
            c.first().unwrap()["choices"][0]["delta"],
            json!({"role": "assistant", "content": ""})
        );
        let last = c.last().unwrap();
        assert_eq!(last["choices"][0]["delta"], json!({}));
        assert_eq!(last["choices"][0]["finish_reason"], "stop");
        let finishes = c
            .iter()
            .filter(|c| !c["choices"][0]["finish_reason"].is_null())
            .count();
        assert_eq!(finishes, 1);
        assert_eq!(usage, Some(Usage::new(35, 15, 10)));
    }

    #[test]
    fn include_usage_adds_null_usage_and_a_final_usage_chunk() {
        let (out, _) = run(&[TEXT.as_bytes()], true);
        let c = chunks(&out);
        let (last, rest) = c.split_last().unwrap();
        for chunk in rest {
            assert_eq!(chunk["usage"], Value::Null);
            assert!(chunk.get("usage").is_some());
        }
        assert_eq!(last["choices"], json!([]));
        assert_eq!(
            last["usage"],
            json!({"prompt_tokens": 35, "completion_tokens": 15, "total_tokens": 50,
                   "prompt_tokens_details": {"cached_tokens": 10}})
        );
        assert_eq!(payloads(&out).last().unwrap(), "[DONE]");
    }

    #[test]
    fn tool_use_stream() {
        let (out, usage) = run(&[TOOLS.as_bytes()], false);
        let c = chunks(&out);
        // Thinking is not forwarded; the text block is.
        assert_eq!(content(&c), "Okay, let me check the weather.");
        let mut calls: Vec<(String, String, String)> = Vec::new();
        for chunk in &c {
            let Some(deltas) = chunk["choices"][0]["delta"]["tool_calls"].as_array() else {
                continue;
            };
            for d in deltas {
                let k = d["index"].as_u64().unwrap() as usize;
                if let Some(id) = d["id"].as_str() {
                    assert_eq!(k, calls.len());
                    assert_eq!(d["type"], "function");
                    let name = d["function"]["name"].as_str().unwrap();
                    calls.push((id.into(), name.into(), String::new()));
                }
                calls[k].2 += d["function"]["arguments"].as_str().unwrap();
            }
        }
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].0, "toolu_01T1x1fJ34qAmk2tNTrN7Up6");
        assert_eq!(calls[0].1, "get_weather");
        let args: Value = serde_json::from_str(&calls[0].2).unwrap();
        assert_eq!(
            args,
            json!({"location": "San Francisco, CA", "unit": "fahrenheit"})
        );
        assert_eq!(
            (calls[1].0.as_str(), calls[1].1.as_str()),
            ("toolu_02Xy", "get_time")
        );
        let args: Value = serde_json::from_str(&calls[1].2).unwrap();
        assert_eq!(args, json!({"tz": "America/Los_Angeles"}));
        assert_eq!(
            c.last().unwrap()["choices"][0]["finish_reason"],
            "tool_calls"
        );
        assert_eq!(payloads(&out).last().unwrap(), "[DONE]");
        assert_eq!(usage, Some(Usage::new(472, 89, 0)));
    }

    #[test]
    fn split_at_every_byte_gives_identical_output() {
        for fixture in [TEXT, TOOLS, ERROR] {
            let bytes = fixture.as_bytes();
            for usage in [false, true] {
                let (whole, u) = run(&[bytes], usage);
                for i in 0..=bytes.len() {
                    let (a, b) = bytes.split_at(i);
                    let (split, su) = run(&[a, b], usage);
                    assert_eq!(split, whole, "split at {i}");
                    assert_eq!(su, u);
                }
                let bytewise: Vec<&[u8]> = bytes.chunks(1).collect();
                assert_eq!(run(&bytewise, usage).0, whole);
            }
        }
    }

    #[test]
    fn error_event_ends_the_stream() {
        let (out, _) = run(&[ERROR.as_bytes()], false);
        let p = payloads(&out);
        assert!(!p.contains(&"[DONE]".to_string()));
        let last: Value = serde_json::from_str(p.last().unwrap()).unwrap();
        assert_eq!(
            last,
            json!({"error": {"message": "Overloaded", "type": "server_error",
                             "param": null, "code": "overloaded_error"}})
        );
        assert_eq!(
            content(&chunks(&out[..out.len() - p.last().unwrap().len() - 8])),
            "Partial"
        );
        // Nothing after the error, not even from finish().
        let errors = p.iter().filter(|p| p.starts_with("{\"error\"")).count();
        assert_eq!(errors, 1);
    }

    #[test]
    fn truncated_stream_gets_an_error_from_finish() {
        let cut = TEXT.find("event: message_delta").unwrap();
        let mut t = AnthropicStream::new(ctx(false));
        let mut out = Vec::new();
        t.push(&TEXT.as_bytes()[..cut], &mut out);
        let before = out.len();
        assert!(!String::from_utf8_lossy(&out).contains("error"));
        t.finish(&mut out);
        let tail: Value = serde_json::from_str(
            std::str::from_utf8(&out[before..])
                .unwrap()
                .strip_prefix("data: ")
                .unwrap()
                .trim_end(),
        )
        .unwrap();
        assert_eq!(tail["error"]["type"], "upstream_error");
        assert!(tail["error"]["message"].as_str().unwrap().contains("ended"));
        // Input tokens are known from message_start even so.
        assert_eq!(t.usage().map(|u| u.prompt_tokens), Some(35));
        // finish() twice adds nothing.
        let len = out.len();
        t.finish(&mut out);
        assert_eq!(out.len(), len);
    }

    #[test]
    fn last_event_without_blank_line_is_kept() {
        let trimmed = TEXT.trim_end();
        let (out, _) = run(&[trimmed.as_bytes()], false);
        assert_eq!(payloads(&out).last().unwrap(), "[DONE]");
    }

    #[test]
    fn garbage_gives_one_error_event() {
        let body = format!(
            "{}event: content_block_delta\ndata: {{not json\n\ndata: also garbage\n\n{}",
            &TEXT[..TEXT.find("event: content_block_delta").unwrap()],
            &TEXT[TEXT.find("event: content_block_delta").unwrap()..]
        );
        let (out, _) = run(&[body.as_bytes()], false);
        let p = payloads(&out);
        let errors: Vec<&String> = p.iter().filter(|p| p.starts_with("{\"error\"")).collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(p.last(), errors.last().copied());
        assert!(errors[0].contains("bad_upstream_response"));
        assert!(!p.contains(&"[DONE]".to_string()));
    }

    #[test]
    fn unknown_events_and_deltas_are_ignored() {
        let extra = "event: brand_new\ndata: {\"type\":\"brand_new\",\"x\":[1]}\n\n\
             event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"citations_delta\",\"citation\":{}}}\n\n\
             event: ping\n\n";
        let at = TEXT.find("event: content_block_stop").unwrap();
        let body = format!("{}{extra}{}", &TEXT[..at], &TEXT[at..]);
        let (plain, _) = run(&[TEXT.as_bytes()], false);
        let (out, _) = run(&[body.as_bytes()], false);
        assert_eq!(out, plain);
    }

    #[test]
    fn message_stop_without_message_delta_still_finishes() {
        let start = TEXT.find("event: message_delta").unwrap();
        let stop = TEXT.find("event: message_stop").unwrap();
        let body = format!("{}{}", &TEXT[..start], &TEXT[stop..]);
        let c = chunks(&run(&[body.as_bytes()], false).0);
        assert_eq!(c.last().unwrap()["choices"][0]["finish_reason"], "stop");
    }

    #[test]
    fn max_tokens_and_refusal_map_to_openai_reasons() {
        for (reason, expected) in [
            ("max_tokens", "length"),
            ("refusal", "content_filter"),
            ("something_new", "stop"),
        ] {
            let body = TEXT.replace("\"end_turn\"", &format!("\"{reason}\""));
            let c = chunks(&run(&[body.as_bytes()], false).0);
            assert_eq!(c.last().unwrap()["choices"][0]["finish_reason"], expected);
        }
    }
}
