import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/library/fetch/index.js';
import { page } from './page-server.js';
import { closeServers, loopback, refusedWith, serve } from './support.js';

afterEach(closeServers);

describe('fetchPage: content types and statuses', () => {
  it('refuses image/png', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const { origin } = await serve({ '/logo.png': page(png, { 'content-type': 'image/png' }) });
    const error = await refusedWith('not-a-page', `${origin}/logo.png`, loopback());
    expect(error.message).toBe('That address serves image/png, not a web page (text/html or text/plain).');
  });

  it('takes an untyped body starting with < as HTML and refuses any other untyped body', async () => {
    const { origin } = await serve({
      '/html': page('\n  <!doctype html><p>新闻</p>'),
      '/binary': page(Buffer.from('504b0304', 'hex')),
    });
    expect(await fetchPage(`${origin}/html`, loopback())).toMatchObject({
      contentType: 'text/html',
      text: '\n  <!doctype html><p>新闻</p>',
    });
    await refusedWith('not-a-page', `${origin}/binary`, loopback());
  });

  it('refuses a 404 and a 500, naming the status', async () => {
    const { origin } = await serve({
      '/broken': page('<p>oops</p>', { 'content-type': 'text/html' }, 500),
    });
    const missing = await refusedWith('http-status', `${origin}/missing`, loopback());
    expect(missing.message).toBe('The site answered with HTTP status 404 instead of the page.');
    expect((await refusedWith('http-status', `${origin}/broken`, loopback())).message).toContain('500');
  });

  it('reports a closed port as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await refusedWith('unreachable', `http://127.0.0.1:${port}/`, loopback());
    expect(error.message).toBe('Could not reach 127.0.0.1.');
  });

  it('reports a connection that breaks off mid-body as unreachable', async () => {
    const { origin } = await serve({
      '/': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': 1000 });
        response.write('<p>half', () => response.socket?.destroy());
      },
    });
    const error = await refusedWith('unreachable', `${origin}/`, loopback());
    expect(error.message).toBe('The connection to 127.0.0.1 broke off before the page was complete.');
  });
});
