import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { allowHostsFromEnv, type FetchOptions, type FetchRefusalReason } from '../../../src/library/fetch/index.js';
import { fakeDns, refusedWith } from './support.js';

/** A resolver that fails the test if called: these refusals must happen before any DNS or connection. */
const noLookup = (hostname: string): Promise<LookupAddress[]> => {
  throw new Error(`lookup(${hostname}) must not be called`);
};

function expectRefused(address: string, reason: FetchRefusalReason, options: Partial<FetchOptions> = {}) {
  return refusedWith(reason, address, { lookup: noLookup, ...options });
}

describe('fetchPage refuses before touching the network', () => {
  it.each([
    'ftp://example.com/news.html',
    'file:///etc/passwd',
    'data:text/html,<p>hi</p>',
    'javascript:alert(1)',
    'gopher://example.com/',
  ])('refuses the scheme of %s', async (address) => {
    const error = await expectRefused(address, 'scheme');
    expect(error.message).toMatch(/^Only http:\/\/ and https:\/\/ addresses can be loaded, not [a-z]+:\.$/);
  });

  it('refuses an address with a user name and password', async () => {
    const error = await expectRefused('http://user:pass@example.com/', 'bad-url');
    expect(error.message).toBe('Web addresses with a user name or password in them are not loaded.');
  });

  it('refuses text that is not an address', async () => {
    await expectRefused('not a url', 'bad-url');
    await expectRefused('', 'bad-url');
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://100.100.100.200/',
    'http://[fd00:ec2::254]/',
    'http://10.0.0.1/',
    'http://192.168.0.1:8080/admin',
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://017700000001/',
    'http://127.1/',
    'http://0/',
    'http://127.0.0.1./',
    'http://%31%32%37.0.0.1/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://[2002:a9fe:a9fe::]/',
    'https://255.255.255.255/',
  ])('refuses the literal address %s as blocked', async (address) => {
    const error = await expectRefused(address, 'blocked-address');
    expect(error.message).toBe(
      'That address (or one it redirects to) is on a private or reserved network, which is not loaded.',
    );
  });
});

describe('fetchPage checks every address a name resolves to', () => {
  it('refuses a name that resolves to a private address, without naming the address', async () => {
    const error = await expectRefused('http://evil.test/news', 'blocked-address', {
      lookup: fakeDns({ 'evil.test': ['10.0.0.5'] }),
    });
    expect(error.message).not.toContain('10.0.0.5');
    expect(error.cause).toBeUndefined();
  });

  it('refuses a name with one public and one private address', async () => {
    await expectRefused('https://mixed.test/', 'blocked-address', {
      lookup: fakeDns({ 'mixed.test': ['93.184.216.34', '::ffff:192.168.0.10'] }),
    });
  });

  it('refuses a name resolving to an IPv6 metadata address', async () => {
    await expectRefused('http://meta.test/', 'blocked-address', { lookup: fakeDns({ 'meta.test': ['fd00:ec2::254'] }) });
  });

  it('refuses localhost, which resolves to loopback', async () => {
    await expectRefused('http://localhost/', 'blocked-address', {
      lookup: fakeDns({ localhost: ['127.0.0.1', '::1'] }),
    });
  });

  it('reports a name that does not resolve as unreachable, naming the host only', async () => {
    const error = await expectRefused('http://nowhere.test/', 'unreachable', { lookup: fakeDns({}) });
    expect(error.message).toBe('Could not reach nowhere.test.');
  });

  it('matches the allow-list against the host as written, not the address it resolves to', async () => {
    await expectRefused('http://other.test/', 'blocked-address', {
      allowHosts: ['127.0.0.1'],
      lookup: fakeDns({ 'other.test': ['127.0.0.1'] }),
    });
  });

  it('times out a resolver that never answers', async () => {
    const started = Date.now();
    await expectRefused('http://slow-dns.test/', 'timeout', { lookup: () => new Promise(() => {}), timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('allowHostsFromEnv', () => {
  it('reads comma-separated hosts, ignoring blanks', () => {
    expect(allowHostsFromEnv({ WENDA_FETCH_ALLOW_HOSTS: ' 127.0.0.1, localhost ,,::1 ' })).toEqual([
      '127.0.0.1',
      'localhost',
      '::1',
    ]);
  });

  it('is empty when the variable is unset or blank', () => {
    expect(allowHostsFromEnv({})).toEqual([]);
    expect(allowHostsFromEnv({ WENDA_FETCH_ALLOW_HOSTS: ' ' })).toEqual([]);
  });
});
