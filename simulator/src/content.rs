//! Dialect-neutral reply derivation and token counting.
//!
//! Everything here is a pure function of the request so tests can predict the
//! exact text, finish reason and usage numbers:
//! - reply = `Echo from <model>: <last user text>`, or a call to the first
//!   declared tool with `{"query": <last user text>}` when that text contains
//!   the word `TOOL` (and the last user turn is not itself a tool result, so
//!   agent loops end).
//! - "tokens" are whitespace-separated words: prompt tokens = words of every
//!   message text + system text, plus 3 per message; completion tokens = words
//!   of the reply (tool calls: words of the arguments JSON, at least 1).

use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::Value;

/// What a dialect extracted from a validated request.
#[derive(Debug, Clone, Default)]
pub struct Prompt {
    pub model: String,
    /// Text of the last user turn (text parts concatenated; for a turn carrying
    /// tool results, the results' text).
    pub last_user_text: String,
    /// The last user turn is a tool result (OpenAI `tool` message, Anthropic
    /// `tool_result` block): never answer it with another tool call.
    pub last_is_tool_result: bool,
    pub prompt_tokens: u64,
    pub first_tool: Option<String>,
    /// `max_tokens` / `max_completion_tokens`.
    pub max_tokens: Option<u64>,
    pub stops: Vec<String>,
    pub stream: bool,
    /// JSON output was asked for (OpenAI `response_format`, Gemini
    /// `responseMimeType`, ...): the reply is `{"echo": <the text reply>}`.
    pub json_output: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finish {
    /// Natural end of the reply.
    End,
    /// Cut by `max_tokens`.
    Length,
    /// Cut before this stop sequence.
    Stop(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Text { text: String, finish: Finish },
    ToolCall { name: String, arguments: String },
}

impl Reply {
    pub fn completion_tokens(&self) -> u64 {
        match self {
            Reply::Text { text, .. } => words(text),
            Reply::ToolCall { arguments, .. } => words(arguments).max(1),
        }
    }
}

pub fn words(s: &str) -> u64 {
    s.split_whitespace().count() as u64
}

/// Prompt token count from per-message texts plus the system text.
pub fn prompt_tokens<'a>(message_texts: impl IntoIterator<Item = &'a str>, system: &str) -> u64 {
    let mut total = words(system);
    for text in message_texts {
        total += words(text) + 3;
    }
    total
}

/// Concatenation of the text parts of a content value: a string, or an array of
/// `{"type":"text","text":..}` parts (other part types contribute nothing).
pub fn text_of(content: Option<&Value>) -> String {
    match content {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts
            .iter()
            .filter(|p| p.get("type").and_then(Value::as_str) == Some("text"))
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect(),
        _ => String::new(),
    }
}

/// `TOOL` as a standalone word (punctuation around it allowed, case-sensitive).
fn mentions_tool(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|w| w == "TOOL")
}

pub fn derive_reply(p: &Prompt) -> Reply {
    if let Some(name) = &p.first_tool {
        if !p.last_is_tool_result && mentions_tool(&p.last_user_text) {
            let arguments = serde_json::json!({ "query": p.last_user_text }).to_string();
            return Reply::ToolCall {
                name: name.clone(),
                arguments,
            };
        }
    }
    let mut full = format!("Echo from {}: {}", p.model, p.last_user_text);
    if p.json_output {
        full = serde_json::json!({ "echo": full }).to_string();
    }
    let stop_at = p
        .stops
        .iter()
        .filter(|s| !s.is_empty())
        .filter_map(|s| full.find(s.as_str()).map(|i| (i, s)))
        .min_by_key(|(i, _)| *i);
    let length_at = p.max_tokens.and_then(|n| word_cut(&full, n));
    // Whichever limit is reached first while "generating" wins.
    let (cut, finish) = match (length_at, stop_at) {
        (Some(l), Some((s, _))) if l <= s => (l, Finish::Length),
        (_, Some((s, seq))) => (s, Finish::Stop(seq.clone())),
        (Some(l), None) => (l, Finish::Length),
        (None, None) => (full.len(), Finish::End),
    };
    let text = full.get(..cut).unwrap_or(&full).to_string();
    Reply::Text { text, finish }
}

