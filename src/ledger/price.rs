//! Money as integer nano-USD (1e-9 USD): exact sums across many requests,
//! no float drift in the counters. $1 per million tokens = 1000 nano-USD per
//! token, so prices are exact to $0.001 per million tokens.

const NANO_PER_USD: u64 = 1_000_000_000;

/// Nano-USD per token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Price {
    pub input: u64,
    pub cached_input: u64,
    pub output: u64,
}

impl Price {
    /// From the usual list-price unit, USD per million tokens.
    pub fn from_usd_per_million(
        input: f64,
        cached_input: f64,
        output: f64,
    ) -> Result<Price, String> {
        let one = |what: &str, v: f64| {
            scale_exact(v, 1_000.0).map_err(|why| {
                format!(
                    "{what} price {v} USD per million tokens {why} \
                     (prices are exact to 0.001 USD per million tokens, 1 nano-USD per token)"
                )
            })
        };
        Ok(Price {
            input: one("input", input)?,
            cached_input: one("cached input", cached_input)?,
            output: one("output", output)?,
        })
    }

    /// Nano-USD for one request. `cached_tokens` are the part of
    /// `prompt_tokens` read from the provider's cache (OpenAI's
    /// `prompt_tokens_details.cached_tokens`); more cached than prompt tokens
    /// is treated as all cached. Saturates instead of overflowing.
    pub fn cost(&self, prompt_tokens: u64, cached_tokens: u64, completion_tokens: u64) -> u64 {
        let cached = cached_tokens.min(prompt_tokens);
        let uncached = prompt_tokens.saturating_sub(cached);
        uncached
            .saturating_mul(self.input)
            .saturating_add(cached.saturating_mul(self.cached_input))
            .saturating_add(completion_tokens.saturating_mul(self.output))
    }
}

/// `12.345678`: whole dollars and 6 decimals, rounded down so a remaining
/// budget is never shown larger than it is.
pub fn format_usd(nano: u64) -> String {
    let whole = nano / NANO_PER_USD;
    let micro = (nano % NANO_PER_USD) / 1_000;
    format!("{whole}.{micro:06}")
}

/// A signed USD amount, e.g. `-0.250000` for a budget spent past its cap.
pub fn format_signed_usd(nano: i128) -> String {
    let magnitude = u64::try_from(nano.unsigned_abs()).unwrap_or(u64::MAX);
    if nano < 0 {
        format!("-{}", format_usd(magnitude))
    } else {
        format_usd(magnitude)
    }
}

/// A USD amount from configuration (a spend cap), exact to the nano-USD.
pub fn usd_to_nano(usd: f64) -> Result<u64, String> {
    scale_exact(usd, 1e9)
        .map_err(|why| format!("amount {usd} USD {why} (amounts are exact to 0.000000001 USD)"))
}

