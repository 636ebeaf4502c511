import { MessageFlags } from 'discord.js';
import { labels, localeLanguage } from './labels.js';
import { textPayload } from './payload.js';
import { handleButton } from './buttons.js';
import { handleNote } from './feedback.js';
import { describeFailure } from './failure.js';
/** The guide's tiny router: find the command, run it, and answer any failure ephemerally. */
export function createRouter(commands, ctx) {
    const byName = new Map(commands.map((c) => [c.data.name, c]));
    return async function route(interaction) {
        try {
            if (interaction.isButton())
                return await handleButton(interaction, ctx);
            if (interaction.isModalSubmit())
                return await handleNote(interaction, ctx);
            if (interaction.isAutocomplete())
                return await byName.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
            if (!interaction.isChatInputCommand())
                return;
            const command = byName.get(interaction.commandName);
            if (!command)
                throw new Error(`unknown command /${interaction.commandName}`);
            await command.execute(interaction, ctx);
        }
        catch (error) {
            const failure = describeFailure(error);
            ctx.logger[failure.level]({ err: error, kind: interaction.type, user: interaction.user.id }, 'interaction failed');
            // An autocomplete left unanswered shows "Loading options failed"; an empty list is kinder.
            if (interaction.isAutocomplete() && !interaction.responded)
                await interaction.respond([]).catch(() => undefined);
            if (!interaction.isRepliable())
                return;
            const failed = textPayload(failure.say(labels(localeLanguage(interaction.locale))), MessageFlags.Ephemeral);
            // Answer once, in whatever state the interaction was left: never twice, never a crash.
            const send = interaction.deferred && !interaction.replied ? interaction.editReply(failed) : interaction.replied ? interaction.followUp(failed) : interaction.reply(failed);
            await send.catch((e) => ctx.logger.warn({ err: e }, 'could not report the failure'));
        }
    };
}
//# sourceMappingURL=router.js.map