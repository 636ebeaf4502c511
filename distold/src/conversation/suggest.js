import { prepareArticle } from '../answer/reader/prepare.js';
import { romanizeName } from '../language/pinyin.js';
import { analysedArticle } from './people.js';
/** Longest suggestion: short enough to read on a button and to travel inside one. */
export const MAX_SUGGESTION_CHARS = 60;
/**
 * Two or three natural next questions after an exchange, made from its article's own facts, in
 * the question's language: what the person just named said and which post they hold, who spoke,
 * what was signed, where they went, who took part, what the article is about. Each stands alone
 * (no pronoun), so it can be asked by anyone, later, without the conversation.
 */
export function suggestQuestions(engine, exchange, limit = 3) {
    const { knowledge } = engine;
    const facts = knowledge.facts.get(exchange.articleId);
    const article = analysedArticle(knowledge, exchange.articleId);
    if (!facts || !article)
        return [];
    const zh = exchange.language === 'zh';
    const name = (n) => (zh ? n : romanizeName(n));
    const speakers = [...new Set(facts.statements.map((s) => s.speaker))];
    const withPost = new Set(facts.people.map((p) => p.name));
    const person = exchange.people[0];
    const candidates = [];
    const ask = (when, question) => {
        if (when)
            candidates.push(question);
    };
    const speaks = Boolean(person && speakers.includes(person));
    ask(speaks && exchange.intent !== 'said', zh ? `${person}说了什么？` : `What did ${name(person ?? '')} say?`);
    ask(!speaks && Boolean(person && withPost.has(person)) && exchange.intent !== 'role', zh ? `${person}是什么职务？` : `What is ${name(person ?? '')}'s post?`);
    ask(facts.agreements.length > 0 && exchange.intent !== 'agreements', zh ? '签署了哪些协议？' : 'What agreements were signed?');
    ask(facts.visits.length > 0 && exchange.intent !== 'visits', zh ? '考察了哪些地方？' : 'Which places were visited?');
    const speaker = speakers.find((s) => !exchange.people.includes(s));
    ask(Boolean(speaker), zh ? `${speaker}说了什么？` : `What did ${name(speaker ?? '')} say?`);
    ask(facts.people.length >= 2 && exchange.intent !== 'attendees', zh ? '哪些人参加了？' : 'Who attended?');
    const protagonist = prepareArticle(article).protagonist;
    ask(Boolean(protagonist && !exchange.people.includes(protagonist)), zh ? `${protagonist}是谁？` : `Who is ${name(protagonist ?? '')}?`);
    ask(exchange.intent !== 'summary', zh ? '这篇文章主要讲了什么？' : 'What is the article about?');
    const asked = exchange.question.trim();
    return [...new Set(candidates)].filter((q) => q !== asked && [...q].length <= MAX_SUGGESTION_CHARS).slice(0, limit);
}
//# sourceMappingURL=suggest.js.map