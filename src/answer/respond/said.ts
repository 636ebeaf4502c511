import { analyseQuestion, THIRD_PERSON_ZH } from '../reader/analyse.js';
import { foldText } from '../../language/fold.js';
import { mergeByParagraph, pick, refusal, statementDocs, type AskContext, type Draft } from '../draft.js';
import { rankSentences, type RankedSentence } from '../retrieve.js';
import { overviewOfRemarks } from './overview.js';
import { englishSpeechVerbs } from '../../language/speech-verbs.js';
import { peopleByPost } from './role.js';
import type { SentenceDoc } from '../../search/types.js';
import type { Statement } from '../facts/types.js';

/** Share of a statement's sentences a bare "what did X say" quotes, before the text budget cuts. */
const MAX_SENTENCES = 8;

/** A sentence that goes on with a list the one before opened (第一，…； / 第二，…): said in the same breath. */
const GOES_ON = /^(?:第[二三四五六七八九十]|其次|再次|此外|另外|[二三四五六七八九十]是|最后)/u;

/**
 * The remarks that match the question, each followed by the sentences that go on with its list
 * (郑某解读称，…两方面原因：第一，… / 第二，…原材料价格上涨): the second reason names none of the question's words.
 */
function withEnumeration(matched: readonly RankedSentence[], all: readonly RankedSentence[]): RankedSentence[] {
  const chosen: RankedSentence[] = [];
  for (const first of matched) {
    if (chosen.includes(first)) continue;
    chosen.push(first);
    for (let sentence = first.doc.sentence + 1; ; sentence++) {
      const next = all.find((r) => r.doc.paragraph === first.doc.paragraph && r.doc.sentence === sentence);
      if (!next || !GOES_ON.test(next.doc.text) || matched.includes(next) || chosen.includes(next)) break;
      chosen.push(next);
    }
  }
  return chosen;
}

/**
 * What a remark says, after its speaker's verb of speech and the mark that opens the words (表示：“…”,
 * 说，…), its quotation marks taken off: the short answer to what was said. A remark that goes on
 * from the sentence before (no verb of its speaker in it) is said whole.
 */
function wordsSaid(remark: Statement): string {
  const from = Math.max(0, remark.text.indexOf(remark.speaker));
  const at = remark.text.indexOf(remark.verb, from);
  const rest = at < 0 ? remark.text : remark.text.slice(at + remark.verb.length);
  // The verb's aspect particle (介绍了, 说道), and a second verb of speech (解读称), are the verb's, not the words'.
  const words = rest.replace(/^[了道着过]?(?:称|说|表示)?[：:，,\s]*/u, '').replace(SENTENCE_END, '');
  const quoted = /^[“「『"]([^“”「」『』"]+)[”」』"]$/u.exec(words)?.[1];
  return shortened((quoted ?? words).replace(SENTENCE_END, ''));
}

/** Marks that end a sentence, at the end of a remark or of its quotation. */
const SENTENCE_END = /[。！？!?]+$/u;

/** Longest short answer to what was said, in characters: longer remarks are given up to a clause mark before it. */
const SAID_MAX = 60;

/** A long remark cut at its last clause mark within SAID_MAX (the passage quotes it whole); '' when it has none. */
function shortened(words: string): string {
  if (words.length <= SAID_MAX) return words;
  const head = words.slice(0, SAID_MAX);
  const at = Math.max(...[...'，；：,;:'].map((mark) => head.lastIndexOf(mark)));
  return at >= SAID_MAX / 4 ? words.slice(0, at) : '';
}

/** A third-person pronoun standing for a person (他, 她, he, she), not 其他 or 他们. */
const refersToSomeone = (text: string) => THIRD_PERSON_ZH.test(text) || /\b(?:he|she|him|her)\b/i.test(text);

/** The speaker of most of the article's statements, if they speak more than everyone else together. */
function mainSpeaker(statements: readonly { speaker: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] * 2 > statements.length ? top[0] : undefined;
}

/**
 * What a named person said: their statements ranked by what the question asks about, or all of
 * them in order when it asks about nothing in particular. A person the article names but never
 * quotes gets an honest "not reported".
 */
