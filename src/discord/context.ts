import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import type { EngineRequest } from '../answer/question-articles.js';
import type { Library } from '../library/library.js';
import type { FeedbackStorage } from '../feedback/index.js';
import type { Conversations } from './conversations.js';
import type { Cooldown } from './guards.js';
import type { PageStore } from './page-store.js';
import type { SettingsStore } from './settings.js';

/** What every handler gets: the engines and the bot's shared, bounded state. */
export interface BotContext {
  /**
   * Gets ready to answer in a server (`null`: a DM) from the shared seeds and that server's own
   * articles only: resolves once the articles the engine needs are at hand (with PostgreSQL, the
   * question's candidates, asked of the database: it throws StoreUnavailableError while that is out
   * of reach). Calling the result gets the engine, built then if it is not kept: CPU work, which
   * waits until the reply is deferred.
   */
  prepareEngine(guild: string | null, request?: EngineRequest): Promise<() => Engine>;
  /** Whether a server can ask about this article (its own, or a shared seed). */
  canRead(guild: string | null, articleId: string): boolean;
  /** The article library that /load, /articles, /remove and /use change; absent in a bot started with one fixed engine. */
  library?: Library;
  pages: PageStore;
  cooldown: Cooldown;
  logger: Logger;
  /** Longest question accepted, in characters (the /ask option's max_length too). */
  maxQuestionLength: number;
  /** Characters of description per page before "More" (see PAGE_BUDGET). */
  pageBudget: number;
  /** Last exchanges, answers and their messages: what follow-ups and buttons are read against. */
  conversations: Conversations;
  /** Each server's /settings, kept in the data directory. */
  settings: SettingsStore;
  /** 👍/👎 on answers, kept in the data directory. */
  feedback: FeedbackStorage;
  /** The registered command definitions, for /help. */
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/** One slash command: the shape of every file in `commands/`. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** What Discord registers for `commands`: the body of one bulk overwrite, and /help's list. */
export function commandDefinitions(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

/** Longest question by default: room for a real question, too short to paste an article in. */
export const DEFAULT_MAX_QUESTION_LENGTH = 300;
