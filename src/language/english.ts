import { stemmer } from 'stemmer';
import { ENGLISH_STOPWORDS } from './stopwords.js';

/**
 * Lower-case English words of a text, possessive 's and apostrophes inside names removed (Xi'an →
 * xian), a contraction cut from its word (I've → i ve, don't → do not): glued, they were words no
 * dictionary knows (ive, whove), that an article "does not mention".
 */
export function englishWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/\b(ca|wo)n['’]t\b/g, (_, verb: string) => (verb === 'ca' ? 'can not' : 'will not'))
      .replace(/(\w)n['’]t\b/g, '$1 not')
      .replace(/(\w)['’](ve|re|ll|d|m)\b/g, '$1 $2')
      .replace(/(\w)['’](\w)/g, '$1$2')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** Irregular past forms the stemmer cannot reach: "won" must meet a sense that says "to win". */
const IRREGULAR: Record<string, string> = {
  won: 'win', said: 'say', met: 'meet', took: 'take', taken: 'take', went: 'go', gone: 'go', gave: 'give', given: 'give',
  held: 'hold', made: 'make', spoke: 'speak', spoken: 'speak', saw: 'see', seen: 'see', got: 'get', ran: 'run',
  began: 'begin', begun: 'begin', led: 'lead', thought: 'think', told: 'tell', wrote: 'write', written: 'write',
  built: 'build', sent: 'send', spent: 'spend', chose: 'choose', chosen: 'choose', brought: 'bring', bought: 'buy',
  sold: 'sell', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow', left: 'leave',
  lost: 'lose', paid: 'pay', set: 'set', signed: 'sign', drew: 'draw', drawn: 'draw', became: 'become', came: 'come',
  found: 'find', kept: 'keep', knew: 'know', known: 'know', put: 'put', stood: 'stand', understood: 'understand',
  struck: 'strike', broke: 'break', broken: 'break', wore: 'wear', hit: 'hit', cut: 'cut', shut: 'shut', laid: 'lay',
  fought: 'fight', sought: 'seek', taught: 'teach', caught: 'catch', flew: 'fly', flown: 'fly', drove: 'drive', driven: 'drive',
  women: 'woman', men: 'man', children: 'child', people: 'people',
};

/** Words the dictionary spells one way where people say another ("vice mayor" → its "deputy mayor"). */
const SYNONYMS: Record<string, string> = { vice: 'deputy', chairwoman: 'chairman', chairperson: 'chairman', chair: 'chairman', chairs: 'chairman' };

/**
 * Words whose final s is no plural, which the stemmer would cut all the same: "news" is not "new",
 * and read so, "the new glasses" reached 消息 and 发布会 ("news conference").
 */
const WHOLE = new Set(['news']);

const stems = new Map<string, string>();

export function stem(word: string): string {
  const lower = word.toLowerCase();
  let stemmed = stems.get(lower);
  if (stemmed === undefined) {
    stemmed = WHOLE.has(lower) ? lower : stemmer(SYNONYMS[lower] ?? IRREGULAR[lower] ?? lower);
    // Bounded: English words are few, but a stream of junk questions must not grow it forever.
    if (stems.size < 20_000) stems.set(lower, stemmed);
  }
  return stemmed;
}

export function isEnglishStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word.toLowerCase());
}

/**
 * The words of one dictionary sense that say what it means: "to sign (an agreement)" → [sign],
 * "Pudong New Area, a district of Shanghai …" → [pudong, new, area]. Long descriptive senses
 * keep only their head before the first comma.
 */
export function senseWords(sense: string): string[] {
  const head = sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/,\s|;\s/)[0] ?? '';
  return englishWords(head.replace(/^to\s+/i, '').replace(/\b(?:sb|sth|oneself|one's)\b/gi, ' ')).filter(
    (w) => !isEnglishStopword(w),
  );
}

/**
 * An English question without its trailing time or place clause: in "What colour was the car
 * when found?" or "Where was she living when this happened?" the asking word is the first one, and
 * the "when …" after it only says which moment the question is about. A question that starts with
 * "when" or "where" keeps them, and so does one with no asking word before the clause.
 */
export function withoutTrailingClause(lower: string): string {
  const match = /^(\s*(?:what|who|whom|whose|which|how|why|where)\b.*?)\s+(?:when|while|whenever)\b/u.exec(lower);
  return match ? match[1]! : lower;
}
