//! OpenAI `chat.completion.chunk` events → Anthropic's stream grammar:
//! `message_start`, `ping`, `content_block_start` / `_delta` / `_stop`
//! (text, thinking from `reasoning_content`, tool_use with
//! `input_json_delta`), `message_delta` (stop reason and usage),
//! `message_stop`, or `error`.
//!
//! It wraps the provider's own stream translator (whose output is always
//! OpenAI chunks ending in `[DONE]` or an error event), so any provider can
//! answer an Anthropic client.

use serde::Deserialize;
use serde_json::{json, Value};

use super::response::usage_value;
use super::{error_event, stop_reason};
use crate::api::openai::Usage;
use crate::error::ApiError;
use crate::providers::StreamTranslator;
use crate::sse::{write_event, SseEvent, SseParser};

#[derive(Deserialize, Default)]
struct Chunk {
    #[serde(default)]
    id: String,
    #[serde(default)]
    model: String,
    #[serde(default)]
    choices: Vec<ChunkChoice>,
    #[serde(default)]
    usage: Option<Usage>,
    #[serde(default)]
    error: Option<ChunkError>,
}

#[derive(Deserialize, Default)]
struct ChunkError {
    #[serde(default)]
    message: String,
    #[serde(default)]
    code: Option<String>,
}

#[derive(Deserialize, Default)]
struct ChunkChoice {
    #[serde(default)]
    delta: Delta,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize, Default)]
struct Delta {
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    reasoning_content: Option<String>,
    #[serde(default)]
    tool_calls: Vec<ToolDelta>,
}

#[derive(Deserialize, Default)]
struct ToolDelta {
    #[serde(default)]
    index: u32,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    function: FunctionDelta,
}

#[derive(Deserialize, Default)]
struct FunctionDelta {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    arguments: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Text,
    Thinking,
    /// A tool call, by its OpenAI index.
    Tool(u32),
}

pub struct MessagesStream {
    inner: Box<dyn StreamTranslator>,
    parser: SseParser,
    events: Vec<SseEvent>,
    buf: Vec<u8>,
    started: bool,
    /// The open content block: its Anthropic index and kind.
    open: Option<(u32, Block)>,
    next_block: u32,
    /// OpenAI tool index → Anthropic block index.
    tools: Vec<(u32, u32)>,
    stop_reason: Option<&'static str>,
    usage: Option<Usage>,
    ended: bool,
}

impl MessagesStream {
    pub fn new(inner: Box<dyn StreamTranslator>) -> Self {
        MessagesStream {
            inner,
            parser: SseParser::default(),
            events: Vec::new(),
            buf: Vec::new(),
            started: false,
            open: None,
            next_block: 0,
            tools: Vec::new(),
            stop_reason: None,
            usage: None,
            ended: false,
        }
    }

    fn convert(&mut self, out: &mut Vec<u8>) {
        let buf = std::mem::take(&mut self.buf);
        if self.parser.feed(&buf, &mut self.events).is_err() {
            self.fail(
                &ApiError::bad_upstream("The provider sent an oversized stream event."),
                out,
            );
        }
        self.buf = buf;
        self.buf.clear();
        let mut events = std::mem::take(&mut self.events);
        for ev in events.drain(..) {
            if self.ended {
                break;
            }
            self.handle(ev.data.trim(), out);
        }
        self.events = events;
    }

