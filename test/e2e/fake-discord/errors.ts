/** An HTTP answer in Discord's error format: `{ code, message, errors? }` with the matching status. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { code: number; message: string; errors?: unknown },
  ) {
    super(`${status} ${body.code} ${body.message}`);
  }
}

export const unauthorized = (): DiscordHttpError =>
  new DiscordHttpError(401, { message: '401: Unauthorized', code: 0 });
export const notFound = (): DiscordHttpError => new DiscordHttpError(404, { message: '404: Not Found', code: 0 });
export const methodNotAllowed = (): DiscordHttpError =>
  new DiscordHttpError(405, { message: '405: Method Not Allowed', code: 0 });
export const unknownChannel = (): DiscordHttpError =>
  new DiscordHttpError(404, { message: 'Unknown Channel', code: 10003 });
export const unknownMessage = (): DiscordHttpError =>
  new DiscordHttpError(404, { message: 'Unknown Message', code: 10008 });
export const unknownUser = (): DiscordHttpError => new DiscordHttpError(404, { message: 'Unknown User', code: 10013 });
export const unknownWebhook = (): DiscordHttpError =>
  new DiscordHttpError(404, { message: 'Unknown Webhook', code: 10015 });
export const unknownInteraction = (): DiscordHttpError =>
  new DiscordHttpError(404, { message: 'Unknown interaction', code: 10062 });
export const alreadyAcknowledged = (): DiscordHttpError =>
  new DiscordHttpError(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
/** After 15 minutes Discord answers 401 on every webhook route that uses the interaction token. */
export const invalidWebhookToken = (): DiscordHttpError =>
  new DiscordHttpError(401, { message: 'Invalid Webhook Token', code: 50027 });
export const emptyMessage = (): DiscordHttpError =>
  new DiscordHttpError(400, { message: 'Cannot send an empty message', code: 50006 });
export const cannotEditOthersMessage = (): DiscordHttpError =>
  new DiscordHttpError(403, { message: 'Cannot edit a message authored by another user', code: 50005 });

/**
 * Collects field errors the way Discord nests them for code 50035:
 * `errors.embeds["0"].title._errors = [{ code, message }]`.
 */
export class FormErrors {
  private readonly root: Record<string, unknown> = {};
  private count = 0;

  add(path: ReadonlyArray<string | number>, code: string, message: string): void {
    let node = this.root;
    for (const key of path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    const list = (node._errors ??= []) as Array<{ code: string; message: string }>;
    list.push({ code, message });
    this.count++;
  }

  get empty(): boolean {
    return this.count === 0;
  }

  throwIfAny(): void {
    if (this.count > 0)
      throw new DiscordHttpError(400, { code: 50035, message: 'Invalid Form Body', errors: this.root });
  }
}

export function lengthBetween(min: number, max: number): string {
  return `Must be between ${min} and ${max} in length.`;
}
export function atMost(max: number): string {
  return `Must be ${max} or fewer in length.`;
}
