import { romanizeName } from '../../language/pinyin.js';
import { tagWords } from '../../language/segmenter.js';
import { surnameLength } from '../../language/surnames.js';
import { namesInQuestion } from '../reader/names.js';
import { THIRD_PERSON_ZH } from '../reader/analyse.js';
import { WHAT_PERSON_IS_ZH } from '../classify.js';
import { prepareArticle } from '../reader/prepare.js';
import { glossChinese } from '../gloss.js';
import { pick, sentencePassage, type AskContext, type Draft } from '../draft.js';

/**
 * A clause that says what someone is, with a measure word before the noun (是一名货车司机, 系一位退休
 *教师, 出事前是一名货车司机): the measure word marks a description of the person, where a bare 是 is
 * as often a place of origin or a judgement (是温州人, 是好人). A few words of time or manner
 * may open the clause (出事前, 生前, 曾).
 */
const DESCRIPTION = /^([^，,。；;！？“”]{0,8}?)(?:是|系)(?:一名|一位|一个|名|位)([^，,。；;！？、“”《》()（）]{2,16})$/u;

/**
 * A clause that gives the post someone holds (担任后端开发工程师, 现任公司副总经理, 身为村支书): a
 * post ends in a noun, and may hold the verb of its trade (开发工程师).
 */
const POST_HELD = /^([^，,。；;！？“”]{0,8}?)(?:担任|出任|现任|曾任|升任|兼任|身为)([^，,。；;！？、“”《》()（）]{2,16})$/u;

/** Whether a post held names one (后端开发工程师): its last word is a common noun. */
function namesAPost(noun: string): boolean {
  const last = tagWords(noun).at(-1);
  return last !== undefined && /^n(?!r|s|t)/u.test(last.tag) && last.word.length >= 2;
}

/** A parenthesis right after a name (its dates, its Latin spelling) is skipped to reach the apposition. */
const AFTER_NAME_PARENTHESIS = /^[（(][^）)]{0,40}[）)]/u;

/**
 * An apposition right after the name (某甲，漫画家；某乙（1983年－），足球运动员): a clause
 * made only of nouns and their modifiers, ending in a common noun, with no verb.
 */
function apposition(sentence: string, name: string): string | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  const rest = sentence.slice(at + name.length).replace(AFTER_NAME_PARENTHESIS, '');
  const match = /^[，,]([^，,。；;！？“”]{2,16})[，,。；;]/u.exec(rest);
  if (!match) return undefined;
  const words = tagWords(match[1]!);
  const last = words[words.length - 1];
  if (!last || !/^n(?!r)/u.test(last.tag) || last.word.length < 2) return undefined;
  if (words.some((w) => /^[vpcdrum]/u.test(w.tag) && !/^vn/u.test(w.tag))) return undefined;
  return match[1]!;
}

/** Clauses after a name, until another person of the article takes over as the subject. */
function clausesAfter(sentence: string, name: string, others: readonly string[]): string[] {
  const at = sentence.indexOf(name);
  if (at < 0) return [];
  const clauses: string[] = [];
  for (const clause of sentence.slice(at + name.length).replace(/[。！？!?…”」]+$/u, '').split(/[，,；;：:]/u)) {
    if (others.some((other) => clause.includes(other))) break;
    clauses.push(clause.trim());
  }
  return clauses;
}

/**
 * Whether what follows 是一名 is a kind of person (退休教师, 包工头) and not an event told of someone
 * else (原来是一名老人不慎跌入了水沟): it ends in a noun and holds no verb.
 */
function namesAKind(noun: string): boolean {
  const words = tagWords(noun);
  const last = words[words.length - 1];
  return last !== undefined && /^n/u.test(last.tag) && !words.some((w) => /^v(?!n)/u.test(w.tag));
}

interface Description {
  name: string;
  /** The clause as written (出事前是一名货车司机) and the noun it gives (货车司机). */
  clause: string;
  noun: string;
  paragraph: number;
  sentence: number;
}

/** The first clause of the article that says what the person is, in article order. */
function describe(context: AskContext, name: string): Description | undefined {
  const others = [...context.knowledge.names].filter((n) => n !== name && !name.includes(n) && !n.includes(name));
  for (const paragraph of context.article.paragraphs) {
    for (const [index, sentence] of paragraph.sentences.entries()) {
      const appositive = apposition(sentence, name);
      if (appositive) return { name, clause: appositive, noun: appositive, paragraph: paragraph.n, sentence: index };
      for (const clause of clausesAfter(sentence, name, others)) {
        const match = DESCRIPTION.exec(clause);
        if (match && namesAKind(match[2]!)) return { name, clause, noun: match[2]!, paragraph: paragraph.n, sentence: index };
        const post = POST_HELD.exec(clause);
        if (post && namesAPost(post[2]!)) return { name, clause, noun: post[2]!, paragraph: paragraph.n, sentence: index };
      }
    }
  }
  // Else, asked only who they are, the noun the article first sets right before the name
  // (这家的男主人某某, 路过男子某某).
  if (!ASKS_WHO_ONLY.test(context.understood.question.text)) return undefined;
  for (const paragraph of context.article.paragraphs) {
    for (const [index, sentence] of paragraph.sentences.entries()) {
      const before = kindBefore(sentence, name);
      if (before) return { name, clause: `${before}${name}`, noun: before, paragraph: paragraph.n, sentence: index };
    }
  }
  return undefined;
}

/**
 * A question asking nothing but who or what someone is (是谁, 是做什么的, "what is X's job"): the noun
 * set before the name (资深营养师某某) says it. Not 什么人 inside a question (还需要什么人员).
 */
