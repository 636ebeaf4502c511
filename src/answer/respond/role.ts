import { romanizeName } from '../../language/pinyin.js';
import { DEPUTY_MARK, GENERIC_POSTS } from '../../language/titles.js';
import { sentencePassage, pick, type AskContext, type Draft } from '../draft.js';
import { conceptIn } from '../retrieve.js';
import type { PersonMention } from '../facts/types.js';
import { distinctPeople, personFact } from './people.js';

const ASKS_DEPUTY = /副|deputy|vice|assistant|executive/iu;

/** How well a person's post answers "who is the <post> of <place>": post words, the place, no unasked 副. */
function postScore(person: PersonMention, context: AskContext): number {
  const { concepts, places, question } = context.understood;
  const segments = person.post.split(/、/u);
  let score = 0;
  let titled = false;
  for (const concept of concepts) {
    if (concept.cue) continue;
    const isPlace = concept.alternatives.some((a) => places.some((p) => p.startsWith(a.word)));
    if (isPlace) continue;
    let best = 0;
    for (const segment of segments) {
      const found = conceptIn(concept, segment, context.knowledge);
      if (!found) continue;
      const deputy = DEPUTY_MARK.test(segment) && !ASKS_DEPUTY.test(question.text);
      best = Math.max(best, deputy ? -1 : found.strength * concept.weight);
    }
    if (best > 0) titled = true;
    score += best;
  }
  if (!titled) return 0;
  // The question names the post as written (市人大常委会主任是谁): that post, not one that merely contains its words.
  if (segments.some((segment) => question.text.includes(segment))) score += 1;
  if (places.length > 0) score += person.sides.some((s) => places.includes(s)) ? (person.sides.length === 1 ? 2 : 0.5) : -2;
  return score;
}

/** "What is X's post?" → the post as written; "Who is the governor of Y?" → the person whose post says so. */
/** "Who wrote this?": the byline, which is about the article rather than in it. */
const ASKS_AUTHOR = /记者|作者|谁写|撰稿|署名|\bwho wrote\b|\bauthors?\b|\breporters?\b|\bjournalists?\b|\bbyline\b|\bwritten by\b/iu;

/** A reporter named in the lead (本报讯（记者 刘洋）…) when there is no trailing byline. */
function leadReporters(context: AskContext): string[] {
  const lead = context.article.paragraphs[0]?.text ?? '';
  const match = /[（(](?:本报)?记者\s*((?:\p{Script=Han}{2,4}[\s、]*)+)[）)]/u.exec(lead);
  return match ? match[1]!.split(/[\s、]+/u).filter(Boolean) : [];
}

function respondAuthor(context: AskContext): Draft | undefined {
  const { article, language } = context;
  const byline = article.byline && article.byline.length > 0 ? article.byline : leadReporters(context);
  if (byline.length === 0) return undefined;
  const names = byline.join('、');
  const last = article.paragraphs.at(-1);
  return {
    headline: pick(language, `记者：${names}`, `Written by ${names} (${byline.map(romanizeName).join(', ')})`),
    direct: names,
    facts: byline.map((name) => ({ kind: "person" as const, text: name, paragraph: article.byline?.length ? (last?.n ?? 0) : 1, detail: pick(language, '记者', 'reporter'), gloss: romanizeName(name) })),
    passages: [],
  };
}

export function respondRole(context: AskContext): Draft | undefined {
  const { facts, understood, language, knowledge, article } = context;
  if (ASKS_AUTHOR.test(understood.question.text)) return respondAuthor(context);
  const people = distinctPeople(facts.people, GENERIC_POSTS);
  const named = people.filter((p) => understood.people.includes(p.name));
  if (named.length > 0) {
    const facts = named.map((p) => personFact(p, knowledge));
    const first = named[0]!;
    return {
      headline: pick(language, `${first.name}：${first.post}`, `${first.name} (${facts[0]!.gloss}) is ${first.post}${facts[0]!.detailGloss ? ` — ${facts[0]!.detailGloss}` : ''}`),
      direct: named.map((p) => p.post).join('；'),
      facts,
      passages: named.map((p) => sentencePassage(article, p.paragraph, [p.sentence], 1, [p.name])),
    };
  }
  const { people: chosen, score: top } = peopleByPost(context);
  if (chosen.length === 0) return undefined;
  const facts2 = chosen.map((p) => personFact(p, knowledge));
  const who = chosen.map((p) => `${p.name}（${p.post}）`).join('、');
  return {
    headline: pick(language, `是${who}`, `${chosen.map((p, i) => `${p.name} ${facts2[i]!.gloss} — ${p.post}`).join('; ')}`),
    direct: who,
    facts: facts2,
    passages: chosen.map((p) => sentencePassage(article, p.paragraph, [p.sentence], top, [p.name])),
  };
}

/** The people whose post best fits the question's words ("the vice mayor", 江苏省省长), tied best first. */
export function peopleByPost(context: AskContext): { people: PersonMention[]; score: number } {
  const people = distinctPeople(context.facts.people, GENERIC_POSTS);
  const scored = people.map((person) => ({ person, score: postScore(person, context) })).filter((s) => s.score > 0);
  if (scored.length === 0) return { people: [], score: 0 };
  const top = Math.max(...scored.map((s) => s.score));
  return { people: scored.filter((s) => s.score === top).map((s) => s.person), score: top };
}
