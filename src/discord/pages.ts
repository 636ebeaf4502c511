import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import type { Language } from '../answer/types.js';
import { labels } from './labels.js';
import { LIMITS } from './limits.js';
import { noMentions, type Payload } from './payload.js';
import { ellipsis } from './text.js';

/** A piece of a description; `keepWithNext` holds a heading on the same page as what follows it. */
export interface Block {
  text: string;
  keepWithNext?: boolean;
  /**
   * Set on the later pieces of a text cut at sentence boundaries: on the same page the piece
   * runs on from the previous one; at the top of a page it starts with this prefix (e.g. "> ").
   */
  continues?: string;
}

/** Blocks as one description: lines, except that continuing pieces run on. */
function join(blocks: Block[]): string {
  let out = '';
  blocks.forEach((block, i) => {
    if (i === 0) out = (block.continues ?? '') + block.text;
    else if (block.continues === undefined) out += `\n${block.text}`;
    else out += (/[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(block.text) ? ' ' : '') + block.text;
  });
  return out.trim();
}

/** A long message before it is cut into pages: Markdown blocks, each already shorter than a page. */
export interface Doc {
  language: Language;
  /** Markdown, already escaped. */
  title: string;
  blocks: Block[];
  /** Plain text (Discord renders no Markdown in footers). */
  footer: string;
  color: number;
}

/** A message cut into embeds that each fit Discord's limits; page i is shown alone, "More" leads to i+1. */
export interface Paged {
  language: Language;
  embeds: APIEmbed[];
  /** Rows of buttons shown under every page (suggested questions, feedback, source), after More/Back. */
  actions?: Payload['components'];
}

/**
 * Characters of description per page: about a phone screenful (DocsGPT cuts at 1,900 for the
 * same reason), well under Discord's 4,096, so title + description + footer stay under 6,000.
 */
export const PAGE_BUDGET = 2000;
/** Pages kept for one answer; past this the answer is cut (no answer of one article needs more). */
export const MAX_PAGES = 20;
const FOOTER_MAX = 300;

/** Pack blocks into pages of at most `budget` characters; blocks are never split here. */
export function paginate(doc: Doc, budget = PAGE_BUDGET): Paged {
  const descriptions: string[] = [];
  let current: Block[] = [];
  const size = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.length + 1 + (b.continues?.length ?? 0), 0);
  const flush = (last: boolean) => {
    // A heading left alone at the bottom of a page moves to the next one.
    const carried: Block[] = [];
    while (!last && current.length > 1 && current[current.length - 1]?.keepWithNext) carried.unshift(current.pop() as Block);
    const text = join(current);
    if (text) descriptions.push(text);
    current = carried;
  };
  for (const block of doc.blocks) {
    const room = budget - (block.continues?.length ?? 0);
    const text = block.text.length > room ? ellipsis(block.text, room) : block.text;
    if (current.length > 0 && size(current) + text.length + 1 > budget) flush(false);
    current.push({ ...block, text });
  }
  flush(true);
  if (descriptions.length === 0) descriptions.push('\u200b');
  const kept = descriptions.slice(0, MAX_PAGES);
  // Cut short past MAX_PAGES: the last page says there was more rather than ending mid-list.
  if (descriptions.length > MAX_PAGES) kept[MAX_PAGES - 1] += '\n…';
  const title = ellipsis(doc.title, LIMITS.embedTitle);
  const footer = ellipsis(doc.footer, FOOTER_MAX);
  const embeds = kept.map((description, i): APIEmbed => {
    const page = kept.length > 1 ? `${i + 1}/${kept.length}` : '';
    const embed: APIEmbed = { title, description, color: doc.color };
    const text = [footer, page].filter(Boolean).join(' · ');
    if (text) embed.footer = { text };
    return embed;
  });
  return { language: doc.language, embeds };
}

/** The `more:<key>:<page>` custom id of a page button; parsed back by `parseMoreId`. */
export function moreId(key: string, page: number): string {
  return `more:${key}:${page}`;
}

export function parseMoreId(customId: string): { key: string; page: number } | undefined {
  const match = /^more:([A-Za-z0-9_-]{1,40}):(\d{1,3})$/.exec(customId);
  if (!match?.[1] || !match[2]) return undefined;
  return { key: match[1], page: Number(match[2]) };
}

/**
 * Page `index` of a paged message as a payload. With a `key` (the page store's), pages before
 * and after are a button away; without one, only the page itself is sent.
 */
export function renderPage(paged: Paged, index: number, key?: string): Payload {
  const at = Math.min(Math.max(index, 0), paged.embeds.length - 1);
  const embed = paged.embeds[at];
  const actions = paged.actions ?? [];
  const payload: Payload = { embeds: embed ? [embed] : [], components: [...actions], allowedMentions: noMentions() };
  if (key === undefined || paged.embeds.length < 2) return payload;
  const words = labels(paged.language);
  const buttons = [];
  if (at > 0) {
    buttons.push({ type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label: words.back, custom_id: moreId(key, at - 1) });
  }
  if (at < paged.embeds.length - 1) {
    buttons.push({ type: ComponentType.Button as const, style: ButtonStyle.Primary as const, label: words.more, custom_id: moreId(key, at + 1) });
  }
  payload.components = [{ type: ComponentType.ActionRow as const, components: buttons }, ...actions].slice(0, LIMITS.actionRows);
  return payload;
}
