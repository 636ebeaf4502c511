import { SPEECH_VERB_PATTERN } from '../../language/speech-verbs.js';

/** Where a sentence someone said stands, and its text. */
export interface SaidAt {
  paragraph: number;
  sentence: number;
  text: string;
}

/** A sentence quoting words as they were said. */
const QUOTED = /^[“「"]/u;
/** A sentence that only says who said the quotation before it (“……。”张伟称。): nothing without it. */
const BARE_ATTRIBUTION = new RegExp(`^[^，,。“”]{1,12}(?:${SPEECH_VERB_PATTERN})。?$`, 'u');

/**
 * What someone said, asked about nothing in particular: an overview, at most `max` sentences — the
 * opening sentence of each remark (one whose sentence before is not theirs), then what they are
 * quoted saying word for word, then the rest, so a long first remark does not crowd out the others;
 * returned in the article's order. `first` (optional) puts some sentences ahead of all others, in
 * choosing and in order (remarks made with the verb the question names).
 */
export function overviewOfRemarks<T>(items: readonly T[], at: (item: T) => SaidAt, isSaid: (paragraph: number, sentence: number) => boolean, max: number, first: (item: T) => boolean = () => false): T[] {
  const position = (item: T) => {
    const { paragraph, sentence } = at(item);
    return paragraph * 10_000 + sentence;
  };
  const rank = (item: T) => {
    const { paragraph, sentence, text } = at(item);
    return !isSaid(paragraph, sentence - 1) ? 0 : QUOTED.test(text.trim()) ? 1 : 2;
  };
  const ahead = (item: T) => (first(item) ? 0 : 1);
  const chosen = [...items]
    .filter((item) => !BARE_ATTRIBUTION.test(at(item).text.trim()))
    .sort((a, b) => ahead(a) - ahead(b) || rank(a) - rank(b) || position(a) - position(b))
    .slice(0, max);
  // An attribution goes with its quotation, when that is quoted.
  const attributions = items.filter((item) => {
    const { paragraph, sentence, text } = at(item);
    return BARE_ATTRIBUTION.test(text.trim()) && chosen.some((c) => at(c).paragraph === paragraph && at(c).sentence === sentence - 1);
  });
  return [...chosen, ...attributions].sort((a, b) => ahead(a) - ahead(b) || position(a) - position(b));
}
