/**
 * Kin written two ways: the written word news uses (父亲) and the spoken one its quotations use
 * (爸爸). A question asking "女儿是怎么说父亲的" means the daughter's "他只是我的爸爸" too. Each group is
 * one relation; every word of a group stands for the others. Words of two characters or more only:
 * 爹, 娘 and 儿 alone are parts of too many other words (姑娘, 儿童).
 */
const GROUPS: readonly (readonly string[])[] = [
  ['父亲', '爸爸', '老爸'],
  ['母亲', '妈妈', '老妈'],
  ['丈夫', '老公'],
  ['妻子', '老婆', '太太', '爱人'],
  ['祖父', '爷爷'],
  ['祖母', '奶奶'],
  ['外祖父', '外公', '姥爷'],
  ['外祖母', '外婆', '姥姥'],
  ['女儿', '闺女'],
];

const OTHERS = new Map<string, readonly string[]>(GROUPS.flatMap((group) => group.map((word) => [word, group.filter((w) => w !== word)] as const)));

/** The other words for the same relation (父亲 → 爸爸, 老爸), none for any other word. */
export function kinSynonyms(word: string): readonly string[] {
  return OTHERS.get(word) ?? [];
}
