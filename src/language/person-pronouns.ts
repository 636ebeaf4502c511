/** 他/她 standing alone: not 其他, 他们, 他人, 吉他, 她们. */
export const ZH_PERSON_PRONOUN = /(?<![其吉])[他她](?![们人])/u;
/** he/she/him as a whole word; his and her are possessives handled apart. */
export const EN_PERSON_PRONOUN = /\b(?:he|she|him)\b/iu;
export const EN_POSSESSIVE = /\b(?:his|her)\b/iu;

/** Whether a question points at one person by a pronoun (他的职务, his job): whom, only a conversation knows. */
export function pointsAtSomeone(text: string): boolean {
  return ZH_PERSON_PRONOUN.test(text) || EN_PERSON_PRONOUN.test(text) || EN_POSSESSIVE.test(text);
}
