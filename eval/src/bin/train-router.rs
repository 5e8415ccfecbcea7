//! Trains the tier classifier on the TRAIN part of the labelled set and
//! writes the quantised model the filter embeds.
//!
//! usage: train-router [SET.jsonl] [OUT.bin]
//!
//! Multinomial logistic regression over the hashed features, AdaGrad with L2,
//! a fixed number of epochs and a seeded shuffle: the same set gives the same
//! bytes. The test part is never read here. Before the final fit, 5-fold
//! cross-validation over the training groups prints the out-of-fold
//! accuracy, under-routing and cost for each confidence threshold: that is
//! how the default threshold is chosen, without touching the test part.

use std::path::PathBuf;

use llm_router::classify::features::DIM;
use llm_router::classify::model::{encode, softmax};
use llm_router::classify::{Prediction, TIERS};
use router_eval::{features, load_set, Rng, Routing};

const SEED: u64 = 20_261_130;

/// Hyperparameters (defaults chosen by the cross-validation below; the
/// environment can override them to explore, e.g. `TRAIN_L2=1e-5`).
struct Hyper {
    epochs: usize,
    learning_rate: f32,
    l2: f32,
    /// Errors that under-route weigh this much more in the loss (a cheap
    /// model on a hard request is the costly mistake).
    under_weight: f32,
}

fn hyper() -> Hyper {
    let get = |k: &str, d: f32| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse::<f32>().ok())
            .unwrap_or(d)
    };
    Hyper {
        epochs: get("TRAIN_EPOCHS", 60.0) as usize,
        learning_rate: get("TRAIN_LR", 0.2),
        l2: get("TRAIN_L2", 1e-3),
        under_weight: get("TRAIN_UNDER_WEIGHT", 1.5),
    }
}

type Example = (Vec<(u32, f32)>, usize);

struct Weights {
    w: Vec<[f32; TIERS]>,
    b: [f32; TIERS],
}

impl Weights {
    fn scores(&self, x: &[(u32, f32)]) -> [f32; TIERS] {
        let mut z = self.b;
        for &(i, v) in x {
            if let Some(row) = self.w.get(i as usize) {
                for (zz, w) in z.iter_mut().zip(row) {
                    *zz += v * w;
                }
            }
        }
        z
    }

    fn probs(&self, x: &[(u32, f32)]) -> [f32; TIERS] {
        softmax(self.scores(x))
    }
}

/// Calibrated probabilities: scores divided by a temperature.
fn calibrated(z: [f32; TIERS], temperature: f32) -> Prediction {
    Prediction {
        probs: softmax(z.map(|v| v / temperature)),
    }
}

/// The temperature that minimises the out-of-fold log-loss. The model fits
/// its training set perfectly, so its raw probabilities are over-confident;
/// dividing the scores makes `min_confidence` mean what it says.
fn fit_temperature(oof: &[([f32; TIERS], usize)]) -> f32 {
    let mut best = (f32::INFINITY, 1.0f32);
    for step in 0..=60 {
        let t = 0.5 + step as f32 * 0.25;
        let loss: f32 = oof
            .iter()
            .map(|(z, y)| -calibrated(*z, t).probs[*y].max(1e-9).ln())
            .sum();
        if loss < best.0 {
            best = (loss, t);
        }
    }
    best.1
}

fn train(examples: &[Example]) -> Weights {
    let h = hyper();
    let mut m = Weights {
        w: vec![[0.0; TIERS]; DIM],
        b: [0.0; TIERS],
    };
    let mut g2 = vec![[1e-6f32; TIERS]; DIM];
    let mut gb = [1e-6f32; TIERS];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(SEED);
    for _ in 0..h.epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let Some((x, y)) = examples.get(k) else {
                continue;
            };
            let p = m.probs(x);
            // Weighted cross-entropy: errors towards cheaper tiers weigh more.
            let argmax = Prediction { probs: p }.argmax();
            let weight = if argmax < *y { h.under_weight } else { 1.0 };
            let mut grad = [0.0f32; TIERS];
            for (c, g) in grad.iter_mut().enumerate() {
                let target = if c == *y { 1.0 } else { 0.0 };
                *g = weight * (p[c] - target);
            }
            for c in 0..TIERS {
                gb[c] += grad[c] * grad[c];
                m.b[c] -= h.learning_rate * grad[c] / gb[c].sqrt();
            }
            for &(i, v) in x {
                let i = i as usize;
                for c in 0..TIERS {
                    let g = grad[c] * v + h.l2 * m.w[i][c];
                    g2[i][c] += g * g;
                    m.w[i][c] -= h.learning_rate * g / g2[i][c].sqrt();
                }
            }
        }
    }
    m
}

