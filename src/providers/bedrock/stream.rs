//! Bedrock `ConverseStream` (binary event stream) → `chat.completion.chunk`s.
//!
//! Events: `messageStart`, `contentBlockStart` (a tool use's id and name),
//! `contentBlockDelta` (text, tool input JSON fragments, reasoning),
//! `contentBlockStop`, `messageStop` (the stop reason), `metadata` (usage,
//! last). An `exception` message (`:message-type`) is an error event.

use serde::Deserialize;
use serde_json::Value;

use super::eventstream::{Decoder, Message};
use super::{finish_reason, WireUsage};
use crate::api::openai::{Delta, FunctionDelta, ToolCallDelta, Usage};
use crate::error::{kind_for_status, ApiError};
use crate::providers::chunks::ChunkWriter;
use crate::providers::{excerpt, ResponseContext, StreamTranslator};

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Event {
    #[serde(default)]
    content_block_index: Option<u32>,
    #[serde(default)]
    start: Option<Value>,
    #[serde(default)]
    delta: Option<Value>,
    #[serde(default)]
    stop_reason: Option<String>,
    #[serde(default)]
    usage: Option<WireUsage>,
    #[serde(default)]
    message: Option<String>,
}

pub struct BedrockStream {
    chunks: ChunkWriter,
    decoder: Decoder,
    messages: Vec<Message>,
    /// Content block index → OpenAI tool call index.
    tool_blocks: Vec<(u32, u32)>,
    next_tool: u32,
    started: bool,
    stop_reason: Option<String>,
    usage: Option<WireUsage>,
    stopped: bool,
    ended: bool,
}

impl BedrockStream {
    pub fn new(ctx: ResponseContext) -> Self {
        BedrockStream {
            chunks: ChunkWriter::new(ctx, format!("bedrock-{}", ctx.created)),
            decoder: Decoder::default(),
            messages: Vec::new(),
            tool_blocks: Vec::new(),
            next_tool: 0,
            started: false,
            stop_reason: None,
            usage: None,
            stopped: false,
            ended: false,
        }
    }

    fn handle(&mut self, m: &Message, out: &mut Vec<u8>) {
        if m.header(":message-type") == Some("exception")
            || m.header(":message-type") == Some("error")
        {
            let kind = m
                .header(":exception-type")
                .or(m.header(":error-code"))
                .unwrap_or("exception");
            let msg = serde_json::from_slice::<Event>(&m.payload)
                .ok()
                .and_then(|e| e.message)
                .unwrap_or_else(|| excerpt(&m.payload));
            let status = exception_status(kind);
            let err = ApiError::new(
                status,
                kind_for_status(status),
                format!("Bedrock {kind}: {msg}"),
            )
            .with_code(kind.to_string());
            return self.fail(&err, out);
        }
        let event: Event = match serde_json::from_slice(&m.payload) {
            Ok(e) => e,
            Err(e) => {
                let err = ApiError::bad_upstream(format!(
                    "Bedrock sent an event that could not be read ({e})"
                ));
                return self.fail(&err, out);
            }
        };
        match m.header(":event-type").unwrap_or_default() {
            "messageStart" => self.start(out),
            "contentBlockStart" => {
                self.start(out);
                let tool = event.start.as_ref().and_then(|s| s.get("toolUse"));
                if let (Some(tool), Some(block)) = (tool, event.content_block_index) {
                    let k = self.next_tool;
                    self.next_tool = k.saturating_add(1);
                    self.tool_blocks.push((block, k));
                    let call = ToolCallDelta {
                        index: k,
                        id: tool
                            .get("toolUseId")
                            .and_then(Value::as_str)
                            .map(str::to_string),
                        kind: Some("function"),
                        function: FunctionDelta {
                            name: tool.get("name").and_then(Value::as_str).map(str::to_string),
                            arguments: Some(String::new()),
                        },
                    };
                    self.chunks.delta(
                        0,
                        Delta {
                            tool_calls: Some(vec![call]),
                            ..Delta::default()
                        },
                        None,
                        out,
                    );
                }
            }
            "contentBlockDelta" => {
                self.start(out);
                let delta = event.delta.unwrap_or_default();
                if let Some(t) = delta
                    .get("text")
                    .and_then(Value::as_str)
                    .filter(|t| !t.is_empty())
                {
                    self.chunks.delta(
                        0,
                        Delta {
                            content: Some(t.to_string()),
                            ..Delta::default()
                        },
                        None,
                        out,
                    );
                }
                let input = delta
                    .get("toolUse")
                    .and_then(|t| t.get("input"))
                    .and_then(Value::as_str);
                let block = event.content_block_index.unwrap_or(0);
                let tool = self
                    .tool_blocks
                    .iter()
                    .find(|(b, _)| *b == block)
                    .map(|(_, k)| *k);
                if let (Some(input), Some(k)) = (input.filter(|i| !i.is_empty()), tool) {
                    let call = ToolCallDelta {
                        index: k,
                        id: None,
                        kind: None,
                        function: FunctionDelta {
                            name: None,
                            arguments: Some(input.to_string()),
                        },
                    };
                    self.chunks.delta(
                        0,
                        Delta {
                            tool_calls: Some(vec![call]),
                            ..Delta::default()
                        },
                        None,
                        out,
                    );
                }
            }
            "messageStop" => {
                self.start(out);
                self.stop_reason = event.stop_reason;
                self.stopped = true;
                let reason = finish_reason(self.stop_reason.as_deref());
                self.chunks.delta(0, Delta::default(), Some(reason), out);
            }
            "metadata" => {
                if event.usage.is_some() {
                    self.usage = event.usage;
                }
                self.finish_ok(out);
            }
            // contentBlockStop and whatever comes next carry nothing for OpenAI.
            _ => {}
        }
    }

