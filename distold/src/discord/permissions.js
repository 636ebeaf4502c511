import { PermissionFlagsBits } from 'discord.js';
import { labels } from './labels.js';
/**
 * Changing a server's library is for its admins. Discord hides the command from others through
 * `default_member_permissions`, but a server can override that, so it is checked again here.
 */
export function needsManageServer(interaction) {
    if (!interaction.inGuild())
        return { ok: false, message: (l) => labels(l).serverOnly };
    if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
        return { ok: true };
    return { ok: false, message: (l) => labels(l).needsPermission(l === 'zh' ? '管理服务器' : 'Manage Server') };
}
/** A channel's default article changes what everyone there is answered from: Manage Channels. */
export function needsManageChannels(interaction) {
    if (!interaction.inGuild())
        return { ok: false, message: (l) => labels(l).serverOnly };
    if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels))
        return { ok: true };
    return { ok: false, message: (l) => labels(l).needsPermission(l === 'zh' ? '管理频道' : 'Manage Channels') };
}
/**
 * The library and server an admin command changes, once `guard` (its permission) passes and the
 * bot has a library: or the refusal to send, in the member's language.
 */
export function libraryToChange(interaction, ctx, guard) {
    const allowed = guard(interaction);
    if (!allowed.ok)
        return allowed;
    if (!ctx.library || !interaction.guildId)
        return { ok: false, message: (l) => labels(l).loadingDisabled };
    return { ok: true, library: ctx.library, guild: interaction.guildId };
}
//# sourceMappingURL=permissions.js.map