//! The few messages of Envoy's global rate limit service protocol
//! (`envoy.service.ratelimit.v3.RateLimitService/ShouldRateLimit`) that the
//! fleet store needs, encoded and decoded by hand: a request with per-descriptor
//! `hits_addend`, `is_negative_hits` and limit overrides, and the response's
//! overall code and per-descriptor statuses. Unknown response fields are skipped.
//!
//! Field numbers, checked against `envoy/service/ratelimit/v3/rls.proto` and
//! `envoy/extensions/common/ratelimit/v3/ratelimit.proto` (go-control-plane, 2026-08):
//!
//! ```text
//! RateLimitRequest      domain=1 (string), descriptors=2 (repeated), hits_addend=3 (uint32)
//! RateLimitDescriptor   entries=1 (repeated Entry{key=1, value=2}), limit=2 (RateLimitOverride
//!                       {requests_per_unit=1 uint32, unit=2 enum}), hits_addend=3
//!                       (google.protobuf.UInt64Value{value=1}), is_negative_hits=4 (bool)
//! RateLimitResponse     overall_code=1 (enum), statuses=2 (repeated DescriptorStatus)
//! DescriptorStatus      code=1 (enum), current_limit=2, limit_remaining=3 (uint32),
//!                       duration_until_reset=4 (Duration{seconds=1, nanos=2})
//! ```

pub mod wire;

use wire::{Reader, Writer};

pub const SERVICE: &str = "envoy.service.ratelimit.v3.RateLimitService";
pub const METHOD: &str = "ShouldRateLimit";

/// `envoy.type.v3.RateLimitUnit` (the override's unit; the response's enum
/// uses the same numbers for these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second = 1,
    Minute = 2,
    Hour = 3,
    Day = 4,
    Month = 5,
    Year = 6,
}

