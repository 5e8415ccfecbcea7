//! Minimal HTTP/1.1 server side: request parsing (content-length and chunked
//! bodies, keep-alive) and response writing (fixed-length and chunked).
//! Just enough of RFC 9112 for Envoy and curl on loopback.

use std::io::{self, BufRead, Read, Write};

/// Largest request body we accept; bigger ones get 413 and the connection closes.
pub const MAX_BODY: usize = 16 * 1024 * 1024;
/// Longest single request/header/chunk-size line.
const MAX_LINE: usize = 16 * 1024;
/// Most header lines in one request.
const MAX_HEADERS: usize = 200;

#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// Path without the query string.
    pub path: String,
    /// The query string (after `?`), empty when there is none.
    pub query: String,
    pub http10: bool,
    /// Header names as received; look them up with [`Request::header`].
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// First value of a header, name matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the client asked for (or implied) closing after this exchange.
    pub fn wants_close(&self) -> bool {
        let conn = self.header("connection").unwrap_or("").to_ascii_lowercase();
        if self.http10 {
            !conn.contains("keep-alive")
        } else {
            conn.contains("close")
        }
    }
}

#[derive(Debug)]
pub enum ReadError {
    /// Clean EOF (or idle timeout) before a new request started.
    Closed,
    Io(io::Error),
    /// Malformed request; reply 400 and close.
    Bad(&'static str),
    /// Body above [`MAX_BODY`]; reply 413 and close.
    TooLarge,
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Reads one line terminated by LF, without the CRLF. `Ok(None)` on EOF before any byte.
fn read_line<R: BufRead>(r: &mut R) -> Result<Option<String>, ReadError> {
    let mut buf = Vec::new();
    let n = (&mut *r)
        .take(MAX_LINE as u64)
        .read_until(b'\n', &mut buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() != Some(&b'\n') {
        return Err(if n >= MAX_LINE {
            ReadError::Bad("line too long")
        } else {
            ReadError::Bad("unexpected end of stream")
        });
    }
    buf.pop();
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    // Header values may carry bytes 0x80-0xFF (obs-text); keep them readable.
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

fn require_line<R: BufRead>(r: &mut R) -> Result<String, ReadError> {
    read_line(r)?.ok_or(ReadError::Bad("unexpected end of stream"))
}

/// Reads one request. `w` is only used to send `100 Continue` when asked.
pub fn read_request<R: BufRead, W: Write>(r: &mut R, w: &mut W) -> Result<Request, ReadError> {
    // Tolerate stray empty lines between requests (RFC 9112 §2.2).
    let start = loop {
        match read_line(r) {
            Ok(None) => return Err(ReadError::Closed),
            Ok(Some(l)) if l.is_empty() => continue,
            Ok(Some(l)) => break l,
            // An idle keep-alive connection timing out is a normal close.
            Err(ReadError::Io(e))
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Err(ReadError::Closed)
            }
            Err(e) => return Err(e),
        }
    };
    let mut parts = start.split_ascii_whitespace();
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Bad("malformed request line"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(ReadError::Bad("unsupported HTTP version"));
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target.to_string(), String::new()),
    };

    let mut headers = Vec::new();
    loop {
        let line = require_line(r)?;
        if line.is_empty() {
            break;
        }
        if headers.len() >= MAX_HEADERS {
            return Err(ReadError::Bad("too many headers"));
        }
        let (name, value) = line
            .split_once(':')
            .ok_or(ReadError::Bad("malformed header line"))?;
        headers.push((name.trim().to_string(), value.trim().to_string()));
    }
    let mut req = Request {
        method: method.to_string(),
        path,
        query,
        http10: version == "HTTP/1.0",
        headers,
        body: Vec::new(),
    };

    let chunked = req
        .header("transfer-encoding")
        .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"));
    let length = match req.header("content-length") {
        Some(v) if !chunked => Some(
            v.parse::<usize>()
                .map_err(|_| ReadError::Bad("bad content-length"))?,
        ),
        _ => None,
    };
    if length.is_some_and(|n| n > MAX_BODY) {
        return Err(ReadError::TooLarge);
    }
    let has_body = chunked || length.is_some_and(|n| n > 0);
    if has_body
        && req
            .header("expect")
            .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
    {
        w.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        w.flush()?;
    }
    if chunked {
        req.body = read_chunked(r, MAX_BODY)?;
    } else if let Some(n) = length {
        req.body = read_exact_vec(r, n)?;
    }
    Ok(req)
}

fn read_exact_vec<R: Read>(r: &mut R, n: usize) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::with_capacity(n.min(64 * 1024));
    let got = (&mut *r).take(n as u64).read_to_end(&mut buf)?;
    if got != n {
        return Err(ReadError::Bad("body shorter than declared"));
    }
    Ok(buf)
}

/// Decodes a `transfer-encoding: chunked` body (extensions and trailers ignored).
pub fn read_chunked<R: BufRead>(r: &mut R, max: usize) -> Result<Vec<u8>, ReadError> {
    let mut body = Vec::new();
    loop {
        let line = require_line(r)?;
        let size_hex = line.split(';').next().unwrap_or("").trim();
        let size =
            usize::from_str_radix(size_hex, 16).map_err(|_| ReadError::Bad("bad chunk size"))?;
        if size == 0 {
            // Trailer section ends with an empty line.
            while !require_line(r)?.is_empty() {}
            return Ok(body);
        }
        if body.len().saturating_add(size) > max {
            return Err(ReadError::TooLarge);
        }
        body.extend(read_exact_vec(r, size)?);
        if !require_line(r)?.is_empty() {
            return Err(ReadError::Bad("missing CRLF after chunk"));
        }
    }
}

pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        529 => "Site Overloaded",
        _ => "Unknown",
    }
}

