//! Entry points of the fuzz targets in `fuzz/` (`make fuzz`).
//!
//! Each takes arbitrary bytes, drives the same public APIs the filter uses,
//! and panics only when an invariant breaks (a panic is what the fuzzer
//! reports). They live in the library, compiled for tests and for `cargo
//! fuzz` (`--cfg fuzzing`) but not into the `.wasm`, so a refactor that
//! changes an API they use fails `cargo test` at once instead of breaking
//! the separate fuzz crate unnoticed; the unit tests below run each one over
//! the seed corpus in `tests/fixtures/`.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::api::members::Members;
use crate::api::openai::parse_chat_request;
use crate::config::Config;
use crate::providers::{RequestTarget, ResponseContext};
use crate::route::{stamp_body, stamp_prefix, take_stamp, BodyEdit, Stamp};
use crate::sse::{SseEvent, SseParser};

/// One provider per dialect of `providers::REGISTRY` (a dialect added there
/// is fuzzed too), and a rule that turns every PII detector on.
fn config_json() -> String {
    let names = crate::providers::dialect_names();
    let providers: Map<String, Value> = names
        .iter()
        .map(|n| {
            (
                n.to_string(),
                if *n == "bedrock" {
                    serde_json::json!({"dialect": n, "api_key_env": "KEY", "region": "us-east-1"})
                } else {
                    serde_json::json!({"dialect": n, "api_key_env": "KEY"})
                },
            )
        })
        .collect();
    let models: Map<String, Value> = names
        .iter()
        .map(|n| (n.to_string(), Value::from(format!("{n}-model"))))
        .collect();
    serde_json::json!({
        "providers": providers,
        "routes": {"r": {"cluster": "c", "models": models}},
        "models": {"m": {"route": "r"}},
        "tiers": [{"name": "t", "route": "r"}],
        "rules": [{"name": "pii", "when": {"pii": true}, "tier": "t"}]
    })
    .to_string()
}

fn env(_: &str) -> Option<String> {
    Some("sk-fuzz".to_string())
}

fn config() -> &'static Config {
    static CONFIG_ONCE: OnceLock<Config> = OnceLock::new();
    CONFIG_ONCE.get_or_init(|| Config::parse(config_json().as_bytes(), &env).expect("fuzz config"))
}

fn ctx(stream: bool, include_usage: bool) -> ResponseContext {
    ResponseContext {
        created: 1_700_000_000,
        stream,
        include_usage,
    }
}

