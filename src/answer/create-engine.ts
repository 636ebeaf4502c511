import type { Article } from '../article/types.js';
import { Lru } from '../util/lru.js';
import { romanizeName } from '../language/pinyin.js';
import { NAME_DOT } from '../language/transliterated.js';
import { MAX_QUESTION_CHARS } from '../language/normalize.js';
import { asWritten, foldText } from '../language/fold.js';
import { answersFromFacts, respond } from './dispatch.js';
import { pick, refusal, type AskContext, type Draft } from './draft.js';
import type { Engine } from './engine.js';
import type { Knowledge } from './knowledge.js';
import { chooseArticle as chooseBestArticle } from './choose-article.js';
import { inWriting, WrittenText } from './written.js';
import { joinAnswers } from './joined.js';
import { asksPerson, inContextOf, questionParts } from './question-parts.js';
import type { Answer, Intent, Language } from './types.js';
import { understandQuestion, type Understood } from './understand.js';

/** Questions per intent for the fixed commands, in the language the reply should be in. */
const INTENT_QUESTIONS: Record<Language, Partial<Record<Intent, string>>> = {
  zh: { attendees: '哪些人参加了？', agreements: '签署了哪些协议？', visits: '考察了哪些地方？', summary: '这篇文章主要讲了什么？' },
  en: { attendees: 'Who attended?', agreements: 'What agreements were signed?', visits: 'Which places were visited?', summary: 'What is the article about?' },
};

/** The question an intent command asks (the summary's, for an intent with none of its own), in the reply's language. */
export function intentQuestion(intent: Intent, language: Language): string {
  return INTENT_QUESTIONS[language][intent] ?? INTENT_QUESTIONS[language].summary!;
}

/** Articles whose written text is kept indexed for quoting (the most recently asked about). */
const WRITTEN_KEPT = 256;

/**
 * The engine over `knowledge`, built from the articles in one script (`foldArticle`); `written` are
 * the same articles as their files write them, which every reply quotes and every face shows.
 */
