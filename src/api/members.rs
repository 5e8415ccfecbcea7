//! A request body as its top-level members, each value kept as the client's
//! own bytes, so that a provider close to the client's API gets the body with
//! a few members edited instead of the whole document parsed into a tree and
//! written out again (a 1 MB prompt is almost all one `messages` string).
//!
//! [`Members::scan`] checks the body's JSON syntax (one object) and the
//! UTF-8 of its keys, not of its values: [`Members::parse_except`] checks
//! those it parses, and the value kept as bytes (`keep_raw`) is for the
//! caller to vouch for (the translator edits only bodies its router parsed
//! whole, which it knows by the router's stamp); checking a megabyte of UTF-8
//! again costs about as much as skipping over it. It refuses what it cannot
//! edit unambiguously: a key that occurs twice (a parser keeps the last one;
//! which one the provider would keep is its own choice), whatever its
//! spelling (`"model"` and `"mod\u0065l"` are the same key). The caller then
//! takes the full parse and re-serialisation path.

use std::ops::Range;

use serde::de::IgnoredAny;
use serde_json::{Map, Value};

/// More top-level members than a chat request has: such a body is parsed whole.
const MAX_MEMBERS: usize = 64;

/// The members of a JSON object in body order; each value is a range of the
/// body.
pub struct Members<'a> {
    body: &'a [u8],
    entries: Vec<(String, Range<usize>)>,
}

