/** Full-width marks that always end a sentence. */
const FULL_STOPS = new Set(['。', '！', '？', '；']);
/** Closing quotes and brackets belong to the sentence they close: `他说：“来了。”` is one sentence. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', '〗', '］', ']']);
/** Straight quotes do not say whether they open or close; they close only when one is left open. */
const STRAIGHT_QUOTES = new Set(['"', "'"]);

export interface SentenceOptions {
  /**
   * ASCII marks that end a sentence, but only before a space or the end, so `3.5!x` or `a;b` stay
   * whole. Default `!?;`: in an article `.` is left out, because in Chinese text an ASCII full stop
   * sits in an abbreviation or a name (`U.S.`, `Jan. 5`) rather than at the end of a sentence. English
   * prose passes `.!?`.
   */
  asciiStops?: string;
}

/** How far a title's closing 》 is looked for: an unclosed 《 must not swallow the paragraph. */
const TITLE_REACH = 40;

/**
 * A stop inside a 《》 title is part of the title (《某某A.B！‧某城‧某某》): the 《 before it is
 * still open and its 》 follows soon.
 */
function insideTitle(chars: readonly string[], start: number, at: number): boolean {
  let open = 0;
  for (let k = start; k < at; k++) {
    if (chars[k] === '《') open += 1;
    else if (chars[k] === '》' && open > 0) open -= 1;
  }
  if (open === 0) return false;
  for (let k = at + 1; k < Math.min(chars.length, at + TITLE_REACH); k++) {
    if (chars[k] === '》') return true;
    if (chars[k] === '《' || chars[k] === '\n') return false;
  }
  return false;
}

/** Quotation marks that open, each with the mark that closes it. */
const QUOTES = new Map([['“', '”'], ['「', '」'], ['『', '』']]);

/**
 * How far a quotation's closing mark is looked for: a short quotation is one sentence with the words
 * around it, a long speech keeps its own sentences.
 */
const QUOTE_REACH = 80;

/**
 * A stop inside a short quotation is part of the sentence quoting it (其名意为“来自远方的”。,
 * 解释为：“甲。乙。”): the quotation opened in this sentence is still open, more of it follows the
 * stop, and its closing mark comes soon. A stop right before the closing mark ends the quotation,
 * and the sentence with it, as before.
 */
function insideQuote(chars: readonly string[], start: number, at: number): boolean {
  const open: { closer: string; introduced: boolean }[] = [];
  for (let k = start; k < at; k++) {
    const closer = QUOTES.get(chars[k]!);
    // A quotation opening the sentence is a speech of its own (a paragraph that is one long
    // quotation): its sentences stay apart. Only one the sentence's own words introduce is kept whole.
    if (closer) open.push({ closer, introduced: chars.slice(start, k).join('').trim() !== '' });
    else if (chars[k] === open[open.length - 1]?.closer) open.pop();
  }
  const quote = open[open.length - 1];
  if (!quote?.introduced) return false;
  let k = at + 1;
  while (k < chars.length && FULL_STOPS.has(chars[k]!)) k++;
  if (chars[k] === quote.closer) return false;
  for (; k < Math.min(chars.length, at + QUOTE_REACH); k++) {
    if (chars[k] === quote.closer) return true;
    if (chars[k] === '\n' || QUOTES.has(chars[k]!)) return false;
  }
  return false;
}

/** Whether a text leaves a quotation open — one opened and not closed, a speech going on after it. */
export function leavesQuotationOpen(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    const closer = QUOTES.get(c);
    if (closer) open.push(closer);
    else if (c === open[open.length - 1]) open.pop();
  }
  return open.length > 0;
}

function hasOpenStraightQuote(text: string, quote: string): boolean {
  return text.split(quote).length % 2 === 0;
}

/**
 * Cuts `text` into sentences at 。！？； (and at the ASCII stops before a space or the end),
 * keeping any run of stops (`？！`), the closing quotes/brackets after them and the whitespace that
 * follows on the sentence they end; a stop inside a 《》 title or a short quotation the sentence
 * introduces does not cut. Joined back together the pieces give `text`.
 */
export function cutSentences(text: string, options: SentenceOptions = {}): string[] {
  const asciiStops = new Set(options.asciiStops ?? '!?;');
  const isStop = (ch: string | undefined): boolean => ch !== undefined && (FULL_STOPS.has(ch) || asciiStops.has(ch));
  const chars = Array.from(text);
  const sentences: string[] = [];
  let start = 0;
  let i = 0;

  while (i < chars.length) {
    if (!isStop(chars[i]) || insideTitle(chars, start, i) || insideQuote(chars, start, i)) {
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
    while (/\s/.test(chars[end] ?? '')) end += 1;
    sentences.push(chars.slice(start, end).join(''));
    start = end;
    i = end;
  }
  if (start < chars.length) sentences.push(chars.slice(start).join(''));
  return sentences;
}

/**
 * A paragraph's sentences, cut as `cutSentences` does, trimmed and never empty; text without stops
 * is a single sentence. Joined back together they give the paragraph minus any whitespace that sat
 * between sentences.
 */
export function splitSentences(text: string): string[] {
  return cutSentences(text)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
