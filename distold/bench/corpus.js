import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/article/index.js';
import { dictionaryFiles } from '../src/language/jieba-dict.js';
import { cutWords } from '../src/language/segmenter.js';
/** mulberry32: small, fast and deterministic, so every run measures the same text. */
export function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** The seed's clauses, without their closing punctuation. */
export function seedClauses(article) {
    const clauses = [];
    for (const p of article.paragraphs) {
        for (const piece of p.text.split(/[，；：。！？]/)) {
            const clause = piece.trim();
            if (clause.length >= 4)
                clauses.push(clause);
        }
    }
    return clauses;
}
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Random real words by length, each as likely as its frequency in jieba's dictionary (a Zipf-like draw). */
function wordSampler(next) {
    const buckets = new Map();
    for (const line of readFileSync(dictionaryFiles().dict, 'utf8').split('\n')) {
        const [word, freq] = line.split(' ');
        if (!word || !/^\p{Script=Han}{2,4}$/u.test(word))
            continue;
        const bucket = buckets.get(word.length) ?? { words: [], cumulative: [] };
        bucket.words.push(word);
        bucket.cumulative.push((bucket.cumulative.at(-1) ?? 0) + Number(freq));
        buckets.set(word.length, bucket);
    }
    return (length) => {
        const bucket = buckets.get(length);
        if (!bucket)
            return undefined;
        const target = next() * bucket.cumulative.at(-1);
        let lo = 0;
        let hi = bucket.cumulative.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (bucket.cumulative[mid] < target)
                lo = mid + 1;
            else
                hi = mid;
        }
        return bucket.words[lo];
    };
}
/** A clause with some of its content words swapped for other real words of the same length. */
function varyClause(clause, share, sample, next) {
    // jieba leaves a name it does not know as single characters: a run of them is a name, and another
    // report would name other people, so runs are always swapped.
    const tokens = [];
    for (const word of cutWords(clause)) {
        const last = tokens.at(-1);
        if (/^\p{Script=Han}$/u.test(word) && last !== undefined && /^\p{Script=Han}\u0000?$/u.test(last))
            tokens[tokens.length - 1] = `${last.replace('\u0000', '')}${word}\u0000`;
        else
            tokens.push(/^\p{Script=Han}$/u.test(word) ? word : word);
    }
    return tokens
        .map((token) => {
        if (token.endsWith('\u0000')) {
            const run = token.slice(0, -1);
            return run.length <= 4 ? (sample(Math.max(2, run.length)) ?? run) : run;
        }
        return /^\p{Script=Han}{2,4}$/u.test(token) && next() < share ? (sample(token.length) ?? token) : token;
    })
        .join('');
}
/** One assembled article in the seed files' format: headline line, then HTML paragraphs. */
function assembleArticle(clauses, next, vary = (c) => c) {
    const pick = () => vary(clauses[Math.floor(next() * clauses.length)]);
    const between = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
    const title = pick().slice(0, 28);
    const paragraphs = [];
    // 8–14 paragraphs of 1–5 sentences of 2–4 clauses: about the seed's 1,700 characters on average.
    for (let p = between(8, 14); p > 0; p--) {
        const sentences = [];
        for (let s = between(1, 5); s > 0; s--) {
            const parts = [];
            for (let c = between(2, 4); c > 0; c--)
                parts.push(pick());
            sentences.push(parts.join('，') + '。');
        }
        paragraphs.push(`<p>${escapeHtml(sentences.join(''))}</p>`);
    }
    return `${title}\n${paragraphs.join('\n')}\n`;
}
/** The seed plus size−1 assembled articles, parsed by the project's own parser. */
export function buildCorpus(seedFile, options) {
    const raw = readFileSync(seedFile, 'utf8');
    const seedId = 'seed';
    const seed = parseArticle(raw, seedId, seedFile);
    const clauses = seedClauses(seed);
    const next = random(options.seed ?? 20191021);
    const share = options.vary ?? 0.6;
    const sample = share > 0 ? wordSampler(next) : undefined;
    const articles = [];
    const vary = sample ? (clause) => varyClause(clause, share, sample, next) : undefined;
    for (let i = 1; i < options.size; i++)
        articles.push(parseArticle(assembleArticle(clauses, next, vary), `synthetic-${i}`));
    articles.push(seed);
    const characters = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
    return { articles, seedId, characters };
}
//# sourceMappingURL=corpus.js.map