impl<'a> Members<'a> {
    /// The members of `body`, or `None` when it is not JSON, not an object,
    /// has a key that is not UTF-8, or repeats a key.
    pub fn scan(body: &'a [u8]) -> Option<Self> {
        let bytes = body;
        let mut at = skip_space(bytes, 0);
        if bytes.get(at) != Some(&b'{') {
            return None;
        }
        at = skip_space(bytes, at.checked_add(1)?);
        let mut entries = Vec::new();
        if bytes.get(at) == Some(&b'}') {
            at = at.checked_add(1)?;
        } else {
            loop {
                // A key: a string, decoded (and checked) by serde_json.
                let key_end = string_end(bytes, at)?;
                let key = std::str::from_utf8(bytes.get(at..key_end)?).ok()?;
                let key: String = serde_json::from_str(key).ok()?;
                at = skip_space(bytes, key_end);
                if bytes.get(at) != Some(&b':') {
                    return None;
                }
                let value_start = skip_space(bytes, at.checked_add(1)?);
                // The value: skipped, and so checked, by serde_json (all
                // but the UTF-8 of its strings).
                let mut values = serde_json::Deserializer::from_slice(bytes.get(value_start..)?)
                    .into_iter::<IgnoredAny>();
                values.next()?.ok()?;
                let value_end = value_start.checked_add(values.byte_offset())?;
                entries.push((key, value_start..value_end));
                at = skip_space(bytes, value_end);
                match bytes.get(at) {
                    Some(b',') => at = skip_space(bytes, at.checked_add(1)?),
                    Some(b'}') => {
                        at = at.checked_add(1)?;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        if skip_space(bytes, at) != bytes.len() {
            return None;
        }
        // A chat request has a few dozen members; more is left to the full
        // parse, so that this check stays small (and its code too).
        if entries.len() > MAX_MEMBERS {
            return None;
        }
        for (i, (k, _)) in entries.iter().enumerate() {
            if entries
                .iter()
                .skip(i.saturating_add(1))
                .any(|(o, _)| o == k)
            {
                return None;
            }
        }
        Some(Members { body, entries })
    }

    /// The bytes of `key`'s value, as the body has them (UTF-8 unchecked).
    pub fn raw(&self, key: &str) -> Option<&'a [u8]> {
        let range = self.entries.iter().find(|(k, _)| k == key)?.1.clone();
        self.body.get(range)
    }

    /// Every member but `keep_raw`, parsed: what a request's options are
    /// read and edited on. `None` if a value does not parse as a tree (the
    /// full parse then reports why).
    pub fn parse_except(&self, keep_raw: &str) -> Option<Map<String, Value>> {
        let mut map = Map::new();
        for (k, range) in &self.entries {
            if k != keep_raw {
                let raw = std::str::from_utf8(self.body.get(range.clone())?).ok()?;
                map.insert(k.clone(), serde_json::from_str(raw).ok()?);
            }
        }
        Some(map)
    }

    /// The body with `after` in place of `before` (both from
    /// [`Members::parse_except`], `before` as parsed): a member whose value
    /// is unchanged, and `keep_raw`, keep the client's bytes; a changed one
    /// is written anew in its place; one missing from `after` is dropped;
    /// one only in `after` is added at the end. The result means what the
    /// whole tree would, written out, mean; only spacing, the spelling of
    /// numbers and escapes the client chose, and the order differ.
    pub fn splice(
        &self,
        keep_raw: &str,
        before: &Map<String, Value>,
        after: &Map<String, Value>,
    ) -> Result<Vec<u8>, serde_json::Error> {
        let size = self
            .entries
            .iter()
            .map(|(k, v)| k.len().saturating_add(v.len()).saturating_add(4))
            .fold(2usize, usize::saturating_add);
        let mut out = Vec::with_capacity(size.saturating_add(64));
        out.push(b'{');
        let mut first = true;
        let mut member = |out: &mut Vec<u8>, key: &str| -> Result<(), serde_json::Error> {
            if !first {
                out.push(b',');
            }
            first = false;
            serde_json::to_writer(&mut *out, key)?;
            out.push(b':');
            Ok(())
        };
        for (k, range) in &self.entries {
            let raw = self.body.get(range.clone()).unwrap_or_default();
            if k == keep_raw {
                member(&mut out, k)?;
                out.extend_from_slice(raw);
                continue;
            }
            let Some(new) = after.get(k) else { continue };
            member(&mut out, k)?;
            if before.get(k) == Some(new) {
                out.extend_from_slice(raw);
            } else {
                serde_json::to_writer(&mut out, new)?;
            }
        }
        for (k, v) in after {
            if self.raw(k).is_none() {
                member(&mut out, k)?;
                serde_json::to_writer(&mut out, v)?;
            }
        }
        out.push(b'}');
        Ok(out)
    }
}

/// The index of the first byte at or after `at` that is not JSON whitespace.
fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        at = at.saturating_add(1);
    }
    at
}

/// The end (one past the closing quote) of the string that starts at `at`.
fn string_end(bytes: &[u8], at: usize) -> Option<usize> {
    if bytes.get(at) != Some(&b'"') {
        return None;
    }
    let mut i = at.checked_add(1)?;
    loop {
        match bytes.get(i)? {
            b'"' => return i.checked_add(1),
            b'\\' => i = i.checked_add(2)?,
            _ => i = i.checked_add(1)?,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(b: &[u8]) -> Value {
        serde_json::from_slice(b).unwrap()
    }

    #[test]
    fn scans_members_in_order_with_raw_values() {
        let body = br#" { "model" : "fast", "messages":[{"role":"user","content":"a \"b\" \u00e9"}] ,"n":1e0 } "#;
        let m = Members::scan(body).unwrap();
        let keys: Vec<&str> = m.entries.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["model", "messages", "n"]);
        assert_eq!(m.raw("n").unwrap(), b"1e0");
        assert_eq!(
            m.raw("messages").unwrap(),
            br#"[{"role":"user","content":"a \"b\" \u00e9"}]"#
        );
    }

    #[test]
    fn refuses_what_it_cannot_edit_unambiguously() {
        assert!(Members::scan(br#"{"model":"a","model":"b"}"#).is_none());
        // The same key spelled with an escape is a duplicate too.
        assert!(Members::scan(br#"{"model":"a","mod\u0065l":"b"}"#).is_none());
        assert!(Members::scan(br#"[{"model":"a"}]"#).is_none());
        assert!(Members::scan(br#""model""#).is_none());
        assert!(Members::scan(br#"{"model":"a"} x"#).is_none());
        assert!(Members::scan(br#"{"model":"a""#).is_none());
        // A key must be UTF-8; a value is checked when parsed.
        assert!(Members::scan(b"{\"mod\xffel\":\"a\"}").is_none());
        let m = Members::scan(b"{\"model\":\"\xff\",\"messages\":[]}").unwrap();
        assert!(m.parse_except("messages").is_none());
        assert!(m.parse_except("model").is_some());
        assert!(Members::scan(b"").is_none());
        let many: String = (0..=MAX_MEMBERS)
            .map(|i| format!(",\"k{i}\":{i}"))
            .collect();
        assert!(Members::scan(format!("{{\"model\":\"a\"{many}}}").as_bytes()).is_none());
        let enough: String = (1..MAX_MEMBERS).map(|i| format!(",\"k{i}\":{i}")).collect();
        assert!(Members::scan(format!("{{\"model\":\"a\"{enough}}}").as_bytes()).is_some());
        // Nested keys may repeat what the top level has: not members.
        assert!(Members::scan(br#"{"model":"a","tools":[{"model":"b","model":"c"}]}"#).is_some());
    }

    #[test]
    fn escaped_keys_are_decoded() {
        let m = Members::scan(br#"{"mod\u0065l":"a","m\"x":1}"#).unwrap();
        assert_eq!(m.raw("model").unwrap(), br#""a""#);
        assert_eq!(m.raw("m\"x").unwrap(), b"1");
    }

    #[test]
    fn splice_keeps_unchanged_bytes_and_writes_changes() {
        let body =
            br#"{"messages":[{"role":"user","content":"x\u00e9"}],"model":"fast","temperature":1.50,"drop":1,"__s":{"a":1}}"#;
        let m = Members::scan(body).unwrap();
        let before = m.parse_except("messages").unwrap();
        let mut after = before.clone();
        after.remove("__s");
        after.remove("drop");
        after.insert("model".into(), Value::from("gpt-4o-mini"));
        after.insert("added".into(), Value::from(true));
        let out = m.splice("messages", &before, &after).unwrap();
        assert_eq!(
            std::str::from_utf8(&out).unwrap(),
            r#"{"messages":[{"role":"user","content":"x\u00e9"}],"model":"gpt-4o-mini","temperature":1.50,"added":true}"#
        );
    }

    #[test]
    fn splice_means_what_the_tree_would() {
        let bodies: [&[u8]; 5] = [
            br#"{"model":"m","messages":[]}"#,
            br#"{ "messages" : [ {"role":"user","content":"q \"model\": \"x\""} ], "model" : "m", "stream" : true }"#,
            br#"{"mod\u0065l":"m","messages":[{"role":"user","content":"\ud83d\ude00"}],"tools":[{"type":"function","function":{"name":"model","parameters":{"model":{"type":"string"}}}}]}"#,
            br#"{"messages":[],"stream_options":{"include_usage":false},"model":"m","x":[1.0,2e3,-0]}"#,
            br#"{"\u006dessages":[{"role":"user","content":"a"}],"model":"m"}"#,
        ];
        for body in bodies {
            let m = Members::scan(body).unwrap();
            let before = m.parse_except("messages").unwrap();
            let mut after = before.clone();
            after.insert("model".into(), Value::from("new \"model\" é"));
            after.insert(
                "stream_options".into(),
                serde_json::json!({"include_usage": true}),
            );
            let out = m.splice("messages", &before, &after).unwrap();
            let mut want = value(body);
            let w = want.as_object_mut().unwrap();
            w.insert("model".into(), Value::from("new \"model\" é"));
            w.insert(
                "stream_options".into(),
                serde_json::json!({"include_usage": true}),
            );
            assert_eq!(value(&out), want, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn large_body_round_trips() {
        let text =
            "Long prompt with \"quotes\", \\ backslashes, é, 東京 and \u{1F600}. ".repeat(20_000);
        let body = serde_json::to_vec(&serde_json::json!({
            "messages": [{"role": "user", "content": text}],
            "model": "fast",
        }))
        .unwrap();
        assert!(body.len() > 1_000_000);
        let m = Members::scan(&body).unwrap();
        let before = m.parse_except("messages").unwrap();
        let mut after = before.clone();
        after.insert("model".into(), Value::from("gpt-4o-mini"));
        let out = m.splice("messages", &before, &after).unwrap();
        let v = value(&out);
        assert_eq!(v["model"], "gpt-4o-mini");
        assert_eq!(v["messages"][0]["content"], text.as_str());
        assert_eq!(out.len(), body.len() + "gpt-4o-mini".len() - "fast".len());
    }
}
