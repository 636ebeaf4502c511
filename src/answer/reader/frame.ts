import type { AnalysedQuestion } from './analyse.js';
import { HOLDS_CLAUSE_END, type Candidate } from './candidates.js';
import { MEASURE_CHARS } from './figures.js';
import type { PreparedSentence } from './prepare.js';

// "以什么为重点？" asks what the article sets in the frame 以…为重点 (以建设某某区为重点): the words
// between its 以 and the same 为 + noun. Policy reports write such frames one after another (以…为
// 载体、以…为抓手), descriptions too (以昆虫为食); the ranker, which weighs spans cut at words and
// clause marks, rarely proposes the filler exactly and takes the whole run of frames instead.
// "在哪些方面？" asks the same of 在…等方面 (在支持甲、促进乙等方面), and "在哪三条线上？" of
// 在甲、乙和丙的三条线上: lists the ranker cuts short or takes with the clause around them.

/** A frame a question asks to fill: the word that opens it and what closes it in the article. */
export interface AskedFrame {
  open: string;
  close: string;
  /** Longest filler read, in characters: a list of aspects runs longer than one thing set as another. */
  most: number;
}

/** The question's frame: what follows its 为 (重点 of 以什么为重点). */
const ASKED_SET_AS = /以(?:什么|何|哪些)为(\p{Script=Han}{1,4})/u;
/** The question's aspect asked (在哪些方面, 在什么领域). */
const ASKED_ASPECT = /在(?:哪些|什么|哪个|哪几个|哪一些)(方面|领域)/u;

/** A count of several asked (哪三条): its figure and measure word. */
const ASKED_COUNT = new RegExp(`哪([两二三四五六七八九十]+[${MEASURE_CHARS}大])`, 'u');

/** The frame the question asks to fill, if it asks one. */
export function askedFrame(question: AnalysedQuestion): AskedFrame | undefined {
  if (question.english) return undefined;
  const setAs = ASKED_SET_AS.exec(question.text)?.[1];
  if (setAs) return { open: '以', close: `为[“"「『]?${setAs}`, most: 40 };
  const aspect = ASKED_ASPECT.exec(question.text)?.[1];
  if (aspect) return { open: '在', close: `等?${aspect}`, most: 100 };
  // "在哪三条生产线上？" of 在甲、乙和丙的三条生产线上: the items before the count the question
  // writes, after the word it writes before its asking word.
  const count = ASKED_COUNT.exec(question.text)?.[1];
  const open = question.before[question.before.length - 1];
  const noun = question.after.find((w) => !count?.endsWith(w));
  if (count && open && open.length === 1 && noun) return { open, close: `(?:等|的)*${count}${noun}`, most: 40 };
  return undefined;
}

/** The words the sentence writes between the frame's opening word and its close, as a span of it; undefined when it writes no such frame. */
export function frameFilled(sentence: PreparedSentence, frame: AskedFrame): Candidate | undefined {
  const { text, tokens } = sentence;
  // The noun may be quoted there (为“突破口”).
  const closing = new RegExp(frame.close, 'gu');
  for (const match of text.matchAll(closing)) {
    const at = match.index;
    // The nearest opening word before it in the same clause: frames follow one another (以A为甲、以B为乙).
    // Opening a word (jieba glues 以 to what follows: 以头 + 足类), not ending one (the 在 of 存在, the 以 of 可以).
    const opening = tokens.filter((t) => t.word.startsWith(frame.open) && t.start + frame.open.length < at).pop();
    if (!opening) continue;
    const start = opening.start + frame.open.length;
    if (at - start < 1 || at - start > frame.most || HOLDS_CLAUSE_END.test(text.slice(start, at))) continue;
    const first = tokens.findIndex((t) => t.end > start);
    const last = tokens.findIndex((t) => t.end >= at);
    if (first < 0 || last < first) continue;
    return { first, last, start, end: at, text: text.slice(start, at), kinds: ['noun'] };
  }
  return undefined;
}