impl Unit {
    /// Seconds per window, as `envoyproxy/ratelimit` divides time (its MONTH
    /// is 30 days and its YEAR 365, both aligned to the Unix epoch), except
    /// MONTH on a service with `USE_CALENDAR_MONTH_RATE_LIMIT=true`, which is
    /// the UTC calendar month (see `fleet::Service::window_start`).
    pub fn seconds(self) -> u64 {
        match self {
            Unit::Second => 1,
            Unit::Minute => 60,
            Unit::Hour => 3_600,
            Unit::Day => 86_400,
            Unit::Month => 30 * 86_400,
            Unit::Year => 365 * 86_400,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Descriptor {
    pub entries: Vec<(String, String)>,
    /// The limit override: `(requests_per_unit, unit)`.
    pub limit: Option<(u32, Unit)>,
    /// Sent as the `hits_addend` wrapper, so 0 (read without counting) is
    /// distinct from unset (which means 1).
    pub hits: u64,
    pub negative: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub domain: String,
    pub descriptors: Vec<Descriptor>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Unknown,
    Ok,
    OverLimit,
}

impl Code {
    fn from_wire(v: u64) -> Code {
        match v {
            1 => Code::Ok,
            2 => Code::OverLimit,
            _ => Code::Unknown,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub code: Code,
    pub limit_remaining: u32,
    /// `duration_until_reset`, whole seconds (0 when absent).
    pub reset_secs: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub overall: Code,
    pub statuses: Vec<Status>,
}

impl Request {
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.string(1, &self.domain);
        for d in &self.descriptors {
            w.message(2, &encode_descriptor(d));
        }
        w.into_bytes()
    }
}

fn encode_descriptor(d: &Descriptor) -> Vec<u8> {
    let mut w = Writer::default();
    for (k, v) in &d.entries {
        let mut e = Writer::default();
        e.string(1, k);
        e.string(2, v);
        w.message(1, &e.into_bytes());
    }
    if let Some((n, unit)) = d.limit {
        let mut o = Writer::default();
        o.varint(1, u64::from(n));
        o.varint(2, unit as u64);
        w.message(2, &o.into_bytes());
    }
    // UInt64Value{value}: an empty wrapper message means 0, which is what we want.
    let mut h = Writer::default();
    h.varint(1, d.hits);
    w.message(3, &h.into_bytes());
    if d.negative {
        w.varint(4, 1);
    }
    w.into_bytes()
}

impl Response {
    pub fn decode(bytes: &[u8]) -> Result<Response, wire::Error> {
        let mut r = Reader::new(bytes);
        let mut resp = Response {
            overall: Code::Unknown,
            statuses: Vec::new(),
        };
        while let Some((field, value)) = r.field()? {
            match (field, value) {
                (1, wire::Value::Varint(v)) => resp.overall = Code::from_wire(v),
                (2, wire::Value::Bytes(b)) => resp.statuses.push(decode_status(b)?),
                _ => {}
            }
        }
        Ok(resp)
    }
}

fn decode_status(bytes: &[u8]) -> Result<Status, wire::Error> {
    let mut r = Reader::new(bytes);
    let mut s = Status {
        code: Code::Unknown,
        limit_remaining: 0,
        reset_secs: 0,
    };
    while let Some((field, value)) = r.field()? {
        match (field, value) {
            (1, wire::Value::Varint(v)) => s.code = Code::from_wire(v),
            (3, wire::Value::Varint(v)) => {
                s.limit_remaining = u32::try_from(v).unwrap_or(u32::MAX);
            }
            (4, wire::Value::Bytes(b)) => {
                let mut d = Reader::new(b);
                while let Some((f, v)) = d.field()? {
                    if let (1, wire::Value::Varint(secs)) = (f, v) {
                        s.reset_secs = secs;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes produced by `protoc --encode` would be the reference; these are
    /// written out from the wire format so every tag and length is visible.
    #[test]
    fn encodes_a_request_field_by_field() {
        let req = Request {
            domain: "d".into(),
            descriptors: vec![Descriptor {
                entries: vec![("k".into(), "v".into())],
                limit: Some((300, Unit::Minute)),
                hits: 150,
                negative: true,
            }],
        };
        let expected: Vec<u8> = vec![
            0x0a, 1, b'd', // domain
            0x12, 22, // descriptor, 22 bytes
            0x0a, 6, 0x0a, 1, b'k', 0x12, 1, b'v', // entry
            0x12, 5, 0x08, 0xac, 0x02, 0x10, 2, // limit {300, MINUTE}
            0x1a, 3, 0x08, 0x96, 0x01, // hits_addend {150}
            0x20, 1, // is_negative_hits
        ];
        assert_eq!(req.encode(), expected);
    }

    #[test]
    fn zero_hits_is_an_explicit_empty_wrapper() {
        let d = Descriptor {
            entries: vec![("a".into(), "b".into())],
            limit: None,
            hits: 0,
            negative: false,
        };
        let bytes = encode_descriptor(&d);
        // entries, then field 3 present with length 1 holding value 0.
        assert!(bytes.ends_with(&[0x1a, 2, 0x08, 0]), "{bytes:?}");
    }

    #[test]
    fn decodes_a_response_and_skips_unknown_fields() {
        let mut st = Writer::default();
        st.varint(1, 2);
        st.message(2, &[0x08, 10, 0x10, 2]); // current_limit (ignored)
        st.varint(3, 7);
        st.message(4, &[0x08, 42]);
        let mut w = Writer::default();
        w.varint(1, 2);
        w.message(2, &st.into_bytes());
        w.message(2, &[0x08, 1, 0x18, 0xff, 0xff, 0xff, 0xff, 0x0f]);
        w.message(3, b"header"); // response_headers_to_add (skipped)
        w.string(5, "raw body"); // raw_body (skipped)
        w.fixed64(99, 1); // a field from the future
        let r = Response::decode(&w.into_bytes()).unwrap();
        assert_eq!(r.overall, Code::OverLimit);
        assert_eq!(
            r.statuses,
            vec![
                Status {
                    code: Code::OverLimit,
                    limit_remaining: 7,
                    reset_secs: 42
                },
                Status {
                    code: Code::Ok,
                    limit_remaining: u32::MAX,
                    reset_secs: 0
                }
            ]
        );
        assert_eq!(
            Response::decode(&[]).unwrap(),
            Response {
                overall: Code::Unknown,
                statuses: vec![]
            }
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for bad in [
            &[0x12, 50, 1][..],
            &[0x08][..],
            &[
                0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01,
            ][..],
            &[0x0b][..], // group start: not supported
            &[0x12, 3, 0x08, 0xff, 0xff][..],
        ] {
            assert!(Response::decode(bad).is_err(), "{bad:?}");
        }
    }
}
