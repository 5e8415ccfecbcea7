//! The built-in tier classifier: which capability tier (0-3) a chat request
//! needs, predicted from hashed n-grams of the last user turn's instruction,
//! the system prompt, domain lexicons in ten languages and the request's
//! structure, by a small linear model whose quantised weights ship inside the
//! module (`tier_model.bin`, written by `eval/` from the labelled set).
//!
//! Plain Rust: no proxy-wasm. The work per request is bounded: features read
//! at most a few KiB of any prompt (see `features`), and inference is one
//! weight lookup per feature.

pub mod features;
pub mod lexicon;
pub mod model;

pub use features::{featurize, Input};
pub use model::Model;

/// Number of capability tiers the classifier predicts (0 = trivial .. 3 = high stakes).
pub const TIERS: usize = 4;

/// What the classifier says about a request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prediction {
    /// Probability of each tier being the one the request needs.
    pub probs: [f32; TIERS],
}

impl Prediction {
    /// The most likely tier.
    pub fn argmax(&self) -> usize {
        let mut best = 0;
        for (i, p) in self.probs.iter().enumerate() {
            if *p > self.probs.get(best).copied().unwrap_or(0.0) {
                best = i;
            }
        }
        best
    }

    /// Probability that the request needs tier `t` or less.
    pub fn at_most(&self, t: usize) -> f32 {
        self.probs.iter().take(t.saturating_add(1)).sum()
    }

    /// The routed tier under a confidence threshold: the cheapest tier `t`
    /// the classifier is at least `min_confidence` sure is enough
    /// (P(needed tier <= t) >= min_confidence), with that probability.
    /// A higher threshold moves fewer requests down: fewer under-routed,
    /// more cost.
    pub fn route(&self, min_confidence: f32) -> (usize, f32) {
        let mut cumulative = 0.0;
        for (t, p) in self.probs.iter().enumerate() {
            cumulative += p;
            if cumulative >= min_confidence {
                return (t, cumulative.min(1.0));
            }
        }
        (TIERS.saturating_sub(1), 1.0)
    }
}

/// Featurizes and predicts in one call.
pub fn classify(model: &Model, input: &Input) -> Prediction {
    model.predict(&featurize(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_moves_down_only_when_confident() {
        let p = Prediction {
            probs: [0.5, 0.2, 0.2, 0.1],
        };
        assert_eq!(p.argmax(), 0);
        assert_eq!(p.route(0.5).0, 0);
        assert_eq!(p.route(0.6).0, 1);
        assert_eq!(p.route(0.85).0, 2);
        assert_eq!(p.route(0.95).0, 3);
        assert!((p.route(0.6).1 - 0.7).abs() < 1e-6);
        assert!((p.at_most(2) - 0.9).abs() < 1e-6);
        // Rounding never leaves the ladder.
        let q = Prediction {
            probs: [0.0, 0.0, 0.0, 0.999],
        };
        assert_eq!(q.route(1.0), (3, 1.0));
    }
}
