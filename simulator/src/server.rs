//! Per-connection loop and request dispatch: routing, faults, auth, dialects.

use std::io::{self, BufReader, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::thread::sleep;
use std::time::Duration;

use serde_json::Value;

use crate::faults::Faults;
use crate::http::{self, ReadError, Request};
use crate::{anthropic, azure, content, gemini, openai};

static REQUEST_IDS: AtomicU64 = AtomicU64::new(1);

/// Idle keep-alive connections (and stalled clients) are dropped after this.
const IO_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub struct Config {
    pub name: String,
    pub require_key: Option<String>,
    pub defaults: Faults,
}

/// An error reply; each dialect renders it in its own shape.
#[derive(Debug)]
pub struct ApiError {
    pub status: u16,
    pub message: String,
}

impl ApiError {
    pub fn new(status: u16, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }
}

/// A successful reply.
pub enum Output {
    Json(Value),
    /// Complete SSE events (`event: ..\ndata: ..\n\n`), one chunk each.
    Events(Vec<String>),
    /// The `x-sim-garbage` fault.
    Garbage {
        stream: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    OpenAi,
    Anthropic,
    /// Azure OpenAI: `/openai/v1/chat/completions`, or
    /// `/openai/deployments/{deployment}/chat/completions?api-version=...`.
    Azure,
    /// Google Gemini: `.../models/{model}:generateContent` or `:streamGenerateContent?alt=sse`.
    Gemini,
}

impl Dialect {
    fn name(self) -> &'static str {
        match self {
            Dialect::OpenAi => "openai",
            Dialect::Anthropic => "anthropic",
            Dialect::Azure => "azure_openai",
            Dialect::Gemini => "gemini",
        }
    }

    fn error_body(self, status: u16, message: &str) -> Value {
        match self {
            Dialect::OpenAi | Dialect::Azure => openai::error_body(status, message),
            Dialect::Anthropic => anthropic::error_body(status, message),
            Dialect::Gemini => gemini::error_body(status, message),
        }
    }
}

type Headers = Vec<(String, String)>;

fn h(k: &str, v: impl Into<String>) -> (String, String) {
    (k.to_string(), v.into())
}

/// Serves one connection until the client closes, times out, misbehaves, or a
/// fault drops it. Never panics on I/O errors: the thread just ends.
pub fn serve_conn(stream: TcpStream, cfg: Arc<Config>) {
    // Failing to set these only loses the timeout, not correctness.
    let _ = stream.set_read_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let keep_going = match http::read_request(&mut reader, &mut writer) {
            Ok(req) => {
                let close = req.wants_close();
                handle(&req, &cfg, &mut writer, close).unwrap_or(false) && !close
            }
            Err(ReadError::Closed | ReadError::Io(_)) => false,
            Err(ReadError::Bad(why)) => {
                let _ = send_plain_error(&mut writer, &cfg, 400, why);
                false
            }
            Err(ReadError::TooLarge) => {
                let _ = send_plain_error(&mut writer, &cfg, 413, "request body too large");
                false
            }
        };
        if !keep_going {
            let _ = writer.shutdown(Shutdown::Both);
            return;
        }
    }
}

fn send_plain_error<W: Write>(w: &mut W, cfg: &Config, status: u16, msg: &str) -> io::Result<()> {
    let body = openai::error_body(status, msg).to_string();
    let headers = vec![
        h("x-sim-name", http::header_safe(&cfg.name)),
        h("content-type", "application/json"),
        h("content-length", body.len().to_string()),
    ];
    log!("- - {status} - - ({msg})");
    http::write_head(w, status, &headers, true)?;
    w.write_all(body.as_bytes())?;
    w.flush()
}

