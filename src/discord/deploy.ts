import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commandDefinitions, type Command } from './context.js';

export interface DeployOptions {
  /** What to register: the registry in `commands/`. */
  commands: readonly Command[];
  token: string;
  apiUrl: string;
  /** Taken from the token (GET /applications/@me) when not given. */
  applicationId?: string;
  /** Register to this guild only (instant; for testing) instead of globally. */
  guildId?: string;
}

export interface Deployed {
  applicationId: string;
  scope: string;
  names: string[];
}

/**
 * Register every command with one bulk overwrite (PUT), so commands removed from the code
 * disappear from Discord too. A separate step from starting the bot, as the guide does:
 * registration is rate-limited and only needed when definitions change.
 */
export async function deployCommands(options: DeployOptions): Promise<Deployed> {
  const rest = new REST({ api: options.apiUrl }).setToken(options.token);
  const applicationId = options.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = options.guildId
    ? Routes.applicationGuildCommands(applicationId, options.guildId)
    : Routes.applicationCommands(applicationId);
  const body = commandDefinitions(options.commands);
  const registered = (await rest.put(route, { body })) as RESTPostAPIChatInputApplicationCommandsJSONBody[];
  const scope = options.guildId ? `guild ${options.guildId}` : 'globally';
  return { applicationId, scope, names: registered.map((c) => c.name) };
}
