import type { LookupAddress } from 'node:dns';
import { expect } from 'vitest';
import { fetchPage, FetchRefused, type FetchOptions, type FetchRefusalReason } from '../../../src/library/fetch/index.js';
import { startPageServer, type PageServer, type Route } from './page-server.js';

/** 中文新闻 in GBK (python3: '中文新闻'.encode('gbk')). */
export const GBK_NEWS = Buffer.from('d6d0cec4d0c2cec5', 'hex');
/** 中文新聞 in Big5 (python3: '中文新聞'.encode('big5')). */
export const BIG5_NEWS = Buffer.from('a4a4a4e5b773bb44', 'hex');

/** Markup bytes, for gluing around the encoded phrases above. */
export const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');

const servers = new Set<PageServer>();

/** A page server for one test; closeServers (in afterEach) stops it. */
export async function serve(routes: Record<string, Route>): Promise<PageServer> {
  const server = await startPageServer(routes);
  servers.add(server);
  return server;
}

export async function closeServers(): Promise<void> {
  await Promise.all([...servers].map((server) => server.close()));
  servers.clear();
}

/**
 * A resolver answering from a table instead of DNS, recording each name it is asked for; a name
 * not in the table fails as an unknown host does. No test may reach real DNS.
 */
export function fakeDns(table: Record<string, string[]>, asked: string[] = []): FetchOptions['lookup'] {
  return async (hostname) => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (addresses === undefined) throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
    return addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** Options for fetching from a test server by its address: 127.0.0.1 allow-listed, no DNS. */
export function loopback(options: Partial<FetchOptions> = {}): Partial<FetchOptions> {
  return { allowHosts: ['127.0.0.1'], lookup: fakeDns({}), ...options };
}

/** Fetches `address`, expecting a FetchRefused for `reason`, and returns it for more checks. */
export async function refusedWith(
  reason: FetchRefusalReason,
  address: string,
  options: Partial<FetchOptions>,
): Promise<FetchRefused> {
  const outcome = await fetchPage(address, options).then(
    (page) => page,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(FetchRefused);
  expect((outcome as FetchRefused).reason).toBe(reason);
  return outcome as FetchRefused;
}
