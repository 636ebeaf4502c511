import { foldText } from '../../language/fold.js';
import { askedRelation, ASKS_WHO_HOLDS, writesRelation } from '../../language/titles.js';
import type { Concept } from '../concepts.js';
import type { AskContext } from '../draft.js';
import { prepareArticle } from '../reader/prepare.js';
import { conceptIn } from '../retrieve.js';

// "张三的丈夫是谁？" asks for someone of a person the question names: their kin, their counsel, the
// holder of a post of theirs. The named person's own post, description or words are no answer.

/** Nouns after "X的" that ask about X themself (张三的职务是什么), not about someone of theirs. */
const OWN = /^(?:职务|职位|身份|职业|头衔|工作|名字|全名|本名|真名|原名|官职|岗位|角色)/u;

/** A noun right after the name a question asks the holder of (某某的丈夫是谁 → 丈夫). */
const AFTER_NAME = new RegExp(`^(?:的|之|及其|其)?(\\p{Script=Han}{1,4}?)${ASKS_WHO_HOLDS}`, 'u');

/** The same in English, after a possessive ("Zhang San's position"). */
const OWN_EN = /^(?:post|position|job|title|role|occupation|profession|name|full|real|official|office)$/iu;

/**
 * "张三的丈夫是谁？", "李四的律师叫什么？": the question names a person and asks for another — their
 * kin, their counsel — so the named one's post or words are no answer.
 */
export function asksSomeoneOf(question: string, people: readonly string[]): string | undefined {
  // "Who was Zhang San's lawyer?": a possessive before the noun asked, in English (names are in pinyin there).
  const possessed = /\b(?:who (?:is|was|are|were)|name of)\b.*?['’]s\s+([a-z]+)\b/iu.exec(question)?.[1];
  if (possessed) return OWN_EN.test(possessed) ? undefined : possessed;
  for (const name of people) {
    const at = question.indexOf(name);
    if (at < 0) continue;
    const noun = AFTER_NAME.exec(question.slice(at + name.length))?.[1];
    if (noun !== undefined && !OWN.test(noun)) return noun;
  }
  // Of someone the article names without a post (no fact knows them): a kin or post word after 的.
  return askedRelation(question);
}

/** The question's concept of the relation asked (its article words), when the question has one. */
function conceptOf(relation: string, context: AskContext): Concept | undefined {
  const wanted = relation.toLowerCase();
  // …or the phrase the relation's word begins (board of "the company's board secretary": 董秘).
  return context.understood.concepts.find((c) => c.label.toLowerCase() === wanted) ?? context.understood.concepts.find((c) => c.label.toLowerCase().split(' ')[0] === wanted);
}

/** Whether the article writes the relation asked anywhere: the Chinese word, or an article word for the English one. */
export function relationWritten(relation: string, context: AskContext): boolean {
  // An English word reaches the article only through the dictionary; a Chinese one is looked for in its ways (writesRelation).
  const concept = /^[a-z]/iu.test(relation) ? conceptOf(relation, context) : undefined;
  if (concept) return concept.found;
  const { text } = prepareArticle(context.article);
  // The prepared article is in the one script of matching; the question as the user wrote it.
  return writesRelation(foldText(relation), (part) => text.includes(part));
}

/** Whether a post names the relation asked (丈夫, or an article word for "lawyer"), not only the person it is of. */
export function holdsRelation(post: string, relation: string, context: AskContext): boolean {
  if (post.includes(relation)) return true;
  const concept = conceptOf(relation, context);
  return concept !== undefined && conceptIn(concept, post, context.knowledge) !== undefined;
}
