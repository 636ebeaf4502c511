/**
 * Pronouns a Chinese sentence opens with when it goes on from the one before (他在…, 该公司…, 此后…,
 * 这些…): what they stand for is named there. As prefixes: 他 also opens 他们.
 */
export const OPENING_PRONOUNS: readonly string[] = ['它', '其', '他', '她', '该', '此', '这'];

/** Whether a sentence opens with one of OPENING_PRONOUNS. */
export const OPENS_WITH_PRONOUN = new RegExp(`^(?:${OPENING_PRONOUNS.join('|')})`, 'u');
