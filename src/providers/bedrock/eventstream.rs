//! AWS's binary event stream framing (`application/vnd.amazon.eventstream`),
//! decoded incrementally: bytes may arrive split anywhere.
//!
//! A message is: total length (u32 BE), headers length (u32 BE), CRC32 of
//! those 8 bytes, the headers, the payload, and a CRC32 of everything before
//! it. Header values are typed; Bedrock uses strings (`:event-type`,
//! `:message-type`, `:exception-type`, `:content-type`), the other types are
//! read and kept as bytes. Both CRCs are checked: a bad one is an error, and
//! the decoder stops. Like `sigv4`, the simulator includes this file.

/// Largest message accepted (the format allows 16 MiB).
pub const MAX_MESSAGE: usize = 16 * 1024 * 1024;
const PRELUDE: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Header name → value; string values as text, other types as their bytes.
    pub headers: Vec<(String, HeaderValue)>,
    pub payload: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderValue {
    String(String),
    Other(Vec<u8>),
}

impl Message {
    /// A string header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find_map(|(k, v)| match v {
            HeaderValue::String(s) if k == name => Some(s.as_str()),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    PreludeCrc,
    MessageCrc,
    Length(u32),
    Headers(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::PreludeCrc => f.write_str("event stream prelude CRC mismatch"),
            DecodeError::MessageCrc => f.write_str("event stream message CRC mismatch"),
            DecodeError::Length(n) => write!(f, "event stream message length {n} out of range"),
            DecodeError::Headers(why) => write!(f, "event stream headers: {why}"),
        }
    }
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([
        *s.first()?,
        *s.get(1)?,
        *s.get(2)?,
        *s.get(3)?,
    ]))
}

/// Incremental decoder: `push` bytes, get the complete messages.
#[derive(Debug, Default)]
pub struct Decoder {
    buf: Vec<u8>,
    failed: bool,
}

impl Decoder {
    pub fn push(&mut self, bytes: &[u8], out: &mut Vec<Message>) -> Result<(), DecodeError> {
        if self.failed {
            return Ok(());
        }
        self.buf.extend_from_slice(bytes);
        let mut start = 0;
        let result = loop {
            let rest = self.buf.get(start..).unwrap_or(&[]);
            match decode_one(rest) {
                Ok(Some((msg, used))) => {
                    out.push(msg);
                    start += used;
                }
                Ok(None) => break Ok(()),
                Err(e) => {
                    self.failed = true;
                    break Err(e);
                }
            }
        };
        self.buf.drain(..start.min(self.buf.len()));
        result
    }

    /// Bytes of an unfinished message are left (the stream ended inside one).
    pub fn has_partial(&self) -> bool {
        !self.buf.is_empty()
    }
}

/// One message from the front of `b`, with the bytes it used; `None` when
/// more bytes are needed.
fn decode_one(b: &[u8]) -> Result<Option<(Message, usize)>, DecodeError> {
    if b.len() < PRELUDE {
        return Ok(None);
    }
    let (Some(total), Some(headers_len), Some(prelude_crc)) = (be32(b, 0), be32(b, 4), be32(b, 8))
    else {
        return Ok(None);
    };
    if crc32fast::hash(b.get(..8).unwrap_or(&[])) != prelude_crc {
        return Err(DecodeError::PreludeCrc);
    }
    let total_len = usize::try_from(total).map_err(|_| DecodeError::Length(total))?;
    let headers_len = usize::try_from(headers_len).map_err(|_| DecodeError::Length(total))?;
    if !(PRELUDE + 4..=MAX_MESSAGE).contains(&total_len) || headers_len > total_len - PRELUDE - 4 {
        return Err(DecodeError::Length(total));
    }
    if b.len() < total_len {
        return Ok(None);
    }
    let body_end = total_len - 4;
    let Some(crc) = be32(b, body_end) else {
        return Ok(None);
    };
    if crc32fast::hash(b.get(..body_end).unwrap_or(&[])) != crc {
        return Err(DecodeError::MessageCrc);
    }
    let headers = decode_headers(b.get(PRELUDE..PRELUDE + headers_len).unwrap_or(&[]))?;
    let payload = b
        .get(PRELUDE + headers_len..body_end)
        .unwrap_or(&[])
        .to_vec();
    Ok(Some((Message { headers, payload }, total_len)))
}