/// Chunk boundaries derived from the data itself, so a fuzz input is the raw
/// body (the fixtures are seeds as they are) and splits still vary.
fn pseudo_random_splits(data: &[u8]) -> Vec<&[u8]> {
    let mut state: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data.iter().take(64) {
        state = (state ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let mut out = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = usize::try_from(state % 24)
            .unwrap_or(1)
            .clamp(1, rest.len());
        let (head, tail) = rest.split_at(len);
        out.push(head);
        rest = tail;
    }
    out
}

/// A client's chat request: validation, the router's body stamp, the token
/// estimate, PII detection, and the translation for every dialect.
pub fn chat_request(data: &[u8]) {
    let Ok((request, summary)) = parse_chat_request(data) else {
        return;
    };
    let config = config();
    let _ = crate::tokens::prompt_stats(&request);
    let _ = config.policy.prompt_has_pii(&request);

    // The stamp the router appends must come back out, whatever the client sent.
    let stamp = Stamp {
        route: "r".into(),
        ticket: 7,
        max_tokens: Some(100),
        headers: vec![("anthropic-beta".into(), "a,b".into())],
        ingress: crate::ingress::Ingress::Openai,
    };
    let stamped = stamp_body(data, &stamp).expect("a JSON object can be stamped");
    let (mut restamped, _) = parse_chat_request(&stamped).expect("a stamped request still parses");
    assert_eq!(take_stamp(&mut restamped), Some(stamp.clone()));
    // Put first instead (the router's way when the client sent no member of
    // that name): the same stamp, the same request.
    if !request.contains_key(crate::route::STAMP_KEY) {
        let Some(BodyEdit::Prefix { drain, with }) = stamp_prefix(data, &stamp) else {
            panic!("a JSON object can be stamped in front");
        };
        let front = [with.as_slice(), data.get(drain..).unwrap()].concat();
        let (mut restamped, _) = parse_chat_request(&front).expect("a stamped request parses");
        assert_eq!(take_stamp(&mut restamped), Some(stamp.clone()));
        assert_eq!(restamped, request);
    }

    // The OpenAI dialect's edit of the client's bytes means what the edited
    // tree means (`filter::translator`). Compared with the tree, not with the
    // tree written out and read back: serde_json does not round-trip every
    // float (`1066…660` comes back one ULP off); the client's digits do.
    if let Some(members) = Members::scan(data) {
        let target = RequestTarget {
            model: "gpt-4o-mini",
            default_max_tokens: 1,
            stream: summary.stream,
        };
        if let Some(before) = members.parse_except("messages") {
            let mut after = before.clone();
            crate::providers::openai::edit_request(&mut after, &target);
            let edited = members.splice("messages", &before, &after).unwrap();
            let mut tree = request.clone();
            crate::providers::openai::edit_request(&mut tree, &target);
            assert_eq!(
                serde_json::from_slice::<Value>(&edited).expect("an edited body is JSON"),
                Value::Object(tree)
            );
        }
    }

    for provider in config.providers.values() {
        let target = RequestTarget {
            model: &summary.model,
            default_max_tokens: provider.default_max_tokens,
            stream: summary.stream,
        };
        if let Ok(out) = provider.dialect.translate_request(request.clone(), &target) {
            serde_json::from_slice::<Value>(&out).expect("a translated request is JSON");
        }
    }
}

/// A whole provider answer, as a success and as an error, for every dialect.
pub fn response(data: &[u8]) {
    for provider in config().providers.values() {
        for stream in [false, true] {
            if let Ok((out, _usage)) = provider
                .dialect
                .translate_response(data, &ctx(stream, true))
            {
                serde_json::from_slice::<Value>(&out).expect("a translated answer is JSON");
            }
        }
        for status in [400, 401, 429, 500, 529] {
            let err = provider.dialect.translate_error(status, data);
            assert_eq!(err.status, status);
            serde_json::from_slice::<Value>(&err.body()).expect("an error body is JSON");
        }
    }
}

/// A provider stream, for every dialect, fed whole, one byte at a time and
/// in pseudo-random chunks: the client must get the same bytes and the same
/// usage whichever way the network split it.
pub fn stream(data: &[u8]) {
    for provider in config().providers.values() {
        for include_usage in [false, true] {
            let run = |chunks: &mut dyn Iterator<Item = &[u8]>| {
                let mut t = provider.dialect.stream_translator(ctx(true, include_usage));
                let mut out = Vec::new();
                for chunk in chunks {
                    t.push(chunk, &mut out);
                }
                t.finish(&mut out);
                (out, t.usage())
            };
            let whole = run(&mut std::iter::once(data));
            let bytes = run(&mut data.chunks(1));
            let random = run(&mut pseudo_random_splits(data).into_iter());
            assert!(whole == bytes, "byte-at-a-time output differs");
            assert!(whole == random, "split output differs");
        }
    }
}

/// The SSE parser: the same events whichever way the bytes are split (up to
/// a line that is too long, after which the rest of that chunk is dropped).
pub fn sse(data: &[u8]) {
    let run = |chunks: &mut dyn Iterator<Item = &[u8]>, max_line: usize| {
        let mut parser = SseParser::new(max_line);
        let mut events: Vec<SseEvent> = Vec::new();
        for chunk in chunks {
            if parser.feed(chunk, &mut events).is_err() {
                return None;
            }
        }
        parser.finish(&mut events);
        Some(events)
    };
    let whole = run(&mut std::iter::once(data), usize::MAX);
    assert!(whole == run(&mut data.chunks(1), usize::MAX));
    assert!(whole == run(&mut pseudo_random_splits(data).into_iter(), usize::MAX));
    // A small line cap exercises the error path.
    let _ = run(&mut data.chunks(3), 16);
}

/// The plugin configuration, JSON or a binary `google.protobuf.Struct`.
pub fn config_document(data: &[u8]) {
    let _ = Config::parse(data, &env);
}

/// The `google.protobuf.Struct` decoder on its own, and what it decodes as
/// a configuration.
pub fn pb_struct(data: &[u8]) {
    if let Ok(value) = crate::pb_struct::decode_struct(data) {
        assert!(value.is_object());
        let _ = Config::parse(data, &env);
    }
}

/// PII detection over arbitrary text, in each place a prompt can carry it.
pub fn pii(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut request = Map::new();
    request.insert(
        "messages".into(),
        serde_json::json!([
            {"role": "system", "content": text},
            {"role": "user", "content": [{"type": "text", "text": text}]}
        ]),
    );
    let _ = config().policy.prompt_has_pii(&request);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn fixtures(dir: &str) -> Vec<Vec<u8>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(dir);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no fixtures in {}", dir.display());
        files.iter().map(|f| std::fs::read(f).unwrap()).collect()
    }

    #[test]
    fn seed_requests_are_valid_and_translate() {
        for seed in fixtures("requests") {
            assert!(parse_chat_request(&seed).is_ok());
            chat_request(&seed);
        }
    }

    #[test]
    fn seed_configs_parse_and_fuzz() {
        for seed in fixtures("config") {
            Config::parse(&seed, &env).unwrap();
            config_document(&seed);
            pb_struct(&seed);
        }
    }

    #[test]
    fn provider_fixtures_through_every_entry_point() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut dirs: Vec<String> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !["requests", "config", "fuzz"].contains(&n.as_str()))
            .collect();
        dirs.sort();
        assert!(dirs.len() >= 2, "{dirs:?}");
        for dir in &dirs {
            for seed in fixtures(dir) {
                response(&seed);
                stream(&seed);
                sse(&seed);
                pii(&seed);
                chat_request(&seed);
            }
        }
    }

    /// Inputs a fuzz run once failed on: every entry point, every time.
    #[test]
    fn fuzz_regressions() {
        for seed in fixtures("fuzz") {
            chat_request(&seed);
            response(&seed);
            stream(&seed);
            sse(&seed);
            pii(&seed);
            config_document(&seed);
            pb_struct(&seed);
        }
    }

    #[test]
    fn odd_inputs_do_not_trip_the_invariants() {
        for input in [
            &b""[..],
            b"{}",
            b"data: {\"choices\":[]}\r\n\r",
            b"\xf0\x9f\x98",
            b"event: error\ndata: {\"type\":\"error\"}\n\n",
            b"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"__llm_router\":1}",
        ] {
            chat_request(input);
            response(input);
            stream(input);
            sse(input);
            pii(input);
            config_document(input);
            pb_struct(input);
        }
    }

    #[test]
    fn every_dialect_is_fuzzed() {
        assert_eq!(
            config().providers.len(),
            crate::providers::dialect_names().len()
        );
    }

    #[test]
    fn splits_cover_the_input() {
        let data: Vec<u8> = (0..=255).collect();
        assert_eq!(pseudo_random_splits(&data).concat(), data);
        assert!(pseudo_random_splits(&data).len() > 10);
    }
}
