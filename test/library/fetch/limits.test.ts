import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { page, redirect, type Route } from './page-server.js';
import { closeServers, loopback, refusedWith, serve } from './support.js';

afterEach(closeServers);

describe('fetchPage: size and time limits', () => {
  it('refuses a streamed body once it passes maxBytes', async () => {
    const { origin } = await serve({
      '/big': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        // Chunked, with no Content-Length: only counting while streaming can catch it.
        for (let i = 0; i < 20; i += 1) response.write('<p>'.padEnd(100, '新'));
        response.end();
      },
    });
    const error = await refusedWith('too-large', `${origin}/big`, loopback({ maxBytes: 1000 }));
    expect(error.message).toBe('The page is larger than 1000 bytes.');
  });

  it('refuses a Content-Length over maxBytes before the body arrives', async () => {
    const { origin } = await serve({
      '/declared': (_request, response) => {
        // Headers only, then silence: waiting for the body would end in a timeout instead.
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': 6 * 1024 * 1024 });
        response.flushHeaders();
      },
    });
    const started = Date.now();
    const error = await refusedWith('too-large', `${origin}/declared`, loopback({ timeoutMs: 2000 }));
    expect(error.message).toBe('The page is larger than 5 MB.');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('counts decompressed bytes, so a small gzip bomb is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(10_000);
    const { origin } = await serve({ '/': page(bomb, { 'content-type': 'text/html', 'content-encoding': 'gzip' }) });
    await refusedWith('too-large', `${origin}/`, loopback({ maxBytes: 100_000 }));
  });

  it('times out a server that never answers', async () => {
    const { origin } = await serve({ '/slow': () => {} });
    const started = Date.now();
    const error = await refusedWith('timeout', `${origin}/slow`, loopback({ timeoutMs: 300 }));
    expect(error.message).toBe('The page took longer than 0.3 seconds to load.');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('times out a body that stalls halfway', async () => {
    const { origin } = await serve({
      '/stall': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': 1000 });
        response.write('<p>half');
      },
    });
    const started = Date.now();
    await refusedWith('timeout', `${origin}/stall`, loopback({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('counts the deadline over the whole redirect chain, not per hop', async () => {
    const delayed = (location: string): Route => (request, response) => {
      setTimeout(() => redirect(location)(request, response), 120);
    };
    const { origin } = await serve({
      '/1': delayed('/2'),
      '/2': delayed('/3'),
      '/3': delayed('/4'),
      '/4': page('<p>late</p>', { 'content-type': 'text/html' }),
    });
    await refusedWith('timeout', `${origin}/1`, loopback({ timeoutMs: 300 }));
  });
});
