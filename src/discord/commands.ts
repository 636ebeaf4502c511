import * as agreements from '../../commands/agreements.js';
import * as article from '../../commands/article.js';
import * as ask from '../../commands/ask.js';
import * as attendees from '../../commands/attendees.js';
import * as help from '../../commands/help.js';
import * as summary from '../../commands/summary.js';
import * as visits from '../../commands/visits.js';
import type { Command } from './context.js';

/** Every slash command, in the order /help lists them and deploy registers them. */
export const commandList: readonly Command[] = [ask, attendees, agreements, visits, summary, article, help];

export const commands: ReadonlyMap<string, Command> = new Map(commandList.map((c) => [c.data.name, c]));

/** The registration body for one bulk overwrite. */
export function commandDefinitions() {
  return commandList.map((c) => c.data.toJSON());
}
