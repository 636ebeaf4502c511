import type { Article } from '../article/types.js';
import type { Statement } from '../answer/facts/types.js';
import type { SaidAt } from '../answer/respond/overview.js';
import { sentenceKey } from './shown.js';
import type { SentenceKey } from './types.js';

/** Verbs news text reports speech with (说, 表示, 称, 指出 …). */
const SPEECH_VERB = /说|表示|称|指出|强调|介绍|认为|透露|坦言|直言|提到|谈到|告诉|呼吁|提出|回应|解释|坦承|补充/u;
/** A sentence that goes on with the same speaker: it opens (after a connective) on 他/她 and reports speech, or is a quotation. */
const CONTINUES = /^(?:[“「"]|(?:此外|同时|另外|随后|他还|她还|而且|并且|不过|但|他|她)[^，。]{0,16}(?:说|表示|称|指出|强调|介绍|认为|透露|提到|谈到|告诉|呼吁|提出))/u;

/** Longest quotation claimed by an attribution after it, in sentences. */
const QUOTED_SENTENCES = 6;

/** One sentence a person said, where it stands. */
export type Spoken = SaidAt;

/**
 * The sentences where `person` speaks, in the article's order: those the fact extractors found,
 * and, by the language, a sentence naming them with a speech verb or a quotation, and the
 * sentences right after it that go on with 他/她 + a speech verb or open a quotation (the next
 * paragraph's first sentence included: news text carries a quote over). Any other sentence ends the run.
 */
export function sentencesSpokenBy(article: Article, person: string, statements: readonly Statement[] = []): Spoken[] {
  const found = new Map<SentenceKey, Spoken>();
  const add = (paragraph: number, sentence: number, text: string) => found.set(sentenceKey(paragraph, sentence), { paragraph, sentence, text });
  for (const s of statements) {
    const text = article.paragraphs.find((p) => p.n === s.paragraph)?.sentences[s.sentence];
    if (s.speaker === person && text) add(s.paragraph, s.sentence, text);
  }
  // A sentence the facts give to someone else (张强说，…女儿张小红也全程…) only names this person.
  const othersSay = new Set(statements.filter((s) => s.speaker !== person).map((s) => sentenceKey(s.paragraph, s.sentence)));
  let speaking = false;
  for (const paragraph of article.paragraphs) {
    paragraph.sentences.forEach((text, i) => {
      const names = text.includes(person) && !othersSay.has(sentenceKey(paragraph.n, i));
      // “……。”张伟称。 is cut after the quotation: the attribution claims the quotation before it, back to its opening mark.
      if (names && SPEECH_VERB.test(text) && /[”」]$/u.test(paragraph.sentences[i - 1]?.trim() ?? '')) {
        for (let j = i - 1; j >= Math.max(0, i - QUOTED_SENTENCES); j--) {
          add(paragraph.n, j, paragraph.sentences[j]!);
          if (/^[“「]/u.test(paragraph.sentences[j]!.trim())) break;
        }
      }
      if (names && (SPEECH_VERB.test(text) || /[“「]/u.test(text))) speaking = true;
      else if (!(speaking && CONTINUES.test(text.trim()))) speaking = false;
      if (speaking) add(paragraph.n, i, text);
    });
  }
  return [...found.values()].sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
}