fn decode_headers(mut b: &[u8]) -> Result<Vec<(String, HeaderValue)>, DecodeError> {
    let short = DecodeError::Headers("truncated header");
    let mut out = Vec::new();
    while let Some((&name_len, rest)) = b.split_first() {
        let name_len = usize::from(name_len);
        let name = rest.get(..name_len).ok_or(short.clone())?;
        let name = String::from_utf8(name.to_vec())
            .map_err(|_| DecodeError::Headers("name is not UTF-8"))?;
        let rest = rest.get(name_len..).ok_or(short.clone())?;
        let (&kind, rest) = rest.split_first().ok_or(short.clone())?;
        let (value, used) = match kind {
            0 | 1 => (HeaderValue::Other(vec![u8::from(kind == 0)]), 0),
            2 => (
                HeaderValue::Other(rest.get(..1).ok_or(short.clone())?.to_vec()),
                1,
            ),
            3 => (
                HeaderValue::Other(rest.get(..2).ok_or(short.clone())?.to_vec()),
                2,
            ),
            4 => (
                HeaderValue::Other(rest.get(..4).ok_or(short.clone())?.to_vec()),
                4,
            ),
            5 | 8 => (
                HeaderValue::Other(rest.get(..8).ok_or(short.clone())?.to_vec()),
                8,
            ),
            9 => (
                HeaderValue::Other(rest.get(..16).ok_or(short.clone())?.to_vec()),
                16,
            ),
            6 | 7 => {
                let len = rest.get(..2).ok_or(short.clone())?;
                let len = usize::from(u16::from_be_bytes([
                    *len.first().ok_or(short.clone())?,
                    *len.get(1).ok_or(short.clone())?,
                ]));
                let v = rest.get(2..2 + len).ok_or(short.clone())?;
                let value = if kind == 7 {
                    HeaderValue::String(
                        String::from_utf8(v.to_vec())
                            .map_err(|_| DecodeError::Headers("value is not UTF-8"))?,
                    )
                } else {
                    HeaderValue::Other(v.to_vec())
                };
                (value, 2 + len)
            }
            _ => return Err(DecodeError::Headers("unknown value type")),
        };
        out.push((name, value));
        b = rest.get(used..).ok_or(short.clone())?;
    }
    Ok(out)
}

