//! A digest of the plugin configuration, so the two roles can tell that they
//! were given the same document. Each role publishes its digest in the VM's
//! shared data at configure time and compares it with the other's on every
//! request: two different documents would route with mismatched models.
//!
//! The digest is over the document's content, not its bytes: the same
//! configuration as JSON (`StringValue`) or as a `Struct` gives the same
//! digest (object keys sorted, numbers compared as doubles to 12 digits).

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Shared-data key under which `role` publishes its digest.
pub fn shared_key(role: &str) -> String {
    format!("llm_router.config_hash.{role}")
}

fn canonical(v: Value) -> Value {
    match v {
        // 12 significant digits: serde_json's default float parsing may differ
        // from Envoy's (which builds the Struct) in the last bit.
        Value::Number(n) => n
            .as_f64()
            .map_or(Value::Null, |f| Value::String(format!("{f:.11e}"))),
        // Envoy's YAML-to-Struct conversion turns some YAML numbers (`0.25`)
        // into strings, which the configuration also accepts as numbers.
        Value::String(s) => match s.parse::<f64>() {
            Ok(f) if f.is_finite() => Value::String(format!("{f:.11e}")),
            _ => Value::String(s),
        },
        Value::Array(a) => Value::Array(a.into_iter().map(canonical).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, canonical(v))).collect()),
        other => other,
    }
}

/// Hex digest (16 characters) of the configuration `raw` (JSON or a Struct's
/// encoding); `None` if it is neither (the configuration was refused anyway).
pub fn digest(raw: &[u8]) -> Option<String> {
    let value = serde_json::from_slice::<Value>(raw)
        .ok()
        .or_else(|| crate::pb_struct::decode_struct(raw).ok())?;
    let bytes = serde_json::to_vec(&canonical(value)).ok()?;
    let d = Sha256::digest(&bytes);
    Some(d.iter().take(8).map(|b| format!("{b:02x}")).collect())
}

/// What a role says when the other role's digest differs from its own.
pub fn mismatch_message(mine: &str, other_role: &str, theirs: &str) -> String {
    format!(
        "The router and translator plugins were given different configurations \
         (this one {mine}, {other_role} {theirs}): give both plugins the same \
         `configuration` (the shipped YAML writes it once, as an anchor)."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_content_same_digest_whatever_the_form() {
        let a = digest(br#"{"b": 1, "a": {"y": [1, 2.5], "x": "s"}}"#).unwrap();
        let b = digest(b"{\"a\":{\"x\":\"s\",\"y\":[1.0,2.5]},\n \"b\":1.0}").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 16);
        assert_ne!(
            a,
            digest(br#"{"b": 2, "a": {"y": [1, 2.5], "x": "s"}}"#).unwrap()
        );
        assert_eq!(digest(b"not json"), None);
        assert_eq!(digest(br#"{"p": "0.25"}"#), digest(br#"{"p": 0.25}"#));
        // One bit apart (a parser's rounding) is the same number.
        let x = 0.075_f64;
        let y = f64::from_bits(x.to_bits() + 1);
        assert_eq!(
            digest(format!("{{\"p\": {x:e}}}").as_bytes()),
            digest(format!("{{\"p\": {y:e}}}").as_bytes())
        );
    }

    #[test]
    fn a_struct_and_its_json_agree() {
        // Struct {fields: {"n": number_value 1.0}}: field 1 (map entry) ->
        // key "n" (field 1), value Value{number_value (field 2, double)}.
        let value = [0x11, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f]; // number_value = 1.0
        let mut entry = vec![0x0a, 1, b'n', 0x12, value.len() as u8];
        entry.extend_from_slice(&value);
        let mut raw = vec![0x0a, entry.len() as u8];
        raw.extend_from_slice(&entry);
        assert_eq!(digest(&raw), digest(br#"{"n": 1}"#));
    }
}
