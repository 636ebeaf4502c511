import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../util/files.js';
/** A server that never used /settings: as wenda always behaved (a reply in the channel, public). */
export const DEFAULT_SETTINGS = { language: 'auto', threads: false, askVisibility: 'public' };
const settingsSchema = z.object({
    language: z.enum(['auto', 'zh', 'en']),
    threads: z.boolean(),
    askVisibility: z.enum(['public', 'ephemeral']),
});
const fileSchema = z.object({ version: z.literal(1), guilds: z.record(z.string().regex(/^\d{1,20}$/), settingsSchema) });
export function settingsFile(dataDir) {
    return join(dataDir, 'settings.json');
}
/**
 * Every server's settings, in `settings.json` in the data directory, written whole through the
 * atomic writer after each change. Without a data directory they live in memory only.
 */
export class SettingsStore {
    dataDir;
    guilds;
    constructor(dataDir) {
        this.dataDir = dataDir;
        this.guilds = dataDir ? readSettings(settingsFile(dataDir)) : new Map();
    }
    /** A server's settings; a DM (`null`) has the defaults. */
    of(guild) {
        return (guild && this.guilds.get(guild)) || { ...DEFAULT_SETTINGS };
    }
    change(guild, changes) {
        const next = { ...this.of(guild), ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
        this.guilds.set(guild, next);
        if (this.dataDir) {
            // Shards on one machine share the file, each changing only its own servers: what the others
            // wrote since is read again and kept, not overwritten with this process's old copy.
            const file = settingsFile(this.dataDir);
            const guilds = readSettings(file).set(guild, next);
            writeAtomically(file, JSON.stringify({ version: 1, guilds: Object.fromEntries(guilds) }, null, 2) + '\n', { durable: true });
        }
        return next;
    }
}
/** The settings file's servers; a file that cannot be read is an error naming it, not silently empty settings. */
function readSettings(file) {
    if (!existsSync(file))
        return new Map();
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success)
        throw new Error(`${file} is not a settings file wenda can read: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return new Map(Object.entries(parsed.data.guilds));
}
//# sourceMappingURL=settings.js.map