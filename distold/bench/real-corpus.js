import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticleFile, parseArticle } from '../src/article/index.js';
import { projectRoot } from '../src/util/paths.js';
import { random } from './corpus.js';
/**
 * Corpora of real news and encyclopaedia text for the scale runs: every article of the public span
 * sets (`../shared/eval/external/`: CMRC 2018 trial, DRCD test, 1,256 contexts, simplified and
 * traditional), the six `news-dev` articles and the seed, as they are; past those, articles made of
 * their paragraphs recombined (4–9 paragraphs of different sources under the first one's opening as
 * headline). The text is all real; only its grouping into the extra articles is made up.
 */
export const EVAL_DIR = join(projectRoot, '..', 'shared', 'eval');
/** Whether the eval kit with the public sets is beside the project. */
export function hasRealText() {
    return existsSync(join(EVAL_DIR, 'external'));
}
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function publicSets() {
    const articles = new Map();
    const questions = [];
    const dir = join(EVAL_DIR, 'external');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
        for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
            if (!line.trim())
                continue;
            const q = JSON.parse(line);
            const file = join(dir, q.article);
            const id = `${name.replace(/\.jsonl$/, '')}/${q.article}`;
            if (!articles.has(id))
                articles.set(id, { ...loadArticleFile(file), id });
            questions.push({ question: q.question, articleId: id });
        }
    }
    return { articles: [...articles.values()], questions };
}
function newsDev() {
    const dir = join(EVAL_DIR, 'news-dev');
    if (!existsSync(dir))
        return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ ...loadArticleFile(join(dir, f)), id: `news-dev/${f}` }));
}
/**
 * `size` articles of real text, the seed last (its id `seed`). Below the number of real articles, a
 * deterministic sample of them; above it, all of them and recombined ones.
 */
export function buildRealCorpus(seedFile, size) {
    const seed = parseArticle(readFileSync(seedFile, 'utf8'), 'seed', seedFile);
    const sets = publicSets();
    const real = [...sets.articles, ...newsDev()];
    const next = random(20240521);
    let articles;
    if (size - 1 <= real.length) {
        // A fixed sample: shuffled once with the corpus seed, the first size − 1 kept.
        const shuffled = [...real];
        for (let i = shuffled.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        articles = shuffled.slice(0, Math.max(0, size - 1));
    }
    else {
        const paragraphs = real.flatMap((a) => a.paragraphs.map((p) => p.text)).filter((t) => t.length >= 20);
        articles = [...real];
        for (let i = real.length + 1; i < size; i++) {
            const count = 4 + Math.floor(next() * 6);
            const chosen = Array.from({ length: count }, () => paragraphs[Math.floor(next() * paragraphs.length)]);
            // The first paragraph's opening as headline; a paragraph opening with no words (a list mark) gives way to a plain one.
            const opening = chosen[0].replace(/\s+/gu, ' ').split(/[，。！？]/u)[0].slice(0, 28).trim();
            const headline = /[\p{L}\p{N}]{2}/u.test(opening) ? opening : `报道${i}`;
            const file = `${escapeHtml(headline)}\n${chosen.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n`;
            articles.push(parseArticle(file, `recombined-${i}`));
        }
    }
    articles.push(seed);
    const ids = new Set(articles.map((a) => a.id));
    const characters = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
    return { articles, seedId: 'seed', characters, questions: sets.questions.filter((q) => ids.has(q.articleId)) };
}
//# sourceMappingURL=real-corpus.js.map