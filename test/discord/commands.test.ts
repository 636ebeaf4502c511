import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { commandDefinitions } from '../../src/discord/context.js';

/** Discord's rules for application command names (lowercase where the script has case). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Option = {
  name: string;
  description: string;
  required?: boolean;
  name_localizations?: Record<string, string | null> | null;
  description_localizations?: Record<string, string | null> | null;
  choices?: unknown[];
  max_length?: number;
  min_length?: number;
  autocomplete?: boolean;
};

function checkNamed(thing: Option, where: string): string[] {
  const problems: string[] = [];
  const names = [thing.name, ...Object.values(thing.name_localizations ?? {})].filter((n): n is string => !!n);
  for (const name of names) {
    if (!NAME.test(name) || name !== name.toLowerCase()) problems.push(`${where}: bad name ${name}`);
  }
  const descriptions = [thing.description, ...Object.values(thing.description_localizations ?? {})].filter((d): d is string => d != null);
  for (const d of descriptions) if (d.length < 1 || d.length > 100) problems.push(`${where}: description length ${d.length}`);
  if (!thing.name_localizations?.['zh-CN']) problems.push(`${where}: no zh-CN name`);
  if (!thing.description_localizations?.['zh-CN']) problems.push(`${where}: no zh-CN description`);
  return problems;
}

describe('command definitions', () => {
  const definitions = commandDefinitions(commands);

  it('are the twelve commands the bot answers, each with a handler', () => {
    expect(definitions.map((d) => d.name)).toEqual(['ask', 'attendees', 'agreements', 'visits', 'summary', 'article', 'articles', 'load', 'remove', 'use', 'settings', 'help']);
    const byName = new Map(commands.map((c) => [c.data.name, c]));
    for (const d of definitions) expect(typeof byName.get(d.name)?.execute).toBe('function');
    expect(typeof byName.get('ask')?.autocomplete).toBe('function');
  });

  it('offers changing the library only to admins, and only in a server', () => {
    const byName = new Map(definitions.map((d) => [d.name, d]));
    // Manage Server (1 << 5) for /load and /remove, Manage Channels (1 << 4) for a channel's default.
    expect(byName.get('load')?.default_member_permissions).toBe('32');
    expect(byName.get('remove')?.default_member_permissions).toBe('32');
    expect(byName.get('use')?.default_member_permissions).toBe('16');
    expect(byName.get('settings')?.default_member_permissions).toBe('32');
    for (const name of ['load', 'remove', 'use', 'settings']) expect(byName.get(name)?.contexts).toEqual([0]);
    for (const name of ['ask', 'articles', 'summary']) expect(byName.get(name)?.default_member_permissions ?? null).toBeNull();
  });

  it('lets every question command name its article, chosen by title', () => {
    for (const name of ['ask', 'attendees', 'agreements', 'visits', 'summary', 'article', 'remove', 'use']) {
      const option = (definitions.find((d) => d.name === name)?.options ?? []).find((o) => o.name === 'article') as { autocomplete?: boolean } | undefined;
      expect(option?.autocomplete, name).toBe(true);
    }
  });

  it.each(commandDefinitions(commands).map((d) => [d.name, d] as const))('/%s obeys Discord’s rules', (_name, definition) => {
    const options = (definition.options ?? []) as Option[];
    const problems = checkNamed(definition as Option, `/${definition.name}`);
    expect(options.length).toBeLessThanOrEqual(25);
    let seenOptional = false;
    for (const option of options) {
      problems.push(...checkNamed(option, `/${definition.name} ${option.name}`));
      if (option.required && seenOptional) problems.push(`${option.name}: required after optional`);
      if (!option.required) seenOptional = true;
      if (option.autocomplete && option.choices) problems.push(`${option.name}: autocomplete with choices`);
      if ((option.max_length ?? 0) > 6000) problems.push(`${option.name}: max_length over 6000`);
    }
    const total = JSON.stringify([definition.name, definition.description, options.map((o) => [o.name, o.description])]).length;
    expect(total).toBeLessThan(4000);
    expect(problems).toEqual([]);
  });

  it('has unique names in every language', () => {
    const zh = definitions.map((d) => d.name_localizations?.['zh-CN']);
    expect(new Set(definitions.map((d) => d.name)).size).toBe(definitions.length);
    expect(new Set(zh).size).toBe(definitions.length);
  });

  it('caps the /ask question so a paste cannot become a question', () => {
    const question = (definitions[0]?.options ?? [])[0] as Option;
    expect(question).toMatchObject({ name: 'question', required: true, autocomplete: true, max_length: 300 });
  });
});