/// Handles one request. `Ok(true)` means the connection may be reused.
fn handle<W: Write>(req: &Request, cfg: &Config, w: &mut W, close: bool) -> io::Result<bool> {
    let mut headers: Headers = vec![h("x-sim-name", http::header_safe(&cfg.name))];
    let saw: Vec<String> = req
        .headers
        .iter()
        .map(|(k, _)| k.to_ascii_lowercase())
        .filter(|k| k.starts_with("x-llm-"))
        .fold(Vec::new(), |mut acc, k| {
            if !acc.contains(&k) {
                acc.push(k);
            }
            acc
        });
    headers.push(h("x-sim-saw-headers", saw.join(",")));
    // Every header name the simulator received, so tests can check what a
    // gateway forwards.
    let mut received: Vec<String> = req
        .headers
        .iter()
        .map(|(k, _)| k.to_ascii_lowercase())
        .collect();
    received.sort();
    received.dedup();
    headers.push(h("x-sim-received-headers", received.join(",")));
    if let Some(beta) = req.header("anthropic-beta") {
        headers.push(h("x-sim-received-anthropic-beta", http::header_safe(beta)));
    }

    let dialect = match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/healthz") => {
            headers.push(h("content-type", "text/plain"));
            log!("{} {} 200 - -", req.method, req.path);
            return send_body(w, 200, headers, b"ok", None, close);
        }
        ("POST", p) if p.starts_with("/openai/") && p.ends_with("/chat/completions") => {
            Dialect::Azure
        }
        ("POST", p) if p.ends_with("/chat/completions") => Dialect::OpenAi,
        ("POST", p) if gemini::route(p).is_some() => Dialect::Gemini,
        ("POST", p) if p.ends_with("/messages") => Dialect::Anthropic,
        _ => {
            let msg = format!("Invalid URL ({} {})", req.method, req.path);
            let body = openai::error_body(404, &msg).to_string();
            headers.push(h("content-type", "application/json"));
            log!("{} {} 404 - -", req.method, req.path);
            return send_body(w, 404, headers, body.as_bytes(), None, close);
        }
    };

    let faults = Faults::for_request(&cfg.defaults, req, &cfg.name);
    let json: Option<Value> = serde_json::from_slice(&req.body).ok();
    let model = azure::deployment(&req.path)
        .or_else(|| gemini::route(&req.path).map(|(m, _)| m))
        .or_else(|| {
            json.as_ref()
                .and_then(|j| j.get("model"))
                .and_then(Value::as_str)
        })
        .unwrap_or("")
        .to_string();
    let wants_stream = match dialect {
        Dialect::Gemini => gemini::route(&req.path).is_some_and(|(_, s)| s),
        _ => json.as_ref().and_then(|j| j.get("stream")) == Some(&Value::Bool(true)),
    };
    let (own_key, other_key) = match dialect {
        Dialect::OpenAi => ("authorization", "x-api-key"),
        Dialect::Anthropic => ("x-api-key", "authorization"),
        Dialect::Azure => ("api-key", "authorization"),
        Dialect::Gemini => ("x-goog-api-key", "authorization"),
    };
    let auth = [own_key, other_key]
        .into_iter()
        .find(|k| req.header(k).is_some())
        .unwrap_or("none");
    let request_id = format!("req_sim_{}", content::next_id(&REQUEST_IDS));
    headers.push(h("x-sim-received-model", http::header_safe(&model)));
    headers.push(h("x-sim-received-auth", auth));
    // Which output caps arrived (`max_tokens=10,max_completion_tokens=20`, or
    // `none`): tests check that exactly one reaches a provider.
    let caps: Vec<String> = ["max_tokens", "max_completion_tokens"]
        .iter()
        .filter_map(|k| Some(format!("{k}={}", json.as_ref()?.get(*k)?)))
        .collect();
    let caps = if caps.is_empty() {
        "none".to_string()
    } else {
        caps.join(",")
    };
    headers.push(h("x-sim-received-caps", http::header_safe(&caps)));
    headers.push(match dialect {
        Dialect::OpenAi => h("x-request-id", request_id),
        Dialect::Azure => h("apim-request-id", request_id),
        Dialect::Gemini => h("x-goog-request-id", request_id),
        Dialect::Anthropic => h("request-id", request_id),
    });
    // Headers about the account, as the real APIs send them.
    let account: &[(&str, &str)] = match dialect {
        Dialect::OpenAi | Dialect::Azure => &[
            ("openai-organization", "sim-org"),
            ("openai-project", "proj_sim"),
            ("openai-processing-ms", "1"),
            ("x-ratelimit-limit-requests", "10000"),
            ("x-ratelimit-remaining-requests", "9999"),
        ],
        Dialect::Gemini => &[("server-timing", "gfet4t7; dur=1")],
        Dialect::Anthropic => &[
            ("anthropic-organization-id", "sim-org-id"),
            ("anthropic-ratelimit-requests-limit", "1000"),
            ("anthropic-ratelimit-requests-remaining", "999"),
        ],
    };
    headers.extend(account.iter().map(|(k, v)| h(k, *v)));
    headers.push(h("set-cookie", "__sim_bm=1; path=/; HttpOnly"));

    if faults.delay_ms > 0 {
        sleep(Duration::from_millis(faults.delay_ms));
    }
    let result = process(dialect, req, cfg, &faults, json.as_ref(), wants_stream);
    let status = result.as_ref().map(|_| 200).unwrap_or_else(|e| e.status);
    log!(
        "{} {} {status} {} {}",
        req.method,
        req.path,
        dialect.name(),
        if model.is_empty() { "-" } else { &model }
    );
    let drop_after = faults.drop_after_chunks;
    match result {
        Err(e) => {
            if e.status == 429 {
                headers.push(h("retry-after", "1"));
            }
            headers.push(h("content-type", "application/json"));
            let body = dialect.error_body(e.status, &e.message).to_string();
            send_body(w, e.status, headers, body.as_bytes(), drop_after, close)
        }
        Ok(Output::Json(v)) => {
            headers.push(h("content-type", "application/json"));
            send_body(w, 200, headers, v.to_string().as_bytes(), drop_after, close)
        }
        Ok(Output::Events(events)) => send_events(w, headers, &events, &faults, close),
        Ok(Output::Garbage { stream: false }) => {
            headers.push(h("content-type", "application/json"));
            send_body(w, 200, headers, b"this is not json {", drop_after, close)
        }
        Ok(Output::Garbage { stream: true }) => {
            let events = ["data: {not json\n\n".to_string()];
            send_events(w, headers, &events, &faults, close)
        }
    }
}

