/** Why a page was not fetched, short enough to branch on and to log. */
export type FetchRefusalReason =
  | 'bad-url'
  | 'scheme'
  | 'blocked-address'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'not-a-page'
  | 'http-status'
  | 'unreachable';

/**
 * A page that was not fetched. `message` is written for the user who asked for it and can be
 * shown as is; `cause`, when present, is the network error behind an `unreachable` refusal and is
 * for operators' logs only.
 */
export class FetchRefused extends Error {
  constructor(
    readonly reason: FetchRefusalReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'FetchRefused';
  }
}

/** A byte count as a reader would say it: 5 MB, 300 KB, 900 bytes. */
function size(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A URL host as a reader writes it: `example.com.` ends a sentence badly. */
function siteName(hostname: string): string {
  return hostname.replace(/\.$/, '');
}

/** A media type sent by the remote server, repeated to the user only when it looks like one. */
function mediaTypeName(mediaType: string | undefined): string {
  return mediaType !== undefined && /^[\w.+-]{1,40}\/[\w.+-]{1,60}$/.test(mediaType) ? mediaType : 'something';
}

/**
 * Every refusal, worded once. No message names an address a host resolved to: a user who may
 * probe the bot's network learns only that the address was blocked.
 */
export const refuse = {
  badUrl: () => new FetchRefused('bad-url', 'That is not a valid web address.'),
  credentials: () =>
    new FetchRefused('bad-url', 'Web addresses with a user name or password in them are not loaded.'),
  scheme: (protocol: string) =>
    new FetchRefused('scheme', `Only http:// and https:// addresses can be loaded, not ${protocol}.`),
  blockedAddress: () =>
    new FetchRefused(
      'blocked-address',
      'That address (or one it redirects to) is on a private or reserved network, which is not loaded.',
    ),
  tooManyRedirects: (maxRedirects: number) =>
    new FetchRefused('too-many-redirects', `The page redirected more than ${maxRedirects} times.`),
  timeout: (timeoutMs: number) =>
    new FetchRefused('timeout', `The page took longer than ${timeoutMs / 1000} seconds to load.`),
  tooLarge: (maxBytes: number) => new FetchRefused('too-large', `The page is larger than ${size(maxBytes)}.`),
  notAPage: (mediaType: string | undefined) =>
    new FetchRefused(
      'not-a-page',
      `That address serves ${mediaTypeName(mediaType)}, not a web page (text/html or text/plain).`,
    ),
  unknownEncoding: () =>
    new FetchRefused('not-a-page', 'The page is compressed in a way that cannot be read.'),
  httpStatus: (status: number) =>
    new FetchRefused('http-status', `The site answered with HTTP status ${status} instead of the page.`),
  unreachable: (hostname: string, cause: unknown) =>
    new FetchRefused('unreachable', `Could not reach ${siteName(hostname)}.`, { cause }),
  brokenOff: (hostname: string, cause: unknown) =>
    new FetchRefused(
      'unreachable',
      `The connection to ${siteName(hostname)} broke off before the page was complete.`,
      { cause },
    ),
};
