//! Trains the tier classifier on the TRAIN part of the labelled set and
//! writes the quantised model the filter embeds.
//!
//! usage: train-router [--loso] [SET.jsonl] [OUT.bin]
//!
//! `--loso` writes no model: it prints the leave-one-source-out figures
//! (see `loso`) of the shipped hyper-parameters (or those pinned with
//! `TRAIN_L2=...` and friends), the measure feature changes are chosen on.
//!
//! Multinomial logistic regression over the hashed features, AdaGrad with L2,
//! a fixed number of epochs and a seeded shuffle: the same set gives the same
//! bytes. The test part is never read here.
//!
//! The loss is cost-sensitive: under-routing (a cheaper tier than the
//! request needs) is the costly mistake, so besides the cross-entropy the
//! loss can weigh examples the model currently under-routes
//! (`under_weight`) and penalise the probability mass below the labelled
//! tier (`below_weight`, a term -log(1 - P(tier < label))).
//!
//! The hyper-parameters and the confidence threshold (`min_confidence`) are
//! chosen together, with a stated objective: the highest accuracy, as the
//! sum of the out-of-fold accuracy (5-fold cross-validation over the
//! training groups) and the held-out-author accuracy (below), among the
//! settings whose out-of-fold under-routing is at most `MAX_UNDER`, whose
//! **held-out-author** under-routing is at most `MAX_UNDER_AUTHOR`, and
//! whose cost is at most `MAX_OVER_PERFECT` times the cost of perfect
//! routing on the same requests (the price model of `eval-router`); among
//! the settings within `MERIT_TOLERANCE` of that accuracy, the one that
//! under-routes least (out of fold plus held-out author). The
//! cost cap is relative because the cost against all-tier-2 depends on the
//! tier mix: the training part holds more tier-3 requests than the test
//! part, so perfect routing alone costs more there. The test part plays no
//! part in it.
//!
//! Held-out author: the group folds mix every writer's requests, so a fold
//! still sees the same writer's phrasing in training, and its figures were
//! 0-3 points optimistic on sets written by someone else (the blind sets).
//! The sets written apart (fresh `f:`, blind `b:`, second blind `b2:`,
//! third, fourth to eighth blind `b3:`, `b4:`, `b5:`, `b6:`, `b7:`, `b8:`) are
//! each predicted by a model trained only on what was written before them
//! (forward chaining: the later batches were aimed at their errors), and
//! those predictions stand in for traffic from a writer the model has never
//! read. Accuracy counts both estimates equally: out of fold alone chose
//! settings that fit the team's own phrasing (the third blind set was
//! over-routed twice as often as the test part).
//!
//! Robust to unseen writers (since feature version 12): the pooled
//! held-out-author under-routing said 3.1% before the sixth blind set,
//! which then showed 6.6%, because one writer's phrasing moves it and
//! the pooled figure averages writers. So a setting is also feasible only
//! if the **worst** recent source held out (`LOSO_SOURCES`: the third blind
//! set, the fourth and fifth, the sixth, the seventh, the eighth, each predicted by a model trained
//! only on what was written before it) under-routes at most
//! `MAX_UNDER_SOURCE`, and if the held-out authors' **tier-3** requests
//! routed lower stay within `MAX_UNDER_TIER3` (the sixth blind set's misses
//! were tier-3 legal drafting, diluted in the pooled figure by tiers 0-1).
//! Everything is seeded (`SEED`, fixed folds by group hash, forward
//! chaining by `ERAS`): the same set gives the same bytes.

use std::path::PathBuf;

use llm_router::classify::features::DIM;
use llm_router::classify::model::{encode, softmax};
use llm_router::classify::{Prediction, TIERS};
use router_eval::{features, is_test_group, load_set, tier_costs, Rng, Routing};

const SEED: u64 = 20_261_130;
/// The selection objective's constraints: under-routing in percent of
/// requests, capped below the 5 % target to leave room for the gap between
/// cross-validation and unseen requests; cost as a multiple of perfect
/// routing's. (The 0.60 target is 1.05 x perfect routing on the test part's
/// tier mix; no setting reaches 1.05 with at most 4 % under-routing out of
/// fold, so the cap leaves some room: under-routing comes first.)
const MAX_UNDER: f64 = 4.0;
/// Under-routing cap on the held-out-author predictions (percent), one
/// point under the 5 % target: that estimate rests on a few hundred
/// requests (one standard error is about a point).
const MAX_UNDER_AUTHOR: f64 = 4.0;
const MAX_OVER_PERFECT: f64 = 1.10;
/// Under-routing cap (percent) on the **worst** of the recent sources held
/// out (`LOSO_SOURCES`: the third blind set, the fourth and fifth, the
/// sixth, the seventh, the eighth; each predicted by a model trained only on what was written
/// before it): the pooled held-out-author figure said 3.1% before the
/// sixth blind set, which then showed 6.6%. One writer's phrasing is what
/// moves under-routing, so every recent writer must be within the target.
const MAX_UNDER_SOURCE: f64 = 5.0;
/// Cap (percent) on the tier-3 requests of the held-out authors routed to
/// a lower tier: the costly mistake, which the pooled figure dilutes in
/// the tier-0 and tier-1 requests (the sixth blind set under-routed 6 of
/// its 48 tier-3 requests).
const MAX_UNDER_TIER3: f64 = 5.0;
/// Settings whose merit (out-of-fold plus held-out-author accuracy, in
/// percent points) is within this of the best count as equally accurate,
/// and the one that under-routes least is chosen: half a point is about 4
/// of the 871 held-out-author requests (about 7 of the 1387 since the
/// fourth and fifth blind sets joined them).
const MERIT_TOLERANCE: f64 = 0.5;
/// Group prefixes of the sets written apart, each held out whole in turn.
const AUTHORS: [&str; 9] = ["f:", "b:", "b2:", "b3:", "b4:", "b5:", "b6:", "b7:", "b8:"];
/// Group prefixes in the order their requests were written: the first
/// templates and cases, the fresh set, the blind set, the second batch
/// (written after the blind set's errors), the second blind set, the third
/// batch (written after its errors), the third blind set, the fourth batch
/// (written after its errors), the fifth batch (written after the
/// held-out-author predictions' errors), the fourth and fifth blind sets
/// (written at the same time, neither writer saw the other's), the sixth
/// batch (written after their errors), the sixth blind set, the seventh
/// batch (written after its errors), the seventh blind set, the eighth
/// batch (written after its errors), the eighth blind set and the ninth
/// batch (written after its errors). Unknown prefixes count as newest.
const ERAS: [(&str, u8); 19] = [
    ("t:", 0),
    ("c:", 0),
    ("f:", 1),
    ("b:", 2),
    ("c2:", 3),
    ("b2:", 4),
    ("c3", 5),
    ("b3:", 6),
    ("c4", 7),
    ("c5", 8),
    ("b4:", 9),
    ("b5:", 9),
    ("c6", 10),
    ("b6:", 11),
    ("c7", 12),
    ("b7:", 13),
    ("c8", 14),
    ("b8:", 15),
    ("c9", 16),
];
/// Thresholds considered: 0.30, 0.35, ... 0.95.
const THRESHOLDS: [f32; 14] = [
    0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95,
];

