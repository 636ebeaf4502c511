import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './context.js';
/**
 * Register every command with one bulk overwrite (PUT), so commands removed from the code
 * disappear from Discord too. A separate step from starting the bot, as the guide does:
 * registration is rate-limited and only needed when definitions change.
 */
export async function deployCommands(options) {
    const rest = new REST({ api: options.apiUrl }).setToken(options.token);
    const applicationId = options.applicationId ?? (await rest.get(Routes.currentApplication())).id;
    const route = options.guildId
        ? Routes.applicationGuildCommands(applicationId, options.guildId)
        : Routes.applicationCommands(applicationId);
    const body = commandDefinitions(options.commands);
    const registered = (await rest.put(route, { body }));
    const scope = options.guildId ? `guild ${options.guildId}` : 'globally';
    return { applicationId, scope, names: registered.map((c) => c.name) };
}
//# sourceMappingURL=deploy.js.map