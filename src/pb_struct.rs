//! Decodes a `google.protobuf.Struct` in its binary encoding into JSON.
//!
//! Envoy hands a plugin configuration typed as `google.protobuf.Struct` to
//! the module as the Struct's protobuf bytes. Decoding it lets users write the
//! configuration as plain YAML inside Envoy's YAML instead of a JSON string.
//! Whole numbers become JSON integers (Struct has only doubles), so integer
//! fields of the configuration read them as written.

use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused (a configuration has no need for it).
const MAX_DEPTH: usize = 64;

pub fn decode_struct(bytes: &[u8]) -> Result<Value, String> {
    decode_struct_at(bytes, 0).map(Value::Object)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn done(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut out = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.pos).ok_or("truncated varint")?;
            self.pos = self.pos.saturating_add(1);
            out |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(out);
            }
        }
        Err("varint too long".into())
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).ok_or("length overflow")?;
        let s = self.bytes.get(self.pos..end).ok_or("truncated field")?;
        self.pos = end;
        Ok(s)
    }

    fn len_delimited(&mut self) -> Result<&'a [u8], String> {
        let n = usize::try_from(self.varint()?).map_err(|_| "length overflow")?;
        self.take(n)
    }

    /// The next field: (number, wire type).
    fn key(&mut self) -> Result<(u64, u8), String> {
        let k = self.varint()?;
        Ok((k >> 3, u8::try_from(k & 7).unwrap_or(7)))
    }

    fn skip(&mut self, wire: u8) -> Result<(), String> {
        match wire {
            0 => self.varint().map(|_| ()),
            1 => self.take(8).map(|_| ()),
            2 => self.len_delimited().map(|_| ()),
            5 => self.take(4).map(|_| ()),
            w => Err(format!("unsupported wire type {w}")),
        }
    }
}

fn decode_struct_at(bytes: &[u8], depth: usize) -> Result<Map<String, Value>, String> {
    if depth > MAX_DEPTH {
        return Err("nested too deeply".into());
    }
    let mut r = Reader { bytes, pos: 0 };
    let mut out = Map::new();
    while !r.done() {
        match r.key()? {
            (1, 2) => {
                let entry = r.len_delimited()?;
                let (k, v) = decode_entry(entry, depth)?;
                out.insert(k, v);
            }
            (_, wire) => r.skip(wire)?,
        }
    }
    Ok(out)
}

fn decode_entry(bytes: &[u8], depth: usize) -> Result<(String, Value), String> {
    let mut r = Reader { bytes, pos: 0 };
    let mut key = String::new();
    let mut value = Value::Null;
    while !r.done() {
        match r.key()? {
            (1, 2) => {
                key = String::from_utf8(r.len_delimited()?.to_vec())
                    .map_err(|_| "key is not UTF-8")?;
            }
            (2, 2) => value = decode_value(r.len_delimited()?, depth)?,
            (_, wire) => r.skip(wire)?,
        }
    }
    Ok((key, value))
}

fn number(d: f64) -> Value {
    // 2^53: beyond it doubles are not exact integers anyway.
    if d.fract() == 0.0 && d.abs() <= 9_007_199_254_740_992.0 {
        // Exact: the value is a whole number within i64.
        #[allow(clippy::cast_possible_truncation)]
        return Value::Number(Number::from(d as i64));
    }
    Number::from_f64(d).map_or(Value::Null, Value::Number)
}

fn decode_value(bytes: &[u8], depth: usize) -> Result<Value, String> {
    let mut r = Reader { bytes, pos: 0 };
    let mut value = Value::Null;
    while !r.done() {
        value = match r.key()? {
            (1, 0) => {
                r.varint()?;
                Value::Null
            }
            (2, 1) => {
                let b = r.take(8)?;
                let arr: [u8; 8] = b.try_into().map_err(|_| "bad double")?;
                number(f64::from_le_bytes(arr))
            }
            (3, 2) => Value::String(
                String::from_utf8(r.len_delimited()?.to_vec())
                    .map_err(|_| "string is not UTF-8")?,
            ),
            (4, 0) => Value::Bool(r.varint()? != 0),
            (5, 2) => Value::Object(decode_struct_at(
                r.len_delimited()?,
                depth.saturating_add(1),
            )?),
            (6, 2) => decode_list(r.len_delimited()?, depth.saturating_add(1))?,
            (_, wire) => {
                r.skip(wire)?;
                continue;
            }
        };
    }
    Ok(value)
}

fn decode_list(bytes: &[u8], depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err("nested too deeply".into());
    }
    let mut r = Reader { bytes, pos: 0 };
    let mut out = Vec::new();
    while !r.done() {
        match r.key()? {
            (1, 2) => out.push(decode_value(r.len_delimited()?, depth)?),
            (_, wire) => r.skip(wire)?,
        }
    }
    Ok(Value::Array(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // A tiny encoder, enough to build test inputs.
    fn varint(mut n: u64, out: &mut Vec<u8>) {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }
    fn field(num: u64, wire: u64, out: &mut Vec<u8>) {
        varint(num << 3 | wire, out);
    }
    fn bytes(num: u64, data: &[u8], out: &mut Vec<u8>) {
        field(num, 2, out);
        varint(data.len() as u64, out);
        out.extend_from_slice(data);
    }
    fn enc_value(v: &Value) -> Vec<u8> {
        let mut out = Vec::new();
        match v {
            Value::Null => {
                field(1, 0, &mut out);
                varint(0, &mut out);
            }
            Value::Number(n) => {
                field(2, 1, &mut out);
                out.extend_from_slice(&n.as_f64().unwrap().to_le_bytes());
            }
            Value::String(s) => bytes(3, s.as_bytes(), &mut out),
            Value::Bool(b) => {
                field(4, 0, &mut out);
                varint(u64::from(*b), &mut out);
            }
            Value::Object(m) => bytes(5, &enc_struct(m), &mut out),
            Value::Array(a) => {
                let mut list = Vec::new();
                for x in a {
                    bytes(1, &enc_value(x), &mut list);
                }
                bytes(6, &list, &mut out);
            }
        }
        out
    }
    fn enc_struct(m: &Map<String, Value>) -> Vec<u8> {
        let mut out = Vec::new();
        for (k, v) in m {
            let mut entry = Vec::new();
            bytes(1, k.as_bytes(), &mut entry);
            bytes(2, &enc_value(v), &mut entry);
            bytes(1, &entry, &mut out);
        }
        out
    }

    #[test]
    fn round_trips_a_configuration() {
        let v = json!({
            "max_request_body_bytes": 1048576,
            "providers": {"a": {"dialect": "anthropic", "default_max_tokens": 512}},
            "upstream_models": {"m": {"input_per_million_tokens_usd": 0.15}},
            "rules": [{"name": "r", "when": {"pii": true, "models": ["x", "y"]}, "tier": "t"}],
            "nothing": null
        });
        let encoded = enc_struct(v.as_object().unwrap());
        assert_eq!(decode_struct(&encoded).unwrap(), v);
        assert_eq!(decode_struct(&[]).unwrap(), json!({}));
    }

    #[test]
    fn refuses_garbage_without_panicking() {
        for bad in [
            &b"\x0a\xff"[..],
            b"\x0a\x05\x0a\x01",
            b"\x0b",
            b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
        ] {
            assert!(decode_struct(bad).is_err(), "{bad:?}");
        }
    }
}