#[derive(Debug, Clone, Copy)]
struct Hyper {
    epochs: usize,
    learning_rate: f32,
    l2: f32,
    /// Examples the model currently under-routes (argmax below the label)
    /// weigh this much more in the loss.
    under_weight: f32,
    /// Weight of the term -log(1 - P(tier < label)).
    below_weight: f32,
}

/// The grid the cross-validation searches; `TRAIN_L2=...` and friends in
/// the environment pin a value (to explore by hand).
fn grid() -> Vec<Hyper> {
    let pinned = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f32>().ok());
    let vals = |k: &str, d: &[f32]| pinned(k).map_or_else(|| d.to_vec(), |v| vec![v]);
    let epochs = pinned("TRAIN_EPOCHS").map_or(60, |v| v as usize);
    let learning_rate = pinned("TRAIN_LR").unwrap_or(0.2);
    let mut out = Vec::new();
    for l2 in vals("TRAIN_L2", &[1e-4, 3e-4, 1e-3, 3e-3, 1e-2]) {
        for under_weight in vals("TRAIN_UNDER_WEIGHT", &[1.0, 3.0]) {
            for below_weight in vals("TRAIN_BELOW_WEIGHT", &[0.0, 1.0]) {
                out.push(Hyper {
                    epochs,
                    learning_rate,
                    l2,
                    under_weight,
                    below_weight,
                });
            }
        }
    }
    out
}

/// Features, label, training group, and what the request costs at each tier.
#[derive(Clone)]
struct Example {
    x: Vec<(u32, f32)>,
    y: usize,
    fold: usize,
    /// Index in `AUTHORS` of the set written apart it comes from, if any.
    author: Option<usize>,
    /// When it was written (`ERAS`).
    era: u8,
    /// Weight in the loss: 1, or 1/n for each of the n requests filled from
    /// one template (`t:` groups), so a template counts as one phrasing.
    weight: f32,
    costs: [f64; TIERS],
}

/// When a group's requests were written (`ERAS`).
fn era_of(group: &str) -> u8 {
    ERAS.iter()
        .find(|(p, _)| group.starts_with(p))
        .map_or(u8::MAX, |(_, e)| *e)
}

/// The set written apart a group belongs to (`AUTHORS`), by its prefix.
fn author_of(group: &str) -> Option<usize> {
    AUTHORS.iter().position(|p| group.starts_with(p))
}

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
/// its training set perfectly, so its raw probabilities may be
/// over-confident; dividing the scores makes `min_confidence` mean what it
/// says.
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

/// Gradient of the loss with respect to the scores, for probabilities `p`
/// and label `y`.
fn gradient(p: &[f32; TIERS], y: usize, h: &Hyper) -> [f32; TIERS] {
    let argmax = Prediction { probs: *p }.argmax();
    let weight = if argmax < y { h.under_weight } else { 1.0 };
    // Cross-entropy: p - onehot(y).
    let mut grad: [f32; TIERS] =
        std::array::from_fn(|c| weight * (p[c] - if c == y { 1.0 } else { 0.0 }));
    // -log(1 - B), B = P(tier < y): d/dz_c = p_c (1[c < y] - B) / (1 - B).
    if h.below_weight > 0.0 && y > 0 {
        let below: f32 = p.iter().take(y).sum();
        let rest = (1.0 - below).max(1e-6);
        for (c, g) in grad.iter_mut().enumerate() {
            let ind = if c < y { 1.0 } else { 0.0 };
            *g += h.below_weight * p[c] * (ind - below) / rest;
        }
    }
    grad
}