/// Encodes a message with string headers (what Bedrock sends; the simulator
/// and the tests use it).
pub fn encode(headers: &[(&str, &str)], payload: &[u8]) -> Vec<u8> {
    let mut h = Vec::new();
    for (name, value) in headers {
        let name = name.as_bytes();
        h.push(u8::try_from(name.len()).unwrap_or(u8::MAX));
        h.extend_from_slice(name.get(..usize::from(u8::MAX)).unwrap_or(name));
        h.push(7);
        let value = value.as_bytes();
        let len = u16::try_from(value.len()).unwrap_or(u16::MAX);
        h.extend_from_slice(&len.to_be_bytes());
        h.extend_from_slice(value.get(..usize::from(len)).unwrap_or(value));
    }
    let total = u32::try_from(PRELUDE + h.len() + payload.len() + 4).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(PRELUDE + h.len() + payload.len() + 4);
    out.extend_from_slice(&total.to_be_bytes());
    out.extend_from_slice(&u32::try_from(h.len()).unwrap_or(u32::MAX).to_be_bytes());
    let prelude_crc = crc32fast::hash(&out);
    out.extend_from_slice(&prelude_crc.to_be_bytes());
    out.extend_from_slice(&h);
    out.extend_from_slice(payload);
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_messages() -> Vec<u8> {
        let mut b = encode(
            &[(":event-type", "messageStart"), (":message-type", "event")],
            br#"{"role":"assistant"}"#,
        );
        b.extend(encode(
            &[
                (":event-type", "contentBlockDelta"),
                (":content-type", "application/json"),
            ],
            "{\"delta\":{\"text\":\"été\"}}".as_bytes(),
        ));
        b
    }

    #[test]
    fn known_frame_decodes() {
        // A frame with no headers and payload `{'foo':'bar'}`, from AWS's
        // event stream test vectors (`positive/all_headers` family, simplest case).
        let frame: [u8; 29] = [
            0x00, 0x00, 0x00, 0x1D, 0x00, 0x00, 0x00, 0x00, 0xFD, 0x52, 0x8C, 0x5A, 0x7B, 0x27,
            0x66, 0x6F, 0x6F, 0x27, 0x3A, 0x27, 0x62, 0x61, 0x72, 0x27, 0x7D, 0xC3, 0x65, 0x39,
            0x36,
        ];
        let mut d = Decoder::default();
        let mut out = Vec::new();
        d.push(&frame, &mut out).unwrap();
        assert_eq!(
            out,
            vec![Message {
                headers: vec![],
                payload: b"{'foo':'bar'}".to_vec()
            }]
        );
        assert_eq!(encode(&[], b"{'foo':'bar'}"), frame.to_vec());
    }

    #[test]
    fn split_at_every_offset_gives_the_same_messages() {
        let bytes = two_messages();
        let mut whole = Vec::new();
        Decoder::default().push(&bytes, &mut whole).unwrap();
        assert_eq!(whole.len(), 2);
        assert_eq!(whole[0].header(":event-type"), Some("messageStart"));
        assert_eq!(
            whole[1].payload,
            "{\"delta\":{\"text\":\"été\"}}".as_bytes()
        );
        for i in 0..=bytes.len() {
            let mut d = Decoder::default();
            let mut out = Vec::new();
            d.push(&bytes[..i], &mut out).unwrap();
            d.push(&bytes[i..], &mut out).unwrap();
            assert_eq!(out, whole, "split at {i}");
            assert!(!d.has_partial());
        }
        // One byte at a time.
        let mut d = Decoder::default();
        let mut out = Vec::new();
        for b in &bytes {
            d.push(std::slice::from_ref(b), &mut out).unwrap();
        }
        assert_eq!(out, whole);
    }

    #[test]
    fn bad_crcs_and_lengths_are_errors_not_panics() {
        let good = two_messages();
        let mut bad_prelude = good.clone();
        bad_prelude[9] ^= 1;
        assert_eq!(
            Decoder::default().push(&bad_prelude, &mut Vec::new()),
            Err(DecodeError::PreludeCrc)
        );
        let mut bad_payload = good.clone();
        bad_payload[20] ^= 1;
        assert_eq!(
            Decoder::default().push(&bad_payload, &mut Vec::new()),
            Err(DecodeError::MessageCrc)
        );
        // A huge declared length with a valid prelude CRC.
        let mut huge = (u32::MAX).to_be_bytes().to_vec();
        huge.extend(0u32.to_be_bytes());
        let crc = crc32fast::hash(&huge);
        huge.extend(crc.to_be_bytes());
        assert!(matches!(
            Decoder::default().push(&huge, &mut Vec::new()),
            Err(DecodeError::Length(_))
        ));
        // Every truncation and every single-bit flip: an error or waiting, never a panic.
        for i in 0..good.len() {
            let _ = Decoder::default().push(&good[..i], &mut Vec::new());
            for bit in 0..8 {
                let mut g = good.clone();
                g[i] ^= 1 << bit;
                let _ = Decoder::default().push(&g, &mut Vec::new());
            }
        }
    }
}
