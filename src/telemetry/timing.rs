//! Timing of one provider attempt, from host timestamps in nanoseconds.

/// When an attempt was sent, when its first body bytes came back, and when it ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttemptClock {
    pub start_ns: u64,
    pub first_byte_ns: Option<u64>,
    pub end_ns: Option<u64>,
}

const NS_PER_MS: u64 = 1_000_000;

/// Nanoseconds to milliseconds, rounded to the nearest.
pub fn ms(ns: u64) -> u64 {
    ns.saturating_add(NS_PER_MS / 2) / NS_PER_MS
}

impl AttemptClock {
    pub fn new(start_ns: u64) -> Self {
        AttemptClock {
            start_ns,
            ..Default::default()
        }
    }

    /// Notes the first body bytes (later calls keep the first).
    pub fn first_byte(&mut self, now_ns: u64) {
        self.first_byte_ns.get_or_insert(now_ns);
    }

    pub fn end(&mut self, now_ns: u64) {
        self.end_ns.get_or_insert(now_ns);
    }

    pub fn duration_ms(&self) -> Option<u64> {
        self.end_ns.map(|e| ms(e.saturating_sub(self.start_ns)))
    }

    pub fn ttft_ms(&self) -> Option<u64> {
        self.first_byte_ns
            .map(|f| ms(f.saturating_sub(self.start_ns)))
    }

    /// Time after the first token, spread over the remaining output tokens
    /// (OpenTelemetry's `gen_ai.server.time_per_output_token`); `None` with
    /// fewer than two output tokens.
    pub fn time_per_output_token_ms(&self, output_tokens: u64) -> Option<u64> {
        let (first, end) = (self.first_byte_ns?, self.end_ns?);
        let after = output_tokens.checked_sub(1).filter(|n| *n > 0)?;
        Some(ms(end.saturating_sub(first) / after))
    }

    /// Output tokens per second from the first token to the end; the span is
    /// taken as at least 1 ms, so a burst that arrives at once stays finite.
    pub fn tokens_per_second(&self, output_tokens: u64) -> Option<u64> {
        let (first, end) = (self.first_byte_ns?, self.end_ns?);
        if output_tokens == 0 {
            return None;
        }
        let span_ns = end.saturating_sub(first).max(NS_PER_MS);
        let per_s = u128::from(output_tokens) * 1_000_000_000 / u128::from(span_ns);
        Some(u64::try_from(per_s).unwrap_or(u64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::telemetry::metrics::{bucket_le, TPOT_BUCKETS_MS, TTFT_BUCKETS_MS};

    const MS: u64 = 1_000_000;

    #[test]
    fn rounds_to_nearest_ms() {
        assert_eq!(ms(0), 0);
        assert_eq!(ms(499_999), 0);
        assert_eq!(ms(500_000), 1);
        assert_eq!(ms(1_499_999), 1);
        assert_eq!(ms(u64::MAX), u64::MAX / MS);
    }

    #[test]
    fn stream_timings_and_their_buckets() {
        let mut c = AttemptClock::new(1_000 * MS);
        assert_eq!((c.ttft_ms(), c.duration_ms()), (None, None));
        c.first_byte(1_180 * MS);
        c.first_byte(1_190 * MS); // later chunks do not move it
        c.end(2_180 * MS);
        assert_eq!(c.ttft_ms(), Some(180));
        assert_eq!(bucket_le(&TTFT_BUCKETS_MS, 180), Some(250));
        assert_eq!(c.duration_ms(), Some(1180));
        // 101 output tokens over 1000 ms after the first: 10 ms each, 101 tokens/s.
        assert_eq!(c.time_per_output_token_ms(101), Some(10));
        assert_eq!(bucket_le(&TPOT_BUCKETS_MS, 10), Some(10));
        assert_eq!(c.tokens_per_second(101), Some(101));
        assert_eq!(c.time_per_output_token_ms(1), None);
        assert_eq!(c.tokens_per_second(0), None);
    }

    #[test]
    fn a_burst_and_a_clock_that_goes_back_stay_finite() {
        let mut c = AttemptClock::new(5 * MS);
        c.first_byte(3 * MS);
        c.end(3 * MS);
        assert_eq!(c.ttft_ms(), Some(0));
        assert_eq!(c.duration_ms(), Some(0));
        assert_eq!(c.time_per_output_token_ms(10), Some(0));
        assert_eq!(c.tokens_per_second(10), Some(10_000));
    }
}