fn train<'a>(examples: impl Iterator<Item = &'a Example> + Clone, h: &Hyper) -> Weights {
    let examples: Vec<&Example> = examples.collect();
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
            let Some(e) = examples.get(k) else {
                continue;
            };
            let grad = gradient(&m.probs(&e.x), e.y, h).map(|g| g * e.weight);
            for c in 0..TIERS {
                gb[c] += grad[c] * grad[c];
                m.b[c] -= h.learning_rate * grad[c] / gb[c].sqrt();
            }
            for &(i, v) in &e.x {
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

/// Out-of-fold scores of every example (5 folds by group), and the
/// temperature fitted on them.
fn cross_validate(examples: &[Example], h: &Hyper) -> (Vec<[f32; TIERS]>, f32) {
    let mut oof = vec![[0.0f32; TIERS]; examples.len()];
    for fold in 0..5 {
        let m = train(examples.iter().filter(|e| e.fold != fold), h);
        for (slot, e) in oof.iter_mut().zip(examples) {
            if e.fold == fold {
                *slot = m.scores(&e.x);
            }
        }
    }
    let pairs: Vec<_> = oof.iter().zip(examples).map(|(z, e)| (*z, e.y)).collect();
    let t = fit_temperature(&pairs);
    (oof, t)
}

/// Scores of the requests of each set written apart, by a model trained
/// only on the training-part requests written before it (`None` for the
/// other requests): forward chaining, as a next unseen set meets the
/// current model. Holding a set out but keeping the batches written after
/// it (aimed at its errors) would be optimistic.
fn hold_out_authors(examples: &[Example], h: &Hyper) -> Vec<Option<[f32; TIERS]>> {
    let mut out = vec![None; examples.len()];
    // One model per era: sets written at the same time (the fourth and
    // fifth blind sets) are judged by the same model, trained once.
    let mut eras: Vec<u8> = examples
        .iter()
        .filter(|e| e.author.is_some())
        .map(|e| e.era)
        .collect();
    eras.sort_unstable();
    eras.dedup();
    for era in eras {
        let m = train(examples.iter().filter(|e| e.era < era), h);
        for (slot, e) in out.iter_mut().zip(examples) {
            if e.author.is_some() && e.era == era {
                *slot = Some(m.scores(&e.x));
            }
        }
    }
    out
}

/// Routing figures and cost of the held-out-author scores at a threshold
/// (only the requests that have one).
fn score_authors(
    held: &[Option<[f32; TIERS]>],
    t: f32,
    examples: &[Example],
    threshold: f32,
) -> (Routing, f64) {
    let (z, e): (Vec<[f32; TIERS]>, Vec<&Example>) = held
        .iter()
        .zip(examples)
        .filter_map(|(z, e)| z.map(|z| (z, e)))
        .unzip();
    score_refs(&z, t, &e, threshold)
}

/// Under-routing (percent) of each set written apart (`AUTHORS` order;
/// `None` when the training part holds none of it).
fn author_unders(
    held: &[Option<[f32; TIERS]>],
    t: f32,
    examples: &[Example],
    threshold: f32,
) -> [Option<f64>; AUTHORS.len()] {
    std::array::from_fn(|a| {
        let (z, e): (Vec<[f32; TIERS]>, Vec<&Example>) = held
            .iter()
            .zip(examples)
            .filter(|(_, e)| e.author == Some(a))
            .filter_map(|(z, e)| z.map(|z| (z, e)))
            .unzip();
        let (r, _) = score_refs(&z, t, &e, threshold);
        (r.n > 0).then(|| r.pct(r.under))
    })
}

/// Under-routing (percent) of the worst recent source held out
/// (`LOSO_SOURCES`) at a threshold; 0 when the training part holds none.
fn worst_source_under(
    held: &[Option<[f32; TIERS]>],
    t: f32,
    examples: &[Example],
    threshold: f32,
) -> f64 {
    LOSO_SOURCES
        .iter()
        .map(|(_, prefixes, _)| {
            let mut r = Routing::default();
            for (z, e) in held.iter().zip(examples) {
                let of_source = e
                    .author
                    .and_then(|a| AUTHORS.get(a))
                    .is_some_and(|a| prefixes.contains(a));
                if let (true, Some(z)) = (of_source, z) {
                    r.add(e.y, calibrated(*z, t).route(threshold).0);
                }
            }
            r.pct(r.under)
        })
        .fold(0.0, f64::max)
}

/// Tier-3 held-out-author requests routed lower, in percent of them.
fn tier3_under(held: &[Option<[f32; TIERS]>], t: f32, examples: &[Example], threshold: f32) -> f64 {
    let (mut n, mut under) = (0usize, 0usize);
    for (z, e) in held.iter().zip(examples) {
        if let (3, Some(z)) = (e.y, z) {
            n += 1;
            under += usize::from(calibrated(*z, t).route(threshold).0 < 3);
        }
    }
    if n == 0 {
        0.0
    } else {
        100.0 * under as f64 / n as f64
    }
}

/// Under-routing (percent) of the worst of the 5 group folds at a threshold.
fn worst_fold_under(oof: &[[f32; TIERS]], t: f32, examples: &[Example], threshold: f32) -> f64 {
    (0..5)
        .map(|fold| {
            let (z, e): (Vec<[f32; TIERS]>, Vec<&Example>) = oof
                .iter()
                .zip(examples)
                .filter(|(_, e)| e.fold == fold)
                .map(|(z, e)| (*z, e))
                .unzip();
            let (r, _) = score_refs(&z, t, &e, threshold);
            r.pct(r.under)
        })
        .fold(0.0, f64::max)
}

fn score_refs(z: &[[f32; TIERS]], t: f32, examples: &[&Example], threshold: f32) -> (Routing, f64) {
    let mut r = Routing::default();
    let (mut cost, mut base) = (0.0f64, 0.0f64);
    for (z, e) in z.iter().zip(examples) {
        let (tier, _) = calibrated(*z, t).route(threshold);
        r.add(e.y, tier);
        cost += e.costs.get(tier).copied().unwrap_or(0.0);
        base += e.costs[2];
    }
    (r, cost / base.max(f64::MIN_POSITIVE))
}

/// Routing figures and cost (vs all-tier-2) of calibrated scores at a threshold.
fn score(oof: &[[f32; TIERS]], t: f32, examples: &[Example], threshold: f32) -> (Routing, f64) {
    let mut r = Routing::default();
    let (mut cost, mut base) = (0.0f64, 0.0f64);
    for (z, e) in oof.iter().zip(examples) {
        let (tier, _) = calibrated(*z, t).route(threshold);
        r.add(e.y, tier);
        cost += e.costs.get(tier).copied().unwrap_or(0.0);
        base += e.costs[2];
    }
    (r, cost / base.max(f64::MIN_POSITIVE))
}

/// The sources leave-one-source-out holds out, each with the group
/// prefixes of its requests and the files it was written as.
const LOSO_SOURCES: [(&str, &[&str], &[&str]); 5] = [
    ("blind3", &["b3:"], &["eval/data/blind3.jsonl"]),
    (
        "blind4+5",
        &["b4:", "b5:"],
        &["eval/data/blind4.jsonl", "eval/data/blind5.jsonl"],
    ),
    ("blind6", &["b6:"], &["eval/data/blind6.jsonl"]),
    ("blind7", &["b7:"], &["eval/data/blind7.jsonl"]),
    ("blind8", &["b8:"], &["eval/data/blind8.jsonl"]),
];
/// Thresholds the leave-one-source-out report prints.
const LOSO_THRESHOLDS: [f32; 8] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85];

/// One held-out source: its requests' scores under a model trained only
/// on what was written before it, with their labels and costs.
struct Held {
    name: &'static str,
    z: Vec<[f32; TIERS]>,
    y: Vec<usize>,
    costs: Vec<[f64; TIERS]>,
    rows: Vec<router_eval::Row>,
    temperature: f32,
}

/// Routing figures of a held-out source at a threshold: (routing, cost vs
/// all-tier-2, perfect routing's cost, tier-3 requests routed lower, tier-3 requests).
fn held_figures(h: &Held, threshold: f32) -> (Routing, f64, f64, usize, usize) {
    let mut r = Routing::default();
    let (mut cost, mut perfect, mut base) = (0.0f64, 0.0f64, 0.0f64);
    let (mut under3, mut n3) = (0, 0);
    for ((z, &y), c) in h.z.iter().zip(&h.y).zip(&h.costs) {
        let (tier, _) = calibrated(*z, h.temperature).route(threshold);
        r.add(y, tier);
        cost += c.get(tier).copied().unwrap_or(0.0);
        perfect += c.get(y).copied().unwrap_or(0.0);
        base += c[2];
        if y == 3 {
            n3 += 1;
            under3 += usize::from(tier < 3);
        }
    }
    let base = base.max(f64::MIN_POSITIVE);
    (r, cost / base, perfect / base, under3, n3)
}

/// Leave-one-source-out (`train-router --loso`): each blind set (the third,
/// the fourth and fifth together, the sixth) is predicted by a model trained
/// only on the training-part requests written before it (`ERAS`: neither
/// the set nor the batches written after its errors), with the temperature
/// fitted by 5-fold cross-validation on that same training data. Its
/// requests are those on the training side of the split (`is_test_group`),
/// read from the labelled set once folded in and from its own file before:
/// the test part is never read. The hyper-parameters are the shipped ones
/// unless `TRAIN_L2=...` and friends pin others. Writes no model.
fn loso(rows: &[router_eval::Row]) -> Vec<Held> {
    let pinned = |k: &str, d: f32| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse::<f32>().ok())
            .unwrap_or(d)
    };
    let h = Hyper {
        epochs: pinned("TRAIN_EPOCHS", 60.0) as usize,
        learning_rate: pinned("TRAIN_LR", 0.2),
        l2: pinned("TRAIN_L2", 1e-4),
        under_weight: pinned("TRAIN_UNDER_WEIGHT", 1.0),
        below_weight: pinned("TRAIN_BELOW_WEIGHT", 0.0),
    };
    let train_rows: Vec<&router_eval::Row> = rows.iter().filter(|r| !r.test).collect();
    let examples = build_examples(&train_rows);
    let mut out = Vec::new();
    for (name, prefixes, files) in LOSO_SOURCES {
        let of_source = |g: &str| prefixes.iter().any(|p| g.starts_with(p));
        let era = prefixes.iter().map(|p| era_of(p)).min().unwrap_or(u8::MAX);
        let mut held: Vec<router_eval::Row> = train_rows
            .iter()
            .filter(|r| of_source(&r.group))
            .map(|r| (*r).clone())
            .collect();
        if held.is_empty() {
            for f in files {
                match load_set(std::path::Path::new(f)) {
                    Ok(rs) => held.extend(
                        rs.into_iter()
                            .filter(|r| of_source(&r.group) && !is_test_group(&r.group)),
                    ),
                    Err(e) => println!("{name}: {e}"),
                }
            }
        }
        let before: Vec<Example> = examples.iter().filter(|e| e.era < era).cloned().collect();
        let (_, temperature) = cross_validate(&before, &h);
        let m = train(before.iter(), &h);
        let n_before = before.len();
        out.push(Held {
            name,
            z: held
                .iter()
                .map(|r| m.scores(&features(&r.request)))
                .collect(),
            y: held.iter().map(|r| r.tier).collect(),
            costs: held.iter().map(|r| tier_costs(&r.request)).collect(),
            rows: held,
            temperature,
        });
        println!(
            "{name}: trained on the {n_before} training-part requests written before it; temperature {temperature:.2}"
        );
    }
    out
}

