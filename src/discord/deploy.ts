import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commandDefinitions } from './commands.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';

export interface DeployOptions {
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
  const registered = (await rest.put(route, { body: commandDefinitions() })) as RESTPostAPIChatInputApplicationCommandsJSONBody[];
  const scope = options.guildId ? `guild ${options.guildId}` : 'globally';
  return { applicationId, scope, names: registered.map((c) => c.name) };
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const deploy: DeployOptions = { token: config.token, apiUrl: config.apiUrl };
  if (config.applicationId) deploy.applicationId = config.applicationId;
  if (config.guildId) deploy.guildId = config.guildId;
  const { applicationId, scope, names } = await deployCommands(deploy);
  console.log(`Registered ${names.length} commands ${scope} for application ${applicationId}: ${names.map((n) => `/${n}`).join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    const status = (error as { status?: unknown }).status;
    const token = process.env.DISCORD_TOKEN;
    const where = process.env.DISCORD_API_URL || 'Discord';
    let message = error instanceof ConfigError ? error.message : `Could not register commands with ${where}: ${error instanceof Error ? error.message : String(error)}`;
    if (status === 401) message = 'Discord rejected DISCORD_TOKEN. Copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.';
    if (token) message = message.split(token).join('[redacted]');
    console.error(message);
    process.exit(1);
  });
}