export function respondSaid(context: AskContext): Draft | undefined {
  const { facts, understood, language, knowledge, article } = context;
  // Named, or described by post ("what did the vice mayor say").
  const described = understood.people.length === 0 ? peopleByPost(context).people.map((p) => p.name) : [];
  // "他说了什么？" asked with no one named, and no conversation to say who: the person the article
  // quotes most, when one is quoted more than all others together.
  const referred = understood.people.length === 0 && described.length === 0 && refersToSomeone(understood.question.text) ? mainSpeaker(facts.statements) : undefined;
  const candidates = [...understood.people, ...described, ...(referred ? [referred] : [])];
  const speaker = candidates.find((name) => facts.statements.some((s) => s.speaker === name)) ?? candidates[0];
  if (!speaker) return undefined;
  const statements = facts.statements.filter((s) => s.speaker === speaker);
  if (statements.length === 0) {
    // "他为什么希望…" asks why, not what was said: the article may tell the reason though it quotes
    // no one, so it is read for the answer. (Asked how, 他怎么说, is still asked what was said.)
    if (analyseQuestion(foldText(understood.question.text)).type === 'reason') return undefined;
    return refusal(pick(language, `文章没有报道${speaker}讲了什么。`, `The article does not report what ${speaker} said.`));
  }
  const docs = statementDocs(context, speaker);
  // Words naming the speaker (their name, their post) say whose words, not which of them.
  const posts = facts.people.filter((p) => p.name === speaker).map((p) => p.post).join(' ');
  const speakerWords = new Set(
    understood.concepts
      .filter((c) => c.alternatives.some((a) => a.word === speaker || (a.word.length >= 2 && posts.includes(a.word))))
      .map((c) => c.label),
  );
  // Words the article writes around the speaker's remarks but not in them (梁某在指挥部坐镇调度。他说：
  // “…”, asked 坐镇调度时说了什么) say when or where the remarks were made, not what they were about.
  const around = article.paragraphs.filter((p) => statements.some((s) => s.paragraph === p.n)).map((p) => p.text).join('');
  const said = docs.map((d) => d.text).join('');
  const writtenIn = (text: string) => (c: (typeof understood.concepts)[number]) => c.alternatives.some((a) => a.word.length >= 2 && text.includes(a.word));
  const setting = (c: (typeof understood.concepts)[number]) => writtenIn(around)(c) && !writtenIn(said)(c);
  const topic = understood.concepts.filter((c) => !c.cue && !speakerWords.has(c.label) && !setting(c));
  const ranked = rankSentences(knowledge, understood.concepts, { articleId: article.id, within: docs, ignore: speakerWords });
  let chosen = ranked;
  // An English topic word reaches the article only through a dictionary's senses (ceasefire is 停火,
  // the article writes 休战): when none of its words meet the remarks, they are quoted in order
  // rather than called silent on it. A Chinese topic word they lack is an honest "not covered".
  const matched = ranked.filter((r) => r.coverage > 0);
  const onlyEnglish = topic.every((c) => /^[A-Za-z]/.test(c.label));
  if (topic.length > 0 && (matched.length > 0 || !onlyEnglish)) {
    chosen = withEnumeration(matched, ranked).slice(0, MAX_SENTENCES);
    if (chosen.length === 0) {
      return refusal(pick(language, `文章中${speaker}的讲话没有谈到这一点。`, `What the article reports of ${speaker}'s remarks does not cover that.`));
    }
  } else {
    const english = englishSpeechVerbs(understood.question.text);
    const verb = statements.find((s) => s.verb !== '说' && (understood.question.text.includes(s.verb) || english.includes(s.verb)))?.verb;
    // Remarks made with the verb the question names (强调了什么) first; the rest an overview.
    const statementAt = (doc: SentenceDoc) => statements.find((s) => s.paragraph === doc.paragraph && s.sentence === doc.sentence);
    const isSaid = (paragraph: number, sentence: number) => statements.some((s) => s.paragraph === paragraph && s.sentence === sentence);
    const withVerb = (r: RankedSentence) => verb === undefined || statementAt(r.doc)?.verb === verb;
    chosen = overviewOfRemarks(ranked, (r) => r.doc, isSaid, MAX_SENTENCES, withVerb);
  }
  const place = statements.find((s) => s.setting)?.setting;
  // The short answer, when one remark is given to a question asking what was said: its words as said
  // (its speaker and verb left to the passage). Of several, any one alone would pass for all that was
  // said; and a remark quoted for a question of another kind (which post someone took) answers nothing.
  const only = chosen.length === 1 && understood.question.intent === 'said' ? chosen[0] : undefined;
  const remark = only && statements.find((s) => s.paragraph === only.doc.paragraph && s.sentence === only.doc.sentence);
  return {
    headline: pick(
      language,
      `${speaker}${place ? `在${place}上` : ''}说：`,
      `What ${speaker} said${place ? ` at the ${place}` : ''}:`,
    ),
    direct: remark ? wordsSaid(remark) : '',
    facts: [],
    passages: mergeByParagraph(article, chosen),
  };
}