fn print_loso(held: &[Held]) {
    println!(
        "\nleave-one-source-out (each set predicted by a model trained only on what was written before it;\n\
         requests on the training side of the split only)"
    );
    println!("  threshold  set        n     accuracy  under  over   cost (perfect) | tier 3 routed lower");
    for &th in &LOSO_THRESHOLDS {
        let mut pooled = Routing::default();
        let (mut u3, mut n3) = (0, 0);
        for h in held {
            let (r, c, p, under3, t3) = held_figures(h, th);
            println!(
                "  {th:9.2}  {:<9} {:4}   {:6.1}%  {:4.1}%  {:4.1}%  {c:.3} ({p:.3}) | {under3}/{t3}",
                h.name,
                r.n,
                r.pct(r.correct),
                r.pct(r.under),
                r.pct(r.over),
            );
            pooled.n += r.n;
            pooled.correct += r.correct;
            pooled.under += r.under;
            pooled.over += r.over;
            u3 += under3;
            n3 += t3;
        }
        println!(
            "  {th:9.2}  {:<9} {:4}   {:6.1}%  {:4.1}%  {:4.1}%                 | {u3}/{n3}",
            "all",
            pooled.n,
            pooled.pct(pooled.correct),
            pooled.pct(pooled.under),
            pooled.pct(pooled.over),
        );
    }
    if let Some(th) = std::env::var("LOSO_SHOW_ERRORS")
        .ok()
        .and_then(|v| v.parse::<f32>().ok())
    {
        for h in held {
            for ((z, &y), row) in h.z.iter().zip(&h.y).zip(&h.rows) {
                let (tier, c) = calibrated(*z, h.temperature).route(th);
                if tier != y {
                    let stats = llm_router::tokens::prompt_stats(&row.request);
                    let short: String = stats.last_user_text.chars().take(100).collect();
                    let sys: String = stats.system_text.chars().take(50).collect();
                    println!(
                        "  {} {} {} true {y} got {tier} ({c:.2}) sys [{}] | {}",
                        h.name,
                        row.id,
                        row.lang,
                        sys.replace('\n', " "),
                        short.replace('\n', " ")
                    );
                }
            }
        }
    }
}

