import * as agreements from './agreements.js';
import * as article from './article.js';
import * as articles from './articles.js';
import * as ask from './ask.js';
import * as attendees from './attendees.js';
import * as help from './help.js';
import * as load from './load.js';
import * as remove from './remove.js';
import * as settings from './settings.js';
import * as summary from './summary.js';
import * as use from './use.js';
import * as visits from './visits.js';
/**
 * Every slash command, in the order /help lists them and deploy registers them. The bot and the
 * deploy script are handed this list; nothing in `src/discord/` reaches up here for it.
 */
export const commands = [ask, attendees, agreements, visits, summary, article, articles, load, remove, use, settings, help];
//# sourceMappingURL=index.js.map