// Fits the span ranker: a log-linear model (softmax over one question's candidate spans) trained
// with AdaGrad on the candidates' named features. Deterministic: a fixed shuffle seed, a fixed
// number of epochs, and questions visited in a seeded order, so the same data gives the same weights.
import { candidateFeatures } from '../src/answer/reader/features.js';
export function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}
export function shuffled(items, seed) {
    const next = seededRandom(seed);
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
export const DEFAULT_TRAINING = { epochs: 6, near: 0.9, rate: 0.2, l2: 1e-5, seed: 20261130 };
export function trainRanker(examples, options = DEFAULT_TRAINING) {
    const weights = new Map();
    const squares = new Map();
    for (let epoch = 0; epoch < options.epochs; epoch++) {
        for (const example of shuffled(examples, options.seed + epoch)) {
            const { proposals } = example.gathered;
            const best = Math.max(...example.f1);
            if (!(best > 0))
                continue;
            const features = proposals.map((p) => {
                const f = new Map();
                candidateFeatures(example.question, p.scored, p.candidate, (name, value) => f.set(name, (f.get(name) ?? 0) + value));
                return f;
            });
            const scores = features.map((f) => {
                let s = 0;
                for (const [name, value] of f)
                    s += (weights.get(name) ?? 0) * value;
                return s;
            });
            const max = Math.max(...scores);
            const exps = scores.map((s) => Math.exp(s - max));
            const z = exps.reduce((a, b) => a + b, 0);
            // The spans nearly as good as the best (a name with or without its title) share the target,
            // by their F1 squared: the answer's F1 rewards them too, and forcing one of near-equals apart
            // from the others teaches the ranker nothing about answers.
            const targets = example.f1.map((v) => (v >= options.near * best ? v * v : 0));
            const positives = targets.reduce((a, b) => a + b, 0);
            const gradient = new Map();
            features.forEach((f, i) => {
                const g = exps[i] / z - targets[i] / positives;
                if (Math.abs(g) < 1e-6)
                    return;
                for (const [name, value] of f)
                    gradient.set(name, (gradient.get(name) ?? 0) + g * value);
            });
            for (const [name, g0] of gradient) {
                const w = weights.get(name) ?? 0;
                const g = g0 + options.l2 * w;
                const sq = (squares.get(name) ?? 0) + g * g;
                squares.set(name, sq);
                weights.set(name, w - (options.rate * g) / Math.sqrt(sq + 1e-8));
            }
        }
    }
    const out = {};
    for (const name of [...weights.keys()].sort()) {
        const w = Math.round(weights.get(name) * 10_000) / 10_000;
        if (w !== 0)
            out[name] = w;
    }
    return out;
}
//# sourceMappingURL=train-ranker.js.map