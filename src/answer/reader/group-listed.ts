import { tagWords } from '../../language/segmenter.js';
import type { AnalysedQuestion } from './analyse.js';
import { MEASURE_CHARS } from './figures.js';
import { wholeEnumeration } from './candidates.js';
import { enumerations, groupCount } from './counted-not-named.js';
import type { ScoredSpan } from './read.js';

// "巡演去了哪五个国家？" answered with the clause that counts them (共在5个国家的12座城市演出14场):
// a group asked by its count is answered by a list of that many things (奥地利、德国、捷克、荷兰、丹麦).

/** The smallest group whose list is taken wherever it stands. */
const LISTED_FROM = 3;

/** Longest an item of a list is (奥地利, 先后到访奥地利): past it, a part is a clause, no item. */
const ITEM_CHARS = 8;

/**
 * The nouns the members of a group asked may end in: the noun right after its count and measure
 * (哪两类珊瑚 → 珊瑚, 哪两支球队 → 球队), and a measure of kinds itself (哪两类 → 交通通信类和居住类).
 */
function classAsked(question: AnalysedQuestion): string[] {
  const at = GROUP_CLASS.exec(question.text);
  if (!at) return [];
  const next = tagWords(question.text.slice(at.index + at[0].length)).find((w) => w.word.trim() !== '');
  const noun = next && /^n/u.test(next.tag) && /^\p{Script=Han}{2,}$/u.test(next.word) ? [next.word] : [];
  const measure = at[0].slice(-1);
  return KIND_MEASURES.includes(measure) ? [...noun, measure] : noun;
}

/** Measures of kinds, which name a kind when written after it (居住类, 草本种). */
const KIND_MEASURES = '类';

/** 哪, a count and its measure (哪两类, 哪2家). */
const GROUP_CLASS = new RegExp(`哪(?:\\d+|[二两三四五六七八九十]+)[${MEASURE_CHARS}款]`, 'u');

/**
 * "团队主要种的是哪两类珊瑚？" of "我们目前以鹿角珊瑚和蔷薇珊瑚为主": a pair asked of a class is answered by
 * two items joined by 和, 与, 及 or 、 that each end in the class's noun (鹿角珊瑚, 蔷薇珊瑚): so named, they
 * are members of it, where a pair alone (之前为19个村、2个社区) may be anything. The likeliest sentence read
 * that writes one.
 */
function pairOfTheClass(spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  for (const noun of classAsked(question)) {
    const pair = pairIn(spans, noun);
    if (pair) return pair;
  }
  return undefined;
}

/** The class's noun, a joining word, and a second item ending in the noun. */
const pairPattern = (noun: string, flags: string) => new RegExp(`${noun}(?:和|与|及|、)\\p{Script=Han}{1,${ITEM_CHARS}}?${noun}`, flags);

/**
 * Whether a sentence writes a pair of the class a pair is asked of (哪两类价格 → 交通通信类和居住类), for
 * the reader to read it wherever retrieval ranks it; undefined when the question asks no such pair.
 */
export function pairOfClassWritten(question: AnalysedQuestion): ((text: string) => boolean) | undefined {
  if (groupCount(question) !== 2) return undefined;
  const patterns = classAsked(question).map((noun) => pairPattern(noun, 'u'));
  return patterns.length === 0 ? undefined : (text) => patterns.some((p) => p.test(text));
}

/** The likeliest sentence read that writes two items ending in `noun`, as a span. */
function pairIn(spans: readonly ScoredSpan[], noun: string): ScoredSpan | undefined {
  const pair = pairPattern(noun, 'gu');
  const seen = new Set<unknown>();
  for (const span of spans) {
    const { sentence } = span.proposal.scored;
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    for (const found of sentence.text.matchAll(pair)) {
      const end = found.index + found[0].length;
      // The first item: the words that qualify the noun before it (鹿角 + 珊瑚), back to a word of another
      // class (以, a verb): a member is named, not the clause it stands in.
      const tokens = sentence.tokens;
      let first = tokens.findIndex((t) => t.end === found.index + noun.length);
      const last = tokens.findIndex((t) => t.end === end);
      if (first < 0 || last < 0) continue;
      const head = first;
      while (first > 0 && head - first < ITEM_WORDS && ITEM_TAG.test(tokens[first - 1]!.tag) && /^\p{Script=Han}+$/u.test(tokens[first - 1]!.word)) first--;
      const start = tokens[first]!.start;
      // A noun alone is the class, not a member of it.
      if (start >= found.index) continue;
      const candidate = { first, last, start, end, text: sentence.text.slice(start, end), kinds: [...span.proposal.candidate.kinds.filter((k) => k !== 'clause'), 'list' as const] };
      return { ...span, proposal: { ...span.proposal, candidate } };
    }
  }
  return undefined;
}

/** Words that qualify a noun in a member's name: nouns, adjectives and distinguishing words, names, words jieba does not know. */
const ITEM_TAG = /^(?:n|a|b|j|x|vn|eng)/u;
/** How many such words a member's name holds before its class noun. */
const ITEM_WORDS = 3;

/** The likeliest span read that grows into a list of as many items as the group asked, in place of one that is none. */
export function groupListed(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const count = groupCount(question);
  if (!chosen || count === undefined) return chosen;
  // A pair named as members of the class asked, in place of whatever holds it (the clause around it).
  if (count === 2) return pairOfTheClass(spans, question) ?? chosen;
  // Three or more: a pair (甲、乙) is written in too many clauses that name no group (之前为19个村、2个社区).
  if (count < LISTED_FROM || enumerations(chosen.proposal.candidate.text).includes(count)) return chosen;
  for (const span of spans) {
    if (!span.proposal.candidate.kinds.includes('list')) continue;
    const whole = wholeEnumeration(span.proposal.scored.sentence, span.proposal.candidate);
    // A list of items only, no clause around them: none of its parts runs past a few characters.
    if (enumerations(whole.text).includes(count) && whole.text.split(/、|和|及|与/u).every((part) => part.length <= ITEM_CHARS)) {
      return { ...span, proposal: { ...span.proposal, candidate: whole } };
    }
  }
  return chosen;
}