/// The training examples of the training-part rows.
fn build_examples(train_rows: &[&router_eval::Row]) -> Vec<Example> {
    // Folds by group: every request of a template is in the same fold.
    let fold_of = |g: &str| {
        let h = g.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        (h % 5) as usize
    };
    let mut group_size: std::collections::HashMap<&str, usize> = Default::default();
    for r in train_rows {
        *group_size.entry(r.group.as_str()).or_default() += 1;
    }
    let template_weighting = std::env::var_os("TRAIN_TEMPLATE_WEIGHT").is_some();
    let weight_of = |g: &str| {
        let n = group_size.get(g).copied().unwrap_or(1).max(1);
        if template_weighting && g.starts_with("t:") {
            1.0 / n as f32
        } else {
            1.0
        }
    };
    train_rows
        .iter()
        .map(|r| Example {
            x: features(&r.request),
            y: r.tier,
            fold: fold_of(&r.group),
            author: author_of(&r.group),
            era: era_of(&r.group),
            weight: weight_of(&r.group),
            costs: tier_costs(&r.request),
        })
        .collect()
}

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    let loso_only = args.iter().any(|a| a == "--loso");
    args.retain(|a| a != "--loso");
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
    if loso_only {
        print_loso(&loso(&rows));
        return;
    }
    let train_rows: Vec<_> = rows.iter().filter(|r| !r.test).collect();
    let examples = build_examples(&train_rows);
    let mut groups: Vec<&str> = train_rows.iter().map(|r| r.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    println!(
        "training on {} requests ({} groups); {} test requests not read",
        examples.len(),
        groups.len(),
        rows.len() - train_rows.len()
    );
    let all2: f64 = examples.iter().map(|e| e.costs[2]).sum();
    let perfect = examples
        .iter()
        .map(|e| e.costs.get(e.y).copied().unwrap_or(0.0))
        .sum::<f64>()
        / all2.max(f64::MIN_POSITIVE);
    let max_cost = MAX_OVER_PERFECT * perfect;
    let n_author = examples.iter().filter(|e| e.author.is_some()).count();
    println!(
        "\nselection on the training part: the highest out-of-fold (5-fold cross-validation by\n\
         group) plus held-out-author accuracy, with out-of-fold under-routing <= {MAX_UNDER:.1}%,\n\
         held-out-author under-routing <= {MAX_UNDER_AUTHOR:.1}% ({n_author} requests of the sets written\n\
         apart, each predicted by a model trained only on what was written before it) and cost\n\
         <= {MAX_OVER_PERFECT:.2} x\n\
         perfect routing ({perfect:.3} of all-tier-2 on this part, so cost <= {max_cost:.3})"
    );
    println!(
        "  l2      under_w below_w  temp  best feasible threshold: oof accuracy under  over  cost | author accuracy under | worst-fold under"
    );

    // Everything measured for one setting at one threshold.
    #[derive(Clone, Copy)]
    struct Point {
        th: f32,
        oof: Routing,
        cost: f64,
        author: Routing,
        author_cost: f64,
        /// Under-routing of each set written apart, held out alone.
        authors: [Option<f64>; AUTHORS.len()],
        worst: f64,
        /// Under-routing of the worst recent source held out (percent).
        worst_source: f64,
        /// Tier-3 held-out-author requests routed lower (percent of them).
        under3: f64,
    }
    let feasible_at = |p: &Point| {
        p.oof.pct(p.oof.under) <= MAX_UNDER
            && (p.author.n == 0 || p.author.pct(p.author.under) <= MAX_UNDER_AUTHOR)
            && p.worst_source <= MAX_UNDER_SOURCE
            && p.under3 <= MAX_UNDER_TIER3
            && p.cost <= max_cost
    };
    // The objective: out-of-fold plus held-out-author accuracy (percent
    // points; twice the out-of-fold one when no set written apart is in
    // the training part).
    let merit = |p: &Point| {
        let oof = p.oof.pct(p.oof.correct);
        oof + if p.author.n > 0 {
            p.author.pct(p.author.correct)
        } else {
            oof
        }
    };
    // Feasible (setting, threshold) pairs: merit, under-routing (out of
    // fold plus held-out author, percent), the setting and its curve.
    type Candidate = (f64, f64, Hyper, f32, f32, Vec<Point>);
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut fallback: Option<(f64, f64, Hyper, f32, f32)> = None;
    let mut chosen_curve: Vec<Point> = Vec::new();
    let mut fallback_curve: Vec<Point> = Vec::new();
    for h in grid() {
        let (oof, temp) = cross_validate(&examples, &h);
        let held = hold_out_authors(&examples, &h);
        let curve: Vec<Point> = THRESHOLDS
            .iter()
            .map(|&th| {
                let (r, c) = score(&oof, temp, &examples, th);
                let (ar, ac) = score_authors(&held, temp, &examples, th);
                Point {
                    th,
                    oof: r,
                    cost: c,
                    author: ar,
                    author_cost: ac,
                    authors: author_unders(&held, temp, &examples, th),
                    worst: worst_fold_under(&oof, temp, &examples, th),
                    worst_source: worst_source_under(&held, temp, &examples, th),
                    under3: tier3_under(&held, temp, &examples, th),
                }
            })
            .collect();
        let feasible = curve.iter().filter(|p| feasible_at(p)).max_by(|a, b| {
            merit(a)
                .total_cmp(&merit(b))
                .then(b.cost.total_cmp(&a.cost))
        });
        match feasible {
            Some(p) => println!(
                "  {:<7} {:<7} {:<7} {temp:4.2}  {:.2}:                 {:5.1}%  {:4.1}%  {:4.1}%  {:.3} |   {:5.1}%  {:4.1}% |   {:4.1}%",
                h.l2,
                h.under_weight,
                h.below_weight,
                p.th,
                p.oof.pct(p.oof.correct),
                p.oof.pct(p.oof.under),
                p.oof.pct(p.oof.over),
                p.cost,
                p.author.pct(p.author.correct),
                p.author.pct(p.author.under),
                p.worst
            ),
            None => println!(
                "  {:<7} {:<7} {:<7} {temp:4.2}  no threshold meets the caps",
                h.l2, h.under_weight, h.below_weight
            ),
        }
        if feasible.is_some() {
            // Every feasible threshold of the setting is a candidate.
            for p in curve.iter().filter(|p| feasible_at(p)) {
                let under = p.oof.pct(p.oof.under) + p.author.pct(p.author.under);
                candidates.push((merit(p), under, h, temp, p.th, curve.clone()));
            }
        } else {
            // If nothing is feasible: the least under-routing (out of fold
            // and held-out author together) within the cost cap.
            for p in &curve {
                let under = p.oof.under + p.author.under;
                let key = (-(under as f64), p.oof.pct(p.oof.correct));
                if p.cost <= max_cost && fallback.as_ref().is_none_or(|b| key > (b.0, b.1)) {
                    fallback = Some((key.0, key.1, h, temp, p.th));
                    fallback_curve = curve.clone();
                }
            }
        }
    }
    // The best merit, or within `MERIT_TOLERANCE` of it the least
    // under-routing: smaller differences are a few requests, noise.
    let top = candidates
        .iter()
        .map(|c| c.0)
        .fold(f64::NEG_INFINITY, f64::max);
    let best = candidates
        .iter()
        .filter(|c| c.0 >= top - MERIT_TOLERANCE)
        .min_by(|a, b| a.1.total_cmp(&b.1).then(b.0.total_cmp(&a.0)))
        .map(|c| {
            chosen_curve = c.5.clone();
            (c.0, c.1, c.2, c.3, c.4)
        });
    let Some((_, _, h, temperature, threshold)) = best.or(fallback) else {
        eprintln!("train-router: no setting meets the cost cap {max_cost:.3}");
        std::process::exit(1);
    };
    if best.is_none() {
        println!("\nno setting meets all the caps; falling back to the least under-routing within the cost cap");
        chosen_curve = fallback_curve;
    }
    println!(
        "\nchosen: l2 {} under_weight {} below_weight {} epochs {} lr {}; temperature {temperature:.2}; \
         min_confidence {threshold:.2}",
        h.l2, h.under_weight, h.below_weight, h.epochs, h.learning_rate
    );
    println!("\ncurve of the chosen setting: out of fold (by group) | held-out author | worst group fold");
    println!(
        "  threshold  accuracy  under  over   cost  | accuracy  under  over   cost  | under | worst recent set under | tier 3 under | under by set ({})",
        AUTHORS.join(" ")
    );
    for p in &chosen_curve {
        let mark = if (p.th - threshold).abs() < 1e-6 {
            "  <- chosen"
        } else {
            ""
        };
        println!(
            "  {:9.2}  {:7.1}% {:5.1}% {:5.1}%  {:.3} | {:7.1}% {:5.1}% {:5.1}%  {:.3} | {:4.1}% | {:4.1}% | {:4.1}% | {}{mark}",
            p.th,
            p.oof.pct(p.oof.correct),
            p.oof.pct(p.oof.under),
            p.oof.pct(p.oof.over),
            p.cost,
            p.author.pct(p.author.correct),
            p.author.pct(p.author.under),
            p.author.pct(p.author.over),
            p.author_cost,
            p.worst,
            p.worst_source,
            p.under3,
            p.authors
                .iter()
                .map(|u| u.map_or("-".to_string(), |u| format!("{u:.1}%")))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }

    // By language at the chosen threshold: a report, nothing is chosen on it.
    {
        let (oof, _) = cross_validate(&examples, &h);
        let held = hold_out_authors(&examples, &h);
        let mut by: std::collections::BTreeMap<&str, (Routing, Routing)> = Default::default();
        for ((e, row), (z, hz)) in examples.iter().zip(&train_rows).zip(oof.iter().zip(&held)) {
            let entry = by.entry(row.lang.as_str()).or_default();
            entry
                .0
                .add(e.y, calibrated(*z, temperature).route(threshold).0);
            if let Some(hz) = hz {
                entry
                    .1
                    .add(e.y, calibrated(*hz, temperature).route(threshold).0);
            }
        }
        println!(
            "\nby language at {threshold:.2}: out of fold accuracy / under (requests) | held-out author accuracy / under (requests)"
        );
        for (lang, (o, a)) in &by {
            println!(
                "  {lang}  {:5.1}% / {:4.1}% ({:4}) | {:5.1}% / {:4.1}% ({:3})",
                o.pct(o.correct),
                o.pct(o.under),
                o.n,
                a.pct(a.correct),
                a.pct(a.under),
                a.n
            );
        }
    }

    if std::env::var_os("TRAIN_ROUTER_SHOW_ERRORS").is_some() {
        let (oof, t) = cross_validate(&examples, &h);
        for ((z, e), row) in oof.iter().zip(&examples).zip(&train_rows) {
            let (tier, c) = calibrated(*z, t).route(threshold);
            if tier != e.y {
                let text = llm_router::tokens::prompt_stats(&row.request).last_user_text;
                let short: String = text.chars().take(90).collect();
                println!(
                    "  oof {} true {} got {tier} ({c:.2}) {}: {}",
                    row.id,
                    e.y,
                    row.lang,
                    short.replace('\n', " ")
                );
            }
        }
    }
    if std::env::var_os("TRAIN_ROUTER_SHOW_AUTHOR_ERRORS").is_some() {
        show_author_errors(&examples, &train_rows, &h, temperature, threshold);
    }
    let m = train(examples.iter(), &h);
    let mut r = Routing::default();
    for e in &examples {
        r.add(
            e.y,
            Prediction {
                probs: m.probs(&e.x),
            }
            .argmax(),
        );
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

    // Development sets (`TRAIN_ROUTER_DEV=1`): the fresh and blind sets,
    // both seen, through the final model at the chosen threshold. A report
    // only: nothing above is chosen on them.
    if std::env::var_os("TRAIN_ROUTER_DEV").is_some() {
        for path in ["eval/data/fresh.jsonl", "eval/data/blind.jsonl"] {
            dev_report(path, &bytes, threshold);
        }
    }
}

/// The held-out-author misroutes of a setting (a diagnosis aid, run by
/// hand with `TRAIN_ROUTER_SHOW_AUTHOR_ERRORS=1`): each request with the
/// lexicon domains of its instruction and what its era's model routes it to
/// without the system prompt and without the pasted material, which says
/// what drives the decision. Held-out-author requests are all in the
/// training part; the test part is not read.
fn show_author_errors(
    examples: &[Example],
    rows: &[&router_eval::Row],
    h: &Hyper,
    temperature: f32,
    threshold: f32,
) {
    use llm_router::classify::features::{domains_in, split};
    use serde_json::Value;
    let mut pairs = std::collections::BTreeMap::<(&str, usize, usize), usize>::new();
    for (a, author) in AUTHORS.iter().enumerate() {
        let Some(era) = examples.iter().find(|e| e.author == Some(a)).map(|e| e.era) else {
            continue;
        };
        let m = train(examples.iter().filter(|e| e.era < era), h);
        let route = |req: &serde_json::Map<String, Value>| {
            calibrated(m.scores(&features(req)), temperature).route(threshold)
        };
        for (e, row) in examples.iter().zip(rows) {
            if e.author != Some(a) {
                continue;
            }
            let (tier, c) = calibrated(m.scores(&e.x), temperature).route(threshold);
            if tier == e.y {
                continue;
            }
            *pairs.entry((author, e.y, tier)).or_default() += 1;
            let stats = llm_router::tokens::prompt_stats(&row.request);
            let parts = split(&stats.last_user_text);
            let instruction = format!("{} {}", parts.head, parts.tail);
            // Without the system prompt.
            let mut no_sys = row.request.clone();
            if let Some(Value::Array(msgs)) = no_sys.get_mut("messages") {
                msgs.retain(|m| {
                    !matches!(
                        m.get("role").and_then(Value::as_str),
                        Some("system" | "developer")
                    )
                });
            }
            // The last user turn cut to its instruction.
            let mut no_paste = row.request.clone();
            if let Some(Value::Array(msgs)) = no_paste.get_mut("messages") {
                if let Some(last) = msgs
                    .iter_mut()
                    .rev()
                    .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
                {
                    last["content"] = Value::String(instruction.trim().to_string());
                }
            }
            let short: String = instruction.trim().chars().take(110).collect();
            let sys: String = stats.system_text.chars().take(60).collect();
            println!(
                "  author {author} {} {} true {} got {tier} ({c:.2}) nosys {} nopaste {} paste {}B dom {:?} sys [{}] | {}",
                row.id,
                row.lang,
                e.y,
                route(&no_sys).0,
                route(&no_paste).0,
                parts.pasted.len(),
                domains_in(&instruction),
                sys.replace('\n', " "),
                short.replace('\n', " ")
            );
        }
    }
    println!("\nmisroutes by set (true -> got): count");
    for ((author, y, t), n) in pairs {
        println!("  {author} {y} -> {t}: {n}");
    }
}

/// Accuracy, under/over-routing, cost and accuracy by language of the
/// final model on a development set.
fn dev_report(path: &str, model_bytes: &[u8], threshold: f32) {
    let model = match llm_router::classify::Model::parse(model_bytes) {
        Ok(m) => m,
        Err(e) => {
            println!("\n{path}: {e}");
            return;
        }
    };
    let rows = match load_set(std::path::Path::new(path)) {
        Ok(r) => r,
        Err(e) => {
            println!("\n{path}: {e}");
            return;
        }
    };
    let mut r = Routing::default();
    let mut by_lang: std::collections::BTreeMap<&str, Routing> = Default::default();
    let mut confusion = [[0usize; TIERS]; TIERS];
    let (mut cost, mut base) = (0.0f64, 0.0f64);
    let show = std::env::var_os("TRAIN_ROUTER_SHOW_ERRORS").is_some();
    let preds: Vec<_> = rows
        .iter()
        .map(|row| model.predict(&features(&row.request)))
        .collect();
    for (row, p) in rows.iter().zip(&preds) {
        let (tier, c) = p.route(threshold);
        r.add(row.tier, tier);
        by_lang
            .entry(row.lang.as_str())
            .or_default()
            .add(row.tier, tier);
        confusion[row.tier][tier] += 1;
        let costs = tier_costs(&row.request);
        cost += costs[tier];
        base += costs[2];
        if show && tier != row.tier {
            let text = llm_router::tokens::prompt_stats(&row.request).last_user_text;
            let short: String = text.chars().take(90).collect();
            println!(
                "  dev {} true {} got {tier} ({c:.2}) {}: {}",
                row.id,
                row.tier,
                row.lang,
                short.replace('\n', " ")
            );
        }
    }
    println!(
        "\n{path} ({} requests) at {threshold:.2}: accuracy {:.1}% under {:.1}% over {:.1}% cost {:.3}",
        r.n,
        r.pct(r.correct),
        r.pct(r.under),
        r.pct(r.over),
        cost / base.max(f64::MIN_POSITIVE)
    );
    for (t, row) in confusion.iter().enumerate() {
        println!("  tier{t} {row:?}");
    }
    let curve: Vec<String> = [0.7f32, 0.75, 0.8, 0.85, 0.9]
        .iter()
        .map(|&th| {
            let mut r = Routing::default();
            for (row, p) in rows.iter().zip(&preds) {
                r.add(row.tier, p.route(th).0);
            }
            format!("{th:.2} {:.1}%/{:.1}%", r.pct(r.correct), r.pct(r.under))
        })
        .collect();
    println!("  curve (accuracy/under): {}", curve.join("  "));
    let langs: Vec<String> = by_lang
        .iter()
        .map(|(l, r)| format!("{l} {:.0}%/{:.0}%", r.pct(r.correct), r.pct(r.under)))
        .collect();
    println!("  by language (accuracy/under): {}", langs.join("  "));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The loss whose gradient `gradient` computes (the under-weight term
    /// is held fixed, as it is piecewise constant).
    fn loss(z: [f32; TIERS], y: usize, h: &Hyper, weight: f32) -> f32 {
        let p = softmax(z);
        let below: f32 = p.iter().take(y).sum();
        -weight * p[y].ln() - h.below_weight * (1.0 - below).ln()
    }

    #[test]
    fn the_gradient_matches_finite_differences() {
        let h = Hyper {
            epochs: 1,
            learning_rate: 0.1,
            l2: 0.0,
            under_weight: 3.0,
            below_weight: 2.0,
        };
        for (z, y) in [
            ([0.3f32, -0.2, 0.5, 0.1], 2),
            ([2.0, 1.0, -1.0, 0.0], 3),
            ([0.0, 0.4, 0.1, 0.2], 0),
        ] {
            let p = softmax(z);
            let weight = if (Prediction { probs: p }).argmax() < y {
                h.under_weight
            } else {
                1.0
            };
            let g = gradient(&p, y, &h);
            for c in 0..TIERS {
                let (mut up, mut down) = (z, z);
                up[c] += 1e-3;
                down[c] -= 1e-3;
                let numeric = (loss(up, y, &h, weight) - loss(down, y, &h, weight)) / 2e-3;
                assert!(
                    (numeric - g[c]).abs() < 1e-2,
                    "z {z:?} y {y} c {c}: {numeric} vs {}",
                    g[c]
                );
            }
        }
    }

    #[test]
    fn eras_follow_the_order_the_sets_were_written() {
        let order = [
            "t:en:0:abc",
            "c:abc",
            "f:abc",
            "b:en:abc",
            "c2:abc",
            "b2:en:abc",
        ];
        for pair in order.windows(2) {
            assert!(era_of(pair[0]) <= era_of(pair[1]), "{pair:?}");
        }
        assert!(era_of("f:abc") < era_of("b:en:abc"));
        assert!(era_of("c2:abc") < era_of("b2:en:abc"));
        assert!(era_of("b2:en:abc") < era_of("c3:abc"));
        assert!(era_of("b2:en:abc") < era_of("c3m:abc"));
        assert!(era_of("c3m:abc") < era_of("b3:en:abc"));
        assert!(era_of("b3:en:abc") < era_of("c4g:abc"));
        assert!(era_of("c4g:abc") < era_of("c5g:abc"));
        assert!(era_of("c5:abc") < u8::MAX);
        assert!(era_of("c5g:abc") < era_of("b4:en:abc"));
        assert_eq!(
            era_of("b4:en:abc"),
            era_of("b5:en:abc"),
            "written at the same time"
        );
        assert!(era_of("b5:en:abc") < era_of("c6g:abc"));
        assert!(era_of("c6:abc") < u8::MAX);
        assert!(era_of("c6g:abc") < era_of("b6:en:abc"));
        assert!(era_of("b6:en:abc") < era_of("c7:abc"));
        assert!(era_of("b6:en:abc") < era_of("c7g:abc"));
        assert!(era_of("c7g:abc") < era_of("b7:en:abc"));
        assert!(era_of("b7:en:abc") < era_of("c8:abc"));
        assert!(era_of("b7:en:abc") < era_of("c8g:abc"));
        assert!(era_of("c8g:abc") < era_of("b8:en:abc"));
        assert!(era_of("b8:en:abc") < era_of("c9:abc"));
        assert!(era_of("b8:en:abc") < era_of("c9g:abc"));
        assert!(era_of("c9g:abc") < u8::MAX);
        assert_eq!(author_of("b8:en:abc"), Some(8));
        assert_eq!(author_of("c9g:abc"), None);
        assert_eq!(author_of("b7:en:abc"), Some(7));
        assert_eq!(author_of("c8g:abc"), None);
        assert_eq!(author_of("b6:en:abc"), Some(6));
        assert_eq!(author_of("c7g:abc"), None);
        assert_eq!(author_of("b4:en:abc"), Some(4));
        assert_eq!(author_of("b5:en:abc"), Some(5));
        assert_eq!(author_of("c6g:abc"), None);
        assert_eq!(author_of("c5g:abc"), None);
        assert_eq!(era_of("x9:abc"), u8::MAX, "an unknown set counts as newest");
        assert_eq!(author_of("b3:en:abc"), Some(3));
        assert_eq!(author_of("c4g:abc"), None);
        assert_eq!(author_of("b2:en:abc"), Some(2));
        assert_eq!(author_of("b:en:abc"), Some(1));
        assert_eq!(author_of("f:abc"), Some(0));
        assert_eq!(author_of("c2:abc"), None);
        assert_eq!(author_of("t:en:0:abc"), None);
    }

    /// A set written apart is predicted by a model that never saw what was
    /// written after it: here the later batch labels the same feature
    /// tier 3, the earlier one tier 0.
    #[test]
    fn forward_chaining_never_trains_on_later_requests() {
        let h = Hyper {
            epochs: 10,
            learning_rate: 0.2,
            l2: 0.0,
            under_weight: 1.0,
            below_weight: 0.0,
        };
        let ex = |group: &str, y: usize| Example {
            x: vec![(7, 1.0)],
            y,
            fold: 0,
            author: author_of(group),
            era: era_of(group),
            weight: 1.0,
            costs: [0.0; TIERS],
        };
        let mut examples: Vec<Example> = (0..5).map(|_| ex("t:en:0:x", 0)).collect();
        examples.push(ex("f:x", 0));
        examples.extend((0..20).map(|_| ex("c2:x", 3)));
        examples.push(ex("b2:en:x", 3));
        let held = hold_out_authors(&examples, &h);
        let tier = |i: usize| {
            held.get(i)
                .copied()
                .flatten()
                .map(|z| Prediction { probs: softmax(z) }.argmax())
        };
        assert_eq!(tier(5), Some(0), "fresh: trained on the templates alone");
        assert_eq!(tier(26), Some(3), "blind2: the second batch came before it");
        assert!(
            held.iter().take(5).all(Option::is_none),
            "not a set written apart"
        );
    }

    /// Every source leave-one-source-out holds out is a set written apart
    /// (so the trainer's held-out-author predictions cover it), its parts
    /// written at the same time (one model judges them).
    #[test]
    fn loso_sources_are_sets_written_apart() {
        for (name, prefixes, files) in LOSO_SOURCES {
            assert_eq!(prefixes.len(), files.len(), "{name}");
            for p in prefixes {
                assert!(author_of(p).is_some(), "{name}: {p}");
                assert_eq!(era_of(p), era_of(prefixes[0]), "{name}: {p}");
            }
        }
    }

    /// The selection's caps: the worst recent source and the tier-3
    /// requests held out are judged, not only the pooled figure.
    #[test]
    fn worst_source_and_tier3_under_routing_are_measured() {
        let ex = |group: &str, y: usize| Example {
            x: vec![(7, 1.0)],
            y,
            fold: 0,
            author: author_of(group),
            era: era_of(group),
            weight: 1.0,
            costs: [0.0; TIERS],
        };
        // Scores that route to tier 0 at any threshold.
        let low = Some([5.0f32, 0.0, 0.0, 0.0]);
        let right = |y: usize| {
            let mut z = [0.0f32; TIERS];
            z[y] = 5.0;
            Some(z)
        };
        let examples = vec![
            ex("b3:en:1", 1),
            ex("b3:en:2", 1),
            ex("b6:en:1", 3),
            ex("b6:en:2", 1),
        ];
        // blind3 all right, blind6 under-routes its tier-3 request.
        let held = vec![right(1), right(1), low, right(1)];
        assert!((worst_source_under(&held, 1.0, &examples, 0.5) - 50.0).abs() < 1e-9);
        assert!((tier3_under(&held, 1.0, &examples, 0.5) - 100.0).abs() < 1e-9);
        let held = vec![right(1), right(1), right(3), right(1)];
        assert_eq!(worst_source_under(&held, 1.0, &examples, 0.5), 0.0);
        assert_eq!(tier3_under(&held, 1.0, &examples, 0.5), 0.0);
    }

    #[test]
    fn the_below_term_pushes_mass_up_from_below_the_label() {
        let mut h = Hyper {
            epochs: 1,
            learning_rate: 0.1,
            l2: 0.0,
            under_weight: 1.0,
            below_weight: 0.0,
        };
        let p = softmax([1.0, 0.5, 0.0, -1.0]);
        let plain = gradient(&p, 2, &h);
        h.below_weight = 1.0;
        let asym = gradient(&p, 2, &h);
        // Descent lowers the scores below the label more, raises the rest more.
        assert!(asym[0] > plain[0] && asym[1] > plain[1]);
        assert!(asym[2] < plain[2] && asym[3] < plain[3]);
    }
}
