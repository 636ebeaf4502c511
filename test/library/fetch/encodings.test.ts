import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/library/fetch/index.js';
import { page } from './page-server.js';
import { ascii, BIG5_NEWS, closeServers, GBK_NEWS, loopback, serve } from './support.js';

afterEach(closeServers);

describe('fetchPage: encodings', () => {
  it('fetches a UTF-8 page', async () => {
    const html = '<html><head><title>新闻</title></head><body><p>北京市委书记蔡奇座谈。</p></body></html>';
    const { origin } = await serve({ '/news': page(html, { 'content-type': 'text/html; charset=utf-8' }) });
    expect(await fetchPage(`${origin}/news`, loopback())).toEqual({
      url: `${origin}/news`,
      status: 200,
      contentType: 'text/html',
      charset: 'utf-8',
      text: html,
      bytes: Buffer.byteLength(html),
    });
  });

  it('decodes GBK declared in the Content-Type header', async () => {
    const body = Buffer.concat([ascii('<p>'), GBK_NEWS, ascii('</p>')]);
    const { origin } = await serve({ '/': page(body, { 'content-type': 'text/html; charset="GBK"' }) });
    const fetched = await fetchPage(`${origin}/`, loopback());
    expect(fetched.text).toBe('<p>中文新闻</p>');
    expect(fetched.charset).toBe('gbk');
    expect(fetched.bytes).toBe(body.length);
  });

  it('decodes GBK declared by <meta charset>', async () => {
    const body = Buffer.concat([ascii('<meta charset="gb2312"><p>'), GBK_NEWS, ascii('</p>')]);
    const { origin } = await serve({ '/': page(body, { 'content-type': 'text/html' }) });
    const fetched = await fetchPage(`${origin}/`, loopback());
    expect(fetched.text).toBe('<meta charset="gb2312"><p>中文新闻</p>');
    expect(fetched.charset).toBe('gbk');
  });

  it('decodes Big5 declared in the Content-Type header of a text/plain page', async () => {
    const { origin } = await serve({ '/': page(BIG5_NEWS, { 'content-type': 'text/plain; charset=big5' }) });
    const fetched = await fetchPage(`${origin}/`, loopback());
    expect(fetched).toMatchObject({ contentType: 'text/plain', charset: 'big5', text: '中文新聞' });
  });

  it('decodes Big5 declared by an http-equiv meta', async () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>';
    const body = Buffer.concat([ascii(head), BIG5_NEWS, ascii('</p>')]);
    const { origin } = await serve({ '/': page(body, { 'content-type': 'text/html' }) });
    const fetched = await fetchPage(`${origin}/`, loopback());
    expect(fetched.text).toBe(`${head}中文新聞</p>`);
    expect(fetched.charset).toBe('big5');
  });

  it('trusts the header over a meta that disagrees', async () => {
    const body = Buffer.concat([ascii('<meta charset="utf-8"><p>'), GBK_NEWS, ascii('</p>')]);
    const { origin } = await serve({ '/': page(body, { 'content-type': 'text/html; charset=gbk' }) });
    expect((await fetchPage(`${origin}/`, loopback())).text).toBe('<meta charset="utf-8"><p>中文新闻</p>');
  });

  it('decodes an undeclared page as UTF-8 when it is valid UTF-8, else as GB18030', async () => {
    const { origin } = await serve({
      '/utf8': page('<p>中文新闻</p>', { 'content-type': 'text/html' }),
      '/gbk': page(Buffer.concat([ascii('<p>'), GBK_NEWS, ascii('</p>')]), { 'content-type': 'text/html' }),
    });
    expect(await fetchPage(`${origin}/utf8`, loopback())).toMatchObject({ charset: 'utf-8', text: '<p>中文新闻</p>' });
    expect(await fetchPage(`${origin}/gbk`, loopback())).toMatchObject({ charset: 'gb18030', text: '<p>中文新闻</p>' });
  });

  it('undoes gzip a server applies', async () => {
    const html = '<p>中文新闻</p>';
    const { origin } = await serve({
      '/': page(gzipSync(html), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }),
    });
    const fetched = await fetchPage(`${origin}/`, loopback());
    expect(fetched.text).toBe(html);
    expect(fetched.bytes).toBe(Buffer.byteLength(html));
  });
});
