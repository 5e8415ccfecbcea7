//! Writing the OpenAI `chat.completion.chunk` stream that a translated
//! provider stream (Anthropic, Gemini, Bedrock) becomes: one writer, so every
//! dialect's chunks carry the same fields, `usage: null` where OpenAI puts it,
//! and the same ending.

use crate::api::openai::{ChatChunk, ChunkChoice, Delta, Usage};
use crate::providers::ResponseContext;
use crate::sse::{write_data, write_done};

/// The chunk envelope of one response and the client's stream options.
#[derive(Debug, Clone)]
pub struct ChunkWriter {
    pub ctx: ResponseContext,
    /// The response id (set once the provider names one).
    pub id: String,
    /// The model as the provider reported it (empty when it does not).
    pub model: String,
}

impl ChunkWriter {
    pub fn new(ctx: ResponseContext, id: String) -> Self {
        ChunkWriter {
            ctx,
            id,
            model: String::new(),
        }
    }

    /// One choice's delta, and its finish reason when it ends.
    pub fn delta(&self, index: u32, delta: Delta, finish: Option<&'static str>, out: &mut Vec<u8>) {
        let choice = ChunkChoice {
            index,
            delta,
            finish_reason: finish,
            logprobs: None,
        };
        // With `include_usage`, OpenAI sends `"usage": null` on every chunk
        // but the last.
        self.emit(vec![choice], self.ctx.include_usage.then_some(None), out);
    }

    /// The stream's end: the usage chunk when the client asked for it
    /// (zeros when the provider reported none), then `[DONE]`.
    pub fn finish(&self, usage: Option<Usage>, out: &mut Vec<u8>) {
        if self.ctx.include_usage {
            self.emit(Vec::new(), Some(Some(usage.unwrap_or_default())), out);
        }
        write_done(out);
    }

    fn emit(&self, choices: Vec<ChunkChoice>, usage: Option<Option<Usage>>, out: &mut Vec<u8>) {
        let chunk = ChatChunk {
            id: &self.id,
            object: "chat.completion.chunk",
            created: self.ctx.created,
            model: &self.model,
            choices,
            usage,
        };
        // Plain structs of strings and numbers: encoding cannot fail.
        if let Ok(bytes) = serde_json::to_vec(&chunk) {
            write_data(out, &bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn writer(include_usage: bool) -> ChunkWriter {
        let ctx = ResponseContext {
            created: 7,
            stream: true,
            include_usage,
        };
        ChunkWriter::new(ctx, "r1".to_string())
    }

    #[test]
    fn chunks_carry_null_usage_only_when_asked_and_end_with_done() {
        let mut out = Vec::new();
        writer(true).delta(0, Delta::default(), Some("stop"), &mut out);
        writer(true).finish(None, &mut out);
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(r#""id":"r1""#) && text.contains(r#""created":7"#));
        assert!(text.contains(r#""finish_reason":"stop""#));
        assert!(text.contains(r#""usage":null"#));
        assert!(text.contains(r#""choices":[],"usage":{"#));
        assert!(text.ends_with("data: [DONE]\n\n"));

        let mut out = Vec::new();
        writer(false).delta(0, Delta::default(), None, &mut out);
        writer(false).finish(None, &mut out);
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains("usage"));
        assert!(text.ends_with("data: [DONE]\n\n"));
    }
}
