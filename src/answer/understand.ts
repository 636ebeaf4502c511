import { isPinyin, pinyinSyllables, syllables } from '../language/pinyin.js';
import { latinShare } from '../language/script.js';
import { isEnglishStopword } from '../language/english.js';
import { normalizeQuestion } from '../language/normalize.js';
import { classifyIntent } from './classify.js';
import { POST_TITLES } from '../language/titles.js';
import { questionConcepts, type Concept } from './concepts.js';
import type { Knowledge } from './knowledge.js';
import type { Intent, Language, Question } from './types.js';

/** A question read against what the articles hold. */
export interface Understood {
  question: Question;
  concepts: Concept[];
  /** People of the articles the question names, in the article's spelling. */
  people: string[];
  /** Places the question names that posts belong to (上海 for 上海市). */
  places: string[];
}

/** Chinese cue words people also type in pinyin ("shi shenme zhiwu", "shei canjiale"), mapped back to characters. */
const PINYIN_CUES = ['什么', '职务', '职位', '是谁', '谁', '哪些', '哪天', '哪里', '什么时候', '多少', '说了什么', '讲了什么', '参加', '签署', '协议', '考察', '参观', '几'];
let pinyinCues: { syllables: string[]; word: string }[] | undefined;

function cuesFromPinyin(text: string): string {
  pinyinCues ??= PINYIN_CUES.map((word) => ({ syllables: syllables(word), word })).sort((a, b) => b.syllables.length - a.syllables.length);
  const spoken = (text.toLowerCase().match(/[a-z]+/g) ?? []).flatMap((w) => pinyinSyllables(w) ?? []);
  const found: string[] = [];
  for (let i = 0; i < spoken.length; i++) {
    const cue = pinyinCues.find((c) => c.syllables.every((s, k) => spoken[i + k] === s));
    if (cue) {
      found.push(cue.word);
      i += cue.syllables.length - 1;
    }
  }
  return found.join(' ');
}

/**
 * The reply's language: Chinese when most letters are Han, or when the Latin words are pinyin
 * rather than English (Zhang San shi shenme zhiwu?); English otherwise.
 */
function detectLanguage(text: string): Language {
  if (latinShare(text) <= 0.5) return 'zh';
  const words = text.match(/[A-Za-z]+/g) ?? [];
  if (words.length < 2 || words.some((w) => isEnglishStopword(w))) return 'en';
  const pinyinWords = words.filter((w) => isPinyin(w));
  return pinyinWords.length >= 0.8 * words.length ? 'zh' : 'en';
}

export function understandQuestion(raw: string, knowledge: Knowledge, intent?: Intent): Understood {
  const text = normalizeQuestion(raw);
  const language = detectLanguage(text);
  const concepts = questionConcepts(text, knowledge);
  const { names, sides } = knowledge;
  const mentioned = (word: string) => concepts.some((c) => c.alternatives.some((a) => a.word === word)) || text.includes(word);
  const people = [...names].filter(mentioned);
  const places = [...sides].filter((side) => {
    const bare = side.replace(/(?:省|市|自治区|县|区|州)$/u, '');
    return bare.length >= 2 && (mentioned(side) || mentioned(bare));
  });
  const pinyinCueText = language === 'en' || /[a-z]{4,}/i.test(text) ? cuesFromPinyin(text) : '';
  const terms = [...new Set(concepts.flatMap((c) => c.alternatives.map((a) => a.word)))];
  return {
    question: {
      raw,
      text,
      language,
      intent: intent ?? refineIntent(classifyIntent(`${text} ${pinyinCueText}`), text, people, knowledge),
      subject: people[0],
      terms,
    },
    concepts,
    people,
    places,
  };
}

/**
 * The wording's intent, corrected by who the question is about: a named speaker with 说 asks what
 * they said (张三说上海要学习什么); a named person with a post word asks their post, even with 哪里.
 */
function refineIntent(intent: Intent, text: string, people: readonly string[], knowledge: Knowledge): Intent {
  if (people.length === 0) return intent;
  const speaks = [...knowledge.facts.values()].some((f) => f.statements.some((s) => people.includes(s.speaker)));
  if (intent === 'topic' && speaks && /说|讲|表示|提到|谈|\bsays?\b|\bsaid\b/iu.test(text)) return 'said';
  if (intent === 'where' && POST_TITLES.some((title) => text.includes(title))) return 'role';
  return intent;
}
