/** Which limit refused a load. */
export type StoreLimit = 'articles-per-guild' | 'loads-per-member';

/** A load refused by a limit; the message can be shown to the member as it is. */
export class StoreLimitError extends Error {
  override name = 'StoreLimitError';

  constructor(
    readonly limit: StoreLimit,
    /** The limit's value: articles per server, or loads per member per hour. */
    readonly max: number,
    message: string,
    /** For the hourly limit: ISO time at which the member may load again. */
    readonly retryAt?: string,
  ) {
    super(message);
  }
}

/**
 * An argument no stored record can match: a guild, channel or member id that is not a Discord
 * id, an article the guild does not keep, article data that cannot be stored.
 */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}