/// `value * scale` as an integer, refusing non-finite, negative, too large,
/// and values with more precision than the integer unit. The tolerance
/// absorbs f64's representation error of decimal input (a few ulps of the
/// scaled value), which is far below one unit for any sane amount.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn scale_exact(value: f64, scale: f64) -> Result<u64, &'static str> {
    if !value.is_finite() {
        return Err("is not a finite number");
    }
    if value < 0.0 {
        return Err("is negative");
    }
    let scaled = value * scale;
    // 2^64 as f64; anything at or above does not fit in u64.
    if scaled >= 18_446_744_073_709_551_616.0 {
        return Err("is too large");
    }
    let rounded = scaled.round();
    let tolerance = f64::max(1e-6, scaled * 4.0 * f64::EPSILON);
    if (scaled - rounded).abs() > tolerance {
        return Err("has too many decimals");
    }
    // In range and integral: the cast is exact (or saturates at the very top).
    Ok(rounded as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_usd_per_million_exact() {
        let p = Price::from_usd_per_million(2.5, 1.25, 10.0).unwrap();
        assert_eq!(
            p,
            Price {
                input: 2_500,
                cached_input: 1_250,
                output: 10_000
            }
        );
        let p = Price::from_usd_per_million(0.15, 0.075, 0.6).unwrap();
        assert_eq!((p.input, p.cached_input, p.output), (150, 75, 600));
        let p = Price::from_usd_per_million(0.001, 0.0, 15_000.123).unwrap();
        assert_eq!((p.input, p.cached_input, p.output), (1, 0, 15_000_123));
        let p = Price::from_usd_per_million(0.1 + 0.2, 3.3, 1e6).unwrap();
        assert_eq!(
            (p.input, p.cached_input, p.output),
            (300, 3_300, 1_000_000_000)
        );
    }

    #[test]
    fn from_usd_per_million_refusals() {
        let e = Price::from_usd_per_million(0.0005, 0.0, 0.0).unwrap_err();
        assert!(e.contains("input price 0.0005"), "{e}");
        assert!(e.contains("too many decimals"), "{e}");
        assert!(e.contains("0.001 USD per million"), "{e}");
        let e = Price::from_usd_per_million(1.0, 0.1234, 1.0).unwrap_err();
        assert!(e.starts_with("cached input price 0.1234"), "{e}");
        assert!(Price::from_usd_per_million(1.0, 1.0, 2.0001).is_err());
        assert!(Price::from_usd_per_million(-1.0, 1.0, 1.0)
            .unwrap_err()
            .contains("negative"));
        assert!(Price::from_usd_per_million(f64::NAN, 1.0, 1.0).is_err());
        assert!(Price::from_usd_per_million(1.0, f64::INFINITY, 1.0).is_err());
        assert!(Price::from_usd_per_million(1.0, 1.0, 1e17)
            .unwrap_err()
            .contains("too large"));
    }

    #[test]
    fn cost_to_the_nano() {
        let p = Price::from_usd_per_million(2.5, 1.25, 10.0).unwrap();
        // 1000 uncached * 2500 + 200 cached * 1250 + 300 * 10000
        assert_eq!(p.cost(1_200, 200, 300), 2_500_000 + 250_000 + 3_000_000);
        assert_eq!(p.cost(0, 0, 0), 0);
        assert_eq!(p.cost(10, 50, 0), 10 * 1_250);
        assert_eq!(p.cost(u64::MAX, 0, u64::MAX), u64::MAX);
        let cheap = Price::from_usd_per_million(0.001, 0.0, 0.001).unwrap();
        assert_eq!(cheap.cost(7, 3, 5), 4 + 5);
    }

    #[test]
    fn format() {
        assert_eq!(format_usd(0), "0.000000");
        assert_eq!(format_usd(12_345_678_901), "12.345678");
        assert_eq!(format_usd(999), "0.000000");
        assert_eq!(format_usd(1_000), "0.000001");
        assert_eq!(format_usd(1_000_000_000), "1.000000");
        assert_eq!(format_usd(u64::MAX), "18446744073.709551");
    }

    #[test]
    fn usd_to_nano_cases() {
        assert_eq!(usd_to_nano(0.0), Ok(0));
        assert_eq!(usd_to_nano(100.0), Ok(100_000_000_000));
        assert_eq!(usd_to_nano(0.1), Ok(100_000_000));
        assert_eq!(usd_to_nano(12_345.678_901_234), Ok(12_345_678_901_234));
        assert_eq!(usd_to_nano(1e-9), Ok(1));
        assert_eq!(usd_to_nano(5_000_000.5), Ok(5_000_000_500_000_000));
        assert!(usd_to_nano(1e-10)
            .unwrap_err()
            .contains("too many decimals"));
        assert!(usd_to_nano(0.123_456_789_1).is_err());
        assert!(usd_to_nano(-0.01).is_err());
        assert!(usd_to_nano(f64::NAN).is_err());
        assert!(usd_to_nano(2e10).unwrap_err().contains("too large"));
        assert_eq!(usd_to_nano(1.8e10), Ok(18_000_000_000_000_000_000));
    }
}
