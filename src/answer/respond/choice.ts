import { foldText } from '../../language/fold.js';
import { pick, sentencePassage, type AskContext, type Draft } from '../draft.js';
import { alternativesOf, statedAlternative } from '../reader/alternatives.js';
import type { PreparedSentence } from '../reader/prepare.js';
import { chineseWordsFor, readArticle } from './read.js';

/** Sentences looked at for an alternative's telling words alone: the question's best matches only. */
const CHOICE_SENTENCES = 12;

/** The word that tells the alternative, with the noun the sentence writes right after it (临时 + 场地). */
function statedPhrase(sentence: PreparedSentence, word: string): string {
  const at = sentence.text.indexOf(word);
  const end = at + word.length;
  const next = sentence.tokens.find((t) => t.start === end);
  return next && /^n/u.test(next.tag) && !/^nr/u.test(next.tag) ? word + next.word : word;
}

/**
 * "是新场地还是临时场地？", "new or temporary?": the alternative the article states, cited; undefined
 * when the question offers no alternatives, or the article states neither (or both) in the
 * sentences that match it, and the question is read as any other.
 */
export function respondChoice(context: AskContext): Draft | undefined {
  const asked = alternativesOf(foldText(context.understood.question.text));
  if (!asked) return undefined;
  // English alternatives are looked for through the article words they were mapped to, and whole
  // as each telling word's translation before the shared noun's (temporary + site → 临时场地).
  const mapped = (word: string) => chineseWordsFor(context.understood, word);
  const telling = asked.english ? (asked.telling.map((t) => t.flatMap(mapped)) as [string[], string[]]) : asked.telling;
  // One alternative the articles have no word for (a place they never name) may still lose to the other.
  if (telling.every((w) => w.length === 0)) return undefined;
  const nouns = asked.shared.flatMap(mapped);
  const whole = asked.english ? (telling.map((t) => t.flatMap((w) => nouns.map((n) => w + n))) as [string[], string[]]) : asked.whole;
  const reading = readArticle(context);
  const sentences = reading.ranked.map((r) => r.sentence);
  const stated = statedAlternative([
    { sentences, words: whole },
    { sentences: sentences.slice(0, CHOICE_SENTENCES), words: telling },
  ]);
  if (!stated) return undefined;
  const { sentence } = stated;
  const direct = statedPhrase(sentence, stated.word);
  return {
    headline: pick(context.language, `是${direct}`, `${direct} (${asked.telling[stated.choice]!.join(' ')})`),
    direct,
    facts: [],
    passages: [sentencePassage(context.article, sentence.paragraph, [sentence.sentence], 1, [stated.word])],
  };
}
