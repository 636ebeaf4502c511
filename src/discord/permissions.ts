import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { GuardResult } from './guards.js';
import { labels } from './labels.js';

/**
 * Changing a server's library is for its admins. Discord hides the command from others through
 * `default_member_permissions`, but a server can override that, so it is checked again here.
 */
export function needsManageServer(interaction: ChatInputCommandInteraction): GuardResult {
  if (!interaction.inGuild()) return { ok: false, message: (l) => labels(l).serverOnly };
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return { ok: true };
  return { ok: false, message: (l) => labels(l).needsPermission(l === 'zh' ? '管理服务器' : 'Manage Server') };
}

/** A channel's default article changes what everyone there is answered from: Manage Channels. */
export function needsManageChannels(interaction: ChatInputCommandInteraction): GuardResult {
  if (!interaction.inGuild()) return { ok: false, message: (l) => labels(l).serverOnly };
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) return { ok: true };
  return { ok: false, message: (l) => labels(l).needsPermission(l === 'zh' ? '管理频道' : 'Manage Channels') };
}
