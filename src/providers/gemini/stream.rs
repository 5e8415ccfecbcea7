//! Gemini `streamGenerateContent?alt=sse` → `chat.completion.chunk` events.
//!
//! Every event is a whole `GenerateContentResponse` holding the next piece of
//! each candidate; function calls arrive whole, so each becomes one tool-call
//! delta with its full arguments. There is no end marker: the answer is
//! complete once every candidate has sent a `finishReason`, and the usage of
//! the last event is the final one (every event carries the running usage).

use std::collections::BTreeMap;

use super::{arguments, call_id, finish_reason, WireResponse, WireUsage};
use crate::api::openai::{Delta, FunctionDelta, ToolCallDelta, Usage};
use crate::error::ApiError;
use crate::providers::chunks::ChunkWriter;
use crate::providers::{excerpt, ResponseContext, StreamTranslator};
use crate::sse::{SseEvent, SseParser};

/// Per candidate (choice) state.
#[derive(Debug, Default, Clone, Copy)]
struct ChoiceState {
    started: bool,
    tool_calls: u32,
    finished: bool,
}

pub struct GeminiStream {
    chunks: ChunkWriter,
    parser: SseParser,
    events: Vec<SseEvent>,
    usage: Option<WireUsage>,
    /// By candidate index.
    choices: BTreeMap<u32, ChoiceState>,
    /// Tool calls over all candidates, for ids Gemini did not give.
    calls: u32,
    ended: bool,
}

impl GeminiStream {
    pub fn new(ctx: ResponseContext) -> Self {
        GeminiStream {
            chunks: ChunkWriter::new(ctx, String::new()),
            parser: SseParser::default(),
            events: Vec::new(),
            usage: None,
            choices: BTreeMap::new(),
            calls: 0,
            ended: false,
        }
    }

    fn handle_all(&mut self, out: &mut Vec<u8>) {
        let mut events = std::mem::take(&mut self.events);
        for ev in events.drain(..) {
            if self.ended {
                break;
            }
            self.handle(&ev.data, out);
        }
        self.events = events;
    }

    fn handle(&mut self, data: &str, out: &mut Vec<u8>) {
        let data = data.trim();
        if data.is_empty() {
            return;
        }
        let resp: WireResponse = match serde_json::from_str(data) {
            Ok(r) => r,
            Err(e) => {
                let msg = format!(
                    "Gemini sent a stream event that could not be read ({e}): {}",
                    excerpt(data.as_bytes())
                );
                return self.fail(ApiError::bad_upstream(msg), out);
            }
        };
        if let Some(err) = &resp.error {
            return self.fail(err.to_api_error(200), out);
        }
        if self.chunks.id.is_empty() {
            self.chunks.id = resp
                .response_id
                .clone()
                .unwrap_or_else(|| format!("gemini-{}", self.chunks.ctx.created));
        }
        if let Some(m) = &resp.model_version {
            if self.chunks.model.is_empty() {
                self.chunks.model = m.clone();
            }
        }
        if resp.usage_metadata.is_some() {
            self.usage = resp.usage_metadata;
        }
        if resp.candidates.is_empty() && resp.prompt_feedback.is_some() {
            // The prompt was blocked: one empty, filtered answer.
            self.start_choice(0, out);
            self.finish_choice(0, "content_filter", out);
        }
        for (i, cand) in resp.candidates.iter().enumerate() {
            let index = cand.index.unwrap_or(u32::try_from(i).unwrap_or(u32::MAX));
            self.start_choice(index, out);
            for part in cand.content.iter().flat_map(|c| c.parts.iter()) {
                if part.thought == Some(true) {
                    continue;
                }
                if let Some(t) = part.text.as_ref().filter(|t| !t.is_empty()) {
                    let delta = Delta {
                        content: Some(t.clone()),
                        ..Delta::default()
                    };
                    self.chunks.delta(index, delta, None, out);
                }
                if let Some(fc) = &part.function_call {
                    let state = self.state(index);
                    let k = state.tool_calls;
                    state.tool_calls = k.saturating_add(1);
                    let id = call_id(fc.id.as_deref(), self.calls);
                    self.calls = self.calls.saturating_add(1);
                    let call = ToolCallDelta {
                        index: k,
                        id: Some(id),
                        kind: Some("function"),
                        function: FunctionDelta {
                            name: Some(fc.name.clone()),
                            arguments: Some(arguments(fc.args.as_ref())),
                        },
                    };
                    let delta = Delta {
                        tool_calls: Some(vec![call]),
                        ..Delta::default()
                    };
                    self.chunks.delta(index, delta, None, out);
                }
            }
            if let Some(reason) = &cand.finish_reason {
                let has_calls = self.state(index).tool_calls > 0;
                let reason = finish_reason(Some(reason), has_calls);
                self.finish_choice(index, reason, out);
            }
        }
    }

    fn state(&mut self, index: u32) -> &mut ChoiceState {
        self.choices.entry(index).or_default()
    }

    fn start_choice(&mut self, index: u32, out: &mut Vec<u8>) {
        if !self.state(index).started {
            self.state(index).started = true;
            let delta = Delta {
                role: Some("assistant"),
                content: Some(String::new()),
                tool_calls: None,
            };
            self.chunks.delta(index, delta, None, out);
        }
    }

    fn finish_choice(&mut self, index: u32, reason: &'static str, out: &mut Vec<u8>) {
        if !self.state(index).finished {
            self.state(index).finished = true;
            self.chunks
                .delta(index, Delta::default(), Some(reason), out);
        }
    }

