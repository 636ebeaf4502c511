// `npm run calibrate`: chooses the coverage below which a free question counts as not answered by
// the article (src/answer/thresholds.ts). Questions are generated from the articles themselves, so
// the threshold is fitted to no question set: answerable ones take 2–3 content words of one sentence
// (half of them with one word the articles never use); unanswerable ones mix one article word with
// one or two dictionary words the articles never use.
import { loadArticles } from '../src/article/index.js';
import { buildKnowledge } from '../src/answer/knowledge.js';
import { understandQuestion } from '../src/answer/understand.js';
import { rankSentences } from '../src/answer/retrieve.js';
import { cutWords } from '../src/language/segmenter.js';
import { loadLexicon } from '../src/language/cedict.js';
import { CHINESE_STOPWORDS } from '../src/language/stopwords.js';
import { defaultSeedsDir } from '../src/util/paths.js';

/** A small deterministic generator, so the calibration repeats exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(20261127);
const pickFrom = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const { articles } = loadArticles(process.argv[2] ?? defaultSeedsDir);
const knowledge = buildKnowledge(articles);
const content = (text: string) => cutWords(text).filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && !CHINESE_STOPWORDS.has(w));
const foreign = [...loadLexicon().keys()].filter((w) => w.length >= 2 && w.length <= 3 && !knowledge.occurs(w));

const best = (question: string) => {
  const understood = understandQuestion(question, knowledge, 'topic');
  return rankSentences(knowledge, understood.concepts)[0]?.coverage ?? 0;
};

const answerable: number[] = [];
const unanswerable: number[] = [];
for (const article of articles) {
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const words = [...new Set(content(sentence))];
      if (words.length < 3) continue;
      for (let i = 0; i < 3; i++) {
        // A real question words some of its content differently from the article: one word in
        // two comes from outside it, on both sides of the line.
        const n = 2 + Math.floor(next() * 2);
        const asked = Array.from({ length: n }, () => pickFrom(words));
        if (next() < 0.5) asked.push(pickFrom(foreign));
        answerable.push(best(asked.join('') + '是什么情况？'));
        const off = [pickFrom(words), pickFrom(foreign)];
        if (next() < 0.5) off.push(pickFrom(foreign));
        const offScore = best(off.join('') + '是什么情况？');
        unanswerable.push(offScore);
      }
    }
  }
}

const accuracyAt = (threshold: number) =>
  (answerable.filter((c) => c >= threshold).length + unanswerable.filter((c) => c < threshold).length) /
  (answerable.length + unanswerable.length);
const grid = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);
const top = Math.max(...grid.map(accuracyAt));
// The middle of the best range, so the threshold sits as far as it can from both kinds of question.
const bestRange = grid.filter((t) => accuracyAt(t) === top);
const chosen = { threshold: bestRange[Math.floor((bestRange.length - 1) / 2)]!, accuracy: top };
console.log(`best accuracy from ${bestRange[0]} to ${bestRange.at(-1)}`);
const share = (list: number[], test: (c: number) => boolean) => (list.filter(test).length / list.length).toFixed(3);
console.log(`answerable ${answerable.length}, unanswerable ${unanswerable.length}`);
console.log(`MIN_COVERAGE = ${chosen.threshold} (accuracy ${chosen.accuracy.toFixed(3)}; ` +
  `answerable kept ${share(answerable, (c) => c >= chosen.threshold)}, unanswerable refused ${share(unanswerable, (c) => c < chosen.threshold)})`);
