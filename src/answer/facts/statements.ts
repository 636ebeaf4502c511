import type { Article } from '../../article/types.js';
import { nameAt } from './people.js';
import { surnameLength } from '../../language/surnames.js';
import { SPEECH_VERB_ANYWHERE, SPEECH_VERB_PATTERN } from '../../language/speech-verbs.js';
import { POST_TITLES } from '../../language/titles.js';
import type { Statement } from './types.js';

const PRONOUN = /^(?:他|她)$/u;
const SETTING = /在([^，。；]{2,40}?)(?:上|期间|中|时)，/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SPEECH_AT_START = new RegExp(`^(?:${SPEECH_VERB_PATTERN})`, 'u');

/**
 * A clause that opens with a name the fact extractors did not list (no post before it) and a
 * speech verb right after it (…，张明表示赞同): that person speaking. Shaped like `opener`'s match.
 */
function unlistedSpeaker(text: string): [string, string, string] | null {
  for (const clause of text.split(/[，。；：“”]/u)) {
    const verbAt = SPEECH_VERB_ANYWHERE.exec(clause)?.index;
    if (verbAt === undefined) continue;
    // The name may follow its post (某公司执行总裁、CFO李华在会上解读称) and precede where it spoke
    // (在…上, at most 18 characters): only that stretch before the verb is read.
    for (let at = Math.max(0, verbAt - 22); at < verbAt - 1; at++) {
      const before = clause.slice(0, at);
      if (surnameLength(clause.slice(at)) === 0 || !nameMayStart(before)) continue;
      const name = nameAt(clause.slice(at));
      // Two characters at a clause's start are as often a word as a name (文中说, 时区称): only
      // something before them (a post, CFO) makes them one.
      if (!name || (name.length < 3 && before === '')) continue;
      const rest = clause.slice(at + name.length).replace(SETTING_BEFORE_VERB, '');
      const verb = SPEECH_AT_START.exec(rest)?.[0];
      if (verb) return [name + verb, name, verb];
    }
  }
  return null;
}

/** A name starts a clause, or follows a post (董事长吴某), a list mark or Latin letters (CFO郑某), not the middle of a word (文章中称). */
function nameMayStart(before: string): boolean {
  if (before === '' || /[^\p{Script=Han}]$|、$/u.test(before)) return true;
  for (let length = 1; length <= LONGEST_TITLE && length <= before.length; length++) if (TITLES.has(before.slice(-length))) return true;
  return false;
}

const TITLES = new Set(POST_TITLES);
const LONGEST_TITLE = Math.max(...POST_TITLES.map((t) => t.length));

/** Where or when a speaker spoke, between their name and the verb (在发布会上, 在当时, 在发射后). */
const WHERE_SPOKEN = '在[^，。；：“]{1,16}?(?:上|中|时|后)';
const SETTING_BEFORE_VERB = new RegExp(`^(?:首先|还|也|则|进一步|最后|随后)?(?:${WHERE_SPOKEN})?`, 'u');

/**
 * Who said what. A sentence whose clause starts with a known name (or 他/她) and a speech verb opens
 * a statement; the sentences after it in the same paragraph continue it, as news paragraphs do
 * ("张三指出，… 我们要 …"). 他/她 is the speaker last named.
 */
export function extractStatements(article: Article, names: readonly string[]): Statement[] {
  // With no listed names, only an unlisted speaker's own clause (…，某某表示) opens a statement.
  const who = names.length > 0 ? [...new Set(names)].sort((a, b) => b.length - a.length).map(escape).join('|') : '(?!)';
  // The name may follow its post (市统计局副局长某某介绍) and precede where, to whom or how it spoke
  // (某某在发布会上表示, 某某对记者说, 他通过翻译说). 他 and 她 may follow a time (会后他说), not
  // stand inside a word (其他, 吉他).
  const opener = new RegExp(
    `(${who}|(?<![其吉利])[他她])(?:首先|还|也|则|进一步|最后|随后|${WHERE_SPOKEN}|通过[^，。；：“]{1,6}?|[对向][^，。；：“]{1,8}?|接受[^，。；：“]{1,10}?时)?(${SPEECH_VERB_PATTERN})`,
    'u',
  );
  const anyName = new RegExp(who, 'gu');
  // 她说 after a sentence that only names her (某某在开幕式上致辞。她说：…) refers to that person.
  const lastNamed = (text: string) => [...text.matchAll(anyName)].at(-1)?.[0];
  const statements: Statement[] = [];
  let lastSpeaker: string | undefined;
  let previous: { speaker: string; verb: string } | undefined;
  // Quoted sentences whose speaker is not yet known: a quote that opens a paragraph belongs to
  // whoever is named after it (“…”某某直言，…), even when the quote runs over two paragraphs.
  let pending: { paragraph: number; sentence: number; text: string }[] = [];
  let quoteOpen = false;
  const add = (who: { speaker: string; verb: string }, at: { paragraph: number; sentence: number; text: string }) =>
    statements.push({ ...who, ...at, setting: SETTING.exec(at.text)?.[1] });
  for (const paragraph of article.paragraphs) {
    let current: { speaker: string; verb: string } | undefined;
    const opensWithQuote = quoteOpen || /^\s*[“「"]/u.test(paragraph.sentences[0] ?? '');
    paragraph.sentences.forEach((text, sentence) => {
      const at = { paragraph: paragraph.n, sentence, text };
      // Most sentences hold no speech verb: one quick test spares both patterns.
      const match = SPEECH_VERB_ANYWHERE.test(text) ? (opener.exec(text) ?? unlistedSpeaker(text)) : null;
      if (match) {
        const named = match[1]!;
        const speaker = PRONOUN.test(named) ? (current?.speaker ?? lastNamed(paragraph.sentences.slice(0, sentence).join('')) ?? lastSpeaker) : named;
        if (speaker) {
          current = { speaker, verb: match[2]!.replace(/了$/u, '').replace(/^首先/u, '') };
          lastSpeaker = speaker;
          for (const before of pending) add(current, before);
          pending = [];
        }
      }
      if (current) add(current, at);
      else if (opensWithQuote) pending.push(at);
    });
    const opens = (paragraph.text.match(/[“「]/gu) ?? []).length;
    const closes = (paragraph.text.match(/[”」]/gu) ?? []).length;
    quoteOpen = pending.length > 0 && (quoteOpen ? opens >= closes : opens > closes);
    // A quote closed with nobody named after it goes on quoting the paragraph before's speaker
    // (周某告诉记者，…。 / “我们当时…”): news breaks a long quote into paragraphs.
    if (!quoteOpen && pending.length > 0) {
      if (previous) for (const before of pending) add(previous, before);
      pending = [];
    }
    if (current) previous = current;
    else if (!opensWithQuote) previous = undefined;
  }
  return statements;
}