    fn complete(&self) -> bool {
        !self.choices.is_empty() && self.choices.values().all(|c| !c.started || c.finished)
    }

    fn fail(&mut self, err: ApiError, out: &mut Vec<u8>) {
        out.extend_from_slice(&err.sse_event());
        self.ended = true;
    }
}

impl StreamTranslator for GeminiStream {
    fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        if self.parser.feed(chunk, &mut self.events).is_err() {
            return self.fail(
                ApiError::bad_upstream("Gemini sent an oversized stream event."),
                out,
            );
        }
        self.handle_all(out);
    }

    fn finish(&mut self, out: &mut Vec<u8>) {
        if self.ended {
            return;
        }
        self.parser.finish(&mut self.events);
        self.handle_all(out);
        if self.ended {
            return;
        }
        if !self.complete() {
            return self.fail(
                ApiError::bad_upstream("Gemini's stream ended before it was complete."),
                out,
            );
        }
        self.chunks.finish(self.usage(), out);
        self.ended = true;
    }

    fn usage(&self) -> Option<Usage> {
        self.usage.map(WireUsage::to_openai)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const TEXT: &[u8] = include_bytes!("../../../tests/fixtures/gemini/stream_text.sse");
    const CALL: &[u8] = include_bytes!("../../../tests/fixtures/gemini/stream_function_call.sse");

    fn run(chunks: &[&[u8]], include_usage: bool) -> (String, Option<Usage>) {
        let mut t = GeminiStream::new(ResponseContext {
            created: 1,
            stream: true,
            include_usage,
        });
        let mut out = Vec::new();
        for c in chunks {
            t.push(c, &mut out);
        }
        t.finish(&mut out);
        (String::from_utf8(out).unwrap(), t.usage())
    }

    fn events(s: &str) -> Vec<String> {
        let mut p = SseParser::default();
        let mut ev = Vec::new();
        p.feed(s.as_bytes(), &mut ev).unwrap();
        p.finish(&mut ev);
        ev.into_iter().map(|e| e.data).collect()
    }

    #[test]
    fn text_stream_with_usage() {
        let (out, usage) = run(&[TEXT], true);
        let ev = events(&out);
        assert_eq!(ev.last().unwrap(), "[DONE]");
        let chunks: Vec<Value> = ev[..ev.len() - 1]
            .iter()
            .map(|e| serde_json::from_str(e).unwrap())
            .collect();
        assert_eq!(chunks[0]["choices"][0]["delta"]["role"], "assistant");
        let text: String = chunks
            .iter()
            .filter_map(|c| c["choices"][0]["delta"]["content"].as_str())
            .collect();
        assert_eq!(text, "The capital of France is Paris. été");
        let fin = &chunks[chunks.len() - 2];
        assert_eq!(fin["choices"][0]["finish_reason"], "stop");
        let last = chunks.last().unwrap();
        assert_eq!(last["choices"], serde_json::json!([]));
        assert_eq!(last["usage"]["total_tokens"], 21);
        assert_eq!(usage.unwrap().completion_tokens, 9);
        assert_eq!(chunks[0]["id"], "s-1");
    }

    #[test]
    fn split_at_every_offset_is_identical() {
        for (fixture, usage) in [(TEXT, true), (TEXT, false), (CALL, false)] {
            let whole = run(&[fixture], usage).0;
            for i in 0..=fixture.len() {
                let (a, b) = fixture.split_at(i);
                assert_eq!(run(&[a, b], usage).0, whole, "split at {i}");
            }
        }
    }

    #[test]
    fn function_call_is_one_tool_call_delta() {
        let (out, _) = run(&[CALL], false);
        let ev = events(&out);
        let chunks: Vec<Value> = ev[..ev.len() - 1]
            .iter()
            .map(|e| serde_json::from_str(e).unwrap())
            .collect();
        let call = &chunks[1]["choices"][0]["delta"]["tool_calls"][0];
        assert_eq!(
            (call["index"].as_u64(), call["id"].as_str()),
            (Some(0), Some("call_0"))
        );
        assert_eq!(call["function"]["name"], "get_weather");
        assert_eq!(call["function"]["arguments"], "{\"city\":\"Paris\"}");
        assert_eq!(
            chunks.last().unwrap()["choices"][0]["finish_reason"],
            "tool_calls"
        );
        assert!(!out.contains("\"usage\""), "usage not asked for: {out}");
    }

    #[test]
    fn stream_without_finish_reason_ends_with_an_error() {
        let cut = TEXT.windows(12).position(|w| w == b"finishReason").unwrap();
        let cut = TEXT[..cut]
            .windows(6)
            .rposition(|w| w == b"data: ")
            .unwrap();
        let (out, _) = run(&[&TEXT[..cut]], false);
        let last = events(&out).pop().unwrap();
        assert!(last.contains("bad_upstream_response"), "{last}");
    }

    #[test]
    fn error_event_and_garbage_end_the_stream() {
        let (out, _) = run(&[b"data: {\"error\":{\"code\":503,\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}\r\n\r\n"], false);
        let ev = events(&out);
        assert_eq!(ev.len(), 1);
        assert!(
            ev[0].contains("overloaded") && ev[0].contains("unavailable"),
            "{}",
            ev[0]
        );
        let (out, _) = run(
            &[b"data: {nope\n\n", b"data: {\"candidates\":[]}\n\n"],
            false,
        );
        assert_eq!(events(&out).len(), 1);
    }
}