    fn start(&mut self, out: &mut Vec<u8>) {
        if !self.started {
            self.started = true;
            let d = Delta {
                role: Some("assistant"),
                content: Some(String::new()),
                tool_calls: None,
            };
            self.chunks.delta(0, d, None, out);
        }
    }

    fn finish_ok(&mut self, out: &mut Vec<u8>) {
        if self.ended || !self.stopped {
            return;
        }
        self.chunks.finish(self.usage(), out);
        self.ended = true;
    }

    fn fail(&mut self, err: &ApiError, out: &mut Vec<u8>) {
        out.extend_from_slice(&err.sse_event());
        self.ended = true;
    }

    fn drain(&mut self, out: &mut Vec<u8>) {
        let mut messages = std::mem::take(&mut self.messages);
        for m in messages.drain(..) {
            if self.ended {
                break;
            }
            self.handle(&m, out);
        }
        self.messages = messages;
    }
}

/// The HTTP status Bedrock documents for a stream exception.
fn exception_status(kind: &str) -> u32 {
    match kind {
        "throttlingException" => 429,
        "validationException" => 400,
        "serviceUnavailableException" => 503,
        "modelStreamErrorException" => 424,
        "modelTimeoutException" => 408,
        _ => 500,
    }
}

impl StreamTranslator for BedrockStream {
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        if let Err(e) = self.decoder.push(chunk, &mut self.messages) {
            // Messages decoded before the bad one still count.
            self.drain(out);
            if !self.ended {
                self.fail(
                    &ApiError::bad_upstream(format!("Bedrock's stream is corrupt: {e}")),
                    out,
                );
            }
            return;
        }
        self.drain(out);
    }

    fn finish(&mut self, out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        // A stream without the metadata event still ends cleanly after messageStop.
        self.finish_ok(out);
        if !self.ended {
            self.fail(
                &ApiError::bad_upstream("Bedrock's stream ended before it was complete."),
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
    use super::super::eventstream::encode;
    use super::*;
    use crate::sse::SseParser;

    fn event(kind: &str, payload: &str) -> Vec<u8> {
        encode(
            &[
                (":event-type", kind),
                (":content-type", "application/json"),
                (":message-type", "event"),
            ],
            payload.as_bytes(),
        )
    }

    /// A ConverseStream answer with text and a tool use, as Bedrock documents its events.
    pub fn sample() -> Vec<u8> {
        [
            event("messageStart", r#"{"role":"assistant","p":"abcd"}"#),
            event("contentBlockDelta", r#"{"contentBlockIndex":0,"delta":{"text":"Let me "}}"#),
            event("contentBlockDelta", r#"{"contentBlockIndex":0,"delta":{"text":"check été."}}"#),
            event("contentBlockStop", r#"{"contentBlockIndex":0}"#),
            event("contentBlockStart", r#"{"contentBlockIndex":1,"start":{"toolUse":{"toolUseId":"tooluse_1","name":"top_song"}}}"#),
            event("contentBlockDelta", r#"{"contentBlockIndex":1,"delta":{"toolUse":{"input":"{\"sign\":"}}}"#),
            event("contentBlockDelta", r#"{"contentBlockIndex":1,"delta":{"toolUse":{"input":"\"WZPZ\"}"}}}"#),
            event("contentBlockStop", r#"{"contentBlockIndex":1}"#),
            event("messageStop", r#"{"stopReason":"tool_use"}"#),
            event("metadata", r#"{"usage":{"inputTokens":30,"outputTokens":12,"totalTokens":42},"metrics":{"latencyMs":300}}"#),
        ]
        .concat()
    }

    fn run(chunks: &[&[u8]], include_usage: bool) -> (Vec<String>, Option<Usage>) {
        let mut t = BedrockStream::new(ResponseContext {
            created: 1,
            stream: true,
            include_usage,
        });
        let mut out = Vec::new();
        for c in chunks {
            t.push(c, &mut out);
        }
        t.finish(&mut out);
        let mut p = SseParser::default();
        let mut ev = Vec::new();
        p.feed(&out, &mut ev).unwrap();
        p.finish(&mut ev);
        (ev.into_iter().map(|e| e.data).collect(), t.usage())
    }

    #[test]
    fn text_and_tool_use_with_usage() {
        let (ev, usage) = run(&[&sample()], true);
        assert_eq!(ev.last().unwrap(), "[DONE]");
        let chunks: Vec<Value> = ev[..ev.len() - 1]
            .iter()
            .map(|e| serde_json::from_str(e).unwrap())
            .collect();
        let text: String = chunks
            .iter()
            .filter_map(|c| c["choices"][0]["delta"]["content"].as_str())
            .collect();
        assert_eq!(text, "Let me check été.");
        let calls: Vec<&Value> = chunks
            .iter()
            .filter_map(|c| c["choices"][0]["delta"]["tool_calls"].get(0))
            .collect();
        assert_eq!(calls[0]["id"], "tooluse_1");
        assert_eq!(calls[0]["function"]["name"], "top_song");
        let args: String = calls
            .iter()
            .filter_map(|c| c["function"]["arguments"].as_str())
            .collect();
        assert_eq!(args, "{\"sign\":\"WZPZ\"}");
        assert_eq!(
            chunks[chunks.len() - 2]["choices"][0]["finish_reason"],
            "tool_calls"
        );
        assert_eq!(chunks.last().unwrap()["usage"]["total_tokens"], 42);
        assert_eq!(usage.unwrap().prompt_tokens, 30);
    }

    #[test]
    fn split_at_every_offset_is_identical() {
        let s = sample();
        let whole = run(&[&s], false).0;
        for i in 0..=s.len() {
            assert_eq!(run(&[&s[..i], &s[i..]], false).0, whole, "split at {i}");
        }
    }

    #[test]
    fn bad_crc_exception_and_truncation_are_error_events() {
        let mut s = sample();
        let at = s.len() / 2;
        s[at] ^= 0x40;
        let (ev, _) = run(&[&s], false);
        assert!(ev.last().unwrap().contains("corrupt"), "{ev:?}");
        let exc = encode(
            &[
                (":message-type", "exception"),
                (":exception-type", "throttlingException"),
            ],
            br#"{"message":"Too many tokens"}"#,
        );
        let (ev, _) = run(
            &[&event("messageStart", r#"{"role":"assistant"}"#), &exc],
            false,
        );
        let last: Value = serde_json::from_str(ev.last().unwrap()).unwrap();
        assert_eq!(last["error"]["code"], "throttlingException");
        assert_eq!(last["error"]["type"], "rate_limit_error");
        let s = sample();
        let (ev, _) = run(&[&s[..s.len() / 3]], false);
        assert!(ev.last().unwrap().contains("ended before"));
    }
}
