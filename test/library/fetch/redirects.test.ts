import type { AddressInfo } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPage, type FetchOptions } from '../../../src/library/fetch/index.js';
import { page, redirect, type Route } from './page-server.js';
import { closeServers, fakeDns, loopback, refusedWith, serve } from './support.js';

afterEach(closeServers);

describe('fetchPage: redirects', () => {
  it('follows a chain of 3 redirects, absolute and relative, and reports the final URL', async () => {
    const { origin, requests } = await serve({
      '/a': redirect('/b', 301),
      '/b': redirect('c?from=b', 307),
      '/c?from=b': redirect((request) => `http://${request.headers.host}/page`, 303),
      '/page': page('<p>到了</p>', { 'content-type': 'text/html; charset=utf-8' }),
    });
    const fetched = await fetchPage(`${origin}/a`, loopback());
    expect(fetched).toMatchObject({ url: `${origin}/page`, status: 200, text: '<p>到了</p>' });
    expect(requests.map((request) => request.path)).toEqual(['/a', '/b', '/c?from=b', '/page']);
  });

  it('follows 5 redirects and refuses the 6th', async () => {
    const routes: Record<string, Route> = { '/6': page('<p>end</p>', { 'content-type': 'text/html' }) };
    for (let hop = 0; hop < 6; hop += 1) routes[`/${hop}`] = redirect(`/${hop + 1}`);
    const { origin, requests } = await serve(routes);

    expect((await fetchPage(`${origin}/1`, loopback())).url).toBe(`${origin}/6`);
    requests.length = 0;
    const error = await refusedWith('too-many-redirects', `${origin}/0`, loopback());
    expect(error.message).toBe('The page redirected more than 5 times.');
    expect(requests.map((request) => request.path)).toEqual(['/0', '/1', '/2', '/3', '/4', '/5']);
  });

  it('honours a smaller maxRedirects', async () => {
    const { origin } = await serve({ '/a': redirect('/b'), '/b': redirect('/c'), '/c': page('<p/>') });
    await refusedWith('too-many-redirects', `${origin}/a`, loopback({ maxRedirects: 1 }));
  });

  // The server is reached as news.test, the only allow-listed host; each redirect leads back to
  // the same server under a name or address that is not allowed, and must be refused before
  // /secret is requested.
  it.each([
    ['its IPv4 address', (port: number) => `http://127.0.0.1:${port}/secret`],
    ['IPv6 loopback', (port: number) => `http://[::1]:${port}/secret`],
    ['a decimal spelling of loopback', (port: number) => `http://2130706433:${port}/secret`],
    ['a name resolving to a private address', (port: number) => `http://evil.test:${port}/secret`],
  ])('refuses a redirect to %s', async (_label, target) => {
    const { port, requests } = await serve({
      '/start': redirect((request) => target(request.socket.localPort ?? 0)),
      '/secret': page('<p>secret</p>', { 'content-type': 'text/html' }),
    });
    const error = await refusedWith('blocked-address', `http://news.test:${port}/start`, {
      allowHosts: ['news.test'],
      lookup: fakeDns({ 'news.test': ['127.0.0.1'], 'evil.test': ['10.0.0.5'] }),
    });
    expect(error.message).not.toMatch(/127\.0\.0\.1|10\.0\.0\.5|::1/);
    expect(requests.map((request) => request.path)).toEqual(['/start']);
  });

  it.each(['ftp://example.com/a.html', 'file:///etc/passwd'])('refuses a redirect to %s', async (target) => {
    const { origin } = await serve({ '/start': redirect(target) });
    await refusedWith('scheme', `${origin}/start`, loopback());
  });

  it('connects to the address it checked, once per hop, with the site name as Host', async () => {
    const asked: string[] = [];
    // A second answer for news.test would point elsewhere: a client that resolved again at connect
    // time (the DNS-rebinding window) would go there instead.
    const rebinding: FetchOptions['lookup'] = async (hostname) => {
      asked.push(hostname);
      return [{ address: asked.length === 1 ? '127.0.0.1' : '10.0.0.5', family: 4 }];
    };
    const { port, requests } = await serve({ '/': page('<p>ok</p>', { 'content-type': 'text/html' }) });
    const fetched = await fetchPage(`http://news.test:${port}/`, { allowHosts: ['news.test'], lookup: rebinding });
    expect(fetched.text).toBe('<p>ok</p>');
    expect(asked).toEqual(['news.test']);
    expect(requests).toEqual([{ path: '/', host: `news.test:${port}` }]);
  });
});

describe('fetchPage: https', () => {
  // A TLS server with no certificate at all: it records the name the client asks for (SNI) and
  // then fails the handshake, so no key material is needed in the repository.
  it('names the site, not the address, in SNI, and reports a failed handshake as unreachable', async () => {
    const names: string[] = [];
    const tlsServer = createTlsServer({
      SNICallback: (name, answer) => {
        names.push(name);
        answer(new Error('no certificate here'), undefined);
      },
    });
    tlsServer.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    const { port } = tlsServer.address() as AddressInfo;
    try {
      // Written fully qualified: the resolver gets `news.test.`, SNI and the message `news.test`.
      const options = { allowHosts: ['news.test'], lookup: fakeDns({ 'news.test.': ['127.0.0.1'] }) };
      const error = await refusedWith('unreachable', `https://news.test.:${port}/`, options);
      expect(error.message).toBe('Could not reach news.test.');
      expect(names).toEqual(['news.test']);
    } finally {
      await new Promise((resolve) => tlsServer.close(resolve));
    }
  });
});
