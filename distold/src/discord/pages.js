import { ButtonStyle, ComponentType } from 'discord.js';
import { labels } from './labels.js';
import { LIMITS } from './limits.js';
import { noMentions } from './payload.js';
import { ellipsis } from './text.js';
/** Blocks as one description: lines, except that continuing pieces run on. */
function join(blocks) {
    let out = '';
    blocks.forEach((block, i) => {
        if (i === 0)
            out = (block.continues ?? '') + block.text;
        else if (block.continues === undefined)
            out += `\n${block.text}`;
        else
            out += (/[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(block.text) ? ' ' : '') + block.text;
    });
    return out.trim();
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
export function paginate(doc, budget = PAGE_BUDGET) {
    const descriptions = [];
    let current = [];
    const size = (blocks) => blocks.reduce((n, b) => n + b.text.length + 1 + (b.continues?.length ?? 0), 0);
    const flush = (last) => {
        // A heading left alone at the bottom of a page moves to the next one.
        const carried = [];
        while (!last && current.length > 1 && current[current.length - 1]?.keepWithNext)
            carried.unshift(current.pop());
        const text = join(current);
        if (text)
            descriptions.push(text);
        current = carried;
    };
    for (const block of doc.blocks) {
        const room = budget - (block.continues?.length ?? 0);
        const text = block.text.length > room ? ellipsis(block.text, room) : block.text;
        if (current.length > 0 && size(current) + text.length + 1 > budget)
            flush(false);
        current.push({ ...block, text });
    }
    flush(true);
    if (descriptions.length === 0)
        descriptions.push('\u200b');
    const kept = descriptions.slice(0, MAX_PAGES);
    // Cut short past MAX_PAGES: the last page says there was more rather than ending mid-list.
    if (descriptions.length > MAX_PAGES)
        kept[MAX_PAGES - 1] += '\n…';
    const title = ellipsis(doc.title, LIMITS.embedTitle);
    const footer = ellipsis(doc.footer, FOOTER_MAX);
    const embeds = kept.map((description, i) => {
        const page = kept.length > 1 ? `${i + 1}/${kept.length}` : '';
        const embed = { title, description, color: doc.color };
        const text = [footer, page].filter(Boolean).join(' · ');
        if (text)
            embed.footer = { text };
        return embed;
    });
    return { language: doc.language, embeds };
}
/** The `more:<key>:<page>` custom id of a page button; parsed back by `parseMoreId`. */
export function moreId(key, page) {
    return `more:${key}:${page}`;
}
export function parseMoreId(customId) {
    const match = /^more:([A-Za-z0-9_-]{1,40}):(\d{1,3})$/.exec(customId);
    if (!match?.[1] || !match[2])
        return undefined;
    return { key: match[1], page: Number(match[2]) };
}
/**
 * Page `index` of a paged message as a payload. With a `key` (the page store's), pages before
 * and after are a button away; without one, only the page itself is sent.
 */
export function renderPage(paged, index, key) {
    const at = Math.min(Math.max(index, 0), paged.embeds.length - 1);
    const embed = paged.embeds[at];
    const actions = paged.actions ?? [];
    const payload = { embeds: embed ? [embed] : [], components: [...actions], allowedMentions: noMentions() };
    if (key === undefined || paged.embeds.length < 2)
        return payload;
    const words = labels(paged.language);
    const buttons = [];
    if (at > 0) {
        buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: words.back, custom_id: moreId(key, at - 1) });
    }
    if (at < paged.embeds.length - 1) {
        buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: words.more, custom_id: moreId(key, at + 1) });
    }
    payload.components = [{ type: ComponentType.ActionRow, components: buttons }, ...actions].slice(0, LIMITS.actionRows);
    return payload;
}
//# sourceMappingURL=pages.js.map