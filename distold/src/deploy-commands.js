import { commands } from '../commands/index.js';
import { ConfigError, loadConfig, loadDotEnv } from './discord/config.js';
import { deployCommands } from './discord/deploy.js';
/**
 * `npm run deploy-commands`: register the slash commands, apart from starting the bot (as the
 * discord.js guide's deploy script is), with the configuration `npm start` reads.
 */
async function main() {
    loadDotEnv();
    const config = loadConfig();
    const deploy = { commands, token: config.token, apiUrl: config.apiUrl };
    if (config.applicationId)
        deploy.applicationId = config.applicationId;
    if (config.guildId)
        deploy.guildId = config.guildId;
    const { applicationId, scope, names } = await deployCommands(deploy);
    console.log(`Registered ${names.length} commands ${scope} for application ${applicationId}: ${names.map((n) => `/${n}`).join(', ')}`);
}
main().catch((error) => {
    const status = error.status;
    const token = process.env.DISCORD_TOKEN;
    const where = process.env.DISCORD_API_URL || 'Discord';
    let message = error instanceof ConfigError ? error.message : `Could not register commands with ${where}: ${error instanceof Error ? error.message : String(error)}`;
    if (status === 401)
        message = 'Discord rejected DISCORD_TOKEN. Copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.';
    if (token)
        message = message.split(token).join('[redacted]');
    console.error(message);
    process.exit(1);
});
//# sourceMappingURL=deploy-commands.js.map