/// Byte offset just after the `n`th word, or `None` if `s` has at most `n` words.
fn word_cut(s: &str, n: u64) -> Option<usize> {
    if words(s) <= n {
        return None;
    }
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == n {
                    return Some(i);
                }
            }
            in_word = false;
        } else {
            if !in_word && n == 0 {
                return Some(i);
            }
            in_word = true;
        }
    }
    Some(s.len())
}

/// Splits text into streaming pieces, one word each with its leading
/// whitespace, so concatenating the pieces gives back `s` exactly.
pub fn pieces(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_ws = true;
    for (i, c) in s.char_indices() {
        let ws = c.is_whitespace();
        if ws && !prev_ws && i > start {
            out.push(s.get(start..i).unwrap_or(""));
            start = i;
        }
        prev_ws = ws;
    }
    if start < s.len() {
        out.push(s.get(start..).unwrap_or(""));
    }
    out
}

/// Next value of a per-kind id counter (`chatcmpl-sim-N`, `msg_sim_N`,
/// `req_sim_N`), each starting at 1 so ids are predictable per process.
pub fn next_id(counter: &AtomicU64) -> u64 {
    counter.fetch_add(1, Ordering::Relaxed)
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn prompt(text: &str) -> Prompt {
        Prompt {
            model: "m1".into(),
            last_user_text: text.into(),
            ..Prompt::default()
        }
    }

    #[test]
    fn echo_reply_and_tokens() {
        let r = derive_reply(&prompt("hello  world"));
        assert_eq!(
            r,
            Reply::Text {
                text: "Echo from m1: hello  world".into(),
                finish: Finish::End
            }
        );
        assert_eq!(r.completion_tokens(), 5);
        assert_eq!(prompt_tokens(["a b", "c"], "sys tem"), 2 + 3 + 1 + 3 + 2);
        assert_eq!(prompt_tokens([], ""), 0);
    }

    #[test]
    fn text_parts_concatenate() {
        let c = json!([{"type":"text","text":"ab"},{"type":"image_url","image_url":{}},{"type":"text","text":" cd"}]);
        assert_eq!(text_of(Some(&c)), "ab cd");
        assert_eq!(text_of(Some(&json!("x"))), "x");
        assert_eq!(text_of(None), "");
    }

    #[test]
    fn tool_call_only_with_tools_and_word() {
        let mut p = prompt("please TOOL: find cats");
        assert!(matches!(derive_reply(&p), Reply::Text { .. }));
        p.first_tool = Some("search".into());
        let r = derive_reply(&p);
        assert_eq!(
            r,
            Reply::ToolCall {
                name: "search".into(),
                arguments: r#"{"query":"please TOOL: find cats"}"#.into()
            }
        );
        assert_eq!(r.completion_tokens(), 4);
        p.last_user_text = "TOOLS are not TOOLing".into();
        assert!(matches!(derive_reply(&p), Reply::Text { .. }));
        p.last_user_text = "TOOL".into();
        p.last_is_tool_result = true;
        assert!(matches!(derive_reply(&p), Reply::Text { .. }));
    }

    #[test]
    fn max_tokens_truncates() {
        let mut p = prompt("one two three");
        p.max_tokens = Some(4);
        assert_eq!(
            derive_reply(&p),
            Reply::Text {
                text: "Echo from m1: one".into(),
                finish: Finish::Length
            }
        );
        p.max_tokens = Some(6);
        assert!(matches!(
            derive_reply(&p),
            Reply::Text {
                finish: Finish::End,
                ..
            }
        ));
        p.max_tokens = Some(0);
        assert_eq!(
            derive_reply(&p),
            Reply::Text {
                text: String::new(),
                finish: Finish::Length
            }
        );
    }

    #[test]
    fn stop_sequences_cut() {
        let mut p = prompt("alpha beta gamma");
        p.stops = vec!["gamma".into(), " beta".into()];
        assert_eq!(
            derive_reply(&p),
            Reply::Text {
                text: "Echo from m1: alpha".into(),
                finish: Finish::Stop(" beta".into())
            }
        );
        // Length reached before the stop sequence wins.
        p.max_tokens = Some(3);
        assert!(matches!(
            derive_reply(&p),
            Reply::Text {
                finish: Finish::Length,
                ..
            }
        ));
    }

    #[test]
    fn pieces_roundtrip() {
        for s in ["Echo from m: a  b ", "  lead", "", "one", "é ü\nx"] {
            assert_eq!(pieces(s).concat(), s);
        }
        assert_eq!(pieces("a b  c"), vec!["a", " b", "  c"]);
    }
}
