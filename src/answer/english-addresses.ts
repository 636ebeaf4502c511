import { syllables } from '../language/pinyin.js';
import { surnameLength } from '../language/surnames.js';
import { wadeGilesKeys } from '../language/wade-giles.js';
import type { Concept, ConceptContext } from './concepts.js';

/**
 * How Chinese news names ordinary people: a surname and a form of address (李女士, 林阿姨, 王先生,
 * 老张), where English writes the address first (Ms Li, Aunt Lin, Mr Wang, Old Zhang). The surname
 * alone is one syllable, too short to find by its pinyin; with the address it is one word the article writes.
 */
const ADDRESSES: Readonly<Record<string, { after?: readonly string[]; before?: readonly string[] }>> = {
  mr: { after: ['先生'] },
  mrs: { after: ['女士', '太太'] },
  ms: { after: ['女士', '小姐'] },
  miss: { after: ['小姐', '女士'] },
  madam: { after: ['女士'] },
  aunt: { after: ['阿姨', '大妈', '大姐', '婶'] },
  auntie: { after: ['阿姨', '大妈', '大姐', '婶'] },
  uncle: { after: ['大爷', '大叔', '叔', '伯'] },
  grandpa: { after: ['大爷', '爷爷', '老伯', '老汉'] },
  grandma: { after: ['奶奶', '婆婆', '阿婆', '老太'] },
  granny: { after: ['奶奶', '婆婆', '阿婆', '老太'] },
  old: { before: ['老'] },
  little: { before: ['小'] },
  dr: { after: ['医生', '博士', '大夫'] },
  doctor: { after: ['医生', '大夫', '博士'] },
  professor: { after: ['教授'] },
  prof: { after: ['教授'] },
  teacher: { after: ['老师'] },
  officer: { after: ['警官'] },
};

/** The forms of address written after a surname (女士 of 李女士): with the surname, a name. */
export const ADDRESSES_AFTER_SURNAME: ReadonlySet<string> = new Set(Object.values(ADDRESSES).flatMap((a) => a.after ?? []));

/** An address in either case (Aunt, aunt), then a capitalised name that is no address itself (the teacher Aunt Lin). */
const ADDRESS = Object.keys(ADDRESSES).map((a) => `[${a[0]!.toUpperCase()}${a[0]}]${a.slice(1)}`).join('|');
const ADDRESSED = new RegExp(`\\b(${ADDRESS})\\.?\\s+(?!(?:${ADDRESS})\\b)([A-Z][a-z]+)\\b`, 'gu');

/** The article's surnames read as a syllable (lin → 林), by pinyin or by Wade–Giles (chang → 张). */
function surnamesSpelt(syllable: string, context: ConceptContext): string[] {
  const readings = new Set([syllable, ...wadeGilesKeys([syllable])]);
  return [...context.characters].filter((c) => surnameLength(c) === 1 && readings.has(syllables(c)[0] ?? ''));
}

/** "Aunt Lin", "Ms Li": the person the article names so (林阿姨, 李女士), when it does; the rest of the question to read on. */
export function englishAddresses(raw: string, context: ConceptContext): { concepts: Concept[]; rest: string } {
  const concepts: Concept[] = [];
  const rest = raw.replace(ADDRESSED, (label: string, address: string, name: string) => {
    const forms = ADDRESSES[address.toLowerCase()]!;
    const written = surnamesSpelt(name.toLowerCase(), context)
      .flatMap((surname) => [...(forms.after ?? []).map((a) => surname + a), ...(forms.before ?? []).map((b) => b + surname)])
      .filter((word) => context.occurs(word));
    // Not written so (主任医师吴某某, not 吴医生): the address is a title, and the name after it is read on its own.
    if (written.length === 0) return ' ' + label.slice(label.length - name.length);
    concepts.push({ label, alternatives: written.map((word) => ({ word, weight: 1 })), weight: 2, cue: false, salient: true, found: true });
    return ' ';
  });
  return { concepts, rest };
}
