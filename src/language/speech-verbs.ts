/** Verbs that report speech in news text, longest first so 指出 wins over 出. */
const SPEECH_VERBS = ['介绍了', '首先介绍', '指出', '强调', '要求', '表示', '介绍', '认为', '希望', '提出', '感谢', '谈到', '提到', '建议', '呼吁', '宣布', '致辞', '讲话', '发言', '回答', '透露', '告诉', '坦言', '直言', '回忆', '解读', '说', '讲', '称'];

/** The same as one alternation for a regular expression. */
export const SPEECH_VERB_PATTERN = SPEECH_VERBS.join('|');

/** Whether a word (jieba's cut, 了 or not) is one of the verbs that report speech. */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.includes(word.replace(/了$/u, ''));
}
