/** Full-width marks that always end a sentence. */
const FULL_STOPS = new Set(['。', '！', '？', '；']);
/** ASCII marks end a sentence only before a space or the end, so `3.5!x` or `a;b` stay whole. */
const ASCII_STOPS = new Set(['!', '?', ';']);
/** Closing quotes and brackets belong to the sentence they close: `他说：“来了。”` is one sentence. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', '〗', '］', ']']);
/** Straight quotes do not say whether they open or close; they close only when one is left open. */
const STRAIGHT_QUOTES = new Set(['"', "'"]);

const isStop = (ch: string | undefined): boolean =>
  ch !== undefined && (FULL_STOPS.has(ch) || ASCII_STOPS.has(ch));

function hasOpenStraightQuote(text: string, quote: string): boolean {
  return text.split(quote).length % 2 === 0;
}

/**
 * Cuts a paragraph into sentences at 。！？； (and at ! ? ; before a space or the end), keeping any
 * run of stops (`？！`) and the closing quotes/brackets after them on the sentence they end.
 * Sentences are trimmed and never empty; text without stops is a single sentence. Joined back
 * together they give the paragraph minus any whitespace that sat between sentences.
 */
export function splitSentences(text: string): string[] {
  const chars = Array.from(text);
  const sentences: string[] = [];
  let start = 0;
  let i = 0;

  while (i < chars.length) {
    const ch = chars[i];
    if (!isStop(ch)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (isStop(chars[end])) end += 1;
    for (;;) {
      const next = chars[end];
      if (next === undefined) break;
      if (CLOSERS.has(next)) {
        end += 1;
      } else if (STRAIGHT_QUOTES.has(next) && hasOpenStraightQuote(chars.slice(start, end).join(''), next)) {
        end += 1;
      } else {
        break;
      }
    }
    const onlyAsciiStops = chars.slice(i, end).every((c) => !FULL_STOPS.has(c));
    const after = chars[end];
    if (onlyAsciiStops && after !== undefined && !/\s/.test(after)) {
      i = end;
      continue;
    }
    pushTrimmed(sentences, chars.slice(start, end).join(''));
    start = end;
    i = end;
  }
  pushTrimmed(sentences, chars.slice(start).join(''));
  return sentences;
}

function pushTrimmed(into: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed !== '') into.push(trimmed);
}
