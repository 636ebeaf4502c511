/**
 * Alternative questions ("是新场地还是临时场地？", "Is this a new site or a temporary one?"): the
 * answer is whichever alternative the article states. Each alternative is reduced to what tells it
 * from the other (新 | 临时): the words they share (场地, "site", "one") say nothing.
 */

/** 是X还是Y: X after the last copula or asking verb before 还是, Y up to the end of the clause. */
const CHINESE_CHOICE = /(?:是|为|属于|算)?([^，,。；;？?！!：:]{1,16}?)还是([^，,。；;？?！!]{1,16})[？?。！!]*$/u;
/** "… X or Y?": up to three words on each side of "or". */
const ENGLISH_CHOICE = /\b((?:[a-z0-9'’-]+\s+){0,2}[a-z0-9'’-]+)\s+or\s+((?:[a-z0-9'’-]+\s+){0,2}[a-z0-9'’-]+)\s*[?.!]*\s*$/iu;
/** Words that ask (什么, 哪, 谁…): a side holding one is not an alternative offered. */
const ASKING = /什么|哪|谁|几|多少|怎|如何|为何|何/u;
/** English words that do not tell one alternative from the other. */
const ENGLISH_FILLER = new Set(['a', 'an', 'the', 'one', 'ones', 'this', 'that', 'it', 'is', 'was', 'are', 'were', 'be', 'of', 'to', 'in', 'at', 'on', 'by', 'for', 'from', 'with']);

export interface Alternatives {
  /** Each alternative's telling part: Chinese characters, or English words to be mapped by the caller. */
  telling: [string[], string[]];
  /** Each alternative whole (临时场地), in Chinese; in English, the words both share (site), to be mapped. */
  whole: [string[], string[]];
  shared: string[];
  english: boolean;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

export function alternativesOf(text: string): Alternatives | undefined {
  const chinese = CHINESE_CHOICE.exec(text);
  if (chinese) {
    const [x, y] = [chinese[1]!.replace(/^.*(?:是|为)/u, ''), chinese[2]!];
    const head = commonPrefix(x, y);
    const tail = commonSuffix(x.slice(head), y.slice(head));
    const tellX = x.slice(head, x.length - tail);
    const tellY = y.slice(head, y.length - tail);
    if (!/\p{Script=Han}/u.test(tellX) || !/\p{Script=Han}/u.test(tellY)) return undefined;
    // 还是 is also "still" and "also" (他还是什么？, 都还是优势植物): with an asking word on either side
    // the question asks for something else, not between two things.
    if (ASKING.test(x) || ASKING.test(y)) return undefined;
    return { telling: [[tellX], [tellY]], whole: [[x], [y]], shared: [], english: false };
  }
  const english = ENGLISH_CHOICE.exec(text);
  if (!english) return undefined;
  // Alternatives are parallel: the first has as many words as the second ("open in Hangzhou or in
  // Suzhou" offers "in Hangzhou", not "open in Hangzhou").
  const second = english[2]!.toLowerCase().split(/\s+/u);
  const raw = [english[1]!.toLowerCase().split(/\s+/u).slice(-second.length), second];
  // "a new site or a temporary one": the one stands for the other's noun.
  const words = raw.map((part, i) => {
    const other = raw[1 - i]!;
    const noun = other[other.length - 1]!;
    return part.map((w) => (/^ones?$/u.test(w) && !/^ones?$/u.test(noun) ? noun : w)).filter((w) => !ENGLISH_FILLER.has(w));
  });
  const [x, y] = [words[0]!, words[1]!];
  const tellX = x.filter((w) => !y.includes(w));
  const tellY = y.filter((w) => !x.includes(w));
  if (tellX.length === 0 || tellY.length === 0) return undefined;
  return { telling: [tellX, tellY], whole: [[], []], shared: x.filter((w) => y.includes(w)), english: true };
}

/** A copula in the clause before the alternative: the sentence predicates it. */
const STATES = /(?:是|为|系|属于|作为)/u;

function clauseBefore(text: string, word: string): string {
  const at = text.indexOf(word);
  return text.slice(0, at).split(/[，,；;。]/u).pop() ?? '';
}

/**
 * Which alternative the article states. Stage by stage (each alternative written whole, 临时场地,
 * looked for in every sentence; then its telling words, in the question's best matches only): one
 * alternative written where the other is not decides; both written leaves it undecided, and the
 * question is read as any other.
 */
export function statedAlternative<S extends { text: string }>(stages: readonly { sentences: readonly S[]; words: readonly [readonly string[], readonly string[]] }[]): { choice: 0 | 1; sentence: S; word: string } | undefined {
  for (const { sentences, words } of stages) {
    const where = words.map((list) => {
      const found = sentences.flatMap((sentence) => {
        const word = list.find((w) => w.length > 0 && sentence.text.includes(w));
        return word ? [{ sentence, word }] : [];
      });
      // The sentence that says the thing is it (是……首个临时场地) before one that only mentions it.
      return found.find((f) => STATES.test(clauseBefore(f.sentence.text, f.word))) ?? found[0];
    });
    if (where[0] && !where[1]) return { choice: 0, ...where[0] };
    if (where[1] && !where[0]) return { choice: 1, ...where[1] };
    if (where[0] && where[1]) return undefined;
  }
  return undefined;
}
