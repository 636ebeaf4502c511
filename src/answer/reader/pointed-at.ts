import { tagWords } from '../../language/segmenter.js';
import { proposeCandidates, type Candidate } from './candidates.js';
import { MEASURE_CHARS } from './figures.js';
import type { PreparedArticle, PreparedSentence } from './prepare.js';
import type { Proposal } from './read.js';

// A chosen span that only points back (这所学院, 该线, 此消息) names nothing: what it points at is
// named before it, by the same head noun (某某学院 … 这所学院), and that name is the answer.

/** A demonstrative, perhaps a measure word, and a head noun of one to three characters. */
const POINTING_PHRASE = new RegExp(`^[这那该此](?:[${MEASURE_CHARS}]|一[${MEASURE_CHARS}]?|些)?(\\p{Script=Han}{1,3})$`, 'u');

/** Tags of the words a name before its head noun is made of. */
const NAME_TAG = /^(?:n|nr|nrfg|nrt|ns|nt|nz|ng|nl|j|eng|b)$/u;

/** Longest name taken, in characters. */
const MAX_NAME = 10;

/** How many sentences before the pointing one are looked in. */
const MAX_BACK = 3;

/**
 * The name a pointing span stands for: the last phrase before it, in its sentence or one of the few
 * before, that ends with its head noun and says more than the head alone (青川美术学院 for 这所学院).
 * Undefined when the span does not point, its head is no noun, or nothing before names one.
 */
export function pointedAt(prepared: PreparedArticle, proposal: Proposal): { sentence: PreparedSentence; candidate: Candidate } | undefined {
  const { candidate } = proposal;
  const head = POINTING_PHRASE.exec(candidate.text)?.[1];
  if (head === undefined || !/^n/u.test(tagWords(head)[0]?.tag ?? '')) return undefined;
  const { sentence } = proposal.scored;
  const order = sentence.order;
  for (let back = 0; back <= MAX_BACK && order - back >= 0; back++) {
    const earlier = prepared.sentences[order - back]!;
    const before = back === 0 ? candidate.start : earlier.text.length;
    const named = nameEndingWith(earlier, head, before);
    if (named) return { sentence: earlier, candidate: named };
  }
  return undefined;
}

/** The last name in a sentence, before `limit`, that ends with `head` and is longer than it. */
function nameEndingWith(sentence: PreparedSentence, head: string, limit: number): Candidate | undefined {
  const { text, tokens } = sentence;
  // (lastIndexOf reads a negative start as 0: the loop stops itself after the text's start.)
  for (let at = limit < head.length ? -1 : text.lastIndexOf(head, limit - head.length); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(head, at - 1)) {
    const end = at + head.length;
    const last = tokens.findIndex((t) => t.end === end);
    if (last < 0) continue;
    let first = last;
    while (first > 0 && NAME_TAG.test(tokens[first - 1]!.tag) && end - tokens[first - 1]!.start <= MAX_NAME && !/^[这那该此其]/u.test(tokens[first - 1]!.word)) first--;
    const start = tokens[first]!.start;
    if (end - start <= head.length) continue;
    const found = proposeCandidates(sentence).find((c) => c.start === start && c.end === end);
    if (found) return found;
  }
  return undefined;
}
