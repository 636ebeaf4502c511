import type { LookupAddress } from 'node:dns';

/** Resolves a host name to all of its addresses, as `dns.promises.lookup(hostname, { all: true })` does. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

/** The two kinds of page an article can be read from. */
export type PageType = 'text/html' | 'text/plain';

/** How a fetch behaves; every field has a default in FETCH_DEFAULTS. */
export interface FetchOptions {
  /** Milliseconds for the whole fetch, every redirect and the body included. Default 10 000. */
  timeoutMs: number;
  /** Largest body accepted, in bytes after any decompression. Default 5 MB. */
  maxBytes: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects: number;
  /**
   * Hosts let through the address check, matched against the URL's host as written (not what it
   * resolves to), e.g. `['127.0.0.1']` for a test server. Default none; see allowHostsFromEnv.
   */
  allowHosts: readonly string[];
  /** The resolver; tests inject one so `evil.test` can resolve to 10.0.0.5 without DNS. */
  lookup: ResolveHost;
  /** Sent as User-Agent; some news sites refuse requests without one. */
  userAgent: string;
}

/** A fetched page, decoded. */
export interface FetchedPage {
  /** The URL the page came from, after redirects. */
  url: string;
  status: number;
  /** From the Content-Type header, or `text/html` for an untyped body that starts with `<`. */
  contentType: PageType;
  /** The encoding the text was decoded from, as TextDecoder names it (`utf-8`, `gbk`, `big5`…). */
  charset: string;
  text: string;
  /** Body length in bytes, after any decompression, before decoding. */
  bytes: number;
}
