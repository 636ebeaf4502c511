import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../util/files.js';

/** What a server's admins choose with /settings. */
export interface ServerSettings {
  /** The language answers are written in: the question's (`auto`), or always one. */
  language: 'auto' | 'zh' | 'en';
  /** A mention in a text channel is answered in a new thread named after the question. */
  threads: boolean;
  /** /ask answers everyone sees, or only the member who asked. */
  askVisibility: 'public' | 'ephemeral';
}

/** A server that never used /settings: as wenda always behaved (a reply in the channel, public). */
export const DEFAULT_SETTINGS: Readonly<ServerSettings> = { language: 'auto', threads: false, askVisibility: 'public' };

const settingsSchema = z.object({
  language: z.enum(['auto', 'zh', 'en']),
  threads: z.boolean(),
  askVisibility: z.enum(['public', 'ephemeral']),
});
const fileSchema = z.object({ version: z.literal(1), guilds: z.record(z.string().regex(/^\d{1,20}$/), settingsSchema) });

export function settingsFile(dataDir: string): string {
  return join(dataDir, 'settings.json');
}

/**
 * Every server's settings, in `settings.json` in the data directory, written whole through the
 * atomic writer after each change. Without a data directory they live in memory only.
 */
export class SettingsStore {
  private readonly guilds: Map<string, ServerSettings>;

  constructor(private readonly dataDir?: string) {
    this.guilds = new Map();
    const file = dataDir ? settingsFile(dataDir) : undefined;
    if (file && existsSync(file)) {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file} is not a settings file wenda can read: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      for (const [guild, settings] of Object.entries(parsed.data.guilds)) this.guilds.set(guild, settings);
    }
  }

  /** A server's settings; a DM (`null`) has the defaults. */
  of(guild: string | null): ServerSettings {
    return (guild && this.guilds.get(guild)) || { ...DEFAULT_SETTINGS };
  }

  change(guild: string, changes: Partial<ServerSettings>): ServerSettings {
    const next = { ...this.of(guild), ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as ServerSettings;
    this.guilds.set(guild, next);
    if (this.dataDir) {
      const json = JSON.stringify({ version: 1, guilds: Object.fromEntries(this.guilds) }, null, 2) + '\n';
      writeAtomically(settingsFile(this.dataDir), json, { durable: true });
    }
    return next;
  }
}