    fn handle(&mut self, data: &str, out: &mut Vec<u8>) {
        if data.is_empty() {
            return;
        }
        if data == "[DONE]" {
            return self.end(out);
        }
        let chunk: Chunk = match serde_json::from_str(data) {
            Ok(c) => c,
            Err(e) => {
                let err = ApiError::bad_upstream(format!("A stream event could not be read: {e}"));
                return self.fail(&err, out);
            }
        };
        if let Some(e) = chunk.error {
            let mut err = ApiError::new(500, "server_error", e.message);
            err.code = e.code;
            return self.fail(&err, out);
        }
        if !self.started {
            self.started = true;
            let id = if chunk.id.starts_with("msg_") {
                chunk.id.clone()
            } else {
                format!("msg_{}", chunk.id)
            };
            let start = json!({"type": "message_start", "message": {
                "id": id, "type": "message", "role": "assistant", "model": chunk.model,
                "content": [], "stop_reason": null, "stop_sequence": null,
                "usage": {"input_tokens": 0, "output_tokens": 0}}});
            emit(out, "message_start", &start);
            emit(out, "ping", &json!({"type": "ping"}));
        }
        if chunk.usage.is_some() {
            self.usage = chunk.usage;
        }
        let Some(choice) = chunk.choices.into_iter().next() else {
            return;
        };
        if let Some(r) = choice.delta.reasoning_content.filter(|r| !r.is_empty()) {
            let i = self.ensure(
                Block::Thinking,
                out,
                |_| json!({"type": "thinking", "thinking": "", "signature": ""}),
            );
            delta(out, i, json!({"type": "thinking_delta", "thinking": r}));
        }
        if let Some(t) = choice.delta.content.filter(|t| !t.is_empty()) {
            let i = self.ensure(Block::Text, out, |_| json!({"type": "text", "text": ""}));
            delta(out, i, json!({"type": "text_delta", "text": t}));
        }
        for call in choice.delta.tool_calls {
            let known = self
                .tools
                .iter()
                .find(|(k, _)| *k == call.index)
                .map(|(_, b)| *b);
            let block = match (known, &call.id) {
                (Some(b), _) => b,
                (None, id) => {
                    let id = id
                        .clone()
                        .unwrap_or_else(|| format!("toolu_{}", call.index));
                    let name = call.function.name.clone().unwrap_or_default();
                    let b = self.ensure(
                        Block::Tool(call.index),
                        out,
                        |_| json!({"type": "tool_use", "id": id, "name": name, "input": {}}),
                    );
                    self.tools.push((call.index, b));
                    b
                }
            };
            if let Some(args) = call.function.arguments.filter(|a| !a.is_empty()) {
                delta(
                    out,
                    block,
                    json!({"type": "input_json_delta", "partial_json": args}),
                );
            }
        }
        if let Some(f) = choice.finish_reason {
            self.stop_reason = Some(stop_reason(Some(&f)));
        }
    }

    /// The open block if it is of this kind, else a new one (closing the open one).
    fn ensure(&mut self, kind: Block, out: &mut Vec<u8>, start: impl FnOnce(u32) -> Value) -> u32 {
        if let Some((i, k)) = self.open {
            if k == kind {
                return i;
            }
        }
        self.close_block(out);
        let i = self.next_block;
        self.next_block = i.saturating_add(1);
        let block = start(i);
        emit(
            out,
            "content_block_start",
            &json!({"type": "content_block_start", "index": i, "content_block": block}),
        );
        self.open = Some((i, kind));
        i
    }

    fn close_block(&mut self, out: &mut Vec<u8>) {
        if let Some((i, _)) = self.open.take() {
            emit(
                out,
                "content_block_stop",
                &json!({"type": "content_block_stop", "index": i}),
            );
        }
    }

    fn end(&mut self, out: &mut Vec<u8>) {
        if !self.started {
            // `[DONE]` with nothing before it: an empty message.
            self.handle(r#"{"id":"","model":"","choices":[]}"#, out);
        }
        self.close_block(out);
        let usage = usage_value(&self.usage.unwrap_or_default());
        let md = json!({"type": "message_delta",
            "delta": {"stop_reason": self.stop_reason.unwrap_or("end_turn"), "stop_sequence": null},
            "usage": usage});
        emit(out, "message_delta", &md);
        emit(out, "message_stop", &json!({"type": "message_stop"}));
        self.ended = true;
    }

    fn fail(&mut self, err: &ApiError, out: &mut Vec<u8>) {
        error_event(err, out);
        self.ended = true;
    }
}

fn emit(out: &mut Vec<u8>, name: &str, v: &Value) {
    if let Ok(b) = serde_json::to_vec(v) {
        write_event(out, name, &b);
    }
}

fn delta(out: &mut Vec<u8>, index: u32, d: Value) {
    emit(
        out,
        "content_block_delta",
        &json!({"type": "content_block_delta", "index": index, "delta": d}),
    );
}

impl StreamTranslator for MessagesStream {
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        let mut buf = std::mem::take(&mut self.buf);
        self.inner.push(chunk, &mut buf);
        self.buf = buf;
        self.convert(out);
    }