const ASKS_WHO_ONLY = /^\s*who (?:is|was)\b|\b(?:job|occupation|profession|professional title)\b|(?:是谁|是什么人|是做什么的|是干什么的|(?:的)?(?:职业|身份)是什么|是什么身份)[？?。\s]*$/iu;

/** Tags of the words a noun phrase before a name is made of: nouns, distinctions, adjectives, 的. */
const KIND_WORD = /^(?:n(?!r|s|t)|b|a|uj)/u;

/** The noun phrase right before a person's name in the sentence, ending in a common noun of two characters or more. */
function kindBefore(sentence: string, name: string): string | undefined {
  const at = sentence.indexOf(name);
  if (at <= 0) return undefined;
  // Only a person's name, which opens with a surname: a place the question spells (Hebei) is described by no noun before it.
  if (surnameLength(name) === 0 || tagWords(sentence).some((w) => w.word === name && /^ns/u.test(w.tag))) return undefined;
  const words = tagWords(sentence.slice(Math.max(0, at - 12), at));
  const last = words[words.length - 1];
  if (!last || !/^n(?!r|s|t)/u.test(last.tag) || last.word.length < 2) return undefined;
  let start = words.length;
  while (start > 0 && KIND_WORD.test(words[start - 1]!.tag)) start--;
  const phrase = words.slice(start).map((w) => w.word).join('').replace(/^的+/u, '');
  return phrase.length >= 2 ? phrase : undefined;
}

/** Words asking who holds the post the question writes (哪一个人, 哪位, 谁担任…); not 是谁 at its end, which asks what someone is. */
const ASKS_WHO_TAKES_THE_POST = /哪一?[个位名]人|哪位|何人|谁(?![？?。\s]*$)/u;


/**
 * Wording that asks what someone is (their occupation, who they are), not which post they held when:
 * 担任什么职务 is the posts' business (role.ts).
 */
const ASKS_WHAT_PERSON_IS_ZH = new RegExp(WHAT_PERSON_IS_ZH.join('|'), 'u');
// "Who is Zhou Lixin?" asks what he is; "Who is the general manager of…?" asks who holds a post,
// whatever name the rest of it spells (a town's, in the group's name).
const ASKS_WHAT_PERSON_IS_EN = /\boccupation\b|\bprofession\b|\b(?:professional|job) title\b|for a living|\bjob\b|\bwhat (?:does|did) \S+(?: \S+)? do\b|\bwho (?:is|was)\b(?!\s+(?:the|a|an|this|that|his|her|their|its)\b)/iu;

/** The words a Chinese question opens with before asking what someone is. */
const ASKED_SUBJECT = new RegExp(`^(\\p{Script=Han}[\\p{Script=Han}·・]{1,7}?)(?:现在|目前|现今|当时|原来|之前)?(?:的)?是?(?:${WHAT_PERSON_IS_ZH.join('|')})`, 'u');

/**
 * The people a question names: those the article's facts know, a person's name jieba tags in the
 * question (a man the report names only in passing is no fact yet), and a name spelled in pinyin.
 */
function askedPeople(context: AskContext): string[] {
  const { text } = context.understood.question;
  const prepared = prepareArticle(context.article);
  const tagged = tagWords(text).filter((t) => t.tag === 'nr' && t.word.length >= 2 && prepared.text.includes(t.word)).map((t) => t.word);
  // Whoever the question opens with, before it asks what they are (某甲的职业是什么): a name jieba
  // does not know as one is still the subject.
  const opening = ASKED_SUBJECT.exec(text)?.[1];
  const subject = opening && prepared.text.includes(opening) ? [opening] : [];
  const named = [...new Set([...context.understood.people, ...tagged, ...subject, ...namesInQuestion(text, prepared)])];
  // "他是做什么工作的？" with no one named: the person the article names most (its protagonist).
  const main = named.length === 0 && (THIRD_PERSON_ZH.test(text) || HIS_OR_HER.test(text)) ? prepared.protagonist : undefined;
  return main ? [main] : named;
}

/** An English pronoun for one person as a question of what they do writes it (what is his job, what does she do). */
const HIS_OR_HER = /\b(?:he|she|his|her)\b/iu;

/**
 * "张明是做什么的？", "What did he do for a living?": for a person the article names with no post
 * beside the name, what it says the person is.
 */
export function respondDescribed(context: AskContext): Draft | undefined {
  const { text } = context.understood.question;
  if (!ASKS_WHAT_PERSON_IS_ZH.test(text) && !ASKS_WHAT_PERSON_IS_EN.test(text)) return undefined;
  // 邀请了哪一个人担任国务总理的职位: who holds a post, not what post someone holds.
  if (ASKS_WHO_TAKES_THE_POST.test(text)) return undefined;
  const found = askedPeople(context).map((name) => describe(context, name)).find((d) => d !== undefined);
  if (!found) return undefined;
  const { language, article, knowledge } = context;
  const gloss = glossChinese(found.noun, knowledge.lexicon);
  return {
    // A ternary, not pick(): the English side romanizes, which a Chinese reply must not pay for (pinyin.ts).
    headline: language === 'zh' ? `${found.name}：${found.clause}` : `${romanizeName(found.name)} (${found.name}): ${found.clause}${gloss ? ` — ${gloss}` : ''}`,
    direct: found.noun,
    facts: [],
    passages: [sentencePassage(article, found.paragraph, [found.sentence], 1, [found.name])],
  };
}