/// Relative cost of serving a request at each tier (tier 2 = 1), from the
/// price model `eval-router` states, for a typical request (800 prompt
/// tokens, 300 output tokens).
fn rel_cost(tier: usize) -> f64 {
    const IN: [f64; TIERS] = [0.10, 1.0, 3.0, 5.0];
    const OUT: [f64; TIERS] = [0.40, 5.0, 15.0, 25.0];
    let c = |t: usize| 800.0 * IN[t] + 300.0 * OUT[t];
    c(tier) / c(2)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let set = PathBuf::from(
        args.get(1)
            .map_or("eval/data/labelled.jsonl", String::as_str),
    );
    let out = PathBuf::from(
        args.get(2)
            .map_or("src/classify/tier_model.bin", String::as_str),
    );
    let rows = match load_set(&set) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("train-router: {e}");
            std::process::exit(2);
        }
    };
    let train_rows: Vec<_> = rows.iter().filter(|r| !r.test).collect();
    let examples: Vec<Example> = train_rows
        .iter()
        .map(|r| (features(&r.request), r.tier))
        .collect();
    println!(
        "training on {} requests ({} groups); {} test requests not read",
        examples.len(),
        {
            let mut g: Vec<&str> = train_rows.iter().map(|r| r.group.as_str()).collect();
            g.sort_unstable();
            g.dedup();
            g.len()
        },
        rows.len() - train_rows.len()
    );

    // 5-fold cross-validation by group, on the training part only.
    let fold_of = |g: &str| {
        let h = g.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        (h % 5) as usize
    };
    let mut oof_scores: Vec<Option<[f32; TIERS]>> = vec![None; examples.len()];
    for fold in 0..5 {
        let fit: Vec<Example> = examples
            .iter()
            .zip(&train_rows)
            .filter(|(_, r)| fold_of(&r.group) != fold)
            .map(|(e, _)| e.clone())
            .collect();
        let m = train(&fit);
        for (k, (e, r)) in examples.iter().zip(&train_rows).enumerate() {
            if fold_of(&r.group) == fold {
                if let Some(slot) = oof_scores.get_mut(k) {
                    *slot = Some(m.scores(&e.0));
                }
            }
        }
    }
    let pairs: Vec<([f32; TIERS], usize)> = oof_scores
        .iter()
        .zip(&examples)
        .filter_map(|(z, (_, y))| z.map(|z| (z, *y)))
        .collect();
    let temperature = fit_temperature(&pairs);
    let oof: Vec<Option<Prediction>> = oof_scores
        .iter()
        .map(|z| z.map(|z| calibrated(z, temperature)))
        .collect();
    println!("\ncalibration: temperature {temperature:.2} (minimises the out-of-fold log-loss)");
    println!(
        "\n5-fold cross-validation on the training part (by group), per confidence threshold:"
    );
    println!("threshold  accuracy  under-routed  over-routed  cost vs all-tier-2");
    for t in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] {
        let mut r = Routing::default();
        let (mut cost, mut base) = (0.0f64, 0.0f64);
        for (p, (_, y)) in oof.iter().zip(&examples) {
            if let Some(p) = p {
                let (tier, _) = p.route(t);
                r.add(*y, tier);
                cost += rel_cost(tier);
                base += 1.0;
            }
        }
        println!(
            "  {t:.1}      {:5.1}%      {:5.1}%       {:5.1}%        {:.2}",
            r.pct(r.correct),
            r.pct(r.under),
            r.pct(r.over),
            cost / base.max(1.0)
        );
    }

    if std::env::var_os("TRAIN_ROUTER_SHOW_ERRORS").is_some() {
        for ((p, (_, y)), row) in oof.iter().zip(&examples).zip(&train_rows) {
            let Some(p) = p else { continue };
            let (t, c) = p.route(0.6);
            if t != *y {
                let text = llm_router::tokens::prompt_stats(&row.request).last_user_text;
                let short: String = text.chars().take(90).collect();
                println!(
                    "  oof {} true {y} got {t} ({c:.2}) {}: {}",
                    row.id,
                    row.lang,
                    short.replace('\n', " ")
                );
            }
        }
    }
    let m = train(&examples);
    let mut r = Routing::default();
    for (x, y) in &examples {
        r.add(*y, Prediction { probs: m.probs(x) }.argmax());
    }
    println!(
        "\nfinal fit: training accuracy {:.1}% (argmax; optimistic by construction)",
        r.pct(r.correct)
    );
    // Fold the temperature into the weights the filter ships.
    let w: Vec<[f32; TIERS]> = m.w.iter().map(|r| r.map(|v| v / temperature)).collect();
    let bytes = encode(&w, m.b.map(|v| v / temperature));
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("train-router: {}: {e}", out.display());
        std::process::exit(1);
    }
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
}
