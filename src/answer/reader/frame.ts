import type { AnalysedQuestion } from './analyse.js';
import { HOLDS_CLAUSE_END, type Candidate } from './candidates.js';
import type { PreparedSentence } from './prepare.js';

// "以什么为重点？" asks what the article sets in the frame 以…为重点 (以建设某某区为重点): the words
// between its 以 and the same 为 + noun. Policy reports write such frames one after another (以…为
// 载体、以…为抓手), descriptions too (以小鱼为食); the ranker, which weighs spans cut at words and
// clause marks, rarely proposes the filler exactly and takes the whole run of frames instead.

/** The question's frame: what follows its 为 (重点 of 以什么为重点). */
const ASKED_FRAME = /以(?:什么|何|哪些)为(\p{Script=Han}{1,4})/u;
/** Longest filler read, in characters. */
const MOST = 40;

/** What follows the 为 of the frame the question asks to fill, if it asks one. */
export function askedFrame(question: AnalysedQuestion): string | undefined {
  return question.english ? undefined : ASKED_FRAME.exec(question.text)?.[1];
}

/** The words the sentence writes between 以 and 为 + `after`, as a span of it; undefined when it writes no such frame. */
export function frameFilled(sentence: PreparedSentence, after: string): Candidate | undefined {
  const { text, tokens } = sentence;
  // The noun may be quoted there (为“突破口”).
  const closing = new RegExp(`为[“"「『]?${after}`, 'gu');
  for (const match of text.matchAll(closing)) {
    const at = match.index;
    // The nearest 以 before it in the same clause: frames follow one another (以A为甲、以B为乙).
    const open = text.lastIndexOf('以', at - 1);
    const start = open + 1;
    if (open < 0 || at - start < 1 || at - start > MOST || HOLDS_CLAUSE_END.test(text.slice(start, at))) continue;
    const first = tokens.findIndex((t) => t.end > start);
    const last = tokens.findIndex((t) => t.end >= at);
    if (first < 0 || last < first) continue;
    return { first, last, start, end: at, text: text.slice(start, at), kinds: ['noun'] };
  }
  return undefined;
}
