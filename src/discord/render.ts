import { paragraphRange } from '../answer/cited.js';
import type { Answer, Fact, Language, Passage } from '../answer/types.js';
import { labels } from './labels.js';
import { LIMITS } from './limits.js';
import { paginate, renderPage, PAGE_BUDGET, type Block, type Doc, type Paged } from './pages.js';
import type { Payload } from './payload.js';
import { boldTerms, ellipsis, escapeMarkdown, oneLine, splitFormatted } from './text.js';

export interface RenderOptions {
  /** Show the user's question at the top (for /ask and mentions, where Discord does not show it). */
  echoQuestion?: boolean;
  /** How a follow-up was read against the conversation ("About Zhang San"), shown under the question. */
  understood?: string;
  /** Page-store key for the More button; without it only the first page is sent. */
  key?: string;
  /** Characters of description per page (default PAGE_BUDGET, at most Discord's 4,096). */
  budget?: number;
}

const COLOR_ANSWER = 0x3b82f6;
const COLOR_ABSTAIN = 0x99aab5;
/** An echoed question is a reminder, not content: a line is enough. */
const ECHO_MAX = 200;

/**
 * Long texts are cut into sentence-bounded pieces of a third of a page, so pages fill well
 * (a piece that does not fit starts the next page); pieces on one page run on as one text.
 */
function pieceMax(budget: number): number {
  return Math.max(100, Math.floor(budget / 3));
}

/** Sentence-bounded pieces of `raw`, the first with `head` in front, the rest continuing it. */
function pieces(raw: string, format: (raw: string) => string, max: number, head: string, prefix: string): Block[] {
  return splitFormatted(raw, format, max).map((text, i) => (i === 0 ? { text: head + text } : { text, continues: prefix }));
}

function questionBlock(answer: Answer, language: Language): Block {
  const asked = escapeMarkdown(ellipsis(oneLine(answer.question.raw), ECHO_MAX));
  return { text: `**${labels(language).question}:** ${asked}\n` };
}

function passageBlocks(passage: Passage, max: number): Block[] {
  return pieces(oneLine(passage.text), (t) => boldTerms(t, passage.matched), max, `> **¶${paragraphRange(passage)}** `, '> ');
}

/** "张三 Zhang San — 市长 (mayor) ¶2": name with its pinyin and post with its gloss for English readers. */
export function factLine(fact: Fact, language: Language): string {
  const english = language === 'en';
  const name = escapeMarkdown(fact.text) + (english && fact.gloss ? ` ${escapeMarkdown(fact.gloss)}` : '');
  let detail = fact.detail ? escapeMarkdown(fact.detail) : '';
  if (detail && english && fact.detailGloss) detail += ` (${escapeMarkdown(fact.detailGloss)})`;
  const body = fact.kind === 'statement' && detail ? `${detail}: “${name}”` : detail ? `${name} — ${detail}` : name;
  return `• ${body} ¶${fact.paragraph}`;
}

function factBlocks(facts: Fact[], language: Language, max: number): Block[] {
  const groups = [...new Set(facts.map((f) => f.group ?? ''))];
  const blocks: Block[] = [{ text: `**${labels(language).facts}**`, keepWithNext: true }];
  for (const group of groups) {
    if (groups.length > 1 && group) blocks.push({ text: `*${escapeMarkdown(group)}*`, keepWithNext: true });
    for (const fact of facts.filter((f) => (f.group ?? '') === group)) {
      const line = factLine(fact, language);
      // A quotation can be a paragraph long; cut it between sentences like any other text.
      if (line.length <= max) blocks.push({ text: line });
      else blocks.push(...pieces(line, (t) => t, max, '', ''));
    }
  }
  return blocks;
}

function footer(answer: Answer, language: Language): string {
  const { title, date } = answer.article;
  return `${labels(language).source}: ${title}${date ? ` · ${date}` : ''}`;
}

/** The answer as a document of blocks, before paging. Pure. */
export function answerDoc(answer: Answer, options: RenderOptions = {}): Doc {
  const language = answer.language;
  const words = labels(language);
  const max = pieceMax(options.budget ?? PAGE_BUDGET);
  const blocks: Block[] = [];
  if (options.echoQuestion) blocks.push(questionBlock(answer, language));
  if (options.understood) blocks.push({ text: `*${escapeMarkdown(ellipsis(oneLine(options.understood), ECHO_MAX))}*\n` });
  if (answer.abstained) {
    const title = escapeMarkdown(oneLine(answer.headline) || words.notSaid);
    return { language, title, blocks, footer: footer(answer, language), color: COLOR_ABSTAIN };
  }
  const direct = answer.direct.trim();
  if (direct && direct !== answer.headline.trim()) {
    blocks.push(...pieces(oneLine(direct), escapeMarkdown, max, '', ''), { text: '' });
  }
  if (answer.facts.length > 0) blocks.push(...factBlocks(answer.facts, language, max), { text: '' });
  if (answer.passages.length > 0) {
    blocks.push({ text: `**${words.sources}**`, keepWithNext: true });
    for (const passage of answer.passages) blocks.push(...passageBlocks(passage, max));
  }
  const title = escapeMarkdown(oneLine(answer.headline) || words.notSaid);
  return { language, title, blocks, footer: footer(answer, language), color: COLOR_ANSWER };
}

/** Every page of the answer, each within Discord's limits. Pure. */
export function answerPages(answer: Answer, options: RenderOptions = {}): Paged {
  return paginate(answerDoc(answer, options), Math.min(options.budget ?? PAGE_BUDGET, LIMITS.embedDescription));
}

/**
 * The first page of an answer as a Discord payload: one embed (headline, facts, cited
 * passages with matched terms in bold, article in the footer), a More button when there is
 * more and `options.key` says where the rest is kept, and no mentions allowed. Pure.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): Payload {
  return renderPage(answerPages(answer, options), 0, options.key);
}
