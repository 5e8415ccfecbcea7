//! The linear model: per tier, one int8 weight per hashed bucket (scaled by
//! a per-tier factor) and a bias; softmax over the four scores.
//!
//! File layout (little-endian), written by `eval/` (`train-router`):
//! `b"LRT1"`, feature version u32, dim_bits u32, tiers u32, scale f32 x4,
//! bias f32 x4, then `DIM` rows of 4 int8 weights (bucket-major).

use super::features::{DIM, DIM_BITS, FEATURE_VERSION};
use super::{Prediction, TIERS};

const MAGIC: &[u8; 4] = b"LRT1";
const HEADER: usize = 16 + 4 * TIERS * 2;

/// The model trained on the labelled set in `eval/data/`, built in.
static BUILTIN: &[u8] = include_bytes!("tier_model.bin");

/// A parsed model, borrowing its weights.
#[derive(Debug, Clone, Copy)]
pub struct Model<'a> {
    scale: [f32; TIERS],
    bias: [f32; TIERS],
    weights: &'a [u8],
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s: [u8; 4] = b.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(s))
}

fn f32_at(b: &[u8], at: usize) -> Option<f32> {
    u32_at(b, at).map(f32::from_bits)
}

impl Model<'static> {
    /// The built-in model (checked when the configuration is loaded).
    pub fn builtin() -> Result<Model<'static>, String> {
        Model::parse(BUILTIN)
    }
}

impl<'a> Model<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Model<'a>, String> {
        if bytes.get(..4) != Some(MAGIC.as_slice()) {
            return Err("not a tier model (bad magic)".into());
        }
        let field = |at| u32_at(bytes, at).ok_or_else(|| "truncated header".to_string());
        let version = field(4)?;
        if version != FEATURE_VERSION {
            return Err(format!(
                "model built for feature version {version}, this build has {FEATURE_VERSION}: retrain"
            ));
        }
        if field(8)? != DIM_BITS || field(12)? as usize != TIERS {
            return Err("model dimensions do not match this build".into());
        }
        let mut scale = [0.0; TIERS];
        let mut bias = [0.0; TIERS];
        for t in 0..TIERS {
            let s = f32_at(bytes, 16 + 4 * t).ok_or("truncated header")?;
            let b = f32_at(bytes, 16 + 4 * (TIERS + t)).ok_or("truncated header")?;
            if !s.is_finite() || !b.is_finite() {
                return Err("non-finite model parameter".into());
            }
            if let (Some(ss), Some(bb)) = (scale.get_mut(t), bias.get_mut(t)) {
                *ss = s;
                *bb = b;
            }
        }
        let weights = bytes.get(HEADER..).unwrap_or(&[]);
        if weights.len() != DIM * TIERS {
            return Err(format!(
                "model has {} weight bytes, expected {}",
                weights.len(),
                DIM * TIERS
            ));
        }
        Ok(Model {
            scale,
            bias,
            weights,
        })
    }

    /// Raw scores (before softmax) of a feature vector.
    pub fn scores(&self, features: &[(u32, f32)]) -> [f32; TIERS] {
        let mut acc = [0.0f32; TIERS];
        for &(b, v) in features {
            let at = (b as usize & (DIM - 1)) * TIERS;
            if let Some(row) = self.weights.get(at..at + TIERS) {
                for (a, w) in acc.iter_mut().zip(row) {
                    *a += v * f32::from(*w as i8);
                }
            }
        }
        let mut out = self.bias;
        for ((o, a), s) in out.iter_mut().zip(acc).zip(self.scale) {
            *o += a * s;
        }
        out
    }

    pub fn predict(&self, features: &[(u32, f32)]) -> Prediction {
        Prediction {
            probs: softmax(self.scores(features)),
        }
    }
}

pub fn softmax(z: [f32; TIERS]) -> [f32; TIERS] {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut e = z.map(|v| (v - max).exp());
    let sum: f32 = e.iter().sum();
    if sum > 0.0 && sum.is_finite() {
        for v in &mut e {
            *v /= sum;
        }
        e
    } else {
        [1.0 / TIERS as f32; TIERS]
    }
}

/// Serialises float weights (`DIM` rows of `TIERS`) into the file format,
/// quantising each tier's column to int8 with its own scale. Used by the trainer.
pub fn encode(weights: &[[f32; TIERS]], bias: [f32; TIERS]) -> Vec<u8> {
    let mut scale = [0.0f32; TIERS];
    for row in weights {
        for (s, w) in scale.iter_mut().zip(row) {
            *s = s.max(w.abs());
        }
    }
    for s in &mut scale {
        *s = if *s > 0.0 { *s / 127.0 } else { 1.0 };
    }
    let mut out = Vec::with_capacity(HEADER + DIM * TIERS);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    out.extend_from_slice(&DIM_BITS.to_le_bytes());
    out.extend_from_slice(&(TIERS as u32).to_le_bytes());
    for s in scale {
        out.extend_from_slice(&s.to_le_bytes());
    }
    for b in bias {
        out.extend_from_slice(&b.to_le_bytes());
    }
    for i in 0..DIM {
        let row = weights.get(i).copied().unwrap_or([0.0; TIERS]);
        for (w, s) in row.iter().zip(scale) {
            let q = (w / s).round().clamp(-127.0, 127.0) as i8;
            out.push(q as u8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_parse_round_trip() {
        let mut w = vec![[0.0f32; TIERS]; DIM];
        w[7] = [1.0, -0.5, 0.25, 0.0];
        let bytes = encode(&w, [0.1, 0.2, 0.3, 0.4]);
        let m = Model::parse(&bytes).unwrap();
        let s = m.scores(&[(7, 2.0)]);
        assert!(
            (s[0] - 2.1).abs() < 0.02 && (s[1] + 0.8).abs() < 0.02,
            "{s:?}"
        );
        let p = m.predict(&[(7, 2.0)]);
        assert!((p.probs.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert_eq!(p.argmax(), 0);
    }

    #[test]
    fn bad_models_are_refused() {
        let w = vec![[0.0f32; TIERS]; DIM];
        let good = encode(&w, [0.0; TIERS]);
        assert!(Model::parse(&good[..good.len() - 1]).is_err());
        assert!(Model::parse(b"nope").is_err());
        let mut v = good.clone();
        v[4] = 99;
        assert!(Model::parse(&v).unwrap_err().contains("feature version"));
    }

    #[test]
    fn builtin_model_loads() {
        Model::builtin().unwrap();
    }
}