/// Order matters: injected faults first (they model the upstream failing
/// regardless of the request), then auth, then the version header, then body
/// validation, as the real APIs do.
fn process(
    dialect: Dialect,
    req: &Request,
    cfg: &Config,
    faults: &Faults,
    json: Option<&Value>,
    wants_stream: bool,
) -> Result<Output, ApiError> {
    if let Some(s) = faults.error_status() {
        let msg = match s {
            429 => "Rate limit exceeded (simulated)".to_string(),
            503 | 529 => "Overloaded".to_string(),
            _ => format!("Simulated upstream error {s}"),
        };
        return Err(ApiError::new(s, msg));
    }
    if faults.garbage {
        return Ok(Output::Garbage {
            stream: wants_stream,
        });
    }
    let key = cfg.require_key.as_deref();
    match dialect {
        Dialect::OpenAi => openai::check_auth(req, key)?,
        Dialect::Azure => azure::check(req, key)?,
        Dialect::Gemini => gemini::check(req, key, wants_stream)?,
        Dialect::Anthropic => {
            anthropic::check_auth(req, key)?;
            anthropic::check_version(req)?;
        }
    }
    let body = json.ok_or_else(|| {
        ApiError::new(
            400,
            "We could not parse the JSON body of your request. Expected a JSON object.",
        )
    })?;
    match dialect {
        Dialect::OpenAi => {
            let (p, include_usage) = openai::parse(body)?;
            Ok(openai::respond(&p, include_usage, faults))
        }
        Dialect::Azure => {
            let (mut p, include_usage) = azure::parse(req, body)?;
            if let Some(d) = azure::deployment(&req.path) {
                p.model = d.to_string();
            }
            Ok(openai::respond(&p, include_usage, faults))
        }
        Dialect::Gemini => {
            let model = gemini::route(&req.path).map(|(m, _)| m).unwrap_or("");
            let p = gemini::parse(body, model, wants_stream)?;
            Ok(gemini::respond(&p, faults.stream_error))
        }
        Dialect::Anthropic => {
            let p = anthropic::parse(body)?;
            Ok(anthropic::respond(
                &p,
                faults.stream_error,
                faults.stream_error_start,
            ))
        }
    }
}

/// Fixed-length body. With `drop_after` set, sends the headers and half the
/// body, then asks for the connection to be closed.
fn send_body<W: Write>(
    w: &mut W,
    status: u16,
    mut headers: Headers,
    body: &[u8],
    drop_after: Option<usize>,
    close: bool,
) -> io::Result<bool> {
    headers.push(h("content-length", body.len().to_string()));
    http::write_head(w, status, &headers, close)?;
    if drop_after.is_some() {
        w.write_all(body.get(..body.len() / 2).unwrap_or(b""))?;
        w.flush()?;
        return Ok(false);
    }
    w.write_all(body)?;
    w.flush()?;
    Ok(!close)
}

/// Chunked SSE stream, one event per chunk, with the chunk-delay and
/// drop-after faults applied.
fn send_events<W: Write>(
    w: &mut W,
    mut headers: Headers,
    events: &[String],
    faults: &Faults,
    close: bool,
) -> io::Result<bool> {
    headers.push(h("content-type", "text/event-stream"));
    headers.push(h("cache-control", "no-cache"));
    headers.push(h("transfer-encoding", "chunked"));
    http::write_head(w, 200, &headers, close)?;
    for (i, e) in events.iter().enumerate() {
        if faults.drop_after_chunks == Some(i) {
            return Ok(false);
        }
        if i > 0 && faults.chunk_delay_ms > 0 {
            sleep(Duration::from_millis(faults.chunk_delay_ms));
        }
        http::write_chunk(w, e.as_bytes())?;
    }
    if faults.drop_after_chunks.is_some() {
        // Fewer events than N: still end without the terminating chunk.
        return Ok(false);
    }
    http::write_last_chunk(w)?;
    Ok(!close)
}
