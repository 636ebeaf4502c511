import type { APIEmbed } from 'discord.js';

/** What a reply shows, whichever way it was produced: a Payload from the renderer or a message stored by the test server. */
export interface Shown {
  content?: string | null;
  embeds?: APIEmbed[];
  components?: unknown[];
}

/** Every string a user can read in a reply: content, embed texts, button labels. */
export function shownStrings(shown: Shown): string[] {
  const out = [shown.content ?? ''];
  for (const e of shown.embeds ?? []) {
    out.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '');
    for (const f of e.fields ?? []) out.push(f.name, f.value);
  }
  for (const row of (shown.components ?? []) as { components?: { label?: string }[] }[]) for (const b of row.components ?? []) out.push(b.label ?? '');
  return out.filter((s) => s.length > 0);
}

/** Syntax Discord would turn into a ping, a rendered mention or a link, unless a backslash defuses it. */
const LIVE_SYNTAX: Array<[string, RegExp]> = [
  ['user/role/channel mention', /(^|[^\\])<(@[!&]?|#)\d+>/],
  ['timestamp, emoji or command mention', /(^|[^\\])<(t:\d+|a?:\w+:\d+|\/[\w -]+:\d+)/],
  ['@everyone or @here', /@(everyone|here)/i],
  ['masked link', /(^|[^\\])\[[^\]\n]*\]\(/],
];

/** Characters that hide or reorder text; the ZWSP the bot itself puts after "@" is allowed. */
const SPOOFING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const FORMATTING = new Set(['*', '_', '~', '`', '|']);

/** Markdown characters in `text` not preceded by a backslash, i.e. ones that could format. */
function unescapedFormatting(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (FORMATTING.has(c)) found.push(c);
  }
  return found;
}

/** The user's words as the reply echoes them: the question line without its bold label. */
function echoLine(shown: Shown): string | undefined {
  const first = shown.embeds?.[0]?.description?.split('\n')[0] ?? '';
  const match = /^\*\*(?:Question|问题)[:：]\*\* ?(.*)$/.exec(first);
  return match?.[1];
}

/** Ways a reply to hostile input would be unsafe for a user to see; empty when it is fine. */
export function safetyProblems(shown: Shown): string[] {
  const problems: string[] = [];
  for (const text of shownStrings(shown)) {
    for (const [what, pattern] of LIVE_SYNTAX) if (pattern.test(text)) problems.push(`${what} in ${JSON.stringify(text.slice(0, 120))}`);
    if (SPOOFING.test(text)) problems.push(`invisible or control character in ${JSON.stringify(text.slice(0, 120))}`);
  }
  const echo = echoLine(shown);
  if (echo !== undefined && unescapedFormatting(echo).length > 0) problems.push(`echoed question formats: ${JSON.stringify(echo)}`);
  const title = shown.embeds?.[0]?.title ?? '';
  if (unescapedFormatting(title).length > 0) problems.push(`title formats: ${JSON.stringify(title)}`);
  return problems;
}