    fn finish(&mut self, out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        let mut buf = std::mem::take(&mut self.buf);
        self.inner.finish(&mut buf);
        self.buf = buf;
        self.convert(out);
        if !self.ended {
            let mut events = Vec::new();
            self.parser.finish(&mut events);
            for ev in events {
                self.handle(ev.data.trim(), out);
            }
        }
        if !self.ended {
            self.fail(
                &ApiError::bad_upstream("The provider's stream ended before it was complete."),
                out,
            );
        }
    }

    fn usage(&self) -> Option<Usage> {
        self.inner.usage()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::openai::OpenAiStream;
    use crate::providers::ResponseContext;

    const CTX: ResponseContext = ResponseContext {
        created: 1,
        stream: true,
        include_usage: true,
    };

    fn run(chunks: &[&[u8]]) -> Vec<(String, Value)> {
        let mut t = MessagesStream::new(Box::new(OpenAiStream::new(CTX)));
        let mut out = Vec::new();
        for c in chunks {
            t.push(c, &mut out);
        }
        t.finish(&mut out);
        let mut p = SseParser::default();
        let mut ev = Vec::new();
        p.feed(&out, &mut ev).unwrap();
        p.finish(&mut ev);
        ev.into_iter()
            .map(|e| {
                (
                    e.event.unwrap_or_default(),
                    serde_json::from_str(&e.data).unwrap(),
                )
            })
            .collect()
    }

    const TOOL_STREAM: &str = concat!(
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"Think.\"},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Let me\"},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" check.\"},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"Paris\\\"}\"}}]},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}]},\"finish_reason\":null}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n",
        "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":12,\"total_tokens\":42}}\n\n",
        "data: [DONE]\n\n",
    );

    #[test]
    fn event_grammar_with_thinking_text_and_tools() {
        let ev = run(&[TOOL_STREAM.as_bytes()]);
        let names: Vec<&str> = ev.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "message_start",
                "ping",
                "content_block_start",
                "content_block_delta",
                "content_block_stop",
                "content_block_start",
                "content_block_delta",
                "content_block_delta",
                "content_block_stop",
                "content_block_start",
                "content_block_delta",
                "content_block_delta",
                "content_block_stop",
                "content_block_start",
                "content_block_delta",
                "content_block_stop",
                "message_delta",
                "message_stop",
            ]
        );
        assert_eq!(ev[0].1["message"]["id"], "msg_c1");
        assert_eq!(ev[2].1["content_block"]["type"], "thinking");
        assert_eq!(
            ev[3].1["delta"],
            json!({"type": "thinking_delta", "thinking": "Think."})
        );
        assert_eq!(ev[5].1["index"], 1);
        assert_eq!(
            ev[9].1["content_block"],
            json!({"type": "tool_use", "id": "call_a", "name": "get_weather", "input": {}})
        );
        let args: String = ev[10..12]
            .iter()
            .map(|(_, v)| v["delta"]["partial_json"].as_str().unwrap())
            .collect();
        assert_eq!(args, "{\"city\":\"Paris\"}");
        assert_eq!(ev[13].1["index"], 3);
        assert_eq!(ev[16].1["delta"]["stop_reason"], "tool_use");
        assert_eq!(ev[16].1["usage"]["output_tokens"], 12);
        assert_eq!(ev[16].1["usage"]["input_tokens"], 30);
    }

    #[test]
    fn split_at_every_offset_is_identical() {
        let whole = run(&[TOOL_STREAM.as_bytes()]);
        let b = TOOL_STREAM.as_bytes();
        for i in 0..=b.len() {
            let (x, y) = b.split_at(i);
            assert_eq!(run(&[x, y]), whole, "split at {i}");
        }
    }

    #[test]
    fn errors_and_truncation_become_error_events() {
        let ev = run(&[b"data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\",\"code\":\"overloaded_error\"}}\n\n"]);
        assert_eq!(ev.len(), 1);
        assert_eq!(ev[0].0, "error");
        assert_eq!(ev[0].1["error"]["type"], "overloaded_error");
        let cut = TOOL_STREAM.find("data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Let").unwrap();
        let ev = run(&[&TOOL_STREAM.as_bytes()[..cut]]);
        let (name, v) = ev.last().unwrap();
        assert_eq!(name, "error");
        assert_eq!(v["error"]["type"], "api_error");
    }
}