export function createEngine(knowledge: Knowledge, skipped: { file: string; reason: string }[] = [], written: readonly Article[] = knowledge.articles): Engine {
  const { articles } = knowledge;
  const writtenById = new Map(written.map((a) => [a.id, a]));
  // The written text of an article is indexed for quoting on its first answer, not at start: a large library answers from few.
  const writing = new Lru<string, { article: Article; text: WrittenText }>(WRITTEN_KEPT);
  const writingOf = (id: string) => {
    const article = writtenById.get(id);
    if (!article) return undefined;
    return writing.get(id) ?? writing.set(id, { article, text: new WrittenText(article) });
  };
  const byId = new Map(articles.map((a) => [a.id, a]));

  /** The article a question is about: the one asked for, else the one holding the best-covering sentence. */
  function chooseArticle(understood: Understood, articleId?: string): Article {
    const asked = articleId ? byId.get(articleId) : undefined;
    if (asked || articles.length === 1) return asked ?? articles[0]!;
    return chooseBestArticle(knowledge, understood, byId, articles[0]!);
  }

  function finish(understood: Understood, article: Article, found: Draft): Answer {
    const draft = withSubstance(found, understood.question.language);
    const answer: Answer = {
      question: understood.question,
      intent: understood.question.intent,
      language: understood.question.language,
      headline: draft.headline,
      direct: draft.abstained ? '' : draft.direct,
      facts: draft.abstained ? [] : draft.facts,
      passages: draft.abstained ? [] : draft.passages.slice(0, 3),
      abstained: draft.abstained ?? false,
      article: { id: article.id, title: article.title, date: article.date },
    };
    const own = writingOf(article.id);
    return own ? inWriting(answer, own.text, own.article) : answer;
  }

  /**
   * A message asking several questions (question-parts.ts): the first answered as asked, each later
   * one in the light of those before it and of the first answer, from the first one's article, and
   * the answers given together.
   */
  function answerParts(raw: string, parts: readonly string[], articleId?: string, replyIn?: Language): Answer {
    const whole = understandQuestion(raw.slice(0, MAX_QUESTION_CHARS * 4), knowledge);
    const language = replyIn ?? whole.question.language;
    const first = answerOne(parts[0]!, undefined, articleId, language);
    const pinned = articleId ?? (first.abstained ? undefined : first.article.id);
    // The person the first answer names is whom a later 他 or "she" means.
    const person = !first.abstained && asksPerson(parts[0]!) ? first.direct.split(/[；;（(，,、\s]/u)[0] : undefined;
    // A later question is often bare (今年多大？ after 被告叫什么名字？): it is asked with what the ones before it are about.
    // And it asks of the same thing: its answer is looked for first beside the first one.
    const earlier = first.abstained ? undefined : foldText(first.direct.split(/[；;]/u)[0]!.trim()) || undefined;
    const later = parts.slice(1).map((part, i) => answerOne(inContextOf(part, parts.slice(0, i + 1), person || undefined), undefined, pinned, language, earlier));
    return joinAnswers({ ...whole.question, language }, [first, ...later]);
  }

  function answer(raw: string, intent: Intent | undefined, articleId?: string, replyIn?: Language): Answer {
    const parts = intent ? [] : questionParts(raw.slice(0, MAX_QUESTION_CHARS * 4));
    return parts.length >= 2 ? answerParts(raw, parts, articleId, replyIn) : answerOne(raw, intent, articleId, replyIn);
  }

  function answerOne(raw: string, intent: Intent | undefined, articleId?: string, replyIn?: Language, earlier?: string): Answer {
    const understood = understandQuestion(raw.slice(0, MAX_QUESTION_CHARS * 4), knowledge, intent);
    if (replyIn) understood.question.language = replyIn;
    const { language } = understood.question;
    // Refusals need no article search: the asked-for or first article stands in for the citation line.
    const fallback = (articleId && byId.get(articleId)) || articles[0]!;
    if (!understood.question.text) {
      return finish(understood, fallback, refusal(pick(language, '请输入一个关于文章的问题。', 'Please ask a question about the article.')));
    }
    // Letters, but neither Chinese nor Latin: say which languages the bot reads, in both.
    if (!/[\p{Script=Han}A-Za-z]/u.test(understood.question.text) && /\p{L}/u.test(understood.question.text)) {
      return finish(understood, fallback, refusal('我只能回答中文或英文的问题。 I answer questions in Chinese or English.'));
    }
    // A name, number or time the articles never mention: nothing in them can answer. Nor can they
    // give the value of a thing an English question asks of ("what is X's population") that they
    // write in none of the dictionary's ways (a Chinese one is the reader's to weigh, as in training).
    const unvalued = understood.concepts.find((c) => c.asked && !c.found && /^[a-z]/i.test(c.label));
    // A name only partly written (Acme Cloud where the article reports on Acme) is another thing
    // than the article's, whatever is asked of it, so it is the one named; a summary names nothing to lack.
    const missing = understood.concepts.find((c) => c.namePart) ?? unvalued ?? understood.concepts.find((c) => c.salient && !c.found);
    const unwritten = (missing?.namePart || unvalued) && understood.question.intent !== 'summary';
    if (missing && (unwritten || answersFromFacts(understood.question.intent))) {
      // Named as the question wrote it (國際協會, BCPL), not as the engine matched it (国际协会, bcpl).
      const label = asWritten(missing.label, understood.question.raw);
      return finish(understood, fallback, refusal(pick(language, `文章没有提到“${label}”。`, `The article does not mention “${label}”.`)));
    }
    const article = chooseArticle(understood, articleId);
    const context: AskContext = { knowledge, understood, article, facts: knowledge.facts.get(article.id)!, language, earlier: article.id === articleId ? earlier : undefined };
    const draft = respond(understood.question.intent, context);
    // A summary's headline is the article's own title: names stay as printed there.
    if (language === 'en' && understood.question.intent !== 'summary') draft.headline = romanizeHeadline(draft.headline, context);
    return finish(understood, article, draft);
  }

  return {
    knowledge,
    articles: written,
    skipped,
    ask: (question, options) => answer(question, undefined, options?.articleId, options?.language),
    answerIntent: (intent, language, options) =>
      answer(intentQuestion(intent, language), intent, options?.articleId),
    suggest(prefix, limit = 25) {
      return suggestQuestions(knowledge, prefix, limit);
    },
  };
}

/**
 * A reply is never an empty quotation: passages without text are dropped, and a draft left with no
 * short answer, no fact and no passage is what it is, a refusal.
 */
function withSubstance(draft: Draft, language: Language): Draft {
  if (draft.abstained) return draft;
  const passages = draft.passages.filter((p) => p.text.trim() !== '');
  if (draft.direct.trim() || draft.facts.length > 0 || passages.length > 0) return { ...draft, passages };
  return refusal(pick(language, '文章没有提到这一点。', 'The article does not say.'));
}

/** English headlines name people in characters and pinyin: 张三 (Zhang San). */
function romanizeHeadline(headline: string, context: AskContext): string {
  const names = [...new Set(context.facts.people.map((p) => p.name))].sort((a, b) => b.length - a.length);
  let text = headline;
  for (const name of names) {
    if (text.includes(name) && !text.includes(`${name} (`) && !text.includes(`${name} ${romanizeName(name)}`)) {
      text = text.replace(name, `${name} (${romanizeName(name)})`);
    }
  }
  return text;
}

const suggestionLists = new WeakMap<Knowledge, string[]>();

/** The questions autocomplete offers: the fixed ones, and one per speaker and per person. Built once, not per keystroke. */
function suggestionList(knowledge: Knowledge): string[] {
  let list = suggestionLists.get(knowledge);
  if (!list) {
    const speakers = new Set([...knowledge.facts.values()].flatMap((f) => f.statements.map((s) => s.speaker)));
    list = [
      ...Object.values(INTENT_QUESTIONS.zh),
      ...Object.values(INTENT_QUESTIONS.en),
      // A foreign name (哈里·苏马迪) has no pinyin a reader of English would type: Chinese only.
      ...[...speakers].flatMap((name) => (NAME_DOT.test(name) ? [`${name}说了什么？`] : [`${name}说了什么？`, `What did ${romanizeName(name)} say?`])),
      ...[...knowledge.names].map((name) => `${name}是什么职务？`),
    ];
    suggestionLists.set(knowledge, list);
  }
  return list;
}

/** Autocomplete: the questions above that contain what was typed, then index terms that start with it. */
function suggestQuestions(knowledge: Knowledge, prefix: string, limit: number): string[] {
  const typed = prefix.trim().toLowerCase();
  const generated = suggestionList(knowledge);
  const matches = typed ? generated.filter((q) => q.toLowerCase().includes(typed)) : generated;
  const completions = typed ? knowledge.index.completions(typed, limit).map((term) => `${term}？`) : [];
  return [...new Set([...matches, ...completions])].filter((s) => s.length >= 1 && s.length <= 100).slice(0, limit);
}