/// Writes the status line and headers. Pass `content-length` or
/// `transfer-encoding` in `headers`; `close` adds `connection: close`.
pub fn write_head<W: Write>(
    w: &mut W,
    status: u16,
    headers: &[(String, String)],
    close: bool,
) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (k, v) in headers {
        head.push_str(k);
        head.push_str(": ");
        head.push_str(v);
        head.push_str("\r\n");
    }
    if close {
        head.push_str("connection: close\r\n");
    }
    head.push_str("\r\n");
    w.write_all(head.as_bytes())?;
    w.flush()
}

/// Writes one chunk of a chunked body in a single write, then flushes, so each
/// SSE event leaves the process on its own.
pub fn write_chunk<W: Write>(w: &mut W, data: &[u8]) -> io::Result<()> {
    if data.is_empty() {
        return Ok(()); // an empty chunk would terminate the body
    }
    let mut buf = format!("{:x}\r\n", data.len()).into_bytes();
    buf.extend_from_slice(data);
    buf.extend_from_slice(b"\r\n");
    w.write_all(&buf)?;
    w.flush()
}

pub fn write_last_chunk<W: Write>(w: &mut W) -> io::Result<()> {
    w.write_all(b"0\r\n\r\n")?;
    w.flush()
}

/// Makes a value safe to put in a header (no CR/LF or other control bytes).
pub fn header_safe(v: &str) -> String {
    v.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn parse(raw: &str) -> Result<Request, ReadError> {
        let mut sink = Vec::new();
        read_request(&mut Cursor::new(raw.as_bytes().to_vec()), &mut sink)
    }

    #[test]
    fn chunked_body_decodes() {
        let raw =
            "4\r\nWiki\r\n5;ext=1\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nx-trailer: 1\r\n\r\n";
        let body = read_chunked(&mut Cursor::new(raw.as_bytes()), MAX_BODY).unwrap();
        assert_eq!(body, b"Wikipedia in\r\n\r\nchunks.");
    }

    #[test]
    fn chunked_body_rejects_garbage_and_overflow() {
        let bad = "zz\r\nabc\r\n0\r\n\r\n";
        assert!(matches!(
            read_chunked(&mut Cursor::new(bad.as_bytes()), MAX_BODY),
            Err(ReadError::Bad(_))
        ));
        let big = "10\r\n0123456789abcdef\r\n0\r\n\r\n";
        assert!(matches!(
            read_chunked(&mut Cursor::new(big.as_bytes()), 8),
            Err(ReadError::TooLarge)
        ));
        let truncated = "10\r\n0123";
        assert!(read_chunked(&mut Cursor::new(truncated.as_bytes()), MAX_BODY).is_err());
    }

    #[test]
    fn request_with_chunked_body_and_keepalive() {
        let raw = "POST /v1/chat/completions?x=1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{}x\r\n0\r\n\r\n";
        let req = parse(raw).unwrap();
        assert_eq!(req.method, "POST");
        assert_eq!(req.path, "/v1/chat/completions");
        assert_eq!(req.body, b"{}x");
        assert_eq!(req.header("HOST"), Some("a"));
        assert!(!req.wants_close());
    }

    #[test]
    fn two_requests_on_one_connection() {
        let raw = "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /b HTTP/1.1\r\nConnection: close\r\n\r\n";
        let mut cur = Cursor::new(raw.as_bytes().to_vec());
        let mut sink = Vec::new();
        let a = read_request(&mut cur, &mut sink).unwrap();
        assert_eq!(a.body, b"hi");
        let b = read_request(&mut cur, &mut sink).unwrap();
        assert_eq!(b.path, "/b");
        assert!(b.wants_close());
        assert!(matches!(
            read_request(&mut cur, &mut sink),
            Err(ReadError::Closed)
        ));
    }

    #[test]
    fn expect_continue_is_answered() {
        let raw = "POST /a HTTP/1.1\r\nContent-Length: 1\r\nExpect: 100-continue\r\n\r\nx";
        let mut sink = Vec::new();
        read_request(&mut Cursor::new(raw.as_bytes().to_vec()), &mut sink).unwrap();
        assert_eq!(sink, b"HTTP/1.1 100 Continue\r\n\r\n");
    }

    #[test]
    fn oversized_content_length_is_rejected() {
        let raw = format!(
            "POST /a HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            MAX_BODY + 1
        );
        assert!(matches!(parse(&raw), Err(ReadError::TooLarge)));
    }
}
