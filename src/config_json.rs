//! Reads a JSON configuration into a `Value`, refusing duplicate keys.
//!
//! The configuration is deserialised from a `Value` whichever encoding Envoy
//! hands over (JSON string or `google.protobuf.Struct`), so its types are
//! monomorphised for one deserializer only. serde_json's own `Value` keeps
//! the last of two equal keys without a word; deserialising straight into the
//! config structs refused them, and so does this.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// The JSON document in `raw`, or serde_json's message (with line and
/// column), including for a key repeated within one object.
pub fn parse(raw: &[u8]) -> Result<Value, String> {
    serde_json::from_slice::<Strict>(raw)
        .map(|s| s.0)
        .map_err(|e| e.to_string())
}

struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("a number that is not finite"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("duplicate key `{key}`")));
            }
            let Strict(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use serde_json::json;

    #[test]
    fn reads_what_serde_json_reads() {
        let raw = br#"{"a": [1, -2, 2.5, "x", true, null, {"b": {}}], "c": 18446744073709551615}"#;
        assert_eq!(
            parse(raw).unwrap(),
            json!({"a": [1, -2, 2.5, "x", true, null, {"b": {}}], "c": 18446744073709551615u64})
        );
    }

    #[test]
    fn refuses_a_repeated_key_at_any_depth_and_says_where() {
        let e = parse(b"{\"a\": 1,\n \"a\": 2}").unwrap_err();
        assert!(
            e.contains("duplicate key `a`") && e.contains("line 2"),
            "{e}"
        );
        let e = parse(br#"{"p": {"x": {"k": 1, "k": 1}}}"#).unwrap_err();
        assert!(e.contains("duplicate key `k`"), "{e}");
        // The same key in sibling objects is fine.
        assert!(parse(br#"[{"k": 1}, {"k": 2}]"#).is_ok());
    }

    #[test]
    fn refuses_malformed_and_over_deep_json() {
        for bad in [
            &b"not json"[..],
            b"{\"a\": }",
            b"{\"a\": 1} trailing",
            b"\xff",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        // serde_json's recursion limit (128) holds through this visitor.
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(parse(deep.as_bytes()).is_err());
    }
}
