//! Protocol buffers wire format: just varints, length-delimited fields and
//! skipping the fixed-width ones. Bounds-checked; malformed input is an error.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Truncated,
    VarintTooLong,
    UnsupportedWireType(u64),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Truncated => f.write_str("truncated message"),
            Error::VarintTooLong => f.write_str("varint longer than 10 bytes"),
            Error::UnsupportedWireType(t) => write!(f, "unsupported wire type {t}"),
        }
    }
}

#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    fn raw_varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    fn key(&mut self, field: u32, wire_type: u8) {
        self.raw_varint((u64::from(field) << 3) | u64::from(wire_type));
    }

    pub fn varint(&mut self, field: u32, v: u64) {
        self.key(field, 0);
        self.raw_varint(v);
    }

    pub fn fixed64(&mut self, field: u32, v: u64) {
        self.key(field, 1);
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn message(&mut self, field: u32, bytes: &[u8]) {
        self.key(field, 2);
        self.raw_varint(bytes.len() as u64);
        self.buf.extend_from_slice(bytes);
    }

    pub fn string(&mut self, field: u32, s: &str) {
        self.message(field, s.as_bytes());
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

pub enum Value<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    /// Fixed 32- or 64-bit: skipped by every message here.
    Fixed,
}

pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    fn varint(&mut self) -> Result<u64, Error> {
        let mut v: u64 = 0;
        for i in 0..10u32 {
            let (&b, rest) = self.rest.split_first().ok_or(Error::Truncated)?;
            self.rest = rest;
            v |= u64::from(b & 0x7f).checked_shl(7 * i).unwrap_or(0);
            if b & 0x80 == 0 {
                if i == 9 && b > 1 {
                    return Err(Error::VarintTooLong);
                }
                return Ok(v);
            }
        }
        Err(Error::VarintTooLong)
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], Error> {
        let n = usize::try_from(n).map_err(|_| Error::Truncated)?;
        if n > self.rest.len() {
            return Err(Error::Truncated);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    /// The next `(field number, value)`, or `None` at the end.
    pub fn field(&mut self) -> Result<Option<(u64, Value<'a>)>, Error> {
        if self.rest.is_empty() {
            return Ok(None);
        }
        let key = self.varint()?;
        let value = match key & 7 {
            0 => Value::Varint(self.varint()?),
            1 => {
                self.take(8)?;
                Value::Fixed
            }
            2 => {
                let len = self.varint()?;
                Value::Bytes(self.take(len)?)
            }
            5 => {
                self.take(4)?;
                Value::Fixed
            }
            t => return Err(Error::UnsupportedWireType(t)),
        };
        Ok(Some((key >> 3, value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        for v in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut w = Writer::default();
            w.varint(1, v);
            let bytes = w.into_bytes();
            let mut r = Reader::new(&bytes);
            match r.field().unwrap() {
                Some((1, Value::Varint(got))) => assert_eq!(got, v),
                _ => panic!("bad decode of {v}"),
            }
            assert!(r.field().unwrap().is_none());
        }
    }
}
