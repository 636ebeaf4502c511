/** Verbs that report speech in news text, longest first so 指出 wins over 出. */
const SPEECH_VERBS = ['介绍了', '首先介绍', '指出', '强调', '要求', '表示', '介绍', '认为', '希望', '提出', '感谢', '谈到', '提到', '建议', '呼吁', '宣布', '致辞', '讲话', '发言', '回答', '透露', '告诉', '坦言', '直言', '回忆', '解读', '说', '讲', '称'];

/** The same as one alternation for a regular expression. */
export const SPEECH_VERB_PATTERN = SPEECH_VERBS.join('|');

/** Any of the verbs that report speech, anywhere in a text (not global: safe to share). */
export const SPEECH_VERB_ANYWHERE = new RegExp(SPEECH_VERB_PATTERN, 'u');

/** Whether a word (jieba's cut, 了 or not) is one of the verbs that report speech. */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.includes(word.replace(/了$/u, ''));
}

/** English verbs of speech and the Chinese verbs news writes for them: "What did X stress?" asks for 强调. */
const ENGLISH_SPEECH_VERBS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bstress|\bemphasi[sz]/iu, ['强调']],
  [/\bdemand|\brequire|\burge|\bcall(?:ed|s)? (?:for|on)\b/iu, ['要求']],
  [/\bpoint(?:ed|s)? out\b/iu, ['指出']],
  [/\bhope/iu, ['希望']],
  [/\bthank/iu, ['感谢']],
  [/\bpropos|\bput forward\b|\bsuggest/iu, ['提出', '建议']],
  [/\bintroduc|\bbrief(?:ed|s)?\b/iu, ['介绍', '介绍了', '首先介绍']],
];

/** The Chinese speech verbs an English question names ("What did X stress?" → 强调); [] for none. */
export function englishSpeechVerbs(question: string): string[] {
  return ENGLISH_SPEECH_VERBS.filter(([pattern]) => pattern.test(question)).flatMap(([, verbs]) => verbs);
}
